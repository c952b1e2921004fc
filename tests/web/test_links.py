"""A posting's links as the pages and feeds give them: what a link is called, and which links are none."""
from __future__ import annotations

import pytest
from lxml import etree, html

from tests.helpers import small_store

PROXY = "https://t.me/proxy?server=203.0.113.9&port=443&secret=ee0123456789abcdef"


@pytest.fixture(scope="module")
def links_client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A store as one written before normalisation left these links out: each posting's links stored as sent."""
    from web.app import create_app

    url, ids = small_store(
        tmp_path_factory.mktemp("links") / "v.db",
        {"source": "remoteok", "source_id": "proxy", "title": "Proxy apply", "url": "https://remoteok.com/remote-jobs/1",
         "apply_url": PROXY},
        {"source": "remotive", "source_id": "elsewhere", "title": "Elsewhere",
         "url": "https://remotive.com@evil.example/apply"},
        {"source": "remotive", "source_id": "own", "title": "Own", "url": "https://remotive.com/remote-jobs/va-1"},
        {"source": "hh", "source_id": "hh", "title": "HH", "url": "https://hh.ru/vacancy/1"},
    )
    app = create_app(url)
    app.config["TESTING"] = True
    return app.test_client(), ids


def test_a_telegram_proxy_is_never_the_apply_link(links_client) -> None:  # type: ignore[no-untyped-def]
    """A Telegram proxy's link had been the "Apply" button of a gig judged ok: Telegram then offers a phone to send
    all its traffic through the proxy."""
    client, ids = links_client
    doc = html.fromstring(client.get(f"/postings/{ids['proxy']}?ui=en").data)
    assert not [a for a in doc.iter("a") if "t.me" in (a.get("href") or "")]
    assert doc.cssselect("a.original")[0].get("href") == "https://remoteok.com/remote-jobs/1"


def test_a_source_is_named_only_for_a_link_on_its_own_host(links_client) -> None:  # type: ignore[no-untyped-def]
    """https://remotive.com@evil.example/apply is on evil.example: it had been shown as "Original posting on
    Remotive", and "Source: Remotive" in the feeds."""
    client, ids = links_client

    def original(key: str) -> str:
        doc = html.fromstring(client.get(f"/postings/{ids[key]}?ui=en").data)
        return doc.cssselect("a.original")[0].text_content()

    assert original("elsewhere") == "Original posting on evil.example"
    assert original("own") == "Original posting on Remotive"
    assert original("hh") == "Original posting on hh.uz (HeadHunter)"  # (its API links to hh.ru)
    rss = etree.fromstring(client.get("/feed.rss?ui=en&source=remotive").data)
    summaries = {item.findtext("title"): item.findtext("description") for item in rss.iter("item")}
    assert "Source: <a href=\"https://remotive.com@evil.example/apply\">evil.example</a>" in summaries["Elsewhere"]
    assert ">Remotive</a>" in summaries["Own"] and "Remotive" not in summaries["Elsewhere"]
