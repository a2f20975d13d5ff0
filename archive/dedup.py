"""Near-duplicate detection: one story republished by several portals.

Each article gets a signature (archive.minhash) stored in `minhash_signatures`
with the recipe that made it (`minhash_params`).  A MinHashLSH index built from
the stored signatures (no text is re-read after a restart) proposes
candidates; each candidate is confirmed on the stored shingles (MatchRule) and
recorded in `near_duplicate_links`.  A story is a connected component of
links; every member's `duplicate_of` points at the component's original:
earliest published_at, then the higher portal level, then the earlier
first_seen_at.  Components do not depend on arrival order, so
`rebuild` gives the clusters incremental runs give.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable

import numpy as np
import sqlite_utils

from archive.minhash import CompactLSH, MatchRule, Signature, Sketcher, SketchParams
from archive.schema import ensure_views

LEVEL_RANK = {"province": 3, "district": 2, "commune": 1}
# Kept pages whose shape made extraction unsure they are articles (articles.page_kind):
# a short text beside a pager, or an undated text. Two such pages (two listings that
# slipped through, say) must not become one story, so they stay out of clusters.
UNCLUSTERED_KINDS = frozenset({"paged", "undated", "non-article"})


def clustered_kind(page_kind: str | None) -> bool:
    """Whether a page of this kind takes part in stories (None: an archive from before page_kind)."""
    return page_kind not in UNCLUSTERED_KINDS

VIEWS = {
    # Each article with the other places its story appeared.
    "article_appearances": """
select a.id as article_id, a.title as title, o.id as other_id, o.url as other_url,
       p.name as other_portal, p.url as other_portal_url, p.level as other_portal_level,
       o.published_at as other_published_at, 1 as other_is_original
from articles a join articles o on o.id = a.duplicate_of
left join portals p on p.id = o.portal_id
union all
select a.id, a.title, o.id, o.url, p.name, p.url, p.level, o.published_at, 0
from articles a join articles o on o.duplicate_of = coalesce(a.duplicate_of, a.id) and o.id != a.id
left join portals p on p.id = o.portal_id
""",
    # One row per story published more than once.
    "story_clusters": """
with members as (
  select duplicate_of as original_id, portal_id, published_at from articles where duplicate_of is not null
  union all
  select id, portal_id, published_at from articles
  where id in (select duplicate_of from articles where duplicate_of is not null)
)
select o.id as original_id, o.title as title, o.url as original_url,
       p.name as first_publisher, p.url as first_publisher_url, p.level as first_publisher_level,
       count(*) as articles, count(distinct m.portal_id) as portals,
       min(m.published_at) as first_published_at, max(m.published_at) as last_published_at,
       cast(round(julianday(substr(max(m.published_at), 1, 10))
                  - julianday(substr(min(m.published_at), 1, 10))) as integer) as spread_days
