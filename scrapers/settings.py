"""Scrapy settings of returnwatch: every default of the crawl, documented in one place.

Override any of them per run (``returnwatch crawl --set NAME=VALUE``, ``scrapy crawl -s``) or
through the ``SCRAPY_SETTINGS_MODULE`` of a deployment (scrapyd, scrapy-redis) that imports this
module and changes what it needs. Nothing else in the project holds crawl configuration.
"""

from __future__ import annotations

BOT_NAME = "returnwatch"

# Spider names are site ids: the loader builds one spider per site config from the strategy
# spiders (scrapers/spiders/), so `scrapy list` prints the sites and `scrapy crawl ccdi` works.
SPIDER_LOADER_CLASS = "scrapers.loader.SiteSpiderLoader"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

# --- Politeness -----------------------------------------------------------------------------
# Where to reach the maintainers; sent in the User-Agent so site operators can ask us to stop.
RETURNWATCH_CONTACT_URL = "https://github.com/returnwatch/returnwatch"
USER_AGENT = f"returnwatch/0.1 (+{RETURNWATCH_CONTACT_URL}; research crawler)"
ROBOTSTXT_OBEY = True  # Scrapy's own default is False: set explicitly.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1  # one request at a time per site
DOWNLOAD_DELAY = 2.0  # seconds between requests to one domain; site configs may ask for more
# Minimum delay for .gov.cn hosts, whatever a site config or DOWNLOAD_DELAY says (0 disables);
# a site config's download_delay applies to its spider (see SiteSpider.update_settings).
RETURNWATCH_GOV_MIN_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5  # +-50 % around the delay (replaces RANDOMIZE_DOWNLOAD_DELAY)
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 60
# --- Limits against hostile or broken servers (each refusal is an error the monitors see) ---
# A response body larger than this is cut off (Scrapy's default is 1 GiB; an announcement page
# is under 1 MiB); past the warning size a warning names the URL. Both bound the body after
# decompression too.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# A compressed body may inflate to at most this many times its size (HTML compresses 5-15x; a
# gzip bomb 1000x), and to the floor whatever its size.
RETURNWATCH_MAX_DECOMPRESSION_RATIO = 100.0
RETURNWATCH_DECOMPRESSION_FLOOR = 1024 * 1024
# Redirects followed per request; a loop or a longer chain is an error naming the URL.
REDIRECT_MAX_TIMES = 10
# An article text longer than this is extracted from its first characters only, with a warning
# naming the URL (counted as returnwatch/extract/cut_documents); the store keeps the whole text.
RETURNWATCH_MAX_DOCUMENT_CHARS = 2_000_000
COOKIES_ENABLED = True  # the answered cookie challenge needs the jar

# --- Mirror mode ----------------------------------------------------------------------------
# When set (e.g. "http://127.0.0.1:8000"), https://HOST/PATH?Q is fetched from
# MIRROR/HOST/PATH%3FQ (a `wget --mirror` tree under any static server); items keep the
# original URL. Mirror mode sets the delays to 0 unless given explicitly.
RETURNWATCH_MIRROR = ""
DOWNLOAD_HANDLERS = {
    "http": "scrapers.mirror.MirrorDownloadHandler",
    "https": "scrapers.mirror.MirrorDownloadHandler",
}

# --- Components -----------------------------------------------------------------------------
# Scrapy's defaults that do nothing here, off because every component costs every request
# (bench/bench_crawl.py): no site asks for HTTP auth; paging is bounded by each site config's
# max_pages (no DEPTH_LIMIT, no depth priority); URLs come from the configs' own patterns.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
}
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "scrapers.middlewares.cookies.OfflineCookiesMiddleware": 700,
    "scrapers.middlewares.challenge.ChallengeMiddleware": 590,
    "scrapers.middlewares.encoding.EncodingMiddleware": 595,
    # the same places as Scrapy's own, with limits (scrapers/middlewares/limits.py)
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "scrapers.middlewares.limits.LimitedHttpCompression": 590,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapers.middlewares.limits.LimitedRedirect": 600,
}
# Relevance filter, then each relevant article stored as a document (raw bytes, text, hashes)
# in batches; the extraction stage takes the stored documents from there (below).
ITEM_PIPELINES = {
    "pipelines.relevance.RelevancePipeline": 100,
    "pipelines.store_document.DocumentStorePipeline": 200,
}
# JobQueueGuard: with JOBDIR (--job-dir), a request queue a killed crawl left is discarded, not
# resumed from (see scrapers/extensions/job_queue.py).
EXTENSIONS = {
    "scrapers.extensions.job_queue.JobQueueGuard": 90,
    "scrapers.extensions.closestore.CloseStore": 100,
    "scrapers.extensions.site_errors.SiteErrors": 110,
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
}

