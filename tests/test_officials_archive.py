"""Mentions in a real SQLite archive: places, grouping into persons, overrides, reextract."""
from __future__ import annotations

import random
import shutil
import sqlite3

from archive import officials
from archive.store import Archive
from tests.conftest import cli
from tests.test_officials import random_name

PORTALS = {
    "namdinh": {"url": "https://namdinh.example.vn/", "level": "province", "province": "Nam Định"},
    "haihau": {"url": "https://haihau.example.vn/", "level": "district", "province": "Nam Định", "district": "Hải Hậu"},
    "giaothuy": {"url": "https://giaothuy.example.vn/", "level": "district", "province": "Nam Định",
                 "district": "Giao Thủy"},
    "haiminh": {"url": "https://haiminh.example.vn/", "level": "commune", "province": "Nam Định",
                "district": "Hải Hậu", "commune": "Hải Minh"},
    "hatinh": {"url": "https://hatinh.example.vn/", "level": "province", "province": "Hà Tĩnh"},
}


def archive_with(tmp_path, articles: list[tuple[str, str, str]]) -> Archive:
    """(portal key, date, text) articles saved through the store."""
    archive = Archive(tmp_path / "a.db")
    ids = {k: archive.upsert_portal(p) for k, p in PORTALS.items()}
    for n, (portal, date, text) in enumerate(articles):
        archive.save_article({"url": f"{PORTALS[portal]['url']}tin/{n}.html", "title": f"Tin {n}",
                              "published_at": date, "text": text}, portal_id=ids[portal])
    return archive


def persons(archive: Archive) -> dict[str, dict]:
    return {r["key"]: r for r in archive.db["official_persons"].rows}


def test_place_is_the_text_unit_else_the_portal_unit(tmp_path):
    name = random_name(random.Random(1))
    archive = archive_with(tmp_path, [
        ("haiminh", "2021-03-01", f"Đồng chí {name}, Chủ tịch UBND xã chủ trì hội nghị."),
        ("namdinh", "2022-05-01", f"Đồng chí {name}, Phó Chủ tịch UBND huyện Hải Hậu dự."),
    ])
    rows = list(archive.db.query("select post, province, district, commune, place_source from official_mentions "
                                 "order by published_at"))
    assert rows == [
        {"post": "Chủ tịch UBND xã", "province": "Nam Định", "district": "Hải Hậu", "commune": "Hải Minh",
         "place_source": "portal"},
        {"post": "Phó Chủ tịch UBND huyện Hải Hậu", "province": "Nam Định", "district": "Hải Hậu", "commune": None,
         "place_source": "text"},
    ]
    (person,) = persons(archive).values()  # one person: the same district
    assert (person["first_seen"], person["last_seen"], person["mentions"]) == ("2021-03-01", "2022-05-01", 2)


def test_same_name_in_two_provinces_stays_two_people(tmp_path):
    name = random_name(random.Random(2))
    archive = archive_with(tmp_path, [
        ("namdinh", "2020-01-01", f"Đồng chí {name}, Phó Bí thư Tỉnh ủy chủ trì."),
        ("hatinh", "2020-02-01", f"Đồng chí {name}, Phó Bí thư Tỉnh ủy chủ trì."),
        ("haihau", "2020-03-01", f"Đồng chí {name}, Bí thư Huyện ủy dự."),
    ])
    found = persons(archive)
    assert sorted(p["province"] for p in found.values()) == ["Hà Tĩnh", "Nam Định"]
    # the province-level mention in Nam Định joins the one person of that name there
    nam_dinh = next(p for p in found.values() if p["province"] == "Nam Định")
    assert nam_dinh["mentions"] == 2 and "cùng tỉnh Nam Định" in nam_dinh["rule"]


