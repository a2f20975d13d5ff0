"""Build the labelled officials set (bench/data/officials/, issue 12).

    python3 bench/make_officials_set.py               # rewrites tune.jsonl, heldout.jsonl
    python3 bench/make_officials_set.py --out DIR     # writes them to DIR instead

Standard library only, seeded: a re-run writes byte-identical files. Written without reading the
extractor. Steps:

1. places: provinces, districts (until 2025-06-30) and communes (old ones until 2025-06-30, the
   July 2025 ones after) from bench/officials_lexicon.py; every unit is a portal.
2. rosters: each unit's standing posts (slots) and who held them when; holders are promoted,
   moved up a level, re-used by the 2025 communes, and retired (so later articles can call
   them "nguyên ..."). This gives the same person in several articles with changing posts.
3. articles: each is an event (meeting, congress, appointment, visit, model farm, anniversary,
   retirees' meeting, citizens' reception) written from sentence templates; each mention is
   labelled as it is written, so the gold is what the text says, not what the roster says.
4. hand-written articles (bench/officials_handwritten.py) modelled on /work/shared/seeds.
5. split: articles alternate tune / held-out after a seeded shuffle; many templates, mention
   styles, printed variants and three provinces occur only in the held-out half.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import officials_lexicon as LX  # noqa: E402
from officials_handwritten import HANDWRITTEN  # noqa: E402

OUT = HERE / "data" / "officials"
SEED = 20261201
N_GENERATED = 240
FIRST, LAST = dt.date(2019, 1, 1), dt.date(2026, 11, 30)
REFORM = dt.date(2025, 7, 1)

rng = random.Random(SEED)


# ================================================================== 1. places
@dataclass
class Unit:
    key: str
    kind: str            # "tỉnh" | "district" | "commune"
    type: str            # "tỉnh", "huyện", "thị xã", "thành phố", "xã", "phường", "thị trấn"
    name: str
    province: str
    district: str | None
    start: dt.date
    end: dt.date
    region: str
    heldout_only: bool
    villages: list[str] = field(default_factory=list)
    children: list["Unit"] = field(default_factory=list)
    parent: "Unit | None" = None

    @property
    def place(self) -> str:
        return f"{self.type} {self.name}"

    def detail(self) -> dict:
        return {"province": self.province, "district": self.district,
                "commune": self.name if self.kind == "commune" else None}

    def portal(self) -> dict:
        level = {"tỉnh": "province", "district": "district", "commune": "commune"}[self.kind]
        return {"province": self.province, "district": self.district,
                "commune": self.name if self.kind == "commune" else None, "level": level,
                "host": host_of(self)}


def ascii_slug(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalnum() and ord(c) < 128).lower()


def host_of(u: Unit) -> str:
    prov = ascii_slug(u.province)
    if u.kind == "tỉnh":
        return f"{prov}.gov.vn"
    if u.kind == "district":
        return f"{ascii_slug(u.name)}.{prov}.gov.vn"
    if u.district:
        return f"{ascii_slug(u.name)}.{ascii_slug(u.district)}.{prov}.gov.vn"
    return f"{ascii_slug(u.name)}.{prov}.gov.vn"


def split_type(name: str) -> tuple[str, str]:
    for t in ("phường", "thị trấn"):
        if name.startswith(t + " "):
            return t, name[len(t) + 1:]
    return "xã", name


def build_places() -> list[Unit]:
    units = []
    day_before = REFORM - dt.timedelta(days=1)
    for prov, info in LX.GEO.items():
        ho = bool(info.get("heldout_only"))
        region = info["region"]
        pu = Unit(f"p:{prov}", "tỉnh", "tỉnh", prov, prov, None, FIRST, LAST, region, ho)
        units.append(pu)
        for dname, (dtype, communes) in info["districts"].items():
            du = Unit(f"d:{prov}:{dname}", "district", dtype, dname, prov, dname, FIRST, day_before,
                      region, ho, parent=pu)
            pu.children.append(du)
            units.append(du)
            for c in communes:
                ctype, cname = split_type(c)
                cu = Unit(f"c:{prov}:{dname}:{cname}", "commune", ctype, cname, prov, dname, FIRST,
                          day_before, region, ho, villages=rng.sample(LX.VILLAGES[region], 3), parent=du)
                du.children.append(cu)
                units.append(cu)
        for cname in info["new_communes"]:
            cu = Unit(f"n:{prov}:{cname}", "commune", "xã", cname, prov, None, REFORM, LAST, region, ho,
                      villages=rng.sample(LX.VILLAGES[region], 3), parent=pu)
            pu.children.append(cu)
            units.append(cu)
    return units


# ================================================================== 2. people and rosters
@dataclass
class Person:
    pid: str
    name: str
    female: bool
    province: str


@dataclass
class Tenure:
    person: Person
    unit: Unit
    slot: str
    chain: list[tuple[str, str]]
    start: dt.date
    end: dt.date | None   # last day held; None = still held at LAST


PEOPLE: list[Person] = []
USED_NAMES: set[str] = set()


def weighted(pairs):
    names, weights = zip(*pairs)
    return rng.choices(names, weights=weights)[0]


def new_name(female: bool, region: str) -> str:
    for _ in range(1000):
        if region == "mountain" and rng.random() < 0.45:
            fam = weighted(LX.FAMILY_MOUNTAIN)
        else:
            fam = weighted(LX.FAMILY)
        if female:
            mid, given = rng.choice(LX.MIDDLE_F), rng.choice(LX.GIVEN_F)
        elif fam in ("Giàng", "Sùng", "Vàng", "Mùa") and rng.random() < 0.7:
            mid, given = rng.choice(LX.MIDDLE_HMONG_M), rng.choice(LX.GIVEN_HMONG)
        else:
            mid, given = rng.choice(LX.MIDDLE_M), rng.choice(LX.GIVEN_M)
        if fam in ("Giàng", "Sùng", "Vàng", "Mùa") and female:
            mid = "Thị"
        name = f"{fam} {mid} {given}"
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return name
    raise RuntimeError("name space exhausted")


def new_person(unit: Unit, female: bool | None = None, name: str | None = None) -> Person:
    female = rng.random() < 0.3 if female is None else female
    p = Person(f"P{len(PEOPLE) + 1:04d}", name or new_name(female, unit.region), female, unit.province)
    PEOPLE.append(p)
    return p


def slot_defs(unit: Unit):
    return LX.SLOTS[unit.kind]


FEMALE_SLOTS = {"LHPN"}


def random_date(year: int, lo: dt.date, hi: dt.date) -> dt.date:
    a = max(lo, dt.date(year, 1, 1))
    b = min(hi, dt.date(year, 12, 31))
    if a > b:
        return a
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def simulate_unit(unit: Unit, seeded: dict[str, Person] | None = None) -> list[Tenure]:
    """Who held each slot of the unit, from its start to its end (a promotion-chain walk)."""
    defs = {s: (chain, feeder) for s, chain, feeder in slot_defs(unit)}
    current: dict[str, Tenure] = {}
    out: list[Tenure] = []
    for s, (chain, _) in defs.items():
        # a predecessor, retired before the unit's first day, for "nguyên" mentions
        pred = new_person(unit, female=True if s in FEMALE_SLOTS else None)
        pstart = unit.start - dt.timedelta(days=rng.randrange(900, 2500))
        out.append(Tenure(pred, unit, s, chain, pstart, unit.start - dt.timedelta(days=1)))
        person = (seeded or {}).get(s) or new_person(unit, female=True if s in FEMALE_SLOTS else None)
        t = Tenure(person, unit, s, chain, unit.start, None)
        current[s] = t
        out.append(t)
    for year in range(unit.start.year + 1, unit.end.year + 1):
        for s in list(defs):
            if rng.random() >= 0.17:
                continue
            day = random_date(year, unit.start + dt.timedelta(days=200), unit.end)
            if day <= current[s].start + dt.timedelta(days=180):
                continue
            feeder = defs[s][1]
            if feeder and rng.random() < 0.6 and current[feeder].start < day - dt.timedelta(days=90):
                mover = current[feeder].person
                current[feeder].end = day - dt.timedelta(days=1)
                repl = Tenure(new_person(unit), unit, feeder, defs[feeder][0], day, None)
                current[feeder] = repl
                out.append(repl)
            else:
                mover = new_person(unit, female=True if s in FEMALE_SLOTS else None)
            current[s].end = day - dt.timedelta(days=1)
            t = Tenure(mover, unit, s, defs[s][0], day, None)
            current[s] = t
            out.append(t)
    for t in current.values():
        if t.end is None and unit.end < LAST:
            t.end = unit.end
    return out


def move_up(tenures: list[Tenure], units: list[Unit]) -> None:
    """Some holders who leave a commune or district post take a post one level up: the same
    person then appears under two places and two bodies (what person grouping must link)."""
    by_unit: dict[str, list[Tenure]] = {}
    for t in tenures:
        by_unit.setdefault(t.unit.key, []).append(t)
    targets = {"commune": ["DV", "PCTUB2", "HND", "TBTC"], "district": ["PCTUB", "DV", "TG", "TBTC"]}
    for t in list(tenures):
        if t.unit.kind not in targets or t.slot not in ("BT", "CTUB", "PBTTT") or t.end is None:
            continue
        if t.end >= t.unit.end or t.start < t.unit.start or rng.random() > 0.55:
            continue
        parent = t.unit.parent
        day = t.end + dt.timedelta(days=1)
        slot = rng.choice(targets[t.unit.kind])
        for host in by_unit.get(parent.key, []):
            if host.slot == slot and host.start < day and (host.end is None or host.end > day) \
                    and host.start >= parent.start:
                tail = Tenure(t.person, parent, slot, host.chain, day, host.end)
                host.end = day - dt.timedelta(days=1)
                tenures.append(tail)
                by_unit[parent.key].append(tail)
                break


def build_rosters(units: list[Unit]) -> list[Tenure]:
    tenures: list[Tenure] = []
    for u in units:
        if u.key.startswith("n:"):
            continue
        tenures += simulate_unit(u)
    move_up(tenures, units)
    # July 2025: a new commune's leaders come from the district posts that were abolished; a
    # commune named after its former district keeps the district's Bí thư.
    for u in units:
        if not u.key.startswith("n:"):
            continue
        pool = [t for t in tenures if t.unit.kind == "district" and t.unit.province == u.province
                and t.end == REFORM - dt.timedelta(days=1) and t.slot in ("BT", "PBTTT", "CTUB", "PCTUB1", "DV")]
        seeded: dict[str, Person] = {}
        same = [t for t in pool if t.unit.name == u.name and t.slot == "BT"]
        if same:
            seeded["BT"] = same[0].person
        for s in ("BT", "CTUB", "PBTTT"):
            rest = [t for t in pool if t.person not in seeded.values()]
            if s not in seeded and rest and rng.random() < 0.7:
                seeded[s] = rng.choice(rest).person
        for t in pool:
            if t.person in seeded.values():
                pass
        tenures += simulate_unit(u, seeded)
    return tenures


def twin_names(tenures: list[Tenure]) -> list[tuple[Person, Person]]:
    """Two different people with one name in two provinces (they must stay two persons)."""
    pairs = []
    for a_prov, b_prov, slot_a, slot_b in (("Bắc Kạn", "Hà Tĩnh", "CTUB", "PCTUB1"),
                                           ("Thanh Hóa", "An Giang", "HND", "BT"),
                                           ("Tuyên Quang", "Bình Định", "PCTHD", "DV")):
        a = next(t for t in tenures if t.unit.province == a_prov and t.unit.kind == "district"
                 and t.slot == slot_a and t.start == t.unit.start)
        b = next(t for t in tenures if t.unit.province == b_prov and t.unit.kind == "district"
                 and t.slot == slot_b and t.start == t.unit.start)
        b.person.name, b.person.female = a.person.name, a.person.female
        pairs.append((a.person, b.person))
    return pairs


# ================================================================== 3. writing mentions
@dataclass
class Ctx:
    """One article being written: where, when, which half, and the labels collected so far."""
    portal: Unit
    focus: Unit
    date: dt.date
    heldout: bool
    named: set = field(default_factory=set)        # unit keys named in the text so far
    named_units: list = field(default_factory=list)
    officials: dict = field(default_factory=dict)  # pid -> gold entry
    citizens: list = field(default_factory=list)
    others: list = field(default_factory=list)
    templates: list = field(default_factory=list)
    features: set = field(default_factory=set)
    used_people: set = field(default_factory=set)

    def mark(self, unit: "Unit") -> None:
        """The text has just named this unit."""
        self.named.add(unit.key)
        self.named_units.append(unit)

    def pick(self, shared, heldout_only=()):
        pool = list(shared) + (list(heldout_only) * 2 if self.heldout else [])
        return rng.choice(pool)


def province_of(u: Unit) -> Unit:
    while u.kind != "tỉnh":
        u = u.parent
    return u


def ancestors(u: Unit) -> list[Unit]:
    out = []
    while u is not None:
        out.append(u)
        u = u.parent
    return out


def body_forms(body: str, unit: Unit, heldout: bool):
    """(canonical organisation, printed form) of a body of a unit."""
    if body == "PC":
        canon, shared, ho = LX.party_committee(unit.type)
    elif body == "DOAN":
        canon, shared, ho = LX.youth_union(unit.type)
    else:
        canon, shared, ho = LX.BODY[body]
    pool = list(shared) + (list(ho) if heldout else [])
    printed = rng.choice(pool)
    return canon.replace("{L}", unit.type), printed.replace("{L}", unit.type)


def needs_name(unit: Unit, ctx: Ctx) -> bool:
    """Whether a post of this unit must name the unit for a reader to know which one it is:
    not when it is the portal's unit or above it, nor when the text has named it (or a unit
    below it) already."""
    if unit in ancestors(ctx.portal):
        return False
    return not any(unit in ancestors(u) for u in ctx.named_units)


def with_name(printed: str, canon_body: str, unit: Unit) -> str:
    """Append the unit's name to a printed body: "UBND huyện" -> "UBND huyện Thiệu Hóa"."""
    if printed.endswith(unit.type) or printed in ("Huyện ủy", "Thị ủy", "Thành ủy", "Tỉnh ủy", "HU",
                                                  "Huyện đoàn", "Tỉnh đoàn", "Thị đoàn", "Thành đoàn"):
        return f"{printed} {unit.name}"
    if printed.startswith("Sở"):
        return f"{printed} tỉnh {unit.name}"
    if printed in ("Đảng ủy", "ĐU"):
        return f"{printed} {unit.type} {unit.name}"
    return f"{printed} {unit.name}"


