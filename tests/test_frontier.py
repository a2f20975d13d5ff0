"""The frontier in isolation: URL shapes, URL dates, the shape book and the middleware
(built with Scrapy's get_crawler on a real SQLite archive).  Inputs are generated at
random, so no rule can be written for them."""
from __future__ import annotations

import random
import string
from collections import Counter
from datetime import date, timedelta

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from archive.store import Archive
from crawler.frontier import PRIORITY_UNPROVEN, FrontierMiddleware, FrontierOptions, ShapeBook
from crawler.shapes import url_date, url_shape
from spiders.portal import PortalSpider

RNG = random.Random(20261201)


def word(n: int | None = None) -> str:
    return "".join(RNG.choice(string.ascii_lowercase) for _ in range(n or RNG.randint(3, 8)))


def slug() -> str:
    return "-".join(word() for _ in range(RNG.randint(3, 7)))


def spell(day: date) -> list[str]:
    """The ways portals write a date in a URL."""
    y, m, d = day.year, day.month, day.day
    return [f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}", f"y{y}/m{m:02d}/d{d:02d}",
            f"{word(1)}{y}{word(1)}{m}{word(1)}{d}", f"{word(1)}{d}{word(1)}{m}{word(1)}{y}"]


def test_pages_of_one_template_share_a_shape_whatever_their_words():
    for _ in range(50):
        section, key = word(), word()
        a = f"http://h.vn/{section}/{slug()}-{RNG.randint(1, 99999)}.html?{key}={RNG.randint(1, 500)}"
        b = f"http://h.vn/{section}/{slug()}-{RNG.randint(1, 99999)}.html?{key}={RNG.randint(1, 500)}"
        assert url_shape(a) == url_shape(b)
        other = f"http://h.vn/{section}/{RNG.randint(1990, 2030)}/{RNG.randint(1, 12)}"
        assert url_shape(other) != url_shape(a)


def test_query_keys_are_structure_values_are_not():
    key1, key2 = word(), word()
    assert url_shape(f"http://h.vn/x?{key1}=asc") == url_shape(f"http://h.vn/x?{key1}=desc")
    assert url_shape(f"http://h.vn/x?{key1}=asc") != url_shape(f"http://h.vn/x?{key2}=asc")


def test_dates_in_every_spelling_are_read():
    for _ in range(100):
        day = date(2000, 1, 1) + timedelta(days=RNG.randint(0, 12000))
        for spelled in spell(day):
            url = f"http://h.vn/{word()}/{spelled}"
            assert url_date(url) == (day.year, day.month, day.day), url
        assert url_date(f"http://h.vn/{word()}?{word()}={day:%d.%m.%Y}") == (day.year, day.month, day.day)
        assert url_date(f"http://h.vn/{word()}/{day.year}/{day.month}") == (day.year, day.month, None)
        year_first = f"http://h.vn/{word()}?{word()}={day.year}&{word()}={day.month}"
        month_first = f"http://h.vn/{word()}?{word()}={day.month}&{word()}={day.year}"
        assert url_date(year_first) == url_date(month_first) == (day.year, day.month, None), month_first
        folder, a, b = word(), word(1), word(1)
        marked = [f"http://h.vn/{folder}/{a}{d.month}{b}{d.year}.html" for d in (day, day + timedelta(days=40))]
        assert url_date(marked[0]) == (day.year, day.month, None) and url_shape(marked[0]) == url_shape(marked[1])


def test_years_inside_a_title_slug_or_an_id_are_not_dates():
    for _ in range(50):
        year = RNG.randint(2026, 2060)
        assert url_date(f"http://h.vn/{word()}/{slug()}-{year}-{slug()}.html") is None
        assert url_date(f"http://h.vn/{word()}.aspx?{word()}={year}") is None


# -- the shape book --------------------------------------------------------------------------


