"""extract() on small pages modelled on the seed portals' layouts, and on the real moh page."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extraction import Extracted, NotAnArticle, extract

# byte-for-byte copies of ../shared/corpus/real, kept in the repo with the evaluation set
REAL = Path(__file__).resolve().parents[1] / "bench" / "data" / "extraction" / "pages"
P1 = ("Sáng ngày 23/2/2021, Thường trực Huyện ủy đã có buổi làm việc với Mặt trận Tổ quốc và các đoàn thể huyện "
      "để tìm hiểu những thuận lợi, khó khăn trong quá trình hoạt động, bàn bạc giải pháp nâng cao chất lượng.")
P2 = ("Theo báo cáo của Mặt trận Tổ quốc và đoàn thể huyện, trong năm 2020 và 2 tháng đầu năm 2021 các đoàn thể đã "
      "chủ động tham mưu cho cấp ủy, chính quyền thực hiện tốt các nhiệm vụ được giao, chăm lo cho hội viên.")
P3 = ("Phát biểu kết luận, đồng chí Bí thư Huyện ủy ghi nhận nỗ lực của Mặt trận và các hội, đoàn thể huyện, "
      "đề nghị tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở trong thời gian tới.")
RELATED = ("Hội nghị chuyên đề học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh năm 2022 tại xã "
           "được tổ chức trang trọng với sự tham gia của đông đảo cán bộ đảng viên trong toàn huyện nhà.")


def page(article: str, head: str = "", title: str = "Trang thông tin điện tử huyện") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
<div class="header"><div class="today">Thứ Năm, 21/11/2024</div><ul class="menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc">Tin tức sự kiện</a></li></ul></div>
<div class="left"><div class="box"><h3>Ý kiến thăm dò</h3><p>Bạn đánh giá thế nào về cổng thông tin điện tử huyện</p></div>
<div class="box"><h3>Truy cập</h3><ul><li>Hôm nay: 11120</li><li>Hôm qua: 1021</li><li>Tuần này: 12141</li>
<li>Tất cả: 2812546</li></ul></div></div>
<div class="main">{article}</div>
<div class="footer-info"><p>TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG NGHIỆP</p><p>Trưởng Ban Biên tập: Ông Vũ Chí Mạnh</p>
<p>Điện thoại: 0979872067</p><p>Email: abc@haiduong.gov.vn</p></div></body></html>"""


THIEU_HOA = page(f"""
<div class="news-detail"><h1 class="title">Thường trực Huyện ủy làm việc với Mặt trận Tổ quốc</h1>
<div class="date">Đăng lúc: 23/02/2021 (GMT+7)</div><div class="fontsize">100%</div>
<div class="content"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p style="text-align:right"><strong>Thanh Mai</strong></p></div>
<div class="print-area"><h1>Thường trực Huyện ủy làm việc với Mặt trận Tổ quốc</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
<p>Thanh Mai</p></div>
<div class="comment-box">0 bình luận <span>(Bấm vào đây để nhận mã)</span></div></div>
<div class="tin-lien-quan-box"><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị chuyên đề năm 2022</a>
<span>(12/05/2022)</span><p>{RELATED}</p></li></ul></div>""")

TAC_GIA = page(f"""
<div class="tool-bar">A- A A+ | Tăng tương phản Giảm tương phản</div>
<div class="article"><h2 class="article-title">Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc</h2>
<p>Ngày 08/5, đồng chí Bí thư Huyện ủy đã chủ trì buổi làm việc với Mặt trận Tổ quốc và các đoàn thể huyện.</p>
<table><tr><td><img src="/uploads/2023/05/anh1.jpg" alt="Anh-tin-bai"></td></tr>
<tr><td>Đồng chí Bí thư Huyện ủy chủ trì buổi làm việc</td></tr></table>
<p>{P2}</p><p>{P3}</p><p>Tác giả: Trọng Nghĩa</p></div>
<div class="other"><h3>Tin liên quan</h3><ul><li><a href="/b">{RELATED}</a></li></ul></div>""",
    head='<meta property="og:title" content="Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc">')

