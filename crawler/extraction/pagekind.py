"""Is this page an article? (listings, home, contact, login, search, document lists,
error pages are not). Signals are generic page shapes, never a portal's pages."""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from crawler.extraction.dom import is_ancestor, norm, text_of

_ERROR = re.compile(r"(\b404\b|\b500\b|Không tìm thấy|không tồn tại|Page not found|Not Found|Lỗi hệ thống|Error|"
                    r"đã bị xóa|đã bị xoá|Access denied|Trang bạn yêu cầu)", re.I)
_NON_ARTICLE_TITLE = re.compile(
    r"^(Trang chủ|Liên hệ|Góp ý|Hỏi đáp|Hỏi - đáp|Tìm kiếm|Kết quả tìm kiếm|Sơ đồ cổng|Sơ đồ trang|Sơ đồ site|Đăng nhập"
    r"|Đăng ký|Thư viện ảnh|Thư viện video|Video|Văn bản|Văn bản pháp luật|Văn bản chỉ đạo điều hành|Danh bạ"
    r"|Lịch công tác|Giới thiệu|Chức năng,? nhiệm vụ|Cơ cấu tổ chức|Sitemap|Login|Contact|Search)\b",
    re.I,
)
_DOC_TABLE = re.compile(r"(Số ký hiệu|Số hiệu|Ngày ban hành|Trích yếu|Cơ quan ban hành|Loại văn bản|Tải về)", re.I)
_HOME_PATHS = re.compile(r"^/?(index\.(html?|php|aspx?)|default\.aspx|trang-chu|home|vi|en|portal/pages/default\.aspx"
                         r"|web/guest|web/guest/home|portal)?/?$", re.I)
_SEARCH_URL = re.compile(r"([?&](q|s|k|keyword|key|search|tukhoa)=|/tim-kiem|/search|/timkiem)", re.I)


def reject_reason(tree: HtmlElement, url: str | None, title: str | None, body: HtmlElement | None,
                  words: int, has_date: bool, media_story: bool = False, pager: bool = False) -> str | None:
    """Why the page is not an article, or None when it is one."""
    title = norm(title)
    if url:
        parts = urlsplit(url)
        if _HOME_PATHS.match(parts.path or "/") and not parts.query:
            return "home page"
        if _SEARCH_URL.search(url) and words < 300:
            return "search page"
    if title and _ERROR.search(title) and words < 150:
        return "error page"
    if tree.xpath('//input[@type="password"]') and words < 150:
        return "login page"
    if title and _NON_ARTICLE_TITLE.match(title) and (not has_date or words < 150):
        return "static or service page"
    if body is not None:
        if _is_doc_list(body):
            return "document list"
        if _is_listing(body) or headed_teasers(body) >= 3:
            return "listing"
    if pager and words < 150:
        return "listing"
    group = teaser_group(tree)
    if group is not None and (body is None or is_ancestor(group, body) or is_ancestor(body, group) or words < 80):
        return "listing"
    if media_story and has_date:
        return None
    if words < 25:
        return "no article text"
    if not has_date and words < 80:
        return "no article text"
    return None


def _is_doc_list(body: HtmlElement) -> bool:
    for table in body.iter("table"):
        head = " ".join(text_of(c) for c in table.xpath(".//tr[1]/*"))
        if len(table.xpath(".//tr")) >= 4 and len(_DOC_TABLE.findall(head)) >= 2:
            return True
    return False


def _is_listing(body: HtmlElement) -> bool:
    """Many teaser links carrying much of the container's text."""
    total = len(text_of(body))
    teasers = [a for a in body.iter("a") if len(text_of(a)) >= 25]
    if len(teasers) < 5 or not total:
        return False
    share = sum(len(text_of(a)) for a in teasers) / total
    return share >= 0.15


def headed_teasers(root: HtmlElement) -> int:
    """Blocks headed by a link to another page with a summary under it (a listing whose
    items carry full summaries); an article's linked subheadings share one parent."""
    parents = set()
    for head in root.iter("h2", "h3", "h4", "h5", "h6"):
        links = head.xpath(".//a[@href]")
        text = text_of(head)
        if len(links) != 1 or len(text) < 20 or len(text_of(links[0])) < 0.9 * len(text):
            continue
        if (links[0].get("href") or "").strip().lower().startswith(("#", "javascript")):
            continue
        block = head.getparent()
        if block is not None and 60 <= len(text_of(block)) - len(text) <= 1200:
            parents.add(block)
    return len(parents)


def teaser_group(root: HtmlElement) -> HtmlElement | None:
    """A parent with >= 3 alike children, each a teaser (a long link and little text)."""
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 3:
            continue
        kinds: dict[tuple, int] = {}
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            links = [a for a in child.iter("a") if len(text_of(a)) >= 20]
            if links and len(text_of(child)) < 700:
                key = (child.tag,)
                kinds[key] = kinds.get(key, 0) + 1
        if kinds and max(kinds.values()) >= 3:
            return parent
    return None


_PAGER_TEXT = re.compile(r"^(Hiển thị \d+ - \d+|Trang \d+ (/|của|trên) \d+|Trang sau|Trang tiếp|Trang cuối|Đầu tiên)", re.I)


def has_pager(tree: HtmlElement) -> bool:
    """Pagination of a list (checked before cleaning removes pagers)."""
    for el in tree.xpath('//*[contains(@class,"pag") or contains(@class,"Pag") or contains(@id,"pag")'
                         ' or contains(@class,"phantrang")]'):
        cls = (el.get("class", "") + " " + el.get("id", "")).lower()
        if ("pager" in cls or "pagination" in cls or "paging" in cls or "phantrang" in cls) and len(el.xpath(".//a")) >= 2:
            return True
    return any(_PAGER_TEXT.match(norm(t)) for t in tree.xpath("//body//text()[normalize-space()]")
               if len(t) < 60)


def _section_stem(path: str) -> str:
    return re.sub(r"\.(html?|aspx?|php)$", "", path.rstrip("/"), flags=re.I).lower()


def titled_by_own_section_link(tree: HtmlElement, url: str | None, title: str | None) -> bool:
    """The heading is the name of a menu link to this page or to its section.

    A category's last page with only one or two teasers has no pager and too
    few teasers to look like a list; but its heading is the menu item that
    leads to it ("Tin địa phương" -> /tin-dia-phuong, page 2 below it), which
    an article's heading never is.
    """
    if not url or not title:
        return False
    here = _section_stem(urlsplit(url).path)
    wanted = title.casefold()
    for link in tree.iter("a"):
        if norm(text_of(link)).casefold() != wanted:
            continue
        target = _section_stem(urlsplit(urljoin(url, link.get("href") or "")).path)
        if target and target != "" and (here == target or here.startswith(target + "/")):
            return True
    return False
