"""RSS 2.0 and Atom feeds (parsed with lxml), the trends page and its JSON, and the
web package's imports (never Scrapy)."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree, html

from pipeline.pay import MONTHLY_BY_CONVENTION
from store import db, reports, trends
from tests.helpers import ROOT, statements
from web import i18n

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _title(ui: str, p: dict) -> str:
    """An item's title: a gig in doubt's starts with its verdict, in the reader's words."""
    if p["legitimacy_verdict"] in ("caution", "likely_scam"):
        return f"{i18n.message(ui, 'verdict_' + p['legitimacy_verdict'])}: {p['title']}"
    return p["title"]


def test_rss_items_follow_the_filters(client) -> None:  # type: ignore[no-untyped-def]
    expected = client.get("/api/postings?lang=fa").get_json()["postings"]
    response = client.get("/feed.rss?lang=fa&ui=fa")
    assert response.status_code == 200 and response.mimetype == "application/rss+xml"
    rss = etree.fromstring(response.data)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("language") == "fa" and channel.findtext("title")
    assert channel.findtext("link") == "http://localhost/?lang=fa&ui=fa"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [_title("fa", p) for p in expected]
    for item, p in zip(items, expected):
        assert item.findtext("link") == f"http://localhost/postings/{p['id']}?ui=fa"
        assert item.findtext("guid") == f"http://localhost/postings/{p['id']}"  # the page in no one language
        assert item.find("source") is None  # RSS's <source> names an RSS channel; a job page is none
        summary = html.fragment_fromstring(item.findtext("description"), create_parent="div")
        # the board by the name its readers know ("Jobinja", not the spider's "jobinja")
        assert [(a.text, a.get("href")) for a in summary.cssselect("a")] == [(i18n.source_name(p["source"], ui="en"), p["url"])]
        assert item.findtext("pubDate")
        assert [c.text for c in item.findall("category")] == [i18n.tag_label("fa", t) for t in p["tags"]]


