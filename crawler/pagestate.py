"""What the archive already knows about a URL, so that a re-run fetches only what it must.

Lookups go to SQLite per batch of links (indexed primary keys) instead of a
set of every archived URL in memory: an archive of hundreds of portals over
years holds millions of URLs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterable

import sqlite_utils

from archive.store import utc_now

_BATCH = 500  # SQLite's default limit on bound parameters is far above this


@dataclass(frozen=True)
class Known:
    """One archived URL: an article (with when it was last checked) or another page."""

    kind: str  # article | page | gone
    article_id: int | None = None
    last_checked_at: str | None = None
    fetched_at: str | None = None
    new_links_at: str | None = None


def iso_ago(**delta: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(**delta)).replace(microsecond=0).isoformat()


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


class PageStates:
    """Reads and writes the `page_state` table and the archive's article URLs."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def lookup(self, urls: Iterable[str]) -> dict[str, Known]:
        """Known URLs among these; an article address wins over a page record."""
        urls = list(dict.fromkeys(urls))
        found: dict[str, Known] = {}
        for chunk in _chunks(urls):
            marks = ",".join("?" * len(chunk))
            for url, kind, fetched_at, new_links_at in self.db.execute(
                f"select url, kind, fetched_at, new_links_at from page_state where url in ({marks})", chunk
            ):
                if kind != "article":
                    found[url] = Known(kind, fetched_at=fetched_at, new_links_at=new_links_at)
            for url, article_id, checked in self.db.execute(
                f"select u.url, a.id, a.last_checked_at from article_urls u join articles a on a.id = u.article_id "
                f"where u.url in ({marks})",
                chunk,
            ):
                found[url] = Known("article", article_id=article_id, last_checked_at=checked)
        return found

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.db.execute("select etag, last_modified from page_state where url = ?", [url]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def record(
        self,
        url: str,
        *,
        portal_id: int | None,
        kind: str,
        status: int,
        etag: str | None = None,
        last_modified: str | None = None,
        brought_new: bool = False,
        via_pager: bool = False,
        body: str | None = None,
    ) -> None:
        """Note one fetch; validators only when given (a 304 keeps the stored ones)."""
        now = utc_now()
        row = {"url": url, "portal_id": portal_id, "kind": kind, "status": status, "fetched_at": now,
               "via_pager": int(via_pager)}
        if etag or last_modified:
            row.update(etag=etag, last_modified=last_modified)
        if brought_new:
            row["new_links_at"] = now
        if body is not None:
            row["body"] = body
        with self.db.atomic():
            self.db["page_state"].upsert(row, pk="url")

    def cached_robots(self, url: str, max_age_hours: float) -> tuple[int, str] | None:
        """(status, body) of robots.txt fetched less than max_age_hours ago (RFC 9309 allows 24 h)."""
        row = self.db.execute(
            "select status, body from page_state where url = ? and kind = 'robots' and fetched_at >= ?",
            [url, iso_ago(hours=max_age_hours)],
        ).fetchone()
        return (row[0], row[1] or "") if row else None
