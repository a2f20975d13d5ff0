"""CMS fingerprinting and the declarative site profiles in profiles.json."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from crawler.extraction.meta import PageMeta

_PATH = Path(__file__).with_name("profiles.json")


@dataclass
class Profile:
    cms: str
    generator: re.Pattern | None
    match: list[CSSSelector]
    title: list[CSSSelector] = field(default_factory=list)
    date: list[CSSSelector] = field(default_factory=list)
    lead: list[CSSSelector] = field(default_factory=list)
    body: list[CSSSelector] = field(default_factory=list)
    remove: list[CSSSelector] = field(default_factory=list)
    hosts: tuple[str, ...] = ()

    def first(self, kind: str, tree: HtmlElement) -> HtmlElement | None:
        for sel in getattr(self, kind):
            found = sel(tree)
            if found:
                return found[0]
        return None


def _sels(items: list[str]) -> list[CSSSelector]:
    return [CSSSelector(s) for s in items]


@lru_cache(maxsize=1)
def load_profiles() -> tuple[Profile, ...]:
    data = json.loads(_PATH.read_text(encoding="utf-8"))
    out = []
    for raw in data["profiles"]:
        match = raw.get("match", {})
        gen = match.get("generator")
        out.append(
            Profile(
                cms=raw["cms"],
                generator=re.compile(gen, re.I) if gen else None,
                match=_sels(match.get("css", [])),
                hosts=tuple(match.get("hosts", [])),
                **{k: _sels(raw.get(k, [])) for k in ("title", "date", "lead", "body", "remove")},
            )
        )
    return tuple(out)


def detect(tree: HtmlElement, meta: PageMeta, host: str | None) -> Profile | None:
    """The first profile whose host, generator or class markers match the page."""
    generator = meta.get("generator") or ""
    profiles = load_profiles()
    if host:
        for prof in profiles:
            if any(host == h or host.endswith("." + h) for h in prof.hosts):
                return prof
    # file order decides: a Tân Dân portal is also SharePoint, a more specific profile comes first
    for prof in profiles:
        if (prof.generator is not None and prof.generator.search(generator)) or any(sel(tree) for sel in prof.match):
            return prof
    return None
