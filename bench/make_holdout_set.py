"""Build the held-out extraction set (bench/data/extraction-holdout/).

    python bench/make_holdout_set.py          # rewrites pages/ and gold.jsonl

Independent of the tuning set: the page shapes below (DNN, SharePoint /Trang/, Bình Định
Index.aspx, Huế ?cn=&gd=&tc=, Điện Biên MVC, Hạ Long -pNNnNNN.html, Cà Mau HĐND, Bắc Kạn
?com=, Joomla, Bootstrap PHP, frameset/table) were written from the notes in
/work/shared/PORTALS.md without looking at the extractor or the tuning-set generator.
Article texts are invented. Gold is computed from the article records, not from the HTML.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "extraction-holdout"

# ---------------------------------------------------------------------------------------
# Article records. body items: str = paragraph; {"table": rows} = data table (part of the
# body); {"img": file, "cap": caption} = photo with an italic caption (caption is NOT body).
# date: "YYYY-MM-DDTHH:MM" (page shows a time), "YYYY-MM-DD", or None (page has no date).
# ---------------------------------------------------------------------------------------

ARTICLES: list[dict] = [
    # ---------------- DNN / DotNetNuke: Thủ Dầu Một -----------------------------------
    dict(id="dnn-01", site="dnn", aid=4521, cat="Kinh tế", fmt="thu_dash", date="2022-09-05T23:24",
         byline="right_bold", author="Minh Khoa", source=None,
         title="Thủ Dầu Một: Thu ngân sách 8 tháng đạt 72% dự toán năm",
         body=[
             "Theo báo cáo của Chi cục Thuế khu vực Thủ Dầu Một, tổng thu ngân sách nhà nước trên địa bàn thành phố 8 tháng đầu năm 2022 ước đạt 3.968 tỷ đồng, bằng 72% dự toán năm và tăng 9,4% so với cùng kỳ. Trong đó, thu từ khu vực công thương nghiệp ngoài quốc doanh tiếp tục là nguồn thu lớn nhất.",
             "Kết quả thu một số khoản chủ yếu như sau:",
             {"table": [["Khoản thu", "Dự toán năm (tỷ đồng)", "Thực hiện 8 tháng (tỷ đồng)", "Tỷ lệ (%)"],
                        ["Thu công thương nghiệp ngoài quốc doanh", "2.150", "1.612", "75,0"],
                        ["Lệ phí trước bạ", "820", "566", "69,0"],
                        ["Thuế thu nhập cá nhân", "1.180", "861", "73,0"],
                        ["Thu tiền sử dụng đất", "950", "604", "63,6"],
                        ["Thu khác ngân sách", "400", "325", "81,3"]]},
             "Nguyên nhân thu đạt khá là do hoạt động sản xuất, kinh doanh trên địa bàn phục hồi nhanh sau dịch Covid-19; ngành thuế đã đẩy mạnh đôn đốc thu hồi nợ đọng, mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền tại các cửa hàng bán lẻ, nhà hàng. Tuy nhiên, thu tiền sử dụng đất chưa đạt tiến độ do thị trường bất động sản trầm lắng, một số dự án chưa hoàn thành thủ tục giao đất.",
             "Để hoàn thành dự toán năm, UBND thành phố yêu cầu Chi cục Thuế phối hợp với các phường rà soát nguồn thu, chống thất thu đối với hoạt động cho thuê nhà trọ, kinh doanh thương mại điện tử; đồng thời đẩy nhanh tiến độ đấu giá quyền sử dụng đất các khu đất công đã có kế hoạch.",
         ]),
    dict(id="dnn-02", site="dnn", aid=4533, cat="Văn hóa - Xã hội", fmt="dmy_slash", date="2023-03-18T16:40",
         byline="tin_anh", author="Ngọc Hân", source=None,
         title="Phường Phú Cường ra mắt mô hình “Tuyến phố văn minh” trên đường Bạch Đằng",
         body=[
             "Chiều 18/3, UBND phường Phú Cường phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức lễ ra mắt mô hình “Tuyến phố văn minh, sạch đẹp” trên đường Bạch Đằng, đoạn từ chợ Thủ Dầu Một đến cầu Ông Đành. Tham dự có đại diện Phòng Văn hóa và Thông tin thành phố cùng hơn 200 hộ dân, hộ kinh doanh dọc tuyến đường.",
             {"img": "/Portals/0/Uploads/2023/3/pc-tuyenpho.jpg", "cap": "Các hộ kinh doanh ký cam kết thực hiện tuyến phố văn minh"},
             "Tuyến đường dài khoảng 1,2 km, là nơi tập trung đông hộ kinh doanh ăn uống, hàng lưu niệm và là điểm đến của du khách khi tham quan bờ sông Sài Gòn. Thời gian qua, tình trạng lấn chiếm vỉa hè, để rác không đúng giờ quy định vẫn còn xảy ra, ảnh hưởng đến mỹ quan đô thị.",
             "Theo nội dung mô hình, các hộ dân cam kết không buôn bán lấn chiếm lòng lề đường, bỏ rác đúng giờ, đúng nơi quy định, trồng cây xanh và chậu hoa trước nhà, niêm yết giá công khai và ứng xử văn minh với khách hàng. Tổ dân phố sẽ thành lập tổ tự quản để nhắc nhở, vận động các hộ cùng thực hiện.",
             "Phát biểu tại buổi lễ, lãnh đạo phường đề nghị các hộ dân phát huy tinh thần tự giác, xem việc giữ gìn cảnh quan tuyến phố là trách nhiệm chung. Dịp này, phường đã trao tặng 150 thùng rác có nắp đậy và 300 chậu hoa cho các hộ dân tham gia mô hình.",
         ]),
    dict(id="dnn-03", site="dnn", aid=4540, cat="Quốc phòng - An ninh", fmt=None, date=None,
         byline="org", author="Thanh Tùng", org="Trung tâm Văn hóa - Thể thao thành phố", source=None,
         title="Hội thi nghiệp vụ chữa cháy và cứu nạn, cứu hộ lực lượng dân phòng",
         body=[
             "Nhằm nâng cao kỹ năng xử lý tình huống ban đầu khi xảy ra cháy, nổ, Công an thành phố Thủ Dầu Một vừa tổ chức Hội thi nghiệp vụ chữa cháy và cứu nạn, cứu hộ dành cho lực lượng dân phòng năm 2023. Hội thi thu hút 14 đội thi đến từ các phường với gần 170 vận động viên tham gia.",
             "Các đội tranh tài ở ba nội dung: lý thuyết về pháp luật phòng cháy, chữa cháy; thực hành triển khai đội hình chữa cháy bằng máy bơm khiêng tay; xử lý tình huống giả định cháy tại nhà dân kết hợp cứu người bị nạn. Ở phần thi tình huống, các đội phải phân công nhiệm vụ, ngắt điện, dùng bình chữa cháy xách tay dập đám cháy nhỏ và sơ cứu nạn nhân trước khi lực lượng chuyên nghiệp tới.",
             "Ban tổ chức đánh giá các đội thi chuẩn bị chu đáo, thao tác nhanh, đúng kỹ thuật; nhiều đội có sự tham gia của lực lượng nữ với tinh thần thi đấu nhiệt tình. Qua hội thi cũng bộc lộ một số hạn chế như việc phối hợp giữa các thành viên còn lúng túng, kỹ năng sử dụng thang dây chưa thành thạo.",
             "Kết thúc hội thi, Ban tổ chức trao giải nhất cho đội phường Hiệp Thành, giải nhì cho đội phường Chánh Nghĩa, hai giải ba cho các đội phường Phú Hòa và Định Hòa, cùng nhiều giải phụ cho các cá nhân có thành tích xuất sắc.",
         ]),
    dict(id="dnn-04", site="dnn", aid=4552, cat="Y tế - Giáo dục", fmt="capnhat_luc", date="2023-03-12T08:15",
         byline="source_line", author=None, source="Báo Bình Dương",
         title="Thành phố triển khai tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
         body=[
             "Trung tâm Y tế thành phố Thủ Dầu Một cho biết, từ ngày 13 đến 31/3/2023, thành phố tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi chưa được tiêm đủ mũi theo lịch tiêm chủng mở rộng. Dự kiến có khoảng 4.800 trẻ thuộc diện tiêm trên địa bàn 14 phường.",
             "Theo ngành y tế, do ảnh hưởng của dịch Covid-19 trong hai năm trước, tỷ lệ tiêm chủng thường xuyên ở một số địa phương giảm, nguy cơ bùng phát các bệnh truyền nhiễm có vắc xin phòng ngừa như sởi, bạch hầu, ho gà là khá cao. Việc tiêm bổ sung nhằm tạo miễn dịch cộng đồng, hạn chế nguy cơ dịch xâm nhập từ các địa phương khác.",
             "Các điểm tiêm được bố trí tại trạm y tế phường và một số trường mầm non có đông trẻ. Trước khi tiêm, trẻ được khám sàng lọc; sau tiêm, phụ huynh được hướng dẫn theo dõi trẻ tại chỗ 30 phút và tiếp tục theo dõi tại nhà trong 24 giờ. Vắc xin được cung cấp miễn phí.",
             "Trung tâm Y tế khuyến cáo phụ huynh mang theo sổ tiêm chủng hoặc giấy chứng nhận tiêm chủng khi đưa trẻ đi tiêm, liên hệ trạm y tế nơi cư trú nếu chưa nhận được giấy mời. Những trường hợp đang sốt, mắc bệnh cấp tính sẽ được hẹn tiêm lại sau khi khỏi bệnh.",
         ]),
    dict(id="dnn-05", site="dnn", aid=4568, cat="Cải cách hành chính", fmt="iso_time", date="2023-06-21T14:30",
         byline="pv", author="PV", source=None, twice=True,
         title="Thủ Dầu Một đối thoại với doanh nghiệp về cải cách thủ tục hành chính",
         body=[
             "Chiều 21/6, UBND thành phố Thủ Dầu Một tổ chức hội nghị đối thoại với doanh nghiệp năm 2023 với chủ đề tháo gỡ khó khăn trong giải quyết thủ tục hành chính. Đồng chí Chủ tịch UBND thành phố chủ trì hội nghị; tham dự có hơn 120 đại diện doanh nghiệp, hộ kinh doanh trên địa bàn.",
             "Tại hội nghị, các doanh nghiệp nêu nhiều kiến nghị liên quan đến thời gian cấp giấy phép xây dựng, thủ tục thẩm duyệt phòng cháy chữa cháy đối với nhà xưởng cải tạo, việc kết nối cấp nước cho khu sản xuất và đăng ký hộ kinh doanh qua mạng. Một số ý kiến phản ánh hồ sơ trực tuyến còn phải nộp bổ sung bản giấy, gây mất thời gian.",
             "Lãnh đạo các phòng chuyên môn đã trả lời trực tiếp từng nội dung; những vấn đề thuộc thẩm quyền của tỉnh được thành phố tổng hợp, kiến nghị sở ngành xem xét. Phòng Quản lý đô thị cho biết đã rút ngắn thời gian cấp phép xây dựng nhà ở riêng lẻ còn 10 ngày làm việc, thấp hơn 5 ngày so với quy định.",
             "Kết luận hội nghị, đồng chí Chủ tịch UBND thành phố yêu cầu các cơ quan không để hồ sơ trễ hạn, công khai tiến độ xử lý trên Cổng dịch vụ công; người đứng đầu phải chịu trách nhiệm nếu để xảy ra tình trạng nhũng nhiễu, gây phiền hà cho doanh nghiệp.",
         ]),

    # ---------------- SharePoint /Trang/: Quảng Ninh ---------------------------------------
    dict(id="qn-01", site="qn", nid=118234, cat="Tin tức - Sự kiện", fmt="dmy_slash", date="2023-05-02T17:05",
         byline="source_line", author=None, source="Báo Quảng Ninh",
         title="Quảng Ninh đón hơn 1,2 triệu lượt khách trong kỳ nghỉ lễ 30/4 - 1/5",
         body=[
             "Theo thống kê của Sở Du lịch, trong 5 ngày nghỉ lễ kỷ niệm Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động, toàn tỉnh Quảng Ninh đón khoảng 1,22 triệu lượt khách, tăng 18% so với cùng kỳ năm trước; tổng thu từ khách du lịch ước đạt 3.100 tỷ đồng.",
             "Các địa phương đón đông khách là thành phố Hạ Long, Vân Đồn, Uông Bí và Móng Cái. Công suất sử dụng phòng tại nhiều khách sạn ven biển Bãi Cháy đạt trên 90% vào các ngày cao điểm. Tuyến du lịch vịnh Hạ Long phục vụ hơn 140 nghìn lượt khách tham quan bằng tàu.",
             "Trong dịp lễ, các lực lượng chức năng đã tăng cường kiểm tra niêm yết giá, an toàn thực phẩm và an toàn phương tiện thủy; lắp đặt thêm nhà vệ sinh di động, bố trí lực lượng cứu hộ tại các bãi tắm. Không có vụ việc phức tạp về an ninh trật tự, không có phản ánh chặt chém du khách.",
             "Sở Du lịch cho biết sẽ tiếp tục phối hợp với các địa phương tổ chức chuỗi sự kiện Carnaval, lễ hội biển và các chương trình kích cầu để thu hút khách trong mùa hè, hướng tới mục tiêu đón 15,5 triệu lượt khách trong năm 2023.",
         ]),
    dict(id="qn-02", site="qn", nid=118301, cat="Cải cách hành chính", fmt="dmy_slash", date="2023-04-11T10:20",
         byline="org", author="Thu Hằng", org="Trung tâm Truyền thông tỉnh", source=None,
         title="Công bố chỉ số cải cách hành chính các sở, ngành năm 2022",
         body=[
             "Sáng 11/4, UBND tỉnh tổ chức hội nghị công bố Chỉ số cải cách hành chính (PAR Index) năm 2022 của các sở, ban, ngành và địa phương. Kết quả được xác định trên cơ sở tự đánh giá của các cơ quan, thẩm định của Hội đồng và điều tra xã hội học đối với người dân, doanh nghiệp.",
             "Khối sở, ngành có năm đơn vị dẫn đầu như sau:",
             {"table": [["Thứ hạng", "Đơn vị", "Điểm đạt được"],
                        ["1", "Sở Thông tin và Truyền thông", "91,24"],
                        ["2", "Sở Tư pháp", "90,87"],
                        ["3", "Sở Kế hoạch và Đầu tư", "89,92"],
                        ["4", "Sở Tài chính", "89,15"],
                        ["5", "Sở Nội vụ", "88,60"]]},
             "Ở khối địa phương, thành phố Móng Cái, huyện Tiên Yên và thị xã Quảng Yên đứng ba vị trí đầu. Điểm trung bình toàn tỉnh đạt 86,4 điểm, cao hơn năm 2021; tiêu chí hiện đại hóa nền hành chính và cải cách thủ tục hành chính có mức tăng rõ rệt nhất.",
             "Phát biểu tại hội nghị, lãnh đạo UBND tỉnh đề nghị các đơn vị xếp hạng thấp phân tích nguyên nhân các chỉ số thành phần bị trừ điểm, xây dựng kế hoạch khắc phục cụ thể; tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và nâng tỷ lệ hồ sơ trực tuyến toàn trình.",
         ]),
    dict(id="qn-03", site="qn", nid=118355, cat="Kinh tế", fmt="thu_dash", date="2023-10-16T09:45",
         byline="right_bold", author="Hoàng Quỳnh", source=None,
         title="Đoàn công tác Bộ Nông nghiệp và PTNT kiểm tra công tác chống khai thác IUU tại Quảng Ninh",
         body=[
             "Ngày 16/10, đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn do Thứ trưởng Phùng Đức Tiến làm trưởng đoàn đã có buổi kiểm tra công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tại tỉnh Quảng Ninh.",
             "Báo cáo với đoàn, Sở Nông nghiệp và PTNT cho biết toàn tỉnh hiện có 5.806 tàu cá, trong đó 389 tàu có chiều dài từ 15 m trở lên đã được lắp đặt thiết bị giám sát hành trình đạt 100%. Các cảng cá Cái Rồng, Cái Đá, Ninh Bình đã bố trí văn phòng kiểm soát tàu cá xuất, nhập bến và thực hiện truy xuất nguồn gốc thủy sản.",
             "Tỉnh đã xử phạt 126 trường hợp vi phạm với tổng số tiền hơn 1,3 tỷ đồng; không để xảy ra tàu cá vi phạm vùng biển nước ngoài. Tuy vậy, việc đăng ký, đăng kiểm tàu cá dưới 12 m ở một số địa phương còn chậm, một bộ phận ngư dân chưa chấp hành nghiêm việc ghi nhật ký khai thác.",
             "Thứ trưởng đề nghị tỉnh tiếp tục rà soát, cập nhật đầy đủ dữ liệu tàu cá lên hệ thống quốc gia, xử lý dứt điểm tàu cá “ba không”, tăng cường tuần tra trên biển, bảo đảm hoàn thành các khuyến nghị của Ủy ban châu Âu trước đợt thanh tra tiếp theo.",
         ]),
    dict(id="qn-04", site="qn", nid=118412, cat="Chuyển đổi số", fmt="meta_only", date="2024-01-09T15:10",
         byline="pv", author="PV", source=None,
         title="Quảng Ninh đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến trong năm 2024",
         body=[
             "Ban Chỉ đạo chuyển đổi số tỉnh vừa tổ chức hội nghị tổng kết năm 2023 và triển khai nhiệm vụ năm 2024. Năm qua, tỉnh tiếp tục nằm trong nhóm dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh; tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt 72%.",
             "Hạ tầng số được đầu tư đồng bộ: 100% thôn, khu có sóng di động 4G, cáp quang đến 98% hộ gia đình; Trung tâm điều hành thông minh cấp tỉnh đã kết nối dữ liệu với 13 địa phương. Tỉnh đã cấp hơn 1 triệu tài khoản định danh điện tử, tích hợp thanh toán trực tuyến trên Cổng dịch vụ công.",
             "Hội nghị cũng chỉ ra những tồn tại như một số cơ sở dữ liệu chuyên ngành chưa được làm sạch, việc chia sẻ dữ liệu giữa các sở còn chậm, kỹ năng số của một bộ phận người dân vùng cao còn hạn chế.",
             "Năm 2024, tỉnh phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến, 100% kết quả giải quyết được số hóa; phát triển kinh tế số chiếm 20% GRDP. Các tổ công nghệ số cộng đồng ở thôn, khu sẽ tiếp tục hướng dẫn người dân sử dụng dịch vụ công và thanh toán không dùng tiền mặt.",
         ]),
    dict(id="qn-05", site="qn", nid=118477, cat="Tin địa phương", fmt="dmy_slash", date="2023-08-28T11:00",
         byline="right_bold", author="Mạnh Trường", source=None,
         title="Vân Đồn khởi công xây dựng Trường THCS Đoàn Kết",
         body=[
             "Ngày 28/8, UBND huyện Vân Đồn tổ chức lễ khởi công xây dựng Trường THCS Đoàn Kết với tổng mức đầu tư 68 tỷ đồng từ nguồn ngân sách huyện. Công trình được xây dựng trên diện tích hơn 12.000 m2, gồm khối phòng học 3 tầng, nhà đa năng, thư viện và các hạng mục phụ trợ.",
             {"img": "/SiteAssets/2023/08/vandon-khoicong.jpg", "cap": "Các đại biểu thực hiện nghi thức khởi công công trình"},
             "Trường được thiết kế với quy mô 24 lớp học, đáp ứng nhu cầu học tập của khoảng 1.000 học sinh xã Đoàn Kết và các xã lân cận. Hiện nay, trường cũ đã xuống cấp, nhiều phòng học phải mượn của trường tiểu học, không đáp ứng tiêu chuẩn trường chuẩn quốc gia.",
             "Phát biểu tại lễ khởi công, lãnh đạo huyện yêu cầu chủ đầu tư và nhà thầu tập trung nhân lực, máy móc, bảo đảm chất lượng, an toàn lao động, phấn đấu hoàn thành đưa vào sử dụng trước năm học 2024 - 2025. Chính quyền xã được giao phối hợp giữ gìn an ninh trật tự, tạo điều kiện cho đơn vị thi công.",
         ]),

    # ---------------- Bình Định Index.aspx table layout --------------------------------------
    dict(id="bd-01", site="bd", host="cattan.phucat.binhdinh.gov.vn", I=110253812, cat="Tin tức - Sự kiện",
         fmt="ngay_thang", date="2023-08-19", byline="right_bold", author="Văn Lực", source=None,
         title="Xã Cát Tân tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
         body=[
             "Sáng ngày 19/8, tại thôn Tân Lệ, xã Cát Tân tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023. Tham dự có đại diện Công an huyện Phù Cát, lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã cùng đông đảo người dân trong thôn.",
             "Năm qua, phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn thôn được duy trì hiệu quả. Nhân dân đã cung cấp cho lực lượng công an 15 nguồn tin có giá trị, giúp phát hiện, xử lý kịp thời các vụ trộm cắp tài sản, đánh bạc; thôn không có người nghiện ma túy mới, không có điểm nóng về an ninh trật tự.",
             "Mô hình “Camera an ninh” với 12 mắt camera do người dân đóng góp lắp đặt tại các tuyến đường chính đã phát huy tác dụng trong phòng ngừa tội phạm. Tổ bảo vệ an ninh trật tự ở cơ sở được củng cố, thường xuyên tuần tra vào ban đêm và dịp lễ, tết.",
             "Tại ngày hội, các đại biểu và người dân đã ký kết giao ước thi đua bảo đảm an ninh trật tự, xây dựng khu dân cư an toàn. Dịp này, UBND xã khen thưởng 5 tập thể, 9 cá nhân có thành tích tiêu biểu trong phong trào.",
         ]),
    dict(id="bd-02", site="bd", host="cattan.phucat.binhdinh.gov.vn", I=110253977, cat="Tin tức - Sự kiện",
         fmt="ngay_dang", date="2023-09-16", byline="tin_anh", author="Minh Hiếu", source=None,
         title="Cát Tân ra quân tổng vệ sinh môi trường hưởng ứng Chiến dịch làm cho thế giới sạch hơn",
         body=[
             "Hưởng ứng Chiến dịch làm cho thế giới sạch hơn năm 2023, sáng 16/9, Ủy ban MTTQ Việt Nam xã Cát Tân phối hợp với các đoàn thể tổ chức lễ ra quân tổng vệ sinh môi trường tại các thôn trên địa bàn xã. Hơn 500 đoàn viên, hội viên và người dân đã tham gia.",
             "Các lực lượng tập trung thu gom rác thải, phát quang bụi rậm dọc các tuyến đường liên thôn, khơi thông cống rãnh thoát nước, dọn dẹp khu vực chợ Gồm và bờ kênh thủy lợi. Hội Liên hiệp Phụ nữ xã ra mắt mô hình phân loại rác tại nguồn ở thôn Hòa Dõng với 80 hộ tham gia.",
             "Theo UBND xã, thời gian qua tình trạng vứt rác, xác động vật xuống kênh mương vẫn còn xảy ra, gây ô nhiễm nguồn nước phục vụ sản xuất. Xã đã lắp đặt thêm 25 thùng chứa rác tại các điểm công cộng và ký hợp đồng với đơn vị thu gom rác định kỳ hai lần mỗi tuần.",
             "Chương trình nhằm nâng cao ý thức của người dân trong bảo vệ môi trường, góp phần giữ vững tiêu chí môi trường trong xây dựng nông thôn mới nâng cao của xã.",
         ]),
    dict(id="bd-03", site="bd", host="phumy.binhdinh.gov.vn", I=110311045, cat="Nông nghiệp",
         fmt="dmy_dash", date="2023-04-07", byline="pv", author="PV", source=None,
         title="Phù Mỹ tổng kết sản xuất vụ Đông Xuân 2022 - 2023",
         body=[
             "Ngày 7/4, UBND huyện Phù Mỹ tổ chức hội nghị tổng kết sản xuất vụ Đông Xuân 2022 - 2023, triển khai kế hoạch sản xuất vụ Hè Thu năm 2023. Vụ Đông Xuân năm nay, toàn huyện gieo trồng hơn 16.500 ha cây trồng các loại, trong đó lúa 11.870 ha.",
             "Năng suất lúa bình quân đạt 68,5 tạ/ha, tăng 1,2 tạ/ha so với vụ trước; sản lượng lúa đạt trên 81.300 tấn. Diện tích sử dụng giống lúa xác nhận đạt 95%, nhiều cánh đồng lớn liên kết sản xuất giống với doanh nghiệp cho lợi nhuận cao hơn sản xuất đại trà từ 8 đến 10 triệu đồng/ha.",
             "Bên cạnh đó, một số diện tích ở các xã ven biển bị nhiễm mặn cục bộ, sâu cuốn lá nhỏ và bệnh đạo ôn phát sinh gây hại nhưng đã được khống chế kịp thời. Giá vật tư nông nghiệp tăng cao làm giảm hiệu quả sản xuất của nông dân.",
             "Vụ Hè Thu 2023, huyện phấn đấu gieo sạ 10.500 ha lúa, khuyến cáo nông dân xuống giống tập trung, đúng lịch thời vụ để né hạn cuối vụ; chuyển đổi khoảng 400 ha đất lúa thiếu nước sang trồng bắp, đậu phộng và rau màu.",
         ]),
    dict(id="bd-04", site="bd", host="phumy.binhdinh.gov.vn", I=110311290, cat="Văn hóa - Xã hội",
         fmt="capnhat_luc", date="2023-11-02T08:40", byline="plain_name", author="Ngọc Tú", source=None,
         title="Phù Mỹ trao nhà Đại đoàn kết cho hộ nghèo xã Mỹ Thọ",
         body=[
             "Ngày 1/11, Ủy ban MTTQ Việt Nam huyện Phù Mỹ phối hợp với UBND xã Mỹ Thọ tổ chức bàn giao nhà Đại đoàn kết cho gia đình bà Nguyễn Thị Hường ở thôn Xuân Thạnh, thuộc hộ nghèo có hoàn cảnh đặc biệt khó khăn.",
             "Ngôi nhà có diện tích 50 m2, tổng kinh phí xây dựng 90 triệu đồng, trong đó Quỹ Vì người nghèo huyện hỗ trợ 50 triệu đồng, phần còn lại do người thân, bà con lối xóm và đoàn viên thanh niên góp công, góp sức. Ngôi nhà được xây dựng kiên cố, có gác lửng để tránh lũ.",
             "Năm 2023, Quỹ Vì người nghèo các cấp của huyện đã hỗ trợ xây mới và sửa chữa 42 căn nhà cho hộ nghèo, hộ cận nghèo với tổng kinh phí gần 2,5 tỷ đồng. Các căn nhà đều được bàn giao trước mùa mưa bão.",
             "Tại buổi bàn giao, đại diện Ủy ban MTTQ huyện mong gia đình sớm ổn định cuộc sống, chăm lo phát triển kinh tế để thoát nghèo bền vững. Bà Hường xúc động cảm ơn sự quan tâm của các cấp, các ngành và bà con trong thôn.",
         ]),
]

ARTICLES += [
    # ---------------- Thừa Thiên Huế wards ?cn=&gd=&tc= ----------------------------------------
    dict(id="hue-01", site="hue", host="vyda.thuathienhue.gov.vn", tc=32187, cat="Tin hoạt động",
         fmt="ngay_cap_nhat", date="2022-11-18", byline="plain_name", author="Hoài Phương", source=None,
         title="Phường Vỹ Dạ tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại tổ dân phố 5",
         body=[
             "Chiều ngày 17/11, Ban Công tác Mặt trận tổ dân phố 5, phường Vỹ Dạ long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 92 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam. Về dự có lãnh đạo Thành ủy, Ủy ban MTTQ Việt Nam thành phố Huế và phường.",
             "Năm 2022, Nhân dân tổ dân phố 5 tích cực hưởng ứng cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”. Bà con đã đóng góp gần 120 triệu đồng để chỉnh trang kiệt hẻm, lắp đặt 30 bóng điện chiếu sáng và trồng hoa dọc tuyến đường Nguyễn Sinh Cung.",
             "Công tác chăm lo cho hộ nghèo, gia đình chính sách được quan tâm; tổ dân phố không còn hộ nghèo, 96% hộ gia đình đạt danh hiệu gia đình văn hóa. Tình hình an ninh trật tự ổn định, không có tội phạm hình sự nghiêm trọng.",
             "Dịp này, các đại biểu đã trao quà cho các hộ có hoàn cảnh khó khăn, khen thưởng các gia đình tiêu biểu trong phong trào. Ngày hội diễn ra trong không khí vui tươi với các tiết mục văn nghệ, trò chơi dân gian và bữa cơm đoàn kết của bà con khu dân cư.",
         ]),
    dict(id="hue-02", site="hue", host="kimlong.thuathienhue.gov.vn", tc=32240, cat="Y tế",
         fmt=None, date=None, byline="pv", author="PV", source=None,
         title="Phường Kim Long ra quân diệt lăng quăng phòng chống sốt xuất huyết",
         body=[
             "Trước diễn biến phức tạp của dịch sốt xuất huyết, UBND phường Kim Long phối hợp với Trạm Y tế phường tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các tổ dân phố có nguy cơ cao. Chiến dịch huy động hơn 150 cộng tác viên y tế, đoàn viên thanh niên và hội viên phụ nữ tham gia.",
             "Các tổ công tác đến từng hộ gia đình hướng dẫn người dân đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng trong bể, thau rửa lu vại và thu gom vật phế thải có thể đọng nước như lốp xe, chai lọ, vỏ dừa. Khu vực vườn nhà rường, chùa chiền có nhiều cây xanh được kiểm tra kỹ lưỡng.",
             "Từ đầu năm đến nay, phường ghi nhận 11 ca mắc sốt xuất huyết, không có ca tử vong. Ngành y tế cảnh báo thời điểm cuối mùa mưa là giai đoạn muỗi phát triển mạnh, nguy cơ bùng phát ổ dịch ở khu dân cư đông đúc là rất cao.",
             "UBND phường đề nghị người dân chủ động vệ sinh môi trường, ngủ màn kể cả ban ngày, khi có dấu hiệu sốt cao liên tục cần đến ngay cơ sở y tế để được khám và điều trị kịp thời, không tự ý dùng thuốc tại nhà.",
         ]),
    dict(id="hue-03", site="hue", host="vyda.thuathienhue.gov.vn", tc=32301, cat="Tin hoạt động",
         fmt="ngay_cap_nhat", date="2023-04-14", byline="plain_name", author="Minh Văn", source=None,
         title="Vỹ Dạ ra quân làm sạch bờ sông Như Ý",
         body=[
             "Sáng 14/4, Đoàn Thanh niên phường Vỹ Dạ phối hợp với Hội Liên hiệp Phụ nữ và Hội Cựu chiến binh phường tổ chức ra quân làm sạch bờ sông Như Ý, đoạn từ cầu Vỹ Dạ đến cầu Kho Rèn. Hơn 200 đoàn viên, hội viên và người dân đã tham gia.",
             "Các lực lượng thu gom gần 3 tấn rác thải, chủ yếu là túi ni lông, chai nhựa và lục bình trôi dạt; phát quang cỏ dại, cắt tỉa cây xanh dọc lối đi bộ ven sông. Tổ dân phố 9 và 10 nhận chăm sóc thường xuyên đoạn bờ sông trước khu dân cư.",
             "Sông Như Ý là tuyến sông đào gắn với lịch sử của kinh thành Huế, đồng thời là tuyến thoát nước quan trọng của khu vực phía đông thành phố. Những năm gần đây, việc xả nước thải sinh hoạt và vứt rác xuống sông làm ảnh hưởng đến cảnh quan và chất lượng nước.",
             "Lãnh đạo phường cho biết sẽ duy trì hoạt động ra quân vào sáng chủ nhật cuối mỗi tháng, đồng thời kiến nghị thành phố đầu tư hệ thống thu gom nước thải cho các hộ dân ven sông.",
         ]),
    dict(id="hue-04", site="hue", host="kimlong.thuathienhue.gov.vn", tc=32366, cat="Kinh tế",
         fmt="ngay_cap_nhat", date="2023-10-30", byline="plain_name", author="Thanh Bình", source=None,
         title="Kim Long hoàn thành thu thuế sử dụng đất phi nông nghiệp năm 2023",
         body=[
             "UBND phường Kim Long cho biết, đến ngày 27/10, phường đã thu thuế sử dụng đất phi nông nghiệp năm 2023 đạt 412 triệu đồng, bằng 103% kế hoạch được giao, về đích sớm hơn hai tháng so với năm trước.",
             "Để đạt kết quả này, phường đã rà soát, cập nhật thông tin đối với gần 3.200 thửa đất ở, phát thông báo thuế đến từng hộ thông qua tổ trưởng tổ dân phố; bố trí cán bộ thu tại nhà văn hóa khu vực vào buổi tối và ngày nghỉ để người dân thuận tiện nộp.",
             "Phường cũng đẩy mạnh hướng dẫn người dân nộp thuế qua ứng dụng ngân hàng và Cổng dịch vụ công quốc gia. Tỷ lệ hộ nộp thuế không dùng tiền mặt năm nay đạt khoảng 35%, tăng gấp đôi so với năm 2022.",
             "Thời gian tới, phường tiếp tục đôn đốc các khoản nợ đọng từ những năm trước, phấn đấu hoàn thành vượt dự toán thu ngân sách năm 2023 trên địa bàn.",
         ]),

    # ---------------- Điện Biên ASP.NET MVC /TinTuc/View/<Slug> ---------------------------------
    dict(id="db-01", site="db", host="dienbiendong.dienbien.gov.vn", slug="Ky-hop-chuyen-de-HDND-huyen-Dien-Bien-Dong-khoa-XX",
         cat="Tin tức - Sự kiện", fmt="thu_day", date="2023-08-17", byline="nguon_tin", author=None,
         source="Trung tâm VH-TT&TH huyện",
         title="Kỳ họp chuyên đề HĐND huyện Điện Biên Đông khóa XX",
         body=[
             "Ngày 17/8, HĐND huyện Điện Biên Đông khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung thuộc thẩm quyền. Đồng chí Chủ tịch HĐND huyện chủ trì kỳ họp; dự có 30 đại biểu HĐND huyện.",
             "Tại kỳ họp, các đại biểu đã nghe và thảo luận các tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; phân bổ vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023; điều chỉnh dự toán thu, chi ngân sách huyện.",
             "Nhiều ý kiến đề nghị ưu tiên vốn cho các công trình đường giao thông đến trung tâm xã, nước sinh hoạt tập trung ở các bản vùng cao; kiên quyết điều chuyển vốn của các dự án chậm triển khai sang dự án có khả năng giải ngân tốt.",
             "Kỳ họp đã biểu quyết thông qua 5 nghị quyết với tỷ lệ tán thành cao. Phát biểu bế mạc, đồng chí Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương tổ chức thực hiện các nghị quyết, bảo đảm giải ngân hết vốn được giao trong năm.",
         ]),
    dict(id="db-02", site="db", host="dienbiendong.dienbien.gov.vn", slug="Phu-Nhu-thu-hoach-lua-nuong",
         cat="Kinh tế", fmt="thu_day", date="2023-09-26", byline="name_and_nguon_tin", author="Quàng Hoa",
         source="Báo Điện Biên Phủ",
         title="Phì Nhừ: Người dân vào vụ thu hoạch lúa nương",
         body=[
             "Những ngày cuối tháng 9, đồng bào Mông ở các bản của xã Phì Nhừ tranh thủ thời tiết nắng ráo để thu hoạch lúa nương. Năm nay, toàn xã gieo trồng 420 ha lúa nương, năng suất ước đạt 18 tạ/ha, cao hơn năm trước nhờ mưa thuận gió hòa.",
             {"img": "/Upload/TinTuc/2023/09/phinhu-luanuong.jpg", "cap": "Người dân bản Phì Nhừ A thu hoạch lúa nương"},
             "Cùng với giống lúa địa phương, nhiều hộ đã đưa giống lúa nếp nương có năng suất, chất lượng cao vào sản xuất theo hướng dẫn của cán bộ khuyến nông. Người dân được hỗ trợ giống, phân bón từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững.",
             "Cây lúa nương giữ vai trò bảo đảm an ninh lương thực cho các hộ ở vùng cao khi diện tích ruộng nước còn ít. UBND xã khuyến cáo bà con thu hoạch dứt điểm, phơi khô, bảo quản tốt để tránh hao hụt, đồng thời chuẩn bị đất trồng cây vụ đông.",
         ]),
    dict(id="db-03", site="db", host="dienbiendong.dienbien.gov.vn", slug="Ban-Thuong-vu-Huyen-uy-giao-ban-cong-tac-dan-van",
         cat="Xây dựng Đảng", fmt="thu_dash_cue", date="2022-09-05T23:24", byline="pv_and_nguon_tin", author="PV",
         source="Ban Tuyên giáo Huyện ủy",
         title="Giao ban công tác dân vận 9 tháng đầu năm 2022",
         body=[
             "Ngày 5/9, Ban Dân vận Huyện ủy Điện Biên Đông tổ chức hội nghị giao ban công tác dân vận 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2022. Dự hội nghị có đại diện lãnh đạo các xã, thị trấn, Mặt trận Tổ quốc và các đoàn thể huyện.",
             "Chín tháng qua, hệ thống dân vận các cấp đã tuyên truyền, vận động Nhân dân thực hiện tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước. Phong trào thi đua “Dân vận khéo” có 47 mô hình được công nhận, tiêu biểu là mô hình hiến đất làm đường giao thông nông thôn và mô hình xóa bỏ hủ tục trong việc cưới, việc tang.",
             "Tình hình an ninh nông thôn cơ bản ổn định; tuy nhiên, tình trạng di cư tự do, tuyên truyền đạo trái pháp luật vẫn còn xảy ra ở một số bản vùng sâu, vùng xa. Công tác nắm tình hình Nhân dân ở một số cơ sở chưa kịp thời.",
             "Hội nghị thống nhất nhiệm vụ trọng tâm thời gian tới là tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân, giải quyết dứt điểm các kiến nghị chính đáng của người dân, nhân rộng các mô hình dân vận hiệu quả.",
         ]),
    dict(id="db-04", site="db", host="muongang.dienbien.gov.vn", slug="Muong-Ang-phat-trien-vung-ca-phe-chat-luong-cao",
         cat="Kinh tế", fmt="dmy_slash", date="2023-12-04T07:50", byline="plain_name", author="Lường Thị Duyên",
         source=None,
         title="Mường Ảng phát triển vùng cà phê chất lượng cao",
         body=[
             "Huyện Mường Ảng hiện có gần 3.800 ha cà phê, là vùng trồng cà phê lớn nhất tỉnh Điện Biên. Những năm gần đây, nhiều hợp tác xã và hộ trồng chuyển sang chăm sóc theo quy trình hữu cơ, thu hái quả chín để nâng cao giá trị sản phẩm.",
             "Niên vụ 2023 - 2024, sản lượng cà phê nhân toàn huyện ước đạt 4.200 tấn. Giá cà phê quả tươi thu mua tại vườn dao động từ 13.000 đến 15.000 đồng/kg, cao hơn năm trước khoảng 30%, giúp người trồng có thu nhập ổn định.",
             "Huyện đã có 3 sản phẩm cà phê đạt chứng nhận OCOP 3 sao và 4 sao; một số doanh nghiệp đã ký kết bao tiêu sản phẩm với các hợp tác xã theo chuỗi giá trị. Tuy nhiên, diện tích cà phê già cỗi cần tái canh còn lớn, việc tiếp cận vốn vay của người dân còn khó khăn.",
             "Thời gian tới, Mường Ảng tiếp tục hỗ trợ người dân tái canh, ghép cải tạo, xây dựng thương hiệu cà phê Mường Ảng gắn với phát triển du lịch trải nghiệm trên các đồi cà phê.",
         ]),

    # ---------------- Hạ Long wards -pNNnNNNNN.html -------------------------------------------
    dict(id="hl-01", site="hl", host="honggai.halongcity.gov.vn", pid=(13, 53811), cat="Tin tức - Sự kiện",
         fmt="dmy_dash", date="2023-03-12", byline="plain_name", author="Phương Thảo", source=None,
         title="Phường Hồng Gai ra mắt mô hình “Khu phố không rác thải nhựa”",
         body=[
             "Ngày 12/3, UBND phường Hồng Gai phối hợp với Hội Liên hiệp Phụ nữ phường tổ chức ra mắt mô hình “Khu phố không rác thải nhựa” tại khu phố 3. Mô hình có sự tham gia của 165 hộ gia đình và 40 hộ kinh doanh trên tuyến phố Bến Đoan.",
             "Theo đó, các hộ cam kết hạn chế sử dụng túi ni lông, cốc nhựa dùng một lần; sử dụng làn, giỏ khi đi chợ; phân loại rác tại nguồn và thu gom chai nhựa, giấy vụn để gây quỹ hỗ trợ hội viên khó khăn. Các cửa hàng ăn uống chuyển sang dùng ống hút tre, hộp giấy.",
             "Tại buổi ra mắt, Ban tổ chức đã trao tặng 200 túi vải, làn nhựa tái sử dụng cho người dân. Các em thiếu nhi khu phố tham gia cuộc thi làm đồ chơi từ vật liệu tái chế với nhiều sản phẩm sáng tạo.",
             "Phường Hồng Gai đặt mục tiêu đến cuối năm 2023 nhân rộng mô hình ra 100% khu phố, góp phần giữ gìn môi trường đô thị du lịch Hạ Long xanh, sạch, đẹp.",
         ]),
    dict(id="hl-02", site="hl", host="honggai.halongcity.gov.vn", pid=(13, 53902), cat="Quốc phòng - An ninh",
         fmt="dmy_slash", date="2023-06-07T15:30", byline="plain_name", author="Đức Trung", source=None, twice=True,
         title="Kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh karaoke",
         body=[
             "Thực hiện chỉ đạo của UBND thành phố Hạ Long, từ ngày 5 đến 7/6, tổ công tác liên ngành phường Hồng Gai đã kiểm tra công tác phòng cháy, chữa cháy tại 12 cơ sở kinh doanh karaoke, quán bar trên địa bàn.",
             "Qua kiểm tra, tổ công tác phát hiện nhiều cơ sở chưa trang bị đủ bình chữa cháy, đèn chiếu sáng sự cố, biển chỉ dẫn thoát nạn; một số phòng hát sử dụng vật liệu cách âm dễ cháy; lối thoát nạn thứ hai bị chắn bởi kho chứa đồ. Tổ công tác đã lập biên bản, yêu cầu 4 cơ sở tạm dừng hoạt động để khắc phục.",
             "Lực lượng Công an phường đồng thời hướng dẫn chủ cơ sở và nhân viên kỹ năng sử dụng phương tiện chữa cháy, tổ chức thoát nạn cho khách khi có sự cố. Các cơ sở đã ký cam kết bảo đảm an toàn phòng cháy trước khi được hoạt động trở lại.",
             "UBND phường khuyến cáo người dân khi đến các cơ sở karaoke cần chú ý quan sát lối thoát hiểm, không sử dụng dịch vụ tại các cơ sở không bảo đảm điều kiện an toàn.",
         ]),
    dict(id="hl-03", site="hl", host="baichay.halongcity.gov.vn", pid=(13, 54127), cat="Du lịch",
         fmt="ngay_thang", date="2023-05-12", byline="plain_name", author="Hải Yến", source=None,
         title="Phường Bãi Cháy sẵn sàng cho mùa du lịch hè 2023",
         body=[
             "Để chuẩn bị cho mùa du lịch hè, phường Bãi Cháy đã ra quân chỉnh trang đô thị, kiểm tra các cơ sở lưu trú, dịch vụ ăn uống và tăng cường lực lượng bảo đảm an ninh trật tự tại khu vực bãi tắm, quảng trường Sun Carnival.",
             {"img": "/Uploads/images/2023/5/baichay-bai-tam.jpg", "cap": "Lực lượng cứu hộ trực tại bãi tắm Bãi Cháy"},
             "Trên địa bàn phường hiện có hơn 500 cơ sở lưu trú với khoảng 15.000 phòng. Phường yêu cầu các cơ sở niêm yết giá phòng, giá dịch vụ công khai; bảo đảm vệ sinh an toàn thực phẩm; không chèo kéo, ép giá du khách.",
             "Tại bãi tắm, lực lượng cứu hộ được bố trí thường trực từ 6 giờ đến 19 giờ hằng ngày, có phao cứu sinh, ca nô và biển cảnh báo khu vực nước sâu. Đường dây nóng tiếp nhận phản ánh của du khách được công bố tại các điểm công cộng.",
             "Phường cũng phối hợp với doanh nghiệp tổ chức các chương trình biểu diễn nghệ thuật đường phố, ẩm thực vào tối cuối tuần nhằm đa dạng hóa sản phẩm, kéo dài thời gian lưu trú của khách.",
         ]),
    dict(id="hl-04", site="hl", host="baichay.halongcity.gov.vn", pid=(13, 54233), cat="Tin tức - Sự kiện",
         fmt="thu_dash", date="2023-07-24T10:05", byline="source_line", author=None, source="Báo Quảng Ninh",
         title="Bãi Cháy đối thoại với hộ kinh doanh khu vực ven biển",
         body=[
             "Sáng 24/7, UBND phường Bãi Cháy tổ chức hội nghị đối thoại với các hộ kinh doanh dịch vụ khu vực ven biển nhằm lắng nghe tâm tư, nguyện vọng và tháo gỡ khó khăn cho người dân trong mùa cao điểm du lịch.",
             "Các hộ kinh doanh đề nghị chính quyền bố trí thêm điểm đỗ xe cho khách, xem xét cho phép trưng bày hàng hóa trong khung giờ nhất định và tăng tần suất thu gom rác vào buổi tối. Một số ý kiến phản ánh tình trạng người bán hàng rong đeo bám du khách làm ảnh hưởng đến hình ảnh du lịch.",
             "Lãnh đạo phường đã giải đáp cụ thể các kiến nghị; đồng thời cho biết phường sẽ phối hợp với Ban Quản lý vịnh và các doanh nghiệp bố trí khu vực kinh doanh tập trung cho người bán hàng rong, có biển hiệu và đồng phục.",
             "Kết thúc buổi đối thoại, các hộ kinh doanh đã ký cam kết chấp hành quy định về trật tự đô thị, niêm yết giá và giữ gìn vệ sinh môi trường tại khu vực ven biển.",
         ]),

    # ---------------- Cà Mau HĐND <slug>.NNNN -------------------------------------------------
    dict(id="cm-01", site="cm", nid=2917, slug="ky-hop-thu-12-hdnd-tinh-khoa-x-thong-qua-15-nghi-quyet",
         cat="Hoạt động HĐND tỉnh", fmt="iso_time", date="2023-07-12T16:20", byline="plain_name", author="Kim Yến",
         source=None,
         title="Kỳ họp thứ 12 HĐND tỉnh khóa X thông qua 15 nghị quyết",
         body=[
             "Chiều 12/7, Kỳ họp thứ 12 HĐND tỉnh Cà Mau khóa X, nhiệm kỳ 2021 - 2026 bế mạc sau hai ngày làm việc khẩn trương. Kỳ họp đã xem xét các báo cáo về tình hình kinh tế - xã hội 6 tháng đầu năm và thông qua 15 nghị quyết quan trọng.",
             "Kết quả biểu quyết một số nghị quyết như sau:",
             {"table": [["Nghị quyết", "Số đại biểu tán thành", "Tỷ lệ"],
                        ["Điều chỉnh kế hoạch đầu tư công năm 2023", "49/50", "98%"],
                        ["Quy định mức chi hỗ trợ người hoạt động không chuyên trách ở ấp, khóm", "50/50", "100%"],
                        ["Chính sách hỗ trợ phát triển hợp tác xã nông nghiệp", "48/50", "96%"],
                        ["Đặt tên đường trên địa bàn thành phố Cà Mau", "50/50", "100%"]]},
             "Tại phiên chất vấn, các đại biểu tập trung vào các vấn đề được cử tri quan tâm như tiến độ giải ngân vốn đầu tư công, tình trạng sạt lở bờ biển Tây, chất lượng nước sinh hoạt ở vùng nông thôn. Lãnh đạo các sở, ngành đã giải trình và nhận trách nhiệm đối với những nội dung chậm thực hiện.",
             "Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh, các ngành khẩn trương triển khai các nghị quyết vừa được thông qua; đại biểu HĐND tăng cường giám sát, kịp thời phản ánh những vướng mắc phát sinh từ cơ sở.",
         ]),
    dict(id="cm-02", site="cm", nid=2931, slug="thuong-truc-hdnd-tinh-giam-sat-chinh-sach-ho-tro-nguoi-lao-dong",
         cat="Hoạt động giám sát", fmt="iso_time", date="2023-08-03T09:35", byline="plain_name", author="Trúc Linh",
         source=None,
         title="Thường trực HĐND tỉnh giám sát việc thực hiện chính sách hỗ trợ người lao động",
         body=[
             "Ngày 3/8, đoàn giám sát của Thường trực HĐND tỉnh đã làm việc với Sở Lao động - Thương binh và Xã hội về kết quả thực hiện chính sách hỗ trợ người lao động bị ảnh hưởng bởi dịch Covid-19 và chính sách hỗ trợ tiền thuê nhà cho người lao động.",
             "Theo báo cáo, toàn tỉnh đã hỗ trợ cho hơn 52.000 lượt người lao động với tổng kinh phí trên 160 tỷ đồng. Việc chi trả cơ bản bảo đảm đúng đối tượng, công khai, minh bạch; nhiều doanh nghiệp đã kịp thời lập danh sách đề nghị hỗ trợ tiền thuê nhà cho công nhân.",
             "Bên cạnh đó, đoàn giám sát chỉ ra một số hạn chế như việc thẩm định hồ sơ ở một số huyện còn chậm; có trường hợp lao động tự do không được hỗ trợ do không đủ giấy tờ chứng minh nơi cư trú; việc quyết toán kinh phí chưa kịp thời.",
             "Đoàn giám sát đề nghị Sở Lao động - Thương binh và Xã hội rà soát, giải quyết dứt điểm các hồ sơ còn tồn đọng, thu hồi các khoản chi sai đối tượng nếu có và tổng kết, rút kinh nghiệm để tham mưu chính sách an sinh trong các tình huống khẩn cấp.",
         ]),
    dict(id="cm-03", site="cm", nid=3044, slug="to-dai-bieu-hdnd-tinh-tiep-xuc-cu-tri-huyen-nam-can",
         cat="Tiếp xúc cử tri", fmt="capnhat_luc", date="2023-11-22T14:10", byline="right_bold", author="Minh Luân",
         source=None,
         title="Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Năm Căn",
         body=[
             "Trước Kỳ họp thứ 14 HĐND tỉnh khóa X, ngày 21/11, Tổ đại biểu HĐND tỉnh đơn vị bầu cử huyện Năm Căn đã tiếp xúc cử tri thị trấn Năm Căn và xã Hàm Rồng. Các đại biểu đã thông tin đến cử tri nội dung, chương trình dự kiến của kỳ họp.",
             "Cử tri bày tỏ phấn khởi trước việc tuyến đường Hồ Chí Minh đoạn Năm Căn - Đất Mũi được đầu tư, tạo động lực phát triển kinh tế cho huyện. Đồng thời, cử tri kiến nghị sớm chi trả tiền bồi thường cho các hộ bị ảnh hưởng bởi dự án, nâng cấp tuyến đê bao chống triều cường và hỗ trợ ngư dân chuyển đổi nghề.",
             "Một số cử tri phản ánh giá tôm nguyên liệu giảm sâu trong khi chi phí thức ăn, con giống tăng, đề nghị tỉnh có giải pháp hỗ trợ người nuôi tôm quảng canh cải tiến tiếp cận vốn vay ưu đãi.",
             "Các ý kiến thuộc thẩm quyền của huyện đã được lãnh đạo UBND huyện trả lời trực tiếp; Tổ đại biểu tiếp thu và tổng hợp các kiến nghị còn lại gửi đến cơ quan có thẩm quyền xem xét, giải quyết.",
         ]),
    dict(id="cm-04", site="cm", nid=3102, slug="ban-kinh-te-ngan-sach-tham-tra-bao-cao-kinh-te-xa-hoi",
         cat="Hoạt động các Ban", fmt="dmy_slash", date="2023-12-01T15:00", byline="source_line", author=None,
         source="Báo Cà Mau",
         title="Ban Kinh tế - Ngân sách thẩm tra báo cáo kinh tế - xã hội năm 2023",
         body=[
             "Chiều 1/12, Ban Kinh tế - Ngân sách HĐND tỉnh tổ chức phiên thẩm tra các báo cáo, tờ trình trình kỳ họp cuối năm, trong đó có báo cáo tình hình kinh tế - xã hội năm 2023 và kế hoạch năm 2024.",
             "Năm 2023, tăng trưởng kinh tế của tỉnh ước đạt 6,3%; tổng kim ngạch xuất khẩu đạt 1,1 tỷ USD; thu ngân sách nhà nước trên địa bàn vượt dự toán. Tuy nhiên, sản xuất thủy sản gặp khó khăn do giá tôm giảm, giải ngân vốn đầu tư công chưa đạt yêu cầu.",
             "Các thành viên Ban đề nghị UBND tỉnh phân tích rõ nguyên nhân một số chỉ tiêu không đạt, đặc biệt là chỉ tiêu về thu hút đầu tư và phát triển doanh nghiệp; đánh giá tác động của việc sạt lở bờ biển đến sản xuất và đời sống người dân.",
             "Ban cũng lưu ý việc xây dựng dự toán thu ngân sách năm 2024 cần sát thực tế, không giao chỉ tiêu thu tiền sử dụng đất quá cao dẫn đến không đạt như các năm trước.",
         ]),
]

ARTICLES += [
    # ---------------- Bắc Kạn custom PHP index.php?com=tin_tuc&id= --------------------------
    dict(id="bk-01", site="bk", nid=2087, cat="Văn hóa", fmt="meta_only", date="2023-11-25T10:30",
         byline="plain_name", author="Ngọc Diệp", source=None,
         title="Ngày hội Văn hóa các dân tộc vùng hồ Ba Bể năm 2023",
         body=[
             "Ngày hội Văn hóa các dân tộc vùng hồ Ba Bể năm 2023 đã diễn ra tại xã Nam Mẫu, huyện Ba Bể với sự tham gia của 10 đoàn nghệ nhân, diễn viên quần chúng đến từ các xã quanh hồ. Đây là hoạt động thường niên nhằm bảo tồn, phát huy giá trị văn hóa truyền thống gắn với phát triển du lịch.",
             "Trong khuôn khổ ngày hội, các đoàn tham gia trình diễn trang phục truyền thống của dân tộc Tày, Dao, Mông; thi hát then, đàn tính, hát Sli, Lượn; trình diễn các món ăn đặc sản như cá nướng, xôi ngũ sắc, bánh gio. Khu trưng bày sản phẩm OCOP thu hút đông đảo du khách tham quan, mua sắm.",
             "Các trò chơi dân gian như ném còn, đẩy gậy, bắn nỏ, đua thuyền độc mộc trên hồ diễn ra sôi nổi. Nhiều du khách trong nước và quốc tế đã tham gia trải nghiệm cùng người dân địa phương.",
             "Ban tổ chức đã trao giải nhất toàn đoàn cho xã Nam Mẫu, giải nhì cho xã Khang Ninh và giải ba cho xã Cao Thượng. Ngày hội góp phần quảng bá hình ảnh Vườn quốc gia Ba Bể, điểm đến hấp dẫn của du lịch Bắc Kạn.",
         ]),
    dict(id="bk-02", site="bk", nid=2093, cat="Tin hoạt động", fmt="dmy_slash", date="2023-12-06T08:20",
         byline="source_line", author=None, source="Báo Bắc Kạn",
         title="Tập huấn nghiệp vụ quản lý di sản văn hóa phi vật thể",
         body=[
             "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn vừa tổ chức lớp tập huấn nghiệp vụ quản lý di sản văn hóa phi vật thể cho gần 100 học viên là công chức văn hóa - xã hội cấp xã, cán bộ phòng văn hóa các huyện, thành phố và nghệ nhân tiêu biểu.",
             "Học viên được giới thiệu các văn bản pháp luật về di sản văn hóa, quy trình kiểm kê, lập hồ sơ khoa học đề nghị đưa di sản vào Danh mục di sản văn hóa phi vật thể quốc gia; phương pháp tư liệu hóa di sản bằng hình ảnh, âm thanh và kinh nghiệm truyền dạy di sản trong cộng đồng.",
             "Hiện nay, tỉnh Bắc Kạn có 5 di sản văn hóa phi vật thể được đưa vào Danh mục quốc gia, trong đó có Lễ hội Lồng tồng Ba Bể, nghề làm miến dong và tri thức dân gian chữa bệnh của người Dao. Tuy nhiên, số nghệ nhân am hiểu di sản ngày càng ít, nhiều người đã cao tuổi.",
             "Qua lớp tập huấn, học viên được nâng cao kỹ năng tham mưu, tổ chức các hoạt động bảo vệ và phát huy giá trị di sản ở địa phương.",
         ]),
    dict(id="bk-03", site="bk", nid=2101, cat="Thể thao", fmt="ngay_dang", date="2023-04-09",
         byline="tin_anh", author="Hoàng Lâm", source=None,
         title="Bế mạc Giải bóng chuyền hơi nữ công nhân viên chức tỉnh Bắc Kạn năm 2023",
         body=[
             "Sau 3 ngày thi đấu sôi nổi, chiều 9/4, Giải bóng chuyền hơi nữ công nhân viên chức, người lao động tỉnh Bắc Kạn năm 2023 đã bế mạc. Giải do Liên đoàn Lao động tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức.",
             {"img": "upload/images/2023/04/bong-chuyen-hoi.jpg", "cap": "Trận chung kết giữa đội Công đoàn ngành Y tế và đội Liên đoàn Lao động huyện Chợ Đồn"},
             "Giải thu hút 16 đội bóng với gần 200 vận động viên đến từ các công đoàn ngành, liên đoàn lao động huyện, thành phố. Các trận đấu diễn ra trên tinh thần đoàn kết, trung thực, cao thượng, nhiều trận có tính cạnh tranh cao.",
             "Kết quả, giải nhất thuộc về đội Công đoàn ngành Y tế; giải nhì đội Liên đoàn Lao động huyện Chợ Đồn; đồng giải ba thuộc về đội Công đoàn ngành Giáo dục và đội Liên đoàn Lao động thành phố Bắc Kạn. Ban tổ chức cũng trao giải phong cách cho đội huyện Pác Nặm.",
             "Giải đấu góp phần đẩy mạnh phong trào rèn luyện thân thể trong công nhân viên chức, lao động nữ, tạo sân chơi lành mạnh chào mừng các ngày lễ lớn của đất nước.",
         ]),
    dict(id="bk-04", site="bk", nid=2116, cat="Thanh tra - Kiểm tra", fmt="dmy_dash", date="2023-12-20",
         byline="pv", author="PV", source=None,
         title="Kiểm tra hoạt động kinh doanh karaoke, dịch vụ lưu trú dịp cuối năm",
         body=[
             "Đoàn kiểm tra liên ngành của Sở Văn hóa, Thể thao và Du lịch vừa tiến hành kiểm tra hoạt động kinh doanh dịch vụ karaoke, cơ sở lưu trú du lịch trên địa bàn thành phố Bắc Kạn và huyện Ba Bể trong dịp cuối năm.",
             "Đoàn đã kiểm tra 14 cơ sở, trong đó có 6 cơ sở karaoke và 8 cơ sở lưu trú. Qua kiểm tra, phần lớn các cơ sở chấp hành tốt quy định về giấy phép kinh doanh, niêm yết giá và trang bị phương tiện phòng cháy. Đoàn phát hiện 3 cơ sở vi phạm, chủ yếu là không thông báo bằng văn bản về việc đáp ứng đủ điều kiện kinh doanh và không niêm yết nội quy.",
             "Đoàn đã lập biên bản, đề xuất xử phạt vi phạm hành chính với tổng số tiền 18 triệu đồng, đồng thời yêu cầu các cơ sở khắc phục ngay những tồn tại.",
             "Sở Văn hóa, Thể thao và Du lịch sẽ tiếp tục kiểm tra đột xuất trong dịp Tết Nguyên đán, xử lý nghiêm các trường hợp vi phạm nhằm bảo đảm môi trường văn hóa lành mạnh.",
         ]),

    # ---------------- Joomla com_content ---------------------------------------------------
    dict(id="jm-01", site="jm", jid=1245, catid=8, cat="Tin trong huyện", fmt="dang_ngay", date="2023-03-14T09:12",
         byline="plain_name", author="Thanh Hương", source=None, created_by="Super User",
         title="Nam Trực ra quân chăm sóc lúa Xuân và phòng trừ chuột hại",
         body=[
             "Ngày 14/3, UBND huyện Nam Trực tổ chức lễ ra quân chăm sóc lúa Xuân và diệt chuột bảo vệ sản xuất năm 2023 tại cánh đồng xã Nam Thắng. Tham gia buổi lễ có lãnh đạo Phòng Nông nghiệp và PTNT, Trạm Trồng trọt và Bảo vệ thực vật huyện cùng hàng trăm nông dân.",
             "Vụ Xuân năm nay, toàn huyện gieo cấy hơn 8.700 ha lúa, trong đó 78% diện tích sử dụng giống lúa chất lượng cao như ĐS1, Nếp 98, BC15. Đến nay, lúa đang ở giai đoạn đẻ nhánh, sinh trưởng phát triển tốt. Tuy nhiên, chuột đã gây hại rải rác ở các xã ven sông Đào, mật độ cao ở một số cánh đồng gần khu dân cư.",
             "Tại lễ ra quân, nông dân được hướng dẫn sử dụng bẫy cây, bẫy bán nguyệt, đào bắt chuột ở bờ vùng, bờ thửa và sử dụng thuốc sinh học theo đúng khuyến cáo. Các hợp tác xã nông nghiệp hỗ trợ xã viên 30% kinh phí mua thuốc diệt chuột.",
             "Huyện yêu cầu các xã, thị trấn tổ chức diệt chuột đồng loạt theo từng đợt, tránh tình trạng chuột di chuyển từ khu vực này sang khu vực khác; đồng thời chỉ đạo nông dân bón phân cân đối, thăm đồng thường xuyên để phát hiện sớm sâu bệnh.",
         ]),
    dict(id="jm-02", site="jm", jid=1251, catid=9, cat="Văn hóa - Xã hội", fmt=None, date=None,
         byline="plain_name", author="Đức Mạnh", source=None, created_by="Quản trị",
         title="Hội thi cán bộ, hội viên nông dân giỏi huyện Nam Trực",
         body=[
             "Hội Nông dân huyện Nam Trực vừa tổ chức Hội thi cán bộ, hội viên nông dân giỏi với sự tham gia của 20 đội thi đến từ các cơ sở hội trong huyện. Đây là dịp để cán bộ, hội viên giao lưu, học hỏi kinh nghiệm trong công tác hội và sản xuất, kinh doanh.",
             {"img": "/images/tintuc/2023/hoithi-nongdan.jpg", "cap": "Đội thi xã Nam Hồng trong phần thi tiểu phẩm"},
             "Các đội tham gia ba phần thi: chào hỏi giới thiệu về địa phương và mô hình sản xuất tiêu biểu; kiến thức về Điều lệ Hội, pháp luật và khoa học kỹ thuật nông nghiệp; tiểu phẩm tuyên truyền về xây dựng nông thôn mới kiểu mẫu. Nhiều tiểu phẩm được dàn dựng công phu, phản ánh sinh động đời sống nông thôn.",
             "Qua hội thi, Ban tổ chức đã lựa chọn đội thi xuất sắc tham gia hội thi cấp tỉnh. Kết quả, đội xã Nam Hồng đạt giải nhất, đội thị trấn Nam Giang đạt giải nhì, đội xã Điền Xá và xã Nghĩa An đạt giải ba.",
         ]),
    dict(id="jm-03", site="jm", jid=1263, catid=8, cat="Tin trong huyện", fmt="dang_ngay", date="2023-07-20T16:45",
         byline="source_line", author=None, source="Báo Nam Định", created_by="Super User",
         title="Đẩy nhanh tiến độ giải phóng mặt bằng tuyến đường trục phát triển qua huyện Nam Trực",
         body=[
             "Tuyến đường trục phát triển nối vùng kinh tế biển tỉnh Nam Định với đường cao tốc Cầu Giẽ - Ninh Bình đi qua địa bàn huyện Nam Trực dài 7,6 km, qua 5 xã, thị trấn với tổng diện tích đất phải thu hồi gần 52 ha, liên quan đến hơn 1.100 hộ dân.",
             "Đến nay, huyện đã hoàn thành kiểm đếm, lập phương án bồi thường cho 96% số hộ; đã chi trả tiền bồi thường, hỗ trợ cho hơn 900 hộ với số tiền trên 120 tỷ đồng và bàn giao 41 ha mặt bằng cho đơn vị thi công.",
             "Khó khăn hiện nay là việc di chuyển mồ mả, công trình điện, nước và một số hộ chưa đồng thuận với đơn giá bồi thường đối với cây trồng, vật nuôi. Huyện đã thành lập các tổ công tác đến từng hộ để tuyên truyền, vận động, giải thích chính sách.",
             "Lãnh đạo huyện yêu cầu các xã, thị trấn phấn đấu bàn giao toàn bộ mặt bằng trong tháng 9, phối hợp xây dựng khu tái định cư bảo đảm các hộ di dời có chỗ ở ổn định trước khi nhận tiền bồi thường.",
         ]),
    dict(id="jm-04", site="jm", jid=1270, catid=10, cat="Giáo dục", fmt="iso_time", date="2023-05-30T10:00",
         byline="pv", author="PV", source=None, created_by="Super User",
         title="Huyện Nam Trực có gần 3.000 thí sinh đăng ký dự thi vào lớp 10 THPT",
         body=[
             "Năm học 2023 - 2024, huyện Nam Trực có 2.968 học sinh lớp 9 đăng ký dự thi tuyển sinh vào lớp 10 THPT công lập. Kỳ thi được tổ chức tại 4 điểm thi với 125 phòng thi, bố trí tại các trường THPT trên địa bàn huyện.",
             "Phòng Giáo dục và Đào tạo huyện đã chỉ đạo các trường THCS tổ chức ôn tập cho học sinh theo hướng bám sát cấu trúc đề thi, tăng cường luyện đề và giải đáp thắc mắc; đồng thời tổ chức tư vấn hướng nghiệp giúp học sinh lựa chọn nguyện vọng phù hợp với năng lực.",
             "Để bảo đảm an toàn cho kỳ thi, Công an huyện bố trí lực lượng giữ gìn an ninh trật tự tại các điểm thi, Trung tâm Y tế huyện bố trí cán bộ y tế trực, Điện lực huyện bảo đảm cung cấp điện liên tục trong các ngày thi.",
             "Những học sinh không trúng tuyển vào trường công lập có thể đăng ký học tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện hoặc các trường THPT tư thục trên địa bàn.",
         ]),
    dict(id="jm-05", site="jm", jid=1199, catid=9, cat="Văn hóa - Xã hội", fmt="thu_dash", date="2023-01-13T15:20",
         byline="org", author="Lan Phương", org="Trung tâm Văn hóa - Thể thao và Truyền thông", source=None,
         created_by="admin",
         title="Nam Trực khai mạc Hội báo Xuân Quý Mão 2023",
         body=[
             "Chiều 13/1, Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện Nam Trực khai mạc Hội báo Xuân Quý Mão 2023 tại Thư viện huyện.",
             "Hội báo trưng bày gần 300 ấn phẩm báo, tạp chí xuất bản dịp Tết của các cơ quan báo chí Trung ương, địa phương và các bộ, ngành. Nhiều ấn phẩm có nội dung phong phú, hình thức trình bày đẹp, phản ánh những thành tựu của đất nước và quê hương Nam Định trong năm 2022.",
             "Bên cạnh khu trưng bày báo Xuân, Ban tổ chức dành một không gian giới thiệu sách về Chủ tịch Hồ Chí Minh, về lịch sử Đảng bộ huyện và các sản phẩm OCOP của địa phương.",
             "Hội báo Xuân mở cửa phục vụ bạn đọc đến hết ngày 5/2/2023, là dịp để cán bộ, đảng viên và Nhân dân tiếp cận thông tin, đáp ứng nhu cầu hưởng thụ văn hóa trong dịp Tết cổ truyền.",
         ]),

    # ---------------- Bootstrap-era custom PHP: Tân Uyên (Lai Châu) ------------------------
    dict(id="bs-01", site="bs", nid=6612, slug="tan-uyen-nghiem-thu-mo-hinh-trong-che-chat-luong-cao",
         cat="Kinh tế", fmt="iso_time", date="2023-03-12T08:15", byline="right_bold", author="Vàng Thị Hoa",
         source=None,
         title="Tân Uyên nghiệm thu mô hình trồng chè chất lượng cao",
         body=[
             "Ngày 10/3, Phòng Nông nghiệp và PTNT huyện Tân Uyên phối hợp với UBND xã Phúc Khoa nghiệm thu mô hình trồng chè chất lượng cao giống Kim Tuyên tại bản Phúc Khoa. Mô hình được triển khai từ năm 2020 với quy mô 15 ha, có 38 hộ tham gia.",
             "Sau 3 năm chăm sóc, cây chè sinh trưởng tốt, tỷ lệ sống đạt 94%, năng suất chè búp tươi lứa đầu đạt khoảng 3 tấn/ha. Sản phẩm được Công ty chè trên địa bàn bao tiêu với giá 12.000 đồng/kg, cao hơn chè trung du khoảng 4.000 đồng/kg.",
             "Các hộ tham gia được hỗ trợ 100% giống, 50% phân bón và tập huấn kỹ thuật chăm sóc, đốn tỉa, hái chè theo tiêu chuẩn an toàn. Nhiều hộ đã mạnh dạn mở rộng diện tích trên đất trồng ngô kém hiệu quả.",
             "Hội đồng nghiệm thu đánh giá mô hình đạt mục tiêu đề ra, có khả năng nhân rộng. Huyện đặt mục tiêu đến năm 2025 nâng diện tích chè toàn huyện lên 6.000 ha, trong đó chè chất lượng cao chiếm trên 40%.",
         ]),
    dict(id="bs-02", site="bs", nid=6640, slug="trien-khai-luat-thuc-hien-dan-chu-o-co-so",
         cat="Chính trị", fmt="capnhat_luc", date="2023-06-20T08:15", byline="tin_anh", author="Lò Thị Mai",
         source=None,
         title="Hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở",
         body=[
             "Sáng 20/6, UBND huyện Tân Uyên tổ chức hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022 và các văn bản hướng dẫn thi hành. Tham dự hội nghị có lãnh đạo các phòng, ban, đơn vị của huyện, lãnh đạo UBND các xã, thị trấn và trưởng các bản, khu phố.",
             "Tại hội nghị, đại diện Phòng Tư pháp huyện đã giới thiệu những điểm mới của Luật, trong đó có quy định về những nội dung công dân được biết, được bàn và quyết định, được tham gia ý kiến, được giám sát; hình thức tổ chức hội nghị thôn, tổ dân phố và quy định về thực hiện dân chủ trong cơ quan, đơn vị, doanh nghiệp.",
             "Luật có hiệu lực từ ngày 1/7/2023, thay thế Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn năm 2007. Việc triển khai Luật nhằm phát huy quyền làm chủ của Nhân dân, tăng cường trách nhiệm giải trình của chính quyền cơ sở.",
             "UBND huyện yêu cầu các xã, thị trấn tổ chức tuyên truyền Luật đến từng bản bằng tiếng phổ thông và tiếng dân tộc, rà soát sửa đổi hương ước, quy ước cho phù hợp với quy định mới.",
         ]),
    dict(id="bs-03", site="bs", nid=6671, slug="tan-uyen-hoan-thanh-sap-xep-thon-ban",
         cat="Chính quyền", fmt="infobox_dmy_dash", date="2023-09-08", byline="pv", author="PV", source=None,
         title="Tân Uyên hoàn thành sắp xếp, sáp nhập thôn, bản, tổ dân phố",
         body=[
             "Thực hiện Nghị quyết của HĐND tỉnh Lai Châu, huyện Tân Uyên đã hoàn thành việc sắp xếp, sáp nhập 24 thôn, bản, tổ dân phố để thành lập 12 thôn, bản, tổ dân phố mới. Sau sắp xếp, toàn huyện còn 111 thôn, bản, tổ dân phố.",
             "Quá trình sắp xếp được thực hiện công khai, dân chủ; 100% cử tri đại diện hộ gia đình ở các thôn, bản thuộc diện sáp nhập được lấy ý kiến, trong đó trên 95% đồng ý. Huyện đã kiện toàn đội ngũ trưởng bản, bí thư chi bộ và các chi hội đoàn thể ở thôn, bản mới.",
             "Đối với những người hoạt động không chuyên trách dôi dư, huyện đã thực hiện chính sách hỗ trợ theo quy định và bố trí một số người có năng lực vào các vị trí còn thiếu. Các nhà văn hóa được sắp xếp lại, ưu tiên sử dụng công trình có diện tích lớn, ở vị trí trung tâm.",
             "Việc sắp xếp góp phần tinh gọn bộ máy, giảm chi ngân sách cho phụ cấp, đồng thời tạo điều kiện để đầu tư tập trung cơ sở hạ tầng ở các thôn, bản.",
         ]),
    dict(id="bs-04", site="bs", nid=6702, slug="tang-cuong-phong-chong-doi-ret-cho-gia-suc",
         cat="Nông nghiệp", fmt="infobox_dmy_slash", date="2023-12-15T07:30", byline="source_line", author=None,
         source="Báo Lai Châu",
         title="Tăng cường phòng, chống đói rét cho gia súc trong mùa đông",
         body=[
             "Trước dự báo các đợt không khí lạnh tăng cường, nhiệt độ ở vùng núi cao có thể xuống dưới 5 độ C, UBND huyện Tân Uyên đã chỉ đạo các xã, thị trấn triển khai đồng bộ các biện pháp phòng, chống đói rét cho đàn gia súc.",
             "Toàn huyện hiện có hơn 19.000 con trâu, bò, ngựa. Người chăn nuôi được hướng dẫn che chắn chuồng trại kín gió, lót ổ rơm, sưởi ấm cho gia súc non; không thả rông gia súc trên núi cao khi trời rét đậm, rét hại; dự trữ thức ăn thô xanh như rơm khô, cỏ ủ chua, thân cây ngô.",
             "Trạm Chăn nuôi và Thú y huyện đã cấp phát vắc xin tụ huyết trùng, lở mồm long móng để tiêm phòng bổ sung; đồng thời bố trí cán bộ xuống các bản vùng cao kiểm tra, hướng dẫn người dân.",
             "Huyện yêu cầu các xã thống kê thiệt hại kịp thời nếu có gia súc bị chết do rét để thực hiện hỗ trợ theo quy định, tránh để người dân tái nghèo.",
         ]),

    # ---------------- Old frameset / table layout with <font> and <br><br> -------------------
    dict(id="fr-01", site="fr", nid=534, cat="Tin tức", fmt="cap_nhat_colon", date="2023-03-12",
         byline="right_bold", author="Sùng Mí Chơ", source=None,
         title="Quản Bạ phát động Tết trồng cây năm 2023",
         body=[
             "Hưởng ứng Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Quý Mão, ngày 11/3, huyện Quản Bạ tổ chức lễ phát động Tết trồng cây năm 2023 tại xã Quản Bạ. Tham gia buổi lễ có lãnh đạo huyện, các cơ quan, đơn vị và đông đảo Nhân dân địa phương.",
             "Năm 2022, toàn huyện trồng mới được 620 ha rừng, trong đó chủ yếu là rừng sản xuất với các loài cây thông, sa mộc và cây dược liệu dưới tán rừng. Tỷ lệ che phủ rừng của huyện đạt trên 50%. Công tác phòng cháy, chữa cháy rừng được quan tâm, không để xảy ra cháy rừng lớn.",
             "Năm 2023, huyện phấn đấu trồng mới 650 ha rừng và hơn 30.000 cây phân tán. Lãnh đạo huyện đề nghị các xã, thị trấn tổ chức trồng cây đúng thời vụ, chọn giống cây phù hợp với điều kiện đất đai, khí hậu, gắn trồng rừng với phát triển kinh tế hộ gia đình.",
             "Ngay sau lễ phát động, các đại biểu và Nhân dân đã trồng hơn 2.000 cây thông mã vĩ trên diện tích 1,5 ha tại thôn Nặm Đăm.",
         ]),
    dict(id="fr-02", site="fr", nid=541, cat="Tin tức", fmt="ngay_thang", date="2023-04-05",
         byline="pv", author="PV", source=None,
         title="Hội nghị giao ban công tác dân vận quý I năm 2023",
         body=[
             "Ban Dân vận Huyện ủy Quản Bạ vừa tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2023. Dự hội nghị có các thành viên Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện và trưởng khối dân vận các xã, thị trấn.",
             "Quý I, công tác dân vận được triển khai đồng bộ, bám sát nhiệm vụ chính trị của địa phương. Các xã đã vận động Nhân dân hiến hơn 6.000 m2 đất, đóng góp trên 3.500 ngày công làm đường giao thông nông thôn; vận động 112 hộ xóa bỏ tập tục lạc hậu trong đám cưới, đám ma.",
             "Hội nghị chỉ ra tồn tại như việc nắm tình hình Nhân dân ở một số thôn vùng biên chưa thường xuyên; vai trò của người có uy tín trong đồng bào dân tộc thiểu số chưa được phát huy đầy đủ.",
             "Quý II, các cơ quan, đơn vị tập trung tuyên truyền, vận động Nhân dân tham gia mùa vụ, phòng chống thiên tai, giữ gìn an ninh trật tự khu vực biên giới.",
         ]),
    dict(id="fr-03", site="fr", nid=552, cat="Tin tức", fmt="paren_after_title", date="2023-05-22",
         byline="plain_name", author="Vàng Thị Dợ", source=None,
         title="Xã Tùng Vài ra quân làm đường giao thông nông thôn",
         body=[
             "Thực hiện phong trào thi đua cả nước chung tay vì người nghèo, xã Tùng Vài đã tổ chức ra quân làm đường giao thông nông thôn tại thôn Tả Chải. Hơn 300 người dân cùng cán bộ, chiến sĩ Đồn Biên phòng đã tham gia.",
             "Tuyến đường bê tông dài 1,8 km, rộng 3 m, nối trung tâm xã với thôn Tả Chải, được đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới theo cơ chế Nhà nước hỗ trợ xi măng, Nhân dân đóng góp cát, sỏi và ngày công.",
             "Trước đây, vào mùa mưa, đường đất lầy lội khiến việc đi lại, vận chuyển nông sản của bà con gặp nhiều khó khăn, học sinh phải nghỉ học. Khi tuyến đường hoàn thành sẽ giúp người dân giao thương thuận lợi hơn.",
             "Xã Tùng Vài phấn đấu hoàn thành tuyến đường trước mùa mưa bão năm nay.",
         ]),
    dict(id="fr-04", site="fr", nid=418, cat="Tin tức", fmt="ngay_gui", date="2022-09-05",
         byline="source_line", author=None, source="Báo Hà Giang",
         title="Quản Bạ: Khai mạc chợ phiên văn hóa Quyết Tiến",
         body=[
             "Chợ phiên văn hóa Quyết Tiến ở huyện Quản Bạ đã chính thức mở cửa trở lại sau thời gian tạm dừng do dịch bệnh. Chợ họp vào chủ nhật hằng tuần, thu hút đông đảo đồng bào các dân tộc Mông, Dao, Tày và du khách đến tham quan, mua bán.",
             "Tại chợ, du khách có thể thưởng thức các món ăn truyền thống như thắng cố, mèn mén, rượu ngô men lá; mua sắm các sản phẩm thổ cẩm, đồ bạc, mật ong bạc hà và các loại dược liệu của địa phương. Các nghệ nhân biểu diễn khèn Mông, hát giao duyên thu hút sự chú ý của du khách.",
             "Huyện đã chỉnh trang khu vực chợ, bố trí các gian hàng theo nhóm sản phẩm, xây dựng nhà vệ sinh công cộng và bãi đỗ xe. Ban quản lý chợ yêu cầu các hộ kinh doanh niêm yết giá, không bán hàng không rõ nguồn gốc.",
             "Chợ phiên văn hóa được kỳ vọng trở thành điểm đến hấp dẫn trên cung đường du lịch Cao nguyên đá Đồng Văn, góp phần tăng thu nhập cho người dân.",
         ]),
]


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TODAY = dt.datetime(2024, 5, 20, 9, 41)  # the "crawl day": header clocks show this, never gold


def e(text: str) -> str:
    return html.escape(text, quote=False)


def ea(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def when(a: dict) -> tuple[dt.datetime | None, bool]:
    if not a.get("date"):
        return None, False
    has_time = "T" in a["date"]
    return dt.datetime.fromisoformat(a["date"] if has_time else a["date"] + "T00:00"), has_time


def gold_date(a: dict) -> str | None:
    d, has_time = when(a)
    if d is None:
        return None
    return d.strftime("%Y-%m-%dT%H:%M+07:00") if has_time else d.strftime("%Y-%m-%d")


def iso_full(a: dict) -> str:
    d, _ = when(a)
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def date_text(a: dict) -> str:
    """The visible date in the form the article record asks for ('' when none)."""
    d, t = when(a)
    f = a.get("fmt")
    if d is None or f in (None, "meta_only"):
        return ""
    wd = WEEKDAYS[d.weekday()]
    dmy = d.strftime("%d/%m/%Y")
    hm = d.strftime("%H:%M")
    if f == "thu_dash":
        return f"{wd}, {dmy} - {hm}" if t else f"{wd}, {dmy}"
    if f == "thu_dash_cue":
        return f"{wd} - {dmy} {hm}"
    if f == "thu_day":
        return f"{wd.title()}, {dmy}"
    if f in ("dmy_slash", "infobox_dmy_slash"):
        return f"{dmy} {hm}" if t else dmy
    if f == "capnhat_luc":
        return f"Cập nhật lúc {hm} ngày {d.day}/{d.month}/{d.year}"
    if f == "iso_time":
        return f'<time datetime="{iso_full(a)}">{dmy} {hm}</time>'
    if f == "ngay_thang":
        return f"Ngày {d.day} tháng {d.month} năm {d.year}"
    if f == "ngay_dang":
        return f"Ngày đăng: {dmy}"
    if f == "ngay_cap_nhat":
        return f"Ngày cập nhật {dmy}"
    if f in ("dmy_dash", "infobox_dmy_dash"):
        return d.strftime("%d-%m-%Y")
    if f == "dang_ngay":
        return f"Được đăng ngày {wd}, {d.day:02d} Tháng {d.month} {d.year} {hm}"
    if f == "cap_nhat_colon":
        return f"Cập nhật: {dmy}"
    if f == "paren_after_title":
        return f"({dmy})"
    if f == "ngay_gui":
        return f"Ngày gửi: {d.strftime('%d-%m-%Y')}"
    raise ValueError(f)


def meta_date(a: dict) -> str:
    if a.get("fmt") != "meta_only":
        return ""
    return f'<meta property="article:published_time" content="{iso_full(a)}" />\n'


def gold_text(a: dict) -> str:
    lines: list[str] = []
    for item in a["body"]:
        if isinstance(item, str):
            lines.append(item)
        elif "table" in item:
            lines.extend(" | ".join(row) for row in item["table"])
    return "\n".join(lines)


def body_html(a: dict, p_open: str = "<p>", p_close: str = "</p>", table_cls: str = "MsoTableGrid") -> str:
    out: list[str] = []
    for item in a["body"]:
        if isinstance(item, str):
            out.append(f"{p_open}{e(item)}{p_close}")
        elif "table" in item:
            rows = []
            for i, row in enumerate(item["table"]):
                tag = "td"
                cells = "".join(f'<{tag} style="border:1px solid #000;padding:4px">'
                                f'{"<strong>" + e(c) + "</strong>" if i == 0 else e(c)}</{tag}>' for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append(f'<table class="{table_cls}" border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse">'
                       f'<tbody>{"".join(rows)}</tbody></table>')
        else:
            out.append(f'<p style="text-align: center;"><img alt="" src="{ea(item["img"])}" style="width: 600px; height: 400px;" /></p>'
                       f'\n<p style="text-align: center;"><em>{e(item["cap"])}</em></p>')
    return "\n".join(out)


def byline_html(a: dict) -> str:
    b = a["byline"]
    if b == "right_bold":
        return f'<p style="text-align: right;"><strong>{e(a["author"])}</strong></p>'
    if b == "tin_anh":
        return f'<p style="text-align: right;"><strong>Tin, ảnh: {e(a["author"])}</strong></p>'
    if b == "org":
        return f'<p style="text-align: right;"><em>{e(a["author"])} ({e(a["org"])})</em></p>'
    if b == "pv":
        return '<p style="text-align: right;"><strong>PV</strong></p>'
    if b == "plain_name":
        return f'<p style="text-align: right;"><b>{e(a["author"])}</b></p>'
    if b == "source_line":
        return f'<p style="text-align: right;"><em>Nguồn: {e(a["source"])}</em></p>'
    if b == "nguon_tin":
        return f'<p><i>Nguồn tin: {e(a["source"])}</i></p>'
    if b == "name_and_nguon_tin":
        return (f'<p style="text-align: right;"><b>{e(a["author"])}</b></p>\n'
                f'<p><i>Nguồn tin: {e(a["source"])}</i></p>')
    if b == "pv_and_nguon_tin":
        return f'<p style="text-align: right;"><b>PV</b></p>\n<p><i>Nguồn tin: {e(a["source"])}</i></p>'
    raise ValueError(b)


def site_articles(site: str) -> list[dict]:
    return [a for a in ARTICLES if a["site"] == site]


def others(a: dict, n: int) -> list[dict]:
    """Other articles of the same portal, for related/other-news blocks."""
    return [o for o in site_articles(a["site"]) if o["id"] != a["id"]][:n]


NODATE = "@@NODATE@@"


def short_date(o: dict) -> str:
    """Date shown next to another article's link; undated articles stay undated everywhere."""
    d, _ = when(o)
    return d.strftime("%d/%m/%Y") if d else NODATE


