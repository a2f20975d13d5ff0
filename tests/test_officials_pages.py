"""The officials pages of a real Datasette over HTTP, on the crawled sample portals."""
from __future__ import annotations

import html
import re
import sqlite3
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

from archive.fold import fold


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def rows(db, sql: str, params=()) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def links(page: str, css_class: str) -> list[tuple[str, str]]:
    return [(html.unescape(href), html.unescape(text)) for href, text in
            re.findall(rf'<a class="{css_class}" href="([^"]+)">([^<]+)</a>', page)]


@pytest.fixture(scope="module")
def busiest(crawled):
    """The person named in the most articles of the crawl."""
    found = rows(crawled[0], "select * from official_persons order by articles desc, key limit 1")
    assert found, "the crawl stored no officials"
    return found[0]


def test_search_without_diacritics_finds_the_person(datasette_url, busiest):
    status, page = get(f"{datasette_url}/-/officials?" + urlencode({"q": fold(busiest["name"])}))
    assert status == 200 and "Cán bộ, lãnh đạo" in page
    assert (f"/-/officials/person/{busiest['key']}", busiest["name"]) in links(page, "person")


def test_person_page_timeline_places_articles(datasette_url, crawled, busiest):
    status, page = get(f"{datasette_url}/-/officials/person/{busiest['key']}")
    assert status == 200 and "Quá trình công tác" in page and busiest["name"] in page
    offices = {r["office"] for r in rows(crawled[0], "select office from official_mentions where person_key = ?",
                                         [busiest["key"]])}
    assert {text for _, text in links(page, "post")} == offices
    articles = rows(crawled[0], "select a.title, a.text from articles a where a.id in "
                                "(select article_id from official_mentions where person_key = ?)", [busiest["key"]])
    assert len(articles) == busiest["articles"]
    for article in articles:
        assert busiest["name"] in article["text"]
        assert html.escape(article["title"], quote=False) in page


def test_post_page_lists_holders_in_order(datasette_url, crawled):
    office = rows(crawled[0], """
        select office, coalesce(province, '') as province, coalesce(district, '') as district,
               coalesce(commune, '') as commune, count(distinct person_key) as holders
        from official_mentions where former = 0 and unit_known = 1 group by 1, 2, 3, 4
        order by holders desc, office limit 1""")[0]
    query = {k: office[k] for k in ("office", "province", "district", "commune")}
    status, page = get(f"{datasette_url}/-/officials/post?" + urlencode(query))
    assert status == 200 and "Người giữ chức qua các thời kỳ" in page
    holders = [text for _, text in links(page, "person")]
    expected = rows(crawled[0], """
        select p.name, min(m.published_at) as since from official_mentions m join official_persons p
        on p.key = m.person_key where m.office = ? and coalesce(m.province, '') = ? and coalesce(m.district, '') = ?
        and coalesce(m.commune, '') = ? and m.former = 0 and m.unit_known = 1 group by p.key
        order by since, p.name""",
                    [office["office"], office["province"], office["district"], office["commune"]])
    assert holders == [e["name"] for e in expected] and len(holders) == office["holders"]


def test_facets_narrow_by_province(datasette_url, crawled):
    province = rows(crawled[0], "select province from official_mentions where province is not null "
                                "group by province order by count(*) desc limit 1")[0]["province"]
    status, page = get(f"{datasette_url}/-/officials?" + urlencode({"province": province}))
    assert status == 200 and "Tỉnh, thành phố" in page and "Cơ quan" in page and "Chức vụ" in page
    listed = {href.rsplit("/person/", 1)[1] for href, _ in links(page, "person")}
    expected = {r["person_key"] for r in rows(crawled[0], "select distinct person_key from official_mentions "
                                                          "where province = ?", [province])}
    assert listed == expected


def test_unknown_person_is_not_found(datasette_url):
    status, _ = get(f"{datasette_url}/-/officials/person/khong-co-nguoi-nay/-/-")
    assert status == 404


def test_post_mentions_view_has_facets_and_labels(datasette_url, crawled):
    import json

    status, body = get(f"{datasette_url}/{crawled[0].stem}/official_posts.json?_shape=objects")
    assert status == 200
    data = json.loads(body)
    assert {"province", "body", "office"} <= set(data["facet_results"])
    mentions = rows(crawled[0], "select count(*) as n from official_mentions")[0]["n"]
    assert data["filtered_table_rows_count"] == mentions
    status, page = get(f"{datasette_url}/{crawled[0].stem}/official_posts")
    assert "Chức vụ được nhắc" in page
