"""The post/body/place vocabulary (lexicon.json) as phrase matchers over tokens.

Phrases are matched on a token *key*: NFC, lower case, and one tone placement
("Uỷ" and "Ủy", "Hoà" and "Hòa" are the same key), because portals mix old and
new Vietnamese spelling.  Abbreviations (TUV, HU, UBND ...) are matched exactly,
case included: "TU" is the Tỉnh ủy, "tu" is a word.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

LEXICON_FILE = Path(__file__).with_name("lexicon.json")

# Old-style tone placement on the second vowel of oa/oe/uy -> the modern form.
_TONE_PLACEMENT = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
# not after "q": in "quý" the u belongs to the consonant
_TONE_RE = re.compile("(?<!q)(?:" + "|".join(map(re.escape, _TONE_PLACEMENT.values())) + ")")
_MODERN = {old: new for new, old in _TONE_PLACEMENT.items()}


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """NFC with modern tone placement ("Uỷ ban" -> "Ủy ban"), case kept."""
    return re.sub(r"\w+", _modern_word, unicodedata.normalize("NFC", text))


def _modern_word(word: re.Match) -> str:
    w = word.group(0)
    low = w.lower()
    new = _TONE_RE.sub(lambda m: _MODERN[m.group(0)], low)
    if new == low:
        return w
    return "".join(n.upper() if o.isupper() else n for o, n in zip(w, new))


@lru_cache(maxsize=1 << 16)
def key(token: str) -> str:
    """The case-insensitive matching key of one token (cached: texts repeat their words)."""
    return normalize(token).lower()


@dataclass(frozen=True)
class Entry:
    canonical: str
    data: Any = None


def is_abbreviation(word: str) -> bool:
    """"UBND", "TUV", "HĐND": matched with their case, unlike ordinary words."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


class PhraseMatcher:
    """Longest match of multi-token phrases at a token position.

    A phrase containing an abbreviation is matched case and all ("TU" is the
    Tỉnh ủy, "tu" is a verb); other phrases ignore case.
    """

    def __init__(self, phrases: dict[str, Entry]) -> None:
        self.exact: dict[tuple[str, ...], Entry] = {}
        self.loose: dict[tuple[str, ...], Entry] = {}
        for phrase, entry in phrases.items():
            words = tokenize_words(phrase)
            if any(map(is_abbreviation, words)):
                self.exact.setdefault(tuple(words), entry)
            else:
                self.loose.setdefault(tuple(key(w) for w in words), entry)
        self.longest = max(map(len, [*self.exact, *self.loose]), default=0)
        # most tokens start no phrase: answer those from one set look-up
        self.first_exact = {k[0] for k in self.exact}
        self.first_loose = {k[0] for k in self.loose}

    def match(self, words: Sequence[str], at: int) -> tuple[int, Entry] | None:
        """(number of tokens, entry) of the longest phrase starting at `at`."""
        if at < 0 or at >= len(words) or (words[at] not in self.first_exact and key(words[at]) not in self.first_loose):
            return None
        for size in range(min(self.longest, len(words) - at), 0, -1):
            span = words[at:at + size]
            entry = self.exact.get(tuple(span)) or self.loose.get(tuple(key(w) for w in span))
            if entry is not None:
                return size, entry
        return None


_WORD = re.compile(r"[^\W_]+(?:[’'./&][^\W_]+)*[’']?|[^\w\s]", re.UNICODE)


def tokenize_words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


@dataclass(frozen=True)
class Lexicon:
    honorifics: PhraseMatcher
    historical: PhraseMatcher
    historical_after: PhraseMatcher
    modifiers: PhraseMatcher
    titles: PhraseMatcher
    title_abbreviations: PhraseMatcher
    bodies: PhraseMatcher
    body_aliases: PhraseMatcher
    private_bodies: PhraseMatcher
    levels: PhraseMatcher
    appointment_verbs: PhraseMatcher
    verb_fillers: PhraseMatcher
    former_verbs: PhraseMatcher
    sentence_verbs: PhraseMatcher
    surnames: frozenset[str]
    title_levels: dict[str, str]
    end_headings: frozenset[str]
    footer_labels: frozenset[str]
    byline_labels: frozenset[str]

    def title(self, words: Sequence[str], at: int) -> tuple[int, Entry] | None:
        return self.title_abbreviations.match(words, at) or self.titles.match(words, at)

    def body(self, words: Sequence[str], at: int) -> tuple[int, Entry] | None:
        """A body by full name or alias, its entry carrying level/kind/head."""
        found = [m for m in (self.bodies.match(words, at), self.body_aliases.match(words, at)) if m]
        return max(found, key=lambda m: m[0]) if found else None


def _entries(items: Iterable[str] | dict[str, Any], data: Any = None) -> dict[str, Entry]:
    if isinstance(items, dict):
        return {k: Entry(k if v is None or isinstance(v, dict) else v, v if isinstance(v, dict) else data)
                for k, v in items.items()}
    return {item: Entry(item, data) for item in items}


@lru_cache(maxsize=1)
def load(path: Path = LEXICON_FILE) -> Lexicon:
    raw = json.loads(path.read_text(encoding="utf-8"))
    bodies = raw["bodies"]
    aliases = {alias: Entry(target, bodies.get(target, {"level": "", "kind": "party"}))
               for alias, target in raw["body_aliases"].items()}
    return Lexicon(
        honorifics=PhraseMatcher(_entries(raw["honorifics"])),
        historical=PhraseMatcher(_entries(raw["historical_markers"])),
        historical_after=PhraseMatcher(_entries(raw["historical_after"])),
        modifiers=PhraseMatcher(_entries(raw["modifiers"])),
        titles=PhraseMatcher(_entries(raw["titles"])),
        title_abbreviations=PhraseMatcher(_entries(raw["title_abbreviations"])),
        bodies=PhraseMatcher({k: Entry(k, v) for k, v in bodies.items()}),
        body_aliases=PhraseMatcher(aliases),
        private_bodies=PhraseMatcher(_entries(raw["private_bodies"])),
        levels=PhraseMatcher({k: Entry(k, v) for k, v in raw["levels"].items()}),
        appointment_verbs=PhraseMatcher(_entries(raw["appointment_verbs"])),
        verb_fillers=PhraseMatcher(_entries(raw["verb_fillers"])),
        former_verbs=PhraseMatcher(_entries(raw["former_verbs"])),
        sentence_verbs=PhraseMatcher(_entries(raw["sentence_verbs"])),
        surnames=frozenset(key(s) for s in raw["surnames"]),
        title_levels={key(t): level for t, level in raw["title_levels"].items()},
        end_headings=frozenset(map(key, raw["end_headings"])),
        footer_labels=frozenset(map(key, raw["footer_labels"])),
        byline_labels=frozenset(map(key, raw["byline_labels"])),
    )
