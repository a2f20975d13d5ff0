"""Crawl the loopback sample portals with the real CLI and report what it found.

    python bench/crawl_samples.py [--grow N] [--set KEY=VALUE ...]

Prints articles stored / expected, missing and extra URLs, requests made,
requests to traps or robots-disallowed paths, and wall time.  `--compare-extraction`
crawls twice in one run, extraction in this process (PORTAL_ARCHIVE_EXTRACT_WORKERS=0,
the old way) and in worker processes (the default), and prints the ratio.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from crawler.demo.server import SamplePortals  # noqa: E402
from crawler.urls import canonical_url  # noqa: E402

FAST = ["--set", "PORTAL_ARCHIVE_ALLOW_PRIVATE=1", "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_START_DELAY=0.01", "--set", "AUTOTHROTTLE_MAX_DELAY=1"]


def crawl_once(grow: int, extra: list[str]) -> float:
    with SamplePortals() as sites, tempfile.TemporaryDirectory() as tmp:
        for index in range(len(sites.sites)):
            sites.add_articles(grow, portal=index)
        portals_csv = sites.write_portals_csv(Path(tmp) / "portals.csv")
        db = Path(tmp) / "archive.db"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "crawler", "crawl", "--portals", str(portals_csv), "--db", str(db), *FAST,
                        *extra], cwd=REPO, check=True, capture_output=True)
        seconds = time.monotonic() - started
        expected = {canonical_url(a["url"]) for a in sites.expected_articles()}
        stored = [url for (url,) in sqlite3.connect(db).execute("select url from articles")]
        forbidden = [r for r in sites.requests if sites.forbidden_request(r[0], r[1])]
        print(f"portals: {len(sites.portals)}")
        print(f"articles stored / expected: {len(set(stored) & expected)} / {len(expected)} (rows: {len(stored)}, distinct: {len(set(stored))})")
        print(f"missing: {sorted(expected - set(stored))[:5]}  extra: {sorted(set(stored) - expected)[:5]}")
        print(f"requests: {len(sites.requests)}, to traps or disallowed paths: {len(forbidden)}")
        print(f"wall time (whole CLI process): {seconds:.1f} s")
        return seconds


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grow", type=int, default=0, help="articles added to each sample portal first")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--compare-extraction", action="store_true")
    args = parser.parse_args()
    extra = [x for kv in args.overrides for x in ("--set", kv)]
    if not args.compare_extraction:
        crawl_once(args.grow, extra)
        return
    print("-- extraction in the crawl's process (before)")
    before = crawl_once(args.grow, [*extra, "--set", "PORTAL_ARCHIVE_EXTRACT_WORKERS=0"])
    print("-- extraction in worker processes (after)")
    after = crawl_once(args.grow, extra)
    print(f"wall time after / before: {after / before:.2f}")


if __name__ == "__main__":
    main()
