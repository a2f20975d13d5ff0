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
# Contact address announced in the User-Agent; operators set their own (with
# --set PORTAL_ARCHIVE_CONTACT_URL=... or $PORTAL_ARCHIVE_CONTACT_URL; runner.py
# rebuilds USER_AGENT from it).
PORTAL_ARCHIVE_CONTACT_URL = "https://github.com/portal-archive/portal-archive"
USER_AGENT_TEMPLATE = "PortalArchive/0.1 (+{contact})"
USER_AGENT = USER_AGENT_TEMPLATE.format(contact=PORTAL_ARCHIVE_CONTACT_URL)
ROBOTSTXT_USER_AGENT = "PortalArchive"
# Per-portal page budget per run (--max-pages) and link depth from the entry points.
PORTAL_ARCHIVE_MAX_PAGES = 2000
DEPTH_LIMIT = 1000  # pager chains of a first full crawl run deep; the page budget bounds them
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
# Only what portals serve: no file://, ftp://, s3:// or data: (crawler.scope).
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}
# Loopback and private targets are refused unless the operator allows them
# (tests and the demo do: their portals live on 127.0.0.x).  The environment
# variable of the same name works too.
PORTAL_ARCHIVE_ALLOW_PRIVATE = False
# Extraction runs in worker processes (crawler.extractpool): a page that takes
# longer, or more memory, is recorded as failed and the crawl goes on.
PORTAL_ARCHIVE_EXTRACT_WORKERS = 2
PORTAL_ARCHIVE_EXTRACT_SECONDS = 20
PORTAL_ARCHIVE_EXTRACT_MEMORY_MB = 1536
# Scrapy stops every download while the responses being processed hold more than
# this many bytes (5 MB by default): one page near DOWNLOAD_MAXSIZE waiting for its
# extraction would stall every portal.  Room for several such pages at once.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 64 * 1024 * 1024
# A portal whose pages in the scraper (mostly waiting for extraction) hold this many
# bytes, or its share of half the cap above, gets no new request until they drain
# (crawler.holding), so that it alone cannot reach that cap.
PORTAL_ARCHIVE_PORTAL_HOLD_BYTES = 8 * 1024 * 1024
# Limits on what a portal can make the crawler hold (the sitemaps protocol's own).
PORTAL_ARCHIVE_MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # after gunzip
PORTAL_ARCHIVE_MAX_SITEMAP_URLS = 50_000  # per sitemap file
PORTAL_ARCHIVE_ROBOTS_TIMEOUT = 15  # seconds, one try: unreachable means disallow all (RFC 9309)
TELNETCONSOLE_ENABLED = False
LOG_FORMATTER = "crawler.logformatter.PortalLogFormatter"
LOG_LEVEL = "INFO"
# Portals that lose their domain must not hang a crawl on DNS.
DNS_TIMEOUT = 20

# Portals on old Windows/Java stacks (common on .gov.vn) still speak TLS 1.0 with
# weak keys: crawler.tls lowers OpenSSL's security level for these host suffixes.
DOWNLOADER_CLIENTCONTEXTFACTORY = "crawler.tls.LegacyTLSContextFactory"
PORTAL_ARCHIVE_LEGACY_TLS_HOSTS = [".gov.vn"]

# Broad crawl: the scheduler hands out requests of the least busy host first
# (Scrapy's DownloaderAwarePriorityQueue), so 500 portals run side by side; none
# of a held portal (PORTAL_ARCHIVE_PORTAL_HOLD_BYTES), and no more of a host than
# it may download at once (crawler.holding).
SCHEDULER_PRIORITY_QUEUE = "crawler.holding.PortalAwarePriorityQueue"
# Within a priority, first found first fetched (a page's menus and listings before
# its sidebars and footers), so what pages yield is judged in the order a reader
# would meet them; the frontier's priorities do the rest.
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
REACTOR_THREADPOOL_MAXSIZE = 20  # DNS lookups of many hosts at once

