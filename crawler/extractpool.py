"""Work on page content off the crawl's event loop: worker processes, a time bound and a memory cap.

lxml holds the GIL for long stretches, so a thread would still stall the
reactor; a process pool keeps every portal's downloads going while a page with
a 200,000-cell table is parsed.  Everything whose cost grows with a page's size
runs here, not only extraction: the spider's link extraction (crawler.links),
the near-duplicate signature (in the extraction job: the text is already in
the worker), and the officials named in the text (a job of its own: a text of
megabytes takes a minute; over its bound, the article is stored without them
and the failure counted).

Two lanes keep a hostile portal from stalling the others.  Each portal has one
job at a time (a portal of heavy pages gets one worker, not all), and heavy
work -- a page over `heavy_bytes`, or any job of a portal whose last job was
slow -- shares all workers but one, so a fast page of a healthy portal always
finds a worker within the time of another fast page.  pebble's ProcessPool kills a worker whose task
runs past its timeout (concurrent.futures cannot), and recycles workers every
`max_tasks` pages so a leak cannot grow forever.
"""
from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import resource
import time
from dataclasses import dataclass
from typing import Any

from pebble import ProcessPool
from scrapy import signals

from archive.minhash import Signature, Sketcher, SketchParams
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
    heavy_bytes: int = 512 * 1024  # a larger page goes to the heavy lane
    slow_seconds: float = 1.0  # a portal whose job took longer ...
    slow_memory: float = 60.0  # ... sends its jobs to the heavy lane this long

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


WORKER_MODULES = ["crawler.extractpool", "crawler.links", "crawler.officials.extract"]
_SKETCHERS: dict[SketchParams, Sketcher] = {}  # per worker process


def _signature(text: str, params: SketchParams | None) -> Signature | None:
    if params is None:
        return None
    if params not in _SKETCHERS:
        _SKETCHERS[params] = Sketcher(params)
    return _SKETCHERS[params].signature(text)


def _extract_job(html: bytes, url: str | None, declared: str | None, sketch: SketchParams | None) -> tuple[str, Any, Any]:
    """Runs in a worker: ("article", Extracted, its signature) or ("not-article", message, reason).

    NotAnArticle is returned, not raised, so that its reason survives pickling.
    """
    try:
        extracted = extract(html, url, declared)
        return ("article", extracted, _signature(extracted.text, sketch))
    except NotAnArticle as exc:
        if exc.reason == "extraction-error":  # a bug in extraction, not a verdict on the page
            return ("failed", exc.message, exc.reason)
        return ("not-article", exc.message, exc.reason)
    except MemoryError:
        return ("failed", "memory cap reached", "extraction-memory")


def _timed_job(job: Any, args: tuple) -> tuple[float, tuple[str, Any, Any]]:
    """Runs in a worker: (seconds the job took there, its result)."""
    started = time.monotonic()
    result = job(*args)
    return time.monotonic() - started, result


def _links_job(url: str, body: bytes, encoding: str | None) -> tuple[str, Any, Any]:
    from crawler.links import page_links

    return ("links", page_links(url, body, encoding), None)


def _officials_job(text: str) -> tuple[str, Any, Any]:
    from crawler.officials.extract import extract_officials  # its lexicon loads once per worker

    try:
        return ("officials", extract_officials(text), None)
    except MemoryError:
        return ("failed", "memory cap reached", "officials-memory")
    except Exception as exc:  # a bug in a rule: the article is still stored, without its officials
        return ("failed", f"{type(exc).__name__}: {exc}", "officials-error")