def render_post(role: str, body: str, unit: Unit, ctx: Ctx, next_same_pc: bool, name_it: bool,
                village: str | None, former: bool) -> tuple[str, dict]:
    canon_role, shared, ho = LX.ROLE[role]
    role_printed = rng.choice(list(shared) + (list(ho) if ctx.heldout else []))
    prov = province_of(unit)
    if role == "UVTW":
        unit_of_post, org, printed = None, "Trung ương Đảng", role_printed
    elif role == "TUV":
        unit_of_post, org, printed = prov, "Tỉnh ủy", role_printed
    elif role == "HUV":
        unit_of_post, org, printed = unit, LX.party_committee(unit.type)[0], role_printed
    elif role == "DUV":
        unit_of_post, org, printed = unit, LX.party_committee(unit.type)[0], role_printed
    elif body == "THON":
        unit_of_post, org = unit, "thôn"
        printed = "Trưởng " + village
        canon_role = "Trưởng thôn"
    elif body == "CHIBO":
        unit_of_post, org = unit, "Chi bộ thôn"
        printed = f"{role_printed} Chi bộ {village}"
    else:
        unit_of_post = prov if body in ("SNN", "SVH") else unit
        org, body_printed = body_forms(body, unit_of_post, ctx.heldout)
        if role == "UVBTV" and next_same_pc and rng.random() < 0.6:
            printed = role_printed          # body implied by the next post
        else:
            if name_it and body not in ("SNN", "SVH"):
                body_printed = with_name(body_printed, org, unit_of_post)
                ctx.mark(unit_of_post)
            elif name_it:
                body_printed = with_name(body_printed, org, prov)
                ctx.mark(prov)
            if role == "TP" and body == "PNN":
                printed = "Trưởng " + body_printed[0].lower() + body_printed[1:]
            else:
                printed = f"{role_printed} {body_printed}"
    if former:
        printed = "nguyên " + printed
    detail = {"printed": printed, "post": canon_role, "organisation": org,
              "place": unit_of_post.place if unit_of_post else None,
              "place_detail": unit_of_post.detail() if unit_of_post else None, "former": former}
    if village:
        detail["village"] = village
    return printed, detail


def chain_text(t: Tenure, ctx: Ctx, posts=None, former=False, force_name=None) -> tuple[str, list[dict]]:
    """Print a tenure's chain (or the chosen posts of it) and label each post."""
    chain = posts if posts is not None else t.chain
    village = t.unit.villages[0 if t.slot == "THON1" else 1] if t.slot.startswith("THON") else None
    name_unit = needs_name(t.unit, ctx) if force_name is None else force_name
    if not name_unit and rng.random() < 0.2:
        name_unit = True
    sep = rng.choice([", ", ", ", ", ", " - ", " – "])
    if ctx.heldout and len(chain) == 2 and not any(r in LX.MEMBERSHIP for r, _ in chain) and rng.random() < 0.3:
        sep = " kiêm "
    parts, details = [], []
    for i, (role, body) in enumerate(chain):
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        next_same_pc = nxt is not None and nxt[1] == "PC" and body == "PC"
        # the unit is named once, on the last post of the chain that belongs to it
        is_last_local = all(b in ("TINH", "TW") or r in ("TUV", "UVTW") for r, b in chain[i + 1:])
        local = body not in ("TINH", "TW") and role not in ("TUV", "UVTW")
        printed, d = render_post(role, body, t.unit, ctx, next_same_pc, name_unit and local and is_last_local,
                                 village, former)
        parts.append(printed)
        details.append(d)
    return sep.join(parts), details


def honorific(p: Person, ctx: Ctx, t: Tenure | None = None, cap=False) -> str:
    rank = LX.RANKS.get((t.unit.kind, t.slot)) if t else None
    if rank and rng.random() < 0.7:
        h = rng.choice(rank)
        ctx.features.add("rank")
    else:
        h = rng.choice(["đồng chí", "đồng chí", "đồng chí", "bà" if p.female else "ông"])
    return h[0].upper() + h[1:] if cap else h


