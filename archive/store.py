"""The archive: one SQLite file, written by crawls, read by Datasette.

Every write of one article (row and its search index, raw HTML, alias URLs,
old version, near-duplicate link) happens in one transaction, so a crawl killed
at any moment leaves either the old state or the new one.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

import sqlite_utils

from archive.crawlstate import CrawlState, utc_now
from archive.officials import save_mentions
from archive.schema import ensure_schema

DEFAULT_DB = "archive.db"
BUSY_TIMEOUT_MS = 30_000

ARTICLE_FIELDS = ("title", "published_at", "author", "source", "category", "text", "cms", "page_kind")
PORTAL_FIELDS = ("name", "level", "province", "district", "commune")


def default_db_path() -> str:
    """`--db` default: $PORTAL_ARCHIVE_DB, else archive.db in the working directory."""
    return os.environ.get("PORTAL_ARCHIVE_DB") or DEFAULT_DB




def content_hash(title: str | None, text: str | None) -> str:
    """What counts as a change of an article: its title or its text."""
    return hashlib.sha1(f"{title or ''}\n{text or ''}".encode("utf-8")).hexdigest()


def line_diff(old_title: str | None, old_text: str | None, new_title: str | None, new_text: str | None) -> str:
    """A readable diff of two versions, one paragraph per line: "- old" / "+ new"."""
    old_lines = [f"# {old_title or ''}", *(old_text or "").splitlines()]
    new_lines = [f"# {new_title or ''}", *(new_text or "").splitlines()]
    return "\n".join(
        line for line in difflib.ndiff(old_lines, new_lines) if line[:1] in "+-"
    )


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the archive file with WAL and a busy timeout, so readers never block writers."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class DuplicateLinker(Protocol):
    """What the store asks of near-duplicate detection (archive.dedup implements it)."""

    def assign(self, db: sqlite_utils.Database, article_id: int, signature: Any | None) -> int | None:
        """Set `duplicate_of` for the article (re-pointing its cluster if needed)."""


@dataclass
class SaveResult:
    article_id: int
    status: str  # new | updated | unchanged | alias (same title and text as an article of the portal)
    duplicate_of: int | None = None


class Archive:
    """The archive database and the writes the crawler makes to it."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.db = sqlite_utils.Database(connect(path, readonly=readonly))
        if not readonly:
            ensure_schema(self.db)
        self.linker: DuplicateLinker | None = None
        self.crawl = CrawlState(self.db)  # the crawl's own tables: page and portal state, frontier, runs

    def close(self) -> None:
        self.db.conn.close()

    # -- portals -----------------------------------------------------------------

    def upsert_portal(self, portal: dict[str, Any]) -> int:
        """Insert or update a portal by its URL; returns its id."""
        row = {k: portal.get(k) or None for k in PORTAL_FIELDS}
        row["url"] = portal["url"]
        row["host"] = portal.get("host")
        row["start_urls"] = " ".join(portal.get("start_urls") or []) or None
        extra = portal.get("extra") or {}
        row["extra"] = json.dumps(extra, ensure_ascii=False) if extra else None
        with self.db.atomic():
            existing = self.portal_id(row["url"])
            if existing is None:
                row["added_at"] = utc_now()
                return self.db["portals"].insert(row).last_pk
            self.db["portals"].update(existing, {k: v for k, v in row.items() if v is not None})
            return existing

    def portal_id(self, url: str) -> int | None:
        found = self.db.execute("select id from portals where url = ?", [url]).fetchone()
        return found[0] if found else None

    def portals(self) -> list[dict[str, Any]]:
        return list(self.db["portals"].rows_where(order_by="id"))

    # -- articles ----------------------------------------------------------------

    def article_id_for_url(self, url: str) -> int | None:
        """The article stored under this canonical URL or reached before by this URL."""
        found = self.db.execute(
            "select id from articles where url = ? union all "
            "select article_id from article_urls where url = ? limit 1",
            [url, url],
        ).fetchone()
        return found[0] if found else None

    def same_content(self, portal_id: int | None, content: str, page_kind: str | None = None) -> int | None:
        """An article of this portal with exactly this content hash, kept as the same kind of page."""
        found = self.db.execute(
            "select id from articles where content_hash = ? and portal_id is ? "
            "and coalesce(page_kind, 'article') = coalesce(?, 'article') limit 1",
            [content, portal_id, page_kind]).fetchone()
        return found[0] if found else None

    def save_article(
        self,
        article: dict[str, Any],
        *,
        portal_id: int | None,
        html: bytes | None = None,
        fetched_url: str | None = None,
        encoding: str | None = None,
        signature: Any | None = None,
        aliases: Iterable[str] = (),
        seen_at: str | None = None,
        officials: list[Any] | None = None,
    ) -> SaveResult:
        """Upsert one extracted article by canonical URL, in one transaction.

        `officials`: the officials its text names, when found already (the crawl finds
        them in a worker process); None finds them here."""
        seen_at = seen_at or utc_now()
        url = article["url"]
        new_hash = content_hash(article.get("title"), article.get("text"))
        fields = {k: article.get(k) for k in ARTICLE_FIELDS}
        with self.db.atomic():
            addresses = [url, *(u for u in (fetched_url, *aliases) if u and u != url)]
            article_id = next(filter(None, map(self.article_id_for_url, addresses)), None)
            twin = None if article_id is not None else self.same_content(portal_id, new_hash, fields.get("page_kind"))
            if twin is not None:
                # The same title and text under another address of the portal (a session id,
                # a view parameter no rule names): one article, reached by one more URL.
                for alias in addresses:
                    self.db["article_urls"].insert({"url": alias, "article_id": twin, "seen_at": seen_at}, replace=True)
                return SaveResult(twin, "alias")
            if article_id is None:
                article_id = self.db["articles"].insert(
                    {
                        "url": url,
                        "portal_id": portal_id,
                        **fields,
                        "content_hash": new_hash,
                        "first_seen_at": seen_at,
                        "last_seen_at": seen_at,
                        "last_checked_at": seen_at,
                    }
                ).last_pk
                status = "new"
            else:
                old = self.db["articles"].get(article_id)
                status = "unchanged" if old["content_hash"] == new_hash else "updated"
                changes: dict[str, Any] = {"last_seen_at": seen_at, "last_checked_at": seen_at, "deleted_at": None}
                if status == "updated":
                    self.db["article_versions"].insert(
                        {
                            "article_id": article_id,
                            "title": old["title"],
                            "text": old["text"],
                            "content_hash": old["content_hash"],
                            "seen_at": old["last_seen_at"],
                            "replaced_at": seen_at,
                            "diff": line_diff(old["title"], old["text"], fields.get("title"), fields.get("text")),
                        }
                    )
                    changes.update(fields, content_hash=new_hash)
                self.db["articles"].update(article_id, changes)
            if html is not None and status != "unchanged":
                self.save_html(article_id, html, fetched_url or url, encoding, seen_at)
            for alias in addresses:
                self.db["article_urls"].insert(
                    {"url": alias, "article_id": article_id, "seen_at": seen_at}, replace=True
                )
            if status != "unchanged":
                save_mentions(self.db, article_id, fields.get("text"), portal_id, fields.get("published_at"),
                              officials)
            duplicate_of = None
            if self.linker is not None and status != "unchanged":
                duplicate_of = self.linker.assign(self.db, article_id, signature)
        return SaveResult(article_id, status, duplicate_of)

    def save_html(
        self, article_id: int, html: bytes, fetched_url: str, encoding: str | None, fetched_at: str
    ) -> None:
        self.db["article_html"].insert(
            {
                "article_id": article_id,
                "fetched_url": fetched_url,
                "fetched_at": fetched_at,
                "encoding": encoding,
                "html_zlib": zlib.compress(html, 6),
            },
            replace=True,
        )

    def iter_raw_html(self) -> Iterator[tuple[int, str, bytes, str | None]]:
        """(article_id, fetched_url, html bytes, encoding) for every stored article."""
        rows = self.db.execute(
            "select article_id, fetched_url, html_zlib, encoding from article_html order by article_id"
        )
        for article_id, fetched_url, blob, encoding in rows:
            yield article_id, fetched_url, zlib.decompress(blob), encoding

    def rewrite_article(self, article_id: int, article: dict[str, Any]) -> bool:
        """Replace an article's extracted fields (re-extraction); True when they changed."""
        fields = {k: article.get(k) for k in ARTICLE_FIELDS}
        new_hash = content_hash(fields.get("title"), fields.get("text"))
        with self.db.atomic():
            old = self.db["articles"].get(article_id)
            if old["content_hash"] == new_hash and all(old[k] == v for k, v in fields.items()):
                return False
            self.db["articles"].update(article_id, {**fields, "content_hash": new_hash})
        return True
