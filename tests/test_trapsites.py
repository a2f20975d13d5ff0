"""The generated trap portals themselves (crawler/demo/trapsites.py), over real loopback HTTP.

These check the generator, not the crawler: trap URLs are spelled differently
for every seed, every article is reachable without entering a trap, and
``is_trap`` agrees with what the servers serve. The seed is drawn at random
in each run and printed in every failure message.
"""
from __future__ import annotations

import datetime as dt
import html
import random
import re
import urllib.error
import urllib.request
from collections import Counter
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from crawler.demo.trapkinds import KINDS, Calendar, DateFilter, MonthlyArchive
from crawler.demo.trapsites import LONG_PAGER_PAGES, TrapPortals, generate

SEED = random.randrange(10**6)
TODAY = dt.date(2026, 12, 1)
# Words a hand-written trap rule would look for; no generated trap URL may contain one.
COMMON_TRAP_WORDS = ("lich", "calendar", "thang", "archive", "luu-tru", "search", "tim-kiem", "timkiem", "sort", "order",
                     "view", "date", "ngay", "month", "year", "session", "sid=", "jsessionid", "filter", "page=", "keyword")


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def links(page_url: str, body: str) -> list[str]:
    """Same-host <a href> targets of a page, absolute, without fragments."""
    host = urlsplit(page_url).netloc
    out = []
    for raw in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', body):
        url = urljoin(page_url, html.unescape(raw)).split("#")[0]
        if urlsplit(url).netloc == host and url.startswith("http"):
            out.append(url)
    return out


@pytest.fixture(scope="module")
def portals():
    with TrapPortals(n=8, seed=SEED, today=TODAY) as tp:
        yield tp


def test_each_portal_has_two_traps_and_every_kind_appears(portals):
    for s in portals.sites:
        assert len({t.kind for t in s.traps}) >= 2, (SEED, s.key)
    assert {t.kind for s in portals.sites for t in s.traps} == set(KINDS), SEED


def test_trap_shapes_vary_across_seeds():
    """No two seeds share trap path words or query keys (beyond chance), and no common trap word appears."""
    def url_words(url: str) -> set[str]:
        sp = urlsplit(url)
        words = {w for w in re.split(r"[/;().?=&_-]+", sp.path) if w.isalpha() and len(w) > 2}
        return (words | {k for k, _ in parse_qsl(sp.query)}) - {"aspx", "html"}

    def vocabulary(seed: int) -> tuple[set[str], set[str]]:
        words, spellings = set(), set()
        for s in generate(6, seed=seed, today=TODAY):
            real = set().union(*(url_words(u) for u in [p.path for p in s.articles] + [
                s.listing_url(sec, n) for sec in s.sections for n in (1, 2)]))
            for t in s.traps:
                for url in trap_urls(s, t):
                    words |= url_words(url) - real  # the trap's own words, not the section it filters
                    low = url.lower()
                    assert not [w for w in COMMON_TRAP_WORDS if w in low], (seed, url)
                if isinstance(t, (Calendar, MonthlyArchive)):
                    spellings.add((t.url.where, t.url.spelling.template))
                if isinstance(t, DateFilter):
                    spellings.add(("filter", t.spelling.template))
        return words, spellings

    seeds = [SEED + i for i in range(4)]
    vocab = [vocabulary(s) for s in seeds]
    for i in range(len(seeds)):
        for j in range(i + 1, len(seeds)):
            shared = vocab[i][0] & vocab[j][0]
            assert len(shared) <= 0.1 * min(len(vocab[i][0]), len(vocab[j][0])), (seeds[i], seeds[j], shared)
    assert len(set().union(*(v[1] for v in vocab))) >= 5, (SEED, [v[1] for v in vocab])


def trap_urls(site, trap) -> list[str]:
    """Trap URLs the portal's home and first listing page link to."""
    home = site.r.render_home(site.ctx()).html
    listing = site.listing_html(site.sections[0], 1, site.sections[0].items[:3])
    found = [html.unescape(u) for page in (home, listing) for u in re.findall(r'<a\b[^>]*?\bhref="(/[^"]*)"', page)]
    if trap.kind == "session-id":
        found = [trap.add(u, trap.issue(site)) for u in found[:5]]
    return [u for u in found if site.classify(u).trap is trap]


