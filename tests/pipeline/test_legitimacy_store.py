"""``vagigs reassess``: stored postings judged anew with the current rules and model, with the crawl's context."""
from __future__ import annotations

from collections import Counter

import pytest

from sqlalchemy import select, update

from pipeline import dedupe, legitimacy
from pipeline.legitimacy_store import reassess_store
from store import db, queries
from store.models import Posting
from tests.helpers import vagigs

FEE = dict(title="Typing job from home",
           description="Type documents from home and earn daily. To start, pay a $49 registration fee for your "
                       "training materials, then send us the SMS code you receive to activate your account.")
HONEST = dict(title="Office Assistant",
              description="Our clinic in Tashkent needs an office assistant to answer calls, keep the appointment "
                          "calendar and file patient records. We never ask candidates for money or card details. "
                          "Apply with your CV.")
TEMPLATE = dict(title="Remote Assistant",
                description="We are hiring a remote assistant to answer e-mails and keep a calendar for our sales "
                            "team. Full training is given, flexible hours, paid weekly. " * 3)


def _seed(url: str) -> dict[str, int]:
    """Postings as an older rule set left them: the fee scam passed as ``ok``, the honest post hidden."""
    rows = {
        "fee": dict(FEE, legitimacy_score=97, legitimacy_verdict="ok", legitimacy_reasons=[]),
        "honest": dict(HONEST, company="Mehr Clinic", legitimacy_score=5, legitimacy_verdict="likely_scam",
                       legitimacy_reasons=[{"code": "upfront_fee", "weight": 60, "text": "old", "span": "money"}]),
        **{f"t{i}": dict(TEMPLATE, company=name, legitimacy_score=90, legitimacy_verdict="ok", legitimacy_reasons=[])
           for i, name in enumerate(("Acme LLC", "Best Jobs", "Global Careers"))},
    }
    ids = {}
    with db.sessions(url).begin() as s:
        for sid, v in rows.items():
            ids[sid] = queries.upsert_posting(s, dict(source="telegram", source_id=sid, language="en",
                                                      text_hash=dedupe.text_hash(v["title"], v["description"]),
                                                      **v)).id
    return ids


def _state(url: str) -> dict[int, tuple]:
    with db.sessions(url)() as s:
        return {p.id: (p.legitimacy_score, p.legitimacy_verdict, p.legitimacy_reasons)
                for p in s.scalars(select(Posting))}


def _codes(reasons: list[dict]) -> set[str]:
    return {r["code"] for r in reasons}


def test_stale_verdicts_are_replaced_with_the_crawls_context(store_url: str) -> None:
    ids = _seed(store_url)
    report = reassess_store(store_url, batch_size=2)  # several batches
    assert (report.postings, report.failed) == (5, 0)
    state = _state(store_url)
    score, verdict, reasons = state[ids["fee"]]
    assert verdict == "likely_scam" and score < 40 and {"upfront_fee", "asks_sms_code"} <= _codes(reasons)
    fee = next(r for r in reasons if r["code"] == "upfront_fee")
    assert "registration fee" in fee["span"]  # the posting's own words, as the crawl stores them
    assert state[ids["honest"]][1] == "ok" and state[ids["honest"]][2] == []
    # the same text stored under three company names: the store's context, as in a crawl
    for sid in ("t0", "t1", "t2"):
        assert "same_text_many_companies" in _codes(state[ids[sid]][2])
    assert report.moves[("likely_scam", "ok")] == 1 and report.moves[("ok", "likely_scam")] >= 1
    assert report.changed == 5
    # and the feed now hides the scam and shows the honest post
    with db.sessions(store_url)() as s:
        shown = {p.source_id for p in queries.feed(s, queries.FeedFilter())}
    assert "fee" not in shown and "honest" in shown


def test_a_second_run_changes_nothing_and_a_dry_run_writes_nothing(store_url: str) -> None:
    ids = _seed(store_url)
    before = _state(store_url)
    dry = reassess_store(store_url, dry_run=True)
    assert _state(store_url) == before  # nothing written
    assert dry.changed == 5 and dry.moves[("likely_scam", "ok")] == 1
    assert "dry run: nothing written" in dry.summary() and "likely_scam -> ok: 1" in dry.summary()
    reassess_store(store_url)
    after = _state(store_url)
    assert after != before and after[ids["fee"]][1] == "likely_scam"
    again = reassess_store(store_url)
    assert again.changed == 0 and not again.moves and _state(store_url) == after


def test_every_posting_gets_the_installed_version_stamp_even_when_its_verdict_stands(store_url: str) -> None:
    from pipeline.legitimacy import version

    _seed(store_url)
    reassess_store(store_url)
    with db.sessions(store_url).begin() as s:
        s.execute(update(Posting).values(legitimacy_version="older"))  # judged alike by an older version
    report = reassess_store(store_url)
    assert report.changed == 0
    with db.sessions(store_url)() as s:
        assert set(s.scalars(select(Posting.legitimacy_version))) == {version()}


