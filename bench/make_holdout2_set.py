"""Build the second held-out extraction set (bench/data/extraction-holdout2/).

    python bench/make_holdout2_set.py          # rewrites pages/ and gold.jsonl (seeded, deterministic)
    python bench/make_holdout2_set.py --check  # gold sanity: plain trafilatura's recall of the gold words
    python bench/make_holdout2_set.py --stats  # the composition figures of the README
    python bench/extraction.py --data bench/data/extraction-holdout2

Five portal page styles used in neither bench/data/extraction nor bench/data/extraction-holdout:

  tuyenquang-tinbai   post-July-2025 commune platform, /vi/tin-bai/<slug>?id=<n>&type=NEWS
                      (Sơn Dương, Tuyên Quang); shows a published AND an "updated" time, in
                      varied order and positions ("Cập nhật lúc" first in the DOM, at the foot,
                      in meta article:modified_time only, ...).
  joomla-k2           Joomla 3 + K2 items, /index.php/<menu>/item/<id>-<alias> (Xuân Lai, Yên Bái);
                      itemDateCreated at the top, itemDateModified ("Sửa lần cuối") at the foot.
  nuxt-jsonld         Vue/Nuxt server-rendered portal with JSON-LD NewsArticle (Tràng Định, Lạng Sơn);
                      dateModified listed before datePublished, article:modified_time meta, the
                      visible time sometimes only the update.
  dnn-easydnn         DotNetNuke with the EasyDNNnews module, /tin-tuc/ArtMID/<m>/ArticleID/<n>/<slug>
                      (Đồng Luận, Phú Thọ).
  khanhhoa-guid       ASP.NET WebForms commune site, /?ArticleId=<guid> (Vạn Thắng, Khánh Hòa).

Articles are stories from bench/holdout2_stories.py (facts drawn at random, worded from templates).
Gold is computed from the article records, never from the HTML. Written without reading the
extractor (crawler/extraction/**) or the tuning-set generator.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout2_stories import KINDS, Place, draw, render  # noqa: E402
from make_holdout_set import e, ea, slugify  # noqa: E402  (escaping and URL slugs, shared with the first held-out set)

OUT = Path(__file__).resolve().parent / "data" / "extraction-holdout2"
SEED = 20261201
TODAY = dt.datetime(2026, 3, 2, 9, 41)  # the "crawl day": header clocks show it, never gold
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

CATEGORY = {"benefit": "Văn hóa - Xã hội", "harvest": "Kinh tế", "session": "Hoạt động HĐND", "livestock": "Kinh tế",
            "house": "Văn hóa - Xã hội", "road": "Nông thôn mới", "recruit": "Quốc phòng - An ninh",
            "digital": "Chuyển đổi số", "festival": "Văn hóa - Du lịch", "flood": "Phòng chống thiên tai",
            "health": "Y tế - Giáo dục", "party": "Xây dựng Đảng"}
WRITERS = ["Minh Anh", "Thu Hà", "Hồng Nhung", "Quang Huy", "Đức Thịnh", "Lan Hương", "Văn Tuấn", "Ngọc Ánh",
           "Hà Trang", "Thanh Tâm", "Bảo Ngọc", "Trung Kiên", "Nguyễn Thu Trang", "Hoàng Lâm", "Phương Thảo",
           "Mai Hoa", "Lường Văn Khánh", "Đỗ Hải Yến"]
# Byline styles: how a signature is printed, and the author it stands for.
#   pv        "PV" alone, right-aligned            -> "PV"
#   bai_anh   "Bài và ảnh: Minh Anh"               -> "Minh Anh"
#   tac_gia   "Tác giả: Nguyễn Thu Trang"          -> the name
#   bare_end  a bare name line at the end          -> the name
#   name_org  "Đức Thịnh - Đài Truyền thanh xã"    -> "Đức Thịnh" (no organisation)
#   tin_anh   "Tin, ảnh: Thu Hà"                   -> "Thu Hà"
#   start     "Bài, ảnh: Lan Hương" before the lead -> the name
#   meta      the platform's own author field (K2 itemAuthor, JSON-LD author, EasyDNN author)
#   source    "Nguồn: Báo Tuyên Quang" only        -> author null, source set
#   none      no byline at all; a resident is quoted first or last -> author null
BYLINE_PLAN = ["pv", "bai_anh", "tac_gia", "bare_end", "name_org", "tin_anh", "start", "meta",
               "source", "none", "none", "none"]


# ---------------------------------------------------------------------------------------------
# Article records
# ---------------------------------------------------------------------------------------------

@dataclass
class Article:
    fam: str
    idx: int
    kind: str
    title: str
    paras: list[str]
    pub: dt.datetime
    has_time: bool
    upd: dt.datetime | None
    byline: str
    author: str | None
    source: str | None
    quote: str | None
    extras: set[str]
    nid: int
    guid: str
    figure_cap: str
    date_layout: int = 0
    link: tuple[str, str] | None = None  # (paragraph, phrase) shown as an inline <a>
    others: list["Article"] = field(default_factory=list, repr=False)

    @property
    def cat(self) -> str:
        return CATEGORY[self.kind]

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def file(self) -> str:
        return f"{self.fam}-{self.idx:02d}"

    def gold_date(self) -> str:
        return self.pub.strftime("%Y-%m-%dT%H:%M+07:00") if self.has_time else self.pub.strftime("%Y-%m-%d")


CAPTIONS = {
    "benefit": "Nhân viên bưu điện chi trả trợ cấp cho người cao tuổi tại nhà văn hóa thôn",
    "harvest": "Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng của xã",
    "session": "Quang cảnh kỳ họp",
    "livestock": "Đàn vật nuôi của một hộ tham gia mô hình",
    "house": "Lãnh đạo xã trao quyết định bàn giao nhà cho hộ nghèo",
    "road": "Các đại biểu cắt băng khánh thành tuyến đường",
    "recruit": "Lãnh đạo xã tặng hoa động viên tân binh",
    "digital": "Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID",
    "festival": "Phần thi ném còn tại lễ hội",
    "flood": "Lực lượng dân quân giúp người dân dọn dẹp sau mưa lũ",
    "health": "Nhân viên y tế khám sàng lọc cho trẻ trước khi tiêm",
    "party": "Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị",
}
SOURCES = {"tuyenquang-tinbai": "Báo Tuyên Quang", "joomla-k2": "Báo Yên Bái", "nuxt-jsonld": "Báo Lạng Sơn",
           "dnn-easydnn": "Báo Phú Thọ", "khanhhoa-guid": "Báo Khánh Hòa"}


def make_articles(rng: random.Random, fam: str, place: Place, start: dt.date, end: dt.date,
                  timed_share: float, updated: str) -> list[Article]:
    """12 articles of one portal, one of each story kind, bylines as BYLINE_PLAN (shuffled).

    updated: "always" (every article shows an update time), "some" (about half), "never".
    """
    kinds = [k["name"] for k in KINDS]
    rng.shuffle(kinds)
    plan = BYLINE_PLAN[:]
    rng.shuffle(plan)
    span = (end - start).days
    days = sorted(rng.sample(range(span), len(kinds)))
    arts: list[Article] = []
    none_quotes = ["first", "last", "both"]
    rng.shuffle(none_quotes)
    for i, (kind, day, byline) in enumerate(zip(kinds, days, plan)):
        when = dt.datetime.combine(start + dt.timedelta(days=day), dt.time(rng.randint(6, 21), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])))
        story = draw(kind, rng, place, when - dt.timedelta(days=rng.randint(0, 2)))
        if byline == "none":
            quote = none_quotes.pop()
        else:
            quote = rng.choice([None, None, "last", "both"])
        title, paras = render(story, title=rng.randrange(3), lead=rng.randrange(3), drop_optional=rng.random() < 0.3, quote=quote)
        author = None if byline in ("none", "source") else ("PV" if byline == "pv" else rng.choice(WRITERS))
        source = SOURCES[fam] if byline == "source" or (byline == "pv" and rng.random() < 0.5) else None
        has_time = rng.random() < timed_share
        upd = None
        if updated == "always" or (updated == "some" and rng.random() < 0.6):
            upd = dt.datetime.combine((when + dt.timedelta(days=rng.randint(1, 4))).date(),
                                      dt.time(rng.randint(7, 21), rng.randint(0, 59)))
        extras = {x for x, p in (("rail", 0.85), ("inline_teasers", 0.4), ("share", 0.8), ("linkdense", 0.3),
                                 ("inline_a", 0.6), ("inline_img", 0.3), ("figure", 0.6), ("tags", 0.5)) if rng.random() < p}
        if len(paras) < 5:  # too short to carry a teaser block between its paragraphs
            extras.discard("inline_teasers")
        link = link_target(paras) if "inline_a" in extras else None
        if link is None:
            extras.discard("inline_a")
        nid = rng.randint(150000, 199999) if fam != "joomla-k2" else rng.randint(300, 2400)
        if "linkdense" in extras:  # the article's own closing lines; a resident's closing quote stays last
            paras.insert(len(paras) - 1 if quote in ("last", "both") else len(paras), linkdense_para(nid, when)[0])
        arts.append(Article(fam=fam, idx=i + 1, kind=kind, title=title, paras=paras, pub=when, has_time=has_time, upd=upd,
                            byline=byline, author=author, source=source, quote=quote, extras=extras, nid=nid,
                            guid=str(uuid.UUID(int=rng.getrandbits(128), version=4)), figure_cap=CAPTIONS[kind],
                            date_layout=i % 5, link=link))
    for a in arts:
        a.others = [o for o in arts if o is not a]
    return arts


# ---------------------------------------------------------------------------------------------
# Shared HTML pieces
# ---------------------------------------------------------------------------------------------

LINK_PHRASES = ["Cổng Dịch vụ công quốc gia", "VNeID", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "sản phẩm OCOP", "Ngân hàng Chính sách xã hội",
                "Quỹ Vì người nghèo tỉnh", "Trạm Y tế", "HĐND"]


def link_target(paras: list[str]) -> tuple[str, str] | None:
    """(paragraph, phrase) to turn into an inline link: a programme, an office or a village name."""
    for text in paras[1:4]:
        for phrase in LINK_PHRASES:
            if phrase in text:
                return text, phrase
    for text in paras[1:4]:
        m = re.search(r"thôn [A-ZĐ]\w*(?: [A-ZĐ]\w*)?", text)
        if m:
            return text, m.group(0)
    return None


def para_html(a: Article, i: int, text: str, img_src: str) -> str:
    """One body paragraph: escaped text, with an inline link / inline photo when the record asks."""
    dense, dense_html = linkdense_para(a.nid, a.pub)
    if text == dense:
        return dense_html
    inner = e(text)
    if a.link and a.link[0] == text:
        phrase = e(a.link[1])
        href = f"/tim-kiem?q={slugify(a.link[1])}" if a.link[1] in LINK_PHRASES else f"/tag/{slugify(a.link[1])}"
        inner = inner.replace(phrase, f'<a href="{href}" title="{ea(a.link[1])}">{phrase}</a>', 1)
    if "inline_img" in a.extras and i == 1:
        inner = f'<img src="{img_src}" alt="" width="300" style="float:left;margin:0 10px 6px 0" />{inner}'
    return f"<p>{inner}</p>"


def linkdense_para(nid: int, pub: dt.datetime) -> tuple[str, str]:
    """(text, html) of an article paragraph made mostly of links to the documents it cites (body text)."""
    n, m = 40 + nid % 160, 10 + nid % 70
    d = pub - dt.timedelta(days=20 + nid % 30)
    text = (f"Thông tin chi tiết xem tại Kế hoạch số {n}/KH-UBND ngày {d.day}/{d.month}/{d.year} của UBND xã và "
            f"Hướng dẫn số {m}/HD-UBND về tổ chức thực hiện; toàn văn được đăng tải tại mục Văn bản chỉ đạo điều hành.")
    linked = (f'Thông tin chi tiết xem tại <a href="/van-ban/ke-hoach-{n}-kh-ubnd.pdf">Kế hoạch số {n}/KH-UBND ngày {d.day}/{d.month}/{d.year} của UBND xã</a> và '
              f'<a href="/van-ban/huong-dan-{m}-hd-ubnd.pdf">Hướng dẫn số {m}/HD-UBND về tổ chức thực hiện</a>; toàn văn được đăng tải tại '
              f'<a href="/van-ban">mục Văn bản chỉ đạo điều hành</a>.')
    return text, f"<p>{linked}</p>"


def gold_paras(a: Article) -> list[str]:
    return list(a.paras)


def byline_html(a: Article, align: str = "right") -> str:
    """The signature as printed at the end (or, for 'start', the head) of the body."""
    s = f' style="text-align: {align};"' if align else ""
    b = a.byline
    if b == "pv":
        out = f"<p{s}><strong>PV</strong></p>"
        if a.source:
            out += f'\n<p{s}><em>(Theo {e(a.source)})</em></p>'
        return out
    if b == "bai_anh":
        return f"<p{s}><strong>Bài và ảnh: {e(a.author)}</strong></p>"
    if b in ("tac_gia", "meta"):
        return f"<p{s}><em>Tác giả: {e(a.author)}</em></p>"
    if b == "bare_end":
        return f"<p{s}><strong>{e(a.author)}</strong></p>" if a.nid % 2 else f"<p>{e(a.author)}</p>"
    if b == "name_org":
        return f"<p{s}><strong>{e(a.author)} - Đài Truyền thanh xã</strong></p>"
    if b == "tin_anh":
        return f"<p{s}><b>Tin, ảnh: {e(a.author)}</b></p>"
    if b == "source":
        return f"<p{s}><em>Nguồn: {e(a.source)}</em></p>"
    return ""


def start_byline(a: Article) -> str:
    return f'<p><strong>Bài, ảnh: {e(a.author)}</strong></p>' if a.byline == "start" else ""


def figure_html(a: Article, src: str, style: int) -> str:
    if style == 0:
        return (f'<p style="text-align: center;"><img alt="{ea(a.figure_cap)}" src="{src}" style="width: 640px;" /></p>\n'
                f'<p style="text-align: center;"><em>{e(a.figure_cap)}</em></p>')
    if style == 1:
        return f'<figure class="image"><img src="{src}" alt="" /><figcaption>{e(a.figure_cap)}</figcaption></figure>'
    return (f'<table class="image-caption" align="center"><tbody><tr><td><img src="{src}" width="600" /></td></tr>'
            f'<tr><td class="caption"><em>{e(a.figure_cap)}</em></td></tr></tbody></table>')


def body_blocks(a: Article, img: Callable[[int], str], fig_style: int, teasers: Callable[[list[Article]], str]) -> str:
    """The article body column: lead, paragraphs, photo, an inline teaser block, link-dense paragraph."""
    out = [start_byline(a)] if a.byline == "start" else []
    for i, text in enumerate(a.paras):
        out.append(para_html(a, i, text, img(9)))
        if i == 0 and "figure" in a.extras:
            out.append(figure_html(a, img(1), fig_style))
        if i == 1 and "inline_teasers" in a.extras and len(a.paras) > 3:
            out.append(teasers(a.others[:3]))
    return "\n".join(x for x in out if x)


def counter_box(seed: int) -> str:
    return (f'<div class="thong-ke"><h4>Thống kê truy cập</h4><ul><li>Đang online: {seed % 90 + 7}</li><li>Hôm nay: {seed % 900 + 120}</li>'
            f'<li>Hôm qua: {seed % 1300 + 410}</li><li>Tháng này: {seed % 30000 + 5200}</li><li>Tổng truy cập: {seed * 37 % 900000 + 100000}</li></ul></div>')


POLL = ('<div class="poll"><h4>Thăm dò ý kiến</h4><p>Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại xã?</p>'
        '<label><input type="radio" name="p" /> Hài lòng</label><label><input type="radio" name="p" /> Bình thường</label>'
        '<label><input type="radio" name="p" /> Chưa hài lòng</label><button type="button">Bình chọn</button> <a href="#">Xem kết quả</a></div>')


def share_bar(style: int) -> str:
    if style == 0:
        return ('<div class="share-bar"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> '
                '<a class="zalo" href="https://zalo.me/share">Zalo</a> <a href="#" onclick="window.print()">In bài</a> '
                '<a href="mailto:?subject=">Gửi email</a> <a href="#" class="copy">Sao chép liên kết</a></div>')
    return ('<ul class="social-share"><li><a href="#" title="Chia sẻ Facebook"><i class="fa fa-facebook"></i></a></li>'
            '<li><a href="#" title="Chia sẻ Zalo"><i class="icon-zalo"></i></a></li><li><a href="#" title="In trang"><i class="fa fa-print"></i></a></li>'
            '<li><a href="#" title="Cỡ chữ">A-</a></li><li><a href="#" title="Cỡ chữ">A+</a></li><li><a href="#" title="Nghe đọc bài">Nghe đọc</a></li></ul>')


def lead_of(o: Article) -> str:
    return o.paras[1] if o.quote == "first" else o.paras[0]


def page(title: str, head: str, body: str, lang: str = "vi", body_attrs: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8" />\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1" />\n{head}</head>\n<body{body_attrs}>\n{body}\n</body>\n</html>\n')


def dmy(d: dt.datetime) -> str:
    return d.strftime("%d/%m/%Y")


def hm(d: dt.datetime) -> str:
    return d.strftime("%H:%M")


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def pub_text(a: Article, fmt: str) -> str:
    """The published date as printed; the time only when the record has one."""
    d = a.pub
    if not a.has_time:
        return {"wd": f"{WEEKDAYS[d.weekday()]}, {dmy(d)}"}.get(fmt, dmy(d))
    return {"hm_dmy": f"{hm(d)} {dmy(d)}", "dmy_hm": f"{dmy(d)} {hm(d)}", "wd": f"{WEEKDAYS[d.weekday()]}, {dmy(d)} {hm(d)}",
            "dmy_dash_hm": f"{dmy(d)} - {hm(d)}", "hm_comma": f"{hm(d)}, {dmy(d)}"}[fmt]


NON_ARTICLE = "non-article"


# ---------------------------------------------------------------------------------------------
# 1. Tuyên Quang post-2025 commune platform (Sơn Dương): published + updated
# ---------------------------------------------------------------------------------------------

TQ = Place(commune="Sơn Dương", level="xã", province="Tuyên Quang",
           villages=["Cầu Trắng", "Tân Phú", "Quyết Thắng", "Đồng Tâm", "Tân Kỳ", "Hào Phú", "Cây Xoan", "Thượng Ấm"],
           officials=[("Nguyễn Văn Hùng", "Chủ tịch UBND xã"), ("Hoàng Thị Thu", "Phó Chủ tịch UBND xã"),
                      ("Ma Văn Hòa", "Bí thư Đảng ủy xã"), ("Lê Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
                      ("Trần Quốc Khánh", "Phó Bí thư Thường trực Đảng ủy xã")],
           residents=[("Ma Văn Thắng", "Ông"), ("Hoàng Thị Lan", "Bà"), ("Triệu Thị Mai", "Bà"), ("Nguyễn Văn Tám", "Ông"),
                      ("Lý Văn Hin", "Ông")],
           post="khu vực Sơn Dương", crops=["lúa Mùa", "lúa Xuân"])
TQ_HOST = "https://sonduong.tuyenquang.gov.vn"


def tq_url(a: Article) -> str:
    return f"{TQ_HOST}/vi/tin-bai/{a.slug}?id={a.nid}&type=NEWS"


def tq_img(a: Article) -> Callable[[int], str]:
    return lambda n: f"/upload/{a.pub.year}/{a.pub.month:02d}/{a.nid}-{n}.jpg"


def tq_teasers(arts: list[Article]) -> str:
    items = "".join(f'<li><a href="{tq_url(o)}">{e(o.title)}</a></li>' for o in arts)
    return f'<div class="box-news-inline"><div class="title">Tin liên quan</div><ul>{items}</ul></div>'


def tq_shell(title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/vi/chuyen-muc/{slugify(c)}">{c}</a></li>'
                   for c in ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Thủ tục hành chính", "Liên hệ"])
    body = f"""<div id="app"><header class="site-header"><div class="topbar"><div class="container"><span class="today">{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}</span>
