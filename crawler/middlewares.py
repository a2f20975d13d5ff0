"""Downloader middlewares: keep each portal on its host, off traps, within budget.

They sit in the downloader so that every request passes them, including
redirects and robots.txt, and a request that must not be made never is.
"""
from __future__ import annotations

import logging
from collections import Counter

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from crawler.urls import host_key, trap_reason

logger = logging.getLogger(__name__)


def portal_hosts(request: Request) -> set[str] | None:
    return request.meta.get("portal_hosts")


class PortalScopeMiddleware:
    """Drop requests that leave their portal's host or walk into a trap."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalScopeMiddleware":
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        hosts = portal_hosts(request)
        if hosts is not None and host_key(request.url) not in hosts:
            self.stats.inc_value("portal_archive/offsite_dropped")
            raise IgnoreRequest(f"off the portal's host: {request.url}")
        if request.meta.get("trusted_entry"):
            return None  # an entry point the operator named
        reason = trap_reason(request.url)
        if reason:
            self.stats.inc_value(f"portal_archive/trap_dropped/{reason}")
            raise IgnoreRequest(f"{reason} link not followed: {request.url}")
        return None


class PortalBudgetMiddleware:
    """At most PORTAL_ARCHIVE_MAX_PAGES requests per portal and run."""

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
        if self.used[portal] >= self.budget:
            if self.used[portal] == self.budget:
                logger.info("page budget of %d reached for %s", self.budget, portal)
                self.used[portal] += 1
            self.stats.inc_value("portal_archive/budget_dropped")
            raise IgnoreRequest(f"page budget reached for {portal}")
        self.used[portal] += 1
        return None
