"""Portal health: per-portal figures of each run, and each portal's state across runs.

`PortalHealth` (an extension) counts what happens to each portal during a run
and, when the portal is finished (crawler.progress), writes one `portal_runs`
row, updates `portal_state` (last success, consecutive failures, backoff) and,
in a terminal, prints a progress line.
"""
from __future__ import annotations

import gzip
import json
import logging
import re
import statistics
import sys
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as neterror
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from archive.store import utc_now
from crawler.items import PageItem
from crawler.urls import redact_text
from crawler.extensions import crawl_archive
from crawler.progress import (
    PortalTracker,
    portal_error,
    portal_finished,
    portal_opened,
    portal_opening,
    request_issued,
    request_processed,
    request_skipped,
    shape_cut,
)

logger = logging.getLogger(__name__)

# Kinds of failure that count as the portal being unreachable (not a broken link).
FINISH_DELAY = 1.0  # seconds
REJECTED_EXAMPLES = 5  # rejected URLs kept per portal and run, for inspection
OUTAGE_KINDS = {"timeout", "dns", "connection", "tls", "http_5xx", "portal_down", "robots_unreachable",
                "private_address", "redirect_loop", "bad_encoding", "too_large"}


class PortalDown(IgnoreRequest):
    """The portal failed too many requests in a row this run; its other requests are dropped."""


class BudgetExhausted(IgnoreRequest):
    """The portal used its page or time budget for this run."""


def _is_tls(value: Any) -> bool:
    text = repr(value)
    return "SSL" in text or "TLS" in text or "tlsv1" in text.lower() or "handshake" in text.lower()


def error_kind(failure: Failure) -> str:
    """A short name for why a request failed, for the per-portal error counts."""
    value = failure.value
    if isinstance(value, HttpError):
        status = value.response.status
        return "http_5xx" if status >= 500 else "http_404" if status in (404, 410) else "http_4xx"
    if isinstance(value, PortalDown):
        return "portal_down"
    if isinstance(value, BudgetExhausted):
        return "budget"
    if isinstance(value, IgnoreRequest):
        text = str(value)
        if "RFC 9309" in text:
            cause = re.search(r"robots\.txt unreachable \((\w+)\)", text)
            return cause.group(1) if cause and cause.group(1) in OUTAGE_KINDS else "robots_unreachable"
        if "robots.txt" in text:
            return "robots"
        if "max redirections" in text:
            return "redirect_loop"
        if "DOWNLOAD_MAXSIZE" in text:
            return "too_large"
        if "non-public address" in text:
            return "private_address"
        return "ignored"
    if isinstance(value, (zlib.error, gzip.BadGzipFile, EOFError)) or "decompress" in repr(value).lower():
        return "bad_encoding"  # gzip or deflate garbage in a response
    if isinstance(value, (neterror.TimeoutError, neterror.TCPTimedOutError, DownloadTimeoutError)):
        return "timeout"
    if isinstance(value, (neterror.DNSLookupError, CannotResolveHostError)):
        return "dns"
    if isinstance(value, DownloadConnectionRefusedError):
        return "connection"
    if isinstance(value, (ResponseNeverReceived, ResponseFailed)):
        return "tls" if any(_is_tls(r.value) for r in value.reasons) else "connection"
    if _is_tls(value):
        return "tls"
    if isinstance(value, (neterror.ConnectError, neterror.ConnectionLost, neterror.ConnectionDone,
                          DownloadFailedError, ResponseDataLossError)):
        return "connection"
    return "other"


def backoff_until(consecutive_failures: int, base_hours: float, max_hours: float) -> str | None:
    """No backoff after one failure (a blip); then base, 2*base, 4*base ... up to max_hours."""
    if consecutive_failures < 2:
        return None
    hours = min(base_hours * 2 ** (consecutive_failures - 2), max_hours)
    return (datetime.now(timezone.utc) + timedelta(hours=hours)).replace(microsecond=0).isoformat()


@dataclass
class PortalFigures:
    started: float = field(default_factory=time.monotonic)
    pages: int = 0
    not_modified: int = 0
    rechecked: int = 0
    new_pages: int = 0
    entry_ok: bool = False
    listing_pages: int = 0
    articles_extracted: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    first_error: str | None = None
    skipped: Counter = field(default_factory=Counter)  # links the frontier chose not to request, by why
    shapes_cut: int = 0
    rejected: Counter = field(default_factory=Counter)  # pages extraction rejected, by reason
    rejected_examples: list[str] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return sum(n for kind, n in self.errors.items() if kind not in ("budget", "clock"))