WP = page(f"""
<article class="post"><header class="entry-header"><h1 class="entry-title">Huyện ủy tổ chức hội nghị triển khai công tác xây dựng Đảng</h1>
<time class="entry-date" datetime="2022-09-29T17:30:00Z">29/09/2022</time></header>
<div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>Quốc Khánh</p>
<p>Nguồn tin: Trung tâm Văn hóa - Thông tin huyện</p></div>
<div class="post-navigation"><a href="/x">Bài trướcHội người cao tuổi thị trấn tổ chức tọa đàm</a>
<a href="/y">Bài tiếp theoNghị quyết về việc điều chỉnh kế hoạch đầu tư công</a></div></article>""",
    head='<meta name="generator" content="WordPress 6.4"><script type="application/ld+json">'
         '{"@type":"NewsArticle","headline":"Huyện ủy tổ chức hội nghị triển khai công tác xây dựng Đảng",'
         '"datePublished":"2022-09-29T17:30:00Z","author":{"@type":"Organization","name":"UBND huyện"}}</script>')

TANDAN = page(f"""
<div class="tandan-p-article-news-title">Thanh Liên: UBMTTQ huyện và các đoàn thể làm việc với Đảng ủy xã</div>
<span class="tandan-span-date-publish">Đăng ngày 17 - 05 - 2024</span><div>Lượt xem: 50</div>
<div class="tandan-p-article-news-summary">Để góp phần giúp địa phương phát triển, Đảng ủy - UBND xã Thanh Liên vừa tổ chức buổi làm việc.</div>
<div class="tandan-p-article-main"><p>{P1}</p><p><img src="/a.jpg" alt="Anh-tin-bai"></p><p><em>Toàn cảnh hội nghị.</em></p>
<p>{P2}</p><p>Hữu Thịnh – Trung tâm VHTT&amp;TT</p></div>
<div class="tandan-div-article-other"><h3>Tin khác</h3><ul><li><a href="/c">{RELATED}</a> (16/05/2024)</li></ul></div>""")


def test_counters_polls_footer_and_duplicate_copy_are_removed() -> None:
    art = extract(THIEU_HOA, "http://thieuhoa.thanhhoa.gov.vn/tin-tuc/bai-123.html")
    assert art.title == "Thường trực Huyện ủy làm việc với Mặt trận Tổ quốc"
    assert art.published_at == "2021-02-23"
    assert art.author == "Thanh Mai"
    assert art.text.split("\n") == [P1, P2, P3]
    for junk in ("Hôm nay", "Ý kiến thăm dò", "100%", "bình luận", "Trưởng Ban", "Tin liên quan", "Hội nghị chuyên đề"):
        assert junk not in art.text


def test_labelled_author_caption_and_year_from_evidence() -> None:
    art = extract(TAC_GIA, "http://bt.gov.vn/tin/dong-chi-bi-thu.html")
    assert art.author == "Trọng Nghĩa"
    assert "Tác giả" not in art.text and "chủ trì buổi làm việc\n" not in art.text + "\n"
    assert "Anh-tin-bai" not in art.text and "Tăng tương phản" not in art.text
    assert art.published_at == "2023-05-08"   # year from the upload path, day before month
    assert RELATED not in art.text


def test_wordpress_utc_date_source_and_signature() -> None:
    art = extract(WP.encode("utf-8"), "https://bachthong.gov.vn/huyen-uy-to-chuc-hoi-nghi/")
    assert art.cms == "wordpress"
    assert art.published_at == "2022-09-30T00:30:00+07:00"
    assert art.author == "Quốc Khánh"          # not the JSON-LD Organization
    assert art.source == "Trung tâm Văn hóa - Thông tin huyện"
    assert "Bài trước" not in art.text and "Nguồn tin" not in art.text and "Quốc Khánh" not in art.text


def test_tandan_profile_lead_and_signature_with_organisation() -> None:
    art = extract(TANDAN, "https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/Thanh-Lien-abc12345.aspx")
    assert art.cms == "tandan"
    assert art.published_at == "2024-05-17"
    assert art.author == "Hữu Thịnh"
    assert art.text.startswith("Để góp phần giúp địa phương phát triển")
    assert "Lượt xem" not in art.text and "Toàn cảnh hội nghị" not in art.text and RELATED not in art.text
    assert "Hữu Thịnh" not in art.text


def test_contract_keys_always_present() -> None:
    art = extract(THIEU_HOA)
    assert set(art.to_contract()) == {"url", "title", "published_at", "author", "category", "text"}
    assert isinstance(art, Extracted)


