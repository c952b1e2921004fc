"""Our middlewares and item pipelines use Scrapy's current hook signatures.

Scrapy (2.13 and later) warns about, and will stop calling, a component hook whose ``spider`` argument is
required: ours take it as optional and fall back to ``crawler.spider``. This check is Scrapy's own
(``argument_is_required``), run over every component our settings enable, so a hook added later with a
required ``spider`` fails here rather than as a warning in every crawl's log.
"""
from __future__ import annotations

import pytest
from scrapy.utils.deprecate import argument_is_required
from scrapy.utils.misc import load_object

from crawlers import settings

HOOKS = ("process_request", "process_response", "process_exception", "process_spider_input",
         "process_spider_output", "process_spider_exception", "process_start", "process_item",
         "open_spider", "close_spider")

OURS = [path for group in (settings.DOWNLOADER_MIDDLEWARES, settings.SPIDER_MIDDLEWARES, settings.ITEM_PIPELINES)
        for path in group if path.startswith(("crawlers.", "pipeline."))]


def test_every_enabled_component_of_ours_is_checked():
    assert len(OURS) == 15
    assert {"crawlers.middlewares.EncodingMiddleware", "crawlers.middlewares.DeepHtmlMiddleware",
            "crawlers.redirects.RedirectGuard", "crawlers.redirects.MetaRefreshGuard"} <= set(OURS)


@pytest.mark.parametrize("path", OURS)
def test_no_hook_requires_the_spider_argument(path):
    component = load_object(path)
    hooks = [getattr(component, name) for name in HOOKS if hasattr(component, name)]
    assert hooks, f"{path} has no hook"
    assert [h.__qualname__ for h in hooks if argument_is_required(h, "spider")] == []
