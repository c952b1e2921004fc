"""``vagigs copy-store``: a store a real replay crawl filled, moved from SQLite into a new PostgreSQL database and
back, shows the same feed; crawled again, the copy goes on as the original does (new runs and postings take the
ids after the copied ones, clusters keep their postings)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

import scheduler
from store import crawl_state, db, dedupe_queries, queries
from store.models import CrawlRun, Posting
from tests.helpers import own_postgres_database, scheduled, table_rows, vagigs

#: What the feed is compared with: every posting, and the search and "open to" filters, which read the tables
#: and columns the database derives (posting_regions, no_region_limit, the search index)
FEEDS = ((), ("--search", "assistant"), ("--open-to", "US"))


def _env(url: str, home: Path) -> dict[str, str]:
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(home)}


def _feeds(url: str, home: Path) -> dict[tuple[str, ...], str]:
    shown = {o: vagigs("feed", "--all", "--format", "json", *o, env=_env(url, home)).stdout for o in FEEDS}
    assert all(out.count('"id"') > 0 for out in shown.values()), {o: len(out) for o, out in shown.items()}
    return shown


def _what_only_the_store_knows(url: str) -> int:
    """A repost of a crawled posting clustered with it, a delisted posting, a day's request count, an HTTP
    validator and a scheduled job: what a new crawl into another store would not bring. The repost's id."""
    with db.sessions(url).begin() as s:
        original = s.scalars(select(Posting).where(Posting.source == "remoteok").order_by(Posting.id)).first()
        repost = {k: getattr(original, k) for k in queries.SCHEMA_FIELDS if k not in ("cluster_id", "is_representative")}
        repost.update(source="jsonld", source_id="repost-1", url="https://board.example/jobs/repost-1")
        repost_id = queries.upsert_posting(s, repost).id
        dedupe_queries.set_clusters(s, [(repost_id, original.id, "exact", False)])
        delisted = s.scalars(select(Posting).where(Posting.source == "weworkremotely").order_by(Posting.id)).first()
        delisted.delisted_at = queries.utcnow()
        crawl_state.take_request(s, "remotive", date.today(), cap=None)
        crawl_state.save_validator(s, "https://remotive.com/api/remote-jobs", "remotive", '"v1"', "Mon, 01 Dec 2025")
    scheduled(url)
    return repost_id


def _crawled(url: str) -> tuple[list[tuple[int, str, str]], dict[tuple[str, str], tuple[object, ...]]]:
    """The runs, and each posting by its source and id: its row id, the posting its cluster is named after, whether
    it represents it, whether it is listed. Two stores crawled alike share them but for the ids of the postings
    the crawl added, which PostgreSQL takes from its sequence (an upsert that updates spends one too)."""
    with db.sessions(url)() as s:
        runs = s.execute(select(CrawlRun.id, CrawlRun.source, CrawlRun.status).order_by(CrawlRun.id)).all()
        postings = s.execute(select(Posting.id, Posting.source, Posting.source_id, Posting.cluster_id,
                                    Posting.is_representative, Posting.delisted_at.is_(None))).all()
    by_id = {p.id: (p.source, p.source_id) for p in postings}
    return [tuple(r) for r in runs], {(p.source, p.source_id): (p.id, by_id[p.cluster_id], *p[4:]) for p in postings}


@pytest.mark.postgres
@pytest.mark.long
def test_a_crawled_store_copied_to_postgresql_and_back(postgres_server: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = f"sqlite:///{tmp_path / 'vagigs.db'}"
    vagigs("crawl", "remoteok", "weworkremotely", "--replay", env=_env(source, home))
    repost = _what_only_the_store_knows(source)
    rows, feeds = table_rows(source), _feeds(source, home)
    with own_postgres_database(postgres_server, "vagigs_copy") as copy:  # created empty, as its operator would
        out = vagigs("copy-store", "--to", copy, env=_env(source, home)).stdout
        assert f"postings: {len(rows['postings'])} rows" in out
        assert table_rows(copy) == rows  # every table, row for row
        assert _feeds(copy, home) == feeds
        assert scheduler.scheduled_intervals(copy) == scheduler.scheduled_intervals(source) != {}
        refused = vagigs("copy-store", "--to", copy, env=_env(source, home), check=False)
        assert refused.returncode == 1 and "already holds" in refused.stderr and "--replace" in refused.stderr

        for url in (source, copy):  # a source crawled before, and new ones
            vagigs("crawl", "remoteok", "remotive", "workingnomads", "--replay", env=_env(url, home))
        (runs, postings), (runs_there, postings_there) = _crawled(copy), _crawled(source)
        assert runs == runs_there and len(runs) > len(rows["crawl_runs"])
        assert all(status == "finished" for _, _, status in runs)  # no run failed on an id taken
        copied = max(row[0] for row in rows["postings"])
        new = {key for key, (pid, *_) in postings.items() if pid > copied}
        assert new and new == {key for key, (pid, *_) in postings_there.items() if pid > copied}
        assert {k: v[1:] for k, v in postings.items()} == {k: v[1:] for k, v in postings_there.items()}
        assert {k: v for k, v in postings.items() if k not in new} == \
            {k: v for k, v in postings_there.items() if k not in new}
        with db.sessions(copy)() as s:
            original = s.get(Posting, repost).cluster_id
            assert s.get(Posting, original).cluster_id == original and s.get(Posting, original).is_representative

        back = f"sqlite:///{tmp_path / 'laptop.db'}"  # PostgreSQL -> SQLite, for an analyst
        vagigs("copy-store", "--to", back, env=_env(copy, home))
        assert table_rows(back) == table_rows(copy)
        assert _feeds(back, home) == _feeds(copy, home)
        with db.sessions(back).begin() as s:  # SQLite's next id follows the greatest
            greatest = max(pid for pid, *_ in postings.values())
            assert queries.upsert_posting(s, dict(source="remotive", source_id="next")).id == greatest + 1


def test_copy_store_refuses_a_target_it_cannot_copy_into(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = f"sqlite:///{tmp_path / 'vagigs.db'}"
    vagigs("migrate", env=_env(source, home))
    same = vagigs("copy-store", "--to", source, env=_env(source, home), check=False)
    assert same.returncode == 1 and "the target is the store itself" in same.stderr
    unreachable = vagigs("copy-store", "--to", "postgresql+psycopg://nobody@127.0.0.1:19450/none",
                         env=_env(source, home), check=False)
    assert unreachable.returncode == 1 and "cannot open the store at" in unreachable.stderr
    assert "Traceback" not in same.stderr + unreachable.stderr
