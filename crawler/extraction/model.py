"""Result type and the one exception `extract` may raise."""
from __future__ import annotations

from dataclasses import dataclass


class NotAnArticle(Exception):
    """The page is a listing, home, contact, login, search, document list or error page."""

    def __init__(self, reason: str = "not an article") -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Extracted:
    url: str | None
    canonical_url: str | None
    title: str | None
    published_at: str | None
    author: str | None
    source: str | None
    category: str | None
    text: str
    cms: str | None

    def to_contract(self) -> dict:
        """The `extract` JSON object of CONTRACT.md (keys always present)."""
        return {
            "url": self.url,
            "title": self.title,
            "published_at": self.published_at,
            "author": self.author,
            "category": self.category,
            "text": self.text,
        }