def drop_nodate(doc: str) -> str:
    return re.sub(r"(Được đăng ngày |Ngày tạo |- )?[\(\[]?" + NODATE + r"[\)\]]?", "", doc)


def summary(o: dict) -> str:
    return next(i for i in o["body"] if isinstance(i, str))


def header_today(style: int = 0) -> str:
    wd = WEEKDAYS[TODAY.weekday()]
    if style == 0:
        return f"{wd}, ngày {TODAY.strftime('%d/%m/%Y')}"
    if style == 1:
        return f"{wd}, {TODAY.day} tháng {TODAY.month} năm {TODAY.year}"
    return f"Hôm nay: {TODAY.strftime('%d-%m-%Y %H:%M')}"


LIEN_KET = """<div class="lienket"><div class="title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Sở, Ban, Ngành --</option><option value="http://sotttt.gov.vn">Sở Thông tin và Truyền thông</option><option value="http://sonv.gov.vn">Sở Nội vụ</option><option value="http://sotc.gov.vn">Sở Tài chính</option></select>
<select onchange="window.open(this.value)"><option>-- UBND Huyện, Thị xã, Thành phố --</option><option>UBND huyện Phong Điền</option><option>UBND thị xã Hương Trà</option><option>UBND thị xã Hương Thủy</option></select></div>"""

