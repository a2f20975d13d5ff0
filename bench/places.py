"""Places: how fast news_by_place's facets answer on a large archive.

    cd /work/main && PYTHONPATH=. python bench/places.py [--articles 30000]

Builds a fresh archive with the shipped registry and --articles synthetic
articles spread over its portals and over 2019-2026, then times the queries
Datasette runs for the news_by_place page (count, province facet, former and
current unit array facets, first page) and the place page's monthly counts.
Baseline, in the same run: the same facets computed per article through the
article_units view (what news_by_place did before it read the per-period
columns written at import).  Prints seconds and baseline/ours ratios; exit
status 1 when a facet takes longer than Datasette's facet time limit (1 s).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive.store import Archive  # noqa: E402
from archive.units import load_units  # noqa: E402
from crawler.portals import import_registry, read_registry, shipped_registry  # noqa: E402
from datasette_config.app import SETTINGS  # noqa: E402

OURS = {
    "count": "select count(*) from news_by_place",
    "province facet": "select province, count(*) from news_by_place group by 1 order by 2 desc",
    "former units facet": "select j.value, count(*) from news_by_place, json_each(former_units) j group by 1 order by 2 desc limit 15",
    "current units facet": "select j.value, count(*) from news_by_place, json_each(current_units) j group by 1 order by 2 desc limit 15",
    "first page": "select * from news_by_place order by published_at desc limit 50",
}
# The same answers from the article_units view, one correlated lookup per article.
BASELINE = {
    "count": "select count(distinct article_id) from article_units",
    "province facet": """select (select min(x.name) from article_units x where x.article_id = a.id and x.era = 'new'
                                 and x.level = 'province') as p, count(*) from articles a group by 1 order by 2 desc""",
    "former units facet": """select x.label, count(distinct x.article_id) from article_units x
                             where x.era = 'old' and x.level != 'province' group by 1 order by 2 desc limit 15""",
    "current units facet": """select x.label, count(distinct x.article_id) from article_units x
                              where x.era = 'new' and x.level != 'province' group by 1 order by 2 desc limit 15""",
    "first page": """select a.*, (select json_group_array(x.label) from article_units x where x.article_id = a.id)
                     from articles a order by published_at desc limit 50""",
}
PLACE_MONTHS = "select substr(day, 1, 7), count(distinct article_id) from article_units where unit_id = ? group by 1"


def timed(db, sql: str, params=()) -> float:
    started = time.perf_counter()
    db.execute(sql, params).fetchall()
    return time.perf_counter() - started


def build(path: Path, articles: int, rng: random.Random) -> Archive:
    units = load_units()
    archive = Archive(path)
    import_registry(archive, read_registry(shipped_registry(), units), units, "portals.csv")
    portal_ids = [r[0] for r in archive.db.execute("select id from portals")]
    rows = [{"url": f"http://bench.invalid/{i}", "portal_id": rng.choice(portal_ids), "title": "t", "text": "x",
             "published_at": f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             "first_seen_at": "2026-01-01T00:00:00+00:00"} for i in range(articles)]
    with archive.db.atomic():
        archive.db["articles"].insert_all(rows, batch_size=5000)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = build(Path(tmp) / "places.db", args.articles, random.Random(args.seed))
        db = archive.db
        limit = SETTINGS["facet_time_limit_ms"] / 1000
        missed = False
        print(f"{args.articles} articles, {db.execute('select count(*) from portal_periods').fetchone()[0]} periods")
        print(f"{'query':22} {'ours s':>8} {'baseline s':>11} {'ratio':>7}")
        for name, sql in OURS.items():
            ours, base = timed(db, sql), timed(db, BASELINE[name])
            print(f"{name:22} {ours:8.3f} {base:11.3f} {base / max(ours, 1e-6):7.1f}")
            missed |= "facet" in name and ours > limit
        busiest = db.execute("select unit_id from period_units group by 1 order by count(*) desc limit 1").fetchone()[0]
        print(f"place page months ({busiest}): {timed(db, PLACE_MONTHS, [busiest]):.3f} s")
        archive.close()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