from members m join articles o on o.id = m.original_id
left join portals p on p.id = o.portal_id
group by o.id
""",
}


def ensure_dedup_schema(db: sqlite_utils.Database) -> None:
    """Tables for signatures and links, and the views Datasette shows."""
    db.execute(
        "create table if not exists minhash_params (id integer primary key, recipe text unique not null, "
        "created_at text default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )
    db.execute(
        "create table if not exists minhash_signatures (article_id integer primary key "
        "references articles(id), params_id integer not null references minhash_params(id), "
        "minhash blob not null, shingles blob not null, facts blob not null)"
    )
    db.execute(
        "create table if not exists near_duplicate_links (article_id integer not null references articles(id), "
        "other_id integer not null references articles(id), jaccard real, containment real, "
        "primary key (article_id, other_id))"
    )
    db.execute("create index if not exists near_duplicate_links_other on near_duplicate_links(other_id)")
    ensure_views(db, VIEWS)


def _order_key(row: tuple) -> tuple:
    """Original first: earliest published_at, higher level, earlier first_seen_at, lower id."""
    article_id, published_at, level, first_seen_at = row
    return (published_at is None, published_at or "", -LEVEL_RANK.get(level or "", 0), first_seen_at or "", article_id)


class NearDuplicates:
    """The store's DuplicateLinker: signatures, LSH candidates, confirmed links, originals."""

    def __init__(self, db: sqlite_utils.Database, params: SketchParams = SketchParams(),
                 rule: MatchRule = MatchRule()) -> None:
        ensure_dedup_schema(db)
        self.sketcher = Sketcher(params)
        self.rule = rule
        self.params_id = self._params_id(db)
        self.lsh = CompactLSH(params.num_perm, rule.lsh_bands, rule.lsh_rows)
        rows = db.execute(
            "select article_id, minhash from minhash_signatures where params_id = ?", [self.params_id]
        )
        for article_id, minhash in rows:
            self.lsh.insert(article_id, self.sketcher.minhash(minhash), check_duplication=False)

    def _params_id(self, db: sqlite_utils.Database) -> int:
        recipe = self.sketcher.params.recipe()
        db.execute("insert or ignore into minhash_params (recipe) values (?)", [recipe])
        return db.execute("select id from minhash_params where recipe = ?", [recipe]).fetchone()[0]

    def signature(self, text: str | None) -> Signature:
        return self.sketcher.signature(text)

    # -- the store's hook -------------------------------------------------------------

    def assign(self, db: sqlite_utils.Database, article_id: int, signature: Signature | None) -> int | None:
        """Link a new or changed article into its story, in the caller's transaction."""
        if not self._clustered(db, article_id):
            self._forget(db, article_id)
            db.execute("delete from minhash_signatures where article_id = ?", [article_id])
            db.execute("update articles set duplicate_of = null where id = ? and duplicate_of is not null", [article_id])
            return None
        if signature is None:
            text = db.execute("select text from articles where id = ?", [article_id]).fetchone()[0]
            signature = self.signature(text)
        self._forget(db, article_id)
        db.execute(
            "insert or replace into minhash_signatures (article_id, params_id, minhash, shingles, facts) "
            "values (?, ?, ?, ?, ?)",
            [article_id, self.params_id, signature.body.hashvalues.tobytes(),
             signature.shingles.tobytes(), signature.facts.tobytes()],
        )
        matches = self._confirmed(db, article_id, signature)
        self.lsh.insert(article_id, signature.body, check_duplication=False)
        if matches:
            db.conn.executemany(
                "insert or replace into near_duplicate_links values (?, ?, ?, ?)",
                [(article_id, other, sim.jaccard, sim.containment) for other, sim in matches],
            )
        original = self._repoint(db, self._component(db, article_id))
        return None if original == article_id else original

    @staticmethod
    def _clustered(db: sqlite_utils.Database, article_id: int) -> bool:
        """Only pages extraction judged to be articles take part in stories."""
        try:
            row = db.execute("select page_kind from articles where id = ?", [article_id]).fetchone()
        except sqlite3.OperationalError:  # an archive from before page_kind: every row is an article
            return True
        return row is None or clustered_kind(row[0])

    def _confirmed(self, db: sqlite_utils.Database, article_id: int, signature: Signature) -> list:
        candidates = [c for c in self.lsh.query(signature.body) if c != article_id]
        if not candidates:
            return []
        marks = ",".join("?" * len(candidates))
        rows = db.execute(
            f"select article_id, shingles, facts from minhash_signatures where params_id = ? "
            f"and article_id in ({marks})",
            [self.params_id, *candidates],
        )
        matches = []
        for other, shingles, facts in rows:
            stored = Signature(None, np.frombuffer(shingles, np.uint32), np.frombuffer(facts, np.uint32))
            sim = self.rule.similarity(signature, stored)
            if self.rule.accepts(sim):
                matches.append((other, sim))
        return matches

    def _forget(self, db: sqlite_utils.Database, article_id: int) -> None:
        """Drop a changed article's old links; its old story may fall apart without it."""
        if article_id in self.lsh:
            self.lsh.remove(article_id)
        old = self._component(db, article_id)
        db.execute("delete from near_duplicate_links where article_id = ? or other_id = ?", [article_id, article_id])
        rest = old - {article_id}
        while rest:
            part = self._component(db, next(iter(rest)))
            self._repoint(db, part)
            rest -= part

    @staticmethod
    def _component(db: sqlite_utils.Database, article_id: int) -> set[int]:
        """The article's story: everything reachable through confirmed links."""
        seen, todo = {article_id}, [article_id]
        while todo:
            marks = ",".join("?" * len(todo))
            rows = db.execute(
                f"select other_id from near_duplicate_links where article_id in ({marks}) union "
                f"select article_id from near_duplicate_links where other_id in ({marks})",
                [*todo, *todo],
            )
            todo = [r[0] for r in rows if r[0] not in seen]
            seen.update(todo)
        return seen

    @staticmethod
    def _repoint(db: sqlite_utils.Database, members: Iterable[int]) -> int | None:
        """Point every member at the story's original; returns the original (None if alone)."""
        members = list(members)
        marks = ",".join("?" * len(members))
        rows = db.execute(
            f"select a.id, a.published_at, p.level, a.first_seen_at from articles a "
            f"left join portals p on p.id = a.portal_id where a.id in ({marks})",
            members,
        ).fetchall()
        if len(rows) < 2:
            db.execute(f"update articles set duplicate_of = null where id in ({marks}) and duplicate_of is not null",
                       members)
            return None
        original = min(rows, key=_order_key)[0]
        db.execute(
            f"update articles set duplicate_of = case when id = ? then null else ? end "
            f"where id in ({marks}) and duplicate_of is not (case when id = ? then null else ? end)",
            [original, original, *members, original, original],
        )
        return original


def rebuild(db: sqlite_utils.Database, *, params: SketchParams = SketchParams(),
            rule: MatchRule = MatchRule()) -> dict[str, Any]:
    """`portal-archive dedupe --rebuild`: signatures, links and originals recomputed from the texts."""
    with db.atomic():
        ensure_dedup_schema(db)
        db.execute("delete from near_duplicate_links")
        db.execute("delete from minhash_signatures")
        db.execute("update articles set duplicate_of = null where duplicate_of is not null")
        linker = NearDuplicates(db, params, rule)
        articles, last = 0, -1
        while batch := db.execute("select id, text from articles where id > ? order by id limit 1000",
                                  [last]).fetchall():
            for article_id, text in batch:
                linker.assign(db, article_id, linker.signature(text))
            articles += len(batch)
            last = batch[-1][0]
        stats = db.execute(
            "select count(*), coalesce(sum(articles), 0) from story_clusters"
        ).fetchone()
        db.execute("delete from minhash_params where id not in (select params_id from minhash_signatures)")
    return {"articles": articles, "stories": stats[0], "articles_in_stories": stats[1],
            "duplicates": stats[1] - stats[0], "links": db["near_duplicate_links"].count}
