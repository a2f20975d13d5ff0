"""The officials extractor on sentences generated at random from names, posts and places.

Names, places and posts are drawn here (not from the extractor's lexicon) and
put into the mention shapes local news uses; the expected mentions are what
was put in.
"""
from __future__ import annotations

import json
import random

import pytest

from crawler.officials import extract_officials
from tests.conftest import cli

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lò", "Hà", "Nông", "Triệu"]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Hồng", "Kim", "Xuân"]
GIVENS = ["Biện", "Luân", "Mai", "Hùng", "Lan", "Phương", "Tâm", "Dũng", "Hạnh", "Thắng", "Yến", "Khải"]
PLACES = ["Na Rì", "Hàm Yên", "Thiệu Hóa", "Đô Lương", "Vĩnh Hảo", "Tràng Định", "Bạch Thông", "Cẩm Mỹ"]
# (printed post, needs a place after it?)
POSTS = [
    "Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch HĐND xã",
    "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện", "Bí thư Đảng ủy xã", "Chủ tịch Hội Nông dân xã",
    "Chủ tịch Hội LHPN huyện", "Trưởng Công an xã", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "TUV", "UVBTV Huyện ủy",
    "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Bí thư Đoàn Thanh niên xã", "Giám đốc Sở Tài nguyên và Môi trường",
]
CITIZEN_ROLES = ["một hộ nuôi bò sinh sản", "người dân thôn 3", "chủ trang trại ở xóm 5", "Giám đốc HTX Thành Công",
                 "Giám đốc Công ty TNHH Minh Phát", "hội viên Hội Nông dân xã", "cựu chiến binh ở thôn Đồng Tâm"]
VERBS_AFTER = ["chủ trì hội nghị", "phát biểu chỉ đạo", "cho biết", "dự và chỉ đạo", "kết luận buổi làm việc"]


def random_name(rng: random.Random) -> str:
    middle = rng.sample(MIDDLES, rng.choice([1, 1, 2]))
    return " ".join([rng.choice(SURNAMES), *middle, rng.choice(GIVENS)])


def random_chain(rng: random.Random) -> list[str]:
    posts = rng.sample(POSTS, rng.choice([1, 2, 3]))
    if rng.random() < 0.3 and posts[-1].endswith(("huyện", "xã", "tỉnh")):
        posts[-1] += " " + rng.choice(PLACES)
    return posts


def mention(rng: random.Random, name: str, posts: list[str]) -> str:
    """One of the shapes: dash or comma, a verb, post first, a list."""
    shape = rng.choice(["comma", "dash", "paren", "verb", "post_first"])
    honorific = rng.choice(["đồng chí", "ông", "bà", "Thượng tá"])
    if shape == "comma":
        return f"{honorific} {name}, {', '.join(posts)} {rng.choice(VERBS_AFTER)}"
    if shape == "dash":
        return f"{honorific} {name} – {' - '.join(posts)} {rng.choice(VERBS_AFTER)}"
    if shape == "paren":
        return f"{honorific} {name} ({', '.join(posts)}) {rng.choice(VERBS_AFTER)}"
    if shape == "verb":
        verb = rng.choice(["giữ chức", "được bầu giữ chức", "tái đắc cử", "được bổ nhiệm giữ chức"])
        return f"{honorific} {name} {verb} {' kiêm '.join(posts)}"
    return f"{', '.join(posts)} {name} {rng.choice(VERBS_AFTER)}"


def article(rng: random.Random) -> tuple[str, dict[str, list[str]], list[str]]:
    officials: dict[str, list[str]] = {}
    citizens: list[str] = []
    sentences = []
    while len(officials) < rng.randint(1, 4):
        name, posts = random_name(rng), random_chain(rng)
        if name in officials:
            continue
        officials[name] = posts
        sentences.append(f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}, {mention(rng, name, posts)}.")
    for _ in range(rng.randint(0, 2)):
        name = random_name(rng)
        if name not in officials:
            citizens.append(name)
            sentences.append(f"Ông {name}, {rng.choice(CITIZEN_ROLES)}, cho biết: “Gia đình tôi rất phấn khởi”.")
    rng.shuffle(sentences)
    return "\n".join(sentences), officials, citizens


