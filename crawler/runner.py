"""Run a crawl in this process with the project's Scrapy settings."""
from __future__ import annotations

import logging
import os
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archive.store import Archive
from crawler.extensions import requests_by_kind, run_counts
from crawler.urls import redact_text
from spiders.portal import PortalSpider

MAX_LISTED_PORTALS = 8


def redact_log_records() -> None:
    """A portal URL may carry a user name and password: no log line shows them.

    A record factory, not a handler filter: Scrapy replaces its root handler when
    the crawl starts, and every record passes the factory, tracebacks included.
    """
    make = logging.getLogRecordFactory()
    if getattr(make, "redacts", False):
        return

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = make(*args, **kwargs)
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + logging.Formatter().formatException(record.exc_info)
        if "@" in message:
            record.msg, record.args, record.exc_info, record.exc_text = redact_text(message), (), None, None
        return record

    factory.redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


@dataclass
class CrawlSummary:
    run_id: int | None
    portals: int
    counts: dict[str, int]
    finish_reason: str | None
    status: str = "completed"  # completed | failed | interrupted
    portal_status: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    not_modified: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    failed_portals: list[str] = field(default_factory=list)
    attention: int = 0
    seconds: float = 0.0
    requests_by_kind: dict[str, int] = field(default_factory=dict)
    cut_short: int = 0  # portals stopped by their page or time budget
    extraction_failed: dict[str, int] = field(default_factory=dict)
    rejected_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "completed"

    def lines(self) -> list[str]:
        """The one-screen summary printed at the end of `portal-archive crawl` (credentials redacted)."""
        return [redact_text(line) for line in self._lines()]

    def _lines(self) -> list[str]:
        c, ps = self.counts, self.portal_status
        minutes, seconds = divmod(int(self.seconds), 60)
        portal_parts = [f"{ps.get(k, 0)} {k}" for k in ("ok", "failed", "interrupted", "skipped") if ps.get(k)]
        lines = [
            f"crawl run {self.run_id} {self.status} in {minutes}m{seconds:02d}s: {self.portals} portals"
            + (f" ({', '.join(portal_parts)})" if portal_parts else ""),
            f"pages: {c['pages_fetched']} fetched, {self.not_modified} not modified (304)",
            "requests: " + ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in self.requests_by_kind.items()),
            f"articles: {c['new']} new, {c['updated']} updated, {self.deleted} deleted, "
            f"{c['unchanged']} unchanged, {c['duplicate']} near-duplicates",
            f"errors: {c['failed']}"
            + (" (" + ", ".join(f"{k} {n}" for k, n in sorted(self.errors_by_kind.items(), key=lambda kv: -kv[1])) + ")"
               if self.errors_by_kind else "")
            + ("" if self.finish_reason in ("finished", "closespider_timeout", None) else f"; stopped: {self.finish_reason}"),
        ]
        if self.extraction_failed:
            lines.append("extraction failed (fetched again when due): " + ", ".join(
                f"{k} {n}" for k, n in sorted(self.extraction_failed.items(), key=lambda kv: -kv[1])))
        if self.rejected_by_reason:
            lines.append("not articles: " + ", ".join(f"{k} {n}" for k, n in sorted(
                self.rejected_by_reason.items(), key=lambda kv: -kv[1])))
        if self.finish_reason == "closespider_timeout":
            lines.append("stopped by the clock (--max-minutes); the next run resumes where this one stopped")
        elif self.cut_short:
            lines.append(f"{self.cut_short} portals used their page or time budget; the next run resumes where they stopped")
        if self.failed_portals:
            lines.append("failed portals:")
            lines += [f"  {line}" for line in self.failed_portals[:MAX_LISTED_PORTALS]]
            if len(self.failed_portals) > MAX_LISTED_PORTALS:
                lines.append(f"  ... and {len(self.failed_portals) - MAX_LISTED_PORTALS} more (see portal_health)")
        if self.attention:
            lines.append(f"{self.attention} portals need attention (Datasette view portals_needing_attention)")
        return lines


