"""Labelled near-duplicate pairs and the calibration of archive.dedup on them.

    python bench/dedup_pairs.py make        # (re)write bench/data/dedup/{docs,pairs}.jsonl
    python bench/dedup_pairs.py             # precision/recall of the shipped parameters + curve
    python bench/dedup_pairs.py --k 5 --num-perm 64   # try other sketch sizes
    python bench/dedup_pairs.py --data DIR   # the shipped rule on another labelled set (held out)

Positives are programmatic republications of one article (title prefix "Xã X: …",
new or rewritten lead sentence, another signature, a paragraph added or cut,
punctuation/spacing/tone-mark changes, a related-news block appended), negatives
are different articles: same topic in the content bank, and rigid-template
reports of one commune in one month about different events (written below).
A pair counts as linked only if the real pipeline would link it: the LSH of the
shipped MatchRule must return it as a candidate and the rule must confirm it.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.dedup import clustered_kind  # noqa: E402
from archive.minhash import CompactLSH, MatchRule, Similarity, Sketcher, SketchParams  # noqa: E402

DATA = ROOT / "bench" / "data" / "dedup"
BANK = ROOT / "crawler" / "demo" / "data" / "articles.json"

# -- rigid templates: the hardest negatives -------------------------------------------

COMMUNES = ["Thanh Liên", "Vạn Thắng", "Quảng Nghiệp", "Cẩm Thịnh", "Vĩnh Hảo", "Tam Nông"]
PEOPLE = ["Lê Văn Hòa", "Nguyễn Thị Kim Oanh", "Trần Văn Bình", "Phạm Thị Hương", "Hoàng Minh Tuấn"]
ROLES = ["Bí thư Đảng ủy xã", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch UBND xã"]
EVENTS = [
    ("hội nghị thường kỳ", "đánh giá kết quả thực hiện nhiệm vụ trong tháng và triển khai nhiệm vụ trọng tâm tháng tới"),
    ("hội nghị sơ kết 6 tháng đầu năm", "đánh giá kết quả lãnh đạo 6 tháng đầu năm và bàn phương hướng 6 tháng cuối năm"),
    ("hội nghị triển khai nghị quyết", "quán triệt, triển khai nghị quyết của cấp trên đến cán bộ, đảng viên"),
    ("hội nghị giao ban khối dân vận", "đánh giá công tác dân vận và việc thực hiện quy chế dân chủ ở cơ sở"),
]
ITEMS = [
    "kết nạp {n1} đảng viên mới tại các chi bộ thôn",
    "gieo cấy {n2} ha lúa vụ Hè Thu, đạt {p1}% kế hoạch",
    "thu ngân sách được {f1} tỷ đồng, đạt {p2}% dự toán",
    "giải quyết đúng hạn {p3}% hồ sơ thủ tục hành chính",
    "tiêm phòng cho {n3} con gia súc, gia cầm",
    "tổ chức {n1} cuộc tiếp xúc cử tri tại các thôn",
    "hòa giải thành {n1} vụ việc ở cơ sở",
    "trao {n3} suất quà cho hộ nghèo, hộ cận nghèo",
]
LIMITS = [
    "tiến độ giải phóng mặt bằng một số công trình còn chậm",
    "việc thu gom rác thải tại một số khu dân cư chưa kịp thời",
    "tình trạng lấn chiếm hành lang giao thông vẫn còn tái diễn",
    "công tác chuyển đổi số ở một số thôn chưa được quan tâm đúng mức",
]
TASKS = [
    "chủ động phương án phòng, chống thiên tai",
    "đẩy nhanh tiến độ giải phóng mặt bằng",
    "tổ chức tốt các hoạt động hè cho thanh thiếu nhi",
    "tăng cường tuần tra, bảo đảm trật tự an toàn giao thông",
    "rà soát, hỗ trợ kịp thời các gia đình chính sách",
    "hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
]


def _fill(rng: random.Random, phrase: str) -> str:
    return phrase.format(
        n1=rng.randint(2, 19), n2=rng.randint(120, 480), n3=rng.randint(40, 900),
        p1=rng.randint(80, 99), p2=rng.randint(40, 75), p3=rng.choice([97, 98, 99, 100]),
        f1=f"{rng.randint(1, 9)},{rng.randint(10, 99)}",
    )


def formulaic_report(rng: random.Random, commune: str, month: int, year: int, event: int) -> dict:
    """A report of `event` held by `commune` in `month`/`year` from one fixed template."""
    name, purpose = EVENTS[event]
    chair, role = rng.choice(PEOPLE), rng.choice(ROLES)
    items = [_fill(rng, p) for p in rng.sample(ITEMS, 5)]
    limits, tasks = rng.sample(LIMITS, 2), rng.sample(TASKS, 4)
    paragraphs = [
        f"Ngày {rng.randint(3, 28)}/{month}/{year}, Ban Chấp hành Đảng bộ xã {commune} tổ chức {name} nhằm "
        f"{purpose}. Đồng chí {chair}, {role} chủ trì hội nghị.",
        f"Trong tháng {month}, Đảng ủy đã lãnh đạo các chi bộ, đoàn thể thực hiện tốt nhiệm vụ chính trị; "
        f"{items[0]}; {items[1]}. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững.",
        f"UBND xã đã {items[2]}; {items[3]}. Các đoàn thể chính trị - xã hội {items[4]}.",
        f"Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế như: {limits[0]}; {limits[1]}.",
        f"Kết luận hội nghị, đồng chí {chair} yêu cầu các chi bộ, ban, ngành, đoàn thể tập trung "
        f"{tasks[0]}; {tasks[1]}; {tasks[2]}; {tasks[3]}.",
    ]
    return {
        "title": f"Đảng ủy xã {commune} tổ chức {name} tháng {month}/{year}",
        "text": "\n".join(paragraphs),
        "topic": f"template-{event}",
        "unit": f"xã {commune}|{month}/{year}",
    }


# -- short briefs from one template: different events that share nearly every word ---------

BENEFITS = ["trợ cấp xã hội hằng tháng", "trợ cấp ưu đãi người có công", "hỗ trợ tiền điện cho hộ nghèo",
            "lương hưu và trợ cấp bảo hiểm xã hội"]
SEASONS = ["lúa Đông Xuân", "lúa Hè Thu", "ngô vụ Đông", "lạc vụ Xuân"]


def benefit_brief(rng: random.Random, commune: str, month: int, year: int) -> dict:
    """A payment of one benefit by one commune in one month (the same sentence every month)."""
    kind, people = rng.choice(BENEFITS), rng.randint(80, 900)
    money = f"{rng.randint(1, 9)},{rng.randint(10, 99)}"
    day = rng.randint(2, 12)
    text = (f"Ngày {day}/{month}/{year}, UBND xã {commune} phối hợp với Bưu điện huyện tổ chức chi trả {kind} "
            f"tháng {month}/{year} cho {people} đối tượng với tổng số tiền {money} tỷ đồng.\n"
            f"Việc chi trả được thực hiện công khai, minh bạch, đúng đối tượng, đúng quy định; các trường hợp "
            f"người cao tuổi, người khuyết tật không thể đến điểm chi trả được nhân viên bưu điện chi trả tận nhà.")
    return {"title": f"Xã {commune} chi trả {kind} tháng {month}/{year}", "text": text,
            "topic": "brief-benefit", "unit": f"xã {commune}"}


def harvest_brief(rng: random.Random, commune: str, month: int, year: int) -> dict:
    """A harvest progress report of one commune (one template, season after season)."""
    season, area = rng.choice(SEASONS), rng.randint(120, 900)
    share, yield_ = rng.randint(55, 98), rng.randint(48, 68)
    text = (f"Đến ngày {rng.randint(5, 25)}/{month}/{year}, nông dân xã {commune} đã thu hoạch được {area} ha "
            f"{season}, đạt {share}% diện tích gieo trồng. Năng suất bình quân ước đạt {yield_} tạ/ha.\n"
            f"Để bảo đảm tiến độ, UBND xã chỉ đạo các thôn huy động máy gặt đập liên hợp, khuyến cáo bà con "
            f"thu hoạch theo phương châm xanh nhà hơn già đồng, đồng thời chuẩn bị đất cho vụ sau.")
    return {"title": f"Xã {commune} thu hoạch {season} năm {year}", "text": text,
            "topic": "brief-harvest", "unit": f"xã {commune}"}


def brief_docs(rng: random.Random) -> list[dict]:
    """Per template: every commune in three months, so same-commune and same-month pairs exist."""
    return [make_brief(rng, commune, month, 2024) for make_brief in (benefit_brief, harvest_brief)
            for commune in COMMUNES for month in (3, 4, 5)]


# -- republication edits --------------------------------------------------------------

NEW_LEADS = [
    "Thực hiện kế hoạch của Ban Thường vụ Huyện ủy, các địa phương đã đồng loạt triển khai nội dung này.",
    "(Cổng TTĐT) - Đây là hoạt động thường niên nhằm cụ thể hóa các chủ trương của cấp trên tại cơ sở.",
    "Theo tin từ Văn phòng HĐND và UBND, sự kiện đã thu hút sự quan tâm của đông đảo cán bộ và nhân dân.",
]
EXTRA_PARAGRAPHS = [
    "Cũng trong dịp này, UBND xã đã biểu dương các tập thể, cá nhân có thành tích tiêu biểu và giao nhiệm vụ "
    "cụ thể cho từng thôn, bảo đảm hoàn thành các chỉ tiêu trong thời gian tới.",
    "Được biết, trong thời gian qua địa phương đã huy động nhiều nguồn lực xã hội hóa, nhận được sự đồng thuận "
    "cao của Nhân dân trên địa bàn.",
]
SIGNATURES = ["Hữu Thịnh – Trung tâm VHTT&TT", "Thanh Mai", "Ban Biên tập", "Nguồn: Cổng TTĐT huyện"]
TONE_MARKS = {"hòa": "hoà", "thủy": "thuỷ", "hóa": "hoá", "khỏe": "khoẻ", "tùy": "tuỳ", "ủy": "uỷ"}


def _paragraphs(doc: dict) -> list[str]:
    return doc["text"].split("\n")


def edit_title(rng: random.Random, doc: dict) -> dict:
    return {**doc, "title": f"{rng.choice(['Xã', 'Huyện'])} {rng.choice(COMMUNES)}: {doc['title']}"}


def edit_new_lead(rng: random.Random, doc: dict) -> dict:
    ps = _paragraphs(doc)
    ps[0] = f"{rng.choice(NEW_LEADS)} {ps[0]}"
    return {**doc, "text": "\n".join(ps)}


def edit_rewrite_lead(rng: random.Random, doc: dict) -> dict:
    ps = _paragraphs(doc)
    sentences = re.split(r"(?<=[.!?])\s+", ps[0], maxsplit=1)
    ps[0] = " ".join([rng.choice(NEW_LEADS), *sentences[1:]])
    return {**doc, "text": "\n".join(ps)}


def edit_signature(rng: random.Random, doc: dict) -> dict:
    return {**doc, "text": f"{doc['text']}\n{rng.choice(SIGNATURES)}"}


def edit_add_paragraph(rng: random.Random, doc: dict) -> dict:
    ps = _paragraphs(doc)
    ps.insert(rng.randint(1, len(ps)), rng.choice(EXTRA_PARAGRAPHS))
    return {**doc, "text": "\n".join(ps)}


def edit_cut_paragraph(rng: random.Random, doc: dict) -> dict:
    ps = _paragraphs(doc)
    if len(ps) >= 3:
        del ps[rng.randint(1, len(ps) - 1)]
    return {**doc, "text": "\n".join(ps)}


def edit_punctuation(rng: random.Random, doc: dict) -> dict:
    text = doc["text"].replace(", ", rng.choice([",", " , ", ",  "])).replace(" - ", " – ")
    text = text.replace("“", '"').replace("”", '"').replace(". ", rng.choice([".  ", " . ", ". "]))
    for new, old in TONE_MARKS.items():
        text = text.replace(new, old)
    return {**doc, "text": text}


EDITS = [edit_title, edit_new_lead, edit_rewrite_lead, edit_signature, edit_add_paragraph,
         edit_cut_paragraph, edit_punctuation]


def republish(rng: random.Random, doc: dict, edits: int) -> tuple[dict, list[str]]:
    chosen = rng.sample(EDITS, edits)
    for edit in chosen:
        doc = edit(rng, doc)
    return doc, [e.__name__[5:] for e in chosen]


def with_related_block(doc: dict, other: dict) -> dict:
    """The page of `doc` whose related-news block holds `other`'s full text."""
    return {**doc, "text": f"{doc['text']}\nTin liên quan\n{other['title']}\n{other['text']}"}


