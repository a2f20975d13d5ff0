"""What each journalist page shows, read from the archive (templates only lay it out).

Every function takes a Datasette database and returns plain data.  Queries run
with `publish.trusted` (the pages read a few operator tables, e.g. portal
health) and are bounded: a page of results, the top values of a facet.
"""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import replace
from typing import Any

from archive.search import RANK_WINDOW, Search, exact_hits, highlight, register_functions, snippet, suggestion
from datasette_config.plugins.journalist_pages import CLUSTER_SQL, VERSIONS_SQL
from datasette_config.publish import trusted, trusted_fn
from datasette_config.textdiff import paragraphs_html, text_diff_html, words_diff_html

PAGE_SIZE = 20
# Results are counted up to this many ("more than 10,000"), so a word found in
# every article does not cost a full count on every page.
COUNT_CAP = 10_000
# Facets count every match up to about this many; beyond, the first matches of
# FACET_WINDOWS even ranges of ids, scaled (measured at 1M: 16,000 rows counted cost
# 175-390 ms a page, up to 0.9 s on a busy machine).
FACET_EXACT = 8_000
FACET_WINDOWS = 16
# A word typed with diacritics brings its exact form to the top among this many best matches.
EXACT_RERANK = 100
FACETS = ("province", "district", "level", "portal_id", "category", "year", "month")
WINDOW_FACETS = ("portal_id", "province", "district", "level", "category", "month", "year")  # window_sql's order
FACET_SIZE = 12
SCOPE_SECONDS = 60

RESULT_COLUMNS = (
    "a.id, a.title, a.published_at, a.author, a.category, a.deleted_at, a.duplicate_of, a.text, "
    "a.portal_id, p.name as portal, p.province, p.district, p.commune, p.level"
)

_scope_cache: dict[str, tuple[float, dict]] = {}


async def scope(db: Any) -> dict:
    """The archive at a glance: portals, articles, date range, last crawl (cached a minute)."""
    cached = _scope_cache.get(db.name)
    if cached and time.monotonic() - cached[0] < SCOPE_SECONDS:
        return cached[1]
    rows = await trusted(db, """
        select (select count(*) from portals) as portals, (select count(*) from articles) as articles,
               (select min(published_at) from articles where published_at >= '1990') as first,
               (select max(published_at) from articles) as last,
               (select max(finished_at) from crawl_runs) as last_crawl
    """)
    _scope_cache[db.name] = (time.monotonic(), rows[0])
    return rows[0]


def _results(conn: sqlite3.Connection, search: Search, page: int) -> dict:
    register_functions(conn)
    offset = (page - 1) * PAGE_SIZE
    count_sql, count_params = search.count_sql(cap=COUNT_CAP)
    total = conn.execute(count_sql, count_params).fetchone()[0]
    capped = total > COUNT_CAP
    total = min(total, COUNT_CAP)
    search = search.plan(conn, None if search.filtered() else total)
    forms = search.query.forms
    if search.ranked and forms and not search.exact and offset < EXACT_RERANK:
        # exact forms first among the best matches, bm25 order otherwise
        rows = _page(conn, search, EXACT_RERANK, 0)
        for position, row in enumerate(rows):
            row["exact"] = exact_hits(row["title"], row["text"], forms)
            row["position"] = position
        rows.sort(key=lambda r: (-r["exact"], r["position"]))
        rows = rows[offset:offset + PAGE_SIZE]
    else:
        rows = _page(conn, search, PAGE_SIZE, offset)
    for row in rows:
        row["title_marks"] = highlight(row["title"], search.query)
        row["snippet"] = snippet(row.pop("text"), search.query)
    suggested = suggestion(conn, search.query) if not total and not search.query.empty else None
    return {"rows": rows, "total": total, "capped": capped, "suggestion": suggested, "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)), "rank_window": RANK_WINDOW if search.rank_floor else None,
            "rank_by_title": search.ranked and search.rank_by == "title"}