<a href="/vi/dang-nhap" class="login">Đăng nhập</a> <a href="/en">English</a></div></div>
<div class="banner container"><img src="/static/img/quoc-huy.png" alt="Quốc huy" /><div class="site-name"><p class="small">ĐẢNG CỘNG SẢN VIỆT NAM - ỦY BAN NHÂN DÂN</p><h2>XÃ SƠN DƯƠNG - TỈNH TUYÊN QUANG</h2></div>
<form class="search" action="/vi/tim-kiem"><input name="keyword" placeholder="Tìm kiếm..." /></form></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>{menu}</ul></div></nav>
<div class="marquee container"><marquee>Chào mừng quý vị đến với Cổng thông tin điện tử xã Sơn Dương, tỉnh Tuyên Quang</marquee></div></header>
<main class="container"><div class="row"><div class="col-lg-8 col-main">
{main}
</div><aside class="col-lg-4 col-side"><div class="widget"><h4>Dịch vụ công trực tuyến</h4><a href="https://dichvucong.gov.vn"><img src="/static/img/dvc.png" alt="Dịch vụ công" /></a></div>
<div class="widget">{POLL}</div><div class="widget">{counter_box(4217)}</div></aside></div></main>
<footer class="site-footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ XÃ SƠN DƯƠNG</strong></p><p>Cơ quan chủ quản: UBND xã Sơn Dương, tỉnh Tuyên Quang</p>
<p>Chịu trách nhiệm chính: Chủ tịch UBND xã</p><p>Địa chỉ: Tổ dân phố Kỳ Lâm, xã Sơn Dương. Điện thoại: 0207.3838.xxx. Email: sonduong@tuyenquang.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div></footer></div>
<script src="/static/js/app.min.js"></script>"""
    return page(title, '<link rel="stylesheet" href="/static/css/bootstrap.min.css" />\n' + head, body)


def tq_meta_line(a: Article) -> tuple[str, str, str, str]:
    """(above title, below title, foot of article, head meta) for the date layouts of this family.

    Always both a published and an updated time; the published one is the gold.
    """
    u = a.upd
    pub, upd_hm = pub_text(a, "hm_dmy"), f"{hm(u)} {dmy(u)}"
    views = f'<span class="views"><i class="fa fa-eye"></i> {a.nid % 900 + 40}</span>'
    lay = (a.idx - 1) % 6
    if lay == 0:   # updated first in the DOM, then published, one line under the title
        return "", f'<div class="post-meta"><span class="updated">Cập nhật lúc: {upd_hm}</span> <span class="sep">|</span> <span class="published">Ngày đăng: {pub}</span> {views}</div>', "", ""
    if lay == 1:   # published first, updated after
        return "", f'<div class="post-meta"><span>Đăng lúc {pub_text(a, "hm_comma")}</span> | <span>Cập nhật {hm(u)}, {dmy(u)}</span> {views}</div>', "", ""
    if lay == 2:   # weekday date near the title, "Cập nhật lúc" at the foot of the article
        return "", f'<div class="post-date">{pub_text(a, "wd")}</div>', f'<div class="post-updated text-muted">Cập nhật lúc {hm(u)} ngày {u.day}/{u.month}/{u.year} {views}</div>', ""
    if lay == 3:   # the update only in meta article:modified_time; the page shows the published time
        return "", f'<div class="post-meta"><span class="date">{pub_text(a, "dmy_hm")}</span> {views}</div>', "", f'<meta property="article:modified_time" content="{iso(u)}" />\n<meta property="og:updated_time" content="{iso(u)}" />\n'
    if lay == 5:   # the update is the time near the title; "Ngày đăng" sits at the foot
        return "", f'<div class="post-meta"><span class="updated">Cập nhật: {upd_hm}</span> {views}</div>', f'<div class="post-published text-muted">Ngày đăng: {pub_text(a, "dmy_hm")}</div>', ""
    # lay 4: the update above the title (in the breadcrumb bar), the published time below it
    return f'<div class="crumb-time">Cập nhật lúc {upd_hm}</div>', f'<div class="post-meta"><span>Ngày đăng {pub_text(a, "dmy_hm")}</span></div>', "", ""


def tq_article(a: Article) -> tuple[str, str]:
    above, below, foot, head = tq_meta_line(a)
    rail = ""
    if "rail" in a.extras:
        rail = '<div class="related-news"><h3 class="title">Tin cùng chuyên mục</h3><div class="row">' + "".join(
            f'<div class="col-md-6 item"><a href="{tq_url(o)}"><img src="/upload/thumb/{o.nid}.jpg" alt="" /></a>'
            f'<h4><a href="{tq_url(o)}">{e(o.title)}</a></h4><p class="sapo">{e(lead_of(o)[:140])}…</p></div>' for o in a.others[:4]) + "</div></div>"
    tags = ('<div class="tags">Từ khóa: ' + " ".join(f'<a href="/vi/tag/{slugify(t)}">{t}</a>' for t in (a.cat, "Sơn Dương", "xã")) + "</div>") if "tags" in a.extras else ""
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/vi/chuyen-muc/{slugify(a.cat)}">{e(a.cat)}</a></li></ol>
{above}<article class="news-detail"><h1 class="title-detail">{e(a.title)}</h1>
{below}
{share_bar(0) if "share" in a.extras else ""}
<div class="detail-content">
{body_blocks(a, tq_img(a), a.nid % 3, tq_teasers)}
{byline_html(a)}
</div>
{foot}
{tags}
</article>
{rail}"""
    head += f'<meta property="og:title" content="{ea(a.title)}" />\n<meta property="og:type" content="article" />\n<meta name="description" content="{ea(lead_of(a)[:160])}" />\n'
    return tq_url(a), tq_shell(f"{a.title} - Cổng thông tin điện tử xã Sơn Dương", tq_article_wrap(main), head)


