"""Work on page content off the crawl's event loop: worker processes, a time bound and a memory cap.

lxml holds the GIL for long stretches, so a thread would still stall the
reactor; a process pool keeps every portal's downloads going while a page with
a 200,000-cell table is parsed.  Everything whose cost grows with a page's size
runs here, not only extraction: the spider's link extraction (crawler.links),
the near-duplicate signature (in the extraction job: the text is already in
the worker), and the officials named in the text (a job of its own: a text of
megabytes takes a minute; over its bound, the article is stored without them
and the failure counted).

Jobs wait here, not in pebble's first-come queue: a job is handed to pebble
only when a worker is free, to the portal served least recently that may have
one (each portal one job at a time, so a portal of heavy pages gets one worker,
not all).  Two lanes keep a hostile portal from stalling the others: heavy work
-- a page over `heavy_bytes`, or any job of a portal whose last job was slow --
shares all workers but one.  A job that turns out slow on the light lane leaves
it after `slow_seconds`: it becomes heavy, and when the heavy lane is full and a
light job waits, it is stopped and queued again as heavy.  While no light job
comes, heavy jobs may borrow the light lane's worker, and give it back (stopped,
queued again) when one does.  So a fast page of a healthy portal finds a worker
within the time of another fast page, or at worst after one `slow_seconds` try
of each other portal not yet known to be slow.

Pages waiting here are still held by Scrapy's scraper: crawler.holding stops a
portal's downloads while its pages pile up.

pebble's ProcessPool kills a worker whose task runs past its timeout
(concurrent.futures cannot), and one whose task is cancelled; it recycles workers
every `max_tasks` pages so a leak cannot grow forever.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.forkserver
import resource
import signal
import time
from collections import deque
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


def _worker_start(megabytes: int) -> None:
    """Runs in each new worker: its memory cap, and SIGTERM that ends it at once.

    pebble stops a worker (a job over its bound, or taken off the light lane) with
    SIGTERM and waits up to 3 s before SIGKILL, holding the lock of the channel all
    workers share.  Its own handler is Python code, which does not run while lxml is
    in C, so every stop froze the whole pool for 3 s; the default action needs no
    Python.  A worker has nothing to clean up: its job's result is lost either way."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from crawler.poolguard import die_with_parent  # never imported by the crawl itself

    die_with_parent()
    _limit_memory(megabytes)


def _limit_memory(megabytes: int) -> None:
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)  # soft may not exceed hard
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


# crawler.poolguard: imported by the fork server alone, it makes the fork server die with the crawl
WORKER_MODULES = ["crawler.poolguard", "crawler.extractpool", "crawler.links", "crawler.officials.extract"]
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


@dataclass
class _Job:
    """One job of one portal, waiting for a worker or running in one."""
    portal: str
    job: Any
    args: tuple
    what: str
    size: int
    done: asyncio.Future
    heavy: bool = False  # decided when it is given a worker
    preempted: bool = False  # taken off the light lane once: it runs to its bound now
    borrowed: bool = False  # a heavy job on the light lane's worker, while no light job came
    future: Any = None  # pebble's, while running
    wrapped: asyncio.Future | None = None  # the same, on the event loop
    running_since: float | None = None  # when first seen running in a worker


