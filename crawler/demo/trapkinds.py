"""The trap kinds a generated portal can have (see trapsites.py).

Each trap owns a URL space spelled with random words (trapshapes.py), knows
whether a URL belongs to it (``match``), renders its pages (``serve``) and
puts its entry links on the portal's pages (``sidebar`` / ``listing_bar``).
Trap pages only ever show articles that the portal's sections also list, so a
crawler that skips every trap still finds every article.

The page text is Vietnamese (what real portals print); the URLs are not.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_plus, urlencode

from .boiler import e
from .templates import CAL_EVENTS
from .trapshapes import date_url, distinct, path_base, query_key, spelling, token, word

if TYPE_CHECKING:
    from .trapsites import Section, TrapSite

KINDS = ("calendar", "monthly-archive", "date-filter", "search", "sort-view", "session-id")


def _links(items: list[tuple[str, str]], cls: str, title: str = "") -> str:
    head = f'<h3 class="block-title">{e(title)}</h3>' if title else ""
    lis = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in items)
    return f'<div class="block {cls}">{head}<ul>{lis}</ul></div>'


def _month_shift(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def _list_or_empty(site: "TrapSite", items: list, empty: str) -> str:
    if not items:
        return f'<p class="empty">{e(empty)}</p>'
    return '<div class="news-list">' + "".join(site.item_html(p) for p in items) + "</div>"


class Trap:
    kind = ""
    unit = "day"  # what date_of() stands for: a day, or a whole month

    def match(self, site: "TrapSite", path: str, q: dict[str, str]) -> Any | None:
        raise NotImplementedError

    def serve(self, site: "TrapSite", state: Any, target: str) -> str:
        raise NotImplementedError

    def date_of(self, state: Any) -> dt.date | None:
        """The date a page of this trap is for (the first day of a month, the start of a period), if any."""
        return None

    def sidebar(self, site: "TrapSite") -> str:
        return ""

    def listing_bar(self, site: "TrapSite", sec: "Section", page: int) -> str:
        return ""


class Calendar(Trap):
    """A work calendar by day or by month, with previous/next links forever both ways (a chain, not a grid)."""
    kind = "calendar"

    def __init__(self, rng: random.Random, taken: set[str]):
        self.unit = rng.choice(["day", "month"])
        self.url = date_url(rng, path_base(rng, taken=taken), self.unit)

    def match(self, site, path, q):
        return self.url.parse(path, q)

    def date_of(self, state):
        return state

    def _shift(self, d: dt.date, n: int) -> dt.date:
        """n steps of this calendar: days, or months."""
        return d + dt.timedelta(days=n) if self.unit == "day" else _month_shift(d, n)

    def _today(self, site: "TrapSite") -> dt.date:
        return site.today if self.unit == "day" else site.today.replace(day=1)

    def serve(self, site, d, target):
        rng = random.Random(f"{site.key}|cal|{d}")
        day = self.unit == "day"
        label = f"ngày {d:%d/%m/%Y}" if day else f"tháng {d.month}/{d.year}"
        step = "Ngày" if day else "Tháng"
        nav = [(self.url.url(self._shift(d, -1)), f"« {step} trước"), (self.url.url(self._shift(d, 1)), f"{step} sau »"),
               (self.url.url(self._today(site)), "Hôm nay")]
        same = [p for p in site.articles if p.art.date[:10 if day else 7] == d.isoformat()[:10 if day else 7]]
        events = rng.sample(CAL_EVENTS, rng.randrange(0, 3)) if rng.random() < 0.3 else []
        rows = "".join(f"<tr><td>{d:%d/%m/%Y}</td><td>{e(ev)}</td></tr>" for ev in events) or \
            '<tr><td colspan="2">Chưa có lịch công tác.</td></tr>'
        main = (f'<h1>Lịch công tác {label}</h1><div class="cal-nav">'
                + " ".join(f'<a href="{e(u)}">{t}</a>' for u, t in nav) + '</div>'
                f'<table class="calendar"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>'
                + (_list_or_empty(site, same, "") if same else ""))
        return site.trap_page(f"Lịch công tác {label}", main, target)

    def sidebar(self, site):
        t = self._today(site)
        ahead = self._shift(t, 7 if self.unit == "day" else 1)
        items = [(self.url.url(t), "Lịch công tác hôm nay"), (self.url.url(ahead), "Lịch tuần tới")]
        return _links(items, "work-calendar", "Lịch công tác")


class MonthlyArchive(Trap):
    """Articles by month; every month links to the previous and the next one, forever."""
    kind = "monthly-archive"
    unit = "month"

    def __init__(self, rng: random.Random, taken: set[str]):
        self.url = date_url(rng, path_base(rng, taken=taken), "month")

    def match(self, site, path, q):
        return self.url.parse(path, q)

    def date_of(self, state):
        return state

    def serve(self, site, d, target):
        items = [p for p in site.articles if p.art.date[:7] == d.isoformat()[:7]]
        main = (f'<h1>Lưu trữ tháng {d.month}/{d.year}</h1>'
                f'<div class="archive-nav"><a href="{e(self.url.url(_month_shift(d, -1)))}">« Tháng trước</a> '
                f'<a href="{e(self.url.url(_month_shift(d, 1)))}">Tháng sau »</a></div>'
                + _list_or_empty(site, items, "Không có bài viết nào trong tháng này."))
        return site.trap_page(f"Lưu trữ tháng {d.month}/{d.year}", main, target)

    def sidebar(self, site):
        months = [_month_shift(site.today, -i) for i in range(6)]
        return _links([(self.url.url(m), f"Tháng {m.month}/{m.year}") for m in months], "archive", "Lưu trữ")


class DateFilter(Trap):
    """A section listing filtered by a from/to date pair; presets and previous/next period links."""
    kind = "date-filter"

    def __init__(self, rng: random.Random, taken: set[str]):
        self.keys = tuple(distinct(rng, query_key, 2, taken))
        self.spelling = spelling(rng, "day")

    def url(self, sec: "Section", a: dt.date, b: dt.date) -> str:
        q = urlencode([(self.keys[0], self.spelling.format(a)), (self.keys[1], self.spelling.format(b))], safe="/")
        return f"{sec.base}{'&' if '?' in sec.base else '?'}{q}"

    def match(self, site, path, q):
        if not all(k in q for k in self.keys):
            return None
        rest = {k: v for k, v in q.items() if k not in self.keys}
        found = site.listing_at(path, rest)
        if not found or found[1] != 1:
            return None
        a, b = (self.spelling.parse(q[k]) for k in self.keys)
        return (found[0], a, b) if a and b and a <= b else None

    def date_of(self, state):
        return state[1]

    def serve(self, site, state, target):
        sec, a, b = state
        span = b - a + dt.timedelta(days=1)
        items = [p for p in sec.items if a.isoformat() <= p.art.date <= b.isoformat()]
        one = dt.timedelta(days=1)
        nav = [(self.url(sec, a - span, a - one), "« Kỳ trước"), (self.url(sec, b + one, b + span), "Kỳ sau »")]
        main = (f'<h1>{e(sec.cat.name)}: từ {a:%d/%m/%Y} đến {b:%d/%m/%Y}</h1>'
                + " ".join(f'<a href="{e(u)}">{t}</a>' for u, t in nav)
                + _list_or_empty(site, items, "Không có tin bài trong khoảng thời gian này.") + self.listing_bar(site, sec, 1))
        return site.trap_page(f"{sec.cat.name} - {a:%d/%m/%Y}", main, target)

    def listing_bar(self, site, sec, page):
        t = site.today
        presets = [(self.url(sec, t - dt.timedelta(days=6), t), "7 ngày qua"),
                   (self.url(sec, t.replace(month=1, day=1), t), "Năm nay")]
        links = " | ".join(f'<a href="{e(u)}">{x}</a>' for u, x in presets)
        return f'<div class="date-filter">Lọc theo thời gian: {links}</div>'



def _fold(s: str) -> str:
    """Lowercase without diacritics, so a query matches titles as portals' search boxes do."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