LISTING = page("".join(
    f'<div class="news-item"><h3><a href="/tin/{i}.html">Tin tức hoạt động số {i} của Ủy ban nhân dân xã</a></h3>'
    f'<span>0{i}/05/2024</span><p>Tóm tắt ngắn của tin số {i}.</p></div>' for i in range(1, 9))
    + '<div class="pagination"><a href="?page=1">1</a><a href="?page=2">2</a></div>')


@pytest.mark.parametrize("html,url", [
    (LISTING, "http://x.gov.vn/tin-tuc-su-kien"),
    (page("<h1>404 - Không tìm thấy trang</h1>"), "http://x.gov.vn/abc"),
    (page('<form><input type="text" name="u"><input type="password" name="p"></form>', title="Đăng nhập"),
     "http://x.gov.vn/login"),
    (THIEU_HOA, "http://x.gov.vn/"),
    ("", None), (b"\x00\xff\xfe garbage", None), ("<html></html>", None),
])
def test_non_articles_are_rejected(html: str, url: str | None) -> None:
    with pytest.raises(NotAnArticle):
        extract(html, url)


def _cp1258(ch: str) -> bytes:
    """windows-1258 spells Vietnamese as a precomposed vowel plus a combining tone mark."""
    import unicodedata
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", ch)
        tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        return (base + "".join(c for c in parts if c in tones)).encode("cp1258")


def test_windows_1258_bytes_are_decoded() -> None:
    html = THIEU_HOA.replace('charset="utf-8"', 'charset="windows-1258"')
    raw = b"".join(_cp1258(ch) for ch in html)
    art = extract(raw, "http://x.gov.vn/a.html")
    assert "Mặt trận Tổ quốc" in art.text   # decoded and NFC-normalised
    assert art.author == "Thanh Mai"


def test_repeated_calls_give_the_same_text() -> None:
    first = extract(THIEU_HOA, "http://x.gov.vn/a.html").text
    assert all(extract(THIEU_HOA, "http://x.gov.vn/a.html").text == first for _ in range(3))


def test_real_moh_liferay7_article() -> None:
    art = extract((REAL / "real-moh-ncov-1.html").read_bytes(), "https://moh.gov.vn/-/6848045-2")
    assert art.cms == "liferay7"
    assert art.title == "Phản ứng thông thường sau tiêm vắc xin phòng COVID-19"
    assert art.published_at == "2021-04-19T15:17+07:00"
    assert art.canonical_url == "https://moh.gov.vn/-/6848045-2"
    assert "Ban biên tập" not in art.text and "Email" not in art.text


@pytest.mark.parametrize("n", range(1, 11))
def test_real_sotttt_listings_and_static_pages_are_rejected(n: int) -> None:
    with pytest.raises(NotAnArticle):
        extract((REAL / f"real-sotttt-hanoi-{n}.html").read_bytes(), "https://sotttt.hanoi.gov.vn/page")


NUKEVIET = page(f"""
<div class="news_column panel"><h1>Hội đồng nhân dân xã Xuân Đông khóa VIII tổ chức kỳ họp thứ nhất</h1>
<span class="h-date">Thứ hai - 05/09/2022 23:24</span>
<div class="hometext">Sáng ngày 05/9, HĐND xã Xuân Đông khóa VIII đã long trọng tổ chức kỳ họp thứ nhất nhiệm kỳ mới.</div>
<div id="news-bodyhtml" class="bodytext"><p>{P1}</p><p>{P2}</p></div>
<div class="text-right"><p><strong>Tác giả:</strong> Ánh Nguyệt</p><p>Nguồn tin: Văn phòng HĐND-UBND xã</p></div>
<div class="news-rating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</div></div>
<div class="panel"><div class="panel-heading">Những tin mới hơn</div><ul><li><a href="/n">{RELATED}</a></li></ul></div>""",
    head='<meta name="generator" content="NukeViet v4.5"><meta name="author" content="HĐND-UBND xã Xuân Đông">')