# The frontier (crawler.frontier): what each URL shape of a portal yields decides
# whether and when its links are requested.
PORTAL_ARCHIVE_FRONTIER_PROBE_PAGES = 3  # pages of a shape fetched before a shape that yields nothing is cut
PORTAL_ARCHIVE_FRONTIER_YIELD_RATIO = 1  # requests a shape earns per new article or productive link it brought
PORTAL_ARCHIVE_CHAIN_PATIENCE = 3  # pages in a row with nothing new before a chain (pager, calendar) ends
PORTAL_ARCHIVE_FRONTIER_REPROBE_DAYS = 30  # a cut shape gets a few pages again after this long
PORTAL_ARCHIVE_PAST_MARGIN_DAYS = 365  # dated URLs this long before the portal's oldest article are skipped
# The run's clock (--max-minutes): Scrapy's CloseSpider stops scheduling and drains;
# what was not fetched stays queued for the next run.  A portal gets at most this
# share of the clock, so that one large portal cannot take all of it.
CLOSESPIDER_TIMEOUT = 0
PORTAL_ARCHIVE_PORTAL_SHARE = 0.5

# Incremental re-runs (spiders.portal, archive.crawlstate.RecheckPolicy).
PORTAL_ARCHIVE_INCREMENTAL = True
PORTAL_ARCHIVE_PAGER_DEPTH = 20  # pages followed along one pager chain, at most, once a portal is known
PORTAL_ARCHIVE_FULL_PAGER_DEPTH = 1000  # the same during a portal's first full crawl (whole archive listings)
PORTAL_ARCHIVE_RECHECK_PAGES_DAYS = 7  # known non-article pages that bring nothing new
PORTAL_ARCHIVE_RECENT_DAYS = 30
PORTAL_ARCHIVE_RECHECK_RECENT_HOURS = 24
PORTAL_ARCHIVE_RECHECK_RECENT_PER_RUN = 200
PORTAL_ARCHIVE_RECHECK_OLD_DAYS = 90
PORTAL_ARCHIVE_RECHECK_OLD_PER_RUN = 10
PORTAL_ARCHIVE_ROBOTS_CACHE_HOURS = 24  # RFC 9309: a cached robots.txt may serve 24 h
PORTAL_ARCHIVE_MAX_CRAWL_DELAY = 60

# Resilience: one portal's trouble stays within its own budget.
PORTAL_ARCHIVE_PORTAL_SECONDS = 1800
PORTAL_ARCHIVE_BREAKER_FAILURES = 6
PORTAL_ARCHIVE_BACKOFF_BASE_HOURS = 1
PORTAL_ARCHIVE_BACKOFF_MAX_HOURS = 24
PORTAL_ARCHIVE_BACKOFF = True  # skip portals whose backoff_until is in the future
# Progress line per portal on stderr; the CLI turns it on when stderr is a terminal.
PORTAL_ARCHIVE_PROGRESS = False
PORTAL_ARCHIVE_SKIPPED = []

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.PortalScopeMiddleware": 50,
    "crawler.middlewares.PortalBudgetMiddleware": 60,
    "crawler.middlewares.PortalTimeBudgetMiddleware": 65,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.SharedRobotsTxtMiddleware": 100,
    "crawler.middlewares.CrawlDelayMiddleware": 110,
    "crawler.middlewares.ConditionalGetMiddleware": 120,
    # RetryMiddleware: 550; the breaker sits after it to count every attempt
    "crawler.middlewares.PortalBreakerMiddleware": 560,
}

SPIDER_MIDDLEWARES = {
    # outermost: the output of a callback has reached the scraper (crawler.progress)
    "crawler.progress.RequestDoneMiddleware": 10,
    # which links are requested, in what order: learned per portal from what pages yield
    "crawler.frontier.FrontierMiddleware": 500,
}

ITEM_PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.DedupPipeline": 400,
    "crawler.pipelines.OfficialsPipeline": 450,
    "crawler.pipelines.StorePipeline": 500,
}

EXTENSIONS = {
    # Scrapy's remote control listens on a port and leaves token files behind a
    # kill -9: an unattended cron crawl has no use for it.
    "scrapy.extensions.remote_control.RemoteControl": None,
    "crawler.health.PortalHealth": 400,
    "crawler.extensions.CrawlArchive": 500,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