def crawl(tp: TrapPortals, enter_traps: bool, per_portal: int) -> dict[str, tuple[int, str]]:
    """Breadth-first over every portal; {url: (status, body)}; trap URLs are fetched only with enter_traps."""
    pages: dict[str, tuple[int, str]] = {}
    for start in (p["url"] for p in tp.portals):
        queue, seen, fetched = [start], {start}, 0
        while queue and fetched < per_portal:
            url = queue.pop(0)
            if tp.is_trap(url) and not enter_traps:
                continue
            status, body, _ = fetch(url)
            pages[url] = (status, body)
            fetched += 1
            for link in links(url, body):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
    return pages


def test_every_article_is_reachable_through_non_trap_pages(portals):
    pages = crawl(portals, enter_traps=False, per_portal=10**6)
    missing = portals.article_urls() - set(pages)
    assert not missing, (SEED, sorted(missing)[:5])
    broken = [u for u, (status, _) in pages.items() if status != 200]
    assert not broken, (SEED, broken[:5])
    for url in portals.article_urls():
        assert not portals.is_trap(url), (SEED, url)


def test_is_trap_agrees_with_what_the_server_serves(portals):
    pages = crawl(portals, enter_traps=True, per_portal=250)
    articles = portals.article_urls()
    kinds = Counter()
    for url, (status, body) in pages.items():
        sp = urlsplit(url)
        page = portals.page_of(sp.netloc, sp.path + ("?" + sp.query if sp.query else ""))
        if portals.is_trap(url):
            kinds[page.trap_kind] += 1
            assert status == 200, (SEED, url)  # a live trap, not an error page
            assert url not in articles, (SEED, url)
            # trap pages show nothing the portal's real pages do not: every article they link is a known article
            shown = [u for u in links(url, body) if portals.page_of(sp.netloc, urlsplit(u).path + (
                "?" + urlsplit(u).query if urlsplit(u).query else "")).kind == "article"]
            assert set(shown) <= articles, (SEED, url)
        else:
            assert page.kind in ("home", "listing", "article", "static", "pdf", "robots"), (SEED, url, page.kind)
            assert status == 200, (SEED, url, status)
    assert set(kinds) == set(KINDS), (SEED, kinds)


@pytest.mark.parametrize("trap_class", [Calendar, MonthlyArchive])
def test_date_traps_are_endless_into_past_and_future(portals, trap_class):
    for s in portals.sites:
        for t in s.traps:
            if not isinstance(t, trap_class):
                continue
            first = min(dt.date.fromisoformat(p.art.date) for p in s.articles)
            missing = s.site.abs("/no-such-page")
            in_layout = set(links(missing, fetch(missing)[1])) & s.article_urls  # the sidebar's latest news
            for when in (TODAY + dt.timedelta(days=3650), first - dt.timedelta(days=3650)):
                url = s.site.abs(t.url.url(when))
                assert portals.is_trap(url), (SEED, url)
                status, body, _ = fetch(url)
                assert status == 200, (SEED, url)
                onward = [u for u in links(url, body) if s.trap_of(u) == t.kind and u != url]
                assert len(onward) >= 2, (SEED, url)  # previous and next, forever
                assert set(links(url, body)) & s.article_urls <= in_layout, (SEED, url)  # empty out of range


def test_date_filter_periods_chain_forever(portals):
    for s in portals.sites:
        t = s.trap("date-filter")
        if not t:
            continue
        url = s.site.abs(t.url(s.sections[0], TODAY - dt.timedelta(days=6), TODAY))
        seen = {url}
        for _ in range(12):  # keep clicking "next period": past today and on
            status, body, _ = fetch(url)
            assert status == 200, (SEED, url)
            onward = [u for u in links(url, body) if s.trap_of(u) == "date-filter" and u not in seen]
            assert onward, (SEED, url)
            url = onward[-1]
            seen.add(url)


