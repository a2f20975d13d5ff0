"""Plain data the renderers and the sample-portal router share."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .content import Article


@dataclass
class Category:
    slug: str
    name: str
    num: int  # numeric id for CMSes that route by number


@dataclass
class Site:
    key: str
    family: str
    name: str  # "Cổng thông tin điện tử huyện ..."
    unit_name: str  # "huyện Thiệu Hóa"
    level: str  # province | district | commune
    province: str
    district: str = ""
    commune: str = ""
    base_url: str = "http://example.gov.vn"
    categories: list[Category] = field(default_factory=list)
    address: str = ""
    email: str = ""
    opts: dict[str, Any] = field(default_factory=dict)

    def abs(self, path: str) -> str:
        return self.base_url.rstrip("/") + path


@dataclass
class Placed:
    """An article as published on one site."""
    art: Article
    cat: Category
    path: str  # site-relative URL of the canonical article page
    num_id: int
    token: str  # random-looking suffix some CMSes put in URLs
    slug: str
    listed: bool = True  # False: reachable only through the sitemap / feed
    old_path: str | None = None  # an older address that 301-redirects here
    version: int = 0  # bumped when the article is edited (ETag/Last-Modified)
