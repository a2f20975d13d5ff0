"""Random URL vocabulary for the generated trap portals (see trapsites.py).

Everything a trap URL is spelled with is drawn here from a seeded RNG: path
words are random syllables, query keys are random words, dates are written in
one of many spellings, so no word list in the crawler can name them.  The
generator keeps each spelling as a small codec (format and parse) so the
portal knows its own URLs; the crawler has to learn them from what they yield.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

# Words a list-based rule might know (Vietnamese and English for calendar, archive,
# search, sort, view, session, page...). Generated words never contain them, so a
# trap can only be recognised by what it does.
HINTS = ("lich", "thang", "nam", "ngay", "tuan", "date", "day", "month", "year", "week", "cal", "arch", "luu", "search",
         "seek", "tim", "kiem", "find", "query", "sort", "order", "view", "xem", "kieu", "sess", "sid", "token", "page",
         "trang", "filter", "loc", "from", "tag", "list", "news", "tin", "bai", "event", "time", "print", "user", "login",
         "admin", "feed", "rss", "jsession", "cur", "idx", "index", "num", "sap", "xep", "hien", "thi", "tu", "den", "to",
         "ym", "yy", "mm", "dd", "ky", "key", "utm", "ref", "id")
_ONSETS = ("b", "br", "d", "dr", "f", "fl", "g", "gr", "j", "k", "kl", "m", "n", "p", "pl", "r", "s", "sk", "st", "v",
           "w", "z", "zh", "q")
_NUCLEI = ("a", "e", "i", "o", "u", "ae", "ei", "ou", "y")
_CODAS = ("", "", "", "", "b", "f", "k", "l", "m", "n", "r", "s", "x", "z")


def _clean(w: str) -> bool:
    return len(w) >= 3 and not any(h in w for h in HINTS if len(h) >= 3) and w not in HINTS


def word(rng: random.Random, syllables: tuple[int, int] = (2, 2)) -> str:
    """A pronounceable nonsense word such as 'zoukel' or 'bradifex'."""
    while True:
        n = rng.randint(*syllables)
        w = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(n))
        if _clean(w):
            return w


def query_key(rng: random.Random) -> str:
    """A query parameter name in one of the styles portals use (plain, snake, camel, prefixed)."""
    style = rng.randrange(4)
    if style == 0:
        return word(rng, (1, 2))
    if style == 1:
        return word(rng, (1, 1)) + "_" + word(rng, (1, 2))
    if style == 2:
        w = word(rng, (1, 1))
        return w + word(rng, (1, 1)).capitalize()
    return rng.choice("xfgwz") + word(rng, (1, 2)).capitalize()


def distinct(rng: random.Random, make, n: int, taken: set[str]) -> list[str]:
    """n values from make(rng) not yet in taken (taken is updated)."""
    out: list[str] = []
    while len(out) < n:
        v = make(rng)
        if v not in taken:
            taken.add(v)
            out.append(v)
    return out


def token(rng: random.Random, style: str | None = None) -> str:
    """A session-token value: hex, base36 or GUID."""
    style = style or rng.choice(["hex", "b36", "guid"])
    if style == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([24, 26, 32])))
    if style == "b36":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---- dates ------------------------------------------------------------------------------
# A spelling is a template over {Y} {m} {mm} {d} {dd} and letter slots {a} {b} {c}
# (random letters fixed per portal, e.g. "y2025/m07" or "t7x2025").
DAY_SPELLINGS = ("{Y}/{mm}/{dd}", "{Y}{mm}{dd}", "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}", "{Y}-{m}-{d}", "{a}{Y}/{b}{mm}/{c}{dd}",
                 "{Y}_{mm}_{dd}", "{d}-{m}-{Y}", "{dd}{mm}{Y}", "{Y}-{mm}-{dd}", "{a}{Y}{b}{mm}{c}{dd}")
MONTH_SPELLINGS = ("{Y}/{mm}", "{mm}-{Y}", "{Y}{mm}", "{a}{Y}/{b}{mm}", "{Y}-{m}", "{mm}.{Y}", "{b}{m}{a}{Y}",
                   "{Y}_{m}", "{a}{Y}-{b}{mm}", "{m}-{Y}")
_FIELD_RE = {"Y": r"(?P<Y>\d{4})", "m": r"(?P<m>\d{1,2})", "mm": r"(?P<m>\d{2})", "d": r"(?P<d>\d{1,2})",
             "dd": r"(?P<d>\d{2})"}


@dataclass(frozen=True)
class Spelling:
    """One way to write a day or a month, with its parser."""
    template: str
    letters: tuple[tuple[str, str], ...] = ()

    @property
    def unit(self) -> str:
        return "day" if "{d" in self.template else "month"

    def format(self, d: dt.date) -> str:
        vals = {"Y": f"{d.year:04d}", "m": str(d.month), "mm": f"{d.month:02d}", "d": str(d.day), "dd": f"{d.day:02d}",
                **dict(self.letters)}
        return self.template.format(**vals)

    def pattern(self) -> str:
        out, pos = [], 0
        for m in re.finditer(r"\{(\w+)\}", self.template):
            out.append(re.escape(self.template[pos:m.start()]))
            name = m.group(1)
            out.append(_FIELD_RE.get(name) or re.escape(dict(self.letters)[name]))
            pos = m.end()
        out.append(re.escape(self.template[pos:]))
        return "".join(out)

    def parse(self, text: str) -> dt.date | None:
        m = re.fullmatch(self.pattern(), text)
        if not m:
            return None
        try:
            return dt.date(int(m["Y"]), int(m["m"]), int(m.groupdict().get("d") or 1))
        except ValueError:
            return None


def spelling(rng: random.Random, unit: str) -> Spelling:
    template = rng.choice(DAY_SPELLINGS if unit == "day" else MONTH_SPELLINGS)
    letters = tuple((slot, rng.choice("bfghjkqrvwxz")) for slot in ("a", "b", "c") if "{" + slot + "}" in template)
    return Spelling(template, letters)


@dataclass(frozen=True)
class DateURL:
    """Where a date goes in a trap's URL: a path segment, one query value, or split over query keys."""
    base: str  # path before the date ("/zoukel/bradif")
    spelling: Spelling
    where: str  # "path" | "query" | "split"
    keys: tuple[str, ...] = ()  # query key(s): one for "query", Y/m[/d] keys for "split"
    suffix: str = ""  # after the date in the path: "", "/", ".html", ".aspx"

    def url(self, d: dt.date) -> str:
        if self.where == "path":
            return f"{self.base}/{self.spelling.format(d)}{self.suffix}"
        if self.where == "query":
            return f"{self.base}?{self.keys[0]}={quote(self.spelling.format(d), safe='/-._')}"
        vals = [d.year, d.month, d.day][:len(self.keys)]
        return f"{self.base}?" + urlencode(list(zip(self.keys, vals)))

    def parse(self, path: str, query: dict[str, str]) -> dt.date | None:
        if self.where == "path":
            prefix = self.base + "/"
            if not (path.startswith(prefix) and path.endswith(self.suffix)) or query:
                return None
            return self.spelling.parse(path[len(prefix):len(path) - len(self.suffix) or None])
        if path != self.base or set(query) != set(self.keys):
            return None
        if self.where == "query":
            return self.spelling.parse(query[self.keys[0]])
        try:
            nums = [int(query[k]) for k in self.keys] + [1]
            return dt.date(nums[0], nums[1], nums[2])
        except (ValueError, KeyError):
            return None


