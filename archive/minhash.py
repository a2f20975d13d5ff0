"""MinHash signatures of Vietnamese article texts (datasketch) and a compact LSH index.

A signature holds a datasketch MinHash over the k-syllable shingles of the
text (for MinHashLSH candidates) and, for the exact confirmation of a
candidate, the distinct shingle hashes in text order and the figures of the
text.  The arrays are stored in SQLite and read only for candidates, so the
memory of a 1M-article index is the LSH alone.

How a signature was made (normaliser, shingle hash, k, datasketch version and
permutation scheme, seed, sizes) is one ``SketchParams`` recipe, stored beside
the signatures: datasketch 2.0 changed its default permutation scheme, and
hash values of different recipes must never be compared.
"""
from __future__ import annotations

import json
import re
import zlib
from dataclasses import asdict, dataclass
from typing import Hashable, Iterable

import datasketch
import numpy as np
from datasketch import MinHash, MinHashLSH

from archive.fold import fold

NORMALISER_VERSION = 1
_WORD = re.compile(r"\w+")
_POLY = np.uint64(0x100000001B3)  # FNV prime: mixes syllable hashes into a shingle hash


@dataclass(frozen=True)
class SketchParams:
    """Everything that determines the hash values of a signature."""

    k: int = 3  # syllables per shingle
    num_perm: int = 128  # MinHash size (LSH only: confirmation is exact, on stored shingles)
    seed: int = 1
    scheme: str = "affine32"  # datasketch 2.x default, named explicitly
    datasketch: str = "2.0.0"
    shingle_hash: str = "crc32(folded syllable) * FNV poly, folded to 32 bits"
    fact_hash: str = "unit crc32 high 12 bits | number crc32 low 20 bits, thousands dots dropped"
    normaliser: int = NORMALISER_VERSION

    def recipe(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)


def check_datasketch(params: SketchParams) -> None:
    """Refuse to mix hash values from another datasketch release (see module doc)."""
    if datasketch.__version__ != params.datasketch:
        raise RuntimeError(
            f"signatures were made with datasketch {params.datasketch}, "
            f"{datasketch.__version__} is installed: pin it or run `dedupe --rebuild`"
        )


def syllables(text: str | None) -> list[str]:
    """Lower-cased syllables without diacritics or punctuation.

    Folding diacritics (as archive.fold does) makes "hoà"/"hòa" and "thuỷ"/"thủy"
    (old and new tone placement, both common on portals) the same syllable.
    """
    return _WORD.findall(fold(text))


class _SyllableHashes(dict):
    """crc32 of each syllable, cached: Vietnamese has only a few thousand syllables."""

    def __missing__(self, syllable: str) -> int:
        value = self[syllable] = zlib.crc32(syllable.encode("utf-8"))
        return value


_SYLLABLE_HASHES = _SyllableHashes()


