"""Scrapy settings of the Portal Archive crawl.

Every concern is a component switched on here: scope and traps, per-portal
budget, extraction, dedup and the store are middlewares and pipelines, not
special cases inside the spider.
"""
BOT_NAME = "portal_archive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Where the archive is written; the CLI sets it from --db / $PORTAL_ARCHIVE_DB.
PORTAL_ARCHIVE_DB = None
# Contact address announced in the User-Agent; operators set their own.
PORTAL_ARCHIVE_CONTACT_URL = "https://github.com/portal-archive/portal-archive"
USER_AGENT = f"PortalArchive/0.1 (+{PORTAL_ARCHIVE_CONTACT_URL})"
# Per-portal page budget per run (--max-pages) and link depth from the entry points.
PORTAL_ARCHIVE_MAX_PAGES = 2000
DEPTH_LIMIT = 60
DEPTH_PRIORITY = 0
# Only keep articles published on or after this day (--since); None keeps all.
PORTAL_ARCHIVE_SINCE = None

# Politeness: robots.txt, at most 2 requests at a time per portal, adaptive delay,
# but many portals in parallel.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
REFERER_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
# Portals that lose their domain must not hang a crawl on DNS.
DNS_TIMEOUT = 20

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.PortalScopeMiddleware": 50,
    "crawler.middlewares.PortalBudgetMiddleware": 60,
}

ITEM_PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.DedupPipeline": 400,
    "crawler.pipelines.StorePipeline": 500,
}

EXTENSIONS = {
    "crawler.extensions.CrawlRunRecorder": 500,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