def _page(conn: sqlite3.Connection, search: Search, limit: int, offset: int) -> list[dict]:
    """The rows of one page: ids in order first, then their columns.

    SQLite computes the selected columns before it sorts, so sorting the matches
    with the article text selected would read every matching text.
    """
    ids = [r[0] for r in conn.execute(*search.ids_sql(limit=limit, offset=offset))]
    if not ids:
        return []
    found = _rows(conn, f"select {RESULT_COLUMNS} from articles a left join portals p on p.id = a.portal_id "
                        f"where a.id in ({','.join('?' * len(ids))})", ids)
    by_id = {row["id"]: row for row in found}
    return [by_id[i] for i in ids if i in by_id]


def _rows(conn: sqlite3.Connection, sql: str, params: Any) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


async def results(db: Any, search: Search, page: int = 1) -> dict:
    """One page of results, the total, and a spelling suggestion when nothing matched."""
    if search.query.error:
        return {"rows": [], "total": 0, "error": search.query.error, "page": 1, "pages": 1}
    try:
        return await trusted_fn(db, lambda conn: _results(conn, search, page))
    except sqlite3.OperationalError as exc:  # e.g. a query FTS5 refuses: say so, never a 500
        return {"rows": [], "total": 0, "error": f"Không tìm được / Search failed: {exc}", "page": 1, "pages": 1}


