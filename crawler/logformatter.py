"""Log lines a crawl of hundreds of portals can afford."""
from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class PortalLogFormatter(LogFormatter):
    """A dropped page is routine (most pages are listings): one DEBUG line, no item dump.

    Scrapy's default logs every drop as a WARNING with the whole item, which
    here is a page's HTML.
    """

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> LogFormatterResult:
        return {"level": logging.DEBUG, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}
