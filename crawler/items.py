"""What flows through the pipelines: a fetched page, then the article made of it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archive.store import ARTICLE_FIELDS
from crawler.extraction import Extracted


@dataclass
class PageItem:
    """A fetched HTML page of a portal, before extraction (spider output)."""

    url: str  # final URL after redirects
    requested_url: str  # the URL the crawler asked for
    body: bytes
    encoding: str | None  # Scrapy's: declared, else guessed
    portal_url: str
    status: int = 200
    declared_encoding: str | None = None  # the charset of the Content-Type header, if any
    headers: dict[str, str] = field(default_factory=dict)


def stored_fields(extracted: Extracted) -> dict[str, Any]:
    """The article columns the store writes, from an extraction result."""
    return {name: getattr(extracted, name) for name in ARTICLE_FIELDS}


@dataclass
class ArticleItem:
    """An extracted article on its way to dedup and the store."""

    url: str  # canonical URL, the archive key
    fetched_url: str
    portal_url: str
    article: Extracted
    body: bytes
    encoding: str | None
    signature: Any = None
    officials: list[Any] | None = None  # None: the store finds them
    aliases: list[str] = field(default_factory=list)
    outcome: str | None = None  # set by the store: new | updated | unchanged | alias

    def fields(self) -> dict[str, Any]:
        return {"url": self.url, **stored_fields(self.article)}
