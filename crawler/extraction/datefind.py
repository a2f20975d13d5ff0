"""Where on the page the publication date is looked for (see dates.py for the forms)."""
from __future__ import annotations

import re

from lxml.html import HtmlElement

from crawler.extraction import dates
from crawler.extraction.dates import Found
from crawler.extraction.dom import attrs_of, is_ancestor, norm, text_of
from crawler.extraction.lines import is_date_line
from crawler.extraction.meta import PageMeta
from crawler.extraction.profiles import Profile

_DATE_CLASS = re.compile(r"(date|time|ngay|publish|posted|created|thoigian|meta|info|tool)", re.I)
_STRUCTURED = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
               "pubdate", "publishdate", "dc.date.issued", "dc.date", "date", "dcterms.created")


def _header_texts(title_node: HtmlElement | None, body: HtmlElement | None, limit: int = 40) -> list[str]:
    """Text after the title up to the body (the article's header area)."""
    if title_node is None:
        return []
    out = []
    for text in title_node.xpath("following::text()[normalize-space()]"):
        parent = text.getparent()
        if body is not None and not is_ancestor(body, title_node) and is_ancestor(body, parent):
            break
        out.append(norm(str(text)))
        if len(out) >= limit or sum(map(len, out)) > 600:
            break
    return out


_ROWS = ("tr", "tbody", "thead", "td", "th")


def _block_scope(el: HtmlElement | None) -> HtmlElement | None:
    """Climb out of a layout table's row and cell: the table is the block (a <tr> holding
    only the title is no header area; the rows around it are)."""
    while el is not None and el.tag in _ROWS and el.getparent() is not None:
        el = el.getparent()
    return el


def _header_scope(title_node: HtmlElement) -> HtmlElement | None:
    """The title's grandparent, or the layout table whose row holds the title."""
    parent = title_node.getparent()
    if parent is None:
        return None
    if parent.tag in _ROWS:
        return _block_scope(parent)
    scope = parent.getparent()
    if scope is None or scope.tag in ("body", "html"):
        return parent
    return _block_scope(scope)


def _title_block(title_node: HtmlElement) -> HtmlElement:
    """The title with the wrappers that add no text of their own (<font><b>, <td>, <tr>)."""
    block, size = title_node, len(text_of(title_node))
    while block.getparent() is not None and block.getparent().tag not in ("body", "html") \
            and len(text_of(block.getparent())) == size:
        block = block.getparent()
    return block


def _just_above(title_node: HtmlElement) -> list[str]:
    """A short date line printed right above the title (the block before the title's block)."""
    prev = _title_block(title_node).getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or not text_of(prev)):
        prev = prev.getprevious()
    if prev is None:
        return []
    text = text_of(prev)
    # only a line that is a date (labelled or bare): a header bar naming the section beside
    # "today" is not one
    return [text] if len(text) <= 60 and (dates.find_labelled(text) or is_date_line(text)) else []


def _before_title(title_node: HtmlElement | None) -> list[str]:
    """A date printed just above the title, inside the same header block."""
    if title_node is None:
        return []
    scope = _header_scope(title_node)
    if scope is None:
        return []
    out = []
    for el in scope.iter():
        if el is title_node:
            break
        if isinstance(el.tag, str) and _DATE_CLASS.search(attrs_of(el)):
            out.append(norm(el.text_content()))
    return (out + _just_above(title_node))[-3:]


def structured(tree: HtmlElement, meta: PageMeta) -> Found | None:
    ld = meta.article_ld()
    if ld and ld.get("datePublished"):
        found = dates.parse_iso(str(ld["datePublished"]))
        if found:
            return found
    for key in _STRUCTURED:
        found = dates.parse_iso(meta.metas.get(key))
        if found:
            return found
    # a <time> marked as the edit ("updated", "modified", itemprop=dateModified) is not the publication
    times = [t for t in tree.xpath("//time[@datetime]") if not _EDITED.search(attrs_of(t) + " " + t.get("itemprop", ""))]
    times.sort(key=lambda t: not _PUBLISHED.search(attrs_of(t) + " " + t.get("itemprop", "")))
    for el in times[:1]:
        found = dates.parse_iso(el.get("datetime"))
        if found:
            return found
    return None


