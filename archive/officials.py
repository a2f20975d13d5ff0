"""Officials in the archive: mentions, persons, an editor's overrides, timelines.

Tables (this module owns them and all SQL on them):

- `official_mentions`: one row per post of a person named in an article (name,
  folded name, post, office, body, place, article date).  The place is the unit
  the text names, else the portal's own unit (`place_source` says which).
- `official_persons`: mentions grouped into people, with the rule that grouped them.
- `official_person_overrides`: an editor's corrections, respected by every regrouping.

Grouping (explainable on purpose): mentions with the same folded name in the
same province and district are one person.  A mention known only at province
level joins the one person of that name in the province, when there is exactly
one; otherwise it stays a province-level person.  The same name in two provinces
stays two people unless an override gives them one `person_key`.  An override
row matches on folded name and, when given, province, district and article URL;
the most specific matching row wins.
"""
from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from typing import Any, Iterable

import sqlite_utils

from archive.fold import fold
from archive.schema import ensure_views
from crawler.officials.extract import extract_officials, fold_name

logger = logging.getLogger(__name__)
EXTRACTION_ERRORS: list[int] = []  # article ids whose officials could not be read, this process

# Unit of a post, most local last: how far down the portal's own unit applies.
UNIT_DEPTH = {"national": 0, "province": 1, "city": 2, "district": 2, "commune": 3, "village": 3}
PORTAL_DEPTH = {"province": 1, "district": 2, "commune": 3}

VIEWS = {
    # One row per post mention with its person and article, for browsing and facets.
    "official_posts": """
select m.id, m.published_at, substr(m.published_at, 1, 4) as year, m.name, m.post, m.office, m.title, m.body,
       m.former, m.place, m.province, m.district, m.commune, m.place_source, m.person_key,
       a.title as article_title, a.url as article_url, m.article_id
from official_mentions m join articles a on a.id = m.article_id
""",
}