@pytest.mark.parametrize("seed", range(40))
def test_random_articles_give_their_officials_and_no_citizen(seed):
    text, officials, citizens = article(random.Random(seed))
    found = {o.name: o.to_contract()["posts"] for o in extract_officials(text)}
    assert found == officials, text
    assert not set(citizens) & set(found), text


def test_issue_examples():
    found = extract_officials(
        "Đồng chí Nguyễn Thị Liên – TUV, Bí thư Huyện ủy chủ trì buổi làm việc.\n"
        "Dự có đồng chí Đỗ Ngọc Luân, UV Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch UBMTTQ huyện.\n"
        "Bà Lò Thị Mai giữ chức Phó Chủ tịch HĐND xã.\n"
        "Ông Nguyễn Văn Tám, một hộ nuôi bò sinh sản, cho biết đàn bò phát triển tốt."
    )
    assert [o.to_contract() for o in found] == [
        {"name": "Nguyễn Thị Liên", "posts": ["TUV", "Bí thư Huyện ủy"], "organisation": "Huyện ủy", "place": None},
        {"name": "Đỗ Ngọc Luân", "posts": ["UV Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch UBMTTQ huyện"],
         "organisation": "Ban Dân vận Huyện ủy", "place": None},
        {"name": "Lò Thị Mai", "posts": ["Phó Chủ tịch HĐND xã"], "organisation": "HĐND xã", "place": None},
    ]
    assert found[0].posts[0].canonical == "Tỉnh ủy viên"


def test_former_place_and_abbreviations():
    (official,) = extract_officials("Ông Hà Văn Bằng, nguyên Bí thư HU Na Rì, dự buổi gặp mặt.")
    post = official.posts[0]
    assert (post.text, post.former, post.canonical, official.place) == (
        "nguyên Bí thư HU Na Rì", True, "Bí thư Huyện ủy", "huyện Na Rì")


def test_post_printed_twice_is_one_post():
    (official,) = extract_officials(
        "Đồng chí Trần Quốc Thành, Chủ tịch UBND huyện chủ trì.\n"
        "Kết luận, Chủ tịch Ủy ban nhân dân huyện Đô Lương Trần Quốc Thành đề nghị các xã khẩn trương."
    )
    assert official.to_contract()["posts"] == ["Chủ tịch UBND huyện"]


def test_not_officials():
    text = "\n".join([
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Chủ tịch Hồ Chí Minh.",
        "Đồng chí Bí thư Huyện ủy kết luận hội nghị.",  # a post without a name
        "Trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Hòa, đảng viên Chi bộ thôn 2.",
        "Bài và ảnh: Minh Anh",
        "Tin liên quan",
        "Đồng chí Phạm Văn Sơn, Chủ tịch UBND xã thăm các gia đình chính sách",
    ])
    assert extract_officials(text) == []


def test_footer_and_related_headlines_are_not_the_article():
    text = ("Đồng chí Vũ Minh Tâm, Phó Chủ tịch HĐND huyện dự.\n"
            "• Chủ tịch UBND xã Lê Thanh Hải kiểm tra tiến độ xây dựng nông thôn mới\n"
            "Cơ quan chủ quản: UBND huyện Hàm Yên\n"
            "Chịu trách nhiệm chính: Ông Thái Ngọc Nam - Chánh Văn phòng HĐND và UBND huyện")
    assert [o.name for o in extract_officials(text)] == ["Vũ Minh Tâm"]