def shingle_hashes(words: list[str], k: int) -> np.ndarray:
    """32-bit hashes of the k-syllable shingles (one shingle if the text is shorter)."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    h = np.fromiter(map(_SYLLABLE_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))
    n = max(len(h) - k + 1, 1)
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(min(k, len(h))):
        acc = acc * _POLY + h[j : j + n]
    return ((acc ^ (acc >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _identity(value: int) -> int:
    return value


_FACT = re.compile(r"(\d+(?:[.,/]\d+)*)\s*(%|\w+)?")
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_UNIT_BITS = np.uint32(0xFFF00000)


def fact_hashes(folded: str) -> np.ndarray:
    """Hashes of the figures with their unit ("385 ha", "65 %", "23/5/2023"), in text order.

    Hand-written for formulaic portal reports: two reports from one template
    share their wording and differ in figures and dates, while a republication
    keeps them.  The unit's hash fills the high 12 bits, so two texts can be seen
    to give *different* figures for the same thing ("385 ha" against "412 ha").
    """
    hashes = [(zlib.crc32(unit.encode("utf-8")) & 0xFFF00000) | (zlib.crc32(_THOUSANDS.sub("", n).encode()) & 0xFFFFF)
              for n, unit in _FACT.findall(folded)]
    return _first_occurrences(np.array(hashes, dtype=np.uint32))


def conflicting_units(a: np.ndarray, b: np.ndarray) -> int:
    """Units both texts give figures for without one figure in common: the same template
    telling another event ("đạt 62 %" / "đạt 71 %"); a republication keeps its figures."""
    units_a, units_b = a & _UNIT_BITS, b & _UNIT_BITS
    both = np.intersect1d(units_a, units_b)
    if not len(both):
        return 0
    agreeing = np.unique(np.intersect1d(a, b) & _UNIT_BITS)
    return int(len(both) - len(np.intersect1d(both, agreeing)))


def _first_occurrences(hashes: np.ndarray) -> np.ndarray:
    """Distinct hashes in text order (the order makes the head of a page known)."""
    _, first = np.unique(hashes, return_index=True)
    return hashes[np.sort(first)]


@dataclass
class Signature:
    body: MinHash  # for the LSH index
    shingles: np.ndarray  # distinct shingle hashes in text order, for exact confirmation
    facts: np.ndarray  # distinct figure hashes in text order


class Sketcher:
    """Makes and decodes signatures of one recipe."""

    def __init__(self, params: SketchParams = SketchParams()) -> None:
        check_datasketch(params)
        self.params = params
        # Shingles arrive already hashed to 32 bits; datasketch pre-mixes them
        # (fmix) before its affine permutations, so an identity hashfunc is safe.
        self._body = MinHash(num_perm=params.num_perm, seed=params.seed, scheme=params.scheme, hashfunc=_identity)

    def signature(self, text: str | None) -> Signature:
        folded = fold(text)
        shingles = _first_occurrences(shingle_hashes(_WORD.findall(folded), self.params.k))
        body = self._body.copy()
        body.update_batch(shingles.tolist())
        return Signature(body, shingles, fact_hashes(folded))

    def minhash(self, values: bytes) -> MinHash:
        return MinHash(seed=self.params.seed, hashvalues=np.frombuffer(values, dtype=np.uint32),
                       permutations=self._body.permutations, scheme=self.params.scheme, hashfunc=_identity)


def _story_offset(large: np.ndarray, small: np.ndarray) -> int:
    """How many figures the larger text has before two of the smaller's follow each other.

    A related-news block appended to a page may hold another story's whole
    text: that story is contained in the page, but only after all the figures
    (date, numbers) of the page's own story.  A republication opens with the
    same story, give or take a rewritten lead sentence.
    """
    found = np.isin(large, small)
    runs = np.flatnonzero(found[:-1] & found[1:]) if len(found) > 1 else np.flatnonzero(found)
    return int(runs[0]) if len(runs) else len(large)


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float  # share of the smaller text's shingles found in the larger
    facts: float  # share of the fewer figures found among the other's figures
    lead_offset: int  # figures of the larger text before the smaller text's story starts
    conflicts: int = 0  # units for which the two texts give only different figures
    has_facts: bool = True  # either text gives a figure


@dataclass(frozen=True)
class MatchRule:
    """When two signatures are the same story (chosen on bench/data/dedup, see NOTE.md there)."""

    lsh_bands: int = 16
    lsh_rows: int = 3
    min_containment: float = 0.45
    min_fact_share: float = 0.5
    block_containment: float = 0.99  # the smaller text lies wholly in the larger: maybe an appended block
    max_lead_offset: int = 0  # then the larger must open with the smaller's story (figures ahead of it)
    min_facts: int = 3  # with fewer figures the share and offset tests do not apply
    max_conflicts: int = 1  # different figures for the same unit: another event from the same template
    # two texts without a single figure share only wording: they must be nearly the same text
    min_containment_without_facts: float = 0.9

    def similarity(self, a: Signature, b: Signature) -> Similarity:
        small, large = sorted((a, b), key=lambda s: len(s.shingles))
        common = len(np.intersect1d(small.shingles, large.shingles, assume_unique=True))
        union = len(small.shingles) + len(large.shingles) - common
        few, many = sorted((a.facts, b.facts), key=len)
        facts, offset = 1.0, 0
        if len(few) >= self.min_facts:
            facts = len(np.intersect1d(few, many, assume_unique=True)) / len(few)
            offset = _story_offset(large.facts, small.facts)
        elif len(few):
            # a short text with one or two figures: all of them must be in the other
            facts = float(len(np.intersect1d(few, many, assume_unique=True)) == len(few))
        elif len(many):
            facts = 0.0  # no specific at all against a text that has some: only wording is shared
        return Similarity(common / union if union else 1.0, common / max(len(small.shingles), 1), facts, offset,
                          conflicting_units(a.facts, b.facts), bool(len(many)))

    def accepts(self, s: Similarity) -> bool:
        return (s.containment >= self.min_containment and s.facts >= self.min_fact_share
                and (s.has_facts or s.containment >= self.min_containment_without_facts)
                and s.conflicts <= self.max_conflicts
                and (s.containment < self.block_containment or s.lead_offset <= self.max_lead_offset))

    def same_story(self, a: Signature, b: Signature) -> bool:
        return self.accepts(self.similarity(a, b))


class _Buckets:
    """A drop-in for datasketch's DictSetStorage holding one key without a set.

    datasketch keeps a Python set per bucket (~330 bytes per article and band);
    at 1M articles x 16 bands that is over 5 GB.  Nearly all buckets hold one
    article, so the key itself is stored until a second one arrives.
    """

    def __init__(self) -> None:
        self._d: dict[Hashable, object] = {}

    def insert(self, h: Hashable, *keys: Hashable, buffer: bool = False) -> None:
        for key in keys:
            cur = self._d.get(h)
            if cur is None:
                self._d[h] = key
            elif type(cur) is list:
                if key not in cur:
                    cur.append(key)
            elif cur != key:
                self._d[h] = [cur, key]

    def get(self, h: Hashable) -> tuple | list:
        cur = self._d.get(h)
        if cur is None:
            return ()
        return cur if type(cur) is list else (cur,)

    def __contains__(self, h: Hashable) -> bool:
        return h in self._d

    def __getitem__(self, h: Hashable) -> tuple | list:
        return self.get(h)

    def remove_val(self, h: Hashable, key: Hashable, buffer: bool = False) -> None:
        cur = self._d.get(h)
        if type(cur) is list:
            cur.remove(key)
            if len(cur) == 1:
                self._d[h] = cur[0]
        elif cur == key:
            del self._d[h]

    def remove(self, *hs: Hashable, buffer: bool = False) -> None:
        for h in hs:
            self._d.pop(h, None)

    def size(self) -> int:
        return len(self._d)

    def keys(self) -> Iterable[Hashable]:
        return self._d.keys()

    def itemcounts(self, **kwargs: object) -> dict[Hashable, int]:
        return {h: len(self.get(h)) for h in self._d}


class CompactLSH(MinHashLSH):
    """datasketch's MinHashLSH with compact buckets and int band keys.

    Band keys are Python's hash() of the band bytes: the index lives in memory
    only (rebuilt from the stored signatures at start), so per-process salting
    does not matter.  Integer article ids as keys.
    """

    def __init__(self, num_perm: int, bands: int, rows: int) -> None:
        super().__init__(num_perm=num_perm, params=(bands, rows), hashfunc=hash)
        self.hashtables = [_Buckets() for _ in range(self.b)]