# --- Monitoring (Spidermon) -----------------------------------------------------------------
# When each site's spider closes, scrapers.monitors.CrawlMonitorSuite checks its run; the
# verdict goes into the run record (`returnwatch status`) and a failed monitor makes
# `returnwatch crawl` exit non-zero. Thresholds are per site (per spider).
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("scrapers.monitors.CrawlMonitorSuite",)
SPIDERMON_MAX_ITEM_VALIDATION_ERRORS = 0  # case-record fields breaking the JSON Schema
SPIDERMON_MAX_ERRORS = 0  # ERROR lines in the log (failed downloads after retries, exceptions)
# Status code -> most responses allowed. 412 and 521 are anti-bot challenges (mps's
# __jsl_clearance): a site answering more than half the requests with them blocks the crawl.
SPIDERMON_UNWANTED_HTTP_CODES = {
    412: {"max_percentage": 0.5},
    521: {"max_percentage": 0.5},
    400: 10,
    407: 10,
    429: 10,
    500: 10,
    502: 10,
    503: 10,
    504: 10,
    523: 10,
}
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished"]
# Site yield monitor: a site that yielded listing entries or articles in more than half of its
# last RETURNWATCH_YIELD_HISTORY runs (and in RETURNWATCH_YIELD_MIN_RUNS at least) must yield.
RETURNWATCH_YIELD_HISTORY = 5
RETURNWATCH_YIELD_MIN_RUNS = 2
# Selector misses (the loud fallback, scrapers/parsing/page.py): on an article URL, no body from
# the site's selector, or one shorter than RETURNWATCH_MIN_BODY_CHARS characters (whitespace
# not counted) of which the generic extractor (trafilatura) finds at least twice as much, is a
# miss (a short notice it finds no more of is a short article): the page goes through the
# generic extractor, is stored with the fallback recorded on its document, and the site's run
# counts it (returnwatch/selector_miss, out of returnwatch/selector_pages). A site config may
# set its own article.min_body_chars. The selector miss monitor fails a site's run in which
# more than RETURNWATCH_MAX_SELECTOR_MISS (a share, 0-1) of its article pages missed: a
# template changed and its config needs fixing (`returnwatch parse`).
RETURNWATCH_MIN_BODY_CHARS = 80
RETURNWATCH_MAX_SELECTOR_MISS = 0.2

# --- Store and outputs ----------------------------------------------------------------------
RETURNWATCH_DB = None  # path or URL of the case store; None = the store's default data dir
# Articles are stored (document and seen mark) in one transaction per batch: every
# RETURNWATCH_STORE_BATCH items, every RETURNWATCH_STORE_FLUSH_SECONDS and when the spider
# closes. A killed crawl loses only the unflushed batch, which is not marked seen: refetched.
RETURNWATCH_STORE_BATCH = 100
RETURNWATCH_STORE_FLUSH_SECONDS = 5.0
RETURNWATCH_OUTPUT = ""  # JSONL file that also receives this run's case records ("" = none)
RETURNWATCH_SINCE = ""  # YYYY-MM-DD: skip listing entries and articles published before it
RETURNWATCH_FULL = False  # True: ignore the seen-URL record and fetch everything again
RETURNWATCH_URLS_FILE = ""  # for the "urls" spider: a file of article URLs, one a line
# Listing title filter (before fetching articles) where the site allows it: skips only entries
# whose title names a plainly irrelevant subject (a meeting, a notice, the weather) and no case,
# court step, investigation or return; the terms are scrapers/title_terms.json. An entry
# without a title is always fetched.
RETURNWATCH_FILTER_TITLES = True

# Resume after a killed crawl (set by `returnwatch crawl --job-dir` when the previous run in
# that directory did not finish): paging no longer stops at already-known listing pages, so
# entries of pages the killed run never reached are still found.
RETURNWATCH_RESUME = False
# Restrict every site to these discovery strategies (e.g. "listing" or "search,json"); empty = all.
RETURNWATCH_DISCOVERY = ""
# Duplicate filter kept in memory even with JOBDIR: a crawl killed with SIGKILL leaves a
# persisted seen-set naming requests it never fetched, which would be lost on resume; the
# store's seen-URL record is what survives between runs.
DUPEFILTER_CLASS = "scrapers.dupefilter.MemoryDupeFilter"

# --- Per-page overhead (bench/bench_crawl.py) -----------------------------------------------
# The extraction stage (pipelines/stage.py) runs beside the crawl: it takes the stored
# documents not extracted yet in batches of RETURNWATCH_EXTRACTION_BATCH and extracts them in
# RETURNWATCH_EXTRACTION_WORKERS worker processes ("auto" = the spare cores, os.cpu_count()-1,
# at least 1; a number is capped at that; 0 = in the crawl process). Workers are forked warm
# from a fork server that loaded the dictionaries once (pipelines/forkserver.py); with "auto",
# once no crawler is left fetching, one more worker takes the crawl's own core for what is
# waiting (never past a number given here). A
# killed crawl loses nothing: what it stored and did not extract is extracted by the next run
# (or `process`).
RETURNWATCH_EXTRACTION_WORKERS = "auto"
RETURNWATCH_EXTRACTION_BATCH = 50
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for the output of every response, whatever it
# holds (default 100: about a third of a bare spider's CPU time per page). Our pipelines are
# synchronous, so items of one response gain nothing from running side by side; 8 still lets
# a listing page's ~50 requests go to the scheduler without waiting on each other.
CONCURRENT_ITEMS = 8
# Scrapy's check for a `return value` in generator callbacks re-reads and parses the
# callback's source (inspect + ast) on most responses: its cache is keyed on the bound method,
# which dies with each request. A development aid, about 0.2 ms a page; off.
WARN_ON_GENERATOR_RETURN_VALUE = False

# --- Misc -----------------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"  # Scrapy's default None escapes Chinese as \uXXXX
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
