"""Crawl state: what the crawler knows between runs, and the only SQL it runs on the archive.

One owner for the tables a crawl reads and writes besides the articles
themselves: `page_state` (every fetched or queued URL, its validators),
`portal_state` and `portal_runs` (health across runs), `frontier_shapes`
(what each URL shape of a portal has yielded), `crawl_runs`, and the
selection of articles due for a re-check.  Every write is one transaction.

Lookups go to SQLite per batch of links (indexed primary keys) instead of a
set of every archived URL in memory: an archive of hundreds of portals over
years holds millions of URLs.
"""
from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

import sqlite_utils

_BATCH = 500  # well under SQLite's limit on bound parameters


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def iso_ago(**delta: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(**delta)).replace(microsecond=0).isoformat()


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


@dataclass(frozen=True)
class Known:
    """One URL the archive knows: an article (with when it was last checked) or another page.

    kind: article | page | gone | blocked | queued (scheduled by an earlier run, not fetched yet)
    """

    kind: str
    article_id: int | None = None
    last_checked_at: str | None = None
    fetched_at: str | None = None
    new_links_at: str | None = None


@dataclass(frozen=True)
class RecheckPolicy:
    """Which archived articles a run fetches again, to catch edits and deletions.

    Recent articles change most: they are re-checked every `recent_every_hours`.
    Older ones every `old_every_days`, but at most `old_per_run` per portal and
    run, least recently checked first: after the first crawl they all fall due
    together, and the cap turns that wave into a rotating share of many runs.
    """

    recent_days: int = 30
    recent_every_hours: float = 24
    recent_per_run: int = 200
    old_every_days: float = 90
    old_per_run: int = 10

    @classmethod
    def from_settings(cls, settings: Any) -> "RecheckPolicy":
        return cls(
            recent_days=settings.getint("PORTAL_ARCHIVE_RECENT_DAYS", cls.recent_days),
            recent_every_hours=settings.getfloat("PORTAL_ARCHIVE_RECHECK_RECENT_HOURS", cls.recent_every_hours),
            recent_per_run=settings.getint("PORTAL_ARCHIVE_RECHECK_RECENT_PER_RUN", cls.recent_per_run),
            old_every_days=settings.getfloat("PORTAL_ARCHIVE_RECHECK_OLD_DAYS", cls.old_every_days),
            old_per_run=settings.getint("PORTAL_ARCHIVE_RECHECK_OLD_PER_RUN", cls.old_per_run),
        )


