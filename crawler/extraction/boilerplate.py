"""Vietnamese portal boilerplate removal on the lxml tree (own code: the widget
names and Vietnamese headings below are specific to these portals; generic
boilerplate is left to trafilatura afterwards)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from crawler.extraction.dom import attrs_of, is_ancestor, norm, text_of

_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "select", "textarea", "button",
              "input", "nav", "footer", "aside", "svg", "canvas", "video", "audio", "figcaption", "map")

# class/id words (split on - and _) that mark widgets, never article text
_WORDS = {
    "menu", "menubar", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "banner", "sidebar",
    "share", "sharing", "social", "socials", "comment", "comments", "binhluan", "captcha", "rating", "ratings",
    "vote", "poll", "polls", "thamdo", "counter", "thongke", "visitor", "visitors", "online", "related",
    "lienquan", "tinkhac", "login", "dangnhap", "search", "timkiem", "fontsize", "toolbar", "weblink",
    "weblinks", "lienket", "marquee", "advert", "ads", "quangcao", "pager", "pagination", "tags", "tag",
    "copyright", "prev", "next", "prevnext", "othernews", "other", "mostview", "mostviewed",
    "xemnhieu", "docnhieu", "tinmoi", "latest", "hotnews", "caption", "image_desc", "chuthich", "widget",
    "accessibility", "contrast", "textsize", "zoom", "rss", "bookmark", "bookmarks", "addthis", "fb",
    "facebook", "zalo", "statistic", "statistics", "viewcount", "luotxem", "hidden", "d-none", "modal",
    # the header's clock / "today" line: never the article's date
    "today", "clock", "homnay", "currentdate", "ngayhientai",
}
_SUBSTRINGS = ("mostviewed", "tinlienquan", "tinkhac", "binhluan", "breadcrumb", "socialshare", "relatedpost",
               "related-news", "other-news", "othernews", "thongketruycap", "font-size", "fontsize",
               "wp-caption-text", "image-caption", "img-caption", "imgcaption", "photo-caption", "print-view",
               "printview", "mobile-only", "visible-xs", "hidden-lg", "hidden-md", "current-date", "ngay-hien-tai")
_SPLIT = re.compile(r"[\s_-]+")

# Vietnamese headings that open a widget or a list of other articles.
HEADINGS = re.compile(
    r"^(Tin liên quan|Các tin liên quan|Bài viết liên quan|Tin khác|Các tin khác|Tin bài khác|Bài viết khác|Tin tức khác"
    r"|Các bài khác|Các tin đã đưa|Các tin cũ hơn|Tin cũ hơn|Tin mới hơn|Các tin mới hơn|Tin cùng chuyên mục"
    r"|Tin cùng danh mục|Tin cùng loại|Xem thêm|Tin mới|Tin mới nhất|Tin mới cập nhật|Tin đọc nhiều|Tin xem nhiều"
    r"|Đọc nhiều|Xem nhiều|Đọc nhiều nhất|Xem nhiều nhất|Tin nổi bật|Tin tiêu điểm|Bình luận|Ý kiến bạn đọc|Gửi ý kiến"
    r"|Gửi bình luận|Viết bình luận|Ý kiến thăm dò|Thăm dò ý kiến|Bình chọn|Liên kết website|Liên kết web"
    r"|Thống kê truy cập|Số lượt truy cập|Lượt truy cập|Truy cập|Đang truy cập|Thư viện ảnh|Thư viện video"
    r"|Văn bản mới|Văn bản mới ban hành|Lịch công tác|Chia sẻ bài viết|Đánh giá bài viết)\s*[:.]?$",
    re.I,
)
# Widget text that marks the smallest block around it for removal.
_MARKERS = re.compile(
    r"(Trưởng Ban Biên tập|Trưởng ban biên tập|Chịu trách nhiệm chính|Chịu trách nhiệm nội dung|Bản quyền thuộc"
    r"|Copyright|Ghi rõ nguồn|Thống kê truy cập|Đang online|Tổng số điểm của bài viết|Bấm vào đây để nhận mã"
    r"|Mã xác nhận|Tăng tương phản|Giảm tương phản|Chào mừng quý vị đã đến)",
    re.I,
)


def is_widget(el: HtmlElement) -> bool:
    attrs = attrs_of(el)
    if not attrs.strip():
        return False
    if any(word in _WORDS for word in _SPLIT.split(attrs)):
        return True
    return any(s in attrs for s in _SUBSTRINGS)


_PROSE_BLOCKS = ("p", "div", "td", "li", "blockquote", "section", "article", "span", "font")


def prose_by_element(tree: HtmlElement, teasers: Iterable[HtmlElement] = ()) -> dict[HtmlElement, int]:
    """Characters of running text (paragraphs of 80+ characters with few links, outside
    teasers) held by each element; the page's total under its root."""
    skip = {el for item in teasers for el in item.iter()}
    held: dict[HtmlElement, int] = {}
    for el in tree.iter(*_PROSE_BLOCKS):
        if el in skip:
            continue
        own = len(norm(el.text or "")) + sum(len(norm(c.tail or "")) for c in el
                                             if c.tag in ("a", "b", "i", "em", "strong", "span", "br", "font", "u"))
        own += sum(len(norm(c.text_content())) for c in el if c.tag in ("b", "i", "em", "strong", "u"))
        if own < 80:
            continue
        links = sum(len(norm(a.text_content())) for a in el if a.tag == "a")
        if links > 0.3 * (own + links):
            continue
        for anc in (el, *el.iterancestors()):
            held[anc] = held.get(anc, 0) + own
    return held


