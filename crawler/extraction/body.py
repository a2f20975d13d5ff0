"""Locate the article container and turn it into text with trafilatura."""
from __future__ import annotations

import re
from copy import deepcopy

import trafilatura
from lxml.html import HtmlElement, fromstring

from crawler.extraction.dom import attrs_of, is_ancestor, link_density, text_of
from crawler.extraction.profiles import Profile

_BODY_HINT = re.compile(
    r"(content|detail|chitiet|chi-tiet|noidung|noi-dung|article|entry|post|body|news|story|baiviet|bai-viet|main"
    r"|journal|rtestate|single|text)",
    re.I,
)
_LEAD_HINT = re.compile(r"(sapo|summary|lead|tomtat|tom-tat|chapeau|intro|description|mota|trichdan|hometext|abstract|excerpt|desc)", re.I)


def profile_body(tree: HtmlElement, profile: Profile | None,
                 title_node: HtmlElement | None = None) -> HtmlElement | None:
    if profile is None:
        return None
    for sel in profile.body:
        found = [(el, float(len(text_of(el)))) for el in sel(tree) if len(text_of(el)) >= 1]
        if found:
            best = max(c[1] for c in found)
            return (_nearest_to_title(found, title_node, best) if title_node is not None
                    else max(found, key=lambda c: c[1]))[0]
    return None


def generic_body(tree: HtmlElement, title_node: HtmlElement | None) -> HtmlElement | None:
    """The deepest hinted container holding most of the best candidate's text."""
    cands = _candidates(tree, hinted=True)
    if not cands:
        # table-layout pages (frames, <font> skins) name nothing: any cell or div after the
        # title competes, a layout table's cell being a block like a div
        order = {el: i for i, el in enumerate(tree.iter())}
        cands = [c for c in _candidates(tree, hinted=False) if title_node is None or title_node not in order
                 or is_ancestor(c[0], title_node) or order[c[0]] > order[title_node]]
    if not cands:
        return None
    best_el, best = max(cands, key=lambda c: c[1])
    if title_node is not None:
        best_el, best = _nearest_to_title(cands, title_node, best)
    inner = [c for c in cands if c[1] >= 0.85 * best and is_ancestor(best_el, c[0])]
    chosen = max(inner, key=lambda c: _depth(c[0]))[0]
    return chosen


def _nearest_to_title(cands: list[tuple[HtmlElement, float]], title_node: HtmlElement,
                      best: float) -> tuple[HtmlElement, float]:
    """The best candidate among those closest to the title: on a page printing several
    posts, the body is the one under this page's heading, not the longest one."""
    for anc in title_node.iterancestors():
        near = [c for c in cands if c[1] >= 0.2 * best and is_ancestor(anc, c[0])]
        if near:
            return max(near, key=lambda c: c[1])
    return max(cands, key=lambda c: c[1])


def _candidates(tree: HtmlElement, hinted: bool) -> list[tuple[HtmlElement, float]]:
    cands = []
    for el in tree.iter("div", "article", "section", "td", "main"):
        if hinted and not _BODY_HINT.search(attrs_of(el)):
            continue
        size = len(el.text_content())
        if size < (120 if hinted else 300):
            continue
        density = link_density(el, prose_links=False)
        if density > 0.35:
            continue
        cands.append((el, size * (1 - density)))
    return cands


def _depth(el: HtmlElement) -> int:
    depth = 0
    while el is not None:
        el = el.getparent()
        depth += 1
    return depth


def find_lead(tree: HtmlElement, body: HtmlElement, title_node: HtmlElement | None,
              profile: Profile | None) -> HtmlElement | None:
    """A summary printed outside the body container (Tân Dân's sapo and similar)."""
    if profile is not None:
        node = profile.first("lead", tree)
        if node is not None and not is_ancestor(body, node):
            return node
    scope = title_node.getparent() if title_node is not None else None
    for _ in range(3):
        if scope is None:
            break
        for el in scope.iter():
            if isinstance(el.tag, str) and _LEAD_HINT.search(attrs_of(el)) and not is_ancestor(body, el) \
                    and not is_ancestor(el, body) and 40 <= len(text_of(el)) <= 1200:
                return el
        scope = scope.getparent()
    return None


def to_text(nodes: list[HtmlElement]) -> str:
    """trafilatura on a document holding only the given nodes (parsed once: copies of subtrees)."""
    doc = fromstring("<html><body></body></html>")
    body = doc.find("body")
    for node in nodes:
        body.append(_detached(node))
    result = trafilatura.bare_extraction(
        doc, fast=True, include_comments=False, include_tables=True, include_images=False,
        with_metadata=False, deduplicate=False, favor_recall=True,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or len(text) < 0.5 * len(text_of(body)):
        text = _plain_blocks(body)
    return text


_BLOCK_CHILD = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                "blockquote", "figure")


def _detached(node: HtmlElement) -> HtmlElement:
    """A copy whose text-only <div>s (sapo, lead) are paragraphs: trafilatura drops bare div text."""
    copy = deepcopy(node)
    copy.tail = None
    # our container is the article: without class/id trafilatura cannot narrow it to an
    # inner "article-content" div and drop the sapo printed beside it
    for el in copy.iter():
        if isinstance(el.tag, str):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)
    for table in list(copy.iter("table")):
        # a layout table (old ASP.NET skins) holds paragraphs in its cells: not a data table
        if table.xpath(".//td//p|.//td//div|.//td//table"):
            for el in [table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th")]:
                el.tag = "div"
    if copy.tag in ("td", "th"):
        copy.tag = "div"  # a layout cell chosen as the body: trafilatura drops a lone cell's first text
    for el in list(copy.iter("font", "center")):
        # <font>/<center> wrapping <br>-separated paragraphs is a block in old table skins
        if el.xpath("./br|./p|./div|./table"):
            el.tag = "div"
    for para in copy.iter("p"):
        # a sentence set entirely as a link (to the document it cites) is still a paragraph:
        # trafilatura drops link-only paragraphs as navigation
        if len(text_of(para).split()) >= 10 and link_density(para) > 0.5:
            for link in list(para.iter("a")):
                link.drop_tag()
    for el in list(copy.iter("div")):
        if el is not copy and (el.text or "").strip() and not any(
                isinstance(c.tag, str) and c.tag in _BLOCK_CHILD for c in el):
            el.tag = "p"
    return copy


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "ul", "ol", "section",
           "article", "blockquote", "pre"}


def _plain_blocks(root: HtmlElement) -> str:
    """Fallback when trafilatura judged a short container too small to keep."""
    parts: list[str] = []

    def walk(el: HtmlElement) -> None:
        block = isinstance(el.tag, str) and el.tag in _BLOCKS
        if isinstance(el.tag, str):
            parts.append("\n" if block else "")
            parts.append(el.text or "")
            for child in el:
                walk(child)
            parts.append("\n" if block else "")
        parts.append(el.tail or "")

    walk(root)
    return "".join(parts)


def whole_page_text(tree: HtmlElement) -> str:
    result = trafilatura.bare_extraction(
        tree, fast=True, include_comments=False, include_tables=True, with_metadata=False, deduplicate=False,
    )
    return (getattr(result, "text", None) or "") if result is not None else ""


def untouched_page_text(html: str | bytes) -> str:
    """trafilatura's extraction of the page as fetched (parsed again: our tree is cleaned)."""
    return trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