@pytest.mark.parametrize(("query", "title"), [
    ("ui=en", "Gigs — vagigs"),
    ("q=data+entry&ui=en", "“data entry” — Gigs — vagigs"),
    ("source=jobinja&ui=en", "Gigs (Jobinja) — vagigs"),
    ("lang=fa&ui=fa", "آگهی‌ها (فارسی) — vagigs"),
    ("tag=bookkeeping&ui=uz", "Ishlar (Buxgalteriya) — vagigs"),
    ("q=yordamchi&lang=uz&ui=uz", "“yordamchi” — Ishlar (O'zbekcha) — vagigs"),
])
def test_a_feed_is_titled_as_its_page_and_its_page_links_it_so(client, query: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """Every feed had been "vagigs — Gigs" whatever it filtered, and the page's links to it "RSS" and "Atom": a
    reader subscribed to two could not tell them apart. Each is titled as its page (but for a page's number), in the
    reader's language, and the page's links to it say so."""
    page = html.fromstring(client.get(f"/?{query}&page=2").data)
    assert page.findtext(".//title").replace(", page 2", "").replace(", 2-sahifa", "").replace("، صفحه ۲", "") == title
    rss = etree.fromstring(client.get(f"/feed.rss?{query}").data)
    atom = etree.fromstring(client.get(f"/feed.atom?{query}").data)
    assert rss.findtext("channel/title") == atom.findtext(f"{ATOM}title") == title
    links = {link.get("type"): link.get("title") for link in page.cssselect('link[rel="alternate"]')}
    assert links == {"application/rss+xml": f"{title} (RSS)", "application/atom+xml": f"{title} (Atom)"}


def test_atom_entries_link_the_detail_page_and_the_source(client) -> None:  # type: ignore[no-untyped-def]
    expected = client.get("/api/postings?tag=data_entry").get_json()["postings"]
    response = client.get("/feed.atom?tag=data_entry")
    assert response.mimetype == "application/atom+xml"
    feed = etree.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed" and feed.findtext(f"{ATOM}id") and feed.findtext(f"{ATOM}updated")
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "vagigs"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(expected) > 0
    for entry, p in zip(entries, expected):
        links = {link.get("rel"): link.get("href") for link in entry.findall(f"{ATOM}link")}
        assert links["alternate"] == f"http://localhost/postings/{p['id']}?ui=en"
        if p["url"].startswith("http"):
            assert links["related"] == p["url"]
        else:
            assert "related" not in links  # the hostile posting's javascript: URL is no link
        assert entry.findtext(f"{ATOM}title") == _title("en", p)
        assert entry.findtext(f"{ATOM}updated") and i18n.source_name(p["source"], p["url"], "en") in entry.findtext(f"{ATOM}summary")
        assert {c.get("term") for c in entry.findall(f"{ATOM}category")} == set(p["tags"])
    hostile = entries[0]  # the newest: its markup is text inside the XML, not elements
    assert "<script>" in hostile.findtext(f"{ATOM}title")
    assert hostile.find(f".//{ATOM}title/*") is None


@pytest.mark.parametrize(("ui", "caution", "scam"), [
    ("en", "Caution: ", "Likely scam: "), ("uz", "Ehtiyot bo'ling: ", "Firibgarlik ehtimoli: "),
    ("fa", "احتیاط کنید: ", "احتمال کلاهبرداری: "),
])
def test_the_title_of_a_gig_in_doubt_starts_with_its_verdict(client, ui: str, caution: str, scam: str) -> None:  # type: ignore[no-untyped-def]
    """A channel bot or IFTTT that reposts an item's title and link alone had carried no warning: only the
    description started with the verdict. The title now starts with it, as the card's badge says it."""
    from tests.web.conftest import HOSTILE_TITLE, SCAM

    postings = {p["id"]: p for p in client.get("/api/postings?scams=1&limit=200").get_json()["postings"]}
    rss = etree.fromstring(client.get(f"/feed.rss?scams=1&ui={ui}").data)
    atom = etree.fromstring(client.get(f"/feed.atom?scams=1&ui={ui}").data)
    items = [(item.findtext("link"), item.findtext("title")) for item in rss.iter("item")]
    entries = [(e.find(f"{ATOM}link[@rel='alternate']").get("href"), e.findtext(f"{ATOM}title"))
               for e in atom.iter(f"{ATOM}entry")]
    assert items == entries and len(items) == min(50, len(postings))
    warned = 0
    for link, title in items:
        p = postings[int(link.split("/postings/")[1].split("?")[0])]
        prefix = {"caution": caution, "likely_scam": scam}.get(p["legitimacy_verdict"], "")
        assert title == prefix + p["title"], link
        warned += bool(prefix)
    assert caution + HOSTILE_TITLE in dict(items).values() and scam + SCAM["title"] in dict(items).values()
    assert 2 <= warned < len(items)


def test_summaries_are_escaped_html_a_line_each(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """Readers render an RSS description or an html summary as HTML: the warning, then company, pay and source each
    on a line of its own, and the hostile posting's markup as text."""
    from tests.web.conftest import HOSTILE

    rss = etree.fromstring(client.get("/feed.rss?ui=en&lang=en&tag=data_entry").data)
    atom = etree.fromstring(client.get("/feed.atom?ui=en&lang=en&tag=data_entry").data)
    hostile = f"http://localhost/postings/{web_store['ids']['hostile']}?ui=en"
    item = next(i for i in rss.iter("item") if i.findtext("link") == hostile)
    entry = next(e for e in atom.iter(f"{ATOM}entry") if e.find(f"{ATOM}link[@rel='alternate']").get("href") == hostile)
    assert entry.find(f"{ATOM}summary").get("type") == "html"
    for text in (item.findtext("description"), entry.findtext(f"{ATOM}summary")):
        summary = html.fragment_fromstring(text, create_parent="div")
        assert not summary.cssselect("script, b, svg, iframe, a")  # its javascript: URL is no link either
        verdict, why, facts, excerpt = summary.cssselect("p")
        assert verdict.text_content() == "Caution · Score 55/100" and why.text == "Why:"
        assert [li.text_content() for li in summary.cssselect("ul li")] == [
            "contact only through a messenger: <script>window.pwned=8</script>write me"]
        lines = [facts.text] + [br.tail for br in facts.cssselect("br")]
        assert lines == [f"Company: {HOSTILE['company']}", f"Pay: {HOSTILE['salary_raw']}", "Source: Telegram channels"]  # its URL is no t.me link
        assert [excerpt.text] + [br.tail for br in excerpt.cssselect("br")] == [
            "First paragraph <script>window.pwned=5</script>", "second line",
            '<iframe src="javascript:window.pwned=6"></iframe> last paragraph']
        assert excerpt.get("lang") == "en"


@pytest.mark.parametrize("ui", ["en", "fa", "uz"])
def test_feed_items_warn_as_their_cards_do(client, web_store, ui: str) -> None:  # type: ignore[no-untyped-def]
    """A gig the feed page's card warns of (caution, and a likely scam when ``scams=1`` shows it) says so in its
    feed item too, in the card's words: its verdict, its score, and each reason with the posting's words that gave
    it, in the reader's language. An item had said nothing of it: a reader's list was the one place a warned gig
    looked like any other. A gig judged ok carries no warning."""
    query = f"scams=1&ui={ui}"
    rss = etree.fromstring(client.get(f"/feed.rss?{query}").data)
    atom = etree.fromstring(client.get(f"/feed.atom?{query}").data)
    summaries = [(item.findtext("guid"), item.findtext("description")) for item in rss.iter("item")]
    summaries += [(entry.findtext(f"{ATOM}id"), entry.findtext(f"{ATOM}summary")) for entry in atom.iter(f"{ATOM}entry")]
    cards = {int(li.get("data-id")): li for number in range(1, 4)  # the feed's 50 gigs: the first three pages' cards
             for li in html.fromstring(client.get(f"/?{query}&page={number}").data).cssselect("li.posting")}
    assert {int(guid.rsplit("/", 1)[1]) for guid, _ in summaries} <= set(cards)
    postings = {p["id"]: p for p in client.get("/api/postings?scams=1&limit=200").get_json()["postings"]}
    warned = set()
    for guid, text in summaries:
        pid = int(guid.rsplit("/", 1)[1])
        card, p, summary = cards[pid], postings[pid], html.fragment_fromstring(text, create_parent="div")
        if p["legitimacy_verdict"] not in ("caution", "likely_scam"):
            assert not summary.cssselect("strong, ul"), pid
            continue
        warned.add(p["legitimacy_verdict"])
        badge = card.cssselect(".badge")[0]
        assert summary.cssselect("strong")[0].text_content() == f"{badge.text} · {badge.get('title')}"
        assert [li.text_content() for li in summary.cssselect("li")] == [
            li.text_content() for li in card.cssselect(".why li")] != []
        assert [span.get("lang") for span in summary.cssselect("li > span")] == [
            span.get("lang") for span in card.cssselect(".why .reason-text")]
    assert warned == {"caution", "likely_scam"}
    if ui == "fa":  # as a Persian reader reads them
        said = {int(guid.rsplit("/", 1)[1]): html.fragment_fromstring(text, create_parent="div").text_content()
                for guid, text in summaries}
        assert said[web_store["ids"]["hostile"]].startswith("احتیاط کنید · امتیاز ۵۵ از ۱۰۰دلایل:")
        assert said[web_store["ids"]["scam"]].startswith(
            "احتمال کلاهبرداری · امتیاز ۵ از ۱۰۰دلایل:پیش از شروع کار پول می‌خواهد: registration fee of $20")


@pytest.mark.parametrize("path", ["/feed.atom?q=zzzzzz", "/feed.rss?q=zzzzzz"])
def test_an_empty_feed_stays_the_same_answer_while_it_stays_empty(client, path: str) -> None:  # type: ignore[no-untyped-def]
    """Its ``<updated>`` (which Atom requires) had been the request's moment: every poll of a filter with no gig
    yet got a new ETag and a whole answer."""
    first = client.get(path)
    feed = etree.fromstring(first.data)
    assert not feed.findall(f"{ATOM}entry") and not feed.findall(".//item")
    assert feed.findtext(f"{ATOM}updated") if "atom" in path else feed.find("channel/lastBuildDate") is None
    time.sleep(1.1)
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_an_empty_feed_claims_no_date_that_was_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty feed had said it was built, or updated, on 2000-01-01 (a fixed date, for a stable ETag). RSS now
    leaves ``lastBuildDate`` out; Atom, which requires ``updated``, says the time of the store's newest posting, the
    last that could have come into it (the epoch in a store with none), and its ETag still stays while nothing is
    stored."""
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'feeds.db'}"
    client = create_app(url).test_client()

    def updated(path: str) -> tuple[str | None, str | None]:
        atom = etree.fromstring(client.get(f"/feed.atom{path}").data)
        rss = etree.fromstring(client.get(f"/feed.rss{path}").data)
        return atom.findtext(f"{ATOM}updated"), rss.findtext("channel/lastBuildDate")

    assert updated("") == ("1970-01-01T00:00:00+00:00", None)
    with db.sessions(url).begin() as s:
        for n, day in enumerate((3, 5, 4)):
            queries.upsert_posting(s, {"source": "remoteok", "source_id": str(n), "title": "Data entry",
                                       "description": "Typing at home", "language": "en", "va_relevant": True,
                                       "posted_at": datetime(2026, 11, day, 9, tzinfo=timezone.utc)})
    assert updated("?q=zzzqqq") == ("2026-11-05T09:00:00+00:00", None)
    etag = client.get("/feed.atom?q=zzzqqq").headers["ETag"]
    assert client.get("/feed.atom?q=zzzqqq", headers={"If-None-Match": etag}).status_code == 304
    assert updated("") == ("2026-11-05T09:00:00+00:00", "Thu, 05 Nov 2026 09:00:00 +0000")  # items: as before


def test_a_feed_item_keeps_its_id_in_every_reader_language(client) -> None:  # type: ignore[no-untyped-def]
    """An entry's id (RSS's guid) is its page's address in no language, while its link opens the page in the
    reader's: a reader that switches language must not see every gig again as new."""
    ids = {}
    for ui in ("en", "uz", "fa"):
        atom = etree.fromstring(client.get(f"/feed.atom?ui={ui}").data)
        rss = etree.fromstring(client.get(f"/feed.rss?ui={ui}").data)
        ids[ui] = [e.findtext(f"{ATOM}id") for e in atom.iter(f"{ATOM}entry")]
        assert [i.findtext("guid") for i in rss.iter("item")] == ids[ui]
        assert all(e.find(f"{ATOM}link[@rel='alternate']").get("href").endswith(f"?ui={ui}")
                   for e in atom.iter(f"{ATOM}entry"))
    assert ids["en"] == ids["uz"] == ids["fa"] and ids["en"]
    assert all(re.fullmatch(r"http://localhost/postings/\d+", i) for i in ids["en"])


def test_atom_entries_mark_each_text_with_its_language(client) -> None:  # type: ignore[no-untyped-def]
    """The feed's ``xml:lang`` is the reader's, and so is each entry's summary and its categories' labels; a gig's
    own words carry its posting's language, as the pages mark them: its title and company (``xml:lang``, "fa",
    Uzbek in Cyrillic "uz-Cyrl") and, inside the summary's HTML, its description (``lang``). The whole entry had
    been marked with the posting's language: a Persian reader's summary of an English gig said it was English."""
    postings = {p["id"]: p for p in client.get("/api/postings?limit=200").get_json()["postings"]}
    atom = etree.fromstring(client.get("/feed.atom?ui=fa").data)
    assert atom.get(XML_LANG) == "fa"
    said = set()
    for entry in atom.iter(f"{ATOM}entry"):
        p = postings[int(entry.findtext(f"{ATOM}id").rsplit("/", 1)[1])]
        language = i18n.content_language(p["language"], p["language_script"]) or None
        assert entry.get(XML_LANG) is None and entry.find(f"{ATOM}summary").get(XML_LANG) is None
        assert all(c.get(XML_LANG) is None for c in entry.findall(f"{ATOM}category"))
        warned = _title("fa", p) != p["title"] and language != "fa"  # starts with the reader's words
        assert entry.find(f"{ATOM}title").get(XML_LANG) == (None if warned else language), p["id"]
        if p["company"]:
            assert entry.find(f"{ATOM}author").get(XML_LANG) == language, p["id"]
        excerpt = html.fragment_fromstring(entry.findtext(f"{ATOM}summary"), create_parent="div").cssselect("p")[-1]
        assert excerpt.get("lang") == (language if p["description"] else None), p["id"]
        said.add(language)
    assert {"fa", "en"} <= said


@pytest.fixture
def closed_gig_client(tmp_path):  # type: ignore[no-untyped-def]
    """A client of a store where a gig's representative ("closed", on jsonld) is past its closing date while its
    duplicate ("open", on remoteok, posted earlier) takes applications, among other gigs."""
    from store import dedupe_queries
    from tests.helpers import small_store
    from web.app import create_app

    day = datetime.now(timezone.utc) - timedelta(days=10)
    url, ids = small_store(tmp_path / "closed.db", *(
        dict(source=source, source_id=name, title=f"{name.capitalize()} support gig", language=language,
             url=f"https://{source}.example/{name}", posted_at=day + timedelta(days=days),
             expires_at=day if name == "closed" else None)
        for name, source, language, days in (("newest", "remotive", "en", 5), ("closed", "jsonld", "en", 4),
                                             ("persian", "telegram", "fa", 3), ("open", "remoteok", "en", 2),
                                             ("old", "weworkremotely", "en", 1))))
    with db.sessions(url).begin() as s:
        dedupe_queries.set_clusters(s, [(ids["open"], ids["closed"], "exact", False)])
    return create_app(url).test_client(), ids


@pytest.mark.parametrize("query", ["", "lang=en", "lang=fa", "source=remoteok", "source=jsonld", "q=support",
                                   "q=zzqx", "expired=1", "ui=fa&tag=customer_support"])
def test_feed_items_are_the_feed_pages_cards(closed_gig_client, query: str) -> None:  # type: ignore[no-untyped-def]
    """RSS and Atom show the feed page's cards for the same filters, in its order: the closed gig by its open
    duplicate (its title, its source)."""
    client, ids = closed_gig_client
    doc = html.fromstring(client.get(f"/?{query}").data)
    cards = [(int(li.get("data-id")), li.cssselect("h2 a")[0].text, li.get("data-source"))
             for li in doc.cssselect("li.posting")]
    rss = etree.fromstring(client.get(f"/feed.rss?{query}").data)
    items = [(int(item.findtext("link").split("/postings/")[1].split("?")[0]), item.findtext("title"))
             for item in rss.iter("item")]
    atom = etree.fromstring(client.get(f"/feed.atom?{query}").data)
    entries = []
    for entry in atom.iter(f"{ATOM}entry"):
        links = {link.get("rel"): link for link in entry.findall(f"{ATOM}link")}
        entries.append((int(links["alternate"].get("href").split("/postings/")[1].split("?")[0]),
                        entry.findtext(f"{ATOM}title"), links["related"].get("title")))
    assert items == [card[:2] for card in cards] and entries == cards
    if query in ("", "source=remoteok"):
        assert (ids["open"], "Open support gig", "remoteok") in cards
    assert (ids["closed"] in [card[0] for card in cards]) == (query == "expired=1")  # asked for closed gigs too


@pytest.mark.parametrize("path", ["/feed.rss", "/feed.atom", "/feed.rss?lang=fa&ui=fa", "/feed.atom?tag=data_entry",
                                  "/feed.atom?q=assistant", "/feed.rss?open_to=UZ", "/feed.atom?source=remoteok"])
def test_feeds_do_not_count_the_postings(client, path: str) -> None:  # type: ignore[no-untyped-def]
    """A feed shows no total, so a poll runs no count (65-360 ms on 200,000 postings); the page, which shows it,
    does."""
    with statements() as page:
        assert client.get("/" + path[path.index("?"):] if "?" in path else "/").status_code == 200
    assert any("count(" in sql.lower() for sql in page)
    with statements() as seen:
        response = client.get(path)
    assert response.status_code == 200 and (b"<item>" in response.data or b"<entry" in response.data)
    assert not [sql for sql in seen if "count(" in sql.lower()]


def test_trends_api_matches_the_store(client, web_store) -> None:  # type: ignore[no-untyped-def]
    data = client.get("/api/trends").get_json()
    with db.sessions(web_store["url"])() as s:
        assert data["postings_per_week"]["language"] == trends.postings_per_week(s, "language")
        assert data["postings_per_week"]["tag"] == trends.postings_per_week(s, "tag")
        assert data["median_pay"] == trends.median_pay(s, monthly_currencies=MONTHLY_BY_CONVENTION)
        stated_only = trends.median_pay(s)
        assert data["scam_rates"] == {by: reports.scam_rates(s, by) for by in reports.BY}
        represented = sum(r["postings"] for r in reports.scam_rates(s, "source"))
    assert sum(r["postings"] for r in data["postings_per_week"]["source"]) == represented
    assert data["weeks"] == sorted(data["weeks"]) and len(data["weeks"]) > 12
    last = client.get("/api/trends?weeks=3").get_json()
    assert last["weeks"] == data["weeks"][-3:]
    assert {r["week"] for r in last["postings_per_week"]["source"]} <= set(last["weeks"])
    assert any(r["currency"] == "USD" and r["period"] == "year" for r in data["median_pay"])

    def som(rows: list[dict]) -> int:
        return sum(r["postings"] for r in rows if r["currency"] == "UZS" and r["period"] == "month")
    assert som(data["median_pay"]) > som(stated_only)  # the snapshot's Telegram and hh.uz so'm pay states no period


def test_trends_page_renders_tables(client) -> None:  # type: ignore[no-untyped-def]
    doc = html.fromstring(client.get("/trends?ui=uz&weeks=8").data)
    weekly = {t.get("data-by"): t for t in doc.cssselect("table.weekly")}
    assert set(weekly) == {"tag", "language", "source"}
    header = [th.text for th in weekly["source"].cssselect("thead th")]
    assert len(header) == 1 + 8 + 1 and header[-1] == "Jami"
    for table in weekly.values():
        for row in table.cssselect("tbody tr"):
            cells = [int(td.text or 0) for td in row.cssselect("td")]
            assert sum(cells[:-1]) == cells[-1] > 0
    assert "Ma'lumot kiritish" in [th.text for th in weekly["tag"].cssselect("tbody th")]
    periods = {td.get("data-period"): td.text for td in doc.cssselect("table.median-pay tbody td[data-period]")}
    everything = html.fromstring(client.get("/trends?ui=uz&weeks=5200").data)  # the yearly pay is older
    periods.update({td.get("data-period"): td.text for td in everything.cssselect("table.median-pay tbody td[data-period]")})
    assert periods["month"] == "oyiga" and periods["year"] == "yiliga"  # in the reader's language
    assert "oylik deb hisoblangan" in doc.cssselect("#pay-period-note")[0].text
    assert {t.get("data-by") for t in doc.cssselect("table.scams")} == {"source", "tag", "reason", "week"}
    # a warning sign in the reader's language, the fee scam of the store among them
    signs = [th.text for th in everything.cssselect("table.scams[data-by=reason] tbody th")]
    assert "ish boshlanishidan oldin to'lov so'raydi" in signs and "upfront_fee" not in signs
    assert "%" in doc.cssselect("table.scams tbody td")[-1].text
    assert doc.cssselect("main > p")[0].text.endswith("Eng yangi e'longacha bo'lgan 8 hafta. ")


@pytest.mark.parametrize("weeks", [1, 2, 8, None])
def test_every_trends_table_covers_the_weeks_shown(client, weeks) -> None:  # type: ignore[no-untyped-def]
    """Pay and scam rates are of the postings of the weeks the page shows, as the weekly counts are: per source,
    the weekly counts add up to the scam table's postings."""
    data = client.get("/api/trends" + (f"?weeks={weeks}" if weeks else "")).get_json()
    per_source: dict[str, int] = {}
    for r in data["postings_per_week"]["source"]:
        per_source[r["source"]] = per_source.get(r["source"], 0) + r["postings"]
    assert per_source == {r["source"]: r["postings"] for r in data["scam_rates"]["source"]}
    assert sum(r["postings"] for r in data["scam_rates"]["week"]) == sum(per_source.values())
    flagged = {v: sum(r[v] for r in data["scam_rates"]["source"]) for v in ("likely_scam", "caution")}
    for verdict, n in flagged.items():  # each flagged posting of those weeks gives a sign; no sign has more of them
        assert all(r[verdict] <= n for r in data["scam_rates"]["reason"]), verdict
        assert sum(r[verdict] for r in data["scam_rates"]["reason"]) >= n, verdict
    if weeks == 1:
        assert len(data["weeks"]) == 1
        assert sum(r["postings"] for r in data["median_pay"]) <= sum(
            r["postings"] for r in client.get("/api/trends").get_json()["median_pay"])


def test_every_trends_table_scrolls_inside_its_own_box(client) -> None:  # type: ignore[no-untyped-def]
    """A phone is narrower than any of these tables: each scrolls in a box of its own, never the page. Only the
    week-by-week tables open at their newest end."""
    doc = html.fromstring(client.get("/trends?ui=fa").data)
    tables = doc.cssselect("table")
    assert len(tables) == 9
    for table in tables:
        box = table.getparent()
        assert "scroll" in box.get("class").split()
        assert ("newest" in box.get("class").split()) == ("weekly" in table.get("class").split())


def test_every_trends_table_is_named_by_a_caption_as_its_heading(client) -> None:  # type: ignore[no-untyped-def]
    """A screen reader's list of tables names each (the region around it was named, the table not); the caption
    says what the heading above it shows, so it is only for the ear."""
    for ui in ("en", "fa"):
        doc = html.fromstring(client.get(f"/trends?ui={ui}").data)
        tables = doc.cssselect("table")
        assert len(tables) == 9
        for table in tables:
            caption = table[0]
            assert caption.tag == "caption" and caption.get("class") == "visually-hidden"
            heading = doc.get_element_by_id(table.getparent().get("aria-labelledby"))
            assert caption.text_content() == heading.text_content() != ""


@pytest.mark.parametrize(("ui", "shown"), [("en", "2025-W09"), ("uz", "2025, 9-hafta"), ("fa", "۲۰۲۵، هفتهٔ ۹")])
def test_weeks_are_written_in_the_reader_language_each_a_time_element(client, ui, shown) -> None:  # type: ignore[no-untyped-def]
    """A week reads in the page's language and digits ("2026-W38" had stood in Latin digits with an English "W"
    on the Persian page), with the ISO week for machines."""
    assert i18n.week_label(ui, "2025-W09") == shown
    weeks = client.get("/api/trends?weeks=5200").get_json()["weeks"]
    doc = html.fromstring(client.get(f"/trends?ui={ui}&weeks=5200").data)
    cells = (doc.cssselect("table.weekly thead th time") + doc.cssselect("table.reach tbody th time")
             + doc.cssselect("table.scams[data-by=week] tbody th time"))
    assert {t.get("datetime") for t in cells} == set(weeks)
    for cell in cells:
        assert cell.text == i18n.week_label(ui, cell.get("datetime")) and cell.getparent().get("dir") is None
        if ui == "fa":
            assert not re.search(r"[0-9A-Za-z]", cell.text)


def test_one_week_of_trends_is_said_in_the_singular(client) -> None:  # type: ignore[no-untyped-def]
    doc = html.fromstring(client.get("/trends?ui=en&weeks=1").data)
    assert "The week of the newest posting." in doc.cssselect("main > p")[0].text_content()
    assert "weeks" not in doc.cssselect("main > p")[0].text_content()


def test_web_app_never_imports_scrapy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Not even to judge a pasted post: of the crawlers package the web loads only the plain parts that turn
    pasted text into an item — ``crawlers.pasted``, the Telegram post splitter (text parsing) and its fee
    sentences (``crawlers.fees``),
    ``crawlers.items.PostingItem`` (a dataclass) and ``crawlers.urls`` (the tracking parameters normalize strips) —
    and the registry of sources (``crawlers.sources``: their names, as readers know them)."""
    code = (
        "import sys\n"
        "import web.app\n"
        f"app = web.app.create_app('sqlite:///{tmp_path / 'empty.db'}')\n"
        "client = app.test_client()\n"
        "for url in ('/', '/trends', '/api/postings', '/feed.rss', '/postings/1', '/check'):\n"
        "    assert client.get(url).status_code in (200, 404), url\n"
        "assert client.post('/check', data={'text': 'VA\\nInbox work', 'pay': '$20/hour'}).status_code == 200\n"
        "assert client.post('/api/check', json={'text': 'VA\\nInbox work'}).status_code == 200\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted', 'crawlers'))\n"
        "plain = ['crawlers', 'crawlers.fees', 'crawlers.items', 'crawlers.pasted', 'crawlers.sources',\n"
        "         'crawlers.spiders', 'crawlers.spiders.telegram_text', 'crawlers.urls']\n"
        "assert loaded == plain, loaded\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_trends_are_reused_for_a_while_then_recomputed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'trends.db'}"
    app = create_app(url)
    client = app.test_client()

    def add(sid: str) -> None:
        with db.sessions(url).begin() as s:
            queries.upsert_posting(s, {"source": "remoteok", "source_id": sid, "title": "VA", "language": "en"})

    def total() -> int:
        return sum(r["postings"] for r in client.get("/api/trends").get_json()["postings_per_week"]["source"])

    add("1")
    assert total() == 1
    add("2")
    assert total() == 1  # within the time to live: the aggregates of a minute ago
    app.config["VAGIGS_TRENDS_TTL"] = 0
    assert total() == 2


def test_an_aggregate_being_computed_holds_up_no_other(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While one aggregate is computed (the check's market pay, a span of ``?weeks=`` not asked for before: two
    seconds at 50,000 postings), the trends already computed are answered: they had waited for it."""
    import threading

    import web.check
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'v.db'}"
    app = create_app(url)
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, {"source": "remoteok", "source_id": "1", "title": "VA", "language": "en"})
    client = app.test_client()
    assert client.get("/api/trends").status_code == 200
    release, computing = threading.Event(), threading.Event()
    market = web.check.store_market

    def slow_market(session):  # type: ignore[no-untyped-def]
        computing.set()
        release.wait(10)
        return market(session)

    monkeypatch.setattr(web.check, "store_market", slow_market)
    checking = threading.Thread(target=lambda: app.test_client().post(
        "/api/check", json={"text": "Data entry at home.", "pay": "500 USD a month"}))
    checking.start()
    try:
        assert computing.wait(10)
        answered: list[int] = []
        asking = threading.Thread(target=lambda: answered.append(client.get("/api/trends").status_code))
        asking.start()
        asking.join(3)
        assert answered == [200]
    finally:
        release.set()
        checking.join()


