"""The portals file (docs/interface.md): CSV with a `url` column, unknown columns kept."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from archive.units import OLD, NEW, REFORM_DATE, Unit, UnitError, Units, era_of_date
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
    """A portal record from its URL and the optional columns of the portals file (docs/interface.md)."""
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
        portal = portal_from_url(url, **columns, extra=extra)
        portal["line"] = line
        result.portals.append(portal)
    return result


# -- the registry: portals placed on the map of units ------------------------------------

# Registry columns on top of the portals file's: the period a row is valid for (inclusive
# days), the unit's code (archive.units ids, e.g. old:076) and where the portal was seen.
REGISTRY_COLUMNS = ("valid_from", "valid_until", "unit", "source")
REGISTRY_HEADER = ("url", "name", "level", "province", "district", "commune", *REGISTRY_COLUMNS)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class RegistryRow:
    """One accepted registry row: a portal and, when it names a place, its unit and period."""

    line: int
    portal: dict[str, Any]
    unit: Unit | None
    valid_from: str | None
    valid_until: str | None
    source: str | None


@dataclass
class Registry:
    rows: list[RegistryRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: why": rows rejected for their place or as repeats
    skipped: list[str] = field(default_factory=list)  # bad URLs, skipped as for any portals file (docs/interface.md)
    warnings: list[str] = field(default_factory=list)  # "line N: what": rows kept


def _day(value: str | None, column: str) -> str | None:
    if not value:
        return None
    try:
        if not _DAY.match(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise UnitError(f"{column} {value!r} is not a day (YYYY-MM-DD)") from None
    return value


def era_of_row(valid_from: str | None, valid_until: str | None, level: str | None, district: str | None,
               commune: str | None) -> str:
    """Which map a row's names are read on: the map in force when its period starts.

    A row without a start day is read on the old map, except a commune named
    without a district: only the two-tier map has communes directly under provinces.
    """
    if valid_from:
        return era_of_date(valid_from)
    if valid_until and valid_until < REFORM_DATE:
        return OLD
    return NEW if commune and not district and level in (None, "commune") else OLD


def resolve_row(row: dict[str, Any], units: Units) -> tuple[Unit | None, str | None, str | None]:
    """(unit, valid_from, valid_until) of one portals-file row; UnitError when it is wrong."""
    extra = row.get("extra") or {}
    valid_from = _day(extra.get("valid_from"), "valid_from")
    valid_until = _day(extra.get("valid_until"), "valid_until")
    if valid_from and valid_until and valid_from > valid_until:
        raise UnitError(f"valid_from {valid_from} is after valid_until {valid_until}")
    names = {k: row.get(k) for k in ("province", "district", "commune")}
    code = extra.get("unit")
    if code:
        if code not in units:
            raise UnitError(f"unknown unit code {code!r} (codes look like old:076 or new:02536)")
        unit = units[code]
        if any(names.values()):
            named = units.resolve(unit.era, **names)
            if named.id not in {unit.id, *(a.id for a in units.ancestors(unit.id))}:
                raise UnitError(f"unit {code} is {units.describe(unit)} but the names say {units.describe(named)} ({named.id})")
    elif any(names.values()):
        unit = units.resolve(era_of_row(valid_from, valid_until, row.get("level"), names["district"], names["commune"]),
                             **names)
    else:
        return None, valid_from, valid_until
    if unit.era == OLD and valid_from and valid_from >= REFORM_DATE:
        raise UnitError(f"{units.describe(unit)} ({unit.id}) no longer exists from {REFORM_DATE}, but the period starts {valid_from}")
    if unit.era == NEW and valid_until and valid_until < REFORM_DATE:
        raise UnitError(f"{units.describe(unit)} ({unit.id}) exists only from {REFORM_DATE}, but the period ends {valid_until}")
    level = row.get("level")
    if level and level in LEVELS and level != unit.level:
        raise UnitError(f"level {level} but the names designate a {unit.level}: {units.describe(unit)}")
    return unit, valid_from, valid_until


def _overlap(a: RegistryRow, b: RegistryRow) -> bool:
    return (a.valid_from or "0000") <= (b.valid_until or "9999") and (b.valid_from or "0000") <= (a.valid_until or "9999")


def read_registry(path: str | Path, units: Units) -> Registry:
    """A portals file read as a registry: names resolved to units, periods checked.

    Rows that cannot be placed, and rows repeating a host for an overlapping
    period, are rejected by line number (with the nearest names for a name that
    matches nothing); two rows of one host are never merged.
    """
    parsed = read_portals_file(path)
    registry = Registry(skipped=[e for e in parsed.errors if "row skipped" in e],
                        warnings=[e for e in parsed.errors if "row skipped" not in e])
    by_host: dict[str, list[RegistryRow]] = {}
    for portal in parsed.portals:
        line = portal["line"]
        try:
            unit, valid_from, valid_until = resolve_row(portal, units)
        except UnitError as exc:
            registry.errors.append(f"line {line}: {exc}; row skipped")
            continue
        extra = portal["extra"]
        row = RegistryRow(line, portal, unit, valid_from, valid_until, extra.pop("source", None))
        for column in ("valid_from", "valid_until", "unit"):
            extra.pop(column, None)
        clash = next((r for r in by_host.get(portal["host"], []) if _overlap(r, row)), None)
        if clash:
            registry.errors.append(
                f"line {line}: host {portal['host']} is already on line {clash.line} for an overlapping period "
                f"({clash.valid_from or '…'}..{clash.valid_until or '…'}); give each row its own "
                "valid_from/valid_until; row skipped")
            continue
        if unit is None:
            registry.warnings.append(f"line {line}: no province, district, commune or unit: kept without a place")
        else:
            portal["level"] = portal["level"] or unit.level
            _fill_names(portal, unit, units)
        by_host.setdefault(portal["host"], []).append(row)
        registry.rows.append(row)
    return registry


def _fill_names(portal: dict[str, Any], unit: Unit, units: Units) -> None:
    """Free-text place columns of the portals file, filled from the unit where the file left them empty."""
    chain = {u.level: u.short_name for u in (unit, *units.ancestors(unit.id))}
    for level in ("province", "district", "commune"):
        portal[level] = portal.get(level) or chain.get(level)


def registry_row(url: str, unit: Unit, units: Units, *, name: str | None = None, valid_from: str | None = None,
                 valid_until: str | None = None, source: str | None = None) -> dict[str, str]:
    """A registry CSV row for a unit (what `portals discover` prints)."""
    chain = {u.level: u.short_name for u in (unit, *units.ancestors(unit.id))}
    return {"url": url, "name": name or "", "level": unit.level, **{k: chain.get(k, "") for k in LEVELS},
            "valid_from": valid_from or "", "valid_until": valid_until or "", "unit": unit.id, "source": source or ""}


def write_registry_rows(rows: list[dict[str, str]], out: Any) -> None:
    writer = csv.DictWriter(out, fieldnames=REGISTRY_HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def shipped_registry() -> Path:
    """The registry of real portals shipped in the package (crawler/registry/portals.csv)."""
    return Path(__file__).parent / "registry" / "portals.csv"


def import_registry(archive: Any, registry: Registry, units: Units, file_name: str) -> tuple[int, int]:
    """Write the accepted rows: portals by URL, and each placed host's periods
    (replacing that host's earlier periods: the file is the truth for its hosts).
    Returns (portals, periods)."""
    from archive import registry as tables
    from archive.store import utc_now

    tables.load_units_table(archive.db, units)
    now = utc_now()
    periods: dict[str, list[tables.Period]] = {}
    urls = set()
    with archive.db.atomic():
        # oldest period first, so a URL's portal row ends with its latest name and level
        for row in sorted(registry.rows, key=lambda r: r.valid_from or ""):
            portal_id = archive.upsert_portal(row.portal)
            urls.add(row.portal["url"])
            if row.unit is not None:
                periods.setdefault(row.portal["host"], []).append(tables.Period(
                    row.portal["host"], portal_id, row.unit, row.valid_from, row.valid_until,
                    row.portal.get("name"), row.source, f"{file_name}:{row.line}"))
        for host, host_periods in periods.items():
            tables.replace_periods(archive.db, host, host_periods, units, now)
    return len(urls), sum(len(p) for p in periods.values())