def tq_article_wrap(main: str) -> str:
    return f'<div class="page-detail">{main}</div>'


def tq_nonarticles(arts: list[Article]) -> list[tuple[str, str, str]]:
    items = "".join(f'<div class="news-item row"><div class="col-4"><a href="{tq_url(o)}"><img src="/upload/thumb/{o.nid}.jpg" alt="" /></a></div>'
                    f'<div class="col-8"><h3><a href="{tq_url(o)}">{e(o.title)}</a></h3><p class="date">{pub_text(o, "hm_dmy")}</p>'
                    f'<p class="sapo">{e(lead_of(o))}</p></div></div>' for o in arts[:8])
    pager = '<ul class="pagination"><li class="active"><a>1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?page=2">Sau »</a></li></ul>'
    listing = f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>Tin tức - Sự kiện</li></ol><h1 class="cat-title">Tin tức - Sự kiện</h1><div class="list-news">{items}</div>{pager}'
    hits = [o for o in arts if "xã" in o.title.lower()][:5]
    results = "".join(f'<li><h3><a href="{tq_url(o)}">{e(o.title)}</a></h3><p>{e(lead_of(o)[:200])}…</p><span class="date">{dmy(o.pub)}</span></li>' for o in hits)
    search = (f'<h1>Kết quả tìm kiếm</h1><form action="/vi/tim-kiem"><input name="keyword" value="xã Sơn Dương" /><button>Tìm</button></form>'
              f'<p class="count">Tìm thấy {len(hits)} kết quả cho từ khóa “xã Sơn Dương”</p><ul class="search-result">{results}</ul>')
    contact = """<h1>Liên hệ</h1><div class="contact-info"><p><strong>ỦY BAN NHÂN DÂN XÃ SƠN DƯƠNG</strong></p><p>Địa chỉ: Tổ dân phố Kỳ Lâm, xã Sơn Dương, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3838.xxx - Fax: 0207.3838.xxx</p><p>Email: sonduong@tuyenquang.gov.vn</p></div>
<form class="contact-form"><p>Họ và tên (*) <input name="name" /></p><p>Số điện thoại <input name="phone" /></p><p>Email (*) <input name="email" /></p>
<p>Tiêu đề <input name="subject" /></p><p>Nội dung (*) <textarea name="content" rows="5"></textarea></p><p><button type="submit">Gửi liên hệ</button> <button type="reset">Nhập lại</button></p></form>
<div class="map"><iframe src="https://maps.google.com/maps?q=Son%20Duong%20Tuyen%20Quang&output=embed" width="100%" height="300"></iframe></div>"""
    docs = "".join(f'<tr><td>{i + 1}</td><td><a href="/vi/van-ban/{n}">{n}/{kind}-UBND</a></td><td>{d}</td><td><a href="/vi/van-ban/{n}">{e(t)}</a></td><td><a href="/upload/vb/{n}.pdf">Tải về</a></td></tr>'
                   for i, (n, kind, d, t) in enumerate([
                       (412, "QĐ", "18/12/2025", "Quyết định giao dự toán thu, chi ngân sách xã năm 2026"),
                       (398, "KH", "10/12/2025", "Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ 2026"),
                       (377, "TB", "01/12/2025", "Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 12/2025"),
                       (350, "QĐ", "20/11/2025", "Quyết định công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã"),
                       (341, "KH", "14/11/2025", "Kế hoạch tuyển chọn, gọi công dân nhập ngũ năm 2026"),
                       (322, "CV", "05/11/2025", "Công văn về việc tăng cường phòng, chống dịch bệnh trên đàn gia súc"),
                   ]))
    doclist = (f'<h1>Văn bản chỉ đạo điều hành</h1><form class="filter"><select><option>Loại văn bản</option></select><input placeholder="Số/ký hiệu" /><button>Lọc</button></form>'
               f'<table class="table table-bordered"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{docs}</tbody></table>')
    return [("tuyenquang-tinbai-listing", f"{TQ_HOST}/vi/chuyen-muc/tin-tuc-su-kien", tq_shell("Tin tức - Sự kiện", listing)),
            ("tuyenquang-tinbai-search", f"{TQ_HOST}/vi/tim-kiem?keyword=x%C3%A3+S%C6%A1n+D%C6%B0%C6%A1ng", tq_shell("Tìm kiếm", search)),
            ("tuyenquang-tinbai-contact", f"{TQ_HOST}/vi/lien-he", tq_shell("Liên hệ", contact)),
            ("tuyenquang-tinbai-documents", f"{TQ_HOST}/vi/van-ban?type=chi-dao-dieu-hanh", tq_shell("Văn bản chỉ đạo điều hành", doclist))]


