"""Title and category of the article."""
from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.extraction.boilerplate import HEADINGS as _HEADINGS, is_widget
from crawler.extraction.dom import attrs_of, is_ancestor, norm, text_of
from crawler.extraction.meta import PageMeta
from crawler.extraction.profiles import Profile

_SITE_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_SITEY = re.compile(r"(Cổng thông tin|Trang thông tin|Cổng TTĐT|Trang TTĐT|Website|Trang chủ|Portal)", re.I)
_HOME = re.compile(r"^(Trang chủ|Trang nhất|Home|Homepage|Trang chính)$", re.I)


def meta_title(meta: PageMeta) -> str | None:
    """JSON-LD headline / og:title / <title>, without the site's name around it."""
    ld = meta.article_ld()
    raw = (ld or {}).get("headline") or meta.get("og:title", "twitter:title") or meta.html_title
    if not raw:
        return None
    site = norm(meta.site_name() or "").lower()
    parts = _SITE_SPLIT.split(norm(str(raw)))
    seps = _SITE_SPLIT.findall(norm(str(raw)))

    def sitey(part: str) -> bool:
        low = part.lower()
        return bool(_SITEY.search(part)) or (bool(site) and (low == site or low in site))

    lo, hi = 0, len(parts)
    while hi - lo > 1 and sitey(parts[hi - 1]):
        hi -= 1
    while hi - lo > 1 and sitey(parts[lo]):
        lo += 1
    out = parts[lo]
    for i in range(lo + 1, hi):
        out += seps[i - 1] + parts[i]
    if hi - lo == 1 and sitey(out):
        return None  # the <title> is only the site's name
    return out.strip() or None


# "tieude" is Vietnamese for title (old ASP.NET skins: td.tieude, span#lblTieuDe)
_TITLED = ('//*[contains(translate(concat(@class," ",@id),"TITLEDU","titledu"),"title")'
           ' or contains(translate(concat(@class," ",@id),"TIEUD-","tieud"),"tieud")]')
_BRANDING = re.compile(r"(banner|logo|brand|masthead)", re.I)


def _similar(a: str, b: str) -> bool:
    # "…" and "..." (and a trailing stop) print the same headline
    a, b = a.lower().replace("…", "...").rstrip(". "), b.lower().replace("…", "...").rstrip(". ")
    return bool(a) and bool(b) and (a == b or (len(a) >= 12 and (a in b or b in a)))


def _closeness(text: str, meta_t: str) -> float:
    """How much of the longer string the shorter one covers: a banner heading naming the
    site ("PHƯỜNG X" in "Headline - Phường X") covers little of the <title>."""
    a, b = len(text), len(meta_t)
    return min(a, b) / max(a, b) if a and b else 0.0


def find_title_node(tree: HtmlElement, meta_t: str | None, profile: Profile | None) -> HtmlElement | None:
    if profile is not None:
        node = profile.first("title", tree)
        if node is not None and 5 <= len(text_of(node)) <= 400:
            return node
    headings = [h for h in tree.iter("h1", "h2", "h3", "h4") if 8 <= len(text_of(h)) <= 400]
    if meta_t:
        node = _agreeing_with(tree, headings, meta_t)
        if node is not None:
            return node
    h1s = [h for h in headings if h.tag == "h1" and not _logo_like(h)]
    if h1s and len({text_of(h) for h in h1s}) == 1:
        return h1s[0]  # one title, possibly printed twice (print or mobile copy)
    titled = [el for el in tree.xpath(_TITLED)
              if 15 <= len(text_of(el)) <= 300 and not _logo_like(el) and not el.xpath(".//a")
              and not _HEADINGS.match(text_of(el))]
    if titled:
        return titled[0]
    return None


def _agreeing_with(tree: HtmlElement, headings: list[HtmlElement], meta_t: str) -> HtmlElement | None:
    """The heading (else title-classed element, else any element) that agrees with the <title>;
    among several, the one closest to it in length, then an <h1>."""
    def rank(el: HtmlElement) -> tuple:
        return (round(_closeness(text_of(el), meta_t), 1), el.tag == "h1", len(text_of(el)))

    def agreeing(els: list[HtmlElement]) -> list[HtmlElement]:
        return [el for el in els if 8 <= len(text_of(el)) <= 400 and _similar(text_of(el), meta_t)
                and _closeness(text_of(el), meta_t) >= 0.3]

    for group in (headings, tree.xpath(_TITLED)):
        matches = agreeing(group)
        if matches:
            return max(matches, key=rank)
    # table-layout pages print the headline in a bare <b>/<font>/<span>: take the first
    # element whose whole text is the <title>'s headline, down to its innermost wrapper
    wanted = norm(meta_t).lower()
    if len(wanted) < 15:
        return None
    exact = [el for el in tree.xpath("//body//*[not(self::a) and not(self::option) and not(self::script)]")
             if len(el) <= 2 and text_of(el).lower() == wanted and not _in_link(el) and not _in_widget(el)]
    node = exact[0] if exact else None
    for el in exact[1:]:
        if is_ancestor(node, el):
            node = el
    return node


def _in_widget(el: HtmlElement) -> bool:
    """Inside a menu, breadcrumb or site header/footer (which repeat a section's name)."""
    return any(a.tag in ("nav", "header", "footer", "li") or is_widget(a) for a in el.iterancestors()) \
        or el.tag == "li"


def _in_link(el: HtmlElement) -> bool:
    return bool(el.xpath("ancestor-or-self::a|.//a"))


def _logo_like(el: HtmlElement) -> bool:
    if _SITEY.search(text_of(el)) or el.xpath(".//img"):
        return True
    return any(_BRANDING.search(attrs_of(a)) for a in el.iterancestors()) or bool(_BRANDING.search(attrs_of(el)))


def pick_title(node: HtmlElement | None, meta_t: str | None) -> str | None:
    if node is not None:
        return text_of(node)
    return meta_t


def find_category(tree: HtmlElement, meta: PageMeta, title: str | None) -> str | None:
    """Last breadcrumb item (not the home link nor the title), else article:section."""
    for crumb in tree.xpath('//*[contains(@class,"breadcrumb") or contains(@id,"breadcrumb")'
                            ' or contains(@class,"Breadcrumb") or contains(@class,"duong-dan")]'):
        items = [text_of(a) for a in crumb.xpath(".//a|.//li[not(.//a)]|.//span[not(*)]")]
        items = [i for i in items if i and not _HOME.match(i) and len(i) < 80
                 and not (title and i.lower() == title.lower()) and i not in (">", "»", "/")]
        if items:
            return items[-1]
    ld = meta.article_ld() or {}
    section = ld.get("articleSection") or meta.get("article:section")
    if isinstance(section, list):
        section = section[0] if section else None
    return norm(str(section)) if section else None