def test_a_control_character_stored_before_the_pipeline_dropped_them_does_not_break_the_feeds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One posting with a backspace in an older store made lxml refuse the whole RSS and Atom feed (a 500)."""
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'old.db'}"
    client = create_app(url).test_client()
    with db.sessions(url).begin() as s:
        queries.upsert_posting(s, {"source": "remoteok", "source_id": "1", "title": "Data\x08 entry", "company": "A\x00cme",
                                   "description": "Typing\x1b at home", "language": "en", "va_relevant": True})
    for path in ("/feed.rss", "/feed.atom"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert b"Data entry" in response.data and b"\x08" not in response.data
        etree.fromstring(response.data)


def test_feeds_and_the_api_answer_an_unchanged_poll_with_304(client) -> None:  # type: ignore[no-untyped-def]
    """Feed readers and API clients poll: an answer carries its ETag, and asking again with it gets a bodiless
    304 while nothing changed; another query (another body) gets its own 200."""
    for url, another in (("/feed.rss?lang=fa", "/feed.rss?lang=fa&ui=uz"), ("/feed.atom", "/feed.atom?lang=en"),
                         ("/api/postings?limit=5", "/api/postings?limit=4"), ("/api/trends", "/api/trends?weeks=2")):
        first = client.get(url)
        assert first.status_code == 200 and first.headers["ETag"], url
        again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304 and again.data == b"", url
        assert again.headers["ETag"] == first.headers["ETag"]
        other = client.get(another, headers={"If-None-Match": first.headers["ETag"]})
        assert other.status_code == 200 and other.data, url
    feed = client.get("/feed.atom")
    assert feed.cache_control.public and feed.cache_control.max_age == 900
    assert client.get("/api/postings").cache_control.max_age is None  # the API revalidates each time
    assert "ETag" not in client.get("/").headers  # pages are not revalidated


def test_a_stale_etag_gets_the_whole_feed(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/feed.rss", headers={"If-None-Match": '"not-this-one"'})
    assert response.status_code == 200 and etree.fromstring(response.data).tag == "rss"


def test_trends_show_who_can_apply_from_uzbekistan_and_iran(client, web_store) -> None:  # type: ignore[no-untyped-def]
    """The weekly reach table (``trends.reach_per_week``) in the API and on the page, in the reader's language:
    each week's VA gigs, the remote ones, and those open to residents of Uzbekistan and of Iran."""
    from pipeline.remote import open_to

    data = client.get("/api/trends").get_json()
    with db.sessions(web_store["url"])() as s:
        assert data["reach"] == trends.reach_per_week(s, {c: sorted(open_to(c)) for c in ("UZ", "IR")})
    assert {r["week"] for r in data["reach"]} <= set(data["weeks"])
    assert sum(r["open_to_UZ"] for r in data["reach"]) > 0 and sum(r["open_to_IR"] for r in data["reach"]) > 0
    assert all(r["open_to_UZ"] <= r["remote"] <= r["gigs"] for r in data["reach"])
    last = client.get("/api/trends?weeks=3").get_json()
    assert last["reach"] == [r for r in data["reach"] if r["week"] in last["weeks"]]
    doc = html.fromstring(client.get("/trends?ui=fa&weeks=5200").data)
    [table] = doc.cssselect("table.reach")
    assert [th.text for th in table.cssselect("thead th[data-country]")] == ["باز برای ازبکستان", "باز برای ایران"]
    rows = table.cssselect("tbody tr")
    assert [r.cssselect("th time")[0].get("datetime") for r in rows] == [r["week"] for r in data["reach"]]
    assert [int(r.cssselect('td[data-country="UZ"]')[0].text) for r in rows] == [r["open_to_UZ"] for r in data["reach"]]
    # in Persian digits, as the page's other numbers: "۳" and "۵۰٪", not "3" and "50%"
    cells = [td.text for td in table.cssselect("tbody td")]
    assert all(not re.search(r"[0-9%]", text or "") for text in cells) and any("٪" in text for text in cells)


