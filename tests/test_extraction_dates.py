"""Published, not modified: generated pages print a publication and an update time in random
forms, orders and places; the stored date is always the publication, with its +07:00 time."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import pytest

from crawler.extraction import extract
from tests.vi_text import SENTENCES


def _minute(value: str | None) -> str | None:
    """The stored value down to the minute, with its offset (structured times carry seconds)."""
    if value and len(value) > 16 and value[16] == ":":
        return value[:16] + value[19:]
    return value


def _stamp(rng: random.Random, when: datetime) -> str:
    forms = [
        "{d:%d/%m/%Y} {d:%H:%M}", "{d:%H:%M} {d:%d/%m/%Y}", "{d:%H:%M}, ngày {d:%d/%m/%Y}",
        "{d:%d/%m/%Y} | {d:%H:%M}", "{d:%d-%m-%Y} {d:%H:%M}",
    ]
    return rng.choice(forms).format(d=when)


PUBLISHED_LABELS = ["Ngày đăng:", "Đăng lúc", "Đăng ngày", "Ngày xuất bản:", "Thời gian đăng:", "Đăng:"]
UPDATED_LABELS = ["Cập nhật:", "Cập nhật lúc", "Ngày cập nhật:", "Cập nhật lần cuối:", "Updated:", "Chỉnh sửa:"]


def _page(rng: random.Random, published: datetime, updated: datetime) -> str:
    title = f"Xã {rng.choice(['Tân Lập', 'Hòa Bình', 'Quảng Phú'])} {rng.choice(SENTENCES)[:40].lower()}"
    pub = f"{rng.choice(PUBLISHED_LABELS)} {_stamp(rng, published)}"
    upd = f"{rng.choice(UPDATED_LABELS)} {_stamp(rng, updated)}"
    stamps = [pub, upd]
    rng.shuffle(stamps)
    sep = rng.choice([" | ", " - ", "<br>", "</span> <span>"])
    meta_line = f'<div class="{rng.choice(["post-meta", "info", "date", "thoigian"])}"><span>{sep.join(stamps)}</span></div>'
    paragraphs = "".join(f"<p>{s} {rng.randint(2, 90)} lượt hộ.</p>" for s in rng.sample(SENTENCES, 4))
    where = rng.choice(["above", "below", "body"])
    above = meta_line if where == "above" else ""
    below = meta_line if where == "below" else ""
    body_first = meta_line if where == "body" else ""
    head = ""
    if rng.random() < 0.5:
        ld = {"@type": "NewsArticle", "headline": title}
        pairs = [("datePublished", published.strftime("%Y-%m-%dT%H:%M:00+07:00")),
                 ("dateModified", updated.strftime("%Y-%m-%dT%H:%M:00+07:00"))]
        rng.shuffle(pairs)
        ld.update(pairs)
        head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    if rng.random() < 0.5:
        metas = [f'<meta property="article:modified_time" content="{updated:%Y-%m-%dT%H:%M:00+07:00}">',
                 f'<meta property="article:published_time" content="{published:%Y-%m-%dT%H:%M:00+07:00}">']
        rng.shuffle(metas)
        head += "".join(metas)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<div class='container'><div class='main-content'>{above}<h1>{title}</h1>{below}"
            f"<div class='article-content'>{body_first}{paragraphs}</div></div></div></body></html>")


@pytest.mark.parametrize("seed", range(80))
def test_published_time_wins_over_update_whatever_the_order(seed: int) -> None:
    rng = random.Random(seed)
    published = datetime(2019, 1, 1, 6) + timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))
    published = published.replace(second=0)
    updated = published + timedelta(days=rng.randint(1, 5), minutes=rng.randint(1, 600))
    page = _page(rng, published, updated)
    art = extract(page, f"https://xa{seed}.gov.vn/tin-tuc/bai-{seed}.html")
    assert _minute(art.published_at) == published.strftime("%Y-%m-%dT%H:%M+07:00"), page


@pytest.mark.parametrize("seed", range(20))
def test_structured_published_beats_modified_and_updated_time_element(seed: int) -> None:
    rng = random.Random(1000 + seed)
    published = datetime(2020, 1, 1, 7) + timedelta(minutes=rng.randint(0, 4 * 365 * 24 * 60))
    updated = published + timedelta(days=rng.randint(1, 9))
    times = [f'<time class="updated" datetime="{updated:%Y-%m-%dT%H:%M:00+07:00}">sửa</time>',
             f'<time class="entry-date published" datetime="{published:%Y-%m-%dT%H:%M:00+07:00}">đăng</time>']
    rng.shuffle(times)
    paragraphs = "".join(f"<p>{s}.</p>" for s in SENTENCES)
    page = (f"<html><head><title>Tin hoạt động số {seed}</title></head><body><article><h1>Tin hoạt động số {seed}"
            f" của xã</h1><div class='entry-meta'>{''.join(times)}</div><div class='entry-content'>{paragraphs}"
            "</div></article></body></html>")
    art = extract(page, f"https://xa.gov.vn/?p={seed}")
    assert _minute(art.published_at) == published.strftime("%Y-%m-%dT%H:%M+07:00")


def test_only_an_update_label_is_kept_when_the_page_gives_nothing_else() -> None:
    paragraphs = "".join(f"<p>{s}.</p>" for s in SENTENCES)
    page = ("<html><head><title>Xã tổ chức hội nghị</title></head><body><div class='main-content'>"
            "<h1>Xã tổ chức hội nghị tổng kết năm</h1><div class='detail-content'>"
            f"<span class='ngay'>Ngày cập nhật 11/02/2026</span>{paragraphs}</div></div></body></html>")
    assert extract(page, "https://xa.gov.vn/tin/1").published_at == "2026-02-11"


@pytest.mark.parametrize("seed", range(20))
def test_lone_update_stamp_beats_a_date_opening_the_lead(seed: int) -> None:
    rng = random.Random(3000 + seed)
    stamp = datetime(2018, 1, 1) + timedelta(days=rng.randint(0, 2500))
    event = stamp - timedelta(days=rng.randint(1, 3))
    lead = f"Ngày {event.day}/{event.month}/{event.year}, {rng.choice(SENTENCES).lower()}."
    label = rng.choice(["Ngày cập nhật", "Cập nhật:", "Cập nhật lúc"])
    paragraphs = "".join(f"<p>{p}.</p>" for p in rng.sample(SENTENCES, 3))
    sapo_outside = rng.random() < 0.5
    sapo = f"<div class='sapo'>{lead}</div>"
    page = ("<html><head><title>Tin hoạt động của xã</title></head><body><div class='main-content'>"
            f"<h1>Tin hoạt động của xã số {seed}</h1><span class='h5'>{label} {stamp:%d/%m/%Y}</span>"
            f"{sapo if sapo_outside else ''}<div class='article-content'>{'' if sapo_outside else sapo}{paragraphs}"
            "</div></div></body></html>")
    assert extract(page, f"https://xa.gov.vn/tin/{seed}").published_at == stamp.strftime("%Y-%m-%d")


@pytest.mark.parametrize("seed", range(15))
def test_json_ld_published_beats_a_visible_update_stamp(seed: int) -> None:
    rng = random.Random(4000 + seed)
    published = datetime(2021, 1, 1, 6) + timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
    updated = published + timedelta(days=rng.randint(1, 4), minutes=rng.randint(5, 500))
    ld = json.dumps({"@type": "NewsArticle", "headline": "Tin xã", "dateModified": f"{updated:%Y-%m-%dT%H:%M:00+07:00}",
                     "datePublished": f"{published:%Y-%m-%dT%H:%M:00+07:00}"})
    paragraphs = "".join(f"<p>{p}.</p>" for p in rng.sample(SENTENCES, 3))
    page = (f"<html><head><title>Tin xã số {seed}</title><script type='application/ld+json'>{ld}</script></head>"
            f"<body><div class='main-content'><h1>Tin xã số {seed} tổ chức hội nghị</h1><div class='meta'>"
            f"<span class='meta__updated'>Cập nhật: {updated:%H:%M | %d/%m/%Y}</span></div>"
            f"<div class='article-content'>{paragraphs}</div></div></body></html>")
    assert _minute(extract(page, f"https://xa.gov.vn/tin/{seed}").published_at) == published.strftime("%Y-%m-%dT%H:%M+07:00")


def test_cms_wordy_dates_with_month_names_in_vietnamese() -> None:
    from crawler.extraction import dates
    assert dates.find_in_text("Chủ Nhật, 26 Tháng 2 2023 16:45").iso() == "2023-02-26T16:45+07:00"
    assert dates.find_in_text("ngày 5 tháng 3 năm 2024").iso() == "2024-03-05"
    assert dates.find_updated("Sửa lần cuối vào Thứ Năm, 02 Tháng 3 2023 16:26").iso() == "2023-03-02T16:26+07:00"
