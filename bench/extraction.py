"""Extraction benchmark: the project's extract() against plain trafilatura.extract.

    python bench/extraction.py                      # whole labelled set, prints the table
    python bench/extraction.py --files a.html b.html  # only these pages (gold rows by file name)
    python bench/extraction.py --show               # also list each page's misses

Data: bench/data/extraction/gold.jsonl (file, url, kind, cms, title, published_at, author,
source, category, text) and bench/data/extraction/pages/<file>.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawler.extraction import NotAnArticle, extract  # noqa: E402

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
DATA = ROOT / "bench" / "data" / "extraction"
WORD = re.compile(r"\w+", re.U)
# Widget text that must never reach an article's text (issue 3, point 4); a page counts as
# "boilerplate left" when one of these is in the output but not in the gold text.
BOILERPLATE = [re.compile(p, re.I) for p in (
    r"Hôm qua\s*:?\s*\d", r"Tuần này\s*:?\s*\d", r"Tháng này\s*:?\s*\d", r"Đang online", r"Thống kê truy cập",
    r"Ý kiến thăm dò", r"Bình chọn", r"tương phản", r"Lượt xem\s*:?\s*\d", r"Anh-tin-bai", r"Tin liên quan",
    r"Tin khác", r"Các tin đã đưa", r"Bài trước", r"Bài tiếp theo", r"bình luận", r"nhận mã", r"Liên kết website",
    r"Trưởng Ban Biên tập", r"Chịu trách nhiệm", r"Bản quyền", r"Copyright", r"Điện thoại\s*:", r"Email\s*:",
    r"Tổng số điểm", r"Đăng nhập", r"Trang chủ", r"View count", r"Chia sẻ",
)]


def words(text: str | None) -> Counter:
    return Counter(WORD.findall(unicodedata.normalize("NFC", text or "").lower()))


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def parse_dt(value: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, hh:mm, ss) of an ISO value."""
    if not value:
        return None, None, None
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?", value)
    if not m:
        return value, None, None
    return m.group(1), m.group(2), m.group(3)


