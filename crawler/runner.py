"""Run a crawl in this process with the project's Scrapy settings."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive.store import Archive
from crawler.extensions import run_counts
from spiders.portal import PortalSpider


@dataclass
class CrawlSummary:
    run_id: int | None
    portals: int
    counts: dict[str, int]
    finish_reason: str | None

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"crawl run {self.run_id}: {self.portals} portals, {c['pages_fetched']} pages fetched",
            f"articles: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['duplicate']} near-duplicates",
            f"errors: {c['failed']}" + ("" if self.finish_reason == "finished" else f" (stopped: {self.finish_reason})"),
        ]


def crawl_settings(db_path: str, overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("PORTAL_ARCHIVE_DB", db_path, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def known_article_urls(db_path: str) -> set[str]:
    """URLs already archived: the spider does not fetch them again."""
    archive = Archive(db_path)
    try:
        rows = archive.db.execute("select url from article_urls")
        return {url for (url,) in rows}
    finally:
        archive.close()


def run_crawl(db_path: str, portals: list[dict[str, Any]], overrides: dict[str, Any] | None = None) -> CrawlSummary:
    """Crawl these portals into the archive at db_path; blocks until done."""
    known = known_article_urls(db_path)
    process = CrawlerProcess(crawl_settings(db_path, overrides), install_root_handler=True)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, portals=portals, known_urls=known)
    process.start()
    stats = crawler.stats.get_stats()
    return CrawlSummary(
        run_id=stats.get("portal_archive/run_id"),
        portals=len(portals),
        counts=run_counts(stats),
        finish_reason=stats.get("finish_reason"),
    )
