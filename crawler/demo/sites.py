"""The sample portals: which articles each one publishes, its features and traps.

``build_sites()`` turns the content bank into ``SampleSite`` objects; each one
routes a request path to a rendered page (see ``SampleSite.handle``). Nothing
here knows about sockets; server.py serves these.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import threading
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from typing import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

from . import boiler as B
from .content import Article, load_bank
from .families import FAMILIES
from .model import Category, Placed, Site
from .templates import Ctx, Renderer, slugify

PAGE_SIZE = 3
PER_SITE = 11
SPARE = 6
# Session/tracking parameters old portals put into links; they never change the page.
NOISE_PARAMS = {"sid", "phpsessid", "jsessionid", "utm_source", "utm_medium", "utm_campaign", "fbclid"}


def _jsession(rng: random.Random, url: str) -> str:
    return ";jsessionid=" + "".join(rng.choice("0123456789ABCDEF") for _ in range(32))


def _sid(rng: random.Random, url: str) -> str:
    return ("&" if "?" in url else "?") + "sid=" + "".join(rng.choice("0123456789abcdef") for _ in range(24))


# key, family, unit_name, level, province, district, commune, options
SPECS: list[dict] = [
    dict(key="ninhphuoc", family="tandan-sharepoint", unit="huyện Ninh Phước", level="district", province="Ninh Thuận",
         district="Ninh Phước", opts={"disallow": ["/_layouts/"], "old_url": True}),
    dict(key="thieuhoa", family="liferay-6.2", unit="huyện Thiệu Hóa", level="district", province="Thanh Hóa",
         district="Thiệu Hóa", opts={"disallow": ["/c/", "/tim-kiem"], "session_param": _jsession}),
    dict(key="tuyenquang", family="liferay-7", unit="tỉnh Tuyên Quang", level="province", province="Tuyên Quang",
         opts={"disallow": ["/c/"]}),
    dict(key="xuandong", family="nukeviet-4", unit="xã Xuân Đông", level="commune", province="Đồng Nai",
         commune="Xuân Đông", opts={"disallow": ["/admin/", "/vi/seek/"], "feed": True, "post2025": True}),
    dict(key="myhoahung", family="drupal-gavias", unit="xã Mỹ Hòa Hưng", level="commune", province="An Giang",
         district="Long Xuyên", commune="Mỹ Hòa Hưng",
         opts={"disallow": ["/user/", "/search/"], "sitemap": True, "endless_pages": True}),
    dict(key="doluong", family="wordpress", unit="huyện Đô Lương", level="district", province="Nghệ An", district="Đô Lương",
         opts={"disallow": ["/wp-admin/", "/wp-login.php"], "sitemap": True, "sitemap_in_robots": True, "feed": True,
               "hidden": 2}),
    dict(key="vanthang", family="legacy-aspnet", unit="xã Vạn Thắng", level="commune", province="Khánh Hòa",
         district="Vạn Ninh", commune="Vạn Thắng",
         opts={"disallow": ["/admin/", "/tim-kiem"], "calendar": (2021, 5), "session_param": _sid, "old_url": True}),
    dict(key="trungly", family="commune-2025", unit="xã Trung Lý", level="commune", province="Thanh Hóa", commune="Trung Lý",
         opts={"disallow": ["/dang-nhap"], "sitemap": True, "calendar": (2025, 7), "tracking": True, "post2025": True}),
]
REPUBLISH_ON = ["xuandong", "trungly", "vanthang"]  # the first is the original


def site_name(unit: str, level: str) -> str:
    kind = "Cổng thông tin điện tử" if level != "commune" else "Trang thông tin điện tử"
    return f"{kind} {unit}"


@dataclass
class Response:
    status: int
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class SampleSite:
    """One portal: a renderer, a site description and its placed articles."""

    def __init__(self, site: Site, renderer: Renderer):
        self.site = site
        self.r = renderer
        self.placed: list[Placed] = []
        self.lock = threading.RLock()
        self._cache: dict[str, Response] = {}
        self._routes: dict[tuple, Callable[[], Response]] = {}
        self.modified = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone.utc)

    # ---- placement ----------------------------------------------------------------
    def place(self, art: Article, cat: Category, listed: bool = True) -> Placed:
        h = int(hashlib.sha1(f"{self.site.key}|{art.id}".encode()).hexdigest(), 16)
        base = {"commune-2025": 595000, "liferay-6.2": 4400000, "liferay-7": 6848000, "wordpress": 1200}.get(self.r.cms, 300)
        num = base + len(self.placed) * 7 + h % 7
        rng = random.Random(h)
        token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
        slug = slugify(art.title, upper=self.r.cms == "tandan-sharepoint")
        if any(q.slug == slug for q in self.placed):
            slug = f"{slug}-{len(self.placed)}"
        p = Placed(art=art, cat=cat, path="", num_id=num, token=token, slug=slug, listed=listed)
        p.path = self.r.article_path(self.site, p)
        self.placed.append(p)
        return p

    @property
    def listed(self) -> list[Placed]:
        return sorted((p for p in self.placed if p.listed), key=lambda p: B.parse_when(p.art), reverse=True)

    def ctx(self) -> Ctx:
        return Ctx(site=self.site, items=self.listed)

    def npages(self, cat: Category) -> int:
        n = sum(1 for p in self.listed if p.cat.slug == cat.slug)
        return max(1, -(-n // PAGE_SIZE))

    # ---- routing -------------------------------------------------------------------
    def invalidate(self) -> None:
        with self.lock:
            self._cache.clear()
            self._routes = {}

    def routes(self) -> dict[tuple, Callable[[], Response]]:
        with self.lock:
            if not self._routes:
                self._routes = self._build_routes()
            return self._routes

    def _build_routes(self) -> dict[tuple, Callable[[], Response]]:
        s, r = self.site, self.r
        rt: dict[tuple, Callable[[], Response]] = {}
        home = lambda: self._html(r.render_home(self.ctx()).html)  # noqa: E731
        rt[key("/")] = home
        rt[key(r.home_path(s))] = home
        for p in self.placed:
            rt[key(p.path)] = (lambda p=p: self._article(p))
            rt[key(r.print_path(p))] = (lambda p=p: self._html(r.render_article(self.ctx(), p, print_view=True).html))
            if p.old_path:
                rt[key(p.old_path)] = (lambda p=p: redirect(s.abs(p.path)))
        for c in s.categories:
            for n in range(1, self.npages(c) + 1):
                rt[key(r.listing_path(s, c, n))] = (lambda c=c, n=n: self._listing(c, n))
        for kind in ("contact", "intro", "docs", "login"):
            rt[key(r.static_path(s, kind))] = (lambda kind=kind: self._html(r.render_static(self.ctx(), kind).html))
        rt[key("/robots.txt")] = lambda: Response(200, self.robots().encode(), "text/plain; charset=utf-8")
        if s.opts.get("sitemap"):
            rt[key("/sitemap.xml")] = lambda: Response(200, self.sitemap().encode(), "application/xml; charset=utf-8")
        feed = r.feed_path(s)
        if s.opts.get("feed") and feed:
            rt[key(feed)] = lambda: Response(200, self.rss().encode(), "application/rss+xml; charset=utf-8")
        return rt

    def handle(self, target: str) -> Response:
        path, q = normalize(target)
        k = (path, q)
        with self.lock:
            fn = self.routes().get(k)
        if fn is not None:
            return fn()
        return self._dynamic(path, dict(q)) or self._not_found()

    def _dynamic(self, path: str, q: dict[str, str]) -> Response | None:
        s, r = self.site, self.r
        sp = urlsplit(r.static_path(s, "search")).path
        if path == sp and (q.get("q") or q.get("s") or q.get("keys") or "q" in q):
            return self._html(r.render_search(self.ctx(), q.get("q") or q.get("keys") or q.get("s") or "").html)
        if r.cms == "wordpress":
            if "s" in q and path == "/":
                return self._html(r.render_search(self.ctx(), q["s"]).html)
            if "p" in q and path == "/":  # WordPress shortlink ?p=ID -> permalink
                for p in self.placed:
                    if str(p.num_id) == q["p"]:
                        return redirect(s.abs(p.path))
            if not path.endswith("/") and not q:
                for p in self.placed:
                    if p.path == path + "/":
                        return redirect(s.abs(p.path))
        if re.fullmatch(r"/uploads/van-ban/\d{4}/[a-z0-9-]+\.pdf", path):
            return Response(200, FAKE_PDF, "application/pdf")
        if path == "/" and not q:
            return None
        cal = s.opts.get("calendar")
        if cal:
            y, m = self.calendar_month(path, q)
            if y:
                return self._html(r.render_calendar(self.ctx(), y, m).html)
        if s.opts.get("endless_pages") and "page" in q and q["page"].isdigit():
            for c in s.categories:
                if path == urlsplit(r.listing_path(s, c, 1)).path:
                    return self._listing(c, int(q["page"]) + 1)
        return None

    def calendar_month(self, path: str, q: dict[str, str]) -> tuple[int, int]:
        m = re.fullmatch(r"/lich/(\d{4})/(\d{1,2})/?", path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
        elif path == "/lich-cong-tac" and q.get("thang", "").isdigit() and q.get("nam", "").isdigit():
            y, mo = int(q["nam"]), int(q["thang"])
        else:
            return 0, 0
        return (y, mo) if 1 <= mo <= 12 and 1900 < y < 3000 else (0, 0)

    # ---- responses -----------------------------------------------------------------
    def _html(self, html: str, status: int = 200) -> Response:
        return Response(status, html.encode("utf-8"))

    def _not_found(self) -> Response:
        main = '<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
        ctx = self.ctx()
        return self._html(self.r.layout(ctx, "404 - Không tìm thấy trang", main), 404)

    def _listing(self, c: Category, page: int) -> Response:
        items = [p for p in self.listed if p.cat.slug == c.slug]
        n = self.npages(c)
        page_items = items[(min(page, n) - 1) * PAGE_SIZE: min(page, n) * PAGE_SIZE]
        return self._html(self.r.render_listing(self.ctx(), c, page, page_items, n).html)

    def _article(self, p: Placed) -> Response:
        with self.lock:
            ck = f"article|{p.path}|{p.version}"
            if ck not in self._cache:
                body = self.r.render_article(self.ctx(), p).html.encode("utf-8")
                etag = '"' + hashlib.md5(body).hexdigest()[:16] + '"'
                self._cache[ck] = Response(200, body, headers={"ETag": etag, "Last-Modified": self.last_modified(p)})
            return self._cache[ck]

    def last_modified(self, p: Placed) -> str:
        t = B.parse_when(p.art).replace(tzinfo=dt.timezone(dt.timedelta(hours=7))) + dt.timedelta(hours=p.version)
        return format_datetime(t.astimezone(dt.timezone.utc), usegmt=True)

    def gold(self, p: Placed) -> dict:
        g = self.r.render_article(self.ctx(), p).gold or {}
        return {"url": self.site.abs(p.path), **g, "portal": self.site.abs("/"), "cms": self.r.cms}

    # ---- robots / sitemap / feed -------------------------------------------------------
    def robots(self) -> str:
        lines = ["User-agent: *"] + [f"Disallow: {d}" for d in self.site.opts.get("disallow", [])]
        if self.site.opts.get("sitemap_in_robots"):
            lines += ["", f"Sitemap: {self.site.abs('/sitemap.xml')}"]
        return "\n".join(lines) + "\n"

    def sitemap(self) -> str:
        ps = sorted(self.placed, key=lambda p: B.parse_when(p.art), reverse=True)
        urls = [f"<url><loc>{escape(self.site.abs(p.path))}</loc><lastmod>{B.iso_local(p.art)}</lastmod></url>" for p in ps]
        urls += [f"<url><loc>{escape(self.site.abs(self.r.listing_path(self.site, c, 1)))}</loc></url>" for c in self.site.categories]
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(urls) + "</urlset>\n")

    def rss(self) -> str:
        ps = sorted(self.placed, key=lambda p: B.parse_when(p.art), reverse=True)
        items = []
        for p in ps:
            t = B.parse_when(p.art).replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))
            items.append(f"<item><title>{escape(p.art.title)}</title><link>{escape(self.site.abs(p.path))}</link>"
                         f"<guid isPermaLink=\"true\">{escape(self.site.abs(p.path))}</guid>"
                         f"<description>{escape(p.art.lead[:300])}</description><pubDate>{format_datetime(t)}</pubDate></item>")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>{escape(self.site.name)}</title><link>{escape(self.site.abs('/'))}</link>"
                f"<description>Tin tức - {escape(self.site.name)}</description><language>vi</language>"
                + "".join(items) + "</channel></rss>\n")

    # ---- traps ------------------------------------------------------------------------
    def trap_kind(self, target: str) -> str | None:
        """Why a request would be a crawler mistake here, or None."""
        raw_path = urlsplit(target).path
        path, q = normalize(target)
        for d in self.site.opts.get("disallow", []):
            if path.startswith(d) or raw_path.startswith(d):
                return "robots"
        qd = dict(q)
        cal = self.site.opts.get("calendar")
        if cal:
            y, m = self.calendar_month(path, qd)
            if y and abs((y * 12 + m) - (cal[0] * 12 + cal[1])) > 3:
                return "calendar"
        if self.site.opts.get("endless_pages") and qd.get("page", "").isdigit():
            if int(qd["page"]) + 1 > max(self.npages(c) for c in self.site.categories) + 2:
                return "endless-pager"
        return None


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def key(target: str) -> tuple:
    path, q = normalize(target)
    return (path, q)


def normalize(target: str) -> tuple[str, tuple]:
    """Path and sorted query without session ids / tracking parameters."""
    sp = urlsplit(target)
    path = re.sub(r";jsessionid=[^/?#]*", "", sp.path, flags=re.I) or "/"
    q = tuple(sorted((k, v) for k, v in parse_qsl(sp.query) if k.lower() not in NOISE_PARAMS))
    return path, q


def redirect(location: str) -> Response:
    return Response(301, b"", headers={"Location": location})


# ---- building ------------------------------------------------------------------------

def _categories(arts: list[Article]) -> list[Category]:
    """2-3 categories per portal so that every listing spans several pages."""
    counts: dict[str, int] = {}
    for a in arts:
        counts[a.category] = counts.get(a.category, 0) + 1
    keep = 2
    names = sorted(counts, key=lambda n: -counts[n])[:keep]
    if len(names) < 2:
        names.append("Tin tức - Sự kiện" if names[:1] != ["Tin tức - Sự kiện"] else "Tin địa phương")
    return [Category(slugify(n), n, 10 + i * 3) for i, n in enumerate(names)]


def make_site(spec: dict, base_url: str = "http://127.0.0.1") -> Site:
    unit = spec["unit"]
    return Site(key=spec["key"], family=spec["family"], name=site_name(unit, spec["level"]), unit_name=unit,
                level=spec["level"], province=spec["province"], district=spec.get("district", ""),
                commune=spec.get("commune", ""), base_url=base_url, address=f"Trụ sở UBND {unit}, tỉnh {spec['province']}",
                email=f"ubnd.{spec['key']}@{slugify(spec['province']).replace('-', '')}.gov.vn", opts=dict(spec["opts"]))


def assign(bank: list[Article], specs: list[dict], per_site: int = PER_SITE) -> tuple[dict[str, list[Article]], list[Article]]:
    """Each portal gets its own unit's articles first, then a share of the rest."""
    out: dict[str, list[Article]] = {s["key"]: [] for s in specs}
    usable = bank[:-SPARE] if len(bank) > SPARE * 4 else bank
    spare = bank[len(usable):]
    rest = []
    for a in usable:
        owner = next((s["key"] for s in specs if a.unit.get("name") == s["unit"]), None)
        if owner and len(out[owner]) < per_site:
            out[owner].append(a)
        else:
            rest.append(a)
    i = 0
    for a in rest:
        for _ in range(len(specs)):
            k = specs[i % len(specs)]["key"]
            i += 1
            if len(out[k]) < per_site:
                out[k].append(a)
                break
        else:
            spare.append(a)
    return out, spare


