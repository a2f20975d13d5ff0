"""The journalist-facing Datasette pages: story copies, edits and diffs, stories, edited/deleted.

Most tests build a small archive with archive.store.Archive (a story on three
portals, an edited article, a deleted one) and request pages from the
project's Datasette (`make_datasette`) through its HTTP client; the last ones
use the real `portal-archive serve` on the crawled sample portals.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from urllib.parse import urlencode
from urllib.request import urlopen

import lxml.html
import pytest

from archive.dedup import NearDuplicates
from archive.store import Archive
from datasette_config.app import make_datasette
from datasette_config.textdiff import text_diff_html, words_diff_html

DB_NAME = "newsroom"  # not archive/demo-archive: pages must not depend on the file name

PRESS_RELEASE = "\n".join([
    "Sáng ngày 12/3/2025, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2025 "
    "với sự tham dự của lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố.",
    "Theo báo cáo, năm 2024 toàn tỉnh đã đưa 1.250 thủ tục hành chính lên Cổng dịch vụ công, tỷ lệ hồ sơ "
    "trực tuyến toàn trình đạt 68%, tăng 21% so với năm trước; 95% văn bản được ký số.",
    "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các đơn vị rà soát hạ tầng, "
    "đào tạo cán bộ, công chức sử dụng thành thạo các nền tảng số dùng chung và bảo đảm an toàn thông tin.",
    "Hội nghị thống nhất giao Sở Thông tin và Truyền thông chủ trì theo dõi, đôn đốc, tổng hợp kết quả "
    "thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng.",
])

EDITED_BEFORE = "\n".join([
    "Huyện tổ chức lễ ra quân vệ sinh môi trường tại 14 xã với hơn 2.000 đoàn viên thanh niên tham gia.",
    "Các đơn vị thu gom 35 tấn rác thải, phát quang 12 km đường giao thông nông thôn <script>x</script>.",
])
EDITED_AFTER = "\n".join([
    "Huyện tổ chức lễ ra quân vệ sinh môi trường tại 16 xã với hơn 2.000 đoàn viên thanh niên tham gia.",
    "Các đơn vị thu gom 35 tấn rác thải, phát quang 12 km đường giao thông nông thôn <script>x</script>.",
    "Ban tổ chức khen thưởng 5 tập thể tiêu biểu.",
])


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    """A small archive: a press release on 3 portals, one article edited, one deleted."""
    path = tmp_path_factory.mktemp("views") / f"{DB_NAME}.db"
    arc = Archive(path)
    arc.linker = NearDuplicates(arc.db)
    portals = {
        level: arc.upsert_portal({"url": f"http://{level}.example.vn/", "name": f"Cổng {level}", "level": level})
        for level in ("province", "district", "commune")
    }
    ids = {}
    for level, published in (("province", "2025-03-12"), ("district", "2025-03-13"), ("commune", "2025-03-20")):
        saved = arc.save_article(
            {"url": f"http://{level}.example.vn/tin/chuyen-doi-so", "title": "Triển khai kế hoạch chuyển đổi số 2025",
             "text": PRESS_RELEASE, "published_at": published},
            portal_id=portals[level], seen_at="2025-03-21T01:00:00+00:00",
        )
        ids[level] = saved.article_id
    edited = {"url": "http://district.example.vn/tin/ra-quan", "title": "Ra quân vệ sinh môi trường",
              "text": EDITED_BEFORE, "published_at": "2025-01-05"}
    ids["edited"] = arc.save_article(edited, portal_id=portals["district"], seen_at="2025-01-10T02:00:00+00:00").article_id
    edited.update(title="Ra quân vệ sinh môi trường năm 2025", text=EDITED_AFTER)
    assert arc.save_article(edited, portal_id=portals["district"], seen_at="2025-03-01T02:00:00+00:00").status == "updated"
    ids["deleted"] = arc.save_article(
        {"url": "http://commune.example.vn/tin/go", "title": "Thông báo lịch tiếp công dân",
         "text": "Lịch tiếp công dân tháng 2 của Ủy ban nhân dân xã.", "published_at": "2025-02-01"},
        portal_id=portals["commune"], seen_at="2025-02-02T00:00:00+00:00",
    ).article_id
    with arc.db.conn:  # the store has no deletion API yet; mark it as the crawler would
        arc.db.execute("update articles set deleted_at = ? where id = ?", ["2025-02-15T08:00:00+00:00", ids["deleted"]])
    arc.close()
    return path, ids


def fetch(db_path, path: str) -> tuple[int, str]:
    async def go():
        response = await make_datasette(db_path).client.get(path)
        return response.status_code, response.text

    return asyncio.run(go())


def page(db_path, path: str) -> lxml.html.HtmlElement:
    status, text = fetch(db_path, path)
    assert status == 200, (path, text[:500])
    return lxml.html.fromstring(text)


def query_rows(db_path, **params) -> list[dict]:
    status, text = fetch(db_path, f"/{DB_NAME}/edited_or_deleted.json?" + urlencode({**params, "_shape": "objects"}))
    assert status == 200, text[:500]
    return json.loads(text)["rows"]


# -- the diff itself -------------------------------------------------------------------


def test_word_diff_marks_only_the_changed_words_and_escapes_html():
    html = str(words_diff_html("tại 14 xã <b>", "tại 16 xã <b>"))
    assert "<del>14</del>" in html and "<ins>16</ins>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "tại " in html and "<del>tại" not in html


def test_text_diff_skips_unchanged_paragraphs_far_from_a_change():
    old = "\n".join(f"đoạn {i}" for i in range(10))
    new = old.replace("đoạn 7", "đoạn bảy")
    html = str(text_diff_html(old, new))
    assert "<del>7</del><ins>bảy</ins>" in html
    assert "đoạn 2" not in html and "…" in html
    assert str(text_diff_html(old, old)) == ""


def test_rewritten_paragraph_is_struck_whole_not_word_by_word():
    html = str(text_diff_html("hoàn toàn khác nhau ở đây", "một đoạn mới viết lại"))
    assert html == '<p class="deleted"><del>hoàn toàn khác nhau ở đây</del></p>' \
                   '<p class="inserted"><ins>một đoạn mới viết lại</ins></p>'


# -- the article page ------------------------------------------------------------------


def test_article_page_lists_the_other_copies_of_its_story(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, f"/{DB_NAME}/articles/{ids['district']}")
    rows = doc.cssselect("#appearances tbody tr")
    assert len(rows) == 3
    others = {ids["province"], ids["commune"]}
    archive_links = {a.get("href") for a in doc.cssselect("#appearances a.archive-row")}
    assert archive_links == {f"/{DB_NAME}/articles/{i}" for i in others}
    original_urls = {a.get("href") for a in doc.cssselect("#appearances a.original-url")}
    assert "http://province.example.vn/tin/chuyen-doi-so" in original_urls
    assert "http://commune.example.vn/tin/chuyen-doi-so" in original_urls
    original_rows = [r for r in rows if r.cssselect(".badge.original")]
    assert len(original_rows) == 1
    assert "Cổng province" in original_rows[0].text_content() and "2025-03-12" in original_rows[0].text_content()
    this = doc.cssselect("#appearances tr.this-article")
    assert len(this) == 1 and "Cổng district" in this[0].text_content()


def test_article_alone_has_no_appearances_block(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, f"/{DB_NAME}/articles/{ids['deleted']}")
    assert not doc.cssselect("#appearances")
    assert doc.cssselect(".deleted-notice") and "2025-02-15" in doc.cssselect(".deleted-notice")[0].text_content()


def test_article_page_shows_earlier_version_with_word_diff(newsroom):
    db_path, ids = newsroom
    status, text = fetch(db_path, f"/{DB_NAME}/articles/{ids['edited']}")
    assert status == 200
    doc = lxml.html.fromstring(text)
    versions = doc.cssselect("#versions .version")
    assert len(versions) == 1
    diff = versions[0].cssselect(".text-diff")[0]
    assert [d.text_content() for d in diff.cssselect("del")] == ["14"]
    assert [i.text_content() for i in diff.cssselect("ins")] == ["16", "Ban tổ chức khen thưởng 5 tập thể tiêu biểu."]
    assert [i.text_content() for i in versions[0].cssselect(".title-diff ins")] == [" năm 2025"]
    assert "2025-01-10T02:00:00+00:00" in versions[0].text_content()  # seen_at of the old version
    assert "<script>x</script>" not in text  # article text is escaped everywhere


def test_article_text_keeps_its_paragraphs(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, f"/{DB_NAME}/articles/{ids['province']}")
    paragraphs = doc.cssselect("td.col-text .article-text p")
    assert [p.text_content() for p in paragraphs] == PRESS_RELEASE.split("\n")


# -- stories and the edited/deleted query ----------------------------------------------


def test_stories_page_lists_the_cluster_by_portals(newsroom):
    db_path, ids = newsroom
    status, text = fetch(db_path, f"/{DB_NAME}/story_clusters.json?_shape=objects")
    assert status == 200
    rows = json.loads(text)["rows"]
    assert len(rows) == 1
    story = rows[0]
    assert (story["original_id"], story["portals"], story["articles"]) == (ids["province"], 3, 3)
    assert story["first_publisher"] == "Cổng province" and story["spread_days"] == 8
    doc = page(db_path, f"/{DB_NAME}/story_clusters")
    assert "Stories republished across portals" in doc.text_content()
    links = [a.get("href") for a in doc.cssselect("td.col-title a")]
    assert links == [f"/{DB_NAME}/articles/{ids['province']}"]


def test_edited_or_deleted_in_a_period(newsroom):
    db_path, ids = newsroom
    january = query_rows(db_path, **{"from": "2025-01-01", "to": "2025-01-31"})
    assert [(r["article_id"], r["change"]) for r in january] == [(ids["edited"], "sửa / edited")]
    assert january[0]["earlier_title"] == "Ra quân vệ sinh môi trường"
    february = query_rows(db_path, **{"from": "2025-02-01", "to": "2025-02-28"})
    assert [(r["article_id"], r["change"]) for r in february] == [(ids["deleted"], "gỡ / deleted")]
    assert query_rows(db_path, **{"from": "2025-03-01", "to": "2025-12-31"}) == []
    assert query_rows(db_path, **{"from": "2025-01-11", "to": "2025-02-14"}) == []
    same_day = query_rows(db_path, **{"from": "2025-02-15", "to": "2025-02-15"})  # both bounds are whole days
    assert [r["article_id"] for r in same_day] == [ids["deleted"]]
    assert {r["article_id"] for r in query_rows(db_path, **{"from": "", "to": ""})} == {ids["edited"], ids["deleted"]}
    assert query_rows(db_path, **{"from": "not a date"}) == []


def test_edited_or_deleted_titles_link_to_the_article(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, f"/{DB_NAME}/edited_or_deleted?" + urlencode({"from": "2025-01-01", "to": "2025-02-28"}))
    links = {a.get("href") for a in doc.cssselect("td.col-title a")}
    assert links == {f"/{DB_NAME}/articles/{ids['edited']}", f"/{DB_NAME}/articles/{ids['deleted']}"}


def test_database_page_links_journalist_pages_that_exist(newsroom):
    db_path, _ = newsroom
    doc = page(db_path, f"/{DB_NAME}")
    links = {a.get("href") for a in doc.cssselect(".journalist-pages a")}
    assert {f"/{DB_NAME}/news", f"/{DB_NAME}/story_clusters", f"/{DB_NAME}/edited_or_deleted"} <= links
    conn = sqlite3.connect(db_path)
    has_attention = conn.execute(
        "select count(*) from sqlite_master where name = 'portals_needing_attention'").fetchone()[0] == 1
    conn.close()
    assert (f"/{DB_NAME}/portals_needing_attention" in links) == has_attention


# -- the real server on the crawled sample portals -------------------------------------


def get_html(url: str) -> lxml.html.HtmlElement:
    with urlopen(url, timeout=30) as response:
        assert response.status == 200
        return lxml.html.fromstring(response.read())


def test_crawled_story_pages_link_every_copy(crawled, datasette_url):
    db_path = crawled[0]
    name = db_path.stem
    conn = sqlite3.connect(db_path)
    clusters = conn.execute(
        "select coalesce(duplicate_of, id) as root, group_concat(id) from articles "
        "where duplicate_of is not null or id in (select duplicate_of from articles) group by root").fetchall()
    conn.close()
    assert clusters, "the sample portals republish a press release: the crawl should find a story"
    stories = get_html(f"{datasette_url}/{name}/story_clusters")
    story_links = {a.get("href") for a in stories.cssselect("td.col-title a")}
    assert story_links == {f"/{name}/articles/{root}" for root, _ in clusters}
    root, members = clusters[0]
    members = [int(m) for m in members.split(",")]
    for member in members:
        doc = get_html(f"{datasette_url}/{name}/articles/{member}")
        linked = {a.get("href") for a in doc.cssselect("#appearances a.archive-row")}
        assert linked == {f"/{name}/articles/{m}" for m in members if m != member}


def test_portals_needing_attention_page(crawled, datasette_url):
    db_path = crawled[0]
    conn = sqlite3.connect(db_path)
    exists = conn.execute("select count(*) from sqlite_master where name = 'portals_needing_attention'").fetchone()[0]
    conn.close()
    assert exists, "archive/schema.py creates the portals_needing_attention view"
    doc = get_html(f"{datasette_url}/{db_path.stem}/portals_needing_attention")
    assert "Portals needing attention" in doc.text_content()


# -- the journalist's own pages (/article, /changes, /stories) ----------------------------


def test_reading_page_shows_copies_first_publisher_versions_and_deletion(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, f"/article/{ids['commune']}")
    copies = doc.cssselect("#also-published li")
    assert len(copies) == 3
    first = [li for li in copies if li.cssselect(".badge.original")]
    assert len(first) == 1 and "Cổng province" in first[0].text_content() and "12/03/2025" in first[0].text_content()
    edited = page(db_path, f"/article/{ids['edited']}")
    assert edited.cssselect("#versions .diff del") and edited.cssselect("#versions .diff ins")
    assert "<script>" not in lxml.html.tostring(edited, encoding="unicode")  # text is escaped
    gone = page(db_path, f"/article/{ids['deleted']}")
    assert gone.cssselect("#deleted-notice") and "15/02/2025" in gone.cssselect("#deleted-notice")[0].text_content()


def test_changes_page_filters_by_period_with_dates_as_typed(newsroom):
    db_path, ids = newsroom

    def listed(**params) -> set[int]:
        doc = page(db_path, "/changes?" + urlencode(params))
        return {int(a.get("href").rsplit("/", 1)[1]) for a in doc.cssselect("#changes a[href^='/article/']")}

    everything = listed()
    assert {ids["edited"], ids["deleted"]} <= everything
    assert listed(**{"from": "2025-02-15", "to": "2025-02-15"}) == {ids["deleted"]}
    assert listed(**{"from": "15/02/2025", "to": "15/02/2025"}) == {ids["deleted"]}  # dd/mm/yyyy typed by hand
    assert listed(**{"from": "2025-04-01"}) == set()
    bad = page(db_path, "/changes?from=31/02/2025")
    assert bad.cssselect(".message") and not bad.cssselect("#changes a[href^='/article/']")


def test_stories_page_links_each_story_to_its_reading_page(newsroom):
    db_path, ids = newsroom
    doc = page(db_path, "/stories")
    links = [a.get("href") for a in doc.cssselect("#stories a")]
    assert f"/article/{ids['province']}" in links
