"""The registry's tables: units of both maps, portal periods, and where articles belong.

A portal is (host, period, unit): `portal_periods` holds one row per host and
validity period with the unit the host served then (a district portal until
2025-06-30, a commune portal after).  `period_units` lists, per period, every
unit its articles belong to: the unit and its parents ('own'), what the unit
became after the reform ('successor') or was made of before it ('predecessor'),
each with its province.  The view `article_units` places each article by its
date (published_at, else first_seen_at) in its host's period, so a search by an
old district finds what its portals published before and after the merger, and
a search by a new province what its predecessors published.

The unit tables are filled from archive.units by `load_units_table`, once per
archive (the first registry import), not on every open.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

import sqlite_utils

from archive.units import NEW, OLD, Unit, Units, name_key

TABLES: dict[str, dict] = {
    "units": {
        "columns": {
            "id": str,  # era:GSO code, "old:076"
            "era": str,  # old (63 provinces, until 2025-06-30) | new (34 provinces, from 2025-07-01)
            "level": str,  # province | district | commune
            "code": str,
            "name": str,
            "short_name": str,
            "type": str,
            "province_id": str,
            "district_id": str,
            "label": str,  # "Huyện Sơn Dương (Tuyên Quang)"
            "key": str,  # short name folded, letters and digits only: "sonduong" (place search)
        },
        "pk": "id",
    },
    # Old unit -> new unit it went (partly) into; districts through their communes.
    "unit_successors": {
        "columns": {"old_id": str, "new_id": str},
        "pk": ("old_id", "new_id"),
    },
    "portal_periods": {
        "columns": {
            "id": int,
            "host": str,  # portals.host
            "portal_id": int,
            "valid_from": str,  # YYYY-MM-DD, inclusive; NULL: since ever
            "valid_until": str,  # YYYY-MM-DD, inclusive; NULL: still
            "level": str,
            "unit_id": str,
            "name": str,
            "source": str,  # where the portal was seen (a URL or a document)
            "imported_from": str,  # file:line of the registry row
            "imported_at": str,
            # What news_by_place shows for the period's articles, derived from period_units
            # when the period is written (a view computing them per article is too slow).
            "province": str,  # current (34-province) province
            "former_province": str,  # 63-province province(s), "; " between
            "former_units": str,  # JSON array of labels of old districts and communes
            "current_units": str,  # JSON array of labels of new communes
        },
        "pk": "id",
        "foreign_keys": [("portal_id", "portals", "id"), ("unit_id", "units", "id")],
    },
    "period_units": {
        "columns": {"period_id": int, "unit_id": str, "relation": str},  # own | successor | predecessor
        "pk": ("period_id", "unit_id"),
        "foreign_keys": [("period_id", "portal_periods", "id"), ("unit_id", "units", "id")],
    },
}

INDEXES = [
    ("units", ["era", "level"]),
    ("units", ["province_id"]),
    ("units", ["district_id"]),
    ("units", ["key"]),
    ("unit_successors", ["new_id"]),
    ("portal_periods", ["host"]),
    ("portal_periods", ["unit_id"]),
    ("period_units", ["unit_id"]),
]

# The day an article is placed by: its publication date, else the day it was first seen.
ARTICLE_DAY = "substr(coalesce(a.published_at, a.first_seen_at), 1, 10)"

VIEWS = {
    "article_units": f"""
        select a.id as article_id, pu.unit_id, pu.relation, u.era, u.level, u.name, u.label,
               pp.id as period_id, {ARTICLE_DAY} as day
        from articles a
        join portals p on p.id = a.portal_id
        join portal_periods pp on pp.host = p.host
             and {ARTICLE_DAY} between coalesce(pp.valid_from, '0000-00-00') and coalesce(pp.valid_until, '9999-12-31')
        join period_units pu on pu.period_id = pp.id
        join units u on u.id = pu.unit_id
    """,
    # One row per placed article: former (63-province) and current (34-province) units.
    # The *_units columns are JSON arrays for Datasette's array facets.
    "news_by_place": f"""
        select a.id, a.published_at, substr(a.published_at, 1, 7) as month, a.title, p.name as portal,
               pp.province, pp.former_province, pp.former_units, pp.current_units,
               a.url, a.duplicate_of, a.portal_id, pp.unit_id, a.text
        from articles a
        join portals p on p.id = a.portal_id
        join portal_periods pp on pp.host = p.host
             and {ARTICLE_DAY} between coalesce(pp.valid_from, '0000-00-00') and coalesce(pp.valid_until, '9999-12-31')
    """,
}


def ensure_registry_schema(db: sqlite_utils.Database) -> None:
    """Create the registry's tables, indexes and views (idempotent, cheap)."""
    from archive.schema import ensure_views

    with db.atomic():
        for name, spec in TABLES.items():
            table = db.table(name)
            if not table.exists():
                table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"))
            else:
                present = set(table.columns_dict)
                for column, kind in spec["columns"].items():
                    if column not in present:
                        table.add_column(column, kind)
        for table, columns in INDEXES:
            db[table].create_index(columns, if_not_exists=True)
    ensure_views(db, VIEWS)


def load_units_table(db: sqlite_utils.Database, units: Units) -> int:
    """Copy both maps into the archive unless they are there already; rows written."""
    have = db.execute("select count(*) from units").fetchone()[0]
    if have == len(units.by_id):
        return 0
    rows = [
        {"id": u.id, "era": u.era, "level": u.level, "code": u.code, "name": u.name, "short_name": u.short_name,
         "type": u.type, "province_id": u.province_id, "district_id": u.district_id, "label": units.label(u),
         "key": name_key(u.short_name)}
        for u in units.by_id.values()
    ]
    links = [
        {"old_id": u.id, "new_id": s.id}
        for u in units.by_id.values() if u.era == OLD for s in units.successors(u.id)
    ]
    with db.atomic():
        db.execute("delete from unit_successors")
        db["units"].insert_all(rows, replace=True, batch_size=2000)
        db["unit_successors"].insert_all(links, replace=True, batch_size=5000)
    return len(rows)


