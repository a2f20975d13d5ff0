"""Officials extraction against the labelled set, beside a naive regex baseline.

    python bench/officials.py [--data DIR] [--split tune|heldout|both] [--errors N]

DIR holds tune.jsonl and heldout.jsonl: one article a line with its `text`, its
`officials` (name, posts, post_details[].variants) and its `citizens`.  Figures,
per split and extractor:

- official names P/R: the set of names per article (diacritics and tone
  placement kept, case ignored) against the gold officials.
- posts P/R: (name, post) pairs; a post matches when equal to the printed gold
  post or one of its variants after spelling normalisation (abbreviations such
  as UBMTTQ, TUV and "Ủy ban nhân dân" read as one form).  Nothing is cut or parsed.
- citizens called officials: the share of gold citizens that come out as officials.
- persons: the archive's grouping of mentions into people (archive.officials) against
  the gold person ids, as same-person pairs P/R over the mentions found.

The tuning split is what the rules were written against; only the held-out
figure measures them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.fold import fold  # noqa: E402
from crawler.officials import extract_officials  # noqa: E402
from crawler.officials.lexicon import LEXICON_FILE, key, tokenize_words  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "officials"

# -- comparison ------------------------------------------------------------------


def _spelling_table() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Alias -> canonical phrase pairs from the lexicon, longest first."""
    raw = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    pairs = {**raw["body_aliases"], **raw["title_abbreviations"]}
    table = [(tuple(map(key, tokenize_words(a))), tuple(map(key, tokenize_words(c)))) for a, c in pairs.items()]
    return sorted(table, key=lambda p: -len(p[0]))


SPELLING = _spelling_table()


def comparable(post: str) -> tuple[str, ...]:
    """A post's words with one spelling per abbreviation; nothing removed."""
    words = [key(w) for w in tokenize_words(post) if w not in {",", "."}]
    out: list[str] = []
    i = 0
    while i < len(words):
        for alias, canonical in SPELLING:
            if tuple(words[i:i + len(alias)]) == alias:
                out.extend(canonical)
                i += len(alias)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def name_key(name: str) -> str:
    return " ".join(key(w) for w in tokenize_words(name.replace("’", "'")))


# -- extractors --------------------------------------------------------------------

Extractor = Callable[[str], list[dict]]


def rules(text: str) -> list[dict]:
    return [o.to_contract() for o in extract_officials(text)]


_BASELINE = re.compile(
    r"(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.;:]*\s?){2,4})\s*[,–-]\s*([^.;\n]+)"
)


def baseline(text: str) -> list[dict]:
    """The naive regex: honorific, capitalised words, then comma-separated posts to the end of the clause."""
    found = []
    for m in _BASELINE.finditer(text):
        posts = [p.strip() for p in re.split(r",|–| - ", m.group(2)) if p.strip()]
        found.append({"name": m.group(1).strip(), "posts": posts})
    return found


EXTRACTORS: dict[str, Extractor] = {"rules": rules, "baseline": baseline}

# -- scoring -----------------------------------------------------------------------


@dataclass
class Score:
    names_tp: int = 0
    names_fp: int = 0
    names_fn: int = 0
    posts_tp: int = 0
    posts_fp: int = 0
    posts_fn: int = 0
    citizens: int = 0
    citizens_called: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def row(self) -> dict[str, float]:
        return {
            "names_P": self.ratio(self.names_tp, self.names_tp + self.names_fp),
            "names_R": self.ratio(self.names_tp, self.names_tp + self.names_fn),
            "posts_P": self.ratio(self.posts_tp, self.posts_tp + self.posts_fp),
            "posts_R": self.ratio(self.posts_tp, self.posts_tp + self.posts_fn),
            "citizens_called_%": 100 * self.ratio(self.citizens_called, self.citizens) if self.citizens else 0.0,
        }


def score_article(article: dict, predicted: list[dict], score: Score) -> None:
    gold = {name_key(o["name"]): o for o in article["officials"]}
    got = {name_key(o["name"]): o for o in predicted}
    for name in got.keys() - gold.keys():
        score.errors.append(f"{article['id']}: not an official: {got[name]['name']} {got[name]['posts']}")
    for name in gold.keys() - got.keys():
        score.errors.append(f"{article['id']}: missed {gold[name]['name']} {gold[name]['posts']}")
    score.names_tp += len(got.keys() & gold.keys())
    score.names_fp += len(got.keys() - gold.keys())
    score.names_fn += len(gold.keys() - got.keys())
    for name in gold.keys() | got.keys():
        wanted = [{comparable(v) for v in [d["printed"], *d.get("variants", [])]}
                  for d in gold[name]["post_details"]] if name in gold else []
        if name in gold and not wanted:
            wanted = [{comparable(p)} for p in gold[name]["posts"]]
        matched = [False] * len(wanted)
        for post in got.get(name, {}).get("posts", []):
            form = comparable(post)
            hit = next((i for i, forms in enumerate(wanted) if not matched[i] and form in forms), None)
            if hit is None:
                score.posts_fp += 1
                if name in gold:
                    score.errors.append(f"{article['id']}: {gold[name]['name']}: wrong post {post!r}, "
                                        f"gold {gold[name]['posts']}")
            else:
                matched[hit] = True
                score.posts_tp += 1
        score.posts_fn += matched.count(False)
        if name in gold and name in got and not all(matched):
            missing = [gold[name]["posts"][i] for i, m in enumerate(matched) if not m]
            score.errors.append(f"{article['id']}: {gold[name]['name']}: missed posts {missing}")
    citizens = {name_key(c) for c in article.get("citizens", [])}
    score.citizens += len(citizens)
    score.citizens_called += len(citizens & got.keys())


