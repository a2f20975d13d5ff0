"""The archive's SQLite schema, created and migrated by code (sqlite-utils).

`ensure_schema` is idempotent: it creates missing tables, adds missing columns
to old archives and (re)creates indexes, the FTS table and its triggers.  Every
table a later feature needs is declared here so that all writers agree.
"""
from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 2

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
            # how sure extraction was that the page is an article (crawler.extraction's
            # Extracted.page_kind): "article", or what made it look less like one
            "page_kind": str,
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
            "replaced_at": str,  # when the crawl found the newer version (UTC)
            "diff": str,  # line diff from this version to the next one (difflib)
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
            "requests_by_kind": str,  # JSON: article, listing, skipped_trap_by_yield, skipped_date_bound, ...
            "rejected_by_reason": str,  # JSON: pages extraction said are not articles, by reason
            "stopped_by": str,  # clock: --max-minutes ended the run; the next one resumes
        },
        "pk": "id",
    },
    # What the crawler knows about every non-article page it fetched, and the
    # HTTP validators of every page (articles included) for conditional GET.
    "page_state": {
        "columns": {
            "url": str,  # canonical URL as requested
            "portal_id": int,
            "kind": str,  # article | page | gone | blocked | robots | queued (scheduled, not fetched yet)
            "status": int,
            "etag": str,
            "last_modified": str,
            "fetched_at": str,
            "new_links_at": str,  # last time the page brought a link not known before (a hub)
            "via_pager": int,
            "body": str,  # robots.txt only: served from here while fresh
            "shape": str,  # queued rows: the URL's shape (crawler.shapes)
        },
        "pk": "url",
        "foreign_keys": [("portal_id", "portals", "id")],
    },
    # One row per portal: its health across runs (crawler.health writes it).
    "portal_state": {
        "columns": {
            "portal_id": int,
            "full_crawl_at": str,  # first run that walked the whole portal to the end
            "last_run_id": int,
            "last_status": str,  # ok | failed | interrupted | skipped
            "last_success_at": str,
            "last_new_article_at": str,
            "consecutive_failures": int,
            "backoff_until": str,
            "robots_disallows": int,  # robots.txt forbids the portal's own URL
            "last_error": str,
        },
        "pk": "portal_id",
        "foreign_keys": [("portal_id", "portals", "id")],
    },
    # Per portal and run: what the crawl did there.
    "portal_runs": {
        "columns": {
            "id": int,
            "run_id": int,
            "portal_id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # ok | failed | interrupted | skipped
            "pages": int,  # responses received
            "not_modified": int,  # 304 answers to conditional GETs
            "new": int,
            "updated": int,
            "deleted": int,
            "rechecked": int,
            "errors": int,
            "errors_by_kind": str,  # JSON {"timeout": 3, "http_5xx": 1, ...}
            "median_latency_ms": int,
            "listing_pages": int,  # fetched HTML pages that were not articles
            "articles_extracted": int,
            "articles_per_listing": float,
            "new_pages": int,  # pages fetched for the first time
            "requests_by_kind": str,  # JSON: article, listing, other, skipped_trap_by_yield, skipped_date_bound, ...
            "rejected_by_reason": str,  # JSON: pages extraction said are not articles, by reason
            "rejected_examples": str,  # JSON: the first few rejected URLs, for inspection
            "shapes_cut": int,  # URL shapes cut off this run for yielding nothing
            "stopped_by": str,  # budget | clock | null: what ended the portal's run early
        },
        "pk": "id",
        "foreign_keys": [("run_id", "crawl_runs", "id"), ("portal_id", "portals", "id")],
    },
}

# Added after the first release: what each URL shape of a portal yielded (crawler.frontier).
TABLES["frontier_shapes"] = {
    "columns": {
        "portal_id": int,
        "shape": str,  # crawler.shapes.url_shape
        "pages": int,  # pages of this shape fetched, over all runs
        "articles": int,  # of them, new articles
        "article_links": int,  # new links found on them that led to articles
        "listing_links": int,  # new links found on them that led to productive listings
        "children": str,  # JSON {child shape: new links found}, so credit can come later
        "state": str,  # active | cut | probation
        "listing": int,  # 1: its pages list articles above a numbered pager (never cut as barren)
        "reason": str,  # why it was cut, in words
        "cut_at": str,
        "updated_at": str,
    },
    "pk": ("portal_id", "shape"),
    "foreign_keys": [("portal_id", "portals", "id")],
}

