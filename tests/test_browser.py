"""The journalist's archive in a real browser: Debian's Chromium driven by Playwright.

`portal-archive serve` runs on the crawled sample portals (tests/conftest.py);
the browser types searches, follows links and downloads a CSV as a reporter
would.  Screenshots of the home, results and article pages are written to
bench/out/screenshots/ (ignored by git) on every run.
"""
from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from archive.fold import fold

CHROMIUM = "/usr/bin/chromium"  # Debian's package (.ci/run installs it); never a downloaded browser
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "bench" / "out" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="vi-VN")
    yield context.new_page()
    context.close()


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def search(page: Page, base: str, query: str) -> int:
    """Type a query in the search box as a person would; the number of results shown."""
    page.goto(base + "/")
    box = page.get_by_role("searchbox")
    box.fill(query)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?"))
    return result_count(page)


def result_count(page: Page) -> int:
    counted = page.locator("#result-count")
    return int(re.sub(r"\D", "", counted.inner_text())) if counted.count() else 0


def test_search_with_and_without_diacritics(page, datasette_url, crawled):
    page.goto(datasette_url + "/")
    expect(page.get_by_role("searchbox")).to_be_visible()
    expect(page.locator("#scope")).to_contain_text("bài")
    shot(page, "home")
    plain = search(page, datasette_url, "mat tran to quoc")
    assert plain > 0
    first_marks = page.locator("li.hit mark").all_inner_texts()
    assert any(m in ("Mặt", "trận", "Tổ", "quốc") for m in first_marks)  # the original words, highlighted
    shot(page, "results")
    marked = search(page, datasette_url, "Mặt trận Tổ quốc")
    assert marked == plain
    conn = sqlite3.connect(crawled[0])
    with_marks = conn.execute("select count(*) from articles where title like '%Mặt trận Tổ quốc%' "
                              "or text like '%Mặt trận Tổ quốc%'").fetchone()[0]
    assert plain >= with_marks > 0


def test_phrase_and_exclusion(page, datasette_url):
    words = search(page, datasette_url, "dang uy")
    phrase = search(page, datasette_url, '"dang uy"')
    assert 0 < phrase <= words
    dang = search(page, datasette_url, "dang")
    excluded = search(page, datasette_url, "dang -uy")
    assert excluded == dang - words
    for snippet in page.locator("li.hit").all_inner_texts():
        assert not re.search(r"\b[uU][yý]\b|ủy|Ủy", snippet.split("\n")[0])  # no hit's title has the word


def test_facet_narrows_the_results(page, datasette_url):
    total = search(page, datasette_url, "xa")
    facet = page.locator('section[data-facet="province"] li').first
    expect(facet).to_be_visible()
    expected = int(facet.locator(".n").inner_text())
    name = facet.locator("a").inner_text()
    facet.locator("a").click()
    page.wait_for_url(re.compile(r"province="))
    assert result_count(page) == expected <= total
    expect(page.locator(".filters")).to_contain_text(name)


def test_open_an_article_and_follow_also_published_at(page, datasette_url, crawled):
    search(page, datasette_url, "dang uy")
    title = page.locator("a.hit-title").first
    title_text = title.inner_text()
    title.click()
    page.wait_for_url(re.compile(r"/article/\d+$"))
    expect(page.locator("h1")).to_have_text(title_text)
    assert page.locator(".article-text p").count() >= 2
    assert re.search(r"\d{2}/\d{2}/\d{4}", page.locator("time").inner_text())
    shot(page, "article")
    conn = sqlite3.connect(crawled[0])
    copy_id, original_id = conn.execute(
        "select id, duplicate_of from articles where duplicate_of is not null order by id limit 1").fetchone()
    page.goto(f"{datasette_url}/article/{copy_id}")
    section = page.locator("#also-published")
    expect(section).to_be_visible()
    expect(section.locator(".badge.original")).to_have_count(1)  # which copy came first
    section.locator("a.copy-link").first.click()
    page.wait_for_url(re.compile(r"/article/\d+$"))
    assert page.url.rsplit("/", 1)[1] != str(copy_id)
    expect(page.locator("#also-published li.this")).to_have_count(1)


def test_download_csv_of_a_search(page, datasette_url):
    total = search(page, datasette_url, "dang uy")
    with page.expect_download() as download_info:
        page.locator("#csv-link").click()
    raw = Path(download_info.value.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == total > 0
    for row in rows:  # every word, in any of its forms
        assert {"dang", "uy"} <= set(re.findall(r"\w+", fold(row["title"] + " " + row["text"])))


def test_english_labels_are_available(page, datasette_url):
    page.goto(datasette_url + "/")
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("button", name="Search")).to_be_visible()
    page.goto(datasette_url + "/search?q=dang")
    expect(page.locator("#result-count")).to_contain_text("results")  # the choice is remembered
