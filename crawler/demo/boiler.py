"""Boilerplate that Vietnamese government portals wrap around their content.

Everything here is hand-written because it imitates specific Vietnamese portal
widgets (visitor counters, polls, "Liên kết website", marquee, bylines and
date forms); the phrases come from the seeds in /work/shared/seeds.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from html import escape

from .content import Article

TODAY = dt.date(2026, 11, 21)  # the portals' fixed "today" (header date widget)
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def e(s: object) -> str:
    return escape(str(s), quote=True)


def parse_when(a: Article) -> dt.datetime:
    if a.has_time:
        return dt.datetime.fromisoformat(a.published_at).replace(tzinfo=None)
    return dt.datetime.fromisoformat(a.date + "T00:00:00")


def weekday_date(d: dt.date, lower: bool = False) -> str:
    names = WEEKDAYS_LOWER if lower else WEEKDAYS
    return f"{names[d.weekday()]}, {d:%d/%m/%Y}"


# --- date forms ---------------------------------------------------------------
# Each returns (visible text, whether a time of day is shown).

def _ampm(t: dt.datetime) -> str:
    return t.strftime("%I:%M %p")


DATE_FORMS_TIME = {
    "dang_luc": lambda t: f"Đăng lúc: {t:%d/%m/%Y} {t:%H:%M} (GMT+7)",
    "ngay_dang_ampm": lambda t: f"Ngày đăng {t:%d/%m/%Y} | {_ampm(t)}",
    "thu_gach": lambda t: f"{WEEKDAYS_LOWER[t.weekday()]} - {t:%d/%m/%Y %H:%M}",
    "plain_seconds": lambda t: f"{t:%d/%m/%Y %H:%M:%S}",
    "cap_nhat_time": lambda t: f"Cập nhật: {t:%H:%M} {t:%d/%m/%Y}",
    "thu_comma_time": lambda t: f"{weekday_date(t.date())} {t:%H:%M}",
    "paren_thu": lambda t: f"({weekday_date(t.date(), lower=True)} {t:%H:%M})",
}
DATE_FORMS_DAY = {
    "dang_ngay_dash": lambda t: f"Đăng ngày {t:%d - %m - %Y}",
    "dang_luc_day": lambda t: f"Đăng lúc: {t:%d/%m/%Y} (GMT+7)",
    "ngay_cap_nhat": lambda t: f"Ngày cập nhật {t:%d/%m/%Y}",
    "thu_comma": lambda t: weekday_date(t.date()),
    "plain_day": lambda t: f"{t:%d/%m/%Y}",
    "ngay_dang": lambda t: f"Ngày đăng: {t:%d/%m/%Y}",
}


def date_text(a: Article, rng: random.Random, prefer: str | None = None) -> tuple[str, bool]:
    """A visible date line for the article in one of the portals' many forms."""
    t = parse_when(a)
    if a.has_time and prefer in DATE_FORMS_TIME:
        return DATE_FORMS_TIME[prefer](t), True
    if not a.has_time and prefer in DATE_FORMS_DAY:
        return DATE_FORMS_DAY[prefer](t), False
    if a.has_time and rng.random() < 0.75:
        return DATE_FORMS_TIME[rng.choice(sorted(DATE_FORMS_TIME))](t), True
    return DATE_FORMS_DAY[rng.choice(sorted(DATE_FORMS_DAY))](t), False


def iso_local(a: Article) -> str:
    return a.published_at if a.has_time else a.date


def iso_utc(a: Article) -> str:
    t = parse_when(a) - dt.timedelta(hours=7)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def gold_published(a: Article, shows_time: bool) -> str:
    """The interface (docs/interface.md): date only unless the page gives a time of day."""
    if a.has_time and shows_time:
        return a.published_at[:16] + "+07:00"
    return a.date


# --- bylines -----------------------------------------------------------------

def signature(a: Article, rng: random.Random) -> str:
    name = a.author or ""
    if a.author_org:
        return f"{name} {rng.choice(['–', '-'])} {a.author_org}"
    return name


TOP_BYLINES = ["Tác giả: {}", "Tin, ảnh: {}", "Tin và ảnh: {}", "Bài, ảnh: {}", "Bài và ảnh: {}"]


def byline_html(a: Article, rng: random.Random) -> tuple[str, str]:
    """(html above the body, html below the body) carrying author and source."""
    top, bottom = "", ""
    if a.author:
        style = rng.randrange(6)
        sig = e(signature(a, rng))
        if style == 0:
            top = f'<div class="author-top">{e(rng.choice(TOP_BYLINES).format(signature(a, rng)))}</div>'
        elif style == 1:
            bottom = f'<p style="text-align:right"><strong>{sig}</strong></p>'
        elif style == 2:
            bottom = f'<p style="text-align: right;">{sig}</p>'
        elif style == 3:
            bottom = f'<p class="author"><strong>{e(rng.choice(TOP_BYLINES).format(signature(a, rng)))}</strong></p>'
        elif style == 4:
            bottom = f'<div class="tacgia" align="right"><b>{sig}</b></div>'
        else:
            bottom = f'<p>{e(rng.choice(TOP_BYLINES).format(signature(a, rng)))}</p>'
    if a.source:
        label = rng.choice(["Nguồn: ", "Nguồn tin: ", "Nguồn: "])
        bottom += f'<p class="source"><em>{e(label + a.source)}</em></p>'
    return top, bottom


