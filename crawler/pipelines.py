"""Item pipelines: extraction -> dedup -> store, each a component wired by settings."""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.extensions import crawl_archive
from crawler.extraction import NotAnArticle, extract
from crawler.extractpool import ExtractionFailed, crawl_pool
from crawler.items import ArticleItem, PageItem
from crawler.progress import portal_error
from crawler.urls import canonical_url, host_key, on_portal

logger = logging.getLogger(__name__)


def choose_canonical(page: PageItem, declared: str | None) -> str:
    """The page's own <link rel=canonical> when it stays on the portal, else its URL."""
    chosen = declared if declared and host_key(declared) == host_key(page.url) else page.url
    return on_portal(canonical_url(chosen), page.portal_url)


class NotAnArticleDrop(DropItem):
    """Extraction found positive evidence that the page is not an article; `reason` says which."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class ExtractionPipeline:
    """Turn a fetched page into an article, or drop it when it is not one.

    Every rejection is logged at INFO with its reason and counted by reason
    (stats `portal_archive/not_article/<reason>`, and per portal in portal_runs).
    Extraction runs in worker processes with a time bound and a memory cap
    (crawler.extractpool), so that no page can stall the other portals; a page
    over the bound is counted as a failure, not as "not an article".
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ExtractionPipeline":
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        crawl_pool(self.crawler)  # workers start before the first page arrives

    async def extract(self, item: PageItem) -> tuple[Any, Any]:
        """(Extracted, its near-duplicate signature or None)."""
        pool = crawl_pool(self.crawler)
        if pool is None:  # PORTAL_ARCHIVE_EXTRACT_WORKERS=0: in this process (debugging)
            try:
                return extract(item.body, item.url, item.declared_encoding), None
            except NotAnArticle as exc:
                if exc.reason == "extraction-error":
                    raise ExtractionFailed(exc.reason, exc.message) from None
                raise
        linker = getattr(crawl_archive(self.crawler), "linker", None)
        sketch = linker.sketcher.params if linker is not None else None
        return await pool.extract(item.body, item.url, item.portal_url, item.declared_encoding, sketch)

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, PageItem):
            return item
        try:
            extracted, signature = await self.extract(item)
        except ExtractionFailed as exc:
            self.stats.inc_value(f"portal_archive/extraction_failed/{exc.reason}")
            logger.warning("extraction failed (%s), fetched again when its re-check is due: %s", exc, item.url)
            raise NotAnArticleDrop(f"extraction failed ({exc}): {item.url}", exc.reason) from None
        except NotAnArticle as exc:  # positive evidence that the page is not an article
            reason = getattr(exc, "reason", None) or "not-an-article"
            self.stats.inc_value("portal_archive/not_article")
            self.stats.inc_value(f"portal_archive/not_article/{reason}")
            self.stats.inc_value("portal_archive/pages_listing")
            logger.info("not an article (%s): %s", exc, item.url)
            raise NotAnArticleDrop(f"not an article ({exc}): {item.url}", reason) from None
        self.stats.inc_value("portal_archive/pages_article")
        url = choose_canonical(item, extracted.canonical_url)
        aliases = sorted({canonical_url(u) for u in (item.url, item.requested_url)} - {url})
        return ArticleItem(
            url=url,
            fetched_url=item.url,
            portal_url=item.portal_url,
            article=extracted,
            body=item.body,
            encoding=item.encoding,
            signature=signature,
            aliases=aliases,
        )


class DedupPipeline:
    """Compute each article's near-duplicate signature before it is stored."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.linker: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "DedupPipeline":
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        from archive.dedup import NearDuplicates

        archive = crawl_archive(self.crawler)
        self.linker = NearDuplicates(archive.db)
        archive.linker = self.linker

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, ArticleItem) and self.linker is not None and item.signature is None:
            item.signature = self.linker.signature(item.article.text)  # made here when extraction ran in-process
        return item


class OfficialsPipeline:
    """Find the officials an article names in a worker process (crawler.extractpool), not
    on the crawl's event loop: the parser's cost grows with the text, and a text of
    megabytes would stall every portal for a minute.  Over the time bound, the article
    is stored without its officials, and the failure logged and counted
    (`portal_archive/officials_failed/<reason>`); `reextract` finds them later."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "OfficialsPipeline":
        return cls(crawler)

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        pool = crawl_pool(self.crawler)
        if not isinstance(item, ArticleItem) or pool is None:
            return item  # in-process: the store finds them itself
        try:
            item.officials = await pool.officials(item.article.text, item.portal_url)
        except ExtractionFailed as exc:
            item.officials = []
            self.stats.inc_value(f"portal_archive/officials_failed/{exc.reason}")
            self.crawler.signals.send_catch_log(portal_error, portal_url=item.portal_url, kind=exc.reason, url=item.url)
            logger.warning("officials not read (%s), article stored without them: %s", exc, item.url)
        return item


class StorePipeline:
    """Upsert articles into the archive and count what happened."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.since = crawler.settings.get("PORTAL_ARCHIVE_SINCE")
        self.portal_ids: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StorePipeline":
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        archive = crawl_archive(self.crawler)
        spider = spider or self.crawler.spider
        for portal in getattr(spider, "portals", []):
            self.portal_ids[portal["url"]] = archive.upsert_portal(portal)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        published = item.article.published_at
        if self.since and published and published[:10] < self.since:
            self.stats.inc_value("portal_archive/older_than_since")
            raise DropItem(f"published {published}, before --since {self.since}")
        archive = crawl_archive(self.crawler)
        result = archive.save_article(
            item.fields(),
            portal_id=self.portal_ids.get(item.portal_url),
            html=item.body,
            fetched_url=item.fetched_url,
            encoding=item.encoding,
            signature=item.signature,
            aliases=item.aliases,
            officials=item.officials,
        )
        item.outcome = result.status
        self.stats.inc_value(f"portal_archive/articles_{result.status}")
        if result.duplicate_of is not None and result.status == "new":
            self.stats.inc_value("portal_archive/articles_duplicate")
        return item