def _facets(conn: sqlite3.Connection, search: Search) -> dict[str, Any]:
    """Counts per value of every facet, over every match or, past FACET_EXACT, an even sample.

    The archive's ids are cut into FACET_WINDOWS equal ranges and the first matches
    of each range are counted, each range's counts scaled by how much of the range
    they covered: the sample spans the whole archive, and no query reads all its
    matches (a word in every article is a million rows).
    """
    register_functions(conn)
    last_id = conn.execute("select max(id) from articles").fetchone()[0] or 0
    per_window = max(1, FACET_EXACT // FACET_WINDOWS)
    counters = {name: Counter() for name in FACETS}
    portal_names: dict[Any, str] = {}
    estimated = False
    for i in range(FACET_WINDOWS):
        low, high = 1 + i * last_id // FACET_WINDOWS, 1 + (i + 1) * last_id // FACET_WINDOWS
        rows = conn.execute(*search.window_sql(
            "a.portal_id, p.province, p.district, p.level, a.category, substr(a.published_at, 1, 7), "
            "substr(a.published_at, 1, 4), p.name", low, high, per_window)).fetchall()
        if not rows:
            continue
        scale = 1.0
        if len(rows) == per_window:  # the window's matches go on past its last row
            scale = (high - low) / (rows[-1][-1] - low + 1)
            estimated = estimated or scale > 1
        columns = list(zip(*rows))
        portal_names.update(zip(columns[0], columns[-2]))
        for facet, column in zip(WINDOW_FACETS, columns):
            for value, n in Counter(column).items():  # counted in C, scaled once per value
                counters[facet][value] += n * scale
    facets = {}
    for name, counter in counters.items():
        values = [(v, round(n)) for v, n in counter.items() if v not in (None, "")]
        if name in ("year", "month"):
            values.sort(reverse=True)
        else:
            values.sort(key=lambda vn: (-vn[1], str(vn[0])))
        facets[name] = [
            {"value": v, "label": portal_names.get(v) or str(v) if name == "portal_id" else str(v), "count": n}
            for v, n in values[:FACET_SIZE]
        ]
    return {"facets": facets, "estimated": estimated}


async def facets(db: Any, search: Search) -> dict[str, Any]:
    """{"facets": {name: [{value, label, count}]}, "estimated": counts are scaled from a sample}."""
    if search.query.error:
        return {"facets": {}, "estimated": False}
    try:
        return await trusted_fn(db, lambda conn: _facets(conn, search))
    except sqlite3.OperationalError:
        return {"facets": {}, "estimated": False}


async def article(db: Any, article_id: int) -> dict | None:
    """The article with its portal, its other copies and its earlier versions."""
    found = await trusted(db, """
        select a.*, p.name as portal, p.url as portal_url, p.province, p.district, p.commune, p.level
        from articles a left join portals p on p.id = a.portal_id where a.id = :id
    """, {"id": article_id})
    if not found:
        return None
    row = found[0]
    row["paragraphs"] = paragraphs_html(row["text"])
    root = row["duplicate_of"] or row["id"]
    copies = await trusted(db, CLUSTER_SQL, {"root": root})
    for copy in copies:
        copy["is_this"] = copy["id"] == row["id"]
    first = min(copies, key=lambda c: (c["published_at"] or "9999", c["id"])) if copies else None
    for copy in copies:
        copy["first"] = first is not None and copy["id"] == first["id"]
    row["copies"] = copies if len(copies) > 1 else []
    versions = await trusted(db, VERSIONS_SQL, {"id": article_id})
    following = versions[1:] + [row]
    for version, after in zip(versions, following):
        version["title_diff"] = (
            words_diff_html(version["title"] or "", after["title"] or "") if version["title"] != after["title"] else None
        )
        version["text_diff"] = text_diff_html(version["text"], after["text"])
        version["text_html"] = paragraphs_html(version["text"])
    row["versions"] = versions[::-1]
    return row


async def portal(db: Any, portal_id: int) -> dict | None:
    """A portal: its place, health, articles by month, recent runs and what the crawler skipped."""
    found = await trusted(db, "select id, url, name, level, province, district, commune, cms from portals where id = :id",
                          {"id": portal_id})
    if not found:
        return None
    info = found[0]
    params = {"id": portal_id}
    info["health"] = (await trusted(db, "select * from portal_health where portal_id = :id", params) or [{}])[0]
    info["attention"] = await trusted(db, "select reason, detail from portals_needing_attention where portal_id = :id", params)
    info["by_month"] = await trusted(db, """
        select substr(published_at, 1, 7) as month, count(*) as n from articles
        where portal_id = :id and published_at is not null group by 1 order by 1 desc limit 36
    """, params)
    info["peak_month"] = max((m["n"] for m in info["by_month"]), default=1)
    info["runs"] = await trusted(db, """
        select run_id, started_at, status, pages, new, updated, deleted, errors, errors_by_kind
        from portal_runs where portal_id = :id order by id desc limit 10
    """, params)
    tables = set(await db.table_names())
    info["skipped"] = await trusted(db, """
        select shape, pages, article_links, articles, listing_links, state, reason from frontier_shapes
        where portal_id = :id and state is not null and state not in ('', 'crawl', 'crawled', 'ok')
        order by pages desc limit 50
    """, params) if "frontier_shapes" in tables else []
    info["latest"] = await trusted(db, """
        select id, title, published_at, deleted_at, duplicate_of from articles
        where portal_id = :id order by published_at desc, id desc limit 20
    """, params)
    return info


async def stories(db: Any, limit: int = 100) -> list[dict]:
    return await trusted(db, f"""
        select original_id, title, first_publisher, first_publisher_level, articles, portals,
               first_published_at, last_published_at, spread_days
        from story_clusters order by portals desc, articles desc, first_published_at desc limit {int(limit)}
    """)


CHANGES_SQL = """
with changes as (
  select v.article_id, 'edited' as change, coalesce(v.replaced_at, v.seen_at) as changed_at, v.title as earlier_title
  from article_versions v
  where coalesce(v.replaced_at, v.seen_at) >= :since and coalesce(v.replaced_at, v.seen_at) < :before
  union all
  select a.id, 'deleted', a.deleted_at, null from articles a where a.deleted_at >= :since and a.deleted_at < :before
)
select c.changed_at, c.change, a.id as article_id, a.title, p.name as portal, a.portal_id,
       a.published_at, c.earlier_title
from changes c join articles a on a.id = c.article_id left join portals p on p.id = a.portal_id
order by c.changed_at desc, a.id limit 500
"""


async def changes(db: Any, since: str | None, until: str | None) -> list[dict]:
    """Edits (when the crawl found the new version) and deletions between two days, inclusive."""
    import datetime as dt

    before = (dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat() if until else "9999"
    return await trusted(db, CHANGES_SQL, {"since": since or "0000", "before": before})
