"""A real Datasette (`portal-archive serve`) over HTTP on the crawled archive."""
from __future__ import annotations

import csv
import re
import io
import json
import sqlite3
from urllib.parse import urlencode
from urllib.request import urlopen

from archive.fold import fold


def get(url: str) -> bytes:
    with urlopen(url, timeout=30) as response:
        assert response.status == 200
        return response.read()


def news(base: str, db: str, **params) -> dict:
    query = urlencode({**params, "_shape": "objects", "_size": "max"})
    return json.loads(get(f"{base}/{db}/news.json?{query}"))


def count_where(db_path, sql: str, params=()) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def test_search_without_diacritics_finds_text_with_them(crawled, datasette_url):
    db_path = crawled[0]
    name = db_path.stem
    with_marks = count_where(db_path, "select count(*) from articles where title like ? or text like ?", ["%Mặt trận Tổ quốc%"] * 2)
    assert with_marks > 0, "the sample portals should mention Mặt trận Tổ quốc"
    plain = news(datasette_url, name, _search="mat tran to quoc")
    marked = news(datasette_url, name, _search="Mặt trận Tổ quốc")
    assert len(plain["rows"]) >= with_marks
    assert {r["id"] for r in plain["rows"]} == {r["id"] for r in marked["rows"]}
    # every hit holds every word, whatever its diacritics
    for row in plain["rows"]:
        folded = re.findall(r"\w+", fold(row["title"] + " " + row["text"]))
        assert all(word in folded for word in ("mat", "tran", "to", "quoc")), row["title"]


def test_search_folds_d_stroke(crawled, datasette_url):
    db_path = crawled[0]
    expected = count_where(db_path, "select count(*) from articles where title like ? or text like ?", ["%Đảng ủy%"] * 2)
    assert expected > 0
    for query in ("dang uy", "đảng ủy", "ĐẢNG ỦY"):
        found = news(datasette_url, db_path.stem, _search=query)["rows"]
        assert len(found) >= expected, query


def test_facets_by_province_and_year(crawled, datasette_url):
    db_path = crawled[0]
    data = news(datasette_url, db_path.stem, _facet=["province", "year"])
    provinces = {f["value"] for f in data["facet_results"]["province"]["results"]}
    distinct = count_where(db_path, "select count(distinct province) from portals where province is not null")
    assert len(provinces) == distinct > 1
    years = data["facet_results"]["year"]["results"]
    assert sum(f["count"] for f in years) == count_where(db_path, "select count(*) from articles where published_at is not null")


def test_csv_export_streams_every_row(crawled, datasette_url):
    db_path = crawled[0]
    body = get(f"{datasette_url}/{db_path.stem}/news.csv?_stream=on&_size=max").decode("utf-8")
    exported = list(csv.DictReader(io.StringIO(body)))
    assert len(exported) == count_where(db_path, "select count(*) from articles")
    assert any("ệ" in row["title"] or "ư" in row["title"] for row in exported)


def test_visitors_sql_is_time_limited_and_cannot_flood_the_server(crawled, datasette_url):
    """Six endless queries at once: each stops at the time limit or is turned away; pages stay quick."""
    import threading
    import time
    from urllib.error import HTTPError

    endless = urlencode({"sql": "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"})
    url = f"{datasette_url}/{crawled[0].stem}.json?{endless}"
    statuses: list[int] = []

    def run() -> None:
        try:
            with urlopen(url, timeout=30) as response:
                statuses.append(response.status)
        except HTTPError as exc:
            statuses.append(exc.code)

    started = time.monotonic()
    threads = [threading.Thread(target=run) for _ in range(6)]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    page_started = time.monotonic()
    assert b"result-count" in get(f"{datasette_url}/search?q=dang")
    page_seconds = time.monotonic() - page_started
    for thread in threads:
        thread.join()
    assert 503 in statuses and 200 not in statuses  # some turned away, none ran forever
    assert time.monotonic() - started < 10
    assert page_seconds < 3
