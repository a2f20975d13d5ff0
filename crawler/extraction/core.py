"""extract(): one page's HTML -> the clean article, parsing the HTML once."""
from __future__ import annotations

import logging
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.extraction import body as bodymod
from crawler.extraction import byline, lines, pagekind, title as titlemod
from crawler.extraction.source import load as load_page
from crawler.extraction.boilerplate import Cleaner, prose_by_element
from crawler.extraction.datefind import find_date
from crawler.extraction.dom import attrs_of, is_ancestor, norm, text_of
from crawler.extraction.meta import PageMeta, read_meta
from crawler.extraction.model import Extracted, NotAnArticle
from crawler.extraction.profiles import detect

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


log = logging.getLogger(__name__)


def extract(html: str | bytes, url: str | None = None, encoding: str | None = None) -> Extracted:
    """The article of one page; raises NotAnArticle for any page that is not one.
    `encoding`: the charset the server declared in its Content-Type header, if any."""
    try:
        return _extract(html, url, encoding)
    except NotAnArticle:
        raise
    except Exception as err:  # a bug, not a verdict: logged with its traceback, counted by its code
        log.warning("extraction failed on %s", url, exc_info=True)
        raise NotAnArticle("extraction-error", f"extraction failed: {type(err).__name__}") from None


def _extract(html: str | bytes, url: str | None, encoding: str | None = None) -> Extracted:
    tree = load_page(html, encoding)
    meta = read_meta(tree, url)
    host = urlsplit(url).hostname if url else None
    profile = detect(tree, meta, host)
    meta_t = titlemod.meta_title(meta)
    category = titlemod.find_category(tree, meta, meta_t)

    title_node = titlemod.find_title_node(tree, meta_t, profile)
    body = bodymod.profile_body(tree, profile, title_node)
    # a video/photo story has a title and a date but little text; decide before cleaning drops the media
    media = body is not None and bool(body.xpath(".//video|.//iframe|.//embed|.//object|.//img"))
    pager = pagekind.has_pager(tree)
    # menus are cleaned away below; whether one of them names this page must be read now
    section_heading = title_node is not None and pagekind.titled_by_own_section_link(tree, url, norm(text_of(title_node)))
    img_srcs = [str(s) for s in tree.xpath("//body//img/@src")[:30]]
    removals = [el for sel in (profile.remove if profile else []) for el in sel(tree)]
    prose = prose_by_element(tree, pagekind.teaser_items(tree))
    Cleaner(tree, [title_node, body], prose).run(removals)
    if body is None:
        body = bodymod.generic_body(tree, title_node)
    title = titlemod.pick_title(title_node, meta_t)
    lead = bodymod.find_lead(tree, body, title_node, profile) if body is not None else None

    raw = bodymod.to_text([n for n in (lead, body) if n is not None]) if body is not None \
        else bodymod.whole_page_text(tree)
    drop = {norm(t).lower() for t in (meta_t, meta.site_name(), category) if t}
    body_lines = lines.clean_lines(raw, title, drop)
    found = find_date(tree, meta, url, title_node, body, profile, body_lines, img_srcs)
    dom_author = dom_source = None
    if body is not None:
        scope = _article_scope(title_node, body)
        dom_author, dom_source = byline.outside_byline(scope, body, attrs_of, is_ancestor)
    body_lines, author, source = byline.split_byline(body_lines, title, dom_author)
    source = source or dom_source
    author = author or _meta_author(meta)
    text = "\n".join(body_lines)

    main = body if body is not None else tree.find("body")
    verdict = pagekind.judge(tree, url, title, main, pagekind.size(text), found is not None,
                             media and title_node is not None, pager or section_heading)
    if _second_reading_due(verdict, found is not None, prose.get(tree, 0)):
        # our container held nothing, or only teasers while running text sits elsewhere on a
        # dated page: before losing it, ask trafilatura's own reading of the untouched page
        # (layouts unlike the portals' put the body where our rules do not look); an undated
        # page without a body of its own is a menu or a list far more often
        whole = lines.clean_lines(bodymod.untouched_page_text(html), title, drop)
        whole_lines, whole_author, _ = byline.split_byline(whole, title, dom_author)
        whole_text = "\n".join(whole_lines)
        # a line of prose outside a table: a layout table read whole (menus, a login box and a
        # "nothing in this period" notice in its cells) is the page, not its article
        if any(pagekind.size(x) >= 20 and not x.lstrip().startswith("|") for x in whole_lines):
            # judged on its text alone: the page's prose has already outweighed its teasers
            again = pagekind.judge(tree, url, title, None, pagekind.size(whole_text), True,
                                   False, pager or section_heading)
            if again.reason is None:
                text, author, verdict = whole_text, author or whole_author, again
                verdict.kind = "whole-page"
    if verdict.reason is None and verdict.kind != "media" and not any(pagekind.is_sentence(x) for x in text.split("\n")):
        # menus, teaser titles, counters and "nothing this month" lines: an article, however
        # short, says something in at least one sentence (a photo or video story is kept above)
        raise NotAnArticle("no-main-text", "no sentence of running text")
    if verdict.reason:
        raise NotAnArticle(verdict.reason, verdict.message)
    return Extracted(
        url=url, canonical_url=meta.canonical, title=title or None,
        published_at=found.iso() if found else None, author=author, source=source,
        category=category, text=text, cms=profile.cms if profile else None, page_kind=verdict.kind,
    )


def _second_reading_due(verdict: pagekind.Verdict, dated: bool, page_prose: int) -> bool:
    if not dated:
        return False
    return verdict.reason == "no-main-text" or (verdict.reason == "teaser-list" and page_prose >= 600)


def _meta_author(meta: PageMeta) -> str | None:
    """<meta name=author> / JSON-LD Person only; portals fill these with the site's name."""
    ld = meta.article_ld() or {}
    people = ld.get("author")
    for person in people if isinstance(people, list) else [people]:
        if isinstance(person, dict) and person.get("@type") == "Person" and person.get("name"):
            name = byline.clean_name(str(person["name"]))
            if name:
                return name
    value = meta.get("author", "article:author")
    site = (meta.site_name() or "").lower()
    if value and value.lower() not in site and byline.looks_like_name(value):
        return byline.clean_name(value)
    return None


def _article_scope(title_node: HtmlElement | None, body: HtmlElement) -> HtmlElement:
    """The smallest element holding both the title and the body (the body's parent without a title)."""
    if title_node is None:
        return body.getparent() if body.getparent() is not None else body
    scope = body
    while scope is not None and not is_ancestor(scope, title_node):
        scope = scope.getparent()
    return scope if scope is not None else body
