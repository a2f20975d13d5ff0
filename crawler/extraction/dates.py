"""Vietnamese publication-date finder (own code: htmldate looks for the oldest or
newest date on the whole page, which on portals is a sidebar item, the header's
"today" or the copyright year, and it returns no time of day). Only the article header area and the page's
structured metadata are searched here; day always comes before month. htmldate is
therefore not a dependency of the project: it is installed only as trafilatura's.)
A date the page labels as an edit ("Cập nhật", "Updated") is used only when the page
gives no publication date at all."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))

_TIME = r"(?P<h>\d{1,2})\s*[:hg]\s*(?P<mi>\d{2})(?:\s*:\s*(?P<s>\d{2}))?(?:\s*(?P<ap>AM|PM|SA|CH|am|pm)\b)?"
_DATE = r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
# date then optional time ("23/02/2021 15:17", "21/07/2022 | 10:00 AM", "06/07/2021 03:28:12")
DATE_TIME = re.compile(_DATE + r"(?:\s*(?:[,|–-]|lúc)?\s*(?:\|\s*)?" + _TIME + r")?")
# time then date ("15:17 19/04/2021", "10:30, ngày 19/04/2021")
TIME_DATE = re.compile(_TIME + r"\s*(?:[,|–-]\s*)?(?:ngày\s*)?" + _DATE)
# "ngày 26 tháng 2 năm 2023" and the CMS form "26 Tháng 2 2023 16:45" (Joomla/K2 in Vietnamese)
WORDY = re.compile(r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*,?\s+(?:năm\s+)?(?P<y>\d{4})"
                   r"(?:\s*(?:[,|–-]|lúc)?\s*" + _TIME + r")?", re.I)
ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
NO_YEAR = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![\d]|\s*/\s*\d)")
# Labels of the publication time and of a later edit: a page that prints both ("Ngày đăng:
# 07/05/2024 08:15 | Cập nhật: 10/05/2024 16:40") must give the first, whatever the order.
LABEL = re.compile(
    r"(Đăng lúc|Đăng ngày|Ngày đăng|Ngày xuất bản|Xuất bản|Thời gian đăng|Ngày đưa tin|Ngày ban hành tin|Ngày gửi"
    r"|Gửi lúc|Ngày viết|Ngày tạo|Đăng\s*:|Posted on|Posted|Published on|Published|Created)",
    re.I,
)
UPDATE_LABEL = re.compile(
    r"(Ngày cập nhật|Cập nhật lần cuối|Cập nhật lúc|Cập nhật|Ngày sửa|Sửa lần cuối|Sửa lúc|Chỉnh sửa|Hiệu chỉnh|Last updated|Updated on"
    r"|Updated|Last modified|Modified|Edited)",
    re.I,
)
_LABEL_REACH = 60  # characters after a label where its date is looked for
URL_DATE = re.compile(r"/(?P<y>20\d{2}|19\d{2})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?=[/_-]|$)")


class Found:
    """A date with an optional time, in Vietnam time."""

    def __init__(self, y: int, m: int, d: int, h: int | None = None, mi: int | None = None, s: int | None = None):
        self.y, self.m, self.d, self.h, self.mi, self.s = y, m, d, h, mi, s

    def valid(self) -> bool:
        try:
            datetime(self.y, self.m, self.d, self.h or 0, self.mi or 0, self.s or 0)
        except ValueError:
            return False
        return 1990 <= self.y <= 2100

    @property
    def has_time(self) -> bool:
        return self.h is not None

    def ordinal(self) -> int:
        return datetime(self.y, self.m, self.d).toordinal()

    def day(self) -> tuple[int, int, int]:
        return (self.y, self.m, self.d)

    def iso(self) -> str:
        date = f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
        if self.h is None:
            return date
        sec = f":{self.s:02d}" if self.s is not None else ""
        return f"{date}T{self.h:02d}:{self.mi:02d}{sec}+07:00"


def _int(v: str | None) -> int | None:
    return int(v) if v not in (None, "") else None


def _hour(h: int | None, ap: str | None) -> int | None:
    if h is None or not ap:
        return h
    ap = ap.upper()
    if ap in ("PM", "CH") and h < 12:
        return h + 12
    if ap in ("AM", "SA") and h == 12:
        return 0
    return h


def _from_match(m: re.Match) -> Found | None:
    g = m.groupdict()
    h = _hour(_int(g.get("h")), g.get("ap"))
    mi = _int(g.get("mi"))
    if h is not None and (h > 23 or mi is None or mi > 59):
        h = mi = None
    found = Found(int(g["y"]), int(g["m"]), int(g["d"]), h, mi if h is not None else None,
                  _int(g.get("s")) if h is not None else None)
    return found if found.valid() else None


def find_in_text(text: str) -> Found | None:
    """The first full date (with its time when printed next to it) in a text."""
    best: tuple[int, Found] | None = None
    for rx in (DATE_TIME, TIME_DATE, WORDY):
        for m in rx.finditer(text):
            found = _from_match(m)
            if found and (best is None or m.start() < best[0]):
                best = (m.start(), found)
            if found:
                break
    return best[1] if best else None


def _after_label(text: str, label: re.Pattern) -> Found | None:
    for m in label.finditer(text):
        found = find_in_text(text[m.end(): m.end() + _LABEL_REACH])
        if found:
            return found
    return None


def find_labelled(text: str) -> Found | None:
    """A date introduced by a publication label ("Đăng lúc", "Ngày đăng", ...)."""
    return _after_label(without_updates(text), LABEL)


def find_updated(text: str) -> Found | None:
    """A date introduced by an update label ("Cập nhật", "Updated"): the last resort."""
    return _after_label(text, UPDATE_LABEL)


def unlabelled_stamp(text: str) -> Found | None:
    """The first date that is not an edit's and does not sit inside a sentence."""
    plain = without_updates(text)
    return None if _in_sentence(plain) else find_in_text(plain)


