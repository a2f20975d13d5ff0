"""URL shapes and the dates URLs encode: what the frontier learns a portal's traps from.

A shape is a URL with everything that varies from page to page of one kind
replaced by a placeholder: numbers, dates, ids and slugs in the path, every
query value.  The path's structure, its plain words and the query keys stay.
Pages of one calendar, one pager or one article template then share a shape,
whatever words the portal spells them with, so that what pages of a shape
*yield* can be counted (crawler.frontier) without a list of words.

`url_date` reads a date from a URL's path or query in the spellings portals
use (2025/07/01, 2025-07, 20250701, 01.07.2025, y2025/m07, ?nam=2025&thang=7),
so that a walk into the future, or years before a portal existed, can be bounded.
Years inside a slug (`quy-hoach-2021-2030`) are words of a title, not dates.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

_EXTENSION = re.compile(r"(\.[A-Za-z0-9]{1,5})$")
_DIGITS = re.compile(r"^\d+$")
_DATE_TOKEN = re.compile(r"^\d{1,4}(?:[-./_]\d{1,4}){1,2}$|^\d{6}$|^\d{8}$")
_UUID = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.I)
_TOKEN = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_=+\-]{8,}$")
_WORD = re.compile(r"^[A-Za-z]+$")
# A short letter prefix before a number ("y2025", "m07", "p3", "trang2"): a counter, not a word.
_PREFIXED_NUMBER = re.compile(r"^([A-Za-z]{1,6})[-_]?(\d+)$")


def _token_shape(token: str) -> str:
    """Placeholder for one path segment or query value, or the token itself when it is a plain word."""
    if token == "":
        return ""
    if _DIGITS.match(token):
        return "{n}"
    if _DATE_TOKEN.match(token) or _date_in_token(token):  # `g12j2026` and `g1j2027` share a shape
        return "{date}"
    if _UUID.match(token):
        return "{id}"
    prefixed = _PREFIXED_NUMBER.match(token)
    if prefixed:
        return prefixed.group(1).lower() + "{n}"
    if _TOKEN.match(token) and not re.search(r"[-_]", token):
        return "{id}"
    if "-" in token or "_" in token or "+" in token or " " in token or "%" in token:
        return "{slug}"  # a title, a tag or a search phrase: varies from page to page
    if _WORD.match(token) and len(token) <= 30:
        return token.lower()  # structure: /news/, /Pages/, Default
    return "{w}"


def url_shape(url: str) -> str:
    """The shape of a URL: `/tin-tuc/abc-123.html?page=4` -> `/{slug}.html?page={n}` (host kept)."""
    parts = urlsplit(url)
    segments = []
    for segment in parts.path.split("/"):
        if not segment:
            continue
        ext = ""
        found = _EXTENSION.search(segment)
        if found and not _DIGITS.match(segment) and not _DATE_TOKEN.match(segment):
            ext = found.group(1).lower()
            segment = segment[: -len(ext)]
        segments.append(_token_shape(segment) + ext)
    query = sorted(
        f"{key.lower()}={_query_value_shape(value)}" for key, value in parse_qsl(parts.query, keep_blank_values=True)
    )
    path = "/" + "/".join(segments) + ("/" if parts.path.endswith("/") and segments else "")
    return f"{(parts.hostname or '').lower()}{path}" + ("?" + "&".join(query) if query else "")


def _query_value_shape(value: str) -> str:
    # Every query value varies (sort orders, search words, ids): only the key is structure.
    shape = _token_shape(value)
    return "{w}" if shape in ("{slug}", "{w}") or not (shape.startswith("{") or shape == "") else shape


class UrlDate(NamedTuple):
    """A date read from a URL, to the precision the URL gives (month and day may be None)."""

    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day:
            return date(self.year, self.month or 1, self.day)
        if self.month:
            next_month = date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return date.fromordinal(next_month.toordinal() - 1)
        return date(self.year, 12, 31)


_MIN_YEAR, _MAX_YEAR = 1990, 2100


def _valid(year: int, month: int | None, day: int | None) -> UrlDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            return None
    return UrlDate(year, month, day)


_LETTER_MARKED = re.compile(r"^[A-Za-z]{0,3}(\d{4})[A-Za-z]{1,3}(\d{1,2})(?:[A-Za-z]{1,3}(\d{1,2}))?$")
# the same, year last: `g12j2026` (month, year), `d02m12y2026` (day, month, year)
_LETTER_MARKED_YEAR_LAST = re.compile(r"^[A-Za-z]{0,3}(?:(\d{1,2})[A-Za-z]{1,3})?(\d{1,2})[A-Za-z]{1,3}(\d{4})$")


def _date_in_token(token: str) -> UrlDate | None:
    """A date written in one segment or value: 2025-07-01, 01.07.2025, 07-2025, 20250701, 202507."""
    if _DIGITS.match(token):
        if len(token) == 8:
            return _valid(int(token[:4]), int(token[4:6]), int(token[6:])) or _valid(int(token[4:]), int(token[2:4]), int(token[:2]))
        if len(token) == 6:
            return _valid(int(token[:4]), int(token[4:]), None) or _valid(int(token[2:]), int(token[:2]), None)
        return None
    marked = _LETTER_MARKED.match(token)  # `f2026z11x26`: a year, then the month and day behind letters
    if marked:
        year, month, day = (int(g) if g else None for g in marked.groups())
        return _valid(year, month, day)
    marked = _LETTER_MARKED_YEAR_LAST.match(token)
    if marked:
        day, month, year = (int(g) if g else None for g in marked.groups())
        return _valid(year, month, day)
    pieces = re.split(r"[-./_]", token)
    if 2 <= len(pieces) <= 3 and all(_PREFIXED_NUMBER.match(p) for p in pieces):
        pieces = [_PREFIXED_NUMBER.match(p).group(2) for p in pieces]  # `k2026-x12`: letters mark the parts
    if not 2 <= len(pieces) <= 3 or not all(_DIGITS.match(p) for p in pieces):
        return None
    numbers = [int(p) for p in pieces]
    if len(pieces[0]) == 4:  # year first
        return _valid(numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else None)
    if len(pieces[-1]) == 4:  # year last: dd-mm-yyyy or mm-yyyy
        if len(numbers) == 3:
            return _valid(numbers[2], numbers[1], numbers[0])
        return _valid(numbers[1], numbers[0], None)
    return None


def _number_of(token: str) -> int | None:
    """A bare number, or one behind a short letter prefix (`m07`, `nam2025`)."""
    if _DIGITS.match(token):
        return int(token)
    prefixed = _PREFIXED_NUMBER.match(token)
    return int(prefixed.group(2)) if prefixed else None


def url_date(url: str) -> UrlDate | None:
    """The date a URL's path or query encodes, or None.

    A date in one token wins; otherwise a four-digit year standing alone, with
    the month and day from the tokens right after it (`/2025/07/01/`,
    `/y2025/m07`, `?year=2025&month=7`; in a query, the month may come first).  A lone year counts in the path
    (`/archive/2031/`) but not in the query, where `?id=2031` is more often an id.
    """
    parts = urlsplit(url)
    path = [s for s in parts.path.split("/") if s]
    if path and not _DATE_TOKEN.match(path[-1]):
        path[-1] = _EXTENSION.sub("", path[-1])
    # a value may be a path of its own (`?d=y2025/m07`)
    query = [piece for _, value in parse_qsl(parts.query, keep_blank_values=True) for piece in value.split("/") if piece]
    for token in path + query:
        found = _date_in_token(token)
        if found:
            return found
    return _date_from_numbers(path, lone_year=True) or _date_from_numbers(query, lone_year=False)


def _date_from_numbers(tokens: list[str], lone_year: bool) -> UrlDate | None:
    for i, token in enumerate(tokens):
        year = _number_of(token)
        if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
            continue
        month = _number_of(tokens[i + 1]) if i + 1 < len(tokens) else None
        if (month is None or not 1 <= month <= 12) and not lone_year and i > 0:
            month = _number_of(tokens[i - 1])  # a query may name the month first: `?thang=7&nam=2025`
            if month is not None and 1 <= month <= 12:
                return _valid(year, month, None)
        if month is None or not 1 <= month <= 12:
            if lone_year:
                return _valid(year, None, None)
            continue
        day = _number_of(tokens[i + 2]) if i + 2 < len(tokens) else None
        return _valid(year, month, day if day and 1 <= day <= 31 else None) or _valid(year, month, None)
    return None