def crawl_settings(db_path: str, overrides: dict[str, Any] | None = None, portals: int = 0) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("PORTAL_ARCHIVE_DB", db_path, priority="cmdline")
    contact = os.environ.get("PORTAL_ARCHIVE_CONTACT_URL")
    if contact:
        settings.set("PORTAL_ARCHIVE_CONTACT_URL", contact, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    clock = settings.getfloat("CLOSESPIDER_TIMEOUT")
    if clock > 0 and portals != 1:  # a portal's share of the run's clock
        share = clock * settings.getfloat("PORTAL_ARCHIVE_PORTAL_SHARE", 0.5)
        portal_seconds = settings.getfloat("PORTAL_ARCHIVE_PORTAL_SECONDS")
        settings.set("PORTAL_ARCHIVE_PORTAL_SECONDS", min(portal_seconds, share) if portal_seconds > 0 else share,
                     priority="cmdline")
    if "USER_AGENT" not in (overrides or {}):
        contact_url = settings.get("PORTAL_ARCHIVE_CONTACT_URL")
        settings.set("USER_AGENT", settings.get("USER_AGENT_TEMPLATE").format(contact=contact_url), priority="cmdline")
    return settings


def in_backoff(db_path: str, portals: list[dict[str, Any]]) -> set[str]:
    """Portal URLs whose backoff (after failing runs in a row) has not expired yet."""
    archive = Archive(db_path)
    try:
        return archive.crawl.portals_in_backoff(p["url"] for p in portals)
    finally:
        archive.close()


def run_crawl(db_path: str, portals: list[dict[str, Any]], overrides: dict[str, Any] | None = None) -> CrawlSummary:
    """Crawl these portals into the archive at db_path; blocks until done."""
    started = time.monotonic()
    settings = crawl_settings(db_path, overrides, len(portals))
    skipped = in_backoff(db_path, portals) if settings.getbool("PORTAL_ARCHIVE_BACKOFF") else set()
    settings.set("PORTAL_ARCHIVE_SKIPPED", sorted(skipped), priority="cmdline")
    # Scrapy 2.19 marks DOWNLOADER_CLIENTCONTEXTFACTORY deprecated without a
    # replacement for per-host TLS levels yet (crawler/tls.py); say it once in
    # the docs, not on every cron run.
    warnings.filterwarnings("ignore", message="The 'DOWNLOADER_CLIENTCONTEXTFACTORY' setting is deprecated")
    redact_log_records()
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(PortalSpider)
    process.crawl(crawler, portals=[p for p in portals if p["url"] not in skipped])
    process.start()
    stats = crawler.stats.get_stats()
    summary = CrawlSummary(
        run_id=stats.get("portal_archive/run_id"),
        portals=len(portals),
        counts=run_counts(stats),
        finish_reason=stats.get("finish_reason"),
        status=stats.get("portal_archive/run_status", "failed"),
        not_modified=stats.get("portal_archive/not_modified", 0),
        seconds=time.monotonic() - started,
        requests_by_kind=requests_by_kind(stats),
        rejected_by_reason={k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("portal_archive/not_article/")},
        extraction_failed={k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("portal_archive/extraction_failed/")},
    )
    add_portal_figures(db_path, summary)
    return summary


def add_portal_figures(db_path: str, summary: CrawlSummary) -> None:
    """Per-portal outcomes of this run, from portal_runs / portal_health."""
    if summary.run_id is None:
        return
    archive = Archive(db_path)
    try:
        figures = archive.crawl.run_figures(summary.run_id)
    finally:
        archive.close()
    summary.portal_status = figures["portal_status"]
    summary.deleted = figures["deleted"]
    summary.errors_by_kind = {k: v for k, v in figures["errors_by_kind"].items() if k not in ("budget", "clock")}
    summary.failed_portals = [
        f"{url}: {error or 'entry page not reachable'} ({failures} in a row"
        + (f", next try after {until}" if until else "") + ")"
        for url, error, failures, until in figures["failed"]
    ]
    summary.cut_short = figures["cut_short"]
    summary.attention = figures["attention"]
