"""Near-duplicate detection on real SQLite archives in temporary directories."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.dedup import NearDuplicates, ensure_dedup_schema, rebuild
from archive.store import Archive

PAIRS = Path(__file__).resolve().parent.parent / "bench" / "data" / "dedup"


def _docs() -> list[dict]:
    return [json.loads(line) for line in open(PAIRS / "docs.jsonl", encoding="utf-8")]


def _pairs(kind_prefix: str, label: int) -> list[dict]:
    rows = [json.loads(line) for line in open(PAIRS / "pairs.jsonl", encoding="utf-8")]
    return [p for p in rows if p["kind"].startswith(kind_prefix) and p["label"] == label]


@pytest.fixture
def archive(tmp_path: Path):
    arc = Archive(tmp_path / "archive.db")
    ensure_dedup_schema(arc.db)
    arc.linker = NearDuplicates(arc.db)
    portals = {
        level: arc.upsert_portal({"url": f"http://{level}.example/", "level": level, "name": level})
        for level in ("province", "district", "commune")
    }
    yield arc, portals
    arc.close()


def _save(arc: Archive, portal_id: int, url: str, doc: dict, published_at: str, seen_at: str = "2024-01-01T00:00:00+00:00",
          page_kind: str = "article"):
    article = {"url": url, "title": doc["title"], "text": doc["text"], "published_at": published_at,
               "page_kind": page_kind}
    return arc.save_article(article, portal_id=portal_id, seen_at=seen_at,
                            signature=arc.linker.signature(doc["text"]) if arc.linker else None)


def _duplicate_of(arc: Archive) -> dict[int, int | None]:
    return {r["id"]: r["duplicate_of"] for r in arc.db["articles"].rows_where(order_by="id")}


def test_republication_links_to_the_earlier_article(archive):
    arc, portals = archive
    docs = _docs()
    pair = _pairs("republished:", 1)[0]
    first = _save(arc, portals["commune"], "http://commune.example/a", docs[pair["a"]], "2023-05-02")
    second = _save(arc, portals["district"], "http://district.example/b", docs[pair["b"]], "2023-05-03")
    assert first.duplicate_of is None
    assert second.duplicate_of == first.article_id
    row = arc.db.execute("select * from article_appearances where article_id = ?", [second.article_id]).fetchall()
    assert [r[2] for r in row] == [first.article_id]
    story = arc.db.execute(
        "select original_id, articles, portals, first_publisher, first_published_at, spread_days from story_clusters"
    ).fetchall()
    assert story == [(first.article_id, 2, 2, "commune", "2023-05-02", 1)]


def test_older_article_becomes_the_original_and_cluster_is_repointed(archive):
    arc, portals = archive
    docs = _docs()
    pair = _pairs("republished:", 1)[1]
    a = _save(arc, portals["commune"], "http://commune.example/a", docs[pair["a"]], "2023-05-05")
    b = _save(arc, portals["commune"], "http://commune.example/b", docs[pair["b"]], "2023-05-06")
    assert b.duplicate_of == a.article_id
    old = _save(arc, portals["commune"], "http://commune.example/old", docs[pair["a"]], "2023-05-01")
    assert old.duplicate_of is None
    assert _duplicate_of(arc) == {a.article_id: old.article_id, b.article_id: old.article_id, old.article_id: None}


def test_same_day_higher_level_portal_is_the_original(archive):
    arc, portals = archive
    docs = _docs()
    pair = _pairs("republished:", 1)[2]
    c = _save(arc, portals["commune"], "http://commune.example/a", docs[pair["a"]], "2023-05-05")
    p = _save(arc, portals["province"], "http://province.example/a", docs[pair["b"]], "2023-05-05")
    assert p.duplicate_of is None and _duplicate_of(arc)[c.article_id] == p.article_id


def test_hard_negatives_stay_apart(archive):
    arc, portals = archive
    docs = _docs()
    negatives = (_pairs("template-same-commune-same-month", 0)[:10] + _pairs("related-block-vs-block", 0)[:10]
                 + _pairs("brief-same-template-other-event", 0)[:20])
    ids = set()
    for n, pair in enumerate(negatives):
        ids.add(pair["a"])
        ids.add(pair["b"])
    # Same-template reports of one commune in one month, and pages whose
    # related-news block holds another article, all in one archive.
    wrong = []
    saved = {i: _save(arc, portals["commune"], f"http://commune.example/{i}", docs[i], "2023-05-05").article_id
             for i in sorted(ids)}
    dup = _duplicate_of(arc)
    for pair in negatives:
        a, b = saved[pair["a"]], saved[pair["b"]]
        if (dup[a] or a) == (dup[b] or b):
            wrong.append(pair["kind"])
    assert not wrong


def _load_mixed(arc: Archive, portals: dict, count: int = 60) -> None:
    docs = _docs()
    chosen = sorted({i for p in _pairs("republished", 1)[:count // 3] for i in (p["a"], p["b"])}
                    | {i for p in _pairs("same-topic", 0)[:count // 3] for i in (p["a"], p["b"])})
    levels = ["commune", "district", "province"]
    for n, i in enumerate(reversed(chosen)):  # arrival order unlike id order of the docs
        _save(arc, portals[levels[n % 3]], f"http://x.example/{i}", docs[i], f"2023-05-{1 + n % 27:02d}")


def test_rebuild_gives_the_incremental_clusters(archive):
    arc, portals = archive
    _load_mixed(arc, portals)
    incremental = _duplicate_of(arc)
    assert any(v is not None for v in incremental.values())
    stats = rebuild(arc.db)
    assert _duplicate_of(arc) == incremental
    assert stats["articles"] == len(incremental)
    assert stats["duplicates"] == sum(v is not None for v in incremental.values())


def test_index_persists_after_reopen(tmp_path: Path):
    docs = _docs()
    pair = _pairs("republished:", 1)[3]
    arc = Archive(tmp_path / "a.db")
    arc.linker = NearDuplicates(arc.db)
    pid = arc.upsert_portal({"url": "http://c.example/", "level": "commune"})
    first = _save(arc, pid, "http://c.example/1", docs[pair["a"]], "2023-01-01")
    arc.close()
    arc = Archive(tmp_path / "a.db")
    linker = NearDuplicates(arc.db)
    assert first.article_id in linker.lsh  # loaded from stored signatures
    arc.db.execute("update articles set text = 'gone' where id = ?", [first.article_id])  # texts not re-read
    arc.linker = linker
    second = _save(arc, pid, "http://c.example/2", docs[pair["b"]], "2023-01-02")
    assert second.duplicate_of == first.article_id
    recipe = json.loads(arc.db.execute("select recipe from minhash_params").fetchone()[0])
    assert recipe["datasketch"] == "2.0.0" and recipe["scheme"] == "affine32"
    arc.close()


def test_changed_text_leaves_its_story(archive):
    arc, portals = archive
    docs = _docs()
    pair = _pairs("republished:", 1)[0]
    a = _save(arc, portals["commune"], "http://commune.example/a", docs[pair["a"]], "2023-05-01")
    b = _save(arc, portals["commune"], "http://commune.example/b", docs[pair["b"]], "2023-05-02")
    assert b.duplicate_of == a.article_id
    other = next(d for d in docs if d["topic"] != docs[pair["a"]]["topic"])
    changed = _save(arc, portals["commune"], "http://commune.example/a", other, "2023-05-01")
    assert changed.status == "updated"
    assert _duplicate_of(arc) == {a.article_id: None, b.article_id: None}


def test_brief_republications_join_their_story(archive):
    arc, portals = archive
    docs = _docs()
    pairs = _pairs("brief-republished", 1)[:12]
    linked = 0
    for n, pair in enumerate(pairs):
        a = _save(arc, portals["district"], f"http://d.example/{n}", docs[pair["a"]], "2024-03-01")
        b = _save(arc, portals["commune"], f"http://c.example/{n}", docs[pair["b"]], "2024-03-02")
        linked += b.duplicate_of == a.article_id
    assert linked >= 10  # rewritten leads of two-paragraph briefs may fall below the bar


def test_pages_unsure_to_be_articles_stay_out_of_stories(archive):
    arc, portals = archive
    doc = _docs()[0]
    a = _save(arc, portals["commune"], "http://commune.example/list-1", doc, "2023-05-01", page_kind="paged")
    b = _save(arc, portals["district"], "http://district.example/list-1", doc, "2023-05-02", page_kind="undated")
    c = _save(arc, portals["province"], "http://province.example/a", doc, "2023-05-03")
    d = _save(arc, portals["district"], "http://district.example/a", doc, "2023-05-04")
    assert b.duplicate_of is None and a.duplicate_of is None
    assert d.duplicate_of == c.article_id
    assert _duplicate_of(arc)[a.article_id] is None and _duplicate_of(arc)[b.article_id] is None
