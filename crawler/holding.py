"""Held portals: no new downloads for a portal whose pages pile up in the scraper.

Scrapy stops downloading for every portal once the responses being processed
hold SCRAPER_SLOT_MAX_ACTIVE_SIZE bytes.  A portal answers far quicker than its
pages are extracted (one job of a portal at a time, crawler.extractpool), so a
portal of multi-megabyte pages alone would fill that cap and stall every other
portal.  Here the scheduler's queue hands the downloader no request of a portal
whose pages in the scraper reach PORTAL_ARCHIVE_PORTAL_HOLD_BYTES, or its share
of half that cap; the others go on.  Nor of a portal whose download slot is
busy: the engine would otherwise hand the downloader up to CONCURRENT_REQUESTS
requests at once, all of one portal when it alone has work, and those are
downloaded whether or not their portal is held by then (the downloader's own
count of a slot's requests only starts after its middlewares).

What the scraper holds is read from Scrapy's own scraper slot (the requests it
is processing), so nothing has to be counted in and out.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from scrapy import Request, signals
from scrapy.pqueues import DownloaderAwarePriorityQueue, DownloaderInterface
from twisted.internet import reactor

SIZE_KEY = "portal_archive_response_bytes"
RECHECK_SECONDS = 0.25  # while a portal is held, the engine asks the queue again this often


def note_size(response: Any, request: Request, spider: Any = None) -> None:
    """response_received: the body's size, on the request the scraper will hold."""
    request.meta[SIZE_KEY] = len(response.body)


def scraper_bytes(scraper_slot: Any) -> Counter:
    """Bytes of the pages each portal has in the scraper (queued or being processed)."""
    requests = [*scraper_slot.active, *(request for _, request, _ in scraper_slot.queue)]
    held: Counter = Counter()
    for request in requests:
        portal = request.meta.get("portal_url")
        if portal:
            held[portal] += request.meta.get(SIZE_KEY, 0)
    return held


def held_portals(by_portal: Counter, per_portal: int, total: int) -> set[str]:
    """Portals at `per_portal` bytes, or at their share of `total` once all together pass it."""
    holders = [portal for portal, size in by_portal.items() if size > 0]
    limit = min(per_portal, total // max(1, len(holders)))
    return {portal for portal in holders if by_portal[portal] >= limit}


class _HoldingDownloaderInterface(DownloaderInterface):
    """The slots the queue may choose from: those with room for a download now, of portals not held."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.crawler = crawler
        self.per_portal = crawler.settings.getint("PORTAL_ARCHIVE_PORTAL_HOLD_BYTES", 8 * 1024 * 1024)
        self.total = crawler.settings.getint("SCRAPER_SLOT_MAX_ACTIVE_SIZE", 5_000_000) // 2
        self.portals_of_slot: dict[str, set[str]] = {}  # download slot -> the portals its requests are for
        self.recheck: Any = None  # the pending call that wakes the engine

    def stats(self, possible_slots: Iterable[str]) -> list[tuple[int, str]]:
        held = self._held()
        # the downloader's own count per slot starts only once a request is through its
        # middlewares (a few turns of the event loop): count every request it has been given
        given = Counter(self.get_slot_key(request) for request in self.downloader.active)
        chosen = [(active, slot) for active, slot in super().stats(possible_slots)
                  if given[slot] < self._room(slot) and not self.portals_of_slot.get(slot, set()) & held]
        if held and not chosen:
            self._wake_later()
        return chosen

    def _room(self, slot: str) -> int:
        known = self.downloader.slots.get(slot)
        return known.concurrency if known is not None else 1

    def _held(self) -> set[str]:
        scraper_slot = getattr(self.crawler.engine.scraper, "slot", None)
        if scraper_slot is None:
            return set()
        return held_portals(scraper_bytes(scraper_slot), self.per_portal, self.total)

    def _wake_later(self) -> None:
        # The queue said it had nothing to give: the engine otherwise asks again only on its next
        # download's end or heartbeat (5 s), long after the held portal's pages have drained.
        if self.recheck is None or not self.recheck.active():
            self.recheck = reactor.callLater(RECHECK_SECONDS, self._wake)

    def _wake(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()


class PortalAwarePriorityQueue(DownloaderAwarePriorityQueue):
    """Least busy download slot first, as Scrapy's, skipping busy slots and held portals."""

    def __init__(self, crawler: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(crawler, *args, **kwargs)
        self._downloader_interface = _HoldingDownloaderInterface(crawler)
        crawler.signals.connect(note_size, signal=signals.response_received)

    def push(self, request: Request) -> None:
        super().push(request)
        portal = request.meta.get("portal_url")
        if portal:  # portals on one host share its download slot, and are held together
            slot = self._downloader_interface.get_slot_key(request)
            self._downloader_interface.portals_of_slot.setdefault(slot, set()).add(portal)
