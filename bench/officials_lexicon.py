"""Data for bench/make_officials_set.py: names, places, posts and the ways a post is printed.

Kept apart from the generator so the generator reads as a sequence of steps. Written for the
labelled officials set only (issue 12); the extractor must not import it: the set is meant to
be built by someone who did not write the extractor, and its lexicon is the labeller's, not
the extractor's.
"""
from __future__ import annotations

# --------------------------------------------------------------------------------- names
# Family names with rough weights (Nguyễn is about a third of the population).
FAMILY = [("Nguyễn", 30), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 3),
          ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2),
          ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 2), ("Mai", 1), ("Trịnh", 2), ("Lương", 1),
          ("Tạ", 1), ("Cao", 1), ("Lưu", 1), ("Quách", 1), ("Hà", 2), ("Nông", 1), ("Triệu", 1),
          ("Đào", 1), ("Chu", 1), ("Kiều", 1), ("Lại", 1), ("Tô", 1), ("Khúc", 1), ("Thái", 1)]
# Northern mountain provinces: Tày, Nùng, Thái, Mông family names appear beside the Kinh ones.
FAMILY_MOUNTAIN = [("Lò", 3), ("Lường", 2), ("Vi", 2), ("Nông", 3), ("Hoàng", 3), ("Ma", 1),
                   ("Hà", 2), ("Lục", 1), ("Giàng", 2), ("Sùng", 1), ("Vàng", 1), ("Mùa", 1),
                   ("Cầm", 1), ("Quàng", 1), ("Bế", 1), ("Lăng", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Ngọc", "Thanh", "Công",
            "Đình", "Tiến", "Mạnh", "Bá", "Duy", "Thế", "Trọng", "Hồng", "Viết", "Khắc", "Anh",
            "Trung", "Sỹ", "Quốc", "Kim"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Hồng", "Ngọc", "Thu", "Thanh",
            "Hồng", "Kim", "Thùy", "Mỹ", "Thị Kim", "Thị Minh", "Phương", "Bích"]
MIDDLE_HMONG_M = ["A", "Seo", "Chứ", "Văn"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Thắng", "Cường", "Hưng", "Sơn",
           "Bình", "Quân", "Khánh", "Toàn", "Trung", "Hiếu", "Thành", "Phong", "Lâm", "Tâm",
           "Tám", "Thiên", "Hội", "Luân", "Biện", "Khanh", "Quyền", "Nghĩa", "Kiên", "Đông",
           "Lộc", "Phúc", "Thịnh", "Vinh", "Đạt", "Hòa", "Chiến", "Tùng", "Quý", "Tuyên",
           "Huấn", "Thuận", "Định", "Bảo", "Hoàn", "Sáng", "Khải", "Nhật", "Tài", "Lực",
           "Hiệp", "Quyết", "Doanh", "Điệp", "Thanh", "Ninh", "Kỳ", "Tường", "Việt", "Đoàn"]
GIVEN_F = ["Liên", "Mai", "Lan", "Hương", "Hoa", "Hằng", "Thương", "Hạnh", "Nga", "Yến",
           "Loan", "Nhung", "Thủy", "Trang", "Oanh", "Huyền", "Ngân", "Phượng", "Dung", "Tuyết",
           "Vân", "Hà", "Hiền", "Thảo", "Lý", "Quyên", "Duyên", "Xuân", "Tâm", "Chinh",
           "Hường", "Nhàn", "Sen", "Thơm", "Lệ", "Bích", "Gấm", "Vui", "Thắm", "Đào"]
GIVEN_HMONG = ["Chu", "Dình", "Pó", "Sử", "Páo", "Sình", "Lử", "Chừ", "Pao", "Tủa"]

# Pen names for bylines: two syllables, no family name.
PEN_NAMES = ["Minh Anh", "Trọng Nghĩa", "Hữu Thịnh", "Thu Hà", "Văn Long", "Ánh Nguyệt",
             "Sỹ Bắc", "Thanh Mai", "Ngọc Hân", "Minh Khoa", "Hoài Thu", "Quang Vinh", "Lê Hà",
             "Bảo Ngọc", "Hồng Nhung", "Đức Anh", "Phương Thảo", "Mạnh Cường", "Kim Dung",
             "Hải Yến", "Tuấn Minh", "Khánh Linh", "Thùy Dương", "Lan Hương"]
BYLINE_ORGS = ["Trung tâm VHTT&TT", "Đài TT-TH huyện", "Trung tâm Văn hóa, Thông tin và Thể thao",
               "Ban Tuyên giáo Huyện ủy", "Văn phòng HĐND và UBND", "Đài Truyền thanh xã"]

# ------------------------------------------------------------------------------- places
# province -> {region, districts: {name: (type, [communes])}, new_communes: [...]}. Commune
# names with a "phường " / "thị trấn " prefix are wards / towns, the rest are xã.
# new_communes are communes created by the July 2025 reform (portals live after 2025-07-01).
GEO: dict[str, dict] = {
    "Thanh Hóa": dict(region="north_central", districts={
        "Thiệu Hóa": ("huyện", ["Thiệu Vận", "Thiệu Giao", "Thiệu Trung", "Thiệu Long", "thị trấn Thiệu Hóa"]),
        "Bá Thước": ("huyện", ["Ái Thượng", "Lũng Niêm", "Thiết Ống", "Điền Trung"])},
        new_communes=["Trung Lý", "Thiệu Hóa"]),
    "Nghệ An": dict(region="north_central", districts={
        "Đô Lương": ("huyện", ["Lạc Sơn", "Thuận Sơn", "Đà Sơn", "Yên Sơn"]),
        "Thanh Chương": ("huyện", ["Thanh Liên", "Thanh Hưng", "Thanh Tiên"])},
        new_communes=["Đô Lương"]),
    "Bắc Kạn": dict(region="mountain", districts={
        "Bạch Thông": ("huyện", ["Quang Thuận", "Cẩm Giàng", "Vi Hương", "Dương Phong"]),
        "Na Rì": ("huyện", ["Kim Lư", "Côn Minh", "Lương Thượng", "Văn Lang"])},
        new_communes=[]),
    "Tuyên Quang": dict(region="mountain", districts={
        "Hàm Yên": ("huyện", ["Yên Thuận", "Bạch Xa", "Minh Dân", "Phù Lưu"]),
        "Sơn Dương": ("huyện", ["Tân Trào", "Hợp Thành", "Kháng Nhật"])},
        new_communes=["Sơn Dương"]),
    "Hà Tĩnh": dict(region="north_central", districts={
        "Cẩm Xuyên": ("huyện", ["Cẩm Thịnh", "Cẩm Hưng", "Cẩm Quan", "Cẩm Duệ"])},
        new_communes=[]),
    "An Giang": dict(region="south", districts={
        "Tịnh Biên": ("thị xã", ["Văn Giáo", "An Cư", "Tân Lợi", "phường Nhà Bàng"]),
        "Long Xuyên": ("thành phố", ["Mỹ Hòa Hưng", "phường Mỹ Bình", "phường Mỹ Long"])},
        new_communes=[]),
    "Bình Định": dict(region="central", districts={
        "Vĩnh Thạnh": ("huyện", ["Vĩnh Hảo", "Vĩnh Quang", "Vĩnh Thịnh", "Vĩnh Hiệp"])},
        new_communes=[]),
    "Lạng Sơn": dict(region="mountain", districts={
        "Tràng Định": ("huyện", ["Tri Phương", "Quốc Khánh", "Đại Đồng", "Hùng Sơn"])},
        new_communes=["Tràng Định"]),
    "Phú Thọ": dict(region="north", districts={
        "Tam Nông": ("huyện", ["Hiền Quan", "Vạn Xuân", "Dậu Dương", "Hương Nộn"])},
        new_communes=["Tam Nông"]),
    "Ninh Thuận": dict(region="central", districts={
        "Ninh Phước": ("huyện", ["Phước Hậu", "Phước Thái", "Phước Sơn", "An Hải"])},
        new_communes=[]),
    "Đồng Nai": dict(region="south", districts={
        "Cẩm Mỹ": ("huyện", ["Xuân Đông", "Xuân Tây", "Sông Ray"])},
        new_communes=["Xuân Đông"]),
    # Provinces whose articles go only to the held-out half.
    "Điện Biên": dict(region="mountain", districts={
        "Điện Biên Đông": ("huyện", ["Keo Lôm", "Na Son", "Pu Nhi", "Luân Giới", "Phình Giàng"])},
        new_communes=[], heldout_only=True),
    "Khánh Hòa": dict(region="central", districts={
        "Vạn Ninh": ("huyện", ["Vạn Thắng", "Vạn Phước", "Vạn Long", "Vạn Hưng"])},
        new_communes=[], heldout_only=True),
    "Quảng Ninh": dict(region="north", districts={
        "Hạ Long": ("thành phố", ["phường Hồng Gai", "phường Bạch Đằng", "phường Cao Xanh"])},
        new_communes=[], heldout_only=True),
}

VILLAGES = {
    "mountain": ["bản Nà Pục", "thôn Khuổi Hát", "bản Pác Nặm", "thôn Nà Làng", "bản Co Sản",
                 "thôn Phiêng Luông", "bản Huổi Sáy", "thôn Bản Chang", "thôn Nặm Đăm", "bản Tà Pao"],
    "north": ["thôn Đông", "khu 3", "thôn Trung Hòa", "khu 7", "thôn Đồng Xuân", "khu Tân Lập"],
    "north_central": ["thôn Yên Lộc", "xóm 5", "thôn Trung Thành", "thôn Nam Sơn", "xóm Đông Hải",
                      "thôn Tiến Thắng", "xóm 3", "thôn Phú Lợi"],
    "central": ["thôn Định Bình", "thôn Hiệp Hòa", "thôn Tân Phú", "thôn M2", "thôn Vĩnh Trường",
                "thôn An Thạnh"],
    "south": ["ấp Tân Thành", "ấp Hòa Long", "ấp Phú Hữu", "khóm Bình Đức", "ấp Tà Lọt", "ấp Suối Lức"],
}

# --------------------------------------------------------------------------------- posts
# A post is (role, body). Bodies are keys of BODY; the level word ("huyện", "xã", ...) and the
# unit's name come from the unit the post belongs to. "PC" is the party committee of the unit:
# Tỉnh ủy / Huyện ủy / Thị ủy / Thành ủy / Đảng ủy xã (phường, thị trấn).
#
# Gold organisation is the canonical short form below, with the level word:
#   "Huyện ủy", "Thị ủy", "Thành ủy", "Tỉnh ủy", "Đảng ủy xã", "UBND huyện", "HĐND xã",
#   "UBMTTQ huyện", "Hội Nông dân xã", "Hội LHPN huyện", "Huyện đoàn", "Tỉnh đoàn", "Đoàn xã",
#   "Hội CCB huyện", "LĐLĐ huyện", "Công an huyện", "Ban CHQS huyện", "Sở NN&PTNT",
#   "Sở VHTTDL", "Phòng NN&PTNT huyện", "Văn phòng HĐND và UBND huyện", "Chi bộ thôn", "thôn",
#   "Trung ương Đảng".

# role key -> (canonical role, printed variants shared by both halves, variants only in held-out)
ROLE = {
    "BT": ("Bí thư", ["Bí thư"], []),
    "PBT": ("Phó Bí thư", ["Phó Bí thư"], []),
    "PBTTT": ("Phó Bí thư Thường trực", ["Phó Bí thư Thường trực", "Phó Bí thư TT"], []),
    "CT": ("Chủ tịch", ["Chủ tịch"], []),
    "PCT": ("Phó Chủ tịch", ["Phó Chủ tịch"], ["PCT"]),
    "PCTTT": ("Phó Chủ tịch Thường trực", ["Phó Chủ tịch Thường trực", "Phó Chủ tịch TT"], []),
    "UVBTV": ("Ủy viên Ban Thường vụ", ["UVBTV", "Ủy viên Ban Thường vụ", "UV Ban Thường vụ"],
              ["Ủy viên BTV", "UV BTV"]),
    "TUV": ("Tỉnh ủy viên", ["TUV", "Tỉnh ủy viên"], ["Ủy viên BCH Đảng bộ tỉnh"]),
    "HUV": ("Huyện ủy viên", ["Huyện ủy viên", "HUV"], []),
    "DUV": ("Đảng ủy viên", ["Đảng ủy viên"], ["Ủy viên BCH Đảng bộ xã"]),
    "UVTW": ("Ủy viên Trung ương Đảng", ["Ủy viên Trung ương Đảng", "Ủy viên BCH Trung ương Đảng"], []),
    "TBDV": ("Trưởng Ban Dân vận", ["Trưởng Ban Dân vận", "Trưởng ban Dân vận"], []),
    "TBTC": ("Trưởng Ban Tổ chức", ["Trưởng Ban Tổ chức"], []),
    "TBTG": ("Trưởng Ban Tuyên giáo", ["Trưởng Ban Tuyên giáo"], []),
    "CNUBKT": ("Chủ nhiệm Ủy ban Kiểm tra", ["Chủ nhiệm Ủy ban Kiểm tra", "Chủ nhiệm UBKT"], []),
    "TRUONG": ("Trưởng", ["Trưởng"], []),
    "PTRUONG": ("Phó Trưởng", ["Phó Trưởng"], []),
    "GD": ("Giám đốc", ["Giám đốc"], []),
    "CHT": ("Chỉ huy trưởng", ["Chỉ huy trưởng"], []),
    "TP": ("Trưởng phòng", ["Trưởng phòng"], []),
    "CVP": ("Chánh Văn phòng", ["Chánh Văn phòng"], []),
    "TTHON": ("Trưởng thôn", ["Trưởng thôn"], []),
}
# Membership roles: printed before the unit's main post; their body may be left out when the
# next post of the chain is in the same party committee ("UVBTV, Trưởng Ban Dân vận Huyện ủy").
MEMBERSHIP = {"UVBTV", "TUV", "HUV", "DUV", "UVTW"}
# Roles whose printed form already names the body: "TUV", "Tỉnh ủy viên", "Huyện ủy viên".
SELF_BODIED = {"TUV", "HUV", "DUV", "UVTW"}


def level_word(unit_type: str) -> str:
    return unit_type


# body key -> function(level word, unit type) giving (canonical organisation,
# printed variants shared, printed variants held-out only). "{L}" is the level word.
BODY = {
    "PC": None,  # party committee, see party_committee()
    "UBND": ("UBND {L}", ["UBND {L}", "Ủy ban nhân dân {L}"], ["UB {L}"]),
    "HDND": ("HĐND {L}", ["HĐND {L}", "Hội đồng nhân dân {L}"], []),
    "MTTQ": ("UBMTTQ {L}", ["UBMTTQ Việt Nam {L}", "Ủy ban MTTQ Việt Nam {L}", "UBMTTQ {L}", "MTTQ {L}"],
             ["Ủy ban Mặt trận Tổ quốc Việt Nam {L}", "Mặt trận Tổ quốc {L}"]),
    "HND": ("Hội Nông dân {L}", ["Hội Nông dân {L}"], ["Hội ND {L}"]),
    "LHPN": ("Hội LHPN {L}", ["Hội LHPN {L}", "Hội Liên hiệp Phụ nữ {L}"], ["Hội Phụ nữ {L}"]),
    "CCB": ("Hội CCB {L}", ["Hội Cựu chiến binh {L}", "Hội CCB {L}"], []),
    "LDLD": ("LĐLĐ {L}", ["LĐLĐ {L}", "Liên đoàn Lao động {L}"], []),
    "CA": ("Công an {L}", ["Công an {L}"], []),
    "QS": ("Ban CHQS {L}", ["Ban CHQS {L}", "Ban Chỉ huy Quân sự {L}"], []),
    "SNN": ("Sở NN&PTNT", ["Sở NN&PTNT", "Sở Nông nghiệp và PTNT"], ["Sở Nông nghiệp và Phát triển nông thôn"]),
    "SVH": ("Sở VHTTDL", ["Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"], []),
    "PNN": ("Phòng NN&PTNT {L}", ["Phòng NN&PTNT {L}", "Phòng Nông nghiệp và PTNT {L}"], []),
    "VP": ("Văn phòng HĐND và UBND {L}", ["Văn phòng HĐND và UBND {L}", "Văn phòng HĐND - UBND {L}"], []),
    "DOAN": None,  # youth union, see youth_union()
    "CHIBO": ("Chi bộ thôn", ["Chi bộ"], []),
    "THON": ("thôn", [""], []),
    "TW": ("Trung ương Đảng", [""], []),
}

PARTY = {"tỉnh": "Tỉnh ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}
YOUTH = {"tỉnh": "Tỉnh đoàn", "huyện": "Huyện đoàn", "thị xã": "Thị đoàn", "thành phố": "Thành đoàn"}


def party_committee(unit_type: str) -> tuple[str, list[str], list[str]]:
    if unit_type in PARTY:
        name = PARTY[unit_type]
        shared = [name] + (["HU"] if name == "Huyện ủy" else [])
        return name, shared, []
    name = f"Đảng ủy {unit_type}"
    return name, [name, "Đảng ủy", "ĐU"], []


def youth_union(unit_type: str) -> tuple[str, list[str], list[str]]:
    if unit_type in YOUTH:
        return YOUTH[unit_type], [YOUTH[unit_type]], []
    return f"Đoàn {unit_type}", [f"Đoàn {unit_type}", f"Đoàn Thanh niên {unit_type}"], [f"Đoàn TN {unit_type}"]


# Slots: the standing posts of a unit, each a chain of (role, body). "UNIT" bodies belong to the
# unit; ("TUV", "TW"/"tinh") posts belong to the province. The first chain is the usual one;
# promotion feeders say who usually moves up when the slot is vacated.
SLOTS = {
    "tỉnh": [
        ("BT", [("UVTW", "TW"), ("BT", "PC")], None),
        ("PBTTT", [("PBTTT", "PC"), ("CT", "HDND")], "TBTC"),
        ("CTUB", [("PBT", "PC"), ("CT", "UBND")], "PCTTT"),
        ("PCTTT", [("UVBTV", "PC"), ("PCTTT", "UBND")], "PCTUB"),
        ("PCTUB", [("TUV", "PC"), ("PCT", "UBND")], None),
        ("TBTC", [("UVBTV", "PC"), ("TBTC", "PC")], None),
        ("DV", [("UVBTV", "PC"), ("TBDV", "PC"), ("CT", "MTTQ")], None),
        ("TG", [("UVBTV", "PC"), ("TBTG", "PC")], None),
        ("SNN", [("GD", "SNN")], None),
        ("SVH", [("GD", "SVH")], None),
        ("CA", [("UVBTV", "PC"), ("GD", "CA")], None),
        ("HND", [("CT", "HND")], None),
        ("LHPN", [("CT", "LHPN")], None),
        ("DOAN", [("BT", "DOAN")], None),
        ("CCB", [("CT", "CCB")], None),
    ],
    "district": [
        ("BT", [("TUV", "TINH"), ("BT", "PC"), ("CT", "HDND")], "PBTTT"),
        ("PBTTT", [("PBTTT", "PC")], "TBTC"),
        ("CTUB", [("PBT", "PC"), ("CT", "UBND")], "PCTUB1"),
        ("PCTUB1", [("UVBTV", "PC"), ("PCT", "UBND")], "PCTUB2"),
        ("PCTUB2", [("HUV", "PC"), ("PCT", "UBND")], "TP"),
        ("PCTHD", [("UVBTV", "PC"), ("PCT", "HDND")], None),
        ("DV", [("UVBTV", "PC"), ("TBDV", "PC"), ("CT", "MTTQ")], None),
        ("TBTC", [("UVBTV", "PC"), ("TBTC", "PC")], None),
        ("UBKT", [("UVBTV", "PC"), ("CNUBKT", "PC")], None),
        ("TG", [("UVBTV", "PC"), ("TBTG", "PC")], None),
        ("CA", [("UVBTV", "PC"), ("TRUONG", "CA")], None),
        ("QS", [("UVBTV", "PC"), ("CHT", "QS")], None),
        ("HND", [("CT", "HND")], None),
        ("LHPN", [("CT", "LHPN")], None),
        ("DOAN", [("BT", "DOAN")], None),
        ("CCB", [("CT", "CCB")], None),
        ("LDLD", [("CT", "LDLD")], None),
        ("TP", [("TP", "PNN")], None),
        ("CVP", [("CVP", "VP")], None),
    ],
    "commune": [
        ("BT", [("BT", "PC"), ("CT", "HDND")], "PBTTT"),
        ("PBTTT", [("PBTTT", "PC")], None),
        ("CTUB", [("PBT", "PC"), ("CT", "UBND")], "PCTUB"),
        ("PCTUB", [("DUV", "PC"), ("PCT", "UBND")], None),
        ("PCTHD", [("PCT", "HDND")], None),
        ("MTTQ", [("CT", "MTTQ")], None),
        ("HND", [("CT", "HND")], None),
        ("LHPN", [("CT", "LHPN")], None),
        ("DOAN", [("BT", "DOAN")], None),
        ("CCB", [("CT", "CCB")], None),
        ("CA", [("TRUONG", "CA")], None),
        ("QS", [("CHT", "QS")], None),
        ("THON1", [("BT", "CHIBO"), ("TTHON", "THON")], None),
        ("THON2", [("TTHON", "THON")], None),
    ],
}
# Slots whose holders carry a rank printed before the name (not part of the name or posts).
RANKS = {("tỉnh", "CA"): ["Đại tá", "Thiếu tướng"], ("district", "CA"): ["Thượng tá", "Trung tá"],
         ("district", "QS"): ["Thượng tá", "Trung tá"], ("commune", "CA"): ["Thiếu tá", "Đại úy"],
         ("commune", "QS"): []}

# Historical figures: named with a post or rank, never an official of a local body.
HISTORICAL = [
    ("Hồ Chí Minh", ["Chủ tịch Hồ Chí Minh", "Bác Hồ", "Chủ tịch Hồ Chí Minh kính yêu"]),
    ("Võ Nguyên Giáp", ["Đại tướng Võ Nguyên Giáp"]),
    ("Trần Phú", ["đồng chí Trần Phú, Tổng Bí thư đầu tiên của Đảng", "Tổng Bí thư Trần Phú"]),
    ("Lê Hồng Phong", ["đồng chí Lê Hồng Phong, nguyên Tổng Bí thư của Đảng", "Tổng Bí thư Lê Hồng Phong"]),
    ("Tôn Đức Thắng", ["Chủ tịch Tôn Đức Thắng"]),
    ("Phạm Văn Đồng", ["Thủ tướng Phạm Văn Đồng", "cố Thủ tướng Phạm Văn Đồng"]),
    ("Nguyễn Thị Minh Khai", ["nữ chiến sĩ cách mạng Nguyễn Thị Minh Khai", "đồng chí Nguyễn Thị Minh Khai"]),
    ("Hà Huy Tập", ["đồng chí Hà Huy Tập, Tổng Bí thư của Đảng (1936 - 1938)", "Tổng Bí thư Hà Huy Tập"]),
    ("Võ Thị Sáu", ["Anh hùng LLVT nhân dân Võ Thị Sáu", "liệt sĩ Võ Thị Sáu"]),
]

# ------------------------------------------------------------------------------ filler text
# Body paragraphs without names, by topic. {U} = the unit in focus ("xã Vĩnh Hảo"), {Y} = year.
FILLER = {
    "mttq": [
        "Từ đầu năm đến nay, MTTQ và các đoàn thể chính trị - xã hội {U} tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; công tác tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước được triển khai bằng nhiều hình thức phù hợp.",
        "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” tiếp tục được đẩy mạnh; Nhân dân đã hiến hơn 3.200 m2 đất, đóng góp trên 1,5 tỷ đồng và hàng nghìn ngày công để làm đường giao thông nông thôn.",
        "Bên cạnh kết quả đạt được, hoạt động của MTTQ và các đoàn thể vẫn còn một số hạn chế: công tác nắm tình hình Nhân dân có lúc chưa kịp thời; hiệu quả giám sát, phản biện xã hội ở một số nơi chưa cao; việc nhân rộng các mô hình hay, cách làm sáng tạo còn chậm.",
    ],
    "party": [
        "Trong năm {Y}, Ban Thường vụ {PC} đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ xây dựng Đảng và hệ thống chính trị; công tác kiểm tra, giám sát được tăng cường, kịp thời chấn chỉnh những hạn chế, thiếu sót ngay từ cơ sở.",
        "Công tác phát triển đảng viên được quan tâm, toàn Đảng bộ đã kết nạp 126 đảng viên mới, đạt 105% chỉ tiêu; 92% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
        "Hội nghị đã thảo luận, làm rõ những nguyên nhân của tồn tại, hạn chế, nhất là trong việc đổi mới nội dung sinh hoạt chi bộ, công tác bồi dưỡng quần chúng ưu tú để giới thiệu cho Đảng xem xét kết nạp.",
    ],
    "economy": [
        "Tình hình kinh tế - xã hội {U} 6 tháng đầu năm {Y} tiếp tục phát triển ổn định; tổng diện tích gieo trồng vụ xuân đạt 4.350 ha, năng suất lúa ước đạt 62 tạ/ha; thu ngân sách trên địa bàn đạt 58% dự toán.",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới được triển khai quyết liệt; đến nay, toàn {U} có thêm 2 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu, tỷ lệ hộ nghèo giảm còn 3,2%.",
        "Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn chậm; công tác giải phóng mặt bằng một số dự án trọng điểm gặp khó khăn; tình trạng vi phạm trật tự xây dựng, lấn chiếm đất công vẫn còn xảy ra.",
    ],
    "farm": [
        "Những năm gần đây, nhờ chủ động chuyển đổi cơ cấu cây trồng, vật nuôi, nhiều hộ dân ở {U} đã mạnh dạn đầu tư mô hình chăn nuôi bò sinh sản, trồng cam, bưởi, cho thu nhập từ 150 đến 300 triệu đồng mỗi năm.",
        "Hội Nông dân các cấp đã phối hợp với Ngân hàng Chính sách xã hội giải ngân hơn 12 tỷ đồng vốn vay ưu đãi, tổ chức 15 lớp tập huấn chuyển giao khoa học kỹ thuật cho gần 900 lượt hội viên.",
        "Từ hiệu quả của mô hình, địa phương đang khuyến khích các hộ liên kết thành lập tổ hợp tác, xây dựng nhãn hiệu tập thể để nâng cao giá trị sản phẩm và tìm đầu ra ổn định.",
    ],
    "welfare": [
        "Nhân dịp Tết Nguyên đán, {U} đã trao 1.250 suất quà cho gia đình chính sách, hộ nghèo, hộ cận nghèo với tổng trị giá gần 800 triệu đồng, bảo đảm mọi người, mọi nhà đều được đón Tết vui tươi, an toàn.",
        "Thời gian qua, công tác chăm lo gia đình chính sách, người có công luôn được cấp ủy, chính quyền quan tâm; 100% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú.",
    ],
    "security": [
        "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn {U} cơ bản ổn định; lực lượng công an đã điều tra, làm rõ 95% số vụ phạm pháp hình sự, tăng cường tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông.",
        "Công tác tuyển chọn và gọi công dân nhập ngũ năm {Y} được thực hiện công khai, dân chủ, đúng luật; 100% thanh niên trúng tuyển có mặt đúng thời gian, bàn giao đủ chỉ tiêu trên giao.",
    ],
    "congress": [
        "Nhiệm kỳ qua, dù gặp không ít khó khăn, song dưới sự lãnh đạo của cấp ủy, sự phối hợp của chính quyền và các ngành, tổ chức Hội đã đạt được nhiều kết quả quan trọng, số hội viên tăng 12% so với đầu nhiệm kỳ.",
        "Đại hội đã thảo luận, thông qua báo cáo chính trị, đề ra phương hướng, mục tiêu nhiệm kỳ tới với 3 khâu đột phá và 12 chỉ tiêu chủ yếu; đồng thời hiệp thương bầu Ban Chấp hành khóa mới.",
    ],
    "history": [
        "Buổi lễ là dịp để cán bộ, đảng viên và Nhân dân ôn lại truyền thống cách mạng vẻ vang của quê hương, tri ân công lao to lớn của các thế hệ cha anh đã hy sinh vì độc lập, tự do của Tổ quốc.",
        "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng; nhiều tập thể, cá nhân điển hình được biểu dương, khen thưởng.",
    ],
}

OFFICIAL_QUOTES = [
    "Thời gian tới, các cấp, các ngành cần tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ giải ngân vốn đầu tư công, không để tồn đọng kéo dài",
    "Mỗi cán bộ, đảng viên phải thực sự gương mẫu, sâu sát cơ sở, lắng nghe tâm tư, nguyện vọng của Nhân dân",
    "Xây dựng nông thôn mới không có điểm dừng, cần phát huy vai trò chủ thể của người dân",
    "Chúng tôi sẽ tiếp tục phối hợp chặt chẽ với các ngành để hỗ trợ bà con về vốn, kỹ thuật và đầu ra cho sản phẩm",
    "Công tác cán bộ phải được thực hiện đúng quy trình, công khai, dân chủ, khách quan",
    "Năm nay xã phấn đấu hoàn thành các tiêu chí còn lại để đạt chuẩn nông thôn mới nâng cao",
    "Mặt trận và các đoàn thể phải thực sự là cầu nối giữa Đảng, chính quyền với Nhân dân",
]
REQUESTS = [
    "các cơ quan, đơn vị tiếp tục bám sát cơ sở, nắm chắc tình hình Nhân dân, kịp thời tham mưu cấp ủy giải quyết những vấn đề phát sinh",
    "các ngành chức năng khẩn trương hoàn thiện hồ sơ, đẩy nhanh tiến độ các công trình trọng điểm",
    "MTTQ và các đoàn thể đổi mới phương thức hoạt động, nâng cao chất lượng giám sát, phản biện xã hội",
    "các xã tập trung chỉ đạo sản xuất vụ mùa, chủ động phương án phòng, chống thiên tai",
    "tăng cường công tác tuyên truyền, vận động Nhân dân chấp hành tốt chủ trương, chính sách",
]
CLAIMS = [
    "toàn huyện đã có 12/18 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nâng cao",
    "năm nay địa phương đã hỗ trợ xây mới và sửa chữa 46 nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
    "tỷ lệ hộ nghèo của xã đã giảm từ 9,8% xuống còn 4,1% sau hai năm",
    "các mô hình liên kết sản xuất đang giúp nông dân yên tâm đầu tư, mở rộng quy mô",
    "đơn vị đã hoàn thành 100% chỉ tiêu giao quân, không có trường hợp đào ngũ, bỏ ngũ",
]
CITIZEN_QUOTES = [
    "Trước đây gia đình tôi chỉ trồng lúa, thu nhập bấp bênh. Từ khi được hỗ trợ vốn và tập huấn kỹ thuật nuôi bò sinh sản, mỗi năm gia đình có thêm khoảng 60 triệu đồng",
    "Được Nhà nước hỗ trợ xây nhà, gia đình tôi không còn lo mưa dột mỗi mùa bão nữa",
    "Con đường bê tông mở rộng, bà con đi lại, vận chuyển nông sản thuận tiện hơn nhiều",
    "Tôi mong các cấp quan tâm hơn nữa đến đầu ra cho cây cam, để bà con yên tâm sản xuất",
    "Năm nay vườn bưởi nhà tôi cho thu hoạch gần 20 tấn, trừ chi phí còn lãi hơn 200 triệu đồng",
    "Gia đình tôi rất xúc động trước sự quan tâm của lãnh đạo huyện, xã trong dịp Tết này",
    "Tôi sẽ tiếp tục gương mẫu, vận động con cháu chấp hành tốt chủ trương của Đảng, chính sách của Nhà nước",
]
CITIZEN_DESC_SHARED = [
    "một hộ nuôi bò sinh sản ở {V}", "chủ trang trại cam ở {V}", "hộ thoát nghèo năm {Y} ở {V}",
    "người dân {V}", "thương binh hạng 2/4 ở {V}", "chủ nhiệm HTX nông nghiệp {C}",
    "một hộ trồng bưởi ở {V}", "tiểu thương chợ {C}",
]
CITIZEN_DESC_HELDOUT = [
    "hội viên Hội Nông dân xã", "Giám đốc Công ty TNHH MTV Nông sản {C}", "đoàn viên Chi đoàn {V}",
    "chủ cơ sở sản xuất miến dong ở {V}", "cựu chiến binh ở {V}", "Giám đốc HTX dịch vụ nông nghiệp {C}",
    "hộ nuôi ong lấy mật ở {V}", "người có uy tín trong đồng bào dân tộc ở {V}",
]