POLL = """<div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</p>
<label><input type="radio" name="poll" /> Rất đẹp, dễ sử dụng</label><br /><label><input type="radio" name="poll" /> Bình thường</label><br />
<label><input type="radio" name="poll" /> Khó tìm thông tin</label><br /><button>Biểu quyết</button> <a href="#">Xem kết quả</a></div>"""


def counter(online: int, total: int) -> str:
    return (f'<div class="thongke"><h3>Thống kê truy cập</h3><ul><li>Đang online: {online}</li>'
            f'<li>Hôm nay: {online * 7 + 13}</li><li>Hôm qua: {online * 9 + 2}</li><li>Tháng này: {online * 211}</li>'
            f'<li>Tổng lượt truy cập: {total:,}</li></ul></div>').replace(",", ".")


def share_bar() -> str:
    return ('<div class="share"><a href="#" class="fb">Chia sẻ Facebook</a> <a href="#" class="zalo">Zalo</a> '
            '<a href="#" class="tw">Twitter</a> <a href="javascript:window.print()">In bài viết</a> '
            '<a href="mailto:?subject=">Gửi email</a> <a href="#top">Về đầu trang</a></div>')


def comment_form() -> str:
    return ('<div class="comment"><h4>Ý kiến bạn đọc</h4><form><p>Họ và tên (*) <input type="text" /></p>'
            '<p>Email (*) <input type="text" /></p><p>Nội dung <textarea rows="4"></textarea></p>'
            '<p>Mã xác nhận <input type="text" /> <img src="/captcha.ashx" /></p><button>Gửi ý kiến</button></form></div>')