LIFERAY6 = page(f"""
<div class="portlet-boundary"><div class="title-news"><h1>Ra mắt mô hình chuyển đổi số cộng đồng tại phường</h1></div>
<div class="assetPublishDate block_timer">Ngày đăng 06/01/2016 | 03:30 PM | View count: 426</div>
<div class="journal-content-article"><p>{P1}</p><p>{P3}</p><p>PV</p></div>
<div class="asset-abstract"><h3 class="asset-title"><a href="/x">{RELATED}</a></h3>
<div class="assetPublishDate">21/07/2022 | 10:00 AM</div></div></div>""")


def test_nukeviet_author_and_source_outside_the_body_and_weekday_date() -> None:
    art = extract(NUKEVIET, "https://xuandong.dongnai.gov.vn/vi/news/tin-tuc/hdnd-xa-378.html")
    assert art.cms == "nukeviet"
    assert art.published_at == "2022-09-05T23:24+07:00"
    assert art.author == "Ánh Nguyệt"             # not the site's <meta name=author>
    assert art.source == "Văn phòng HĐND-UBND xã"
    assert art.text.startswith("Sáng ngày 05/9") and P2 in art.text
    assert "Tổng số điểm" not in art.text and RELATED not in art.text


def test_liferay6_pm_time_view_count_and_pv_byline() -> None:
    art = extract(LIFERAY6, "https://sotttt.hanoi.gov.vn/tin/-/view_content/1-ra-mat.html")
    assert art.cms == "liferay6"
    assert art.published_at == "2016-01-06T15:30+07:00"
    assert art.author == "PV"
    assert art.text.split("\n") == [P1, P3]


def test_short_category_page_named_by_its_menu_link_is_a_listing():
    teaser = "Sáng ngày 15/3/2026, cử tri xã Tràng Định đã phấn khởi đến các khu vực bỏ phiếu để bầu đại biểu Quốc hội khóa XVI"
    page = f"""<html><head><title>Tin địa phương</title></head><body>
    <ul class="menu"><li><a href="/tin-dia-phuong">Tin địa phương</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul>
    <div class="main"><h1>Tin địa phương</h1>
    <div class="item"><h3><a href="/tin-dia-phuong/cu-tri-di-bau-cu-1">Cử tri xã Tràng Định hân hoan đi bầu cử</a></h3><p>{teaser}</p><span>15/03/2026</span></div>
    <div class="item"><h3><a href="/tin-dia-phuong/le-don-nhan-2">Lễ đón nhận xã đạt chuẩn nông thôn mới</a></h3><p>{teaser}</p><span>28/12/2019</span></div>
    </div></body></html>"""
    with pytest.raises(NotAnArticle):
        extract(page, "http://xa.gov.vn/tin-dia-phuong/trang-2.html")


# --- generic rules found on the held-out portal styles (own minimal pages, not copies) ---

LAYOUT_TABLE = f"""<html><head><meta charset="utf-8"><title>Xã Hòa Bình tổ chức hội nghị tổng kết công tác năm</title></head>
<body><form method="post" action="Default.aspx"><table width="980">
<tr><td colspan="2" class="topbar"><a href="Default.aspx">Trang chủ</a> <span class="ngay">Thứ sáu, 07/06/2024</span></td></tr>
<tr><td width="200" valign="top"><table class="box"><tr><td class="box-title">Liên kết website</td></tr>
<tr><td><a href="http://a.gov.vn">Cổng tỉnh</a></td></tr></table></td>
<td valign="top"><table class="khung">
<tr><td class="ngaydang"><i>Ngày đăng: 14/01/2022</i></td></tr>
<tr><td class="tieude"><span class="TieuDe">Xã Hòa Bình tổ chức hội nghị tổng kết công tác năm</span></td></tr>
<tr><td class="noidung"><p>{P1}</p><p>{P2}</p><p style="text-align:right"><b>Thu Hà</b></p></td></tr>
</table></td></tr></table></form></body></html>"""


def test_layout_table_cells_are_blocks_and_widget_heading_spares_the_next_column() -> None:
    art = extract(LAYOUT_TABLE, "http://hoabinh.gov.vn/Default.aspx?tabid=12&ItemID=345")
    assert art.title == "Xã Hòa Bình tổ chức hội nghị tổng kết công tác năm"
    assert art.published_at == "2022-01-14"            # the row above the title, not the top bar's today
    assert art.text.split("\n") == [P1, P2]
    assert art.author == "Thu Hà"