class ExtractionPool:
    """Extract pages in worker processes; `await pool.extract(html, url)`."""

    def __init__(self, options: PoolOptions) -> None:
        self.options = options
        self.pool = self._new_pool()
        self.waiting: dict[str, deque[_Job]] = {}  # portal -> its jobs; the least recently served portal first
        self.running: dict[str, _Job] = {}  # portal -> its one running job
        self.heavy_lane = max(1, options.workers - 1)
        self.light_seen = float("-inf")  # when the last light job came
        self.slow_until: dict[str, float] = {}  # portal -> until when its jobs are heavy
        self.closed = False

    def _new_pool(self) -> ProcessPool:
        # forkserver: workers do not inherit the crawl's threads and reactor.  The fork
        # server imports what the jobs need once, so that a new worker (the first ones,
        # one recycled after max_tasks, one replacing a killed one) starts at once
        # instead of spending seconds on imports while its portal waits.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_MODULES)
        # started from this (the crawl's main) thread: the fork server's parent-death signal
        # (crawler.poolguard) follows the thread that made it, and pebble's manager thread
        # ends with its pool while the fork server serves the next one
        multiprocessing.forkserver.ensure_running()
        return ProcessPool(max_workers=self.options.workers, max_tasks=self.options.max_tasks,
                           initializer=_worker_start, initargs=(self.options.memory_mb,), context=context)

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
        kind, value, extra = await self.run(_extract_job, (html, url, declared, sketch), portal, "extraction", len(html))
        if kind == "not-article":
            raise NotAnArticle(extra or "not-an-article", value)
        return value, extra

    async def officials(self, text: str, portal: str | None = None) -> list[Any]:
        """The officials the text names (crawler.officials); ExtractionFailed when over the bound."""
        return (await self.run(_officials_job, (text,), portal, "officials", len(text.encode())))[1]

    async def links(self, url: str, body: bytes, encoding: str | None, portal: str | None = None) -> tuple[list[str], list[str]]:
        """crawler.links.page_links in a worker: (the page's links, its feeds)."""
        return (await self.run(_links_job, (url, body, encoding), portal, "links", len(body)))[1]

    async def run(self, job: Any, args: tuple, portal: str | None, what: str, size: int) -> tuple[str, Any, Any]:
        """`job(*args)` in a worker, in its portal's turn: ("kind", value, extra), or ExtractionFailed.
        `job` is a function of a module the workers import; `size` (bytes) decides its lane."""
        if self.options.workers < 2:
            future = asyncio.wrap_future(self._submit(_timed_job, (job, args), what))
            try:
                return self._outcome(await future, what)
            except Exception as exc:
                raise self._failure(exc, what) from None
        queued = _Job(portal or "", job, args, what, size, asyncio.get_running_loop().create_future())
        self.waiting.setdefault(queued.portal, deque()).append(queued)
        if not self._is_heavy(queued):
            self.light_seen = time.monotonic()
        self._dispatch()
        return self._outcome(await queued.done, what)

    # -- the fair scheduler: jobs wait here, not in pebble's first-come queue --------

    def _dispatch(self) -> None:
        """Give free workers to the least recently served portals that may have one; a heavy job
        that borrowed the light lane's worker gives it back to a light job."""
        while not self.closed:
            while len(self.running) < self.options.workers:
                queued = self._next_job()
                if queued is None:
                    break
                self._start(queued)
            borrowed = [queued for queued in self.running.values() if queued.borrowed]
            if not borrowed or not self._light_waiting() or not self._requeue(borrowed[-1]):
                return

    def _is_heavy(self, queued: _Job) -> bool:
        return (queued.preempted or queued.size > self.options.heavy_bytes
                or time.monotonic() < self.slow_until.get(queued.portal, 0))

    def _heavy_running(self) -> int:
        return sum(1 for queued in self.running.values() if queued.heavy)

    def _may_borrow(self) -> bool:
        """Whether a heavy job may take the light lane's worker: no light job came for a while (a
        crawl whose portals are all slow would otherwise use one worker of two)."""
        return time.monotonic() - self.light_seen > self.options.slow_seconds and not self._light_waiting()

    def _next_job(self) -> _Job | None:
        heavy_room = self._heavy_running() < self.heavy_lane or self._may_borrow()
        for portal, jobs in self.waiting.items():
            if portal in self.running or (not heavy_room and self._is_heavy(jobs[0])):
                continue
            queued = jobs.popleft()
            del self.waiting[portal]  # served: to the back of the line
            if jobs:
                self.waiting[portal] = jobs
            return queued
        return None

    def _start(self, queued: _Job) -> None:
        if queued.done.done():  # finished after all when it was stopped (a race), or the pool closed
            return
        queued.heavy = self._is_heavy(queued)
        queued.borrowed = queued.heavy and self._heavy_running() >= self.heavy_lane
        try:
            queued.future = self._submit(_timed_job, (queued.job, queued.args), queued.what)
        except ExtractionFailed as exc:
            queued.done.set_exception(exc)
            return
        self.running[queued.portal] = queued
        loop = asyncio.get_running_loop()
        queued.wrapped = asyncio.wrap_future(queued.future)
        queued.wrapped.add_done_callback(lambda done: self._finished(queued, done))
        if not queued.heavy:
            loop.call_later(0.1, self._overstayed, queued)  # most jobs are done by then

    def _overstayed(self, queued: _Job) -> None:
        """A light job still running after slow_seconds: its portal is slow.  It moves to the heavy
        lane; when that lane is full and a light job waits, it is stopped and queued again as heavy,
        so that the light lane is never held longer than slow_seconds."""
        if self.running.get(queued.portal) is not queued or queued.future.done():
            return
        if not queued.future.running():  # still waiting for a worker (one being replaced): not its fault
            asyncio.get_running_loop().call_later(0.1, self._overstayed, queued)
            return
        if queued.running_since is None:  # first seen in a worker: it gets slow_seconds from now
            queued.running_since = time.monotonic()
            asyncio.get_running_loop().call_later(self.options.slow_seconds, self._overstayed, queued)
            return
        self.slow_until[queued.portal] = time.monotonic() + self.options.slow_memory
        queued.heavy = True
        if self._heavy_running() <= self.heavy_lane or not self._light_waiting():
            return
        queued.preempted = self._requeue(queued)
        self._dispatch()

    def _requeue(self, queued: _Job) -> bool:
        """Stop a running job (pebble stops its worker and starts another) and put it back first
        in its portal's line; False when it has just finished (its result is on its way)."""
        if not queued.future.cancel():
            return False
        del self.running[queued.portal]
        queued.wrapped, queued.running_since, queued.borrowed = None, None, False
        self.waiting[queued.portal] = deque([queued, *self.waiting.pop(queued.portal, ())])
        return True

    def _light_waiting(self) -> bool:
        return any(portal not in self.running and not self._is_heavy(jobs[0]) for portal, jobs in self.waiting.items())

    def _finished(self, queued: _Job, done: asyncio.Future) -> None:
        if done is not queued.wrapped:
            return  # a run stopped by _requeue: the job waits again
        del self.running[queued.portal]
        if queued.done.done():
            pass
        elif done.cancelled():
            queued.done.cancel()
        elif done.exception() is not None:
            self._mark_slow(queued.portal, self.options.seconds)  # over its bound, or crashed
            queued.done.set_exception(self._failure(done.exception(), queued.what))
        else:
            self._mark_slow(queued.portal, done.result()[0])
            queued.done.set_result(done.result())
        self._dispatch()

    def _mark_slow(self, portal: str, seconds: float) -> None:
        if seconds > self.options.slow_seconds:
            self.slow_until[portal] = time.monotonic() + self.options.slow_memory

    # -- pebble ---------------------------------------------------------------------

    def _submit(self, job: Any, args: tuple, what: str) -> Any:
        try:
            return self._schedule(job, args)
        except Exception as exc:
            raise ExtractionFailed(f"{what}-crashed", f"pool: {type(exc).__name__}") from None

    def _failure(self, exc: BaseException, what: str) -> ExtractionFailed:
        if isinstance(exc, ExtractionFailed):
            return exc
        if isinstance(exc, TimeoutError):
            return ExtractionFailed(f"{what}-timeout", f"over {self.options.seconds:g}s")
        return ExtractionFailed(f"{what}-crashed", type(exc).__name__)  # the worker died (killed, a segfault)

    def _outcome(self, done: tuple[float, tuple[str, Any, Any]], what: str) -> tuple[str, Any, Any]:
        _, (kind, value, extra) = done
        if kind == "failed":
            raise ExtractionFailed(extra or f"{what}-failed", value)
        return kind, value, extra

    def close(self) -> None:
        self.closed = True  # the ends of the jobs pebble cancels now must not start others
        for jobs in self.waiting.values():
            for queued in jobs:
                queued.done.cancel()
        self.waiting.clear()
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