def page(title: str, head_extra: str, body: str, lang: str = "vi") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8" />\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1" />\n{head_extra}</head>\n'
            f'<body>\n{body}\n</body>\n</html>\n')


# ---------------------------------------------------------------------------------------
# Portal shapes. Each render_* returns (url, html) for an article; NONARTICLES build the rest.
# ---------------------------------------------------------------------------------------

def dnn_url(a: dict) -> str:
    tab = 92 if a["aid"] % 2 else 95
    return f"https://thudaumot.binhduong.gov.vn/vi-vn/Tin-tuc-su-kien/tabid/{tab}/ArticleID/{a['aid']}/Default.aspx"


def dnn_shell(title: str, main: str, head_extra: str = "") -> str:
    rel_latest = "".join(f'<li><a href="{dnn_url(o)}">{e(o["title"])}</a><span class="date">{short_date(o)}</span></li>'
                         for o in site_articles("dnn"))
    body = f"""<form method="post" action="/vi-vn/Tin-tuc-su-kien/tabid/92/Default.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAQ9kFgICCA8WAh4EVGV4dAUUPGxpbmsgaHJlZj0iIiAvPmQCBQ" />
<div id="dnn_wrapper"><div class="topbar"><span id="dnn_dnnCURRENTDATE_lblDate" class="date">{header_today(0)}</span>
<a id="dnn_dnnLOGIN_loginLink" href="/vi-vn/Login.aspx">Đăng nhập</a> | <a href="/en-us/">English</a></div>
<div id="dnn_HeaderPane"><img src="/Portals/0/Skins/TDM/images/banner.png" alt="Cổng thông tin điện tử thành phố Thủ Dầu Một" />
<marquee>Chào mừng quý vị đã đến với Cổng thông tin điện tử thành phố Thủ Dầu Một - tỉnh Bình Dương</marquee></div>
<ul id="dnn_dnnNAV" class="menu"><li><a href="/vi-vn/">Trang chủ</a></li><li><a href="/vi-vn/Gioi-thieu/tabid/60/Default.aspx">Giới thiệu</a></li>
<li><a href="/vi-vn/Tin-tuc-su-kien/tabid/92/Default.aspx">Tin tức - Sự kiện</a></li><li><a href="/vi-vn/Van-ban/tabid/110/Default.aspx">Văn bản</a></li>
<li><a href="https://dichvucong.binhduong.gov.vn">Dịch vụ công</a></li><li><a href="/vi-vn/Lien-he/tabid/130/Default.aspx">Liên hệ</a></li></ul>
<div class="row"><div id="dnn_ContentPane" class="col-md-8">
{main}
</div><div id="dnn_RightPane" class="col-md-4">
<div id="dnn_ctr1045_ContentPane" class="DNNModuleContent"><h3 class="module-title">Tin mới nhất</h3><ul class="latest">{rel_latest}</ul></div>
<div id="dnn_ctr1050_ContentPane">{counter(87, 3512940)}</div>
<div id="dnn_ctr1052_ContentPane">{POLL}</div>
<div id="dnn_ctr1055_ContentPane"><a href="/Portals/0/Documents/lich-tiep-cong-dan.pdf"><img src="/Portals/0/Banners/lichtiepdan.jpg" alt="Lịch tiếp công dân" /></a></div>
</div></div>
<div id="dnn_FooterPane" class="footer"><p>Bản quyền © 2016 Cổng thông tin điện tử thành phố Thủ Dầu Một</p>
<p>Cơ quan chủ quản: UBND thành phố Thủ Dầu Một. Địa chỉ: Số 01 Quang Trung, phường Phú Cường, TP. Thủ Dầu Một, tỉnh Bình Dương</p>
<p>Điện thoại: 0274.3822.549 - Email: thudaumot@binhduong.gov.vn. Ghi rõ nguồn "Cổng thông tin điện tử thành phố Thủ Dầu Một" khi phát hành lại thông tin từ website này.</p></div>
</div></form>
<script src="/Portals/_default/Skins/TDM/js/jquery.min.js"></script><script>var dnn = dnn || {{}}; dnn.setVar('sf_siteRoot', '/');</script>"""
    head = ('<meta name="GENERATOR" content="DotNetNuke " />\n<link href="/Portals/_default/default.css" rel="stylesheet" />\n'
            '<link href="/Portals/0/Skins/TDM/skin.css" rel="stylesheet" />\n' + head_extra)
    return page(title, head, body)


