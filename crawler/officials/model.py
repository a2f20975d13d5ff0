"""What the extractor reads out of a text: posts and the officials holding them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crawler.officials.lexicon import key, load, tokenize_words

# Units from the widest to the most local.
LEVEL_ORDER = {"national": 0, "province": 1, "city": 2, "district": 3, "commune": 4, "village": 5}


@dataclass
class Post:
    text: str  # as printed (a substring of the text), "nguyên" kept
    title: str  # canonical title: "Phó Bí thư Thường trực" for "Phó Bí thư TT"
    canonical: str = ""  # the whole post with abbreviations expanded, without the unit's name
    body: str | None = None  # "UBND xã", "Huyện ủy"
    level: str | None = None  # of the unit the post belongs to
    place_name: str | None = None  # "Na Rì" when the text names the unit
    former: bool = False
    unit_word: str | None = None  # the unit word as printed: "thôn", "bản", "xóm"
    private: bool = False  # a company's or cooperative's post: not a public official

    def words(self) -> frozenset[str]:
        """The canonical post's words without unit words and unit names."""
        lex = load()
        words = tokenize_words(self.canonical or self.text)
        return frozenset(key(w) for i, w in enumerate(words)
                         if not (w[0].islower() and lex.levels.match(words, i)))  # "huyện", not "Huyện ủy"

    def same_as(self, other: "Post") -> bool:
        """One post printed twice: "UVBTV" and "Ủy viên Ban Thường vụ HU", "Chủ tịch MTTQ huyện"
        and "Chủ tịch UBMTTQ Việt Nam huyện": same opening words, one's words inside the other's."""
        if self.former != other.former:
            return False
        mine, theirs = tokenize_words(self.canonical or self.text), tokenize_words(other.canonical or other.text)
        if [key(w) for w in mine[:2]] != [key(w) for w in theirs[:2]]:
            return False
        a, b = self.words(), other.words()
        return a <= b or b <= a

    @property
    def place(self) -> str | None:
        if not self.place_name:
            return None
        word = {"province": "tỉnh", "district": "huyện", "commune": "xã", "city": "thành phố",
                "village": self.unit_word}.get(self.level or "")
        return f"{word} {self.place_name}" if word else self.place_name


@dataclass
class Official:
    name: str
    posts: list[Post] = field(default_factory=list)

    @property
    def organisation(self) -> str | None:
        """The body of the first post that is not a seat on a committee ("Ủy viên ...")."""
        bodies = [p for p in self.posts if p.body]
        held = [p for p in bodies if not key(p.title).startswith("ủy viên") and not key(p.title).endswith("ủy viên")]
        return (held or bodies)[0].body if bodies else None

    @property
    def place(self) -> str | None:
        """The most local unit the text names for this person's posts."""
        named = [p for p in self.posts if p.place_name]
        if not named:
            return None
        return max(named, key=lambda p: LEVEL_ORDER.get(p.level or "", 9)).place

    def to_contract(self) -> dict[str, Any]:
        return {"name": self.name, "posts": [p.text for p in self.posts],
                "organisation": self.organisation, "place": self.place}
