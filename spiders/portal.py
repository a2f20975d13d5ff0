"""One generic spider for every portal: the site's own navigation, sitemaps and feeds.

No per-site code: a portal is a URL (plus optional entry points).  From there the
spider reads robots.txt for sitemaps, tries /sitemap.xml, follows the site's menus,
listings and pagination, and discovers RSS/Atom feeds.  Every HTML page goes to the
pipelines, where extraction decides whether it is an article.

The spider only reads pages and says which links they have.  Which of those are
requested, and in what order, is the frontier's choice (crawler.frontier, a spider
middleware that learns each portal's traps from what its pages yield); scope, the
page budget and robots.txt are downloader middlewares; crawl state is read and
written through the archive (archive.crawlstate).

Re-runs are incremental: archived articles are fetched again only when due for a
re-check, and links an earlier run scheduled but never fetched (its budget or
clock ran out, or it was killed) are requested first.
"""
from __future__ import annotations

import itertools
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from w3lib.encoding import http_content_type_encoding

from archive.crawlstate import RecheckPolicy, iso_ago
from crawler.extractpool import ExtractionFailed, crawl_pool
from crawler.frontier import PRIORITY_ENTRY
from crawler.health import error_kind
from crawler.items import PageItem
from crawler.links import page_links
from crawler.portals import portal_from_url, read_portals_file
from crawler.progress import portal_error, portal_finished, portal_opened, portal_opening, request_processed
from crawler.scope import port_of, portal_ports, scheme_refusal
from crawler.urls import canonical_url, host_key, trap_reason

logger = logging.getLogger(__name__)

RECHECK_STATUSES = [301, 302, 303, 307, 308, 304, 404, 410]


def lastmod_after(lastmod: str | None, checked_at: str | None) -> bool:
    """True when a sitemap's <lastmod> is later than our last check (or either is unknown)."""
    if not lastmod or not checked_at:
        return True
    try:
        mod = datetime.fromisoformat(lastmod.strip().replace("Z", "+00:00"))
        checked = datetime.fromisoformat(checked_at)
    except ValueError:
        return True
    if mod.tzinfo is None:  # a bare date: compare days
        return mod.date() > checked.date()
    mod = mod.astimezone(timezone.utc)
    # A lastmod in the future is a portal's clock or time-zone bug, not news:
    # trusting it would re-fetch the article on every run.
    return checked < mod <= datetime.now(timezone.utc)