_EDITED = re.compile(r"(updat|modif|edit|capnhat|cap-nhat)", re.I)
_PUBLISHED = re.compile(r"(publish|datepublished|posted|created|ngaydang|ngay-dang)", re.I)


def _merge_time(primary: Found, others: list[Found | None]) -> Found:
    """Add the time another source gives for the same day; a timed source one day
    off is the same instant printed in UTC on the page, so its Vietnam time wins."""
    if primary.has_time:
        return primary
    for other in others:
        if other is not None and other.has_time and abs(other.ordinal() - primary.ordinal()) <= 1:
            return other
    return primary


def _near_title_classed(title_node: HtmlElement | None, body: HtmlElement | None) -> list[str]:
    """Texts of date-classed elements around the title (before or after it), outside the body."""
    if title_node is None:
        return []
    scope = _header_scope(title_node)
    if scope is None:
        return []
    return [norm(el.text_content()) for el in scope.iter()
            if isinstance(el.tag, str) and _DATE_CLASS.search(attrs_of(el)) and len(el.text_content()) < 200
            and not (body is not None and is_ancestor(body, el))]


def find_date(tree: HtmlElement, meta: PageMeta, url: str | None, title_node: HtmlElement | None,
              body: HtmlElement | None, profile: Profile | None, first_lines: list[str],
              img_srcs: list[str]) -> Found | None:
    """Order: the profile's date node, a labelled date ("Đăng ngày", "Cập nhật"...) around
    the title, a date-classed element by the title, structured metadata, the first date
    right after the title, the URL, then a year-less lead date with outside evidence."""
    # every unlabelled search runs on texts whose update-labelled dates are blanked: a page
    # printing "Cập nhật: ..." beside (or instead of) its publication time must not give the edit
    shown = [" \n ".join(_header_texts(title_node, body)), " \n ".join(_before_title(title_node)),
             " \n ".join(_near_title_classed(title_node, body))]
    header, before, around = shown
    struct = structured(tree, meta)
    desc = dates.find_in_text(meta.get("description", "og:description") or "")
    visible: Found | None = None
    updated: Found | None = None
    if profile is not None:
        node = profile.first("date", tree)
        if node is not None:
            text = norm(node.text_content())
            visible = dates.find_labelled(text) or dates.find_in_text(dates.without_updates(text))
            updated = dates.find_updated(text)
    for text in (header, before, around):
        if visible is None:
            visible = dates.find_labelled(text)
    if visible is None:
        visible = dates.unlabelled_stamp(around) or dates.unlabelled_stamp(before)
    # structured publication metadata (datePublished, article:published_time) outranks any
    # update-labelled date the page prints
    if visible is None and struct is not None:
        return _merge_time(struct, [dates.find_in_text(dates.without_updates(header)), desc])
    if visible is None:
        visible = dates.unlabelled_or_updated(header)
    for text in shown:
        updated = updated or dates.find_updated(text)
    if visible is None and updated is not None:
        # only an update-labelled date by the title (many portals label their one date
        # "Ngày cập nhật"): still better evidence than a date in the lead's first sentence
        return _merge_time(updated, [struct, desc])
    if visible is None and body is not None:
        first = [norm(str(t)) for t in body.xpath(".//text()[normalize-space()]")[:3]]
        short = " \n ".join(t for t in first if len(t) <= 80)
        # the body's first short lines are its byline area: a labelled date there, even an
        # update-labelled one, outranks a date inside the lead's sentence
        visible = dates.find_labelled(short) or dates.find_updated(short) or \
            dates.find_in_text(dates.without_updates(short))
    if visible is not None:
        return _merge_time(visible, [struct, desc])
    if title_node is None:
        whole = norm((body if body is not None else tree).text_content())[:3000]
        labelled = dates.find_labelled(whole)
        if labelled:
            return labelled
    url_date = dates.from_url(url)
    if url_date is not None:
        return url_date
    if updated is not None:
        return updated  # the page gives no other date: its edit is the best evidence left
    if desc is not None:
        return desc
    lead = " ".join(first_lines[:1])
    if lead and dates.find_in_text(lead[:200]) is None:
        years = dates.year_evidence(url, img_srcs)
        return dates.find_no_year(lead[:80], years)
    return None