class Cleaner:
    """Removes widgets from a tree, never an element holding a protected node, nor one
    whose removal would leave the page without running text (a class name such as
    "sidebar" or "widget" on the article's own wrapper is no reason to drop the article)."""

    def __init__(self, tree: HtmlElement, protected: Iterable[HtmlElement],
                 prose: dict[HtmlElement, int] | None = None) -> None:
        self.tree = tree
        self.protected = [p for p in protected if p is not None]
        self.prose = prose or {}
        self.total = self.prose.get(tree, 0)

    def _safe(self, el: HtmlElement) -> bool:
        if el.tag in ("html", "body", "head") or el.getparent() is None:
            return False
        held = self.prose.get(el, 0)
        if self.total >= 400 and (held >= 0.8 * self.total or held >= 0.5 * self.total and self.total - held < 400):
            return False  # it holds the page's running text: without it there would be no article
        return not any(is_ancestor(el, p) for p in self.protected)

    def remove(self, el: HtmlElement) -> None:
        if self._safe(el):
            el.drop_tree()

    def run(self, extra: list[HtmlElement]) -> None:
        for el in extra:
            self.remove(el)
        self._tags()
        self._hidden()
        self._widgets()
        self._headed_blocks()
        self._marked_blocks()
        self._image_blocks()

    def _tags(self) -> None:
        for el in list(self.tree.iter(*_DROP_TAGS)):
            self.remove(el)
        for el in list(self.tree.iter("header", "form")):
            # the article's own <header> holds its title and date; a site header does not
            if el.tag == "header" and not el.xpath(".//h1"):
                self.remove(el)
            elif el.tag == "form" and len(text_of(el)) < 300:
                self.remove(el)

    def _hidden(self) -> None:
        for el in list(self.tree.xpath('//*[@hidden or contains(translate(@style," ",""),"display:none")]')):
            self.remove(el)

    def _widgets(self) -> None:
        for el in list(self.tree.iter()):
            if isinstance(el.tag, str) and el.getparent() is not None and is_widget(el):
                self.remove(el)

    def _headed_blocks(self) -> None:
        """'Tin liên quan' & co.: drop the heading and the list after it."""
        for el in list(self.tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b",
                                      "a", "li", "td", "legend", "header", "section")):
            if el.getparent() is None or len(el.text_content()) > 200 or not HEADINGS.match(text_of(el)):
                continue
            block = self._widen(el, slack=3)
            # a layout table's cell is a column: the cells beside it are the page, not the list
            for sib in ([] if block.tag in ("td", "th") else list(block.itersiblings())):
                if not self._safe(sib):
                    break
                self.remove(sib)
            self.remove(block)

    def _widen(self, el: HtmlElement, slack: int) -> HtmlElement:
        """Climb through wrappers that add no text of their own."""
        size = len(text_of(el))
        while el.getparent() is not None and el.getparent().tag not in ("body", "html"):
            parent = el.getparent()
            if len(text_of(parent)) > size + slack or not self._safe(parent):
                break
            el = parent
        return el

    def _marked_blocks(self) -> None:
        for el in list(self.tree.iter("p", "div", "span", "td", "li", "section", "table", "ul")):
            if el.getparent() is None:
                continue
            own = norm(el.text or "") + " " + " ".join(norm(c.tail or "") for c in el)
            if not _MARKERS.search(own) and not (len(el) == 0 and _MARKERS.search(text_of(el))):
                continue
            block = el
            while block.getparent() is not None and len(text_of(block.getparent())) < 700 \
                    and self._safe(block.getparent()) and block.getparent().tag not in ("body", "html"):
                block = block.getparent()
            self.remove(block)

    def _image_blocks(self) -> None:
        """Images and their captions (a table, a paragraph or a centred line under a picture).
        A paragraph that holds a picture *and* running text of its own is a paragraph: the
        picture sits in it, and its text stays."""
        for el in list(self.tree.iter("table", "figure", "p", "div")):
            if el.getparent() is None or not el.xpath(".//img"):
                continue
            if len(text_of(el)) < 220 and not el.xpath(".//p[string-length(normalize-space()) > 220]"):
                if el.tag == "p" and _has_own_prose(el):
                    continue
                nxt = el.getnext()
                self.remove(el)
                if nxt is not None and _caption_like(nxt):
                    self.remove(nxt)


def _has_own_prose(el: HtmlElement) -> bool:
    """Running text beside the picture: 12+ words not set as a caption (italic, centred, small)."""
    if _caption_like(el) or "center" in (el.get("style", "") + el.get("align", "")).lower():
        return False
    captioned = sum(len(text_of(c).split()) for c in el.iter("em", "i", "small", "figcaption", "center"))
    return len(text_of(el).split()) - captioned >= 12


def _caption_like(el: HtmlElement) -> bool:
    text = text_of(el)
    if not text or len(text) > 220 or el.tag not in ("p", "div", "span", "em", "i"):
        return False
    italic = el.tag in ("em", "i") or (len(el) == 1 and el[0].tag in ("em", "i") and
                                       len(text_of(el[0])) >= len(text) - 2)
    centred = "center" in (el.get("style", "") + el.get("align", "")).lower()
    return italic or centred
