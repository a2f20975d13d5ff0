"""Cron safety: the lock, exit status, --log, the summary and progress lines."""
from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

from tests.conftest import FAST, REPO, cli

HOLD_LOCK = "import sys, time; from crawler.lock import crawl_lock\nwith crawl_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(120)"


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/"


def hold_lock(db) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_second_run_exits_at_once_while_one_holds_the_lock(tmp_path):
    db = tmp_path / "archive.db"
    holder = hold_lock(db)
    try:
        started = time.monotonic()
        result = cli("crawl", "--portal", closed_port_url(), "--db", str(db), *FAST, check=False)
        assert result.returncode == 75
        assert "already running" in result.stderr and f"pid {holder.pid}" in result.stderr
        assert time.monotonic() - started < 15
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_killed_run_is_taken_over(tmp_path, sample_portals):
    db = tmp_path / "archive.db"
    holder = hold_lock(db)
    holder.send_signal(signal.SIGKILL)  # dies holding the lock: the file still names it
    holder.wait()
    assert str(holder.pid) in (tmp_path / "archive.db.lock").read_text()
    result = cli("crawl", "--portal", sample_portals.portals[0]["url"], "--db", str(db), *FAST)
    assert "did not finish" in result.stderr and f"pid {holder.pid}" in result.stderr
    assert (tmp_path / "archive.db.lock").read_text() == ""  # a clean exit leaves nothing to take over


def test_exit_status_summary_log_and_progress(tmp_path, sample_portals):
    db, log = tmp_path / "archive.db", tmp_path / "crawl.log"
    dead = closed_port_url()
    good = sample_portals.portals[1]["url"]
    result = cli("crawl", "--portal", good, "--portal", dead, "--db", str(db), "--log", str(log), *FAST,
                 "--set", "PORTAL_ARCHIVE_PROGRESS=true", check=False)
    assert result.returncode == 0, result.stderr[-2000:]  # one portal failing is reported, not fatal
    out = result.stdout.splitlines()
    assert out[0].startswith("crawl run 1 completed") and "(1 ok, 1 failed)" in out[0]
    assert any(line.startswith("articles:") and " new" in line for line in out)
    assert "failed portals:" in out and any(dead in line and "connection" in line for line in out)
    assert len(out) <= 20  # one screen
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert any(line.startswith("[1/2]") for line in progress) and any(line.startswith("[2/2]") for line in progress)
    text = log.read_text(encoding="utf-8")
    assert "Spider closed" in text and out[0] in text  # Scrapy's log, then the summary

    only_dead = cli("crawl", "--portal", dead, "--db", str(tmp_path / "dead.db"), *FAST, check=False)
    assert only_dead.returncode == 1  # the run as a whole failed
    assert "crawl run 1 failed" in only_dead.stderr
