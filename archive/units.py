"""Vietnam's administrative units before and after the reform of 1 July 2025.

The units come from the `vietnamadminunits` package (PyPI, MIT), which ships its
data inside the wheel (an SQLite file and JSON; nothing is fetched at run time):

- the 63-province map with its 696 districts and 10,040 communes/wards as they
  stood just before the reform (`admin_units_legacy`),
- the 34-province two-tier map with its 3,321 communes/wards (`admin_units`),
- the old→new mapping at commune level (`converter_2025.json`: each old commune
  goes to one new commune, or is split between several), and old→new provinces.

Why not `vietnam-provinces`: its current releases (2025.x) carry only the
post-reform 34 provinces and wards, with no districts, no pre-2025 list and no
mapping between them, so an article of 2022 could not be placed at all.

A unit's id is its era and its GSO code: ``old:070`` (huyện Sơn Dương before
the reform), ``new:02536`` (xã Sơn Dương after it).  GSO codes have 2 digits
for provinces, 3 for districts and 5 for communes, so an id names one unit.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from archive.fold import fold

OLD, NEW = "old", "new"
ERAS = (OLD, NEW)
REFORM_DATE = "2025-07-01"  # first day of the two-tier map
LAST_OLD_DATE = "2025-06-30"
ERA_LABELS = {OLD: "before 2025-07-01 (63 provinces)", NEW: "from 2025-07-01 (34 provinces)"}

# Abbreviations people write before a name ("TP. Huế", "TX Hương Trà", "TT Hàm Yên"):
# the dataset spells the types out, so these few are written here by hand.
TYPE_ABBREVIATIONS = ("tp", "tx", "tt")


def name_key(text: str | None) -> str:
    """A name as the dataset's keywords spell it: folded, letters and digits only.

    >>> name_key("Thị xã Hương Trà")
    'thixahuongtra'
    """
    return re.sub(r"[^a-z0-9]", "", fold(text or ""))


def _spelled(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def _spellings(unit: "Unit") -> set[str]:
    """The unit's name as written with diacritics, with and without its type."""
    return {_spelled(unit.name), _spelled(unit.short_name), _spelled(f"{unit.type} {unit.short_name}")}


@dataclass(frozen=True)
class Unit:
    id: str  # era:GSO code
    era: str
    level: str  # province | district | commune
    code: str
    name: str  # "Huyện Sơn Dương"
    short_name: str  # "Sơn Dương"
    type: str  # "Huyện"
    province_id: str | None = None
    district_id: str | None = None
    keywords: tuple[str, ...] = ()

    @property
    def parent_id(self) -> str | None:
        return self.district_id or self.province_id


class UnitError(ValueError):
    """A name that names no unit, or more than one."""