def test_long_productive_pagers(portals):
    """Some portal has a section whose pager runs 15+ pages with an article on each page."""
    long = [(s, sec) for s in portals.sites for sec in s.sections if sec.npages >= LONG_PAGER_PAGES]
    assert long, SEED
    s, sec = long[0]
    for n in range(1, sec.npages + 1):
        url = s.site.abs(s.listing_url(sec, n))
        status, body, _ = fetch(url)
        assert status == 200, (SEED, url)
        assert [u for u in links(url, body) if u in s.article_urls], (SEED, url)


def test_articles_are_dated_pages_with_their_text(portals):
    for s in portals.sites:
        for p in s.articles[:3]:
            d = dt.date.fromisoformat(p.art.date)
            assert dt.date(2019, 1, 1) <= d <= TODAY, (SEED, p.path, d)
            status, body, headers = fetch(s.site.abs(p.path))
            assert status == 200, (SEED, p.path)
            text = html.unescape(body)
            assert p.art.title in text and all(par in text for par in p.art.paragraphs), (SEED, p.path)
            assert f"{d:%d/%m/%Y}" in text or f"{d:%d - %m - %Y}" in text, (SEED, p.path)
            assert fetch(s.site.abs(p.path), {"If-None-Match": headers["ETag"]})[0] == 304, (SEED, p.path)


def test_request_log_counts_trap_requests_per_portal_and_kind(portals, tmp_path):
    s = portals.sites[0]
    t = s.traps[0]
    url = s.site.abs(trap_urls(s, t)[0])
    before = portals.trap_requests().get((s.site.abs("/"), t.kind), 0)
    mark = len(portals.requests)
    fetch(url)
    fetch(s.site.abs("/"))
    assert portals.trap_requests().get((s.site.abs("/"), t.kind), 0) == before + 1, (SEED, url)
    assert portals.trap_requests(portals.requests[mark:]) == {(s.site.abs("/"), t.kind): 1}, (SEED, url)
    assert s.site.abs("/").startswith("http://127.0.0.10:")
    csv = portals.write_portals_csv(tmp_path / "portals.csv").read_text(encoding="utf-8").splitlines()
    assert csv[0].startswith("url,") and len(csv) == 1 + len(portals.sites)


def test_future_requests_are_the_trap_pages_dated_after_today(portals):
    s = next(s for s in portals.sites if s.trap("calendar") or s.trap("monthly-archive"))
    t = s.trap("calendar") or s.trap("monthly-archive")
    next_month = (TODAY.replace(day=28) + dt.timedelta(days=7)).replace(day=1)
    future, present = t.url.url(next_month + dt.timedelta(days=40)), t.url.url(TODAY.replace(day=1))
    mark = len(portals.requests)
    for target in (future, present, s.articles[0].path):
        fetch(s.site.abs(target))
    assert [r[1] for r in portals.future_requests(portals.requests[mark:])] == [future], (SEED, future, present)
    assert not [p for p in s.articles if s.future(p.path)], SEED


def test_published_and_edited_articles_while_serving():
    with TrapPortals(n=2, seed=SEED + 7, today=TODAY, first_ip=40) as tp:
        s = tp.sites[1]
        before = set(s.article_urls)
        new = tp.add_articles(2, portal=1)
        assert {g["url"] for g in new} == s.article_urls - before and len(new) == 2, SEED
        pages = crawl(tp, enter_traps=False, per_portal=10**6)
        assert tp.article_urls() <= set(pages), (SEED, sorted(tp.article_urls() - set(pages))[:3])
        url = new[0]["url"]
        etag = fetch(url)[2]["ETag"]
        edited = tp.edit_article(url, "Một đoạn mới.")
        status, body, headers = fetch(url, {"If-None-Match": etag})
        assert status == 200 and headers["ETag"] != etag and "Một đoạn mới." in body, SEED
        assert edited["text"].endswith("Một đoạn mới."), SEED
