"""Extensions: record each crawl run in the archive's `crawl_runs` table."""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.pipelines import crawl_archive

logger = logging.getLogger(__name__)


def run_counts(stats: dict[str, Any]) -> dict[str, int]:
    """The crawl_runs counters, from Scrapy's stats."""
    return {
        # robots.txt answered from the archive's cache is not a fetch
        "pages_fetched": stats.get("downloader/response_count", 0) - stats.get("portal_archive/robots_cached", 0),
        "new": stats.get("portal_archive/articles_new", 0),
        "updated": stats.get("portal_archive/articles_updated", 0),
        "unchanged": stats.get("portal_archive/articles_unchanged", 0),
        "duplicate": stats.get("portal_archive/articles_duplicate", 0),
        "failed": stats.get("log_count/ERROR", 0)
        # a request refused by robots.txt, a trap rule or the budget is policy, not a failure
        + sum(v for k, v in stats.items() if k.startswith("downloader/exception_type_count/") and not k.endswith("IgnoreRequest"))
        + sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/5")),
    }


def run_status(reason: str | None, portal_status: dict[str, int]) -> str:
    """completed: the run went through (some portals may have failed); failed: every
    portal it tried failed (network down?); interrupted: it was stopped."""
    if reason != "finished":
        return "interrupted"
    tried = portal_status.get("ok", 0) + portal_status.get("failed", 0)
    if tried and not portal_status.get("ok"):
        return "failed"
    return "completed"


class CrawlRunRecorder:
    """Open a crawl_runs row when the spider opens, fill it when it closes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlRunRecorder":
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        archive = crawl_archive(self.crawler)
        stale = archive.interrupt_stale_runs()  # we hold the lock: a 'running' row is a dead run
        if stale:
            logger.warning("%d earlier run(s) left 'running' by a killed crawl marked interrupted", stale)
        self.run_id = archive.start_run(len(getattr(spider, "portals", [])))
        self.crawler.stats.set_value("portal_archive/run_id", self.run_id)
        health = getattr(self.crawler, "portal_health", None)
        if health is not None:
            health.run_opened(spider)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        archive = crawl_archive(self.crawler)
        health = getattr(self.crawler, "portal_health", None)
        portal_status: dict[str, int] = {}
        if health is not None:
            health.finish_all(reason)
            portal_status = dict(health.status)
        status = run_status(reason, portal_status)
        stats = self.crawler.stats
        stats.set_value("portal_archive/run_status", status)
        for key, value in portal_status.items():
            stats.set_value(f"portal_archive/portals_{key}", value)
        if self.run_id is not None:
            archive.finish_run(self.run_id, status, run_counts(stats.get_stats()))