def test_a_shape_that_yields_nothing_is_cut_after_a_few_pages_and_a_productive_one_never():
    book = ShapeBook(options=FrontierOptions(probe_pages=3))
    trap, listing, article = (f"h.vn/{word()}/{{n}}/{{n}}", f"h.vn/{word()}?page={{n}}", f"h.vn/{word()}/{{slug}}.html")
    for page in range(10):
        book.scheduled(trap)
        book.answered(trap)
        book.page_fetched(trap, Counter({trap: 2}))  # links to more of itself only
        book.page_judged(trap, new_article=False)
        if book.judge():
            break
    assert book.cut(trap) and page + 1 == 3
    for page in range(40):
        book.scheduled(listing)
        book.answered(listing)
        book.page_fetched(listing, Counter({listing: 1, article: 10}))
        book.page_judged(listing, new_article=False)
        book.page_fetched(article, Counter())
        book.page_judged(article, new_article=True)
        book.judge()
    assert not book.cut(listing) and book.is_productive(listing)
    assert book.priority(listing) > book.priority(article) > book.priority(f"h.vn/{word()}")


def test_a_shape_is_not_judged_while_the_links_it_brought_are_untried():
    book = ShapeBook(options=FrontierOptions(probe_pages=2))
    section, article = f"h.vn/{word()}", f"h.vn/{word()}/{{slug}}"
    for _ in range(5):
        book.page_fetched(section, Counter({article: 5}))
        book.page_judged(section, new_article=False)
        book.scheduled(article)
    assert book.judge() == []  # the articles it links have not been fetched yet
    book.page_fetched(article, Counter())
    book.page_judged(article, new_article=True)
    assert book.judge() == [] and book.is_productive(section)


def test_a_cut_shape_is_remembered_and_put_on_probation_later():
    rows = [{"shape": "h.vn/a/{n}", "pages": 9, "state": "cut", "cut_at": "2020-01-01T00:00:00+00:00"},
            {"shape": "h.vn/b/{n}", "pages": 9, "state": "cut", "cut_at": "2999-01-01T00:00:00+00:00"}]
    book = ShapeBook(rows, FrontierOptions(reprobe_days=30))
    assert not book.cut("h.vn/a/{n}") and book.cut("h.vn/b/{n}")


# -- the middleware, wired as in a crawl -----------------------------------------------------


@pytest.fixture()
def frontier(tmp_path):
    crawler = get_crawler(PortalSpider, {"PORTAL_ARCHIVE_DB": str(tmp_path / "a.db"), "PORTAL_ARCHIVE_CHAIN_PATIENCE": 2})
    crawler.portal_archive = Archive(tmp_path / "a.db")
    crawler.portal_archive.upsert_portal({"url": "http://p.vn/"})
    yield FrontierMiddleware.from_crawler(crawler)
    crawler.portal_archive.close()


def link(url: str) -> Request:
    return Request(url, meta={"portal_url": "http://p.vn/", "handler": "parse"})


def page(url: str, **meta) -> HtmlResponse:
    request = Request(url, meta={"portal_url": "http://p.vn/", "handler": "parse", **meta})
    return HtmlResponse(url, body=b"<html><body>x</body></html>", request=request)


def test_a_link_dated_in_the_future_is_never_requested(frontier):
    future = date.today() + timedelta(days=RNG.randint(40, 4000))
    links = [link(f"http://p.vn/{word()}/{spelled}") for spelled in spell(future)]
    links.append(link(f"http://p.vn/{word()}/{slug()}.html"))
    out = list(frontier.process_spider_output(page("http://p.vn/", entry=True), links))
    assert [r.url for r in out if isinstance(r, Request)] == [links[-1].url]
    assert frontier.crawler.stats.get_value("portal_archive/frontier/skipped_date_bound") == len(links) - 1


def test_a_chain_of_pages_bringing_nothing_new_ends_after_its_patience(frontier):
    key = word()
    menu = [link(f"http://p.vn/{word()}/{slug()}.html") for _ in range(5)]
    list(frontier.process_spider_output(page("http://p.vn/", entry=True), menu))
    followed, url, meta = 0, f"http://p.vn/{word()}?{key}=1", {}
    for n in range(2, 30):
        seen_before = RNG.sample(menu, 3)  # links already known, a different few on each page
        out = [r for r in frontier.process_spider_output(page(url, **meta), [*seen_before, link(f"http://p.vn/{url.split('/')[3].split('?')[0]}?{key}={n}")])
               if isinstance(r, Request)]
        if not out:
            break
        followed += 1
        url, meta = out[0].url, dict(out[0].meta)
    assert followed + 1 == 2  # patience: two pages in a row with nothing new, then the chain ends


