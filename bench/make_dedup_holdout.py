"""Build the held-out near-duplicate pairs (bench/data/dedup-holdout/{docs,pairs}.jsonl).

    python bench/make_dedup_holdout.py          # rewrites docs.jsonl and pairs.jsonl (seeded, deterministic)
    python bench/make_dedup_holdout.py --stats  # shingle Jaccard / containment ranges per kind of pair

Same format as bench/data/dedup/: docs.jsonl rows {id, title, text, topic, unit} (text = the
article body as the pipeline stores it, one paragraph per line), pairs.jsonl rows {a, b, label,
kind}. Docs also carry `story` (one id per real-world event; republications share it) and
`page_kind` ("article" | "non-article"). Label 1 = one story (the same event), label 0 = not;
a pair with a non-article page is always 0, because only articles enter clusters.

Stories come from bench/holdout2_stories.py: facts are drawn at random (commune, villages,
officials, residents, figures, dates), then written in one of several wordings. A
republication is the same facts in other words; a same-template negative is other facts in
the same words. Written without reading archive/dedup.py or archive/minhash.py.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout2_stories import BY_NAME, KINDS, Place, Story, draw, render  # noqa: E402
from make_holdout2_set import KH, LS, PT, TQ, YB  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "dedup-holdout"
SEED = 20261202

EXTRA_PLACES = [
    Place(commune="Hàm Yên", level="xã", province="Tuyên Quang",
          villages=["Tân Bình", "Bắc Mục", "Đồng Bàng", "Nà Luộc", "Tân Yên", "Cây Quýt"],
          officials=[("Lê Văn Phúc", "Chủ tịch UBND xã"), ("Nông Thị Thủy", "Phó Chủ tịch UBND xã"),
                     ("Bàn Văn Tiến", "Bí thư Đảng ủy xã"), ("Đỗ Minh Hải", "Chủ tịch HĐND xã")],
          residents=[("Nông Văn Đức", "Ông"), ("Hoàng Thị Thơm", "Bà"), ("Lý Thị Dung", "Bà"), ("Ma Văn Quang", "Ông")],
          post="khu vực Hàm Yên", crops=["lúa Mùa", "lúa Xuân"]),
    Place(commune="Cẩm Thịnh", level="xã", province="Hà Tĩnh",
          villages=["Thịnh Hòa", "Thịnh Lợi", "Tân Thịnh", "Thịnh Tân", "Đông Hà"],
          officials=[("Phan Đình Thắng", "Chủ tịch UBND xã"), ("Nguyễn Thị Hoài", "Phó Chủ tịch UBND xã"),
                     ("Trần Văn Nhân", "Bí thư Đảng ủy xã"), ("Võ Hồng Quân", "Chủ tịch HĐND xã")],
          residents=[("Nguyễn Văn Lục", "Ông"), ("Trần Thị Hiền", "Bà"), ("Lê Văn Xuân", "Ông"), ("Phan Thị Lý", "Bà")],
          post="huyện Cẩm Xuyên", crops=["lúa Xuân", "lúa Hè Thu"], ethnic_fest="Lễ hội đình làng"),
    Place(commune="Vĩnh Hảo", level="xã", province="Bình Định",
          villages=["Định Trị", "Định Tố", "Định Thiện", "Vĩnh Đông"],
          officials=[("Đinh Văn Tư", "Chủ tịch UBND xã"), ("Lê Thị Hồng Vân", "Phó Chủ tịch UBND xã"),
                     ("Nguyễn Văn Đông", "Bí thư Đảng ủy xã"), ("Huỳnh Tấn Lợi", "Chủ tịch HĐND xã")],
          residents=[("Đinh Văn Hmưng", "Ông"), ("Đinh Thị Lan", "Bà"), ("Nguyễn Văn Ba", "Ông"), ("Trương Thị Mỹ", "Bà")],
          post="huyện Vĩnh Thạnh", crops=["lúa Đông Xuân", "lúa Hè Thu"], ethnic_fest="Lễ hội mừng lúa mới"),
]
PLACES = [TQ, YB, LS, PT, KH, *EXTRA_PLACES]
YEARS = {"Sơn Dương": 2025, "Tràng Định": 2025, "Xuân Lai": 2023, "Đồng Luận": 2023, "Vạn Thắng": 2024,
         "Hàm Yên": 2025, "Cẩm Thịnh": 2024, "Vĩnh Hảo": 2023}
PAPERS = {"Tuyên Quang": ("BTQ", "Báo Tuyên Quang"), "Yên Bái": ("YBĐT", "Báo Yên Bái"), "Lạng Sơn": ("LSO", "Báo Lạng Sơn"),
          "Phú Thọ": ("Baophutho.vn", "Báo Phú Thọ"), "Khánh Hòa": ("BKH", "Báo Khánh Hòa"), "Hà Tĩnh": ("Baohatinh.vn", "Báo Hà Tĩnh"),
          "Bình Định": ("BĐ", "Báo Bình Định")}
WRITERS = ["Minh Anh", "Thu Hà", "Quang Huy", "Lan Hương", "Hà Trang", "Trung Kiên", "Phương Thảo", "Mai Hoa"]

# Sentences a republishing portal adds: context, not new facts.
ADDITIONS = [
    "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã cùng các ban, ngành, đoàn thể và bí thư chi bộ, trưởng các thôn.",
    "Đây là một trong những hoạt động thiết thực nhằm thực hiện thắng lợi nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.",
    "Thời gian qua, được sự quan tâm của cấp ủy, chính quyền và sự vào cuộc của cả hệ thống chính trị, đời sống vật chất, tinh thần của nhân dân trên địa bàn từng bước được nâng lên.",
    "Được biết, thời gian tới xã sẽ tiếp tục tuyên truyền sâu rộng để nhân dân hiểu, đồng thuận và tích cực tham gia.",
]
TONE_MARKS = {"hòa": "hoà", "hóa": "hoá", "thủy": "thuỷ", "khỏe": "khoẻ", "ủy": "uỷ", "tùy": "tuỳ"}


# ---------------------------------------------------------------------------------------------
# Pages as the pipeline stores them (title + body text)
# ---------------------------------------------------------------------------------------------

def wording(story: Story, rng: random.Random) -> tuple[int, int]:
    """(title, lead) template indices of a commune's own post: half keep the first wording, so
    many same-template negatives share every word but the specifics."""
    k = BY_NAME[story.kind]
    if rng.random() < 0.5:
        return 0, 0
    return rng.randrange(len(k["TITLES"])), rng.randrange(len(k["LEADS"]))


def other_index(rng: random.Random, n: int, used: int) -> int:
    return rng.choice([i for i in range(n) if i != used])


def original(story: Story, rng: random.Random, words: tuple[int, int]) -> dict:
    """The commune portal's own post."""
    title, paras = render(story, title=words[0], lead=words[1], quote=rng.choice([None, None, "both"]))
    return {"title": title, "paras": paras}


