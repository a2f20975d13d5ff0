"""A page's bytes to one lxml tree: decoding (legacy Vietnamese encodings included), parsing,
and flattening of absurdly deep markup, so that no page's shape can hide its article or
make extraction recurse without end.

trafilatura.utils.load_html does the same for ordinary pages; it is not used directly
because libxml2 stops building the tree 256 levels down (an article inside 10,000 nested
<div>s came out empty) and because a legacy-encoded page must be decoded byte for byte.
"""
from __future__ import annotations

import re

from lxml.etree import strip_tags
from lxml.html import HTMLParser, HtmlElement, fromstring
from trafilatura.utils import decode_file, repair_faulty_html

from crawler.extraction import legacy
from crawler.extraction.dom import norm
from crawler.extraction.model import NotAnArticle

# libxml2 accepts 2048 levels with huge_tree; markup deeper than this is unwrapped first
MAX_MARKUP_DEPTH = 1000
# our own rules walk trees recursively: wrappers deeper than this are unwrapped after parsing
MAX_TREE_DEPTH = 150
# any element deeper than this is unwrapped: Python's recursion limit is 1,000 frames
MAX_BLOCK_DEPTH = 600
_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                     remove_pis=True, huge_tree=True)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>|<(script|style)\b.*?</\4\s*>", re.S | re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "basefont", "frame", "keygen"}
# an open <p>, <li>, <td> ... is closed by the next one of its kind (HTML's implied end tags)
_SELF_CLOSING = {"p": {"p"}, "li": {"li"}, "td": {"td", "th"}, "th": {"td", "th"}, "tr": {"tr", "td", "th"},
                 "option": {"option"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}}
_WRAPPERS = {"div", "span", "section", "article", "font", "center", "main", "aside", "header", "footer", "nav",
             "b", "i", "u", "em", "strong", "small", "big", "blockquote", "form", "label", "sup", "sub"}


def decode(html: str | bytes, declared: str | None = None) -> str:
    """Unicode text of a page; bytes that are not UTF-8 and read as TCVN3/VNI are taken byte for
    byte (they were served as Latin-1); then the charset the server declared (`declared`, its
    Content-Type header), when the bytes decode in it; anything else is left to trafilatura's
    charset guess (which took windows-1258 pages for windows-1250 ones)."""
    if isinstance(html, str):
        return html
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    latin = html.decode("latin-1")
    if legacy.detect(latin[:400_000]) is not None:
        return latin
    if declared:
        try:
            return html.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_file(html)


def shallow_markup(text: str, limit: int = MAX_MARKUP_DEPTH) -> str:
    """The markup with the wrapper tags (div, span, font ...) that open deeper than `limit`
    levels removed, their content kept, and any tag deeper than 1.8 x `limit` (libxml2 stops
    at 2048), so the parser builds the whole tree; a page of ordinary depth comes back as it was."""
    stack: list[tuple[str, bool]] = []
    depth = 0
    out: list[str] = []
    pos = 0
    deep = False
    for m in _TAG.finditer(text):
        if m.group(4):  # script/style: their text may hold "<"
            continue
        closing, name, self_closed = m.group(1), m.group(2).lower(), m.group(3)
        keep = True
        if name in _VOID or self_closed:
            pass
        elif not closing:
            closes = _SELF_CLOSING.get(name)
            while closes and stack and stack[-1][0] in closes:
                _, dropped = stack.pop()
                depth -= not dropped
            dropped = depth >= limit and name in _WRAPPERS or depth >= 1.8 * limit
            stack.append((name, dropped))
            depth += not dropped
            keep = not dropped
            deep = deep or dropped
        else:
            if any(tag == name for tag, _ in stack):
                while stack:
                    tag, dropped = stack.pop()
                    depth -= not dropped
                    if tag == name:
                        keep = not dropped
                        break
        if not keep:
            out.append(text[pos:m.start()])
            pos = m.end()
    if not deep:
        return text
    out.append(text[pos:])
    return "".join(out)


# characters no XML text may hold: libxml2's HTML parser keeps those of binary junk (and of
# character references such as &#1;) in the tree, then refuses any text holding them when
# a step sets it again (lxml ValueError)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(tree: HtmlElement) -> None:
    """Drop the characters no XML text may hold from every text of the tree."""
    for el in tree.iter():
        if el.text and _NOT_XML.search(el.text):
            el.text = _NOT_XML.sub("", el.text)
        if el.tail and _NOT_XML.search(el.tail):
            el.tail = _NOT_XML.sub("", el.tail)


