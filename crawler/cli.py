"""`portal-archive`: the command line of docs/interface.md.

Every subcommand exits 0 on success and non-zero with a one-line error on
stderr on failure.
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from archive.store import Archive, default_db_path
from crawler.portals import PortalsFileError, portal_from_url, read_portals_file, valid_url

DB_OPTION = click.option(
    "--db",
    "db_path",
    default=default_db_path,
    show_default="archive.db or $PORTAL_ARCHIVE_DB",
    type=click.Path(dir_okay=False),
    help="The archive's SQLite file.",
)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"portal-archive: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="portal-archive")
def main() -> None:
    """Crawl Vietnamese local-government portals into a searchable archive."""


# -- crawl ------------------------------------------------------------------------------


def portals_to_crawl(db_path: str, portals_file: str | None, portal_urls: tuple[str, ...]) -> list[dict[str, Any]]:
    """Portals named on the command line, else every portal in the registry."""
    chosen: list[dict[str, Any]] = []
    if portals_file:
        parsed = read_portals_file(portals_file)
        for error in parsed.errors:
            click.echo(f"{portals_file}: {error}", err=True)
        chosen.extend(parsed.portals)
    for url in portal_urls:
        if not valid_url(url):
            fail(f"bad portal URL {url!r}", 2)
        chosen.append(portal_from_url(url))
    if chosen:
        return chosen
    archive = Archive(db_path)
    try:
        return [portal_from_url(p["url"], **{k: p[k] for k in ("name", "level", "province", "district", "commune")},
                                start_urls=p["start_urls"]) for p in archive.portals()]
    finally:
        archive.close()


@main.command()
@click.option("--portals", "portals_file", type=click.Path(dir_okay=False), help="Portals CSV (docs/interface.md).")
@click.option("--portal", "portal_urls", multiple=True, help="A portal URL; may be repeated.")
@DB_OPTION
@click.option("--max-pages", type=click.IntRange(min=1), help="Page budget per portal for this run.")
@click.option("--max-minutes", type=click.FloatRange(min=0, min_open=True),
              help="Stop scheduling after this long, drain, and leave the rest queued for the next run.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Keep only articles published on or after.")
@click.option("--log", "log_file", type=click.Path(dir_okay=False), help="Write the crawl log (and the summary) to this file.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE", help="Override a Scrapy setting.")
def crawl(portals_file, portal_urls, db_path, max_pages, max_minutes, since, log_file, overrides) -> None:
    """Crawl portals, extract, deduplicate and upsert into the archive.

    Exit status: 0 when the run completed (failed portals are listed in the
    summary, not fatal), 1 when the run as a whole failed (every portal failed,
    or it was stopped), 2 on bad arguments, 75 when another crawl holds the archive.
    """
    from crawler.lock import CrawlLocked, crawl_lock
    from crawler.runner import run_crawl

    try:
        portals = portals_to_crawl(db_path, portals_file, portal_urls)
    except PortalsFileError as exc:
        fail(str(exc), 2)
    if not portals:
        fail("no portals to crawl: give --portals FILE or --portal URL, or import a registry first", 2)
    settings = crawl_settings_from_options(max_pages, since, log_file, overrides, max_minutes)
    try:
        with crawl_lock(db_path) as lock:
            if lock.took_over:
                click.echo(f"portal-archive: {lock.took_over}", err=True)
            summary = run_crawl(db_path, portals, settings)
    except CrawlLocked as exc:
        fail(str(exc), 75)  # EX_TEMPFAIL: cron may try again next hour
    except sqlite3.OperationalError as exc:
        fail(f"archive {db_path}: {exc}")
    lines = summary.lines()
    for line in lines:
        click.echo(line)
    if log_file:
        with open(log_file, "a", encoding="utf-8") as log:
            log.write("\n".join(lines) + "\n")
    if not summary.ok:
        fail(f"crawl run {summary.run_id} {summary.status}", 1)


def crawl_settings_from_options(max_pages, since, log_file, overrides, max_minutes=None) -> dict[str, Any]:
    settings: dict[str, Any] = {"PORTAL_ARCHIVE_PROGRESS": sys.stderr.isatty()}
    settings.update(parse_overrides(overrides))
    if max_pages:
        settings["PORTAL_ARCHIVE_MAX_PAGES"] = max_pages
    if max_minutes:
        settings["CLOSESPIDER_TIMEOUT"] = max_minutes * 60
    if since:
        settings["PORTAL_ARCHIVE_SINCE"] = since.strftime("%Y-%m-%d")
    if log_file:
        settings["LOG_FILE"] = log_file
        settings.setdefault("LOG_FILE_APPEND", True)
    return settings


def parse_overrides(pairs: tuple[str, ...]) -> list[tuple[str, Any]]:
    parsed = []
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            fail(f"--set expects KEY=VALUE, got {pair!r}", 2)
        try:
            parsed.append((key, json.loads(value)))
        except json.JSONDecodeError:
            parsed.append((key, value))
    return parsed


# -- extract ----------------------------------------------------------------------------


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option("--url", "urls", multiple=True, help="Original address of the n-th saved file.")
def extract(sources: tuple[str, ...], urls: tuple[str, ...]) -> None:
    """Extract one page per argument; print one JSON object per line."""
    from crawler.extraction import NotAnArticle, extract as extract_page
    from crawler.officials import extract_officials

    succeeded = 0
    for index, source in enumerate(sources):
        page_url = urls[index] if index < len(urls) else None
        try:
            html, page_url = read_source(source, page_url)
        except OSError as exc:
            click.echo(f"portal-archive: cannot read {source}: {exc}", err=True)
            print_json({"url": page_url or source, "error": f"cannot read: {exc}"})
            continue
        try:
            article = extract_page(html, page_url)
        except NotAnArticle:
            print_json({"url": page_url, "error": "not an article"})
            continue
        record = article.to_contract()
        record["url"] = page_url or article.canonical_url
        record["officials"] = [o.to_contract() for o in extract_officials(article.text)]
        print_json(record)
        succeeded += 1
    if not succeeded:
        fail("no argument was an extractable article")


def read_source(source: str, page_url: str | None) -> tuple[bytes, str | None]:
    if source.startswith(("http://", "https://")):
        from crawler.fetch import fetch_page

        body, final_url = fetch_page(source)
        return body, page_url or final_url
    return Path(source).read_bytes(), page_url


def print_json(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# -- serve, export ----------------------------------------------------------------------


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port.")
@click.option("--sql/--no-sql", "public_sql", default=True, show_default=True,
              help="Let visitors run their own SQL (on published tables only, time-limited).")
def serve(db_path: str, host: str, port: int, public_sql: bool) -> None:
    """Publish the archive with Datasette, read-only: search at /, Datasette's tables under /<archive>."""
    from datasette_config.app import PortBusy, serve as serve_datasette

    if not Path(db_path).exists():
        fail(f"no archive at {db_path}: run a crawl first (or portal-archive demo)")
    upgrade(db_path)
    try:
        serve_datasette(db_path, host, port, public_sql)
    except PortBusy as exc:
        fail(f"{exc}; choose another with --port (0 picks a free one)")