def label(ctx: Ctx, t: Tenure, details: list[dict]) -> None:
    p = t.person
    e = ctx.officials.get(p.pid)
    if e is None:
        e = {"name": p.name, "person": p.pid, "post_details": []}
        ctx.officials[p.pid] = e
    seen = {(d["post"], d["organisation"], d["place"], d["former"]) for d in e["post_details"]}
    for d in details:
        k = (d["post"], d["organisation"], d["place"], d["former"])
        if k in seen:
            for old in e["post_details"]:
                if (old["post"], old["organisation"], old["place"], old["former"]) == k \
                        and d["printed"] not in old["variants"]:
                    old["variants"].append(d["printed"])
            continue
        seen.add(k)
        e["post_details"].append({**d, "variants": [d["printed"]]})
    ctx.used_people.add(p.pid)


MENTION_STYLES = {"dash": "{h} {n} – {c}", "hyphen": "{h} {n} - {c}", "comma": "{h} {n}, {c}",
                  "comma_close": "{h} {n}, {c},", "paren": "{h} {n} ({c})", "pre": "{c} {n}", "hon_pre": "{h} {c} {n}"}


def mention(t: Tenure, ctx: Ctx, style=None, posts=None, former=False, cap=False) -> str:
    """A person with posts: "đồng chí A – TUV, Bí thư Huyện ủy" in one of several styles."""
    if style is None:
        style = ctx.pick(["dash", "dash", "comma", "comma", "hyphen", "pre"], ["paren", "hon_pre", "comma_close"])
    if style in ("pre", "hon_pre") and posts is None and len(t.chain) > 2:
        posts = t.chain[-2:]
    chain, details = chain_text(t, ctx, posts, former)
    # a rank goes before the name, never before a post ("Thượng tá A", not "Thượng tá <post> A")
    h = honorific(t.person, ctx, t if style != "hon_pre" else None, cap)
    n = t.person.name
    ctx.features.add("style:" + style)
    if len(details) > 1:
        ctx.features.add("chain")
    label(ctx, t, details)
    if style in ("pre", "hon_pre"):
        chain = cap1(chain) if cap and style == "pre" else chain
    return MENTION_STYLES[style].format(h=h, n=n, c=chain)


def bare(t: Tenure, ctx: Ctx, cap=False) -> str:
    """Honorific and name only (a post given by a verb follows)."""
    h = honorific(t.person, ctx, t, cap)
    return f"{h} {t.person.name}"


