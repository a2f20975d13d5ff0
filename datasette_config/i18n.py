"""Labels of the journalist pages in Vietnamese (the default) and English, and date display."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from archive.search import parse_day  # noqa: F401  (the pages' date inputs)

LANGUAGES = ("vi", "en")
VIETNAM = timezone(timedelta(hours=7))

LABELS: dict[str, tuple[str, str]] = {
    "site": ("Lưu trữ tin cổng thông tin địa phương", "Local government news archive"),
    "search": ("Tìm kiếm", "Search"),
    "search_placeholder": ("Tìm tin bài, ví dụ: mat tran to quoc", "Search news, e.g. mat tran to quoc"),
    "search_help": (
        'Gõ không dấu để tìm mọi cách viết; gõ có dấu để ưu tiên đúng chữ đó. "Cụm từ" trong ngoặc kép, '
        "OR để tìm một trong hai, -từ để loại trừ, từ* để tìm từ bắt đầu bằng.",
        'Without diacritics a word matches every spelling; with diacritics those written exactly so come first. '
        '"Quoted phrases", OR for either word, -word to exclude, word* for a prefix.',
    ),
    "exact": ("Chỉ đúng dấu đã gõ", "Only the diacritics as typed"),
    "sort_rank": ("Phù hợp nhất", "Most relevant"),
    "sort_newest": ("Mới nhất", "Newest first"),
    "scope": ("Kho lưu trữ", "The archive"),
    "portals": ("cổng thông tin", "portals"),
    "articles": ("bài", "articles"),
    "from_to": ("từ {} đến {}", "from {} to {}"),
    "last_crawl": ("lần thu thập gần nhất", "last crawl"),
    "results": ("{} kết quả", "{} results"),
    "rank_by_title": ("từ rất phổ biến: bài có từ trong tiêu đề lên trước, rồi bài mới thu thập", "very common words: articles with them in the title first, then the most recently collected"),
    "rank_window": ("xếp theo mức phù hợp trong {} bài khớp mới thu thập nhất", "ranked by relevance among the {} most recently collected matches"),
    "more_than": ("hơn", "more than"),
    "facets_estimated": ("Số ước tính từ một mẫu đều của các kết quả.", "Counts estimated from an even sample of the results."),
    "no_results": ("Không tìm thấy bài nào.", "No article found."),
    "did_you_mean": ("Có phải bạn muốn tìm", "Did you mean"),
    "facets": ("Lọc kết quả", "Narrow the results"),
    "facet_province": ("Tỉnh, thành phố", "Province"),
    "facet_district": ("Huyện", "District"),
    "facet_level": ("Cấp", "Level"),
    "facet_portal_id": ("Cổng", "Portal"),
    "facet_category": ("Chuyên mục", "Category"),
    "facet_year": ("Năm", "Year"),
    "facet_month": ("Tháng", "Month"),
    "remove_filter": ("bỏ lọc", "remove"),
    "loading": ("Đang tải…", "Loading…"),
    "export_csv": ("Tải CSV (mọi kết quả)", "Download CSV (every result)"),
    "export_xlsx": ("Tải Excel (XLSX)", "Download Excel (XLSX)"),
    "feed": ("Theo dõi (Atom)", "Follow (Atom feed)"),
    "deleted": ("Đã gỡ", "Deleted"),
    "republished": ("Đăng lại", "Republished"),
    "original": ("Bản gốc", "Original"),
    "edited": ("Đã sửa", "Edited"),
    "author": ("Tác giả", "Author"),
    "category": ("Chuyên mục", "Category"),
    "published": ("Ngày đăng", "Published"),
    "source_link": ("Xem bài trên cổng gốc", "Read it on the portal"),
    "source_line": ("Nguồn", "Source"),
    "also_published": ("Tin này còn đăng ở", "Also published at"),
    "first_copy": ("đăng đầu tiên", "published first"),
    "this_article": ("bài này", "this article"),
    "versions": ("Các bản trước", "Earlier versions"),
    "version_seen": ("Bản thấy lần cuối lúc {}", "Version last seen at {}"),
    "text_unchanged": ("Nội dung không đổi", "Text unchanged"),
    "full_text_version": ("Toàn văn bản này", "Full text of this version"),
    "deleted_notice": ("Cổng đã gỡ bài này (phát hiện lúc {}).", "The portal removed this article (found at {})."),
    "first_seen": ("Lần đầu thu thập", "First crawled"),
    "last_seen": ("Lần cuối thấy trên cổng", "Last seen on the portal"),
    "raw_row": ("Dữ liệu gốc (Datasette)", "Raw data (Datasette)"),
    "stories": ("Tin đăng lại trên nhiều cổng", "Stories republished across portals"),
    "changes": ("Bài bị sửa hoặc gỡ", "Edited or deleted articles"),
    "attention": ("Cổng cần chú ý", "Portals needing attention"),
    "advanced": ("Truy vấn nâng cao (Datasette)", "Advanced queries (Datasette)"),
    "date_from": ("Từ ngày", "From"),
    "date_to": ("Đến ngày", "To"),
    "show": ("Xem", "Show"),
    "change_edited": ("sửa", "edited"),
    "change_deleted": ("gỡ", "deleted"),
    "earlier_title": ("Tiêu đề cũ", "Earlier title"),
    "portal": ("Cổng", "Portal"),
    "title": ("Tiêu đề", "Title"),
    "when": ("Thời điểm", "When"),
    "portals_count": ("Số cổng", "Portals"),
    "articles_count": ("Số bài", "Articles"),
    "first_published": ("Đăng sớm nhất", "First published"),
    "spread_days": ("Lan truyền (ngày)", "Spread (days)"),
    "by_month": ("Số bài theo tháng", "Articles by month"),
    "health": ("Tình trạng thu thập", "Crawl health"),
    "recent_runs": ("Các lần thu thập gần đây", "Recent crawl runs"),
    "skipped": ("Trình thu thập đã bỏ qua", "What the crawler skipped"),
    "no_skipped": ("Không có ghi nhận nào.", "Nothing recorded."),
    "latest_articles": ("Bài mới nhất", "Latest articles"),
    "status": ("Trạng thái", "Status"),
    "needs_attention": ("Cần chú ý", "Needs attention"),
    "healthy": ("Bình thường", "Healthy"),
    "never": ("chưa bao giờ", "never"),
    "errors": ("Lỗi", "Errors"),
    "pages": ("Trang", "Pages"),
    "new": ("Mới", "New"),
    "run": ("Lần", "Run"),
    "shape": ("Dạng địa chỉ", "URL shape"),
    "reason": ("Lý do", "Reason"),
    "prev": ("‹ Trang trước", "‹ Previous"),
    "next": ("Trang sau ›", "Next ›"),
    "page_of": ("Trang {}", "Page {}"),
    "not_found": ("Không có bài này.", "No such article."),
    "bad_date": ("Ngày không hợp lệ: dùng dd/mm/yyyy hoặc yyyy-mm-dd.", "Not a date: use dd/mm/yyyy or yyyy-mm-dd."),
    "level_province": ("tỉnh", "province"),
    "level_district": ("huyện", "district"),
    "level_commune": ("xã", "commune"),
    "all_portals": ("Tất cả cổng", "All portals"),
}


def translator(lang: str):
    index = 1 if lang == "en" else 0

    def t(key: str, *args: object) -> str:
        label = LABELS.get(key, (key, key))[index]
        return label.format(*args) if args else label

    return t


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def display_date(value: str | None, utc: bool = False) -> str:
    """An ISO date or date-time as dd/mm/yyyy [HH:MM]; UTC crawl times shown in Vietnam time."""
    if not value:
        return ""
    if utc:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            pass
    m = _ISO.match(value)
    if not m:
        return value
    day = f"{m[3]}/{m[2]}/{m[1]}"
    return f"{day} {m[4]}:{m[5]}" if m[4] else day
