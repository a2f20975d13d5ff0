"""The journalist's archive on Datasette's extension points.

Routes (`register_routes`) for the search-first home page, results, article,
portal, stories and changes pages, an Atom feed and CSV and XLSX exports of any search;
`prepare_connection` guards what visitors' SQL may read (datasette_config.publish)
and adds the search functions; `asgi_wrapper` makes Datasette's own CSV safe and
limits concurrent `?sql=` queries.  Datasette's tables, JSON and SQL stay
available to power users under /<database>.
"""
from __future__ import annotations

import asyncio
import os
import sqlite3
import tempfile
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

from datasette import hookimpl
from datasette.utils.asgi import AsgiFileDownload, AsgiStream, Response

from archive.export import csv_header, csv_lines, export_rows, write_xlsx
from archive.search import Search, parse_day, register_functions, search_from_params
from datasette_config import pages
from datasette_config.i18n import LANGUAGES, display_date, translator
from datasette_config.publish import limit_sql, protect, redact, safe_csv

CSV_CHUNK = 1000
FEED_SIZE = 50
CONCURRENT_SQL = 2


def _database(datasette: Any) -> Any:
    return next(db for name, db in datasette.databases.items() if name != "_internal")


def _lang(request: Any) -> str:
    chosen = request.args.get("lang") or request.cookies.get("lang")
    return chosen if chosen in LANGUAGES else "vi"


def _args(request: Any) -> dict[str, str]:
    return {k: request.args.get(k) for k in request.args.keys() if request.args.get(k)}


def _link(path: str, args: dict[str, str], **changes: str | None) -> str:
    merged = {**args, **changes}
    merged.pop("page", None) if "page" not in changes else None
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return path + ("?" + query if query else "")


async def _render(datasette: Any, request: Any, template: str, context: dict, status: int = 200) -> Response:
    lang = _lang(request)
    db = _database(datasette)
    args = _args(request)
    base = {
        "t": translator(lang),
        "lang": lang,
        "args": args,
        "link": lambda path, **changes: _link(path, args, **changes),
        "here": request.path,
        "date": display_date,
        "database_url": datasette.urls.database(db.name),
        "row_url": lambda table, pk: datasette.urls.row(db.name, table, str(pk)),
        "redact": redact,
        "level_label": lambda level: translator(lang)(f"level_{level}") if level else "",
    }
    html = await datasette.render_template(template, {**base, **context}, request=request)
    response = Response.html(html, status=status)
    if request.args.get("lang") in LANGUAGES:
        response.set_cookie("lang", request.args["lang"], max_age=365 * 24 * 3600, samesite="lax")
    return response


def _page_number(request: Any) -> int:
    try:
        return max(1, min(int(request.args.get("page", "1")), 10_000))
    except ValueError:
        return 1