def cap1(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


# ================================================================== sentence templates
def choose(ctx: Ctx, kind: str, options: list) -> str:
    """options: (template id, held-out only?, function(ctx) -> text). Held-out articles prefer
    the templates the tuning half never sees."""
    shared = [o for o in options if not o[1]]
    ho = [o for o in options if o[1]]
    if ctx.heldout and ho and (rng.random() < 0.6 or not shared):
        tid, _, fn = rng.choice(ho)
    else:
        tid, _, fn = rng.choice(shared)
    ctx.templates.append(f"{kind}:{tid}")
    return fn(ctx)


def date_phrase(ctx: Ctx, cap=True) -> str:
    d = ctx.date
    opts = [f"Sáng ngày {d.day}/{d.month}/{d.year}", f"Chiều ngày {d.day}/{d.month}", f"Ngày {d.day:02d}/{d.month:02d}",
            f"Sáng {d.day}/{d.month}", "Vừa qua", f"Ngày {d.day}/{d.month}/{d.year}", "Chiều qua"]
    s = rng.choice(opts)
    return s if cap else s[0].lower() + s[1:]


def focus_phrase(ctx: Ctx) -> str:
    """Name the unit in focus; when it is not the portal's own unit, with its parent."""
    f = ctx.focus
    ctx.mark(f)
    if f is ctx.portal or f.parent is ctx.portal or f.parent is None or f.parent.kind == "tỉnh":
        return f.place
    ctx.mark(f.parent)
    return f"{f.place}, {f.parent.place}"


def pc_name(u: Unit) -> str:
    return LX.party_committee(u.type)[0]


def pc_named(u: Unit) -> str:
    """The unit's party committee with the unit's name: "Đảng ủy xã Vĩnh Hảo", "Huyện ủy Na Rì"."""
    pc = pc_name(u)
    return f"{pc} {u.name}" if pc.startswith("Đảng ủy") or u.kind != "commune" else f"{pc} {u.place}"


EVN = ["hội nghị", "buổi làm việc", "hội nghị", "buổi làm việc", "cuộc họp"]


def t_chair(ctx: Ctx, a: Tenure, evn: str, topic: str) -> str:
    U = focus_phrase(ctx)
    return choose(ctx, "chair", [
        ("c1", False, lambda c: f"{date_phrase(c)}, {pc_named(c.focus)}{U[len(c.focus.place):]} tổ chức {evn} {topic}. {cap1(mention(a, c))} chủ trì {evn}."),
        ("c2", False, lambda c: f"{date_phrase(c)}, {mention(a, c)} đã chủ trì {evn} {topic} tại {U}."),
        ("c3", False, lambda c: f"{date_phrase(c)}, tại {U} đã diễn ra {evn} {topic}. Chủ trì {evn} là {mention(a, c)}."),
        ("c4", False, lambda c: f"{date_phrase(c)}, {mention(a, c, style='dash')} đã dự và chỉ đạo {evn} {topic} tại {U}."),
        ("c5", True, lambda c: f"{cap1(evn)} {topic} tại {U} do {mention(a, c)} chủ trì."),
        ("c6", True, lambda c: f"Dưới sự chủ trì của {mention(a, c)}, {evn} {topic} của {U} diễn ra {date_phrase(c, False)}."),
        ("c7", True, lambda c: f"{date_phrase(c)}, đoàn công tác do {mention(a, c, style=c.pick(['dash', 'comma_close', 'paren']))} làm trưởng đoàn đã có {evn} tại {U} {topic}."),
        ("c8", True, lambda c: f"{date_phrase(c)}, {U} tổ chức {evn} {topic}; {mention(a, c, style='pre')} chủ trì."),
    ])


def t_cochair(ctx: Ctx, a: Tenure, b: Tenure, evn: str, topic: str) -> str:
    U = focus_phrase(ctx)
    return choose(ctx, "cochair", [
        ("k1", False, lambda c: f"{date_phrase(c)}, {U} tổ chức {evn} {topic}. {cap1(mention(a, c))} và {mention(b, c)} đồng chủ trì {evn}."),
        ("k2", False, lambda c: f"{date_phrase(c)}, {mention(a, c)}; {mention(b, c)} đồng chủ trì {evn} {topic} tại {U}."),
        ("k3", True, lambda c: f"{cap1(evn)} {topic} ({U}) do {mention(a, c, style='paren')} và {mention(b, c, style='paren')} đồng chủ trì, {date_phrase(c, False)}."),
        ("k4", True, lambda c: f"{date_phrase(c)}, {mention(a, c, style='pre')} cùng {mention(b, c, style='pre')} chủ trì {evn} {topic} tại {U}."),
    ])


def t_attend(ctx: Ctx, people: list[Tenure], evn: str) -> str:
    def semi(c):
        return "; ".join(mention(t, c, style=c.pick(["dash", "comma", "hyphen"], ["paren"])) for t in people)

    def listed(c, between, sep, feature):
        # "các đồng chí: A – chain; B – chain": one honorific for the whole list
        out = []
        for t in people:
            chain, det = chain_text(t, c)
            label(c, t, det)
            out.append(f"{t.person.name}{between}{chain}")
        c.features.add(feature)
        return sep.join(out)

    def colon(c):
        return listed(c, " – ", "; ", "list_colon")

    def commas(c):
        return listed(c, ", ", ", ", "list_comma")

    return choose(ctx, "attend", [
        ("a1", False, lambda c: f"Dự {evn} có {semi(c)} cùng đại diện lãnh đạo các phòng, ban, ngành, đoàn thể."),
        ("a2", False, lambda c: f"Tham dự có các đồng chí: {colon(c)}."),
        ("a3", False, lambda c: f"Cùng dự có {semi(c)}."),
        ("a4", True, lambda c: f"Đến dự có các đồng chí: {commas(c)} và lãnh đạo các ban, ngành liên quan."),
        ("a5", True, lambda c: f"Tới dự và chỉ đạo {evn} có {semi(c)}."),
        ("a6", True, lambda c: f"Về phía lãnh đạo địa phương có {semi(c)}."),
    ])


def t_speech(ctx: Ctx, a: Tenure, evn: str) -> str:
    q, r, cl = rng.choice(LX.OFFICIAL_QUOTES), rng.choice(LX.REQUESTS), rng.choice(LX.CLAIMS)
    return choose(ctx, "speech", [
        ("s1", False, lambda c: f"Phát biểu chỉ đạo tại {evn}, {mention(a, c)} đề nghị {r}."),
        ("s2", False, lambda c: f"{cap1(mention(a, c, cap=True))} nhấn mạnh: “{q}”."),
        ("s3", False, lambda c: f"“{q}”, {mention(a, c)} cho biết."),
        ("s4", False, lambda c: f"Theo {mention(a, c)}, {cl}."),
        ("s5", False, lambda c: f"Báo cáo tại {evn}, {mention(a, c)} cho biết {cl}."),
        ("s6", False, lambda c: f"Tại {evn}, {mention(a, c, style='pre')} ghi nhận những kết quả đạt được và đề nghị {r}."),
        ("s7", True, lambda c: f"{cap1(mention(a, c, cap=True))} chia sẻ thêm, {cl}."),
        ("s8", True, lambda c: f"Trao đổi với phóng viên, {mention(a, c)} khẳng định: “{q}”."),
        ("s9", True, lambda c: f"Ghi nhận những kết quả đạt được, {mention(a, c)} lưu ý {r}."),
        ("s10", True, lambda c: f"“{q}” - {mention(a, c)} nói."),
        ("s11", True, lambda c: f"Nói về vấn đề này, {mention(a, c, style='hon_pre')} thông tin: {cl}."),
        ("s12", True, lambda c: f"Cũng tại {evn}, {bare(a, c)} với cương vị {chain_lbl(a, c)} đã giải trình, làm rõ các ý kiến của đại biểu."),
    ])


def chain_lbl(a: Tenure, c: Ctx) -> str:
    chain, det = chain_text(a, c, posts=a.chain[-1:])
    label(c, a, det)
    return chain


def t_conclude(ctx: Ctx, a: Tenure, evn: str) -> str:
    r = rng.choice(LX.REQUESTS)
    # a second mention of the chair, usually with a shorter chain
    short = a.chain[-1:] if rng.random() < 0.6 else None
    return choose(ctx, "conclude", [
        ("e1", False, lambda c: f"Kết luận {evn}, {mention(a, c, posts=short)} yêu cầu {r}."),
        ("e2", False, lambda c: f"{cap1(mention(a, c, posts=short, cap=True))} kết luận {evn}, đề nghị {r}."),
        ("e3", True, lambda c: f"Kết thúc {evn}, {mention(a, c, posts=short, style='pre')} lưu ý, thời gian tới {r}."),
        ("e4", False, lambda c: f"Kết luận {evn}, đồng chí {LX.ROLE[a.chain[-1][0]][0]} {body_forms(a.chain[-1][1], a.unit, False)[1] if a.chain[-1][1] not in ('THON', 'CHIBO') else ''}".rstrip() + f" yêu cầu {r}."),
    ])


def t_caption(ctx: Ctx, a: Tenure, evn: str) -> str:
    return choose(ctx, "caption", [
        ("p1", False, lambda c: f"{cap1(mention(a, c, cap=True))} phát biểu tại {evn}"),
        ("p2", True, lambda c: f"{cap1(mention(a, c, cap=True))} trao quà cho các hộ gia đình"),
        ("p3", False, lambda c: f"{cap1(mention(a, c, cap=True))} phát biểu ý kiến"),
    ])


def citizen(ctx: Ctx, female=None, elder=False) -> tuple[str, str]:
    female = rng.random() < 0.45 if female is None else female
    name = new_name(female, ctx.focus.region)
    ctx.citizens.append(name)
    if elder:
        h = "cụ"
    else:
        h = rng.choice(["bà", "chị"] if female else ["ông", "anh"])
    return h, name


def village(ctx: Ctx) -> str:
    vs = ctx.focus.villages or (ctx.focus.children[0].villages if ctx.focus.children and ctx.focus.children[0].villages else ["thôn Trung Tâm"])
    return rng.choice(vs)


def t_citizen(ctx: Ctx) -> str:
    q = rng.choice(LX.CITIZEN_QUOTES)
    V, C, Y = village(ctx), ctx.focus.name, ctx.date.year - rng.randrange(1, 4)
    desc = rng.choice(LX.CITIZEN_DESC_SHARED + (LX.CITIZEN_DESC_HELDOUT if ctx.heldout else []))
    desc = desc.format(V=V, C=C, Y=Y)
    ctx.features.add("citizen")

    # one citizen per sentence: {h} honorific, {H} capitalised, {n} name, {g} given name
    one = [
        ("q1", False, "{H} {n}, {desc}, cho biết: “{q}”."),
        ("q2", False, "{H} {n} ({V}) chia sẻ: “{q}”."),
        ("q3", False, "Gia đình {h} {n} ở {V} là một trong những hộ đầu tiên tham gia mô hình. “{q}”, {h} {g} phấn khởi nói."),
        ("q4", False, "“{q}”, {h} {n}, {desc}, nói."),
        ("q7", False, "Cụ {n} ({age} tuổi, {V}) xúc động: “{q}”."),
        ("q9", False, "Hộ {h} {n} ở {V} được hỗ trợ 50 triệu đồng từ Quỹ “Vì người nghèo” để xây dựng nhà ở mới."),
        ("q10", False, "Dịp này, đã trao Huy hiệu {badge} năm tuổi Đảng cho đồng chí {n}, đảng viên Chi bộ {V}."),
        ("q13", True, "Nhân dịp này, {PC} đã trao Huy hiệu {badge} năm tuổi Đảng cho đồng chí {n} ({V}), người đã có nhiều đóng góp cho phong trào của địa phương."),
        ("q12", False, "Được sự hỗ trợ của Hội Nông dân {T}, {h} {n} ({V}) đã mạnh dạn vay vốn đầu tư hệ thống tưới nhỏ giọt cho 1,5 ha cam."),
        ("q5", True, "Theo {h} {n}, {desc}, {claim}."),
        ("q6", True, "Em {n}, học sinh lớp {grade} Trường THCS {C}, bày tỏ niềm vui khi nhận được suất học bổng “Tiếp bước đến trường”."),
        ("q11", True, "Tham gia mô hình từ năm {Y}, {h} {n} ở {V} đã mở rộng quy mô lên 20 con bò, 2 ha cỏ voi. “{q}”, {h} {g} nói."),
    ]

    def fill(tpl):
        def fn(c):
            h, n = citizen(c, elder=tpl.startswith("Cụ"))
            if "Huy hiệu" in tpl:
                c.features.add("party_badge")
            return tpl.format(h=h, H=cap1(h), n=n, g=n.split()[-1], desc=desc, q=q, V=V, C=C, Y=Y,
                              T=c.focus.type, PC=pc_name(c.focus), age=rng.randrange(82, 99), badge=rng.choice([40, 45, 50, 55, 60, 65]),
                              claim=rng.choice(LX.CLAIMS), grade=rng.randrange(6, 10))
        return fn

    def c8(c):
        names = [citizen(c) for _ in range(3)]
        lst = ", ".join(f"{h} {n}" for h, n in names[:-1]) + f" và {names[-1][0]} {names[-1][1]}"
        return f"Dịp này, UBND {c.focus.place} đã trao giấy khen cho các hộ sản xuất, kinh doanh giỏi tiêu biểu: {lst}."

    return choose(ctx, "citizen", [(tid, ho, fill(tpl)) for tid, ho, tpl in one] + [("q8", True, c8)])


def t_historical(ctx: Ctx) -> str:
    ctx.features.add("historical")
    n = ctx.date.year - 1890 + (ctx.date.month > 5)

    def fig(c, key):
        name, forms = next(h for h in LX.HISTORICAL if h[0] == key)
        c.others.append({"name": name, "kind": "historical"})
        return rng.choice(forms)

    return choose(ctx, "historical", [
        ("h1", False, lambda c: f"Hướng tới kỷ niệm {n} năm Ngày sinh {fig(c, 'Hồ Chí Minh')} (19/5/1890 - 19/5/{1890 + n}), cán bộ, đảng viên đã dâng hoa, dâng hương tưởng niệm, bày tỏ lòng biết ơn vô hạn."),
        ("h2", False, lambda c: f"Các đại biểu đã ôn lại cuộc đời, sự nghiệp cách mạng của {fig(c, 'Võ Nguyên Giáp')}, người anh cả của Quân đội nhân dân Việt Nam."),
        ("h3", False, lambda c: f"Hội nghị quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách {fig(c, 'Hồ Chí Minh').replace('Chủ tịch ', '').replace('Bác Hồ', 'Hồ Chí Minh').replace(' kính yêu', '')} năm {c.date.year}."),
        ("h4", True, lambda c: f"Nhân kỷ niệm 120 năm ngày sinh {fig(c, 'Trần Phú')}, các chi bộ đã tổ chức sinh hoạt chuyên đề, ôn lại truyền thống."),
        ("h5", True, lambda c: f"Thực hiện lời dạy của {fig(c, 'Hồ Chí Minh')} “Thi đua là yêu nước, yêu nước thì phải thi đua”, phong trào thi đua được phát động sâu rộng."),
        ("h6", True, lambda c: f"Đoàn đã đến dâng hương tại Khu lưu niệm {fig(c, rng.choice(['Lê Hồng Phong', 'Hà Huy Tập', 'Tôn Đức Thắng', 'Phạm Văn Đồng', 'Nguyễn Thị Minh Khai', 'Võ Thị Sáu']))}."),
    ])


def term(d: dt.date) -> str:
    y = d.year
    return rng.choice([f"nhiệm kỳ {y} - {y + 5}", f"nhiệm kỳ {y}-{y + 5}", f"khóa mới, nhiệm kỳ {y} - {y + 5}", ""])


def t_elect(ctx: Ctx, t: Tenure, reelected: bool) -> str:
    main = t.chain[-1:]
    ctx.features.add("verb_post")

    def P(c):
        chain, det = chain_text(t, c, posts=main)
        label(c, t, det)
        return chain
    T = term(ctx.date)
    if reelected:
        return choose(ctx, "reelect", [
            ("r1", False, lambda c: f"{cap1(bare(t, c))} tái đắc cử chức {P(c)} {T}".rstrip() + "."),
            ("r2", True, lambda c: f"{cap1(bare(t, c))} tiếp tục được tín nhiệm bầu giữ chức {P(c)} {T}".rstrip() + "."),
            ("r3", True, lambda c: f"Với số phiếu tín nhiệm cao, {bare(t, c)} tái đắc cử {P(c)}."),
            ("r4", False, lambda c: f"Ban Chấp hành khóa mới đã bầu {bare(t, c)} tiếp tục giữ chức {P(c)} {T}".rstrip() + "."),
        ])
    return choose(ctx, "elect", [
        ("b1", False, lambda c: f"Hội nghị đã bầu {bare(t, c)} giữ chức {P(c)}."),
        ("b2", False, lambda c: f"{cap1(bare(t, c))} được bầu giữ chức {P(c)} {T}".rstrip() + "."),
        ("b3", False, lambda c: f"{'Kỳ họp' if t.slot == 'PCTHD' else 'Đại hội'} đã tiến hành bầu các chức danh; {bare(t, c)} giữ chức {P(c)}."),
        ("b4", True, lambda c: f"Với {rng.randrange(88, 101)}% số phiếu tán thành, {bare(t, c)} được bầu làm {P(c)}."),
        ("b5", True, lambda c: f"Giữ chức {P(c)} là {bare(t, c)}."),
        ("b6", False, lambda c: f"Ban Chấp hành đã bầu {bare(t, c)} làm {P(c)} {T}".rstrip() + "."),
    ])


def t_appoint(ctx: Ctx, t: Tenure, prev: Tenure | None) -> str:
    ctx.features.add("verb_post")

    def P(c):
        chain, det = chain_text(t, c, posts=t.chain[-1:])
        label(c, t, det)
        return chain

    def old(c):
        chain, det = chain_text(prev, c, posts=prev.chain[-1:])
        label(c, prev, det)
        return chain
    ds = f"{ctx.date.day}/{ctx.date.month}/{ctx.date.year}"
    opts = [
        ("m1", False, lambda c: c.mark(t.unit) or f"{date_phrase(c)}, {pc_named(t.unit)} tổ chức hội nghị công bố quyết định bổ nhiệm {bare(t, c)} giữ chức {P(c)}."),
        ("m2", True, lambda c: f"Theo quyết định, {bare(t, c)} được phân công giữ chức {P(c)} kể từ ngày {ds}."),
        ("m3", False, lambda c: f"Tại hội nghị, đã công bố quyết định của Ban Thường vụ về việc chỉ định {bare(t, c)} giữ chức {P(c)}."),
        ("m4", True, lambda c: f"Nhận nhiệm vụ mới, {bare(t, c)} sẽ giữ chức {P(c)} từ ngày {ds}."),
    ]
    if prev is not None:
        opts += [
            ("m5", False, lambda c: f"{date_phrase(c)}, đã công bố quyết định điều động, bổ nhiệm {bare(t, c)}, {old(c)} giữ chức {P(c)}."),
            ("m6", True, lambda c: f"{cap1(bare(t, c))} – {old(c)} được điều động, bổ nhiệm giữ chức {P(c)} kể từ ngày {ds}."),
        ]
    return choose(ctx, "appoint", opts)


def t_former(ctx: Ctx, formers: list[Tenure]) -> str:
    ctx.features.add("former")

    def one(c, t, style=None):
        return mention(t, c, posts=t.chain[-1:], former=True, style=style or rng.choice(["comma", "dash"]))

    def list_paren(c):
        out = []
        for t in formers:
            chain, det = chain_text(t, c, posts=t.chain[-1:], former=True)
            label(c, t, det)
            out.append(f"{honorific(t.person, c, t)} {t.person.name} ({chain})")
        return ", ".join(out)

    q = rng.choice(LX.OFFICIAL_QUOTES)
    return choose(ctx, "former", [
        ("f1", False, lambda c: f"Dự buổi gặp mặt có {'; '.join(one(c, t) for t in formers)}."),
        ("f2", False, lambda c: f"{cap1(one(c, formers[0], 'comma_close'))} chia sẻ: “{q}”." + (f" Cùng dự có {'; '.join(one(c, t) for t in formers[1:])}." if formers[1:] else "")),
        ("f3", True, lambda c: f"Nhiều đồng chí nguyên lãnh đạo qua các thời kỳ như {list_paren(c)} đã về dự."),
        ("f4", True, lambda c: f"Thay mặt các cán bộ hưu trí, {one(c, formers[0], 'dash')} bày tỏ cảm ơn." + (f" Cùng dự có {'; '.join(one(c, t) for t in formers[1:])}." if formers[1:] else "")),
    ])


def t_gift(ctx: Ctx, a: Tenure) -> str:
    def recip(c):
        kind = rng.choice(['thương binh', 'vợ liệt sĩ', 'con liệt sĩ', 'hộ nghèo'])
        h, n = citizen(c, female=True if kind == 'vợ liệt sĩ' else None)
        return f"gia đình {h} {n}, {kind} ở {village(c)}"
    return choose(ctx, "gift", [
        ("g1", False, lambda c: f"Thay mặt lãnh đạo {a.unit.type}, {mention(a, c)} đã đến thăm, tặng quà {recip(c)}."),
        ("g2", False, lambda c: f"Đoàn đã đến thăm, tặng quà {recip(c)}; {mention(a, c)} ân cần hỏi thăm sức khỏe, đời sống của gia đình."),
        ("g3", True, lambda c: f"Tại {recip(c)}, {mention(a, c, style='pre')} động viên gia đình vượt qua khó khăn."),
    ])


# ================================================================== 4. articles
class Roster:
    def __init__(self, tenures: list[Tenure]):
        self.by: dict[tuple[str, str], list[Tenure]] = {}
        for t in tenures:
            self.by.setdefault((t.unit.key, t.slot), []).append(t)
        for v in self.by.values():
            v.sort(key=lambda t: t.start)
        self.all = tenures

    def at(self, unit: Unit, slot: str, day: dt.date) -> Tenure | None:
        for t in self.by.get((unit.key, slot), []):
            if t.start <= day and (t.end is None or day <= t.end):
                return t
        return None

    def former(self, unit: Unit, slot: str, day: dt.date) -> Tenure | None:
        old = [t for t in self.by.get((unit.key, slot), []) if t.end is not None and t.end < day]
        return old[-1] if old else None

    def previous_of(self, t: Tenure) -> Tenure | None:
        """The post the same person held just before this tenure, if any."""
        prior = [x for x in self.all if x.person is t.person and x.end is not None and x.end < t.start]
        return max(prior, key=lambda x: x.end) if prior else None


def pick_people(ctx: Ctx, R: Roster, wanted: list[tuple[Unit, str]], k: int) -> list[Tenure]:
    out = []
    for unit, slot in wanted:
        t = R.at(unit, slot, ctx.date)
        if t and t.person.pid not in ctx.used_people and all(t.person is not o.person for o in out):
            out.append(t)
        if len(out) >= k:
            break
    return out


def levels(ctx: Ctx) -> list[Unit]:
    return [u for u in ancestors(ctx.focus) if u.start <= ctx.date <= u.end]


def slots_of(u: Unit, names: list[str]) -> list[tuple[Unit, str]]:
    have = {s for s, _, _ in LX.SLOTS[u.kind]}
    return [(u, s) for s in names if s in have]


def fillers(ctx: Ctx, topics: list[str], n: int) -> list[str]:
    pcs = pc_name(ctx.focus)
    pool = [p for t in topics for p in LX.FILLER[t]]
    return [p.format(U=ctx.focus.place, Y=ctx.date.year, PC=pcs) for p in rng.sample(pool, min(n, len(pool)))]


SLOT_WEIGHT = {"BT": 6, "CTUB": 6, "PBTTT": 4, "DV": 4, "PCTUB": 3, "PCTUB1": 3, "PCTTT": 3, "MTTQ": 3}


def top_slots(u: Unit, k: int) -> list[str]:
    """k slots of a unit, the leading posts more often (they are the ones in the news)."""
    pool = [s for s, _, _ in LX.SLOTS[u.kind] if s not in ("CVP", "THON1", "THON2") or rng.random() < 0.15]
    out = []
    while pool and len(out) < k:
        s = rng.choices(pool, weights=[SLOT_WEIGHT.get(x, 1) for x in pool])[0]
        pool.remove(s)
        out.append(s)
    return out


def ev_meeting(ctx: Ctx, R: Roster, must: Tenure | None = None) -> tuple[str, list[str]]:
    f = ctx.focus
    chair = pick_people(ctx, R, slots_of(f, rng.sample(["BT", "PBTTT", "CTUB"], 3)), 1)
    if not chair:
        return "", []
    chair = chair[0]
    ctx.used_people.add(chair.person.pid)
    topic = rng.choice(["với MTTQ và các đoàn thể chính trị - xã hội", "sơ kết công tác 6 tháng đầu năm",
                        "triển khai nhiệm vụ trọng tâm những tháng cuối năm", "về tiến độ xây dựng nông thôn mới",
                        "đánh giá kết quả thực hiện Nghị quyết Đại hội Đảng bộ"])
    evn = rng.choice(EVN)
    paras = []
    others = pick_people(ctx, R, [(u, s) for u in levels(ctx) for s in top_slots(u, 4)], 5)
    if must is not None and must.person is not chair.person:
        others = [must] + [o for o in others if o.person is not must.person]
    if others and rng.random() < 0.35:
        co = others.pop(0)
        paras.append(t_cochair(ctx, chair, co, evn, topic))
    else:
        paras.append(t_chair(ctx, chair, evn, topic))
    att = others[:rng.randrange(1, 4)]
    if att:
        paras.append(t_attend(ctx, att, evn))
    paras += fillers(ctx, rng.sample(["mttq", "party", "economy", "security"], 2), rng.randrange(2, 4))
    if rng.random() < 0.3 and att:
        paras.insert(2, t_caption(ctx, att[0], evn))
    rest = others[len(att):]
    speakers = (rest + att)[:rng.randrange(1, 3)]
    for s in speakers:
        paras.append(t_speech(ctx, s, evn))
    if rng.random() < 0.3:
        paras.append(t_citizen(ctx))
    if rng.random() < 0.2:
        formers = find_formers(ctx, R, 1 + (rng.random() < 0.4))
        if formers:
            paras.append(t_former(ctx, formers))
    paras.append(t_conclude(ctx, chair, evn))
    title = rng.choice([f"{pc_named(f)} {'làm việc ' if topic.startswith('với') else ''}{topic}", f"{cap1(f.place)}: {cap1(evn)} {topic}",
                        f"Thường trực {pc_name(f)} làm việc {topic}" if "với" in topic else f"{cap1(f.place)} {topic}"])
    return title, paras


CONGRESS = {"HND": "Hội Nông dân", "LHPN": "Hội LHPN", "CCB": "Hội Cựu chiến binh", "MTTQ": "Ủy ban MTTQ Việt Nam",
            "DOAN": "Đoàn TNCS Hồ Chí Minh", "PCTHD": "HĐND", "BT": "Đảng bộ"}


def ev_congress(ctx: Ctx, R: Roster, t: Tenure) -> tuple[str, list[str]]:
    f = ctx.focus
    org = CONGRESS.get(t.slot, "Đảng bộ")
    U = focus_phrase(ctx)
    if t.slot == "PCTHD":
        title = f"HĐND {U} tổ chức kỳ họp bầu bổ sung chức danh"
        paras = [f"{date_phrase(ctx)}, HĐND {U} khóa XXI tổ chức kỳ họp chuyên đề để kiện toàn chức danh lãnh đạo HĐND."]
    else:
        nth, T = rng.choice(['VIII', 'IX', 'X', 'XI', 'XXII']), term(ctx.date) or "nhiệm kỳ mới"
        title = f"Đại hội đại biểu {org} {U} lần thứ {nth}, {T}"
        paras = [f"{date_phrase(ctx)}, {org} {U} tổ chức Đại hội đại biểu lần thứ {nth}, {T}."]
    guests = pick_people(ctx, R, [(u, s) for u in levels(ctx) for s in ("BT", "PBTTT", "CTUB", "DV", "PCTUB1")], 2)
    guests = [g for g in guests if g.person is not t.person]
    if guests:
        paras.append(t_attend(ctx, guests, "đại hội"))
    paras += fillers(ctx, ["congress", "mttq"], 2)
    reelected = t.start < ctx.date - dt.timedelta(days=30)
    paras.append(t_elect(ctx, t, reelected))
    if guests and rng.random() < 0.6:
        paras.append(t_speech(ctx, guests[0], "đại hội"))
    return title, paras


def ev_appoint(ctx: Ctx, R: Roster, t: Tenure) -> tuple[str, list[str]]:
    prev = R.previous_of(t)
    if prev and prev.end < ctx.date - dt.timedelta(days=40):
        prev = None
    paras = [t_appoint(ctx, t, prev)]
    chair = pick_people(ctx, R, [(u, s) for u in ancestors(t.unit) for s in ("BT", "PBTTT", "TBTC")], 1)
    chair = [c for c in chair if c.person is not t.person]
    if chair:
        paras.append(t_speech(ctx, chair[0], "hội nghị"))
    paras.append(rng.choice(["Phát biểu nhận nhiệm vụ, đồng chí cảm ơn sự tin tưởng của cấp trên và hứa sẽ cùng tập thể lãnh đạo đoàn kết, hoàn thành tốt nhiệm vụ được giao.",
                             "Phát biểu nhận nhiệm vụ, đồng chí cam kết sẽ nỗ lực, phát huy tinh thần trách nhiệm, cùng tập thể hoàn thành tốt nhiệm vụ."]))
    title = rng.choice(["Công bố quyết định về công tác cán bộ", f"{cap1(t.unit.place)}: Trao quyết định bổ nhiệm cán bộ",
                        "Hội nghị công bố quyết định điều động, bổ nhiệm cán bộ"])
    return title, paras


def ev_visit(ctx: Ctx, R: Roster) -> tuple[str, list[str]]:
    up = [u for u in levels(ctx) if u is not ctx.focus] or [ctx.focus]
    lead = pick_people(ctx, R, [(u, s) for u in up for s in rng.sample(["BT", "CTUB", "PBTTT", "PCTUB", "PCTTT", "DV", "PCTUB1"], 7)], 1)
    if not lead:
        return "", []
    lead = lead[0]
    paras = [t_chair(ctx, lead, "buổi thăm, tặng quà", rng.choice(["nhân dịp Tết Nguyên đán", "nhân kỷ niệm Ngày Thương binh - Liệt sĩ 27/7", "các hộ bị thiệt hại do mưa lũ"]))]
    local = pick_people(ctx, R, slots_of(ctx.focus, ["BT", "CTUB", "MTTQ", "HND", "LHPN"]), 2)
    if local:
        paras.append(t_attend(ctx, local, "buổi thăm"))
    paras += fillers(ctx, ["welfare"], 1)
    paras.append(t_gift(ctx, lead))
    for _ in range(rng.randrange(1, 3)):
        paras.append(t_citizen(ctx))
    if local and rng.random() < 0.5:
        paras.append(t_gift(ctx, local[0]))
    title = rng.choice([f"Lãnh đạo {lead.unit.type} thăm, tặng quà gia đình chính sách tại {ctx.focus.place}",
                        f"Thăm, tặng quà các gia đình chính sách {ctx.focus.place}", "Ấm áp nghĩa tình những phần quà"])
    return title, paras


def ev_farm(ctx: Ctx, R: Roster) -> tuple[str, list[str]]:
    U = focus_phrase(ctx)
    paras = [f"{date_phrase(ctx)}, phóng viên có dịp về {U} tìm hiểu mô hình {rng.choice(['nuôi bò sinh sản', 'trồng cam sành', 'trồng bưởi Diễn', 'nuôi ong lấy mật', 'trồng rau an toàn'])} đang mang lại thu nhập ổn định cho nhiều hộ dân."]
    paras += fillers(ctx, ["farm"], 2)
    for _ in range(rng.randrange(2, 4)):
        paras.append(t_citizen(ctx))
    off = pick_people(ctx, R, slots_of(ctx.focus, rng.sample(["HND", "CTUB", "PCTUB", "PCTUB1", "TP"], 5)), 1)
    if off:
        paras.append(t_speech(ctx, off[0], "buổi trao đổi"))
    title = rng.choice([f"Mô hình kinh tế giúp nông dân {ctx.focus.name} vươn lên", f"{cap1(ctx.focus.place)}: Hiệu quả từ mô hình liên kết sản xuất",
                        f"Nông dân {ctx.focus.name} làm giàu trên đất quê"])
    return title, paras


def ev_history(ctx: Ctx, R: Roster) -> tuple[str, list[str]]:
    chair = pick_people(ctx, R, slots_of(ctx.focus, ["BT", "PBTTT", "TG", "CTUB"]), 2)
    if not chair:
        return "", []
    paras = [t_chair(ctx, chair[0], rng.choice(["lễ kỷ niệm", "hội nghị"]), "ôn lại truyền thống cách mạng")]
    paras.append(t_historical(ctx))
    paras += fillers(ctx, ["history"], 2)
    if rng.random() < 0.5:
        paras.append(t_historical(ctx))
    if len(chair) > 1:
        paras.append(t_speech(ctx, chair[1], "buổi lễ"))
    title = rng.choice(["Dâng hương tưởng niệm các anh hùng liệt sĩ", f"{cap1(ctx.focus.place)} kỷ niệm ngày sinh các đồng chí lãnh đạo tiền bối",
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"])
    return title, paras


def find_formers(ctx: Ctx, R: Roster, k: int) -> list[Tenure]:
    """Past holders of the focus unit's posts who hold nothing now ("nguyên ...")."""
    f = ctx.focus
    formers = []
    for s in top_slots(f, 8):
        t = R.former(f, s, ctx.date)
        if t and t.person.pid not in ctx.used_people and all(t.person is not x.person for x in formers) \
                and not any(x.person is t.person and x.start <= ctx.date and (x.end is None or ctx.date <= x.end) for x in R.all):
            formers.append(t)
        if len(formers) == k:
            break
    return formers


def ev_retirees(ctx: Ctx, R: Roster) -> tuple[str, list[str]]:
    f = ctx.focus
    formers = find_formers(ctx, R, 3)
    chair = pick_people(ctx, R, slots_of(f, ["BT", "PBTTT", "CTUB"]), 1)
    if not formers or not chair:
        return "", []
    paras = [t_chair(ctx, chair[0], "buổi gặp mặt", "các đồng chí cán bộ lão thành, cán bộ hưu trí")]
    paras.append(t_former(ctx, formers))
    paras += fillers(ctx, ["party", "economy"], 2)
    paras.append(t_conclude(ctx, chair[0], "buổi gặp mặt"))
    title = rng.choice([f"{cap1(f.place)} gặp mặt cán bộ hưu trí", "Gặp mặt các đồng chí nguyên lãnh đạo qua các thời kỳ"])
    return title, paras


def ev_reception(ctx: Ctx, R: Roster) -> tuple[str, list[str]]:
    chair = pick_people(ctx, R, slots_of(ctx.focus, ["CTUB"]), 1)
    if not chair:
        return "", []
    paras = [t_chair(ctx, chair[0], "buổi tiếp công dân", "định kỳ tháng " + str(ctx.date.month))]
    helpers = pick_people(ctx, R, slots_of(ctx.focus, ["PCTUB", "PCTUB1", "TP", "CA", "MTTQ", "DV"]), 2)
    if helpers:
        paras.append(t_attend(ctx, helpers, "buổi tiếp"))
    h, n = citizen(ctx)
    paras.append(f"Tại buổi tiếp, {h} {n} ở {village(ctx)} phản ánh việc cấp giấy chứng nhận quyền sử dụng đất cho gia đình còn chậm.")
    ctx.features.add("citizen")
    paras.append(t_speech(ctx, chair[0], "buổi tiếp"))
    if rng.random() < 0.5:
        paras.append(t_citizen(ctx))
    return f"Chủ tịch UBND {ctx.focus.type} tiếp công dân định kỳ", paras


# ------------------------------------------------------------- endings: bylines, footers, related
def byline(ctx: Ctx) -> str | None:
    pen = rng.choice(LX.PEN_NAMES)
    if rng.random() < 0.15:
        pen = new_name(rng.random() < 0.5, ctx.focus.region)
    forms = [pen, f"Bài và ảnh: {pen}", f"Tin, ảnh: {pen}", "PV", f"{pen} – {rng.choice(LX.BYLINE_ORGS)}",
             f"Tác giả: {pen}", f"{pen} (Đài TT-TH huyện)", f"Nguồn: {rng.choice(LX.BYLINE_ORGS)}"]
    if ctx.heldout:
        forms += [f"Bài, ảnh: {pen}", f"{pen} - Trung tâm TT-VH", f"Người viết: {pen}", f"Nhóm PV"]
    s = rng.choice(forms)
    if pen in s and s != "PV":
        ctx.others.append({"name": pen, "kind": "byline"})
        ctx.features.add("byline")
    return s


def footer(ctx: Ctx, R: Roster) -> list[str]:
    p = ctx.portal
    slot = {"tỉnh": "PCTUB", "district": "CVP", "commune": "PCTUB"}[p.kind]
    t = R.at(p, slot, ctx.date)
    if t is None or t.person.pid in ctx.used_people:
        return []
    post = {"tỉnh": "Phó Chủ tịch UBND tỉnh", "district": f"Chánh Văn phòng HĐND và UBND {p.type}",
            "commune": f"Phó Chủ tịch UBND {p.type}"}[p.kind]
    ctx.others.append({"name": t.person.name, "kind": "footer", "person": t.person.pid})
    ctx.features.add("footer")
    h = "Bà" if t.person.female else "Ông"
    return [f"Cơ quan chủ quản: UBND {p.place}",
            rng.choice([f"Chịu trách nhiệm chính: {h} {t.person.name} - {post}",
                        f"Trưởng Ban biên tập: {t.person.name} – {post}"]),
            f"Điện thoại: 0{rng.randrange(203, 299)}.{rng.randrange(3000000, 3999999)} - Email: {host_of(p).split('.')[0]}@{host_of(p).split('.', 1)[1]}"]


def related(ctx: Ctx, R: Roster) -> list[str]:
    p = ctx.portal
    cands = []
    since = ctx.date - dt.timedelta(days=3 * 365)
    for s in ("BT", "CTUB", "PBTTT", "DV", "PCTUB1", "PCTUB", "HND"):
        for t in R.by.get((p.key, s), []):
            if t.person.pid not in ctx.used_people and t.start <= ctx.date and (t.end is None or t.end >= since) \
                    and t.person not in [c.person for c in cands]:
                cands.append(t)
    if not cands:
        return []
    ctx.features.add("related")
    head = rng.choice(["Tin liên quan", "Tin khác", "Các tin đã đưa", "Bài viết cùng chuyên mục"])
    out = [head]
    for t in rng.sample(cands, min(len(cands), rng.randrange(2, 4))):
        role, body = t.chain[-1]
        canon, printed = body_forms(body, t.unit, False) if body not in ("TINH", "TW") else ("", "")
        post = f"{LX.ROLE[role][0]} {printed}".strip()
        lo, hi = max(t.start, since), min(t.end or ctx.date, ctx.date)
        d = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
        out.append(rng.choice([f"{post} {t.person.name} kiểm tra tiến độ xây dựng nông thôn mới ({d.day:02d}/{d.month:02d}/{d.year})",
                               f"Đồng chí {t.person.name}, {post} thăm, chúc Tết các gia đình chính sách",
                               f"• {post} {t.person.name} tiếp và làm việc với đoàn công tác của tỉnh"]))
        ctx.others.append({"name": t.person.name, "kind": "related", "person": t.person.pid})
    return out


# ------------------------------------------------------------- one article
EVENTS = [("meeting", 5), ("visit", 2), ("farm", 2), ("history", 2), ("retirees", 2), ("reception", 1),
          ("congress", 3), ("appoint", 3)]


def hot(u: Unit) -> float:
    """Articles cluster on a few portals (as a real archive's do), so people recur: the first
    district of each province, its communes and the province get most of them."""
    prov = province_of(u)
    first = next(iter(LX.GEO[prov.name]["districts"]))
    if u.kind == "tỉnh":
        return 4.0
    if u.kind == "district":
        return 14.0 if u.name == first else 1.0
    if u.district == first or u.district is None:
        return 2.0
    return 0.2


def plan(units: list[Unit], R: Roster, heldout: bool) -> Ctx | None:
    usable = [u for u in units if heldout or not u.heldout_only]
    kind = weighted(EVENTS)
    if kind in ("congress", "appoint"):
        slots = {"congress": ("HND", "LHPN", "CCB", "MTTQ", "DOAN", "PCTHD", "BT"),
                 "appoint": ("CTUB", "PCTUB", "PCTUB1", "PCTUB2", "TBTC", "DV", "CA", "TP", "SNN", "PCTTT")}[kind]
        ts = [t for t in R.all if t.slot in slots and t.unit in usable and FIRST <= t.start <= LAST
              and t.start > t.unit.start]
        if kind == "congress":
            ts += [t for t in R.all if t.slot in slots and t.unit in usable and t.start <= LAST and t.start < FIRST + dt.timedelta(days=2000)]
        t = rng.choices(ts, weights=[hot(x.unit) for x in ts])[0]
        day = t.start + dt.timedelta(days=rng.randrange(0, 3))
        if kind == "congress" and t.start < FIRST:
            day = random_date(rng.randrange(2019, 2026), max(FIRST, t.unit.start), t.end or LAST)
        day = min(day, t.unit.end, t.end or LAST)
        if day < FIRST:
            return None
        focus = t.unit
        portal = focus if rng.random() < 0.6 or focus.parent is None or not (focus.parent.start <= day <= focus.parent.end) else focus.parent
        ctx = Ctx(portal, focus, day, heldout)
        ctx.features.add("event:" + kind)
        title, paras = (ev_congress if kind == "congress" else ev_appoint)(ctx, R, t)
        return finish(ctx, R, title, paras)
    portal = rng.choices(usable, weights=[hot(u) for u in usable])[0]
    day = random_date(rng.randrange(max(portal.start.year, 2019), portal.end.year + 1), max(FIRST, portal.start), portal.end)
    focus = portal
    kids = [c for c in portal.children if c.start <= day <= c.end]
    if kids and rng.random() < (0.35 if kind not in ("farm", "visit", "reception") else 0.6):
        focus = rng.choice(kids)
    if kind == "farm" and focus.kind != "commune":
        kids2 = [c for c in focus.children if c.start <= day <= c.end]
        if kids2:
            focus = rng.choice(kids2)
    ctx = Ctx(portal, focus, day, heldout)
    ctx.features.add("event:" + kind)
    if focus is not portal:
        ctx.features.add("place_in_text")
    fn = {"meeting": ev_meeting, "visit": ev_visit, "farm": ev_farm, "history": ev_history,
          "retirees": ev_retirees, "reception": ev_reception}[kind]
    title, paras = fn(ctx, R)
    if not paras:
        return None
    return finish(ctx, R, title, paras)


def finish(ctx: Ctx, R: Roster, title: str, paras: list[str]) -> Ctx:
    tail = []
    b = byline(ctx)
    if b:
        tail.append(b)
    if rng.random() < 0.35:
        tail += related(ctx, R)
    if rng.random() < 0.2:
        tail += footer(ctx, R)
    ctx.title = title
    # a chain closed by a comma before the end of a sentence ("…, Chủ tịch UBND huyện,.")
    ctx.paras = [p.replace(",.", ".").replace(",;", ";").replace(", ;", ";") for p in paras if p] + tail
    return ctx


# ================================================================== gold
def gold_official(e: dict) -> dict:
    details = e["post_details"]
    # the post the person is "of": not a party membership title, nor a "Phó Bí thư" printed
    # before another post ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện" is of the UBND)
    # ("nguyên Bí thư Huyện ủy, ... Bí thư Đảng ủy xã": the current post, when there is one)
    rank = {LX.ROLE[r][0] for r in LX.MEMBERSHIP}
    held = [d for d in details if not d["former"]] or details
    main = next((d for i, d in enumerate(held) if d["post"] not in rank
                 and not (d["post"] == "Phó Bí thư" and i + 1 < len(held))), held[-1])
    return {"name": e["name"], "posts": [d["printed"] for d in details], "organisation": main["organisation"],
            "place": main["place"], "former": all(d["former"] for d in details), "person": e["person"],
            "post_details": details}


def place_detail(place: str | None, portal: dict) -> dict | None:
    """{"province", "district", "commune"} of a place string such as "xã Vĩnh Hảo"."""
    if place is None:
        return None
    level, name = place.split(" ", 1) if not place.startswith(("thị xã", "thành phố", "thị trấn")) \
        else (" ".join(place.split(" ")[:2]), " ".join(place.split(" ")[2:]))
    prov = portal["province"]
    if level == "tỉnh":
        return {"province": name, "district": None, "commune": None}
    if level in ("huyện", "thị xã", "thành phố"):
        return {"province": prov, "district": name, "commune": None}
    district = next((d for d, (_, cs) in LX.GEO[prov]["districts"].items()
                     if name in cs or f"{level} {name}" in cs), None)
    return {"province": prov, "district": district, "commune": name}


def hand_record(aid: str, h: dict, split: str) -> dict:
    """A hand-written article (bench/officials_handwritten.py) as a set record."""
    officials = []
    for name, pid, posts in h["officials"]:
        e = {"name": name, "person": pid, "post_details": []}
        for printed, post, org, place, former in posts:
            key = (post, org, place, former)
            same = [d for d in e["post_details"] if (d["post"], d["organisation"], d["place"], d["former"]) == key]
            if same:
                same[0]["variants"].append(printed)
                continue
            e["post_details"].append({"printed": printed, "post": post, "organisation": org, "place": place,
                                      "place_detail": place_detail(place, h["portal"]), "former": former,
                                      "variants": [printed]})
        officials.append(gold_official(e))
    feats = {"handwritten"}
    feats |= {"chain"} if any(len(o["posts"]) > 1 for o in officials) else set()
    feats |= {"former"} if any(d["former"] for o in officials for d in o["post_details"]) else set()
    feats |= {"citizen"} if h["citizens"] else set()
    feats |= {o[1] for o in h["others"]}
    feats |= {"verb_post"} if re.search(r"giữ chức|tái đắc cử|được bầu|bổ nhiệm", h["text"]) else set()
    rec = {"id": aid, "split": split, "portal": h["portal"], "published_at": h["date"], "title": h["title"],
           "text": h["text"], "officials": officials, "citizens": h["citizens"],
           "others": [{"name": n, "kind": k} for n, k in h["others"]],
           "meta": {"source": "handwritten", "templates": [], "features": sorted(feats)}}
    check(rec)
    return rec


def check(rec: dict) -> None:
    """Every labelled name and printed post is in the text."""
    text, aid = rec["text"], rec["id"]
    for o in rec["officials"]:
        assert o["name"] in text, (aid, o["name"])
        for d in o["post_details"]:
            for v in d["variants"]:
                assert v in text, (aid, v)
    for n in rec["citizens"] + [x["name"] for x in rec["others"]]:
        assert n in text, (aid, n)


def record(aid: str, ctx: Ctx, split: str) -> dict:
    text = "\n".join(ctx.paras)
    officials = [gold_official(e) for e in ctx.officials.values()]
    rec = {"id": aid, "split": split, "portal": ctx.portal.portal(), "published_at": ctx.date.isoformat(),
            "title": ctx.title, "text": text, "officials": officials, "citizens": list(dict.fromkeys(ctx.citizens)),
            "others": ctx.others, "meta": {"source": "generated", "templates": ctx.templates,
                                           "features": sorted(ctx.features)}}
    check(rec)
    return rec


def about(records: list[dict], R: Roster, tenures: list[Tenure], feature: str, halves: list[bool]) -> None:
    """Add articles about each tenure's holder, on dates inside the tenure: one per entry of
    halves (True = held-out), so a person's articles can be kept in one half or put in both."""
    for t in tenures:
        for heldout in halves:
            lo, hi = max(t.start, FIRST, t.unit.start), min(t.end or LAST, t.unit.end, LAST)
            if lo > hi:
                continue
            day = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
            heldout = heldout or t.unit.heldout_only
            ctx = Ctx(t.unit, t.unit, day, heldout)
            ctx.features.update({"event:meeting", feature})
            title, paras = ev_meeting(ctx, R, must=t)
            if paras and t.person.pid in ctx.officials:
                records.append(record(f"gen-{len(records) + 1:03d}", finish(ctx, R, title, paras),
                                      "heldout" if heldout else "tune"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="directory for tune.jsonl and heldout.jsonl")
    out = ap.parse_args(argv).out
    # generated people never take a hand-written article's name (no accidental namesakes)
    USED_NAMES.update(n for h in HANDWRITTEN for n in [o[0] for o in h["officials"]] + h["citizens"])
    units = build_places()
    tenures = build_rosters(units)
    twins = twin_names(tenures)
    R = Roster(tenures)
    records = []
    i = 0
    while len(records) < N_GENERATED:
        heldout = len(records) % 2 == 1
        ctx = plan(units, R, heldout)
        i += 1
        if ctx is None or not ctx.officials and not ctx.citizens:
            continue
        records.append(record(f"gen-{len(records) + 1:03d}", ctx, "heldout" if heldout else "tune"))
    # each namesake gets an article of its own in each half, so each half can tell the pair
    # apart (or fail to) by place
    for a, b in twins:
        for p in (a, b):
            about(records, R, [t for t in R.all if t.person is p][:1], "namesake", [False, True])
    # careers: people who held several posts, an article or two in each (person timelines)
    careers = [p for p in PEOPLE if len({t.slot + t.unit.key for t in R.all if t.person is p
                                          and t.start <= LAST and (t.end or LAST) >= FIRST}) >= 2]
    # a person's career stays in one half, so each half has whole timelines
    for k, p in enumerate(rng.sample(careers, min(40, len(careers)))):
        about(records, R, sorted((t for t in R.all if t.person is p), key=lambda t: t.start), "career", [k % 2 == 1])
    for k, h in enumerate(HANDWRITTEN):
        records.append(hand_record(f"hand-{k + 1:02d}", h, "heldout" if k % 2 else "tune"))
    for a, b in twins:
        for p in (a, b):
            if not any(o["person"] == p.pid for r in records for o in r["officials"]):
                raise SystemExit(f"namesake {p.pid} {p.name} ({p.province}) is in no article")
    out.mkdir(parents=True, exist_ok=True)
    for split in ("tune", "heldout"):
        with open(out / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for r in records:
                if r["split"] == split:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(summary(records))


def composition(rs: list[dict]) -> dict[str, int]:
    """What one half holds, counted (the README's composition table)."""
    offs = [o for r in rs for o in r["officials"]]
    posts = [d for o in offs for d in o["post_details"]]
    feats = [f for r in rs for f in r["meta"]["features"]]
    others = [x["kind"] for r in rs for x in r["others"]]
    rows = {
        "articles": len(rs),
        "  hand-written": sum(r["meta"]["source"] == "handwritten" for r in rs),
        "official mentions (person × article)": len(offs),
        "  with a chain of 2+ posts": sum(len(o["posts"]) > 1 for o in offs),
        "  former (every post 'nguyên')": sum(o["former"] for o in offs),
        "  in articles with a rank before a name": None,
        "persons": len({o["person"] for o in offs}),
        "  in 2+ articles": None,
        "  with 2+ different main posts over the years": None,
        "posts": len(posts),
        "  former posts": sum(d["former"] for d in posts),
        "  printed with an abbreviation": sum(any(a in d["printed"].split() for a in ABBREVIATIONS) for d in posts),
        "articles with a post given by a verb": feats.count("verb_post"),
        "articles with the unit named in the text (not the portal's)": feats.count("place_in_text"),
        "citizens": sum(len(r["citizens"]) for r in rs),
        "  'đồng chí' + party member receiving a badge": feats.count("party_badge"),
        "historical figures": others.count("historical"),
        "bylines with a name": others.count("byline"),
        "names in related-news blocks": others.count("related"),
        "names in footers": others.count("footer"),
        "sentence templates": len({t for r in rs for t in r["meta"]["templates"]}),
    }
    by_person: dict[str, set] = {}
    arts: dict[str, set] = {}
    for r in rs:
        for o in r["officials"]:
            main = next(d for d in o["post_details"] if (d["organisation"], d["place"]) == (o["organisation"], o["place"]))
            by_person.setdefault(o["person"], set()).add((main["post"], o["organisation"], o["place"]))
            arts.setdefault(o["person"], set()).add(r["id"])
    rows["  in 2+ articles"] = sum(len(a) > 1 for a in arts.values())
    rows["  with 2+ different main posts over the years"] = sum(len(p) > 1 for p in by_person.values())
    rows["  in articles with a rank before a name"] = feats.count("rank")
    return rows


ABBREVIATIONS = ["TUV", "UVBTV", "HU", "ĐU", "UBND", "HĐND", "MTTQ", "UBMTTQ", "TT", "BTV", "BCH", "PCT", "UB",
                 "HUV", "CCB", "LHPN", "LĐLĐ", "CHQS", "NN&PTNT", "ND", "TN", "UBKT", "VHTTDL", "UV"]


def summary(records: list[dict]) -> str:
    """A markdown table: both halves side by side."""
    tune = composition([r for r in records if r["split"] == "tune"])
    held = composition([r for r in records if r["split"] == "heldout"])
    t_tune = {t for r in records if r["split"] == "tune" for t in r["meta"]["templates"]}
    t_ho = {t for r in records if r["split"] == "heldout" for t in r["meta"]["templates"]}
    lines = ["| | tune | held-out |", "|---|---:|---:|"]
    lines += [f"| {k.replace('  ', '&nbsp;&nbsp;')} | {tune[k]} | {held[k]} |" for k in tune]
    lines.append(f"| sentence templates only in held-out | 0 | {len(t_ho - t_tune)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
