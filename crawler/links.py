"""The links of a fetched HTML page, as the spider follows them.

A function of the page's bytes alone, so that it can run in an extraction worker
(crawler.extractpool): parsing a page is what costs, and an attribute or
element bomb takes lxml seconds, which on the crawl's event loop would stall
every portal.
"""
from __future__ import annotations

from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")

_LINKS = LinkExtractor(tags=("a", "area"), attrs=("href",), unique=False)


def page_links(url: str, body: bytes, encoding: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    """((absolute URL, text) of the page's <a>/<area> links in page order, hrefs of the feeds it
    announces).  The text tells the frontier a headline from a menu entry (crawler.frontier)."""
    response = HtmlResponse(url, body=body, encoding=encoding or "utf-8")
    links = [(link.url, " ".join(link.text.split())[:200]) for link in _LINKS.extract_links(response)]
    feeds = response.xpath("//link[@rel='alternate']").xpath(
        "@href[../@type=$t1 or ../@type=$t2]", t1=FEED_TYPES[0], t2=FEED_TYPES[1]).getall()
    return links, feeds
