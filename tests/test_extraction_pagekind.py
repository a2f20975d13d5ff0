"""An article is an article: teaser rails, share bars and link-dense paragraphs around or
inside a real body never make it "not an article"; a page whose main content is a list of
teasers is one, with a reason code. Pages are generated at random in the test."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from archive.store import Archive
from crawler.extraction import NotAnArticle, extract
from crawler.items import stored_fields
from tests.vi_text import SENTENCES

HEADLINES = ["Xã Tân Lập ra quân làm đường giao thông nông thôn", "Hội nghị sơ kết 6 tháng đầu năm của Đảng ủy xã",
             "Huyện kiểm tra công tác phòng chống thiên tai năm nay", "Trao quà cho các gia đình chính sách dịp lễ",
             "Tập huấn kỹ thuật chăm sóc lúa vụ Hè Thu cho nông dân", "Khai giảng lớp bồi dưỡng kiến thức quốc phòng"]


def _teasers(rng: random.Random, n: int, summaries: bool) -> str:
    shape = rng.choice(["li", "div"])
    items = []
    for k in range(n):
        head = f"<a href='/tin/{rng.randint(100, 999)}-{k}.html'>{rng.choice(HEADLINES)} {k}</a>"
        if rng.random() < 0.5:
            head = f"<h3>{head}</h3>"
        summary = f"<p>{rng.choice(SENTENCES)}...</p>" if summaries else f"<span class='date'>({rng.randint(1, 28)}/05/2024)</span>"
        items.append(f"<{shape} class='item'>{head}{summary}</{shape}>")
    wrapper = "ul" if shape == "li" else "div"
    return f"<{wrapper} class='{rng.choice(['news', 'list', 'box', 'items'])}'>{''.join(items)}</{wrapper}>"


def _article(rng: random.Random, seed: int) -> tuple[str, list[str]]:
    paragraphs = [f"{s} số {rng.randint(1, 99)}." for s in rng.sample(SENTENCES, rng.randint(3, 6))]
    blocks = [f"<p>{p}</p>" for p in paragraphs]
    # a teaser rail inside the body, after it, or both; sometimes a share bar of links too
    rail = _teasers(rng, rng.randint(3, 8), rng.random() < 0.5)
    where = rng.choice(["inside", "after", "both"])
    if where in ("inside", "both"):
        blocks.insert(rng.randint(1, len(blocks)), rail)
    share = "<div><a href='#'>Facebook</a> <a href='#'>Zalo</a> <a href='#'>In bài</a></div>" if rng.random() < 0.5 else ""
    title = f"{rng.choice(HEADLINES)} ({seed})"
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='{rng.choice(['content', 'main', 'detail', 'noidung'])}'><h1>{title}</h1>"
            f"<div class='meta'>Ngày đăng: {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2024</div>"
            f"<div class='{rng.choice(['article-body', 'entry-content', 'news-detail'])}'>{''.join(blocks)}</div>"
            f"{share}{rail if where in ('after', 'both') else ''}</div></body></html>")
    return page, paragraphs


@pytest.mark.parametrize("seed", range(40))
def test_article_with_teaser_rails_inside_or_around_is_kept_whole(seed: int) -> None:
    rng = random.Random(seed)
    page, paragraphs = _article(rng, seed)
    art = extract(page, f"https://xa.gov.vn/tin-tuc/bai-{seed}.html")
    lines = art.text.split("\n")
    assert all(p in lines for p in paragraphs), (paragraphs, lines)
    assert art.page_kind in {"article", "with-teasers", "short"}


@pytest.mark.parametrize("seed", range(30))
def test_a_page_that_is_only_teasers_is_a_listing(seed: int) -> None:
    rng = random.Random(5000 + seed)
    section = rng.choice(["Tin tức - Sự kiện", "Hoạt động địa phương", "Tin nông nghiệp"])
    page = (f"<html><head><meta charset='utf-8'><title>{section}</title></head><body>"
            f"<div class='content'><h1>{section}</h1>{_teasers(rng, rng.randint(4, 15), rng.random() < 0.6)}"
            "</div></body></html>")
    with pytest.raises(NotAnArticle) as err:
        extract(page, f"https://xa.gov.vn/chuyen-muc/{seed}.html")
    assert err.value.reason == "teaser-list"
    assert "teasers" in err.value.message


def test_reason_codes_for_empty_and_garbage() -> None:
    with pytest.raises(NotAnArticle) as err:
        extract(b"", "http://xa.gov.vn/a")
    assert err.value.reason == "empty"
    with pytest.raises(NotAnArticle) as err:
        extract("<html><body><p>ok</p></body></html>", "http://xa.gov.vn/")
    assert err.value.reason == "home-page"


def test_page_kind_is_stored_with_the_article(tmp_path: Path) -> None:
    rng = random.Random(7)
    page, _ = _article(rng, 7)
    art = extract(page, "https://xa.gov.vn/tin-tuc/bai-7.html")
    arc = Archive(tmp_path / "a.db")
    pid = arc.upsert_portal({"url": "https://xa.gov.vn/", "level": "commune"})
    saved = arc.save_article({"url": art.url, **stored_fields(art)}, portal_id=pid)
    row = arc.db["articles"].get(saved.article_id)
    assert row["page_kind"] == art.page_kind
    arc.close()


@pytest.mark.parametrize("seed", range(10))
def test_last_page_of_a_category_with_one_teaser_is_a_listing(seed: int) -> None:
    rng = random.Random(7000 + seed)
    section = rng.choice(["Tin tức - Sự kiện", "Hoạt động địa phương"])
    teaser = (f"<div class='item'><a href='/tin/{seed}.html'><img src='/t/{seed}.jpg'></a><h3><a href='/tin/{seed}.html'>"
              f"{rng.choice(HEADLINES)}</a></h3><span class='date'>0{rng.randint(1, 9)}/05/2024</span>"
              f"<p class='summary'>{rng.choice(SENTENCES)}...</p></div>")
    pager = "<ul class='pagination'><li><a href='?page=1'>1</a></li><li><a href='?page=2'>2</a></li><li>3</li></ul>"
    page = (f"<html><head><meta charset='utf-8'><title>{section}</title></head><body><div class='content'>"
            f"<h1>{section}</h1><div class='news-list'>{teaser}</div>{pager}</div></body></html>")
    with pytest.raises(NotAnArticle) as err:
        extract(page, f"https://xa.gov.vn/chuyen-muc/tin-tuc-{seed}?page=3")
    # a teaser whose summary is as short as a caption goes with its picture: nothing is left
    assert err.value.reason in {"teaser-list", "no-main-text"}


@pytest.mark.parametrize("seed", range(10))
def test_article_opening_with_a_link_beside_a_pager_is_kept(seed: int) -> None:
    rng = random.Random(8000 + seed)
    page, paragraphs = _article(rng, seed)
    lead = f"<p><a href='/chuyen-muc/{seed}'>{rng.choice(HEADLINES)}</a></p>"
    page = page.replace("<div class='article-body'>", f"<div class='article-body'>{lead}")
    page = page.replace("</body>", "<ul class='pagination'><li><a href='?p=1'>1</a></li><li><a href='?p=2'>2</a></li></ul></body>")
    art = extract(page, f"https://xa.gov.vn/tin-tuc/bai-{seed}.html")
    assert all(p in art.text.split("\n") for p in paragraphs)


def _dated_address(rng: random.Random) -> str:
    """A random page for a period, in one of the spellings portals use."""
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 11), rng.randint(1, 28)
    word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
    return rng.choice([f"/{word}/{m:02d}.{y}/", f"/{word}?a{word}={m}&b{word}={y}", f"/{word}/{y}/{m:02d}/{d:02d}/",
                       f"/{word}?tu={d:02d}-{m:02d}-{y}&den={d:02d}-{m + 1:02d}-{y}"])


@pytest.mark.parametrize("seed", range(12))
def test_a_page_for_a_date_holding_one_or_two_teasers_is_a_listing(seed: int) -> None:
    # a calendar day or a month's archive with one or two articles in it: no pager, no heading
    # naming a section; its address is the evidence
    rng = random.Random(9100 + seed)
    teasers = "".join(f"<div class='item'><h3><a href='/tin/{rng.randint(10, 99)}-{k}.html'>{rng.choice(HEADLINES)}</a></h3>"
                      f"<p class='summary'>{rng.choice(SENTENCES)}...</p></div>" for k in range(rng.randint(1, 2)))
    page = (f"<html><head><meta charset='utf-8'><title>Lưu trữ</title></head><body><div class='content'>"
            f"<div class='news-list'>{teasers}</div></div></body></html>")
    with pytest.raises(NotAnArticle) as err:
        extract(page, "https://xa.gov.vn" + _dated_address(rng))
    assert err.value.reason in {"teaser-list", "no-main-text"}


@pytest.mark.parametrize("seed", range(12))
def test_an_article_at_a_dated_address_is_kept_with_its_rails(seed: int) -> None:
    rng = random.Random(9300 + seed)
    page, paragraphs = _article(rng, seed)
    art = extract(page, "https://xa.gov.vn" + _dated_address(rng).rstrip("/") + f"/bai-viet-{seed}.html")
    assert all(p in art.text.split("\n") for p in paragraphs)
