"""Generated portals full of crawler traps, served on loopback (one address per portal).

    with TrapPortals(n=12, seed=7) as tp:
        tp.write_portals_csv("portals.csv")
        ...crawl...
        tp.trap_requests()        # {(portal url, trap kind): requests}
        tp.article_urls()         # the ground truth

Each portal is drawn at random from the seed: a CMS skin (the sample families
of families.py), 2-4 sections with pagers (some 15+ pages long), ~25 articles
dated between the portal's first year and today, and 2+ traps drawn from
trapkinds.KINDS.  Every URL shape -- sections, pagers, articles, traps -- is
spelled with random words, random query keys and random date spellings
(trapshapes.py), so a crawler can only tell a trap by what its pages yield.

The generator knows its own URL spaces: ``TrapSite.classify`` names the page
(home, listing, article, static, or which trap) that a target is, and the
server serves exactly that, so ``is_trap`` is ground truth.

``python -m crawler.demo.trapsites [N] [SEED]`` serves them until Ctrl-C.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import random
import re
import threading
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit

from . import boiler as B
from .boiler import e
from .content import Article, load_bank, synthetic_articles
from .families import FAMILIES
from .model import Category, Placed, Site
from .server import SamplePortals
from .sites import FAKE_PDF, Response, site_name
from .templates import Ctx, Renderer, slugify
from .trapkinds import KINDS, SessionId, Trap, build_traps
from .trapshapes import Shapes, shapes

SECTION_NAMES = ("Tin tức - Sự kiện", "Chính trị", "Kinh tế - Xã hội", "Văn hóa - Xã hội", "Quốc phòng - An ninh",
                 "Chuyển đổi số", "Nông thôn mới", "Thông báo", "Hoạt động của lãnh đạo", "Cải cách hành chính", "Tin địa phương")
PLACE_PARTS = ("Tân", "Phú", "An", "Hòa", "Bình", "Thạnh", "Long", "Mỹ", "Hưng", "Đông", "Xuân", "Thuận", "Quang", "Minh",
               "Đức", "Phước", "Lộc", "Sơn", "Hải", "Trung", "Nghĩa", "Thịnh")
PROVINCES = ("Thanh Hóa", "Nghệ An", "Đồng Nai", "An Giang", "Khánh Hòa", "Tuyên Quang", "Lạng Sơn", "Phú Thọ", "Hải Phòng",
             "Quảng Ngãi", "Lâm Đồng", "Điện Biên", "Hà Tĩnh", "Bắc Ninh")
LONG_PAGER_PAGES = 15  # a "long productive pager" has at least this many pages, each with articles


@dataclass(frozen=True)
class Plan:
    """What generate() decided for one portal before drawing the rest from its RNG."""
    index: int
    articles: int
    today: dt.date
    traps: tuple[str, ...]  # trap kinds
    long_pager: bool  # one section pages through LONG_PAGER_PAGES+ pages, one article each


@dataclass
class Section:
    cat: Category
    base: str  # URL of page 1
    size: int  # articles per page
    items: list[Placed]  # newest first

    @property
    def npages(self) -> int:
        return max(1, -(-len(self.items) // self.size))


@dataclass(frozen=True)
class Page:
    """What a target is on its portal: kind is home/listing/article/static/robots/pdf/trap."""
    kind: str
    trap: Trap | None = None
    data: Any = None

    @property
    def trap_kind(self) -> str | None:
        return self.trap.kind if self.trap else None


NOT_FOUND = Page("missing")


@dataclass
class TrapCtx(Ctx):
    session: str | None = None  # a token the menu links carry on this page


class ShapedRenderer:
    """Mixed in front of a family renderer: the family's markup with the generated portal's URLs and trap links."""
    owner: "TrapSite"

    def home_path(self, site: Site) -> str:
        return "/"

    def article_path(self, site: Site, p: Placed) -> str:
        return p.path

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        return self.owner.listing_url(self.owner.section(cat), page)

    def static_path(self, site: Site, kind: str) -> str:
        return self.owner.shapes.static.get(kind, "#")

    def search_url(self, site: Site, q: str) -> str:
        search = self.owner.trap("search")
        return search.url(q) if search else "#"

    def print_path(self, p: Placed) -> str:
        return "#"

    def feed_path(self, site: Site) -> str | None:
        return None

    def menu_items(self, ctx: Ctx) -> list[tuple[str, str]]:
        items = super().menu_items(ctx)  # type: ignore[misc]
        session = self.owner.trap("session-id")
        tok = getattr(ctx, "session", None)
        return [(session.add(u, tok), t) for u, t in items] if session and tok else items

    def sidebar(self, ctx: Ctx, exclude: Placed | None = None) -> str:
        return super().sidebar(ctx, exclude) + "".join(t.sidebar(self.owner) for t in self.owner.traps)  # type: ignore[misc]

    def pager_html(self, site: Site, cat: Category, page: int, npages: int, *args: Any, **kw: Any) -> str:
        sec = self.owner.section(cat)
        bars = "".join(t.listing_bar(self.owner, sec, page) for t in self.owner.traps)
        return super().pager_html(site, cat, page, npages, *args, **kw) + bars  # type: ignore[misc]


def shaped_renderer(cms: str, owner: "TrapSite") -> Renderer:
    family = type(FAMILIES[cms])
    r = type(f"Shaped{family.__name__}", (ShapedRenderer, family), {})()
    r.owner = owner
    return r


def _fill(template: str, **vals: Any) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(vals[m.group(1)]), template)


class TrapSite:
    """One generated portal: its articles, sections, URL shapes and traps, and the router over them."""

    def __init__(self, plan: Plan, rng: random.Random, bank: list[Article], taken: set[str]):
        """taken: words already used by other portals of the same seed (each portal gets its own)."""
        self.index, self.today = plan.index, plan.today
        self.key = f"p{plan.index:02d}"
        self.cms = rng.choice(sorted(FAMILIES))
        self.r = shaped_renderer(self.cms, self)
        self.shapes: Shapes = shapes(rng, taken)
        self.site = self._site(rng)
        self.lock = threading.RLock()
        self.articles: list[Placed] = []  # newest first
        self.sections: list[Section] = []
        self._place(rng, bank, plan.articles, plan.long_pager)
        self.traps: list[Trap] = build_traps(rng, list(plan.traps), taken, [p.art.title for p in self.articles])
        self._routes = self._build_routes()
        self._route_skin_links()

    # ---- generation ------------------------------------------------------------------
    def _site(self, rng: random.Random) -> Site:
        level = rng.choice(["commune", "commune", "district"])
        unit = ("xã " if level == "commune" else "huyện ") + " ".join(rng.sample(PLACE_PARTS, 2))
        province = rng.choice(PROVINCES)
        return Site(key=self.key, family=self.cms, name=site_name(unit, level), unit_name=unit, level=level,
                    province=province, district=unit if level == "district" else "", commune=unit if level == "commune" else "",
                    base_url="http://127.0.0.1", address=f"Trụ sở UBND {unit}, tỉnh {province}",
                    email=f"ubnd.{self.key}@{slugify(province).replace('-', '')}.gov.vn", opts={})

    def _place(self, rng: random.Random, bank: list[Article], n: int, long_pager: bool) -> None:
        names = rng.sample(SECTION_NAMES, rng.randint(2, 4))
        cats = [Category(slugify(nm), nm, rng.randrange(10, 99) + 100 * i) for i, nm in enumerate(names)]
        first = dt.date(rng.randint(2019, 2023), rng.randint(1, 12), 1)
        span = (self.today - first).days
        picks = rng.sample(bank, min(n, len(bank)))
        picks += synthetic_articles(n - len(picks), start=1000 + 100 * self.index) if n > len(picks) else []
        dates = sorted((first + dt.timedelta(days=rng.randrange(span)) for _ in range(n)), reverse=True)
        long_share = max(LONG_PAGER_PAGES + 1, int(n * 0.65)) if long_pager else 0
        seen_slugs: set[str] = set()
        for i, (a, d) in enumerate(zip(picks, dates)):
            when = f"{d.isoformat()}T{rng.randint(7, 17):02d}:{rng.randrange(60):02d}:00+07:00"
            title = a.title if rng.random() < 0.5 else f"{self.site.unit_name[0].upper()}{self.site.unit_name[1:]}: {a.title}"
            art = a.with_changes(id=f"{self.key}-{i}", title=title, published_at=when, unit={"name": self.site.unit_name})
            cat = cats[0] if i < long_share or len(cats) == 1 else rng.choice(cats[1:] if long_share else cats)
            self.articles.append(self._placed(rng, art, cat, seen_slugs))
        # long pager: one article per page so 15+ pages each bring a new article
        sizes = [1 if (long_pager and c is cats[0]) else rng.randint(3, 6) for c in cats]
        for c, size in zip(cats, sizes):
            sec_vals = dict(self.shapes.fill, sec=c.slug, Sec=slugify(c.name, upper=True), num=c.num)
            self.sections.append(Section(c, _fill(self.shapes.section, **sec_vals), size,
                                         [p for p in self.articles if p.cat is c]))
        self.site.categories = cats

    def _placed(self, rng: random.Random, art: Article, cat: Category, seen: set[str]) -> Placed:
        num = rng.randrange(10**4, 10**7)
        tok = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
        slug = slugify(art.title, limit=70)
        while slug in seen:
            slug += f"-{rng.randrange(10)}"
        seen.add(slug)
        d = art.date
        guid = hashlib.md5(f"{self.key}{num}".encode()).hexdigest()
        vals = dict(self.shapes.fill, sec=cat.slug, slug=slug, Slug=slugify(art.title, upper=True, limit=60), id=num,
                    num=cat.num, tok=tok, Y=d[:4], mm=d[5:7], dd=d[8:10], m=int(d[5:7]), d=int(d[8:10]),
                    guid=f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:]}")
        p = Placed(art=art, cat=cat, path="", num_id=num, token=tok, slug=slug)
        p.path = _fill(self.shapes.article, **vals)
        return p

    def _build_routes(self) -> dict[tuple, Page]:
        rt: dict[tuple, Page] = {}

        def add(url: str, page: Page) -> None:
            k = _key(url)
            if k in rt:
                raise ValueError(f"{self.key}: two pages at {url}")
            rt[k] = page
        add("/", Page("home"))
        add("/robots.txt", Page("robots"))
        for kind, path in self.shapes.static.items():
            add(path, Page("static", data=kind))
        for sec in self.sections:
            for n in range(1, sec.npages + 1):
                add(self.listing_url(sec, n), Page("listing", data=(sec, n)))
        for p in self.articles:
            add(p.path, Page("article", data=p))
        return rt

    def _route_skin_links(self) -> None:
        """The family skins hard-code a few links (an admin or login page); serve them as the login page."""
        sec = self.sections[0]
        pages = [self.r.render_home(self.ctx()).html, self.listing_html(sec, 1, sec.items[:1]),
                 self.r.render_article(self.ctx(), self.articles[0]).html]
        for page in pages:
            for raw in re.findall(r'<a\b[^>]*?\bhref="(/[^"#]*)"', page):
                url = html.unescape(raw)
                if self.classify(url) is NOT_FOUND and not url.startswith("//"):
                    self._routes[_key(url)] = Page("static", data="login")

    # ---- lookups ------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return self.site.base_url

    def trap(self, kind: str) -> Any:
        return next((t for t in self.traps if t.kind == kind), None)

    def section(self, cat: Category) -> Section:
        return next(s for s in self.sections if s.cat.slug == cat.slug)

    def listing_url(self, sec: Section, n: int) -> str:
        return self.shapes.pager.url(sec.base, n, sec.size)

    def listing_at(self, path: str, q: dict[str, str]) -> tuple[Section, int] | None:
        page = self._routes.get((path, tuple(sorted(q.items()))))
        return page.data if page and page.kind == "listing" else None

    def listing_at_url(self, url: str) -> tuple[Section, int] | None:
        page = self._routes.get(_key(url))
        return page.data if page and page.kind == "listing" else None

    @property
    def article_urls(self) -> set[str]:
        return {self.site.abs(p.path) for p in self.articles}

    def classify(self, target: str) -> Page:
        """What a request target (path?query) is on this portal."""
        session = self.trap("session-id")
        if session and session.strip(target):
            return Page("trap", session, session.strip(target))
        path, q = _split(target)
        page = self._routes.get((path, tuple(sorted(q.items()))))
        if page:
            return page
        for trap in self.traps:
            state = trap.match(self, path, q)
            if state is not None:
                return Page("trap", trap, state)
        if re.fullmatch(r"/uploads/van-ban/\d{4}/[a-z0-9-]+\.pdf", path):
            return Page("pdf")
        return NOT_FOUND

    def classify_url(self, url: str) -> Page:
        sp = urlsplit(url)
        return self.classify(sp.path + ("?" + sp.query if sp.query else ""))

    def is_trap(self, url: str) -> bool:
        return self.classify_url(url).kind == "trap"

    def trap_of(self, url: str) -> str | None:
        return self.classify_url(url).trap_kind

    def future(self, target: str) -> bool:
        """True when the target is a trap page for a date after today (a month after this month)."""
        page = self.classify(target)
        if isinstance(page.trap, SessionId):
            return self.future(page.data[0])
        when = page.trap.date_of(page.data) if page.trap else None
        if when is None:
            return False
        if page.trap.unit == "month":
            return (when.year, when.month) > (self.today.year, self.today.month)
        return when > self.today

    def trap_kind(self, target: str) -> str | None:
        """The trap a request target falls in, or None (SamplePortals.violations() reads this)."""
        return self.classify(target).trap_kind

    # ---- changes while serving -------------------------------------------------------------
    def invalidate(self) -> None:
        with self.lock:
            self._routes = self._build_routes()
            self._route_skin_links()

    def publish(self, arts: list[Article]) -> list[Placed]:
        """Place new articles, dated today, at the head of their sections."""
        with self.lock:
            rng = random.Random(f"{self.key}|publish|{len(self.articles)}")
            seen = {p.slug for p in self.articles}
            new = []
            for i, a in enumerate(arts):
                when = f"{self.today.isoformat()}T{8 + i % 9:02d}:{(7 * i) % 60:02d}:00+07:00"
                sec = self.sections[(len(self.articles) + i) % len(self.sections)]
                p = self._placed(rng, a.with_changes(id=f"{self.key}-new{len(self.articles)}", published_at=when), sec.cat, seen)
                self.articles.insert(0, p)
                sec.items.insert(0, p)
                new.append(p)
            self.invalidate()
            return new

    def edit(self, url: str, extra_paragraph: str) -> Placed:
        with self.lock:
            p = next(p for p in self.articles if self.site.abs(p.path) == url)
            p.art = p.art.with_changes(paragraphs=p.art.paragraphs + (extra_paragraph,))
            p.version += 1
            return p

    # ---- serving ---------------------------------------------------------------------
    def handle(self, target: str) -> Response:
        with self.lock:
            page = self.classify(target)
            if page.trap and isinstance(page.trap, SessionId):
                inner, tok = page.data
                resp = self.handle(inner)
                if resp.ctype.startswith("text/html"):
                    body = self.rewrite_links(resp.body.decode("utf-8"), lambda u: page.trap.add(u, tok))
                    resp = Response(resp.status, body.encode("utf-8"), resp.ctype, dict(resp.headers))
                return resp
            return self._serve(page, target)

    def _serve(self, page: Page, target: str) -> Response:
        ctx = self.ctx()
        if page.kind == "home":
            session = self.trap("session-id")
            ctx.session = session.issue(self) if session else None
            return _html(self.r.render_home(ctx).html)
        if page.kind == "listing":
            sec, n = page.data
            return _html(self.listing_html(sec, n, sec.items[(n - 1) * sec.size: n * sec.size]))
        if page.kind == "article":
            return self._article(page.data)
        if page.kind == "static":
            return _html(self.r.render_static(ctx, page.data).html)
        if page.kind == "trap":
            return _html(page.trap.serve(self, page.data, target))
        if page.kind == "robots":
            return Response(200, b"User-agent: *\nDisallow:\n", "text/plain; charset=utf-8")
        if page.kind == "pdf":
            return Response(200, FAKE_PDF, "application/pdf")
        main = '<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
        return _html(self.r.layout(ctx, "404 - Không tìm thấy trang", main), 404)

    def _article(self, p: Placed) -> Response:
        body = self.r.render_article(self.ctx(), p).html.encode("utf-8")
        etag = '"' + hashlib.md5(body).hexdigest()[:16] + '"'
        t = B.parse_when(p.art).replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))
        t += dt.timedelta(hours=p.version)
        return Response(200, body, headers={"ETag": etag, "Last-Modified": format_datetime(t.astimezone(dt.timezone.utc), usegmt=True)})

    # ---- helpers the traps render with ---------------------------------------------------
    def ctx(self) -> TrapCtx:
        return TrapCtx(site=self.site, items=self.articles)

    def item_html(self, p: Placed) -> str:
        return self.r.listing_item(self.ctx(), p)

    def listing_html(self, sec: Section, n: int, items: list[Placed]) -> str:
        return self.r.render_listing(self.ctx(), sec.cat, n, items, sec.npages).html

    def trap_page(self, title: str, main: str, target: str) -> str:
        ctx = self.ctx()
        ctx.rng = random.Random(f"{self.key}|{target}")
        return self.r.layout(ctx, f"{title} - {self.site.name}", main, "", [("/", "Trang chủ")])

    def rewrite_links(self, page: str, fn: Callable[[str], str]) -> str:
        """Apply fn to every site-relative href/action in the page."""
        def sub(m: re.Match) -> str:
            url = html.unescape(m.group(2))
            return f'{m.group(1)}="{e(fn(url))}"' if url.startswith("/") and not url.startswith("//") else m.group(0)
        return re.sub(r'\b(href|action)="([^"]*)"', sub, page)

    def gold(self, p: Placed) -> dict:
        g = self.r.render_article(self.ctx(), p).gold or {}
        return {"url": self.site.abs(p.path), **g, "portal": self.site.abs("/"), "cms": self.cms}

    def describe(self) -> list[dict[str, str]]:
        """One row per trap: its kind and an example URL (for people reading a bench report)."""
        rows = []
        for t in self.traps:
            rows.append({"portal": self.site.abs("/"), "kind": t.kind, "example": _example(self, t)})
        return rows


def _example(site: TrapSite, t: Trap) -> str:
    if isinstance(t, SessionId):
        return t.add("/", t.issue(site))
    for page in (site.r.render_home(site.ctx()).html, site.listing_html(site.sections[0], 1, site.sections[0].items[:1])):
        for u in re.findall(r'<a\b[^>]*?\bhref="(/[^"]*)"', page):
            u = html.unescape(u)
            if site.classify(u).trap is t:
                return u
    return ""


def _split(target: str) -> tuple[str, dict[str, str]]:
    sp = urlsplit(target)
    return sp.path or "/", dict(parse_qsl(sp.query, keep_blank_values=True))


def _key(url: str) -> tuple:
    path, q = _split(url)
    return (path, tuple(sorted(q.items())))


def _html(html: str, status: int = 200) -> Response:
    return Response(status, html.encode("utf-8"))


def generate(n: int = 12, seed: int = 0, articles_per_portal: int = 25, today: dt.date | None = None,
             traps_per_portal: tuple[int, int] = (2, 4)) -> list[TrapSite]:
    """The portals of one seed (no sockets). Every kind of trap appears when n >= 3."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    bank = load_bank()
    taken: set[str] = set()
    kinds_cycle = list(KINDS)
    rng.shuffle(kinds_cycle)
    sites = []
    for i in range(n):
        k = rng.randint(*traps_per_portal)
        must = kinds_cycle[(2 * i) % len(KINDS)], kinds_cycle[(2 * i + 1) % len(KINDS)]  # all kinds covered
        kinds = list(dict.fromkeys([*must, *rng.sample(KINDS, k)]))[:max(k, 2)]
        plan = Plan(i, articles_per_portal, today, tuple(kinds), long_pager=i % 2 == 0 or rng.random() < 0.3)
        sites.append(TrapSite(plan, random.Random(rng.random()), bank, taken))
    return sites


