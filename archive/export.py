"""Export matching articles as CSV or JSON lines, streamed row by row."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

import sqlite_utils

from archive.fold import fold

EXPORT_COLUMNS = [
    "id", "url", "title", "published_at", "author", "source", "category", "portal_url", "portal_name",
    "level", "province", "district", "commune", "duplicate_of", "first_seen_at", "last_seen_at", "deleted_at", "text",
]


def fts_query(search: str) -> str:
    """A folded FTS5 query: every word must appear, in any form of its diacritics."""
    words = [w for w in fold(search).replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words)


def select_articles(
    db: sqlite_utils.Database,
    *,
    search: str | None = None,
    portal: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Articles matching every given filter, newest first."""
    where, params = [], {}
    if search and fts_query(search):
        where.append("a.id in (select rowid from article_search_fts where article_search_fts match :q)")
        params["q"] = fts_query(search)
    if portal:
        where.append("(p.url = :portal or p.host = :portal)")
        params["portal"] = portal
    if since:
        where.append("a.published_at >= :since")
        params["since"] = since
    if until:
        # an ISO date-time on the last day still sorts before the next day
        where.append("substr(a.published_at, 1, 10) <= :until")
        params["until"] = until
    sql = (
        "select a.id, a.url, a.title, a.published_at, a.author, a.source, a.category, p.url as portal_url, "
        "p.name as portal_name, p.level, p.province, p.district, p.commune, a.duplicate_of, a.first_seen_at, "
        "a.last_seen_at, a.deleted_at, a.text from articles a left join portals p on p.id = a.portal_id"
        + (" where " + " and ".join(where) if where else "")
        + " order by a.published_at desc, a.id"
    )
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """CSV that Excel and LibreOffice open as UTF-8: BOM, CRLF rows, quoted newlines."""
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
