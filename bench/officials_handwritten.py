"""Hand-written articles for the officials set, modelled on /work/shared/seeds.

Written and labelled by hand: longer portal prose, caption lines, irregular capitals and
spacing as the seeds have them ("Ban dân Vận", "Đồng chíPhạm"), posts outside the generator's
lexicon (Phòng Tài chính - Kế hoạch, Đoàn ĐBQH, Ủy ban Kiểm tra), mixed current and former
posts, an obituary, awards that mix officials and residents. Names are invented.

Each article: portal, date, title, text (paragraphs, one per line), officials as
(name, person id, [(printed post, post, organisation, place, former)]), citizens, others
(name, kind). bench/make_officials_set.py turns them into set records and checks that every
labelled name and printed post occurs in the text.
"""
from __future__ import annotations


def portal(province, district=None, commune=None, host=""):
    level = "commune" if commune else "district" if district else "province"
    return {"province": province, "district": district, "commune": commune, "level": level, "host": host}


HANDWRITTEN: list[dict] = [
    dict(
        portal=portal("Thanh Hóa", "Thiệu Hóa", host="thieuhoa.thanhhoa.gov.vn"), date="2021-02-23",
        title="Thường trực Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể chính trị xã hội",
        text="""Sáng ngày 23/2/2021, Thường trực Huyện ủy đã có buổi làm việc với Mặt trận Tổ quốc và các đoàn thể huyện để tìm hiểu những thuận lợi, khó khăn trong quá trình hoạt động, bàn bạc giải pháp để nâng cao chất lượng, hiệu quả hoạt động của MTTQ và các đoàn thể trong thời gian tới. Đồng chí Lê Văn Thuyết, Bí thư Huyện ủy và đồng chí Hoàng Ngọc Tân, UV Ban Thường vụ, Trưởng Ban dân Vận Huyện ủy, Chủ tịch MTTQ huyện đồng chủ trì buổi làm việc.
Theo báo cáo của Mặt trận Tổ quốc và đoàn thể huyện: Trong năm 2020 và 2 tháng đầu năm 2021, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đã chủ động tham mưu cho cấp ủy, chính quyền thực hiện tốt các nhiệm vụ được giao, đặc biệt là tuyên truyền Đại hội Đảng các cấp, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.
Hội cựu chiến binh với phong trào “Cựu chiến binh gương mẫu”, cán bộ, hội viên phát huy truyền thống, bản chất “Bộ đội Cụ Hồ” trên các lĩnh vực của đời sống xã hội….
Tiếp đó, đại diện lãnh đạo Hội Nông dân, Hội LHPN, Huyện đoàn đã nêu những khó khăn về kinh phí hoạt động ở cơ sở. Bà Trịnh Thị Hạnh, Chủ tịch Hội LHPN huyện đề nghị huyện quan tâm bố trí kinh phí cho các mô hình “Phụ nữ tự quản”.
Phát biểu kết luận, đồng chí Bí thư Huyện ủy ghi nhận, biểu dương những kết quả mà MTTQ và các đoàn thể đã đạt được, đồng thời đề nghị trong thời gian tới cần đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.
Tác giả: Trọng Nghĩa
Tin liên quan
Đồng chí Lê Văn Thuyết - Bí thư Huyện ủy dự sinh hoạt chi bộ tại thôn Yên Lộc
Chủ tịch UBND huyện Phạm Quốc Hưng kiểm tra công tác phòng chống dịch""",
        officials=[("Lê Văn Thuyết", "H01", [("Bí thư Huyện ủy", "Bí thư", "Huyện ủy", "huyện Thiệu Hóa", False)]),
                   ("Hoàng Ngọc Tân", "H02", [("UV Ban Thường vụ", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Thiệu Hóa", False),
                                              ("Trưởng Ban dân Vận Huyện ủy", "Trưởng Ban Dân vận", "Huyện ủy", "huyện Thiệu Hóa", False),
                                              ("Chủ tịch MTTQ huyện", "Chủ tịch", "UBMTTQ huyện", "huyện Thiệu Hóa", False)]),
                   ("Trịnh Thị Hạnh", "H03", [("Chủ tịch Hội LHPN huyện", "Chủ tịch", "Hội LHPN huyện", "huyện Thiệu Hóa", False)])],
        citizens=[], others=[("Trọng Nghĩa", "byline"), ("Lê Văn Thuyết", "related"), ("Phạm Quốc Hưng", "related")]),
    dict(
        portal=portal("Bắc Kạn", "Na Rì", host="nari.backan.gov.vn"), date="2023-05-08",
        title="Đồng chí Bí thư Huyện ủy làm việc với Mặt trận Tổ quốc và các đoàn thể huyện",
        text="""Ngày 08/5, đồng chí Hà Thị Nguyệt – TUV, Bí thư Huyện ủy đã chủ trì buổi làm việc với Mặt trận Tổ quốc và các đoàn thể huyện để nắm bắt tình hình, kết quả thực hiện nhiệm vụ trong thời gian qua và chỉ đạo triển khai nhiệm vụ trong thời gian tới.
Đồng chí Hà Thị Nguyệt - TUV, Bí thư Huyện ủy chủ trì buổi làm việc
Dự buổi làm việc có đồng chí Lục Văn Khiêm – Phó Bí thư TT Huyện ủy; Đồng chí Nông Thị Thương – UVBTV Huyện ủy, Phó Chủ tịch UBND huyện; Ban Thường trực UBMTTQ Việt Nam huyện và các tổ chức thành viên; Lãnh đạo Ban Dân vận Huyện ủy.
Đồng chí Triệu Đức Quyền - UVBTV, Trưởng Ban Dân vận HU, Chủ tịch UBMTTQ Việt Nam huyện báo cáo kết quả nhiệm vụ từ đầu năm đến nay
Từ đầu năm đến nay, MTTQ Việt Nam các cấp và các tổ chức thành viên trong huyện tiếp tục đổi mới phương thức hoạt động, hướng về cơ sở và đã đạt nhiều kết quả tích cực...Đồng chí Hà Thị Nguyệt – Bí thư Huyện ủy ghi nhận những kết quả trong thực hiện nhiệm vụ của Mặt trận tổ quốc Việt Nam huyện và các tổ chức thành viên.
Đồng chí Lục Văn Khiêm - Phó Bí thư Thường trực Huyện ủy lãnh đạo huyện phát biểu tại buổi làm việc
Đồng chíNông Thị Thương - UVBTV Huyện ủy, Phó Chủ tịch UBND huyện phát biểu tại buổi làm việc
Đồng chí Bí thư Huyện ủy yêu cầu Ban Thường trực Ủy ban MTTQ Việt Nam huyện và các tổ chức thành viên thực hiện hiệu quả công tác phối hợp, quy chế phối hợp với UBND huyện và các cơ quan chuyên môn.
Tác giả: Hoàng Lâm""",
        officials=[("Hà Thị Nguyệt", "H04", [("TUV", "Tỉnh ủy viên", "Tỉnh ủy", "tỉnh Bắc Kạn", False),
                                             ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy", "huyện Na Rì", False)]),
                   ("Lục Văn Khiêm", "H05", [("Phó Bí thư TT Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy", "huyện Na Rì", False)]),
                   ("Nông Thị Thương", "H06", [("UVBTV Huyện ủy", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Na Rì", False),
                                               ("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện", "huyện Na Rì", False)]),
                   ("Triệu Đức Quyền", "H07", [("UVBTV", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Na Rì", False),
                                               ("Trưởng Ban Dân vận HU", "Trưởng Ban Dân vận", "Huyện ủy", "huyện Na Rì", False),
                                               ("Chủ tịch UBMTTQ Việt Nam huyện", "Chủ tịch", "UBMTTQ huyện", "huyện Na Rì", False)])],
        citizens=[], others=[("Hoàng Lâm", "byline")]),
    dict(
        portal=portal("Nghệ An", "Thanh Chương", host="thanhchuong.nghean.gov.vn"), date="2022-10-12",
        title="Thanh Liên: UBMTTQ huyện và các đoàn thể làm việc với Đảng ủy - UBND, UBMTTQ và các đoàn thể cấp xã",
        text="""Để góp phần giúp địa phương phát triển, nhất là nâng cao hiệu quả hoạt động của MTTQ và các đoàn thể trên địa bàn, Đảng ủy - UBND xã Thanh Liên vừa tổ chức buổi làm việc với UBMTTQ và các đoàn thể cấp huyện.
Toàn cảnh hội nghị.
Thanh Liên hiện có 8 xóm với 2030 hộ và 8350 nhân khẩu, có 13 chi bộ với 441 đảng viên. Trong thời gian qua Đảng ủy đã làm tốt công tác lãnh đạo, chỉ đạo MTTQ và các đoàn thể chính trị xã hội thông qua các chủ trương, Nghị quyết và các văn bản, chỉ đạo trực tiếp. Cụ thể: Đảng ủy đã phân công đồng chí Ủy viên BTV - Chủ tịch MTTQ chịu trách nhiệm tập hợp các tổ chức thành viên để cùng nhau phối hợp hoạt động.
Các đại biểu tham gia phát biểu ý kiến.
Tại hội nghị, đồng chí Đặng Văn Kỷ – Phó Chủ tịch UBMTTQ huyện nêu các giải pháp để hỗ trợ MTTQ và các đoàn thể chính trị trên địa bàn xã phát triển. Kết luận hội nghị, đồng chí Phan Bá Lộc - Bí thư Đảng ủy - Chủ tịch UBND xã đã cảm ơn và mong rằng thời gian tới MTTQ và các đoàn thể cấp huyện tiếp tục quan tâm, giúp đỡ để MTTQ và các tổ chức chính trị xã Thanh Liên hoàn thành tốt các nhiệm vụ của mình.
                                                                        Hữu Thịnh – Trung tâm VHTT&TT
Tin tức
  • Hội nghị chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" năm 2022.""",
        officials=[("Đặng Văn Kỷ", "H08", [("Phó Chủ tịch UBMTTQ huyện", "Phó Chủ tịch", "UBMTTQ huyện", "huyện Thanh Chương", False)]),
                   ("Phan Bá Lộc", "H09", [("Bí thư Đảng ủy", "Bí thư", "Đảng ủy xã", "xã Thanh Liên", False),
                                           ("Chủ tịch UBND xã", "Chủ tịch", "UBND xã", "xã Thanh Liên", False)])],
        citizens=[], others=[("Hữu Thịnh", "byline"), ("Hồ Chí Minh", "historical")]),
    dict(
        portal=portal("Thanh Hóa", "Thiệu Hóa", "Thiệu Giao", host="thieugiao.thieuhoa.thanhhoa.gov.vn"), date="2021-07-06",
        title="Mặt trận Tổ quốc xã Thiệu Giao tổ chức sơ kết 6 tháng đầu năm 2021",
        text="""Sáng ngày 02 tháng 7 năm 2021, Ủy ban MTTQ xã Thiệu Giao tổ chức Hội nghị sơ kết 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2021. Dự hội nghị có các đồng chí trong BCH đảng ủy, thường trực HĐND, UBND và các tổ chức thành viên của mặt trận, các ủy viên ủy ban MT khóa 2019-2024.
1. Công tác tuyên truyền vận động nhân dân, củng cố phát triển khối đại đoàn kết toàn dân
- Tham gia tổ chức các hoạt động kỷ niệm 73 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2021), tuyên truyền các phong trào thi đua yêu nước, các cuộc vận động.
- Phối hợp với UBND các tổ chức thành viên ban công tác mặt trận các thôn vận động quỹ ủng hộ covid - 19 được 120.390.000 đồng, quỹ mua vacxin 62.050.000 đồng.
Trình bày báo cáo tại hội nghị, bà Lê Thị Xuân – Chủ tịch Ủy ban MTTQ xã cho biết trong 6 tháng, Mặt trận đã phối hợp trao 12 nhà “Đại đoàn kết” cho hộ nghèo, trong đó có gia đình ông Nguyễn Văn Bảy ở thôn 4 và bà Đỗ Thị Nhung ở thôn 7.
Phát biểu chỉ đạo, ông Trần Hữu Đạo, Phó Bí thư Thường trực Đảng ủy xã đề nghị Mặt trận và các đoàn thể tiếp tục bám sát cơ sở.
Ban Thường trực UBMTTQ xã""",
        officials=[("Lê Thị Xuân", "H10", [("Chủ tịch Ủy ban MTTQ xã", "Chủ tịch", "UBMTTQ xã", "xã Thiệu Giao", False)]),
                   ("Trần Hữu Đạo", "H11", [("Phó Bí thư Thường trực Đảng ủy xã", "Phó Bí thư Thường trực", "Đảng ủy xã", "xã Thiệu Giao", False)])],
        citizens=["Nguyễn Văn Bảy", "Đỗ Thị Nhung"], others=[("Hồ Chí Minh", "historical")]),
    dict(
        portal=portal("Điện Biên", "Điện Biên Đông", "Phình Giàng", host="phinhgiang.dienbiendong.dienbien.gov.vn"), date="2023-11-20",
        title="HĐND xã Phình Giàng tổ chức kỳ họp thứ chín, khóa XXI",
        text="""Ngày 20/11/2023, HĐND xã Phình Giàng khóa XXI, nhiệm kỳ 2021 – 2026 tổ chức kỳ họp thứ chín (kỳ họp chuyên đề) để xem xét, quyết định công tác cán bộ.
Tham dự kỳ họp có đồng chí Lò Văn Chăm, Bí thư Đảng ủy, Chủ tịch HĐND xã; các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ xã cùng 25 đại biểu HĐND xã.
Kỳ họp đã tiến hành miễn nhiệm chức danh Phó Chủ tịch HĐND xã đối với ông Vàng A Sử do chuyển công tác khác. Sau đó, các đại biểu đã bầu bổ sung chức danh Phó Chủ tịch HĐND xã; bà Lò Thị Mai giữ chức Phó Chủ tịch HĐND xã Phình Giàng nhiệm kỳ 2021 – 2026.
Phát biểu nhận nhiệm vụ, bà Lò Thị Mai cảm ơn sự tín nhiệm của các đại biểu và hứa sẽ cùng tập thể Thường trực HĐND xã hoàn thành tốt nhiệm vụ.
Dịp này, ông Giàng A Dình, người có uy tín ở bản Háng Trợ, bày tỏ tin tưởng vào đội ngũ cán bộ mới của xã.
Quàng Tuyết - Đài Truyền thanh xã""",
        officials=[("Lò Văn Chăm", "H12", [("Bí thư Đảng ủy", "Bí thư", "Đảng ủy xã", "xã Phình Giàng", False),
                                           ("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã", "xã Phình Giàng", False)]),
                   ("Lò Thị Mai", "H13", [("Phó Chủ tịch HĐND xã Phình Giàng", "Phó Chủ tịch", "HĐND xã", "xã Phình Giàng", False)]),
                   # relieved of the post today ("miễn nhiệm ... đối với ông X"): the text gives
                   # the post he leaves; labelled, and not former (no "nguyên", no past tense)
                   ("Vàng A Sử", "H14", [("Phó Chủ tịch HĐND xã", "Phó Chủ tịch", "HĐND xã", "xã Phình Giàng", False)])],
        citizens=["Giàng A Dình"], others=[("Quàng Tuyết", "byline")]),
    dict(
        portal=portal("Tuyên Quang", commune="Sơn Dương", host="sonduong.tuyenquang.gov.vn"), date="2025-08-14",
        title="Đại hội đại biểu Đảng bộ xã Sơn Dương lần thứ I, nhiệm kỳ 2025 - 2030",
        text="""Trong hai ngày 13 và 14/8/2025, Đảng bộ xã Sơn Dương long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Đảng bộ xã sau khi sắp xếp đơn vị hành chính và thực hiện mô hình chính quyền địa phương 2 cấp.
Dự và chỉ đạo đại hội có đồng chí Ma Thế Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Phạm Văn Thịnh, nguyên Bí thư Huyện ủy Sơn Dương, được bầu giữ chức Bí thư Đảng ủy xã Sơn Dương; đồng chí Hà Thị Thu Trang và đồng chí Đào Minh Khuê được bầu giữ chức Phó Bí thư Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Ma Thế Lương đề nghị Đảng ủy xã khẩn trương xây dựng chương trình hành động thực hiện Nghị quyết Đại hội.
Tin, ảnh: Quang Huy""",
        officials=[("Ma Thế Lương", "H15", [("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "tỉnh Tuyên Quang", False),
                                           ("Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang", "Trưởng Ban Tổ chức", "Tỉnh ủy", "tỉnh Tuyên Quang", False)]),
                   ("Phạm Văn Thịnh", "H16", [("nguyên Bí thư Huyện ủy Sơn Dương", "Bí thư", "Huyện ủy", "huyện Sơn Dương", True),
                                              ("Bí thư Đảng ủy xã Sơn Dương", "Bí thư", "Đảng ủy xã", "xã Sơn Dương", False)]),
                   ("Hà Thị Thu Trang", "H17", [("Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã", "xã Sơn Dương", False)]),
                   ("Đào Minh Khuê", "H18", [("Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã", "xã Sơn Dương", False)])],
        citizens=[], others=[("Quang Huy", "byline")]),
    dict(
        portal=portal("Tuyên Quang", "Sơn Dương", host="sonduong.tuyenquang.gov.vn"), date="2022-03-28",
        title="Huyện Sơn Dương: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9",
        text="""Ngày 28/3, Ban Chấp hành Đảng bộ huyện Sơn Dương tổ chức hội nghị lần thứ 9, khóa XXII, nhiệm kỳ 2020 - 2025 để đánh giá kết quả lãnh đạo thực hiện nhiệm vụ quý I và triển khai nhiệm vụ quý II năm 2022.
Đồng chí Phạm Văn Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị. Cùng dự có đồng chí Hà Thị Thu Trang, Phó Bí thư Thường trực Huyện ủy; đồng chí Đào Minh Khuê, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Quý I, tổng giá trị sản xuất trên địa bàn ước đạt 2.150 tỷ đồng; thu ngân sách đạt 31% dự toán; huyện đã ra quân xây dựng 12 km đường giao thông nông thôn.
Hội nghị cũng xem xét, thi hành kỷ luật đối với một đảng viên vi phạm. Đồng chí Chu Văn Quang, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy trình bày tờ trình về việc thi hành kỷ luật.
Nguồn: Ban Tuyên giáo Huyện ủy""",
        officials=[("Phạm Văn Thịnh", "H16", [("Tỉnh ủy viên", "Tỉnh ủy viên", "Tỉnh ủy", "tỉnh Tuyên Quang", False),
                                              ("Bí thư Huyện ủy", "Bí thư", "Huyện ủy", "huyện Sơn Dương", False),
                                              ("Chủ tịch HĐND huyện", "Chủ tịch", "HĐND huyện", "huyện Sơn Dương", False)]),
                   ("Hà Thị Thu Trang", "H17", [("Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy", "huyện Sơn Dương", False)]),
                   ("Đào Minh Khuê", "H18", [("Phó Bí thư Huyện ủy", "Phó Bí thư", "Huyện ủy", "huyện Sơn Dương", False),
                                             ("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện", "huyện Sơn Dương", False)]),
                   ("Chu Văn Quang", "H19", [("Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Sơn Dương", False),
                                             ("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra", "Huyện ủy", "huyện Sơn Dương", False)])],
        citizens=[], others=[]),
    dict(
        portal=portal("Hà Tĩnh", "Cẩm Xuyên", host="camxuyen.hatinh.gov.vn"), date="2024-09-03",
        title="Công bố quyết định bổ nhiệm Trưởng phòng Tài chính - Kế hoạch huyện",
        text="""Chiều 3/9, UBND huyện Cẩm Xuyên tổ chức hội nghị công bố quyết định về công tác cán bộ.
Theo đó, Chủ tịch UBND huyện ký quyết định bổ nhiệm ông Nguyễn Văn Hùng, Phó Trưởng phòng Tài chính - Kế hoạch huyện giữ chức Trưởng phòng Tài chính - Kế hoạch huyện, thời hạn 5 năm; điều động, bổ nhiệm bà Võ Thị Hoài Thu, Phó Chánh Văn phòng HĐND và UBND huyện giữ chức Trưởng phòng Nội vụ huyện.
Trao quyết định và phát biểu giao nhiệm vụ, đồng chí Bùi Quang Định – Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đề nghị các đồng chí được bổ nhiệm phát huy năng lực, sớm nắm bắt công việc.
Ông Nguyễn Văn Hùng sinh năm 1980, quê xã Cẩm Quan, có trình độ thạc sĩ kinh tế, đã có nhiều năm công tác trong ngành tài chính.
Minh Tâm
Cơ quan chủ quản: UBND huyện Cẩm Xuyên
Chịu trách nhiệm chính: Ông Dương Tiến Lực - Chánh Văn phòng HĐND và UBND huyện""",
        officials=[("Nguyễn Văn Hùng", "H20", [("Phó Trưởng phòng Tài chính - Kế hoạch huyện", "Phó Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện", "huyện Cẩm Xuyên", False),
                                               ("Trưởng phòng Tài chính - Kế hoạch huyện", "Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện", "huyện Cẩm Xuyên", False)]),
                   ("Võ Thị Hoài Thu", "H21", [("Phó Chánh Văn phòng HĐND và UBND huyện", "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND huyện", "huyện Cẩm Xuyên", False),
                                               ("Trưởng phòng Nội vụ huyện", "Trưởng phòng", "Phòng Nội vụ huyện", "huyện Cẩm Xuyên", False)]),
                   ("Bùi Quang Định", "H22", [("Phó Bí thư Huyện ủy", "Phó Bí thư", "Huyện ủy", "huyện Cẩm Xuyên", False),
                                              ("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện", "huyện Cẩm Xuyên", False)])],
        citizens=[], others=[("Minh Tâm", "byline"), ("Dương Tiến Lực", "footer")]),
    dict(
        portal=portal("Bình Định", "Vĩnh Thạnh", "Vĩnh Hảo", host="vinhhao.vinhthanh.binhdinh.gov.vn"), date="2022-04-16",
        title="Vĩnh Hảo: Nuôi bò sinh sản giúp nhiều hộ thoát nghèo",
        text="""Những năm gần đây, phong trào nuôi bò sinh sản ở xã Vĩnh Hảo phát triển mạnh, trở thành hướng thoát nghèo bền vững của nhiều hộ đồng bào Bana.
Ông Nguyễn Văn Tám, một hộ nuôi bò sinh sản ở thôn Định Bình, cho biết: “Năm 2019 gia đình được Hội Nông dân xã giới thiệu vay 50 triệu đồng mua 2 con bò cái. Đến nay đàn bò đã lên 7 con, mỗi năm bán bê được hơn 40 triệu đồng”.
Cũng như ông Tám, anh Đinh Văn Rơi ở làng Tà Điek trồng thêm 1 ha cỏ voi, làm chuồng trại kiên cố. Theo anh Rơi, có cỏ xanh quanh năm thì bò mau lớn, ít bệnh.
Ông Lê Văn Sáu, Chủ tịch Hội Nông dân xã Vĩnh Hảo cho biết, toàn xã hiện có 1.450 con bò, trong đó hơn 60% là bò lai; Hội đang phối hợp với Trạm Khuyến nông huyện mở lớp tập huấn phòng bệnh viêm da nổi cục cho hội viên.
Bài và ảnh: Minh Anh""",
        officials=[("Lê Văn Sáu", "H23", [("Chủ tịch Hội Nông dân xã Vĩnh Hảo", "Chủ tịch", "Hội Nông dân xã", "xã Vĩnh Hảo", False)])],
        citizens=["Nguyễn Văn Tám", "Đinh Văn Rơi"], others=[("Minh Anh", "byline")]),
    dict(
        portal=portal("Quảng Ninh", "Hạ Long", "phường Hồng Gai", host="honggai.halongcity.gov.vn"), date="2023-08-25",
        title="Phường Hồng Gai dâng hương tưởng niệm Đại tướng Võ Nguyên Giáp",
        text="""Nhân kỷ niệm 10 năm ngày mất của Đại tướng Võ Nguyên Giáp (4/10/2013 - 4/10/2023), sáng 25/8, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Hồng Gai tổ chức đoàn đến dâng hương tại Nhà tưởng niệm Đại tướng.
Tham gia đoàn có đồng chí Vũ Thị Thanh Hương, Bí thư Đảng ủy phường; đồng chí Đoàn Mạnh Cường, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng đại diện các chi bộ, khu phố.
Trong không khí trang nghiêm, các đại biểu đã ôn lại thân thế, sự nghiệp của Đại tướng – người học trò xuất sắc, gần gũi của Chủ tịch Hồ Chí Minh, người anh cả của Quân đội nhân dân Việt Nam.
Cựu chiến binh Trần Văn Đức (khu 5), người từng tham gia chiến dịch Hồ Chí Minh năm 1975, xúc động kể lại kỷ niệm lần được gặp Đại tướng.
Thu Hằng""",
        officials=[("Vũ Thị Thanh Hương", "H24", [("Bí thư Đảng ủy phường", "Bí thư", "Đảng ủy phường", "phường Hồng Gai", False)]),
                   ("Đoàn Mạnh Cường", "H25", [("Phó Bí thư Đảng ủy", "Phó Bí thư", "Đảng ủy phường", "phường Hồng Gai", False),
                                               ("Chủ tịch UBND phường", "Chủ tịch", "UBND phường", "phường Hồng Gai", False)])],
        citizens=["Trần Văn Đức"], others=[("Võ Nguyên Giáp", "historical"), ("Hồ Chí Minh", "historical"), ("Thu Hằng", "byline")]),
    dict(
        portal=portal("Khánh Hòa", host="khanhhoa.gov.vn"), date="2022-12-10",
        title="Công an tỉnh khen thưởng công dân dũng cảm bắt giữ đối tượng cướp tài sản",
        text="""Ngày 10/12, Đại tá Lê Quốc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh đã trao Giấy khen cho anh Phan Văn Lợi và anh Trần Minh Nhựt (ngụ thôn Tân Phú, xã Vạn Thắng, huyện Vạn Ninh) vì đã có hành động dũng cảm phối hợp với lực lượng công an bắt giữ đối tượng cướp tài sản.
Trước đó, tối 2/12, khi phát hiện một thanh niên giật túi xách của chị Nguyễn Thị Hồng Nhung trên quốc lộ 1, hai anh đã truy đuổi hơn 2 km và khống chế đối tượng, giao cho Công an xã Vạn Thắng.
Cùng dự có Thượng tá Huỳnh Tấn Phước, Trưởng Công an huyện Vạn Ninh và Thiếu tá Lê Văn Nghĩa, Trưởng Công an xã Vạn Thắng.
Phát biểu tại buổi trao thưởng, Đại tá Lê Quốc Thái ghi nhận tinh thần dũng cảm của hai công dân và đề nghị các địa phương nhân rộng mô hình “Tổ tự quản an ninh trật tự”.
Phòng Tham mưu Công an tỉnh""",
        officials=[("Lê Quốc Thái", "H26", [("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "tỉnh Khánh Hòa", False),
                                            ("Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh", "tỉnh Khánh Hòa", False)]),
                   ("Huỳnh Tấn Phước", "H27", [("Trưởng Công an huyện Vạn Ninh", "Trưởng", "Công an huyện", "huyện Vạn Ninh", False)]),
                   ("Lê Văn Nghĩa", "H28", [("Trưởng Công an xã Vạn Thắng", "Trưởng", "Công an xã", "xã Vạn Thắng", False)])],
        citizens=["Phan Văn Lợi", "Trần Minh Nhựt", "Nguyễn Thị Hồng Nhung"], others=[]),
    dict(
        portal=portal("Phú Thọ", "Tam Nông", "Hiền Quan", host="hienquan.tamnong.phutho.gov.vn"), date="2024-11-18",
        title="Ngày hội Đại đoàn kết toàn dân tộc ở khu 7",
        text="""Sáng 18/11, Ban Công tác Mặt trận khu 7, xã Hiền Quan tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.
Về dự ngày hội có ông Nguyễn Đình Khải, Phó Chủ tịch UBND huyện; bà Đỗ Thị Lan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ xã; ông Hà Quang Vinh, Bí thư Chi bộ khu 7 cùng đông đảo bà con Nhân dân.
Năm qua, Nhân dân khu 7 đã hiến 1.200 m2 đất, góp 320 triệu đồng làm đường giao thông; 96% hộ đạt danh hiệu “Gia đình văn hóa”.
Dịp này, UBND xã tặng Giấy khen cho 5 hộ gia đình tiêu biểu, trong đó có hộ ông Lê Văn Chiến, bà Phùng Thị Nga và anh Nguyễn Văn Lực. Trưởng khu 7, ông Kiều Văn Toản, cho biết số tiền bà con đóng góp sẽ được dùng để lắp điện chiếu sáng đường làng.
Ngọc Ánh""",
        officials=[("Nguyễn Đình Khải", "H29", [("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện", "huyện Tam Nông", False)]),
                   ("Đỗ Thị Lan", "H30", [("Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực", "Đảng ủy xã", "xã Hiền Quan", False),
                                          ("Chủ tịch Ủy ban MTTQ xã", "Chủ tịch", "UBMTTQ xã", "xã Hiền Quan", False)]),
                   ("Hà Quang Vinh", "H31", [("Bí thư Chi bộ khu 7", "Bí thư", "Chi bộ thôn", "xã Hiền Quan", False)]),
                   ("Kiều Văn Toản", "H32", [("Trưởng khu 7", "Trưởng thôn", "thôn", "xã Hiền Quan", False)])],
        citizens=["Lê Văn Chiến", "Phùng Thị Nga", "Nguyễn Văn Lực"], others=[("Ngọc Ánh", "byline")]),
    dict(
        portal=portal("Thanh Hóa", host="thanhhoa.gov.vn"), date="2024-01-15",
        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 26",
        text="""Ngày 15/1, Ban Chấp hành Đảng bộ tỉnh khóa XIX tổ chức hội nghị lần thứ 26 đánh giá tình hình thực hiện nhiệm vụ năm 2023, triển khai nhiệm vụ năm 2024.
Đồng chí Trịnh Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Đoàn ĐBQH tỉnh chủ trì hội nghị. Cùng dự có các đồng chí: Lại Văn Nguyên, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Minh Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.
Năm 2023, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,3%; thu ngân sách nhà nước đạt 49.250 tỷ đồng, vượt dự toán; có thêm 36 xã đạt chuẩn nông thôn mới.
Thay mặt UBND tỉnh, đồng chí Đỗ Minh Khiêm trình bày báo cáo tình hình kinh tế - xã hội. Đồng chí Lê Tiến Luật, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh báo cáo kết quả giải ngân vốn đầu tư công.
Tin liên quan
Bí thư Tỉnh ủy Trịnh Quốc Hưng tiếp xúc cử tri huyện Thiệu Hóa
Phó Chủ tịch UBND tỉnh Mai Xuân Lịch kiểm tra công tác phòng, chống thiên tai""",
        officials=[("Trịnh Quốc Hưng", "H33", [("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "Trung ương Đảng", None, False),
                                             ("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy", "tỉnh Thanh Hóa", False),
                                             ("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh", "tỉnh Thanh Hóa", False),
                                             ("Trưởng Đoàn ĐBQH tỉnh", "Trưởng Đoàn", "Đoàn ĐBQH tỉnh", "tỉnh Thanh Hóa", False)]),
                   ("Lại Văn Nguyên", "H34", [("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực", "Tỉnh ủy", "tỉnh Thanh Hóa", False)]),
                   ("Đỗ Minh Khiêm", "H35", [("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy", "tỉnh Thanh Hóa", False),
                                            ("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh", "tỉnh Thanh Hóa", False)]),
                   ("Lê Tiến Luật", "H36", [("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "tỉnh Thanh Hóa", False),
                                           ("Phó Chủ tịch Thường trực UBND tỉnh", "Phó Chủ tịch Thường trực", "UBND tỉnh", "tỉnh Thanh Hóa", False)])],
        citizens=[], others=[("Trịnh Quốc Hưng", "related"), ("Mai Xuân Lịch", "related")]),
    dict(
        portal=portal("Lạng Sơn", "Tràng Định", host="trangdinh.langson.gov.vn"), date="2021-03-26",
        title="Huyện đoàn Tràng Định ra quân Tháng Thanh niên năm 2021",
        text="""Sáng 26/3, Huyện đoàn Tràng Định tổ chức lễ ra quân hưởng ứng Tháng Thanh niên và kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2021).
Tới dự có đồng chí Hoàng Văn Pác - Phó Bí thư Thường trực Huyện ủy; đồng chí Nông Thị Diệu Linh - Bí thư Tỉnh đoàn Lạng Sơn.
Phát biểu tại buổi lễ, đồng chí Lương Văn Tuấn – Bí thư Huyện đoàn cho biết, trong Tháng Thanh niên, các cơ sở đoàn sẽ ra quân làm 5 km đường bê tông, trồng 3.000 cây xanh và hiến 150 đơn vị máu.
Tại lễ ra quân, Huyện đoàn đã trao 10 suất học bổng cho học sinh vượt khó, trong đó có em Hoàng Thị Mỷ, học sinh lớp 7 Trường PTDTBT THCS Đại Đồng.
Đoàn viên Nông Văn Sỹ (xã Tri Phương) chia sẻ, anh sẽ cùng các bạn tham gia dọn vệ sinh, sửa nhà cho các gia đình chính sách.
Huyện đoàn Tràng Định""",
        officials=[("Hoàng Văn Pác", "H37", [("Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy", "huyện Tràng Định", False)]),
                   ("Nông Thị Diệu Linh", "H38", [("Bí thư Tỉnh đoàn Lạng Sơn", "Bí thư", "Tỉnh đoàn", "tỉnh Lạng Sơn", False)]),
                   ("Lương Văn Tuấn", "H39", [("Bí thư Huyện đoàn", "Bí thư", "Huyện đoàn", "huyện Tràng Định", False)])],
        citizens=["Hoàng Thị Mỷ", "Nông Văn Sỹ"], others=[]),
    dict(
        portal=portal("Nghệ An", "Đô Lương", host="doluong.gov.vn"), date="2023-05-15",
        title="Chủ tịch UBND huyện Đô Lương tiếp công dân định kỳ tháng 5",
        text="""Sáng 15/5, tại Trụ sở Tiếp công dân huyện, đồng chí Chủ tịch UBND huyện Thái Văn Nga đã chủ trì buổi tiếp công dân định kỳ tháng 5/2023.
Cùng tiếp công dân có đồng chí Nguyễn Quang Vinh - UVBTV, Trưởng ban Dân vận Huyện ủy, Chủ tịch UBMTTQ huyện; đại diện lãnh đạo Văn phòng HĐND - UBND, Phòng Tài nguyên và Môi trường, Thanh tra huyện.
Tại buổi tiếp, ông Trần Văn Bảy (xóm 3, xã Lạc Sơn) kiến nghị việc cấp giấy chứng nhận quyền sử dụng đất còn chậm; bà Hồ Thị Mận (xã Thuận Sơn) phản ánh việc bồi thường giải phóng mặt bằng tuyến đường tránh.
Sau khi nghe ý kiến của công dân và các phòng chuyên môn, Chủ tịch UBND huyện Thái Văn Nga giao Phòng Tài nguyên và Môi trường phối hợp với UBND xã Lạc Sơn kiểm tra, trả lời công dân trước ngày 30/5.
Sỹ Bắc""",
        officials=[("Thái Văn Nga", "H40", [("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện", "huyện Đô Lương", False)]),
                   ("Nguyễn Quang Vinh", "H41", [("UVBTV", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Đô Lương", False),
                                                 ("Trưởng ban Dân vận Huyện ủy", "Trưởng Ban Dân vận", "Huyện ủy", "huyện Đô Lương", False),
                                                 ("Chủ tịch UBMTTQ huyện", "Chủ tịch", "UBMTTQ huyện", "huyện Đô Lương", False)])],
        citizens=["Trần Văn Bảy", "Hồ Thị Mận"], others=[("Sỹ Bắc", "byline")]),
    dict(
        portal=portal("An Giang", "Tịnh Biên", host="tinhbien.angiang.gov.vn"), date="2024-07-22",
        title="Hội Cựu chiến binh thị xã trao nhà “Nghĩa tình đồng đội”",
        text="""Ngày 22/7, Hội Cựu chiến binh thị xã Tịnh Biên phối hợp UBND xã An Cư bàn giao nhà “Nghĩa tình đồng đội” cho hội viên Chau Sóc Kha, ngụ ấp Vồ Bà, xã An Cư.
Tham dự có ông Trương Văn Nghĩa - Chủ tịch Hội CCB thị xã; ông Néang Sà Phol - Phó Chủ tịch UBND xã An Cư.
Căn nhà có diện tích 60 m2, tổng kinh phí 90 triệu đồng, trong đó Hội CCB thị xã hỗ trợ 50 triệu đồng, phần còn lại do gia đình và bà con lối xóm đóng góp ngày công.
Xúc động nhận nhà mới, ông Chau Sóc Kha, cựu chiến binh từng tham gia bảo vệ biên giới Tây Nam, cảm ơn sự quan tâm của các cấp hội.
Ông Trương Văn Nghĩa cho biết, từ đầu nhiệm kỳ, Hội CCB thị xã đã vận động xây mới, sửa chữa 27 căn nhà cho hội viên khó khăn.
Thanh Tùng – Trung tâm VH-TT-TT thị xã""",
        officials=[("Trương Văn Nghĩa", "H42", [("Chủ tịch Hội CCB thị xã", "Chủ tịch", "Hội CCB thị xã", "thị xã Tịnh Biên", False)]),
                   ("Néang Sà Phol", "H43", [("Phó Chủ tịch UBND xã An Cư", "Phó Chủ tịch", "UBND xã", "xã An Cư", False)])],
        citizens=["Chau Sóc Kha"], others=[("Thanh Tùng", "byline")]),
    dict(
        portal=portal("Ninh Thuận", host="ninhthuan.gov.vn"), date="2023-04-02",
        title="Lễ viếng, lễ truy điệu đồng chí Trần Xuân Hòa, nguyên Phó Chủ tịch UBND tỉnh",
        text="""Ngày 2/4, tại Nhà tang lễ tỉnh, Ban Thường vụ Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ viếng, lễ truy điệu đồng chí Trần Xuân Hòa, nguyên Tỉnh ủy viên, nguyên Phó Chủ tịch UBND tỉnh.
Đồng chí Trần Xuân Hòa sinh năm 1942, quê xã Phước Hậu, huyện Ninh Phước; tham gia cách mạng năm 1962. Đồng chí từng giữ các chức vụ Bí thư Huyện ủy Ninh Phước, Phó Chủ tịch UBND tỉnh; được tặng Huân chương Kháng chiến hạng Nhất, Huy hiệu 55 năm tuổi Đảng.
Đoàn Ban Thường vụ Tỉnh ủy do đồng chí Phạm Văn Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến viếng, chia buồn cùng gia quyến.
Đồng chí Lê Hường, Phó Bí thư Thường trực Tỉnh ủy đọc điếu văn, ôn lại cuộc đời và sự nghiệp của đồng chí Trần Xuân Hòa.
Ban Tuyên giáo Tỉnh ủy""",
        officials=[("Trần Xuân Hòa", "H44", [("nguyên Tỉnh ủy viên", "Tỉnh ủy viên", "Tỉnh ủy", "tỉnh Ninh Thuận", True),
                                             ("nguyên Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh", "tỉnh Ninh Thuận", True),
                                             ("Bí thư Huyện ủy Ninh Phước", "Bí thư", "Huyện ủy", "huyện Ninh Phước", True),
                                             ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh", "tỉnh Ninh Thuận", True)]),
                   ("Phạm Văn Hiếu", "H45", [("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy", "tỉnh Ninh Thuận", False),
                                            ("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh", "tỉnh Ninh Thuận", False)]),
                   ("Lê Hường", "H46", [("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực", "Tỉnh ủy", "tỉnh Ninh Thuận", False)])],
        # the posts after "từng giữ các chức vụ" are past posts (former) though printed without
        # "nguyên"; the second "Phó Chủ tịch UBND tỉnh" is the first post printed again
        citizens=[], others=[]),
    dict(
        portal=portal("Hà Tĩnh", "Cẩm Xuyên", "Cẩm Thịnh", host="camthinh.camxuyen.hatinh.gov.vn"), date="2020-08-12",
        title="Đại hội Đảng bộ xã Cẩm Thịnh lần thứ XXIII, nhiệm kỳ 2020 - 2025",
        text="""Trong 2 ngày 11 - 12/8/2020, Đảng bộ xã Cẩm Thịnh tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - 2025. Về dự có đồng chí Nguyễn Văn Hoàng – Phó Chủ tịch UBND huyện, đồng chí Lê Thị Thanh Bình – Ủy viên BTV, Trưởng Ban Tổ chức Huyện ủy.
Nhiệm kỳ 2015 – 2020, kinh tế của xã tăng trưởng khá, thu nhập bình quân đầu người đạt 45 triệu đồng/năm; xã về đích nông thôn mới năm 2018.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ xã khóa XXIII. Tại phiên họp thứ nhất, đồng chí Trần Đình Khoa tái đắc cử chức Bí thư Đảng ủy xã; đồng chí Phạm Thị Hoa được bầu giữ chức Phó Bí thư Thường trực Đảng ủy.
Cẩm Thịnh""",
        officials=[("Nguyễn Văn Hoàng", "H47", [("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện", "huyện Cẩm Xuyên", False)]),
                   ("Lê Thị Thanh Bình", "H48", [("Ủy viên BTV", "Ủy viên Ban Thường vụ", "Huyện ủy", "huyện Cẩm Xuyên", False),
                                                 ("Trưởng Ban Tổ chức Huyện ủy", "Trưởng Ban Tổ chức", "Huyện ủy", "huyện Cẩm Xuyên", False)]),
                   ("Trần Đình Khoa", "H49", [("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã", "xã Cẩm Thịnh", False)]),
                   ("Phạm Thị Hoa", "H50", [("Phó Bí thư Thường trực Đảng ủy", "Phó Bí thư Thường trực", "Đảng ủy xã", "xã Cẩm Thịnh", False)])],
        citizens=[], others=[]),
    dict(
        portal=portal("Bắc Kạn", "Bạch Thông", host="bachthong.gov.vn"), date="2021-05-24",
        title="14 xã, thị trấn tổ chức thành công kỳ họp thứ nhất HĐND khóa XX, nhiệm kỳ 2021 - 2026",
        text="""Từ ngày 20 đến 24/5/2021, 14 xã, thị trấn trên địa bàn huyện Bạch Thông đã tổ chức kỳ họp thứ nhất HĐND khóa XX, nhiệm kỳ 2021 - 2026 để bầu các chức danh chủ chốt của HĐND, UBND.
Tại xã Quang Thuận, đồng chí Ma Văn Hải, Bí thư Đảng ủy xã tái đắc cử Chủ tịch HĐND xã; ông Lộc Văn Thắng được bầu giữ chức Chủ tịch UBND xã.
Tại xã Cẩm Giàng, bà Triệu Thị Hằng được bầu làm Chủ tịch HĐND xã, ông Hoàng Văn Bằng tiếp tục giữ chức Chủ tịch UBND xã.
Theo đồng chí Đinh Quang Tuyên, Phó Chủ tịch HĐND huyện, các kỳ họp diễn ra đúng luật, các chức danh được bầu với tỷ lệ phiếu cao.
PV
Cơ quan chủ quản: UBND huyện Bạch Thông
Chịu trách nhiệm chính: Bà Nông Thị Hoa - Chánh Văn phòng HĐND và UBND huyện""",
        officials=[("Ma Văn Hải", "H51", [("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã", "xã Quang Thuận", False),
                                          ("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã", "xã Quang Thuận", False)]),
                   ("Lộc Văn Thắng", "H52", [("Chủ tịch UBND xã", "Chủ tịch", "UBND xã", "xã Quang Thuận", False)]),
                   ("Triệu Thị Hằng", "H53", [("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã", "xã Cẩm Giàng", False)]),
                   ("Hoàng Văn Bằng", "H54", [("Chủ tịch UBND xã", "Chủ tịch", "UBND xã", "xã Cẩm Giàng", False)]),
                   ("Đinh Quang Tuyên", "H55", [("Phó Chủ tịch HĐND huyện", "Phó Chủ tịch", "HĐND huyện", "huyện Bạch Thông", False)])],
        citizens=[], others=[("Nông Thị Hoa", "footer")]),
    dict(
        portal=portal("Đồng Nai", commune="Xuân Đông", host="xuandong.dongnai.gov.vn"), date="2025-10-03",
        title="HĐND xã Xuân Đông khóa VIII tổ chức kỳ họp thứ ba",
        text="""Ngày 3/10/2025, HĐND xã Xuân Đông khóa VIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ ba (chuyên đề).
Đồng chí Đặng Văn Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì kỳ họp. Dự kỳ họp có đồng chí Võ Hữu Trí, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Lâm Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Kỳ họp đã thông qua các nghị quyết về dự toán thu, chi ngân sách những tháng cuối năm 2025 và kế hoạch đầu tư công của xã sau sắp xếp.
Cũng tại kỳ họp, các đại biểu đã bầu ông Nguyễn Hoàng Phúc, nguyên Phó Chủ tịch UBND huyện Cẩm Mỹ, giữ chức Phó Chủ tịch UBND xã Xuân Đông.
Cử tri Trần Thị Bé (ấp Suối Lức) bày tỏ mong muốn xã sớm sửa tuyến đường liên ấp bị xuống cấp.
Tin, ảnh: Bảo Trâm
Tin khác
Đồng chí Đặng Văn Bình, Bí thư Đảng ủy xã thăm các hộ bị thiệt hại do mưa lớn""",
        officials=[("Đặng Văn Bình", "H56", [("Bí thư Đảng ủy", "Bí thư", "Đảng ủy xã", "xã Xuân Đông", False),
                                             ("Chủ tịch HĐND xã", "Chủ tịch", "HĐND xã", "xã Xuân Đông", False)]),
                   ("Võ Hữu Trí", "H57", [("Phó Bí thư Đảng ủy", "Phó Bí thư", "Đảng ủy xã", "xã Xuân Đông", False),
                                          ("Chủ tịch UBND xã", "Chủ tịch", "UBND xã", "xã Xuân Đông", False)]),
                   ("Lâm Thị Kim Ngân", "H58", [("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch", "UBMTTQ xã", "xã Xuân Đông", False)]),
                   ("Nguyễn Hoàng Phúc", "H59", [("nguyên Phó Chủ tịch UBND huyện Cẩm Mỹ", "Phó Chủ tịch", "UBND huyện", "huyện Cẩm Mỹ", True),
                                                 ("Phó Chủ tịch UBND xã Xuân Đông", "Phó Chủ tịch", "UBND xã", "xã Xuân Đông", False)])],
        citizens=["Trần Thị Bé"], others=[("Bảo Trâm", "byline"), ("Đặng Văn Bình", "related")]),
]