BANNER = f"""<html><head><meta charset="utf-8"><title>Thị trấn Yên Lạc khánh thành nhà văn hóa khu phố 3 - Thị trấn Yên Lạc</title></head>
<body><div class="top"><div class="banner"><h1>THỊ TRẤN YÊN LẠC</h1></div><div class="top-date">Thứ sáu, 07/06/2024</div></div>
<div class="main"><div class="detail"><h2>Thị trấn Yên Lạc khánh thành nhà văn hóa khu phố 3</h2>
<div class="content"><p>{P1}</p><p>{P3}</p></div></div></div></body></html>"""


def test_heading_agreeing_with_title_beats_banner_and_undated_page_gets_no_date() -> None:
    art = extract(BANNER, "http://yenlac.gov.vn/?id=77")
    assert art.title == "Thị trấn Yên Lạc khánh thành nhà văn hóa khu phố 3"
    assert art.published_at is None                    # the header's today is not the article's date
    assert art.text.split("\n") == [P1, P3]


FONT_TABLE = f"""<html><head><title>Huyện tổ chức lễ ra quân làm thủy lợi</title></head><body>
<table width="100%"><tr><td bgcolor="#036"><font color="#fff"><b>TIN TỨC</b></font></td>
<td align="right"><font size="1">Thứ sáu, 7 tháng 6 năm 2024</font></td></tr></table>
<table width="98%"><tr><td><font size="1">Ngày gửi: 03-02-2021</font></td></tr>
<tr><td><font size="3"><b>Huyện tổ chức lễ ra quân làm thủy lợi</b></font></td></tr>
<tr><td align="justify"><font size="2">{P1}<br><br>{P2}<br><br>{P3}</font>
<div align="right"><font size="2"><b>Lò Văn Pấng</b></font></div></td></tr>
<tr><td align="right"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></td></tr>
</table><table><tr><td align="center"><font size="1">Trang thông tin điện tử huyện. Xem tốt nhất ở độ phân giải 1024x768</font></td></tr></table>
</body></html>"""


def test_font_table_page_body_date_above_title_and_right_aligned_signature() -> None:
    art = extract(FONT_TABLE, "http://h.gov.vn/news_detail.asp?id=12")
    assert art.title == "Huyện tổ chức lễ ra quân làm thủy lợi"
    assert art.published_at == "2021-02-03"
    assert art.author == "Lò Văn Pấng"
    assert art.text.split("\n") == [P1, P2, P3]


def test_given_name_that_is_also_an_organisation_word_is_a_signature() -> None:
    html = page(f"""<div class="detail"><h1>Khởi công trường học mới tại xã</h1><div class="date">Đăng ngày 02/03/2023</div>
<div class="content"><p>{P1}</p><p style="text-align:center"><img src="/a.jpg"></p><p style="text-align:center"><em>Lễ khởi công</em></p>
<p>{P2}</p><p style="text-align:right"><strong>Xuân Trường</strong></p></div></div>""")
    art = extract(html, "http://x.gov.vn/tin/khoi-cong.html")
    assert art.author == "Xuân Trường"
    assert art.text.split("\n") == [P1, P2]


def test_action_bar_line_is_boilerplate() -> None:
    html = page(f"""<div class="detail"><h1>Kiểm tra an toàn thực phẩm dịp Tết</h1><div class="date">Đăng ngày 02/03/2023</div>
<div class="content"><p>{P1}</p><p>{P2}</p></div>
<div class="actions">[In bài viết] · [Gửi email] · [Về đầu trang]</div></div>""")
    art = extract(html, "http://x.gov.vn/tin/kiem-tra.html")
    assert art.text.split("\n") == [P1, P2]


def test_listing_of_linked_headings_with_full_summaries_is_rejected() -> None:
    items = "".join(
        f'<div class="entry"><h4><a href="/tin/bai-{i}">Tin hoạt động số {i} của xã trong tháng</a></h4>'
        f'<p>{text}</p></div>' for i, text in enumerate((P1, P2, P3)))
    html = f"""<html><head><title>Tin hoạt động</title></head><body>
<div class="content-main">{items}</div></body></html>"""
    with pytest.raises(NotAnArticle):
        extract(html, "http://x.gov.vn/tin-hoat-dong?page=4")
