"""Re-crawl cost: how much a second run fetches, and whether new articles all arrive.

    cd /work/main && PYTHONPATH=. python bench/recrawl.py [--grow 120] [--add 10]

Serves the sample portals on loopback, first grows each of them by --grow
articles (real portals hold hundreds to thousands; the bundled sample has 11
each, where even the floor of a re-run -- home page, listing heads, sitemap,
feed -- is a large share), then:

1. crawls them into a fresh archive (the first, full crawl) -- in the
   `pages` and `minutes` scenarios cut short by `--max-pages` / `--max-minutes`
   and resumed by plain runs until the archive holds every article;
2. crawls again with nothing changed: requests made, rows added;
3. publishes --add new articles spread over the portals, crawls again:
   how many of them are stored.

Requests are counted at the servers (every HTTP request, 304s included).
Exit status 1 when a target is missed (re-run > 5% of the first crawl's
requests, a row added by the no-change run, a new article not stored, or a
resumed crawl that fetched more than 10% of its pages twice).
"""
from __future__ import annotations

import argparse
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

FAST = ["--set", "PORTAL_ARCHIVE_ALLOW_PRIVATE=1", "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_START_DELAY=0.01", "--set", "AUTOTHROTTLE_MAX_DELAY=1",
        "--set", "LOG_LEVEL=WARNING"]


def crawl(portals_csv: Path, db: Path, *extra: str) -> tuple[float, str]:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--portals", str(portals_csv), "--db", str(db),
                             *FAST, *extra], cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return time.monotonic() - started, result.stdout


def count_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from articles").fetchone()[0]


def stored_urls(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {u for (u,) in conn.execute("select url from article_urls")}


CUTS = {"none": [], "pages": ["--max-pages", "60"], "minutes": ["--max-minutes", "0.12"]}


def scenario(cut: str, grow: int, add: int) -> bool:
    ok = True
    with SamplePortals() as sites, tempfile.TemporaryDirectory() as tmp:
        for index in range(len(sites.sites)):
            sites.add_articles(grow, portal=index)
        portals_csv = sites.write_portals_csv(Path(tmp) / "portals.csv")
        db = Path(tmp) / "archive.db"
        articles = len(sites.expected_articles())

        mark = len(sites.requests)
        seconds, _ = crawl(portals_csv, db, *CUTS[cut])
        runs = 1
        while cut != "none" and count_rows(db) < articles and runs < 30:
            more, _ = crawl(portals_csv, db, *CUTS[cut] if cut == "pages" else [])
            seconds += more
            runs += 1
        targets = [t for h, t, _ in sites.requests[mark:]]
        first = len(targets)
        twice = first - len(set(targets))
        rows = count_rows(db)
        print(f"[{cut}] first crawl in {runs} run(s): {len(sites.sites)} portals, {articles} articles published, "
              f"{first} requests ({twice} to a page already fetched), {rows} rows, {seconds:.0f}s")
        ok &= rows == articles and (cut == "none" or twice <= 0.1 * first)

        mark = len(sites.requests)
        seconds, _ = crawl(portals_csv, db)
        second = len(sites.requests) - mark
        added = count_rows(db) - rows
        ratio = second / first
        print(f"[{cut}] no-change re-run: {second} requests = {ratio:.1%} of the first crawl, {added} rows added, {seconds:.0f}s")
        ok &= ratio <= 0.05 and added == 0

        new = []
        for n in range(add):
            new += sites.add_articles(1, portal=n % len(sites.sites))
        mark, before = len(sites.requests), count_rows(db)
        seconds, _ = crawl(portals_csv, db)
        third = len(sites.requests) - mark
        have = stored_urls(db)
        stored = sum(canonical_url(a["url"]) in have for a in new)
        print(f"[{cut}] after {len(new)} new articles: {third} requests, {count_rows(db) - before} rows added, "
              f"{stored}/{len(new)} new articles stored, {seconds:.0f}s")
        ok &= stored == len(new)
        for a in new:
            if canonical_url(a["url"]) not in have:
                path = a["url"].split("/", 3)[3]
                asked = any(t.lstrip("/") == path for _, t, _ in sites.requests[mark:])
                print(f"  not stored ({'fetched' if asked else 'never requested'}): {a['url']} published {a.get('published_at')}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grow", type=int, default=120, help="articles added to each portal before the first crawl")
    parser.add_argument("--add", type=int, default=10, help="articles published between the 2nd and 3rd crawl")
    parser.add_argument("--cut", choices=[*CUTS, "all"], default="all",
                        help="first crawl whole (none), or cut short by --max-pages or --max-minutes and resumed")
    args = parser.parse_args()
    ok = all([scenario(cut, args.grow, args.add) for cut in (CUTS if args.cut == "all" else [args.cut])])
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
