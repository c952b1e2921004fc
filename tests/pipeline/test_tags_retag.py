"""``vagigs retag``: re-tag stored postings from their title and description, in batches."""
from __future__ import annotations

from sqlalchemy import select

from pipeline.tags import retag
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