@dataclass
class Period:
    """One registry row once resolved: a host served `unit` from..until."""

    host: str
    portal_id: int
    unit: Unit
    valid_from: str | None
    valid_until: str | None
    name: str | None = None
    source: str | None = None
    imported_from: str | None = None


def replace_periods(db: sqlite_utils.Database, host: str, periods: Iterable[Period], units: Units,
                    imported_at: str) -> int:
    """Make `periods` the host's whole history (an import is the truth for the hosts it names)."""
    periods = list(periods)
    with db.atomic():
        old_ids = [r[0] for r in db.execute("select id from portal_periods where host = ?", [host])]
        for period_id in old_ids:
            db.execute("delete from period_units where period_id = ?", [period_id])
        db.execute("delete from portal_periods where host = ?", [host])
        for period in periods:
            places = units.places(period.unit.id)
            period_id = db["portal_periods"].insert({
                "host": period.host, "portal_id": period.portal_id, "valid_from": period.valid_from,
                "valid_until": period.valid_until, "level": period.unit.level, "unit_id": period.unit.id,
                "name": period.name, "source": period.source, "imported_from": period.imported_from,
                "imported_at": imported_at, **place_columns(places, units),
            }).last_pk
            db["period_units"].insert_all(
                ({"period_id": period_id, "unit_id": unit_id, "relation": relation} for unit_id, relation in places),
                pk=("period_id", "unit_id"),
            )
    return len(periods)


def place_columns(places: list[tuple[str, str]], units: Units) -> dict[str, str | None]:
    """The news_by_place columns of a period from its places."""
    found = [units[unit_id] for unit_id, _ in places]

    def names(era: str, province: bool, label: bool) -> list[str]:
        return sorted({units.label(u) if label else u.name for u in found
                       if u.era == era and (u.level == "province") == province})

    return {
        "province": "; ".join(names(NEW, True, False)) or None,
        "former_province": "; ".join(names(OLD, True, False)) or None,
        "former_units": json.dumps(names(OLD, False, True), ensure_ascii=False),
        "current_units": json.dumps(names(NEW, False, True), ensure_ascii=False),
    }


# -- reading ----------------------------------------------------------------------------

PORTAL_LIST_SQL = """
select p.id, p.url, coalesce(p.name, ''), coalesce(p.level, ''), coalesce(p.province, ''),
       (select count(*) from articles a where a.portal_id = p.id),
       coalesce((select group_concat(case when pp.valid_from is null and pp.valid_until is null then ''
                                          when pp.valid_from is null then 'until ' || pp.valid_until || ' '
                                          when pp.valid_until is null then 'from ' || pp.valid_from || ' '
                                          else pp.valid_from || '..' || pp.valid_until || ' ' end
                                     || u.label || ' [' || u.id || ']', '; ')
                 from (select * from portal_periods where host = p.host order by coalesce(valid_from, '')) pp
                 join units u on u.id = pp.unit_id), ''),
       coalesce((select group_concat(distinct pp.source) from portal_periods pp where pp.host = p.host), '')
from portals p order by p.id
"""

# Placed portals (hosts) by current province (34-province map) and level, for `portals list --summary`.
SUMMARY_SQL = """
with placed as (
    select pp.host, pp.level, u.era, case when u.level = 'province' then u.id else u.province_id end as province_id
    from portal_periods pp join units u on u.id = pp.unit_id
)
select coalesce(np.name, '?') as province, placed.level, count(distinct placed.host) as portals
from placed
left join unit_successors s on s.old_id = placed.province_id
left join units np on np.id = case when placed.era = 'new' then placed.province_id else s.new_id end
group by 1, 2 order by 1, 2
"""

PLACE_SQL = "select * from units where id = :id"
PLACE_PARENTS_SQL = "select * from units where id in (:province_id, :district_id)"
PLACE_SUCCESSORS_SQL = """
select u.* from unit_successors s join units u on u.id = s.new_id where s.old_id = :id order by u.name
"""
PLACE_PREDECESSORS_SQL = """
select u.* from unit_successors s join units u on u.id = s.old_id
where s.new_id = :id and u.level != 'district' order by u.province_id, u.district_id, u.name
"""
# Every portal whose articles belong to the unit, with the period and how it relates.
PLACE_PORTALS_SQL = """
select p.id as portal_id, p.url, coalesce(pp.name, p.name) as name, pp.level, pp.valid_from, pp.valid_until,
       pu.relation, u.id as unit_id, u.label as unit, pp.source,
       (select count(*) from article_units x where x.period_id = pp.id and x.unit_id = :id) as articles
from period_units pu
join portal_periods pp on pp.id = pu.period_id
join portals p on p.id = pp.portal_id
join units u on u.id = pp.unit_id
where pu.unit_id = :id
order by coalesce(pp.valid_from, ''), p.url
"""
PLACE_MONTHS_SQL = """
select substr(day, 1, 7) as month, count(distinct article_id) as articles
from article_units where unit_id = :id group by 1 order by 1
"""


# Units whose short name starts with the typed one (folded), current map first.
PLACE_SEARCH_SQL = """
select id, era, level, label from units
where key like :key || '%'
order by key = :key desc, era = 'new' desc, level, label limit 50
"""
UNIT_TYPES_SQL = "select distinct type from units where type != ''"