def unlabelled_or_updated(text: str) -> Found | None:
    """The first date that is not an edit's, unless it sits in a sentence while an edit's label
    gives a stamp of its own: in "Cập nhật 11/02/2026 | Ngày 10/2/2026, UBND xã tổ chức ..." the
    second date opens the lead, and the labelled edit is the page's only time stamp."""
    plain = without_updates(text)
    found = find_in_text(plain)
    if UPDATE_LABEL.search(text) is None or find_updated(text) is None:
        return found
    if found is None or _in_sentence(plain):
        return find_updated(text)
    return found


_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_sentence(text: str) -> bool:
    """The first date is inside running text: 4+ words before or after it on its line."""
    spans = [m.span() for rx in (DATE_TIME, TIME_DATE, WORDY) for m in [rx.search(text)] if m]
    if not spans:
        return False
    start, end = min(spans)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end: line_end if line_end >= 0 else len(text)]
    before = text[line_start:start]
    return len(_WORD.findall(before)) >= 4 or len(_WORD.findall(after)) >= 4


def without_updates(text: str) -> str:
    """The text with every update label and the date/time printed after it blanked, so that
    an unlabelled search can only find the publication time."""
    out, pos = [], 0
    for m in UPDATE_LABEL.finditer(text):
        if m.start() < pos:
            continue
        tail = text[m.end(): m.end() + _LABEL_REACH]
        end = m.end()
        # the stamp right after the label (the earliest match, longest at that place): a
        # "time date" reading must not reach over into the next, published, date
        spans = [(dm.start(), -dm.end()) for rx in (DATE_TIME, TIME_DATE, WORDY, ISO)
                 for dm in [rx.search(tail)] if dm and dm.start() <= 15]
        if spans:
            end = m.end() - min(spans)[1]
        out.append(text[pos:m.start()])
        out.append(" " * (end - m.start()))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def parse_iso(value: str | None) -> Found | None:
    """JSON-LD / OpenGraph / <time datetime>: a UTC or offset time becomes Vietnam time
    before the date part is taken (00:30Z is already the next day in Vietnam)."""
    if not value:
        return None
    m = ISO.search(value)
    if not m:
        return find_in_text(value)
    g = m.groupdict()
    if g.get("h") is None:
        found = Found(int(g["y"]), int(g["m"]), int(g["d"]))
        return found if found.valid() else None
    try:
        dt = datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g["h"]), int(g["mi"]), int(g["s"] or 0))
    except ValueError:
        return None
    tz = g.get("tz")
    if tz:
        if tz == "Z":
            offset = timezone.utc
        else:
            sign = 1 if tz[0] == "+" else -1
            digits = tz[1:].replace(":", "")
            offset = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        dt = dt.replace(tzinfo=offset).astimezone(VN_TZ)
    found = Found(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second if g["s"] is not None else None)
    return found if found.valid() else None


def from_url(url: str | None) -> Found | None:
    if not url:
        return None
    m = URL_DATE.search(url)
    if not m:
        return None
    found = Found(int(m["y"]), int(m["m"]), int(m["d"]))
    return found if found.valid() else None


def year_evidence(url: str | None, texts: list[str]) -> list[int]:
    """Years printed elsewhere (URL, upload paths): used only for "Ngày 08/5" forms."""
    years = []
    for text in [url or "", *texts]:
        years += [int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", text)]
    return years


def find_no_year(text: str, years: list[int]) -> Found | None:
    """'Ngày 08/5' with the year taken from other evidence; None when there is none."""
    m = NO_YEAR.search(text)
    if not m or not years:
        return None
    year = max(set(years), key=years.count)
    found = Found(year, int(m["m"]), int(m["d"]))
    return found if found.valid() else None
