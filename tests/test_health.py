"""Portal health and politeness: attention view, backoff, crawl-delay, parallel portals."""
from __future__ import annotations

import sqlite3

from tests.conftest import FAST, cli
from tests.test_cron import closed_port_url
from tests.test_resilience import BadPortal


def q(db, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_down_and_robots_denied_portals_need_attention_and_back_off(tmp_path, sample_portals):
    db = tmp_path / "archive.db"
    dead, denied = closed_port_url(), BadPortal("robots-deny")
    ok = sample_portals.portals[2]["url"]
    try:
        args = ["--portal", ok, "--portal", dead, "--portal", denied.url, "--db", str(db), *FAST]
        for _ in range(2):
            assert cli("crawl", *args, check=False).returncode == 0
        reasons = set(q(db, "select url, reason from portals_needing_attention"))
        assert (dead, "down") in reasons
        assert (denied.url, "robots.txt disallows") in reasons
        assert not {r for r in reasons if r[0] == ok and r[1] in ("down", "robots.txt disallows")}
        assert [p for _, _, p in denied.hits] == ["/robots.txt"]  # obeyed; and cached for the 2nd run
        state = dict(q(db, "select p.url, s.consecutive_failures from portal_state s join portals p on p.id = s.portal_id"))
        assert state[dead] == 2 and state[ok] == 0
        third = cli("crawl", *args, check=False)
        assert "skipped" in third.stdout.splitlines()[0]  # in backoff after two failures in a row
        last = dict(q(db, "select p.url, r.status from portal_runs r join portals p on p.id = r.portal_id "
                          "where r.run_id = (select max(id) from crawl_runs)"))
        assert last[dead] == "skipped" and last[ok] == "ok"
        health = q(db, "select last_pages, last_median_latency_ms, last_articles_per_listing from portal_health where url = ?", [ok])
        assert health[0][0] > 0 and health[0][1] is not None
    finally:
        denied.stop()


def test_crawl_delay_obeyed_and_portals_crawled_in_parallel(tmp_path):
    slow = [BadPortal("ok", ip=f"127.0.0.{20 + i}", delay=0.4) for i in range(4)]
    delayed = BadPortal("ok", ip="127.0.0.30", crawl_delay=1)
    try:
        args = [a for p in [*slow, delayed] for a in ("--portal", p.url)]
        cli("crawl", *args, "--db", str(tmp_path / "archive.db"), *FAST)
        # 1. at most 2 requests at a time per host, but several hosts at once
        events = sorted((t, +1, i) for i, p in enumerate(slow) for s, e, _ in p.hits for t in [s]) + \
            sorted((t, -1, i) for i, p in enumerate(slow) for s, e, _ in p.hits for t in [e])
        per_host, peak_hosts = [0] * len(slow), 0
        for _, delta, i in sorted(events, key=lambda ev: (ev[0], ev[1])):
            per_host[i] += delta
            assert per_host[i] <= 2
            peak_hosts = max(peak_hosts, sum(1 for n in per_host if n > 0))
        assert peak_hosts >= 3, "portals were crawled one after another"
        # 2. Crawl-delay: 1 between two requests to the delayed host (robots.txt aside)
        starts = sorted(s for s, _, path in delayed.hits if path != "/robots.txt")
        assert len(starts) >= 3
        assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.9
    finally:
        for p in [*slow, delayed]:
            p.stop()


def test_user_agent_names_the_project_and_the_contact_url(tmp_path):
    seen: list[str] = []
    portal = BadPortal("ok")
    original = portal.answer

    def record(h):
        seen.append(h.headers.get("User-Agent", ""))
        original(h)

    portal.answer = record
    try:
        cli("crawl", "--portal", portal.url, "--db", str(tmp_path / "a.db"), *FAST,
            "--set", "PORTAL_ARCHIVE_CONTACT_URL=https://example.org/lien-he")
        assert seen and all(ua == "PortalArchive/0.1 (+https://example.org/lien-he)" for ua in seen)
    finally:
        portal.stop()
