"""One generic spider for every portal: the site's own navigation, sitemaps and feeds.

No per-site code: a portal is a URL (plus optional entry points).  From there the
spider reads robots.txt for sitemaps, tries /sitemap.xml, follows the site's menus,
listings and pagination, and discovers RSS/Atom feeds.  Every HTML page goes to the
pipelines, where extraction decides whether it is an article.  Scope (one host),
traps and the page budget are enforced by downloader middlewares; this class only
chooses which links are worth following.

Re-runs are incremental.  Until a portal has been walked to the end once (its
"full crawl"), every listing is followed.  After that, archived articles are not
fetched again unless due for a re-check (crawler.recheck), other known pages
only when they are where new links appear (hubs) or their re-check is due, and
a pager chain stops at the first page that brings no link the archive does not know.
"""
from __future__ import annotations

import itertools
import logging
import re
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.health import error_kind
from crawler.items import PageItem
from crawler.pagestate import Known, PageStates, iso_ago
from crawler.portals import portal_from_url, read_portals_file
from crawler.progress import portal_error, portal_finished, portal_opened, portal_opening, request_processed
from crawler.recheck import RecheckPolicy, due_articles
from crawler.urls import canonical_url, host_key, pager_key, trap_reason

logger = logging.getLogger(__name__)

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
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


def chain_key(url: str) -> str:
    """pager_key without parameters whose value is only a number, so that a listing's
    first page (`/tin.aspx`) and its next ones (`/tin.aspx?PageIndex=2`) share a chain."""
    key = pager_key(url)
    base, _, query = key.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if v != "#"]
    return f"{base}?{urlencode(kept)}"


_PAGER_SUFFIX = re.compile(r"(?:page|trang|p)[-/_]?\d+(?:\.html?)?/?$", re.I)  # as in crawler.urls.pager_key
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$", re.I)


def listing_stem(url: str) -> str:
    """A listing's path without its pager suffix and file extension:
    `/tin/tin-dia-phuong.html` and `/tin/tin-dia-phuong/trang-2.html` share one."""
    path = _PAGER_SUFFIX.sub("", urlsplit(url).path)
    return _EXTENSION.sub("", path).rstrip("/")


