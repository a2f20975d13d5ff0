"""One generic spider for every portal: the site's own navigation, sitemaps and feeds.

No per-site code: a portal is a URL (plus optional entry points).  From there the
spider reads robots.txt for sitemaps, tries /sitemap.xml, follows the site's menus,
listings and pagination, and discovers RSS/Atom feeds.  Every HTML page goes to the
pipelines, where extraction decides whether it is an article.  Scope (one host),
traps and the page budget are enforced by downloader middlewares; this class only
chooses which links are worth following.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.items import PageItem
from crawler.portals import portal_from_url, read_portals_file
from crawler.urls import canonical_url, host_key, pager_key, trap_reason

logger = logging.getLogger(__name__)

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


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
        # URLs already scheduled or known; the CLI can pre-fill it with archived
        # article URLs so that a re-run fetches only what is new.
        self.seen: set[str] = set(kwargs.get("known_urls") or ())

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
            for request in self.entry_requests(portal):
                yield request

    def entry_requests(self, portal: dict[str, Any]) -> Iterable[Request]:
        root = portal["url"]
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(root))
        yield self.request(origin + "/robots.txt", portal, self.parse_robots, trusted=True, errback=self.ignore_missing)
        yield self.request(origin + "/sitemap.xml", portal, self.parse_sitemap, trusted=True, errback=self.ignore_missing)
        for url in [root, *portal.get("start_urls", [])]:
            yield self.request(url, portal, self.parse, trusted=True)

    def request(
        self, url: str, portal: dict[str, Any], callback: Any, *, trusted: bool = False, **meta: Any
    ) -> Request:
        errback = meta.pop("errback", None)
        hosts = {host_key(u) for u in [portal["url"], *portal.get("start_urls", [])]}
        return Request(
            url,
            callback=callback,
            errback=errback,
            dont_filter=False,
            meta={"portal_url": portal["url"], "portal_hosts": hosts, "trusted_entry": trusted, **meta},
        )

    def portal_of(self, response: Response) -> dict[str, Any]:
        return self.by_host.get(host_key(response.url)) or self.by_host[host_key(response.meta["portal_url"])]

    def ignore_missing(self, failure: Any) -> None:
        """robots.txt and sitemap.xml are optional: a 404 or error there is normal."""
        logger.debug("optional resource unavailable: %s", failure.request.url)

    # -- robots, sitemaps, feeds ---------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        if not isinstance(response, TextResponse):
            return
        for url in sitemap_urls_from_robots(response.text, base_url=response.url):
            yield self.request(url, portal, self.parse_sitemap, trusted=True)

    def parse_sitemap(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        body = gunzip(response.body) if gzip_magic_number(response) else response.body
        try:
            sitemap = Sitemap(body)
        except Exception:  # HTML error pages served as 200 at /sitemap.xml
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield self.request(loc, portal, self.parse_sitemap, trusted=True)
            elif sitemap.type == "urlset":
                request = self.follow(loc, portal, lastmod=entry.get("lastmod"))
                if request is not None:
                    yield request

    def parse_feed(self, response: Response) -> Iterable[Request]:
        portal = self.portal_of(response)
        selector = response.selector
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        for link in links:
            request = self.follow(urljoin(response.url, link.strip()), portal)
            if request is not None:
                yield request

    # -- HTML pages ------------------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterable[Any]:
        if not isinstance(response, TextResponse):
            return
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if "xml" in content_type and b"<html" not in response.body[:2000].lower():
            yield from self.parse_feed(response)
            return
        portal = self.portal_of(response)
        yield self.page_item(response, portal)
        for feed in response.xpath("//link[@rel='alternate']").xpath("@href[../@type=$t1 or ../@type=$t2]", t1=FEED_TYPES[0], t2=FEED_TYPES[1]).getall():
            yield self.request(response.urljoin(feed), portal, self.parse_feed, trusted=True)
        yield from self.follow_links(response, portal)

    def page_item(self, response: TextResponse, portal: dict[str, Any]) -> PageItem:
        redirects = response.meta.get("redirect_urls") or [response.url]
        return PageItem(
            url=response.url,
            requested_url=redirects[0],
            body=response.body,
            encoding=response.encoding,
            portal_url=portal["url"],
            status=response.status,
            headers={"last-modified": response.headers.get(b"Last-Modified", b"").decode("latin-1")},
        )

    def follow_links(self, response: TextResponse, portal: dict[str, Any]) -> Iterable[Request]:
        """Follow new links; stop a pager chain once a page brings nothing new."""
        own_key = pager_key(response.url)
        new_links: list[str] = []
        for link in self.link_extractor.extract_links(response):
            url = canonical_url(link.url)
            if url in self.seen or host_key(url) != host_key(response.url) or trap_reason(url):
                continue
            new_links.append(url)
        brings_new = any(pager_key(url) != own_key for url in new_links)
        for url in new_links:
            sibling = pager_key(url) == own_key
            if sibling and response.meta.get("via_pager") and not brings_new:
                continue  # an endless ?page=N repeating the last page
            request = self.follow(url, portal, via_pager=sibling)
            if request is not None:
                yield request

    def follow(self, url: str, portal: dict[str, Any], **meta: Any) -> Request | None:
        url = canonical_url(url)
        if url in self.seen:
            return None
        self.seen.add(url)
        return self.request(url, portal, self.parse, **meta)