def date_url(rng: random.Random, base: str, unit: str) -> DateURL:
    sp = spelling(rng, unit)
    where = rng.choice(["path", "path", "query", "split"])
    if where == "path":
        return DateURL(base, sp, "path", suffix=rng.choice(["", "", "/", ".html", ".aspx"]))
    if where == "query":
        return DateURL(base, sp, "query", keys=(query_key(rng),))
    keys = distinct(rng, lambda r: word(r, (1, 2)), 3 if unit == "day" else 2, set())
    return DateURL(base, Spelling("{Y}-{m}-{d}" if unit == "day" else "{Y}-{m}"), "split", keys=tuple(keys))


def path_base(rng: random.Random, depth: tuple[int, int] = (1, 2), taken: set[str] | None = None) -> str:
    """A path of random words: '/zoukel' or '/bradif/kleimor'."""
    taken = taken if taken is not None else set()
    return "/" + "/".join(distinct(rng, word, rng.randint(*depth), taken))


# ---- productive shapes: listings, pagers, articles ---------------------------------------

@dataclass(frozen=True)
class PagerShape:
    """How page n of a listing is addressed; page 1 is the listing itself."""
    style: str  # "query" | "zero" | "offset" | "path-dash" | "path-slash" | "path-html"
    key: str

    def url(self, base: str, n: int, size: int) -> str:
        if n == 1:
            return base
        if self.style in ("query", "zero", "offset") or "?" in base:
            val = {"zero": n - 1, "offset": (n - 1) * size}.get(self.style, n)
            return f"{base}{'&' if '?' in base else '?'}{self.key}={val}"
        stem = base.rstrip("/")
        if self.style == "path-html" and stem.endswith(".html"):
            return f"{stem[:-5]}-{self.key}{n}.html"
        if self.style == "path-slash":
            return f"{stem}/{self.key}/{n}/"
        return f"{stem}/{self.key}-{n}"