# ---------------------------------------------------------------------------------------------
# 2. Joomla 3 + K2 (Xuân Lai, Yên Bái)
# ---------------------------------------------------------------------------------------------

YB = Place(commune="Xuân Lai", level="xã", province="Yên Bái",
           villages=["Ngòi Cát", "Làng Xuân", "Khuôn Ráng", "Đồng Tâm", "Khe Ngang", "Trung Tâm", "Ngòi Kèn"],
           officials=[("Hà Văn Chiến", "Chủ tịch UBND xã"), ("Lê Thị Thu Hằng", "Phó Chủ tịch UBND xã"),
                      ("Triệu Văn Thành", "Bí thư Đảng ủy xã"), ("Hoàng Minh Đức", "Chủ tịch HĐND xã"),
                      ("Nguyễn Thị Nga", "Chủ tịch Hội Phụ nữ xã")],
           residents=[("Lò Thị Mai", "Bà"), ("Hà Văn Chung", "Ông"), ("Hoàng Văn Sinh", "Ông"), ("Đặng Thị Hoa", "Bà"),
                      ("Bàn Văn Quý", "Ông")],
           post="huyện Yên Bình", crops=["lúa Xuân", "lúa Mùa"], ethnic_fest="Lễ hội Lồng tồng")
YB_HOST = "https://xuanlai.yenbinh.yenbai.gov.vn"
K2_MENU = {"Kinh tế": "kinh-te", "Văn hóa - Xã hội": "van-hoa-xa-hoi", "Hoạt động HĐND": "hdnd-xa", "Nông thôn mới": "nong-thon-moi",
           "Quốc phòng - An ninh": "quoc-phong-an-ninh", "Chuyển đổi số": "chuyen-doi-so", "Văn hóa - Du lịch": "van-hoa-du-lich",
           "Phòng chống thiên tai": "phong-chong-thien-tai", "Y tế - Giáo dục": "y-te-giao-duc", "Xây dựng Đảng": "xay-dung-dang"}
MONTHS_K2 = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]


def yb_url(a: Article) -> str:
    return f"{YB_HOST}/index.php/tin-tuc/{K2_MENU[a.cat]}/item/{a.nid}-{a.slug}"


def k2_date(d: dt.datetime, with_time: bool) -> str:
    s = f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS_K2[d.month - 1]} {d.year}"
    return f"{s} {hm(d)}" if with_time else s


def yb_teasers(arts: list[Article]) -> str:
    items = "".join(f'<li><a href="{yb_url(o)}">{e(o.title)}</a></li>' for o in arts)
    return f'<div class="itemRelatedInline"><p><strong>Xem thêm:</strong></p><ul>{items}</ul></div>'


def yb_shell(title: str, main: str, head: str = "") -> str:
    mods = "".join(f'<li><a href="{yb_url(o)}">{e(o.title)}</a></li>' for o in YB_ARTS[:6])
    body = f"""<div id="t3-header" class="t3-header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="" /><span>TRANG THÔNG TIN ĐIỆN TỬ XÃ XUÂN LAI</span></a>
<div class="head-date">{WEEKDAYS[TODAY.weekday()]}, {TODAY.day} {MONTHS_K2[TODAY.month - 1].lower()} {TODAY.year}</div></div></div>
<nav id="t3-mainnav" class="navbar"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/index.php/gioi-thieu">Giới thiệu</a></li>
<li class="active"><a href="/index.php/tin-tuc">Tin tức</a></li><li><a href="/index.php/van-ban">Văn bản</a></li><li><a href="/index.php/lien-he">Liên hệ</a></li></ul></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-md-9">
<div id="system-message-container"></div>
{main}
</div><div class="t3-sidebar col-md-3"><div class="moduletable"><h3>Tin mới</h3><ul class="latestnews">{mods}</ul></div>
<div class="moduletable">{POLL}</div><div class="moduletable">{counter_box(8801)}</div>
<div class="moduletable"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://yenbai.gov.vn">Cổng TTĐT tỉnh Yên Bái</option></select></div></div></div></div>
<footer id="t3-footer" class="t3-footer"><div class="container"><p>Bản quyền © 2023 UBND xã Xuân Lai, huyện Yên Bình, tỉnh Yên Bái</p>
<p>Chịu trách nhiệm nội dung: Chủ tịch UBND xã. Điện thoại: 0216.3885.xxx</p><p>Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh</p></div></footer>"""
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            '<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />\n' + head)
    return page(title, head, body)


def yb_article(a: Article) -> tuple[str, str]:
    created = f'<span class="itemDateCreated">{k2_date(a.pub, a.has_time)}</span>'
    author = f'<span class="itemAuthor">Viết bởi <a rel="author" href="/index.php/tin-tuc/itemlist/user/{a.nid % 40 + 60}">{e(a.author)}</a></span>' if a.byline == "meta" else ""
    modified = ""
    head = f'<meta name="description" content="{ea(lead_of(a)[:160])}" />\n<meta property="og:title" content="{ea(a.title)}" />\n'
    if a.upd:
        modified = f'<div class="itemDateModified">Sửa lần cuối vào {k2_date(a.upd, True)}</div>'
        if a.date_layout in (1, 3):
            head += f'<meta property="og:updated_time" content="{iso(a.upd)}" />\n'
    related = ""
    if "rail" in a.extras:
        related = ('<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>' + "".join(
            f'<li><a href="{yb_url(o)}">{e(o.title)}</a> <span class="itemRelCreated">{k2_date(o.pub, False)}</span></li>' for o in a.others[:5]) + "</ul></div>")
    tags = ('<div class="itemTagsBlock"><span>Gắn thẻ</span><ul class="itemTags"><li><a href="/index.php/tin-tuc/itemlist/tag/'
            f'{slugify(a.cat)}">{e(a.cat)}</a></li><li><a href="#">Xuân Lai</a></li></ul></div>') if "tags" in a.extras else ""
    intro, rest = a.paras[0], a.paras[1:]
    # K2: the lead is itemIntroText (bold), the rest itemFullText.
    sub = Article(**{**a.__dict__, "paras": rest})
    sub.extras = set(a.extras)
    full = body_blocks(sub, lambda n: f"/media/k2/items/cache/{a.nid}_{n}_L.jpg", 0, yb_teasers)
    if a.byline == "start":
        full = full.replace(start_byline(a), "", 1)
        intro_html = f'{start_byline(a)}<p><strong>{e(intro)}</strong></p>'
    else:
        intro_html = f"<p><strong>{e(intro)}</strong></p>"
    top = a.date_layout % 2 == 0
    main = f"""<div id="k2Container" class="itemView">
<div class="itemHeader">{created if top else ""}<h2 class="itemTitle">{e(a.title)}</h2>{"" if top else created}{author}</div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="#">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">E-mail</a></li>
<li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li></ul></div>
<div class="itemBody"><div class="itemFullText">
<div class="itemIntroText">{intro_html}</div>
{full}
{byline_html(a) if a.byline != "meta" else ""}
</div>
{modified}
{share_bar(1) if "share" in a.extras else ""}
{tags}
</div>
<div class="itemLinks"><div class="itemCategory"><span>Xuất bản trong</span> <a href="/index.php/tin-tuc/{K2_MENU[a.cat]}">{e(a.cat)}</a></div></div>
{related}
<div class="itemHitsTwitter"><span class="itemHits">Đọc {a.nid % 700 + 35} lần</span></div>
<div class="itemNavigation"><span class="itemNavigationTitle">Các bài khác:</span> <a class="itemPrevious" href="{yb_url(a.others[0])}">« {e(a.others[0].title)}</a></div>
</div>"""
    return yb_url(a), yb_shell(f"{a.title} - Xuân Lai", main, head)


def yb_nonarticles(arts: list[Article]) -> list[tuple[str, str, str]]:
    items = "".join(f"""<div class="itemContainer"><div class="catItemView"><div class="catItemHeader"><span class="catItemDateCreated">{k2_date(o.pub, False)}</span>
<h3 class="catItemTitle"><a href="{yb_url(o)}">{e(o.title)}</a></h3></div><div class="catItemBody"><div class="catItemImageBlock"><img src="/media/k2/items/cache/{o.nid}_S.jpg" alt="" /></div>
<div class="catItemIntroText"><p>{e(lead_of(o))}</p></div></div><div class="catItemReadMore"><a class="k2ReadMore" href="{yb_url(o)}">Đọc thêm...</a></div></div></div>""" for o in arts[:7])
    listing = (f'<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>Tin tức</h2></div><div class="itemList"><div id="itemListLeading">{items}</div></div>'
               '<div class="k2Pagination"><ul><li class="pagination-start"><span>Bắt đầu</span></li><li class="active"><span>1</span></li><li><a href="?start=7">2</a></li>'
               '<li><a href="?start=14">3</a></li><li class="pagination-next"><a href="?start=7">Tiếp</a></li></ul><div class="k2PaginationCounter">Trang 1 của 19</div></div></div>')
    tagged = [o for o in arts if o.kind in ("harvest", "livestock", "road", "benefit")]
    tag = "".join(f'<div class="tagItem"><h2 class="tagItemTitle"><a href="{yb_url(o)}">{e(o.title)}</a></h2><span class="tagItemDateCreated">{k2_date(o.pub, False)}</span>'
                  f'<div class="tagItemIntroText"><p>{e(lead_of(o))}</p></div><div class="tagItemReadMore"><a class="k2ReadMore" href="{yb_url(o)}">Đọc thêm...</a></div></div>' for o in tagged)
    tagpage = f'<div id="k2Container" class="tagView"><h1>Gắn thẻ: nông nghiệp</h1><div class="tagItemList">{tag}</div></div>'
    res = "".join(f'<dt class="result-title">{i + 1}. <a href="{yb_url(o)}">{e(o.title)}</a></dt><dd class="result-category"><span class="small">({e(o.cat)})</span></dd>'
                  f'<dd class="result-text">{e(lead_of(o)[:220])}…</dd><dd class="result-created">Ngày tạo {dmy(o.pub)}</dd>' for i, o in enumerate(arts[:5]))
    search = (f'<div class="search"><h1>Tìm kiếm</h1><form id="searchForm"><input name="searchword" value="thôn" /><button>Tìm kiếm</button></form>'
              f'<div class="searchintro"><p>Tổng cộng: <span class="badge">5</span> kết quả được tìm thấy.</p></div><dl class="search-results">{res}</dl></div>')
    contact = """<div class="contact"><h2>Liên hệ</h2><div class="contact-address"><p>UBND xã Xuân Lai</p><p>Địa chỉ: Thôn Trung Tâm, xã Xuân Lai, huyện Yên Bình, tỉnh Yên Bái</p>
<p>Điện thoại: 0216.3885.xxx</p><p>Email: ubndxuanlai@yenbai.gov.vn</p></div><form class="form-validate"><fieldset><legend>Gửi Email</legend>
<p><label>Tên (*)</label><input /></p><p><label>Email (*)</label><input /></p><p><label>Tiêu đề (*)</label><input /></p><p><label>Nội dung (*)</label><textarea></textarea></p>
<p><label><input type="checkbox" /> Gửi một bản sao cho chính bạn</label></p><button>Gửi Email</button></fieldset></form></div>"""
    base = f"{YB_HOST}/index.php"
    return [("joomla-k2-listing", f"{base}/tin-tuc", yb_shell("Tin tức - Xuân Lai", listing)),
            ("joomla-k2-tag", f"{base}/tin-tuc/itemlist/tag/nong-nghiep", yb_shell("Gắn thẻ: nông nghiệp", tagpage)),
            ("joomla-k2-search", f"{base}?option=com_search&searchword=th%C3%B4n", yb_shell("Tìm kiếm", search)),
            ("joomla-k2-contact", f"{base}/lien-he", yb_shell("Liên hệ", contact))]


