"""Where a seeker can work from: the feed's "Remote, open to people in" list (``open_to=UZ``) keeps the remote gigs
open to an applicant living there, "Remote only" (``remote=1``) every fully remote gig; the API and RSS/Atom take the same
parameters; each card says whether the gig is remote and who may apply, with country names in the reader's
language. A small store of its own (the shared web store is read-only). "USA Only" and "Anywhere in the World" are
real board strings (``tests/fixtures/normalize/real_strings.json``); the samples hold no posting open to Central
Asia, so "Europe, Central Asia" is written as the boards write regions (the shipped snapshot's Working Nomads
feed, reconstructed, has it)."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree, html

from pipeline.remote import allowed_regions
from tests.helpers import feed_ids, small_store


@pytest.fixture
def store(tmp_path: Path) -> dict:
    gigs = (("usa", "remote", "USA Only"), ("world", "remote", "Anywhere in the World"),
            ("central-asia", "remote", "Europe, Central Asia"), ("unstated", "remote", "Remote"),
            ("office", "onsite", "Tashkent"), ("not-us", "remote", "Worldwide (except US)"))
    url, ids = small_store(tmp_path / "web.db", *(
        dict(source="remotive", source_id=name, title=f"Support gig {name}", location=location, remote_scope=scope,
             allowed_regions=allowed_regions(location) if scope == "remote" else None)
        for name, scope, location in gigs))
    return {"url": url, **ids}


def test_i_live_in_uzbekistan_keeps_the_gigs_open_to_me(own_client, store) -> None:  # type: ignore[no-untyped-def]
    everyone = {store[n] for n in ("usa", "world", "central-asia", "unstated", "office", "not-us")}
    assert feed_ids(own_client, "/?ui=en") == everyone
    assert feed_ids(own_client, "/?ui=en&open_to=UZ") == {store[n] for n in ("world", "central-asia", "unstated",
                                                                            "not-us")}
    assert feed_ids(own_client, "/?ui=en&open_to=uz") == feed_ids(own_client, "/?ui=en&open_to=UZ")
    assert feed_ids(own_client, "/?ui=en&open_to=US") == {store["usa"], store["world"], store["unstated"]}  # not not-us
    assert feed_ids(own_client, "/?ui=en&remote=1") == everyone - {store["office"]}
    for bad in ("open_to=Uzbekistan", "open_to=U1", "open_to=ZZ", "open_to=eu", "remote=maybe",
                "open_to=UZ&open_to=IR"):
        assert own_client.get(f"/?{bad}").status_code == 400, bad


def test_the_form_keeps_the_country_and_offers_uzbekistan_and_iran_first(own_client, store) -> None:  # type: ignore[no-untyped-def]
    doc = html.fromstring(own_client.get("/?ui=en&open_to=UZ").data)
    [select] = doc.cssselect('form.filters select[name="open_to"]')
    assert select.getparent().text.strip() == "Remote, open to people in"  # not "where I live": on-site gigs leave
    options = select.cssselect("option")
    assert [o.get("value") for o in options[:3]] == ["", "UZ", "IR"]
    assert [o.text_content() for o in options[1:3]] == ["Uzbekistan", "Iran"]
    assert [o.get("value") for o in options if o.get("selected") is not None] == ["UZ"]
    names = [o.text_content() for o in options[3:]]
    assert names == sorted(names) and "Kazakhstan" in names
    assert "open_to=UZ" in doc.cssselect('link[type="application/rss+xml"]')[0].get("href")
    [box] = doc.cssselect('form.filters input[type=checkbox][name="remote"]')
    assert box.get("checked") is None and box.getparent().text_content().strip() == "Remote only"


@pytest.mark.parametrize(("ui", "usa", "unstated", "uzbekistan", "not_us"), [
    ("en", "Remote (United States)", "Remote (no country limit stated)", "Uzbekistan",
     "Remote (worldwide except United States)"),
    ("uz", "Masofaviy (Amerika Qo'shma Shtatlari)", "Masofaviy (mamlakat cheklovi aytilmagan)", "O'zbekiston",
     "Masofaviy (butun dunyo, Amerika Qo'shma Shtatlari bundan mustasno)"),
    ("fa", "دورکاری (ایالات متحده)", "دورکاری (محدودیت کشوری ذکر نشده)", "ازبکستان",
     "دورکاری (همه کشورها به‌جز ایالات متحده)"),
])
def test_each_card_says_who_may_apply(own_client, store, ui: str, usa: str, unstated: str,  # type: ignore[no-untyped-def]
                                      uzbekistan: str, not_us: str) -> None:
    doc = html.fromstring(own_client.get(f"/?ui={ui}").data)

    def remote(name: str) -> list[str]:
        [card] = doc.cssselect(f'li.posting[data-id="{store[name]}"]')
        return [" ".join(b.text_content().split()) for b in card.cssselect("p.meta bdi.remote")]

    assert remote("usa") == [usa]
    assert remote("unstated") == [unstated]
    assert remote("not-us") == [not_us]  # who may not apply, in the reader's words: never "not US"
    assert remote("office")[0] != remote("usa")[0] and "(" not in remote("office")[0]  # on site: no applicant limit
    assert [o.text_content() for o in doc.cssselect('select[name="open_to"] option[value="UZ"]')] == [uzbekistan]


def test_api_and_syndication_feeds_take_the_same_parameters(own_client, store) -> None:  # type: ignore[no-untyped-def]
    api = own_client.get("/api/postings?open_to=IR").get_json()
    assert {p["id"] for p in api["postings"]} == {store["world"], store["unstated"], store["not-us"]}
    assert api["total"] == 3
    assert own_client.get("/api/postings?open_to=Iran").status_code == 400
    rss = own_client.get("/feed.rss?open_to=IR").data
    assert b"Support gig world" in rss and b"Support gig usa" not in rss
    summaries = {item.findtext("title"): item.findtext("description")
                 for item in etree.fromstring(own_client.get("/feed.rss?ui=en").data).iter("item")}
    assert "<p>Workplace: Remote (United States)<br>Source: Remotive</p>" in summaries["Support gig usa"]  # who may apply
    assert "<p>Workplace: On site<br>" in summaries["Support gig office"]
    assert b"Support gig office" not in own_client.get("/feed.atom?remote=1").data
