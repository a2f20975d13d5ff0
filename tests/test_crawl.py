"""End to end: the real spider crawls loopback sample portals into a real SQLite file."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter

from crawler.urls import canonical_url
from tests.conftest import FAST, cli

# Lines that only boilerplate produces; none may reach an article's text.
BOILERPLATE = re.compile(
    r"^(?:Truy cập|Hôm nay|Hôm qua|Tuần này|Tháng này|Tất cả|Đang online|Thống kê truy cập|Lượt xem|"
    r"Tin liên quan|Tin khác|Các tin đã đưa|Bài trước|Bài tiếp theo|Ý kiến thăm dò|Bình chọn|"
    r"Liên kết website|ĐĂNG NHẬP|Anh-tin-bai|Trưởng Ban Biên tập|Điện thoại:|Email:|Tác giả:)|bình luận$|"
    r"Bấm vào đây để nhận mã|Tổng số điểm của bài viết",
    re.I,
)


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def overlap(got: str, gold: str) -> tuple[float, float]:
    got_words, gold_words = words(got), words(gold)
    common = sum((got_words & gold_words).values())
    return common / max(1, sum(got_words.values())), common / max(1, sum(gold_words.values()))


def rows(db, sql: str, params=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_every_article_stored_exactly_once(crawled, sample_portals):
    db = crawled[0]
    expected = {canonical_url(a["url"]): a for a in sample_portals.expected_articles()}
    stored = rows(db, "select url from articles")
    stored_urls = [r["url"] for r in stored]
    assert len(stored_urls) == len(set(stored_urls))
    missing = set(expected) - set(stored_urls)
    extra = set(stored_urls) - set(expected)
    assert not missing, f"{len(missing)} of {len(expected)} articles not stored, e.g. {sorted(missing)[:3]}"
    assert not extra, f"stored pages that are not expected articles: {sorted(extra)[:5]}"


def test_fields_match_the_pages(crawled, sample_portals):
    db = crawled[0]
    stored = {r["url"]: r for r in rows(db, "select * from articles")}
    problems = []
    for gold in sample_portals.expected_articles():
        row = stored.get(canonical_url(gold["url"]))
        if row is None:
            continue  # reported by the test above
        if row["title"] != gold["title"]:
            problems.append(f"title {row['title']!r} != {gold['title']!r}")
        if (row["published_at"] or "")[:10] != gold["published_at"][:10]:
            problems.append(f"date {row['published_at']} != {gold['published_at']} on {gold['url']}")
        precision, recall = overlap(row["text"], gold["text"])
        if precision < 0.95 or recall < 0.95:
            problems.append(f"text precision {precision:.2f} recall {recall:.2f} on {gold['url']}")
    assert not problems, f"{len(problems)} field problems:\n" + "\n".join(problems[:15])


def test_no_boilerplate_in_text(crawled):
    db = crawled[0]
    dirty = []
    for row in rows(db, "select url, text from articles"):
        for line in row["text"].splitlines():
            if BOILERPLATE.search(line.strip()):
                dirty.append(f"{row['url']}: {line[:80]!r}")
    assert not dirty, "\n".join(dirty[:20])


def test_no_request_to_traps_or_disallowed_paths(crawled, sample_portals):
    requests = crawled[2]
    assert requests, "the crawl made no request at all"
    bad = [r for r in requests if sample_portals.forbidden_request(r[0], r[1])]
    assert not bad, f"{len(bad)} forbidden requests, e.g. {bad[:5]}"


def test_crawl_run_recorded(crawled, sample_portals):
    db, result = crawled[0], crawled[1]
    runs = rows(db, "select * from crawl_runs")
    assert len(runs) == 1
    run = runs[0]
    assert run["status"] == "completed"
    assert run["new"] == len(sample_portals.expected_articles())
    assert run["pages_fetched"] >= run["new"]
    assert run["failed"] == 0  # refusals by robots.txt or trap rules are not failures
    assert f"{run['new']} new" in result.stdout


def test_rejections_are_counted_by_reason_with_examples_and_requests_by_kind(crawled):
    import json

    db, result = crawled[0], crawled[1]
    per_portal = rows(db, "select rejected_by_reason, rejected_examples, requests_by_kind, listing_pages, "
                          "articles_extracted from portal_runs")
    for run in per_portal:
        reasons = json.loads(run["rejected_by_reason"] or "{}")
        assert sum(reasons.values()) == run["listing_pages"]  # every rejection has its reason
        examples = json.loads(run["rejected_examples"] or "[]")
        assert len(examples) == min(5, run["listing_pages"]) and all("http" in e for e in examples)
        kinds = json.loads(run["requests_by_kind"])
        assert kinds["article"] == run["articles_extracted"]
    total = rows(db, "select rejected_by_reason, requests_by_kind from crawl_runs")[0]
    assert json.loads(total["rejected_by_reason"]) and json.loads(total["requests_by_kind"])["article"] > 0
    assert any(line.startswith("not articles: ") for line in result.stdout.splitlines())
    assert any(line.startswith("requests: article ") for line in result.stdout.splitlines())


def test_raw_html_kept_for_every_article(crawled):
    db = crawled[0]
    counts = rows(db, "select (select count(*) from articles) a, (select count(*) from article_html) h")[0]
    assert counts["a"] == counts["h"] > 0


def test_second_run_adds_nothing_and_fetches_less(crawled, sample_portals):
    db, _, first_requests, portals_csv = crawled
    before = rows(db, "select count(*) n from articles")[0]["n"]
    start = len(sample_portals.requests)
    result = cli("crawl", "--portals", str(portals_csv), "--db", str(db), *FAST)
    second_requests = len(sample_portals.requests) - start
    after = rows(db, "select count(*) n from articles")[0]["n"]
    assert after == before
    assert "0 new" in result.stdout
    assert second_requests < len(first_requests)


def test_a_portal_crawl_stays_on_its_host(sample_portals, tmp_path):
    """Crawling one portal sends nothing to the other portals' hosts."""
    portal = sample_portals.portals[-1]["url"]
    start = len(sample_portals.requests)
    result = cli("crawl", "--portal", portal, "--db", str(tmp_path / "one.db"), *FAST)
    hosts = {host for host, _target, _method in list(sample_portals.requests)[start:]}
    own = portal.split("//", 1)[1].rstrip("/")
    assert hosts == {own}, hosts
    assert "1 portals" in result.stdout


def test_first_crawl_walks_long_listings_to_the_end(tmp_path):
    """Old articles linked from other pages' "Tin khác" lists must not end a pager chain early."""
    from crawler.demo.server import SamplePortals

    with SamplePortals() as sites:
        sites.add_articles(120, portal=1)  # more than 20 listing pages per category
        portal = sites.portals[1]["url"]
        db = tmp_path / "long.db"
        cli("crawl", "--portal", portal, "--db", str(db), *FAST)
        expected = {canonical_url(a["url"]) for a in sites.expected_articles() if a["portal"] == portal}
        stored = {r["url"] for r in rows(db, "select url from articles")}
        forbidden = [r for r in sites.requests if sites.forbidden_request(r[0], r[1])]
    assert len(expected) > 120
    assert expected <= stored, f"{len(expected - stored)} missing, e.g. {sorted(expected - stored)[:2]}"
    assert not forbidden