def dnn_block(a: dict, ctr: int, prefix: str) -> str:
    date = date_text(a)
    date_html = f'<span id="dnn_ctr{ctr}_{prefix}_lblDate" class="news-date">{date}</span>' if date else ""
    before = date_html if a["fmt"] == "thu_dash" else ""
    after = "" if a["fmt"] == "thu_dash" else date_html
    return f"""{before}
<h1 id="dnn_ctr{ctr}_{prefix}_lblTitle" class="news-title">{e(a["title"])}</h1>
{after}
<div id="dnn_ctr{ctr}_{prefix}_divContent" class="news-content">
{body_html(a)}
{byline_html(a)}
</div>"""


def render_dnn(a: dict) -> tuple[str, str]:
    ctr = 1021
    rel = "".join(f'<li><a href="{dnn_url(o)}">{e(o["title"])}</a> <span class="date">({short_date(o)})</span></li>'
                  for o in others(a, 5))
    if a.get("twice"):
        articles = (f'<div class="visible-xs d-block d-md-none mobile-detail">{dnn_block(a, ctr, "MobileView")}</div>\n'
                    f'<div class="hidden-xs d-none d-md-block">{dnn_block(a, ctr, "ViewArticle")}</div>')
    else:
        articles = dnn_block(a, ctr, "ViewArticle")
    main = f"""<div id="dnn_ctr{ctr}_ContentPane" class="DNNModuleContent ModNewsArticlesC">
<div id="dnn_ctr{ctr}_ModuleContent"><div class="breadcrumb"><a href="/vi-vn/">Trang chủ</a> » <a href="/vi-vn/Tin-tuc-su-kien/tabid/92/Default.aspx">Tin tức - Sự kiện</a> » <span>{e(a["cat"])}</span></div>
<div class="news-detail">
{articles}
<div class="news-tools">{share_bar()}</div>
<div class="news-other"><h3>Các tin khác</h3><ul>{rel}</ul></div>
</div></div></div>"""
    head = f'<meta id="MetaDescription" name="DESCRIPTION" content="{ea(summary(a)[:150])}" />\n'
    return dnn_url(a), dnn_shell(f"{a['title']} > Tin tức - Sự kiện", main, head)