def republication(story: Story, rng: random.Random, n_edits: int, words: tuple[int, int]) -> tuple[dict, list[str]]:
    """The same event as another portal or the province paper prints it: 1-4 of the edits below."""
    edits = rng.sample(["reword_intro", "retitle", "drop_paragraph", "add_paragraph", "boilerplate", "paper_style",
                        "typography", "requote"], n_edits)
    k = BY_NAME[story.kind]
    title_i = other_index(rng, len(k["TITLES"]), words[0]) if "retitle" in edits else words[0]
    lead_i = other_index(rng, len(k["LEADS"]), words[1]) if "reword_intro" in edits else words[1]
    quote = rng.choice(["last", None]) if "requote" in edits else rng.choice([None, "both"])
    title, paras = render(story, title=title_i, lead=lead_i, drop_optional="drop_paragraph" in edits, quote=quote)
    if "drop_paragraph" in edits and len(paras) > 3:
        del paras[rng.randrange(2, len(paras))]
    if "add_paragraph" in edits:
        paras.insert(rng.randint(1, len(paras)), rng.choice(ADDITIONS))
    if "paper_style" in edits:
        code, _ = PAPERS[story.place.province]
        paras[0] = f"({code}) - {paras[0]}"
        title = title.replace(f"{story.place.Unit}: ", "").replace(story.place.unit, f"{story.place.unit} ({story.place.province})", 1)
    if "boilerplate" in edits:
        paras = [f"Cổng TTĐT {story.place.unit}"] + paras + [rng.choice(WRITERS), f"Lượt xem: {rng.randint(40, 900)}", "Chia sẻ: Facebook Zalo In bài"]
    if "typography" in edits:
        fixed = []
        for p in paras:
            p = p.replace("“", '"').replace("”", '"').replace(" - ", " – ")
            for new, old in TONE_MARKS.items():
                p = p.replace(new, old)
            fixed.append(p)
        paras = fixed
    return {"title": title, "paras": paras}, edits


def brief(story: Story, rng: random.Random) -> dict:
    """A two-paragraph brief of the story (a district or province site's 'tin vắn')."""
    title, paras = render(story, title=rng.choice([1, 2]), lead=rng.choice([1, 2]), drop_optional=True, quote="none")
    return {"title": title, "paras": paras[:2]}


