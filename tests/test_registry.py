"""The registry on real SQLite: import by name, periods, placing articles before and after the reform."""
from __future__ import annotations

import csv
import io
import random
import sqlite3
from pathlib import Path

from archive.fold import fold
from archive.store import Archive
from archive.units import NEW, OLD, load_units
from crawler.portals import REGISTRY_HEADER, shipped_registry
from tests.conftest import cli

UNITS = load_units()
RNG = random.Random()


def write_csv(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=REGISTRY_HEADER, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def query(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def styled(unit, style: int) -> str:
    """The unit's name in one of several spellings."""
    return [unit.name, unit.short_name, fold(unit.name), fold(unit.short_name).upper(),
            f"{(unit.type or '').lower()} {unit.short_name}"][style % 5]


def test_import_resolves_names_in_every_spelling(tmp_path):
    rows, expected = [], {}
    # folded spellings are only unambiguous for districts no other district of the province folds to
    def folds_alone(d):
        return len(UNITS.match(fold(d.short_name), UNITS.descendants(d.province_id, "district"))) == 1

    # a few districts (island districts) have no communes in the dataset: a commune is drawn from the others
    with_communes = [d for d in UNITS.of(OLD, "district") if folds_alone(d) and UNITS.descendants(d.id, "commune")]
    for i, district in enumerate(RNG.sample(with_communes, 12)):
        communes = [c for c in UNITS.descendants(district.id, "commune")]
        commune = RNG.choice(communes)
        province = UNITS[district.province_id]
        url = f"http://portal{i}.example.gov.vn/"
        rows.append({"url": url, "province": styled(province, i), "district": styled(district, i + 1),
                     "commune": commune.name, "valid_until": "2025-06-30", "source": "test"})
        expected[url] = commune.id
    for i, commune in enumerate(RNG.sample(UNITS.of(NEW, "commune"), 12)):
        url = f"http://new{i}.example.gov.vn/"
        rows.append({"url": url, "province": styled(UNITS[commune.province_id], i), "commune": commune.name,
                     "valid_from": "2025-07-01"})
        expected[url] = commune.id
    db = tmp_path / "a.db"
    result = cli("portals", "import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db))
    assert f"imported {len(rows)} portals ({len(rows)} placed periods), 0 rows rejected" in result.stdout
    placed = dict(query(db, "select p.url, pp.unit_id from portal_periods pp join portals p on p.id = pp.portal_id"))
    assert placed == expected


def test_unknown_name_fails_by_line_with_candidates_and_the_rest_is_imported(tmp_path):
    district = RNG.choice(UNITS.of(OLD, "district"))
    province = UNITS[district.province_id]
    wrong = district.short_name + " Xq"
    rows = [
        {"url": "http://good.example.gov.vn/", "province": province.name, "district": district.name},
        {"url": "http://bad.example.gov.vn/", "province": province.name, "district": wrong},
    ]
    db = tmp_path / "a.db"
    result = cli("portals", "import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db), check=False)
    assert result.returncode == 1
    (error,) = [line for line in result.stderr.splitlines() if "line 3:" in line]
    assert repr(wrong) in error and "nearest:" in error and district.name in error
    assert "1 rows rejected" in result.stdout
    assert query(db, "select url from portals") == [("http://good.example.gov.vn/",)]


def test_duplicate_rows_are_never_merged(tmp_path):
    commune = RNG.choice(UNITS.of(NEW, "commune"))
    province = UNITS[commune.province_id].name
    rows = [
        {"url": "https://x.example.gov.vn/", "province": province, "commune": commune.name, "name": "first"},
        {"url": "https://x.example.gov.vn/", "province": province, "commune": commune.name, "name": "second"},
        {"url": "https://www.x.example.gov.vn/tin-tuc", "province": province, "commune": commune.name,
         "valid_from": "2025-08-01"},
    ]
    db = tmp_path / "a.db"
    result = cli("portals", "import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db), check=False)
    assert result.returncode == 1
    assert "line 3: host x.example.gov.vn is already on line 2" in result.stderr
    assert "line 4: host x.example.gov.vn is already on line 2" in result.stderr
    assert "imported 1 portals (1 placed periods), 2 rows rejected" in result.stdout
    assert query(db, "select name from portals") == [("first",)]


def test_level_and_period_must_agree_with_the_unit(tmp_path):
    district = RNG.choice(UNITS.of(OLD, "district"))
    province = UNITS[district.province_id].name
    rows = [
        {"url": "http://a.example.gov.vn/", "level": "commune", "province": province, "district": district.name},
        {"url": "http://b.example.gov.vn/", "province": province, "district": district.name, "valid_from": "2025-09-01"},
        {"url": "http://c.example.gov.vn/", "unit": district.id, "valid_from": "2024-02-30"},
        {"url": "http://d.example.gov.vn/", "unit": district.id, "province": province},
    ]
    db = tmp_path / "a.db"
    result = cli("portals", "import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db), check=False)
    assert "line 2: level commune but the names designate a district" in result.stderr
    assert "line 3: district" in result.stderr and "two-tier map has no districts" in result.stderr
    assert "line 4: valid_from '2024-02-30' is not a day" in result.stderr
    assert query(db, "select unit_id from portal_periods") == [(district.id,)]


def test_a_host_with_two_periods_places_articles_before_and_after_the_reform(tmp_path):
    """The district portal until 2025-06-30 became a commune portal: each article gets its unit,
    and both are found by the old district and by the new province."""
    commune = RNG.choice([c for c in UNITS.of(NEW, "commune") if UNITS.predecessors(c.id)])
    old_commune = RNG.choice(UNITS.predecessors(commune.id))
    district, old_province = UNITS[old_commune.district_id], UNITS[old_commune.province_id]
    new_province = UNITS[commune.province_id]
    url = "http://127.0.0.1:9/"  # never fetched: articles are saved directly
    rows = [
        {"url": url, "level": "district", "province": fold(old_province.short_name), "district": district.short_name,
         "valid_until": "2025-06-30", "source": "test"},
        {"url": url, "level": "commune", "province": new_province.name, "commune": commune.name,
         "valid_from": "2025-07-01", "source": "test"},
    ]
    db = tmp_path / "a.db"
    cli("portals", "import", str(write_csv(tmp_path / "p.csv", rows)), "--db", str(db))
    archive = Archive(db)
    portal_id = archive.portal_id(url)
    old_id = archive.save_article({"url": url + "a/2022", "title": "Cũ", "text": "x", "published_at": "2022-03-04"},
                                  portal_id=portal_id).article_id
    new_id = archive.save_article({"url": url + "a/2025", "title": "Mới", "text": "y",
                                   "published_at": "2025-09-12T08:00:00+07:00"}, portal_id=portal_id).article_id
    undated = archive.save_article({"url": url + "a/undated", "title": "?", "text": "z"}, portal_id=portal_id,
                                   seen_at="2025-10-01T01:00:00+00:00").article_id
    archive.close()

    def own(article_id):
        return {r[0] for r in query(db, "select unit_id from article_units where article_id = ? and relation = 'own'",
                                    [article_id])}

    assert own(old_id) == {district.id, old_province.id}
    assert own(new_id) == own(undated) == {commune.id, new_province.id}  # undated: first seen decides

    def found_by(name_parts, era):
        unit = UNITS.resolve(era, *name_parts)
        return {r[0] for r in query(db, "select article_id from article_units where unit_id = ?", [unit.id])}

    assert {old_id, new_id} <= found_by((fold(old_province.name), district.name.upper()), OLD)
    assert {old_id, new_id} <= found_by((new_province.short_name,), NEW)
    # and the old province's article is found by the new commune's successors' province only, not by another
    others = [p for p in UNITS.provinces(NEW) if p.id != new_province.id]
    assert not found_by((RNG.choice(others).name,), NEW) & {old_id, new_id}
    facets = query(db, "select province, former_province, former_units, current_units from news_by_place where id = ?",
                   [old_id])[0]
    assert facets[0] == new_province.name and facets[1] == old_province.name
    assert UNITS.label(district) in facets[2] and UNITS.label(commune) in facets[3]


def test_shipped_registry_loads_and_lists(tmp_path):
    db = tmp_path / "a.db"
    result = cli("portals", "import", "--shipped", "--db", str(db))
    with open(shipped_registry(), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    urls = {r["url"] for r in rows}
    assert f"imported {len(urls)} portals ({len(rows)} placed periods), 0 rows rejected, 0 warnings" in result.stdout
    assert all(r["source"] and r["unit"] for r in rows)
    assert not any("127.0.0." in u or "localhost" in u for u in urls)
    listed = cli("portals", "list", "--db", str(db)).stdout.splitlines()
    assert len(listed) == len(urls)
    assert all("[old:" in line or "[new:" in line for line in listed)
    summary = cli("portals", "list", "--summary", "--db", str(db))
    counts = [line.split("\t") for line in summary.stdout.splitlines()]
    assert {c[1] for c in counts} == {"province", "district", "commune"}
    assert f"{len({h for h in (r['url'].split('/')[2].removeprefix('www.') for r in rows)})} placed portals" in summary.stderr
    # importing again changes nothing (the file is the truth for its hosts)
    cli("portals", "import", "--shipped", "--db", str(db))
    assert query(db, "select count(*) from portal_periods")[0][0] == len(rows)
