"""Officials named in an article's clean text, as small steps over its tokens.

A mention is a person's name bound to a chain of posts, in one of three shapes
that local news uses:

1. name first:  "đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy chủ trì ..."
2. post first:  "Bí thư Huyện ủy Nguyễn Văn Biện phát biểu ..."
3. by a verb:   "bà Lò Thị Mai được bầu giữ chức Phó Chủ tịch HĐND xã"

A post is a title from the lexicon (Bí thư, Phó Chủ tịch ...) followed by the
body and place words around it (Huyện ủy, UBND xã Na Rì ...).  A person whose
words after the name are not a post ("ông Tám, một hộ nuôi bò, cho biết") or
whose post is in a company or cooperative is a citizen, not an official.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from crawler.officials.lexicon import Lexicon, is_abbreviation, key, load, normalize

SEPARATORS = {",", "-", "–", "—", "(", ":"}
NAME_MAX = 5
PLACE_MAX = 4
LOWER_RUN_MAX = 5  # "Hội đồng nghĩa vụ quân sự huyện": lower-case words of a body's name
LEVEL_ORDER = {"national": 0, "province": 1, "city": 2, "district": 3, "commune": 4, "village": 5}

_TOKEN = re.compile(r"[^\W_]+(?:[’'./&][^\W_]+)*[’']?|[^\w\s]", re.UNICODE)


@dataclass
class Token:
    text: str
    key: str
    start: int
    end: int


@dataclass
class Post:
    text: str  # canonical: abbreviations expanded, "nguyên" kept
    title: str
    body: str | None = None  # "UBND xã", "Huyện ủy"
    level: str | None = None  # of the unit the post belongs to
    place_name: str | None = None  # "Na Rì" when the text names the unit
    former: bool = False
    private: bool = False  # a company's or cooperative's post: not a public official

    @property
    def place(self) -> str | None:
        if not self.place_name:
            return None
        word = {"province": "tỉnh", "district": "huyện", "commune": "xã", "city": "thành phố"}.get(self.level or "")
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


def tokenize(text: str) -> list[Token]:
    text = unicodedata.normalize("NFC", text)
    return [Token(m.group(0), key(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class Parser:
    """One text's tokens and the steps that read mentions from them."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.tokens = tokenize(text)
        self.words = [normalize(t.text) for t in self.tokens]
        self.text = text

    # -- token tests -------------------------------------------------------------

    def tok(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def gap(self, i: int) -> str:
        """The characters between token i-1 and token i (a newline ends every phrase)."""
        if i <= 0 or i >= len(self.tokens):
            return ""
        return self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def is_name_word(self, i: int) -> bool:
        word = self.tok(i)
        if not word or not word[0].isupper() or not word[0].isalpha() or "\n" in self.gap(i):
            return False
        return not is_abbreviation(word) or len(word.rstrip("’'")) == 1 or word.endswith(("’", "'"))

    def starts_post_word(self, i: int) -> bool:
        return bool(self.lex.title(self.words, i) or self.lex.body(self.words, i) or self.lex.levels.match(self.words, i))

    def is_surname(self, i: int) -> bool:
        return self.tokens[i].key in self.lex.surnames if 0 <= i < len(self.tokens) else False

    # -- names -------------------------------------------------------------------

    def name_at(self, i: int, *, strict: bool) -> int:
        """Number of tokens of a person's name at i (0: none).

        After an honorific any capitalised run is a name ("đồng chí K’ Dũng");
        without one it must start with a Vietnamese surname and have two words.
        """
        n = 0
        while n < NAME_MAX and self.is_name_word(i + n) and not (n and self.starts_post_word(i + n)):
            if n and "\n" in self.gap(i + n):
                break
            n += 1
        if n == 0 or self.starts_post_word(i):
            return 0
        if strict and (n < 2 or not self.is_surname(i)):
            return 0
        if not strict and n < 2 and not self.tok(i).endswith(("’", "'")):
            return 0 if not self.is_name_word(i + 1) else n
        return n

    # -- posts -------------------------------------------------------------------

    def chain(self, i: int, *, post_first: bool = False) -> tuple[list[Post], int, tuple[int, int] | None]:
        """Posts separated by commas from i; (posts, end, name span found inside, post-first)."""
        posts: list[Post] = []
        while True:
            parsed = self.post(i, post_first=post_first)
            if parsed is None:
                break
            post, end, name = parsed
            posts.append(post)
            i = end
            if name is not None:
                return posts, i, name
            if self.tok(i) == "," and "\n" not in self.gap(i + 1) and self.post(i + 1, post_first=post_first):
                i += 1
                continue
            break
        return posts, i, None

    def post(self, i: int, *, post_first: bool) -> tuple[Post, int, tuple[int, int] | None] | None:
        """One post at i: [nguyên] TITLE [body, place words]; the name after it when post_first."""
        former = False
        modifier = self.lex.modifiers.match(self.words, i)
        parts: list[str] = []
        if modifier:
            size, entry = modifier
            if entry.canonical:
                parts.append(entry.canonical)
            former = key(entry.canonical) == "nguyên"
            i += size
        title = self.lex.title(self.words, i)
        if title is None:
            return None
        size, entry = title
        post = Post(text="", title=entry.canonical, former=former)
        # "Trưởng Ban Dân vận", "Trưởng Công an": the title's last words open a body
        inner = next((k for k in range(i + 1, i + size) if self._opens_body(k, i + size)), None)
        if inner is not None and not is_abbreviation(self.tok(i)):
            parts.append(" ".join(self.tok(j) for j in range(i, inner)))
            i = inner
        else:
            parts.append(entry.canonical)
            i += size
        post.title = parts[-1]
        end, name, body_parts = self.post_rest(i, post, post_first)
        parts.extend(body_parts)
        post.text = " ".join(parts)
        return post, end, name

    def _opens_body(self, at: int, title_end: int) -> bool:
        """A body starting inside a title: longer than the title, or a head awaiting its name."""
        found = self.lex.body(self.words, at)
        return bool(found) and (at + found[0] > title_end or bool((found[1].data or {}).get("head")))

    def post_rest(self, i: int, post: Post, post_first: bool) -> tuple[int, tuple[int, int] | None, list[str]]:
        """Body and place words after a title, up to the first word that belongs to the sentence."""
        parts: list[str] = []
        body: list[str] = []
        head_open = False  # the last body word was a generic head ("Ban", "Hội đồng") awaiting its name
        after_level = False
        while i < len(self.tokens) and "\n" not in self.gap(i):
            if self.lex.private_bodies.match(self.words, i):
                post.private = True
            found = self.lex.body(self.words, i)
            if found:
                size, entry = found
                parts.append(entry.canonical)
                body.append(entry.canonical)
                level = (entry.data or {}).get("level") or None
                if level and (post.level is None or LEVEL_ORDER[level] > LEVEL_ORDER.get(post.level, 0)):
                    post.level = level
                head_open = bool((entry.data or {}).get("head"))
                after_level = False
                i += size
                continue
            found = self.lex.levels.match(self.words, i)
            if found and self.tok(i)[0].islower():
                size, entry = found
                parts.append(" ".join(self.tok(j) for j in range(i, i + size)))
                body.append(parts[-1])
                post.level = entry.data
                i += size
                head_open, after_level = False, True
                place, name = self.place_or_name(i, post_first, after_level=True)
                if place:
                    post.place_name = " ".join(self.tok(j) for j in range(i, i + place))
                    parts.append(post.place_name)
                    i += place
                if name:
                    break
                continue
            if self.is_name_word(i) or (self.tok(i)[:1].isdigit() and after_level):
                place, name = self.place_or_name(i, post_first, after_level=False)
                if place:
                    words = " ".join(self.tok(j) for j in range(i, i + place))
                    parts.append(words)
                    if head_open or not body or post.private:
                        body.append(words)  # the name of a "Ban", "Sở", "Hội"
                    else:
                        post.place_name = words  # "Huyện ủy Hàm Yên"
                    i += place
                    continue
                break
            if self.tok(i) in ("và", "&", "-", "–") and body and self.is_name_word(i + 1) and \
                    self.is_name_word(i - 1) and not self.lex.honorifics.match(self.words, i + 1):
                parts.append(self.tok(i))
                body.append(self.tok(i))
                i += 1
                continue
            lower = self.lower_run(i) if head_open else 0
            if lower:
                parts.extend(self.tok(j) for j in range(i, i + lower))
                body.extend(self.tok(j) for j in range(i, i + lower))
                i += lower
                head_open = False
                continue
            break
        post.body = " ".join(body) or None
        name = self._pending_name
        self._pending_name = None
        return i, name, parts

    _pending_name: tuple[int, int] | None = None

    def lower_run(self, i: int) -> int:
        """Words of a body's name that are not capitalised ("Sở Tài | nguyên và Môi trường | tỉnh").

        Taken only when the unit word follows ("... quân sự | huyện"), or a comma
        follows a name joined by "và": otherwise they are the sentence's verb.
        """
        if not self.tok(i)[:1].islower():
            return 0
        joined = False
        for n in range(1, LOWER_RUN_MAX + 3):
            word = self.tok(i + n - 1)
            if not word or not word[0].isalpha() or "\n" in self.gap(i + n - 1):
                return 0
            if self.lex.appointment_verbs.match(self.words, i + n - 1) or self.lex.honorifics.match(self.words, i + n - 1):
                return 0
            joined = joined or word == "và"
            if self.lex.levels.match(self.words, i + n) and self.tok(i + n)[0].islower():
                return n
            if joined and self.tok(i + n) in (",", ";", ")") and self.is_name_word(i + n - 1 - (not word[0].isupper())):
                return n
        return 0

    def place_or_name(self, i: int, post_first: bool, *, after_level: bool) -> tuple[int, bool]:
        """Split a capitalised run after a post into the unit's name and, post first, a person's name."""
        run = 0
        while run < PLACE_MAX + NAME_MAX and (self.is_name_word(i + run) or
                                             (after_level and self.tok(i + run)[:1].isdigit() and run == 0)):
            if run and self.starts_post_word(i + run):
                break
            run += 1
        if not post_first:
            return min(run, PLACE_MAX), False
        for split in range(0, run - 1):
            tail = run - split
            if 2 <= tail <= NAME_MAX and self.is_surname(i + split) and (split or not after_level or tail >= 3):
                self._pending_name = (i + split, i + run)
                return split, True
        return min(run, PLACE_MAX), False

    # -- mentions ----------------------------------------------------------------

    def historical(self, i: int) -> bool:
        """"cố Tổng Bí thư", "Mẹ Việt Nam anh hùng": not today's officials."""
        for back in range(1, 5):
            found = self.lex.historical.match(self.words, i - back)
            if found and found[0] >= back:
                return True
        return False

    def mention_at(self, i: int) -> tuple[Official | None, int]:
        """A mention starting at token i, and where reading goes on."""
        honorific = self.lex.honorifics.match(self.words, i)
        start = i + honorific[0] if honorific else i
        if honorific and self.tok(start) == ":":
            start += 1
        if not honorific and i and (self.lex.levels.match(self.words, i - 1) or self.is_name_word(i - 1)
                                    or self.lex.body(self.words, i - 1) or self.lex.title(self.words, i - 1)):
            return None, i + 1
        found = self.name_first(start, strict=not honorific) or self.post_first(start, honorific is not None)
        if found is None:
            return None, i + 1
        official, end = found
        if self.historical(i) or not official.posts or all(p.private for p in official.posts):
            return None, end
        official.posts = [p for p in official.posts if not p.private]
        return official, end

    def name_first(self, i: int, *, strict: bool) -> tuple[Official, int] | None:
        size = self.name_at(i, strict=strict)
        if not size:
            return None
        name = " ".join(self.tok(j) for j in range(i, i + size))
        j = i + size
        if self.tok(j) in SEPARATORS:
            posts, end, _ = self.chain(j + 1)
            if posts:
                if self.tok(j) == "(" and self.tok(end) == ")":
                    end += 1
                return Official(name, posts), end
            return Official(name, []), j  # a citizen: "ông Tám, một hộ nuôi bò"
        verb_at = j
        while filler := self.lex.verb_fillers.match(self.words, verb_at):
            verb_at += filler[0]
        former = self.lex.former_verbs.match(self.words, verb_at)
        verb = former or self.lex.appointment_verbs.match(self.words, verb_at)
        if verb:
            posts, end, _ = self.chain(verb_at + verb[0])
            for post in posts if former else []:
                if not post.former:
                    post.former, post.text = True, f"nguyên {post.text}"
            if posts:
                return Official(name, posts), end
        return Official(name, []), j

    def post_first(self, i: int, honorific: bool) -> tuple[Official, int] | None:
        if not self.lex.title(self.words, i) and not self.lex.modifiers.match(self.words, i):
            return None
        posts, end, name = self.chain(i, post_first=True)
        if not posts or name is None:
            return None
        if not honorific and not any(p.body for p in posts) and len(posts) < 2:
            return None  # "Chủ tịch Hồ Chí Minh": a title alone is not enough without "đồng chí"
        first, last = name
        return Official(" ".join(self.tok(j) for j in range(first, last)), posts), last

    def officials(self) -> list[Official]:
        found: list[Official] = []
        i = 0
        while i < len(self.tokens):
            official, i = self.mention_at(i)
            if official is not None:
                found.append(official)
        return found


def merge_by_person(officials: list[Official]) -> list[Official]:
    """One entry per person in an article, their posts in order of first appearance."""
    merged: dict[str, Official] = {}
    for official in officials:
        person = merged.setdefault(fold_name(official.name), Official(official.name))
        seen = {key(p.text) for p in person.posts}
        person.posts.extend(p for p in official.posts if key(p.text) not in seen)
    return list(merged.values())


def fold_name(name: str) -> str:
    """A name's grouping key: no diacritics, no case, single spaces."""
    from archive.fold import fold

    return " ".join(fold(name.replace("’", "'")).split())


def extract_officials(text: str | None, lexicon: Lexicon | None = None) -> list[Official]:
    """Every official the clean article text names, one entry per person."""
    if not text:
        return []
    return merge_by_person(Parser(text, lexicon or load()).officials())