def upgrade(db_path: str) -> None:
    """Bring an archive made by an older version to this schema before reading it (once)."""
    from archive.schema import is_current
    from archive.store import connect

    conn = connect(db_path, readonly=True)
    try:
        current = is_current(conn)
    finally:
        conn.close()
    if not current:
        click.echo(f"upgrading {db_path} to this version's schema (once; a large archive takes minutes)", err=True)
        Archive(db_path).close()


@main.command()
@DB_OPTION
@click.option("--search", help='Words to find, as in the web search: diacritics optional, "a phrase", OR, -word, word*.')
@click.option("--exact", is_flag=True, help="Only articles with the words exactly as typed with diacritics (hoá = hóa).")
@click.option("--portal", help="Only this portal (its URL or host).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Published on or after this day.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), help="Published on or before this day.")
@click.option("--sort", type=click.Choice(["newest", "rank"]), default="newest", show_default=True,
              help="Newest first, or most relevant first (with --search).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "xlsx"]), default="csv", show_default=True,
              help="xlsx: an Excel workbook, the CSV's columns (needs -o FILE).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="Output file (default stdout).")
def export(db_path, search, exact, portal, since, until, sort, fmt, output) -> None:
    """Export matching articles (every row, streamed).

    The CSV is UTF-8 with a BOM, and cells that a spreadsheet would run as a
    formula (starting with = + - @, tab or CR) are prefixed with a quote.
    """
    from archive.export import export_rows, write_csv, write_jsonl, write_xlsx
    from archive.search import Search, parse

    if not Path(db_path).exists():
        fail(f"no archive at {db_path}")
    query = parse(search)
    if query.error:
        fail(f"--search {search!r}: {query.error}", 2)
    upgrade(db_path)
    archive = Archive(db_path, readonly=True)
    rows = export_rows(archive.db.conn, Search(
        query=query,
        portal=portal,
        since=since.strftime("%Y-%m-%d") if since else None,
        until=until.strftime("%Y-%m-%d") if until else None,
        exact=exact,
        order=sort,
    ))
    if fmt == "xlsx":
        if output == "-":
            fail("--format xlsx writes a file: give -o FILE.xlsx", 2)
        count = write_xlsx(rows, output)
        click.echo(f"exported {count} articles to {output}", err=True)
        return
    writer = write_csv if fmt == "csv" else write_jsonl
    if output == "-":
        count = writer(rows, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = writer(rows, out)
    if output != "-":
        click.echo(f"exported {count} articles to {output}", err=True)


# -- portals ----------------------------------------------------------------------------


@main.group()
def portals() -> None:
    """Show, probe and load the portal registry."""


@portals.command("list")
@DB_OPTION
@click.option("--summary", is_flag=True, help="Count placed portals by province and level instead.")
def portals_list(db_path: str, summary: bool) -> None:
    """List the portals in the registry with their article counts, periods and units.

    One tab-separated line per portal: id, url, name, level, province, articles,
    periods (from..until unit [code]; …) and sources.
    """
    from archive.registry import PORTAL_LIST_SQL, SUMMARY_SQL

    archive = Archive(db_path)
    rows = archive.db.execute(SUMMARY_SQL if summary else PORTAL_LIST_SQL).fetchall()
    for row in rows:
        click.echo("\t".join(str(v) for v in row))
    if summary:
        hosts = archive.db.execute("select count(distinct host) from portal_periods").fetchone()[0]
        click.echo(f"{hosts} placed portals in {len({r[0] for r in rows})} provinces (34-province map)", err=True)
    else:
        click.echo(f"{len(rows)} portals", err=True)


@portals.command("import")
@click.argument("portals_file", required=False, type=click.Path(dir_okay=False))
@click.option("--shipped", is_flag=True, help="Import the registry of real portals shipped with the package.")
@DB_OPTION
def portals_import(portals_file: str | None, shipped: bool, db_path: str) -> None:
    """Load a portals CSV into the registry, placing each row on the map of units.

    Names may be written with or without diacritics and type words ("tỉnh",
    "huyện", "xã", ...); the optional columns valid_from/valid_until (YYYY-MM-DD)
    give the row's period, `unit` a unit code, `source` where the portal was seen.
    A row naming no unit or several, or repeating a host for an overlapping
    period, is rejected by line number (exit status 1); a row with a bad URL is
    skipped as in any portals file; the other rows are imported.
    """
    from archive.units import load_units
    from crawler.portals import import_registry, read_registry, shipped_registry

    if bool(portals_file) == shipped:
        fail("give a portals FILE or --shipped", 2)
    path = str(shipped_registry()) if shipped else portals_file
    units = load_units()
    try:
        registry = read_registry(path, units)
    except PortalsFileError as exc:
        fail(str(exc), 2)
    for message in sorted(registry.errors + registry.skipped + registry.warnings, key=line_number):
        click.echo(f"{path}: {message}", err=True)
    archive = Archive(db_path)
    portals_count, periods = import_registry(archive, registry, units, Path(path).name)
    click.echo(f"imported {portals_count} portals ({periods} placed periods), "
               f"{len(registry.errors) + len(registry.skipped)} rows rejected, {len(registry.warnings)} warnings")
    if registry.errors:
        sys.exit(1)


def line_number(message: str) -> int:
    found = re.match(r"line (\d+)", message)
    return int(found.group(1)) if found else 0


@portals.command("discover")
@click.argument("url")
@click.option("--province", help="The portal's province, when its host does not say (a saved copy).")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds for the page.")
def portals_discover(url: str, province: str | None, timeout: float) -> None:
    """List the subordinate portals a province or district portal links to.

    Prints registry rows ready for `portals import` (CSV on stdout); links that
    look like subordinate portals but match no unit, or several, go to stderr.
    """
    from datetime import date

    from archive.units import load_units
    from crawler.discovery import discover, fetch
    from crawler.portals import registry_row, write_registry_rows

    if not valid_url(url):
        fail(f"bad portal URL {url!r}", 2)
    try:
        html = fetch(url, timeout)
    except OSError as exc:
        fail(f"cannot fetch {url}: {exc}")
    units = load_units()
    found = discover(html, url, units, province)
    if not found.provinces:
        fail(f"cannot tell the province of {url}: give --province NAME", 2)
    source = f"linked from {url} on {date.today().isoformat()}"
    rows = []
    for portal in found.found:
        if portal.unit is None:
            click.echo(f"portal-archive: {portal.url} ({portal.text!r}): {portal.problem}", err=True)
            continue
        valid_from, valid_until = portal.period
        rows.append(registry_row(portal.url, portal.unit, units, name=portal.text, valid_from=valid_from,
                                 valid_until=valid_until, source=source))
    write_registry_rows(rows, sys.stdout)
    click.echo(f"{len(rows)} portals matched to units, {len(found.found) - len(rows)} not matched", err=True)


@portals.command("check")
@DB_OPTION
@click.option("--portals", "portals_file", type=click.Path(dir_okay=False), help="Check this file instead of the registry.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds per portal.")
def portals_check(db_path: str, portals_file: str | None, timeout: float) -> None:
    """Probe each portal's URL: HTTP status, final address, time."""
    from crawler.probe import probe_all

    try:
        targets = portals_to_crawl(db_path, portals_file, ())
    except PortalsFileError as exc:
        fail(str(exc), 2)
    results = probe_all([p["url"] for p in targets], timeout)
    for result in results:
        click.echo(result.line())
    down = sum(1 for r in results if not r.ok)
    click.echo(f"{len(results) - down} up, {down} down", err=True)


# -- maintenance ------------------------------------------------------------------------


@main.command()
@DB_OPTION
def reextract(db_path: str) -> None:
    """Rebuild every article row from its stored HTML, without the network."""
    from crawler.extraction import NotAnArticle, extract as extract_page
    from archive.officials import rebuild_mentions
    from crawler.items import stored_fields

    archive = Archive(db_path)
    changed = failed = total = 0
    for article_id, fetched_url, html, _encoding in archive.iter_raw_html():
        total += 1
        try:
            extracted = extract_page(html, fetched_url)
        except NotAnArticle:
            failed += 1
            continue
        changed += archive.rewrite_article(article_id, stored_fields(extracted))
    click.echo(f"re-extracted {total} articles: {changed} changed, {failed} no longer extractable (kept as they were)")
    officials = rebuild_mentions(archive.db)
    click.echo(f"officials: {officials['mentions']} post mentions of {officials['persons']} persons")


@main.command()
@DB_OPTION
@click.option("--rebuild", is_flag=True, help="Recompute every signature and cluster from scratch.")
def dedupe(db_path: str, rebuild: bool) -> None:
    """Near-duplicate clusters: rebuild them from the stored texts."""
    from archive import dedup

    if not rebuild:
        fail("nothing to do: dedup runs during every crawl; use --rebuild to recompute", 2)
    archive = Archive(db_path)
    stats = dedup.rebuild(archive.db)
    click.echo(" ".join(f"{k}={v}" for k, v in stats.items()))


@main.command()
@click.option("--db", "db_path", default="demo-archive.db", show_default=True, type=click.Path(dir_okay=False))
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free port.")
@click.option("--no-serve", is_flag=True, help="Crawl and stop; do not start Datasette.")
def demo(db_path: str, port: int, no_serve: bool) -> None:
    """Offline demo: crawl the bundled sample portals twice (an edit and a deletion between) and publish them."""
    from crawler.demo_job import ArchiveInUse, run_demo

    try:
        run_demo(db_path, port=port, serve=not no_serve)
    except ArchiveInUse as exc:
        fail(str(exc))


if __name__ == "__main__":
    main()
