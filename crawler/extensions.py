"""Extensions: record each crawl run in the archive's `crawl_runs` table."""
from __future__ import annotations

from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.pipelines import crawl_archive


def run_counts(stats: dict[str, Any]) -> dict[str, int]:
    """The crawl_runs counters, from Scrapy's stats."""
    return {
        "pages_fetched": stats.get("downloader/response_count", 0),
        "new": stats.get("portal_archive/articles_new", 0),
        "updated": stats.get("portal_archive/articles_updated", 0),
        "unchanged": stats.get("portal_archive/articles_unchanged", 0),
        "duplicate": stats.get("portal_archive/articles_duplicate", 0),
        "failed": stats.get("log_count/ERROR", 0)
        + sum(v for k, v in stats.items() if k.startswith("downloader/exception_type_count/"))
        + sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/5")),
    }


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
        self.run_id = archive.start_run(len(getattr(spider, "portals", [])))
        self.crawler.stats.set_value("portal_archive/run_id", self.run_id)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        archive = crawl_archive(self.crawler)
        status = "completed" if reason == "finished" else f"interrupted ({reason})"
        if self.run_id is not None:
            archive.finish_run(self.run_id, status, run_counts(self.crawler.stats.get_stats()))
