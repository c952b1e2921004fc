"""``trends.reach_per_week``: of each week's VA gigs (one per duplicate cluster, no likely scams), how many are
remote and how many a seeker living in Uzbekistan or Iran could take from there. Location strings as boards write
them ("USA Only", "Anywhere" are real ones; the samples hold no posting open to the CIS or EMEA, so those are
written alike), read by ``pipeline.remote.allowed_regions``; on SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, null, select, text, update

from pipeline.remote import COUNTRY_CODES, allowed_regions, open_to
from store import db, queries, trends
from store.models import Posting
from tests.helpers import ISO_WEEK_EDGES, ISO_WEEKS_OF_EDGES

WEEK_10 = datetime(2025, 3, 4, tzinfo=timezone.utc)   # 2025-W10
WEEK_11 = datetime(2025, 3, 11, tzinfo=timezone.utc)  # 2025-W11
COUNTRIES = {"UZ": sorted(open_to("UZ")), "IR": sorted(open_to("IR"))}


def _posting(source_id: str, posted_at: datetime | None, scope: str | None, location: str | None = None,
             **extra) -> dict:  # type: ignore[no-untyped-def]
    return {**dict(source="jobicy", source_id=source_id, title=source_id, posted_at=posted_at, va_relevant=True,
                   legitimacy_verdict="ok", remote_scope=scope, location=location,
                   allowed_regions=allowed_regions(location) if scope == "remote" else None), **extra}


def test_reach_counts_the_gigs_open_to_each_country(store_url: str) -> None:
    with db.sessions(store_url).begin() as s:
        for p in (_posting("usa", WEEK_10, "remote", "USA Only"),
                  _posting("emea", WEEK_10, "remote", "EMEA"),
                  _posting("world", WEEK_10, "remote", "Anywhere"),
                  _posting("office", WEEK_10, "onsite", "Tashkent"),
                  _posting("not-va", WEEK_10, "remote", "Anywhere", va_relevant=False),
                  _posting("scam", WEEK_10, "remote", "Anywhere", legitimacy_verdict="likely_scam"),
                  _posting("repost", WEEK_10, "remote", "Anywhere"),
                  _posting("cis", WEEK_11, "remote", "CIS"),
                  _posting("unsaid", WEEK_11, "remote", None)):
            queries.upsert_posting(s, p)
        s.execute(update(Posting).where(Posting.source_id == "repost").values(is_representative=False))
    with db.sessions(store_url)() as s:
        rows = trends.reach_per_week(s, COUNTRIES)
        since = trends.reach_per_week(s, COUNTRIES, since=WEEK_11)
    assert rows == [
        {"week": "2025-W10", "gigs": 4, "remote": 3, "open_to_UZ": 1, "open_to_IR": 2,
         "share_UZ": 0.25, "share_IR": 0.5},
        {"week": "2025-W11", "gigs": 2, "remote": 2, "open_to_UZ": 2, "open_to_IR": 1,
         "share_UZ": 1.0, "share_IR": 0.5},
    ]
    assert since == rows[1:]


# ------------------------------------------------------------------ the open-to test in Python, and the weekly fold

#: Region lists as stored: canonical ones (``allowed_regions``' labels), a source's own words left as they were
#: ("United States", "Uzbekistan", "Tashkent": named by no country's labels), and the lists that name no region.
REGION_LISTS: dict[str, list[str] | None] = {
    "json-null": None, "empty": [], "world": ["Worldwide"], "us": ["US"], "united-states": ["United States"],
    "utc+5": ["UTC+5"], "utc+3:30": ["UTC+3:30"], "utc-5": ["UTC-5"], "europe": ["Europe"],
    "uz-ir-names": ["Uzbekistan", "Iran"], "uz-ir": ["UZ", "IR"], "central-asia": ["Central Asia"],
    "asia-pacific": ["Asia-Pacific"], "asia-zones": ["Asia time zones"], "emea-us": ["EMEA", "US"], "cis": ["CIS"],
    "tashkent": ["Tashkent"], "middle-east": ["Middle East"], "us-zones": ["US time zones"],
    "world-not-us": ["Worldwide", "not US"], "world-not-uz": ["Worldwide", "not UZ"],
    "asia-not-ir": ["Asia", "not IR"], "world-not-middle-east": ["Worldwide", "not Middle East"],
}


def test_open_to_labels_is_the_twin_of_open_to_any(store_url: str) -> None:
    """``trends.open_to_labels`` (Python, once per distinct region list) answers as ``queries.open_to_any`` (SQL,
    per row) for every country's labels, on the lists as the store gives them back — SQL NULL as well as JSON
    null."""
    with db.sessions(store_url).begin() as s:
        for sid, regions in REGION_LISTS.items():
            queries.upsert_posting(s, _posting(sid, WEEK_10, "remote", allowed_regions=regions))
        queries.upsert_posting(s, _posting("sql-null", WEEK_10, "remote"))
        s.execute(update(Posting).where(Posting.source_id == "sql-null").values(allowed_regions=null()))
    with db.sessions(store_url)() as s:
        assert s.scalar(select(func.count()).where(Posting.allowed_regions.is_(None))) == 1  # SQL NULL, stored
        stored = {sid: regions for sid, regions in s.execute(select(Posting.source_id, Posting.allowed_regions))}
        for country in sorted(COUNTRY_CODES | {"XX"}):
            labels = sorted(open_to(country))
            in_sql = set(s.scalars(select(Posting.source_id).where(queries.open_to_any(labels))))
            in_python = {sid for sid, regions in stored.items() if trends.open_to_labels(regions, frozenset(labels))}
            assert in_python == in_sql, country
    uz = {sid for sid, regions in stored.items() if trends.open_to_labels(regions, open_to("UZ"))}
    assert uz == {"json-null", "sql-null", "empty", "world", "utc+5", "utc+3:30", "uz-ir", "central-asia",
                  "asia-zones", "cis", "world-not-us", "asia-not-ir", "world-not-middle-east"}
    ir = {sid for sid, regions in stored.items() if trends.open_to_labels(regions, open_to("IR"))}
    assert {"world-not-us", "world-not-uz"} <= ir and not {"asia-not-ir", "world-not-middle-east"} & ir


def _fill_edges(url: str) -> None:
    """A few postings at each of ``ISO_WEEK_EDGES`` (more at each later one, so no two weeks count alike), two by two
    in the same scope and region list (so a group of the read holds more than one posting), with every kind of scope
    and region list, and ones the reach leaves out: no VA work, a likely scam, a duplicate."""
    scopes = ["remote", "remote", "hybrid", None, "remote", "onsite"]
    lists = [*REGION_LISTS.values()]
    with db.sessions(url).begin() as s:
        for i, when in enumerate(ISO_WEEK_EDGES):
            for j in range(i + 2):
                k, m = i * 7 + j // 2, i * 7 + j  # postings two by two alike in scope and regions
                queries.upsert_posting(s, _posting(
                    f"{i}-{j}", when, scopes[k % len(scopes)], allowed_regions=lists[k % len(lists)],
                    va_relevant=m % 9 != 4, legitimacy_verdict="likely_scam" if m % 11 == 5 else "ok"))
        s.execute(update(Posting).where(Posting.source_id.in_(["1-1", "4-0"])).values(is_representative=False))
        s.execute(update(Posting).where(Posting.source_id == "5-2").values(allowed_regions=null()))


def test_reach_folds_days_into_iso_weeks_as_each_posting_would(store_url: str) -> None:
    """The grouped read gives what counting one posting at a time gives: each posting's ISO week from its own UTC
    time in Python, and its remote and open-to tests asked of the store in SQL (``queries.REMOTE``,
    ``queries.open_to_any``), for the whole store and since a week's start."""
    _fill_edges(store_url)
    with db.sessions(store_url)() as s:
        if s.get_bind().dialect.name == "postgresql":  # days are UTC days whatever the connection's zone
            s.execute(text("SET LOCAL TIME ZONE 'Pacific/Kiritimati'"))  # UTC+14: Sunday 23:30 UTC is Monday there
        postings = list(s.scalars(select(Posting)))
        remote = set(s.scalars(select(Posting.id).where(queries.REMOTE)))
        open_ids = {c: set(s.scalars(select(Posting.id).where(queries.REMOTE, queries.open_to_any(labels))))
                    for c, labels in COUNTRIES.items()}
        since = trends.week_start("2026-W53")
        got = {None: trends.reach_per_week(s, COUNTRIES), since: trends.reach_per_week(s, COUNTRIES, since=since)}
    for start, rows in got.items():
        weeks: dict[str, list[int]] = {}
        for p in postings:
            when = (p.posted_at or p.first_seen_at).astimezone(timezone.utc)
            if (p.is_representative is False or p.va_relevant is False or p.legitimacy_verdict == "likely_scam"
                    or (start is not None and when < start)):
                continue
            year, week, _ = when.isocalendar()
            n = weeks.setdefault(f"{year}-W{week:02d}", [0] * (2 + len(COUNTRIES)))
            n[0] += 1
            n[1] += p.id in remote
            for i, c in enumerate(COUNTRIES, start=2):
                n[i] += p.id in open_ids[c]
        expected = [{"week": w, "gigs": n[0], "remote": n[1],
                     **{f"open_to_{c}": n[i] for i, c in enumerate(COUNTRIES, start=2)},
                     **{f"share_{c}": round(n[i] / n[0], 3) for i, c in enumerate(COUNTRIES, start=2)}}
                    for w, n in sorted(weeks.items())]
        assert [r for r in rows if r["gigs"]] == expected
        assert [r["week"] for r in rows] == trends.weeks_of(expected)  # the quiet weeks between too (test below)
    assert ISO_WEEKS_OF_EDGES <= {r["week"] for r in got[None]}
    counted = [r for r in got[None] if r["gigs"]]
    assert len({(r["gigs"], r["open_to_UZ"]) for r in counted}) == len(counted)  # no two weeks alike
    assert {"2025-W10", "2025-W11", "2025-W12"}.isdisjoint(r["week"] for r in got[since])