def ensure_officials_schema(db: sqlite_utils.Database) -> None:
    """The three tables, their indexes and the browsing view (idempotent)."""
    db.execute(
        "create table if not exists official_mentions (id integer primary key, "
        "article_id integer not null references articles(id), person_index integer, name text not null, "
        "folded_name text not null, post text not null, office text, title text, body text, former integer, "
        "level text, place text, province text, district text, commune text, place_source text, "
        "unit_known integer, published_at text, person_key text)"
    )
    db.execute(
        "create table if not exists official_persons (key text primary key, name text, folded_name text, "
        "province text, district text, places text, posts text, first_seen text, last_seen text, "
        "mentions integer, articles integer, rule text)"
    )
    db.execute(
        "create table if not exists official_person_overrides (id integer primary key, "
        "folded_name text not null, province text, district text, article_url text, "
        "person_key text not null, note text, created_at text default (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )
    if "unit_known" not in db["official_mentions"].columns_dict:  # archives from before the column
        db["official_mentions"].add_column("unit_known", int)
    for columns in (["article_id"], ["folded_name"], ["person_key"], ["office", "province", "district"]):
        db["official_mentions"].create_index(columns, if_not_exists=True)
    db["official_persons"].create_index(["folded_name"], if_not_exists=True)
    ensure_views(db, VIEWS)


# -- places -----------------------------------------------------------------------


def resolve_place(post: Any, portal: dict[str, Any] | None) -> dict[str, Any]:
    """province/district/commune of a post: the unit the text names, else the portal's.

    Named units keep the portal's higher units ("xã Vĩnh Hảo" on a district
    portal is in that district).  A post of a higher level than the portal
    ("Tỉnh ủy viên" on a commune site) keeps only the units above it.
    """
    portal = portal or {}
    units = [portal.get("province") or None, portal.get("district") or None, portal.get("commune") or None]
    depth = UNIT_DEPTH.get(post.level or "")
    if depth is None:  # no unit word: the portal's own unit
        depth = PORTAL_DEPTH.get(portal.get("level") or "", 3)
    if post.level == "city":  # "thành phố" is a province (Hà Nội) or a district-level city
        depth = 1 if post.place_name and fold(post.place_name) == fold(units[0]) else 2
    source = "portal"
    if post.level == "village":  # "Trưởng thôn Đồng Tâm": the village is in the portal's commune
        label = place_label(units, None)
        return {"province": units[0], "district": units[1], "commune": units[2],
                "place": ", ".join(filter(None, [post.place, label])) or None,
                "place_source": "text" if post.place_name else "portal", "unit_known": int(bool(post.place_name))}
    if post.place_name and depth:
        units[min(depth, 3) - 1] = post.place_name
        source = "text"
    resolved = units[:depth] + [None] * (3 - depth)
    if depth > PORTAL_DEPTH.get(portal.get("level") or "", 3) and not post.place_name:
        resolved[depth - 1] = None  # "UBND xã" on a district portal: which commune is not said
    return {"province": resolved[0], "district": resolved[1], "commune": resolved[2],
            "place": place_label(resolved, post.level) or ("Trung ương" if depth == 0 else None),
            "place_source": source, "unit_known": int(depth == 0 or resolved[depth - 1] is not None)}


def place_label(units: list[str | None], level: str | None = None) -> str | None:
    """"xã Vĩnh Hảo, huyện Tuy Phong, Bình Thuận" from the most local unit up."""
    words = ["tỉnh", "huyện", "xã"]
    parts = [f"{words[i]} {u}" if i else u for i, u in enumerate(units) if u]
    return ", ".join(reversed(parts)) or None


def office_of(post: Any) -> str:
    """The post without its unit's name and without "nguyên", abbreviations expanded: "Bí thư Huyện ủy"."""
    return post.canonical or post.text


# -- writing mentions -------------------------------------------------------------


def mention_rows(article_id: int, officials: Iterable[Any], portal: dict[str, Any] | None,
                 published_at: str | None) -> list[dict[str, Any]]:
    rows = []
    for index, official in enumerate(officials):
        folded = fold_name(official.name)
        for post in official.posts:
            rows.append({
                "article_id": article_id, "person_index": index, "name": official.name, "folded_name": folded,
                "post": post.text, "office": office_of(post), "title": post.title, "body": post.body,
                "former": int(post.former), "level": post.level, **resolve_place(post, portal),
                "published_at": published_at,
            })
    return rows


def officials_of(article_id: int, text: str | None) -> list[Any]:
    """The article's officials; a failure of the extractor is logged, and the article is still saved."""
    try:
        return extract_officials(text)
    except Exception:  # a bug in a rule must not lose the article
        EXTRACTION_ERRORS.append(article_id)
        logger.exception("officials extraction failed on article %s", article_id)
        return []


def save_mentions(db: sqlite_utils.Database, article_id: int, text: str | None,
                  portal_id: int | None, published_at: str | None, officials: list[Any] | None = None) -> int:
    """Replace one article's mentions (caller's transaction) and regroup the names involved.

    `officials`: found already from `text` (None: found here)."""
    portal = next(db["portals"].rows_where("id = ?", [portal_id]), None) if portal_id else None
    old = {r[0] for r in db.execute("select folded_name from official_mentions where article_id = ?", [article_id])}
    db.execute("delete from official_mentions where article_id = ?", [article_id])
    found = officials_of(article_id, text) if officials is None else officials
    rows = mention_rows(article_id, found, portal, published_at)
    if rows:
        db["official_mentions"].insert_all(rows)
    regroup(db, old | {r["folded_name"] for r in rows})
    return len(rows)


def rebuild_mentions(db: sqlite_utils.Database) -> dict[str, int]:
    """`reextract`: every article's mentions from its current text, then every person."""
    with db.atomic():
        db.execute("delete from official_mentions")
        portals = {p["id"]: p for p in db["portals"].rows}
        articles = 0
        for article_id, text, portal_id, published_at in db.execute(
                "select id, text, portal_id, published_at from articles order by id").fetchall():
            rows = mention_rows(article_id, officials_of(article_id, text), portals.get(portal_id), published_at)
            if rows:
                db["official_mentions"].insert_all(rows)
            articles += 1
        db.execute("delete from official_persons")
        regroup(db, None)
    return {"articles": articles, "mentions": db["official_mentions"].count, "persons": db["official_persons"].count}


# -- grouping ---------------------------------------------------------------------


def slug(*parts: str | None) -> str:
    return "/".join(re.sub(r"[^a-z0-9]+", "-", fold(p or "")).strip("-") or "-" for p in parts)


def _override_for(row: dict, overrides: list[dict]) -> dict | None:
    best, best_score = None, -1
    for o in overrides:
        checks = [("province", row["province"]), ("district", row["district"]), ("article_url", row["article_url"])]
        if any(o[f] and fold(o[f]) != fold(v) for f, v in checks):
            continue
        score = sum(bool(o[f]) for f, _ in checks) * 10 + (o["id"] or 0) / 1e9
        if score > best_score:
            best, best_score = o, score
    return best


def group_mentions(rows: list[dict], overrides: list[dict]) -> dict[int, tuple[str, str]]:
    """mention id -> (person key, rule) for mentions of one folded name."""
    assigned: dict[int, tuple[str, str]] = {}
    automatic = []
    for row in rows:
        override = _override_for(row, overrides)
        if override:
            assigned[row["id"]] = (override["person_key"], f"sửa tay #{override['id']}: {override['note'] or ''}".strip())
        else:
            automatic.append(row)
    districts_by_province = defaultdict(set)
    for row in automatic:
        if row["district"]:
            districts_by_province[fold(row["province"])].add(fold(row["district"]))
    for row in automatic:
        name, province, district = row["folded_name"], row["province"], row["district"]
        if district:
            assigned[row["id"]] = (slug(name, province, district),
                                   f"cùng tên, cùng {place_label([province, district, None])}")
            continue
        known = districts_by_province.get(fold(province), set())
        if province and len(known) == 1:
            only = next(r["district"] for r in automatic if r["district"] and fold(r["province"]) == fold(province))
            assigned[row["id"]] = (slug(name, province, only),
                                   f"cùng tên, cùng tỉnh {province}, chỉ một người tên này ở {only}")
        else:
            assigned[row["id"]] = (slug(name, province, None),
                                   f"cùng tên, cùng {('tỉnh ' + province) if province else 'cấp Trung ương'}")
    return assigned


MENTIONS_OF_NAMES = """
select m.id, m.folded_name, m.name, m.province, m.district, m.commune, m.place, m.post, m.office,
       m.published_at, m.article_id, m.former, a.url as article_url
from official_mentions m join articles a on a.id = m.article_id
where m.folded_name in (select value from json_each(:names))
"""


def regroup(db: sqlite_utils.Database, folded_names: Iterable[str] | None) -> None:
    """Recompute person keys and person rows for these names (all names when None)."""
    if folded_names is None:
        folded_names = [r[0] for r in db.execute("select distinct folded_name from official_mentions")]
        folded_names = list(folded_names) + [r[0] for r in db.execute("select folded_name from official_persons")]
    names = sorted(set(folded_names))
    if not names:
        return
    cursor = db.execute(MENTIONS_OF_NAMES, {"names": json.dumps(names)})
    columns = [d[0] for d in cursor.description]
    by_name: dict[str, list[dict]] = defaultdict(list)
    for values in cursor.fetchall():
        row = dict(zip(columns, values))
        by_name[row["folded_name"]].append(row)
    overrides_by_name: dict[str, list[dict]] = defaultdict(list)
    for o in db.execute("select id, folded_name, province, district, article_url, person_key, note "
                        "from official_person_overrides where folded_name in (select value from json_each(?))",
                        [json.dumps(names)]).fetchall():
        overrides_by_name[o[1]].append(dict(zip(("id", "folded_name", "province", "district", "article_url",
                                                  "person_key", "note"), o)))
    db.execute("delete from official_persons where folded_name in (select value from json_each(?))",
               [json.dumps(names)])
    persons = []
    for name in names:
        rows = by_name.get(name, [])
        keys = group_mentions(rows, overrides_by_name.get(name, []))
        db.conn.executemany("update official_mentions set person_key = ? where id = ?",
                            [(k, mention_id) for mention_id, (k, _) in keys.items()])
        members: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            members[keys[row["id"]][0]].append(row)
        for person_key, group in members.items():
            persons.append(person_row(person_key, name, group, keys[group[0]["id"]][1]))
    if persons:
        db["official_persons"].insert_all(persons, replace=True)


def person_row(person_key: str, folded_name: str, group: list[dict], rule: str) -> dict[str, Any]:
    dates = sorted(r["published_at"] for r in group if r["published_at"])
    places = Counter(r["place"] for r in group if r["place"])
    provinces = Counter(r["province"] for r in group if r["province"])
    districts = Counter(r["district"] for r in group if r["district"])
    posts = list(dict.fromkeys(r["post"] for r in sorted(group, key=lambda r: r["published_at"] or "")))
    return {
        "key": person_key, "name": Counter(r["name"] for r in group).most_common(1)[0][0],
        "folded_name": folded_name,
        "province": provinces.most_common(1)[0][0] if provinces else None,
        "district": districts.most_common(1)[0][0] if districts else None,
        "places": "; ".join(p for p, _ in places.most_common()), "posts": "; ".join(posts),
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
        "mentions": len(group), "articles": len({r["article_id"] for r in group}), "rule": rule,
    }


def add_override(db: sqlite_utils.Database, name: str, person_key: str, *, province: str | None = None,
                 district: str | None = None, article_url: str | None = None, note: str | None = None) -> int:
    """An editor's correction: these mentions of `name` belong to `person_key`."""
    with db.atomic():
        override_id = db["official_person_overrides"].insert({
            "folded_name": fold_name(name), "province": province, "district": district,
            "article_url": article_url, "person_key": person_key, "note": note,
        }).last_pk
        regroup(db, [fold_name(name)])
    return override_id


# -- reading: the Datasette pages run these -------------------------------------------

PERSON_SEARCH_SQL = """
select p.key, p.name, p.province, p.district, p.places, p.posts, p.first_seen, p.last_seen, p.mentions, p.articles
from official_persons p
where (:q = '' or p.folded_name like '%' || :q || '%')
  and (:province = '' or p.key in (select person_key from official_mentions where province = :province))
  and (:body = '' or p.key in (select person_key from official_mentions where body = :body))
  and (:office = '' or p.key in (select person_key from official_mentions where office = :office))
order by p.mentions desc, p.name
limit 200
"""

# Counts of persons per province / body / office among the search's persons.
FACET_SQL = """
with found as (
  select p.key from official_persons p
  where (:q = '' or p.folded_name like '%' || :q || '%')
    and (:province = '' or p.key in (select person_key from official_mentions where province = :province))
    and (:body = '' or p.key in (select person_key from official_mentions where body = :body))
    and (:office = '' or p.key in (select person_key from official_mentions where office = :office))
)
select {column} as value, count(distinct person_key) as persons
from official_mentions where person_key in (select key from found) and {column} is not null
group by {column} order by persons desc, value limit 20
"""
FACETS = {"province": "Tỉnh, thành phố", "body": "Cơ quan", "office": "Chức vụ"}

PERSON_SQL = "select * from official_persons where key = :key"

# Posts held: one row per office and unit, first and last dated mention.
PERSON_TIMELINE_SQL = """
select office, place, province, district, commune, max(former) as former_seen,
       min(case when former = 0 then published_at end) as first_seen,
       max(case when former = 0 then published_at end) as last_seen,
       count(*) as mentions, count(distinct article_id) as articles
from official_mentions where person_key = :key
group by office, province, district, commune
order by coalesce(first_seen, '9999'), office
"""

PERSON_ARTICLES_SQL = """
select a.id, a.title, a.url, a.published_at, group_concat(m.post, '; ') as posts, po.name as portal
from official_mentions m join articles a on a.id = m.article_id left join portals po on po.id = a.portal_id
where m.person_key = :key group by a.id order by a.published_at desc, a.id desc
"""

PERSON_COMENTIONS_SQL = """
select o.person_key as key, p.name, p.posts, count(distinct o.article_id) as articles
from official_mentions m join official_mentions o on o.article_id = m.article_id and o.person_key != m.person_key
join official_persons p on p.key = o.person_key
where m.person_key = :key group by o.person_key order by articles desc, p.name limit 30
"""

# Holders of one office in one unit, over time ("Bí thư Huyện ủy" of Na Rì); a post whose
# unit is not known ("Chủ tịch UBND xã" on a district portal, no commune named) is left out.
OFFICE_HOLDERS_SQL = """
select m.person_key as key, p.name,
       min(case when m.former = 0 then m.published_at end) as first_seen,
       max(case when m.former = 0 then m.published_at end) as last_seen,
       max(m.former) as former_seen, count(distinct m.article_id) as articles
from official_mentions m join official_persons p on p.key = m.person_key
where m.office = :office and coalesce(m.province, '') = :province and coalesce(m.district, '') = :district
  and coalesce(m.commune, '') = :commune and m.unit_known = 1
group by m.person_key order by coalesce(first_seen, '9999'), p.name
"""

OFFICES_SQL = """
select office, province, district, commune, place, count(distinct person_key) as holders,
       min(published_at) as first_seen, max(published_at) as last_seen
from official_mentions where (:office = '' or office = :office) and unit_known = 1
group by office, province, district, commune order by holders desc, office limit 200
"""


def search_params(q: str = "", province: str = "", body: str = "", office: str = "") -> dict[str, str]:
    """Parameters of PERSON_SEARCH_SQL/FACET_SQL: the name query folded like the stored names."""
    return {"q": fold_name(q or ""), "province": province or "", "body": body or "", "office": office or ""}


def facet_sql(column: str) -> str:
    if column not in FACETS:
        raise ValueError(f"no facet {column!r}")
    return FACET_SQL.format(column=column)