class Units:
    """Every unit of both maps, their hierarchy and the old→new mapping."""

    def __init__(self, units: Iterable[Unit], commune_successors: dict[str, set[str]],
                 province_successors: dict[str, str]) -> None:
        self.by_id: dict[str, Unit] = {u.id: u for u in units}
        self.children: dict[str | None, list[Unit]] = defaultdict(list)
        for unit in self.by_id.values():
            self.children[unit.parent_id if unit.level != "province" else (unit.era, None)].append(unit)
        self._commune_successors = commune_successors
        self._province_successors = province_successors
        self._predecessors: dict[str, set[str]] = defaultdict(set)
        for old, news in commune_successors.items():
            for new in news:
                self._predecessors[new].add(old)
        for old, new in province_successors.items():
            self._predecessors[new].add(old)
        self._types = sorted({name_key(u.type) for u in self.by_id.values() if u.type} | set(TYPE_ABBREVIATIONS),
                             key=len, reverse=True)

    def __getitem__(self, unit_id: str) -> Unit:
        return self.by_id[unit_id]

    def __contains__(self, unit_id: str) -> bool:
        return unit_id in self.by_id

    def of(self, era: str, level: str) -> list[Unit]:
        return [u for u in self.by_id.values() if u.era == era and u.level == level]

    def provinces(self, era: str) -> list[Unit]:
        return self.children[(era, None)]

    def descendants(self, unit_id: str, level: str) -> list[Unit]:
        """Units of `level` inside the unit (a province's communes skip its districts)."""
        found, todo = [], [unit_id]
        while todo:
            for child in self.children.get(todo.pop(), []):
                if child.level == level:
                    found.append(child)
                else:
                    todo.append(child.id)
        return found

    def ancestors(self, unit_id: str) -> list[Unit]:
        unit = self.by_id[unit_id]
        return [self.by_id[i] for i in (unit.district_id, unit.province_id) if i]

    # -- the reform ---------------------------------------------------------------

    def successors(self, unit_id: str) -> list[Unit]:
        """The post-2025 units an old unit became: communes for a commune or a district
        (every commune its communes went to), the new province for a province."""
        unit = self.by_id[unit_id]
        if unit.era != OLD:
            return []
        if unit.level == "province":
            return [self.by_id[self._province_successors[unit.id]]]
        communes = [unit] if unit.level == "commune" else self.descendants(unit.id, "commune")
        ids = set().union(*(self._commune_successors.get(c.id, ()) for c in communes)) if communes else set()
        if not ids and unit.province_id:  # a district without communes (an island): its province
            ids = {self._province_successors[unit.province_id]}
        return sorted((self.by_id[i] for i in ids), key=lambda u: u.id)

    def predecessors(self, unit_id: str) -> list[Unit]:
        """The pre-2025 units a new commune or province was made of."""
        return sorted((self.by_id[i] for i in self._predecessors.get(unit_id, ())), key=lambda u: u.id)

    def places(self, unit_id: str) -> list[tuple[str, str]]:
        """Every unit an article of this unit belongs to, as (unit id, relation):
        'own' for the unit and its parents, 'successor' for what it became after the
        reform (with their provinces), 'predecessor' for what it was made of before."""
        found: dict[str, str] = {}

        def add(unit: Unit, relation: str) -> None:
            for each in (unit, *self.ancestors(unit.id)):
                found.setdefault(each.id, relation)

        add(self.by_id[unit_id], "own")
        for later in self.successors(unit_id):
            add(later, "successor")
        for earlier in self.predecessors(unit_id):
            add(earlier, "predecessor")
        return list(found.items())

    # -- names --------------------------------------------------------------------

    def keys(self, text: str) -> list[str]:
        """Keys to look a written name up by: as written, then without its type word."""
        key = name_key(text)
        keys = [key]
        for type_key in self._types:
            if key.startswith(type_key) and len(key) > len(type_key):
                keys.append(key[len(type_key):])
        return keys

    def match(self, text: str, candidates: list[Unit], *, typed: bool = True) -> list[Unit]:
        """Candidates the name designates (several when it is ambiguous); `typed=False`
        when the caller has taken the type word off already (it is not looked for)."""
        for key in (self.keys(text) if typed else [name_key(text)]):
            hits = [u for u in candidates if key in u.keywords]
            # keys drop diacritics: "Tân Thành" and "Tân Thạnh" share one; a name written
            # with diacritics tells them apart (one written without cannot: "Ia Bang")
            if len(hits) > 1 and not text.isascii():
                hits = [u for u in hits if _spelled(text) in _spellings(u)] or hits
            if hits:
                return hits
        return []

    def nearest(self, text: str, candidates: list[Unit], n: int = 3) -> list[Unit]:
        """The candidates whose names look most like `text` (for error messages)."""
        keys = self.keys(text)
        scored = []
        for unit in candidates:
            short = name_key(unit.short_name)
            score = max(difflib.SequenceMatcher(None, k, short).ratio() for k in keys)
            scored.append((score, unit.id, unit))
        return [u for _, _, u in sorted(scored, key=lambda s: (-s[0], s[1]))[:n]]

    def find(self, text: str, candidates: list[Unit], what: str, where: str) -> Unit:
        hits = self.match(text, candidates)
        if len(hits) == 1:
            return hits[0]
        if hits:
            listed = "; ".join(f"{self.describe(u)} ({u.id})" for u in hits)
            raise UnitError(f"{what} {text!r} is ambiguous {where}: {listed}; write its type (xã, phường…) or its code")
        nearest = "; ".join(self.describe(u) for u in self.nearest(text, candidates))
        raise UnitError(f"no {what} {text!r} {where}; nearest: {nearest or 'none'}")

    def resolve(self, era: str, province: str | None = None, district: str | None = None,
                commune: str | None = None) -> Unit:
        """The unit the names designate on one map (the deepest name given wins)."""
        if era == NEW and district:
            raise UnitError(f"district {district!r} given for a period from {REFORM_DATE}: the two-tier map has no districts")
        where = ERA_LABELS[era]
        scope: Unit | None = None
        if province:
            scope = self.find(province, self.provinces(era), "province", f"on the map {where}")
        if district:
            candidates = self.descendants(scope.id, "district") if scope else self.of(era, "district")
            inside = f"in {scope.name}" if scope else f"on the map {where}"
            scope = self.find(district, candidates, "district", inside)
        if commune:
            candidates = self.descendants(scope.id, "commune") if scope else self.of(era, "commune")
            inside = f"in {self.describe(scope)}" if scope else f"on the map {where}"
            scope = self.find(commune, candidates, "commune", inside)
        if scope is None:
            raise UnitError("no province, district or commune named")
        return scope

    def describe(self, unit: Unit) -> str:
        """"Huyện Sơn Dương, Tỉnh Tuyên Quang": the name and its parents."""
        return ", ".join(u.name for u in (unit, *self.ancestors(unit.id)))

    def label(self, unit: Unit) -> str:
        """A short unique label for facets: "Huyện Sơn Dương (Tuyên Quang)"."""
        if unit.level == "province":
            return unit.name
        return f"{unit.name} ({self.by_id[unit.province_id].short_name})"


