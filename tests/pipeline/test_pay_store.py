"""Reading a stored posting's pay text again (``pipeline.pay_store``, ``vagigs migrate --pay``), on SQLite and on
PostgreSQL: only the postings that state no pay bound, and only what the store did not know."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.pay_store import FIELDS, reread_pay
from store import db, queries
from store.models import Posting
from tests.helpers import VA_GIG, small_store, vagigs

# What a crawl of an older vagigs stored: pay texts it did not read (no bounds), one whose source gave its own
# bounds, one stating a negotiable pay, one it cannot read, and a posting with no pay text
NONE = dict.fromkeys(FIELDS)
STORED = (
    dict(source_id="toman", salary_raw="۱۲،۵ میلیون تومان", **NONE),
    dict(source_id="som", salary_raw="5 000 000 - 7 000 000 so'm", **NONE),
    dict(source_id="hourly", salary_raw="$20-25/hour", **{**NONE, "salary_gross": True}),
    dict(source_id="given", salary_raw="$20-25/hour", **{**NONE, "salary_min": 18.0, "salary_currency": "USD"}),
    dict(source_id="deal", salary_raw="kelishiladi", **NONE),
    dict(source_id="vague", salary_raw="Competitive", **NONE),
    dict(source_id="none", salary_raw=None, **NONE),
)


def _store(url: str) -> None:
    db.migrate(url)
    with db.sessions(url).begin() as s:
        for p in STORED:
            queries.upsert_posting(s, {**VA_GIG, "source": "telegram", **p})


def _pay(url: str) -> dict[str, tuple]:
    with db.sessions(url)() as s:
        return {row[0]: tuple(row[1:]) for row in s.execute(
            select(Posting.source_id, *(getattr(Posting, f) for f in FIELDS)))}


def test_the_postings_that_stated_no_pay_have_their_pay_text_read_again(store_url: str) -> None:
    _store(store_url)
    assert reread_pay(db.sessions(store_url), batch=2) == (5, 3)  # batches of two: the walk by id resumes
    assert _pay(store_url) == {
        "toman": (125_000_000.0, 125_000_000.0, "IRR", None, None, None),  # 12.5 million toman, in rial
        "som": (5_000_000.0, 7_000_000.0, "UZS", None, None, None),
        "hourly": (20.0, 25.0, "USD", "hour", True, None),  # what was known stays
        "given": (18.0, None, "USD", None, None, None),  # a bound the source gave is never replaced
        "deal": (None, None, None, None, None, True),  # no amount, but negotiable
        "vague": (None, None, None, None, None, None),
        "none": (None, None, None, None, None, None),
    }
    assert reread_pay(db.sessions(store_url)) == (2, 0)  # read again: "kelishiladi" and "Competitive" state none


def test_a_pay_text_that_fails_to_read_is_logged_and_left_as_stored(sqlite_url: str, monkeypatch,
                                                                    caplog) -> None:  # type: ignore[no-untyped-def]
    from pipeline import pay_store

    _store(sqlite_url)
    real = pay_store.read_pay

    def failing(item):  # type: ignore[no-untyped-def]
        if item.source_id == "som":
            raise ValueError("unreadable")
        return real(item)

    monkeypatch.setattr(pay_store, "read_pay", failing)
    assert reread_pay(db.sessions(sqlite_url)) == (5, 2)
    assert _pay(sqlite_url)["som"] == (None,) * 6 and _pay(sqlite_url)["toman"][0] == 125_000_000.0
    [record] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert record.getMessage().startswith("pay of telegram/som (\"5 000 000 - 7 000 000 so'm\") not read again")


def test_a_bound_found_moves_the_postings_changed_time(sqlite_url: str) -> None:
    """The pay a seeker reads changed: a feed reader is told (``changed_at``, migration 0023)."""
    _store(sqlite_url)
    reread_pay(db.sessions(sqlite_url))
    with db.sessions(sqlite_url)() as s:
        changed = {sid for sid, at in s.execute(select(Posting.source_id, Posting.changed_at)) if at is not None}
    assert changed == {"toman", "som", "hourly", "deal"}


def test_migrate_pay_reports_what_it_read(tmp_path: Path) -> None:
    url, _ = small_store(tmp_path / "v.db", *({"source": "telegram", **p} for p in STORED))
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("migrate", "--pay", env=env).stdout
    assert "5 postings whose pay text stated no pay read again: 3 now state it" in out
    assert "2 postings whose pay text stated no pay read again: 0 now state it" in vagigs(
        "migrate", "--pay", env=env).stdout
    assert _pay(url)["som"][:3] == (5_000_000.0, 7_000_000.0, "UZS")