class Search(Trap):
    """Search results for random queries; results link related queries; a results pager."""
    kind = "search"
    PER_PAGE = 5

    def __init__(self, rng: random.Random, taken: set[str], titles: list[str]):
        self.path = rng.choice(["{b}", "{b}.aspx", "{b}/"]).format(b=path_base(rng, taken=taken))
        self.qkey, self.pkey = distinct(rng, query_key, 2, taken)
        words = sorted({w for t in titles for w in re.findall(r"\w{4,}", t.lower()) if not w.isdigit()})
        self.vocab = rng.sample(words, min(12, len(words)))

    def url(self, query: str, page: int = 1) -> str:
        params = [(self.qkey, query)] + ([(self.pkey, str(page))] if page > 1 else [])
        return f"{self.path}?{urlencode(params, quote_via=quote_plus)}"

    def match(self, site, path, q):
        if path != self.path or self.qkey not in q or not set(q) <= {self.qkey, self.pkey}:
            return None
        page = q.get(self.pkey, "1")
        return (q[self.qkey], int(page)) if page.isdigit() and int(page) >= 1 else None

    def serve(self, site, state, target):
        query, page = state
        words = _fold(query).split()
        hits = [p for p in site.articles if words and all(w in _fold(p.art.title) for w in words)]
        n = max(1, -(-len(hits) // self.PER_PAGE))
        shown = hits[(page - 1) * self.PER_PAGE: page * self.PER_PAGE]
        pager = [(self.url(query, k), str(k)) for k in range(1, n + 1) if k != page]
        base = query.split()
        others = [w for w in self.vocab if w not in base]
        rel = [f"{base[0]} {w}" for w in others[:3]] if len(base) == 1 else base[::-1][:1] + others[:2]
        main = (f'<h1>Kết quả tìm kiếm</h1>{self.form(query)}<p class="search-results">Tìm thấy {len(hits)} kết quả cho '
                f'"{e(query)}"</p>' + _list_or_empty(site, shown, "Không tìm thấy kết quả phù hợp.")
                + '<div class="pager">' + " ".join(f'<a href="{e(u)}">{t}</a>' for u, t in pager) + "</div>"
                + _links([(self.url(r), r) for r in rel], "related-search", "Tìm kiếm liên quan"))
        return site.trap_page(f"Tìm kiếm: {query}", main, target)

    def form(self, query: str = "") -> str:
        return (f'<form class="search-form" action="{e(self.path)}" method="get"><input name="{e(self.qkey)}" value="{e(query)}" '
                'placeholder="Nhập từ khóa..."><button type="submit">Tìm kiếm</button></form>')

    def sidebar(self, site):
        return (f'<div class="block search"><h3 class="block-title">Tìm kiếm</h3>{self.form()}</div>'
                + _links([(self.url(w), w) for w in self.vocab[:4]], "hot-keywords", "Từ khóa nổi bật"))


class SortView(Trap):
    """The same listing reordered or re-laid-out under random parameter names and values."""
    kind = "sort-view"
    ORDERS = ("Mới nhất", "Cũ nhất", "Tiêu đề A-Z")  # the default, then one label per value in self.sorts
    VIEWS = ("Danh sách", "Lưới")

    def __init__(self, rng: random.Random, taken: set[str]):
        self.sort_key, self.view_key = distinct(rng, query_key, 2, taken)
        self.sorts = distinct(rng, lambda r: word(r, (1, 2)), 2, set())  # 2 orders x (1 layout + default): 5 variants a page
        self.views = distinct(rng, lambda r: word(r, (1, 2)), 1, set())

    def params(self) -> dict[str, list[str]]:
        return {self.sort_key: self.sorts, self.view_key: self.views}

    def match(self, site, path, q):
        variant = {k: v for k, v in q.items() if k in (self.sort_key, self.view_key)}
        if not variant or any(v not in self.params()[k] for k, v in variant.items()):
            return None
        found = site.listing_at(path, {k: v for k, v in q.items() if k not in variant})
        return (found[0], found[1], variant) if found else None

    def with_variant(self, url: str, variant: dict[str, str]) -> str:
        return url + ("&" if "?" in url else "?") + urlencode(sorted(variant.items()))

    def serve(self, site, state, target):
        sec, page, variant = state
        items = list(sec.items)
        order = self.sorts.index(variant[self.sort_key]) if self.sort_key in variant else -1
        if order == 0:
            items.reverse()
        elif order == 1:
            items.sort(key=lambda p: p.art.title)
        shown = items[(page - 1) * sec.size: page * sec.size]
        html = site.listing_html(sec, page, shown)

        def keep_variant(url: str) -> str:  # the pager and the bar keep the current variant
            found = site.listing_at_url(url)
            if found and found[0] is sec:
                return self.with_variant(url, variant)
            m = site.classify_url(url)
            if m.trap is self:
                return self.with_variant(site.listing_url(sec, m.data[1]), {**variant, **m.data[2]})
            return url
        return site.rewrite_links(html, keep_variant)

    def listing_bar(self, site, sec, page):
        here = site.listing_url(sec, page)
        sorts = " | ".join(f'<a href="{e(self.with_variant(here, {self.sort_key: v}))}">{label}</a>'
                           for v, label in zip(self.sorts, self.ORDERS[1:]))
        views = " | ".join(f'<a href="{e(self.with_variant(here, {self.view_key: v}))}">{label}</a>'
                           for v, label in zip(self.views, self.VIEWS[1:]))
        return f'<div class="list-tools"><span>Sắp xếp: {sorts}</span> <span>Hiển thị: {views}</span></div>'


@dataclass
class SessionStyle:
    how: str  # "query" | "matrix" | "prefix"
    name: str


class SessionId(Trap):
    """Links that carry a session token under a random name; pages reached so keep it in every link."""
    kind = "session-id"

    def __init__(self, rng: random.Random, taken: set[str]):
        how = rng.choice(["query", "query", "matrix", "prefix"])
        name = distinct(rng, query_key, 1, taken)[0] if how != "prefix" else rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ")
        self.style = SessionStyle(how, name)
        self.token_style = rng.choice(["hex", "b36", "guid"])
        self.seed = rng.random()

    def issue(self, site: "TrapSite") -> str:
        return token(random.Random(f"{site.key}|{self.seed}"), self.token_style)

    def add(self, url: str, tok: str) -> str:
        if not url.startswith("/") or url.startswith("//") or self.strip(url):
            return url
        s = self.style
        if s.how == "prefix":
            return f"/({s.name}({tok})){url}"
        path, sep, query = url.partition("?")
        if s.how == "matrix":
            return f"{path};{s.name}={tok}{sep}{query}"
        return f"{url}{'&' if sep else '?'}{s.name}={tok}"

    def strip(self, target: str) -> tuple[str, str] | None:
        """(the target without the token, the token), or None when the target carries none."""
        s = self.style
        if s.how == "prefix":
            m = re.match(r"/\(" + re.escape(s.name) + r"\(([^)/]+)\)\)(/.*)?$", target)
            return ((m.group(2) or "/"), m.group(1)) if m else None
        path, sep, query = target.partition("?")
        if s.how == "matrix":
            m = re.search(";" + re.escape(s.name) + r"=([^/;?]*)", path)
            return (path[:m.start()] + path[m.end():] + sep + query, m.group(1)) if m else None
        parts = query.split("&") if query else []
        mine = [p for p in parts if p.split("=", 1)[0] == s.name]
        if not mine:
            return None
        rest = "&".join(p for p in parts if p not in mine)
        return path + ("?" + rest if rest else ""), mine[0].partition("=")[2]

    def match(self, site, path, q):  # session URLs are recognised on the raw target, see TrapSite.classify
        return None


def build_traps(rng: random.Random, kinds: list[str], taken: set[str], titles: list[str]) -> list[Trap]:
    make = {"calendar": lambda: Calendar(rng, taken), "monthly-archive": lambda: MonthlyArchive(rng, taken),
            "date-filter": lambda: DateFilter(rng, taken), "search": lambda: Search(rng, taken, titles),
            "sort-view": lambda: SortView(rng, taken), "session-id": lambda: SessionId(rng, taken)}
    return [make[k]() for k in kinds]


__all__ = ["KINDS", "Trap", "Calendar", "MonthlyArchive", "DateFilter", "Search", "SortView", "SessionId", "build_traps"]
