"""Places in a real Datasette over HTTP: facets by former/current unit, the place page."""
from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from urllib.parse import quote, urlencode
from urllib.request import urlopen

import pytest

from tests.conftest import REPO, cli, free_port, wait_for_port


def get(url: str) -> bytes:
    with urlopen(url, timeout=30) as response:
        assert response.status == 200
        return response.read()


def rows(db, sql, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def placed(crawled, tmp_path_factory):
    """The crawled sample archive (a copy), with the sample portals imported as a registry, served."""
    db = tmp_path_factory.mktemp("placed") / "placed.db"
    shutil.copy(crawled[0], db)
    cli("portals", "import", str(crawled[3]), "--db", str(db))
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "crawler", "serve", "--db", str(db), "--port", str(port)],
                               cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield db, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_news_by_place_facets_by_province_and_former_and_current_units(placed):
    db, base = placed
    query = urlencode([("_facet", "province"), ("_facet", "former_province"), ("_facet_array", "former_units"),
                       ("_facet_array", "current_units"), ("_facet_size", "max"), ("_shape", "objects"), ("_size", "max")])
    data = json.loads(get(f"{base}/{db.stem}/news_by_place.json?{query}"))
    facets = data["facet_results"]
    placed_articles = rows(db, "select count(distinct article_id) from article_units")[0][0]
    assert placed_articles == rows(db, "select count(*) from articles")[0][0] > 0  # every sample portal is placed
    by_province = {f["value"]: f["count"] for f in facets["province"]["results"]}
    expected = dict(rows(db, "select u.name, count(distinct x.article_id) from article_units x join units u "
                             "on u.id = x.unit_id where u.era = 'new' and u.level = 'province' group by u.name"))
    assert by_province == expected and len(by_province) > 1
    former = {f["value"]: f["count"] for f in facets["former_units"]["results"]}
    district = rows(db, "select u.label, count(distinct x.article_id) from article_units x join units u on u.id = x.unit_id "
                        "where u.era = 'old' and u.level = 'district' group by u.label order by 2 desc limit 1")[0]
    assert former[district[0]] == district[1]
    assert facets["current_units"]["results"], "new communes are facets too"


def test_place_page_shows_portals_over_time_and_articles_per_month(placed):
    db, base = placed
    portal_url, unit_id, label = rows(db, "select p.url, pp.unit_id, u.label from portal_periods pp join portals p "
                                          "on p.id = pp.portal_id join units u on u.id = pp.unit_id "
                                          "where u.level = 'district' order by random() limit 1")[0]
    html = get(f"{base}/-/place/{quote(unit_id)}").decode("utf-8")
    assert portal_url in html and label.split(" (")[0] in html
    months = rows(db, "select substr(day, 1, 7), count(distinct article_id) from article_units where unit_id = ? "
                      "group by 1", [unit_id])
    assert months
    for month, count in months:
        assert f"<td>{month}</td><td class=\"place-count\">{count}</td>" in html
    # the page's link to the list gives every article counted
    link = html_lib.unescape(re.search(r'<a href="([^"]*news_by_place\?[^"]*)"', html).group(1))
    path, query = link.split("?")
    listed = json.loads(get(f"{base}{path}.json?{query}&_shape=objects&_size=max"))["rows"]
    assert len(listed) == sum(count for _, count in months)
    # what the district became after the reform is linked
    successor = rows(db, "select new_id from unit_successors where old_id = ? limit 1", [unit_id])[0][0]
    assert f"/-/place/{successor}" in html
    # the new province's page finds what the old district's portal published
    new_province = rows(db, "select u.province_id from units u where u.id = ?", [successor])[0][0]
    province_html = get(f"{base}/-/place/{quote(new_province)}").decode("utf-8")
    assert portal_url in province_html


def test_place_search_by_name_without_diacritics(placed):
    db, base = placed
    name, unit_id = rows(db, "select u.name, u.id from portal_periods pp join units u on u.id = pp.unit_id "
                             "where u.level = 'commune' order by random() limit 1")[0]
    from archive.fold import fold

    html = get(f"{base}/-/places?{urlencode({'q': fold(name)})}").decode("utf-8")
    assert f"/-/place/{unit_id}" in html