class TrapPortals(SamplePortals):
    """Generated trap portals served on 127.0.0.10, 127.0.0.11, ... (one per portal).

    The lifecycle, request log (``requests``), ``portals`` and ``write_portals_csv``
    are SamplePortals'; the portals and the ground truth are the generator's.
    """

    def __init__(self, n: int = 12, seed: int = 0, articles_per_portal: int = 25, today: dt.date | None = None,
                 first_ip: int = 10, host_prefix: str = "127.0.0.", base_port: int = 0,
                 traps_per_portal: tuple[int, int] = (2, 4)):
        super().__init__(base_port=base_port, first_ip=first_ip, host_prefix=host_prefix)
        self.n, self.seed, self.articles_per_portal, self.today = n, seed, articles_per_portal, today
        self.traps_per_portal = traps_per_portal
        self.sites: list[TrapSite] = []  # type: ignore[assignment]

    def build(self) -> tuple[list[Any], list[Article]]:
        sites = generate(self.n, self.seed, self.articles_per_portal, self.today, self.traps_per_portal)
        return sites, synthetic_articles(60, start=5000)

    def site(self, which: str | int) -> TrapSite:  # type: ignore[override]
        """A portal by index, key ("p03"), URL or host:port."""
        if isinstance(which, int):
            return self.sites[which]
        for ts in self.sites:
            if which == ts.key or which.startswith(ts.base_url) or ts.base_url.endswith("//" + which):
                return ts
        raise KeyError(which)

    def article_urls(self) -> set[str]:
        return {u for ts in self.sites for u in ts.article_urls}

    def expected_articles(self) -> list[dict[str, Any]]:
        return [ts.gold(p) for ts in self.sites for p in ts.articles]

    @property
    def trap_patterns(self) -> list[dict[str, str]]:
        """One row per trap: portal, kind and an example URL (for people reading a report)."""
        return [row for ts in self.sites for row in ts.describe()]

    # ---- ground truth over requests -----------------------------------------------------------
    def page_of(self, host: str, target: str) -> Page:
        try:
            return self.site(host).classify(target)
        except KeyError:
            return NOT_FOUND

    def is_trap(self, url: str) -> bool:
        sp = urlsplit(url)
        return self.page_of(sp.netloc, sp.path + ("?" + sp.query if sp.query else "")).kind == "trap"

    def trap_requests(self, requests: list[tuple[str, str, str]] | None = None) -> dict[tuple[str, str], int]:
        """Requests per (portal URL, trap kind), over the given slice of the log (default: all of it)."""
        out: dict[tuple[str, str], int] = {}
        with self._lock:
            reqs = list(self.requests if requests is None else requests)
        for host, target, _ in reqs:
            page = self.page_of(host, target)
            if page.trap:
                k = (f"http://{host}/", page.trap.kind)
                out[k] = out.get(k, 0) + 1
        return out

    def future_requests(self, requests: list[tuple[str, str, str]] | None = None) -> list[tuple[str, str, str]]:
        """Requests for trap pages dated after today (calendar days, archive months, filter periods)."""
        with self._lock:
            reqs = list(self.requests if requests is None else requests)
        out = []
        for host, target, method in reqs:
            try:
                if self.site(host).future(target):
                    out.append((host, target, method))
            except KeyError:
                continue
        return out

    def articles_fetched(self, requests: list[tuple[str, str, str]] | None = None) -> set[str]:
        """Article URLs requested at their own address (not through a trap such as a session link)."""
        with self._lock:
            reqs = list(self.requests if requests is None else requests)
        return {f"http://{h}{t}" for h, t, _ in reqs if self.page_of(h, t).kind == "article"}

    # ---- mutation -----------------------------------------------------------------------------
    def add_articles(self, n: int, portal: str | int = 0) -> list[dict[str, Any]]:
        """Publish n new articles on a running portal, dated today (newest first in their sections)."""
        ts = self.site(portal)
        arts, self.spare = self.spare[:n], self.spare[n:]
        arts += synthetic_articles(n - len(arts), start=9000 + len(self.requests) % 1000) if len(arts) < n else []
        return [ts.gold(p) for p in ts.publish(arts)]

    def edit_article(self, url: str, extra_paragraph: str = "Bài viết đã được cập nhật thêm thông tin.") -> dict[str, Any]:
        """Change an article's body (new ETag / Last-Modified); returns its new gold."""
        ts = self.site(url)
        return ts.gold(ts.edit(url, extra_paragraph))


def main() -> None:
    import sys
    args = [int(a) for a in sys.argv[1:3]]
    n = args[0] if args else 12
    seed = args[1] if len(args) > 1 else 0
    with TrapPortals(n=n, seed=seed) as tp:
        for p, ts in zip(tp.portals, tp.sites):
            print(f"{p['url']:28} {p['cms']:18} {len(ts.articles):3} articles  traps: {', '.join(t.kind for t in ts.traps)}")
        for row in tp.trap_patterns:
            print(f"  {row['portal']:28} {row['kind']:16} {row['example']}")
        print("Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