def with_related(page: dict, others: list[tuple[str, str]]) -> dict:
    """The page with its 'Tin liên quan' rail left in: titles, and the first story's lead."""
    lines = ["Tin liên quan", others[0][0], others[0][1], *[t for t, _ in others[1:]]]
    return {"title": page["title"], "paras": page["paras"] + lines}


def listing(name: str, items: list[tuple[str, dt.datetime, str]]) -> dict:
    lines = []
    for title, when, lead in items:
        lines += [title, when.strftime("%d/%m/%Y %H:%M"), lead]
    return {"title": name, "paras": lines}


# ---------------------------------------------------------------------------------------------

def make(seed: int = SEED) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    docs: list[dict] = []
    pairs: list[dict] = []
    seen: set[tuple[int, int]] = set()

    def add(page: dict, story_id: str | None, topic: str, unit: str, page_kind: str = "article") -> int:
        docs.append({"id": len(docs), "title": page["title"], "text": "\n".join(page["paras"]), "topic": topic,
                     "unit": unit, "story": story_id, "page_kind": page_kind})
        return len(docs) - 1

    def pair(a: int, b: int, label: int, kind: str) -> None:
        key = (min(a, b), max(a, b))
        if a != b and key not in seen:
            seen.add(key)
            pairs.append({"a": a, "b": b, "label": label, "kind": kind})

    # Stories: per place, each kind twice, in two months of one year (same template, same commune,
    # different month); every month holds many kinds (same commune, same month, other event).
    stories: list[tuple[str, Story]] = []
    for place in PLACES:
        year = YEARS[place.commune]
        months = rng.sample(range(2, 12), 2)
        for kind in [k["name"] for k in KINDS]:
            for m in months:
                when = dt.datetime(year, m, rng.randint(3, 26), rng.randint(7, 20), rng.choice([0, 15, 30, 45]))
                sid = f"{place.commune}/{kind}/{m}"
                stories.append((sid, draw(kind, rng, place, when)))
        # Two meetings of one body in one month (a regular and a thematic session, two Party
        # conferences): same template, same commune, same month, different event.
        for kind in ("session", "party"):
            m = months[0]
            when = dt.datetime(year, m, rng.randint(3, 26), rng.randint(7, 20), rng.choice([0, 15, 30, 45]))
            stories.append((f"{place.commune}/{kind}/{m}/2", draw(kind, rng, place, when)))

    orig: dict[str, int] = {}
    meta: dict[str, tuple[str, str]] = {}
    words: dict[str, tuple[int, int]] = {}
    for sid, st in stories:
        unit = f"{st.place.unit}|{st.when.month}/{st.when.year}"
        meta[sid], words[sid] = (st.kind, unit), wording(st, rng)
        orig[sid] = add(original(st, rng, words[sid]), sid, st.kind, unit)
    by_sid = dict(stories)
    sids = [sid for sid, _ in stories]

    # Positives: republications of the commune's post (against it, and against each other).
    for sid in rng.sample(sids, 110):
        st, (topic, unit) = by_sid[sid], meta[sid]
        page, edits = republication(st, rng, rng.randint(1, 3), words[sid])
        r1 = add(page, sid, topic, unit)
        pair(orig[sid], r1, 1, "republished:" + "+".join(edits))
        if rng.random() < 0.45:
            page2, edits2 = republication(st, rng, rng.randint(2, 4), words[sid])
            pair(r1, add(page2, sid, topic, unit), 1, "republished-both:" + "+".join(edits2))
    for sid in rng.sample(sids, 24):
        st, (topic, unit) = by_sid[sid], meta[sid]
        pair(add(brief(st, rng), sid, topic, unit), orig[sid], 1, "brief-vs-full")

    # Negatives from one template.
    same_kind_other_place = [(a, b) for a in sids for b in sids if a < b and meta[a][0] == meta[b][0]
                             and by_sid[a].place is not by_sid[b].place]
    kinds = [k["name"] for k in KINDS]
    for kind in kinds:  # every template: two benefit payments, two harvest reports, two sessions, ...
        for a, b in rng.sample([ab for ab in same_kind_other_place if meta[ab[0]][0] == kind], 6):
            pair(orig[a], orig[b], 0, f"template-other-commune:{kind}")
    same_kind_same_place = [(a, b) for a in sids for b in sids if a < b and meta[a][0] == meta[b][0]
                            and by_sid[a].place is by_sid[b].place and meta[a][1] != meta[b][1]]
    for kind in kinds:
        for a, b in rng.sample([ab for ab in same_kind_same_place if meta[ab[0]][0] == kind], 5):
            pair(orig[a], orig[b], 0, f"template-same-commune-other-month:{kind}")
    same_month_template = [(a, b) for a in sids for b in sids if a < b and meta[a] == meta[b]]
    for a, b in same_month_template:
        pair(orig[a], orig[b], 0, f"template-same-commune-same-month-other-event:{meta[a][0]}")
    same_month = [(a, b) for a in sids for b in sids if a < b and meta[a][1] == meta[b][1] and meta[a][0] != meta[b][0]]
    for a, b in rng.sample(same_month, 40):
        pair(orig[a], orig[b], 0, "same-commune-same-month-other-event")
    # A republication of one event against another event of the same template.
    for a, b in rng.sample(same_kind_other_place + same_kind_same_place, 40):
        page, edits = republication(by_sid[a], rng, 2, words[a])
        pair(add(page, a, *meta[a]), orig[b], 0, "republished-vs-other-event:" + "+".join(edits))

    # A page whose related-news rail was left in the text: its own story (1), the rail's story (0).
    for a, b in rng.sample(same_month + same_kind_same_place, 25):
        rail = [(docs[orig[b]]["title"], docs[orig[b]]["text"].split("\n")[0])]
        rail += [(docs[orig[c]]["title"], "") for c in rng.sample(sids, 3)]
        page = with_related({"title": docs[orig[a]]["title"], "paras": docs[orig[a]]["text"].split("\n")}, rail)
        p = add(page, a, *meta[a])
        pair(p, orig[a], 1, "related-rail-vs-own-story")
        pair(p, orig[b], 0, "related-rail-vs-rail-story")

    # Non-article pages: listings of teasers, page 1 against page 2 (they share most items), a
    # listing against a search page, and a listing against an article it teases.
    for place in PLACES:
        own = sorted((sid for sid in sids if by_sid[sid].place is place), key=lambda s: by_sid[s].when, reverse=True)
        # Posted the day after the event (a flood report covers the night before and the day after).
        items = [(docs[orig[s]]["title"], by_sid[s].when + dt.timedelta(days=1), docs[orig[s]]["text"].split("\n")[0]) for s in own]
        unit = f"{place.unit}|listing"
        pages = [add(listing("Tin tức - Sự kiện", items[i:i + 8]), None, "listing", unit, "non-article") for i in (0, 2, 5)]
        pair(pages[0], pages[1], 0, "non-article:listing-vs-next-listing")
        pair(pages[1], pages[2], 0, "non-article:listing-vs-next-listing")
        hits = [it for it in items if it[0].startswith(place.Unit)][:6] or items[:6]
        search = add(listing(f"Kết quả tìm kiếm: {place.unit}", hits), None, "search", unit, "non-article")
        pair(search, pages[0], 0, "non-article:search-vs-listing")
        for s in own[:2]:
            pair(pages[0], orig[s], 0, "non-article-vs-teased-article")
        if hits:
            teased = next(s for s in own if docs[orig[s]]["title"] == hits[0][0])
            pair(search, orig[teased], 0, "non-article-vs-teased-article")
    return docs, pairs