INDEXES = [
    ("articles", ["portal_id"]),
    ("articles", ["published_at"]),
    ("articles", ["duplicate_of"]),
    ("articles", ["content_hash"]),
    ("article_urls", ["article_id"]),
    ("article_versions", ["article_id"]),
    ("article_versions", ["replaced_at"]),
    ("articles", ["deleted_at"]),
    ("articles", ["portal_id", "last_checked_at"]),
    ("page_state", ["portal_id"]),
    ("page_state", ["portal_id", "kind"]),
    ("portal_runs", ["portal_id", "run_id"]),
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
    # Edits and deletions, newest first; filter by changed_at for a period or by
    # article_id for one article's history.  `diff` is a line diff (- old, + new).
    "article_changes": """
        select 'edited' as change, coalesce(v.replaced_at, v.seen_at) as changed_at, a.id as article_id,
               p.name as portal, a.url, v.title as old_title,
               coalesce((select n.title from article_versions n
                         where n.article_id = v.article_id and n.id > v.id order by n.id limit 1), a.title) as new_title,
               v.diff, v.id as version_id, a.portal_id
        from article_versions v join articles a on a.id = v.article_id left join portals p on p.id = a.portal_id
        union all
        select 'deleted', a.deleted_at, a.id, p.name, a.url, a.title, null, null, null, a.portal_id
        from articles a left join portals p on p.id = a.portal_id
        where a.deleted_at is not null
        order by changed_at desc
    """,
    # One row per portal: its state and the figures of its last crawled run.
    "portal_health": """
        select p.id as portal_id, p.name, p.url, s.last_status, s.last_success_at, s.last_new_article_at,
               (select max(a.published_at) from articles a where a.portal_id = p.id) as newest_published_at,
               coalesce(s.consecutive_failures, 0) as consecutive_failures, s.backoff_until,
               coalesce(s.robots_disallows, 0) as robots_disallows, s.last_error, s.full_crawl_at,
               r.run_id as last_run_id, r.pages as last_pages, r.new as last_new, r.updated as last_updated,
               r.deleted as last_deleted, r.errors as last_errors, r.errors_by_kind as last_errors_by_kind,
               r.median_latency_ms as last_median_latency_ms, r.articles_per_listing as last_articles_per_listing,
               r.requests_by_kind as last_requests_by_kind, r.rejected_by_reason as last_rejected_by_reason,
               r.stopped_by as last_stopped_by,
               (select count(*) from frontier_shapes f where f.portal_id = p.id and f.state = 'cut') as shapes_cut,
               (select group_concat(f.shape || ': ' || f.reason, char(10)) from frontier_shapes f
                 where f.portal_id = p.id and f.state = 'cut') as shapes_cut_why
        from portals p left join portal_state s on s.portal_id = p.id
        left join portal_runs r on r.id = (select max(x.id) from portal_runs x
                                           where x.portal_id = p.id and x.status != 'skipped')
    """,
    # What the frontier learned: per portal, the URL shapes it cut off and why, and what
    # each shape has yielded.  Journalists can ignore it; operators see where the budget goes.
    "portal_frontier": """
        select p.id as portal_id, p.name as portal, f.shape, f.state, f.reason, f.pages, f.articles,
               f.article_links, f.listing_links, f.cut_at, f.updated_at
        from frontier_shapes f join portals p on p.id = f.portal_id
        order by p.id, f.state = 'cut' desc, f.pages desc
    """,
    # Portals an operator should look at, one row per portal and reason.
    "portals_needing_attention": """
        with yield_runs as (
            select portal_id, 1.0 * new / new_pages as yield,
                   row_number() over (partition by portal_id order by id desc) as age
            from portal_runs where status = 'ok' and new_pages >= 3
        ),
        yield_drop as (
            select l.portal_id, l.yield as latest, avg(e.yield) as before
            from yield_runs l join yield_runs e on e.portal_id = l.portal_id and e.age > 1
            where l.age = 1 group by l.portal_id
            having avg(e.yield) >= 0.2 and l.yield < avg(e.yield) / 3
        )
        select h.portal_id, h.name, h.url, 'down' as reason,
               'failed ' || h.consecutive_failures || ' runs in a row, last success ' || coalesce(h.last_success_at, 'never')
               || coalesce(': ' || h.last_error, '') as detail
        from portal_health h where h.consecutive_failures >= 2
        union all
        select h.portal_id, h.name, h.url, 'no new article in 60 days',
               'newest article published ' || coalesce(h.newest_published_at, 'never')
        from portal_health h
        where h.full_crawl_at is not null
          and coalesce(substr(h.newest_published_at, 1, 10), substr(h.last_new_article_at, 1, 10), '')
              < date('now', '-60 days')
        union all
        select h.portal_id, h.name, h.url, 'extraction yield dropped',
               printf('articles per new page %.2f, was %.2f: page template changed?', y.latest, y.before)
        from portal_health h join yield_drop y on y.portal_id = h.portal_id
        union all
        select h.portal_id, h.name, h.url, 'robots.txt disallows', 'robots.txt now forbids crawling ' || h.url
        from portal_health h where h.robots_disallows = 1
    """,
}

