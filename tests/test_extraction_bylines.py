"""A byline is a signature, not a name in a sentence: generated pages quote people (residents,
officials) in their first and last paragraphs, with and without a real signature."""
from __future__ import annotations

import random

import pytest

from crawler.extraction import extract

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
MIDDLES = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Đức", "Ngọc"]
GIVEN = ["Bình", "Lan", "Hòa", "Tuấn", "Hương", "Nam", "Mai", "Dũng"]
HONORIFICS = ["Ông", "Bà", "Anh", "Chị", "Đồng chí", "Cụ"]
ROLES = ["Trưởng thôn Đông", "Chủ tịch UBND xã", "người dân thôn 3", "Bí thư Chi bộ thôn Hạ", "hộ nông dân ở xóm Mới"]
VERBS = ["cho biết", "chia sẻ", "phát biểu", "khẳng định", "nhấn mạnh"]
FILLER = [
    "Năm nay toàn xã gieo cấy hơn 400 ha lúa, năng suất bình quân đạt 62 tạ mỗi héc-ta",
    "Các thôn đã tổ chức ra quân làm đường giao thông nông thôn với sự tham gia của đông đảo người dân",
    "Xã tiếp tục hỗ trợ các hộ nghèo vay vốn phát triển sản xuất, chăn nuôi gia súc, gia cầm",
    "Công tác vệ sinh môi trường, thu gom rác thải tại các khu dân cư được duy trì thường xuyên",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def _quote(rng: random.Random) -> str:
    """A paragraph in which a person speaks, in one of the shapes portals print."""
    who = f"{rng.choice(HONORIFICS)} {_name(rng)}"
    role = rng.choice(ROLES)
    shapes = [
        f"{who}, {role} {rng.choice(VERBS)}: “{rng.choice(FILLER)}”.",
        f"“{rng.choice(FILLER)}”, {who.lower() if rng.random() < 0.3 else who} {rng.choice(VERBS)}.",
        f"{who} {rng.choice(VERBS)} {rng.choice(FILLER).lower()}.",
        f"{who}, {role}",                      # the speaker's caption line under a quote
        f"({who}, {role})",
        who,                                   # a name alone: the interviewee's caption
    ]
    return rng.choice(shapes)


def _page(paragraphs: list[str], title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='main-content'>"
            f"<h1>{title}</h1><div class='date'>Ngày đăng: 12/03/2024 08:30</div>"
            f"<div class='article-content'>{body}</div></div></body></html>")


@pytest.mark.parametrize("seed", range(60))
def test_quoted_speaker_in_first_or_last_paragraph_is_not_the_author(seed: int) -> None:
    rng = random.Random(seed)
    paragraphs = [f"{s}." for s in rng.sample(FILLER, 3)]
    where = rng.choice(["first", "last", "both"])
    if where in ("first", "both"):
        paragraphs.insert(0, _quote(rng))
    if where in ("last", "both"):
        paragraphs.append(_quote(rng))
    art = extract(_page(paragraphs, f"Xã Tân Lập ra quân đầu năm số {seed}"), f"https://xa.gov.vn/tin/{seed}")
    assert art.author is None, paragraphs


SIGNATURES = [("{n}", "{n}"), ("Tác giả: {n}", "{n}"), ("Bài và ảnh: {n}", "{n}"), ("Tin, ảnh: {n}", "{n}"),
              ("PV", "PV"), ("{n} - Trung tâm VHTT&TT", "{n}")]


@pytest.mark.parametrize("seed", range(40))
def test_signature_found_after_a_quoted_last_paragraph(seed: int) -> None:
    rng = random.Random(500 + seed)
    writer = rng.choice([f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}", _name(rng), f"Anh {rng.choice(GIVEN)}"])
    line, expected = rng.choice(SIGNATURES)
    paragraphs = [f"{s}." for s in rng.sample(FILLER, 3)] + [_quote(rng), line.format(n=writer)]
    art = extract(_page(paragraphs, f"Hội nghị tổng kết năm của xã số {seed}"), f"https://xa.gov.vn/tin/{seed}")
    assert art.author == expected.format(n=writer), paragraphs
    assert line.format(n=writer) not in art.text.split("\n")


@pytest.mark.parametrize("seed", range(20))
def test_bare_name_over_the_lead_is_the_author(seed: int) -> None:
    rng = random.Random(900 + seed)
    writer = rng.choice([f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}", _name(rng)])
    paragraphs = [writer] + [f"{s}." for s in rng.sample(FILLER, 3)] + [_quote(rng)]
    art = extract(_page(paragraphs, f"Xã ra quân làm đường giao thông số {seed}"), f"https://xa.gov.vn/tin/{seed}")
    assert art.author == writer, paragraphs
    assert writer not in art.text.split("\n")
