"""The frontier on a real crawl: a loopback portal whose traps are generated here, with
random path words, query keys and date spellings, so that no rule can name them."""
from __future__ import annotations

import random
import re
import sqlite3
import string
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.conftest import FAST, cli

SYLLABLES = ("xã huyện tỉnh nông dân sản xuất mô hình kinh tế hộ gia đình đảng ủy hội nghị cán bộ "
             "chương trình xây dựng nông thôn mới năm đạt kết quả triển khai thực hiện phát triển").split()


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(SYLLABLES) for _ in range(n))


def token(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))


def spelled(rng_choice: int, y: int, m: int) -> str:
    return [f"{y}/{m:02d}", f"{y}-{m:02d}", f"{m:02d}-{y}", f"y{y}/m{m:02d}", f"{y}{m:02d}"][rng_choice]


class TrapPortal:
    """One generated portal: a long productive listing, articles, and four traps."""

    def __init__(self, seed: int, pages: int = 14, per_page: int = 5, delay: float = 0.0) -> None:
        rng = self.rng = random.Random(seed)
        self.delay = delay
        self.section, self.article_word, self.cal, self.arch = (token(rng) for _ in range(4))
        self.arch_key, self.sort_key, self.session_key, self.page_key = (token(rng, 4) for _ in range(4))
        self.spelling = rng.randrange(5)
        self.pages, self.per_page = pages, per_page
        start = date(2021, 1, 1)
        self.articles = []
        for i in range(pages * per_page):
            day = start + timedelta(days=i * 9)
            self.articles.append({"path": f"/{self.article_word}/{token(rng, 5)}-{token(rng, 7)}-{1000 + i}.html",
                                  "title": words(rng, 9).capitalize(), "day": day,
                                  "text": [words(rng, 45).capitalize() + "." for _ in range(5)]})
        self.articles.sort(key=lambda a: a["day"], reverse=True)
        self.by_path = {a["path"]: a for a in self.articles}
        self.requests: list[str] = []

    # -- what a request is ---------------------------------------------------------------

    def kind(self, target: str) -> str:
        path = urlsplit(target).path
        query = parse_qs(urlsplit(target).query)
        if path.startswith(f"/{self.cal}"):
            return "calendar"
        if path.startswith(f"/{self.arch}"):
            return "archive"
        if self.sort_key in query:
            return "sort"
        if self.session_key in query:
            return "session"
        if path in self.by_path:
            return "article"
        return "other"

    # -- pages -------------------------------------------------------------------------------

    def menu(self) -> str:
        today = date.today()
        return (f'<nav><a href="/">Trang chủ</a> <a href="/{self.section}/">Tin tức</a> '
                f'<a href="/{self.cal}/{spelled(self.spelling, today.year, today.month)}">Lịch</a> '
                f'<a href="/{self.arch}?{self.arch_key}={spelled(self.spelling, today.year, today.month)}">Lưu trữ</a> '
                f'<a href="/{self.section}/?{self.sort_key}=asc">Cũ nhất</a></nav>')

    def html(self, body: str, title: str = "Cổng thông tin") -> str:
        return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body>{self.menu()}<main>{body}</main><footer>Bản quyền UBND xã</footer></body></html>")

    def teasers(self, items: list[dict], session: bool = False) -> str:
        extra = f"?{self.session_key}={token(self.rng, 16)}{self.rng.randint(10, 99)}" if session else ""
        return "<ul>" + "".join(f'<li><a href="{a["path"]}{extra}">{a["title"]}</a></li>' for a in items) + "</ul>"

    def listing(self, n: int, sort: bool = False) -> str:
        n = min(max(n, 1), self.pages)  # past the end: the last page again, forever
        items = self.articles[(n - 1) * self.per_page : n * self.per_page]
        if sort:
            items = list(reversed(items))
        pager = f'<a href="/{self.section}/?{self.page_key}={n + 1}">Trang sau</a>'
        return self.html(f"<h2>Tin tức</h2>{self.teasers(items)}{pager}")

    def month_links(self, base: str, y: int, m: int, key: str | None) -> str:
        prev_y, prev_m = (y, m - 1) if m > 1 else (y - 1, 12)
        next_y, next_m = (y, m + 1) if m < 12 else (y + 1, 1)
        def href(yy: int, mm: int) -> str:
            s = spelled(self.spelling, yy, mm)
            return f"/{base}?{key}={s}" if key else f"/{base}/{s}"
        return f'<a href="{href(prev_y, prev_m)}">Tháng trước</a> <a href="{href(next_y, next_m)}">Tháng sau</a>'

    def month_of(self, text: str) -> tuple[int, int]:
        numbers = [int(x) for x in re.findall(r"\d+", unquote(text))]
        if len(numbers) == 1:  # yyyymm
            return numbers[0] // 100, numbers[0] % 100
        year = next(x for x in numbers if x > 999)
        month = next(x for x in numbers if x <= 12)
        return year, month

    def page(self, target: str) -> str | None:
        path, query = urlsplit(target).path, parse_qs(urlsplit(target).query)
        if path == "/":
            return self.html(f"<h2>Tin mới</h2>{self.teasers(self.articles[:4])}"
                             f"<h2>Tin nổi bật</h2>{self.teasers(self.articles[4:6], session=True)}")
        if path == f"/{self.section}/":
            return self.listing(int(query.get(self.page_key, ["1"])[0]), sort=self.sort_key in query)
        if path.startswith(f"/{self.cal}/"):
            y, m = self.month_of(path[len(self.cal) + 2 :])
            return self.html(f"<h2>Lịch tháng {m}/{y}</h2><p>Không có sự kiện.</p>" + self.month_links(self.cal, y, m, None))
        if path == f"/{self.arch}":
            y, m = self.month_of(query.get(self.arch_key, ["2020-01"])[0])
            items = [a for a in self.articles if (a["day"].year, a["day"].month) == (y, m)]
            return self.html(f"<h2>Lưu trữ {m}/{y}</h2>{self.teasers(items)}" + self.month_links(self.arch, y, m, self.arch_key))
        article = self.by_path.get(path)
        if article:
            related = [a for a in self.articles if a is not article][:3]
            paragraphs = "".join(f"<p>{p}</p>" for p in article["text"])
            return self.html(f"<article><h1>{article['title']}</h1><div class='date'>{article['day']:%d/%m/%Y} 08:30</div>"
                             f"{paragraphs}</article><h3>Tin khác</h3>{self.teasers(related)}", article["title"])
        return None

    # -- serving -----------------------------------------------------------------------------

    def __enter__(self) -> "TrapPortal":
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                portal.requests.append(self.path)
                if portal.delay:
                    time.sleep(portal.delay)
                body = None if self.path in ("/robots.txt", "/sitemap.xml") else portal.page(self.path)
                data = (body or "Không tìm thấy").encode("utf-8")
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def stored_paths(db) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {urlsplit(u).path for (u,) in conn.execute("select url from articles")}
    finally:
        conn.close()