def test_productive_shapes_are_requested_before_unproven_ones(frontier):
    listing_word, article_word = word(), word()
    home = page("http://p.vn/", entry=True)
    out = list(frontier.process_spider_output(home, [link(f"http://p.vn/{listing_word}?p={i}") for i in range(1, 3)]))
    assert all(r.priority == PRIORITY_UNPROVEN for r in out)
    listing = page(out[0].url, shape=out[0].meta["shape"])
    articles = [r for r in frontier.process_spider_output(listing, [link(f"http://p.vn/{article_word}/{slug()}.html") for _ in range(8)])]
    portal = frontier.portals["http://p.vn/"]
    a_shape = articles[0].meta["shape"]
    portal.book.page_fetched(a_shape, Counter())
    portal.book.page_judged(a_shape, new_article=True)
    later = list(frontier.process_spider_output(page("http://p.vn/x", entry=True),
                                                [link(f"http://p.vn/{listing_word}?p=9"), link(f"http://p.vn/{word()}/{word()}/{word()}")]))
    by_url = {r.url.split("/")[3]: r.priority for r in later}
    assert by_url[f"{listing_word}?p=9"] > min(by_url.values())


# -- yield budget and learned session tokens ---------------------------------------------------


def test_a_shape_earns_requests_by_its_yield():
    book = ShapeBook(options=FrontierOptions(probe_pages=3, yield_ratio=2))
    barren, listing, article = f"h.vn/{word()}?{word()}={{w}}", f"h.vn/{word()}/{{n}}", f"h.vn/{word()}/{{slug}}"
    book.page_fetched(article, Counter())
    book.page_judged(article, new_article=True)
    for _ in range(3):
        book.page_fetched(barren, Counter())
        book.page_judged(barren, new_article=False)
    assert book.over_budget(barren)  # three pages, nothing new: no fourth
    book.page_fetched(barren, Counter({article: 1}))  # one new article: two more pages earned
    assert not book.over_budget(barren)
    for _ in range(20):
        book.page_fetched(listing, Counter({article: 8}))
    assert not book.over_budget(listing)


def test_an_article_shape_shared_with_menu_pages_never_runs_dry():
    # `/{slug}` serves a portal's articles and its menu pages alike: the articles pay for their
    # own pages, so any number of menu pages among them costs the shape nothing it earned
    book = ShapeBook(options=FrontierOptions(probe_pages=3, yield_ratio=1))
    shape = f"h.vn/{{slug}}"
    for n in range(RNG.randint(50, 150)):
        book.page_fetched(shape, Counter())
        book.page_judged(shape, new_article=n % 10 != 0)  # one page in ten is a menu page
    assert not book.over_budget(shape)


def test_requests_over_their_shapes_budget_wait_and_are_dropped_when_it_is_cut(frontier):
    trap, key = word(), word()
    home = page("http://p.vn/", entry=True)
    values = sorted({word(6) for _ in range(40)})[:12]
    out = list(frontier.process_spider_output(home, [link(f"http://p.vn/{trap}?{key}={v}") for v in values]))
    assert len(out) == 3  # the probes; the other nine wait for the shape to yield
    portal = frontier.portals["http://p.vn/"]
    assert sum(len(q) for q in portal.held.values()) == 9
    for request in out:
        frontier.process_spider_output(page(request.url, shape=request.meta["shape"]), [])
        list(frontier.process_spider_output(page(request.url, shape=request.meta["shape"]), []))
    frontier.portal_finished("http://p.vn/", "ok")
    assert not portal.held and portal.book.cut(out[0].meta["shape"])
    assert frontier.crawler.stats.get_value("portal_archive/frontier/skipped_trap_by_yield") == 9


