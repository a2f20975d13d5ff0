"""The frontier: which links a crawl follows, and in what order, learned per portal.

Portals spell their calendars, monthly archives, filters and session ids in
ways no word list names, so the frontier judges a link by what pages of its
*shape* (crawler.shapes) have yielded on this portal, not by its words:

- **Yield per shape.**  For each portal and shape: pages fetched, new articles
  among them, and the new links they brought, by the shape of the link.  A shape
  is *productive* when its pages are new articles, or link to shapes that are
  (listings), or to productive listings (hubs).  A shape whose pages keep
  costing requests with nothing of that kind is cut off for the run after
  `FRONTIER_PROBE_PAGES` pages (once the links it brought have been tried),
  remembered in the archive, and put on probation after
  `FRONTIER_REPROBE_DAYS` (a shape can start yielding).
- **Chains end by yield.**  A chain of pages of one listing, pager or calendar
  (same shape or same pager key) stops after `CHAIN_PATIENCE` pages in a row
  that bring no new link, or at once when a page repeats its predecessor.
- **Dates bound the walk.**  A link whose URL encodes a date later than today,
  or (once the portal has been explored) well before anything it published, is
  not requested, unless its shape is one of the portal's article shapes.
- **Priority by expected yield.**  Scrapy request priorities: productive
  listings first (they discover the rest), then article pages, then unproven
  shapes (lower the more pages they cost), cut shapes never; so a per-portal
  budget runs out on the unproductive part of a site.
- **Resumable.**  Every accepted link is written to `page_state` as queued
  before it is scheduled; a run cut short by its budget, its clock or kill -9
  leaves the rest for the next run, which resumes it (spiders.portal).

`FrontierMiddleware` is a spider middleware: the spider yields every in-scope
link it finds, and this component decides.  Request meta keys it reads or sets:

- ``portal_url`` (set by the spider): the portal a request belongs to.
- ``link_text`` (set by the spider): the link's text; one that reads as a headline is not held
  by its shape's yield budget.
- ``frontier`` = ``"bypass"``: entry points, robots.txt, sitemaps, re-checks.
- ``listed_in``: ``"sitemap"`` or ``"feed"``: the portal itself lists the link.
- ``shape``: the URL's shape; ``pager_depth``, ``barren``, ``previous_page_links``,
  ``chain_id``: the chain a sibling link continues; ``via_pager``: reached through a pager;
  ``listing_pager``: one of a listing's own pages (walked whatever its shape's yield).
- ``new_page``: the archive did not know the URL; ``brought_new`` (on the
  response): the page brought links the archive did not know (a hub).
"""
from __future__ import annotations

import json
import logging
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from archive.crawlstate import Known, iso_ago, utc_now
from crawler.items import ArticleItem, PageItem
from crawler.progress import portal_finished, request_issued, request_processed, request_skipped, shape_cut
from crawler.shapes import url_date, url_shape
from crawler.urls import canonical_url, pager_key

logger = logging.getLogger(__name__)

# Priorities (Scrapy: higher first).
PRIORITY_ENTRY = 40  # robots.txt, sitemap, entry pages: before anything they lead to
PRIORITY_LISTING = 30
PRIORITY_ARTICLE = 20
PRIORITY_UNPROVEN = 10
PRIORITY_DOUBTFUL = 0  # unproven, and a page for a date, a query word or another page's variant
PRIORITY_STEPS = 9  # an unproven shape's priority falls by one a page tried, this many times
VARIANT_PENALTY = 5  # `X?k=v` after `X`: a sort order, a view or a session of a page is usually redundant
HUB_DEPTH = 3  # a hub linking a listing linking articles is productive, to this depth


@dataclass
class Shape:
    """What one URL shape of a portal has cost and yielded."""

    pages: int = 0
    articles: int = 0
    children: Counter = field(default_factory=Counter)  # child shape -> new links found on these pages
    state: str = "active"  # active | cut | probation
    reason: str | None = None
    cut_at: str | None = None
    pages_before_probation: int = 0  # a probation judges only the pages fetched since
    articles_before_probation: int = 0
    # seen listing articles above a numbered pager (remembered: a later run may reach its pages
    # after the sitemap gave their articles, when they bring nothing new and look barren)
    listing: bool = False
    failed: int = 0  # requests that brought no page (404, 5xx, timeouts), this run
    pending: int = 0  # scheduled this run, not yet answered
    awaiting: int = 0  # fetched, extraction has not said yet whether it is an article
    changed: bool = False


@dataclass(frozen=True)
class FrontierOptions:
    probe_pages: int = 3
    # A shape earns requests by what it yields: its pages fetched (and in flight) stay under
    # probe_pages + yield_ratio x (new articles + productive links it found), so a page space
    # that yields one article per ten pages runs dry after a few, whatever its links look like.
    yield_ratio: float = 1
    volatile_after: int = 2  # pages that show a query key makes no difference
    chain_patience: int = 3  # during a first (full) crawl
    chain_patience_known: int = 1  # once the portal is known: stop at the first page with nothing new
    reprobe_days: float = 30
    past_margin_days: int = 365
    explored_articles: int = 10  # dated articles seen before the past-date bound applies
    pager_depth: int = 20
    full_pager_depth: int = 1000
    page_recheck_days: float = 7

    @classmethod
    def from_settings(cls, settings: Any) -> "FrontierOptions":
        return cls(
            probe_pages=settings.getint("PORTAL_ARCHIVE_FRONTIER_PROBE_PAGES", cls.probe_pages),
            yield_ratio=settings.getfloat("PORTAL_ARCHIVE_FRONTIER_YIELD_RATIO", cls.yield_ratio),
            chain_patience=settings.getint("PORTAL_ARCHIVE_CHAIN_PATIENCE", cls.chain_patience),
            reprobe_days=settings.getfloat("PORTAL_ARCHIVE_FRONTIER_REPROBE_DAYS", cls.reprobe_days),
            past_margin_days=settings.getint("PORTAL_ARCHIVE_PAST_MARGIN_DAYS", cls.past_margin_days),
            pager_depth=settings.getint("PORTAL_ARCHIVE_PAGER_DEPTH", cls.pager_depth),
            full_pager_depth=settings.getint("PORTAL_ARCHIVE_FULL_PAGER_DEPTH", cls.full_pager_depth),
            page_recheck_days=settings.getfloat("PORTAL_ARCHIVE_RECHECK_PAGES_DAYS", cls.page_recheck_days),
        )


