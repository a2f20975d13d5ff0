"""What the public Datasette publishes, and how its CSV is made safe.

* `authorizer`: an SQLite authorizer on every Datasette connection.  SQL typed by
  visitors (`?sql=`, table pages, facets) may read only the published tables and
  views; every column of the operator tables (page state, portal state, locks,
  signatures, raw HTML, and any table added later until it is listed here) and
  the private columns of published ones read as NULL.  The project's own pages run their queries with
  `trusted()`, which lifts the check for that query only.
* `SafeCsv`: Datasette's own CSV responses, rewritten on the way out: a UTF-8
  BOM first (Excel) and every cell that a spreadsheet would run as a formula
  prefixed with a quote (archive.export.safe_cell).
* `SqlLimiter`: at most a few visitor `?sql=` queries at a time; others get 503.
"""
from __future__ import annotations

import asyncio
import csv
import io
import re
import sqlite3
import threading
from typing import Any, Awaitable, Callable

from archive.export import BOM, safe_cell

# Tables and views a visitor's SQL may read.  Anything else is refused, so a table
# the crawler adds later stays private until someone decides to publish it here.
PUBLISHED = {
    "articles", "portals", "article_versions", "article_urls", "crawl_runs",
    "news", "article_changes", "story_clusters", "article_appearances", "portal_health",
    "portals_needing_attention", "near_duplicate_links", "portal_frontier",
    # officials (archive/officials.py)
    "official_mentions", "official_persons", "official_person_overrides", "official_posts",
    # places (archive/registry.py)
    "units", "unit_successors", "portal_periods", "period_units", "article_units", "news_by_place",
}
# Columns of published tables that read as NULL for visitors.
PRIVATE_COLUMNS = {("portals", "extra")}
# Published views may read the operator tables they summarise.
VIEWS_READING_PRIVATE = {"portal_health", "portals_needing_attention", "portal_frontier"}

_trust = threading.local()
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@")


def redact(value: Any) -> Any:
    """A text with the user:password of any URL in it replaced by ***."""
    return _USERINFO.sub(r"\1***@", value) if isinstance(value, str) and "@" in value else value


def _published(table: str) -> bool:
    return (
        table in PUBLISHED
        or table.startswith(("sqlite_", "pragma_", "articles_fts"))
        or table in ("json_each", "json_tree")  # array facets and filters
    )


def authorizer(action: int, arg1: str | None, arg2: str | None, dbname: str | None, source: str | None) -> int:
    if action != sqlite3.SQLITE_READ or getattr(_trust, "on", False) or arg1 is None:
        return sqlite3.SQLITE_OK
    if source in VIEWS_READING_PRIVATE:
        return sqlite3.SQLITE_OK
    if (arg1, arg2) in PRIVATE_COLUMNS or not _published(arg1):
        # reads as NULL: Datasette's own pages (row counts, links between tables)
        # keep working, and no operator value reaches a visitor
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


def protect(conn: sqlite3.Connection) -> None:
    conn.set_authorizer(authorizer)


async def trusted(db: Any, sql: str, params: Any = None) -> list[dict]:
    """Run the project's own query on a Datasette database, past the visitor check."""

    def run(conn: sqlite3.Connection) -> list[dict]:
        _trust.on = True
        try:
            cursor = conn.execute(sql, params or {})
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        finally:
            _trust.on = False

    return await db.execute_fn(run)


async def trusted_fn(db: Any, fn: Callable[[sqlite3.Connection], Any]) -> Any:
    def run(conn: sqlite3.Connection) -> Any:
        _trust.on = True
        try:
            return fn(conn)
        finally:
            _trust.on = False

    return await db.execute_fn(run)


class CsvCells:
    """Rewrites a CSV byte stream, chunk by chunk, with every cell made safe.

    A record may span chunks and lines (quoted newlines); a line ends a record
    when the number of quotes seen so far is even, since quotes inside a quoted
    cell are doubled.
    """

    def __init__(self) -> None:
        self.pending = ""
        self.partial_bytes = b""
        self.record: list[str] = []
        self.quotes = 0

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        data = self.partial_bytes + chunk
        try:
            text = data.decode("utf-8")
            self.partial_bytes = b""
        except UnicodeDecodeError as exc:  # a character cut between chunks
            text = data[: exc.start].decode("utf-8", "replace")
            self.partial_bytes = data[exc.start:]
        # split on "\n" only: a cell may hold other line breaks (\u2028, a lone \r)
        *ended, self.pending = (self.pending + text).split("\n")
        lines = [line + "\n" for line in ended]
        if final and self.pending:
            lines.append(self.pending)
            self.pending = ""
        complete = []
        for line in lines:
            self.record.append(line)
            self.quotes += line.count('"')
            if self.quotes % 2 == 0:
                complete.append("".join(self.record))
                self.record, self.quotes = [], 0
        if final and self.record:
            complete.append("".join(self.record))
            self.record = []
        return self._rewrite(complete).encode("utf-8")

    @staticmethod
    def _rewrite(records: list[str]) -> str:
        if not records:
            return ""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO("".join(records))):
            writer.writerow([safe_cell(cell) for cell in row])
        return out.getvalue()


def _is_csv(scope: dict) -> bool:
    path = scope.get("path", "")
    return path.endswith(".csv") or b"_format=csv" in scope.get("query_string", b"")


def safe_csv(app: Callable) -> Callable:
    """ASGI middleware: Datasette's CSV (not the project's own, already safe) made safe."""

    async def wrapped(scope: dict, receive: Callable, send: Callable[[dict], Awaitable[None]]) -> None:
        if scope.get("type") != "http" or not _is_csv(scope) or scope.get("path") == "/search.csv":
            await app(scope, receive, send)
            return
        cells = CsvCells()
        started = {"csv": False}

        async def rewriting_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                started["csv"] = message.get("status") == 200
                if started["csv"]:
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                message = dict(message, headers=headers)
            elif message["type"] == "http.response.body" and started["csv"]:
                more = message.get("more_body", False)
                body = cells.feed(message.get("body", b""), final=not more)
                if started["csv"] is True:
                    body = BOM.encode("utf-8") + body
                    started["csv"] = "bom sent"
                message = dict(message, body=body)
            await send(message)

        await app(scope, receive, rewriting_send)

    return wrapped


def limit_sql(app: Callable, concurrent: int) -> Callable:
    """ASGI middleware: at most `concurrent` visitor `?sql=` requests at a time."""
    slots = asyncio.Semaphore(concurrent)

    async def wrapped(scope: dict, receive: Callable, send: Callable) -> None:
        query = scope.get("query_string", b"") if scope.get("type") == "http" else b""
        if b"sql=" not in query:
            await app(scope, receive, send)
            return
        if slots.locked():
            body = "Máy chủ đang bận, vui lòng thử lại. / Too many queries at once, try again shortly.\n".encode()
            await send({"type": "http.response.start", "status": 503,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"5")]})
            await send({"type": "http.response.body", "body": body})
            return
        async with slots:
            await app(scope, receive, send)

    return wrapped
