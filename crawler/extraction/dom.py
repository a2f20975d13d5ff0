"""Small lxml helpers shared by the extraction modules."""
from __future__ import annotations

import unicodedata

from lxml.html import HtmlElement



def norm(text: str | None) -> str:
    """NFC-normalised text with collapsed whitespace (portals mix NFD and NBSP)."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # str.split() knows every Unicode space (NBSP included), and is fast


def text_of(el: HtmlElement) -> str:
    return norm(el.text_content())


def attrs_of(el: HtmlElement) -> str:
    """class and id in one lower-case string, for class-name rules."""
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


def is_ancestor(anc: HtmlElement, el: HtmlElement | None) -> bool:
    while el is not None:
        if el is anc:
            return True
        el = el.getparent()
    return False


def link_density(el: HtmlElement, prose_links: bool = True) -> float:
    """Share of the text that is link text; with prose_links=False a link inside a paragraph of
    10+ words (a sentence citing a document) does not count: it is text, not navigation."""
    total = len(text_of(el))
    if not total:
        return 0.0
    links = sum(len(norm(a.text_content())) for a in el.iter("a") if prose_links or not _in_prose(a))
    return links / total


def _in_prose(link: HtmlElement) -> bool:
    for anc in link.iterancestors():
        if anc.tag == "p":
            return len(anc.text_content().split()) >= 10
        if anc.tag in ("div", "li", "td", "body", "section", "article"):
            return False
    return False
