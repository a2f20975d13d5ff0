"""The sample portals the crawler is tested on: served correctly, gold consistent."""
from __future__ import annotations

import html
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import SamplePortals


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with _opener.open(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.fixture(scope="module")
def sp():
    with SamplePortals() as portals:
        yield portals


def test_portals_metadata(sp, tmp_path):
    assert len(sp.portals) >= 6
    assert len({p["cms"] for p in sp.portals}) >= 6
    hosts = {urlsplit(p["url"]).hostname for p in sp.portals}
    assert len(hosts) == len(sp.portals)  # one loopback address per portal
    assert {"district", "commune"} <= {p["level"] for p in sp.portals}
    csv_text = sp.write_portals_csv(tmp_path / "p.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith("url,name,level,province,district,commune")
    assert "Trang thông tin điện tử xã" in csv_text


def test_every_home_and_robots(sp):
    for p in sp.portals:
        st, h, body = fetch(p["url"])
        assert st == 200 and h["Content-Type"].startswith("text/html")
        assert html.escape(p["name"]) in body.decode("utf-8")
        st, h, body = fetch(p["url"] + "robots.txt")
        assert st == 200 and h["Content-Type"].startswith("text/plain")
        assert body.startswith(b"User-agent: *")


def test_sitemaps_and_feeds(sp):
    sitemaps = feeds = 0
    in_robots = False
    for ss in sp.sites:
        base = ss.site.base_url
        robots = fetch(base + "/robots.txt")[2].decode()
        st, h, body = fetch(base + "/sitemap.xml")
        if ss.site.opts.get("sitemap"):
            assert st == 200 and "xml" in h["Content-Type"] and b"<lastmod>" in body
            sitemaps += 1
            in_robots |= f"Sitemap: {base}/sitemap.xml" in robots
        else:
            assert st == 404
        feed = ss.r.feed_path(ss.site)
        if ss.site.opts.get("feed"):
            home = fetch(base + "/")[2].decode()
            assert 'rel="alternate" type="application/rss+xml"' in home and base + feed in home
            st, h, body = fetch(base + feed)
            assert st == 200 and h["Content-Type"].startswith("application/rss+xml") and b"<item>" in body
            feeds += 1
    assert sitemaps >= 2 and feeds >= 2 and in_robots


def test_articles_only_in_sitemap_exist(sp):
    ss = next(s for s in sp.sites if any(not p.listed for p in s.placed))
    hidden = [ss.site.abs(p.path) for p in ss.placed if not p.listed]
    sitemap = fetch(ss.site.base_url + "/sitemap.xml")[2].decode()
    home = fetch(ss.site.base_url + "/")[2].decode()
    for u in hidden:
        assert html.escape(u) in sitemap
        assert urlsplit(u).path not in home


def test_expected_article_titles_are_served(sp):
    exp = sp.expected_articles()
    assert len(exp) >= 6 * 6
    for g in exp:
        st, h, body = fetch(g["url"])
        assert st == 200, g["url"]
        page = body.decode("utf-8")
        assert html.escape(g["title"]) in page
        assert g["text"].split("\n")[0][:60] in html.unescape(page)
        assert g["published_at"][:4].isdigit()


def test_republished_copies_are_separate_articles(sp):
    titles = [g["title"] for g in sp.expected_articles()]
    prefixed = [t for t in titles if t.startswith(("Xã ", "Phường ")) and ": " in t]
    originals = {t.split(": ", 1)[1] for t in prefixed}
    assert len(prefixed) >= 2 and originals & set(titles)


def test_redirect_and_conditional_get(sp):
    ss = next(s for s in sp.sites if any(p.old_path for p in s.placed))
    p = next(p for p in ss.placed if p.old_path)
    st, h, _ = fetch(ss.site.abs(p.old_path))
    assert st == 301 and h["Location"] == ss.site.abs(p.path)
    url = ss.site.abs(p.path)
    st, h, _ = fetch(url)
    assert st == 200 and h.get("ETag") and h.get("Last-Modified")
    assert fetch(url, {"If-None-Match": h["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": h["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"nope"'})[0] == 200


def test_print_view_has_canonical(sp):
    ss = sp.sites[0]
    p = ss.listed[0]
    st, _, body = fetch(ss.site.abs(ss.r.print_path(p)))
    assert st == 200 and f'rel="canonical" href="{ss.site.abs(p.path)}"'.encode() in body


def test_traps_are_declared_and_detected(sp):
    kinds = {t["kind"] for t in sp.trap_patterns}
    assert {"robots", "calendar", "endless-pager", "session-id", "tracking"} <= kinds
    cal = next(s for s in sp.sites if s.site.opts.get("calendar"))
    y, m = cal.site.opts["calendar"]
    far = cal.r.calendar_path(cal.site, y + 3, m)
    assert fetch(cal.site.abs(far))[0] == 200  # the trap really answers
    host = urlsplit(cal.site.base_url).netloc
    assert sp.forbidden_request(host, far)
    assert not sp.forbidden_request(host, cal.r.calendar_path(cal.site, y, m))
    assert any(kind == "calendar" for _, _, kind in sp.violations())
    endless = next(s for s in sp.sites if s.site.opts.get("endless_pages"))
    c = endless.site.categories[0]
    last = fetch(endless.site.abs(endless.r.listing_path(endless.site, c, endless.npages(c))))[2]
    beyond = fetch(endless.site.abs(endless.r.listing_path(endless.site, c, 50)))[2]
    assert fetch(endless.site.abs(endless.r.listing_path(endless.site, c, 50)))[0] == 200
    first_link = endless.listed and [p for p in endless.listed if p.cat.slug == c.slug][-1].path
    assert html.escape(first_link).encode() in last and html.escape(first_link).encode() in beyond


def test_add_articles_appear_first(sp):
    ss = sp.site("doluong")
    new = sp.add_articles(2, "doluong")
    assert len(new) == 2
    feed = fetch(ss.site.base_url + "/feed/")[2].decode()
    first_item = feed.split("<item>")[1]
    assert new[-1]["url"] in first_item
    assert html.escape(new[-1]["title"]).encode() in fetch(new[-1]["url"])[2]
    assert {g["url"] for g in new} <= {g["url"] for g in sp.expected_articles()}


def test_requests_are_recorded(sp):
    host = urlsplit(sp.portals[1]["url"]).netloc
    fetch(sp.portals[1]["url"] + "?utm_source=test")
    assert (host, "/?utm_source=test", "GET") in sp.requests


def test_extraction_set_gold_matches_pages():
    import json
    from pathlib import Path

    import lxml.html

    root = Path(__file__).resolve().parents[1] / "bench" / "data" / "extraction"
    lines = [json.loads(x) for x in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    arts = [g for g in lines if g["kind"] == "article"]
    assert len(arts) >= 100 and sum(g["kind"] == "non-article" for g in lines) >= 25
    for g in arts:
        page = lxml.html.fromstring((root / g["file"]).read_bytes().decode("utf-8")).text_content()
        assert g["title"] in page, g["file"]
        for para in filter(None, g["text"].split("\n")):
            assert para in page, (g["file"], para[:60])
        if g["author"]:
            assert g["author"] in page, g["file"]
