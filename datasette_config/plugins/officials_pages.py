"""Datasette pages for officials: search people, a person's timeline, a post's holders.

Routes (register_routes):
  /-/officials                      people by name without diacritics, facets by province, body, post
  /-/officials/person/<key>         timeline, places, articles, officials named alongside
  /-/officials/post?office=&province=&district=&commune=   holders of one post over time

The SQL lives in archive/officials.py (it owns those tables); this only reads.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from archive import officials

UNIT_FIELDS = ("province", "district", "commune")


def _db(datasette: Any) -> Any:
    return datasette.get_database()


async def _rows(db: Any, sql: str, params: dict) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


def _post_href(datasette: Any, row: dict) -> str:
    params = {"office": row["office"], **{f: row.get(f) or "" for f in UNIT_FIELDS}}
    return datasette.urls.path("/-/officials/post?" + urlencode(params))


def _person_href(datasette: Any, key: str) -> str:
    return datasette.urls.path("/-/officials/person/" + key)


async def _has_tables(db: Any) -> bool:
    return "official_persons" in await db.table_names()


async def search_page(datasette: Any, request: Any) -> Response:
    db = _db(datasette)
    args = {name: request.args.get(name, "") for name in ("q", "province", "body", "office")}
    params = officials.search_params(**args)
    persons, facets = [], []
    if await _has_tables(db):
        persons = await _rows(db, officials.PERSON_SEARCH_SQL, params)
        for column, label in officials.FACETS.items():
            values = await _rows(db, officials.facet_sql(column), params)
            for value in values:
                chosen = args[column] == value["value"]
                value["selected"] = chosen
                value["href"] = "?" + urlencode({**args, column: "" if chosen else value["value"]})
            facets.append({"column": column, "label": label, "options": values})
    for person in persons:
        person["href"] = _person_href(datasette, person["key"])
    return Response.html(await datasette.render_template(
        "officials_search.html", {"args": args, "persons": persons, "facets": facets}, request=request))


async def person_page(datasette: Any, request: Any) -> Response:
    db = _db(datasette)
    key = request.url_vars["key"]
    found = await _rows(db, officials.PERSON_SQL, {"key": key}) if await _has_tables(db) else []
    if not found:
        raise NotFound(f"Không có người này / no such person: {key}")
    timeline = await _rows(db, officials.PERSON_TIMELINE_SQL, {"key": key})
    for row in timeline:
        row["href"] = _post_href(datasette, row)
    articles = await _rows(db, officials.PERSON_ARTICLES_SQL, {"key": key})
    for row in articles:
        row["href"] = datasette.urls.row(db.name, "articles", str(row["id"]))
    others = await _rows(db, officials.PERSON_COMENTIONS_SQL, {"key": key})
    for row in others:
        row["href"] = _person_href(datasette, row["key"])
    return Response.html(await datasette.render_template("officials_person.html", {
        "person": found[0], "timeline": timeline, "articles": articles, "others": others,
        "places": [p for p in (found[0]["places"] or "").split("; ") if p],
    }, request=request))


async def post_page(datasette: Any, request: Any) -> Response:
    db = _db(datasette)
    office = request.args.get("office", "")
    unit = {f: request.args.get(f, "") for f in UNIT_FIELDS}
    holders, offices = [], []
    if await _has_tables(db):
        if office:
            holders = await _rows(db, officials.OFFICE_HOLDERS_SQL, {"office": office, **unit})
            for row in holders:
                row["href"] = _person_href(datasette, row["key"])
        offices = await _rows(db, officials.OFFICES_SQL, {"office": office})
        for row in offices:
            row["href"] = _post_href(datasette, row)
    place = officials.place_label([unit["province"] or None, unit["district"] or None, unit["commune"] or None])
    return Response.html(await datasette.render_template("officials_post.html", {
        "office": office, "place": place, "holders": holders, "offices": offices,
    }, request=request))


# Titles, facets and Vietnamese labels of the officials tables (merged under metadata.json).
TABLES_METADATA = {
    "official_posts": {
        "title": "Chức vụ được nhắc / Post mentions",
        "description": "Mỗi dòng: một người, một chức vụ, trong một bài. / One row per post of a person named in an article.",
        "facets": ["province", "body", "office", "year"],
        "sort_desc": "published_at",
        "columns": {
            "name": "Họ tên như in / Name as printed", "post": "Chức vụ như in / Post as printed",
            "office": "Chức vụ (chuẩn hoá, không kèm tên địa bàn) / Post, normalised",
            "title": "Chức danh / Title", "body": "Cơ quan / Body", "former": "Nguyên (đã thôi) / Former",
            "place": "Địa bàn / Place", "province": "Tỉnh / Province", "district": "Huyện / District",
            "commune": "Xã / Commune", "place_source": "Địa bàn lấy từ: bài (text) hay cổng (portal)",
            "person_key": "Mã người / Person", "published_at": "Ngày đăng bài / Article date",
        },
    },
    "official_persons": {
        "title": "Người / Persons",
        "description": "Các lần nhắc gộp thành người; cột rule nói vì sao. / Mentions grouped into persons; "
                       "`rule` says why.",
        "label_column": "name",
    },
    "official_person_overrides": {
        "title": "Sửa gộp người / Grouping corrections",
        "description": "Biên tập viên thêm một dòng: các lần nhắc tên folded_name (và province, district, article_url "
                       "nếu có) thuộc về person_key. Lần gộp sau tôn trọng. / An editor's row: mentions of folded_name "
                       "(narrowed by province, district, article_url) belong to person_key; regrouping respects it.",
    },
}


@hookimpl
def get_metadata(datasette, key, database, table):
    names = [name for name in datasette.databases if name != "_internal"]
    return {"databases": {name: {"tables": TABLES_METADATA} for name in names}}


@hookimpl
def register_routes():
    return [
        (r"^/-/officials$", search_page),
        (r"^/-/officials/person/(?P<key>.+)$", person_page),
        (r"^/-/officials/post$", post_page),
    ]


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/officials"), "label": "Cán bộ, lãnh đạo / Officials"}]