class PortalSpider(Spider):
    name = "portal"

    def __init__(self, portals: Any = None, portal: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.portals = self._load_portals(portals, portal)
        self.by_url = {p["url"]: p for p in self.portals}
        self.track_ids = itertools.count(1)
        self.full: dict[str, bool] = {}  # portal url -> still in its first, full crawl
        self.portal_ids: dict[str, int] = {}
        self.pending_validators: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> "PortalSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.policy = RecheckPolicy.from_settings(settings)
        spider.incremental = settings.getbool("PORTAL_ARCHIVE_INCREMENTAL", True)
        spider.page_recheck_days = settings.getfloat("PORTAL_ARCHIVE_RECHECK_PAGES_DAYS", 7)
        spider.resume_limit = settings.getint("PORTAL_ARCHIVE_MAX_PAGES") or 2000
        spider.max_sitemap_bytes = settings.getint("PORTAL_ARCHIVE_MAX_SITEMAP_BYTES", 50 * 1024 * 1024)
        spider.max_sitemap_urls = settings.getint("PORTAL_ARCHIVE_MAX_SITEMAP_URLS", 50_000)
        crawler.signals.connect(spider.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(spider.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider.portal_done, signal=portal_finished)
        return spider

    @property
    def archive(self) -> Any:
        """The crawl's archive connection (crawler.extensions.CrawlArchive opens and closes it)."""
        return self.crawler.portal_archive

    @property
    def state(self) -> Any:
        return self.archive.crawl

    @staticmethod
    def _load_portals(portals: Any, portal: Any) -> list[dict[str, Any]]:
        """Portals from the CLI (records), or `-a portals=FILE` / `-a portal=URL`."""
        loaded: list[dict[str, Any]] = []
        if isinstance(portals, str):
            parsed = read_portals_file(portals)
            for error in parsed.errors:
                logger.warning("portals file %s: %s", portals, error)
            loaded.extend(parsed.portals)
        elif portals:
            loaded.extend(portals)
        if isinstance(portal, str):
            loaded.extend(portal_from_url(u) for u in portal.split(","))
        return loaded

    # -- entry points --------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for portal in self.portals:
            self.crawler.signals.send_catch_log(portal_opening, portal_url=portal["url"])
            for request in self.entry_requests(portal):
                yield request
            self.crawler.signals.send_catch_log(portal_opened, portal_url=portal["url"])

    def entry_requests(self, portal: dict[str, Any]) -> Iterable[Request]:
        root = portal["url"]
        portal_id = self.archive.upsert_portal(portal)
        self.portal_ids[root] = portal_id
        self.full[root] = self.crawler.frontier.is_full(root, portal_id)  # one answer for spider and frontier
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(root))
        yield self.request(origin + "/robots.txt", portal, "parse_robots", trusted=True, optional=True)
        sitemap = origin + "/sitemap.xml"
        gone = self.state.lookup([sitemap]).get(sitemap)
        if self.full[root] or not (gone and gone.kind == "gone" and not self.stale(gone.fetched_at)):
            yield self.request(sitemap, portal, "parse_sitemap", trusted=True, optional=True,
                               conditional=not self.full[root])
        for url in [root, *portal.get("start_urls", [])]:
            yield self.request(url, portal, "parse", trusted=True, entry=True)
        for url in self.state.queued(portal_id, limit=self.resume_limit):
            yield self.request(url, portal, "parse", resumed=True)  # the frontier an earlier run left
        if self.incremental:
            for article_id, url in self.state.due_articles(portal_id, self.policy):
                yield self.recheck_request(url, article_id, portal)

    def recheck_request(self, url: str, article_id: int, portal: dict[str, Any], original: str | None = None) -> Request:
        return self.request(
            url, portal, "parse", dont_filter=True, recheck=article_id, conditional=True, original_url=original or url,
            dont_redirect=True, handle_httpstatus_list=RECHECK_STATUSES,
        )

    def request(
        self, url: str, portal: dict[str, Any], handler: str, *, trusted: bool = False, dont_filter: bool = False,
        **meta: Any,
    ) -> Request:
        given = [portal["url"], *portal.get("start_urls", [])]
        hosts = {host_key(u) for u in given}
        if trusted or meta.get("recheck"):
            meta.setdefault("frontier", "bypass")  # named by the operator or the archive, not found on a page
        return Request(
            url,
            callback=self.handle,
            # the entry pages first: resumed links of proven shapes would otherwise spend the
            # page budget before the portal's home page is asked for
            priority=PRIORITY_ENTRY if trusted else 0,
            errback=self.failed,
            dont_filter=dont_filter,
            meta={"portal_url": portal["url"], "portal_hosts": hosts, "portal_ports": portal_ports(given),
                  "trusted_entry": trusted,
                  "handler": handler, "track_id": next(self.track_ids), **meta},
        )

    def stale(self, fetched_at: str | None) -> bool:
        return (fetched_at or "") < iso_ago(days=self.page_recheck_days)

    def portal_of(self, response: Response) -> dict[str, Any]:
        return self.by_url[response.meta["portal_url"]]  # every request carries its portal

    # -- every response and failure passes here (the portal tracker must see each end) --

    def handle(self, response: Response, **kwargs: Any) -> Iterable[Any]:
        # crawler.progress.RequestDoneMiddleware says when its output is all taken
        return getattr(self, response.meta["handler"])(response) or ()

    def failed(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        try:
            value = failure.value
            gone = isinstance(value, HttpError) and value.response.status in (404, 410)
            if gone:
                self.state.record_page(canonical_url(request.url), portal_id=self.portal_ids.get(request.meta["portal_url"]),
                                       kind="gone", status=value.response.status)
            if request.meta.get("optional") and (gone or isinstance(value, HttpError)):
                logger.debug("optional resource unavailable: %s", request.url)
            else:
                kind = error_kind(failure)
                if kind == "budget":
                    request.meta["unanswered"] = True  # not fetched: says nothing of what its shape yields
                if kind == "robots" and not request.meta.get("entry"):
                    # a link robots.txt forbids is policy, not an error; remember it
                    # so that it does not count as a new link on every run
                    self.state.record_page(canonical_url(request.url), portal_id=self.portal_ids.get(request.meta["portal_url"]),
                                           kind="blocked", status=0)
                    kind = "ignored"
                if kind != "ignored":
                    self.crawler.signals.send_catch_log(
                        portal_error, portal_url=request.meta["portal_url"], kind=kind, url=request.url
                    )
            yield from ()
        finally:
            self.crawler.signals.send_catch_log(request_processed, request=request)

    # -- robots, sitemaps, feeds ---------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        if not isinstance(response, TextResponse) or response.status != 200:
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self.request(url, portal, "parse_sitemap", trusted=True, conditional=not self.full[portal["url"]])

    def parse_sitemap(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        if response.status == 304:
            return
        try:
            body = gunzip(response.body, max_size=self.max_sitemap_bytes) if gzip_magic_number(response) else response.body
        except Exception as exc:  # a gzip bomb (DecompressionMaxSizeExceeded) or gzip garbage
            self.crawler.signals.send_catch_log(portal_error, portal_url=portal["url"], url=response.url,
                                                kind="too_large" if "max" in type(exc).__name__.lower() else "bad_encoding")
            logger.warning("sitemap %s not read: %s", response.url, type(exc).__name__)
            return
        if len(body) > self.max_sitemap_bytes:
            return
        try:
            sitemap = Sitemap(body)
        except Exception:  # HTML error pages served as 200 at /sitemap.xml
            return
        self.keep_validators(response, portal)
        # the sitemaps protocol's own limit; a larger file is a generator gone wrong
        entries = [(e["loc"], e.get("lastmod")) for e in itertools.islice(sitemap, self.max_sitemap_urls) if e.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc, _ in entries:
                yield self.request(loc, portal, "parse_sitemap", trusted=True, conditional=not self.full[portal["url"]])
            return
        known = self.state.lookup(canonical_url(loc) for loc, _ in entries)
        for loc, lastmod in entries:
            url = canonical_url(loc)
            if host_key(url) != host_key(response.url) or scheme_refusal(url) or trap_reason(url):
                continue
            old = known.get(url)
            if old is not None and old.kind == "article":
                if lastmod_after(lastmod, old.last_checked_at):  # changed since we last looked
                    yield self.recheck_request(url, old.article_id, portal)
            else:
                yield self.request(url, portal, "parse", listed_in="sitemap")

    def parse_feed(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        if response.status == 304:
            return
        self.keep_validators(response, portal)
        selector = response.selector
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        for link in links:
            url = canonical_url(urljoin(response.url, link.strip()))
            if host_key(url) == host_key(response.url) and not scheme_refusal(url):
                yield self.request(url, portal, "parse", listed_in="feed")

    def keep_validators(self, response: Response, portal: dict[str, Any]) -> None:
        """Sitemap and feed validators are saved only once the portal's run completes:
        a 304 next time must not hide links this run never got to fetch."""
        etag = response.headers.get(b"ETag", b"").decode("latin-1") or None
        modified = response.headers.get(b"Last-Modified", b"").decode("latin-1") or None
        if etag or modified:
            self.pending_validators[portal["url"]].append((canonical_url(response.request.url), etag, modified))

    def portal_done(self, portal_url: str, status: str) -> None:
        for url, etag, modified in self.pending_validators.pop(portal_url, []):
            if status == "ok":
                self.state.record_page(url, portal_id=self.portal_ids.get(portal_url), kind="page", status=200,
                                       etag=etag, last_modified=modified)

    # -- HTML pages ------------------------------------------------------------------

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        portal = self.portal_of(response)
        if response.meta.get("recheck") and response.status != 200:
            for request in self.recheck_outcome(response, portal):
                yield request
            return
        if response.status == 304:
            return  # a feed or page unchanged since the validators we sent
        if not isinstance(response, TextResponse):
            self.record_page(response, kind="page")  # a PDF or image: no need to fetch it every run
            return
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if "xml" in content_type and b"<html" not in response.body[:2000].lower():
            for request in self.parse_feed(response):
                yield request
            return
        # Links first: their outcome (new or not) is recorded with the page once
        # the pipelines have said whether it is an article (item_scraped/dropped).
        links, feeds = await self.page_links(response, portal)
        requests = list(self.follow_links(response, links, portal))
        yield self.page_item(response, portal)
        for feed in feeds:
            yield self.request(response.urljoin(feed), portal, "parse", trusted=True,
                               conditional=not self.full[portal["url"]], handle_httpstatus_list=[304])
        for request in requests:
            yield request
        if response.meta.get("recheck"):
            self.state.touch_checked(response.meta["recheck"])

    async def page_links(self, response: TextResponse, portal: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str]]:
        """The page's links and feeds, parsed in an extraction worker (crawler.links says why)."""
        pool = crawl_pool(self.crawler)
        if pool is None:
            return page_links(response.url, response.body, response.encoding)
        try:
            return await pool.links(response.url, response.body, response.encoding, portal["url"])
        except ExtractionFailed as exc:  # its links are not followed this run; the page is still extracted
            self.crawler.signals.send_catch_log(portal_error, portal_url=portal["url"], kind=exc.reason, url=response.url)
            logger.warning("links not read (%s): %s", exc, response.url)
            return [], []

    def recheck_outcome(self, response: Response, portal: dict[str, Any]) -> Iterable[Request]:
        """A re-checked article answered 304, 404/410 or a redirect."""
        article_id = response.meta["recheck"]
        if response.status == 304:
            self.state.record_check(article_id)
        elif response.status in (404, 410):
            self.state.mark_deleted(article_id)
        elif 300 <= response.status < 400:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            target = canonical_url(urljoin(response.url, location)) if location else None
            homes = {canonical_url(u) for u in [portal["url"], *portal.get("start_urls", [])]}
            if target is None or target in homes or urlsplit(target).path in ("", "/"):
                self.state.mark_deleted(article_id)  # portals "delete" by sending readers home
            elif response.meta.get("redirect_hops", 0) < 5:
                request = self.recheck_request(target, article_id, portal, original=response.meta["original_url"])
                request.meta["redirect_hops"] = response.meta.get("redirect_hops", 0) + 1
                yield request

    def page_item(self, response: TextResponse, portal: dict[str, Any]) -> PageItem:
        redirects = response.meta.get("redirect_urls") or [response.url]
        return PageItem(
            url=response.url,
            requested_url=response.meta.get("original_url") or redirects[0],
            body=response.body,
            encoding=response.encoding,
            portal_url=portal["url"],
            status=response.status,
            declared_encoding=http_content_type_encoding(response.headers.get(b"Content-Type", b"").decode("latin-1")),
            headers={"last-modified": response.headers.get(b"Last-Modified", b"").decode("latin-1")},
        )

    def follow_links(self, response: TextResponse, links: list[tuple[str, str]], portal: dict[str, Any]) -> Iterable[Request]:
        """Every link of the page on the portal's host; the frontier chooses among them."""
        ports = portal_ports([portal["url"], *portal.get("start_urls", [])])
        texts: dict[str, str] = {}  # a teaser links its picture and its title: keep the longest text
        for link, text in links:
            url = canonical_url(link)
            if len(text) >= len(texts.get(url, "")):
                texts[url] = text
        for url, text in texts.items():
            if (host_key(url) == host_key(response.url) and port_of(url) in ports and not scheme_refusal(url)
                    and not trap_reason(url)):
                yield self.request(url, portal, "parse", link_text=text)

    # -- what the pipelines made of a page ---------------------------------------------

    def item_scraped(self, item: Any, response: Response, spider: Any = None) -> None:
        if not isinstance(item, PageItem) and response is not None:
            self.record_page(response, kind="article")  # stored: its validators serve the next re-check

    def item_dropped(self, item: Any, response: Response, exception: Exception, spider: Any = None) -> None:
        if isinstance(item, PageItem) and response is not None:
            self.record_page(response, kind="page")

    def record_page(self, response: Response, kind: str) -> None:
        meta = response.meta
        etag = response.headers.get(b"ETag", b"").decode("latin-1") or None
        modified = response.headers.get(b"Last-Modified", b"").decode("latin-1") or None
        self.state.record_page(
            canonical_url(meta.get("original_url") or response.request.url),
            portal_id=self.portal_ids.get(meta.get("portal_url")),
            kind=kind,
            status=response.status,
            etag=etag if kind == "article" else None,
            last_modified=modified if kind == "article" else None,
            brought_new=bool(meta.get("brought_new")),
            via_pager=bool(meta.get("via_pager")),
        )