def test_stale_only_judges_the_postings_another_version_judged(store_url: str) -> None:
    ids = _seed(store_url)
    reassess_store(store_url)
    with db.sessions(store_url).begin() as s:
        s.execute(update(Posting).where(Posting.id.in_([ids["fee"], ids["t0"]])).values(legitimacy_version=None))
        s.execute(update(Posting).where(Posting.id == ids["honest"])
                  .values(legitimacy_version="older", legitimacy_verdict="likely_scam"))
    report = reassess_store(store_url, stale_only=True, batch_size=1)
    assert (report.postings, report.changed) == (3, 1) and report.moves == {("likely_scam", "ok"): 1}
    assert report.summary().startswith("re-judged 3 stale postings with judge ")
    assert reassess_store(store_url, stale_only=True).postings == 0


def test_worker_processes_judge_as_this_one_does(store_url: str) -> None:
    """A large store is judged in forked workers, each reading the context through its own connection."""
    ids = _seed(store_url)
    forked = reassess_store(store_url, batch_size=1, workers=2, dry_run=True)
    inline = reassess_store(store_url, batch_size=1, workers=1)
    assert (forked.postings, forked.changed, forked.failed) == (5, 5, 0)
    assert (forked.verdicts, forked.moves) == (inline.verdicts, inline.moves)
    state = _state(store_url)
    assert all("same_text_many_companies" in _codes(state[ids[sid]][2]) for sid in ("t0", "t1", "t2"))
    again = reassess_store(store_url, batch_size=1, workers=2)
    assert (again.postings, again.changed) == (5, 0)


def test_a_posting_that_fails_is_counted_and_keeps_its_verdict(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pipeline.legitimacy_store as mod

    ids = _seed(store_url)
    real = mod.assess

    def flaky(posting, context=None):  # type: ignore[no-untyped-def]
        if posting.source_id == "honest":
            raise RuntimeError("boom")
        return real(posting, context)

    monkeypatch.setattr(mod, "assess", flaky)
    report = reassess_store(store_url)
    assert (report.postings, report.failed) == (5, 1)
    state = _state(store_url)
    assert state[ids["honest"]][1] == "likely_scam"  # kept as it was
    assert state[ids["fee"]][1] == "likely_scam"  # the others were still judged


def test_a_posting_a_crawl_stores_again_meanwhile_keeps_the_crawls_verdict(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The crawl judged the newer text with the same code; the re-judging read the older one."""
    import pipeline.legitimacy_store as mod

    ids = _seed(store_url)
    real = mod.assess

    def crawled_meanwhile(posting, context=None):  # type: ignore[no-untyped-def]
        if posting.source_id == "fee":
            with db.sessions(store_url).begin() as s:  # a crawl: the employer reworded the post, judged anew
                queries.upsert_posting(s, dict(source="telegram", source_id="fee", title="Typing job",
                                               description="Type documents from home.", legitimacy_score=80,
                                               legitimacy_verdict="ok", legitimacy_reasons=[]))
        return real(posting, context)

    monkeypatch.setattr(mod, "assess", crawled_meanwhile)
    report = reassess_store(store_url)
    assert report.crawled_meanwhile == 1 and report.changed == 4  # the fee post's change is not this run's
    assert "left as a crawl judged them meanwhile: 1" in report.summary()
    state = _state(store_url)
    assert state[ids["fee"]][:2] == (80, "ok")  # the crawl's, not the verdict on the text it replaced
    assert state[ids["honest"]][1] == "ok"  # the rest were written
    seeded = {"honest": "likely_scam", "t0": "ok", "t1": "ok", "t2": "ok"}
    moved = Counter((v, state[ids[sid]][1]) for sid, v in seeded.items() if state[ids[sid]][1] != v)
    assert report.moves == moved and ("likely_scam", "ok") in moved  # what moved in the store, and only that


@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_the_command_prints_what_moved(sqlite_url: str) -> None:
    _seed(sqlite_url)
    out = vagigs("reassess", "--dry-run", env={"VAGIGS_DATABASE_URL": sqlite_url}).stdout
    assert out.startswith(f"judged (dry run: nothing written) 5 postings with judge {legitimacy.version()} in ")
    assert "likely_scam -> ok: 1" in out and "ok -> likely_scam: " in out
    out = vagigs("reassess", env={"VAGIGS_DATABASE_URL": sqlite_url}).stdout
    assert out.startswith("re-judged 5 postings with judge ") and "changed: 5; failed: 0" in out
    assert "changed: 0" in vagigs("reassess", env={"VAGIGS_DATABASE_URL": sqlite_url}).stdout


def test_times_another_writer_stored_as_other_text_are_judged_too(sqlite_url: str) -> None:
    """A SQLite file whose ``last_seen_at`` another writer (a bulk load, a script) stored without microseconds: read as
    a time and bound again it would never equal itself, and every posting was passed over as crawled meanwhile."""
    ids = _seed(sqlite_url)
    with db.engine(sqlite_url).begin() as connection:
        connection.exec_driver_sql("UPDATE postings SET last_seen_at = '2026-12-05 13:00:00'")
    report = reassess_store(sqlite_url)
    assert report.crawled_meanwhile == 0 and report.changed == 5
    assert _state(sqlite_url)[ids["fee"]][1] == "likely_scam"
