"""The content bank the sample portals are built from.

Articles come from ``data/articles.json`` (written by another helper). While that
file is missing or short, a small synthetic bank fills up to ``MIN_BANK`` so the
portals always have enough pages; the synthetic texts are only a stand-in.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).with_name("data") / "articles.json"
MIN_BANK = 60


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    author: str | None
    author_org: str | None
    source: str | None
    category: str
    published_at: str  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS+07:00"
    unit: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    topic: str = ""

    @property
    def text(self) -> str:
        """Gold body: lead + paragraphs, one per line (captions and bylines excluded)."""
        return "\n".join([p for p in (self.lead, *self.paragraphs) if p])

    @property
    def has_time(self) -> bool:
        return "T" in self.published_at

    @property
    def date(self) -> str:
        return self.published_at[:10]

    def with_changes(self, **kw: Any) -> "Article":
        return replace(self, **kw)


def _from_json(d: dict[str, Any]) -> Article:
    return Article(
        id=str(d["id"]),
        title=d["title"].strip(),
        lead=(d.get("lead") or "").strip(),
        paragraphs=tuple(p.strip() for p in d.get("paragraphs") or [] if p and p.strip()),
        captions=tuple(c.strip() for c in d.get("captions") or [] if c and c.strip()),
        author=d.get("author") or None,
        author_org=d.get("author_org") or None,
        source=d.get("source") or None,
        category=(d.get("category") or "Tin tức").strip(),
        published_at=d["published_at"],
        unit=dict(d.get("unit") or {}),
        topic=d.get("topic") or "",
    )


def load_bank(path: Path = DATA_FILE, minimum: int = MIN_BANK) -> list[Article]:
    """All usable articles, padded with synthetic ones when the bank is short."""
    arts: list[Article] = []
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, OSError):
            raw = []  # the file is being written in batches; retry on next load
        for d in raw if isinstance(raw, list) else []:
            try:
                a = _from_json(d)
            except (KeyError, TypeError, AttributeError):
                continue
            if a.title and (a.lead or a.paragraphs):
                arts.append(a)
    if len(arts) < minimum:
        arts.extend(synthetic_articles(minimum - len(arts), start=len(arts)))
    return arts


# --- synthetic stand-in bank ---------------------------------------------------

_UNITS = [
    {"level": "district", "name": "huyện Thiệu Hóa", "province": "Thanh Hóa"},
    {"level": "commune", "name": "xã Thanh Liên", "province": "Nghệ An"},
    {"level": "commune", "name": "xã Quảng Nghiệp", "province": "Hải Phòng"},
    {"level": "district", "name": "huyện Ninh Phước", "province": "Ninh Thuận"},
    {"level": "commune", "name": "xã Trung Lý", "province": "Thanh Hóa"},
    {"level": "commune", "name": "xã Xuân Đông", "province": "Đồng Nai"},
    {"level": "commune", "name": "phường Văn Đẩu", "province": "Hải Phòng"},
    {"level": "district", "name": "quận Ba Đình", "province": "Hà Nội"},
]
_EVENTS = [
    ("hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm", "Chính trị"),
    ("ra quân tổng vệ sinh môi trường", "Kinh tế - Xã hội"),
    ("trao nhà đại đoàn kết cho hộ nghèo", "Kinh tế - Xã hội"),
    ("tập huấn chuyển đổi số cho cán bộ cơ sở", "Chuyển đổi số"),
    ("kỳ họp thường lệ Hội đồng nhân dân", "Chính trị"),
    ("ngày hội đại đoàn kết toàn dân tộc ở khu dân cư", "Văn hóa - Xã hội"),
    ("hội thi nhà nông đua tài", "Kinh tế - Xã hội"),
    ("tiếp xúc cử tri trước kỳ họp", "Chính trị"),
]
_SENTENCES = [
    "Dự hội nghị có các đồng chí trong Ban Thường vụ, lãnh đạo các ban, ngành, đoàn thể và đại diện Nhân dân các thôn.",
    "Theo báo cáo, thời gian qua các tổ chức thành viên đã chủ động tham mưu cho cấp ủy, chính quyền thực hiện tốt các nhiệm vụ được giao.",
    "Công tác tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới tiếp tục được đẩy mạnh với nhiều hình thức phong phú.",
    "Bên cạnh kết quả đạt được, hoạt động ở một số nơi vẫn còn hạn chế, việc nắm bắt tình hình Nhân dân có lúc chưa kịp thời.",
    "Phát biểu kết luận, đồng chí chủ trì ghi nhận, đánh giá cao nỗ lực của các tập thể, cá nhân trong thời gian qua.",
    "Các đại biểu đã tập trung thảo luận những khó khăn, vướng mắc và đề xuất nhiều giải pháp thiết thực.",
    "Nhân dịp này, đơn vị đã trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.",
    "Thời gian tới, địa phương tiếp tục huy động nguồn lực, chăm lo đời sống vật chất, tinh thần cho Nhân dân.",
    "Hoạt động nhận được sự hưởng ứng tích cực của đông đảo cán bộ, đoàn viên, hội viên và Nhân dân trên địa bàn.",
    "Đến nay, toàn địa bàn đã huy động được hàng trăm ngày công và nhiều tỷ đồng cho các công trình phúc lợi.",
]
_AUTHORS = ["Thanh Mai", "Hữu Thịnh", "Trọng Nghĩa", "Ánh Nguyệt", "Minh Châu", None]


def synthetic_articles(n: int, start: int = 0) -> list[Article]:
    """Deterministic stand-in articles (only used while the real bank is short)."""
    out = []
    for i in range(start, start + n):
        rng = random.Random(f"synthetic-{i}")
        unit = _UNITS[i % len(_UNITS)]
        event, cat = _EVENTS[i % len(_EVENTS)]
        place = unit["name"].split(" ", 1)[1]
        year = 2019 + i % 7
        month, day = 1 + (i * 5) % 12, 1 + (i * 7) % 28
        when = f"{year}-{month:02d}-{day:02d}"
        if i % 3:
            when += f"T{8 + i % 9:02d}:{(i * 13) % 60:02d}:00+07:00"
        sents = rng.sample(_SENTENCES, 6)
        paras = [" ".join(sents[j:j + 2]) + f" (Mục {i}.{j})" for j in range(0, 6, 2)]
        out.append(Article(
            id=f"syn-{i:03d}",
            title=f"{place.capitalize()} tổ chức {event} năm {year} (số {i})",
            lead=f"Ngày {day}/{month}/{year}, {unit['name']} đã tổ chức {event}.",
            paragraphs=tuple(paras),
            captions=(f"Quang cảnh {event}.",),
            author=_AUTHORS[i % len(_AUTHORS)],
            author_org="Trung tâm VHTT&TT" if i % 4 == 0 else None,
            source="Báo Thanh Hóa" if i % 5 == 0 else None,
            category=cat,
            published_at=when,
            unit=unit,
            topic="synthetic",
        ))
    return out