def evaluate(articles: Iterable[dict], extractor: Extractor) -> Score:
    score = Score()
    start = time.perf_counter()
    for article in articles:
        score_article(article, extractor(article["text"]), score)
    score.seconds = time.perf_counter() - start
    return score


def grouping(articles: list[dict]) -> dict[str, float]:
    """Persons across articles: the archive's grouping against the gold person ids.

    Every article is saved, with its portal, into a fresh archive; over every pair
    of found mentions, precision is the share of pairs put in one person that are
    one gold person, recall the share of gold same-person pairs put together.
    """
    import tempfile
    from itertools import combinations

    from archive.officials import slug
    from archive.store import Archive

    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp) / "bench.db")
        gold: dict[tuple[int, str], str] = {}
        gold_places: dict[tuple[int, str, tuple[str, ...]], tuple] = {}
        for n, article in enumerate(articles):
            # one registry row per unit: a host that changed level in July 2025 is two units
            unit = slug(*(article["portal"].get(k) for k in ("level", "province", "district", "commune")))
            portal = {**article["portal"], "url": f"https://{article['portal'].get('host') or n}/{unit}/"}
            portal_id = archive.upsert_portal(portal)
            saved = archive.save_article({"url": f"{portal['url']}bench/{n}", "title": article.get("title"),
                                          "published_at": article.get("published_at"), "text": article["text"]},
                                         portal_id=portal_id)
            for official in article["officials"]:
                gold[(saved.article_id, name_key(official["name"]))] = official.get("person") or official["name"]
                for detail in official.get("post_details", []):
                    unit = detail.get("place_detail") or {}
                    for variant in [detail["printed"], *detail.get("variants", [])]:
                        gold_places[(saved.article_id, name_key(official["name"]), comparable(variant))] = tuple(
                            unit.get(k) for k in ("province", "district", "commune"))
        predicted = {(r[0], name_key(r[1])): r[2] for r in archive.db.execute(
            "select distinct article_id, name, person_key from official_mentions")}
        places = [(gold_places.get((r[0], name_key(r[1]), comparable(r[2]))), tuple(r[3:]))
                  for r in archive.db.execute("select article_id, name, post, province, district, commune "
                                              "from official_mentions")]
        archive.close()
    judged = [(g, p) for g, p in places if g is not None]
    right = sum(tuple(map(fold, g)) == tuple(map(fold, p)) for g, p in judged)
    found = sorted(set(gold) & set(predicted))
    together = same = both = 0
    for a, b in combinations(found, 2):
        pred, truth = predicted[a] == predicted[b], gold[a] == gold[b]
        together += pred
        same += truth
        both += pred and truth
    return {"pairs_P": Score.ratio(both, together), "pairs_R": Score.ratio(both, same),
            "persons_gold": len({gold[m] for m in found}), "persons_found": len({predicted[m] for m in found}),
            "places": Score.ratio(right, len(judged))}


def load_split(data: Path, split: str) -> list[dict]:
    path = data / f"{split}.jsonl"
    if not path.exists():
        raise SystemExit(f"bench/officials.py: no {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with tune.jsonl and heldout.jsonl")
    parser.add_argument("--split", choices=["tune", "heldout", "both"], default="both")
    parser.add_argument("--errors", type=int, default=0, help="print the first N errors of the rules (tune only)")
    args = parser.parse_args(argv)
    splits = ["tune", "heldout"] if args.split == "both" else [args.split]
    header = f"{'split':8} {'extractor':9} {'articles':>8} {'names P':>8} {'names R':>8} {'posts P':>8} " \
             f"{'posts R':>8} {'citizens→officials %':>21} {'ms/article':>10}"
    print(header)
    for split in splits:
        articles = load_split(args.data, split)
        for name, extractor in EXTRACTORS.items():
            score = evaluate(articles, extractor)
            row = score.row()
            print(f"{split:8} {name:9} {len(articles):8d} {row['names_P']:8.3f} {row['names_R']:8.3f} "
                  f"{row['posts_P']:8.3f} {row['posts_R']:8.3f} {row['citizens_called_%']:21.1f} "
                  f"{1000 * score.seconds / max(len(articles), 1):10.2f}")
            if name == "rules":
                g = grouping(articles)
                print(f"{split:8} {'persons':9} {'':8} same-person pairs P {g['pairs_P']:.3f} R {g['pairs_R']:.3f}; "
                      f"{g['persons_found']} persons for {g['persons_gold']} gold persons; "
                      f"post units (province, district, commune) right {100 * g['places']:.1f} %")
            if args.errors and name == "rules" and split == "tune":
                for line in score.errors[:args.errors]:
                    print("   ", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
