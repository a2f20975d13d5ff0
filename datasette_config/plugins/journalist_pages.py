"""The article page for journalists: where else its story ran, and how it was edited.

`extra_template_vars` hands templates/row.html the article's near-duplicate
cluster and its earlier versions (with diffs); `render_cell` shows article text
as paragraphs and turns titles into links to the article's page.
Everything here only reads.
"""
from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils import urlsafe_components
from markupsafe import Markup

from datasette_config.publish import redact
from datasette_config.textdiff import paragraphs_html, text_diff_html, words_diff_html

TEXT_COLUMNS = {"articles", "news", "article_versions"}
# Which column holds the article id next to a `title`, per table or view;
# None stands for canned queries and ad-hoc SQL.
TITLE_LINKS = {"news": "id", "story_clusters": "original_id", "article_versions": "article_id", None: "article_id"}

# Listed on the database page, in this order, when they exist in the archive or metadata.
JOURNALIST_PAGES = ("news", "story_clusters", "edited_or_deleted", "portals_needing_attention")

CLUSTER_SQL = """
select a.id, a.url, a.title, a.published_at, a.duplicate_of is null as is_original,
       a.deleted_at, p.name as portal, p.url as portal_url, p.level as portal_level
from articles a left join portals p on p.id = a.portal_id
where a.id = :root or a.duplicate_of = :root
order by a.duplicate_of is not null, a.published_at, a.id
"""

VERSIONS_SQL = """
select id, title, text, content_hash, seen_at from article_versions
where article_id = :id order by seen_at, id
"""


def _article_id(request: Any) -> int | None:
    pks = urlsafe_components(request.url_vars.get("pks", ""))
    return int(pks[0]) if len(pks) == 1 and pks[0].isdigit() else None


async def _cluster(db: Any, article: dict) -> list[dict]:
    """Every article of the story (this one included), original first; [] when alone."""
    root = article["duplicate_of"] or article["id"]
    rows = [dict(r) for r in (await db.execute(CLUSTER_SQL, {"root": root})).rows]
    for row in rows:
        row["is_this"] = row["id"] == article["id"]
    return rows if len(rows) > 1 else []


async def _versions(db: Any, article: dict) -> list[dict]:
    """Earlier versions, newest first, each with its diff to the version that followed it."""
    rows = [dict(r) for r in (await db.execute(VERSIONS_SQL, {"id": article["id"]})).rows]
    following = rows[1:] + [article]
    for row, after in zip(rows, following):
        row["title_diff"] = None
        if row["title"] != after["title"]:
            row["title_diff"] = words_diff_html(row["title"] or "", after["title"] or "")
        row["text_diff"] = text_diff_html(row["text"], after["text"])
        row["text_html"] = paragraphs_html(row["text"])
        row["next_seen_at"] = after.get("seen_at")  # None: the current version
    return rows[::-1]


async def _article_page_vars(datasette: Any, database: str, request: Any) -> dict:
    article_id = _article_id(request)
    if article_id is None:
        return {}
    db = datasette.get_database(database)
    found = (await db.execute(
        "select id, title, text, duplicate_of, deleted_at from articles where id = ?", [article_id]
    )).first()
    if found is None:
        return {}
    article = dict(found)
    return {
        "article": article,
        "cluster": await _cluster(db, article),
        "versions": await _versions(db, article),
        "article_url": lambda row_id: datasette.urls.row(database, "articles", str(row_id)),
    }


async def _journalist_pages(datasette: Any, database: str) -> list[dict]:
    """Links for the database page to the pages this archive has (a view may not exist yet)."""
    db = datasette.get_database(database)
    present = set(await db.table_names()) | set(await db.view_names())
    pages = []
    for name in JOURNALIST_PAGES:
        if name in present:
            href = datasette.urls.table(database, name)
            title = datasette.metadata("title", database=database, table=name, fallback=False)
        elif name in (datasette.metadata("queries", database=database) or {}):
            href = datasette.urls.query(database, name)
            title = datasette.metadata("queries", database=database)[name].get("title")
        else:
            continue
        pages.append({"href": href, "title": title or name})
    return pages


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name == "database" and database:
        async def pages() -> dict:
            return {"journalist_pages": await _journalist_pages(datasette, database)}

        return pages
    if view_name == "row" and table == "articles" and request is not None:
        async def article() -> dict:
            return await _article_page_vars(datasette, database, request)

        return article
    return {}


def _title_link(row: Any, value: Any, table: str | None, database: str, datasette: Any) -> Markup | None:
    id_column = TITLE_LINKS.get(table)
    if id_column is None or value is None or id_column not in row.keys() or row[id_column] is None:
        return None
    href = datasette.urls.row(database, "articles", str(row[id_column]))
    return Markup('<a href="{}">{}</a>').format(href, value)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if isinstance(value, str) and redact(value) != value:  # a portal URL with credentials
        return redact(value)
    if column == "text" and table in TEXT_COLUMNS and isinstance(value, str):
        return Markup('<div class="article-text">{}</div>').format(paragraphs_html(value))
    if column == "title" and table != "articles" and hasattr(row, "keys"):
        return _title_link(row, value, table, database, datasette)
    return None