def test_cli_extract_prints_officials(tmp_path):
    page = tmp_path / "a.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in [
        "Ngày 15/3/2022, đồng chí Trần Quốc Thành, Chủ tịch UBND huyện Đô Lương chủ trì buổi tiếp công dân định kỳ "
        "tại Trụ sở tiếp công dân huyện, cùng đại diện các phòng, ban chuyên môn.",
        "Tại buổi tiếp, ông Nguyễn Văn Tám, một hộ dân xã Yên Sơn, kiến nghị về việc cấp giấy chứng nhận quyền sử "
        "dụng đất cho gia đình; các phòng chuyên môn đã trả lời, hướng dẫn cụ thể.",
        "Kết luận buổi tiếp, đồng chí Chủ tịch UBND huyện yêu cầu các xã giải quyết dứt điểm các vụ việc ngay từ cơ sở, "
        "không để phát sinh khiếu kiện đông người, vượt cấp.",
    ])
    page.write_text(
        "<html><head><title>Chủ tịch UBND huyện tiếp công dân định kỳ</title></head><body><article>"
        f"<h1>Chủ tịch UBND huyện tiếp công dân định kỳ</h1><p>Ngày đăng: 15/03/2022</p>{paragraphs}"
        "</article></body></html>", encoding="utf-8")
    result = cli("extract", str(page), "--url", "https://doluong.nghean.gov.vn/tin/tiep-cong-dan.html")
    record = json.loads(result.stdout)
    assert record["officials"] == [{"name": "Trần Quốc Thành", "posts": ["Chủ tịch UBND huyện Đô Lương"],
                                    "organisation": "UBND huyện", "place": "huyện Đô Lương"}]


@pytest.mark.parametrize("text, expected", [
    # post between the honorific and the name
    ("Dự có đồng chí Phó Chủ tịch UBND huyện Lê Thị Hoa.", {"Lê Thị Hoa": ["Phó Chủ tịch UBND huyện"]}),
    # printed variants of bodies and titles
    ("Ông Lê Văn Tư, PCT UB huyện, Bí thư ĐU xã Yên Sơn cho biết.",
     {"Lê Văn Tư": ["PCT UB huyện", "Bí thư ĐU xã Yên Sơn"]}),
    ("Bà Vũ Thị Hà, Chủ tịch Hội ND xã, Chủ tịch Hội Phụ nữ huyện dự.",
     {"Vũ Thị Hà": ["Chủ tịch Hội ND xã", "Chủ tịch Hội Phụ nữ huyện"]}),
    ("Đồng chí Trần Văn Sơn, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy chủ trì.",
     {"Trần Văn Sơn": ["Ủy viên BCH Đảng bộ tỉnh", "Bí thư Huyện ủy"]}),
    ("Ông Phạm Văn Hải, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh phát biểu.",
     {"Phạm Văn Hải": ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh"]}),
    ("Ông Trần Văn Bình, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết.",
     {"Trần Văn Bình": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]}),
    # a verb after the chain, and the comma closing a chain
    ("Quyết định điều động đồng chí Hà Văn Lâm, Chủ tịch UBND huyện giữ chức Giám đốc Sở Nội vụ.",
     {"Hà Văn Lâm": ["Chủ tịch UBND huyện", "Giám đốc Sở Nội vụ"]}),
    ("Đồng chí Đặng Thị Yến, Trưởng Công an xã, báo cáo.", {"Đặng Thị Yến": ["Trưởng Công an xã"]}),
    ("Ban Chấp hành đã bầu đồng chí Mùa A Chu làm Chủ tịch Hội Nông dân huyện.",
     {"Mùa A Chu": ["Chủ tịch Hội Nông dân huyện"]}),
    # citizens, pupils, award lists, history
    ("Anh Nguyễn Văn Nam, đoàn viên Chi đoàn thôn 2, chia sẻ.", {}),
    ("Ông Đỗ Văn Hùng, Chủ tịch HĐQT Công ty cổ phần Minh Long cho biết.", {}),
    ("Trao giấy khen cho các ông: Nguyễn Văn Tý, Lê Văn Sửu, Trần Văn Dần.", {}),
    ("Em Nguyễn Thị Lan, học sinh lớp 9A Trường THCS Yên Sơn, đạt giải Nhất.", {}),
    ("Kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng.", {}),
    ("Học tập tấm gương Đại tướng Võ Nguyên Giáp.", {}),
    # a tag removed without a space
    ("Đồng chíPhạm Thị Thương - UVBTV Huyện ủy phát biểu.", {"Phạm Thị Thương": ["UVBTV Huyện ủy"]}),
])
def test_mention_styles(text, expected):
    assert {o.name: o.to_contract()["posts"] for o in extract_officials(text)} == expected