def random_token() -> str:
    kind = RNG.choice(["hex", "b36", "guid"])
    if kind == "guid":
        h = "".join(RNG.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    alphabet = "0123456789abcdef" if kind == "hex" else string.ascii_lowercase + string.digits
    return "".join(RNG.choice(alphabet) for _ in range(RNG.choice([20, 24, 32]))) + "7a"


def test_a_token_every_menu_link_carries_is_learned_as_a_session_and_dropped(frontier):
    for _ in range(10):
        frontier.portals.clear()
        tok, name = random_token(), word()
        paths = [f"/{word()}/{slug()}" for _ in range(5)]
        styles = [lambda p: f"{p}?{name}={tok}", lambda p: f"{p};{name}={tok}", lambda p: f"/({name[0].upper()}({tok})){p}"]
        carry = RNG.choice(styles)
        links = [link(f"http://p.vn{carry(p)}") for p in paths] + [link(f"http://p.vn/{word()}/{slug()}.html?id={RNG.randint(1, 999)}")]
        out = list(frontier.process_spider_output(page("http://p.vn/", entry=True), links))
        assert all(tok not in r.url for r in out), [r.url for r in out]
        assert {r.url.replace("http://p.vn", "") for r in out} >= set(paths) - {r for r in paths if r in frontier.seen}
    # one article link carrying an id-looking value is not a session
    frontier.portals.clear()
    one = f"http://p.vn/{word()}/{slug()}.html?{word()}={random_token()}"
    out = list(frontier.process_spider_output(page("http://p.vn/", entry=True), [link(one)]))
    assert [r.url for r in out] == [one]


# -- doubtful pages wait for the sure ones ------------------------------------------------------


def fetched(request: Request) -> HtmlResponse:
    return HtmlResponse(request.url, body=b"<html><body>x</body></html>", request=request)


def test_pages_for_a_date_or_a_query_word_wait_until_the_portals_other_pages_are_done(frontier):
    # a search box's words, a calendar's days and a sort order are asked for only once the
    # sections have given their articles: they are then judged on what they add of their own
    sections = [f"http://p.vn/{word()}/" for _ in range(RNG.randint(2, 4))]
    day = date.today() - timedelta(days=RNG.randint(1, 300))
    key = word()
    doubtful = [f"http://p.vn/{word()}?{key}={word()}" for _ in range(3)] + \
               [f"http://p.vn/{word()}/{spelled}" for spelled in RNG.sample(spell(day), 2)] + [f"{sections[0]}?{word()}={word()}"]
    links = [link(u) for u in RNG.sample(sections + doubtful, len(sections) + len(doubtful))]
    out = [r for r in frontier.process_spider_output(page("http://p.vn/", entry=True), links) if isinstance(r, Request)]
    assert sorted(r.url for r in out) == sorted(sections)
    articles = []
    for request in out:
        articles += [r for r in frontier.process_spider_output(fetched(request), [link(f"{request.url}{slug()}.html")])
                     if isinstance(r, Request)]
    assert len(articles) == len(sections)  # nothing doubtful yet: the articles are still in flight
    released = []
    for request in articles:
        released += [r.url for r in frontier.process_spider_output(fetched(request), []) if isinstance(r, Request)]
    assert sorted(released) == sorted(doubtful)
    assert frontier.crawler.stats.get_value("portal_archive/frontier/deferred") == len(doubtful)


def test_a_listings_next_page_is_read_for_its_articles_when_they_share_its_numbered_address(frontier):
    # legacy ASP.NET: `/x.aspx?k=49` is a section, `/x.aspx?k=4634102` an article of it and
    # `/x.aspx?k=49&start=2` its second page; to the chain key they are all one chain, and the
    # second page, menus unchanged, differs from the first only by its articles
    script, key, section = f"{word()}.aspx", word(), RNG.randint(10, 999)
    menus = [f"http://p.vn/{word()}/" for _ in range(4)]
    article = lambda: f"http://p.vn/{script}?{key}={RNG.randint(10**6, 10**7)}"  # noqa: E731
    head = f"http://p.vn/{script}?{key}={section}"
    (head_request,) = [r for r in frontier.process_spider_output(page("http://p.vn/", entry=True), [link(head)])
                       if isinstance(r, Request)]
    first = [article() for _ in range(5)]
    out = [r for r in frontier.process_spider_output(
        fetched(head_request), [link(u) for u in menus + first + [f"{head}&start=2"]]) if isinstance(r, Request)]
    portal = frontier.portals["http://p.vn/"]
    for request in out:
        if request.url in first:
            portal.book.page_fetched(request.meta["shape"], Counter())
            portal.book.page_judged(request.meta["shape"], new_article=True)
    (second,) = [r for r in out if r.url.endswith("start=2")]
    newer = article()
    again = [r.url for r in frontier.process_spider_output(fetched(second), [link(u) for u in menus + [newer, head]])
             if isinstance(r, Request)]
    assert newer in again