def test_behind_a_trusted_proxy_feed_links_name_the_public_https_address(web_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``VAGIGS_PROXY_HOPS=1`` (nginx in front): the proxy's X-Forwarded-* headers give the public scheme, host and
    prefix of every external link; without it they are ignored, for any client could send them."""
    from web.app import create_app

    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "gigs.example.org", "X-Forwarded-For": "203.0.113.7"}

    def channel_links(hops: str) -> set[str]:
        monkeypatch.setenv("VAGIGS_PROXY_HOPS", hops)
        client = create_app(web_store["url"]).test_client()
        rss = etree.fromstring(client.get("/feed.rss?ui=en", headers=forwarded).data)
        return {e.get("href") or e.text for e in rss.find("channel") if e.tag.endswith("link")}

    trusted = channel_links("1")
    assert trusted and all(link.startswith("https://gigs.example.org/") for link in trusted), trusted
    ignored = channel_links("0")
    assert ignored and not any("gigs.example.org" in link for link in ignored), ignored
    monkeypatch.setenv("VAGIGS_PROXY_HOPS", "1")
    monkeypatch.setenv("VAGIGS_PROXY_PREFIX", "1")
    atom = create_app(web_store["url"]).test_client().get("/feed.atom", headers={
        **forwarded, "X-Forwarded-Prefix": "/vagigs/"}).get_data(as_text=True)
    assert 'href="https://gigs.example.org/vagigs/feed.atom' in atom  # a prefix the proxy serves it under, too


@pytest.mark.parametrize("prefix", [".evil.example", "@evil.example", "//evil.example", "/a//b", "/..", "https://e.x"])
def test_a_forwarded_prefix_names_no_other_host(web_store, monkeypatch, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """X-Forwarded-Prefix is ignored unless ``VAGIGS_PROXY_PREFIX=1``, and then taken only as a plain path: with
    ``VAGIGS_PROXY_HOPS=1`` it had been trusted as sent, ".evil.example" giving feed links to
    https://gigs.example.org.evil.example/… (kept by shared caches for 15 minutes) and "//evil.example" every link of
    every page and a redirect to //evil.example/."""
    from web.app import create_app

    monkeypatch.setenv("VAGIGS_PROXY_HOPS", "1")
    monkeypatch.setenv("VAGIGS_ALLOWED_HOSTS", "gigs.example.org")
    headers = {"Host": "gigs.example.org", "X-Forwarded-Prefix": prefix}
    monkeypatch.delenv("VAGIGS_PROXY_PREFIX", raising=False)
    client = create_app(web_store["url"]).test_client()
    rss = client.get("/feed.rss", headers=headers)
    links = [e.text for e in etree.fromstring(rss.data).iter("link")]
    assert rss.status_code == 200 and len(links) > 1 and all(link.startswith("http://gigs.example.org/p") or
                                                             link.startswith("http://gigs.example.org/?") for link in links)
    tidied = client.get("/?q=&lang=", headers=headers)  # answered, naming its tidy address on the real host
    assert tidied.status_code == 200 and b'<link rel="canonical" href="http://gigs.example.org/">' in tidied.data
    assert b"evil" not in tidied.data and b"e.x" not in tidied.data
    monkeypatch.setenv("VAGIGS_PROXY_PREFIX", "1")
    client = create_app(web_store["url"]).test_client()
    for path in ("/feed.rss", "/?q=&lang=", "/api/postings"):
        refused = client.get(path, headers=headers)
        assert refused.status_code == 400 and b"X-Forwarded-Prefix" in refused.data, path


def test_a_forwarded_hosts_port_is_one_the_operator_allows(web_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``VAGIGS_ALLOWED_HOSTS`` holds the port too: werkzeug's check ignores it, so ``X-Forwarded-Host:
    gigs.example.org:6666`` had been answered with every link at port 6666. An entry may name a port; the port the
    server listens on, as a client sends it in its own Host, is answered."""
    from web.app import create_app

    monkeypatch.setenv("VAGIGS_PROXY_HOPS", "1")
    monkeypatch.setenv("VAGIGS_ALLOWED_HOSTS", "gigs.example.org,other.example.org:8443")
    client = create_app(web_store["url"]).test_client()

    def status(host: str, forwarded: str | None = None) -> int:
        """The answer to a request sent to the server at port 8000 naming ``host``."""
        headers = {"Host": host, **({"X-Forwarded-Host": forwarded} if forwarded else {})}
        return client.get("/feed.rss", headers=headers, base_url="http://127.0.0.1:8000").status_code

    assert status("gigs.example.org", "gigs.example.org:6666") == 400
    assert status("gigs.example.org", "gigs.example.org:8000") == 400  # (the server's own port: not the proxy's)
    assert status("gigs.example.org:6666") == 400
    assert status("gigs.example.org", "other.example.org:8444") == 400
    assert status("gigs.example.org", "gigs.example.org") == status("gigs.example.org", "gigs.example.org:80") == 200
    assert status("gigs.example.org:8000") == 200  # the port the server listens on, as its client names it
    answered = client.get("/feed.rss", headers={"Host": "gigs.example.org", "X-Forwarded-Host": "other.example.org:8443"})
    assert answered.status_code == 200 and b"http://other.example.org:8443/feed.rss" in answered.data


def test_a_quiet_week_is_a_row_of_every_weekly_table_with_no_share(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Reach and scam rates by week list every week the volume tables do (``trends.weeks_of``), a week with no
    posting or no VA gig too: 0 gigs and no share (null in JSON, "—" on the page, not "0%"). They had listed
    only the weeks with postings: 29 reach rows against the demo's 320 weeks."""
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'quiet.db'}"
    client = create_app(url).test_client()
    with db.sessions(url).begin() as s:
        for sid, when in (("1", datetime(2025, 3, 3, tzinfo=timezone.utc)),
                          ("2", datetime(2025, 3, 20, tzinfo=timezone.utc))):  # 2025-W10, 2025-W12
            queries.upsert_posting(s, {"source": "remoteok", "source_id": sid, "title": "VA", "language": "en",
                                       "posted_at": when, "va_relevant": True, "legitimacy_verdict": "ok"})
    data = client.get("/api/trends").get_json()
    assert data["weeks"] == ["2025-W10", "2025-W11", "2025-W12"]
    assert [r["week"] for r in data["reach"]] == [r["week"] for r in data["scam_rates"]["week"]] == data["weeks"]
    quiet = data["reach"][1]
    assert (quiet["gigs"], quiet["share_UZ"], quiet["share_IR"]) == (0, None, None)
    assert (data["scam_rates"]["week"][1]["postings"], data["scam_rates"]["week"][1]["scam_rate"]) == (0, None)
    doc = html.fromstring(client.get("/trends?ui=fa").data)
    for table in ("reach", "scams[data-by=week]"):
        rows = doc.cssselect(f"table.{table} tbody tr")
        assert [r.cssselect("th time")[0].get("datetime") for r in rows] == data["weeks"]
        assert "—" in [td.text for td in rows[1].cssselect("td")] and "—" not in rows[0].text_content(), table


def test_a_year_one_posting_date_in_an_older_store_does_not_fail_a_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """.NET's "no date" (0001-01-01), stored before the pipeline left such dates out (``PAST_FLOOR``), had made the
    Persian feed and the posting's page a 500 (no Solar Hijri date for year 1); they show the ISO date."""
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'old.db'}"
    client = create_app(url).test_client()
    with db.sessions(url).begin() as s:
        pid = queries.upsert_posting(s, {"source": "jobvision", "source_id": "1189301", "title": "اپراتور",
                                         "language": "fa", "va_relevant": True, "legitimacy_verdict": "ok",
                                         "posted_at": datetime(1, 1, 1, tzinfo=timezone.utc)}).id
    for path in ("/?ui=fa", f"/postings/{pid}?ui=fa", "/?ui=en"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "0001-01-01" in response.get_data(as_text=True), path


def test_the_median_pay_on_the_page_keeps_its_cents(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two hourly gigs of $12–13 and $13–14 have medians of $12.50 and $13.50, as the API and `vagigs report pay`
    say; the page had rounded each to a whole number (half to even: "12" and "14"), a dollar an hour apart."""
    from store import queries
    from web.app import create_app

    url = f"sqlite:///{tmp_path / 'hourly.db'}"
    client = create_app(url).test_client()
    with db.sessions(url).begin() as s:
        for sid, low, high in (("1", 12, 13), ("2", 13, 14)):
            queries.upsert_posting(s, {"source": "remoteok", "source_id": sid, "title": "VA", "language": "en",
                                       "tags": ["data_entry"], "va_relevant": True, "legitimacy_verdict": "ok",
                                       "posted_at": datetime(2026, 11, 30, tzinfo=timezone.utc), "salary_min": low,
                                       "salary_max": high, "salary_currency": "USD", "salary_period": "hour"})
    [row] = client.get("/api/trends").get_json()["median_pay"]
    assert (row["median_min"], row["median_max"]) == (12.5, 13.5)
    for ui in ("en", "uz", "fa"):
        doc = html.fromstring(client.get(f"/trends?ui={ui}").data)
        bounds = ["".join(td.xpath("text()")) for td in doc.cssselect("section#median-pay tbody td.median")]
        assert bounds == [i18n.format_number(ui, 12.5), i18n.format_number(ui, 13.5)], ui  # "*" apart: of 2 postings


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_the_trends_of_an_empty_store_say_it_holds_no_postings_yet(tmp_path, ui) -> None:  # type: ignore[no-untyped-def]
    """Before the first crawl the page says there is nothing to count yet, in the reader's language, instead of
    "the 0 weeks up to the newest posting" above empty tables."""
    from tests.helpers import small_store
    from web.app import create_app

    url, _ = small_store(tmp_path / "empty.db")
    response = create_app(url).test_client().get(f"/trends?ui={ui}")
    assert response.status_code == 200
    doc = html.fromstring(response.get_data(as_text=True))
    assert doc.cssselect("#no-postings")[0].text_content().strip() == i18n.message(ui, "trends_empty")
    assert not doc.cssselect("table")


def _pay_counts_store(tmp_path):  # type: ignore[no-untyped-def]
    """A store whose pay table has a median of many postings and medians of few: six yearly customer-support gigs
    (one "from" only, so five state a maximum), two hourly data-entry gigs (one "up to" only), one monthly research
    gig in rials stating a minimum alone."""
    from tests.helpers import small_store

    yearly = [{"source": "remoteok", "source_id": f"y{i}", "title": f"Support VA {i}", "tags": ["customer_support"],
               "salary_min": 20_000 + 1_000 * i, "salary_max": None if i == 0 else 30_000 + 1_000 * i,
               "salary_currency": "USD", "salary_period": "year"} for i in range(6)]
    hourly = [{"source": "remoteok", "source_id": "h1", "title": "Data entry VA", "tags": ["data_entry"],
               "salary_min": 10, "salary_max": 12, "salary_currency": "USD", "salary_period": "hour"},
              {"source": "remoteok", "source_id": "h2", "title": "Data entry clerk", "tags": ["data_entry"],
               "salary_min": None, "salary_max": 14, "salary_currency": "USD", "salary_period": "hour"}]
    rials = [{"source": "jobinja", "source_id": "r1", "title": "پژوهشگر", "tags": ["research"], "language": "fa",
              "salary_min": 200_000_000, "salary_currency": "IRR", "salary_period": "month"}]
    url, _ = small_store(tmp_path / "pay.db", *yearly, *hourly, *rials)
    return url


def _pay_rows(doc) -> dict[tuple[str, str], dict[str, tuple[str, str, bool]]]:  # type: ignore[no-untyped-def]
    """{(period, currency code): {"min"|"max": (the median as shown, the count as shown, marked as of few)}}."""
    rows = {}
    for tr in doc.cssselect("table.median-pay tbody tr"):
        key = (tr.cssselect("td[data-period]")[0].get("data-period"), tr.cssselect("td[data-currency]")[0].get("data-currency"))
        rows[key] = {}
        for bound in ("min", "max"):
            [median] = tr.cssselect(f"td.median[data-bound={bound}]")
            [count] = tr.cssselect(f"td.count[data-bound={bound}]")
            amount = "".join(median.xpath("text()")).strip()  # the figure, without its mark
            few = "few" in median.classes
            assert bool(median.cssselect(".few-mark")) == few == ("few" in count.classes)
            rows[key][bound] = (amount, count.text_content(), few)
    return rows


@pytest.mark.parametrize("ui", ["en", "uz", "fa"])
def test_the_pay_table_says_how_many_postings_each_median_is_of(tmp_path, ui) -> None:  # type: ignore[no-untyped-def]
    """Each median has a column of its own beside it with the postings that state that bound (``n_min``, ``n_max``,
    as the API and ``vagigs report pay`` give them), in the reader's digits; a median of fewer than
    ``FEW_POSTINGS`` postings is marked (a class and a mark the note below the table explains), one of as many or
    more is not, and a bound no posting states has no median, a count of 0 and no mark."""
    from web.app import create_app

    client = create_app(_pay_counts_store(tmp_path)).test_client()
    api = {(r["period"], r["currency"]): r for r in client.get("/api/trends").get_json()["median_pay"]}
    assert {k: (r["n_min"], r["n_max"]) for k, r in api.items()} == {
        ("year", "USD"): (6, 5), ("hour", "USD"): (1, 2), ("month", "IRR"): (1, 0)}
    assert trends.FEW_POSTINGS == 5
    doc = html.fromstring(client.get(f"/trends?ui={ui}").data)
    heads = [th.text_content() for th in doc.cssselect("table.median-pay thead th")]
    assert heads[-4:] == [i18n.message(ui, k) for k in ("median_min", "postings_min", "median_max", "postings_max")]
    assert len(set(heads)) == len(heads)  # each count column named for its bound
    rows = _pay_rows(doc)
    num = lambda v: i18n.format_number(ui, v)  # noqa: E731
    assert rows[("year", "USD")] == {"min": (num(22_500), num(6), False), "max": (num(33_000), num(5), False)}
    assert rows[("hour", "USD")] == {"min": (num(10), num(1), True), "max": (num(13), num(2), True)}
    toman = 10 if ui == "fa" else 1
    assert rows[("month", "IRR")] == {"min": (num(200_000_000 / toman), num(1), True), "max": ("—", num(0), False)}
    note = doc.cssselect("#pay-few-note")[0].text_content()
    assert note == i18n.message(ui, "pay_few_note", n=trends.FEW_POSTINGS)
    assert note.startswith("*") and num(trends.FEW_POSTINGS) in note
    if ui == "fa":
        assert "۵" in note and rows[("year", "USD")]["min"][1] == "۶"