class CrawlState:
    """Reads and writes the crawl's own tables of one archive database."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- page state ----------------------------------------------------------------

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

    def record_page(
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

    def queue(self, portal_id: int | None, links: Iterable[tuple[str, str]]) -> None:
        """Remember scheduled (url, shape) pairs not fetched yet, so that a run cut short by its
        budget, its clock or kill -9 leaves its frontier for the next run to resume."""
        rows = [{"url": url, "portal_id": portal_id, "kind": "queued", "shape": shape, "fetched_at": utc_now()}
                for url, shape in links]
        if rows:
            with self.db.atomic():
                self.db["page_state"].insert_all(rows, pk="url", ignore=True)

    def queued(self, portal_id: int, limit: int, max_age_days: float = 30) -> list[str]:
        """URLs an earlier run scheduled and never fetched, oldest first."""
        rows = self.db.execute(
            "select url from page_state where portal_id = ? and kind = 'queued' and fetched_at >= ? "
            "order by fetched_at limit ?",
            [portal_id, iso_ago(days=max_age_days), limit],
        )
        return [url for (url,) in rows]

    def cached_robots(self, url: str, max_age_hours: float) -> tuple[int, str] | None:
        """(status, body) of robots.txt fetched less than max_age_hours ago (RFC 9309 allows 24 h)."""
        row = self.db.execute(
            "select status, body from page_state where url = ? and kind = 'robots' and fetched_at >= ?",
            [url, iso_ago(hours=max_age_hours)],
        ).fetchone()
        return (row[0], row[1] or "") if row else None

    # -- articles: re-checks ---------------------------------------------------------

    def due_articles(self, portal_id: int, policy: RecheckPolicy) -> list[tuple[int, str]]:
        """(article id, url) of this portal's articles due for a re-check, recent ones first."""
        recent_since = (date.today() - timedelta(days=policy.recent_days)).isoformat()
        # An article without a date counts as recent while it is new to the archive.
        is_recent = "coalesce(substr(published_at, 1, 10), substr(first_seen_at, 1, 10)) >= ?"
        recent = self.db.execute(
            f"select id, url from articles where portal_id = ? and {is_recent} "
            "and coalesce(last_checked_at, '') < ? order by last_checked_at limit ?",
            [portal_id, recent_since, iso_ago(hours=policy.recent_every_hours), policy.recent_per_run],
        ).fetchall()
        old = self.db.execute(
            f"select id, url from articles where portal_id = ? and not ({is_recent}) "
            "and coalesce(last_checked_at, '') < ? order by last_checked_at limit ?",
            [portal_id, recent_since, iso_ago(days=policy.old_every_days), policy.old_per_run],
        ).fetchall()
        return [(row[0], row[1]) for row in [*recent, *old]]

    def touch_checked(self, article_id: int) -> None:
        """A re-check fetched the article again (the store decides whether it changed)."""
        with self.db.atomic():
            self.db.execute("update articles set last_checked_at = ? where id = ?", [utc_now(), article_id])

    def record_check(self, article_id: int, checked_at: str | None = None) -> None:
        """The article was re-checked and is unchanged (e.g. 304 Not Modified)."""
        at = checked_at or utc_now()
        with self.db.atomic():
            self.db["articles"].update(article_id, {"last_checked_at": at, "last_seen_at": at, "deleted_at": None})

    def mark_deleted(self, article_id: int, checked_at: str | None = None) -> bool:
        """The article is gone from its portal: keep it, note since when.  True if newly marked."""
        at = checked_at or utc_now()
        with self.db.atomic():
            cursor = self.db.execute(
                "update articles set deleted_at = coalesce(deleted_at, ?), last_checked_at = ? where id = ?",
                [at, at, article_id],
            )
            newly = self.db.execute("select deleted_at = ? from articles where id = ?", [at, article_id]).fetchone()
        return bool(cursor.rowcount and newly and newly[0])

    def earliest_published(self, portal_id: int) -> str | None:
        """The oldest publication date the portal has been seen with (bounds walks into the past)."""
        row = self.db.execute("select min(substr(published_at, 1, 10)) from articles where portal_id = ? "
                              "and published_at >= '1990'", [portal_id]).fetchone()
        return row[0] if row else None

    # -- portals -------------------------------------------------------------------------

    def full_crawl_done(self, portal_id: int) -> bool:
        """Has the portal been walked to the end once (its first, full crawl)?"""
        return self.db.execute(
            "select 1 from portal_state where portal_id = ? and full_crawl_at is not null", [portal_id]
        ).fetchone() is not None

    def portal_state(self, portal_id: int) -> dict[str, Any]:
        try:
            return self.db["portal_state"].get(portal_id)
        except sqlite_utils.db.NotFoundError:
            return {}

    def update_portal_state(self, portal_id: int, changes: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db["portal_state"].upsert({"portal_id": portal_id, **changes}, pk="portal_id")

    def portals_in_backoff(self, urls: Iterable[str]) -> set[str]:
        """Portal URLs whose backoff (after failing runs in a row) has not expired yet."""
        rows = self.db.execute(
            "select p.url from portal_state s join portals p on p.id = s.portal_id where s.backoff_until > ?",
            [utc_now()],
        )
        wanted = set(urls)
        return {url for (url,) in rows if url in wanted}

    def portal_changes_since(self, portal_id: int, since: str) -> dict[str, int]:
        """Articles new, updated and deleted on this portal since a moment (a run's start)."""
        one = lambda sql: self.db.execute(sql, [portal_id, since]).fetchone()[0]  # noqa: E731
        return {
            "new": one("select count(*) from articles where portal_id = ? and first_seen_at >= ?"),
            "updated": one("select count(distinct v.article_id) from article_versions v join articles a "
                           "on a.id = v.article_id where a.portal_id = ? and v.replaced_at >= ?"),
            "deleted": one("select count(*) from articles where portal_id = ? and deleted_at >= ?"),
        }

    def record_portal_run(self, row: dict[str, Any], state: dict[str, Any] | None = None) -> None:
        """One portal_runs row, and the portal's state across runs, in one transaction."""
        with self.db.atomic():
            self.db["portal_runs"].insert(row)
            if state is not None:
                self.db["portal_state"].upsert({"portal_id": row["portal_id"], **state}, pk="portal_id")

    def run_figures(self, run_id: int) -> dict[str, Any]:
        """What happened to each portal in one run, for the crawl summary."""
        db = self.db
        kinds: dict[str, int] = {}
        for (raw,) in db.execute("select errors_by_kind from portal_runs where run_id = ? and errors_by_kind is not null",
                                 [run_id]):
            for kind, n in json.loads(raw).items():
                kinds[kind] = kinds.get(kind, 0) + n
        return {
            "portal_status": dict(db.execute("select status, count(*) from portal_runs where run_id = ? group by status",
                                             [run_id]).fetchall()),
            "deleted": db.execute("select coalesce(sum(deleted), 0) from portal_runs where run_id = ?", [run_id]).fetchone()[0],
            "errors_by_kind": kinds,
            "failed": db.execute(
                "select p.url, s.last_error, s.consecutive_failures, s.backoff_until from portal_runs r "
                "join portals p on p.id = r.portal_id left join portal_state s on s.portal_id = r.portal_id "
                "where r.run_id = ? and r.status = 'failed' order by p.url", [run_id]).fetchall(),
            "cut_short": db.execute("select count(*) from portal_runs where run_id = ? and stopped_by is not null",
                                    [run_id]).fetchone()[0],
            "attention": db.execute("select count(distinct portal_id) from portals_needing_attention").fetchone()[0],
        }

    # -- frontier shapes -------------------------------------------------------------------

    def load_shapes(self, portal_id: int) -> list[dict[str, Any]]:
        """What each URL shape of the portal yielded in earlier runs (crawler.frontier)."""
        return [dict(row) for row in self.db["frontier_shapes"].rows_where("portal_id = ?", [portal_id])]

    def save_shapes(self, portal_id: int, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row["portal_id"] = portal_id
            if isinstance(row.get("children"), dict):
                row["children"] = json.dumps(row["children"], sort_keys=True)
        if rows:
            with self.db.atomic():
                self.db["frontier_shapes"].upsert_all(rows, pk=("portal_id", "shape"))

    # -- crawl runs ----------------------------------------------------------------------

    def start_run(self, portals: int) -> int:
        with self.db.atomic():
            return self.db["crawl_runs"].insert({"started_at": utc_now(), "status": "running", "portals": portals,
                                                 "pid": os.getpid(), "host": socket.gethostname()}).last_pk

    def finish_run(self, run_id: int, status: str, counts: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db["crawl_runs"].update(run_id, {**counts, "status": status, "finished_at": utc_now()})

    def interrupt_stale_runs(self) -> int:
        """Runs still 'running' when a new run holds the lock died (kill -9, power loss)."""
        with self.db.atomic():
            return self.db.execute(
                "update crawl_runs set status = 'interrupted', finished_at = coalesce(finished_at, ?) "
                "where status = 'running'",
                [utc_now()],
            ).rowcount