def test_two_districts_two_people_and_an_editor_merges_them(tmp_path):
    name = random_name(random.Random(3))
    archive = archive_with(tmp_path, [
        ("haihau", "2019-01-01", f"Đồng chí {name}, Chủ tịch UBND huyện chủ trì."),
        ("giaothuy", "2023-01-01", f"Đồng chí {name}, Bí thư Huyện ủy chủ trì."),
        ("namdinh", "2024-01-01", f"Ông {name}, Giám đốc Sở Nội vụ cho biết."),
    ])
    assert len(persons(archive)) == 3  # the province mention cannot tell which of the two it is
    target = officials.slug(name, "Nam Định", "Hải Hậu")
    officials.add_override(archive.db, name, target, province="Nam Định", note="chuyển công tác")
    merged = persons(archive)
    assert list(merged) == [target] and merged[target]["mentions"] == 3
    assert merged[target]["rule"].startswith("sửa tay")
    # the override survives rebuilding every mention from the texts
    officials.rebuild_mentions(archive.db)
    assert list(persons(archive)) == [target]


def test_post_holders_over_time(tmp_path):
    rng = random.Random(4)
    first, second = random_name(rng), random_name(rng)
    archive = archive_with(tmp_path, [
        ("haihau", "2018-04-01", f"Đồng chí {first}, Bí thư Huyện ủy chủ trì."),
        ("haihau", "2019-06-01", f"Đồng chí {first}, Bí thư Huyện ủy kết luận."),
        ("namdinh", "2021-02-01", f"Bí thư Huyện ủy Hải Hậu {second} báo cáo."),
        ("haihau", "2022-09-01", f"Ông {first}, nguyên Bí thư Huyện ủy, dự lễ."),
    ])
    holders = list(archive.db.query(officials.OFFICE_HOLDERS_SQL, {
        "office": "Bí thư Huyện ủy", "province": "Nam Định", "district": "Hải Hậu", "commune": ""}))
    assert [(h["name"], h["first_seen"], h["last_seen"], h["former_seen"]) for h in holders] == [
        (first, "2018-04-01", "2019-06-01", 1), (second, "2021-02-01", "2021-02-01", 0)]


def test_an_edited_article_replaces_its_mentions(tmp_path):
    rng = random.Random(5)
    before, after = random_name(rng), random_name(rng)
    archive = archive_with(tmp_path, [("haihau", "2020-01-01", f"Đồng chí {before}, Chủ tịch HĐND huyện dự.")])
    archive.save_article({"url": "https://haihau.example.vn/tin/0.html", "title": "Tin 0", "published_at": "2020-01-01",
                          "text": f"Đồng chí {after}, Chủ tịch HĐND huyện dự."}, portal_id=archive.portal_id(
                              PORTALS["haihau"]["url"]))
    assert [r["name"] for r in archive.db["official_mentions"].rows] == [after]
    assert [p["name"] for p in persons(archive).values()] == [after]


def test_reextract_rebuilds_mentions(crawled, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(crawled[0], db)
    with sqlite3.connect(db) as conn:
        before = conn.execute("select article_id, name, post from official_mentions order by 1, 2, 3").fetchall()
        conn.execute("delete from official_mentions")
        conn.execute("delete from official_persons")
    assert before, "the sample portals' articles name officials"
    result = cli("reextract", "--db", str(db))
    assert f"officials: {len(before)} post mentions" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select article_id, name, post from official_mentions order by 1, 2, 3").fetchall() == before
        assert conn.execute("select count(*) from official_persons").fetchone()[0] > 0


def test_an_extractor_failure_keeps_the_article(tmp_path, monkeypatch):
    def broken(text):
        raise RuntimeError("rule bug")

    monkeypatch.setattr(officials, "extract_officials", broken)
    archive = archive_with(tmp_path, [("haihau", "2020-01-01", "Đồng chí Lê Văn An, Chủ tịch HĐND huyện dự.")])
    assert archive.db["articles"].count == 1 and archive.db["official_mentions"].count == 0
    assert officials.EXTRACTION_ERRORS[-1] == 1


def test_a_post_of_an_unnamed_unit_has_no_holders_page(tmp_path):
    rng = random.Random(6)
    archive = archive_with(tmp_path, [
        ("haihau", "2020-01-01", f"Đồng chí {random_name(rng)}, Chủ tịch UBND xã báo cáo."),  # which xã?
        ("haihau", "2020-02-01", f"Đồng chí {random_name(rng)}, Chủ tịch UBND xã Hải Minh báo cáo."),
    ])
    offices = list(archive.db.query(officials.OFFICES_SQL, {"office": ""}))
    assert [(o["office"], o["commune"], o["holders"]) for o in offices] == [("Chủ tịch UBND xã", "Hải Minh", 1)]
