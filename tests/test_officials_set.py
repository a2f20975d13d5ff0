"""The labelled officials set (bench/data/officials/) is consistent and reproducible."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "officials"
HONORIFICS = re.compile(r"^(đồng chí|ông|bà|anh|chị|cụ|em|Thượng tá|Trung tá|Đại tá|Thiếu tá|Đại úy|Thiếu tướng)\b",
                        re.IGNORECASE)


def load(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load("tune") + load("heldout")


def test_two_halves_of_about_equal_size(records):
    tune, held = load("tune"), load("heldout")
    assert len(records) >= 200
    assert abs(len(tune) - len(held)) <= 0.1 * len(records)
    assert {r["split"] for r in tune} == {"tune"} and {r["split"] for r in held} == {"heldout"}
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert sum(r["meta"]["source"] == "handwritten" for r in records) >= 20


def test_every_label_is_in_the_text(records):
    for r in records:
        text = r["text"]
        for o in r["officials"]:
            assert o["name"] in text, (r["id"], o["name"])
            assert not HONORIFICS.match(o["name"]), (r["id"], o["name"])
            assert o["posts"] == [d["printed"] for d in o["post_details"]]
            for d in o["post_details"]:
                for v in d["variants"]:
                    assert v in text, (r["id"], v)
                    assert v == v.strip() and not v.startswith(("-", "–", ",")), (r["id"], v)
                assert d["printed"].startswith("nguyên ") <= d["former"], (r["id"], d)
            assert o["former"] == all(d["former"] for d in o["post_details"])
        for n in r["citizens"] + [x["name"] for x in r["others"]]:
            assert n in text, (r["id"], n)


def test_citizens_and_others_are_not_the_articles_officials(records):
    for r in records:
        names = {o["name"] for o in r["officials"]}
        assert not names & set(r["citizens"]), r["id"]
        assert not names & {x["name"] for x in r["others"] if x["kind"] in ("historical", "byline", "footer")}, r["id"]


def test_people_recur_and_namesakes_stay_apart(records):
    by_person, by_name = defaultdict(set), defaultdict(set)
    posts_of = defaultdict(set)
    for r in records:
        for o in r["officials"]:
            by_person[o["person"]].add(o["name"])
            by_name[o["name"]].add((o["person"], r["portal"]["province"]))
            posts_of[o["person"]].add((o["organisation"], o["place"]))
    assert all(len(names) == 1 for names in by_person.values())
    recurring = [p for p, ps in posts_of.items() if len(ps) > 1]
    assert len(recurring) >= 20
    namesakes = [n for n, ps in by_name.items() if len({p for p, _ in ps}) > 1]
    assert len(namesakes) >= 3
    for n in namesakes:
        assert len({prov for _, prov in by_name[n]}) > 1, n


def test_held_out_half_has_templates_the_tuning_half_lacks(records):
    tune = {t for r in records if r["split"] == "tune" for t in r["meta"]["templates"]}
    held = {t for r in records if r["split"] == "heldout" for t in r["meta"]["templates"]}
    assert len(tune | held) >= 40
    assert len(held - tune) >= 20


def test_generator_reproduces_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_officials_set.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    for split in ("tune", "heldout"):
        assert (tmp_path / f"{split}.jsonl").read_bytes() == (DATA / f"{split}.jsonl").read_bytes(), split
