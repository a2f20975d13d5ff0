"""`portals discover`: a loopback province portal's link block, built from real unit names."""
from __future__ import annotations

import csv
import io
import random
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from html import escape

import pytest

from archive.fold import fold
from archive.units import NEW, OLD, load_units, name_key
from tests.conftest import cli, free_port

UNITS = load_units()
RNG = random.Random()


def unique_by_key(units, pool):
    """Units a host label (the name without diacritics and spaces) designates alone in the pool,
    former names included; a short name the dataset suffixes with its type ("Kỳ Anh Thị xã") is
    no host label a portal would use."""
    return [u for u in units
            if name_key(u.short_name).isalpha() and fold(u.name).endswith(" " + fold(u.short_name))
            and UNITS.match(name_key(u.short_name), pool) == [u]]


def build_portal():
    """A province portal home page: its 'Liên kết website' block and the units it should yield."""
    province = RNG.choice([p for p in UNITS.provinces(NEW) if len(UNITS.predecessors(p.id)) >= 1])
    label = name_key(province.short_name)
    old_provinces = UNITS.predecessors(province.id)
    old_districts = [d for p in old_provinces for d in UNITS.descendants(p.id, "district")]
    new_communes = UNITS.descendants(province.id, "commune")
    pool = old_districts + new_communes
    expected, items, options = {}, [], []
    for i, commune in enumerate(RNG.sample(unique_by_key(new_communes, pool), 6)):
        host = f"{name_key(commune.short_name)}.{label}.gov.vn"
        text = f"UBND {commune.type.lower()} {commune.short_name}" if i % 2 else commune.short_name
        items.append(f'<li><a href="https://{host}/" target="_blank">{escape(text)}</a></li>')
        expected[f"https://{host}/"] = commune.id
    # district portals say what they are ("huyện"): their names may be new communes' names too
    for district in RNG.sample(unique_by_key(old_districts, old_districts), 3):
        old_label = name_key(UNITS[district.province_id].short_name)
        host = f"{name_key(district.short_name)}.{old_label}.gov.vn"
        options.append(f'<option value="http://{host}">Cổng TTĐT {escape(district.name)}</option>')
        expected[f"http://{host}/"] = district.id
    same_label = [p for p in old_provinces if name_key(p.short_name) == label]
    districts = [d for p in same_label for d in UNITS.descendants(p.id, "district")
                 if unique_by_key(UNITS.descendants(d.id, "commune"), UNITS.descendants(d.id, "commune"))]
    for district in RNG.sample(districts, min(2, len(districts))):
        communes = UNITS.descendants(district.id, "commune")
        commune = RNG.choice(unique_by_key(communes, communes))
        host = f"{name_key(commune.short_name)}.{name_key(district.short_name)}.{label}.gov.vn"
        items.append(f'<li><a href="http://{host}/index.aspx">Xã, phường: {escape(commune.name)}</a></li>')
        expected[f"http://{host}/"] = commune.id
    RNG.shuffle(items)
    noise = [
        f'<li><a href="https://stc.{label}.gov.vn/">Sở Tài chính</a></li>',
        '<li><a href="https://chinhphu.vn/">Cổng thông tin điện tử Chính phủ</a></li>',
        '<li><a href="/tin-tuc/hoat-dong-lanh-dao">Hoạt động lãnh đạo</a></li>',
    ]
    html = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Cổng thông tin điện tử {escape(province.name)}</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></nav>
<div class="news"><h2>Tin tức</h2><a href="/tin-tuc/bai-1.html">Hội nghị tổng kết</a></div>
<div class="lien-ket-website"><h3>Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- UBND huyện, thị xã, thành phố --</option>
{''.join(options)}</select>
<ul>{''.join(items + noise)}</ul></div>
<footer>Bản quyền thuộc {escape(province.name)}</footer></body></html>"""
    return province, html.encode("utf-8"), expected


@contextmanager
def serving(body: bytes):
    """A loopback web server answering every GET with `body`; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def province_portal():
    province, body, expected = build_portal()
    with serving(body) as url:
        yield url, province, expected


def test_discovery_lists_subordinate_portals_with_units(province_portal, tmp_path):
    url, province, expected = province_portal
    result = cli("portals", "discover", url)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["url"]: r["unit"] for r in rows} == expected, result.stderr
    for row in rows:
        unit = UNITS[row["unit"]]
        if unit.era == OLD:
            assert (row["valid_from"], row["valid_until"]) == ("", "2025-06-30")
        else:
            assert (row["valid_from"], row["valid_until"]) == ("2025-07-01", "")
        assert url in row["source"]
    assert "stc." in result.stderr  # a department under the domain: reported, not listed
    assert "chinhphu" not in result.stdout + result.stderr
    # the rows are ready to import
    listing = tmp_path / "found.csv"
    listing.write_text(result.stdout, encoding="utf-8")
    imported = cli("portals", "import", str(listing), "--db", str(tmp_path / "a.db"))
    assert f"imported {len(expected)} portals ({len(expected)} placed periods), 0 rows rejected" in imported.stdout


def test_discovery_needs_a_province():
    with serving(b"<html><body><a href='https://example.org/'>x</a></body></html>") as url:
        result = cli("portals", "discover", url, check=False)
    assert result.returncode == 2 and "--province" in result.stderr


def test_discovery_on_a_real_saved_portal_page(tmp_path):
    """sotttt.hanoi.gov.vn's home page (saved 2022, kept byte for byte in bench/data): its link
    <select> names two district portals among ministries, departments and national sites."""
    from tests.conftest import REPO

    body = (REPO / "bench/data/extraction/pages/real-sotttt-hanoi-1.html").read_bytes()

    with serving(body) as url:
        result = cli("portals", "discover", url)
    rows = {r["url"]: r["unit"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows == {
        "http://thanhxuan.gov.vn/": UNITS.resolve(OLD, "Hà Nội", "Quận Thanh Xuân").id,
        "http://longbien.gov.vn/": UNITS.resolve(OLD, "Hà Nội", "Quận Long Biên").id,
    }
    assert "pbgdpl.hanoi.gov.vn" in result.stderr  # under the domain, but no unit: reported
