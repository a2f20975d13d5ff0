"""Would underthesea's NER do for officials?  Its person entities against the labelled set.

    pip install underthesea   # into a separate environment: the project does not depend on it
    python bench/officials_underthesea.py [--data DIR] [--split tune|heldout] [--limit N]

underthesea ships its CRF NER model in the wheel (pipeline/ner/ner_crf_2017_10_12.bin;
nothing is downloaded for ner(deep=False)).  This prints, per split: how many gold official
names it tags as a person (recall), how many of its persons are officials (precision),
the share of gold citizens it tags as persons, and its time per article beside the rules'.
A person tag is not a post: whatever it finds still needs the post lexicon to be a mention.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.officials import DEFAULT_DATA, load_split, name_key  # noqa: E402
from crawler.officials import extract_officials  # noqa: E402


def persons(text: str) -> set[str]:
    from underthesea import ner

    found, current = set(), []
    for line in text.splitlines():
        for word, _pos, _chunk, tag in ner(line):
            if tag == "B-PER":
                if current:
                    found.add(" ".join(current))
                current = [word]
            elif tag == "I-PER" and current:
                current.append(word)
            elif current:
                found.add(" ".join(current))
                current = []
        if current:
            found.add(" ".join(current))
            current = []
    return {name_key(p) for p in found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["tune", "heldout"], default="tune")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    articles = load_split(args.data, args.split)[: args.limit or None]
    tp = fp = fn = citizens = citizens_tagged = 0
    start = time.perf_counter()
    for article in articles:
        gold = {name_key(o["name"]) for o in article["officials"]}
        got = persons(article["text"])
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        people = {name_key(c) for c in article.get("citizens", [])}
        citizens, citizens_tagged = citizens + len(people), citizens_tagged + len(people & got)
    ner_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for article in articles:
        extract_officials(article["text"])
    rules_seconds = time.perf_counter() - start
    n = max(len(articles), 1)
    print(f"{args.split}: {len(articles)} articles")
    print(f"underthesea PER as officials: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f}; "
          f"citizens tagged PER {100 * citizens_tagged / max(citizens, 1):.1f} %; {1000 * ner_seconds / n:.1f} ms/article")
    print(f"rules: {1000 * rules_seconds / n:.1f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