class PortalHealth:
    """Per-portal figures of this run; writes portal_runs and portal_state."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.progress = settings.getbool("PORTAL_ARCHIVE_PROGRESS")
        self.backoff_base = settings.getfloat("PORTAL_ARCHIVE_BACKOFF_BASE_HOURS", 1)
        self.backoff_max = settings.getfloat("PORTAL_ARCHIVE_BACKOFF_MAX_HOURS", 24)
        self.skipped: list[str] = list(settings.getlist("PORTAL_ARCHIVE_SKIPPED"))
        self.figures: dict[str, PortalFigures] = {}
        self.status: Counter = Counter()
        self.tracker = PortalTracker(self.finish_soon)
        self.pending: dict[str, Any] = {}  # portal url -> DelayedCall of its finish
        self.total = 0
        self.done = 0
        self.run_started_at: str | None = None
        crawler.portal_health = self  # type: ignore[attr-defined]  # read by CrawlRunRecorder

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "PortalHealth":
        ext = cls(crawler)
        connect = crawler.signals.connect
        connect(ext.request_issued, signal=request_issued)
        connect(ext.request_dropped, signal=signals.request_dropped)
        connect(ext.response_received, signal=signals.response_received)
        connect(ext.item_scraped, signal=signals.item_scraped)
        connect(ext.item_dropped, signal=signals.item_dropped)
        connect(ext.request_processed, signal=request_processed)
        connect(ext.portal_error, signal=portal_error)
        connect(ext.request_skipped, signal=request_skipped)
        connect(ext.shape_cut, signal=shape_cut)
        connect(lambda portal_url: ext.tracker.open(portal_url), signal=portal_opening, weak=False)
        connect(lambda portal_url: ext.tracker.opened(portal_url), signal=portal_opened, weak=False)
        return ext

    # -- signal handlers ---------------------------------------------------------------

    def run_opened(self, spider: Any) -> None:
        """Called by CrawlRunRecorder once the crawl_runs row exists."""
        self.total = len(getattr(spider, "portals", []))
        self.run_started_at = utc_now()
        for url in self.skipped:
            self.record_skipped(url)

    def _fig(self, request: Request) -> PortalFigures | None:
        portal = request.meta.get("portal_url")
        if portal is None:
            return None
        return self.figures.setdefault(portal, PortalFigures())

    def request_issued(self, request: Request) -> None:
        if "track_id" in request.meta:
            self._fig(request)
            self.tracker.add(request.meta["portal_url"], request.meta["track_id"])

    def request_dropped(self, request: Request, spider: Any = None) -> None:
        if request.meta.get("redirect_times") and "portal_url" in request.meta:
            # a redirect back to an address already fetched: the scheduler drops it
            self.portal_error(request.meta["portal_url"], "redirect_loop", request.url)
        if "track_id" in request.meta:
            self.tracker.remove(request.meta["portal_url"], request.meta["track_id"])

    def request_processed(self, request: Request) -> None:
        if "track_id" in request.meta:
            self.tracker.remove(request.meta["portal_url"], request.meta["track_id"])

    def response_received(self, response: Response, request: Request, spider: Any = None) -> None:
        fig = self._fig(request)
        if fig is None or "cached" in response.flags:
            return
        fig.pages += 1
        if "download_latency" in request.meta:
            fig.latencies.append(request.meta["download_latency"])
        if response.status == 304:
            fig.not_modified += 1
        if request.meta.get("recheck"):
            fig.rechecked += 1
        if request.meta.get("new_page") and response.status == 200:
            fig.new_pages += 1
        if request.meta.get("entry") and response.status < 400:
            fig.entry_ok = True

    def item_scraped(self, item: Any, response: Response, spider: Any = None) -> None:
        fig = self._fig(response.request) if response.request else None
        if fig is not None and not isinstance(item, PageItem):
            fig.articles_extracted += 1

    def item_dropped(self, item: Any, response: Response, exception: Exception, spider: Any = None) -> None:
        fig = self._fig(response.request) if response.request else None
        if fig is not None and isinstance(item, PageItem):
            fig.listing_pages += 1
            reason = getattr(exception, "reason", None)
            if reason:
                fig.rejected[reason] += 1
                if len(fig.rejected_examples) < REJECTED_EXAMPLES:
                    fig.rejected_examples.append(f"{reason}: {item.url}")

    def request_skipped(self, portal_url: str, reason: str, url: str) -> None:
        self.figures.setdefault(portal_url, PortalFigures()).skipped[reason] += 1

    def shape_cut(self, portal_url: str, shape: str) -> None:
        self.figures.setdefault(portal_url, PortalFigures()).shapes_cut += 1

    def portal_error(self, portal_url: str, kind: str, url: str) -> None:
        fig = self.figures.setdefault(portal_url, PortalFigures())
        fig.errors[kind] += 1
        # the cause, not its consequence: "portal_down" only says the breaker tripped
        if kind in OUTAGE_KINDS | {"robots"} and (fig.first_error is None or fig.first_error.startswith("portal_down")):
            fig.first_error = redact_text(f"{kind} on {url}")

    # -- finishing ---------------------------------------------------------------------

    def finish_soon(self, portal_url: str) -> None:
        """Finish a drained portal a moment later: the item pipelines may still be
        storing its last article when its last callback's output is all out."""
        from twisted.internet import reactor

        self.pending[portal_url] = reactor.callLater(FINISH_DELAY, self._finish_pending, portal_url)

    def _finish_pending(self, portal_url: str) -> None:
        self.pending.pop(portal_url, None)
        self.finish(portal_url)

    def finish(self, portal_url: str, interrupted: bool = False) -> None:
        fig = self.figures.setdefault(portal_url, PortalFigures())
        status = "interrupted" if interrupted else "ok" if fig.entry_ok else "failed"
        complete = status == "ok" and not fig.errors.get("budget") and not fig.errors.get("portal_down")
        counts = self.write(portal_url, fig, status, complete)
        self.status[status] += 1
        self.done += 1
        self.crawler.signals.send_catch_log(portal_finished, portal_url=portal_url, status=status)
        if self.progress:
            self.print_progress(portal_url, fig, status, counts)

    def finish_all(self, reason: str) -> None:
        """At close: portals still open were cut short (the run's clock, a shutdown, a signal)."""
        for portal, call in list(self.pending.items()):
            if call.active():
                call.cancel()
            self._finish_pending(portal)
        for portal in self.tracker.unfinished():
            self.tracker.finished.add(portal)
            if reason == "closespider_timeout":
                self.figures.setdefault(portal, PortalFigures()).errors["clock"] += 1
            self.finish(portal, interrupted=True)

    def write(self, portal_url: str, fig: PortalFigures, status: str, complete: bool) -> dict[str, int]:
        archive = crawl_archive(self.crawler)
        state = archive.crawl
        portal_id = archive.portal_id(portal_url)
        since = self.run_started_at or utc_now()
        counts = state.portal_changes_since(portal_id, since)
        now = utc_now()
        by_kind = {"article": fig.articles_extracted, "listing": fig.listing_pages,
                   "other": max(0, fig.pages - fig.articles_extracted - fig.listing_pages),
                   **{f"skipped_{k}": n for k, n in fig.skipped.items()}}
        stopped_by = "clock" if fig.errors.get("clock") else "budget" if fig.errors.get("budget") else None
        row = {
            "run_id": self.crawler.stats.get_value("portal_archive/run_id"),
            "portal_id": portal_id,
            "started_at": since,
            "finished_at": now,
            "status": status,
            "pages": fig.pages,
            "not_modified": fig.not_modified,
            "rechecked": fig.rechecked,
            "errors": fig.error_count,
            "errors_by_kind": json.dumps(dict(fig.errors)) if fig.errors else None,
            "median_latency_ms": round(statistics.median(fig.latencies) * 1000) if fig.latencies else None,
            "listing_pages": fig.listing_pages,
            "articles_extracted": fig.articles_extracted,
            "articles_per_listing": round(fig.articles_extracted / fig.listing_pages, 2) if fig.listing_pages else None,
            "new_pages": fig.new_pages,
            "requests_by_kind": json.dumps({k: v for k, v in by_kind.items() if v}),
            "rejected_by_reason": json.dumps(dict(fig.rejected)) if fig.rejected else None,
            "rejected_examples": json.dumps(fig.rejected_examples, ensure_ascii=False) if fig.rejected_examples else None,
            "shapes_cut": fig.shapes_cut,
            "stopped_by": stopped_by,
            **counts,
        }
        state.record_portal_run(row, self.next_state(state, portal_id, status, complete, counts["new"], fig, now))
        return counts

    def next_state(self, state: Any, portal_id: int, status: str, complete: bool, new: int, fig: PortalFigures,
                   now: str) -> dict[str, Any]:
        """The portal's state across runs after this one."""
        old = state.portal_state(portal_id)
        failures = old.get("consecutive_failures") or 0
        changes: dict[str, Any] = {"last_run_id": self.crawler.stats.get_value("portal_archive/run_id"),
                                   "last_status": status,
                                   "robots_disallows": int(bool(fig.errors.get("robots")) and not fig.entry_ok)}
        if status == "ok":
            changes.update(last_success_at=now, consecutive_failures=0, backoff_until=None, last_error=None)
        elif status == "failed":
            failures += 1
            changes.update(consecutive_failures=failures, last_error=fig.first_error or "entry page not reachable",
                           backoff_until=backoff_until(failures, self.backoff_base, self.backoff_max))
        if new:
            changes["last_new_article_at"] = now
        if complete:
            changes["full_crawl_at"] = old.get("full_crawl_at") or now
        return changes

    def record_skipped(self, portal_url: str) -> None:
        archive = crawl_archive(self.crawler)
        archive.crawl.record_portal_run({
            "run_id": self.crawler.stats.get_value("portal_archive/run_id"), "portal_id": archive.portal_id(portal_url),
            "started_at": self.run_started_at, "finished_at": self.run_started_at, "status": "skipped",
        })
        self.status["skipped"] += 1

    def print_progress(self, portal_url: str, fig: PortalFigures, status: str, counts: dict[str, int]) -> None:
        errors = ", ".join(f"{k} {n}" for k, n in fig.errors.most_common(3) if k != "budget")
        line = (f"[{self.done:>{len(str(self.total))}}/{self.total}] {status:<11} {portal_url}  "
                f"{fig.pages} pages, {counts['new']} new, {counts['updated']} updated, {counts['deleted']} deleted"
                f"{', errors: ' + errors if errors else ''}  ({time.monotonic() - fig.started:.0f}s)")
        print(redact_text(line), file=sys.stderr, flush=True)
