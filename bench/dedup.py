"""Near-duplicate detection at archive scale, on synthetic Vietnamese-like texts.

    python bench/dedup.py --articles 100000            # from scratch, then incremental checks
    python bench/dedup.py --articles 1000000 --db /tmp/dedup-1m.db

Texts (~500 syllables, figures with units, paragraphs) are generated in worker
processes, which also compute the signatures (archive.minhash.Sketcher, the
crawl's code); the main process links every article with
NearDuplicates.assign (the store's code) into a real SQLite archive.  Article
rows carry no text (the archive's texts are not what is measured, and 1M
texts would not fit the disk budget of this machine).  One article in
`--dup-every` is a republication of an earlier one (new lead sentence, a
paragraph cut or added, a signature line); recall is measured on those.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.dedup import NearDuplicates, ensure_dedup_schema  # noqa: E402
from archive.minhash import Signature, Sketcher  # noqa: E402
from archive.store import connect  # noqa: E402

import sqlite_utils  # noqa: E402

ONSETS = "b c ch d đ g gh h k kh l m n ng nh p ph qu r s t th tr v x".split()
VOWELS = "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê oa oă oe oi ôi ơi ua uâ uê ui uô ươ ưu".split()
CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
UNITS = ["ha", "tỷ", "triệu", "hộ", "người", "%", "km", "con", "suất", "vụ"]
CHUNK = 2000


def vocabulary(size: int = 6000) -> np.ndarray:
    rng = np.random.default_rng(7)
    words = set()
    while len(words) < size:
        w = rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
        words.add(w[:-1] + w[-1] + rng.choice(TONES) if rng.random() < 0.7 else w)
    return np.array(sorted(words))


VOCAB = vocabulary()
_P = 1.0 / np.arange(1, len(VOCAB) + 1) ** 0.9
CDF = np.cumsum(_P / _P.sum())


def _sentence(rng: np.random.Generator, n: int) -> str:
    words = VOCAB[np.minimum(np.searchsorted(CDF, rng.random(n)), len(VOCAB) - 1)].tolist()
    for pos in rng.choice(n, max(1, n // 25), replace=False):
        words[pos] = f"{rng.integers(1, 2000)} {UNITS[rng.integers(len(UNITS))]}"
    return " ".join(words).capitalize() + "."


def _sentence_pool(size: int = 300_000) -> list[str]:
    """Articles are drawn from a pool of sentences made once, so that generating
    1M texts costs little beside the deduplication being measured."""
    rng = np.random.default_rng(11)
    return [_sentence(rng, int(rng.integers(15, 40))) for _ in range(size)]


POOL: list[str] = []


def article(seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(POOL), 18).tolist()
    return [" ".join(POOL[j] for j in picks[p * 3 : p * 3 + 3]) for p in range(6)]


def republish(paragraphs: list[str], seed: int) -> list[str]:
    rng = np.random.default_rng(seed + 10**9)
    ps = list(paragraphs)
    ps[0] = _sentence(rng, 18) + " " + ps[0]
    if rng.random() < 0.5:
        del ps[int(rng.integers(1, len(ps)))]
    else:
        ps.insert(int(rng.integers(1, len(ps))), _sentence(rng, 40))
    ps.append("Hữu Thịnh – Trung tâm VHTT&TT")
    return ps


def source_of(i: int, dup_every: int) -> int | None:
    """The earlier article that article i republishes, if any."""
    return i - 1 - (i * 7919) % min(i, 50_000) if i % dup_every == dup_every - 1 else None


def text_of(i: int, dup_every: int) -> str:
    src = source_of(i, dup_every)
    return "\n".join(republish(article(src), i) if src is not None else article(i))


def _sign_chunk(args: tuple[int, int, int]) -> list[tuple[bytes, bytes, bytes]]:
    start, stop, dup_every = args
    sketcher = _sign_chunk.sketcher  # type: ignore[attr-defined]
    out = []
    for i in range(start, stop):
        s = sketcher.signature(text_of(i, dup_every))
        out.append((s.body.hashvalues.tobytes(), s.shingles.tobytes(), s.facts.tobytes()))
    return out


def _init_worker() -> None:
    _sign_chunk.sketcher = Sketcher()  # type: ignore[attr-defined]


def open_db(path: str) -> sqlite_utils.Database:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite_utils.Database(connect(path))
    db.execute("create table portals (id integer primary key, url text unique, name text, level text)")
    db.execute("create table articles (id integer primary key, url text unique, portal_id integer, title text, "
               "published_at text, text text, first_seen_at text, duplicate_of integer)")
    db.execute("create index articles_duplicate_of on articles(duplicate_of)")
    levels = ["province", "district", "commune"]
    db.conn.executemany("insert into portals values (?, ?, ?, ?)",
                        [(p, f"http://p{p}.example/", f"portal {p}", levels[p % 3]) for p in range(1, 301)])
    ensure_dedup_schema(db)
    db.conn.commit()
    return db


def insert_rows(db: sqlite_utils.Database, start: int, stop: int) -> None:
    db.conn.executemany(
        "insert into articles (id, url, portal_id, published_at, first_seen_at) values (?, ?, ?, ?, ?)",
        [(i + 1, f"http://p{1 + i % 300}.example/{i}", 1 + i % 300,
          f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}", "2024-01-01T00:00:00+00:00")
         for i in range(start, stop)],
    )


def run(args: argparse.Namespace) -> None:
    n = args.articles
    t = time.perf_counter()
    POOL.extend(_sentence_pool())  # before the workers fork, so they share it
    print(f"sentence pool: {time.perf_counter() - t:.1f} s (not timed below)", flush=True)
    db = open_db(args.db)
    linker = NearDuplicates(db)
    sketcher = linker.sketcher
    t0 = time.perf_counter()
    chunks = [(s, min(s + CHUNK, n), args.dup_every) for s in range(0, n, CHUNK)]
    with mp.get_context("fork").Pool(args.workers, initializer=_init_worker) as pool:
        for (start, stop, _), sigs in zip(chunks, pool.imap(_sign_chunk, chunks)):
            with db.conn:
                insert_rows(db, start, stop)
                for i, (mh, sh, fa) in enumerate(sigs, start):
                    sig = Signature(sketcher.minhash(mh), np.frombuffer(sh, np.uint32), np.frombuffer(fa, np.uint32))
                    linker.assign(db, i + 1, sig)
            if stop % 100_000 == 0 or stop == n:
                print(f"  {stop:>9,} articles  {time.perf_counter() - t0:7.1f} s  "
                      f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB", flush=True)
    elapsed = time.perf_counter() - t0
    report(db, n, args.dup_every, elapsed)
    incremental(db, linker, n, args)


def report(db: sqlite_utils.Database, n: int, dup_every: int, elapsed: float) -> None:
    root = {i: (d or i) for i, d in db.execute("select id, duplicate_of from articles")}
    planted = [(i + 1, source_of(i, dup_every) + 1) for i in range(n) if source_of(i, dup_every) is not None]
    found = sum(root[a] == root[b] for a, b in planted)
    # Every planted pair is a story of its own (chains of republications aside):
    # any other article in a story is a false merge.
    stories: dict[int, set[int]] = {}
    for i, r in root.items():
        stories.setdefault(r, set()).add(i)
    planted_ids = {x for pair in planted for x in pair}
    wrong = sum(len(s) for s in stories.values() if len(s) > 1 and not s <= planted_ids)
    print(f"from scratch: {n:,} articles in {elapsed:.1f} s ({elapsed / n * 1e3:.3f} ms/article), "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB "
          f"(+ workers {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MB)")
    print(f"planted pairs: {len(planted):,}, found {found:,}, recall {found / max(len(planted), 1):.4f}; "
          f"articles in stories mixing unplanted articles: {wrong}")


def incremental(db: sqlite_utils.Database, linker: NearDuplicates, n: int, args: argparse.Namespace) -> None:
    """The crawl's path for one article: signature, row, assign, commit."""
    times = []
    for i in range(n, n + args.incremental):
        t = time.perf_counter()
        sig = linker.signature(text_of(i, args.dup_every))
        with db.conn:
            insert_rows(db, i, i + 1)
            linker.assign(db, i + 1, sig)
        times.append(time.perf_counter() - t)
    ms = np.array(times) * 1e3
    print(f"incremental: {len(ms)} articles with {n:,} archived: mean {ms.mean():.2f} ms, "
          f"median {np.median(ms):.2f} ms, p99 {np.percentile(ms, 99):.2f} ms (signature + insert + assign + commit)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--dup-every", type=int, default=10, help="one article in N is a republication")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--incremental", type=int, default=500)
    parser.add_argument("--db", default="/tmp/dedup-bench.db")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
