"""Is this page an article? (listings, home, contact, login, search, document lists,
error pages are not). Signals are generic page shapes, never a portal's pages."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from crawler.extraction.dom import norm, text_of
from crawler.extraction.lines import is_junk
from crawler.shapes import url_date

_ERROR = re.compile(r"(\b404\b|\b500\b|Không tìm thấy|không tồn tại|Page not found|Not Found|Lỗi hệ thống|Error|"
                    r"đã bị xóa|đã bị xoá|Access denied|Trang bạn yêu cầu)", re.I)
_NON_ARTICLE_TITLE = re.compile(
    r"^(Trang chủ|Liên hệ|Góp ý|Hỏi đáp|Hỏi - đáp|Tìm kiếm|Kết quả tìm kiếm|Sơ đồ cổng|Sơ đồ trang|Sơ đồ site|Đăng nhập"
    r"|Đăng ký|Thư viện ảnh|Thư viện video|Video|Văn bản|Văn bản pháp luật|Văn bản chỉ đạo điều hành|Danh bạ"
    r"|Lịch công tác|Giới thiệu|Chức năng,? nhiệm vụ|Cơ cấu tổ chức|Sitemap|Login|Contact|Search)\b",
    re.I,
)
_DOC_TABLE = re.compile(r"(Số ký hiệu|Số hiệu|Ngày ban hành|Trích yếu|Cơ quan ban hành|Loại văn bản|Tải về)", re.I)
# a site's root, its index page, or a language root ("/vi-vn/", "/en/") is its home page
_HOME_PATHS = re.compile(r"^/?([a-z]{2}(-[a-z]{2})?|index\.(html?|php|aspx?)|default\.aspx|trang-chu|home|vi|en|portal/pages/default\.aspx"
                         r"|web/guest|web/guest/home|portal)?/?$", re.I)
_SEARCH_URL = re.compile(r"([?&](q|s|k|keyword|key|search|tukhoa)=|/tim-kiem|/search|/timkiem)", re.I)


@dataclass
class Verdict:
    """What the page looked like: a rejection code (None when kept) and the kind of a kept page."""
    reason: str | None
    message: str
    kind: str = "article"


def judge(tree: HtmlElement, url: str | None, title: str | None, main: HtmlElement | None,
          words: int, has_date: bool, media_story: bool = False, paged: bool = False) -> Verdict:
    """Reject only on positive evidence: the page's address or heading names a service page,
    its main content is a document table or a list of teasers, or it has no main text.
    Anything weaker keeps the page and says what it looked like (`kind`)."""
    title = norm(title)
    if url:
        parts = urlsplit(url)
        if _HOME_PATHS.match(parts.path or "/") and not parts.query:
            return Verdict("home-page", "home page")
        if _SEARCH_URL.search(url) and words < 300:
            return Verdict("search-page", "search page")
    if title and _ERROR.search(title) and words < 150:
        return Verdict("error-page", "error page")
    if tree.xpath('//input[@type="password"]') and words < 150:
        return Verdict("login-page", "login page")
    if title and _NON_ARTICLE_TITLE.match(title) and (not has_date or words < 150):
        return Verdict("service-page", "static or service page")
    # a pager or a heading naming the section is evidence already: the last page of a
    # category may hold a single teaser
    # so is an address for a date (a calendar day, a month's archive, a date filter): the
    # period may hold one or two articles, whose teasers are then all the page shows
    listed = paged or bool(url and url_date(url))
    group = 1 if listed else 3
    main = _list_holding(tree, main, 2 if listed else 3)
    items = teaser_items(main, group) if main is not None else []
    if listed and main is not None and _is_single_teaser(main, url):
        items = [main]
    prose = prose_words(main, items) if main is not None else 0
    if main is not None and _is_doc_list(main) and prose < 80:
        return Verdict("document-list", "document list")
    # a list of teasers: several items that open with a title link, and no prose of
    # substance outside them (a related-news rail beside a real body leaves the body)
    if len(items) >= group and prose < _MIN_PROSE:
        return Verdict("teaser-list", f"listing: {len(items)} teasers, {prose} words outside them")
    if not title and len(items) >= 3:
        # no headline of its own (its <title> is only the site's name) over lists of teasers:
        # a home or section front page, whatever prose its featured box shows
        return Verdict("teaser-list", f"no headline, {len(items)} teasers")
    if media_story and has_date:
        return Verdict(None, "", "media")
    if words < 25 or (not has_date and words < 40):
        return Verdict("no-main-text", f"no article text ({words} words)")
    if len(items) >= 3:
        return Verdict(None, "", "with-teasers")
    if paged and words < 150:
        return Verdict(None, "", "paged")
    if words < 80 or not has_date:
        return Verdict(None, "", "short" if words < 80 else "undated")
    return Verdict(None, "", "article")


_TRAILING_DATE = re.compile(r"\s*[(\[]?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}:\d{2})?\s*[)\]]?\s*$")
_BULLET = re.compile(r"^\s*(?:[-•*+·▪►»]|\d{1,3}[.)])\s")
_SENTENCE_END = re.compile(r"[.!?…:;\"”'»)。！？」』]$")


def is_sentence(line: str) -> bool:
    """A line of running text: a dozen words or more ending as a sentence ends, not a list item
    (a teaser title, a menu entry) nor a headline with its date."""
    if _BULLET.match(line):
        return False
    line = _TRAILING_DATE.sub("", line.strip())
    words = size(line)
    return words >= 30 or words >= 12 and bool(_SENTENCE_END.search(line))


def size(text: str) -> int:
    """Words of a text, counting scripts written without spaces by characters (about 7 a word)."""
    return max(len(text.split()), len(text) // 7)


# words of running text outside teasers below which a page's main content is only its teasers
_MIN_PROSE = 40


def _is_doc_list(body: HtmlElement) -> bool:
    for table in body.iter("table"):
        head = " ".join(text_of(c) for c in table.xpath(".//tr[1]/*"))
        if len(table.xpath(".//tr")) >= 4 and len(_DOC_TABLE.findall(head)) >= 2:
            return True
    return False


def _title_link(a: HtmlElement) -> bool:
    href = (a.get("href") or "").strip().lower()
    text = text_of(a)
    return bool(href) and not href.startswith(("#", "javascript", "mailto:")) and len(text) >= 20 \
        and len(text.split()) >= 3


def _opens_with_link(item: HtmlElement) -> bool:
    """The item's first words are a title link that ends its line (a date or label of a few
    words may precede it)."""
    return _opening_link(item) is not None


def _opening_link(item: HtmlElement) -> HtmlElement | None:
    budget = 40

    def walk(el: HtmlElement) -> HtmlElement | bool | None:
        nonlocal budget
        if el.tag == "a" and _title_link(el):
            # a headline ends its line; a link inside a sentence runs on into more words
            return el if len((el.tail or "").split()) < 4 else False
        budget -= len((el.text or "").strip())
        for child in el:
            if budget < 0:
                return False
            if isinstance(child.tag, str):
                found = walk(child)
                if found is not None:
                    return found
            budget -= len((child.tail or "").strip())
        return None if budget >= 0 else False

    found = walk(item)
    return found if isinstance(found, HtmlElement) else None


def _teaser_sized(item: HtmlElement) -> bool:
    """A headline with at most a summary: no more than two blocks of running text (an article
    body that opens with a linked line goes on for paragraphs)."""
    blocks = 0
    for el in item.iter("p", "div", "li", "blockquote", "td"):
        own = (el.text or "") + " ".join(c.tail or "" for c in el)
        if len(own.split()) >= 8:
            blocks += 1
            if blocks > 2:
                return False
    return True


def _is_single_teaser(main: HtmlElement, url: str | None) -> bool:
    """The main content is a headline linking to another page (not its own permalink) and
    no more text than a teaser's summary."""
    link = _opening_link(main)
    if link is None or len(main.text_content().split()) > 120 or not _teaser_sized(main):
        return False
    if not url:
        return True
    target = urlsplit(urljoin(url, link.get("href") or ""))
    return _section_stem(target.path) != _section_stem(urlsplit(url).path) or target.query != urlsplit(url).query


