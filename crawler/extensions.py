"""Extensions: the crawl's one archive connection, and the record of each run in `crawl_runs`."""
from __future__ import annotations

import json
import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from archive.store import Archive, default_db_path

logger = logging.getLogger(__name__)

# finish reasons of a run that went through: it ended by itself, or its clock
# (--max-minutes, Scrapy's CLOSESPIDER_TIMEOUT) ended it and the next run resumes
COMPLETED_REASONS = {"finished", "closespider_timeout"}


def crawl_archive(crawler: Crawler) -> Archive:
    """The crawl's one Archive connection, opened by the CrawlArchive extension."""
    archive = getattr(crawler, "portal_archive", None)
    if archive is None:
        archive = crawler.portal_archive = Archive(crawler.settings.get("PORTAL_ARCHIVE_DB") or default_db_path())  # type: ignore[attr-defined]
    return archive


def requests_by_kind(stats: dict[str, Any]) -> dict[str, int]:
    """What the run's requests were spent on, and what the frontier chose not to request."""
    prefix = "portal_archive/frontier/skipped_"
    kinds = {
        "article": stats.get("portal_archive/pages_article", 0),
        "listing": stats.get("portal_archive/pages_listing", 0),
        **{f"skipped_{k[len(prefix):]}": v for k, v in stats.items() if k.startswith(prefix)},
        "chain_ended": stats.get("portal_archive/frontier/chain_end", 0),
        "shapes_cut": stats.get("portal_archive/frontier/shapes_cut", 0),
    }
    return {k: v for k, v in kinds.items() if v}


def run_counts(stats: dict[str, Any]) -> dict[str, Any]:
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
        + sum(v for k, v in stats.items() if k.startswith("downloader/exception_type_count/")
              and not k.endswith(("IgnoreRequest", "BudgetExhausted")))
        + sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/5")),
        "requests_by_kind": json.dumps(requests_by_kind(stats)),
        "rejected_by_reason": json.dumps({k.rsplit("/", 1)[1]: v for k, v in stats.items()
                                          if k.startswith("portal_archive/not_article/")}),
        "stopped_by": "clock" if stats.get("finish_reason") == "closespider_timeout" else None,
    }


def run_status(reason: str | None, portal_status: dict[str, int]) -> str:
    """completed: the run went through (some portals may have failed); failed: every
    portal it tried failed (network down?); interrupted: it was stopped."""
    if reason not in COMPLETED_REASONS:
        return "interrupted"
    tried = portal_status.get("ok", 0) + portal_status.get("failed", 0)
    if tried and not portal_status.get("ok"):
        return "failed"
    return "completed"


class CrawlArchive:
    """Open the crawl's archive connection, record the run in crawl_runs, close it at the end.

    Components reach the connection as `crawler.portal_archive` (crawl_archive()).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.archive = crawl_archive(crawler)
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "CrawlArchive":
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        state = self.archive.crawl
        stale = state.interrupt_stale_runs()  # we hold the lock: a 'running' row is a dead run
        if stale:
            logger.warning("%d earlier run(s) left 'running' by a killed crawl marked interrupted", stale)
        self.run_id = state.start_run(len(getattr(spider, "portals", [])))
        self.crawler.stats.set_value("portal_archive/run_id", self.run_id)
        health = getattr(self.crawler, "portal_health", None)
        if health is not None:
            health.run_opened(spider)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        try:
            self.record_end(spider, reason)
        finally:
            self.archive.close()

    def record_end(self, spider: Spider, reason: str) -> None:
        health = getattr(self.crawler, "portal_health", None)
        portal_status: dict[str, int] = {}
        if health is not None:
            health.finish_all(reason)
            portal_status = dict(health.status)
        frontier = getattr(self.crawler, "frontier", None)
        if frontier is not None:
            frontier.save_all()  # what each portal's shapes yielded, for the next run
        status = run_status(reason, portal_status)
        stats = self.crawler.stats
        stats.set_value("portal_archive/run_status", status)
        for key, value in portal_status.items():
            stats.set_value(f"portal_archive/portals_{key}", value)
        if self.run_id is not None:
            self.archive.crawl.finish_run(self.run_id, status, run_counts(stats.get_stats()))