def republish(a: Article, site: Site, n: int) -> Article:
    """A lightly edited copy of a press release as another portal reposts it."""
    prefix = site.unit_name[0].upper() + site.unit_name[1:]
    parts = re.split(r"(?<=[.!?])\s+", a.lead, maxsplit=1)
    new_lead = (f"Thực hiện kế hoạch của cấp trên, {site.unit_name} đã triển khai nội dung này tới cán bộ, đảng viên và Nhân dân."
                + (" " + parts[1] if len(parts) > 1 else ""))
    authors = ["Minh Tuấn", "Thu Hà", "Quang Vinh"]
    return a.with_changes(id=f"{a.id}-re-{site.key}", title=f"{prefix}: {a.title}", lead=new_lead,
                          author=authors[n % len(authors)], author_org=None, source=None)


def build_sites(base_urls: dict[str, str] | None = None, bank: list[Article] | None = None) -> tuple[list[SampleSite], list[Article]]:
    bank = bank if bank is not None else load_bank()
    per, spare = assign(bank, SPECS)
    sites = []
    for spec in SPECS:
        site = make_site(spec, (base_urls or {}).get(spec["key"], f"http://{spec['key']}.example.gov.vn"))
        arts = per[spec["key"]]
        site.categories = _categories(arts)
        ss = SampleSite(site, FAMILIES[spec["family"]])
        hidden = spec["opts"].get("hidden", 0)
        for i, a in enumerate(arts):
            ss.place(a, _category_for(a, site, ss), listed=i >= hidden)
        sites.append(ss)
    _add_republished(sites)
    _add_quirks(sites)
    return sites, spare