# -- the pair set ---------------------------------------------------------------------

def bank_docs() -> list[dict]:
    docs = []
    for art in json.loads(BANK.read_text(encoding="utf-8")):
        text = "\n".join([art["lead"], *art["paragraphs"]])
        unit = (art.get("unit") or {}).get("name")
        docs.append({"title": art["title"], "text": text, "topic": art["topic"], "unit": unit})
    return docs


def template_docs(rng: random.Random) -> list[dict]:
    """Per (commune, month): one report for each event, so same-month different-event pairs exist."""
    docs = []
    for commune in COMMUNES[:4]:
        for month in (5, 6):
            for event in range(len(EVENTS)):
                docs.append(formulaic_report(rng, commune, month, 2023, event))
    return docs


def make(seed: int = 20240601) -> None:
    rng = random.Random(seed)
    docs: list[dict] = []
    pairs: list[dict] = []

    def add(doc: dict) -> int:
        docs.append({**doc, "id": len(docs)})
        return len(docs) - 1

    def pair(a: int, b: int, label: int, kind: str) -> None:
        pairs.append({"a": a, "b": b, "label": label, "kind": kind})

    base = [add(d) for d in bank_docs()] + [add(d) for d in template_docs(rng)]
    by_id = {i: docs[i] for i in base}
    # Positives: republications of one release, against the release or each other.
    for i in base:
        v1, e1 = republish(rng, by_id[i], rng.randint(1, 3))
        v2, e2 = republish(rng, by_id[i], rng.randint(2, 4))
        a, b = add(v1), add(v2)
        pair(i, a, 1, "republished:" + "+".join(e1))
        pair(a, b, 1, "republished-both:" + "+".join(e2))
    # Hard negatives: same topic / same template, commune and month, different event.
    same = [(i, j) for i in base for j in base if i < j and by_id[i]["topic"] == by_id[j]["topic"]]
    for i, j in same:
        kind = "same-topic"
        if by_id[i]["unit"] == by_id[j]["unit"]:
            kind = "same-topic-same-unit"
        pair(i, j, 0, kind)
    template_ids = [i for i in base if by_id[i]["topic"].startswith("template")]
    for i in template_ids:
        for j in template_ids:
            if i < j and by_id[i]["unit"] == by_id[j]["unit"]:
                pair(i, j, 0, "template-same-commune-same-month-other-event")
    # Republication of one against another same-topic article.
    for i, j in rng.sample(same, min(60, len(same))):
        v, e = republish(rng, by_id[i], 2)
        pair(add(v), j, 0, "republished-vs-same-topic")
    # Related-news block with another article's full text appended.
    for _ in range(40):
        i, j = rng.sample(same, 1)[0] if rng.random() < 0.6 else rng.sample(base, 2)
        page = add(with_related_block(by_id[i], by_id[j]))
        pair(page, i, 1, "related-block-vs-own-story")
        pair(page, j, 0, "related-block-vs-block-story")
    # Unrelated articles.
    for _ in range(40):
        i, j = rng.sample(base, 2)
        if by_id[i]["topic"] != by_id[j]["topic"]:
            pair(i, j, 0, "different-topic")
    add_briefs(random.Random(seed + 1), add, pair)
    DATA.mkdir(parents=True, exist_ok=True)
    for name, rows in (("docs", docs), ("pairs", pairs)):
        with open(DATA / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(docs)} docs, {len(pairs)} pairs ({sum(p['label'] for p in pairs)} positive) -> {DATA}")