class ShapeBook:
    """One portal's shapes and their yield; says which shapes are worth a request."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), options: FrontierOptions | None = None) -> None:
        self.options = options or FrontierOptions()
        self.shapes: dict[str, Shape] = {}
        self._memo: tuple[set[str], set[str]] | None = None
        reprobe_before = iso_ago(days=self.options.reprobe_days)
        for row in rows:
            shape = Shape(pages=row.get("pages") or 0, articles=row.get("articles") or 0,
                          children=Counter(json.loads(row.get("children") or "{}")),
                          state=row.get("state") or "active", reason=row.get("reason"), cut_at=row.get("cut_at"),
                          listing=bool(row.get("listing")))
            if shape.state == "cut" and (shape.cut_at or "") < reprobe_before:
                shape.state = "probation"  # cut long ago: a few pages again, it may have started yielding
                shape.pages_before_probation, shape.articles_before_probation = shape.pages, shape.articles
            self.shapes[row["shape"]] = shape

    def get(self, shape: str) -> Shape:
        found = self.shapes.get(shape)
        if found is None:
            found = self.shapes[shape] = Shape()
        return found

    # -- what the shapes yield ---------------------------------------------------------

    def _classes(self) -> tuple[set[str], set[str]]:
        """(article shapes, productive shapes), recomputed after any change."""
        if self._memo is None:
            articles = {s for s, x in self.shapes.items() if x.articles > 0}
            productive: set[str] = set()
            good = set(articles)
            for _ in range(HUB_DEPTH):
                newly = {s for s, x in self.shapes.items() if s not in productive
                         and any(n > 0 and c in good and c != s for c, n in x.children.items())}
                if not newly:
                    break
                productive |= newly
                good |= newly
            self._memo = (articles, productive)
        return self._memo

    def is_article_shape(self, shape: str) -> bool:
        return shape in self._classes()[0]

    def is_productive(self, shape: str) -> bool:
        articles, productive = self._classes()
        return shape in articles or shape in productive

    def cut(self, shape: str) -> bool:
        found = self.shapes.get(shape)
        return found is not None and found.state == "cut"

    def priority(self, shape: str, doubtful: bool = False) -> int:
        """Proven shapes first; among the unproven, the less tried first, and `doubtful` pages (see
        `doubtful`) after every other: fetched once the sections have given their articles, they
        show what they add of their own."""
        articles, productive = self._classes()
        if shape in productive:
            return PRIORITY_LISTING
        if shape in articles:
            return PRIORITY_ARTICLE
        return (PRIORITY_DOUBTFUL if doubtful else PRIORITY_UNPROVEN) - min(self.get(shape).pages, PRIORITY_STEPS)

    def yield_of(self, name: str) -> int:
        """New articles among a shape's pages, plus the new links they brought to article or
        productive shapes (links to its own shape count only when it is an article shape:
        `?id=N` pages that are listings and articles at once)."""
        articles, productive = self._classes()
        found = self.get(name)
        own = name in articles
        return found.articles + sum(n for c, n in found.children.items()
                                    if (c in articles or c in productive) and (c != name or own))

    def probe(self, name: str) -> int:
        """Pages a shape gets before its yield is judged.  A variant (another page plus a key: a
        sort order, a view) is judged on one: the page it varies is known, so one page that
        brings nothing of its own shows what the key does."""
        return 1 if is_variant_shape(name) else self.options.probe_pages

    def over_budget(self, name: str) -> bool:
        """Has this shape used the requests its yield has earned (fetched and in flight)?  A page
        that was a new article pays for itself: an article shape shares its URLs with a portal's
        menu pages (`/{slug}`: `/gioi-thieu`, `/lien-he` ...), and must not run dry on them."""
        found = self.get(name)
        earned = self.probe(name) + self.options.yield_ratio * self.yield_of(name)
        used = (found.pages - found.pages_before_probation) - (found.articles - found.articles_before_probation)
        return used + found.pending >= earned

    # -- what happened ---------------------------------------------------------------------

    def _changed(self, shape: Shape) -> None:
        shape.changed = True
        self._memo = None

    def scheduled(self, shape: str) -> None:
        self.get(shape).pending += 1

    def answered(self, shape: str) -> None:
        found = self.get(shape)
        found.pending = max(0, found.pending - 1)

    def page_fetched(self, shape: str, new_links: Counter, is_page: bool = True) -> None:
        """A page of this shape was fetched and brought these new links (by their shape)."""
        found = self.get(shape)
        found.pages += 1
        found.children.update(new_links)
        if is_page:
            found.awaiting += 1
        self._changed(found)

    def mark_listing(self, name: str) -> None:
        """This shape's pages list articles above a numbered pager: walked, never cut as barren."""
        found = self.get(name)
        if not found.listing:
            found.listing = True
            if found.state == "cut":
                found.state, found.reason, found.cut_at = "active", None, None
            self._changed(found)

    def page_failed(self, shape: str) -> None:
        """A request of this shape brought no page at all."""
        found = self.get(shape)
        found.pages += 1
        found.failed += 1
        self._changed(found)

    def page_judged(self, shape: str, new_article: bool) -> None:
        """Extraction said whether a fetched page of this shape was a new article."""
        found = self.get(shape)
        found.awaiting = max(0, found.awaiting - 1)
        if new_article:
            found.articles += 1
            if found.state != "active":
                found.state, found.reason, found.cut_at = "active", None, None
        self._changed(found)

    def judge(self) -> list[str]:
        """Cut the shapes that cost enough pages and yielded nothing; returns the newly cut."""
        articles, productive = self._classes()
        newly = []
        for name, shape in self.shapes.items():
            if shape.state == "cut" or name in articles or name in productive or shape.listing:
                if shape.state == "probation" and (name in articles or name in productive):
                    shape.state = "active"
                    self._changed(shape)
                continue
            tried = shape.pages - shape.pages_before_probation
            if tried < self.probe(name) or shape.awaiting:
                continue
            if not all(self._resolved(c) for c, n in shape.children.items() if n > 0 and c != name):
                continue  # a link it brought may still turn out to lead somewhere
            shape.state, shape.cut_at = "cut", utc_now()
            shape.reason = (f"{shape.pages} pages fetched, no new article in them"
                            f" nor within {HUB_DEPTH} links of them")
            self._changed(shape)
            newly.append(name)
        return newly

    def cut_for_low_yield(self, name: str) -> bool:
        """Cut a shape that used the requests its yield earned; False if it was cut already."""
        found = self.get(name)
        if found.state == "cut":
            return False
        found.state, found.cut_at = "cut", utc_now()
        found.reason = (f"{found.pages} pages fetched for {self.yield_of(name)} new articles"
                        " or productive links: too little to earn more requests")
        self._changed(found)
        return True

    def _resolved(self, child: str) -> bool:
        found = self.shapes.get(child)
        return found is None or found.state == "cut" or found.pending == 0 or found.pages >= self.options.probe_pages

    def rows(self, changed_only: bool = True) -> list[dict[str, Any]]:
        """What to store in frontier_shapes (crawlstate.save_shapes)."""
        articles, productive = self._classes()
        out = []
        for name, shape in self.shapes.items():
            if changed_only and not shape.changed:
                continue
            out.append({
                "shape": name, "pages": shape.pages, "articles": shape.articles,
                "article_links": sum(n for c, n in shape.children.items() if c in articles and c != name),
                "listing_links": sum(n for c, n in shape.children.items() if c in productive and c != name),
                "children": dict(shape.children.most_common(50)),
                "state": "cut" if shape.state == "cut" else "active", "listing": int(shape.listing),
                "reason": shape.reason, "cut_at": shape.cut_at, "updated_at": utc_now(),
            })
            shape.changed = False
        return out


