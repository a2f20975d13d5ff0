"""Which archived articles a run fetches again, to catch edits and deletions.

Recent articles (published in the last PORTAL_ARCHIVE_RECENT_DAYS) change most:
they are re-checked once every PORTAL_ARCHIVE_RECHECK_RECENT_HOURS.  Older ones
are re-checked every PORTAL_ARCHIVE_RECHECK_OLD_DAYS, but at most
PORTAL_ARCHIVE_RECHECK_OLD_PER_RUN per portal and run, least recently checked
first: after the first crawl they all fall due together, and the cap turns that
wave into a rotating share spread over many hourly runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from crawler.pagestate import iso_ago


@dataclass(frozen=True)
class RecheckPolicy:
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


def due_articles(db: sqlite_utils.Database, portal_id: int, policy: RecheckPolicy) -> list[tuple[int, str]]:
    """(article id, url) of this portal's articles due for a re-check, recent ones first."""
    recent_since = (date.today() - timedelta(days=policy.recent_days)).isoformat()
    # An article without a date counts as recent while it is new to the archive.
    is_recent = "coalesce(substr(published_at, 1, 10), substr(first_seen_at, 1, 10)) >= ?"
    recent = db.execute(
        f"select id, url from articles where portal_id = ? and {is_recent} "
        "and coalesce(last_checked_at, '') < ? order by last_checked_at limit ?",
        [portal_id, recent_since, iso_ago(hours=policy.recent_every_hours), policy.recent_per_run],
    ).fetchall()
    old = db.execute(
        f"select id, url from articles where portal_id = ? and not ({is_recent}) "
        "and coalesce(last_checked_at, '') < ? order by last_checked_at limit ?",
        [portal_id, recent_since, iso_ago(days=policy.old_every_days), policy.old_per_run],
    ).fetchall()
    return [(row[0], row[1]) for row in [*recent, *old]]