def crawl(portal: TrapPortal, db, *extra: str, check: bool = True):
    return cli("crawl", "--portal", portal.url, "--db", str(db), *FAST, *extra, check=check)


@pytest.mark.parametrize("seed", [11, 29])
def test_never_seen_traps_are_cut_and_the_long_listing_walked_to_its_end(tmp_path, seed):
    with TrapPortal(seed) as portal:
        result = crawl(portal, tmp_path / "a.db")
        kinds = [portal.kind(t) for t in portal.requests]
        # What was learned is remembered: a re-run walks no trap again.  Session ids are
        # new on every visit, so their shape may cost a page or two more before it is cut;
        # a sort variant the home page links may be polled as the listing it also is.
        mark = len(portal.requests)
        crawl(portal, tmp_path / "a.db")
        again = [portal.kind(t) for t in portal.requests[mark:]]
    assert not {"calendar", "archive"} & set(again), portal.requests[mark:]
    assert again.count("session") <= 2 and again.count("sort") <= 1, portal.requests[mark:]
    assert {a["path"] for a in portal.articles} <= stored_paths(tmp_path / "a.db")
    for trap in ("calendar", "archive", "sort", "session"):
        assert kinds.count(trap) <= 6, (trap, kinds.count(trap), portal.requests)
    listing_pages = [t for t in portal.requests if t.startswith(f"/{portal.section}/?{portal.page_key}=")]
    assert len(listing_pages) >= portal.pages - 1  # the productive pager is followed to its end
    assert "requests:" in result.stdout


def test_a_date_encoded_url_in_the_future_is_never_requested(tmp_path):
    with TrapPortal(5) as portal:
        crawl(portal, tmp_path / "a.db")
        requested = list(portal.requests)
    today = date.today()
    for target in requested:
        if portal.kind(target) in ("calendar", "archive"):
            parts = urlsplit(target)
            y, m = portal.month_of(parts.path.split("/", 2)[-1] if parts.path.count("/") > 1 else parts.query.split("=", 1)[1])
            assert (y, m) <= (today.year, today.month), target


def test_a_run_stopped_by_the_clock_resumes_and_the_next_one_is_cheap(tmp_path):
    db = tmp_path / "a.db"
    with TrapPortal(7, pages=10, delay=0.15) as portal:
        first = crawl(portal, db, "--max-minutes", "0.08")
        assert "stopped by the clock" in first.stdout
        after_first = stored_paths(db)
        assert len(after_first) < len(portal.articles)  # really cut short
        portal.delay = 0
        mark = len(portal.requests)
        crawl(portal, db)
        resumed = len(portal.requests) - mark
        assert {a["path"] for a in portal.articles} <= stored_paths(db)
        mark = len(portal.requests)
        crawl(portal, db)
        unchanged = len(portal.requests) - mark
    assert resumed < 2 * len(portal.articles)
    assert unchanged <= 8, portal.requests[mark:]