FTS_TABLE = "articles_fts"
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# bm25 weights of the index columns (title, text): a word in the title counts ten times.
# Stored as the index's default rank, so `order by rank limit n` is FTS5's own top-k.
FTS_RANK = "bm25(10.0, 1.0)"
# SQLite's unicode61 tokenizer strips combining marks ("ệ" -> "e", NFC or NFD alike) but
# treats "đ" as a letter of its own.  These virtual (computed, never stored) columns give
# it the text with "đ" as "d", which makes its tokens exactly archive.fold's words.  The
# index reads them as external content: no second stored copy of any text, and FTS5's
# 'rebuild' computes the same tokens again.
FOLDED = "replace(replace(replace(replace({column}, 'đ', 'd'), 'Đ', 'd'), 'ð', 'd'), 'Ð', 'd')"
FOLDED_COLUMNS = {"search_title": "title", "search_text": "text"}
# Facet counts and date order read these small columns of every match; a covering
# index keeps them out of the wide article rows (cold pages at a million articles).
FACET_INDEX = ("idx_articles_facets", ["id", "portal_id", "published_at", "category"])
# Before schema 2 an archive kept a folded copy of every text (article_search) under an
# FTS index of its own; ensure_schema drops both and indexes the articles instead.
OLD_SEARCH_TABLES = ("article_search_fts", "article_search")


def ensure_search_index(db: sqlite_utils.Database) -> None:
    """The folded columns, the external-content FTS5 index over articles and its triggers."""
    present = {row[1] for row in db.execute("PRAGMA table_xinfo(articles)").fetchall()}
    for column, source in FOLDED_COLUMNS.items():
        if column not in present:
            expression = FOLDED.format(column=source)
            db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT GENERATED ALWAYS AS ({expression}) VIRTUAL")
    for old in OLD_SEARCH_TABLES:
        if db[old].exists():
            db.execute(f"DROP TABLE {old}")  # its sqlite-utils triggers go with it
    columns = ", ".join(FOLDED_COLUMNS)
    if not db[FTS_TABLE].exists():
        with db.atomic():
            db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='articles', "
                       f"content_rowid='id', tokenize='{FTS_TOKENIZE}')")
            db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('rank', '{FTS_RANK}')")
            db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    new_values = ", ".join(f"new.{c}" for c in FOLDED_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in FOLDED_COLUMNS)
    delete = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old_values});"
    insert = f"INSERT INTO {FTS_TABLE}(rowid, {columns}) VALUES (new.id, {new_values});"
    triggers = {
        f"{FTS_TABLE}_ai": f"AFTER INSERT ON articles BEGIN {insert} END",
        f"{FTS_TABLE}_ad": f"AFTER DELETE ON articles BEGIN {delete} END",
        # only a changed title or text touches the index, not a crawl's last_seen_at
        f"{FTS_TABLE}_au": f"AFTER UPDATE OF id, title, text ON articles BEGIN {delete} {insert} END",
    }
    for name, body in triggers.items():
        db.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create or migrate every table, index and the search index of the archive."""
    with db.atomic():
        for name, spec in TABLES.items():
            table = db.table(name)
            if not table.exists():
                table.create(
                    spec["columns"],
                    pk=spec["pk"],
                    foreign_keys=spec.get("foreign_keys"),
                    not_null=set([spec["pk"]] if isinstance(spec["pk"], str) else spec["pk"]) - {"id"} or None,
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
    ensure_search_index(db)
    db["articles"].create_index(FACET_INDEX[1], index_name=FACET_INDEX[0], if_not_exists=True)
    ensure_views(db, VIEWS)
    from archive.officials import ensure_officials_schema  # officials own their tables and views

    ensure_officials_schema(db)
    from archive.dedup import ensure_dedup_schema  # dedup owns its tables and views

    ensure_dedup_schema(db)
    from archive.registry import ensure_registry_schema  # the registry owns its tables and views

    ensure_registry_schema(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def is_current(conn) -> bool:
    """Whether the archive on `conn` has this code's schema (else open it writable once: ensure_schema)."""
    return conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION


def ensure_views(db: sqlite_utils.Database, views: dict[str, str]) -> None:
    """(Re)create views whose definition changed."""
    for name, sql in views.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        wanted = f"CREATE VIEW {name} AS {sql.strip()}"
        if current and current[0] == wanted:
            continue
        with db.atomic():
            db.execute(f"DROP VIEW IF EXISTS {name}")
            db.execute(wanted)
