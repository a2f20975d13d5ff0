"""Base renderer shared by the CMS families (see families.py for the skins).

A renderer knows its family's URL shapes and markup. ``Ctx`` carries what a
page needs from the site: the site itself, other articles (sidebars, related
blocks) and a seeded RNG so boilerplate varies deterministically per page.
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote_plus

from . import boiler as B
from .boiler import e
from .model import Category, Placed, Site


def slugify(text: str, upper: bool = False, limit: int = 80) -> str:
    # Vietnamese "đ" has no decomposition, so fold it by hand before NFKD.
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", t)
    out = "-".join(w if upper else w.lower() for w in words)
    return out[:limit].rstrip("-")


@dataclass
class Ctx:
    site: Site
    items: list[Placed]  # all listed articles of the site, newest first
    variant: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def link(self, p: Placed) -> str:
        return p.path

    def latest(self, exclude: Placed | None = None, n: int = 6) -> list[tuple[str, str, object]]:
        return [(self.link(p), p.art.title, p.art) for p in self.items if p is not exclude][:n]


@dataclass
class Rendered:
    html: str
    gold: dict | None = None  # for article pages: title, published_at, author, source, category, text


class Renderer:
    cms = "base"
    generator = ""
    doc_ext = ".pdf"

    # ---- URL shapes (overridden) ------------------------------------------------
    def home_path(self, site: Site) -> str:
        return "/"

    def article_path(self, site: Site, p: Placed) -> str:
        raise NotImplementedError

    def listing_path(self, site: Site, cat: Category, page: int) -> str:
        raise NotImplementedError

    def static_path(self, site: Site, kind: str) -> str:
        return {"contact": "/lien-he", "intro": "/gioi-thieu", "docs": "/van-ban", "login": "/dang-nhap",
                "search": "/tim-kiem"}[kind]

    def search_url(self, site: Site, q: str) -> str:
        return f"{self.static_path(site, 'search')}?q={quote_plus(q)}"

    def print_path(self, p: Placed) -> str:
        return p.path + ("&" if "?" in p.path else "?") + "print=1"

    def feed_path(self, site: Site) -> str | None:
        return None

    def calendar_path(self, site: Site, y: int, m: int) -> str:
        return f"/lich-cong-tac?thang={m}&nam={y}"

    # ---- layout (overridden for each skin) -----------------------------------------
    def layout(self, ctx: Ctx, title: str, main: str, head: str = "", crumbs: list[tuple[str, str]] | None = None) -> str:
        raise NotImplementedError

    # ---- shared pieces ---------------------------------------------------------------
    def head(self, ctx: Ctx, title: str, extra: str = "") -> str:
        site = ctx.site
        gen = f'<meta name="generator" content="{e(self.generator)}">' if self.generator else ""
        feed = self.feed_path(site)
        alt = (f'<link rel="alternate" type="application/rss+xml" title="{e(site.name)}" href="{e(site.abs(feed))}">'
               if feed else "")
        return (f'<head><meta charset="utf-8"><title>{e(title)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">{gen}'
                f'<meta property="og:site_name" content="{e(site.name)}">{alt}{extra}'
                f'<link rel="stylesheet" href="/static/css/style.css?v={ctx.rng.randrange(100, 999)}">'
                f'<script src="/static/js/jquery.min.js"></script>'
                f'<script>var siteConfig={{"lang":"vi","root":"/"}};</script></head>')

    def menu_items(self, ctx: Ctx) -> list[tuple[str, str]]:
        site = ctx.site
        items = [(self.home_path(site), "Trang chủ"), (self.static_path(site, "intro"), "Giới thiệu")]
        items += [(self.listing_path(site, c, 1), c.name) for c in site.categories]
        items.append((self.static_path(site, "docs"), "Văn bản"))
        if site.opts.get("calendar"):
            y, m = site.opts["calendar"]
            items.append((self.calendar_path(site, y, m), "Lịch công tác"))
        items.append((self.static_path(site, "contact"), "Liên hệ"))
        sid = site.opts.get("session_param")
        if sid:  # some menus carry a session id the way old Java/ASP sites did
            srng = random.Random(f"{site.key}|session")  # one session per visitor, as the server would issue
            token = sid(srng, "")
            items = [(u + (token if token.startswith(";") else ("&" if "?" in u else "?") + token[1:]), t) for u, t in items]
        return items

    def menu_html(self, ctx: Ctx, ul_cls: str = "menu") -> str:
        lis = "".join(f'<li><a href="{e(u)}">{e(t)}</a></li>' for u, t in self.menu_items(ctx))
        return f'<ul class="{ul_cls}">{lis}</ul>'

    def sidebar(self, ctx: Ctx, exclude: Placed | None = None) -> str:
        rng = ctx.rng
        blocks = [B.login_html(self.static_path(ctx.site, "login"), rng), B.latest_html(ctx.latest(exclude), rng),
                  B.poll_html(ctx.site.name, rng), B.counter_html(rng), B.weblinks_html(ctx.site.province), B.tthc_html()]
        head, rest = blocks[:2], blocks[2:]
        rng.shuffle(rest)
        return "".join(head + rest)

    def crumbs_html(self, crumbs: list[tuple[str, str]] | None) -> str:
        if not crumbs:
            return ""
        return '<div class="breadcrumb">' + " » ".join(f'<a href="{e(u)}">{e(t)}</a>' for u, t in crumbs) + "</div>"

    def pager_links(self, site: Site, cat: Category, page: int, npages: int) -> list[tuple[str, str | None]]:
        links: list[tuple[str, str | None]] = []
        if page > 1:
            links += [("Đầu tiên", self.listing_path(site, cat, 1)), ("Trước", self.listing_path(site, cat, page - 1))]
        for n in range(1, npages + 1):
            links.append((str(n), None if n == page else self.listing_path(site, cat, n)))
        if page < npages or ctx_endless(site):
            links += [("Tiếp", self.listing_path(site, cat, page + 1)), ("Cuối", self.listing_path(site, cat, npages))]
        return links

    def pager_html(self, site: Site, cat: Category, page: int, npages: int, cls: str = "pagination") -> str:
        lis = "".join(f'<li class="active"><span>{t}</span></li>' if u is None else f'<li><a href="{e(u)}">{t}</a></li>'
                      for t, u in self.pager_links(site, cat, page, npages))
        return f'<ul class="{cls}">{lis}</ul>'

    # ---- pages -------------------------------------------------------------------------
    def article_meta_head(self, ctx: Ctx, p: Placed, rng: random.Random, canonical: str) -> tuple[str, bool]:
        a = p.art
        parts = [f'<link rel="canonical" href="{e(canonical)}">',
                 f'<meta property="og:title" content="{e(a.title)}">',
                 '<meta property="og:type" content="article">', f'<meta property="og:url" content="{e(canonical)}">',
                 f'<meta name="description" content="{e(a.lead[:200])}">']
        shows_time = False
        if rng.random() < 0.5:
            parts.append(f'<meta property="article:published_time" content="{B.iso_local(p.art)}">')
            shows_time = a.has_time
        if rng.random() < 0.45:
            utc = rng.random() < 0.4
            parts.append(B.jsonld(a, a.title, canonical, ctx.site.name, utc=utc))
            shows_time = shows_time or (a.has_time and True)
        return "".join(parts), shows_time

    def article_extras(self, ctx: Ctx, p: Placed, rng: random.Random) -> dict[str, str]:
        """Blocks that appear around an article body, chosen per page."""
        others = [q for q in ctx.items if q is not p]
        x: dict[str, str] = {}
        x["views"] = B.views_html(rng) if rng.random() < 0.7 else ""
        rel = others[:: max(1, len(others) // 5)][:5] if others else []
        title = rng.choice(["Tin liên quan", "Tin khác", "Các tin đã đưa", "Bài viết liên quan", "Tin cùng chuyên mục"])
        if rel and rng.random() < 0.2:
            q = rel[0]  # some portals print a whole other article under "Tin liên quan"
            x["related"] = (f'<div class="related-full other-news"><h3>{title}</h3><h4><a href="{e(q.path)}">{e(q.art.title)}</a></h4>'
                            f'<div class="related-body">{B.body_html(q.art, rng)}</div></div>')
        elif rel:
            lis = "".join(f'<li><a href="{e(q.path)}">{e(q.art.title)}</a> <i>({q.art.date[8:]}/{q.art.date[5:7]}/{q.art.date[:4]})</i></li>'
                          for q in rel)
            x["related"] = f'<div class="other-news"><h3>{title}</h3><ul>{lis}</ul></div>'
        else:
            x["related"] = ""
        idx = ctx.items.index(p) if p in ctx.items else -1
        pn = []
        if idx > 0:
            pn.append(f'<a class="next" href="{e(ctx.items[idx - 1].path)}">Bài tiếp theo: {e(ctx.items[idx - 1].art.title)}</a>')
        if 0 <= idx < len(ctx.items) - 1:
            pn.append(f'<a class="prev" href="{e(ctx.items[idx + 1].path)}">Bài trước: {e(ctx.items[idx + 1].art.title)}</a>')
        x["prevnext"] = f'<div class="prev-next">{" | ".join(pn)}</div>' if pn and rng.random() < 0.6 else ""
        x["comments"] = B.comments_html(rng) if rng.random() < 0.4 else ""
        x["rating"] = B.rating_html() if rng.random() < 0.3 else ""
        x["share"] = B.share_html(ctx.site.abs(p.path), rng) if rng.random() < 0.6 else ""
        x["print"] = f'<a class="print-link" href="{e(self.print_path(p))}">Bản in</a>' if rng.random() < 0.5 else ""
        tags = [w for w in re.findall(r"\w+", p.art.category)][:3]
        x["tags"] = ('<div class="tags">Từ khóa: ' + ", ".join(f'<a href="{e(self.search_url(ctx.site, t))}">{e(t)}</a>' for t in tags)
                     + "</div>") if rng.random() < 0.4 else ""
        return x

    def article_block(self, ctx: Ctx, p: Placed, date_txt: str, top_by: str, body: str, bottom_by: str,
                      x: dict[str, str], rng: random.Random) -> str:
        raise NotImplementedError

    def render_article(self, ctx: Ctx, p: Placed, print_view: bool = False) -> Rendered:
        rng = random.Random(f"{ctx.site.key}|{p.art.id}|{ctx.variant}|{p.version}")
        ctx.rng = rng
        a = p.art
        canonical = ctx.site.abs(p.path)
        date_txt, shows_time = B.date_text(a, rng, self.date_prefer(rng))
        top_by, bottom_by = B.byline_html(a, rng)
        body = B.body_html(a, rng, lead_inside=self.lead_inside)
        x = self.article_extras(ctx, p, rng)
        head, meta_time = self.article_meta_head(ctx, p, rng, canonical)
        block = self.article_block(ctx, p, date_txt, top_by, body, bottom_by, x, rng)
        if print_view:
            html = ('<!DOCTYPE html><html lang="vi">' + self.head(ctx, a.title, head) +
                    f'<body class="print-view" onload="window.print()">{block}</body></html>')
        else:
            if rng.random() < 0.1:  # a mobile/print copy of the article in the same page (seen on real portals)
                block += f'<div class="mobile-view" style="display:none"><h2>{e(a.title)}</h2><p>{e(date_txt)}</p>{body}{bottom_by}</div>'
            crumbs = [(self.home_path(ctx.site), "Trang chủ"), (self.listing_path(ctx.site, p.cat, 1), p.cat.name)]
            html = self.layout(ctx, f"{a.title} - {ctx.site.name}" if rng.random() < 0.7 else a.title, block, head, crumbs)
        gold = {"title": a.title, "published_at": B.gold_published(a, shows_time or meta_time), "author": a.author,
                "source": a.source, "category": p.cat.name, "text": a.text}
        return Rendered(html, gold)

    lead_inside = True

    def date_prefer(self, rng: random.Random) -> str | None:
        return None

    def listing_item(self, ctx: Ctx, p: Placed) -> str:
        a = p.art
        d = f"{a.date[8:]}/{a.date[5:7]}/{a.date[:4]}"
        return (f'<div class="news-item"><a href="{e(p.path)}"><img src="/uploads/thumb/{p.num_id}.jpg" alt="{e(a.title)}"></a>'
                f'<h3 class="news-title"><a href="{e(p.path)}">{e(a.title)}</a></h3><span class="date">{d}</span>'
                f'<p class="summary">{e(a.lead[:180])}</p></div>')

    def render_listing(self, ctx: Ctx, cat: Category, page: int, items: list[Placed], npages: int) -> Rendered:
        ctx.rng = random.Random(f"{ctx.site.key}|list|{cat.slug}|{page}|{ctx.variant}")
        body = "".join(self.listing_item(ctx, p) for p in items)
        main = f'<h1 class="cat-title">{e(cat.name)}</h1><div class="news-list">{body}</div>' + self.pager_html(ctx.site, cat, page, npages)
        crumbs = [(self.home_path(ctx.site), "Trang chủ"), (self.listing_path(ctx.site, cat, 1), cat.name)]
        return Rendered(self.layout(ctx, f"{cat.name} - {ctx.site.name}", main, "", crumbs))

    def render_home(self, ctx: Ctx) -> Rendered:
        ctx.rng = random.Random(f"{ctx.site.key}|home|{ctx.variant}")
        parts = []
        if ctx.items:
            f = ctx.items[0]
            parts.append(f'<div class="featured"><h2><a href="{e(f.path)}">{e(f.art.title)}</a></h2><p>{e(f.art.lead)}</p></div>')
        for c in ctx.site.categories:
            its = [p for p in ctx.items if p.cat.slug == c.slug][:4]
            parts.append(f'<div class="home-cat"><h2><a href="{e(self.listing_path(ctx.site, c, 1))}">{e(c.name)}</a></h2>'
                         + "".join(self.listing_item(ctx, p) for p in its) + "</div>")
        extra = ctx.site.opts.get("home_extra_links") or []
        if extra:
            parts.append('<div class="quick-links">' + "".join(f'<a href="{e(u)}">{e(t)}</a> ' for u, t in extra) + "</div>")
        return Rendered(self.layout(ctx, ctx.site.name, "".join(parts)))

    def render_static(self, ctx: Ctx, kind: str, q: str = "") -> Rendered:
        ctx.rng = random.Random(f"{ctx.site.key}|{kind}|{ctx.variant}")
        fn = {"contact": contact_main, "intro": intro_main, "docs": docs_main, "login": login_main}[kind]
        title, main = fn(self, ctx)
        crumbs = [(self.home_path(ctx.site), "Trang chủ"), (self.static_path(ctx.site, kind), title)]
        return Rendered(self.layout(ctx, f"{title} - {ctx.site.name}", main, "", crumbs))

    def render_search(self, ctx: Ctx, q: str) -> Rendered:
        ctx.rng = random.Random(f"{ctx.site.key}|search|{q}|{ctx.variant}")
        ql = q.lower()
        hits = [p for p in ctx.items if ql and (ql in p.art.title.lower() or ql in p.art.text.lower())][:10]
        res = "".join(self.listing_item(ctx, p) for p in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
        form = (f'<form action="{e(self.static_path(ctx.site, "search"))}" method="get"><input name="q" value="{e(q)}">'
                f'<button type="submit">Tìm kiếm</button></form>')
        main = f'<h1>Tìm kiếm</h1>{form}<p class="search-results">Tìm thấy {len(hits)} kết quả cho "{e(q)}"</p>{res}'
        return Rendered(self.layout(ctx, f"Tìm kiếm - {ctx.site.name}", main))

    def render_calendar(self, ctx: Ctx, y: int, m: int) -> Rendered:
        ctx.rng = random.Random(f"{ctx.site.key}|cal|{y}|{m}")
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        rows = "".join(f"<tr><td>{d:02d}/{m:02d}/{y}</td><td>{e(ctx.rng.choice(CAL_EVENTS))}</td></tr>" for d in (3, 10, 17, 24))
        main = (f'<h1>Lịch công tác tháng {m}/{y}</h1><div class="cal-nav"><a href="{e(self.calendar_path(ctx.site, py, pm))}">« Tháng trước</a> '
                f'<a href="{e(self.calendar_path(ctx.site, ny, nm))}">Tháng sau »</a></div>'
                f'<table class="calendar"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>')
        return Rendered(self.layout(ctx, f"Lịch công tác tháng {m}/{y}", main))


def ctx_endless(site: Site) -> bool:
    return bool(site.opts.get("endless_pages"))


CAL_EVENTS = ["Giao ban Thường trực UBND", "Tiếp công dân định kỳ", "Họp Ban Chỉ đạo xây dựng nông thôn mới",
              "Kiểm tra công tác phòng chống thiên tai", "Làm việc với các thôn về thu ngân sách"]


def contact_main(r: Renderer, ctx: Ctx) -> tuple[str, str]:
    s = ctx.site
    return "Liên hệ", (f'<h1>Liên hệ</h1><div class="contact-info"><p><b>{e(s.name)}</b></p><p>Địa chỉ: {e(s.address)}</p>'
                       f'<p>Điện thoại: 0237.3{ctx.rng.randrange(100000, 999999)}</p><p>Email: {e(s.email)}</p></div>'
                       '<form class="contact-form" method="post" action="#"><input name="hoten" placeholder="Họ và tên">'
                       '<input name="email" placeholder="Email"><input name="tieude" placeholder="Tiêu đề">'
                       '<textarea name="noidung" placeholder="Nội dung"></textarea><img src="/captcha.ashx" alt="captcha">'
                       '<a href="#">(Bấm vào đây để nhận mã)</a><button type="submit">Gửi</button></form>')


def intro_main(r: Renderer, ctx: Ctx) -> tuple[str, str]:
    s, rng = ctx.site, ctx.rng
    u = s.unit_name
    paras = [
        f"{u[0].upper() + u[1:]} nằm ở phía {rng.choice(['Đông', 'Tây', 'Nam', 'Bắc'])} của tỉnh {s.province}, có diện tích tự nhiên "
        f"{rng.randrange(20, 400)} km², dân số khoảng {rng.randrange(8, 200)}.{rng.randrange(100, 999)} người.",
        "Địa phương có truyền thống cách mạng, văn hóa lâu đời; Nhân dân cần cù, sáng tạo trong lao động sản xuất.",
        "Cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ; sản xuất nông nghiệp theo hướng hàng hóa.",
        "Chức năng, nhiệm vụ: Ủy ban nhân dân là cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Hội đồng nhân dân "
        "và cơ quan hành chính nhà nước cấp trên.",
    ]
    body = "".join(f"<p>{e(p)}</p>" for p in paras)
    return "Giới thiệu", f'<h1>Giới thiệu chung</h1><div class="intro-content journal-content-article">{body}</div>'


def docs_main(r: Renderer, ctx: Ctx) -> tuple[str, str]:
    rng = ctx.rng
    rows = []
    for i in range(8):
        so = f"{rng.randrange(1, 300)}/{rng.choice(['QĐ-UBND', 'KH-UBND', 'TB-UBND', 'CV-UBND'])}"
        y = rng.choice([2021, 2022, 2023, 2024, 2025])
        trich = rng.choice(["Kế hoạch triển khai nhiệm vụ chuyển đổi số", "Quyết định ban hành quy chế làm việc",
                            "Thông báo lịch tiếp công dân", "Kế hoạch tổ chức ngày hội đại đoàn kết",
                            "Quyết định kiện toàn Ban Chỉ đạo"])
        pdf = f"/uploads/van-ban/{y}/{slugify(so)}{r.doc_ext}"
        rows.append(f'<tr><td>{i + 1}</td><td>{e(so)}</td><td>{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/{y}</td>'
                    f'<td>{e(trich)}</td><td><a href="{e(pdf)}">Tải về</a></td></tr>')
    return "Văn bản", ('<h1>Văn bản chỉ đạo điều hành</h1><table class="van-ban"><tr><th>STT</th><th>Số ký hiệu</th>'
                       '<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr>' + "".join(rows) + "</table>")


def login_main(r: Renderer, ctx: Ctx) -> tuple[str, str]:
    return "Đăng nhập", ('<h1>ĐĂNG NHẬP HỆ THỐNG</h1><form method="post" action="#"><label>Tên đăng nhập <input name="user"></label>'
                         '<label>Mật khẩu <input type="password" name="pass"></label><button type="submit">Đăng nhập</button></form>')


__all__ = ["Ctx", "Rendered", "Renderer", "slugify", "escape"]
