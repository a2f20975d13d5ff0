"""What flows through the pipelines: a fetched page, then the article made of it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """A fetched HTML page of a portal, before extraction (spider output)."""

    url: str  # final URL after redirects
    requested_url: str  # the URL the crawler asked for
    body: bytes
    encoding: str | None
    portal_url: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class ArticleItem:
    """An extracted article on its way to dedup and the store."""

    url: str  # canonical URL, the archive key
    fetched_url: str
    portal_url: str
    title: str | None
    published_at: str | None
    author: str | None
    source: str | None
    category: str | None
    text: str
    cms: str | None
    body: bytes
    encoding: str | None
    signature: Any = None
    aliases: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "published_at": self.published_at,
            "author": self.author,
            "source": self.source,
            "category": self.category,
            "text": self.text,
            "cms": self.cms,
        }