def dnn_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("dnn")
    items = "".join(f"""<div class="news-item"><a href="{dnn_url(o)}"><img src="/Portals/0/Thumbs/{o['aid']}.jpg" /></a>
<h3><a href="{dnn_url(o)}">{e(o["title"])}</a></h3><span class="date">{short_date(o)}</span><p class="summary">{e(summary(o))}</p></div>""" for o in arts)
    listing = f"""<div id="dnn_ctr1020_ContentPane" class="DNNModuleContent"><div class="breadcrumb">Trang chủ » Tin tức - Sự kiện</div>
<h2 class="cat-title">Tin tức - Sự kiện</h2>{items}
<div class="pager"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Tiếp »</a></div></div>"""
    home = f"""<div id="dnn_ctr1000_ContentPane" class="DNNModuleContent"><div class="hot-news"><h2><a href="{dnn_url(arts[4])}">{e(arts[4]["title"])}</a></h2>
<p>{e(summary(arts[4]))} {e(arts[4]["body"][1])}</p></div>
<div class="box"><h3>Tin tức - Sự kiện</h3><ul>{"".join(f'<li><a href="{dnn_url(o)}">{e(o["title"])}</a> ({short_date(o)})</li>' for o in arts[:4])}</ul></div>
<div class="box"><h3>Thông báo</h3><ul><li><a href="#">Thông báo lịch tiếp công dân tháng 5/2024</a></li><li><a href="#">Thông báo tuyển dụng viên chức giáo dục năm 2024</a></li>
<li><a href="#">Công khai kết quả giải quyết thủ tục hành chính quý I/2024</a></li></ul></div>
<div class="box"><h3>Văn bản mới</h3><ul><li>Quyết định số 1254/QĐ-UBND ngày 15/5/2024 về việc phê duyệt kế hoạch sử dụng đất</li><li>Kế hoạch số 210/KH-UBND ngày 10/5/2024 về tổ chức các hoạt động hè</li></ul></div></div>"""
    return [("thudaumot-home", "https://thudaumot.binhduong.gov.vn/vi-vn/", dnn_shell("Trang chủ", home)),
            ("thudaumot-list", "https://thudaumot.binhduong.gov.vn/vi-vn/Tin-tuc-su-kien/tabid/92/Default.aspx",
             dnn_shell("Tin tức - Sự kiện", listing))]


# ---- SharePoint /Trang/ (Quảng Ninh) --------------------------------------------------------
def qn_url(a: dict) -> str:
    return f"https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid={a['nid']}"


def qn_shell(title: str, main: str, head_extra: str = "") -> str:
    hot = "".join(f'<li><a href="{qn_url(o)}">{e(o["title"])}</a><p class="time">{short_date(o)}</p></li>'
                  for o in site_articles("qn")[:4])
    body = f"""<form method="post" action="./ChiTietTinTuc.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="top-date">{header_today(1)}</div><div class="logo"><a href="/Trang/Default.aspx"><img src="/PublishingImages/logo.png" alt="Cổng thông tin điện tử tỉnh Quảng Ninh" /></a></div>
<div class="search"><input type="text" placeholder="Tìm kiếm..." /></div></div>
<ul class="main-menu"><li><a href="/Trang/Default.aspx">Trang chủ</a></li><li><a href="/Trang/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li><li><a href="/Trang/chi-dao-dieu-hanh.aspx">Chỉ đạo điều hành</a></li><li><a href="/Trang/van-ban.aspx">Văn bản</a></li><li><a href="/Trang/hoi-dap.aspx">Hỏi đáp</a></li></ul>
<div id="DeltaPlaceHolderMain"><div class="row"><div class="col-left" id="ctl00_PlaceHolderMain_g_left">
{main}
</div><div class="col-right">
<div class="box-right"><h3>Tin nổi bật</h3><ul>{hot}</ul></div>
<div class="box-right"><h3>Chuyên mục</h3><ul><li>Quảng Ninh - Những điểm đến hấp dẫn</li><li>Chính sách mới</li><li>Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</li></ul></div>
</div></div></div>
<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH</p><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Quảng Ninh. Giấy phép số 21/GP-TTĐT ngày 14/3/2012</p>
<p>Địa chỉ: Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long. © Bản quyền thuộc UBND tỉnh Quảng Ninh</p></div>
</div></div></form>"""
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" />\n<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css" />\n' + head_extra)
    return page(title, head, body)


def render_qn(a: dict) -> tuple[str, str]:
    date = date_text(a)
    date_html = f'<div class="ChiTiet-Date"><span class="date">{date}</span> | <span class="view">Lượt xem: 1.{a["nid"] % 900}</span></div>' if date else ""
    pre, post = (date_html, "") if a["fmt"] == "thu_dash" else ("", date_html)
    rel = "".join(f'<div class="item"><a href="{qn_url(o)}" class="title">{e(o["title"])}</a><span class="date">({short_date(o)})</span>'
                  f'<p class="sapo">{e(summary(o))}</p></div>' for o in others(a, 4))
    tags = '<div class="tags">Từ khóa: <a href="#">Quảng Ninh</a>, <a href="#">' + e(a["cat"]) + "</a></div>"
    main = f"""<div class="breadcrumb"><a href="/Trang/Default.aspx">Trang chủ</a> / <a href="/Trang/tin-tuc-su-kien.aspx">{e(a["cat"])}</a></div>
<div class="ChiTietTinTuc">{pre}
<h2 class="ChiTiet-Title">{e(a["title"])}</h2>{post}
<div class="ms-rtestate-field ChiTiet-NoiDung">
{body_html(a)}
{byline_html(a)}
</div>{tags}
<div class="tools"><a href="#">Bản in</a> | <a href="#">Gửi bài viết</a> | <a href="#">Chia sẻ</a></div>
<div class="TinKhac"><h3>Bài viết liên quan</h3>{rel}</div></div>"""
    head = (f'<meta property="og:title" content="{ea(a["title"])}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:description" content="{ea(summary(a)[:160])}" />\n' + meta_date(a))
    return qn_url(a), qn_shell(f"Cổng thông tin điện tử tỉnh Quảng Ninh - {a['title']}", main, head)


def qn_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("qn")
    items = "".join(f'<div class="channel-item"><a href="{qn_url(o)}"><img src="/SiteAssets/thumb/{o["nid"]}.jpg" /></a><h3><a href="{qn_url(o)}">{e(o["title"])}</a></h3>'
                    f'<span class="date">{short_date(o)}</span><p>{e(summary(o))}</p></div>' for o in arts)
    listing = f'<div class="breadcrumb">Trang chủ / Tin tức - Sự kiện</div><h2>Tin tức - Sự kiện</h2>{items}<div class="paging"><span>1</span><a href="?PageIndex=2">2</a><a href="?PageIndex=3">3</a><a href="?PageIndex=2">Tiếp</a></div>'
    results = "".join(f'<li><a href="{qn_url(o)}">{e(o["title"])}</a><p>…{e(o["body"][1] if isinstance(o["body"][1], str) else summary(o))}…</p><span>{qn_url(o)} - {short_date(o)}</span></li>' for o in arts[:4])
    search = f'<h2>Kết quả tìm kiếm</h2><p>Tìm thấy 4 kết quả cho từ khóa “chuyển đổi số” (0,21 giây)</p><ul class="search-results">{results}</ul><div class="paging"><span>1</span></div>'
    return [("quangninh-list", "https://www.quangninh.gov.vn/Trang/tin-tuc-su-kien.aspx", qn_shell("Tin tức - Sự kiện", listing)),
            ("quangninh-search", "https://www.quangninh.gov.vn/Trang/TimKiem.aspx?k=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91",
             qn_shell("Tìm kiếm", search))]


# ---- Bình Định Index.aspx?I=&M=&P= (nested tables) ------------------------------------------
def bd_url(a: dict) -> str:
    return f"http://{a['host']}/Index.aspx?I={a['I']}&M=15&P=B02"


def bd_unit(host: str) -> str:
    return "xã Cát Tân" if host.startswith("cattan") else "huyện Phù Mỹ"


def bd_shell(host: str, title: str, main: str, head_extra: str = "") -> str:
    unit = bd_unit(host)
    left = "".join(f'<tr><td class="menu-left"><a href="Index.aspx?M={m}">{t}</a></td></tr>' for m, t in
                   [(1, "Giới thiệu chung"), (15, "Tin tức - Sự kiện"), (20, "Văn bản chỉ đạo điều hành"), (25, "Thủ tục hành chính"), (30, "Hỏi đáp")])
    latest = "".join(f'<tr><td><img src="images/bullet.gif" /> <a href="{bd_url(o)}">{e(o["title"])}</a> <font color="#999">({short_date(o)})</font></td></tr>'
                     for o in site_articles("bd") if o["host"] == host)
    body = f"""<form name="Form1" method="post" action="Index.aspx" id="Form1">
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="images/banner_{host.split('.')[0]}.jpg" width="1000" height="150" alt="Trang thông tin điện tử {unit}" /></td></tr>
<tr><td colspan="3" class="topmenu"><a href="Index.aspx">Trang chủ</a> | <a href="Index.aspx?M=15">Tin tức</a> | <a href="Index.aspx?M=20">Văn bản</a> | <a href="Index.aspx?M=40">Liên hệ</a> <span class="ngay">{header_today(0)}</span></td></tr>
<tr><td width="200" valign="top"><table width="100%">{left}</table>
<table width="100%" class="box"><tr><td class="box-title">Liên kết website</td></tr><tr><td><select><option>Cổng TTĐT tỉnh Bình Định</option><option>UBND huyện Phù Cát</option></select></td></tr></table></td>
<td width="580" valign="top">
{main}
</td>
<td width="220" valign="top"><table width="100%" class="box"><tr><td class="box-title">Tin mới</td></tr>{latest}</table>
<table width="100%" class="box"><tr><td class="box-title">Thống kê truy cập</td></tr><tr><td>Đang online: 12<br />Tổng truy cập: 215.408</td></tr></table></td></tr>
<tr><td colspan="3" class="footer" align="center">TRANG THÔNG TIN ĐIỆN TỬ {unit.upper()}<br />Địa chỉ: UBND {unit}, tỉnh Bình Định - Điện thoại: 0256.3855.123<br />Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông Bình Định</td></tr>
</table></form>"""
    return page(title, '<link href="css/style.css" rel="stylesheet" type="text/css" />\n' + head_extra, body)


def render_bd(a: dict) -> tuple[str, str]:
    date = date_text(a)
    rel = "".join(f'<tr><td>» <a href="{bd_url(o)}">{e(o["title"])}</a> ({short_date(o)})</td></tr>'
                  for o in others(a, 4))
    date_row = f'<tr><td class="ngaydang" align="right"><i>{date}</i></td></tr>' if date else ""
    pre = date_row if a["fmt"] == "ngay_thang" else ""
    post = "" if a["fmt"] == "ngay_thang" else date_row
    main = f"""<table width="100%" cellpadding="4" cellspacing="0" class="chitiet">
<tr><td class="duongdan">Tin tức - Sự kiện &gt; {e(a["cat"])}</td></tr>{pre}
<tr><td class="tieude"><span id="lblTieuDe" class="TieuDe">{e(a["title"])}</span></td></tr>{post}
<tr><td class="noidung"><span id="lblNoiDung">
{body_html(a)}
{byline_html(a)}
</span></td></tr>
<tr><td align="right"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Trở về]</a></td></tr>
<tr><td class="tinkhac"><b>Các tin khác:</b><table width="100%">{rel}</table></td></tr></table>"""
    return bd_url(a), bd_shell(a["host"], a["title"], main)


def bd_nonarticles() -> list[tuple[str, str, str]]:
    docs = [("45/KH-UBND", "10/05/2024", "Kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì môi trường năm 2024"),
            ("38/QĐ-UBND", "22/04/2024", "Quyết định thành lập Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã năm 2024"),
            ("31/TB-UBND", "05/04/2024", "Thông báo lịch tiếp công dân của Chủ tịch UBND xã quý II năm 2024"),
            ("27/KH-UBND", "18/03/2024", "Kế hoạch tuyên truyền phổ biến, giáo dục pháp luật năm 2024"),
            ("19/BC-UBND", "28/02/2024", "Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 2 năm 2024")]
    rows = "".join(f'<tr><td>{i + 1}</td><td><a href="Upload/VanBan/{n.replace("/", "-")}.pdf">{n}</a></td><td>{d}</td><td>{t}</td><td><a href="Upload/VanBan/{n.replace("/", "-")}.pdf">Tải về</a></td></tr>'
                   for i, (n, d, t) in enumerate(docs))
    main = f"""<table width="100%" class="chitiet"><tr><td class="duongdan">Văn bản chỉ đạo điều hành</td></tr>
<tr><td>Tìm kiếm: <input type="text" /> Loại văn bản: <select><option>Tất cả</option><option>Quyết định</option><option>Kế hoạch</option></select> <input type="submit" value="Tìm" /></td></tr>
<tr><td><table width="100%" border="1" cellspacing="0" class="vanban"><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table></td></tr>
<tr><td align="center">Trang: <b>1</b> <a href="Index.aspx?M=20&amp;Page=2">2</a> <a href="Index.aspx?M=20&amp;Page=3">3</a></td></tr></table>"""
    return [("cattan-vanban", "http://cattan.phucat.binhdinh.gov.vn/Index.aspx?M=20&P=B05",
             bd_shell("cattan.phucat.binhdinh.gov.vn", "Văn bản chỉ đạo điều hành", main))]


# ---- Thừa Thiên Huế wards ?cn=&gd=&tc= --------------------------------------------------------
def hue_url(a: dict) -> str:
    return f"https://{a['host']}/?cn=121&gd=4&tc={a['tc']}"


def hue_unit(host: str) -> str:
    return {"vyda": "Phường Vỹ Dạ", "kimlong": "Phường Kim Long"}[host.split(".")[0]]


def hue_shell(host: str, title: str, main: str) -> str:
    unit = hue_unit(host)
    news = "".join(f'<li><a href="{hue_url(o)}">{e(o["title"])}</a></li>' for o in site_articles("hue"))
    body = f"""<div class="wrapper"><div class="header"><div class="banner"><h1>{unit.upper()}</h1><p>THÀNH PHỐ HUẾ - TỈNH THỪA THIÊN HUẾ</p></div>
<div class="menu"><a href="/">Trang chủ</a><a href="/?cn=10">Giới thiệu</a><a href="/?cn=121">Tin tức - Sự kiện</a><a href="/?cn=130">Văn bản</a><a href="/?cn=140">Thủ tục hành chính</a></div>
<div class="today">{header_today(0)}</div></div>
<div class="main"><div class="left">
{main}
</div><div class="right"><div class="box"><h3>TIN MỚI</h3><ul>{news}</ul></div>
<div class="box"><h3>DỊCH VỤ CÔNG</h3><a href="https://dichvucong.thuathienhue.gov.vn">Cổng dịch vụ công tỉnh</a><br /><a href="https://hueS.vn">Ứng dụng Hue-S</a></div>
{LIEN_KET}</div></div>
<div class="footer"><p>Bản quyền thuộc UBND {unit.lower()}</p><p>Địa chỉ: Trụ sở UBND {unit.lower()}, thành phố Huế</p><p>Phát triển bởi Trung tâm Công nghệ thông tin tỉnh Thừa Thiên Huế</p></div></div>"""
    return page(title, "", body)