def _category_for(a: Article, site: Site, ss: SampleSite) -> Category:
    """The article's own category when the portal has it, else the emptier one."""
    for c in site.categories:
        if c.name == a.category:
            return c
    return min(site.categories, key=lambda c: sum(1 for p in ss.placed if p.cat.slug == c.slug))


def _add_republished(sites: list[SampleSite]) -> None:
    by = {s.site.key: s for s in sites}
    orig_site = by[REPUBLISH_ON[0]]
    if not orig_site.placed:
        return
    orig = orig_site.placed[-1].art
    for n, k in enumerate(REPUBLISH_ON[1:]):
        s = by[k]
        copy = republish(orig, s.site, n)
        cat = s.site.categories[0]
        s.place(copy.with_changes(published_at=_later(orig.published_at, n + 1)), cat)


def _later(published_at: str, days: int) -> str:
    d = dt.date.fromisoformat(published_at[:10]) + dt.timedelta(days=days)
    return d.isoformat() + published_at[10:]


def _add_quirks(sites: list[SampleSite]) -> None:
    for s in sites:
        o = s.site.opts
        listed = s.listed
        if o.get("old_url") and listed:
            p = listed[-1]
            p.old_path = (f"/tin-tuc/chi-tiet.aspx?id={p.num_id}" if s.r.cms == "legacy-aspnet"
                          else f"/portal/Pages/{p.art.date[:4]}/tin-cu-{p.num_id}.aspx")
            o.setdefault("home_extra_links", []).append((p.old_path, "Tin cũ: " + p.art.title))
        if o.get("tracking") and listed:
            o.setdefault("home_extra_links", []).extend(
                (p.path + "?" + urlencode({"utm_source": "zalo", "utm_medium": "social", "utm_campaign": "tin-noi-bat"}), p.art.title)
                for p in listed[:2])
        if o.get("session_param") is _sid and listed:
            o.setdefault("home_extra_links", []).append((listed[0].path + "&sid=a81f3c9e22b04d17", "Xem tin nổi bật"))
        if o.get("endless_pages"):
            c = s.site.categories[0]
            o.setdefault("home_extra_links", []).append((s.r.listing_path(s.site, c, s.npages(c)), f"{c.name} (trang cuối)"))