_PAGER_SUFFIX = re.compile(r"(?:page|trang|p)[-/_]?\d+(?:\.html?)?/?$", re.I)  # as in crawler.urls.pager_key
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$", re.I)


def chain_key(url: str) -> str:
    """pager_key without parameters whose value is only a number, so that a listing's
    first page (`/tin.aspx`) and its next ones (`/tin.aspx?PageIndex=2`) share a chain."""
    key = pager_key(url)
    base, _, query = key.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if v != "#"]
    return f"{base}?{urlencode(kept)}"


def may_change(url: str, shape: str, today: date) -> bool:
    """Is a hub worth polling again for new links?  Not a page for a period that has ended (a
    past month's archive lists what it listed), nor the results of a query word (a search
    finds what the sections list)."""
    found = url_date(url)
    return "={w}" not in shape and (found is None or found.last_day() >= today)


def query_keys(url: str) -> list[str]:
    return [k.lower() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]


def variant_shape(url: str, key: str) -> str:
    """The shape all links that add this query key to another page share."""
    return f"{(urlsplit(url).hostname or '').lower()}/*?{key}=*"


def is_variant_shape(shape: str) -> bool:
    return "/*?" in shape


def doubtful(url: str, shape: str) -> bool:
    """A page whose links are likely another page's: one for a date (calendars, monthly archives,
    date filters), the results of a query word, or a variant of another page."""
    return url_date(url) is not None or "={w}" in shape or is_variant_shape(shape)


def small_number(value: str) -> bool:
    """A query value that is a page number or an id: it picks a page, it does not vary one."""
    return value.isdigit() and len(value) <= 5


def u_has_number(url: str, key: str) -> bool:
    return any(k.lower() == key and small_number(v) for k, v in parse_qsl(urlsplit(url).query))


def is_headline(text: str) -> bool:
    """Link text that reads as an article's title: six words or more, mostly words (a menu entry,
    a pager, "« Tháng trước", a date or a search keyword are shorter)."""
    words = text.split()
    return len(words) >= 6 and sum(1 for w in words if any(c.isalpha() for c in w)) >= 0.7 * len(words)


def without_keys(url: str, keys: set[str]) -> str:
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in keys]
    return parts._replace(query=urlencode(kept)).geturl()


_NUMBER = re.compile(r"\d+")
# A long random value: 16+ letters and digits mixed (hex, base 36), or a GUID.  Slugs have
# hyphens between short words; ids are digits only.
_SESSION_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{16,}(?![A-Za-z0-9])"
                            r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def strip_tokens(url: str, tokens: set[str]) -> str:
    """The URL without the query parameters, `;matrix` parameters and path segments that carry
    one of these tokens."""
    parts = urlsplit(url)
    if not any(t in url for t in tokens):
        return url
    def carries(piece: str) -> bool:
        return any(t in piece for t in tokens)
    segments = []
    for segment in parts.path.split("/"):
        head, *params = segment.split(";")
        if carries(head):
            continue
        segments.append(";".join([head, *(p for p in params if not carries(p))]))
    path = "/".join(segments) or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not carries(v)])
    return canonical_url(parts._replace(path=path if path.startswith("/") else "/" + path, query=query).geturl())


def numbered_pager(links: list[str], variants: set[str]) -> set[str]:
    """Links of one page that differ from each other only by numbers, three or more: the
    numbered pages of a listing (`/tin/p/2/` ... `/tin/p/16/`, `?trang=2` ...).  Dated links
    are a calendar's, not a pager's, and variants are other orders of the same pages."""
    groups: dict[str, list[str]] = {}
    for url in links:
        if url not in variants and url_date(url) is None:
            groups.setdefault(_NUMBER.sub("#", url), []).append(url)
    return {u for group in groups.values() if len(group) >= 3 for u in group}


