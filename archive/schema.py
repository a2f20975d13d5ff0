"""The archive's SQLite schema, created and migrated by code (sqlite-utils).

`ensure_schema` is idempotent: it creates missing tables, adds missing columns
to old archives and (re)creates indexes, the FTS table and its triggers.  Every
table a later feature needs is declared here so that all writers agree.
"""
from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 1

# table -> (columns in order, primary key, foreign keys)
TABLES: dict[str, dict] = {
    "portals": {
        "columns": {
            "id": int,
            "url": str,
            "host": str,
            "name": str,
            "level": str,  # province | district | commune
            "province": str,
            "district": str,
            "commune": str,
            "start_urls": str,  # space separated
            "cms": str,  # CMS family seen on its pages
            "extra": str,  # JSON of unknown portals-file columns, kept verbatim
            "added_at": str,
        },
        "pk": "id",
    },
    "articles": {
        "columns": {
            "id": int,
            "url": str,  # canonical address, unique
            "portal_id": int,
            "title": str,
            "published_at": str,
            "author": str,
            "source": str,  # "Nguồn:" line: a source, not the author
            "category": str,
            "text": str,
            "cms": str,
            "content_hash": str,
            "first_seen_at": str,
            "last_seen_at": str,
            "last_checked_at": str,
            "duplicate_of": int,
            "deleted_at": str,
        },
        "pk": "id",
        "foreign_keys": [("portal_id", "portals", "id"), ("duplicate_of", "articles", "id")],
    },
    # Folded copy of title/text behind the FTS index (see archive.fold).
    "article_search": {
        "columns": {"article_id": int, "title": str, "text": str},
        "pk": "article_id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    # Raw HTML (zlib) of every article so `reextract` works without the network.
    "article_html": {
        "columns": {
            "article_id": int,
            "fetched_url": str,
            "fetched_at": str,
            "encoding": str,
            "html_zlib": bytes,
        },
        "pk": "article_id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    # Every URL that led to an article (redirects, tracking variants, print views).
    "article_urls": {
        "columns": {"url": str, "article_id": int, "seen_at": str},
        "pk": "url",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "article_versions": {
        "columns": {
            "id": int,
            "article_id": int,
            "title": str,
            "text": str,
            "content_hash": str,
            "seen_at": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "crawl_runs": {
        "columns": {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # running | completed | failed | interrupted
            "portals": int,
            "pages_fetched": int,
            "new": int,
            "updated": int,
            "duplicate": int,
            "unchanged": int,
            "failed": int,
            "pid": int,
            "host": str,
        },
        "pk": "id",
    },
}

INDEXES = [
    ("articles", ["portal_id"]),
    ("articles", ["published_at"]),
    ("articles", ["duplicate_of"]),
    ("articles", ["content_hash"]),
    ("article_urls", ["article_id"]),
    ("article_versions", ["article_id"]),
]

# Views are recreated on every open, so a changed definition reaches old archives.
VIEWS = {
    # The journalist-facing list: one row per article with its portal's place and
    # level, and the year for faceting (Datasette facets need a column).
    "news": """
        select a.id, a.published_at, substr(a.published_at, 1, 4) as year, a.title,
               p.name as portal, p.province, p.level, a.category, a.author, a.source,
               a.url, a.duplicate_of, a.deleted_at, a.portal_id, a.text
        from articles a left join portals p on p.id = a.portal_id
    """,
}

FTS_TABLE = "article_search_fts"
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create or migrate every table, index and the search index of the archive."""
    with db.conn:
        for name, spec in TABLES.items():
            table = db.table(name)
            if not table.exists():
                table.create(
                    spec["columns"],
                    pk=spec["pk"],
                    foreign_keys=spec.get("foreign_keys"),
                    not_null={spec["pk"]} if spec["pk"] != "id" else None,
                )
            else:
                present = set(table.columns_dict)
                for column, kind in spec["columns"].items():
                    if column not in present:
                        table.add_column(column, kind)
        db["portals"].create_index(["url"], unique=True, if_not_exists=True)
        db["articles"].create_index(["url"], unique=True, if_not_exists=True)
        for table, columns in INDEXES:
            db[table].create_index(columns, if_not_exists=True)
    if not db[FTS_TABLE].exists():
        db["article_search"].enable_fts(
            ["title", "text"], fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
        )
    ensure_views(db, VIEWS)
    from archive.dedup import ensure_dedup_schema  # dedup owns its tables and views

    ensure_dedup_schema(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def ensure_views(db: sqlite_utils.Database, views: dict[str, str]) -> None:
    """(Re)create views whose definition changed."""
    for name, sql in views.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        wanted = f"CREATE VIEW {name} AS {sql.strip()}"
        if current and current[0] == wanted:
            continue
        with db.conn:
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(wanted)
