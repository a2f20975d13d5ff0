"""The second held-out sets are what their seeded generators write, and hold what their READMEs say.

A held-out set is only worth its figures if nobody edited it by hand after seeing a result:
regenerating must give the committed bytes.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import make_dedup_holdout  # noqa: E402
import make_holdout2_set  # noqa: E402

EXTRACT = BENCH / "data" / "extraction-holdout2"
DEDUP = BENCH / "data" / "dedup-holdout"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_extraction_holdout2_is_what_the_generator_writes() -> None:
    pages = make_holdout2_set.build()
    gold = read_jsonl(EXTRACT / "gold.jsonl")
    assert [make_holdout2_set.gold_row(stem, a, url) for stem, a, url, _ in pages] == gold
    for stem, _, _, doc in pages:
        assert (EXTRACT / "pages" / f"{stem}.html").read_text(encoding="utf-8") == doc, stem
    assert len(list((EXTRACT / "pages").glob("*.html"))) == len(pages)


def test_extraction_holdout2_composition() -> None:
    gold = read_jsonl(EXTRACT / "gold.jsonl")
    articles = [r for r in gold if r["kind"] == "article"]
    assert len(gold) >= 60
    assert 0.2 <= 1 - len(articles) / len(gold) <= 0.3
    styles = {r["cms"] for r in gold}
    earlier = {r["cms"] for name in ("extraction", "extraction-holdout")
               for r in read_jsonl(BENCH / "data" / name / "gold.jsonl")}
    assert len(styles) >= 4 and not styles & earlier
    for r in articles:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}\+07:00)?", r["published_at"]), r["file"]
        if r["byline_style"] in ("none", "source"):
            assert r["author"] is None, r["file"]
    assert sum(r["shows_updated"] for r in articles) >= 24


def test_published_time_is_on_the_page_and_differs_from_the_update() -> None:
    for stem, a, _, doc in make_holdout2_set.build():
        if a is None or a.upd is None:
            continue
        assert a.upd.date() > a.pub.date()
        shown = {a.pub.strftime("%d/%m/%Y"), a.pub.strftime("%Y-%m-%d"), f"{a.pub.day:02d} Tháng {a.pub.month} {a.pub.year}"}
        assert any(s in doc for s in shown), stem


def test_unsigned_articles_quote_a_resident_first_or_last() -> None:
    for _, a, _, _ in make_holdout2_set.build():
        if a is None or a.byline != "none":
            continue
        edge = a.paras[0] if a.quote == "first" else a.paras[-1]
        assert re.match(r"(Ông|Bà) [A-ZĐÂ]\w* ", edge), edge
        assert a.author is None


def test_dedup_holdout_is_what_the_generator_writes() -> None:
    docs, pairs = make_dedup_holdout.make()
    assert read_jsonl(DEDUP / "docs.jsonl") == docs
    assert read_jsonl(DEDUP / "pairs.jsonl") == pairs


def test_dedup_holdout_labels_follow_the_story() -> None:
    docs, pairs = make_dedup_holdout.make()
    assert len(pairs) >= 150
    for p in pairs:
        a, b = docs[p["a"]], docs[p["b"]]
        same = a["story"] is not None and a["story"] == b["story"] and a["page_kind"] == b["page_kind"] == "article"
        assert p["label"] == int(same), p
    kinds = Counter(p["kind"].split(":")[0] for p in pairs)
    for kind in ("republished", "template-other-commune", "template-same-commune-other-month",
                 "template-same-commune-same-month-other-event", "same-commune-same-month-other-event",
                 "non-article:listing-vs-next-listing", "non-article-vs-teased-article"):
        assert kinds[kind.split(":")[0]] >= 10, kind


def test_same_template_negatives_differ_in_their_figures() -> None:
    docs, pairs = make_dedup_holdout.make()
    figures = re.compile(r"\d[\d.,]*")
    for p in pairs:
        if p["kind"].startswith("template-"):
            a, b = (Counter(figures.findall(docs[i]["text"])) for i in (p["a"], p["b"]))
            assert a != b, p