KNOWN_PAGER_KEYS = ("page", "PageIndex", "p", "trang", "start")


def pager_shape(rng: random.Random) -> PagerShape:
    style = rng.choice(["query", "query", "zero", "offset", "path-dash", "path-slash", "path-html"])
    key = rng.choice(KNOWN_PAGER_KEYS) if rng.random() < 0.4 else (query_key(rng) if style in ("query", "zero", "offset")
                                                                   else word(rng, (1, 2)))
    return PagerShape(style, key)


SECTION_SHAPES = ("/{sec}", "/{w}/{sec}/", "/{w}/{sec}.html", "/{w}.aspx?{k}={num}", "/{w}/{Sec}.aspx", "/{w}/{sec}")
ARTICLE_SHAPES = ("/{sec}/{slug}-{id}", "/{w}/{sec}/{slug}-{id}.html", "/{w}/{Y}/{mm}/{dd}/{slug}.html",
                  "/{w}/{v}/{Y}-{m}-{d}/{Slug}-{tok}.aspx", "/{w}.aspx?{k}={id}", "/?{k}={guid}",
                  "/{slug}-{a}{num}{b}{id}.html", "/{slug}/", "/{sec}/{slug}.{id}", "/{w}/{id}/{slug}")


@dataclass
class Shapes:
    """Every URL template one portal uses for its real pages (articles, sections, pager, static pages)."""
    section: str
    article: str
    pager: PagerShape
    fill: dict[str, str] = field(default_factory=dict)  # the portal's random words {w} {v} {k} {a} {b}
    static: dict[str, str] = field(default_factory=dict)


def shapes(rng: random.Random, taken: set[str]) -> Shapes:
    fill = {"w": distinct(rng, word, 1, taken)[0], "v": distinct(rng, word, 1, taken)[0],
            "k": distinct(rng, query_key, 1, taken)[0], "a": rng.choice("bfghjkqrvwxz"), "b": rng.choice("bfghjkqrvwxz")}
    static = {kind: rng.choice(["/{x}", "/{x}.html", "/{w}/{x}.aspx", "/{x}/"]).format(x=distinct(rng, word, 1, taken)[0],
                                                                                      w=fill["w"])
              for kind in ("intro", "contact", "docs", "login")}
    return Shapes(rng.choice(SECTION_SHAPES), rng.choice(ARTICLE_SHAPES), pager_shape(rng), fill, static)
