"""``vagigs retag``: re-tag stored postings from their title and description, in batches."""
from __future__ import annotations

from sqlalchemy import select, update

from pipeline.tags.store_retag import retag
from pipeline.tags.store_retag import retag_store
from store import db, queries
from store.models import Posting, PostingTag
from tests.helpers import vagigs


def _seed(url: str) -> dict[str, int]:
    rows = {
        "va": dict(title="Virtual Assistant", description="Manage the inbox, schedule meetings, do data entry and typing."),
        "dev": dict(title="Senior Go Engineer", description="Build backend services in Go and Kubernetes."),
        "ru": dict(title="Оператор call-центра", description="Прием входящих звонков, консультирование клиентов."),
        "fa": dict(title="کارشناس پشتیبانی مشتریان", description="پاسخگویی تلفنی و پاسخگویی به مشتریان"),
        "empty": dict(title=None, description=None),
    }
    ids = {}
    with db.sessions(url).begin() as s:
        for sid, v in rows.items():
            # stale values from an older taxonomy: retag must replace all of them
            ids[sid] = queries.upsert_posting(s, dict(source="t", source_id=sid, tags=["travel_booking"],
                                                      tag_scores={"travel_booking": {"score": 9}},
                                                      va_relevant=True, va_relevance=0.9, **v)).id
    return ids


def _state(url: str) -> dict[int, tuple]:
    with db.sessions(url)() as s:
        tags: dict[int, set[str]] = {}
        for pid, t in s.execute(select(PostingTag.posting_id, PostingTag.tag)):
            tags.setdefault(pid, set()).add(t)
        return {p.id: (p.tags, p.tag_scores, p.va_relevant, p.va_relevance, tags.get(p.id, set()))
                for p in s.scalars(select(Posting))}


def test_retag_updates_columns_and_posting_tags(store_url: str) -> None:
    ids = _seed(store_url)
    report = retag_store(store_url, batch_size=2)  # several batches
    assert report.postings == 5 and report.failed == 0
    assert report.relevant == 3 and report.changed == 5
    state = _state(store_url)
    tags, scores, relevant, relevance, link = state[ids["va"]]
    assert relevant and {"general_admin", "email_management", "data_entry"} <= set(tags)
    assert set(scores) == set(tags) and scores["data_entry"]["evidence"] == "data entry"
    assert link == set(tags) and 0.5 <= relevance <= 1
    assert state[ids["dev"]][0] == [] and state[ids["dev"]][2] is False and state[ids["dev"]][4] == set()
    assert {"phone_answering", "customer_support"} <= set(state[ids["ru"]][0])
    assert "customer_support" in state[ids["fa"]][0]
    assert state[ids["empty"]][0] == [] and state[ids["empty"]][2] is False
    # the feed now hides the non-VA posting and finds the re-tagged one by tag
    with db.sessions(store_url)() as s:
        shown = {p.source_id for p in queries.feed(s, queries.FeedFilter())}
        by_tag = {p.source_id for p in queries.feed(s, queries.FeedFilter(tags=["phone_answering"]))}
    assert "dev" not in shown and "empty" not in shown and {"va", "ru", "fa"} <= shown
    assert by_tag == {"ru", "fa"}


def test_retag_twice_is_stable_and_reports(store_url: str) -> None:
    _seed(store_url)
    first = _state(store_url) and retag_store(store_url)
    before = _state(store_url)
    second = retag(store_url)
    assert _state(store_url) == before
    assert "re-tagged 5 postings" in second and "tags changed: 0" in second
    assert first.changed == 5