def continues(link_stem: str, stem: str) -> bool:
    """Can a link with this stem be a next page of a listing with that one?  The root's next
    pages are the root's own (`/?page=2`, `/page/2/`): every link of a home page starts with `/`."""
    if stem in ("", "/"):
        return link_stem in ("", "/")
    return link_stem.startswith(stem)


def listing_stem(url: str) -> str:
    """A listing's path without its pager suffix and file extension:
    `/tin/tin-dia-phuong.html` and `/tin/tin-dia-phuong/trang-2.html` share one."""
    path = _PAGER_SUFFIX.sub("", urlsplit(url).path)
    return _EXTENSION.sub("", path).rstrip("/")


@dataclass
class PortalFrontier:
    """The frontier of one portal in this run."""

    portal_id: int | None
    book: ShapeBook
    full: bool  # still in its first, full crawl
    earliest: date | None = None  # oldest publication date seen on the portal
    dated_articles: int = 0
    fetched_since_save: int = 0
    # Query keys that make no difference on this portal (sort orders, views, session
    # ids, filters no page needs): learned from pages whose URL without the key was
    # already known and which brought nothing new; a key is cleared by one page that did.
    redundant: Counter = field(default_factory=Counter)
    useful: Counter = field(default_factory=Counter)
    volatile: set = field(default_factory=set)
    sessions: set = field(default_factory=set)  # session tokens learned from links (learn_sessions)
    # Requests of shapes over their budget, waiting for the shape to earn more (FrontierOptions.yield_ratio).
    held: dict = field(default_factory=dict)  # shape -> deque of requests
    cut_short: bool = False  # the page or time budget dropped requests of this portal
    # Doubtful requests (see `doubtful`) of unproven shapes wait here while other requests of the
    # portal are in flight (`eager`), so that they are judged on what they add to the sections.
    deferred: list = field(default_factory=list)
    eager: int = 0
    keep_alive: Request | None = None  # holds the portal open in the tracker while some wait

    def strip_volatile(self, url: str) -> str:
        url = strip_tokens(url, self.sessions) if self.sessions else url
        if not self.volatile or "?" not in url:
            return url
        return canonical_url(without_keys(url, self.volatile))

    def known_barren(self, shape: str, options: FrontierOptions) -> bool:
        """Once the portal is known: a shape probed enough that never yielded.  Its links are
        not news (a calendar's "today" link is on every page and never fetched)."""
        if self.full or shape not in self.book.shapes:
            return False
        return self.book.shapes[shape].pages >= options.probe_pages and not self.book.is_productive(shape)

    def learn_sessions(self, urls: Iterable[str]) -> None:
        """A long random token that one page's links to three or more different paths all carry
        is a session id (in a query key, a `;name=` matrix parameter or a `/(S(...))/` path
        segment, whatever its name): links are followed without it."""
        paths: dict[str, set[str]] = {}
        for url in urls:
            parts = urlsplit(url)
            for found in set(_SESSION_TOKEN.findall(parts.path + "?" + parts.query)):
                if found not in self.sessions:
                    paths.setdefault(found, set()).add(urlsplit(strip_tokens(url, {found})).path)
        for found, where in paths.items():
            if len(where) >= 3:
                logger.info("a session token is carried by links to %d paths: links are followed without it", len(where))
                self.sessions.add(found)

    def learn_keys(self, url: str, seen: set[str], yielded: bool, volatile_after: int) -> None:
        """Evidence on each query key of a fetched page's URL.  A key with a small number for
        a value (a page number, an id) is never judged so: a pager's pages may all bring
        articles found before through other links, and must still be walked."""
        for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
            key = key.lower()
            if small_number(value):
                continue
            if yielded:
                self.useful[key] += 1
                self.volatile.discard(key)
            elif canonical_url(without_keys(url, {key})) in seen:
                self.redundant[key] += 1
                if self.redundant[key] >= volatile_after and not self.useful[key]:
                    if key not in self.volatile:
                        logger.info("query key %r makes no difference on this portal: links are followed without it", key)
                    self.volatile.add(key)

    def date_bound(self, url: str, options: FrontierOptions, today: date, article_shape: bool = False) -> str | None:
        """Why a URL's date puts it out of the walk: nothing is published in the future; and,
        except for article pages (old articles are articles), not long before the portal's oldest."""
        found = url_date(url)
        if found is None:
            return None
        if found.first_day() > today:
            return "date in the future"
        if article_shape:
            return None
        explored = not self.full or self.dated_articles >= options.explored_articles
        if explored and self.earliest and found.last_day() < self.earliest - timedelta(days=options.past_margin_days):
            return "date before anything the portal published"
        return None


