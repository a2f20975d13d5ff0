"""Line-level cleanup of the extracted body (own code: Vietnamese widget texts that
survive inside article containers, e.g. view counters printed next to the date)."""
from __future__ import annotations

import re

from crawler.extraction import dates
from crawler.extraction.dom import norm

_JUNK = re.compile(
    r"^(?:"
    r"(?:Lượt xem|Lượt đọc|Số lượt xem|Lượt truy cập|View count|Views?|Lượt thích)\s*:?\s*[\d.,]+"
    r"|(?:Hôm nay|Hôm qua|Tuần này|Tuần trước|Tháng này|Tháng trước|Năm nay|Tất cả|Tổng cộng|Đang online|Đang truy cập"
    r"|Trực tuyến|Online|Tổng số lượt truy cập|Tổng lượt truy cập)\s*:?\s*[\d.,]*"
    r"|Anh-tin-bai|Ảnh-tin-bài|Ảnh minh họa|Ảnh minh hoạ|\d{1,3}\s*%|A-?\s*A\s*A\+.*|[-+]?A\s*[-+]?A.*tương phản.*"
    r"|(?:Tăng|Giảm) tương phản.*|\d+ bình luận|Bình luận|\(Bấm vào đây để nhận mã\)|Bấm vào đây để nhận mã"
    r"|Tổng số điểm của bài viết là.*|(?:In bài viết|In trang|Bản in|Gửi email|Gửi bài viết|Chia sẻ|Lưu bài viết"
    r"|Quay lại|Về đầu trang|Trở về|Đầu trang|Đóng|Tải về|Xem thêm|Chi tiết|CHI TIẾT)\s*[:.]?"
    r"|(?:Bài trước|Bài tiếp theo|Bài sau|Tin trước|Tin sau|Tin tiếp theo)\b.*"
    r"|(?:Trưởng Ban Biên tập|Chịu trách nhiệm|Địa chỉ|Điện thoại|Email|E-mail|Fax|Bản quyền|Copyright|©)\b.*"
    r"|Skip to main content|ĐĂNG NHẬP|Đăng nhập|Đăng ký|image banner"
    r")$",
    re.I,
)
# Page actions printed as one bar ("In bài viết | Gửi email | Về đầu trang", "[In trang] [Quay lại]"):
# a line made only of such actions, whatever the separators, is the article's toolbar.
_ACTION = (r"(?:In bài viết|In bài|In trang|In tin|Bản in|Gửi email|Gửi e-?mail|Gửi bài viết|Gửi cho bạn bè|Gửi bạn bè"
           r"|Gửi tin|Chia sẻ|Lưu bài viết|Lưu tin|Quay lại|Quay về|Trở về|Trở lại|Về đầu trang|Lên đầu trang|Đầu trang"
           r"|Đóng|Đóng cửa sổ|Phản hồi|Ý kiến|Print|E-?mail|Share|Back|Top|Back to top)")
_ACTION_LINE = re.compile(rf"^(?:[\[(]?\s*{_ACTION}\s*[\])]?\s*[|/·•,;-]?\s*){{2,}}$", re.I)
_DATE_LINE = re.compile(
    r"^\(?\s*(?:(?:Thứ\s+\w+|Chủ nhật|Thứ hai|Thứ ba|Thứ tư|Thứ năm|Thứ sáu|Thứ bảy)\s*[,-]?\s*)?"
    r"(?:\(?\s*(?:Đăng lúc|Đăng ngày|Ngày đăng|Ngày xuất bản|Cập nhật|Ngày cập nhật|Cập nhật lúc|Thời gian đăng|Ngày gửi|Gửi lúc|Ngày)\s*:?\s*)?"
    r"[\d/.:\s|,–-]+(?:AM|PM|SA|CH)?\s*(?:\(GMT\s*\+\s*7\))?\s*\)?"
    r"(?:\s*\|?\s*(?:Lượt xem|View count|Lượt đọc)\s*:?\s*[\d.,]+)?\s*$",
    re.I,
)


def is_junk(line: str) -> bool:
    return bool(_JUNK.match(line)) or bool(_ACTION_LINE.match(line))


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.match(line)) and dates.find_in_text(line) is not None


def clean_lines(text: str, title: str | None, drop_titles: set[str]) -> list[str]:
    """Split, drop widget and date lines and the title, and a second copy of the article
    (a print or mobile copy printed on the same page comes out once)."""
    out: list[str] = []
    title_key = norm(title).lower() if title else None
    for raw in text.splitlines():
        line = norm(raw)
        if not line or is_junk(line) or is_date_line(line):
            continue
        key = line.lower()
        if key == title_key or key in drop_titles:
            continue
        out.append(line)
    return _drop_second_copy(out)


def _drop_second_copy(out: list[str], min_lines: int = 3, min_chars: int = 300) -> list[str]:
    """Remove a run that repeats, line for line, nearly all the text between its first copy
    and itself (>= 3 lines, >= 300 characters): the article printed twice. Repeated lines and
    repeated passages inside a longer text stay (recipes, plans, refrains repeat legitimately)."""
    first: dict[str, int] = {}
    keep = [True] * len(out)
    i = 0
    while i < len(out):
        j = first.get(out[i].lower())
        run = 0
        while j is not None and i + run < len(out) and j + run < i and out[j + run].lower() == out[i + run].lower():
            run += 1
        whole_copy = j is not None and run >= 0.8 * (i - j)
        if run and whole_copy and (run >= min_lines and sum(len(x) for x in out[i:i + run]) >= min_chars or run == i):
            for k in range(i, i + run):
                keep[k] = False
            i += run
            continue
        first.setdefault(out[i].lower(), i)
        i += 1
    return [line for line, kept in zip(out, keep) if kept]
