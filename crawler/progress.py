"""Know when a portal is finished, so its figures and progress line come at once.

Scrapy has no per-site "done" event.  Every request the spider makes carries
its portal and a tracking id (kept by retries and redirects, which copy meta);
an id is live from `request_scheduled` until the spider's callback or errback
has finished with it (or the scheduler drops it).  A portal is finished when
its entry requests are all out and no id is live.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Callable

from scrapy import Request, signals

# Custom signals (Scrapy accepts any object as a signal).
portal_opening = object()  # portal_url: its entry requests are about to be yielded
portal_opened = object()  # portal_url: all its entry requests are out
request_issued = object()  # request: the spider made it (it is live until processed)
request_processed = object()  # request: its callback or errback output is all out
portal_error = object()  # portal_url, kind, url: a request failed for good
portal_finished = object()  # portal_url, status: nothing left to do for this portal
request_skipped = object()  # portal_url, reason, url: the frontier chose not to request a link
shape_cut = object()  # portal_url, shape: the frontier cut a URL shape off for yielding nothing


class PortalTracker:
    """Live request ids per portal; calls `on_finished(portal_url)` when one drains."""

    def __init__(self, on_finished: Callable[[str], None]) -> None:
        self.on_finished = on_finished
        self.live: dict[str, set[int]] = defaultdict(set)
        self.opening: set[str] = set()
        self.finished: set[str] = set()

    def open(self, portal: str) -> None:
        self.opening.add(portal)

    def opened(self, portal: str) -> None:
        self.opening.discard(portal)
        self._check(portal)

    def add(self, portal: str, track_id: int) -> None:
        self.live[portal].add(track_id)

    def remove(self, portal: str, track_id: int) -> None:
        self.live[portal].discard(track_id)
        self._check(portal)

    def unfinished(self) -> list[str]:
        started = set(self.live) | self.opening
        return sorted(started - self.finished)

    def _check(self, portal: str) -> None:
        if portal in self.opening or self.live[portal] or portal in self.finished:
            return
        self.finished.add(portal)
        self.on_finished(portal)


class RequestDoneMiddleware:
    """Spider middleware, outermost: a portal's request is live from the moment it
    leaves the spider (start() or a callback) until its callback's output has all
    left the spider in turn.

    Counting children as they pass, before their parent is let go, keeps a portal
    from looking finished between the two; the callback's own `finally` would not
    do, since Scrapy may read a callback's whole output before scheduling any of it.

    A page handed to the item pipelines keeps its request live until they are
    done with it (extraction runs in worker processes and may take seconds), so
    that its portal's figures count it.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RequestDoneMiddleware":
        mw = cls(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(mw.item_done, signal=signal)
        return mw

    def _issued(self, element: Any, response: Any = None) -> None:
        if isinstance(element, Request) and "track_id" in element.meta:
            self.crawler.signals.send_catch_log(request_issued, request=element)
        elif response is not None and not isinstance(element, Request) and "track_id" in response.meta:
            response.meta["items_pending"] = response.meta.get("items_pending", 0) + 1

    def _done(self, response: Any) -> None:
        response.meta["output_done"] = True
        if not response.meta.get("items_pending"):
            self.crawler.signals.send_catch_log(request_processed, request=response.request)

    def item_done(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        if response is None or not response.meta.get("items_pending"):
            return
        response.meta["items_pending"] -= 1
        if not response.meta["items_pending"] and response.meta.get("output_done"):
            self.crawler.signals.send_catch_log(request_processed, request=response.request)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for element in start:
            self._issued(element)
            yield element

    def process_spider_output(self, response: Any, result: Iterable[Any], spider: Any = None) -> Iterator[Any]:
        try:
            for element in result:
                self._issued(element, response)
                yield element
        finally:
            self._done(response)

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any], spider: Any = None) -> AsyncIterator[Any]:
        try:
            async for element in result:
                self._issued(element, response)
                yield element
        finally:
            self._done(response)