class PortalSpider(Spider):
    name = "portal"

    def __init__(self, portals: Any = None, portal: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.portals = self._load_portals(portals, portal)
        self.by_host: dict[str, dict[str, Any]] = {}
        for p in self.portals:
            for url in [p["url"], *p.get("start_urls", [])]:
                self.by_host.setdefault(host_key(url), p)
        self.link_extractor = LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True)
        self.seen: set[str] = set()  # URLs scheduled (or deliberately skipped) in this run
        self.new_this_run: set[str] = set()  # of those, the ones the archive did not know
        self.track_ids = itertools.count(1)
        self.full: dict[str, bool] = {}  # portal url -> still in its first, full crawl
        self.portal_ids: dict[str, int] = {}
        self.pending_validators: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> "PortalSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        from crawler.pipelines import crawl_archive

        settings = crawler.settings
        spider.archive = crawl_archive(crawler)
        spider.pages = PageStates(spider.archive.db)
        spider.policy = RecheckPolicy.from_settings(settings)
        spider.incremental = settings.getbool("PORTAL_ARCHIVE_INCREMENTAL", True)
        spider.pager_depth = settings.getint("PORTAL_ARCHIVE_PAGER_DEPTH", 20)
        spider.full_pager_depth = settings.getint("PORTAL_ARCHIVE_FULL_PAGER_DEPTH", 1000)
        spider.page_recheck_days = settings.getfloat("PORTAL_ARCHIVE_RECHECK_PAGES_DAYS", 7)
        crawler.signals.connect(spider.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(spider.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider.portal_done, signal=portal_finished)
        return spider

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
        self.full[root] = not self.incremental or self.archive.db.execute(
            "select 1 from portal_state where portal_id = ? and full_crawl_at is not null", [portal_id]
        ).fetchone() is None
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(root))
        yield self.request(origin + "/robots.txt", portal, "parse_robots", trusted=True, optional=True)
        sitemap = origin + "/sitemap.xml"
        gone = self.pages.lookup([sitemap]).get(sitemap)
        if self.full[root] or not (gone and gone.kind == "gone" and not self.stale(gone.fetched_at)):
            yield self.request(sitemap, portal, "parse_sitemap", trusted=True, optional=True,
                               conditional=not self.full[root])
        for url in [root, *portal.get("start_urls", [])]:
            self.seen.add(canonical_url(url))
            yield self.request(url, portal, "parse", trusted=True, entry=True)
        if self.incremental:
            for article_id, url in due_articles(self.archive.db, portal_id, self.policy):
                self.seen.add(url)
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
        hosts = {host_key(u) for u in [portal["url"], *portal.get("start_urls", [])]}
        if meta.get("new_page"):
            self.new_this_run.add(canonical_url(url))
        return Request(
            url,
            callback=self.handle,
            errback=self.failed,
            dont_filter=dont_filter,
            meta={"portal_url": portal["url"], "portal_hosts": hosts, "trusted_entry": trusted,
                  "handler": handler, "track_id": next(self.track_ids), **meta},
        )

    def stale(self, fetched_at: str | None) -> bool:
        return (fetched_at or "") < iso_ago(days=self.page_recheck_days)

    def portal_of(self, response: Response) -> dict[str, Any]:
        return self.by_host.get(host_key(response.url)) or self.by_host[host_key(response.meta["portal_url"])]

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
                self.pages.record(canonical_url(request.url), portal_id=self.portal_ids.get(request.meta["portal_url"]),
                                  kind="gone", status=value.response.status)
            if request.meta.get("optional") and (gone or isinstance(value, HttpError)):
                logger.debug("optional resource unavailable: %s", request.url)
            else:
                kind = error_kind(failure)
                if kind == "robots" and not request.meta.get("entry"):
                    # a link robots.txt forbids is policy, not an error; remember it
                    # so that it does not count as a new link on every run
                    self.pages.record(canonical_url(request.url), portal_id=self.portal_ids.get(request.meta["portal_url"]),
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
        body = gunzip(response.body) if gzip_magic_number(response) else response.body
        try:
            sitemap = Sitemap(body)
        except Exception:  # HTML error pages served as 200 at /sitemap.xml
            return
        self.keep_validators(response, portal)
        entries = [(e["loc"], e.get("lastmod")) for e in sitemap if e.get("loc")]
        if sitemap.type == "sitemapindex":
            for loc, _ in entries:
                yield self.request(loc, portal, "parse_sitemap", trusted=True, conditional=not self.full[portal["url"]])
            return
        urls = [canonical_url(loc) for loc, _ in entries]
        known = self.pages.lookup(u for u in urls if u not in self.seen)
        for url, (_, lastmod) in zip(urls, entries):
            if url in self.seen or host_key(url) != host_key(response.url) or trap_reason(url):
                continue
            self.seen.add(url)
            old = known.get(url)
            if old is not None and old.kind == "article":
                if lastmod_after(lastmod, old.last_checked_at):  # changed since we last looked
                    yield self.recheck_request(url, old.article_id, portal)
            elif old is None or self.refetch(old, portal):
                yield self.request(url, portal, "parse", new_page=old is None)

    def parse_feed(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        if response.status == 304:
            return
        self.keep_validators(response, portal)
        selector = response.selector
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        urls = [canonical_url(urljoin(response.url, link.strip())) for link in links]
        known = self.pages.lookup(u for u in urls if u not in self.seen)
        for url in urls:
            if url in self.seen or host_key(url) != host_key(response.url):
                continue
            self.seen.add(url)
            if url not in known or self.refetch(known[url], portal):
                yield self.request(url, portal, "parse", new_page=url not in known)

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
                self.pages.record(url, portal_id=self.portal_ids.get(portal_url), kind="page", status=200,
                                  etag=etag, last_modified=modified)

    # -- HTML pages ------------------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterable[Any]:
        portal = self.portal_of(response)
        if response.meta.get("recheck") and response.status != 200:
            yield from self.recheck_outcome(response, portal)
            return
        if response.status == 304:
            return  # a feed or page unchanged since the validators we sent
        if not isinstance(response, TextResponse):
            self.record_page(response, kind="page")  # a PDF or image: no need to fetch it every run
            return
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if "xml" in content_type and b"<html" not in response.body[:2000].lower():
            yield from self.parse_feed(response)
            return
        # Links first: their outcome (new or not) is recorded with the page once
        # the pipelines have said whether it is an article (item_scraped/dropped).
        requests = list(self.follow_links(response, portal))
        yield self.page_item(response, portal)
        for feed in response.xpath("//link[@rel='alternate']").xpath("@href[../@type=$t1 or ../@type=$t2]", t1=FEED_TYPES[0], t2=FEED_TYPES[1]).getall():
            yield self.request(response.urljoin(feed), portal, "parse", trusted=True,
                               conditional=not self.full[portal["url"]], handle_httpstatus_list=[304])
        yield from requests
        if response.meta.get("recheck"):
            self.archive.db.execute("update articles set last_checked_at = ? where id = ?",
                                    [iso_ago(seconds=0), response.meta["recheck"]])
            self.archive.db.conn.commit()

    def recheck_outcome(self, response: Response, portal: dict[str, Any]) -> Iterable[Request]:
        """A re-checked article answered 304, 404/410 or a redirect."""
        article_id = response.meta["recheck"]
        if response.status == 304:
            self.archive.record_check(article_id)
        elif response.status in (404, 410):
            self.archive.mark_deleted(article_id)
        elif 300 <= response.status < 400:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            target = canonical_url(urljoin(response.url, location)) if location else None
            homes = {canonical_url(u) for u in [portal["url"], *portal.get("start_urls", [])]}
            if target is None or target in homes or urlsplit(target).path in ("", "/"):
                self.archive.mark_deleted(article_id)  # portals "delete" by sending readers home
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
            headers={"last-modified": response.headers.get(b"Last-Modified", b"").decode("latin-1")},
        )

    def refetch(self, known: Known, portal: dict[str, Any], polled: bool = False) -> bool:
        """Fetch a page the archive already knows?

        After the full crawl, a run polls the hubs linked from the portal's entry
        pages (the section listings where new articles appear); deeper pages are
        reached through their pager chain when it brings something new, or once
        their re-check is due.
        """
        if known.kind == "article":
            return False  # re-checks are scheduled from the archive (crawler.recheck)
        if known.kind in ("gone", "blocked"):
            return self.stale(known.fetched_at)
        if self.full[portal["url"]]:
            return True  # walking the portal to the end (first crawl, or resuming it)
        return (polled and bool(known.new_links_at)) or self.stale(known.fetched_at)

    def follow_links(self, response: TextResponse, portal: dict[str, Any]) -> Iterable[Request]:
        """Follow links worth fetching; stop a pager chain once a page brings nothing new."""
        full = self.full[portal["url"]]
        own_key = chain_key(response.url)
        from_entry = bool(response.meta.get("entry"))
        links = [canonical_url(link.url) for link in self.link_extractor.extract_links(response)]
        links = [u for u in dict.fromkeys(links) if host_key(u) == host_key(response.url) and not trap_reason(u)]
        known = self.pages.lookup(links)
        fresh = [u for u in links if u not in self.seen]
        siblings = [u for u in fresh if chain_key(u) == own_key]
        others = [u for u in fresh if chain_key(u) != own_key]
        # What counts as new: during the full crawl, any link not seen in this run
        # (archived articles included, so that a resumed crawl walks on); after it,
        # any article-side link the archive does not know, even one another page
        # of this run has already scheduled (the home page lists the newest too).
        if full:
            new_links = others
        else:
            new_links = [u for u in links if (u not in known or u in self.new_this_run) and chain_key(u) != own_key]
        for url in others:
            self.seen.add(url)
            # a listing that brought news: its other pages (same path stem, e.g.
            # `/trang-2.html` or Liferay's long pager URLs) may hold the rest of it
            polled = from_entry or (bool(new_links) and listing_stem(url) == listing_stem(response.url))
            if url in known and not self.refetch(known[url], portal, polled):
                continue
            yield self.request(url, portal, "parse", new_page=url not in known)
        if new_links and not full:
            logger.debug("%s brings %d new links, e.g. %s", response.url, len(new_links), new_links[:3])
        depth = response.meta.get("pager_depth", 0)
        # During the full crawl a listing page's articles may all have been seen
        # already (other pages' "Tin khác" lists link them), so "nothing new" does
        # not end the chain there; a page that repeats its predecessor does (an
        # endless ?page=N serving the last page again and again).
        page_links = hash(frozenset(u for u in links if chain_key(u) != own_key))
        repeats_previous = page_links == response.meta.get("previous_page_links")
        if full:
            follow_pager = not repeats_previous and depth < self.full_pager_depth
        else:
            follow_pager = bool(new_links) and depth < self.pager_depth
        response.meta["brought_new"] = bool(new_links) or any(full or u not in known for u in siblings)
        if not follow_pager:
            return  # siblings stay unseen: another page of the chain may still lead there
        for url in siblings:
            self.seen.add(url)
            yield self.request(url, portal, "parse", via_pager=True, pager_depth=depth + 1,
                               new_page=url not in known, previous_page_links=page_links)

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
        self.pages.record(
            canonical_url(meta.get("original_url") or response.request.url),
            portal_id=self.portal_ids.get(meta.get("portal_url")),
            kind=kind,
            status=response.status,
            etag=etag if kind == "article" else None,
            last_modified=modified if kind == "article" else None,
            brought_new=bool(meta.get("brought_new")),
            via_pager=bool(meta.get("via_pager")),
        )
