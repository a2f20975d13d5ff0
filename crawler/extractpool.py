"""Extraction off the crawl's event loop: worker processes, a time bound and a memory cap per page.

lxml holds the GIL for long stretches, so a thread would still stall the
reactor; a process pool keeps every portal's downloads going while a page with
a 200,000-cell table is parsed.  pebble's ProcessPool kills a worker whose task
runs past its timeout (concurrent.futures cannot), and recycles workers every
`max_tasks` pages so a leak cannot grow forever.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import resource
from dataclasses import dataclass
from typing import Any

from pebble import ProcessPool

from crawler.extraction import Extracted, NotAnArticle, extract


class ExtractionFailed(Exception):
    """Extraction did not finish: over its time bound or memory cap, or the worker died.

    Not a verdict on the page (it may well be an article): counted and logged as a failure.
    """

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


@dataclass(frozen=True)
class PoolOptions:
    workers: int = 2
    seconds: float = 20.0
    memory_mb: int = 1536
    max_tasks: int = 500

    @classmethod
    def from_settings(cls, settings: Any) -> "PoolOptions":
        return cls(
            workers=settings.getint("PORTAL_ARCHIVE_EXTRACT_WORKERS", cls.workers),
            seconds=settings.getfloat("PORTAL_ARCHIVE_EXTRACT_SECONDS", cls.seconds),
            memory_mb=settings.getint("PORTAL_ARCHIVE_EXTRACT_MEMORY_MB", cls.memory_mb),
        )


def _limit_memory(megabytes: int) -> None:
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)  # soft may not exceed hard
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _extract_job(html: bytes, url: str | None) -> tuple[str, Any, str | None]:
    """Runs in a worker: ("article", Extracted) or ("not-article", message, reason).

    NotAnArticle is returned, not raised, so that its reason survives pickling.
    """
    try:
        return ("article", extract(html, url), None)
    except NotAnArticle as exc:
        if exc.reason == "extraction-error":  # a bug in extraction, not a verdict on the page
            return ("failed", exc.message, exc.reason)
        return ("not-article", exc.message, exc.reason)
    except MemoryError:
        return ("failed", "memory cap reached", "extraction-memory")


class ExtractionPool:
    """Extract pages in worker processes; `await pool.extract(html, url)`."""

    def __init__(self, options: PoolOptions) -> None:
        self.options = options
        self.pool = self._new_pool()
        # one page at a time per portal: a portal of heavy pages gets one worker, not all
        self.turns: dict[str, asyncio.Semaphore] = {}

    def _new_pool(self) -> ProcessPool:
        # forkserver: workers do not inherit the crawl's threads and reactor
        return ProcessPool(max_workers=self.options.workers, max_tasks=self.options.max_tasks,
                           initializer=_limit_memory, initargs=(self.options.memory_mb,),
                           context=multiprocessing.get_context("forkserver"))

    def _schedule(self, html: bytes, url: str | None) -> Any:
        try:
            return self.pool.schedule(_extract_job, args=(html, url), timeout=self.options.seconds or None)
        except RuntimeError:  # the pool broke (a worker killed from outside): a new one, once
            self.pool.stop()
            self.pool = self._new_pool()
            return self.pool.schedule(_extract_job, args=(html, url), timeout=self.options.seconds or None)

    async def extract(self, html: bytes, url: str | None, portal: str | None = None) -> Extracted:
        turn = self.turns.setdefault(portal or "", asyncio.Semaphore(1)) if self.options.workers > 1 else None
        if turn is None:
            return await self._extract(html, url)
        async with turn:
            return await self._extract(html, url)

    async def _extract(self, html: bytes, url: str | None) -> Extracted:
        try:
            future = self._schedule(html, url)
        except Exception as exc:
            raise ExtractionFailed("extraction-crashed", f"pool: {type(exc).__name__}") from None
        try:
            kind, value, reason = await asyncio.wrap_future(future)
        except TimeoutError:
            raise ExtractionFailed("extraction-timeout", f"over {self.options.seconds:g}s") from None
        except Exception as exc:  # the worker died (killed, segfault in a C library)
            raise ExtractionFailed("extraction-crashed", type(exc).__name__) from None
        if kind == "not-article":
            raise NotAnArticle(reason or "not-an-article", value)
        if kind == "failed":
            raise ExtractionFailed(reason or "extraction-failed", value)
        return value

    def close(self) -> None:
        self.pool.stop()
        self.pool.join(timeout=5)