# ---------------------------------------------------------------------------------------------
# 3. Vue/Nuxt SSR portal with JSON-LD (Tràng Định, Lạng Sơn)
# ---------------------------------------------------------------------------------------------

LS = Place(commune="Tràng Định", level="xã", province="Lạng Sơn",
           villages=["Nà Cạn", "Pác Khuông", "Bản Chang", "Nà Pàn", "Khòn Pổ", "Pò Mã", "Nà Lừa"],
           officials=[("Hoàng Văn Quyết", "Chủ tịch UBND xã"), ("Nông Thị Hằng", "Phó Chủ tịch UBND xã"),
                      ("Lương Văn Đoàn", "Bí thư Đảng ủy xã"), ("Chu Văn Hiếu", "Phó Chủ tịch HĐND xã"),
                      ("Vi Thị Lụa", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
           residents=[("Hoàng Văn Páo", "Ông"), ("Lăng Thị Hoa", "Bà"), ("Nông Văn Lợi", "Ông"), ("Chu Thị Nhàn", "Bà"),
                      ("Lò Thị Mai", "Bà")],
           post="khu vực Tràng Định", crops=["lúa Mùa", "lúa Xuân"], ethnic_fest="Lễ hội Lồng tồng")
LS_HOST = "https://trangdinh.langson.gov.vn"


def ls_url(a: Article) -> str:
    return f"{LS_HOST}/tin-tuc-su-kien/{a.slug}.html"


def ls_teasers(arts: list[Article]) -> str:
    items = "".join(f'<div data-v-3f1c2a7e class="inline-item"><a data-v-3f1c2a7e href="{ls_url(o)}">{e(o.title)}</a></div>' for o in arts)
    return f'<div data-v-3f1c2a7e class="inline-related"><span data-v-3f1c2a7e class="label">ĐỌC THÊM</span>{items}</div>'


def ls_shell(title: str, main: str, head: str = "", state: str = "{}") -> str:
    body = f"""<div id="__nuxt"><div id="__layout"><div data-v-7a2b9c11 class="layout-default"><header data-v-7a2b9c11 class="header"><div data-v-7a2b9c11 class="header__top">
<span data-v-7a2b9c11>{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}</span><a data-v-7a2b9c11 href="/dang-nhap">Đăng nhập</a></div>
<div data-v-7a2b9c11 class="header__brand"><img data-v-7a2b9c11 src="/_nuxt/img/logo.8c1f2.png" alt="" /><div data-v-7a2b9c11><p data-v-7a2b9c11>ỦY BAN NHÂN DÂN</p><p data-v-7a2b9c11 class="name">XÃ TRÀNG ĐỊNH</p></div></div>
<nav data-v-7a2b9c11 class="menu"><a data-v-7a2b9c11 href="/" class="nuxt-link-active">Trang chủ</a><a data-v-7a2b9c11 href="/gioi-thieu">Giới thiệu</a><a data-v-7a2b9c11 href="/tin-tuc-su-kien">Tin tức - Sự kiện</a>
<a data-v-7a2b9c11 href="/van-ban">Văn bản</a><a data-v-7a2b9c11 href="/hoi-dap">Hỏi đáp</a><a data-v-7a2b9c11 href="/lien-he">Liên hệ</a></nav></header>
<main data-v-7a2b9c11 class="container main">{main}</main>
<footer data-v-7a2b9c11 class="footer"><p data-v-7a2b9c11>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRÀNG ĐỊNH, TỈNH LẠNG SƠN</p><p data-v-7a2b9c11>Chịu trách nhiệm: Chủ tịch UBND xã Tràng Định</p>
<p data-v-7a2b9c11>Địa chỉ: Khu 1, xã Tràng Định, tỉnh Lạng Sơn · Điện thoại: 0205.3880.xxx · Email: trangdinh@langson.gov.vn</p>
<p data-v-7a2b9c11>{counter_box(5123)}</p></footer></div></div></div>
<script>window.__NUXT__={state};</script><script src="/_nuxt/runtime.4a1b.js" defer></script><script src="/_nuxt/app.9d2e.js" defer></script>"""
    head = ('<meta data-n-head="ssr" name="generator" content="Nuxt" />\n<link rel="preload" href="/_nuxt/app.9d2e.js" as="script" />\n' + head)
    return page(title, head, body, body_attrs=' class="page-news"')


def ls_article(a: Article) -> tuple[str, str]:
    u = a.upd
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "dateModified": iso(u), "datePublished": iso(a.pub) if a.has_time else a.pub.strftime("%Y-%m-%d"),
          "mainEntityOfPage": ls_url(a), "image": [f"{LS_HOST}/uploads/{a.nid}.jpg"],
          "publisher": {"@type": "Organization", "name": "UBND xã Tràng Định", "logo": {"@type": "ImageObject", "url": f"{LS_HOST}/logo.png"}}}
    if a.byline == "meta":
        ld["author"] = {"@type": "Person", "name": a.author}
    else:
        ld["author"] = {"@type": "Organization", "name": "Cổng thông tin điện tử xã Tràng Định"}
    head = (f'<meta data-n-head="ssr" property="og:title" content="{ea(a.title)}" />\n'
            f'<meta data-n-head="ssr" name="description" content="{ea(lead_of(a)[:160])}" />\n'
            f'<meta data-n-head="ssr" property="article:modified_time" content="{iso(u)}" />\n')
    lay = a.date_layout
    if lay in (0, 2):
        head += f'<meta data-n-head="ssr" property="article:published_time" content="{iso(a.pub) if a.has_time else a.pub.strftime("%Y-%m-%d")}" />\n'
    head += f'<script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    # Visible times: sometimes only the update, sometimes both, in either order.
    upd_v = f'<span data-v-3f1c2a7e class="meta__updated">Cập nhật: {hm(u)} | {dmy(u)}</span>'
    pub_v = f'<span data-v-3f1c2a7e class="meta__published">Xuất bản: {pub_text(a, "hm_dmy").replace(" ", " | ", 1) if a.has_time else dmy(a.pub)}</span>'
    meta = {0: upd_v + pub_v, 1: upd_v, 2: pub_v + upd_v, 3: upd_v, 4: pub_v + upd_v}[lay]
    author_v = f'<span data-v-3f1c2a7e class="meta__author">Tác giả: {e(a.author)}</span>' if a.byline == "meta" else ""
    rail = ""
    if "rail" in a.extras:
        rail = ('<section data-v-3f1c2a7e class="news-related"><h3 data-v-3f1c2a7e>Tin khác</h3>' + "".join(
            f'<article data-v-3f1c2a7e class="card-news"><a data-v-3f1c2a7e href="{ls_url(o)}"><img data-v-3f1c2a7e src="/uploads/thumb/{o.nid}.jpg" alt="" />'
            f'<h4 data-v-3f1c2a7e>{e(o.title)}</h4></a><time data-v-3f1c2a7e>{dmy(o.pub)}</time></article>' for o in a.others[:6]) + "</section>")
    body = body_blocks(a, lambda n: f"/uploads/{a.pub.year}/{a.nid}-{n}.jpg", 1, ls_teasers)
    main = f"""<div data-v-3f1c2a7e class="news-detail"><div data-v-3f1c2a7e class="breadcrumb"><a data-v-3f1c2a7e href="/">Trang chủ</a> / <a data-v-3f1c2a7e href="/tin-tuc-su-kien">{e(a.cat)}</a></div>
<h1 data-v-3f1c2a7e class="news-detail__title">{e(a.title)}</h1>
<div data-v-3f1c2a7e class="news-detail__meta">{meta}{author_v}</div>
{share_bar(1) if "share" in a.extras else ""}
<div data-v-3f1c2a7e class="news-detail__content ck-content">
{body}
{byline_html(a) if a.byline != "meta" else ""}
</div>
{rail}</div>"""
    state = json.dumps({"layout": "default", "data": [{"slug": a.slug, "id": a.nid}], "serverRendered": True}, ensure_ascii=False)
    return ls_url(a), ls_shell(f"{a.title} | Xã Tràng Định", main, head, state)


def ls_nonarticles(arts: list[Article]) -> list[tuple[str, str, str]]:
    cards = "".join(f'<article data-v-5b2d1e0a class="card-news card-news--row"><a data-v-5b2d1e0a href="{ls_url(o)}"><img data-v-5b2d1e0a src="/uploads/thumb/{o.nid}.jpg" alt="" /></a>'
                    f'<div data-v-5b2d1e0a><h3 data-v-5b2d1e0a><a data-v-5b2d1e0a href="{ls_url(o)}">{e(o.title)}</a></h3><time data-v-5b2d1e0a>{pub_text(o, "hm_dmy")}</time>'
                    f'<p data-v-5b2d1e0a class="desc">{e(lead_of(o))}</p></div></article>' for o in arts[:9])
    pager = '<nav data-v-5b2d1e0a class="pagination"><a data-v-5b2d1e0a class="active">1</a><a data-v-5b2d1e0a href="?page=2">2</a><a data-v-5b2d1e0a href="?page=3">3</a><a data-v-5b2d1e0a href="?page=2">›</a></nav>'
    listing = f'<h1 data-v-5b2d1e0a class="page-title">Tin tức - Sự kiện</h1><div data-v-5b2d1e0a class="list">{cards}</div>{pager}'
    qa = [("Thủ tục đăng ký khai sinh cho con cần những giấy tờ gì?", "Người đi đăng ký khai sinh nộp tờ khai theo mẫu, giấy chứng sinh; có thể nộp trực tuyến trên Cổng Dịch vụ công."),
          ("Gia đình tôi muốn tách thửa đất thì liên hệ ở đâu?", "Ông/bà liên hệ Bộ phận Một cửa xã để được hướng dẫn hồ sơ đề nghị tách thửa."),
          ("Xã có hỗ trợ hộ nghèo sửa chữa nhà không?", "Các hộ thuộc diện hộ nghèo, hộ cận nghèo có nhà tạm, nhà dột nát được xét hỗ trợ theo chương trình của tỉnh."),
          ("Lịch tiếp công dân của Chủ tịch UBND xã như thế nào?", "Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại trụ sở UBND xã."),
          ("Làm thế nào để kích hoạt tài khoản định danh điện tử mức 2?", "Công dân đến Công an xã mang theo căn cước và điện thoại để được hỗ trợ đăng ký, kích hoạt.")]
    qa_html = "".join(f'<div data-v-5b2d1e0a class="qa-item"><h3 data-v-5b2d1e0a><a data-v-5b2d1e0a href="/hoi-dap/{slugify(q)}">{e(q)}</a></h3>'
                      f'<p data-v-5b2d1e0a class="qa-answer">{e(ans)}</p><a data-v-5b2d1e0a href="/hoi-dap/{slugify(q)}">Xem chi tiết</a></div>' for q, ans in qa)
    qapage = f'<h1 data-v-5b2d1e0a class="page-title">Hỏi đáp</h1><div data-v-5b2d1e0a class="qa-list">{qa_html}</div><a data-v-5b2d1e0a class="btn" href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a>'
    docs = [("35/NQ-HĐND", "15/12/2025", "Nghị quyết về dự toán ngân sách xã năm 2026"), ("512/QĐ-UBND", "20/12/2025", "Quyết định ban hành quy chế làm việc của UBND xã"),
            ("208/KH-UBND", "05/12/2025", "Kế hoạch triển khai chuyển đổi số năm 2026"), ("197/TB-UBND", "28/11/2025", "Thông báo tuyển dụng công chức cấp xã"),
            ("185/KH-UBND", "18/11/2025", "Kế hoạch phòng, chống rét cho cây trồng, vật nuôi vụ Đông Xuân")]
    rows = "".join(f'<tr data-v-5b2d1e0a><td data-v-5b2d1e0a><a data-v-5b2d1e0a href="/van-ban/{slugify(n)}">{n}</a></td><td data-v-5b2d1e0a>{d}</td><td data-v-5b2d1e0a>{e(t)}</td>'
                   f'<td data-v-5b2d1e0a><a data-v-5b2d1e0a href="/uploads/vb/{slugify(n)}.pdf">PDF</a></td></tr>' for n, d, t in docs)
    doclist = f'<h1 data-v-5b2d1e0a class="page-title">Văn bản</h1><table data-v-5b2d1e0a class="doc-table"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>'
    hits = arts[2:7]
    results = "".join(f'<li data-v-5b2d1e0a><a data-v-5b2d1e0a href="{ls_url(o)}">{e(o.title)}</a><p data-v-5b2d1e0a>{e(lead_of(o)[:180])}…</p></li>' for o in hits)
    search = f'<h1 data-v-5b2d1e0a class="page-title">Tìm kiếm: “Tràng Định”</h1><p data-v-5b2d1e0a>Có {len(hits)} kết quả</p><ul data-v-5b2d1e0a class="search-list">{results}</ul>'
    return [("nuxt-jsonld-listing", f"{LS_HOST}/tin-tuc-su-kien", ls_shell("Tin tức - Sự kiện | Xã Tràng Định", listing)),
            ("nuxt-jsonld-qa", f"{LS_HOST}/hoi-dap", ls_shell("Hỏi đáp | Xã Tràng Định", qapage)),
            ("nuxt-jsonld-documents", f"{LS_HOST}/van-ban", ls_shell("Văn bản | Xã Tràng Định", doclist)),
            ("nuxt-jsonld-search", f"{LS_HOST}/tim-kiem?q=Tr%C3%A0ng%20%C4%90%E1%BB%8Bnh", ls_shell("Tìm kiếm | Xã Tràng Định", search))]


# ---------------------------------------------------------------------------------------------
# 4. DNN + EasyDNNnews (Đồng Luận, Phú Thọ)
# ---------------------------------------------------------------------------------------------

PT = Place(commune="Đồng Luận", level="xã", province="Phú Thọ",
           villages=["Đồng Xuân", "Minh Nga", "Cầu Trắng", "Đồng Phú", "Thống Nhất", "Quyết Tiến"],
           officials=[("Nguyễn Văn Sơn", "Chủ tịch UBND xã"), ("Đinh Thị Hường", "Phó Chủ tịch UBND xã"),
                      ("Phùng Văn Dũng", "Bí thư Đảng ủy xã"), ("Hà Văn Kiên", "Chủ tịch HĐND xã"),
                      ("Nguyễn Thị Vân", "Chủ tịch Hội Nông dân xã")],
           residents=[("Nguyễn Văn Tám", "Ông"), ("Đinh Thị Hồng", "Bà"), ("Hà Thị Lựu", "Bà"), ("Phùng Văn Tiến", "Ông")],
           post="huyện Thanh Thủy", crops=["lúa Xuân", "lúa Mùa"], ethnic_fest="Lễ hội đình làng")
PT_HOST = "https://dongluan.thanhthuy.phutho.gov.vn"


def pt_url(a: Article) -> str:
    return f"{PT_HOST}/tin-tuc/ArtMID/{410 + a.idx % 3}/ArticleID/{a.nid % 9000 + 1000}/{a.slug}"


def pt_teasers(arts: list[Article]) -> str:
    items = "".join(f'<tr><td>» <a href="{pt_url(o)}">{e(o.title)}</a></td></tr>' for o in arts)
    return f'<table class="tin-lien-quan" width="100%"><tbody><tr><td><b>TIN LIÊN QUAN</b></td></tr>{items}</tbody></table>'


def pt_shell(title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/{slugify(c)}">{c}</a></li>' for c in ["Giới thiệu", "Tin tức", "Văn bản pháp luật", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"])
    body = f"""<form method="post" action="/" id="Form" enctype="multipart/form-data"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="dnn_wrapper"><div class="dnn_header"><div class="banner"><img src="/Portals/0/Images/banner-dongluan.jpg" alt="UBND xã Đồng Luận" /></div>
<div class="dnn_menu"><ul class="topmenu"><li><a href="/">Trang chủ</a></li>{menu}</ul><span class="today">{WEEKDAYS[TODAY.weekday()]}, {dmy(TODAY)}</span></div></div>
<div class="dnn_content row"><div id="dnn_LeftPane" class="col-md-3 LeftPane"><div class="DnnModule"><div class="box-title">Chuyên mục</div><ul>{"".join(f"<li><a href='/tin-tuc/{slugify(c)}'>{c}</a></li>" for c in sorted(set(CATEGORY.values())))}</ul></div>
<div class="DnnModule">{POLL}</div></div>
<div id="dnn_ContentPane" class="col-md-6 ContentPane"><div class="DnnModule DnnModule-EasyDNNnews"><a name="411"></a><div class="DNNContainer_noTitle"><div id="dnn_ctr411_ContentPane">
{main}
</div></div></div></div>
<div id="dnn_RightPane" class="col-md-3 RightPane"><div class="DnnModule"><div class="box-title">Liên kết</div><ul><li><a href="https://phutho.gov.vn">Cổng TTĐT tỉnh Phú Thọ</a></li><li><a href="https://dichvucong.gov.vn">Dịch vụ công quốc gia</a></li></ul></div>
<div class="DnnModule">{counter_box(2290)}</div></div></div>
<div class="dnn_footer"><p>TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG LUẬN - HUYỆN THANH THỦY - TỈNH PHÚ THỌ</p><p>Chịu trách nhiệm chính: Chủ tịch UBND xã. Điện thoại: 0210.3876.xxx</p>
<p>Copyright © 2022 by UBND xã Đồng Luận</p><a id="dnn_dnnLOGIN_loginLink" class="login" href="/Login">Đăng nhập</a></div></div></form>
<script src="/Resources/Shared/Scripts/jquery/jquery.min.js"></script><script src="/DesktopModules/EasyDNNNews/js/jquery.cookie.js"></script>"""
    head = ('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />\n<link href="/DesktopModules/EasyDNNNews/static/EasyDnnSolutions/EasyDnnSolutions_1.1_2.2.css" rel="stylesheet" />\n'
            '<link href="/Portals/_default/Skins/Xone/skin.css" rel="stylesheet" />\n' + head)
    return page(title, head, body, lang="vi-VN")


