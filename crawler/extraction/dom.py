"""Small lxml helpers shared by the extraction modules."""
from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

_WS = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """NFC-normalised text with collapsed whitespace (portals mix NFD and NBSP)."""
    if not text:
        return ""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


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


def link_density(el: HtmlElement) -> float:
    total = len(text_of(el))
    if not total:
        return 0.0
    links = sum(len(norm(a.text_content())) for a in el.iter("a"))
    return links / total