def render_hue(a: dict) -> tuple[str, str]:
    date = date_text(a)
    rel = "".join(f'<li><a href="{hue_url(o)}">{e(o["title"])}</a></li>' for o in others(a, 4))
    info = f'<div class="ngaycapnhat">{date}</div>' if date else ""
    main = f"""<div class="navbar-cat">{e(a["cat"])}</div>
<div class="chitiet"><h2 class="tieude">{e(a["title"])}</h2>{info}
<div class="noidung">
{body_html(a)}
{byline_html(a)}
</div>
<div class="rating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá<br />Click để đánh giá bài viết</div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div>"""
    return hue_url(a), hue_shell(a["host"], f"{a['title']} - {hue_unit(a['host'])}", main)


def hue_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("hue")
    host = "vyda.thuathienhue.gov.vn"
    feat = arts[0]
    main = f"""<div class="tieudiem"><h2><a href="{hue_url(feat)}">{e(feat["title"])}</a></h2><p>{e(summary(feat))}</p></div>
<div class="box-home"><h3>Tin tức - Sự kiện</h3><ul>{"".join(f'<li><a href="{hue_url(o)}">{e(o["title"])}</a> <i>({short_date(o)})</i></li>' for o in arts)}</ul></div>
<div class="box-home"><h3>Thông báo</h3><ul><li><a href="#">Thông báo lịch tiếp công dân tháng 5/2024</a></li><li><a href="#">Thông báo về việc thu gom rác thải cồng kềnh</a></li></ul></div>"""
    return [("vyda-home", f"https://{host}/", hue_shell(host, "Phường Vỹ Dạ - Thành phố Huế", main))]


# ---- Điện Biên ASP.NET MVC /TinTuc/View/<Slug> ------------------------------------------------
def db_url(a: dict) -> str:
    return f"https://{a['host']}/TinTuc/View/{a['slug']}"


def db_unit(host: str) -> str:
    return "huyện Điện Biên Đông" if host.startswith("dienbiendong") else "huyện Mường Ảng"


def db_shell(host: str, title: str, main: str) -> str:
    unit = db_unit(host)
    latest = "".join(f'<div class="tin-moi-item"><a href="{db_url(o)}">{e(o["title"])}</a><span>{short_date(o)}</span></div>'
                     for o in site_articles("db"))
    body = f"""<header><div class="container"><div class="logo"><img src="/Content/images/logo.png" alt="" /><span>CỔNG THÔNG TIN ĐIỆN TỬ {unit.upper()}</span></div>
<div class="ngay-hien-tai">{header_today(1)}</div></div>
<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/TinTuc/Index/Tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/VanBan">Văn bản</a></li><li><a href="/LienHe">Liên hệ</a></li></ul></nav></header>
<div class="container body-content"><div class="row"><div class="col-md-9">
{main}
</div><div class="col-md-3"><div class="panel"><div class="panel-heading">Tin mới nhất</div><div class="panel-body">{latest}</div></div>
<div class="panel"><div class="panel-heading">Video</div><div class="panel-body"><video src="/Upload/Video/gioithieu.mp4" controls></video></div></div></div></div></div>
<footer><div class="container"><p>Cơ quan chủ quản: UBND {unit}, tỉnh Điện Biên</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p><p>© 2019 - Bản quyền thuộc UBND {unit}</p></div></footer>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>"""
    return page(title, '<link href="/Content/css?v=WMr-pvK-ldSbNXHT-cT0d9QF2pqi7sqz_4MtKl04wlw1" rel="stylesheet" />\n', body)


def render_db(a: dict) -> tuple[str, str]:
    date = date_text(a)
    rel = "".join(f'<li><a href="{db_url(o)}">{e(o["title"])}</a> <span class="ngay">- {short_date(o)}</span></li>' for o in others(a, 5))
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/TinTuc/Index/Tin-tuc-su-kien">{e(a["cat"])}</a></li></ol>
<div class="news-detail"><div class="news-date"><i class="fa fa-calendar"></i> {date}</div>
<h1 class="news-title">{e(a["title"])}</h1>
<div class="news-body">
{body_html(a)}
{byline_html(a)}
</div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="tin-khac"><h4>Tin cùng chuyên mục</h4><ul>{rel}</ul></div></div>"""
    return db_url(a), db_shell(a["host"], a["title"], main)


def db_nonarticles() -> list[tuple[str, str, str]]:
    arts = [o for o in site_articles("db") if o["host"].startswith("dienbiendong")]
    items = "".join(f'<div class="media"><div class="media-left"><img src="/Upload/Thumb/{i}.jpg" /></div><div class="media-body"><h4><a href="{db_url(o)}">{e(o["title"])}</a></h4>'
                    f'<p class="ngay">{short_date(o)}</p><p>{e(summary(o))}</p></div></div>' for i, o in enumerate(arts))
    main = f'<ol class="breadcrumb"><li>Trang chủ</li><li>Tin tức - Sự kiện</li></ol>{items}<ul class="pagination"><li><a href="?PageIndex=11">«</a></li><li class="active"><a>12</a></li><li><a href="?PageIndex=13">13</a></li><li><a href="?PageIndex=13">»</a></li></ul>'
    host = "dienbiendong.dienbien.gov.vn"
    return [("dienbiendong-list", f"https://{host}/TinTuc/Index/Tin-tuc-su-kien?PageIndex=12", db_shell(host, "Tin tức - Sự kiện", main))]


# ---- Hạ Long wards -p<cat>n<id>.html ------------------------------------------------------
def hl_url(a: dict) -> str:
    c, n = a["pid"]
    return f"http://{a['host']}/{slugify(a['title'])}-p{c}n{n}.html"


def hl_unit(host: str) -> str:
    return "Phường Hồng Gai" if host.startswith("honggai") else "Phường Bãi Cháy"


def hl_shell(host: str, title: str, main: str) -> str:
    unit = hl_unit(host)
    hot = "".join(f'<li><a href="{hl_url(o)}">{e(o["title"])}</a><div class="date">{short_date(o)}</div></li>' for o in site_articles("hl"))
    body = f"""<div id="wrapper"><div id="header"><div class="date-now">{header_today(2)}</div><div class="logo">{unit.upper()} - THÀNH PHỐ HẠ LONG</div></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu-p1.html">Giới thiệu</a></li><li><a href="/tin-tuc-su-kien-p13.html">Tin tức - Sự kiện</a></li><li><a href="/thu-vien-anh-p21.html">Thư viện ảnh</a></li><li><a href="/lien-he-p30.html">Liên hệ</a></li></ul></div>
<div id="content"><div class="col-main">
{main}
</div><div class="col-side"><div class="block"><div class="block-title">Tin nổi bật</div><ul>{hot}</ul></div>
<div class="block"><div class="block-title">Thống kê truy cập</div><p>Đang online <b>614</b></p><p>Hôm nay: 2.391</p><p>Tổng truy cập: 4.812.077</p></div></div></div>
<div id="footer"><p>Bản quyền © 2018 UBND {unit.lower()}, thành phố Hạ Long</p><p>Đơn vị quản lý: UBND {unit.lower()} - Điện thoại: 0203.3825.xxx</p></div></div>"""
    return page(title, '<link rel="stylesheet" href="/Themes/halong/css/style.css" />\n', body)


def hl_block(a: dict, cls: str) -> str:
    date = date_text(a)
    return f"""<div class="{cls}"><h1 class="title-detail">{e(a["title"])}</h1>
<div class="meta"><span class="time">{date}</span> <span class="view">Lượt xem: {a["pid"][1] % 1000}</span></div>
<div class="content-detail">
{body_html(a)}
{byline_html(a)}
</div></div>"""


def render_hl(a: dict) -> tuple[str, str]:
    rel = "".join(f'<div class="other-item"><a href="{hl_url(o)}"><img src="/Uploads/thumb/{i}.jpg" /></a><a href="{hl_url(o)}">{e(o["title"])}</a>'
                  f'<span>({short_date(o)})</span></div>' for i, o in enumerate(others(a, 4)))
    if a.get("twice"):
        blocks = hl_block(a, "detail mobile-only") + "\n" + hl_block(a, "detail desktop-only")
    else:
        blocks = hl_block(a, "detail")
    main = f"""<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/tin-tuc-su-kien-p13.html">{e(a["cat"])}</a></div>
{blocks}
<div class="print-bar"><a href="javascript:print()">In bài viết</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="other-news"><div class="other-title">Các tin khác</div>{rel}</div>"""
    return hl_url(a), hl_shell(a["host"], a["title"], main)


def hl_nonarticles() -> list[tuple[str, str, str]]:
    host = "honggai.halongcity.gov.vn"
    albums = ["Đại hội Đoàn phường nhiệm kỳ 2022 - 2027", "Ra quân tổng vệ sinh môi trường", "Ngày hội Đại đoàn kết toàn dân tộc khu phố 4",
              "Lễ giao nhận quân năm 2023", "Hội thi văn nghệ quần chúng mừng Xuân", "Khu phố không rác thải nhựa"]
    gal = "".join(f'<div class="album"><a href="/album-{slugify(t)}-p21n{700 + i}.html"><img src="/Uploads/album/{i}.jpg" alt="{ea(t)}" /></a>'
                  f'<p><a href="/album-{slugify(t)}-p21n{700 + i}.html">{e(t)}</a></p><span>({4 + i} ảnh)</span></div>' for i, t in enumerate(albums))
    gallery = f'<div class="breadcrumbs">Trang chủ › Thư viện ảnh</div><h2>Thư viện ảnh</h2><div class="albums">{gal}</div><div class="paging">1 <a href="?page=2">2</a></div>'
    contact = """<div class="breadcrumbs">Trang chủ › Liên hệ</div><h2>Liên hệ</h2>
<p><b>ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI</b></p><p>Địa chỉ: Số 6 phố Hải Phúc, phường Hồng Gai, thành phố Hạ Long, tỉnh Quảng Ninh</p>
<p>Điện thoại: 0203.3825.417 - Email: honggai@halongcity.gov.vn</p>
<p>Quý vị có thể gửi câu hỏi, góp ý về hoạt động của chính quyền phường và các thủ tục hành chính qua mẫu dưới đây. Thông tin sẽ được chuyển tới bộ phận phụ trách để trả lời trong thời gian sớm nhất.</p>
<form><p>Họ tên <input /></p><p>Địa chỉ <input /></p><p>Điện thoại <input /></p><p>Email <input /></p><p>Tiêu đề <input /></p><p>Nội dung <textarea></textarea></p><button>Gửi</button> <button type="reset">Nhập lại</button></form>"""
    return [("honggai-gallery", f"http://{host}/thu-vien-anh-p21.html", hl_shell(host, "Thư viện ảnh", gallery)),
            ("honggai-contact", f"http://{host}/lien-he-p30.html", hl_shell(host, "Liên hệ", contact))]


# ---- Cà Mau HĐND <slug>.<id> ------------------------------------------------------------------
def cm_url(a: dict) -> str:
    return f"http://hdnd.camau.gov.vn/{a['slug']}.{a['nid']}"


def cm_shell(title: str, main: str, head_extra: str = "") -> str:
    latest = "".join(f'<li><a href="{cm_url(o)}">{e(o["title"])}</a><em>{short_date(o)}</em></li>' for o in site_articles("cm"))
    body = f"""<div id="top"><div class="top-bar"><span>{header_today(0)}</span> <a href="/">Trang chủ</a> | <a href="/so-do-cong-thong-tin.3">Sơ đồ cổng</a></div>
<div class="banner"><img src="/images/banner-hdnd.jpg" alt="HỘI ĐỒNG NHÂN DÂN TỈNH CÀ MAU" /></div>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.10">Giới thiệu</a></li><li><a href="/tin-hoat-dong.52">Tin hoạt động</a></li><li><a href="/ky-hop.60">Kỳ họp</a></li><li><a href="/nghi-quyet.70">Nghị quyết</a></li><li><a href="/y-kien-cu-tri.80">Ý kiến cử tri</a></li></ul></div>
<div id="main"><div class="main-left">
{main}
</div><div class="main-right"><div class="box"><h3>Tin mới cập nhật</h3><ul>{latest}</ul></div>
<div class="box"><h3>Kỳ họp HĐND</h3><ul><li><a href="#">Kỳ họp thứ 12 (kỳ họp thường lệ giữa năm 2023)</a></li><li><a href="#">Kỳ họp thứ 14 (kỳ họp thường lệ cuối năm 2023)</a></li></ul></div>
{counter(35, 1284410)}</div></div>
<div id="footer"><p>TRANG THÔNG TIN ĐIỆN TỬ HỘI ĐỒNG NHÂN DÂN TỈNH CÀ MAU</p><p>Cơ quan quản lý: Văn phòng Đoàn ĐBQH và HĐND tỉnh Cà Mau. Địa chỉ: Số 2 Hùng Vương, Phường 5, TP. Cà Mau</p><p>Copyright © 2017 - 2023. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>"""
    return page(title, '<link href="/css/hdnd.css" rel="stylesheet" />\n' + head_extra, body)


def render_cm(a: dict) -> tuple[str, str]:
    date = date_text(a)
    rel = "".join(f'<div class="rel"><a href="{cm_url(o)}"><b>{e(o["title"])}</b></a> <span>({short_date(o)})</span><p>{e(summary(o))}</p></div>' for o in others(a, 3))
    main = f"""<div class="path"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-hoat-dong.52">{e(a["cat"])}</a></div>
<div class="detail"><h1>{e(a["title"])}</h1><div class="date-detail">{date}</div>
<div class="detail-content">
{body_html(a)}
{byline_html(a)}
</div>
<div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="related"><h3>Bài viết liên quan</h3>{rel}</div></div>"""
    return cm_url(a), cm_shell(a["title"], main)


def cm_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("cm")
    items = "".join(f'<div class="item"><h3><a href="{cm_url(o)}">{e(o["title"])}</a></h3><span class="date">{short_date(o)}</span><p>{e(summary(o))}</p></div>' for o in arts)
    main = f'<div class="path">Trang chủ &gt;&gt; Tin hoạt động</div><h2>Tin hoạt động</h2>{items}<div class="paging">Trang 1/18 <a href="?p=2">Sau</a></div>'
    return [("hdndcamau-list", "http://hdnd.camau.gov.vn/tin-hoat-dong.52", cm_shell("Tin hoạt động", main))]


# ---- Bắc Kạn custom PHP index.php?com= ----------------------------------------------------------
def bk_url(a: dict) -> str:
    return f"https://sovhttdl.backan.gov.vn/index.php?com=tin_tuc&id={a['nid']}"


def bk_shell(title: str, main: str, head_extra: str = "") -> str:
    left = "".join(f'<li><a href="index.php?com=danhmuc_tin&amp;id_category={i}">{t}</a></li>' for i, t in
                   enumerate(["Tin hoạt động", "Văn hóa", "Thể thao", "Du lịch", "Gia đình", "Thanh tra - Kiểm tra"], 1))
    latest = "".join(f'<div class="tin_moi"><a href="{bk_url(o)}">{e(o["title"])}</a> <span>[{short_date(o)}]</span></div>' for o in site_articles("bk"))
    body = f"""<div id="container"><div id="header"><img src="images/banner.jpg" alt="Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn" /></div>
<div id="menu_top"><a href="index.php">Trang chủ</a><a href="index.php?com=gioi_thieu">Giới thiệu</a><a href="index.php?com=danhmuc_tin&amp;id_category=1">Tin tức</a><a href="index.php?com=thongbao">Thông báo</a><a href="index.php?com=galery">Thư viện ảnh</a><a href="index.php?com=video">Video</a><a href="index.php?com=lien-he">Liên hệ</a></div>
<div id="ngay_thang">{header_today(1)}</div>
<div id="left"><div class="khung"><div class="tieu_de_khung">Danh mục tin</div><ul>{left}</ul></div>
<div class="khung"><div class="tieu_de_khung">Lượt truy cập</div><p>Đang truy cập: 21</p><p>Tổng lượt truy cập: 908.315</p></div></div>
<div id="center">
{main}
</div>
<div id="right"><div class="khung"><div class="tieu_de_khung">Tin mới</div>{latest}</div>
<div class="khung"><div class="tieu_de_khung">Liên kết website</div><select><option>Cổng TTĐT tỉnh Bắc Kạn</option><option>Bộ VH,TT&amp;DL</option></select></div></div>
<div id="footer">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC KẠN<br />Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn - ĐT: 0209.3870.xxx<br />Chịu trách nhiệm: Giám đốc Sở. Ghi rõ nguồn khi trích dẫn thông tin từ trang này.</div></div>"""
    return page(title, '<link href="css/style.css" rel="stylesheet" />\n' + head_extra, body)


def render_bk(a: dict) -> tuple[str, str]:
    date = date_text(a)
    rel = "".join(f'<li><a href="{bk_url(o)}">{e(o["title"])}</a> <i>({short_date(o)})</i></li>' for o in others(a, 5))
    date_html = f'<div class="ngay_dang">{date}</div>' if date else ""
    main = f"""<div class="duong_dan">Trang chủ » {e(a["cat"])}</div>
<div class="tin_tuc_ct"><h1 class="ten_tin">{e(a["title"])}</h1>{date_html}
<div class="noi_dung">
{body_html(a)}
{byline_html(a)}
</div>
<div class="in_bai"><a href="index.php?com=in&amp;id={a["nid"]}">In bài viết</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
<div class="tin_khac"><b>Các tin khác</b><ul>{rel}</ul></div></div>"""
    head = f'<meta name="description" content="{ea(summary(a)[:160])}" />\n' + meta_date(a)
    return bk_url(a), bk_shell(a["title"], main, head)


def bk_nonarticles() -> list[tuple[str, str, str]]:
    albums = "".join(f'<div class="album"><a href="index.php?com=galery&amp;id_album={i}"><img src="upload/album/{i}.jpg" /></a><p>{t}</p></div>' for i, t in
                     enumerate(["Ngày hội Văn hóa các dân tộc vùng hồ Ba Bể", "Lễ hội Lồng tồng Ba Bể", "Giải bóng chuyền hơi nữ CNVC", "Liên hoan hát then, đàn tính", "Du lịch Nà Hang - Ba Bể"], 1))
    gallery = f'<div class="duong_dan">Trang chủ » Thư viện ảnh</div><div class="thu_vien">{albums}</div>'
    contact = """<div class="duong_dan">Trang chủ » Liên hệ</div><h2>Liên hệ</h2>