def pt_article(a: Article) -> tuple[str, str]:
    date = pub_text(a, "dmy_hm") if a.date_layout % 2 else pub_text(a, "wd")
    author = f'<span class="edn_articleAuthor">Tác giả: <a href="/tin-tuc/author/{slugify(a.author or "")}">{e(a.author or "")}</a></span>' if a.byline == "meta" else ""
    meta = f'<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-calendar"></i> {date}</span>{author}<span class="edn_articleViews">Lượt xem: {a.nid % 500 + 20}</span></div>'
    other = ""
    if "rail" in a.extras:
        other = ('<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">Các tin khác</h3><ul>' + "".join(
            f'<li><a href="{pt_url(o)}">{e(o.title)}</a> <span class="edn_date">({dmy(o.pub)})</span></li>' for o in a.others[:7]) + "</ul></div>")
    tags = ('<div class="edn_articleTags"><span>Từ khóa:</span> ' + ", ".join(f'<a href="/tin-tuc/tag/{slugify(t)}">{t}</a>' for t in (a.cat, "Đồng Luận")) + "</div>") if "tags" in a.extras else ""
    body = body_blocks(a, lambda n: f"/Portals/0/EasyDNNnews/{a.nid % 9000 + 1000}/{n}.jpg", 2, pt_teasers)
    main = f"""<div class="eds_news_Ozone eds_subCollection_news eds_styleSwitchCriteria_module-411 eds_template_Details_Article_Default">
<div class="edn_411_article_list_wrapper"><div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{e(a.title)}</h1>
{meta}
{share_bar(0) if "share" in a.extras and a.date_layout < 3 else ""}
<div class="edn_articleContent">
{body}
{byline_html(a) if a.byline != "meta" else ""}
</div>
{share_bar(0) if "share" in a.extras and a.date_layout >= 3 else ""}
{tags}
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="#">In bài viết</a></div>
</div>
{other}
</div></div>"""
    head = f'<meta id="MetaDescription" name="DESCRIPTION" content="{ea(lead_of(a)[:150])}" />\n<meta property="og:title" content="{ea(a.title)}" />\n'
    return pt_url(a), pt_shell(f"{a.title}", main, head)


