"""`portals discover URL`: the subordinate portals a province or district portal links to.

Provincial portals link their districts' and communes' portals ("Liên kết
website", "Cổng thành phần", often a <select> of addresses).  A link is taken
for a subordinate portal when its host sits under the portal's own domain
(`<commune>.<district>.<province>.gov.vn`, `<commune>.<province>.gov.vn`) or
when its text names a unit of the province ("UBND huyện Bạch Thông" on
bachthong.gov.vn).  That rests on what the links point at and say, wherever the
block sits and whatever its heading, so no list of block headings is needed.

Each link is matched to a unit of archive.units: by the unit named in its text
(type word and name), else by its host's labels (a host label is the unit's
name without diacritics and spaces, as PORTALS.md (c) documents).  A two-label
host (commune.district) is a pre-2025 commune; a one-label host is a pre-2025
district or a post-2025 commune, told apart by the text's type word.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

from archive.fold import fold
from archive.units import LAST_OLD_DATE, NEW, OLD, REFORM_DATE, Unit, Units
from crawler.urls import host_key

GOV_SUFFIX = ".gov.vn"  # every government host in PORTALS.md ends so; others are placed by link text only


@dataclass
class Link:
    url: str
    text: str


@dataclass
class Found:
    """A subordinate portal: its home URL, the link's text, its unit (or why none)."""

    url: str
    text: str
    unit: Unit | None = None
    problem: str | None = None

    @property
    def period(self) -> tuple[str | None, str | None]:
        if self.unit is None:
            return None, None
        return (None, LAST_OLD_DATE) if self.unit.era == OLD else (REFORM_DATE, None)


@dataclass
class Discovery:
    page_url: str
    provinces: list[Unit] = field(default_factory=list)  # the page's province on either map
    found: list[Found] = field(default_factory=list)


def page_links(html: bytes | str, page_url: str) -> list[Link]:
    """Every address the page offers: anchors and the options of link <select>s."""
    tree = lxml.html.fromstring(html)
    links = []
    for element in tree.iter("a", "option"):
        target = element.get("href") if element.tag == "a" else element.get("value")
        if not target:
            continue
        url = urljoin(page_url, target.strip())
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        text = " ".join(element.text_content().split()) or element.get("title") or ""
        if not text:  # an image link: its alt text
            text = " ".join(img.get("alt") or "" for img in element.iter("img")).strip()
        links.append(Link(url, text))
    return links


def gov_labels(host: str) -> list[str] | None:
    """A .gov.vn host's labels before gov.vn, outermost last: ['vangiao', 'tinhbien', 'angiang']."""
    if not host.endswith(GOV_SUFFIX):
        return None
    return host[: -len(GOV_SUFFIX)].split(".")


def province_domain(page_host: str, links: list[Link], units: Units, hint: str | None) -> tuple[str | None, list[Unit]]:
    """The province label of the portal's domain and its province on both maps."""
    labels = gov_labels(page_host)
    label = labels[-1] if labels else None
    if not label:  # a page saved or served elsewhere: the domain most of its subordinate links share
        hosts = [gov_labels(host_key(link.url)) for link in links]
        nested = Counter(labels[-1] for labels in hosts if labels and len(labels) > 1)
        label = nested.most_common(1)[0][0] if nested else None
    text = hint or label
    if not text:
        return label, []
    provinces = [p for era in (OLD, NEW) for p in units.match(text, units.provinces(era))]
    # The other map's province: what this one became or was made of.
    for p in list(provinces):
        related = units.successors(p.id) if p.era == OLD else units.predecessors(p.id)
        provinces += [r for r in related if r not in provinces and r.level == "province"]
    return label, provinces


