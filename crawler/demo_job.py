"""`portal-archive demo`: sample portals on loopback -> crawl -> Datasette, offline."""
from __future__ import annotations

import tempfile
from pathlib import Path

import click

from crawler.portals import read_portals_file

# Loopback servers answer in milliseconds: no need for the polite delays of the
# real crawl (robots.txt is still obeyed, 2 requests per host at most).
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0.01,
    "AUTOTHROTTLE_MAX_DELAY": 1,
    "LOG_LEVEL": "WARNING",
    "PORTAL_ARCHIVE_ALLOW_PRIVATE": True,  # the sample portals live on 127.0.0.x
}


def fresh_archive(db_path: str) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(db_path + suffix).unlink(missing_ok=True)


def run_demo(db_path: str, *, port: int = 8001, serve: bool = True) -> None:
    from crawler.demo.server import SamplePortals
    from crawler.lock import crawl_lock
    from crawler.runner import run_crawl

    fresh_archive(db_path)
    with SamplePortals() as sites, tempfile.TemporaryDirectory() as tmp:
        portals_csv = Path(tmp) / "portals.csv"
        sites.write_portals_csv(portals_csv)
        portals = read_portals_file(portals_csv).portals
        click.echo(f"Serving {len(portals)} sample portals on loopback:")
        for portal in portals:
            click.echo(f"  {portal['url']}  {portal.get('name') or ''}")
        click.echo(f"Crawling them into {db_path} ...")
        with crawl_lock(db_path):
            summary = run_crawl(db_path, portals, DEMO_SETTINGS)
    for line in summary.lines():
        click.echo(line)
    if serve:
        from datasette_config.app import serve as serve_datasette

        click.echo(f"Open http://127.0.0.1:{port}/ (Ctrl-C to stop). Try searching: mat tran to quoc")
        serve_datasette(db_path, "127.0.0.1", port)
