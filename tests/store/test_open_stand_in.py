"""A duplicate cluster whose representative is delisted or closed while another of its postings is still open: the
curated feed shows that open posting in the representative's place (the newest open one by the feed's order), keeps
the cluster's place and count, links the representative under "also posted on", and reads the stand-ins of a whole
page in one query. Only a posting that could be shown keeps a closed gig in the feed: open, VA work, no likely scam
unless asked, and passing the seeker's filters (the seeker sees it, not the closed representative); curation still
judges the gig by its representative. Asked for delisted or closed gigs too, the feed shows representatives. On
SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from pipeline.textnorm import search_text, search_words
from store import db, dedupe_queries, queries, search, web_queries
from store.models import Posting
from tests.helpers import query_plan, statements

NOW = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)
PAST = NOW - timedelta(days=1)
FUTURE = NOW + timedelta(days=30)


def _day(n: int) -> datetime:
    return datetime(2026, 5, n, tzinfo=timezone.utc)


def _posting(source_id: str, day: int, source: str = "weworkremotely", **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source=source, source_id=source_id, title=f"Job {source_id}", description="text",
                   url=f"https://{source}.example/{source_id}", posted_at=_day(day), language="en",
                   tags=["data_entry"], legitimacy_score=90, legitimacy_verdict="ok", va_relevant=True), **extra}


def _build(url: str, clusters: dict[str, list[dict]], delisted: tuple[str, ...] = ()) -> dict[str, int]:
    """Store ``{representative source_id: [representative, members...]}``; mark ``delisted`` ones delisted."""
    with db.sessions(url).begin() as s:
        ids = {p["source_id"]: queries.upsert_posting(s, p).id for group in clusters.values() for p in group}
        dedupe_queries.set_clusters(s, [(ids[p["source_id"]], ids[rep], "exact", False)
                                        for rep, group in clusters.items() for p in group[1:]])
        if delisted:
            s.execute(Posting.__table__.update().where(Posting.source_id.in_(delisted)).values(delisted_at=PAST))
    return ids


CLUSTERS = {
    # the representative closed; of its other postings the newest open one stands in (not the closed one, nor the
    # likely scam, though newer)
    "a-rep": [_posting("a-rep", 20, expires_at=PAST), _posting("a-old", 5, "remoteok"),
              _posting("a-new", 8, "remotive", language="uz"), _posting("a-closed", 9, "jsonld", expires_at=PAST),
              _posting("a-scam", 10, "telegram", legitimacy_verdict="likely_scam", legitimacy_score=5)],
    "f": [_posting("f", 18)],
    # open itself: shown, whatever its duplicates
    "c-rep": [_posting("c-rep", 15), _posting("c-dup", 16, "remoteok", expires_at=PAST)],
    # delisted; its open duplicate is older than it, yet the card keeps the representative's place
    "b-rep": [_posting("b-rep", 12), _posting("b-dup", 1, "remoteok", expires_at=FUTURE)],
    # nothing of it open: left out
    "d-rep": [_posting("d-rep", 19, expires_at=PAST), _posting("d-dup", 17, "remoteok")],
    "e": [_posting("e", 4)],
}
DELISTED = ("b-rep", "d-dup")


def _feed(url: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        return [p.source_id for p in queries.feed(s, queries.FeedFilter(now=NOW, **kw))]


def _page(url: str, **kw) -> tuple[list[dict], int]:  # type: ignore[no-untyped-def]
    with db.sessions(url)() as s:
        return web_queries.feed_page(s, queries.FeedFilter(now=NOW, **kw))


def test_an_open_posting_stands_in_for_a_closed_representative(store_url: str) -> None:
    _build(store_url, CLUSTERS, DELISTED)
    assert _feed(store_url) == ["a-new", "f", "c-rep", "b-dup", "e"]  # the representatives' order: 20, 18, 15, 12, 4
    postings, total = _page(store_url)
    assert total == 5 and [p["source_id"] for p in postings] == ["a-new", "f", "c-rep", "b-dup", "e"]
    shown = {p["source_id"]: p for p in postings}
    assert shown["a-new"]["expires_at"] is None and shown["a-new"]["delisted_at"] is None
    # its links name every other posting of the gig, the closed representative first (earliest seen)
    assert [link["url"] for link in shown["a-new"]["also_posted_on"]] == [
        f"https://{src}.example/{sid}" for sid, src in (("a-rep", "weworkremotely"), ("a-old", "remoteok"),
                                                       ("a-closed", "jsonld"), ("a-scam", "telegram"))]
    assert {link["url"] for link in shown["b-dup"]["also_posted_on"]} == {"https://weworkremotely.example/b-rep"}
    assert [link["url"] for link in shown["c-rep"]["also_posted_on"]] == ["https://remoteok.example/c-dup"]


def test_paging_keeps_each_cluster_in_one_place(store_url: str) -> None:
    _build(store_url, CLUSTERS, DELISTED)
    pages = [_page(store_url, limit=2, offset=offset) for offset in (0, 2, 4, 6)]
    assert [[p["source_id"] for p in page] for page, _ in pages] == [["a-new", "f"], ["c-rep", "b-dup"], ["e"], []]
    assert {total for _, total in pages} == {5}


def _shown(url: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    """The cards of the feed on one page (``web_queries.feed_page``), once checked that its total counts exactly
    them and that, in the feed of open gigs, none is closed or delisted."""
    postings, total = _page(url, limit=200, **kw)
    assert total == len(postings)
    if not kw.get("include_expired") and not kw.get("include_delisted"):
        assert not [p["source_id"] for p in postings if p["delisted_at"] or queries.has_passed(p["expires_at"], NOW)]
    return [p["source_id"] for p in postings]


def test_the_stand_in_passes_what_the_seeker_asks(store_url: str) -> None:
    """Asked for English gigs, the Uzbek duplicate does not stand in (an older English one does); asked for likely
    scams too, the newest open posting does, scam or not. A gig whose representative closed and none of whose open
    postings passes leaves the feed, its count with it: asked for one source's gigs whose open duplicates are on
    others, for a legitimacy none reaches, or when its one open duplicate is not VA work."""
    _build(store_url, CLUSTERS, DELISTED)
    assert _shown(store_url, languages=["en"]) == ["a-old", "f", "c-rep", "b-dup", "e"]
    assert _shown(store_url, include_scams=True) == ["a-scam", "f", "c-rep", "b-dup", "e"]
    assert _shown(store_url, sources=["weworkremotely"]) == ["f", "c-rep", "e"]
    assert _shown(store_url, min_legitimacy=95) == []
    with db.sessions(store_url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id == "b-dup").values(va_relevant=False))
    assert _shown(store_url) == ["a-new", "f", "c-rep", "e"]


LANGUAGES = {
    "fa-fa": [_posting("fa-fa", 20, language="fa", expires_at=PAST),
              _posting("fa-fa-dup", 2, "jobinja", language="fa")],
    "fa-en": [_posting("fa-en", 19, language="fa", expires_at=PAST), _posting("fa-en-dup", 3, "remoteok")],
    "en-fa": [_posting("en-fa", 18, expires_at=PAST), _posting("en-fa-dup", 4, "jobvision", language="fa")],
    "en-open": [_posting("en-open", 17), _posting("en-open-dup", 5, "jobinja", language="fa")],
    "fa": [_posting("fa", 16, "jobinja", language="fa")],
}


def test_a_closed_gig_is_shown_under_a_language_by_an_open_posting_in_that_language(store_url: str) -> None:
    """Under ``lang=fa``: a closed Persian posting with an open Persian duplicate shows as the duplicate; a closed
    Persian posting whose only open duplicate is English is left out (that card would be English, the Persian one
    is closed); a closed English posting with an open Persian duplicate shows as the Persian one. An open
    representative is its gig's card, so an open English posting with a Persian duplicate shows under ``lang=en``
    only."""
    _build(store_url, LANGUAGES)
    assert _shown(store_url, languages=["fa"]) == ["fa-fa-dup", "en-fa-dup", "fa"]
    assert _shown(store_url, languages=["en"]) == ["fa-en-dup", "en-open"]
    assert _shown(store_url) == _shown(store_url, languages=["fa", "en"]) == \
        ["fa-fa-dup", "fa-en-dup", "en-fa-dup", "en-open", "fa"]


def test_an_open_duplicate_that_could_not_be_shown_does_not_keep_a_closed_gig(store_url: str) -> None:
    """A closed posting is not shown, with its dead Apply link, because some duplicate of it is open: a likely scam
    keeps the gig only for a seeker who asks for likely scams too (and is then its card); a posting that is not VA
    work never does."""
    _build(store_url, {
        "closed-1": [_posting("closed-1", 20, expires_at=PAST),
                     _posting("scam", 10, "telegram", legitimacy_verdict="likely_scam", legitimacy_score=5)],
        "closed-2": [_posting("closed-2", 19), _posting("not-va", 11, "remoteok", va_relevant=False)],
        "open": [_posting("open", 18)],
    }, delisted=("closed-2",))
    assert _shown(store_url) == ["open"]
    assert _shown(store_url, include_scams=True) == ["scam", "open"]


def test_curation_judges_a_gig_by_its_representative_open_or_closed(store_url: str) -> None:
    """A gig curation leaves out by its representative (a likely scam, not VA work) is not brought in when that
    representative closes and a duplicate judged otherwise is still open."""
    _build(store_url, {
        "scam-rep": [_posting("scam-rep", 20, legitimacy_verdict="likely_scam", legitimacy_score=5),
                     _posting("ok-dup", 10, "remoteok")],
        "not-va-rep": [_posting("not-va-rep", 19, va_relevant=False), _posting("va-dup", 11, "remotive")],
    })
    assert _shown(store_url) == [] and _shown(store_url, include_scams=True) == ["scam-rep"]
    with db.sessions(store_url).begin() as s:
        s.execute(Posting.__table__.update().where(Posting.source_id.in_(["scam-rep", "not-va-rep"]))
                  .values(expires_at=PAST))
    assert _shown(store_url) == [] and _shown(store_url, include_scams=True) == ["ok-dup"]


def test_a_search_shows_a_closed_gig_by_the_words_of_its_open_posting(store_url: str) -> None:
    """The words asked for must be in the card shown: the open duplicate's, not only the closed representative's;
    and, so that the words' index finds the page, in the representative's too (a duplicate's text is mostly its
    representative's). The count (looking words up by id) and the page (walking the feed's order) agree."""
    _build(store_url, {"rep": [_posting("rep", 20, title="Bookkeeping assistant", expires_at=PAST),
                               _posting("dup", 10, "remoteok", title="Virtual assistant for invoices")],
                       "other": [_posting("other", 5, title="Invoices clerk")]})
    assert search.fill(db.sessions(store_url), search_text) == 3
    assert _shown(store_url, search_terms=search_words("invoices")) == ["other"]  # not in the representative
    assert _shown(store_url, search_terms=search_words("assistant")) == ["dup"]
    assert _shown(store_url, search_terms=search_words("bookkeeping")) == []
    assert _shown(store_url, search_terms=search_words("bookkeeping"), include_expired=True) == ["rep"]


def test_asked_for_closed_gigs_too_a_delisted_representative_is_shown_by_a_posting_that_could_stand_in(
        store_url: str) -> None:
    """``include_expired`` still asks for gigs their source lists: a representative its source no longer lists is
    shown by a listed duplicate that could stand in for it (the seeker's language, no likely scam unless asked),
    as in the feed of open gigs; ``include_delisted`` (no closing date has passed here) shows the representatives."""
    _build(store_url, {
        "fa-kept": [_posting("fa-kept", 20, language="fa"), _posting("fa-dup", 10, "jobinja", language="fa")],
        "fa-by-en": [_posting("fa-by-en", 19, language="fa"), _posting("en-dup", 11, "remoteok")],
        "en-by-fa": [_posting("en-by-fa", 18), _posting("fa-dup2", 12, "jobvision", language="fa")],
        "by-scam": [_posting("by-scam", 17),
                    _posting("scam", 13, "telegram", legitimacy_verdict="likely_scam", legitimacy_score=5)],
    }, delisted=("fa-kept", "fa-by-en", "en-by-fa", "by-scam"))
    assert _shown(store_url, include_expired=True) == ["fa-dup", "en-dup", "fa-dup2"]
    assert _shown(store_url, include_expired=True, languages=["fa"]) == ["fa-dup", "fa-dup2"]
    assert _shown(store_url, include_expired=True, include_scams=True) == ["fa-dup", "en-dup", "fa-dup2", "scam"]
    assert _shown(store_url, include_delisted=True, languages=["fa"]) == ["fa-kept", "fa-by-en"]
    assert _shown(store_url, include_delisted=True, include_expired=True, languages=["fa"]) == ["fa-kept", "fa-by-en"]


def test_asked_for_closed_or_delisted_gigs_each_flag_adds_only_its_own_kind(store_url: str) -> None:
    """Asked for closed gigs too, a delisted representative is still shown by its listed duplicate (b-dup); asked
    for delisted gigs too, a closed one by its open duplicate (a-new, and d-dup, which its source delisted); asked
    for both, the cards are the representatives."""
    _build(store_url, CLUSTERS, DELISTED)
    assert _feed(store_url, include_expired=True) == ["a-rep", "d-rep", "f", "c-rep", "b-dup", "e"]
    assert _feed(store_url, include_delisted=True) == ["a-new", "d-dup", "f", "c-rep", "b-rep", "e"]
    assert _feed(store_url, include_delisted=True, include_expired=True) == \
        ["a-rep", "d-rep", "f", "c-rep", "b-rep", "e"]
    everything = _feed(store_url, curated=False, limit=None)
    assert len(everything) == sum(map(len, CLUSTERS.values())) and everything[0] == "a-rep"


def test_a_cluster_with_nothing_open_stays_out(store_url: str) -> None:
    _build(store_url, CLUSTERS, DELISTED)
    with db.sessions(store_url).begin() as s:  # a-rep's duplicates close too
        s.execute(Posting.__table__.update().where(Posting.source_id.in_(["a-old", "a-new", "a-scam"]))
                  .values(expires_at=PAST))
    assert _feed(store_url) == ["f", "c-rep", "b-dup", "e"]
    assert _page(store_url)[1] == 4


def _count_page(url: str, f: queries.FeedFilter) -> tuple[int, int, int]:
    """(statements ``feed`` runs, statements ``feed_page`` runs, cards shown); SQLite's BEGIN of the page's read
    snapshot (``store.db.one_snapshot``) reads nothing and is not counted."""
    with db.sessions(url)() as s:
        s.execute(select(1))  # the connection is set up before counting
        with statements(url) as rows:
            queries.feed(s, f)
        with statements(url) as page:
            postings, _ = web_queries.feed_page(s, f)
    return len(rows), len([sql for sql in page if sql != "BEGIN"]), len(postings)


def test_the_stand_ins_of_a_page_take_one_query(store_url: str) -> None:
    """A page of 50 whose every representative closed runs one query more than a page of open ones, not 50."""
    def gig(i: int) -> list[dict]:  # newest first by i; every fifth representative open
        when = dict(posted_at=PAST - timedelta(hours=i))
        return [_posting(f"rep-{i}", 1, expires_at=None if i % 5 == 0 else PAST, **when),
                _posting(f"dup-{i}", 1, "remoteok", **when), _posting(f"dup2-{i}", 1, "remotive", **when)]

    _build(store_url, {f"rep-{i}": gig(i) for i in range(120)})
    f = queries.FeedFilter(now=NOW, limit=50)
    closed_page = _count_page(store_url, f)  # the newest 50: 40 of them of closed representatives
    with db.sessions(store_url)() as s:
        assert sum(p.source_id.startswith("dup") for p in queries.feed(s, f)) == 40
    assert closed_page == (2, 4, 50)  # the page, its stand-ins; the count, the page, the stand-ins, the links
    open_page = _count_page(store_url, queries.FeedFilter(now=NOW, limit=50, include_expired=True))
    assert open_page == (1, 3, 50)
    with db.sessions(store_url).begin() as s:  # every representative open: no stand-in to look up
        s.execute(Posting.__table__.update().values(expires_at=None))
    assert _count_page(store_url, f) == (1, 3, 50)


def test_a_count_gathers_the_clusters_with_a_stand_in_once_and_a_page_looks_them_up(sqlite_url: str) -> None:
    """Under the seeker's filters too, the count scans ``ix_postings_curation`` and gathers once, from that index,
    the clusters with a posting that could stand in (looking up each closed representative's cluster made a count
    of 200,000 postings on PostgreSQL ten times slower); a page walks the feed's order and looks up only the
    clusters of the closed representatives it meets."""
    _build(sqlite_url, CLUSTERS, DELISTED)
    for asked in ({"sources": ["remoteok"]}, {"languages": ["fa"]}):  # a source: no OR of two index searches
        count = query_plan(sqlite_url, select(func.count(Posting.id)).where(
            *queries.feed_conditions(queries.FeedFilter(now=NOW, **asked))))
        assert "SCAN postings USING COVERING INDEX ix_postings_curation" in count and "CORRELATED" not in count, count
        assert "LIST SUBQUERY" in count and "SEARCH postings USING COVERING INDEX ix_postings_curation" in count, count
        assert "MULTI-INDEX OR" not in count, count
    f = queries.FeedFilter(now=NOW, languages=["fa"])
    page = query_plan(sqlite_url, queries.feed_query(f))
    assert "SCAN postings USING INDEX ix_postings_newest" in page, page
    assert "SEARCH postings_1 USING INDEX ix_postings_cluster_id (cluster_id=?)" in page, page
