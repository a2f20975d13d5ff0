"""Page-level metadata from <head>: OpenGraph, JSON-LD, canonical, generator."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.html import HtmlElement

from crawler.extraction.dom import norm


@dataclass
class PageMeta:
    metas: dict[str, str] = field(default_factory=dict)   # name/property (lower) -> content
    jsonld: list[dict] = field(default_factory=list)       # flattened JSON-LD objects
    canonical: str | None = None
    html_title: str | None = None

    def get(self, *keys: str) -> str | None:
        for key in keys:
            value = self.metas.get(key)
            if value:
                return value
        return None

    def site_name(self) -> str | None:
        for obj in self.jsonld:
            if _types(obj) & {"WebSite", "Organization", "GovernmentOrganization"} and obj.get("name"):
                return norm(str(obj["name"]))
        return self.get("og:site_name", "application-name")

    def article_ld(self) -> dict | None:
        for obj in self.jsonld:
            if _types(obj) & {"NewsArticle", "Article", "BlogPosting", "Report", "WebPage"} and (
                obj.get("headline") or obj.get("datePublished")
            ):
                return obj
        return None


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, list):
        return {str(k) for k in kind}
    return {str(kind)} if kind else set()


def _flatten(data: object, out: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten(item, out)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out)


def read_meta(tree: HtmlElement, url: str | None) -> PageMeta:
    meta = PageMeta()
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in meta.metas:
            meta.metas[key] = norm(content)
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            _flatten(json.loads(script.text or ""), meta.jsonld)
        except (ValueError, TypeError):
            continue
    href = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None) or meta.get("og:url")
    if href and href.strip():
        meta.canonical = urljoin(url or "", href.strip())
        if not meta.canonical.startswith(("http://", "https://")):
            meta.canonical = None
    titles = tree.xpath("//title")
    if titles:
        meta.html_title = norm(titles[0].text_content()) or None
    return meta
