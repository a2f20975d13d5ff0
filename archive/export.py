"""Export matching articles as CSV, JSON lines or XLSX, streamed row by row.

The CLI (`portal-archive export`) and the web pages' CSV link both write rows
from `export_rows`, so they give the same columns and the same rows for the
same search (archive.search).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import IO, Any

import sqlite3

from archive.search import Search, register_functions

EXPORT_COLUMNS = [
    "id", "url", "title", "published_at", "author", "source", "category", "portal_url", "portal_name",
    "level", "province", "district", "commune", "duplicate_of", "first_seen_at", "last_seen_at", "deleted_at", "text",
]
_SELECT = (
    "a.id, a.url, a.title, a.published_at, a.author, a.source, a.category, p.url as portal_url, "
    "p.name as portal_name, p.level, p.province, p.district, p.commune, a.duplicate_of, a.first_seen_at, "
    "a.last_seen_at, a.deleted_at, a.text"
)
# A spreadsheet runs a cell that starts with one of these as a formula (or, after
# tab/CR, may shift it into one); OWASP's advice is to prefix a single quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_rows(conn: sqlite3.Connection, search: Search, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Every article the search matches, in its order, as EXPORT_COLUMNS dicts.

    The order is taken once, as ids only (the facet index, or FTS5's rank), and rows
    are then read a chunk of ids at a time: sorting whole rows would sort every text,
    and paging with a growing OFFSET re-sorts for every page.
    """
    register_functions(conn)
    # every match, so no ranking window (archive.search.RANK_WINDOW) here
    ids = [row[0] for row in conn.execute(*replace(search.plan(conn), rank_floor=None).ids_sql())]
    for start in range(0, len(ids), chunk):
        wanted = ids[start:start + chunk]
        cursor = conn.execute(f"select {_SELECT} from articles a left join portals p on p.id = a.portal_id "
                              f"where a.id in ({','.join('?' * len(wanted))})", wanted)
        names = [d[0] for d in cursor.description]
        by_id = {row[0]: dict(zip(names, row)) for row in cursor}
        yield from (by_id[i] for i in wanted if i in by_id)


def csv_header() -> str:
    return BOM + csv_lines([dict(zip(EXPORT_COLUMNS, EXPORT_COLUMNS))])


def csv_lines(rows: Iterable[dict[str, Any]]) -> str:
    """Rows as CSV text that Excel and LibreOffice read: CRLF rows, quoted newlines, safe cells.

    The same bytes as csv.writer(lineterminator="\r\n") (tests/test_export.py checks),
    written with str.replace: csv.writer quotes a cell character by character, which
    measured 3x slower on article texts, the bulk of a 100,000-row export.
    """
    return "".join(",".join([_cell(row.get(c)) for c in EXPORT_COLUMNS]) + "\r\n" for row in rows)


_QUOTED = re.compile(r'[",\r\n]')


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = safe_cell(value) if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)
    return '"' + text.replace('"', '""') + '"' if _QUOTED.search(text) else text


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str], chunk: int = 500) -> int:
    """CSV that Excel and LibreOffice open as UTF-8 (BOM), formula-safe."""
    out.write(csv_header())
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            out.write(csv_lines(batch))
            count += len(batch)
            batch = []
    out.write(csv_lines(batch))
    return count + len(batch)


# Excel keeps at most this many characters in a cell.
XLSX_CELL_LIMIT = 32_767
XLSX_CUT = " …[cắt bớt / cut: the CSV has the whole text]"


def write_xlsx(rows: Iterable[dict[str, Any]], out: str | IO[bytes]) -> int:
    """An Excel workbook of the rows, EXPORT_COLUMNS, formula-safe like the CSV.

    openpyxl's write-only mode writes rows to disk as they come.  A text longer than
    an Excel cell holds is cut there and says so (the CSV keeps it whole); characters
    XML cannot hold (control characters) are dropped.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value))
        if len(value) > XLSX_CELL_LIMIT:
            value = value[:XLSX_CELL_LIMIT - len(XLSX_CUT)] + XLSX_CUT
        return value

    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    sheet.append(EXPORT_COLUMNS)
    count = 0
    for row in rows:
        sheet.append([cell(row.get(c)) for c in EXPORT_COLUMNS])
        count += 1
    book.save(out)
    return count


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
