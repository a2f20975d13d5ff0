"""Search at scale: build a synthetic archive and time the journalist pages over HTTP.

    python bench/search.py --articles 1000000 --db bench/out/search-1m.db     # build (once) and measure
    python bench/search.py --articles 20000 --db /tmp/s.db                    # a quick run

The archive is made with the project's own schema (archive.schema) and filled
in bulk: ~3,000 portals, articles of realistic length (~600 words) drawn from
the words of the bundled Vietnamese sample articles, each with compressed HTML
and ~5% republished copies.  Then `portal-archive serve` and stock Datasette
(no metadata or plugins, suggest_facets off) are started on the same file, and
the same queries are timed against both in the same run:

* results page (1-3 word queries, p50/p95): /search?q=... beside stock
  /db/articles?_search=<folded query>.  The words are drawn as often as the sample
  articles use them, from a small vocabulary, so every query here has a word in
  more than archive.search.BM25_MAX_DOCS articles and is ranked title-first, not
  by bm25 (which reads every article containing each word)
* facet counts (loaded after the list): /search/facets?q=... (stock Datasette
  has no facetable search over this schema to compare with)
* article page: /article/<id> beside stock /db/articles/<id>
* CSV of a ~100,000-row search: /search.csv (every row checked) beside
  `portal-archive export`.
* size: the file against its text plus compressed HTML.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive.fold import fold  # noqa: E402
from archive.search import parse  # noqa: E402

LEVELS = ("province", "district", "commune")
START = 1_420_070_400  # 2015-01-01 UTC
SPAN = 11 * 365 * 86400


def corpus_words() -> tuple[list[str], list[str]]:
    """Words of the bundled sample articles (text, titles), with their real frequencies."""
    articles = json.loads((REPO / "crawler/demo/data/articles.json").read_text(encoding="utf-8"))
    text_words, title_words = [], []
    for article in articles:
        for key, value in article.items():
            if isinstance(value, str) and key != "id":
                words = re.findall(r"\w+", value)
                (title_words if key == "title" else text_words).extend(words)
            elif isinstance(value, list):
                text_words.extend(w for v in value if isinstance(v, str) for w in re.findall(r"\w+", v))
    return text_words, title_words or text_words


def sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    chosen = rng.choices(words, k=rng.randint(low, high))
    chosen[0] = chosen[0][:1].upper() + chosen[0][1:]
    return " ".join(chosen)


def paragraphs(rng: random.Random, words: list[str], total_words: int) -> str:
    out, n = [], 0
    while n < total_words:
        para = ". ".join(sentence(rng, words, 10, 28) for _ in range(rng.randint(2, 5))) + "."
        n += para.count(" ") + 1
        out.append(para)
    return "\n".join(out)


def portals(rng: random.Random, n: int, words: list[str]) -> list[tuple]:
    provinces = sorted({sentence(rng, words, 2, 2) for _ in range(34)})
    rows = []
    for pid in range(1, n + 1):
        level = LEVELS[0] if pid <= 34 else LEVELS[1] if pid <= 700 else LEVELS[2]
        province = provinces[pid % len(provinces)]
        district = sentence(rng, words, 2, 2) if level != "province" else None
        commune = sentence(rng, words, 2, 2) if level == "commune" else None
        name = f"Cổng thông tin điện tử {['tỉnh', 'huyện', 'xã'][LEVELS.index(level)]} {commune or district or province}"
        url = f"https://p{pid}.example.gov.vn/"
        rows.append((pid, url, f"p{pid}.example.gov.vn", name, level, province, district, commune))
    return rows


def boilerplate(rng: random.Random, words: list[str]) -> str:
    links = "".join(f'<li><a href="/tin/{rng.randint(1, 99999)}">{sentence(rng, words, 3, 8)}</a></li>' for _ in range(120))
    return f"<html><head><meta charset='utf-8'></head><body><nav><ul>{links}</ul></nav>{{body}}<footer>{sentence(rng, words, 20, 40)}</footer></body></html>"


def build(db_path: Path, n_articles: int, n_portals: int, seed: int = 7) -> None:
    from archive.store import Archive

    Archive(db_path).close()  # the project's schema, FTS index and triggers
    rng = random.Random(seed)
    text_words, title_words = corpus_words()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=OFF")  # bulk build only; crawls use WAL
    conn.execute("PRAGMA synchronous=OFF")
    portal_rows = portals(rng, n_portals, title_words)
    conn.executemany("insert into portals (id, url, host, name, level, province, district, commune) values (?,?,?,?,?,?,?,?)",
                     portal_rows)
    templates = [boilerplate(rng, title_words) for _ in range(50)]
    categories = [sentence(rng, title_words, 2, 3) for _ in range(40)]
    batch = 2000
    started = time.monotonic()
    originals: list[int] = []
    for first in range(1, n_articles + 1, batch):
        articles, html = [], []
        for aid in range(first, min(first + batch, n_articles + 1)):
            moment = time.gmtime(START + rng.randrange(SPAN))
            published = time.strftime("%Y-%m-%dT%H:%M:00+07:00", moment)
            title = sentence(rng, title_words, 8, 18)
            duplicate_of = None
            if originals and rng.random() < 0.05:  # a republished copy of an earlier story
                duplicate_of = rng.choice(originals)
            else:
                originals.append(aid) if len(originals) < 100_000 else None
            text = paragraphs(rng, text_words, int(rng.lognormvariate(6.3, 0.45)))
            portal = rng.randint(1, n_portals)
            articles.append((aid, f"https://p{portal}.example.gov.vn/tin/{aid}.html", portal, title, published,
                             sentence(rng, title_words, 2, 3), categories[aid % len(categories)], text, published,
                             published, duplicate_of))
            page = templates[portal % len(templates)].replace("{body}", f"<h1>{title}</h1>" + "".join(
                f"<p>{p}</p>" for p in text.split("\n")))
            html.append((aid, articles[-1][1], published, "utf-8", zlib.compress(page.encode(), 6)))
        with conn:
            conn.executemany("insert into articles (id, url, portal_id, title, published_at, author, category, text, "
                             "first_seen_at, last_seen_at, duplicate_of) values (?,?,?,?,?,?,?,?,?,?,?)", articles)
            conn.executemany("insert into article_html (article_id, fetched_url, fetched_at, encoding, html_zlib) "
                             "values (?,?,?,?,?)", html)
        done = min(first + batch - 1, n_articles)
        if done % 50_000 < batch:
            print(f"  built {done:,} articles in {time.monotonic() - started:.0f} s", flush=True)
    conn.execute("insert into crawl_runs (started_at, finished_at, status) values (datetime('now'), datetime('now'), 'completed')")
    conn.commit()
    conn.execute("PRAGMA optimize")
    conn.execute("insert into articles_fts(articles_fts) values ('optimize')")
    conn.commit()
    conn.close()


def queries(rng: random.Random, per_length: int = 20) -> list[str]:
    """1-3 word queries a journalist might type: runs of words from the sample titles."""
    _, title_words = corpus_words()
    out = []
    for length in (1, 2, 3):
        for _ in range(per_length):
            i = rng.randrange(len(title_words) - length)
            words = title_words[i:i + length]
            out.append(" ".join(words) if rng.random() < 0.5 else fold(" ".join(words)))
    return out


def timed_get(url: str, timeout: float = 120) -> tuple[float, int, bytes]:
    started = time.perf_counter()
    try:
        with urlopen(url, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except Exception as exc:  # a timeout or 5xx counts, it is not skipped
        body, status = str(exc).encode(), getattr(exc, "code", 0)
    return (time.perf_counter() - started) * 1000, status, body


def percentiles(ms: list[float]) -> dict:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95, 1), "max_ms": round(ms[-1], 1)}


def serve(args: list[str], port: int) -> subprocess.Popen:
    process = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5).read()
            return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit(f"server on port {port} did not start")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(db_path: Path, csv_rows: int, per_length: int = 20, articles: int = 50) -> dict:
    rng = random.Random(11)
    name = db_path.stem
    ours_port, stock_port = free_port(), free_port()
    ours = serve([sys.executable, "-m", "crawler", "serve", "--db", str(db_path), "--port", str(ours_port)], ours_port)
    stock = serve([sys.executable, "-m", "datasette", "serve", str(db_path), "--port", str(stock_port),
                   "--setting", "suggest_facets", "off", "--setting", "sql_time_limit_ms", "10000",
                   "--setting", "facet_time_limit_ms", "10000"], stock_port)
    a, s = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{stock_port}"
    report: dict = {"db": str(db_path)}
    try:
        conn = sqlite3.connect(db_path)
        n_articles = conn.execute("select max(id) from articles").fetchone()[0]
        qs = queries(rng, per_length)
        timed_get(a + "/search?q=warm"), timed_get(s + f"/{name}/articles?_search=warm")
        for label, make in {
            "results_ours": lambda q: a + "/search?" + urlencode({"q": q}),
            "results_stock": lambda q: s + f"/{name}/articles?" + urlencode({"_search": fold(q)}),
            "facets_ours": lambda q: a + "/search/facets?" + urlencode({"q": q}),
        }.items():
            times, statuses = [], []
            for q in qs:
                ms, status, _ = timed_get(make(q))
                times.append(ms)
                statuses.append(status)
            report[label] = percentiles(times) | {"errors": sum(1 for x in statuses if x != 200)}
            print(label, report[label], flush=True)
        ids = [rng.randint(1, n_articles) for _ in range(articles)]
        for label, make in {"article_ours": lambda i: f"{a}/article/{i}",
                            "article_stock": lambda i: f"{s}/{name}/articles/{i}"}.items():
            times = [timed_get(make(i))[0] for i in ids]
            report[label] = percentiles(times)
            print(label, report[label], flush=True)
        if csv_rows:
            report["csv"] = measure_csv(conn, a, db_path, csv_rows)
            print("csv", report["csv"], flush=True)
        text, html = conn.execute("select sum(length(cast(text as blob))) + sum(length(cast(title as blob))), "
                                  "(select sum(length(html_zlib)) from article_html) from articles").fetchone()
        size = os.path.getsize(db_path)
        report["size"] = {"articles": n_articles, "file_bytes": size, "text_bytes": text, "html_zlib_bytes": html,
                          "ratio_to_text_plus_html": round(size / (text + html), 2),
                          "bytes_per_article": round(size / n_articles)}
        print("size", report["size"], flush=True)
    finally:
        ours.terminate()
        stock.terminate()
    return report


def measure_csv(conn: sqlite3.Connection, base: str, db_path: Path, wanted: int) -> dict:
    """A search of about `wanted` rows (a word, narrowed by year if needed), exported both ways."""
    from archive.search import search_from_params

    def count(params: dict) -> int:
        sql, p = search_from_params(params).count_sql()
        return conn.execute(sql, p).fetchone()[0]

    # a common word, then narrowed by a year when it matches far more than wanted
    words = [({"q": w, "sort": "newest"}, count({"q": w})) for w in ("xa", "huyen", "cong", "tinh", "dan", "nam", "ngay")]
    best = min(words, key=lambda pn: abs(pn[1] - wanted))
    if best[1] > wanted * 1.2:
        word = max(words, key=lambda pn: pn[1])[0]["q"]
        years = [({"q": word, "sort": "newest", "year": str(y)}, count({"q": word, "year": str(y)})) for y in (2016, 2020, 2024)]
        best = min([best, *years], key=lambda pn: abs(pn[1] - wanted))
    params, expected = best
    started = time.perf_counter()
    with urlopen(base + "/search.csv?" + urlencode(params), timeout=600) as response:
        raw = response.read()
    ui_s = time.perf_counter() - started
    import csv as csv_module
    import io

    rows = list(csv_module.reader(io.StringIO(raw.decode("utf-8-sig"))))
    cli_args = ["export", "--db", str(db_path), "--search", params["q"], "-o", os.devnull]
    started = time.perf_counter()
    if "year" in params:
        cli_args += ["--since", f"{params['year']}-01-01", "--until", f"{params['year']}-12-31"]
    subprocess.run([sys.executable, "-m", "crawler", *cli_args], cwd=REPO, check=True, capture_output=True)
    cli_s = time.perf_counter() - started
    return {"params": params, "expected_rows": expected, "ui_rows": len(rows) - 1, "bom": raw.startswith(b"\xef\xbb\xbf"),
            "ui_seconds": round(ui_s, 1), "cli_seconds": round(cli_s, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--portals", type=int, default=3000)
    parser.add_argument("--db", type=Path, default=REPO / "bench/out/search.db")
    parser.add_argument("--rebuild", action="store_true", help="Build again even if the file exists.")
    parser.add_argument("--csv-rows", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    parser.add_argument("--queries", type=int, default=20, help="Queries of each length (1, 2, 3 words).")
    parser.add_argument("--article-pages", type=int, default=50)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        args.db.unlink(missing_ok=True)
        started = time.monotonic()
        print(f"building {args.articles:,} articles over {args.portals:,} portals into {args.db}", flush=True)
        build(args.db, args.articles, args.portals)
        print(f"built in {time.monotonic() - started:.0f} s", flush=True)
    report = measure(args.db, min(args.csv_rows, args.articles // 3), args.queries, args.article_pages)
    targets = {"results_ours.p95_ms": (report["results_ours"]["p95_ms"], 150),
               "facets_ours.p95_ms": (report["facets_ours"]["p95_ms"], 1000),
               "article_ours.p95_ms": (report["article_ours"]["p95_ms"], 50),
               **({"csv.ui_seconds": (report["csv"]["ui_seconds"], 30)} if "csv" in report else {}),
               "size.ratio_to_text_plus_html": (report["size"]["ratio_to_text_plus_html"], 2)}
    report["targets"] = {k: {"value": v, "target": t, "met": v <= t} for k, (v, t) in targets.items()}
    report["ratios_to_stock"] = {
        "results_p95": round(report["results_ours"]["p95_ms"] / report["results_stock"]["p95_ms"], 2),
        "article_p95": round(report["article_ours"]["p95_ms"] / report["article_stock"]["p95_ms"], 2),
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