def era_of_date(day: str | None) -> str:
    return NEW if day and day[:10] >= REFORM_DATE else OLD


# -- loading the dataset ----------------------------------------------------------------

_OLD_SQL = """
select provinceCode, province, provinceShort, provinceKeywords, provinceKey,
       districtCode, district, districtShort, districtType, districtKeywords, districtKey,
       wardCode, ward, wardShort, wardType, wardKeywords, wardKey
from admin_units_legacy
"""
_NEW_SQL = """
select provinceCode, province, provinceShort, provinceKeywords, provinceKey,
       wardCode, ward, wardShort, wardType, wardKeywords, wardKey
from admin_units
"""


def _keywords(raw: str | None, *names: str) -> tuple[str, ...]:
    words = set(json.loads(raw)) if raw else set()
    return tuple(sorted(words | {name_key(n) for n in names if n}))


def _province_type(name: str, short: str) -> str:
    return name[: len(name) - len(short)].strip() if name.endswith(short) else ""


@lru_cache(maxsize=1)
def load_units() -> Units:
    """Both maps from the vietnamadminunits package (about a second, cached)."""
    from vietnamadminunits.converter import converter_2025
    from vietnamadminunits.database import query

    units: dict[str, Unit] = {}
    old_keys: dict[tuple[str, ...], str] = {}  # dataset keys -> unit id
    new_keys: dict[tuple[str, ...], str] = {}
    for r in query(_OLD_SQL):
        pid, did = f"{OLD}:{r['provinceCode']}", f"{OLD}:{r['districtCode']}"
        units.setdefault(pid, Unit(pid, OLD, "province", r["provinceCode"], r["province"], r["provinceShort"],
                                   _province_type(r["province"], r["provinceShort"]),
                                   keywords=_keywords(r["provinceKeywords"], r["province"], r["provinceShort"])))
        units.setdefault(did, Unit(did, OLD, "district", r["districtCode"], r["district"], r["districtShort"],
                                   r["districtType"], province_id=pid,
                                   keywords=_keywords(r["districtKeywords"], r["district"], r["districtShort"])))
        old_keys[(r["provinceKey"],)] = pid
        if r["wardCode"]:
            wid = f"{OLD}:{r['wardCode']}"
            units[wid] = Unit(wid, OLD, "commune", r["wardCode"], r["ward"], r["wardShort"], r["wardType"],
                              province_id=pid, district_id=did,
                              keywords=_keywords(r["wardKeywords"], r["ward"], r["wardShort"]))
            old_keys[(r["provinceKey"], r["districtKey"], r["wardKey"])] = wid
    for r in query(_NEW_SQL):
        pid, wid = f"{NEW}:{r['provinceCode']}", f"{NEW}:{r['wardCode']}"
        units.setdefault(pid, Unit(pid, NEW, "province", r["provinceCode"], r["province"], r["provinceShort"],
                                   _province_type(r["province"], r["provinceShort"]),
                                   keywords=_keywords(r["provinceKeywords"], r["province"], r["provinceShort"])))
        units[wid] = Unit(wid, NEW, "commune", r["wardCode"], r["ward"], r["wardShort"], r["wardType"],
                          province_id=pid, keywords=_keywords(r["wardKeywords"], r["ward"], r["wardShort"]))
        new_keys[(r["provinceKey"],)] = pid
        new_keys[(r["provinceKey"], r["wardKey"])] = wid

    province_successors = {
        old_keys[(old,)]: new_keys[(new,)]
        for new, olds in converter_2025.DICT_PROVINCE.items() for old in olds
    }
    commune_successors: dict[str, set[str]] = defaultdict(set)
    for new_province, wards in converter_2025.DICT_PROVINCE_WARD_NO_DIVIDED.items():
        for new_ward, olds in wards.items():
            for old in olds:
                old_id = old_keys.get(tuple(old.split("_")))
                if old_id:
                    commune_successors[old_id].add(new_keys[(new_province, new_ward)])
    for new_province, olds in converter_2025.DICT_PROVINCE_WARD_DIVIDED.items():
        for old, parts in olds.items():
            old_id = old_keys.get(tuple(old.split("_")))
            if old_id:
                commune_successors[old_id].update(new_keys[(new_province, p["newWardKey"])] for p in parts)
    return Units(units.values(), dict(commune_successors), province_successors)