def parse(text: str) -> HtmlElement | None:
    text = repair_faulty_html(text, text[:50].lower())
    try:
        return fromstring(text, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        return fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)


def flatten(tree: HtmlElement, limit: int = MAX_TREE_DEPTH) -> int:
    """Unwrap wrapper elements deeper than `limit` (their text and children move up); returns
    how many were unwrapped. Text blocks (p, h1, li, td ...) are kept, so lines stay lines,
    unless deeper than MAX_BLOCK_DEPTH: binary junk parsed as HTML nests made-up tags a
    thousand levels deep, which no recursive rule (ours, trafilatura's) can walk."""
    unwrapped = 0
    for _ in range(4):
        depth = {tree: 0}
        deep = []
        for el in tree.iterdescendants():
            parent = el.getparent()
            level = depth[el] = depth.get(parent, 0) + 1
            if level > limit and isinstance(el.tag, str) and el.tag in _WRAPPERS:
                deep.append(el)
        if not deep:
            break
        for el in deep:
            el.drop_tag()
        unwrapped += len(deep)
    depth = {tree: 0}
    for el in tree.iterdescendants():
        depth[el] = depth[el.getparent()] + 1
    junk = [el for el, level in depth.items() if level > MAX_BLOCK_DEPTH and isinstance(el.tag, str)]
    for el in junk:
        el.drop_tag()
    return unwrapped + len(junk)


# a data table beyond this many cells becomes one line of text per row: every rule here
# walks cells, and a 200,000-cell table took minutes
MAX_TABLE_CELLS = 2000
# beyond this many elements, inline markup (span, font, b ...) is stripped, its text kept
MAX_ELEMENTS = 60_000
_INLINE = ("span", "font", "b", "i", "u", "em", "strong", "small", "big", "sup", "sub", "abbr", "label", "mark")


def compact_tables(tree: HtmlElement, max_cells: int = MAX_TABLE_CELLS) -> int:
    """Replace each table of more than `max_cells` cells by its rows as text, one paragraph per
    row (cells joined by " | "); returns how many tables were compacted."""
    done = 0
    for table in list(tree.iter("table")):
        if table.getparent() is None or any(a.tag == "table" for a in table.iterancestors()):
            continue
        cells = sum(1 for _ in table.iter("td", "th"))
        if cells <= max_cells:
            continue
        block = table.makeelement("div", {"class": table.get("class", "")})
        for row in table.iter("tr"):
            text = norm(" | ".join(c.text_content() for c in row if c.tag in ("td", "th")))
            if text.strip(" |"):
                para = block.makeelement("p", {})
                para.text = text
                block.append(para)
        block.tail = table.tail
        table.getparent().replace(table, block)
        done += 1
    return done


def bound(tree: HtmlElement) -> None:
    """Keep the work on one page proportional to its text, not to its markup."""
    compact_tables(tree)
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        strip_tags(tree, *_INLINE)


def _depth(tree: HtmlElement) -> int:
    depth = {tree: 0}
    for el in tree.iterdescendants():
        depth[el] = depth[el.getparent()] + 1
    return max(depth.values())


def load(html: str | bytes, declared: str | None = None) -> HtmlElement:
    """The page's tree, with legacy-encoded text converted; NotAnArticle for empty or garbage input.
    `declared`: the charset the server declared for the bytes, if any (see decode)."""
    if not html:
        raise NotAnArticle("empty", "empty page")
    try:
        text = decode(html, declared)
        tree = parse(text)
        if tree is not None and _depth(tree) >= MAX_MARKUP_DEPTH:
            tree = parse(shallow_markup(text))  # libxml2 stopped at its depth limit: unwrap first
    except Exception as err:  # lxml raises many kinds on garbage
        raise NotAnArticle("unparseable", f"unparseable HTML: {type(err).__name__}") from None
    if tree is None or (tree.find(".//body") is None and len(tree) == 0):
        raise NotAnArticle("unparseable", "unparseable HTML")
    clean_text(tree)
    flatten(tree)
    bound(tree)
    legacy.convert_tree(tree)
    return tree
