"""Incremental re-runs and history: nothing refetched for nothing, new articles found,
edits kept as versions, deletions marked (never removed)."""
from __future__ import annotations

import sqlite3

import pytest

from crawler.urls import canonical_url
from tests.conftest import FAST, cli


def q(db, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def portals(tmp_path_factory):
    """Own sample portals (this module edits them), grown so listings span pages."""
    from crawler.demo.server import SamplePortals

    with SamplePortals() as sites:
        for index in range(len(sites.sites)):
            sites.add_articles(12, portal=index)
        tmp = tmp_path_factory.mktemp("recrawl")
        yield sites, sites.write_portals_csv(tmp / "portals.csv"), tmp / "archive.db"


def crawl(portals_csv, db, *extra):
    return cli("crawl", "--portals", str(portals_csv), "--db", str(db), *FAST, *extra)


def test_no_change_rerun_fetches_almost_nothing_and_adds_nothing(portals):
    sites, portals_csv, db = portals
    mark = len(sites.requests)
    crawl(portals_csv, db)
    first = len(sites.requests) - mark
    rows = q(db, "select count(*) from articles")[0][0]
    article_paths = {canonical_url(a["url"]).split("/", 3)[3] for a in sites.expected_articles()}

    mark = len(sites.requests)
    result = crawl(portals_csv, db)
    second = sites.requests[mark:]
    assert q(db, "select count(*) from articles")[0][0] == rows
    assert "0 new" in result.stdout
    refetched = [t for _, t, _ in second if t.lstrip("/") in article_paths]
    assert not refetched, f"known articles fetched again: {refetched[:3]}"
    # home, listing heads, sitemap, feed: a handful per portal, whatever the portal's size
    assert len(second) <= 6 * len(sites.sites), f"{len(second)} requests vs {first} in the first run"
    assert len(second) < 0.2 * first


def test_new_articles_are_all_stored_next_run(portals):
    sites, portals_csv, db = portals
    new = [a for n in range(12) for a in sites.add_articles(1, portal=n % 3)]
    crawl(portals_csv, db)
    stored = {u for (u,) in q(db, "select url from article_urls")}
    missing = [a["url"] for a in new if canonical_url(a["url"]) not in stored]
    assert not missing


def make_due(db, url: str) -> int:
    (article_id,) = q(db, "select article_id from article_urls where url = ?", [canonical_url(url)])[0]
    q(db, "update articles set last_checked_at = '2020-01-01T00:00:00+00:00' where id = ?", [article_id])
    return article_id


def test_edited_article_keeps_its_old_version_with_a_diff(portals):
    sites, portals_csv, db = portals
    gold = sites.expected_articles()
    edited, untouched = gold[3]["url"], gold[4]["url"]
    edited_id, untouched_id = make_due(db, edited), make_due(db, untouched)
    old_text = q(db, "select text from articles where id = ?", [edited_id])[0][0]
    sites.edit_article(edited, "Đoạn văn bổ sung sau khi bài đã đăng.")
    result = crawl(portals_csv, db)

    text, checked = q(db, "select text, last_checked_at from articles where id = ?", [edited_id])[0]
    assert "Đoạn văn bổ sung" in text
    versions = q(db, "select text, content_hash, seen_at, replaced_at, diff from article_versions where article_id = ?", [edited_id])
    assert len(versions) == 1
    assert versions[0][0] == old_text and versions[0][3] and "+ Đoạn văn bổ sung sau khi bài đã đăng." in versions[0][4]
    # the other due article was re-checked and, its text unchanged, kept as it was
    assert not q(db, "select 1 from article_versions where article_id = ?", [untouched_id])
    assert q(db, "select last_checked_at > '2021' from articles where id = ?", [untouched_id]) == [(1,)]
    assert "1 updated" in result.stdout
    changes = q(db, "select change, article_id, diff from article_changes where change = 'edited'")
    assert (edited_id,) in [(c[1],) for c in changes]


def test_unchanged_page_answers_304_to_the_conditional_recheck(portals):
    sites, portals_csv, db = portals
    url = sites.expected_articles()[4]["url"]  # fetched by the previous run: validators are current
    article_id = make_due(db, url)
    mark = len(sites.requests)
    result = crawl(portals_csv, db)
    path = canonical_url(url).split("/", 3)[3]
    assert [t for _, t, _ in sites.requests[mark:] if t.lstrip("/") == path], "the due article was not re-checked"
    assert q(db, "select sum(not_modified) from portal_runs where run_id = (select max(id) from crawl_runs)")[0][0] == 1
    assert "1 not modified (304)" in result.stdout
    assert q(db, "select last_checked_at > '2021', deleted_at from articles where id = ?", [article_id]) == [(1, None)]


def test_deleted_or_redirected_home_article_is_marked_not_removed(portals):
    from crawler.demo.sites import redirect

    sites, portals_csv, db = portals
    gold = sites.expected_articles()
    gone, moved_home = gold[5]["url"], gold[6]["url"]
    gone_id, home_id = make_due(db, gone), make_due(db, moved_home)
    for url in (gone, moved_home):
        site = sites.site(url)
        with site.lock:
            placed = next(p for p in site.placed if site.site.abs(p.path) == url)
            site.placed.remove(placed)
            site.invalidate()
    home_site = sites.site(moved_home)
    original_handle = home_site.handle
    moved_path = moved_home.split("/", 3)[3]
    home_site.handle = lambda target: redirect(home_site.site.abs("/")) if target.lstrip("/") == moved_path else original_handle(target)
    try:
        crawl(portals_csv, db)
    finally:
        home_site.handle = original_handle
    rows = dict(q(db, "select id, deleted_at from articles where id in (?, ?)", [gone_id, home_id]))
    assert rows[gone_id] and rows[home_id], rows  # kept, with the time it was found gone
    deleted = {r[0] for r in q(db, "select article_id from article_changes where change = 'deleted'")}
    assert {gone_id, home_id} <= deleted
    assert q(db, "select sum(deleted) from portal_runs where run_id = (select max(id) from crawl_runs)")[0][0] == 2


def test_runs_cut_by_the_page_budget_resume_until_every_article_is_stored(tmp_path):
    """Each run is cut short by --max-pages; the next resumes the frontier the last one left.  The
    resumed links of proven shapes must not spend the budget before the entry pages (the
    portal would look unreachable and be backed off), and an article shape whose URLs the
    portal's menu pages share must not be cut for them (new articles would never be asked)."""
    from crawler.demo.server import SamplePortals

    with SamplePortals() as sites:
        for index in range(len(sites.sites)):
            sites.add_articles(40, portal=index)
        portals_csv, db = sites.write_portals_csv(tmp_path / "portals.csv"), tmp_path / "archive.db"
        wanted = {canonical_url(a["url"]) for a in sites.expected_articles()}
        firsts = []
        while len(firsts) < 10 and not (firsts and wanted <= stored_urls(db)):
            firsts.append(crawl(portals_csv, db, "--max-pages", "25").stdout.splitlines()[0])
        assert wanted <= stored_urls(db), f"{len(wanted - stored_urls(db))} missing after {len(firsts)} runs"
        assert not any("failed" in line or "skipped" in line for line in firsts), firsts
        new = [a for n in range(len(sites.sites)) for a in sites.add_articles(1, portal=n)]
        crawl(portals_csv, db)
        assert {canonical_url(a["url"]) for a in new} <= stored_urls(db)


def stored_urls(db) -> set[str]:
    return {u for (u,) in q(db, "select url from article_urls")}