<p>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC KẠN</p><p>Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p><p>Điện thoại: 0209.3870.xxx - Fax: 0209.3870.xxx - Email: sovhttdl@backan.gov.vn</p>
<form method="post"><table><tr><td>Họ tên:</td><td><input name="ho_ten" /></td></tr><tr><td>Email:</td><td><input name="email" /></td></tr><tr><td>Tiêu đề:</td><td><input name="tieu_de" /></td></tr><tr><td>Nội dung:</td><td><textarea name="noi_dung"></textarea></td></tr></table><input type="submit" value="Gửi liên hệ" /></form>"""
    notices = [("Thông báo kết quả tuyển dụng viên chức năm 2023", "15/01/2024"), ("Thông báo lịch tiếp công dân năm 2024", "05/01/2024"),
               ("Thông báo tổ chức Giải việt dã tỉnh Bắc Kạn năm 2024", "28/12/2023"), ("Thông báo về việc nghỉ Tết Nguyên đán Giáp Thìn", "20/12/2023")]
    lst = "".join(f'<tr><td><a href="index.php?com=thongbao_ct&amp;id_tb={300 + i}">{e(t)}</a></td><td>{d}</td></tr>' for i, (t, d) in enumerate(notices))
    notice = f'<div class="duong_dan">Trang chủ » Thông báo</div><table class="ds_thongbao"><tr><th>Tiêu đề</th><th>Ngày đăng</th></tr>{lst}</table>'
    base = "https://sovhttdl.backan.gov.vn/index.php"
    return [("backan-gallery", f"{base}?com=galery", bk_shell("Thư viện ảnh", gallery)),
            ("backan-contact", f"{base}?com=lien-he", bk_shell("Liên hệ", contact)),
            ("backan-notices", f"{base}?com=thongbao", bk_shell("Thông báo", notice))]


# ---- Joomla com_content -------------------------------------------------------------------
def jm_url(a: dict) -> str:
    slug = slugify(a["title"])
    if a["jid"] % 2:
        return f"https://namtruc.namdinh.gov.vn/index.php/tin-tuc/{slugify(a['cat'])}/{a['jid']}-{slug}"
    return (f"https://namtruc.namdinh.gov.vn/index.php?option=com_content&view=article&id={a['jid']}:{slug}"
            f"&catid={a['catid']}&Itemid=120")


def jm_shell(title: str, main: str, head_extra: str = "") -> str:
    latest = "".join(f'<li><a href="{jm_url(o)}">{e(o["title"])}</a></li>' for o in site_articles("jm"))
    body = f"""<div class="container"><header class="header"><div class="header-date">{header_today(0)}</div>
<a class="brand" href="/"><img src="/images/logo-namtruc.png" alt="Cổng thông tin điện tử huyện Nam Trực" /></a>
<div class="header-search"><form action="/index.php" method="post"><input name="searchword" placeholder="Tìm kiếm ..." /><input type="hidden" name="option" value="com_search" /></form></div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Trang chủ</a></li><li class="item-120 active"><a href="/index.php/tin-tuc">Tin tức</a></li><li class="item-130"><a href="/index.php/van-ban">Văn bản</a></li><li class="item-140"><a href="/index.php/lien-he">Liên hệ</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main><div id="aside" class="span3"><div class="moduletable"><h3>Bài viết mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><table><tr><td>Hôm nay</td><td>1.203</td></tr><tr><td>Hôm qua</td><td>1.877</td></tr><tr><td>Tuần này</td><td>6.440</td></tr><tr><td>Tất cả</td><td>2.105.388</td></tr></table><p>Đang online: 43</p></div>
<div class="moduletable">{POLL}</div></div></div>
<footer class="footer"><p>Cổng thông tin điện tử huyện Nam Trực - tỉnh Nam Định</p><p>Cơ quan chủ quản: UBND huyện Nam Trực. Địa chỉ: Thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định</p><p>&copy; 2024 UBND huyện Nam Trực</p>
<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p></footer></div>"""
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            '<link href="/templates/protostar/css/template.css" rel="stylesheet" />\n' + head_extra)
    return page(title, head, body, lang="vi-vn")


def render_jm(a: dict) -> tuple[str, str]:
    d, _ = when(a)
    date = date_text(a)
    if date and a["fmt"] == "dang_ngay":
        pub = f'<dd class="published"><span class="icon-calendar"></span><time datetime="{iso_full(a)}" itemprop="datePublished">{date}</time></dd>'
    elif date:
        tagged = date.replace("<time ", '<time itemprop="datePublished" ')
        pub = f'<dd class="published"><span class="icon-calendar"></span> Ngày đăng: {tagged}</dd>'
    else:
        pub = ""
    info = f"""<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{e(a["created_by"])}</span></dd>
<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc/{slugify(a["cat"])}" itemprop="genre">{e(a["cat"])}</a></dd>
{pub}<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{a["jid"] % 700}" />Lượt xem: {a["jid"] % 700}</dd></dl>"""
    before = a["fmt"] == "thu_dash"
    main = f"""<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: </li><li><a href="/">Trang chủ</a></li><li><a href="/index.php/tin-tuc">Tin tức</a></li><li class="active"><span>{e(a["cat"])}</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />
{info if before else ""}<div class="page-header"><h2 itemprop="headline">{e(a["title"])}</h2></div>
{"" if before else info}
<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div>
<div itemprop="articleBody">
{body_html(a)}
{byline_html(a)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="#" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul>
</div>"""
    return jm_url(a), jm_shell(f"{a['title']} - Cổng thông tin điện tử huyện Nam Trực", main)


def jm_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("jm")
    items = "".join(f"""<div class="items-row"><div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{jm_url(o)}" itemprop="url">{e(o["title"])}</a></h2></div>
<dl class="article-info muted"><dt>Chi tiết</dt><dd class="published">Được đăng ngày {short_date(o)}</dd></dl>
<p>{e(summary(o))}</p><p class="readmore"><a class="btn" href="{jm_url(o)}">Xem thêm: {e(o["title"])}</a></p></div></div>""" for o in arts)
    blog = f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><h2>Tin trong huyện</h2>{items}<div class="pagination"><p class="counter">Trang 1 / 42</p><ul><li><a>Bắt đầu</a></li><li><a>Trước</a></li><li class="active"><a>1</a></li><li><a href="?start=5">2</a></li><li><a href="?start=5">Tiếp</a></li><li><a>Cuối</a></li></ul></div></div>'
    res = "".join(f'<dt class="result-title">{i + 1}. <a href="{jm_url(o)}">{e(o["title"])}</a></dt><dd class="result-category"><span class="small">({e(o["cat"])})</span></dd>'
                  f'<dd class="result-text">{e(summary(o)[:220])}…</dd><dd class="result-created">Ngày tạo {short_date(o)}</dd>' for i, o in enumerate(arts[:3]))
    search = f'<div class="search"><h1>Tìm kiếm</h1><form><input name="searchword" value="nông dân" /><button>Tìm kiếm</button></form><div class="searchintro"><p>Tổng cộng: <span class="badge">3</span> kết quả được tìm thấy.</p></div><dl class="search-results">{res}</dl></div>'
    base = "https://namtruc.namdinh.gov.vn/index.php"
    return [("namtruc-blog", f"{base}/tin-tuc/tin-trong-huyen", jm_shell("Tin trong huyện", blog)),
            ("namtruc-search", f"{base}?option=com_search&searchword=n%C3%B4ng%20d%C3%A2n&Itemid=101", jm_shell("Tìm kiếm", search))]


# ---- Bootstrap-era custom PHP (Tân Uyên, Lai Châu) ----------------------------------------------
def bs_url(a: dict) -> str:
    return f"https://tanuyen.laichau.gov.vn/tin-tuc/chi-tiet/{a['nid']}/{a['slug']}.html"


def bs_shell(title: str, main: str, head_extra: str = "") -> str:
    latest = "".join(f'<a href="{bs_url(o)}" class="list-group-item"><h5>{e(o["title"])}</h5><small class="text-muted">{short_date(o)}</small></a>' for o in site_articles("bs"))
    body = f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">UBND HUYỆN TÂN UYÊN</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc">Tin tức</a></li><li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li><li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li></ul>
<span class="navbar-text small">{header_today(0)}</span></div></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">
{main}
</div><aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Tin mới nhất</div><div class="list-group list-group-flush">{latest}</div></div>
<div class="card mb-3"><div class="card-header">Thăm dò ý kiến</div><div class="card-body">{POLL}</div></div>
<div class="card"><div class="card-body">{counter(19, 655120)}</div></div></aside></div></div>
<footer class="bg-dark text-white py-3 mt-4"><div class="container"><p>Cổng thông tin điện tử huyện Tân Uyên - tỉnh Lai Châu</p><p>Địa chỉ: Khu 26, thị trấn Tân Uyên. Điện thoại: 0213.3786.xxx</p><p>© 2020 Bản quyền thuộc UBND huyện Tân Uyên</p></div></footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>"""
    return page(title, '<link href="/assets/css/bootstrap.min.css" rel="stylesheet" />\n' + head_extra, body)


def render_bs(a: dict) -> tuple[str, str]:
    date = date_text(a)
    infobox = a["fmt"].startswith("infobox")
    rel = "".join(f'<div class="col-md-6"><div class="card"><img class="card-img-top" src="/uploads/thumb/{o.get("nid", 1)}.jpg" /><div class="card-body"><h6><a href="{bs_url(o) if o["site"] == "bs" else "#"}">{e(o["title"])}</a></h6>'
                  f'<p class="small text-muted">{short_date(o)}</p><p class="card-text">{e(summary(o))}</p></div></div></div>' for o in others(a, 2))
    author_li = f'<li>Tác giả: {e(a["author"])}</li>' if infobox and a["author"] else ""
    byline = "" if infobox and a["author"] else byline_html(a)
    meta = "" if infobox else f'<p class="text-muted small"><i class="fa fa-clock-o"></i> {date} &nbsp; <i class="fa fa-eye"></i> 312 lượt xem</p>'
    box = (f'<div class="card bg-light mb-3 info-box"><div class="card-body"><ul class="list-unstyled mb-0"><li>Ngày đăng: {date}</li>{author_li}'
           f'<li>Chuyên mục: {e(a["cat"])}</li><li>Lượt xem: 245</li></ul></div></div>') if infobox else ""
    main = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">{e(a["cat"])}</a></li></ol></nav>
<article class="post-detail"><h1 class="h3">{e(a["title"])}</h1>{meta}
<div class="row"><div class="{"col-md-9" if infobox else "col-12"}"><div class="post-content">
{body_html(a, table_cls="table table-bordered")}
{byline}
</div></div>{f'<div class="col-md-3">{box}</div>' if infobox else ""}</div>
<div class="share-buttons my-3"><a class="btn btn-sm btn-primary" href="#">Facebook</a> <a class="btn btn-sm btn-info" href="#">Zalo</a> <a class="btn btn-sm btn-secondary" href="javascript:print()">In</a></div>
{comment_form()}
<h4 class="mt-4">Tin liên quan</h4><div class="row">{rel}</div></article>"""
    return bs_url(a), bs_shell(a["title"], main)


def bs_nonarticles() -> list[tuple[str, str, str]]:
    arts = site_articles("bs")
    feat = arts[0]
    cards = "".join(f'<div class="col-md-4"><div class="card"><div class="card-body"><h6><a href="{bs_url(o)}">{e(o["title"])}</a></h6><small>{short_date(o)}</small></div></div></div>' for o in arts[1:])
    main = f"""<div class="jumbotron"><h2><a href="{bs_url(feat)}">{e(feat["title"])}</a></h2><p>{e(summary(feat))}</p><p>{e(feat["body"][1])}</p><a class="btn btn-primary" href="{bs_url(feat)}">Xem tiếp</a></div>
<div class="row">{cards}</div><h4>Thông báo</h4><ul><li>Thông báo tuyển sinh lớp 1 năm học 2024 - 2025</li><li>Lịch tiếp công dân tháng 5/2024</li></ul>"""
    return [("tanuyen-home", "https://tanuyen.laichau.gov.vn/", bs_shell("Cổng thông tin điện tử huyện Tân Uyên", main))]


# ---- Old frameset / table layout -----------------------------------------------------------
def fr_url(a: dict) -> str:
    return f"http://quanba.hagiang.gov.vn/news_detail.asp?id={a['nid']}&cat=1"


def fr_byline(a: dict) -> str:
    if a["byline"] == "source_line":
        return f'<div align="right"><font face="Arial" size="2"><i>Nguồn: {e(a["source"])}</i></font></div>'
    return f'<div align="right"><font face="Arial" size="2"><b>{e(a["author"])}</b></font></div>'


def fr_doc(title: str, inner: str) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(title)}</title>
<link rel="stylesheet" href="style.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{inner}
</body>
</html>
"""


def render_fr(a: dict) -> tuple[str, str]:
    date = date_text(a)
    paras = "<br><br>\n".join(e(p) for p in a["body"] if isinstance(p, str))
    rel = "".join(f'<tr><td><img src="images/arrow.gif"> <a href="{fr_url(o) if o["site"] == "fr" else "#"}" target="main"><font face="Arial" size="2">{e(o["title"])}</font></a> <font size="1" color="#808080">({short_date(o)})</font></td></tr>'
                  for o in others(a, 4))
    date_pre = f'<tr><td><font face="Arial" size="1" color="#666666">{date}</font></td></tr>' if a["fmt"] in ("cap_nhat_colon", "ngay_gui") else ""
    title_extra = f' <font size="2" color="#666666">{date}</font>' if a["fmt"] == "paren_after_title" else ""
    date_post = f'<tr><td align="right"><font face="Arial" size="2"><i>{date}</i></font></td></tr>' if a["fmt"] == "ngay_thang" else ""
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#003399"><font color="#FFFFFF" face="Arial" size="2"><b>&nbsp;TIN TỨC - SỰ KIỆN</b></font></td><td bgcolor="#003399" align="right"><font color="#FFFFFF" size="1">{header_today(1)}&nbsp;</font></td></tr></table>
<table width="98%" border="0" cellspacing="2" cellpadding="4" align="center">{date_pre}
<tr><td><font face="Arial" size="3" color="#CC0000"><b>{e(a["title"])}</b></font>{title_extra}</td></tr>{date_post}
<tr><td align="justify"><font face="Arial" size="2">
{paras}
</font>
{fr_byline(a)}</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><font size="1">[In trang]</font></a> <a href="javascript:history.back()"><font size="1">[Quay lại]</font></a></td></tr>
<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2" color="#003399"><b>Các tin đã đưa:</b></font><table width="100%">{rel}</table></td></tr></table>
<table width="100%"><tr><td align="center"><font size="1" color="#999999">Trang thông tin điện tử huyện Quản Bạ - Hà Giang. Xem tốt nhất với độ phân giải 1024x768, Internet Explorer 6.0</font></td></tr></table>"""
    return fr_url(a), fr_doc(a["title"], inner)


def fr_nonarticles() -> list[tuple[str, str, str]]:
    frameset = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Trang thông tin điện tử huyện Quản Bạ - tỉnh Hà Giang</title>
</head>
<frameset rows="150,*,40" frameborder="0" border="0">
<frame name="top" src="top.asp" scrolling="no" noresize>
<frameset cols="200,*" frameborder="0">
<frame name="left" src="left.asp" scrolling="auto">
<frame name="main" src="news.asp?cat=1" scrolling="auto">
</frameset>
<frame name="bottom" src="bottom.asp" scrolling="no">
<noframes>
<body>
<p>Trang thông tin điện tử huyện Quản Bạ sử dụng khung (frames). Trình duyệt của bạn không hỗ trợ khung. Vui lòng sử dụng Internet Explorer 5.0 trở lên hoặc truy cập <a href="news.asp?cat=1">trang tin tức</a>.</p>
</body>
</noframes>
</frameset>
</html>
"""
    links = ["Giới thiệu chung", "Điều kiện tự nhiên", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính", "Du lịch Quản Bạ", "Hỏi đáp", "Liên hệ"]
    rows = "".join(f'<tr><td height="24" background="images/menu_bg.gif">&nbsp;<img src="images/dot.gif"> <a href="news.asp?cat={i}" target="main"><font face="Arial" size="2" color="#003399"><b>{t}</b></font></a></td></tr>' for i, t in enumerate(links, 1))
    menu = fr_doc("Menu", f'<table width="200" border="0" cellspacing="0" cellpadding="0">{rows}</table><br><table width="200"><tr><td align="center"><font size="1">Số lượt truy cập: 00128455</font></td></tr></table>')
    return [("quanba-frameset", "http://quanba.hagiang.gov.vn/", frameset),
            ("quanba-menu", "http://quanba.hagiang.gov.vn/left.asp", menu)]


# ---------------------------------------------------------------------------------------
SITES = {
    "dnn": ("dnn", render_dnn, dnn_nonarticles),
    "qn": ("sharepoint-trang", render_qn, qn_nonarticles),
    "bd": ("binhdinh-index-aspx", render_bd, bd_nonarticles),
    "hue": ("hue-ward-cn", render_hue, hue_nonarticles),
    "db": ("dienbien-mvc", render_db, db_nonarticles),
    "hl": ("halong-pn", render_hl, hl_nonarticles),
    "cm": ("camau-hdnd", render_cm, cm_nonarticles),
    "bk": ("backan-com-php", render_bk, bk_nonarticles),
    "jm": ("joomla", render_jm, jm_nonarticles),
    "bs": ("bootstrap-php", render_bs, bs_nonarticles),
    "fr": ("frameset-table", render_fr, fr_nonarticles),
}


def main() -> int:
    pages_dir = OUT / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    for old in pages_dir.glob("*.html"):
        old.unlink()
    rows: list[dict] = []
    for site, (cms, render, nonarticles) in SITES.items():
        for a in site_articles(site):
            url, doc = render(a)
            name = f"{a['id']}.html"
            (pages_dir / name).write_text(drop_nodate(doc), encoding="utf-8")
            rows.append({"file": f"pages/{name}", "url": url, "kind": "article", "cms": cms, "title": a["title"],
                         "published_at": gold_date(a), "author": a["author"], "source": a["source"],
                         "category": a["cat"], "text": gold_text(a)})
        for name, url, doc in nonarticles():
            (pages_dir / f"{name}.html").write_text(drop_nodate(doc), encoding="utf-8")
            rows.append({"file": f"pages/{name}.html", "url": url, "kind": "non-article", "cms": cms, "title": None,
                         "published_at": None, "author": None, "source": None, "category": None, "text": None})
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_art = sum(r["kind"] == "article" for r in rows)
    print(f"wrote {len(rows)} pages ({n_art} articles, {len(rows) - n_art} non-articles) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