class Matcher:
    """Matches a link to a unit of the province, on either map."""

    def __init__(self, units: Units, provinces: list[Unit]) -> None:
        self.units = units
        old = [p for p in provinces if p.era == OLD]
        new = [p for p in provinces if p.era == NEW]
        self.old_districts = [d for p in old for d in units.descendants(p.id, "district")]
        self.old_communes = [c for p in old for c in units.descendants(p.id, "commune")]
        self.new_communes = [c for p in new for c in units.descendants(p.id, "commune")]
        # Type words from the dataset ("thi xa", "phuong", ...), longest first.
        self.types = sorted({fold(u.type) for u in units.by_id.values() if u.type and u.level != "province"},
                            key=len, reverse=True)

    def named(self, text: str) -> list[tuple[str, str]]:
        """Every (type, name) a link text may name, the earliest type word first:
        "UBND huyện Quan Sơn" gives (huyen, quan son), then (quan, son)."""
        folded = " ".join(re.findall(r"[a-z0-9]+", fold(text)))
        found = [(m.end(), type_word, folded[m.end():])
                 for type_word in self.types for m in re.finditer(rf"(?:^| ){re.escape(type_word)} ", folded)]
        return [(type_word, name) for _, type_word, name in sorted(found, key=lambda f: f[0])
                if name]

    def by_text(self, text: str) -> list[list[Unit]]:
        """The units each (type, name) of the text designates, in the order of `named`."""
        pool = self.old_districts + self.old_communes + self.new_communes
        readings = []
        for type_word, name in self.named(text):
            hits = self.units.match(name, [u for u in pool if fold(u.type) == type_word], typed=False)
            if hits:
                readings.append(hits)
        return readings

    def by_host(self, labels: list[str]) -> list[Unit]:
        if len(labels) >= 2:  # commune.district: a pre-2025 commune portal
            districts = self.units.match(labels[-1], self.old_districts)
            communes = [c for d in districts for c in self.units.descendants(d.id, "commune")]
            return self.units.match(labels[-2], communes)
        return self.units.match(labels[0], self.old_districts + self.new_communes)

    def match(self, link: Link, labels: list[str] | None) -> Found:
        home = f"{urlsplit(link.url).scheme}://{urlsplit(link.url).netloc}/"
        readings = self.by_text(link.text)
        by_host = self.by_host(labels) if labels else []
        # The text names the unit, the host tells the map (xã Trung Lý before and after the
        # reform): the first reading of the text the host agrees with, else the text, else the host.
        agreed = next((both for hits in readings if (both := [u for u in hits if u in by_host])), [])
        hits = agreed or (readings[0] if readings else by_host)
        if len(hits) == 1:
            return Found(home, link.text, hits[0])
        if hits:
            listed = "; ".join(f"{self.units.describe(u)} ({u.id})" for u in hits)
            return Found(home, link.text, problem=f"ambiguous: {listed}")
        pool = self.old_districts + self.new_communes
        near = "; ".join(self.units.describe(u) for u in self.units.nearest(labels[0] if labels else link.text, pool))
        return Found(home, link.text, problem=f"names no unit of the province; nearest: {near}")


def discover(html: bytes | str, page_url: str, units: Units, province: str | None = None) -> Discovery:
    """The subordinate portals a portal page links to, each matched to a unit."""
    links = page_links(html, page_url)
    page_host = host_key(page_url)
    label, provinces = province_domain(page_host, links, units, province)
    result = Discovery(page_url, provinces)
    if not provinces:
        return result
    matcher = Matcher(units, provinces)
    seen: set[str] = set()
    for link in links:
        host = host_key(link.url)
        if host == page_host or host in seen:
            continue
        labels = gov_labels(host)
        under = labels[:-1] if labels and label and labels[-1] == label and len(labels) > 1 else None
        if under is None and not matcher.named(link.text):
            continue  # neither under the portal's domain nor naming a unit: not a subordinate portal
        found = matcher.match(link, under)
        if under is None and found.unit is None:
            continue  # text with a type word but no unit of this province ("Sở", another province)
        seen.add(host)
        result.found.append(found)
    return result


def fetch(url: str, timeout: float = 30) -> bytes:
    """One page, as the crawler's User-Agent would ask for it."""
    from urllib.request import Request, urlopen

    with urlopen(Request(url, headers={"User-Agent": "PortalArchive/0.1 (+discover)"}), timeout=timeout) as response:
        return response.read()
