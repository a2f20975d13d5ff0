"""news-dev: the project's extract() and plain trafilatura on real article pages it was not written for.

    python bench/news_dev.py                    # both halves, side by side
    python bench/news_dev.py --half tune        # only the tuning half (the one rules may be tuned on)
    python bench/news_dev.py --half held-out    # only the held-out half
    python bench/news_dev.py --show             # list each page ours rejects or scores F1 < 0.8 on

Data: the corpus at ../shared/corpus/news-dev relative to the repository (or --data / the
NEWS_DEV environment variable); it is read in place, never copied into the project. Every page
there is an article, so any "not an article" answer is a lost article.

Metric (the corpus README's): tokens \\w+, 4-gram shingles as a multiset, precision and
recall per page, averaged over pages; F1 from the averaged P and R. A rejected page or an
empty answer scores P=0, R=0.

Halves: pages sorted by id, even positions are the tuning half, odd ones the held-out half.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawler.extraction import NotAnArticle, extract  # noqa: E402

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
# ../shared beside the main checkout; a worktree under wt/ sits one level deeper
CANDIDATES = [ROOT.parent / "shared" / "corpus" / "news-dev", ROOT.parent.parent / "shared" / "corpus" / "news-dev"]
DEFAULT = next((c for c in CANDIDATES if c.exists()), CANDIDATES[0])
WORD = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter:
    tokens = WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(len(tokens) - n + 1, 0)))


def precision_recall(gold: str, pred: str | None) -> tuple[float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    prec = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    rec = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    return prec, rec


@dataclass
class Score:
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, prec: float, rec: float) -> None:
        self.precisions.append(prec)
        self.recalls.append(rec)

    def figures(self) -> tuple[float, float, float]:
        n = len(self.precisions) or 1
        prec, rec = sum(self.precisions) / n, sum(self.recalls) / n
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def run_project(html: bytes, url: str) -> tuple[str | None, str | None]:
    """(text, rejection reason)."""
    try:
        return extract(html, url).text, None
    except NotAnArticle as err:
        return None, getattr(err, "reason", str(err))


def run_plain(html: bytes, url: str) -> str | None:
    return trafilatura.extract(html, url=url)


def halves(ids: list[str]) -> dict[str, list[str]]:
    ordered = sorted(ids)
    return {"tune": ordered[0::2], "held-out": ordered[1::2]}


def evaluate(data: Path, ids: list[str], truth: dict, show: bool) -> tuple[Score, Score]:
    ours, plain = Score(), Score()
    for page_id in ids:
        html = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        gold, url = truth[page_id]["articleBody"], truth[page_id].get("url")
        start = time.perf_counter()
        text, reason = run_project(html, url)
        ours.seconds += time.perf_counter() - start
        start = time.perf_counter()
        theirs = run_plain(html, url)
        plain.seconds += time.perf_counter() - start
        if reason is not None:
            ours.rejected.append(page_id)
            ours.reasons[reason] += 1
        if theirs is None:
            plain.rejected.append(page_id)
        p, r = precision_recall(gold, text)
        ours.add(p, r)
        plain.add(*precision_recall(gold, theirs))
        if show and (reason is not None or (2 * p * r / (p + r) if p + r else 0) < 0.8):
            tp, tr = plain.precisions[-1], plain.recalls[-1]
            print(f"  {page_id[:12]} {url}\n      ours P={p:.2f} R={r:.2f} {reason or ''}"
                  f"  trafilatura P={tp:.2f} R={tr:.2f}")
    return ours, plain


def report(name: str, n: int, ours: Score, plain: Score) -> None:
    op, orc, of1 = ours.figures()
    tp, trc, tf1 = plain.figures()
    print(f"\n{name}: {n} pages")
    print(f"{'metric':<22}{'project':>10}{'trafilatura':>13}")
    print(f"{'pages rejected':<22}{len(ours.rejected):>10}{len(plain.rejected):>13}")
    print(f"{'body precision':<22}{op:>10.4f}{tp:>13.4f}")
    print(f"{'body recall':<22}{orc:>10.4f}{trc:>13.4f}")
    print(f"{'body F1':<22}{of1:>10.4f}{tf1:>13.4f}")
    print(f"{'seconds':<22}{ours.seconds:>10.1f}{plain.seconds:>13.1f}")
    if ours.reasons:
        print("rejection reasons: " + ", ".join(f"{k} {v}" for k, v in ours.reasons.most_common()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("NEWS_DEV", DEFAULT)))
    ap.add_argument("--half", choices=["tune", "held-out", "both"], default="both")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    truth_path = args.data / "ground-truth.json"
    if not truth_path.exists():
        print(f"no news-dev corpus at {args.data} (set --data or NEWS_DEV)", file=sys.stderr)
        return 1
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    split = halves(list(truth))
    names = ["tune", "held-out"] if args.half == "both" else [args.half]
    for name in names:
        if args.show:
            print(f"\n{name} pages below F1 0.8 or rejected:")
        ours, plain = evaluate(args.data, split[name], truth, args.show)
        report(f"news-dev {name} half", len(split[name]), ours, plain)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
