"""The portals file (CONTRACT.md): CSV with a `url` column, unknown columns kept."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.urls import host_key

KNOWN_COLUMNS = ("url", "name", "level", "province", "district", "commune", "start_urls")
LEVELS = ("province", "district", "commune")


class PortalsFileError(Exception):
    """The portals file cannot be used at all (unreadable, no `url` column)."""


@dataclass
class PortalsFile:
    portals: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: why", rows skipped


def valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def portal_from_url(url: str, **columns: Any) -> dict[str, Any]:
    """A portal record from its URL and the optional CONTRACT columns."""
    start_urls = columns.pop("start_urls", None) or []
    if isinstance(start_urls, str):
        start_urls = start_urls.split()
    return {
        "url": url,
        "host": host_key(url),
        "start_urls": [u for u in start_urls if valid_url(u)],
        **{k: (columns.get(k) or None) for k in KNOWN_COLUMNS if k not in ("url", "start_urls")},
        "extra": columns.get("extra") or {},
    }


def read_portals_file(path: str | Path) -> PortalsFile:
    """Read a portals CSV; bad rows are reported by line number and skipped."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PortalsFileError(f"cannot read portals file {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PortalsFileError(f"portals file {path} is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "url" not in fields:
        raise PortalsFileError(f"portals file {path} has no 'url' column in its header")
    reader.fieldnames = fields
    result = PortalsFile()
    for row in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        url = row.get("url", "")
        if not valid_url(url):
            result.errors.append(f"line {line}: bad URL {url!r}, row skipped")
            continue
        level = (row.get("level") or "").lower() or None
        if level and level not in LEVELS:
            result.errors.append(f"line {line}: unknown level {level!r} kept as given")
        bad_starts = [u for u in row.get("start_urls", "").split() if not valid_url(u)]
        if bad_starts:
            result.errors.append(f"line {line}: bad start_urls ignored: {' '.join(bad_starts)}")
        extra = {k: v for k, v in row.items() if k not in KNOWN_COLUMNS and v}
        columns = {k: row.get(k) for k in KNOWN_COLUMNS if k != "url"}
        columns["level"] = level
        result.portals.append(portal_from_url(url, **columns, extra=extra))
    return result