class ExtractionPool:
    """Extract pages in worker processes; `await pool.extract(html, url)`."""

    def __init__(self, options: PoolOptions) -> None:
        self.options = options
        self.pool = self._new_pool()
        self.turns: dict[str, asyncio.Semaphore] = {}  # one job at a time per portal
        self.heavy_lane = asyncio.Semaphore(max(1, options.workers - 1))
        self.slow_until: dict[str, float] = {}  # portal -> until when its jobs are heavy

    def _new_pool(self) -> ProcessPool:
        # forkserver: workers do not inherit the crawl's threads and reactor.  The fork
        # server imports what the jobs need once, so that a new worker (the first ones,
        # one recycled after max_tasks, one replacing a killed one) starts at once
        # instead of spending seconds on imports while its portal waits.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_MODULES)
        return ProcessPool(max_workers=self.options.workers, max_tasks=self.options.max_tasks,
                           initializer=_limit_memory, initargs=(self.options.memory_mb,), context=context)

    def _schedule(self, job: Any, args: tuple) -> Any:
        try:
            return self.pool.schedule(job, args=args, timeout=self.options.seconds or None)
        except RuntimeError:  # the pool broke (a worker killed from outside): a new one, once
            self.pool.stop()
            self.pool = self._new_pool()
            return self.pool.schedule(job, args=args, timeout=self.options.seconds or None)

    async def extract(self, html: bytes, url: str | None, portal: str | None = None, declared: str | None = None,
                      sketch: SketchParams | None = None) -> tuple[Extracted, Signature | None]:
        """The page's article (`declared`: the charset its Content-Type header names) and, when
        `sketch` is given, its near-duplicate signature."""
        kind, value, extra = await self._run(_extract_job, (html, url, declared, sketch), portal, "extraction", len(html))
        if kind == "not-article":
            raise NotAnArticle(extra or "not-an-article", value)
        return value, extra

    async def officials(self, text: str, portal: str | None = None) -> list[Any]:
        """The officials the text names (crawler.officials); ExtractionFailed when over the bound."""
        return (await self._run(_officials_job, (text,), portal, "officials", len(text.encode())))[1]

    async def links(self, url: str, body: bytes, encoding: str | None, portal: str | None = None) -> tuple[list[str], list[str]]:
        """crawler.links.page_links in a worker: (the page's links, its feeds)."""
        return (await self._run(_links_job, (url, body, encoding), portal, "links", len(body)))[1]

    async def _run(self, job: Any, args: tuple, portal: str | None, what: str, size: int) -> tuple[str, Any, Any]:
        if self.options.workers < 2:
            return (await self._await(job, args, what))[1]
        key = portal or ""
        async with self.turns.setdefault(key, asyncio.Semaphore(1)):
            heavy = size > self.options.heavy_bytes or time.monotonic() < self.slow_until.get(key, 0)
            async with self.heavy_lane if heavy else contextlib.nullcontext():
                seconds = self.options.seconds  # a job over its bound, or crashed, counts as slow
                try:
                    seconds, result = await self._await(job, args, what)
                finally:
                    if seconds > self.options.slow_seconds:
                        self.slow_until[key] = time.monotonic() + self.options.slow_memory
                return result

    async def _await(self, job: Any, args: tuple, what: str) -> tuple[float, tuple[str, Any, Any]]:
        """(seconds the job took in its worker, its result)."""
        try:
            future = self._schedule(_timed_job, (job, args))
        except Exception as exc:
            raise ExtractionFailed(f"{what}-crashed", f"pool: {type(exc).__name__}") from None
        try:
            seconds, (kind, value, extra) = await asyncio.wrap_future(future)
        except TimeoutError:
            raise ExtractionFailed(f"{what}-timeout", f"over {self.options.seconds:g}s") from None
        except Exception as exc:  # the worker died (killed, segfault in a C library)
            raise ExtractionFailed(f"{what}-crashed", type(exc).__name__) from None
        if kind == "failed":
            raise ExtractionFailed(extra or f"{what}-failed", value)
        return seconds, (kind, value, extra)

    def close(self) -> None:
        self.pool.stop()
        self.pool.join(timeout=5)


def crawl_pool(crawler: Any) -> ExtractionPool | None:
    """The crawl's one pool, shared by the pipelines (made on first use, closed with the spider);
    None with PORTAL_ARCHIVE_EXTRACT_WORKERS=0 (work in this process, for debugging)."""
    pool = getattr(crawler, "portal_archive_pool", None)
    if pool is None:
        options = PoolOptions.from_settings(crawler.settings)
        if options.workers <= 0:
            return None
        pool = crawler.portal_archive_pool = ExtractionPool(options)

        def closed(spider: Any = None) -> None:
            pool.close()
            crawler.portal_archive_pool = None

        crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)
    return pool
