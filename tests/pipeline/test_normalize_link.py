"""Every crawled posting links to its original (the README: "the source and the original link kept on every
posting"). A spider that forgot ``url`` had its postings stored without one, and untitled ones shown in the feed as
"— Brightlane", while the run said "dropped: none": now such a posting is a ``missing_url`` drop, counted, logged
among the run's errors and kept in quarantine as the source sent it, like every posting normalize refuses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawlers.items import PostingItem
from crawlers.spiders.base import payload_fields
from crawlers.spiders.workingnomads import WorkingNomadsSpider
from pipeline.normalize import TOO_LONG, FieldDrop, Invalid, normalize, normalize_with_drops
from pipeline.scrapy_pipelines import NormalizePipeline


def _posting(**fields: object) -> PostingItem:
    return PostingItem(source="workingnomads", source_id="1451203", description="Inbox and calendar work",
                       company="Brightlane", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", [None, "", "   ", "javascript:alert(1)", "/jobs/1451203", "www.example.com/jobs/1",
                                 "mailto:jobs@example.com", "https://", 1.5])
def test_a_crawled_posting_without_a_web_address_of_its_original_is_refused(url: object) -> None:
    from pipeline.normalize import MISSING_URL, require_link

    with pytest.raises(Invalid, match="no link to its original") as refused:
        require_link(normalize_with_drops(_posting(url=url)))
    assert refused.value.reason == MISSING_URL == "missing_url"


@pytest.mark.parametrize("url", ["https://www.workingnomads.com/jobs/va-1451203", "http://t.me/UstozShogird/51231",
                                 "HTTPS://Jobinja.IR/companies/x/jobs/tmZ6?_ref=18"])
def test_a_posting_with_a_web_address_is_kept_as_it_was(url: str) -> None:
    from pipeline.normalize import require_link

    result = normalize_with_drops(_posting(url=url))
    assert require_link(result) is result and result.item.url.startswith("http")


def test_a_link_too_long_to_store_still_costs_only_that_field() -> None:
    """The link was given; the store cannot hold it (past ``URL_MAX``): counted as that field's drop, as before."""
    from pipeline.normalize import require_link

    result = require_link(normalize_with_drops(_posting(url="https://example.com/jobs/1?q=" + "a" * 3000)))
    assert result.item.url is None and result.field_drops == (FieldDrop("url", TOO_LONG),)


def test_a_pasted_post_needs_no_link() -> None:
    """``vagigs check`` normalises pasted text, which has none: the link is asked of crawled postings only."""
    assert normalize(PostingItem(source="check", source_id="1", description="Virtual assistant needed")).url is None


def test_the_crawl_drops_a_link_less_posting_counted_and_kept_in_quarantine(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAGIGS_HOME", str(tmp_path))
    crawler = get_crawler(WorkingNomadsSpider)
    crawler.stats.open_spider()
    record = {"slug": "virtual-assistant-to-the-ceo-brightlane-1451203", "company_name": "Brightlane",
              "description": "Inbox and calendar work"}
    payload, digest = payload_fields(record)
    with pytest.raises(DropItem, match="missing_url"):
        NormalizePipeline(crawler).process_item(_posting(payload=payload, payload_hash=digest))
    stats = crawler.stats.get_stats()
    assert stats["vagigs/dropped/missing_url"] == 1
    assert stats["vagigs/errors"] == ["missing_url: workingnomads/1451203: workingnomads/1451203 has no link to its "
                                      "original (url None: no http or https address)"]
    [kept] = (tmp_path / "quarantine" / "workingnomads").glob("*-missing_url.record.json")
    assert json.loads(kept.read_text(encoding="utf-8"))["record"] == record