def add_briefs(rng: random.Random, add, pair) -> None:
    """Same-template briefs about different events (negatives, every pair of one template)
    and their republications (positives). Drawn after the rest of the set, from their own
    random stream, so the earlier pairs do not change."""
    briefs = brief_docs(rng)
    ids = [add(d) for d in briefs]
    for x, i in enumerate(ids):
        for j in ids[x + 1:]:
            a, b = briefs[ids.index(i)], briefs[ids.index(j)]
            if a["topic"] == b["topic"] and (a["unit"] == b["unit"] or rng.random() < 0.25):
                pair(i, j, 0, "brief-same-template-other-event")
    # a brief's lead is its one sentence of specifics: rewriting it away leaves a text that is
    # every event of the template, not a republication of one
    edits = [e for e in EDITS if e is not edit_rewrite_lead]
    for i, doc in zip(ids, briefs):
        chosen = rng.sample(edits, rng.randint(1, 2))
        v = doc
        for edit in chosen:
            v = edit(rng, v)
        v_id = add(v)
        pair(i, v_id, 1, "brief-republished:" + "+".join(e.__name__[5:] for e in chosen))
        others = [j for j, d in zip(ids, briefs) if d["topic"] == doc["topic"] and j != i]
        for j in rng.sample(others, 2):
            pair(v_id, j, 0, "brief-republished-vs-other-event")


