"""archive.units: both maps from vietnamadminunits, names in every spelling, the reform's mapping."""
from __future__ import annotations

import random
import re

import pytest

from archive.fold import fold
from archive.units import NEW, OLD, UnitError, load_units

UNITS = load_units()
RNG = random.Random()


def spellings(unit) -> list[str]:
    """A name as people write it: with or without its type word, diacritics, case."""
    forms = [unit.name, unit.short_name, fold(unit.name), fold(unit.short_name), unit.name.upper(),
             f"{unit.type.lower()} {fold(unit.short_name)}" if unit.type else unit.short_name]
    if unit.type == "Thành phố":
        forms.append(f"TP. {unit.short_name}")
    if unit.type == "Thị xã":
        forms.append(f"TX {fold(unit.short_name)}")
    return forms


def test_both_maps_are_complete():
    assert len(UNITS.provinces(OLD)) == 63 and len(UNITS.provinces(NEW)) == 34
    assert len(UNITS.of(OLD, "district")) > 690
    assert len(UNITS.of(NEW, "district")) == 0  # two-tier map
    assert len(UNITS.of(NEW, "commune")) == 3321
    assert len(UNITS.of(OLD, "commune")) > 10000


def test_every_old_province_goes_into_one_new_province():
    for old in UNITS.provinces(OLD):
        (new,) = UNITS.successors(old.id)
        assert new.era == NEW and new.level == "province"
        assert old in UNITS.predecessors(new.id)


def test_mapping_runs_both_ways_on_random_communes():
    for commune in RNG.sample(UNITS.of(OLD, "commune"), 200):
        later = UNITS.successors(commune.id)
        assert later, commune
        for new in later:
            assert commune in UNITS.predecessors(new.id)
            # a commune stays in the new province its old province went into
            assert new.province_id == UNITS.successors(commune.province_id)[0].id
        district_successors = UNITS.successors(commune.district_id)
        assert set(later) <= set(district_successors)


@pytest.mark.parametrize("era", [OLD, NEW])
def test_names_in_every_spelling_resolve_to_the_same_unit(era):
    communes = UNITS.of(era, "commune")
    for commune in RNG.sample(communes, 60):
        province = UNITS[commune.province_id]
        district = UNITS[commune.district_id] if commune.district_id else None
        for p_name, d_name, c_name in zip(RNG.sample(spellings(province) * 2, 6),
                                          RNG.sample(spellings(district) * 2, 6) if district else [None] * 6,
                                          spellings(commune)):
            try:
                found = UNITS.resolve(era, p_name, d_name, c_name)
            except UnitError as exc:
                # a name can be shared once its type or diacritics are dropped (Xã/Phường Tân Thành,
                # Cẩm Giang/Cẩm Giàng): it must say so, listing only units the spelling fits
                listed = re.findall(r"\((?:old|new):\d+\)", str(exc))
                assert "ambiguous" in str(exc) and f"({commune.id})" in listed and len(listed) > 1, (c_name, str(exc))
                assert c_name != commune.name
                assert all(UNITS.match(c_name, [UNITS[i.strip("()")]]) for i in listed)
                continue
            assert found.id == commune.id, (p_name, d_name, c_name)


def test_districts_resolve_in_every_spelling():
    for district in RNG.sample(UNITS.of(OLD, "district"), 80):
        province = UNITS[district.province_id]
        for d_name in spellings(district):
            assert UNITS.resolve(OLD, RNG.choice(spellings(province)), d_name).id == district.id, d_name


def misspell(name: str) -> str:
    """One letter dropped and one doubled: close to the name, matching nothing."""
    letters = list(name)
    i = RNG.randrange(1, len(letters))
    return "".join(letters[:i] + letters[i + 1:]) + "xq"


def test_unknown_name_fails_with_the_nearest_candidates():
    for district in RNG.sample(UNITS.of(OLD, "district"), 30):
        province = UNITS[district.province_id]
        wrong = misspell(district.short_name)
        with pytest.raises(UnitError) as failure:
            UNITS.resolve(OLD, province.name, wrong)
        message = str(failure.value)
        assert repr(wrong) in message and "nearest:" in message
        assert district.name in message.split("nearest:")[1], message


def test_a_district_is_refused_on_the_two_tier_map():
    district = RNG.choice(UNITS.of(OLD, "district"))
    with pytest.raises(UnitError, match="no districts"):
        UNITS.resolve(NEW, UNITS[district.province_id].short_name, district.short_name)


def test_places_of_a_new_commune_reach_back_to_old_districts():
    commune = RNG.choice(UNITS.of(NEW, "commune"))
    places = dict(UNITS.places(commune.id))
    assert places[commune.id] == places[commune.province_id] == "own"
    for old in UNITS.predecessors(commune.id):
        assert places[old.id] == places[old.district_id] == places[old.province_id] == "predecessor"