def pt_nonarticles(arts: list[Article]) -> list[tuple[str, str, str]]:
    items = "".join(f'<div class="edn_article edn_clearFix"><a href="{pt_url(o)}" class="edn_articleImage"><img src="/Portals/0/EasyDNNnews/{o.nid % 9000 + 1000}/thumb.jpg" alt="" /></a>'
                    f'<h2 class="edn_articleTitle"><a href="{pt_url(o)}">{e(o.title)}</a></h2><div class="edn_metaDetails"><span class="edn_articleDate">{dmy(o.pub)}</span></div>'
                    f'<div class="edn_articleSummary">{e(lead_of(o))}</div><a class="edn_readMore" href="{pt_url(o)}">Chi tiết</a></div>' for o in arts[:8])
    listing = (f'<div class="eds_news_Ozone"><h1 class="edn_categoryTitle">Tin tức - Sự kiện</h1><div class="edn_411_article_list_wrapper">{items}</div>'
               '<div class="article_pager"><a class="active" href="#">1</a><a href="/tin-tuc/PgrID/411/PageID/2">2</a><a href="/tin-tuc/PgrID/411/PageID/3">3</a><a href="/tin-tuc/PgrID/411/PageID/2">Sau</a></div></div>')
    docs = [("Quyết định", "215/QĐ-UBND", "12/10/2023", "Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2023"),
            ("Kế hoạch", "88/KH-UBND", "02/10/2023", "Triển khai thực hiện tiêu chí nông thôn mới nâng cao năm 2023"),
            ("Thông báo", "64/TB-UBND", "25/09/2023", "Lịch tiếp công dân quý IV năm 2023"),
            ("Báo cáo", "140/BC-UBND", "15/09/2023", "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2023"),
            ("Quyết định", "198/QĐ-UBND", "08/09/2023", "Thành lập Tổ công nghệ số cộng đồng các khu dân cư")]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{t}</td><td><a href='/van-ban/chi-tiet/{slugify(n)}'>{n}</a></td><td>{d}</td><td>{e(x)}</td><td><a href='/Portals/0/VanBan/{slugify(n)}.pdf'>Tải về</a></td></tr>"
                   for i, (t, n, d, x) in enumerate(docs))
    doclist = f'<div class="DocumentList"><h2>Văn bản pháp luật</h2><table class="table dnnGrid"><tr class="dnnGridHeader"><th>STT</th><th>Loại</th><th>Số ký hiệu</th><th>Ngày BH</th><th>Trích yếu</th><th></th></tr>{rows}</table></div>'
    contact = """<div class="contact"><h2>Thông tin liên hệ</h2><table><tr><td>Cơ quan:</td><td>UBND xã Đồng Luận</td></tr><tr><td>Địa chỉ:</td><td>Khu Đồng Xuân, xã Đồng Luận, huyện Thanh Thủy, tỉnh Phú Thọ</td></tr>
<tr><td>Điện thoại:</td><td>0210.3876.xxx</td></tr><tr><td>Email:</td><td>ubnddongluan@phutho.gov.vn</td></tr></table>
<div class="dnnForm"><div class="dnnFormItem"><label>Họ tên</label><input type="text" /></div><div class="dnnFormItem"><label>Email</label><input type="text" /></div>
<div class="dnnFormItem"><label>Nội dung</label><textarea></textarea></div><a class="dnnPrimaryAction" href="#">Gửi</a></div></div>"""
    home_feat = arts[0]
    home = (f'<div class="home-hot"><h2><a href="{pt_url(home_feat)}">{e(home_feat.title)}</a></h2><p>{e(lead_of(home_feat))}</p></div>'
            '<div class="home-list"><ul>' + "".join(f'<li><a href="{pt_url(o)}">{e(o.title)}</a> <span>({dmy(o.pub)})</span></li>' for o in arts[1:10]) + "</ul></div>")
    return [("dnn-easydnn-listing", f"{PT_HOST}/tin-tuc", pt_shell("Tin tức - Sự kiện", listing)),
            ("dnn-easydnn-documents", f"{PT_HOST}/van-ban-phap-luat", pt_shell("Văn bản pháp luật", doclist)),
            ("dnn-easydnn-contact", f"{PT_HOST}/lien-he", pt_shell("Liên hệ", contact)),
            ("dnn-easydnn-home", f"{PT_HOST}/", pt_shell("Trang chủ - UBND xã Đồng Luận", home))]


# ---------------------------------------------------------------------------------------------
# 5. Khánh Hòa commune site, ASP.NET WebForms, ?ArticleId=<guid> (Vạn Thắng)
# ---------------------------------------------------------------------------------------------