def stats(docs: list[dict], pairs: list[dict]) -> None:
    """Per kind of pair: range of Jaccard and containment of 3-syllable shingles (folded text)."""
    import re
    import unicodedata

    def shingles(text: str) -> set[tuple[str, ...]]:
        t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
        w = re.findall(r"\w+", "".join(c for c in t if unicodedata.category(c) != "Mn"))
        return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}

    sh = {d["id"]: shingles(d["text"]) for d in docs}
    by_kind: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for p in pairs:
        a, b = sh[p["a"]], sh[p["b"]]
        by_kind.setdefault((p["kind"].split(":")[0], p["label"]), []).append(
            (len(a & b) / len(a | b), len(a & b) / min(len(a), len(b))))
    for (kind, label), v in sorted(by_kind.items()):
        j, c = [x[0] for x in v], [x[1] for x in v]
        print(f"{kind:<46} label {label} n={len(v):>3}  J {min(j):.2f}-{max(j):.2f}  containment {min(c):.2f}-{max(c):.2f}")


def main() -> int:
    docs, pairs = make()
    if "--stats" in sys.argv:
        stats(docs, pairs)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in (("docs", docs), ("pairs", pairs)):
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    pos = sum(p["label"] for p in pairs)
    print(f"{len(docs)} docs, {len(pairs)} pairs ({pos} positive, {len(pairs) - pos} negative) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