# -- calibration ----------------------------------------------------------------------

def load(data: Path = DATA) -> tuple[list[dict], list[dict]]:
    read = lambda name: [json.loads(line) for line in open(data / f"{name}.jsonl", encoding="utf-8")]  # noqa: E731
    return read("docs"), read("pairs")


def features(params: SketchParams, rule: MatchRule, data: Path = DATA) -> list[tuple[dict, bool, Similarity]]:
    """Per pair: (pair, LSH candidate?, exact similarity). As in the archive, a pair with a page
    outside clusters (a doc's `page_kind`, when the set gives one) is never a candidate."""
    docs, pairs = load(data)
    kinds = {d["id"]: d.get("page_kind") for d in docs}
    sketcher = Sketcher(params)
    sigs = {d["id"]: sketcher.signature(d["text"]) for d in docs}
    out = []
    for p in pairs:
        lsh = CompactLSH(params.num_perm, rule.lsh_bands, rule.lsh_rows)
        lsh.insert(p["a"], sigs[p["a"]].body)
        candidate = p["a"] in lsh.query(sigs[p["b"]].body) and clustered_kind(kinds[p["a"]]) \
            and clustered_kind(kinds[p["b"]])
        out.append((p, candidate, rule.similarity(sigs[p["a"]], sigs[p["b"]])))
    return out


