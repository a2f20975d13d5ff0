"""Downloader middlewares: keep each portal on its host, off traps, within budget.

They sit in the downloader so that every request passes them, including
redirects and robots.txt, and a request that must not be made never is.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.internet.threads import deferToThread

from crawler import scope
from twisted.python.failure import Failure

from crawler.health import BudgetExhausted, PortalDown, error_kind
from crawler.urls import canonical_url, host_key, redact, trap_reason

logger = logging.getLogger(__name__)


def portal_hosts(request: Request) -> set[str] | None:
    return request.meta.get("portal_hosts")


class PortalScopeMiddleware:
    """Drop requests that leave their portal (scheme, host, port, public address) or walk
    into a trap a word list names (crawler.urls.trap_reason, a first guess only).

    It is a downloader middleware so that every request passes it, redirects
    and robots.txt included.  Host names are resolved in a thread, once per run.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.allow_private = scope.allow_private(crawler.settings)
        self.refusals: dict[str, str | None] = {}  # host -> why it may not be fetched

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalScopeMiddleware":
        return cls(crawler)

    def refuse(self, request: Request, why: str, stat: str) -> None:
        self.stats.inc_value(f"portal_archive/{stat}")
        raise IgnoreRequest(f"{why}: {redact(request.url)}")

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        refusal = scope.scheme_refusal(request.url)
        if refusal:
            self.refuse(request, refusal, "scheme_dropped")
        hosts = portal_hosts(request)
        if hosts is not None and host_key(request.url) not in hosts:
            self.refuse(request, "off the portal's host", "offsite_dropped")
        ports = request.meta.get("portal_ports")
        if ports and scope.port_of(request.url) not in ports:
            self.refuse(request, "off the portal's port", "offsite_dropped")
        if not self.allow_private:
            host = urlparse_cached(request).hostname or ""
            if host not in self.refusals:
                self.refusals[host] = await maybe_deferred_to_future(deferToThread(scope.address_refusal, host))
                if self.refusals[host]:
                    logger.warning("refused: %s", self.refusals[host])
            if self.refusals[host]:
                self.refuse(request, self.refusals[host], "private_address_dropped")
        if request.meta.get("trusted_entry"):
            return None  # an entry point the operator named
        reason = trap_reason(request.url)
        if reason:
            self.refuse(request, f"{reason} link not followed", f"trap_dropped/{reason}")
        return None


class PortalBudgetMiddleware:
    """At most PORTAL_ARCHIVE_MAX_PAGES requests per portal and run; the portal's entry
    requests (robots.txt, sitemap, entry pages) count but are never dropped, or a
    resumed frontier could leave the portal looking unreachable."""

    def __init__(self, crawler: Crawler) -> None:
        self.budget = crawler.settings.getint("PORTAL_ARCHIVE_MAX_PAGES")
        self.stats = crawler.stats
        self.used: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalBudgetMiddleware":
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        portal = request.meta.get("portal_url")
        if portal is None or self.budget <= 0:
            return None
        if self.used[portal] >= self.budget and not request.meta.get("trusted_entry"):
            if self.used[portal] == self.budget:
                logger.info("page budget of %d reached for %s", self.budget, portal)
                self.used[portal] += 1
            self.stats.inc_value("portal_archive/budget_dropped")
            raise BudgetExhausted(f"page budget reached for {portal}")
        self.used[portal] += 1
        return None


class PortalTimeBudgetMiddleware:
    """At most PORTAL_ARCHIVE_PORTAL_SECONDS of crawling per portal and run, so that
    one slow portal cannot hold the whole (hourly) run."""

    def __init__(self, crawler: Crawler) -> None:
        self.seconds = crawler.settings.getfloat("PORTAL_ARCHIVE_PORTAL_SECONDS", 1800)
        self.stats = crawler.stats
        self.first: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalTimeBudgetMiddleware":
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        portal = request.meta.get("portal_url")
        if portal is None or self.seconds <= 0:
            return None
        started = self.first.setdefault(portal, time.monotonic())
        if time.monotonic() - started > self.seconds:
            self.stats.inc_value("portal_archive/time_budget_dropped")
            raise BudgetExhausted(f"time budget of {self.seconds:.0f}s used for {portal}")
        return None


