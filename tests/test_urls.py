from crawler.urls import canonical_url, host_key, pager_key, trap_reason


def test_canonical_url_drops_volatile_parts_and_keeps_ids():
    assert canonical_url("HTTP://Xa.GOV.vn:80/tin/a.html?utm_source=fb&PHPSESSID=abc#top") == "http://xa.gov.vn/tin/a.html"
    assert canonical_url("http://x.vn/a;jsessionid=0123ABC?print=1") == "http://x.vn/a"
    assert canonical_url("http://v.vn/?ArticleId=8d2ce4f3-dafb") == "http://v.vn/?ArticleId=8d2ce4f3-dafb"
    assert canonical_url("http://v.vn/Index.aspx?P=B02&I=110247474&M=15") == "http://v.vn/Index.aspx?I=110247474&M=15&P=B02"
    # a short sid is a site id on some portals; a long token is a session
    assert "sid=4" in canonical_url("http://n.vn/Default.aspx?sname=ub&sid=4")
    assert "sid" not in canonical_url("http://n.vn/tin?id=3&sid=9f8e7d6c5b4a3f2e1d")


def test_host_key_ignores_port_and_www():
    assert host_key("https://www.Xa.gov.vn:8443/a") == "xa.gov.vn"
    assert host_key("http://127.0.0.2:8001/") == "127.0.0.2"


def test_traps():
    assert trap_reason("http://x.vn/tim-kiem?q=abc") == "search"
    assert trap_reason("http://x.vn/?s=dang+uy") == "search"
    assert trap_reason("http://x.vn/lich?thang=5&nam=2021") == "calendar"
    assert trap_reason("http://x.vn/lich/2021/05") == "calendar"
    assert trap_reason("http://x.vn/su-kien?date=2021-05-01") == "calendar"
    assert trap_reason("http://x.vn/dang-nhap") == "account-or-action"
    assert trap_reason("http://x.vn/tin-tuc?sort=asc") == "sort-variant"
    # real article and listing shapes are not traps
    for url in (
        "https://prtc.ninhthuan.gov.vn/portal/Pages/2024-5-17/DE-CUONG-CAhvbq96.aspx",
        "http://vinhhao.vinhthanh.binhdinh.gov.vn/Index.aspx?I=110247474&M=15&P=B02",
        "https://tuha.thuathienhue.gov.vn/?cn=121&gd=4&tc=32183",
        "http://tnmttuyenquang.gov.vn/tin-tuc/moi-truong/trang-5.html",
        "https://x.vn/tin-tuc-su-kien?page=3",
        "https://xuandong.dongnai.gov.vn/vi/news/thong-tin/slug-378.html",
    ):
        assert trap_reason(url) is None, url


def test_pager_key_groups_pages_of_one_listing():
    assert pager_key("http://x.vn/tin?page=2") == pager_key("http://x.vn/tin?page=7")
    assert pager_key("http://x.vn/tin/trang-2.html") == pager_key("http://x.vn/tin/trang-3.html")
    assert pager_key("http://x.vn/page/2/") == pager_key("http://x.vn/page/3/")
    assert pager_key("http://x.vn/tin?page=2") != pager_key("http://x.vn/van-hoa?page=2")


def test_on_portal_gives_one_form_of_scheme_and_www():
    from crawler.urls import on_portal

    portal = "https://www.xa.gov.vn/"
    for variant in ("http://xa.gov.vn/tin/a.html", "https://XA.gov.vn/tin/a.html", "http://www.xa.gov.vn:80/tin/a.html"):
        assert on_portal(canonical_url(variant), portal) == "https://www.xa.gov.vn/tin/a.html"
    assert on_portal("http://other.gov.vn/a", portal) == "http://other.gov.vn/a"
    assert canonical_url("http://x.vn/a?_101_redirect=%2Fweb%2Fguest&id=3") == "http://x.vn/a?id=3"