# --- body -----------------------------------------------------------------------

def body_html(a: Article, rng: random.Random, lead_inside: bool = True, img_base: str = "/uploads/news") -> str:
    """Body paragraphs with image placeholders and captions between them."""
    parts = []
    if lead_inside and a.lead:
        tag = rng.choice(["p", "p", "div"])
        bold = rng.random() < 0.5
        lead = f"<strong>{e(a.lead)}</strong>" if bold else e(a.lead)
        parts.append(f'<{tag} class="sapo">{lead}</{tag}>')
    caps = list(a.captions)
    slots = sorted(rng.sample(range(len(a.paragraphs) + 1), min(len(caps), len(a.paragraphs) + 1)))
    for i, p in enumerate(a.paragraphs):
        if slots and slots[0] == i and caps:
            slots.pop(0)
            parts.append(figure_html(caps.pop(0), rng, img_base))
        align = ' style="text-align: justify;"' if rng.random() < 0.4 else ""
        parts.append(f"<p{align}>{e(p)}</p>")
    for c in caps:
        parts.append(figure_html(c, rng, img_base))
    return "\n".join(parts)


def figure_html(caption: str, rng: random.Random, img_base: str) -> str:
    src = f"{img_base}/{rng.randrange(10**6, 10**7)}.jpg"
    style = rng.randrange(4)
    if style == 0:
        return (f'<figure class="image"><img src="{src}" alt="Anh-tin-bai" width="600">'
                f"<figcaption>{e(caption)}</figcaption></figure>")
    if style == 1:
        return (f'<table class="image center" align="center"><tbody><tr><td><img src="{src}" alt="Anh-tin-bai"></td></tr>'
                f'<tr><td class="image_desc"><em>{e(caption)}</em></td></tr></tbody></table>')
    if style == 2:
        return (f'<p style="text-align:center"><img src="{src}" alt="Anh-tin-bai"></p>'
                f'<p style="text-align:center"><em>{e(caption)}</em></p>')
    return (f'<div class="img-caption"><img src="{src}" alt="{e(caption)}" title="Anh-tin-bai">'
            f'<p class="caption">{e(caption)}</p></div>')


# --- widgets --------------------------------------------------------------------

def counter_html(rng: random.Random, cls: str = "thongke") -> str:
    today = rng.randrange(100, 12000)
    labels = rng.choice([
        [("Hôm nay", today), ("Hôm qua", rng.randrange(500, 3000)), ("Tuần này", today * 3),
         ("Tháng này", today * 9), ("Tất cả", rng.randrange(10**5, 5 * 10**6))],
        [("Đang online", rng.randrange(5, 700)), ("Hôm nay", today), ("Tháng này", today * 8),
         ("Tất cả", rng.randrange(10**5, 5 * 10**6))],
        [("Đang truy cập", rng.randrange(0, 90)), ("Hôm nay", today), ("Tất cả", rng.randrange(10**5, 5 * 10**6))],
    ])
    title = rng.choice(["Thống kê truy cập", "Truy cập", "Số lượt truy cập"])
    rows = "".join(f"<li><span>{k}:</span> <b>{v:,}</b></li>".replace(",", ".") for k, v in labels)
    return f'<div class="block {cls}"><h3 class="block-title">{title}</h3><ul class="counter">{rows}</ul></div>'


def poll_html(site_name: str, rng: random.Random) -> str:
    title = rng.choice(["Ý kiến thăm dò", "Bình chọn", "Thăm dò ý kiến"])
    q = f"Bạn đánh giá thế nào về {site_name[0].lower() + site_name[1:]}?"
    opts = ["Rất hữu ích", "Hữu ích", "Bình thường", "Chưa đáp ứng"]
    items = "".join(f'<li><label><input type="radio" name="poll" value="{i}"> {o}</label></li>' for i, o in enumerate(opts))
    return (f'<div class="block poll"><h3 class="block-title">{title}</h3><form action="#" method="post">'
            f'<p class="question">{e(q)}</p><ul>{items}</ul><button type="button">Bình chọn</button> '
            f'<a href="#">Xem kết quả</a></form></div>')


