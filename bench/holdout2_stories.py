"""Vietnamese commune-news stories for the second held-out sets (extraction-holdout2, dedup-holdout).

A story is facts first, words second: `draw(kind, rng, place, when)` picks the specifics of one
event (names, villages, figures, dates) and `render(story, rng, ...)` writes it in one of several
wordings. Two renderings of one story are the same event told differently (a republication);
two stories of one kind are different events told from one template (the hard negatives).

Written for the held-out sets only, without reading the extractor or the dedup code.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field


def num(n: int) -> str:
    """1234567 -> '1.234.567' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def money(dong: int) -> str:
    """An amount in đồng as the portals print it: '1,26 tỷ đồng', '845 triệu đồng'."""
    if dong >= 1_000_000_000:
        v = round(dong / 1_000_000_000, 2)
        s = f"{v:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} tỷ đồng"
    return f"{num(round(dong / 1_000_000))} triệu đồng"


def dec(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


# ---------------------------------------------------------------------------------------------
# Places: one per portal; officials and villages are the portal's own.
# ---------------------------------------------------------------------------------------------

@dataclass
class Place:
    commune: str                 # "Sơn Dương"
    level: str                   # "xã" | "phường" | "huyện" | "thị trấn"
    province: str
    villages: list[str]
    officials: list[tuple[str, str]]   # (name, role)
    residents: list[tuple[str, str]]   # (name, "Ông"/"Bà")
    post: str                    # post office that pays benefits
    crops: list[str] = field(default_factory=lambda: ["lúa Xuân", "lúa Mùa"])
    ethnic_fest: str = "Lễ hội Lồng tồng"

    @property
    def unit(self) -> str:
        return f"{self.level} {self.commune}"

    @property
    def Unit(self) -> str:
        return self.unit[0].upper() + self.unit[1:]


# ---------------------------------------------------------------------------------------------
# Story kinds. Each kind: facts(rng, place, when) -> dict, and text templates over those facts.
# TITLES / LEADS are interchangeable wordings of the same facts; BODY paragraphs are the story's
# core, in order; OPTIONAL paragraphs may be left out by a republication; QUOTE_RESIDENT is a
# resident speaking (never a byline), QUOTE_OFFICIAL an official speaking.
# ---------------------------------------------------------------------------------------------

def _people(rng: random.Random, place: Place, chair: tuple[str, ...] = ()) -> dict:
    """Who speaks: the first official is the one whose role leads this kind of event, when the
    place has one (a Party conference is chaired by the Party secretary, not the UBND chairman)."""
    off = rng.sample(place.officials, 2)
    lead = next((o for prefix in chair for o in place.officials if o[1].startswith(prefix)), None)
    if lead:
        off = [lead, rng.choice([o for o in place.officials if o != lead])]
    res = rng.choice(place.residents)
    vill = rng.sample(place.villages, min(4, len(place.villages)))
    return {
        "Oh": "Bà" if " Thị " in off[0][0] else "Ông",
        "official": off[0][0], "official_role": off[0][1], "official2": off[1][0], "official2_role": off[1][1],
        "resident": res[0], "Honor": res[1], "honor": res[1].lower(), "res_age": rng.randint(52, 81),
        "village": vill[0], "village2": vill[1], "villages": ", ".join(vill[:3]), "village_last": vill[-1],
    }


def _base(rng: random.Random, place: Place, when: dt.datetime, chair: tuple[str, ...] = ()) -> dict:
    return {"unit": place.unit, "Unit": place.Unit, "commune": place.commune, "province": place.province,
            "day": when.day, "month": when.month, "year": when.year, "post": place.post,
            "day2": min(when.day + 1, 28), **_people(rng, place, chair)}


def benefit_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    n_elder, n_dis, n_orph = rng.randint(180, 620), rng.randint(60, 240), rng.randint(4, 25)
    n_other = rng.randint(10, 60)
    n = n_elder + n_dis + n_orph + n_other
    lo = rng.choice([500_000, 540_000, 600_000])
    amount = n * rng.randint(650_000, 900_000)
    cashless = rng.randint(n // 6, n // 2)
    return {"n": num(n), "n_elder": n_elder, "n_dis": n_dis, "n_orph": n_orph, "n_other": n_other,
            "min_level": num(lo), "max_level": num(lo * rng.choice([3, 4, 5])), "amount": money(amount),
            "n_points": rng.randint(4, 9), "cashless": num(cashless), "cashless_pct": dec(100 * cashless / n),
            "cashless_up": rng.randint(8, 60), "pay": rng.choice(["trợ cấp xã hội", "trợ cấp bảo trợ xã hội"]),
            **_base(rng, place, when, ("Phó Chủ tịch UBND",))}


BENEFIT = dict(
    name="benefit",
    facts=benefit_facts,
    TITLES=[
        "{Unit} chi trả {pay} tháng {month}/{year} cho {n} đối tượng",
        "{Unit}: Hơn {n} người nhận {pay} tháng {month}",
        "Chi trả chế độ {pay} tháng {month}/{year} tại {unit}",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, UBND {unit} phối hợp với Bưu điện {post} tổ chức chi trả {pay} tháng {month}/{year} "
        "cho {n} đối tượng trên địa bàn, với tổng số tiền {amount}.",
        "Trong hai ngày {day} và {day2}/{month}, {n} người cao tuổi, người khuyết tật và đối tượng bảo trợ xã hội của {unit} "
        "đã được nhận {pay} tháng {month}/{year}; tổng kinh phí chi trả là {amount}, do Bưu điện {post} thực hiện.",
        "Bưu điện {post} vừa hoàn thành việc chi trả {pay} tháng {month}/{year} cho {n} đối tượng ở {unit}. "
        "Tổng số tiền đã chi là {amount}, đợt chi trả bắt đầu từ ngày {day}/{month}.",
    ],
    BODY=[
        "Theo danh sách, đối tượng hưởng chế độ gồm {n_elder} người cao tuổi từ đủ 80 tuổi trở lên, {n_dis} người khuyết tật, "
        "{n_orph} trẻ em mồ côi và {n_other} đối tượng khác. Mức trợ cấp thấp nhất là {min_level} đồng/người/tháng, "
        "cao nhất {max_level} đồng/người/tháng.",
        "Để thuận lợi cho người dân, xã bố trí {n_points} điểm chi trả tại nhà văn hóa các thôn {villages}; với những người già yếu, "
        "khuyết tật nặng không thể đi lại, nhân viên bưu điện cùng công chức văn hóa - xã hội đến tận nhà để chi trả.",
        "Đáng chú ý, đã có {cashless} người (chiếm {cashless_pct}%) đăng ký nhận trợ cấp qua tài khoản ngân hàng, tăng {cashless_up} người "
        "so với tháng trước. Chi trả không dùng tiền mặt giúp người dân nhận tiền kịp thời, an toàn và không phải chờ đợi.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Xã tiếp tục rà soát, cập nhật biến động đối tượng hằng tháng, bảo đảm chi trả "
                   "đúng người, đúng chế độ; đồng thời vận động người dân mở tài khoản để nhận trợ cấp không dùng tiền mặt.”",
    QUOTE_RESIDENT="{Honor} {resident}, {res_age} tuổi, ở thôn {village}, chia sẻ: “Được nhận tiền ngay tại nhà văn hóa thôn, lại có cán bộ "
                   "hướng dẫn tận tình nên tôi không phải đi xa. Số tiền tuy không lớn nhưng giúp tôi có thêm tiền thuốc men hằng tháng.”",
)


def harvest_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    crop = rng.choice(place.crops)
    area = rng.randint(160, 720)
    yld = rng.randint(52, 68) + rng.choice([0, 0.5, 0.2, 0.8])
    return {"crop": crop, "Crop": crop[:1].upper() + crop[1:], "area": num(area), "done_pct": rng.randint(35, 90), "yield": dec(yld), "yield_up": dec(rng.uniform(0.8, 4.5)),
            "machine_pct": rng.randint(60, 95), "price": num(rng.randint(6, 9) * 1000 + rng.choice([0, 200, 500, 800])),
            "quality_area": num(rng.randint(40, area // 2)), "variety": rng.choice(["Thiên ưu 8", "BC15", "Đài thơm 8", "TBR225", "J02"]),
            "n_coop": rng.randint(2, 6), "next_crop": rng.choice(["ngô Đông", "rau màu vụ Đông", "khoai lang", "đậu tương"]),
            "next_area": num(rng.randint(40, 220)), **_base(rng, place, when, ("Chủ tịch UBND", "Chủ tịch Hội Nông dân"))}


HARVEST = dict(
    name="harvest",
    facts=harvest_facts,
    TITLES=[
        "{Unit} thu hoạch {crop} năm {year} đạt năng suất {yield} tạ/ha",
        "Nông dân {unit} khẩn trương thu hoạch {crop}",
        "{Unit}: {Crop} được mùa, năng suất tăng {yield_up} tạ/ha",
    ],
    LEADS=[
        "Những ngày này, nông dân {unit} đang tập trung thu hoạch {crop} năm {year}. Đến ngày {day}/{month}, toàn xã đã thu hoạch "
        "được {done_pct}% trong tổng số {area} ha gieo cấy.",
        "Tính đến ngày {day}/{month}/{year}, {unit} đã thu hoạch {done_pct}% diện tích {crop}, trên tổng số {area} ha; "
        "năng suất bình quân ước đạt {yield} tạ/ha.",
        "Trên những cánh đồng ở các thôn {villages}, bà con {unit} đang tranh thủ thời tiết thuận lợi để thu hoạch {crop}; "
        "đến ngày {day}/{month}, diện tích đã thu hoạch đạt {done_pct}% trong số {area} ha.",
    ],
    BODY=[
        "Theo đánh giá của UBND xã, năng suất {crop} năm nay ước đạt {yield} tạ/ha, tăng {yield_up} tạ/ha so với cùng kỳ. "
        "Giống {variety} được bố trí trên {quality_area} ha, cho chất lượng gạo tốt, được thương lái thu mua với giá {price} đồng/kg.",
        "Để bảo đảm tiến độ, xã phối hợp với {n_coop} hợp tác xã dịch vụ nông nghiệp điều phối máy gặt đập liên hợp; "
        "tỷ lệ thu hoạch bằng máy đạt {machine_pct}%, giúp giảm thất thoát và tiết kiệm chi phí thuê nhân công.",
        "Ngay sau thu hoạch, UBND xã hướng dẫn nông dân làm đất, chuẩn bị gieo trồng {next_area} ha {next_crop}, "
        "không đốt rơm rạ trên đồng ruộng và thu gom vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Năm nay thời tiết tương đối thuận lợi, sâu bệnh được phát hiện và phòng trừ kịp thời "
                   "nên {crop} cho năng suất cao. Xã khuyến cáo bà con thu hoạch theo phương châm ‘xanh nhà hơn già đồng’.”",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, chia sẻ: “Gia đình tôi cấy hơn 4 sào giống {variety}, năm nay lúa chắc hạt, "
                   "thuê máy gặt chỉ mất một buổi là xong. Trừ chi phí, mỗi sào còn lãi khá hơn năm ngoái.”",
)


def session_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"session": rng.choice(["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "chuyên đề", "thứ Mười"]),
            "term": rng.choice(["khóa XXI, nhiệm kỳ 2021 - 2026", "khóa I, nhiệm kỳ 2021 - 2026", "khóa XX, nhiệm kỳ 2021 - 2026"]),
            "n_delegates": rng.randint(21, 34), "n_res": rng.randint(4, 11), "n_questions": rng.randint(3, 9),
            "budget": money(rng.randint(4, 40) * 1_000_000_000 + rng.randint(0, 999) * 1_000_000),
            "budget_pct": rng.randint(52, 118), "n_voters": rng.randint(9, 36),
            "topic": rng.choice(["công tác quản lý đất đai", "tiến độ xây dựng nông thôn mới", "việc thu gom, xử lý rác thải sinh hoạt",
                                 "công tác giải quyết thủ tục hành chính", "việc sửa chữa các tuyến đường liên thôn"]),
            **_base(rng, place, when, ("Chủ tịch HĐND", "Phó Chủ tịch HĐND", "Bí thư"))}


SESSION = dict(
    name="session",
    facts=session_facts,
    TITLES=[
        "Kỳ họp {session} HĐND {unit} {term}",
        "HĐND {unit} tổ chức kỳ họp {session}, thông qua {n_res} nghị quyết",
        "{Unit}: Kỳ họp {session} HĐND xã thông qua {n_res} nghị quyết quan trọng",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, HĐND {unit} {term} tổ chức kỳ họp {session}. Dự kỳ họp có {n_delegates} đại biểu HĐND xã, "
        "đại diện Thường trực Đảng ủy, Ủy ban MTTQ và các đoàn thể.",
        "Với sự tham dự của {n_delegates} đại biểu, kỳ họp {session} HĐND {unit} {term} đã diễn ra trong ngày {day}/{month}/{year} "
        "và hoàn thành toàn bộ chương trình đề ra.",
    ],
    BODY=[
        "Tại kỳ họp, các đại biểu nghe các báo cáo về tình hình kinh tế - xã hội, quốc phòng - an ninh; kết quả thu, chi ngân sách; "
        "báo cáo thẩm tra của các Ban HĐND xã và thông báo của Ủy ban MTTQ xã về công tác tham gia xây dựng chính quyền. "
        "Tổng thu ngân sách trên địa bàn ước đạt {budget}, bằng {budget_pct}% dự toán.",
        "Phần chất vấn và trả lời chất vấn tập trung vào {topic}. Có {n_questions} lượt đại biểu nêu câu hỏi; lãnh đạo UBND xã và "
        "công chức chuyên môn đã trả lời thẳng thắn, nêu rõ nguyên nhân và giải pháp khắc phục. Kỳ họp cũng xem xét {n_voters} "
        "ý kiến, kiến nghị của cử tri gửi tới trước kỳ họp.",
        "Kỳ họp đã biểu quyết thông qua {n_res} nghị quyết, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, "
        "nghị quyết phê chuẩn quyết toán ngân sách và nghị quyết về kế hoạch đầu tư công trung hạn của xã.",
        "Phát biểu bế mạc, đồng chí {official}, {official_role}, đề nghị các đại biểu HĐND xã thông tin kết quả kỳ họp đến cử tri; "
        "UBND xã khẩn trương triển khai các nghị quyết vừa được thông qua, sớm đưa nghị quyết vào cuộc sống.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="Đồng chí {official2}, {official2_role}, khẳng định: “Những kiến nghị của cử tri sẽ được UBND xã phân công giải quyết dứt điểm, "
                   "kết quả được công khai tại các thôn trước kỳ họp tới.”",
    QUOTE_RESIDENT="{Honor} {resident}, cử tri thôn {village}, cho biết: “Tôi theo dõi phần chất vấn và thấy lãnh đạo xã trả lời rõ ràng. "
                   "Mong rằng tuyến đường qua thôn sẽ sớm được sửa chữa như xã đã hứa.”",
)


def livestock_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    animal = rng.choice([("bò", "bò sinh sản", "con bò"), ("dê", "dê thịt", "con dê"), ("lợn đen", "lợn đen bản địa", "con lợn")])
    n_house = rng.randint(12, 46)
    return {"animal": animal[0], "animal_model": animal[1], "n_house": n_house, "n_head": num(n_house * rng.randint(2, 4)),
            "support": money(rng.randint(6, 25) * 100_000_000), "income": num(rng.randint(40, 160)),
            "program": rng.choice(["Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
                                   "nguồn vốn sự nghiệp nông nghiệp của tỉnh"]),
            "n_escape": rng.randint(3, 15), "grass": dec(rng.uniform(1.5, 9.0)), "n_calves": rng.randint(8, 40),
            **_base(rng, place, when)}


LIVESTOCK = dict(
    name="livestock",
    facts=livestock_facts,
    TITLES=[
        "Hiệu quả mô hình nuôi {animal_model} ở {unit}",
        "{Unit}: Mô hình chăn nuôi {animal_model} giúp {n_house} hộ có thêm thu nhập",
        "Nuôi {animal_model}, hướng thoát nghèo của nhiều hộ dân {unit}",
    ],
    LEADS=[
        "Từ {program}, năm {year} {unit} triển khai mô hình nuôi {animal_model} cho {n_house} hộ nghèo, hộ cận nghèo tại các thôn "
        "{villages}, với tổng kinh phí hỗ trợ {support}.",
        "Sau hơn một năm triển khai, mô hình nuôi {animal_model} từ {program} đã giúp {n_house} hộ ở {unit} có thêm thu nhập ổn định; "
        "tổng kinh phí Nhà nước hỗ trợ là {support}.",
    ],
    BODY=[
        "Các hộ tham gia được hỗ trợ {n_head} {animal} giống, thức ăn, vắc xin phòng bệnh và tập huấn kỹ thuật làm chuồng trại, "
        "trồng cỏ, ủ chua thức ăn. Toàn xã đã trồng thêm {grass} ha cỏ voi, cỏ VA06 để chủ động thức ăn cho đàn vật nuôi.",
        "Đến nay, đàn vật nuôi của mô hình sinh trưởng tốt, đã sinh thêm {n_calves} con. Theo tính toán, mỗi hộ có thêm thu nhập "
        "khoảng {income} triệu đồng/năm; {n_escape} hộ đã đăng ký thoát nghèo ngay trong năm {year}.",
        "Thời gian tới, xã tiếp tục duy trì tổ hợp tác chăn nuôi, luân chuyển con giống cho các hộ khác theo hình thức "
        "“cho vay bằng con giống”, đồng thời phối hợp với trạm thú y tiêm phòng định kỳ, không để dịch bệnh xảy ra.",
    ],
    OPTIONAL=[2],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Mô hình phù hợp với điều kiện đất đai, tập quán của bà con nên được các hộ "
                   "chăm sóc chu đáo. Xã sẽ nhân rộng ra các thôn còn nhiều hộ khó khăn.”",
    QUOTE_RESIDENT="{Honor} {resident}, một hộ nuôi {animal} ở thôn {village}, cho biết: “Trước đây gia đình tôi chỉ trông vào mấy sào ruộng, "
                   "quanh năm thiếu ăn. Từ khi được hỗ trợ {animal} giống, tôi chăm chỉ trồng cỏ, làm chuồng, đàn {animal} sinh sản tốt, "
                   "cuộc sống đã khấm khá hơn.”",
)


def house_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    n = rng.randint(6, 38)
    per = rng.choice([40, 50, 60, 70])
    return {"n_house": n, "per_house": per, "total": money(n * per * 1_000_000 + rng.randint(0, 9) * 100_000_000),
            "n_new": rng.randint(n // 2, n), "n_repair": 0, "n_workday": num(rng.randint(300, 2400)),
            "deadline": rng.choice(["ngày 31/8", "ngày 30/9", "cuối tháng 10", "trước Tết Nguyên đán"]),
            "sponsor": rng.choice(["Quỹ Vì người nghèo tỉnh", "Ngân hàng Chính sách xã hội", "các doanh nghiệp, nhà hảo tâm",
                                   "Ủy ban MTTQ tỉnh"]), **_base(rng, place, when, ("Chủ tịch Ủy ban MTTQ", "Chủ tịch UBND"))}


HOUSE = dict(
    name="house",
    facts=house_facts,
    TITLES=[
        "{Unit} bàn giao {n_house} nhà ở cho hộ nghèo, hộ khó khăn",
        "Xóa nhà tạm, nhà dột nát: {Unit} hoàn thành {n_house} căn nhà",
        "Niềm vui nhà mới của {n_house} hộ dân {unit}",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, Ủy ban MTTQ {unit} phối hợp với UBND xã tổ chức bàn giao {n_house} căn nhà cho hộ nghèo, "
        "hộ cận nghèo trong chương trình xóa nhà tạm, nhà dột nát, với tổng kinh phí {total}.",
        "{n_house} hộ nghèo, hộ cận nghèo ở {unit} vừa được nhận nhà mới trong ngày {day}/{month}/{year}; tổng kinh phí xây dựng "
        "và sửa chữa là {total}, từ chương trình xóa nhà tạm, nhà dột nát.",
    ],
    BODY=[
        "Mỗi căn nhà được hỗ trợ {per_house} triệu đồng từ {sponsor}, phần còn lại do gia đình, dòng họ đóng góp. "
        "Các nhà được xây theo tiêu chí “3 cứng”: nền cứng, khung - tường cứng và mái cứng, diện tích từ 40 m² trở lên.",
        "Trong quá trình xây dựng, đoàn viên thanh niên, hội viên Cựu chiến binh và lực lượng dân quân xã đã hỗ trợ {n_workday} "
        "ngày công vận chuyển vật liệu, san nền, giúp các gia đình tiết kiệm chi phí.",
        "UBND xã cho biết sẽ tiếp tục rà soát các hộ còn khó khăn về nhà ở, phấn đấu hoàn thành xóa nhà tạm, nhà dột nát "
        "trên địa bàn {deadline}.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="Phát biểu tại buổi bàn giao, đồng chí {official}, {official_role}, đề nghị các hộ giữ gìn, sử dụng nhà hiệu quả, "
                   "tiếp tục lao động sản xuất để vươn lên thoát nghèo bền vững.",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, xúc động chia sẻ: “Cả đời tôi chưa dám nghĩ có được căn nhà vững chãi thế này. "
                   "Mùa mưa năm nay gia đình không còn lo dột, lo sập nữa.”",
)


def road_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    length = rng.randint(8, 46) / 10
    return {"length": dec(length), "width": dec(rng.choice([3.0, 3.5, 4.0, 5.0])), "cost": money(rng.randint(12, 95) * 100_000_000),
            "people_pct": rng.randint(10, 35), "land_m2": num(rng.randint(400, 6800)), "n_house": rng.randint(14, 120),
            "n_day": rng.randint(60, 180), "n_route": rng.randint(2, 5), **_base(rng, place, when)}


ROAD = dict(
    name="road",
    facts=road_facts,
    TITLES=[
        "{Unit} khánh thành tuyến đường liên thôn {village} - {village2}",
        "Đưa vào sử dụng đường giao thông nông thôn thôn {village}, {unit}",
        "{Unit}: Người dân hiến {land_m2} m² đất làm đường liên thôn",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, UBND {unit} tổ chức lễ khánh thành, đưa vào sử dụng tuyến đường bê tông liên thôn {village} - {village2}, "
        "dài {length} km, mặt đường rộng {width} m, tổng mức đầu tư {cost}.",
        "Sau {n_day} ngày thi công, tuyến đường liên thôn {village} - {village2} của {unit} đã hoàn thành và được khánh thành "
        "vào ngày {day}/{month}/{year}. Công trình dài {length} km, rộng {width} m, kinh phí {cost}.",
    ],
    BODY=[
        "Công trình được đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, ngân sách xã và nhân dân đóng góp "
        "{people_pct}%. Đặc biệt, {n_house} hộ dân dọc tuyến đã tự nguyện hiến {land_m2} m² đất, tháo dỡ tường rào, cổng ngõ để mở rộng mặt đường.",
        "Tuyến đường hoàn thành giúp việc đi lại, vận chuyển nông sản của bà con thôn {village} và các thôn lân cận thuận lợi hơn, "
        "góp phần hoàn thiện tiêu chí giao thông trong xây dựng nông thôn mới nâng cao của xã.",
        "Năm {year}, xã tiếp tục huy động nguồn lực để cứng hóa thêm {n_route} tuyến đường ngõ xóm, lắp đặt hệ thống đèn chiếu sáng "
        "và trồng cây xanh hai bên đường.",
    ],
    OPTIONAL=[2],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Thành công của công trình là nhờ sự đồng thuận của nhân dân. Khi người dân thấy "
                   "rõ lợi ích, việc hiến đất, góp công được thực hiện rất tự giác.”",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, gia đình hiến hơn 120 m² đất vườn, chia sẻ: “Đường rộng, sạch thì con cháu đi học, "
                   "xe vào chở nông sản tận nhà, ai cũng được hưởng lợi nên gia đình tôi không đắn đo.”",
)


def recruit_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    n = rng.randint(12, 48)
    return {"n_youth": n, "n_party": rng.randint(1, 6), "n_college": rng.randint(2, 12), "gift": num(rng.choice([1, 2, 3]) * 1_000_000),
            "unit_army": rng.choice(["Trung đoàn 246", "Sư đoàn 316", "Bộ Chỉ huy Quân sự tỉnh", "Lữ đoàn 168", "Trung đoàn 98"]),
            "n_police": rng.randint(1, 5), **_base(rng, place, when, ("Chủ tịch UBND",))}


RECRUIT = dict(
    name="recruit",
    facts=recruit_facts,
    TITLES=[
        "{Unit} tổ chức lễ giao nhận quân năm {year}",
        "{n_youth} thanh niên {unit} lên đường nhập ngũ",
        "{Unit}: Tiễn {n_youth} thanh niên lên đường thực hiện nghĩa vụ quân sự",
    ],
    LEADS=[
        "Sáng {day}/{month}/{year}, Hội đồng nghĩa vụ quân sự {unit} tổ chức lễ giao nhận quân, tiễn {n_youth} thanh niên lên đường "
        "thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.",
        "Trong không khí phấn khởi, {n_youth} thanh niên ưu tú của {unit} đã lên đường nhập ngũ tại lễ giao nhận quân "
        "do Hội đồng nghĩa vụ quân sự xã tổ chức sáng {day}/{month}/{year}.",
    ],
    BODY=[
        "Trong số tân binh năm nay có {n_party} đảng viên, {n_college} thanh niên có trình độ cao đẳng, đại học; {n_police} thanh niên "
        "thực hiện nghĩa vụ tham gia Công an nhân dân. Các tân binh được giao cho {unit_army} huấn luyện.",
        "Trước ngày giao quân, Hội đồng nghĩa vụ quân sự xã đã tổ chức gặp mặt, động viên, tặng mỗi tân binh {gift} đồng "
        "và bộ quà lưu niệm; các thôn tổ chức liên hoan chia tay ấm cúng.",
        "Công tác tuyển quân năm {year} của xã được thực hiện công khai, dân chủ, đúng luật từ khâu đăng ký, khám sức khỏe đến "
        "xét duyệt và giao quân, hoàn thành 100% chỉ tiêu được giao.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="Đồng chí {official}, {official_role}, dặn dò các tân binh phát huy truyền thống quê hương, chấp hành nghiêm kỷ luật quân đội, "
                   "học tập, rèn luyện tốt để hoàn thành nhiệm vụ.",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, có con trai lên đường nhập ngũ, chia sẻ: “Gia đình rất tự hào. Tôi dặn cháu "
                   "cố gắng rèn luyện, sau này về quê có thêm kỷ luật, bản lĩnh để lập nghiệp.”",
)


def digital_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"n_team": rng.randint(6, 18), "n_member": rng.randint(40, 140), "vneid": num(rng.randint(2400, 9800)),
            "vneid_pct": rng.randint(72, 96), "online_pct": rng.randint(55, 92), "n_dossier": num(rng.randint(300, 2100)),
            "cashless_shops": rng.randint(30, 260), "n_trained": num(rng.randint(300, 1800)), **_base(rng, place, when)}


DIGITAL = dict(
    name="digital",
    facts=digital_facts,
    TITLES=[
        "Tổ công nghệ số cộng đồng {unit} hướng dẫn người dân dùng dịch vụ công trực tuyến",
        "{Unit} đẩy mạnh chuyển đổi số từ cơ sở",
        "{Unit}: {vneid_pct}% người dân kích hoạt tài khoản định danh điện tử",
    ],
    LEADS=[
        "Thời gian qua, {n_team} Tổ công nghệ số cộng đồng với {n_member} thành viên ở {unit} đã đến từng hộ gia đình hướng dẫn người dân "
        "cài đặt, sử dụng ứng dụng VNeID và nộp hồ sơ trực tuyến.",
        "Đến ngày {day}/{month}/{year}, {unit} đã có {vneid} người kích hoạt tài khoản định danh điện tử mức 2, đạt {vneid_pct}% số người "
        "trong độ tuổi; kết quả này có đóng góp lớn của {n_team} Tổ công nghệ số cộng đồng.",
    ],
    BODY=[
        "Tại bộ phận một cửa, xã bố trí máy tính, máy quét và công chức trực hướng dẫn. Từ đầu năm đến nay, xã đã tiếp nhận {n_dossier} hồ sơ, "
        "trong đó {online_pct}% hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia.",
        "Đoàn Thanh niên xã ra quân hỗ trợ {cashless_shops} hộ kinh doanh, tiểu thương ở chợ trung tâm lắp mã QR thanh toán không dùng tiền mặt; "
        "đồng thời mở {n_trained} lượt tập huấn kỹ năng số cho người cao tuổi, phụ nữ và hội viên nông dân.",
        "Xã phấn đấu đến cuối năm {year}, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, "
        "100% hồ sơ được số hóa ngay khi tiếp nhận.",
    ],
    OPTIONAL=[2],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Chuyển đổi số ở cấp xã muốn thành công phải lấy người dân làm trung tâm. "
                   "Tổ công nghệ số đi từng ngõ, gõ từng nhà, cầm tay chỉ việc để bà con làm được.”",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, chia sẻ: “Trước tôi nghĩ làm trên điện thoại khó lắm, nay được các cháu "
                   "đoàn viên hướng dẫn, tôi tự đăng ký khai sinh cho cháu nội mà không phải lên xã.”",
)


def festival_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"fest": place.ethnic_fest, "n_visitor": num(rng.randint(2, 12) * 1000), "n_team": rng.randint(6, 24),
            "games": rng.choice(["ném còn, kéo co, đẩy gậy, bắn nỏ", "đánh yến, tó má lẹ, đẩy gậy, kéo co", "ném còn, đi cà kheo, đánh quay, kéo co"]),
            "n_stall": rng.randint(12, 40), **_base(rng, place, when)}


FESTIVAL = dict(
    name="festival",
    facts=festival_facts,
    TITLES=[
        "{Unit} tổ chức {fest} năm {year}",
        "Tưng bừng {fest} {unit}",
        "{fest} {unit} thu hút hàng nghìn du khách",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, tại sân vận động trung tâm, UBND {unit} tổ chức {fest} năm {year}, thu hút khoảng {n_visitor} "
        "người dân và du khách tham dự.",
        "Khoảng {n_visitor} người dân, du khách đã về dự {fest} do UBND {unit} tổ chức ngày {day}/{month}/{year}.",
    ],
    BODY=[
        "Phần lễ được tổ chức trang trọng với nghi thức rước, dâng hương cầu mong mưa thuận gió hòa, mùa màng bội thu, "
        "nhân dân ấm no. Phần hội diễn ra sôi nổi với các trò chơi dân gian {games} cùng {n_team} đội văn nghệ của các thôn.",
        "Bên lề lễ hội, xã bố trí {n_stall} gian hàng giới thiệu nông sản, sản phẩm OCOP và ẩm thực truyền thống của đồng bào "
        "các dân tộc, giúp bà con quảng bá và tiêu thụ sản phẩm.",
        "Lễ hội là dịp để giữ gìn, phát huy giá trị văn hóa truyền thống, tăng cường đoàn kết cộng đồng và góp phần phát triển du lịch "
        "cộng đồng của địa phương.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="Phát biểu khai mạc, đồng chí {official}, {official_role}, mong muốn lễ hội trở thành điểm hẹn văn hóa hằng năm, "
                   "là sản phẩm du lịch đặc trưng của {unit}.",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, nói: “Năm nào tôi cũng đi hội. Nhìn lớp trẻ hát then, ném còn, "
                   "tôi thấy vui vì nét đẹp của ông cha vẫn được gìn giữ.”",
)


def flood_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"n_house": rng.randint(6, 45), "n_move": rng.randint(2, 14), "rice_ha": dec(rng.uniform(3, 60)),
            "road_m3": num(rng.randint(120, 2600)), "damage": money(rng.randint(4, 60) * 100_000_000),
            "support_each": num(rng.choice([2, 3, 5]) * 1_000_000), "n_force": rng.randint(40, 220),
            "storm": rng.choice(["mưa lớn kéo dài", "hoàn lưu bão số 3", "đợt mưa lũ", "mưa lớn kèm lốc xoáy"]),
            **_base(rng, place, when)}


FLOOD = dict(
    name="flood",
    facts=flood_facts,
    TITLES=[
        "{Unit} khắc phục hậu quả {storm}",
        "{Unit}: {n_house} nhà dân bị ảnh hưởng do {storm}",
        "Huy động lực lượng giúp dân {unit} khắc phục thiệt hại sau {storm}",
    ],
    LEADS=[
        "Do ảnh hưởng của {storm} từ đêm {day}/{month} đến ngày {day2}/{month}/{year}, trên địa bàn {unit} có {n_house} nhà dân bị hư hỏng, "
        "tốc mái; {rice_ha} ha lúa và hoa màu bị ngập úng.",
        "{storm} trong hai ngày {day} và {day2}/{month}/{year} đã làm {n_house} nhà ở {unit} bị hư hỏng, {rice_ha} ha lúa, hoa màu ngập úng; "
        "ước thiệt hại khoảng {damage}.",
    ],
    BODY=[
        "Nhiều tuyến đường liên thôn bị sạt lở với khối lượng đất đá khoảng {road_m3} m³, trong đó tuyến qua thôn {village} bị ách tắc cục bộ. "
        "Xã đã di dời khẩn cấp {n_move} hộ ở khu vực có nguy cơ sạt lở cao đến nơi an toàn.",
        "Ngay sau khi mưa ngớt, UBND xã huy động {n_force} lượt cán bộ, dân quân, công an và đoàn viên thanh niên giúp dân dọn dẹp, "
        "lợp lại mái nhà, khơi thông cống rãnh, san gạt đất đá để thông tuyến. Ước tổng thiệt hại khoảng {damage}.",
        "UBND xã đã trích ngân sách hỗ trợ mỗi hộ có nhà bị hư hỏng nặng {support_each} đồng, đồng thời đề nghị cấp trên xem xét "
        "hỗ trợ giống cây trồng để bà con khôi phục sản xuất.",
    ],
    OPTIONAL=[2],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Xã đã chỉ đạo các thôn thường trực 24/24 giờ, tuyệt đối không để người dân "
                   "ở lại những khu vực nguy hiểm khi mưa lớn tiếp diễn.”",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, kể: “Nửa đêm nước lên nhanh quá, may có anh em dân quân đến giúp khiêng đồ đạc, "
                   "đưa các cháu nhỏ sang nhà văn hóa thôn nên cả nhà an toàn.”",
)


def health_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"n_child": num(rng.randint(120, 900)), "n_check": num(rng.randint(300, 1600)), "n_doctor": rng.randint(5, 18),
            "disease": rng.choice(["sởi - rubella", "bạch hầu", "viêm não Nhật Bản", "bại liệt (IPV)"]),
            "n_station": rng.randint(2, 6), "hospital": rng.choice(["Trung tâm Y tế khu vực", "Bệnh viện Đa khoa tỉnh", "Bệnh viện Y học cổ truyền tỉnh"]),
            **_base(rng, place, when)}


HEALTH = dict(
    name="health",
    facts=health_facts,
    TITLES=[
        "{Unit} tiêm vắc xin {disease} cho {n_child} trẻ em",
        "Khám bệnh, cấp thuốc miễn phí cho {n_check} người dân {unit}",
        "Trạm Y tế {unit} triển khai chiến dịch tiêm chủng và khám sàng lọc",
    ],
    LEADS=[
        "Từ ngày {day} đến {day2}/{month}/{year}, Trạm Y tế {unit} tổ chức tiêm vắc xin {disease} cho {n_child} trẻ em trong độ tuổi; "
        "đồng thời phối hợp với {hospital} khám sàng lọc cho {n_check} người dân.",
        "Đợt tiêm vắc xin {disease} và khám sàng lọc diễn ra từ ngày {day}/{month}/{year} tại {unit} đã có {n_child} trẻ được tiêm "
        "và {n_check} người dân được khám, tư vấn sức khỏe.",
    ],
    BODY=[
        "Xã bố trí {n_station} điểm tiêm tại trạm y tế và các nhà văn hóa thôn {villages}. Trẻ được khám sàng lọc trước tiêm, "
        "theo dõi 30 phút sau tiêm; đến nay chưa ghi nhận trường hợp phản ứng nặng.",
        "Đoàn {n_doctor} y, bác sĩ của {hospital} đã khám các bệnh thường gặp như tăng huyết áp, đái tháo đường, bệnh xương khớp, "
        "cấp thuốc miễn phí và hướng dẫn người dân cách phòng bệnh mùa nắng nóng.",
        "Trạm Y tế khuyến cáo các gia đình đưa trẻ đi tiêm đủ mũi, đúng lịch; người dân có biểu hiện sốt, phát ban cần đến cơ sở y tế "
        "để được khám và điều trị kịp thời.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="{Oh} {official}, {official_role}, cho biết: “Xã giao chỉ tiêu cho từng thôn, nhân viên y tế thôn đến từng nhà vận động "
                   "nên tỷ lệ tiêm năm nay cao hơn hẳn.”",
    QUOTE_RESIDENT="{Honor} {resident}, thôn {village}, chia sẻ: “Được bác sĩ tỉnh về khám tận xã, đo huyết áp, xét nghiệm đường máu "
                   "mà không mất tiền, người già như tôi đỡ phải đi xa.”",
)


def party_facts(rng: random.Random, place: Place, when: dt.datetime) -> dict:
    return {"n_member": rng.randint(18, 36), "n_new": rng.randint(2, 14), "n_cell": rng.randint(8, 26),
            "pct_good": rng.randint(78, 96), "n_task": rng.randint(4, 9),
            "conf": rng.choice([f"hội nghị thường kỳ tháng {when.month}", "hội nghị Ban Chấp hành Đảng bộ mở rộng",
                                f"hội nghị thường kỳ quý {['I', 'II', 'III', 'IV'][(when.month - 1) // 3]}",
                                "hội nghị chuyên đề về công tác cán bộ"]), **_base(rng, place, when, ("Bí thư",))}


PARTY = dict(
    name="party",
    facts=party_facts,
    TITLES=[
        "Đảng ủy {unit} tổ chức {conf}",
        "Đảng bộ {unit}: Đánh giá kết quả lãnh đạo, đề ra nhiệm vụ trọng tâm thời gian tới",
        "{Unit} tổ chức {conf}, đề ra {n_task} nhiệm vụ trọng tâm",
    ],
    LEADS=[
        "Ngày {day}/{month}/{year}, Ban Chấp hành Đảng bộ {unit} tổ chức {conf}. Đồng chí {official}, {official_role}, chủ trì hội nghị.",
        "Dưới sự chủ trì của đồng chí {official}, {official_role}, Ban Chấp hành Đảng bộ {unit} đã tổ chức {conf} vào ngày {day}/{month}/{year}.",
    ],
    BODY=[
        "Báo cáo tại hội nghị cho thấy, Đảng ủy đã lãnh đạo {n_cell} chi bộ trực thuộc thực hiện tốt nhiệm vụ chính trị; kết nạp {n_new} "
        "đảng viên mới; {pct_good}% chi bộ duy trì sinh hoạt định kỳ có chất lượng. Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định.",
        "Hội nghị cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, công tác thu gom rác thải ở một số thôn "
        "chưa thường xuyên, chất lượng sinh hoạt chuyên đề ở một số chi bộ chưa cao.",
        "Kết luận hội nghị, đồng chí {official} đề nghị các chi bộ, ban, ngành, đoàn thể tập trung thực hiện {n_task} nhiệm vụ trọng tâm, "
        "trong đó ưu tiên hoàn thành các chỉ tiêu kinh tế - xã hội và chuẩn bị tốt cho đại hội chi bộ nhiệm kỳ mới.",
    ],
    OPTIONAL=[1],
    QUOTE_OFFICIAL="Đồng chí {official2}, {official2_role}, nhấn mạnh: “Mỗi chi bộ phải gắn sinh hoạt với việc giải quyết những vấn đề "
                   "cụ thể của thôn, những việc dân cần.”",
    QUOTE_RESIDENT="{Honor} {resident}, bí thư chi bộ thôn {village}, cho biết: “Chi bộ thôn sẽ đưa nghị quyết vào sinh hoạt ngay trong tháng, "
                   "phân công đảng viên phụ trách từng nhóm hộ.”",
)


KINDS = [BENEFIT, HARVEST, SESSION, LIVESTOCK, HOUSE, ROAD, RECRUIT, DIGITAL, FESTIVAL, FLOOD, HEALTH, PARTY]
BY_NAME = {k["name"]: k for k in KINDS}


@dataclass
class Story:
    kind: str
    facts: dict
    place: Place
    when: dt.datetime


def draw(kind: str, rng: random.Random, place: Place, when: dt.datetime) -> Story:
    return Story(kind, BY_NAME[kind]["facts"](rng, place, when), place, when)


def render(story: Story, *, title: int = 0, lead: int = 0, drop_optional: bool = False,
           quote: str | None = None) -> tuple[str, list[str]]:
    """Title and paragraphs of `story` in one wording.

    quote: None (official quote in the middle), "first" (a resident's quote opens the article,
    before the lead), "last" (a resident's quote closes it), "both" (official in the middle and
    resident last); any other value ("none") leaves every quote out.
    """
    k = BY_NAME[story.kind]
    f = story.facts
    body = [p for i, p in enumerate(k["BODY"]) if not (drop_optional and i in k["OPTIONAL"])]
    paras = [k["LEADS"][lead % len(k["LEADS"])]] + body
    official, resident = k["QUOTE_OFFICIAL"], k["QUOTE_RESIDENT"]
    if quote in (None, "both"):
        paras.insert(min(2, len(paras)), official)
    if quote == "first":
        paras.insert(0, resident)
    if quote in ("last", "both"):
        paras.append(resident)
    text = [_cap(p.format(**f)) for p in paras]
    return _cap(k["TITLES"][title % len(k["TITLES"])].format(**f)), text


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]
