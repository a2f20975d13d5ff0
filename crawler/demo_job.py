"""`portal-archive demo`: sample portals on loopback -> two crawl rounds -> Datasette, offline.

Between the rounds one article is edited and one is taken down, so the archive
shows versions and deletions; the sample articles are dated up to yesterday,
except on one portal that has gone quiet (it shows as needing attention).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from crawler.portals import read_portals_file

# Loopback servers answer in milliseconds: no need for the polite delays of the
# real crawl (robots.txt is still obeyed, 2 requests per host at most).
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0.01,
    "AUTOTHROTTLE_MAX_DELAY": 1,
    "LOG_LEVEL": "WARNING",
    "PORTAL_ARCHIVE_ALLOW_PRIVATE": True,  # the sample portals live on loopback
}
# The second round re-checks every article at once (a real archive spreads that over weeks).
SECOND_ROUND = {**DEMO_SETTINGS, "PORTAL_ARCHIVE_RECHECK_RECENT_HOURS": 0, "PORTAL_ARCHIVE_RECHECK_OLD_DAYS": 0,
                "PORTAL_ARCHIVE_RECHECK_OLD_PER_RUN": 1000}
EDIT = "Cập nhật: Ban tổ chức điều chỉnh thời gian và địa điểm so với thông báo trước."


class ArchiveInUse(RuntimeError):
    """The demo archive is open in another process (a Datasette still serving it)."""


def in_use_by_other_process(db_path: str) -> list[int]:
    """Pids of other processes that hold the file open (Linux /proc; [] elsewhere)."""
    target = Path(db_path).resolve()
    holders = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        if fd_dir.parent.name == str(os.getpid()):
            continue
        try:
            if any(Path(os.readlink(fd)) == target for fd in fd_dir.iterdir()):
                holders.append(int(fd_dir.parent.name))
        except OSError:
            continue
    return holders


def fresh_archive(db_path: str) -> None:
    """Remove the previous demo archive, unless another process still has it open."""
    holders = in_use_by_other_process(db_path) if Path(db_path).exists() else []
    if holders:
        raise ArchiveInUse(
            f"{db_path} is open in process {', '.join(map(str, holders))} (a demo still serving?); "
            "stop it or use another --db"
        )
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(db_path + suffix).unlink(missing_ok=True)


def recent_articles(db_path: str, portal_url: str, n: int) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute(
            "select a.url from articles a join portals p on p.id = a.portal_id where p.url = ? "
            "and a.duplicate_of is null order by a.published_at desc limit ?", [portal_url, n])]
    finally:
        conn.close()


def crawl_round(db_path: str, portals_csv: Path, settings: dict[str, Any]) -> None:
    """One `portal-archive crawl` in its own process (Twisted's reactor runs once per process)."""
    overrides = [arg for key, value in settings.items() for arg in ("--set", f"{key}={json.dumps(value)}")]
    done = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--portals", str(portals_csv), "--db", db_path,
                           *overrides])
    if done.returncode != 0:
        raise click.ClickException(f"the demo crawl failed (exit status {done.returncode})")


def run_demo(db_path: str, *, port: int = 8001, serve: bool = True) -> None:
    from crawler.demo.server import SamplePortals

    sock = _listen(port) if serve else None  # a busy port fails now, not after the crawl
    fresh_archive(db_path)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with SamplePortals(newest_on=yesterday, stale_portals=1) as sites, tempfile.TemporaryDirectory() as tmp:
        portals_csv = Path(tmp) / "portals.csv"
        sites.write_portals_csv(portals_csv)
        portals = read_portals_file(portals_csv).portals
        click.echo(f"Serving {len(portals)} sample portals on loopback:")
        for portal in portals:
            click.echo(f"  {portal['url']}  {portal.get('name') or ''}")
        click.echo(f"Crawling them into {db_path} (round 1) ...")
        crawl_round(db_path, portals_csv, DEMO_SETTINGS)
        edited, deleted = recent_articles(db_path, portals[0]["url"], 2)
        sites.edit_article(edited, EDIT)
        sites.delete_article(deleted)
        click.echo(f"Edited {edited}\nTook down {deleted}\nCrawling again (round 2) ...")
        crawl_round(db_path, portals_csv, SECOND_ROUND)
    if sock is not None:
        from datasette_config.app import serve_on

        click.echo(f"Open http://127.0.0.1:{sock.getsockname()[1]}/ (Ctrl-C to stop). Try searching: mat tran to quoc")
        serve_on(db_path, sock)


def _listen(port: int) -> Any:
    from datasette_config.app import PortBusy, listen

    try:
        return listen("127.0.0.1", port)
    except PortBusy as exc:
        raise click.ClickException(f"{exc}; choose another with --port (0 picks a free one)") from exc