LINKS = [("http://chinhphu.vn", "Cổng thông tin điện tử Chính phủ"), ("http://mattran.org.vn", "Mặt trận Tổ quốc Việt Nam"),
         ("http://dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"), ("http://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
         ("http://baochinhphu.vn", "Báo điện tử Chính phủ")]


def weblinks_html(province: str) -> str:
    opts = "".join(f'<option value="{u}">{n}</option>' for u, n in LINKS)
    return (f'<div class="block weblink"><h3 class="block-title">Liên kết website</h3>'
            f'<select onchange="window.open(this.value)"><option value="#">-- Chọn liên kết --</option>{opts}'
            f'<option value="#">UBND tỉnh {e(province)}</option></select></div>')


def login_html(action: str, rng: random.Random) -> str:
    return (f'<div class="block login-box"><h3 class="block-title">ĐĂNG NHẬP</h3><form method="post" action="{e(action)}">'
            f'<input name="username" placeholder="Tên đăng nhập"><input type="password" name="password" placeholder="Mật khẩu">'
            f'<button type="submit">Đăng nhập</button> <a href="{e(action)}">Quên mật khẩu?</a></form></div>')


def a11y_html(rng: random.Random) -> str:
    extra = rng.choice([" | Tăng tương phản Giảm tương phản", "", " <span class='zoom'>100%</span>"])
    return f'<div class="accessibility"><a href="#" class="font-dec">A-</a> <a href="#">A</a> <a href="#" class="font-inc">A+</a>{extra}</div>'


def marquee_html(site_name: str) -> str:
    return f'<marquee scrollamount="3" class="welcome">Chào mừng quý vị đã đến với {e(site_name)}</marquee>'


def today_html(rng: random.Random) -> str:
    return f'<span class="today" id="point_portal_egov_date">{weekday_date(TODAY, lower=rng.random() < 0.3)}</span>'


def latest_html(items: list[tuple[str, str, Article]], rng: random.Random, title: str | None = None) -> str:
    """Sidebar list of other articles, each with its own date."""
    title = title or rng.choice(["Tin mới nhất", "Tin mới", "Tin đọc nhiều", "Tin nổi bật"])
    lis = "".join(f'<li><a href="{e(u)}">{e(t)}</a> <span class="date">({a.date[8:10]}/{a.date[5:7]}/{a.date[:4]})</span></li>'
                  for u, t, a in items)
    return f'<div class="block latest-news"><h3 class="block-title">{title}</h3><ul>{lis}</ul></div>'


def footer_html(site: "SiteLike", rng: random.Random) -> str:
    editor = rng.choice(["Ông Nguyễn Văn Hùng", "Bà Lê Thị Hoa", "Ông Vũ Chí Mạnh", "Ông Trần Đức Long"])
    role = "Chủ tịch UBND" if site.level != "province" else "Phó Chánh Văn phòng UBND"
    year = TODAY.year
    return (f'<div class="footer-info"><h3>{e(site.name.upper())}</h3>'
            f'<p>Trưởng Ban Biên tập: {editor} - {role} {e(site.unit_name)}</p>'
            f'<p>Địa chỉ: {e(site.address)}</p><p>Điện thoại: 0{rng.randrange(200, 299)}.{rng.randrange(1000000, 9999999)} '
            f'- Email: {e(site.email)}</p>'
            f'<p>© Bản quyền {year} thuộc về {e(site.name)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div>')


def tthc_html() -> str:
    return ('<div class="block tthc"><a href="https://dichvucong.gov.vn"><img src="/images/banner-dvc.png" alt="Dịch vụ công"></a>'
            '<p><a href="#">CÔNG KHAI TIẾN ĐỘ GIẢI QUYẾT TTHC</a></p><a href="#">CHI TIẾT</a></div>')


def comments_html(rng: random.Random) -> str:
    return ('<div class="comments"><h3>0 bình luận</h3><form method="post" action="#">'
            '<input name="name" placeholder="Họ và tên"><input name="email" placeholder="Email">'
            '<textarea name="content" placeholder="Ý kiến của bạn"></textarea>'
            '<img src="/captcha.ashx" alt="captcha"> <a href="#">(Bấm vào đây để nhận mã)</a>'
            '<input name="captcha"><button type="submit">Gửi bình luận</button></form></div>')


def rating_html() -> str:
    return ('<div class="rating"><span class="stars">★★★★★</span> '
            '<p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><a href="#">Click để đánh giá bài viết</a></div>')


def share_html(url: str, rng: random.Random) -> str:
    return (f'<div class="share-bar"><span>Chia sẻ:</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={e(url)}">Facebook</a> '
            f'<a href="https://zalo.me/share?u={e(url)}">Zalo</a> <a href="#" onclick="window.print()">In bài viết</a> '
            f'<a href="mailto:?body={e(url)}">Gửi email</a></div>')


def views_html(rng: random.Random, english: bool = False) -> str:
    n = rng.randrange(20, 3000)
    return f'<span class="views">{"View count" if english else "Lượt xem"}: {n}</span>'


def jsonld(a: Article, title: str, url: str, site_name: str, utc: bool, author: bool = True) -> str:
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
         "datePublished": iso_utc(a) if utc else iso_local(a), "mainEntityOfPage": url,
         "publisher": {"@type": "Organization", "name": site_name}}
    if author and a.author:
        d["author"] = {"@type": "Person", "name": a.author}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


class SiteLike:  # typing helper only: the attributes renderers read from a site
    name: str
    unit_name: str
    level: str
    address: str
    email: str
