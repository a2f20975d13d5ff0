"""Result type and the one exception `extract` may raise."""
from __future__ import annotations

from dataclasses import dataclass


class NotAnArticle(Exception):
    """The page is a listing, home, contact, login, search, document list or error page.

    `reason` is a short machine-readable code for counting rejections ("teaser-list",
    "no-main-text", "empty", "unparseable", "home-page", "search-page", "error-page",
    "login-page", "service-page", "document-list", or "extraction-error" for a bug in
    extraction, which is not a verdict on the page); `message` is for people.
    """

    def __init__(self, reason: str = "not-an-article", message: str | None = None) -> None:
        self.reason = reason
        self.message = message or reason
        super().__init__(self.message)


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
    # how sure the page is an article: "article", or what made it look less like one
    # ("short", "undated", "with-teasers", "paged", "media", "whole-page")
    page_kind: str = "article"

    def to_contract(self) -> dict:
        """The `extract` JSON object of docs/interface.md (keys always present)."""
        return {
            "url": self.url,
            "title": self.title,
            "published_at": self.published_at,
            "author": self.author,
            "category": self.category,
            "text": self.text,
        }
