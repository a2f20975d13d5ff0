"""Places: the archive by administrative unit, before and after the July 2025 reform.

- `news_by_place` (a view of archive.registry) gets its facets here, through the
  `get_metadata` hook: current province, former province, and the former and
  current units as array facets.
- `/-/places?q=son duong` finds units by name (diacritics optional);
  `/-/place/<unit id>` is a place's page: its parents, what it became or was made
  of, the portals in it over time, and its articles per month.
Everything here only reads; the SQL lives in archive.registry.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response

from archive import registry
from archive.units import ERA_LABELS, TYPE_ABBREVIATIONS, name_key

NEWS_BY_PLACE = {
    "title": "Tin theo địa bàn / News by place",
    "description": "Mỗi bài kèm đơn vị hành chính cũ (63 tỉnh) và mới (34 tỉnh). / Each article with its former "
                   "(63-province) and current (34-province) units, by its date and its portal's period.",
    "fts_table": "articles_fts",
    "fts_pk": "id",
    "facets": ["province", "former_province", {"array": "former_units"}, {"array": "current_units"}, "month"],
    "sort_desc": "published_at",
    "columns": {
        "province": "Tỉnh, thành phố hiện nay (34 tỉnh) / Current province",
        "former_province": "Tỉnh trước 1/7/2025 (63 tỉnh) / Province before 1 July 2025",
        "former_units": "Huyện, xã trước 1/7/2025 / District and commune before the reform",
        "current_units": "Xã, phường từ 1/7/2025 / Commune or ward after the reform",
        "month": "Tháng đăng / Month published",
    },
}


@hookimpl
def get_metadata(datasette, key, database, table):
    return {"databases": {name: {"tables": {"news_by_place": NEWS_BY_PLACE}} for name in datasette.databases
                          if name != "_internal"}}


async def _archive(datasette: Any):
    """The first database that holds the registry's units."""
    for name, db in datasette.databases.items():
        if name != "_internal" and "units" in await db.table_names():
            return name, db
    return None, None


async def _rows(db: Any, sql: str, params: dict) -> list[dict]:
    # the project's own page: its query runs past the visitor check (datasette_config.publish)
    from datasette_config.publish import trusted

    return await trusted(db, sql, params)


def _news_link(datasette: Any, database: str, unit: dict) -> str:
    """news_by_place filtered to the unit."""
    if unit["level"] == "province":
        column = "province" if unit["era"] == "new" else "former_province"
        query = {column: unit["name"]}
    else:
        column = "current_units" if unit["era"] == "new" else "former_units"
        query = {f"{column}__arraycontains": unit["label"]}
    return datasette.urls.table(database, "news_by_place") + "?" + urlencode(query)


async def place_page(request, datasette):
    database, db = await _archive(datasette)
    unit_id = unquote(request.url_vars["unit_id"])
    if db is None:
        return Response.html("no registry in this archive", status=404)
    unit = (await _rows(db, registry.PLACE_SQL, {"id": unit_id}) or [None])[0]
    if unit is None:
        return Response.html(f"no unit {unit_id}", status=404)
    page = {
        "unit": unit,
        "era_label": ERA_LABELS[unit["era"]],
        "parents": await _rows(db, registry.PLACE_PARENTS_SQL, unit),
        "successors": await _rows(db, registry.PLACE_SUCCESSORS_SQL, {"id": unit_id}),
        "predecessors": await _rows(db, registry.PLACE_PREDECESSORS_SQL, {"id": unit_id}),
        "portals": await _rows(db, registry.PLACE_PORTALS_SQL, {"id": unit_id}),
        "months": await _rows(db, registry.PLACE_MONTHS_SQL, {"id": unit_id}),
        "news_url": _news_link(datasette, database, unit),
        "place_url": lambda uid: f"/-/place/{uid}",
        "database": database,
    }
    page["articles"] = sum(m["articles"] for m in page["months"])
    page["peak"] = max((m["articles"] for m in page["months"]), default=0)
    return Response.html(await datasette.render_template("place.html", page, request=request))


async def places_search(request, datasette):
    database, db = await _archive(datasette)
    text = request.args.get("q", "")
    found = []
    if db is not None and text.strip():
        key = name_key(text)
        found = await _rows(db, registry.PLACE_SEARCH_SQL, {"key": key})
        # "huyện Sơn Dương": also without its type word (the types the units have)
        types = [name_key(r["type"]) for r in await _rows(db, registry.UNIT_TYPES_SQL, {})]
        for prefix in sorted({*types, *TYPE_ABBREVIATIONS}, key=len, reverse=True):
            if not found and key.startswith(prefix) and len(key) > len(prefix):
                found = await _rows(db, registry.PLACE_SEARCH_SQL, {"key": key[len(prefix):]})
    return Response.html(await datasette.render_template(
        "place_search.html", {"q": text, "found": found, "era_labels": ERA_LABELS}, request=request))


@hookimpl
def menu_links(datasette, actor):
    return [{"href": datasette.urls.path("/-/places"), "label": "Địa bàn / Places"}]


@hookimpl
def register_routes():
    return [
        (r"^/-/place/(?P<unit_id>[a-z]+(?::|%3[Aa])[0-9]+)$", place_page),
        (r"^/-/places$", places_search),
    ]