KH = Place(commune="Vạn Thắng", level="xã", province="Khánh Hòa",
           villages=["Quảng Phước", "Tây Bắc", "Đông Nam", "Trung Dõng", "Tây Nam", "Đông Bắc"],
           officials=[("Trần Văn Lực", "Chủ tịch UBND xã"), ("Nguyễn Thị Thu Sương", "Phó Chủ tịch UBND xã"),
                      ("Lê Văn Thạnh", "Bí thư Đảng ủy xã"), ("Phạm Ngọc Quý", "Chủ tịch HĐND xã"),
                      ("Võ Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
           residents=[("Trần Văn Lộc", "Ông"), ("Lê Thị Bích", "Bà"), ("Nguyễn Thị Sáu", "Bà"), ("Phan Văn Minh", "Ông")],
           post="huyện Vạn Ninh", crops=["lúa Đông Xuân", "lúa Hè Thu"], ethnic_fest="Lễ hội Cầu ngư")
KH_HOST = "https://vanthang.vanninh.khanhhoa.gov.vn"


def kh_url(a: Article) -> str:
    return f"{KH_HOST}/?ArticleId={a.guid}"


def kh_teasers(arts: list[Article]) -> str:
    items = "".join(f'<p class="lq"><a href="{kh_url(o)}">{e(o.title)}</a></p>' for o in arts)
    return f'<div class="tinlienquan-incontent"><p><strong>Tin liên quan:</strong></p>{items}</div>'


def kh_shell(title: str, main: str, head: str = "") -> str:
    body = f"""<form name="aspnetForm" method="post" action="./?ArticleId=" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwULLTEwMDUyNjYzMjg" />
<table id="wrapper" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3" class="header"><img src="/Images/banner_vanthang.jpg" alt="" width="1000" /></td></tr>
<tr><td colspan="3" class="menu"><a href="/">TRANG CHỦ</a> | <a href="/?CategoryId=gioithieu">GIỚI THIỆU</a> | <a href="/?CategoryId=tintuc">TIN TỨC</a> | <a href="/?CategoryId=vanban">VĂN BẢN</a> | <a href="/?CategoryId=lienhe">LIÊN HỆ</a>
<span class="date">{WEEKDAYS[TODAY.weekday()]}, ngày {TODAY.day} tháng {TODAY.month} năm {TODAY.year}</span></td></tr>
<tr><td class="left" width="200" valign="top"><div class="box"><div class="box-head">DANH MỤC</div><ul><li><a href="/?CategoryId=tintuc">Tin tức - Sự kiện</a></li><li><a href="/?CategoryId=chidao">Chỉ đạo điều hành</a></li><li><a href="/?CategoryId=vanban">Văn bản</a></li></ul></div>
<div class="box">{counter_box(6604)}</div></td>
<td class="center" width="580" valign="top"><div id="ctl00_ContentPlaceHolder1_pnlContent">
{main}
</div></td>
<td class="right" width="220" valign="top"><div class="box"><div class="box-head">THÔNG BÁO</div><marquee direction="up" scrollamount="2"><p><a href="/?ArticleId=00000000-0000-4000-8000-000000000001">Thông báo lịch tiếp công dân tháng này</a></p></marquee></div>{POLL}</td></tr>
<tr><td colspan="3" class="footer"><p>TRANG THÔNG TIN ĐIỆN TỬ XÃ VẠN THẮNG - HUYỆN VẠN NINH - TỈNH KHÁNH HÒA</p><p>Địa chỉ: Thôn Quảng Phước, xã Vạn Thắng. Điện thoại: 0258.3840.xxx. Email: vanthang@khanhhoa.gov.vn</p></td></tr></table></form>"""
    return page(title, '<link href="/App_Themes/Default/style.css" rel="stylesheet" />\n' + head, body)


def kh_article(a: Article) -> tuple[str, str]:
    d = f"(Ngày đăng: {pub_text(a, 'dmy_dash_hm') if a.has_time else dmy(a.pub)})"
    other = ""
    if "rail" in a.extras:
        other = ('<div class="othernews"><div class="box-head">CÁC TIN KHÁC</div><ul>' + "".join(
            f'<li><a href="{kh_url(o)}">{e(o.title)}</a> <i>({dmy(o.pub)})</i></li>' for o in a.others[:8]) + "</ul></div>")
    body = body_blocks(a, lambda n: f"/Uploads/Images/{a.pub.year}/{a.guid[:8]}_{n}.jpg", 0, kh_teasers)
    author_cell = f'<p class="tacgia" align="right"><b>Tác giả: {e(a.author)}</b></p>' if a.byline == "meta" else byline_html(a)
    top = f'<span class="ngaydang">{d}</span>'
    main = f"""<div class="path"><a href="/">Trang chủ</a> » <a href="/?CategoryId=tintuc">{e(a.cat)}</a></div>
<table class="chitiet" width="100%"><tr><td><span id="ctl00_ContentPlaceHolder1_lblTitle" class="tieude">{e(a.title)}</span></td></tr>
<tr><td>{top}</td></tr>
<tr><td><div id="ctl00_ContentPlaceHolder1_lblContent" class="noidung">
{body}
{author_cell}
</div></td></tr>
<tr><td class="tool">{share_bar(0) if "share" in a.extras else ""}<a href="javascript:history.back()">« Quay lại</a></td></tr></table>
{other}"""
    return kh_url(a), kh_shell(f"{a.title}", main, f'<meta name="description" content="{ea(lead_of(a)[:160])}" />\n')


def kh_nonarticles(arts: list[Article]) -> list[tuple[str, str, str]]:
    rows = "".join(f'<tr><td class="tt-img" valign="top"><img src="/Uploads/Images/thumb_{o.guid[:8]}.jpg" width="120" /></td><td valign="top"><a class="tt-title" href="{kh_url(o)}">{e(o.title)}</a> <i>({dmy(o.pub)})</i>'
                   f'<p>{e(lead_of(o))}</p></td></tr>' for o in arts[:8])
    listing = (f'<div class="path"><a href="/">Trang chủ</a> » Tin tức - Sự kiện</div><table class="dstin" width="100%">{rows}</table>'
               '<div class="pager">Trang: <b>1</b> <a href="/?CategoryId=tintuc&Page=2">2</a> <a href="/?CategoryId=tintuc&Page=3">3</a> <a href="/?CategoryId=tintuc&Page=2">»</a></div>')
    chidao = [o for o in arts if o.kind in ("session", "party", "digital", "flood", "recruit")]
    rows2 = "".join(f'<li><a href="{kh_url(o)}">{e(o.title)}</a> <i>({dmy(o.pub)})</i></li>' for o in chidao)
    chidao_page = f'<div class="path"><a href="/">Trang chủ</a> » Chỉ đạo điều hành</div><div class="box-head">CHỈ ĐẠO ĐIỀU HÀNH</div><ul class="dstin2">{rows2}</ul>'
    docs = [("45/QĐ-UBND", "Quyết định kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã", "08/04/2024"),
            ("32/KH-UBND", "Kế hoạch tổ chức Lễ hội Cầu ngư năm 2024", "20/03/2024"),
            ("27/TB-UBND", "Thông báo kết quả rà soát hộ nghèo, hộ cận nghèo", "11/03/2024"),
            ("19/BC-UBND", "Báo cáo tình hình kinh tế - xã hội quý I năm 2024", "01/03/2024")]
    drows = "".join(f"<tr><td><a href='/Uploads/VanBan/{slugify(n)}.pdf'>{n}</a></td><td>{e(t)}</td><td>{d}</td></tr>" for n, t, d in docs)
    doclist = f'<div class="path"><a href="/">Trang chủ</a> » Văn bản</div><table class="vanban" border="1" width="100%"><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>{drows}</table>'
    contact = """<div class="path"><a href="/">Trang chủ</a> » Liên hệ</div><div class="lienhe"><p><b>ỦY BAN NHÂN DÂN XÃ VẠN THẮNG</b></p><p>Địa chỉ: Thôn Quảng Phước, xã Vạn Thắng, huyện Vạn Ninh, tỉnh Khánh Hòa</p>
<p>Điện thoại: 0258.3840.xxx</p><p>Email: vanthang@khanhhoa.gov.vn</p><table><tr><td>Họ tên:</td><td><input type="text" /></td></tr><tr><td>Email:</td><td><input type="text" /></td></tr>
<tr><td>Nội dung:</td><td><textarea rows="5" cols="40"></textarea></td></tr><tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table></div>"""
    return [("khanhhoa-guid-listing", f"{KH_HOST}/?CategoryId=tintuc", kh_shell("Tin tức - Sự kiện", listing)),
            ("khanhhoa-guid-chidao", f"{KH_HOST}/?CategoryId=chidao", kh_shell("Chỉ đạo điều hành", chidao_page)),
            ("khanhhoa-guid-documents", f"{KH_HOST}/?CategoryId=vanban", kh_shell("Văn bản", doclist)),
            ("khanhhoa-guid-contact", f"{KH_HOST}/?CategoryId=lienhe", kh_shell("Liên hệ", contact))]


# ---------------------------------------------------------------------------------------------

YB_ARTS: list[Article] = []


def build(seed: int = SEED) -> list[tuple[str, Article | None, str, str]]:
    """Every page as (file stem, article or None, url, html), in a fixed order."""
    rng = random.Random(seed)
    fams = [
        ("tuyenquang-tinbai", TQ, dt.date(2025, 7, 10), dt.date(2026, 2, 20), 1.0, "always", tq_article, tq_nonarticles),
        ("joomla-k2", YB, dt.date(2023, 2, 1), dt.date(2024, 11, 30), 0.75, "some", yb_article, yb_nonarticles),
        ("nuxt-jsonld", LS, dt.date(2025, 7, 15), dt.date(2026, 2, 25), 0.9, "always", ls_article, ls_nonarticles),
        ("dnn-easydnn", PT, dt.date(2022, 3, 1), dt.date(2024, 6, 30), 0.8, "never", pt_article, pt_nonarticles),
        ("khanhhoa-guid", KH, dt.date(2023, 1, 5), dt.date(2025, 6, 20), 0.6, "never", kh_article, kh_nonarticles),
    ]
    pages: list[tuple[str, Article | None, str, str]] = []
    for fam, place, start, end, timed, updated, render_article, nonarticles in fams:
        arts = make_articles(rng, fam, place, start, end, timed, updated)
        if fam == "joomla-k2":
            YB_ARTS[:] = arts
        for a in arts:
            url, doc = render_article(a)
            pages.append((a.file, a, url, doc))
        for name, url, doc in nonarticles(arts):
            pages.append((name, None, url, doc))
    return pages


def gold_row(stem: str, a: Article | None, url: str) -> dict:
    cms = stem.rsplit("-", 1)[0] if a else stem.rsplit("-", 1)[0]
    if a is None:
        return {"file": f"pages/{stem}.html", "url": url, "kind": NON_ARTICLE, "cms": cms, "title": None, "published_at": None,
                "author": None, "source": None, "category": None, "text": None}
    return {"file": f"pages/{stem}.html", "url": url, "kind": "article", "cms": a.fam, "title": a.title,
            "published_at": a.gold_date(), "author": a.author, "source": a.source, "category": a.cat,
            "text": "\n".join(gold_paras(a)),
            # Not read by bench/extraction.py: what the page shows, for slicing the figures.
            "shows_updated": a.upd is not None, "byline_style": a.byline, "quoted_resident": a.quote,
            "extras": sorted(a.extras)}


def check_gold(data: Path = OUT) -> None:
    """Is every gold word on the page? Plain trafilatura's body recall against the gold (not the project's extractor)."""
    import logging
    import re
    from collections import Counter

    import trafilatura

    def words(text: str | None) -> Counter:  # as bench/extraction.py counts them
        return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text or "").lower()))

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    overlap = gold_words = n = 0
    for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] != "article":
            continue
        got = trafilatura.extract((data / row["file"]).read_text(encoding="utf-8"), url=row["url"])
        g, p = words(row["text"]), words(got)
        overlap, gold_words, n = overlap + sum((g & p).values()), gold_words + sum(g.values()), n + 1
    print(f"gold check: plain trafilatura body recall {overlap / gold_words:.3f} over {n} articles")


def stats(data: Path = OUT) -> None:
    """The composition figures the README gives."""
    from collections import Counter

    rows = [json.loads(line) for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    arts = [r for r in rows if r["kind"] == "article"]
    print(f"{len(rows)} pages, {len(arts)} articles, {len(rows) - len(arts)} non-articles")
    print("articles per style:", dict(Counter(r["cms"] for r in arts)))
    print("non-articles:", dict(Counter(r["file"].rsplit("-", 1)[1][:-5] for r in rows if r["kind"] != "article")))
    print("timed:", sum("T" in r["published_at"] for r in arts), " shows an update:", dict(Counter(r["cms"] for r in arts if r["shows_updated"])))
    print("bylines:", dict(Counter(r["byline_style"] for r in arts)), " author null:", sum(r["author"] is None for r in arts))
    print("quotes on unsigned articles:", dict(Counter(r["quoted_resident"] for r in arts if r["byline_style"] == "none")))
    print("extras:", dict(Counter(x for r in arts for x in r["extras"])))


def main() -> int:
    if "--check" in sys.argv:
        check_gold()
        return 0
    if "--stats" in sys.argv:
        stats()
        return 0
    pages_dir = OUT / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    rows = []
    for stem, a, url, doc in build():
        (pages_dir / f"{stem}.html").write_text(doc, encoding="utf-8")
        rows.append(gold_row(stem, a, url))
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_art = sum(r["kind"] == "article" for r in rows)
    print(f"wrote {len(rows)} pages ({n_art} articles, {len(rows) - n_art} non-articles) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