class PortalBreakerMiddleware:
    """Stop a portal for the rest of the run after PORTAL_ARCHIVE_BREAKER_FAILURES
    failed attempts in a row (timeouts, refused connections, TLS errors, 5xx).

    It sits between the retry middleware and the downloader, so it counts every
    attempt; a dead portal then costs a handful of timeouts, not one per link.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.limit = crawler.settings.getint("PORTAL_ARCHIVE_BREAKER_FAILURES", 6)
        self.stats = crawler.stats
        self.failures: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalBreakerMiddleware":
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        portal = request.meta.get("portal_url")
        if portal is not None and 0 < self.limit <= self.failures[portal]:
            self.stats.inc_value("portal_archive/breaker_dropped")
            raise PortalDown(f"{portal} failed {self.failures[portal]} requests in a row; skipped for this run")
        return None

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        portal = request.meta.get("portal_url")
        if portal is not None:
            if response.status >= 500:
                self.failures[portal] += 1
            else:
                self.failures[portal] = 0
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        portal = request.meta.get("portal_url")
        if portal is not None and not isinstance(exception, IgnoreRequest):
            self.failures[portal] += 1
            if self.failures[portal] == self.limit:
                logger.warning("%s: %d failures in a row (%s), its other requests are dropped this run",
                               portal, self.limit, type(exception).__name__)
        return None


class ConditionalGetMiddleware:
    """Conditional GET (If-None-Match / If-Modified-Since) and a robots.txt cache,
    from validators the archive keeps in its `page_state` table.

    Why not HttpCacheMiddleware with RFC2616Policy: it stores every response body
    a second time (the archive already keeps each article's HTML) in a DBM or
    file tree that a kill -9 can leave half written, and it revalidates whatever
    it cached.  Here validators are kept only for what the crawl chose to trust
    (a stored article; a sitemap or feed whose links were all fetched), in the
    same SQLite file and transactions as the archive.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.robots_hours = crawler.settings.getfloat("PORTAL_ARCHIVE_ROBOTS_CACHE_HOURS", 24)
        self.robots_timeout = crawler.settings.getfloat("PORTAL_ARCHIVE_ROBOTS_TIMEOUT", 15)
        self.robots_failed: dict[str, int] = {}  # robots.txt URL -> status it failed with this run (599: no answer)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ConditionalGetMiddleware":
        return cls(crawler)

    @property
    def pages(self) -> Any:
        return self.crawler.portal_archive.crawl  # archive.crawlstate.CrawlState

    def process_request(self, request: Request, spider: Spider | None = None) -> Response | None:
        if is_robots(request.url):
            if request.url in self.robots_failed:  # fetched once per run, even when it failed
                return Response(request.url, status=self.robots_failed[request.url], request=request, flags=["cached"])
            # a hanging robots.txt must not cost minutes: one try, a short timeout
            request.meta.setdefault("download_timeout", self.robots_timeout)
            request.meta.setdefault("max_retry_times", 0)
            cached = self.pages.cached_robots(request.url, self.robots_hours) if self.robots_hours > 0 else None
            if cached is not None:
                self.stats.inc_value("portal_archive/robots_cached")
                status, body = cached
                return TextResponse(request.url, status=status, body=body.encode("utf-8"), encoding="utf-8",
                                    request=request, flags=["cached"])
            return None
        if request.meta.get("conditional"):
            etag, modified = self.pages.validators(canonical_url(request.url))
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1"))
            if modified:
                request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1"))
        return None

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status == 304:
            self.stats.inc_value("portal_archive/not_modified")
        if is_robots(request.url) and "cached" not in response.flags and response.status >= 500:
            self.robots_failed[request.url] = response.status
        if is_robots(request.url) and "cached" not in response.flags and response.status < 500:
            body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
            self.pages.record_page(request.url, portal_id=None, kind="robots", status=response.status, body=body[:500_000])
        return response


    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if is_robots(request.url) and not isinstance(exception, IgnoreRequest):
            self.robots_failed[request.url] = 599
        return None


def is_robots(url: str) -> bool:
    return urlsplit(url).path == "/robots.txt"


class CrawlDelayMiddleware:
    """Honour robots.txt Crawl-delay, which Scrapy's RobotsTxtMiddleware parses but ignores.

    The delay (capped at PORTAL_ARCHIVE_MAX_CRAWL_DELAY) becomes the host's
    download-slot delay, and AutoThrottle is told not to lower it for that host.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("PORTAL_ARCHIVE_MAX_CRAWL_DELAY", 60)
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or crawler.settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlDelayMiddleware":
        mw = cls(crawler)
        crawler.signals.connect(mw.robots_parsed, signal=signals.robots_parsed)
        return mw

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        delay = getattr(robotparser, "crawl_delay", lambda ua: None)(self.user_agent)
        if delay:
            host = urlsplit(request.url).hostname or ""
            self.delays[host] = min(float(delay), self.cap)
            logger.info("robots.txt of %s asks for a crawl delay of %ss", host, delay)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        delay = self.delays.get(urlsplit(request.url).hostname or "")
        if not delay:
            return None
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        # no random jitter below the delay robots.txt asked for; also for a slot made later
        downloader.per_slot_settings.setdefault(key, {}).update(delay=delay, jitter=0)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay, slot.jitter = max(slot.delay, delay), 0
        return None


class UnreachableRobots:
    """The parser of a robots.txt that answered 5xx or could not be fetched: RFC 9309
    (2.3.1.4) says to assume complete disallow."""

    def __init__(self, why: str) -> None:
        self.why = why

    def allowed(self, url: str, user_agent: Any) -> bool:
        return False

    def crawl_delay(self, user_agent: Any) -> None:
        return None


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with RFC 9309's rules for errors and a fix.

    - robots.txt answering 5xx, or unreachable (timeout, refused, reset): complete
      disallow for this run; 4xx: allow (Scrapy lets every request through in the
      first case).  Every request then refused says why.
    - In Scrapy 2.19 only the first request awaiting a host's robots.txt receives
      the parser; the others get None and are let through unchecked (a portal's
      home page was fetched though robots.txt said "Disallow: /").  Once the
      download is done, the parser is in `_parsers`: read it from there.
    - A robots.txt that cannot be fetched (reset, refused, timeout) is a portal's
      fault, not the crawler's: one warning line says so (`_settle`), where Scrapy
      logs an error with a traceback.  A failure to parse what was fetched is
      still logged with its traceback: that is a bug.
    """

    async def robot_parser(self, request: Request) -> Any:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            await self._fetch_robots(request, netloc)
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            await maybe_deferred_to_future(parser)
            parser = self._parsers[netloc]
        return parser

    async def _fetch_robots(self, request: Request, netloc: str) -> None:
        """Scrapy's download of robots.txt, with a fetch failure told apart from a parse failure."""
        robots = Request(f"{urlparse_cached(request).scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY,
                         meta={"dont_obey_robotstxt": True}, callback=NO_CALLBACK)
        self._stats.inc_value("robotstxt/request_count")
        try:
            response = await self.crawler.engine.download_async(robots)
        except Exception as exc:  # unreachable: RFC 9309's complete disallow, one warning line
            self._robots_error(exc, netloc)
            return
        try:
            await self._parse_robots(response, netloc, request)
        except Exception as exc:
            logger.exception("robots.txt of %s could not be parsed", netloc)
            self._robots_error(exc, netloc)

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, UnreachableRobots):
            self._stats.inc_value("robotstxt/forbidden_unreachable")
            raise IgnoreRequest(f"Forbidden by robots.txt: {rp.why}, so complete disallow (RFC 9309)")
        super().process_request_2(rp, request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._settle(netloc, UnreachableRobots(f"robots.txt answered HTTP {response.status}"))
            return
        if 400 <= response.status < 500:  # RFC 9309: "unavailable", any crawling allowed
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest):
            super()._robots_error(exc, netloc)
            return
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        cause = error_kind(Failure(exc))  # the portal's outage is recorded as what it is (timeout, dns...)
        self._settle(netloc, UnreachableRobots(f"robots.txt unreachable ({cause})"))

    def _settle(self, netloc: str, parser: UnreachableRobots) -> None:
        logger.warning("%s: %s; nothing is fetched from it this run (RFC 9309)", netloc, parser.why)
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)