def test_a_posting_that_fails_is_counted_and_keeps_its_tags(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _seed(store_url)
    import pipeline.tags.store_retag as mod

    real = mod.tag_text

    def flaky(title, description):  # type: ignore[no-untyped-def]
        if title == "Senior Go Engineer":
            raise RuntimeError("boom")
        return real(title, description)

    monkeypatch.setattr(mod, "tag_text", flaky)
    report = retag_store(store_url)
    assert report.failed == 1 and report.postings == 5
    assert _state(store_url)[ids["dev"]][0] == ["travel_booking"]


def test_vagigs_retag_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db.migrate(url)
    _seed(url)
    proc = vagigs("retag", env={"VAGIGS_DATABASE_URL": url})
    assert "re-tagged 5 postings with taxonomy" in proc.stdout
    assert "VA-relevant: 3" in proc.stdout


def test_forked_workers_give_the_same_store(store_url: str) -> None:
    _seed(store_url)
    retag_store(store_url, batch_size=2, workers=1)
    single = _state(store_url)
    _seed(store_url)  # back to stale values
    report = retag_store(store_url, batch_size=2, workers=2)
    assert report.postings == 5 and report.failed == 0
    assert _state(store_url) == single


def test_retag_stamps_every_posting_with_the_installed_tagger_version(store_url: str) -> None:
    from pipeline.tags import version

    _seed(store_url)
    retag_store(store_url, batch_size=2)
    with db.sessions(store_url)() as s:
        assert set(s.scalars(select(Posting.tags_version))) == {version()}
    with db.sessions(store_url).begin() as s:  # two tagged by an older version, one by none recorded
        s.execute(update(Posting).where(Posting.id <= 2).values(tags_version="2026.11.1+0badc0de"))
        s.execute(update(Posting).where(Posting.id == 5).values(tags_version=None))
    report = retag_store(store_url, batch_size=2, stale_only=True)
    assert report.postings == 3 and report.summary().startswith("re-tagged 3 stale postings")
    with db.sessions(store_url)() as s:
        assert set(s.scalars(select(Posting.tags_version))) == {version()}
    assert retag_store(store_url, stale_only=True).postings == 0


def test_retag_names_a_model_trained_with_another_taxonomy(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The relevance model and tag thresholds were fitted to one taxonomy's phrase scores: after an edit of
    ``taxonomy.json`` they are stale, and the report says so, with the one command that fixes it."""
    import dataclasses

    from pipeline.tags import model as mdl

    _seed(sqlite_url)
    assert "note:" not in retag(sqlite_url)  # the committed model matches the committed taxonomy
    stale = dataclasses.replace(mdl.default_model(), taxonomy_version="2026.1.1")
    monkeypatch.setattr(mdl, "default_model", lambda: stale)
    out = retag(sqlite_url)
    assert out.startswith("note: the relevance model and tag thresholds (model.json) were trained with taxonomy "
                          "2026.1.1, the taxonomy is ")
    assert "`vagigs retag --retrain`" in out and "re-tagged 5 postings" in out


def test_retag_retrain_refits_the_model_then_retags(sqlite_url: str, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from pipeline.tags import model as mdl

    committed = json.loads(mdl.MODEL_PATH.read_text(encoding="utf-8"))
    old = dict(committed, taxonomy_version="2026.1.1", weights={}, bias=-9.0)  # a model of another taxonomy
    path = tmp_path / "model.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(mdl, "MODEL_PATH", path)
    mdl.default_model.cache_clear()
    ids = _seed(sqlite_url)
    try:
        out = retag(sqlite_url, retrain=True)
    finally:
        mdl.default_model.cache_clear()  # the next test reads the committed model again
    assert out.startswith("retrained the relevance model and tag thresholds on ")
    assert "note:" not in out  # the model now matches the taxonomy
    refit = json.loads(path.read_text(encoding="utf-8"))
    assert refit["taxonomy_version"] == committed["taxonomy_version"] and refit["weights"] == committed["weights"]
    # and the store was tagged with it: the bias of -9 would have made nothing relevant
    assert _state(sqlite_url)[ids["va"]][2] is True


def test_a_posting_a_crawl_stores_again_meanwhile_keeps_the_crawls_tags(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The crawl tagged the newer text; re-tagging read the older one. Its row and its ``posting_tags`` stay as the
    crawl wrote them, on both stores."""
    import pipeline.tags.store_retag as mod

    ids = _seed(store_url)
    real = mod.tag_text

    def crawled_meanwhile(title, description):  # type: ignore[no-untyped-def]
        if title == "Virtual Assistant":
            with db.sessions(store_url).begin() as s:  # a crawl: the post now asks for bookkeeping, tagged so
                queries.upsert_posting(s, dict(source="t", source_id="va", title="Bookkeeper",
                                               description="Reconcile the accounts in QuickBooks.",
                                               tags=["bookkeeping"], va_relevant=True, va_relevance=0.9))
        return real(title, description)

    monkeypatch.setattr(mod, "tag_text", crawled_meanwhile)
    report = retag_store(store_url, batch_size=2)
    assert report.crawled_meanwhile == 1 and report.failed == 0
    assert report.changed == 4  # all five were stale; the crawl, not this run, changed the fifth
    assert "left as a crawl tagged them meanwhile: 1" in report.summary()
    state = _state(store_url)
    assert state[ids["va"]][0] == ["bookkeeping"]  # the crawl's, not the tags of the text it replaced
    assert state[ids["va"]][4] == {"bookkeeping"}  # its posting_tags rows too (``queries.upsert_posting`` wrote them)
    assert {"phone_answering", "customer_support"} <= set(state[ids["ru"]][0])  # the rest were written
    assert state[ids["ru"]][4] == set(state[ids["ru"]][0])


def test_times_another_writer_stored_as_other_text_are_retagged_too(sqlite_url: str) -> None:
    """A SQLite file whose ``last_seen_at`` another writer (a bulk load, a script) stored without microseconds: the
    postings are re-tagged, and their ``posting_tags`` rows are their ``tags`` (they had been rewritten while the
    postings' own columns kept the old tags)."""
    ids = _seed(sqlite_url)
    with db.engine(sqlite_url).begin() as connection:
        connection.exec_driver_sql("UPDATE postings SET last_seen_at = '2026-12-05 13:00:00'")
    report = retag_store(sqlite_url)
    assert report.crawled_meanwhile == 0 and report.changed == 5
    state = _state(sqlite_url)
    assert "data_entry" in state[ids["va"]][0]
    assert all(set(tags or []) == link for tags, _, _, _, link in state.values())


def test_the_summary_lists_tied_tags_by_name_whatever_order_they_were_counted_in() -> None:
    """Ties had followed the order postings were read in, which differs between stores that crawled alike."""
    from collections import Counter

    from pipeline.tags.store_retag import RetagReport

    one = RetagReport(version="v", tag_counts=Counter({"travel_booking": 4, "data_entry": 4, "research": 9}))
    other = RetagReport(version="v", tag_counts=Counter({"data_entry": 4, "research": 9, "travel_booking": 4}))
    assert one.summary().splitlines()[-1] == other.summary().splitlines()[-1] == \
        "tags: research=9, data_entry=4, travel_booking=4"