async def home(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    return await _render(datasette, request, "pa_home.html", {"scope": await pages.scope(db), "search": Search()})


async def search_page(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    search = search_from_params(_args(request))
    found = await pages.results(db, search, _page_number(request))
    return await _render(datasette, request, "pa_search.html", {"search": search, "found": found})


async def facets_fragment(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    search = search_from_params(_args(request))
    return await _render(datasette, request, "pa_facets.html", {**await pages.facets(db, search), "search": search})


async def search_csv(datasette: Any, request: Any) -> AsgiStream:
    """Every matching article as CSV, the CLI's columns, streamed from its own connection."""
    db = _database(datasette)
    search = search_from_params(_args(request))
    loop = asyncio.get_running_loop()

    async def stream(writer: Any) -> None:
        await writer.write(csv_header())
        if search.query.error:
            return
        conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, check_same_thread=False)
        rows = export_rows(conn, search)
        # the next rows are read and written out in a thread while this chunk is sent
        pending = loop.run_in_executor(None, _csv_chunk, rows)
        try:
            while text := await pending:
                pending = loop.run_in_executor(None, _csv_chunk, rows)
                await writer.write(text)
        finally:
            await asyncio.wait([pending])  # a reader gone mid-file: the thread ends before the close
            conn.close()

    name = _export_name(search, ".csv")
    return AsgiStream(stream, headers={"content-disposition": f'attachment; filename="{name}"'},
                      content_type="text/csv; charset=utf-8")


def _export_name(search: Search, extension: str) -> str:
    return "portal-archive-" + ("-".join(w for t in search.query.terms for w in t.words)[:60] or "all") + extension


class _TemporaryDownload(AsgiFileDownload):
    """A file sent once, then deleted."""

    async def asgi_send(self, send: Any) -> None:
        try:
            await super().asgi_send(send)
        finally:
            os.unlink(self.filepath)


async def search_xlsx(datasette: Any, request: Any) -> _TemporaryDownload:
    """Every matching article as an Excel workbook, the CSV's columns, built on disk in a thread."""
    db = _database(datasette)
    search = search_from_params(_args(request))
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)

    def build() -> None:
        conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
        try:
            write_xlsx([] if search.query.error else export_rows(conn, search), path)
        finally:
            conn.close()

    try:
        await asyncio.get_running_loop().run_in_executor(None, build)
    except BaseException:
        os.unlink(path)
        raise
    return _TemporaryDownload(path, filename=_export_name(search, ".xlsx"),
                              content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _csv_chunk(rows: Any) -> str:
    """The next CSV_CHUNK rows as CSV text ("" at the end)."""
    return csv_lines(_take(rows, CSV_CHUNK))


def _take(rows: Any, n: int) -> list[dict]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= n:
            break
    return batch


async def search_atom(datasette: Any, request: Any) -> Response:
    """An Atom feed of the newest articles matching a search: subscribe to a name or a phrase."""
    db = _database(datasette)
    args = _args(request)
    search = search_from_params({**args, "sort": "newest"})
    found = await pages.results(db, search, 1) if not search.query.error else {"rows": []}
    base = f"{request.scheme}://{request.host}"
    ns = "http://www.w3.org/2005/Atom"
    feed = ET.Element("feed", xmlns=ns)
    ET.SubElement(feed, "title").text = f"Portal Archive: {search.query.text or 'tin mới / latest news'}"
    ET.SubElement(feed, "id").text = base + _link("/search.atom", args)
    ET.SubElement(feed, "link", rel="self", href=base + _link("/search.atom", args))
    ET.SubElement(feed, "link", rel="alternate", href=base + _link("/search", args))
    ET.SubElement(feed, "updated").text = _atom_time(max((r["published_at"] or "" for r in found["rows"]), default=""))
    for row in found["rows"][:FEED_SIZE]:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "title").text = row["title"] or ""
        ET.SubElement(entry, "id").text = f"{base}/article/{row['id']}"
        ET.SubElement(entry, "link", href=f"{base}/article/{row['id']}")
        ET.SubElement(entry, "updated").text = _atom_time(row["published_at"])
        if row["author"]:
            ET.SubElement(ET.SubElement(entry, "author"), "name").text = row["author"]
        ET.SubElement(entry, "summary").text = "".join(text for text, _ in row["snippet"])
        if row["portal"]:
            ET.SubElement(entry, "category", term=row["portal"])
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8", xml_declaration=False)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


def _atom_time(value: str | None) -> str:
    if not value:
        return "1970-01-01T00:00:00Z"
    if len(value) == 10:
        return value + "T00:00:00+07:00"
    return value if "+" in value[10:] or value.endswith("Z") else value + "+07:00"


async def _one(datasette: Any, request: Any, load: Any, template: str, key: str) -> Response:
    found = await load(_database(datasette), int(request.url_vars["id"]))
    if found is None:
        return await _render(datasette, request, "pa_message.html", {"message": "not_found"}, status=404)
    return await _render(datasette, request, template, {key: found})


async def article_page(datasette: Any, request: Any) -> Response:
    return await _one(datasette, request, pages.article, "pa_article.html", "article")


async def portal_page(datasette: Any, request: Any) -> Response:
    return await _one(datasette, request, pages.portal, "pa_portal.html", "portal")


async def stories_page(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    return await _render(datasette, request, "pa_stories.html", {"stories": await pages.stories(db)})


async def changes_page(datasette: Any, request: Any) -> Response:
    db = _database(datasette)
    typed_from, typed_to = request.args.get("from", ""), request.args.get("to", "")
    since, until = parse_day(typed_from), parse_day(typed_to)
    bad = (typed_from.strip() and not since) or (typed_to.strip() and not until)
    rows = [] if bad else await pages.changes(db, since, until)
    return await _render(datasette, request, "pa_changes.html",
                         {"rows": rows, "since": since, "until": until, "bad_date": bad})


@hookimpl
def register_routes():
    return [
        (r"^/$", home),
        (r"^/search$", search_page),
        (r"^/search/facets$", facets_fragment),
        (r"^/search\.csv$", search_csv),
        (r"^/search\.xlsx$", search_xlsx),
        (r"^/search\.atom$", search_atom),
        (r"^/article/(?P<id>\d{1,18})$", article_page),
        (r"^/portal/(?P<id>\d{1,18})$", portal_page),
        (r"^/stories$", stories_page),
        (r"^/changes$", changes_page),
    ]


@hookimpl
def prepare_connection(conn, database):
    if database == "_internal":  # Datasette's own catalogue
        return
    register_functions(conn)
    protect(conn)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        return safe_csv(limit_sql(app, CONCURRENT_SQL))

    return wrap