def test_reach_gives_every_week_of_the_volume_tables_a_row(store_url: str) -> None:
    """Every week ``trends.weeks_of`` gives the volume tables is a reach row, as they list every week: one with no
    posting, or with postings but no VA gig (a likely scam's week here), counts 0 gigs, and its shares are
    ``None`` (a share of no gigs), not 0. /api/trends had given 29 reach rows against 320 weeks."""
    with db.sessions(store_url).begin() as s:
        for p in (_posting("scam", WEEK_10, "remote", "Anywhere", legitimacy_verdict="likely_scam"),
                  _posting("va", WEEK_11 + timedelta(weeks=1), "remote", "Anywhere"),
                  _posting("late", WEEK_11 + timedelta(weeks=3), None, va_relevant=False)):
            queries.upsert_posting(s, p)
    with db.sessions(store_url)() as s:
        rows = trends.reach_per_week(s, COUNTRIES)
        volume = trends.postings_per_week(s, "source")
        since = trends.reach_per_week(s, COUNTRIES, since=WEEK_11)
    assert [r["week"] for r in rows] == trends.weeks_of(volume) == [f"2025-W{n}" for n in range(10, 15)]
    assert [(r["gigs"], r["open_to_UZ"], r["share_UZ"], r["share_IR"]) for r in rows] == [
        (0, 0, None, None), (0, 0, None, None), (1, 1, 1.0, 1.0), (0, 0, None, None), (0, 0, None, None)]
    # since a week with no gig: its row too, as /trends counts its last weeks ("--since 12w" had begun at the first
    # week with a posting)
    assert [r["week"] for r in since] == [f"2025-W{n}" for n in range(11, 15)]
    assert since[0] == {"week": "2025-W11", "gigs": 0, "remote": 0, "open_to_UZ": 0, "open_to_IR": 0,
                        "share_UZ": None, "share_IR": None}
