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
from dataclasses import dataclass

from crawler.officials.lexicon import Lexicon, is_abbreviation, key, load, normalize
from crawler.officials.model import LEVEL_ORDER, Official, Post
from crawler.officials.prose import prose_lines

SEPARATORS = {",", "-", "–", "—", "(", ":"}
CHAIN_SEPARATORS = {",", "-", "–", "—", "kiêm"}
NAME_MAX = 5
PLACE_MAX = 4
LOWER_RUN_MAX = 5  # "Hội đồng nghĩa vụ quân sự huyện": lower-case words of a body's name

_TOKEN = re.compile(r"[^\W_]+(?:[’'./&][^\W_]+)*[’']?|[^\w\s]", re.UNICODE)


@dataclass
class Token:
    text: str
    key: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    text = unicodedata.normalize("NFC", text)
    return [Token(m.group(0), key(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class Parser:
    """One text's tokens and the steps that read mentions from them."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.text = unicodedata.normalize("NFC", text)  # the offsets of the tokens are into this
        self.tokens = tokenize(self.text)
        self.words = [normalize(t.text) for t in self.tokens]

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

    def ends_post_word(self, i: int) -> bool:
        """A title, body or unit word ends right before token i."""
        for start in range(max(0, i - 4), i):
            for matcher in (self.lex.title, self.lex.body, self.lex.levels.match):
                found = matcher(self.words, start)
                if found and start + found[0] == i:
                    return True
        return False

    def is_surname(self, i: int) -> bool:
        return self.tokens[i].key in self.lex.surnames if 0 <= i < len(self.tokens) else False

    # -- names -------------------------------------------------------------------

    def name_at(self, i: int, *, strict: bool) -> int:
        """Number of tokens of a person's name at i (0: none).

        After an honorific any capitalised run is a name ("đồng chí K’ Dũng");
        without one it must start with a Vietnamese surname and have two words.
        """
        n = 0
        while n < NAME_MAX and self.is_name_word(i + n) and not (n and self.lex.title(self.words, i + n)):
            if n and "\n" in self.gap(i + n):
                break
            n += 1
        if n == 0 or self.lex.title(self.words, i) or self.lex.body(self.words, i) and n < 2:
            return 0
        if n < 2 or (strict and not self.is_surname(i)):
            return 0  # a given name alone ("đồng chí Hùng") refers back; it names no one new
        return n

    # -- posts -------------------------------------------------------------------

    def chain(self, i: int, *, post_first: bool = False) -> tuple[list[Post], int, tuple[int, int] | None]:
        """Posts separated by commas from i; (posts, end, name span found inside, post-first)."""
        posts, end, name = self._chain(i, post_first)
        inherit_levels(posts)
        return posts, end, name

    def _chain(self, i: int, post_first: bool) -> tuple[list[Post], int, tuple[int, int] | None]:
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
            if self.tok(i) in CHAIN_SEPARATORS and "\n" not in self.gap(i + 1) and \
                    self.post(i + 1, post_first=post_first):
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
        if title is None or not self.tok(i)[0].isupper():
            return None  # titles are capitalised in running text: "làm trưởng đoàn" is not a post
        size, entry = title
        post = Post(text="", title=entry.canonical, former=former)
        first = i - (modifier[0] if modifier else 0)
        # "Trưởng Ban Dân vận", "Trưởng Công an": the title's last words open a body
        inner = next((k for k in range(i + 1, i + size) if self._opens_body(k, i + size)), None)
        if inner is not None and not is_abbreviation(self.tok(i)):
            parts.append(" ".join(self.tok(j) for j in range(i, inner)))
            i = inner
        else:
            parts.append(entry.canonical)
            i += size
        post.title = parts[-1]
        post.level = self.lex.title_levels.get(key(post.title))  # "TUV": of the province
        unit = self.lex.levels.match(self.words, i - 1)  # "Trưởng thôn", "Trưởng bản"
        ends_in_unit = bool(unit) and unit[0] == 1
        if ends_in_unit:
            post.level, post.body = unit[1].data, self.tok(i - 1)
            post.unit_word = post.body
        end, name, body_parts = self.post_rest(i, post, post_first, after_level=ends_in_unit)
        post.private = post.private or self.private_nearby(end)
        parts.extend(body_parts)
        post.canonical = " ".join(p for p in parts if p != post.place_name and p != "nguyên")
        last = end - 1
        while last > first and self.tok(last) in CHAIN_SEPARATORS | {"và", "&"}:
            last -= 1
        post.text = self.text[self.tokens[first].start:self.tokens[last].end]
        return post, end, name

    def private_nearby(self, end: int) -> bool:
        """"Chủ tịch HĐQT Công ty ...": a company named just after where the post's words stopped."""
        for j in range(end, min(end + 4, len(self.tokens))):
            if self.tok(j) in CHAIN_SEPARATORS | {";", ".", ")"} or "\n" in self.gap(j):
                return False
            if self.lex.private_bodies.match(self.words, j):
                return True
        return False

    def _opens_body(self, at: int, title_end: int) -> bool:
        """A body starting inside a title: longer than the title, or a head awaiting its name."""
        found = self.lex.body(self.words, at)
        return bool(found) and (at + found[0] >= title_end or bool((found[1].data or {}).get("head")))

    def post_rest(self, i: int, post: Post, post_first: bool,
                  after_level: bool = False) -> tuple[int, tuple[int, int] | None, list[str]]:
        """Body and place words after a title, up to the first word that belongs to the sentence."""
        parts: list[str] = []
        body: list[str] = []
        head_open = False  # the last body was a generic head ("Sở", "Ban", "Hội đồng") awaiting its name
        name = None
        while i < len(self.tokens) and "\n" not in self.gap(i) and name is None:
            if self.lex.private_bodies.match(self.words, i):
                post.private = True
            start = i
            if found := self.lex.body(self.words, i):
                size, entry = found
                parts.append(entry.canonical)
                body.append(entry.canonical)
                level = (entry.data or {}).get("level") or None
                self._raise_level(post, level)
                # "Huyện ủy | Ninh Phước": a body of a known level is followed by its unit's name
                head_open = bool((entry.data or {}).get("head"))
                after_level = level in LEVEL_ORDER and not head_open
                i += size
            elif (found := self.lex.levels.match(self.words, i)) and self.tok(i)[0].islower():
                size, entry = found
                parts.append(self.span(i, i + size))
                body.append(parts[-1])
                post.level, post.unit_word = entry.data, parts[-1]
                i += size
                head_open, after_level = False, True
                place, name = self.place_or_name(i, post_first, after_level=True)
                if place:
                    post.place_name = self.span(i, i + place)
                    parts.append(post.place_name)
                    i += place
            elif head_open and (size := self.head_name(i) or self.lower_run(i)):
                parts.append(self.span(i, i + size))  # the name of a "Sở", "Phòng", "Ban", "Hội"
                body.append(parts[-1])
                head_open = False
                i += size
            elif self.is_name_word(i) or (self.tok(i)[:1].isdigit() and after_level):
                place, name = self.place_or_name(i, post_first, after_level=after_level)
                if place:
                    words = self.span(i, i + place)
                    parts.append(words)
                    if (not body and not after_level) or post.private:
                        body.append(words)
                    else:
                        post.place_name = words  # "Huyện ủy Hàm Yên", "Trưởng xóm 3"
                    i += place
            elif self.joins_bodies(i, body):
                parts.append(self.tok(i))
                body.append(self.tok(i))
                i += 1
            if i == start:
                break
        post.body = " ".join(body) or post.body
        return i, name, parts

    def span(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 as printed."""
        return self.text[self.tokens[start].start:self.tokens[end - 1].end]

    @staticmethod
    def _raise_level(post: Post, level: str | None) -> None:
        if level and (post.level is None or LEVEL_ORDER[level] > LEVEL_ORDER.get(post.level, 0)):
            post.level = level

    def joins_bodies(self, i: int, body: list[str]) -> bool:
        """"và", "-" between two parts of one body: "Văn phòng HĐND và UBND", "Kinh tế - Xã hội"."""
        if self.tok(i) not in ("và", "&", "-", "–") or not body:
            return False
        if self.lex.honorifics.match(self.words, i + 1) or self.lex.title(self.words, i + 1):
            return False
        if self.lex.body(self.words, i + 1):
            return True
        return self.is_name_word(i + 1) and self.is_name_word(i - 1)

    def head_name(self, i: int) -> int:
        """The name after a generic head, as segments joined by "và", "-" or a comma.

        "Sở | Văn hóa, Thể thao và Du lịch", "Phòng | Tài chính - Kế hoạch",
        "Sở | NN&PTNT": each segment opens with a capital; its lower-case words
        are taken up to the joiner, and in the last segment one word (a
        Vietnamese word is mostly two syllables) unless a unit word follows.
        """
        j = i
        while self.is_name_word(j) or is_abbreviation(self.tok(j)):
            if self.lex.title(self.words, j) or self.lex.honorifics.match(self.words, j):
                break
            k = j + 1
            while k < j + 5 and self._lower_word(k) and not is_abbreviation(self.tok(j)):
                k += 1
            joiner = self.tok(k)
            opens_post = self.lex.title(self.words, k + 1) or self.lex.honorifics.match(self.words, k + 1)
            if joiner in ("và", "-", "–", "&") and not opens_post and \
                    (self.is_name_word(k + 1) or is_abbreviation(self.tok(k + 1))):
                j = k + 1
                continue
            if joiner == "," and self.is_name_word(k + 1) and not self.lex.title(self.words, k + 1) and \
                    "và" in [self.tok(m) for m in range(k + 2, k + 7)]:
                j = k + 1
                continue
            if k > j + 1 and not self.lex.levels.match(self.words, k):
                k = j + 2
            return k - i
        return j - i

    def _lower_word(self, i: int) -> bool:
        word = self.tok(i)
        return bool(word) and word[0].isalpha() and word[0].islower() and word != "và" and \
            "\n" not in self.gap(i) and not self.lex.levels.match(self.words, i) and \
            not self.lex.appointment_verbs.match(self.words, i) and not self.lex.sentence_verbs.match(self.words, i)

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
            if self.lex.appointment_verbs.match(self.words, i + n - 1) or \
                    self.lex.honorifics.match(self.words, i + n - 1) or self.lex.sentence_verbs.match(self.words, i + n - 1):
                return 0
            joined = joined or word == "và"
            if self.lex.levels.match(self.words, i + n) and self.tok(i + n)[0].islower():
                return n
            if joined and self.tok(i + n) in (",", ";", ")") and self.is_name_word(i + n - 1 - (not word[0].isupper())):
                return n
        return 0

    def place_or_name(self, i: int, post_first: bool, *,
                      after_level: bool) -> tuple[int, tuple[int, int] | None]:
        """Split a capitalised run after a post into the unit's name and, post first, a person's name."""
        run = 0
        while run < PLACE_MAX + NAME_MAX and (self.is_name_word(i + run) or
                                             (after_level and self.tok(i + run)[:1].isdigit() and run == 0)):
            if run and self.lex.title(self.words, i + run):
                break  # not at a body: "Trần Bá Hội" ends in one
            run += 1
        if not post_first:
            return min(run, PLACE_MAX), None
        # After a unit word the run is "<unit name> <person's name>": a unit's name is mostly two
        # words, rarely one ("huyện Hà Tĩnh | Lý Quang Nam", "xã | Hà Văn Bằng", "huyện Hà Trung").
        # Right after a title or body the whole run is the name.
        # Names of three or four words are tried before two-word ones.
        order = ((2, 3), (0, 3), (3, 3), (2, 2), (1, 3), (3, 2)) if after_level else ((0, 2), (1, 3), (2, 3))
        for split, shortest in order:
            tail = run - split
            if shortest <= tail <= NAME_MAX and self.is_surname(i + split):
                return split, (i + split, i + run)
        return min(run, PLACE_MAX), None

    # -- mentions ----------------------------------------------------------------

    def historical(self, i: int) -> bool:
        """"cố Tổng Bí thư", "Mẹ Việt Nam anh hùng": not today's officials."""
        for back in range(1, 5):
            found = self.lex.historical.match(self.words, i - back)
            if found and found[0] >= back:
                return True
        return False

    def historical_after(self, end: int) -> bool:
        """"Tổng Bí thư đầu tiên của Đảng", "(1904 - 1931)": a post of history."""
        if self.lex.historical_after.match(self.words, end):
            return True
        return self.tok(end) == "(" and self.tok(end + 1)[:2] in ("18", "19") and self.tok(end + 2) in ("-", "–")

    def mention_at(self, i: int) -> tuple[Official | None, int]:
        """A mention starting at token i, and where reading goes on."""
        honorific = self.lex.honorifics.match(self.words, i)
        start = i + honorific[0] if honorific else i
        if honorific and self.tok(start) == ":":
            start += 1
        if not honorific and i and (self.is_name_word(i - 1) or self.ends_post_word(i)):
            return None, i + 1  # "Huyện ủy | Ninh Phước": a unit's name, not a person
        found = self.name_first(start, strict=not honorific) or self.post_first(start, honorific is not None)
        if found is None:
            return None, i + 1
        official, end = found
        if self.historical(i) or self.historical_after(end) or not official.posts or \
                all(p.private for p in official.posts):
            return None, end
        official.posts = [p for p in official.posts if not p.private]
        return official, end

    def name_first(self, i: int, *, strict: bool) -> tuple[Official, int] | None:
        """"<name>, <posts>" and "<name> <verb> <posts>" (both: "X, Chủ tịch UBND huyện giữ chức ...")."""
        size = self.name_at(i, strict=strict)
        if not size:
            return None
        official = Official(self.span(i, i + size))
        j = i + size
        if self.tok(j) in SEPARATORS:
            posts, end, _ = self.chain(j + 1)
            if not posts:
                return official, j  # a citizen: "ông Tám, một hộ nuôi bò"
            if self.tok(j) == "(" and self.tok(end) == ")":
                end += 1
            official.posts, j = posts, end
        posts, end = self.verb_posts(j)
        official.posts.extend(posts)
        return official, max(end, j)

    def verb_posts(self, i: int) -> tuple[list[Post], int]:
        """Posts given by a verb at i: "được bầu giữ chức ...", "từng giữ chức ..." (former)."""
        while filler := self.lex.verb_fillers.match(self.words, i):
            i += filler[0]
        former = self.lex.former_verbs.match(self.words, i)
        verb = former or self.lex.appointment_verbs.match(self.words, i)
        if not verb:
            return [], i
        posts, end, _ = self.chain(i + verb[0])
        for post in posts if former else []:
            post.former = True
        return posts, end

    def post_first(self, i: int, honorific: bool) -> tuple[Official, int] | None:
        if not self.lex.title(self.words, i) and not self.lex.modifiers.match(self.words, i):
            return None
        posts, end, name = self.chain(i, post_first=True)
        if not posts or name is None:
            return None
        if not honorific and not any(p.body or is_abbreviation(p.text) for p in posts) and len(posts) < 2:
            return None  # "Chủ tịch Hồ Chí Minh": a title alone is not enough without "đồng chí"
        first, last = name
        return Official(" ".join(self.tok(j) for j in range(first, last)), posts), last

    def named_units(self) -> dict[str, str]:
        """The first unit of each level the text names ("xã Vĩnh Hảo", "Huyện ủy Hàm Yên"): the article's subject."""
        units: dict[str, str] = {}
        for i in range(len(self.tokens)):
            level = None
            if (found := self.lex.levels.match(self.words, i)) and self.tok(i)[0].islower():
                size, level = found[0], found[1].data
            elif (found := self.lex.body(self.words, i)) and (found[1].data or {}).get("level") in LEVEL_ORDER \
                    and not found[1].data.get("head"):  # "Huyện ủy Hàm Yên", not "Sở Nội vụ"
                size, level = found[0], found[1].data["level"]
            if level in ("province", "district", "commune") and level not in units:
                place, _ = self.place_or_name(i + size, True, after_level=True)
                if place:
                    units[level] = self.span(i + size, i + size + place)
        return units

    def officials(self) -> list[Official]:
        found: list[Official] = []
        i = 0
        while i < len(self.tokens):
            official, i = self.mention_at(i)
            if official is not None:
                found.append(official)
        return found


def inherit_levels(posts: list[Post]) -> None:
    """A post without a unit word takes the next post's unit, else the previous one's:
    "UVBTV, Trưởng Ban Dân vận Huyện ủy" is of the district, "Phó Bí thư Đảng ủy, Chủ tịch UBND xã" of the commune."""
    for index, post in enumerate(posts):
        if post.level is None:
            others = [p for p in posts[index + 1:] if p.level] or [p for p in posts[:index][::-1] if p.level]
            if others:
                post.level = others[0].level
                post.place_name = post.place_name or others[0].place_name


def merge_by_person(officials: list[Official]) -> list[Official]:
    """One entry per person in an article, their posts in order of first appearance."""
    merged: dict[str, Official] = {}
    for official in officials:
        person = merged.setdefault(fold_name(official.name), Official(official.name))
        for post in official.posts:
            if not any(post.same_as(held) for held in person.posts):
                person.posts.append(post)
    return list(merged.values())


def fold_name(name: str) -> str:
    """A name's grouping key: no diacritics, no case, single spaces."""
    from archive.fold import fold

    return " ".join(fold(name.replace("’", "'")).split())


def extract_officials(text: str | None, lexicon: Lexicon | None = None) -> list[Official]:
    """Every official the clean article text names, one entry per person."""
    if not text:
        return []
    lexicon = lexicon or load()
    parser = Parser("\n".join(prose_lines(text, lexicon)), lexicon)
    found = merge_by_person(parser.officials())
    units = parser.named_units()
    for post in (p for o in found for p in o.posts if not p.place_name and p.level in units):
        post.place_name = units[post.level]  # "Đảng ủy xã Vĩnh Hảo tổ chức ..., đồng chí X, Bí thư Đảng ủy xã"
    return found