@dataclass
class Score:
    name: str
    overlap: int = 0
    predicted: int = 0
    gold_words: int = 0
    n_articles: int = 0
    title_ok: int = 0
    date_ok: int = 0
    n_timed: int = 0
    datetime_ok: int = 0
    author_ok: int = 0
    false_author: int = 0
    boiler_pages: int = 0
    n_non: int = 0
    rejected: int = 0
    seconds: float = 0.0
    pages: int = 0
    misses: list[str] = field(default_factory=list)

    def add_article(self, gold: dict, pred: dict | None) -> None:
        pred = pred or {}
        self.n_articles += 1
        g, p = words(gold.get("text")), words(pred.get("text"))
        self.overlap += sum((g & p).values())
        self.predicted += sum(p.values())
        self.gold_words += sum(g.values())
        miss = []
        if norm(pred.get("title")) == norm(gold.get("title")):
            self.title_ok += 1
        else:
            miss.append(f"title {pred.get('title')!r} != {gold.get('title')!r}")
        gd, gt, gs = parse_dt(gold.get("published_at"))
        pd, pt, ps = parse_dt(pred.get("published_at"))
        if gd == pd:
            self.date_ok += 1
        else:
            miss.append(f"date {pred.get('published_at')} != {gold.get('published_at')}")
        if gt:
            self.n_timed += 1
            if gd == pd and gt == pt and (gs is None or ps is None or gs == ps):
                self.datetime_ok += 1
            elif gd == pd:
                miss.append(f"time {pred.get('published_at')} != {gold.get('published_at')}")
        gold_author, pred_author = norm(gold.get("author")) or None, norm(pred.get("author")) or None
        if gold_author == pred_author:
            self.author_ok += 1
        else:
            miss.append(f"author {pred_author!r} != {gold_author!r}")
            if pred_author:
                self.false_author += 1
        left = [rx.pattern for rx in BOILERPLATE if rx.search(pred.get("text") or "")
                and not rx.search(gold.get("text") or "")]
        if left:
            self.boiler_pages += 1
            miss.append(f"boilerplate {left}")
        if p and g:
            prec = sum((g & p).values()) / sum(p.values())
            rec = sum((g & p).values()) / sum(g.values())
            if prec < 0.98 or rec < 0.98:
                miss.append(f"body P={prec:.2f} R={rec:.2f}")
        elif g:
            miss.append("no body")
        if miss:
            self.misses.append(f"{gold['file']}: " + "; ".join(miss))

    def add_non_article(self, gold: dict, rejected: bool) -> None:
        self.n_non += 1
        self.rejected += int(rejected)
        if not rejected:
            self.misses.append(f"{gold['file']}: non-article ({gold.get('cms')}) accepted")

    def row(self) -> dict[str, str]:
        prec = self.overlap / self.predicted if self.predicted else 0.0
        rec = self.overlap / self.gold_words if self.gold_words else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        n = self.n_articles or 1

        def pct(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "n/a"

        return {
            "body precision": f"{prec:.3f}", "body recall": f"{rec:.3f}", "body F1": f"{f1:.3f}",
            "title exact": pct(self.title_ok, n), "date (day)": pct(self.date_ok, n),
            "datetime (timed pages)": pct(self.datetime_ok, self.n_timed), "author": pct(self.author_ok, n),
            "false authors": pct(self.false_author, n), "boilerplate pages": pct(self.boiler_pages, n),
            "non-articles rejected": pct(self.rejected, self.n_non),
            "pages/second": f"{self.pages / self.seconds:.1f}" if self.seconds else "n/a",
        }


def run_project(html: bytes, url: str | None) -> tuple[dict | None, float]:
    start = time.perf_counter()
    try:
        result = extract(html, url).to_contract()
    except NotAnArticle:
        result = None
    return result, time.perf_counter() - start


def run_plain(html: bytes, url: str | None) -> tuple[dict | None, float]:
    """Plain trafilatura.extract, default settings (metadata asked for, JSON out)."""
    start = time.perf_counter()
    out = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
    elapsed = time.perf_counter() - start
    if out is None:
        return None, elapsed
    data = json.loads(out)
    return {"title": data.get("title"), "published_at": data.get("date"), "author": data.get("author"),
            "text": data.get("text")}, elapsed


def load_gold(data: Path, files: list[str] | None) -> list[dict]:
    rows = [json.loads(line) for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    if files:
        wanted = {Path(f).name for f in files}
        rows = [r for r in rows if Path(r["file"]).name in wanted]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--files", nargs="+", help="only these page files (matched to gold rows by name)")
    ap.add_argument("--show", action="store_true", help="list each page's misses")
    args = ap.parse_args(argv)
    if not (args.data / "gold.jsonl").exists():
        print(f"no labelled set at {args.data}/gold.jsonl", file=sys.stderr)
        return 1
    rows = load_gold(args.data, args.files)
    systems = {"project": (Score("project"), run_project), "trafilatura": (Score("trafilatura"), run_plain)}
    for row in rows:
        path = args.data / "pages" / Path(row["file"]).name
        if not path.exists():
            path = args.data / row["file"]
        html = path.read_bytes()
        for score, runner in systems.values():
            pred, elapsed = runner(html, row.get("url"))
            score.seconds += elapsed
            score.pages += 1
            if row.get("kind") == "article":
                score.add_article(row, pred)
            else:
                score.add_non_article(row, pred is None)
    proj, plain = systems["project"][0], systems["trafilatura"][0]
    print(f"pages: {len(rows)} ({proj.n_articles} articles, {proj.n_non} non-articles, "
          f"{proj.n_timed} with a time); cms styles: {len({r.get('cms') for r in rows})}")
    print(f"{'metric':<26}{'project':>10}{'trafilatura':>13}")
    prow, trow = proj.row(), plain.row()
    for key in prow:
        print(f"{key:<26}{prow[key]:>10}{trow[key]:>13}")
    if proj.seconds and plain.seconds:
        print(f"{'speed vs trafilatura':<26}{plain.seconds / proj.seconds:>9.2f}x")
    if args.show:
        print("\nproject misses:")
        for line in proj.misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