def score(rows, rule: MatchRule) -> tuple[float, float, int, int]:
    tp = fp = fn = 0
    for p, candidate, sim in rows:
        linked = candidate and rule.accepts(sim)
        tp += linked and p["label"] == 1
        fp += linked and p["label"] == 0
        fn += (not linked) and p["label"] == 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    return precision, tp / (tp + fn), fp, fn


CURVES = {
    "min_containment": [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9],
    "min_fact_share": [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    "max_lead_offset": [0, 1, 2, 3, 4, 5, 6, 8, 1000],
    "block_containment": [0.8, 0.9, 0.95, 0.97, 0.99, 1.01],
    "max_conflicts": [0, 1, 2, 3, 1000],
}


KNOBS = ("min_containment", "min_fact_share", "max_conflicts", "max_lead_offset", "block_containment")


def half(pair: dict) -> str:
    """Deterministic split of the pairs: thresholds are chosen on "tune", reported on "held-out"."""
    return "tune" if zlib.crc32(f"{pair['a']}-{pair['b']}".encode()) % 2 == 0 else "held-out"


def choose(rows, rule: MatchRule, min_precision: float = 0.99) -> MatchRule:
    """The grid point with the best recall at precision >= min_precision on the given rows
    (ties: the one nearest the shipped rule)."""
    best, best_key = rule, None
    for cont in CURVES["min_containment"]:
        for share in CURVES["min_fact_share"]:
            for conflicts in CURVES["max_conflicts"]:
                for offset in CURVES["max_lead_offset"]:
                    for block in CURVES["block_containment"]:
                        cand = replace(rule, min_containment=cont, min_fact_share=share, max_conflicts=conflicts,
                                       max_lead_offset=offset, block_containment=block)
                        pr, rc, _, _ = score(rows, cand)
                        if pr < min_precision:
                            continue
                        distance = sum(abs(getattr(cand, k) - getattr(rule, k)) / (1 + abs(getattr(rule, k)))
                                       for k in KNOBS)
                        key = (rc, pr, -distance)
                        if best_key is None or key > best_key:
                            best, best_key = cand, key
    return best


def calibrate(args: argparse.Namespace) -> None:
    params = replace(SketchParams(), k=args.k, num_perm=args.num_perm)
    rule = replace(MatchRule(), lsh_bands=args.bands, lsh_rows=args.rows)
    if args.data != DATA:
        return report_other(args.data, params, rule, args.verbose)
    rows = features(params, rule)
    positives = sum(r[0]["label"] for r in rows)
    print(f"k={params.k} num_perm={params.num_perm} LSH {rule.lsh_bands} bands x {rule.lsh_rows} rows; "
          f"{len(rows)} pairs, {positives} positive")
    lsh_recall = sum(c for p, c, _ in rows if p["label"]) / positives
    print(f"LSH candidate recall on positives: {lsh_recall:.3f}")
    for knob, values in CURVES.items():
        others = ", ".join(f"{k}={getattr(rule, k)}" for k in CURVES if k != knob)
        print(f"\n| {knob} | precision | recall | FP | FN |   ({others})\n|---|---|---|---|---|")
        for t in values:
            t = type(getattr(rule, knob))(t)
            pr, rc, fp, fn = score(rows, replace(rule, **{knob: t}))
            mark = " <- shipped" if t == getattr(rule, knob) else ""
            print(f"| {t:.2f} | {pr:.3f} | {rc:.3f} | {fp} | {fn} |{mark}")
    pr, rc, fp, fn = score(rows, rule)
    print(f"\nshipped rule, all pairs: precision {pr:.3f} recall {rc:.3f} (FP {fp}, FN {fn})")
    tune = [r for r in rows if half(r[0]) == "tune"]
    held = [r for r in rows if half(r[0]) == "held-out"]
    chosen = choose(tune, rule)
    knobs = KNOBS
    print("chosen on the tuning half: " + ", ".join(f"{k}={getattr(chosen, k)}" for k in knobs)
          + ("  (= shipped)" if all(getattr(chosen, k) == getattr(rule, k) for k in knobs) else "  (differs from shipped)"))
    for name, part in (("tuning half", tune), ("held-out half", held)):
        pr, rc, fp, fn = score(part, rule)
        neg = [r for r in part if r[0]["label"] == 0 and r[0]["kind"].startswith(("brief", "template"))]
        fp_t = sum(c and rule.accepts(s) for _, c, s in neg)
        print(f"shipped rule, {name} ({len(part)} pairs, {sum(r[0]['label'] for r in part)} positive): "
              f"precision {pr:.3f} recall {rc:.3f} (FP {fp}, FN {fn}); same-template negatives linked "
              f"{fp_t}/{len(neg)}")
    if args.verbose:
        for p, c, s in rows:
            if (c and rule.accepts(s)) != bool(p["label"]):
                print(f"  {'FN' if p['label'] else 'FP'} {p['kind']:<50} cand={c} J={s.jaccard:.2f} "
                      f"C={s.containment:.2f} F={s.facts:.2f} O={s.lead_offset}  ({p['a']},{p['b']})")
    if args.dump:
        by_kind: dict[str, list] = {}
        for p, c, s in rows:
            by_kind.setdefault(p["kind"].split(":")[0], []).append((s.jaccard, s.containment, s.facts, s.lead_offset))
        for kind, fs in sorted(by_kind.items()):
            rng = " ".join(f"{n} {min(f[i] for f in fs):.2f}-{max(f[i] for f in fs):.2f}"
                           for i, n in enumerate("JCFO"))
            print(f"  {kind:<46} n={len(fs):>3} {rng}")


def report_other(data: Path, params: SketchParams, rule: MatchRule, verbose: bool) -> None:
    """The shipped rule on another labelled set (same docs/pairs format): all of it is held out."""
    rows = features(params, rule, data)
    pr, rc, fp, fn = score(rows, rule)
    print(f"shipped rule on {data} (held out: nothing chosen on it), {len(rows)} pairs, "
          f"{sum(r[0]['label'] for r in rows)} positive: precision {pr:.3f} recall {rc:.3f} (FP {fp}, FN {fn})")
    by_kind: dict[str, list[int]] = {}
    for p, c, s in rows:
        wrong = (c and rule.accepts(s)) != bool(p["label"])
        by_kind.setdefault(f"{p['kind'].split(':')[0]} (label {p['label']})", []).append(int(wrong))
    for kind, errs in sorted(by_kind.items()):
        print(f"  {kind:<60} {len(errs):>4} pairs, {sum(errs)} wrong")
    if verbose:
        for p, c, s in rows:
            if (c and rule.accepts(s)) != bool(p["label"]):
                print(f"  {'FN' if p['label'] else 'FP'} {p['kind']:<50} cand={c} J={s.jaccard:.2f} "
                      f"C={s.containment:.2f} F={s.facts:.2f} O={s.lead_offset} X={s.conflicts}  ({p['a']},{p['b']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="calibrate", choices=["calibrate", "make"])
    d, r = SketchParams(), MatchRule()
    parser.add_argument("--k", type=int, default=d.k)
    parser.add_argument("--num-perm", type=int, default=d.num_perm)
    parser.add_argument("--bands", type=int, default=r.lsh_bands)
    parser.add_argument("--rows", type=int, default=r.lsh_rows)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misclassified pairs")
    parser.add_argument("--dump", action="store_true", help="feature ranges per kind of pair")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="another labelled set (docs.jsonl + pairs.jsonl) to score the shipped rule on")
    args = parser.parse_args()
    make() if args.command == "make" else calibrate(args)


if __name__ == "__main__":
    main()
