"""Scrapy settings for vagigs.

Environment-dependent values come from ``config`` (documented in the README);
``vagigs crawl --replay`` / ``--record`` override a few of them at run time.
Politeness follows Scrapy's project template: robots.txt obeyed, one request
at a time per domain, a delay, and AutoThrottle on top.
"""
import config
from crawlers.spiders import base as _base
from store import queries as _queries
from store import reports as _reports

BOT_NAME = "vagigs"
SPIDER_MODULES = ["crawlers.spiders"]
# `scrapy crawl` exits 1 for a run that did not end well, as `vagigs crawl` does (crawlers/commands/crawl.py)
COMMANDS_MODULE = "crawlers.commands"
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = config.user_agent()
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_TIMEOUT = 30
# Scrapy's default reads up to 1 GiB of one body into memory. A sitemap may hold 50 MB (the protocol's limit);
# nothing else we crawl comes near: a bigger body is cancelled and counted as ``too_large``.
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
RETRY_TIMES = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
LOG_LEVEL = config.log_level()
LOG_FORMATTER = "crawlers.logs.LogFormatter"  # a dropped posting in one line, not its every field
FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Only the web: a file:, data:, ftp: or s3: link in a crawled page (a sitemap's <loc>, a "next" link) would
# otherwise be read, a local file among them, and kept in quarantine.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}

try:
    VAGIGS_DATABASE_URL = config.database_url()
except config.ConfigError:  # said in one line as the crawl starts (CrawlRunRecorder.from_crawler); `scrapy list` works
    VAGIGS_DATABASE_URL = None
VAGIGS_REPLAY_BASE = None
VAGIGS_RECORD_DIR = None
# Every VAGIGS_ setting a crawl reads has its default here: `--set` refuses a VAGIGS_ name this module does not
# declare (a mistyped VAGIGS_DAILY_CAP had been taken without a word, and the crawl run uncapped).
# The JSON-LD spider's boards beside the registry's, comma-separated (crawlers/spiders/jsonld.py).
VAGIGS_JSONLD_URLS: list = []
# Dedupe indexes the postings stored since its last pass every N items (pipeline/scrapy_pipelines.py).
VAGIGS_DEDUPE_EVERY = 500
# Of the postings the dedupe index lacks that a crawl did not store (a lagging index, a new key scheme), a crawl
# indexes at most this many; `vagigs dedupe` indexes the rest, `vagigs health` counts them.
VAGIGS_DEDUPE_BACKLOG_PER_CRAWL = 2000

EXTENSIONS = {
    "crawlers.extensions.CrawlRunRecorder": 100,
    "crawlers.logs.EscapedLog": 0,
}

SPIDER_MIDDLEWARES = {
    "crawlers.middlewares.SpiderErrorsMiddleware": 10,  # nearest the spider: sees its callbacks' exceptions
}

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's offsite filter, its refusals counted into the run
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawlers.middlewares.CountedOffsiteMiddleware": 50,
    # Scrapy's own, judging each hop first: only the source's hosts, never a loopback, private or metadata address
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawlers.redirects.RedirectGuard": 600,
    "crawlers.redirects.MetaRefreshGuard": 580,
    # after robots.txt (100) so forbidden requests cost no call, before the stats (850)
    "crawlers.middlewares.PolitenessMiddleware": 800,
    "crawlers.middlewares.RecordMiddleware": 950,
    # after the decompression middleware (590) has the real body, before the spider reads its text
    "crawlers.middlewares.EncodingMiddleware": 580,
    # after the encoding is settled, before the spider's selectors meet nesting libxml2 stops reading
    "crawlers.middlewares.DeepHtmlMiddleware": 570,
}
# Politeness state lives in the store (crawlers/middlewares.py): daily caps per source
# (registry caps, overridable per source as {"source": cap}) and conditional requests.
VAGIGS_DAILY_CAPS: dict = {}
VAGIGS_CONDITIONAL_REQUESTS = True
VAGIGS_POLITENESS_IN_REPLAY = False  # replays leave the live caps and validators alone
VAGIGS_TODAY = None  # ISO date: pins the day caps are counted on (rehearsals, tests)
# "Pay far above market" compares with the stored postings of the last N days (0: all of them): pay moves with
# inflation (so'm, toman), so a years-old median is no market for today's offer. 365 (``vagigs check`` and the
# web's check page use the same default).
VAGIGS_MARKET_PAY_DAYS = _reports.MARKET_PAY_DAYS
# A running crawl refreshes its crawl_runs.heartbeat_at every N seconds (60; must be > 0), so a run killed hard
# (kill -9, out of memory, a lost machine) shows as *lost* once 5 beats are missed (``store.queries.lost_after``):
# `vagigs runs` says so, `vagigs runs --mark-lost` and the next run of the same source close it as failed.
VAGIGS_RUN_HEARTBEAT_SECONDS = _queries.RUN_HEARTBEAT_SECONDS
# At most N detail pages of stored postings fetched again in one run (a sitemap <lastmod> after our fetch, a closing
# date passed while still listed: ``crawlers.spiders.base.SourceSpider.refetch_reason``), after the new postings.
VAGIGS_REFETCH_LIMIT = _base.REFETCH_LIMIT
# A posting no run of its source has seen (listed) for N days, and whose closing date, if any, has passed, counts as
# no longer listed once a run of that source finishes (``store.queries.mark_unseen``): Remote OK and We Work Remotely
# answer with their newest jobs only, Telegram channels and paged sources are read back to the known posts, so
# nothing else ever tells their filled gigs from open ones. 30 (0 turns it off).
VAGIGS_UNSEEN_DAYS = 30
# A crawl whose store has refused connections for N seconds on end (a PostgreSQL server down, not restarting or failing
# over) is closed as ``store_unreachable``: each posting it read meanwhile was refused (counted as store_error, kept
# in quarantine), and the pages left would be fetched for nothing; the scheduler's next run crawls again. A posting
# the store refuses for itself counts for nothing. 120 (0: never).
VAGIGS_STORE_OUTAGE_SECONDS = 120

ITEM_PIPELINES = {
    "pipeline.scrapy_pipelines.OncePerRunPipeline": 90,
    "pipeline.scrapy_pipelines.NormalizePipeline": 100,
    "pipeline.scrapy_pipelines.DedupePipeline": 200,
    "pipeline.scrapy_pipelines.LanguagePipeline": 300,
    "pipeline.scrapy_pipelines.LegitimacyPipeline": 400,
    "pipeline.scrapy_pipelines.TagsPipeline": 500,
    "pipeline.scrapy_pipelines.StorePipeline": 900,
}

# What makes a crawl a replay: applied whenever VAGIGS_REPLAY_BASE is set (crawlers.run.ReplayAddon), under what the
# command line gives.
ADDONS = {"crawlers.run.ReplayAddon": 0}
REPLAY_SETTINGS = {
    "DOWNLOAD_HANDLERS": {
        **DOWNLOAD_HANDLERS,
        "http": "crawlers.handlers.ReplayDownloadHandler",
        "https": "crawlers.handlers.ReplayDownloadHandler",
    },
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 0,
}