def teaser_items(root: HtmlElement, group: int = 3) -> list[HtmlElement]:
    """Children of any parent with >= `group` alike children that each open with a title link and
    carry little more than a summary; an article's linked sentences open with prose."""
    items: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < group or any(a in taken for a in parent.iterancestors()):
            continue
        kinds: dict[str, list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and len(child.text_content()) < 1500 and _opens_with_link(child) \
                    and _teaser_sized(child):
                kinds.setdefault(child.tag, []).append(child)
        alike = max(kinds.values(), key=len) if kinds else []
        if len(alike) >= group:
            items += alike
            taken.add(parent)
    return items


def _list_holding(tree: HtmlElement, main: HtmlElement | None, group: int) -> HtmlElement | None:
    """The list a main container belongs to when it is one teaser among several (a listing
    whose only long summary was taken for the body), else the container itself."""
    if main is None:
        return None
    items = set(teaser_items(tree, group))
    for el in (main, *main.iterancestors()):
        if el in items:
            return el.getparent()
    return main


_INLINE = {"a", "b", "i", "u", "em", "strong", "span", "font", "small", "big", "sup", "sub", "br", "img", "abbr",
           "time", "label", "mark", "q", "cite"}


def prose_words(root: HtmlElement, items: list[HtmlElement]) -> int:
    """Words of running text in the main content outside teasers: text blocks of 8+ words of
    their own (links, headings and widget lines such as an address footer do not count)."""
    inside = {el for item in items for el in item.iter()}
    count = 0
    for el in root.iter():
        if el in inside or not isinstance(el.tag, str) or el.tag in _INLINE or el.tag in _HEADINGS_TAGS:
            continue
        own = [el.text or ""]
        for child in el:
            if isinstance(child.tag, str) and child.tag in _INLINE and child.tag != "a":
                own.append(child.text_content())
            own.append(child.tail or "")
        text = norm(" ".join(own))
        words = len(text.split())
        if words >= 8 and not is_junk(text):
            count += words
    return count


_HEADINGS_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "title", "script", "style", "option", "select"}


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
