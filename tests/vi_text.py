"""Vietnamese portal sentences shared by the generated-page tests."""

SENTENCES = [
    "UBND xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội trong những tháng cuối năm",
    "Các đại biểu thảo luận về công tác chuyển đổi số và cải cách thủ tục hành chính tại cơ sở",
    "Hội nông dân xã đã phối hợp với các thôn tổ chức tập huấn kỹ thuật chăm sóc lúa cho bà con",
    "Đến nay toàn xã có nhiều mô hình sản xuất hiệu quả, thu nhập bình quân đầu người tăng khá",
    "Ban chỉ đạo đề nghị các ngành tiếp tục rà soát, hỗ trợ kịp thời các hộ gia đình khó khăn",
    "Công tác bảo đảm an ninh trật tự, an toàn giao thông trên địa bàn được tăng cường",
    "Nhân dân phấn khởi đóng góp ngày công, hiến đất mở rộng đường giao thông nông thôn",
]