class FrontierMiddleware:
    """Spider middleware: decides which of the spider's links are requested, and when."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.options = FrontierOptions.from_settings(crawler.settings)
        self.incremental = crawler.settings.getbool("PORTAL_ARCHIVE_INCREMENTAL", True)
        self.portals: dict[str, PortalFrontier] = {}
        self.seen: set[str] = set()  # URLs scheduled (or deliberately skipped) in this run
        self.new_this_run: set[str] = set()  # of those, the ones the archive did not know
        self.ready: list[Request] = []  # held requests their shape has earned, to send out

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "FrontierMiddleware":
        mw = cls(crawler)
        crawler.signals.connect(mw.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(mw.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(mw.item_error, signal=signals.item_error)
        crawler.signals.connect(mw.request_done, signal=request_processed)
        crawler.signals.connect(mw.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(mw.portal_finished, signal=portal_finished)
        crawler.signals.connect(mw.spider_idle, signal=signals.spider_idle)
        crawler.frontier = mw  # type: ignore[attr-defined]  # the spider asks it whether a portal is fully crawled
        return mw

    @property
    def state(self) -> Any:
        return self.crawler.portal_archive.crawl  # type: ignore[attr-defined]

    def portal(self, portal_url: str, portal_id: int | None = None) -> PortalFrontier:
        found = self.portals.get(portal_url)
        if found is None:
            if portal_id is None:
                portal_id = self.crawler.portal_archive.portal_id(portal_url)  # type: ignore[attr-defined]
            rows = self.state.load_shapes(portal_id) if portal_id is not None else []
            full = not self.incremental or portal_id is None or not self.state.full_crawl_done(portal_id)
            earliest = self.state.earliest_published(portal_id) if portal_id is not None else None
            found = self.portals[portal_url] = PortalFrontier(
                portal_id, ShapeBook(rows, self.options), full,
                earliest=date.fromisoformat(earliest) if earliest else None,
                dated_articles=0 if full else self.options.explored_articles,
            )
        return found

    # -- the spider's output -------------------------------------------------------------

    async def process_start(self, start: Any) -> Any:
        async for element in start:
            if isinstance(element, Request) and element.meta.get("frontier") != "bypass":
                decided = list(self.decide_links(None, [element]))
                for request in decided:
                    yield request
                continue
            if isinstance(element, Request):
                self.seen.add(canonical_url(element.url))
            yield element

    def process_spider_output(self, response: Response, result: Iterable[Any], spider: Any = None) -> Iterator[Any]:
        response.meta["frontier_answered"] = True
        outputs = list(result)
        links = [o for o in outputs if isinstance(o, Request) and o.meta.get("frontier") != "bypass"]
        passed = [o for o in outputs if not (isinstance(o, Request) and o.meta.get("frontier") != "bypass")]
        for other in passed:
            if isinstance(other, Request):
                self.seen.add(canonical_url(other.url))
        decided = list(self.decide_links(response, links))
        portal = self.portals.get(response.meta.get("portal_url"))
        if portal is not None and response.request is not None and response.request.meta.pop("eager", False):
            portal.eager -= 1  # its links are decided: what it leads to is in flight or held
            self._undefer(portal, send=False)  # the deferred leave with this output
        yield from (o for o in passed if not isinstance(o, (PageItem, ArticleItem)))
        yield from decided
        yield from self._take_ready()
        yield from (o for o in passed if isinstance(o, (PageItem, ArticleItem)))

    async def process_spider_output_async(self, response: Response, result: Any, spider: Any = None) -> Any:
        outputs = [o async for o in result]
        for element in self.process_spider_output(response, outputs, spider):
            yield element

    def decide_links(self, response: Response | None, links: list[Request]) -> Iterator[Request]:
        """The requests worth making among the spider's links from one response."""
        if not links:
            if response is not None:
                self._page_fetched(response, Counter())
            return
        portal = self.portal(links[0].meta["portal_url"])
        today = date.today()
        page_url = response.url if response is not None else None
        own_shape = url_shape(page_url) if page_url else None
        own_chain = chain_key(page_url) if page_url else None
        stem = listing_stem(page_url) if page_url else None
        from_entry = bool(response is not None and response.meta.get("entry"))
        by_url: dict[str, Request] = {}
        portal.learn_sessions(request.url for request in links)
        for request in links:
            url = portal.strip_volatile(canonical_url(request.url))
            by_url.setdefault(url, request if url == canonical_url(request.url) else request.replace(url=url))
        known = self.state.lookup(u for u in by_url if u not in self.seen or not portal.full)
        shapes = {u: url_shape(u) for u in by_url}

        def is_sibling(u: str) -> bool:
            return page_url is not None and not by_url[u].meta.get("listed_in") and (
                shapes[u] == own_shape or chain_key(u) == own_chain)

        def is_new(u: str) -> bool:
            # During the full crawl: not seen in this run, nor fetched by an earlier one.
            # After it: any link the archive does not know, even one another page of this
            # run scheduled already (the home page lists the newest articles too) -- but not one
            # it chose to skip (a calendar's "today" link, on every page, dated past the bound).
            k = known.get(u)
            unknown = k is None or k.kind == "queued"
            if portal.full:
                return unknown and u not in self.seen
            return unknown and (u not in self.seen or u in self.new_this_run)

        def variant_key(u: str) -> str | None:
            """The query key this link adds to another link (a sort, a view, a filter), or one whose
            variants were cut before (remembered: the page they vary may not be known this run)."""
            keys = [k for k in query_keys(u) if not u_has_number(u, k)]
            return next((k for k in keys if (b := canonical_url(without_keys(u, {k}))) != u
                         and (b in by_url or b in self.seen)), None) \
                or next((k for k in keys if portal.book.cut(variant_shape(u, k))), None)

        def is_variant(u: str) -> bool:
            return variant_key(u) is not None

        siblings = [u for u in by_url if is_sibling(u)]
        others = [u for u in by_url if not is_sibling(u)]
        variant_of = {u: k for u in others if (k := variant_key(u)) is not None}
        variants = set(variant_of)
        for u, key in variant_of.items():
            # variants by one key are judged together, whatever page they vary: a sort order
            # costs its probe pages once, not once per listing and pager page
            shapes[u] = variant_shape(u, key)
        new_links: Counter = Counter()
        accepted: list[Request] = []
        for url in others:
            if url in variants or portal.book.cut(shapes[url]) or portal.known_barren(shapes[url], self.options):
                continue
            if is_new(url):
                new_links[shapes[url]] += 1
        # an article link the page's chain key takes for a sibling (`?id=N&start=2` lists `?id=N`
        # articles: every number in the query is a page's number to chain_key) is still news it brought
        sibling_articles = [u for u in siblings if shapes[u] != own_shape and is_new(u)
                            and portal.book.is_article_shape(shapes[u])]
        new_links.update(shapes[u] for u in sibling_articles)
        qualifies = page_url is not None and url_date(page_url) is None and "={w}" not in own_shape \
            and not is_variant(canonical_url(page_url))
        pager, fresh = self._listing(portal, response, qualifies, siblings, [*others, *sibling_articles], by_url,
                                     shapes, variants) if qualifies else (set(), False)
        for url in others:
            # a listing that brought news: its other pages (same stem) may hold the rest
            polled = (from_entry or bool(new_links and stem and listing_stem(url) == stem)) \
                and may_change(url, shapes[url], today)
            request = self._consider(url, by_url[url], portal, known.get(url), shapes[url], today, polled=polled,
                                     listing_pager=url in pager)
            if request is not None:
                accepted.append(request)
        for request in accepted:  # variants after the pages they vary
            if canonical_url(request.url) in variants:
                request.priority -= VARIANT_PENALTY
        if response is not None:
            response.meta["frontier_new_links"] = sum(new_links.values())
            self._page_fetched(response, new_links)
            # a sibling of an article shape is an article link (ASP.NET `?id=N` serves listings and
            # articles under one shape): the chain goes on while such links are new
            article_siblings = sum(1 for u in siblings if is_new(u) and portal.book.is_article_shape(shapes[u]))
            # the article links among its siblings are the page's own content too: without them, a
            # listing's second page, menus unchanged, would repeat its first
            accepted += self._follow_chain(response, portal, siblings, by_url, known, shapes, new_links,
                                           [*others, *sibling_articles], today, article_siblings, pager, fresh)
        yield from self._schedule(portal, accepted)

    def _listing(self, portal: PortalFrontier, response: Response, qualifies: bool, siblings: list[str],
                 others: list[str], by_url: dict, shapes: dict[str, str], variants: set[str]) -> tuple[set[str], bool]:
        """A listing's own pages: (its numbered pages, whether it lists articles).

        A page linking three articles (or headlines) or more over a numbered pager is a listing,
        even when other pages (the home page, related-news rails) linked its articles first: its
        numbered pages hold the older ones, walked whatever their shape's yield; and during the
        full crawl a chain of such pages goes on while they list articles and differ from the
        page before (one article a page, the newest six in a sidebar on every page: a pager
        ends where its pages repeat).  A listing has a place of its own (`qualifies`): not a
        dated page (a calendar), not another page plus a key, no free word in its query (a
        search or a sort order spawns listings without end).
        """
        listed = {u for u in others if portal.book.is_article_shape(shapes[u])
                  or is_headline(by_url[u].meta.get("link_text") or "")}
        links = list(dict.fromkeys([*siblings, *others]))
        stem = listing_stem(response.url) or "/"
        # this page's own next pages (`/tin` -> `/tin/trang-2`, `?zif=84` -> `?zif=84&start=2`): the
        # same stem, and one number more than the page has (another section differs in its number)
        own = {u for u in links if u not in variants and url_date(u) is None and continues(listing_stem(u), stem)
               and len(_NUMBER.findall(u)) > len(_NUMBER.findall(response.url))}
        pager = numbered_pager(links, variants)
        if len(listed) < 3:  # few articles a page: only this page's own continuation
            pager = {u for u in pager if continues(listing_stem(u), stem)}
        pager |= own
        if pager and listed:
            portal.book.mark_listing(response.meta.get("shape") or url_shape(response.url))
        return pager, bool(listed)

    def _consider(self, url: str, request: Request, portal: PortalFrontier, old: Known | None, shape: str,
                  today: date, polled: bool, force: bool = False, listing_pager: bool = False,
                  **chain: Any) -> Request | None:
        """One link: the request to make, or None (counted by why)."""
        if url in self.seen:
            return None
        book = portal.book
        if listing_pager:
            chain["listing_pager"] = True
        elif book.cut(shape) and not request.meta.get("listed_in"):  # the portal's own list of its pages
            self._skip(request, "trap_by_yield")
            self.seen.add(url)
            return None
        if portal.date_bound(url, self.options, today, article_shape=book.is_article_shape(shape)):
            self._skip(request, "date_bound")
            self.seen.add(url)
            return None
        if old is not None and old.kind != "queued" and not force and not self._refetch(old, portal, polled, shape):
            return None  # not marked seen: another page (a hub) may still ask for it
        self.seen.add(url)
        new = old is None or old.kind == "queued"
        if new:
            self.new_this_run.add(url)
        unsure = doubtful(url, shape)
        return request.replace(priority=book.priority(shape, unsure),
                               meta={**request.meta, "shape": shape, "new_page": new, "doubtful": unsure, **chain})

    def _refetch(self, known: Known, portal: PortalFrontier, polled: bool, shape: str) -> bool:
        """Fetch a page the archive already knows?

        Articles: no (re-checks are scheduled from the archive).  Other pages: a
        hub the portal's entry pages link to (where new articles appear), or one
        whose re-check is due; the links of every page fetched before were queued
        then, so a resumed crawl needs nothing else.
        """
        if known.kind == "article":
            return False
        stale = (known.fetched_at or "") < iso_ago(days=self.options.page_recheck_days)
        if known.kind in ("gone", "blocked"):
            return stale
        return (polled and (portal.full or bool(known.new_links_at))) or stale

    def _follow_chain(self, response: Response, portal: PortalFrontier, siblings: list[str], by_url: dict,
                      known: dict[str, Known], shapes: dict[str, str], new_links: Counter, others: list[str],
                      today: date, article_siblings: int = 0, pager: set[str] = frozenset(),
                      fresh: bool = False) -> list[Request]:
        """The next pages of this page's chain (pager, calendar, archive), while they bring something."""
        meta = response.meta
        depth = meta.get("pager_depth", 0)
        page_links = hash(tuple(others))  # in page order: a pager page that lists its one article first differs
        repeats_previous = page_links == meta.get("previous_page_links")
        # during the full crawl, a listing's pages go on while they list articles and differ from
        # the page before (repeats_previous); after it, while they bring news
        listing = portal.full and (fresh or bool(pager and meta.get("listing_pager")))
        barren = 0 if new_links or article_siblings or listing else meta.get("barren", 0) + 1
        full = portal.full
        patience = self.options.chain_patience if full else self.options.chain_patience_known
        limit = self.options.full_pager_depth if full else self.options.pager_depth
        # a hub: polled again next run (new article links among its siblings count too)
        response.meta["brought_new"] = bool(new_links) or article_siblings > 0
        if repeats_previous or barren >= patience or depth >= limit:
            if siblings and (barren >= patience or repeats_previous):
                self.stats.inc_value("portal_archive/frontier/chain_end")
            return []
        follow = []
        for url in siblings:
            old = known.get(url)
            # After the full crawl, a chain that brings news is walked again (its pages
            # shifted); during it, a page fetched by an earlier run had its links queued then.
            force = not full and old is not None and old.kind == "page"
            # a listing's chain takes its next pages along, not its date filters and sort orders
            walked = url in pager or listing and not doubtful(url, shapes[url])
            request = self._consider(url, by_url[url], portal, old, shapes[url], today, polled=False, force=force,
                                     listing_pager=walked, via_pager=True, pager_depth=depth + 1,
                                     barren=barren, previous_page_links=page_links,
                                     chain_id=meta.get("chain_id") or chain_key(response.url))
            if request is not None:
                follow.append(request)
        return follow

    def _schedule(self, portal: PortalFrontier, requests: list[Request]) -> list[Request]:
        """The requests to make now; the others wait until their shape earns them (all are
        queued in the archive, so that a run cut short resumes them)."""
        self.state.queue(portal.portal_id, [(canonical_url(r.url), r.meta["shape"]) for r in requests
                                            if r.meta.get("new_page")])
        return self._admit(portal, requests)

    def _admit(self, portal: PortalFrontier, requests: list[Request]) -> list[Request]:
        now = []
        # the sure ones first: while they are in flight, the doubtful ones of the same page wait
        for request in sorted(requests, key=lambda r: bool(r.meta.get("doubtful"))):
            shape = request.meta["shape"]
            if self._deferrable(portal, request):
                self._defer(portal, request)
                continue
            if self._budgeted(portal, request) and (shape in portal.held or portal.book.over_budget(shape)):
                portal.held.setdefault(shape, deque()).append(request)
                self.stats.inc_value("portal_archive/frontier/held")
                continue
            now.append(self._scheduled(portal, request))
        return now

    def _scheduled(self, portal: PortalFrontier, request: Request) -> Request:
        portal.book.scheduled(request.meta["shape"])
        if not request.meta.get("doubtful"):
            portal.eager += 1
            request.meta["eager"] = True
        return request

    def _deferrable(self, portal: PortalFrontier, request: Request) -> bool:
        """Wait until the portal's other requests are done?  A doubtful page of a shape not proven
        yet, unless the portal lists it or its link reads as a headline."""
        if not request.meta.get("doubtful") or portal.eager == 0 or request.meta.get("listed_in") \
                or request.meta.get("resumed") or request.meta.get("listing_pager"):
            return False
        shape = request.meta["shape"]
        return not portal.book.is_productive(shape) and not is_headline(request.meta.get("link_text") or "")

    def _defer(self, portal: PortalFrontier, request: Request) -> None:
        portal.deferred.append(request)
        self.stats.inc_value("portal_archive/frontier/deferred")
        if portal.keep_alive is None:  # the portal is not finished while requests wait here
            portal.keep_alive = Request(request.meta["portal_url"], meta={
                "portal_url": request.meta["portal_url"], "track_id": f"deferred:{request.meta['portal_url']}"})
            self.crawler.signals.send_catch_log(request_issued, request=portal.keep_alive)

    def _undefer(self, portal: PortalFrontier, force: bool = False, send: bool = True) -> None:
        """Once nothing else of the portal is in flight, the deferred requests go out (through the
        yield budget like any other); then the portal may finish."""
        if not portal.deferred or (portal.eager > 0 and not force):
            return
        waiting, portal.deferred = portal.deferred, []
        for request in waiting:  # forced out (the crawl is idle): never deferred again
            request.meta["doubtful"] = request.meta.get("doubtful") and not force
        self.ready += self._admit(portal, waiting)
        if send:
            self._send_ready()
        if portal.keep_alive is not None and not portal.deferred:
            keep_alive, portal.keep_alive = portal.keep_alive, None
            self.crawler.signals.send_catch_log(request_processed, request=keep_alive)

    def spider_idle(self, spider: Any = None) -> None:
        """Nothing in flight anywhere: let every deferred request out (a safety net; they leave
        as soon as their portal's other requests are done)."""
        for portal in self.portals.values():
            self._undefer(portal, force=True)

    def _budgeted(self, portal: PortalFrontier, request: Request) -> bool:
        """Is this request bound by its shape's yield budget?  Not a link the portal lists in its
        sitemap or feed; not, once the portal is known, a shape that has been productive (its
        re-polls are bounded by chain patience, and its yield from years back stays earned)."""
        if request.meta.get("listed_in") or request.meta.get("resumed"):
            return False  # the portal lists it, or an earlier run accepted it (and its shape is not cut)
        name = request.meta["shape"]
        shape = portal.book.get(name)
        if request.meta.get("listing_pager") or shape.listing:
            return False  # the numbered pages of a listing: walked, however little each brings
        if is_headline(request.meta.get("link_text") or "") and shape.failed < self.options.probe_pages \
                and shape.pending < self.options.probe_pages:
            # its text reads as an article's title (`?id=N` serves menus and articles alike): a few
            # at a time, until the shape proves itself (or its links prove broken)
            return False
        return portal.full or not portal.book.is_productive(name)

    def _release(self, portal_url: str, portal: PortalFrontier) -> None:
        """Let out held requests their shape has earned since; drop those of cut shapes."""
        for shape in list(portal.held):
            waiting = portal.held[shape]
            if portal.book.cut(shape):
                for request in waiting:
                    self._skip(request, "trap_by_yield")
                del portal.held[shape]
                continue
            still = deque()
            for request in waiting:
                if not self._budgeted(portal, request) or not portal.book.over_budget(shape):
                    self.ready.append(self._scheduled(portal, request))
                else:
                    still.append(request)
            portal.held[shape] = waiting = still
            if not waiting:
                del portal.held[shape]

    def _take_ready(self) -> list[Request]:
        ready, self.ready = self.ready, []
        return ready

    def _send_ready(self) -> None:
        """Released outside a callback's output (extraction's verdict came in): hand them to the
        engine ourselves, tracked like any request the spider makes."""
        for request in self._take_ready():
            self.crawler.signals.send_catch_log(request_issued, request=request)
            self.crawler.engine.crawl(request)  # type: ignore[union-attr]

    def _cut_held(self, portal_url: str, portal: PortalFrontier) -> None:
        """The portal has nothing left in flight: a shape still over its budget has had every
        chance to earn more, and is cut (remembered, re-probed later like any cut shape)."""
        for shape, waiting in portal.held.items():
            if portal.book.cut_for_low_yield(shape):
                self._announce_cut(portal_url, portal, shape)
            for request in waiting:
                self._skip(request, "trap_by_yield")
        portal.held.clear()

    def _announce_cut(self, portal_url: str, portal: PortalFrontier, shape: str) -> None:
        logger.info("%s: URL shape %s cut off for this run: %s", portal_url, shape, portal.book.shapes[shape].reason)
        self.stats.inc_value("portal_archive/frontier/shapes_cut")
        self.crawler.signals.send_catch_log(shape_cut, portal_url=portal_url, shape=shape)

    def _skip(self, request: Request, why: str) -> None:
        self.stats.inc_value(f"portal_archive/frontier/skipped_{why}")
        self.crawler.signals.send_catch_log(request_skipped, portal_url=request.meta["portal_url"], reason=why,
                                            url=request.url)

    def _page_fetched(self, response: Response, new_links: Counter) -> None:
        portal_url = response.meta.get("portal_url")
        if portal_url is None or response.status != 200 or response.meta.get("frontier") == "bypass" \
                and not response.meta.get("entry"):
            return
        portal = self.portal(portal_url)
        shape = response.meta.get("shape") or url_shape(response.url)
        response.meta["shape"] = shape
        is_page = response.meta.get("handler") == "parse"
        portal.book.page_fetched(shape, new_links, is_page=is_page)
        response.meta["frontier_awaiting"] = is_page
        self._judge(portal_url, portal)

    def _judge(self, portal_url: str, portal: PortalFrontier) -> None:
        for shape in portal.book.judge():
            self._announce_cut(portal_url, portal, shape)
        if portal.held:
            self._release(portal_url, portal)
        portal.fetched_since_save += 1
        if portal.fetched_since_save >= 100:
            self.save(portal)

    # -- outcomes ----------------------------------------------------------------------------

    def request_done(self, request: Request, spider: Any = None) -> None:
        portal_url, shape = request.meta.get("portal_url"), request.meta.get("shape")
        if request.meta.pop("eager", False) and portal_url in self.portals:
            portal = self.portals[portal_url]
            portal.eager -= 1
            self._undefer(portal)
        if request.meta.get("unanswered"):
            if portal_url in self.portals:
                self.portals[portal_url].cut_short = True
            return  # dropped by the page or time budget: still pending, its shape is not judged on it
        if portal_url in self.portals and shape:
            portal = self.portals[portal_url]
            portal.book.answered(shape)
            if not request.meta.get("frontier_answered") and request.meta.get("frontier") != "bypass":
                # no page reached the spider (404, 5xx, a timeout): a request its shape cost for nothing
                portal.book.page_failed(shape)
                self._judge(portal_url, portal)
                self._send_ready()

    def request_dropped(self, request: Request, spider: Any = None) -> None:
        request.meta["frontier_answered"] = True  # never fetched (a duplicate): nothing to judge
        self.request_done(request, spider)

    def _judged(self, response: Response | None, new_article: bool, published: str | None = None) -> None:
        if response is None or not response.meta.pop("frontier_awaiting", False):
            return
        portal_url = response.meta.get("portal_url")
        portal = self.portals.get(portal_url)
        if portal is None:
            return
        portal.book.page_judged(response.meta["shape"], new_article)
        yielded = new_article or bool(response.meta.get("frontier_new_links"))
        portal.learn_keys(canonical_url(response.url), self.seen, yielded, self.options.volatile_after)
        if published and new_article:
            try:
                day = date.fromisoformat(published[:10])
            except ValueError:
                day = None
            if day:
                portal.dated_articles += 1
                portal.earliest = min(portal.earliest or day, day)
        self._judge(portal_url, portal)
        self._send_ready()

    def item_scraped(self, item: Any, response: Response, spider: Any = None) -> None:
        if isinstance(item, ArticleItem):
            self._judged(response, item.outcome == "new", item.article.published_at)

    def item_dropped(self, item: Any, response: Response, exception: Exception, spider: Any = None) -> None:
        self._judged(response, False)

    def item_error(self, item: Any, response: Response, failure: Any, spider: Any = None) -> None:
        self._judged(response, False)

    def save(self, portal: PortalFrontier) -> None:
        portal.fetched_since_save = 0
        if portal.portal_id is not None:
            self.state.save_shapes(portal.portal_id, portal.book.rows())

    def portal_finished(self, portal_url: str, status: str) -> None:
        if portal_url in self.portals:
            portal = self.portals[portal_url]
            if portal.held and status == "ok" and not portal.cut_short:
                self._cut_held(portal_url, portal)  # a run cut short leaves them queued for the next
            self.save(portal)

    def save_all(self) -> None:
        """Called by the CrawlArchive extension before it closes the archive."""
        for portal in self.portals.values():
            self.save(portal)

    def is_full(self, portal_url: str, portal_id: int | None = None) -> bool:
        return self.portal(portal_url, portal_id).full

    def shapes_cut(self, portal_url: str) -> int:
        portal = self.portals.get(portal_url)
        return sum(1 for s in portal.book.shapes.values() if s.state == "cut") if portal else 0
