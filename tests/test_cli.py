"""The command line of CONTRACT.md, run as a user runs it (fresh processes)."""
from __future__ import annotations

import csv
import re
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

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


def test_demo_crawls_sample_portals(tmp_path):
    db = tmp_path / "demo.db"
    result = cli("demo", "--db", str(db), "--no-serve")
    assert "sample portals" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from portals").fetchone()[0] >= 4
    assert conn.execute("select count(distinct cms) from articles").fetchone()[0] >= 4  # CMS families detected
    assert conn.execute("select count(*) from articles").fetchone()[0] >= 40


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
