"""Every read and write the rest of vagigs makes against the store.

Functions take an open ``Session`` and leave committing to the caller, so a
unit of work (one item, one batch, one rebuild) is one transaction.
"""
from __future__ import annotations

import socket
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import (ColumnElement, Row, Select, String, and_, delete, exists, func, not_, or_, select, tuple_,
                        type_coerce, update)
from sqlalchemy.orm import Session, aliased, defer, undefer

from store import db, search
from store.models import (
    CURATION_STAMPS, EXCLUDED, NO_LIMIT, SCHEMA_FIELDS, STORE_FIELDS, CrawlRun, Posting, PostingRegion, PostingTag,
    source_id_key,
)

if TYPE_CHECKING:
    from sqlalchemy.sql.base import ExecutableOption


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------- postings

@dataclass(frozen=True)
class UpsertResult:
    id: int
    created: bool
    cluster_id: int | None


# Fields a re-crawl must not overwrite with a newer value: the posting date, with the text it was read from, is the
# feed's order (``NEWEST``), and a source that re-dates a stored posting (a bumped job, a relative "3 days ago" read
# again hours later) would move it there, so that a walk of the API's pages after a cursor skipped or repeated it.
_KEEP_ON_UPDATE = {"first_seen_at", "posted_at", "posted_at_raw"}
# Fields a re-crawl keeps when the new value is empty (set by later, store-aware stages).
_COALESCE_ON_UPDATE = {"cluster_id", "cluster_reason", "is_representative"}


_UPSERTS: dict[str, Any] = {}


def _upsert_statement(session: Session):  # type: ignore[no-untyped-def]
    """The posting upsert, built once per dialect and executed with each posting's values as
    parameters (building a 50-column statement per item cost more than running it)."""
    name = session.get_bind().dialect.name
    stmt = _UPSERTS.get(name)
    if stmt is None:
        table = Posting.__table__  # Core, not the ORM entity: no per-row ORM bulk-insert bookkeeping
        stmt = db.insert_for(session.get_bind().dialect)(table)
        excluded = stmt.excluded
        set_: dict[str, Any] = {}
        for field_name in SCHEMA_FIELDS:
            if field_name in ("source", "source_id") or field_name in _KEEP_ON_UPDATE:
                continue
            if field_name in _COALESCE_ON_UPDATE:
                set_[field_name] = func.coalesce(excluded[field_name], table.c[field_name])
            else:
                set_[field_name] = excluded[field_name]
        set_["delisted_at"] = None  # stored again: its source lists it (again)
        stmt = _UPSERTS[name] = stmt.on_conflict_do_update(index_elements=["source", "source_id"], set_=set_) \
            .returning(table.c.id, table.c.first_seen_at, table.c.cluster_id)
    return stmt


def upsert_posting(session: Session, values: dict[str, Any]) -> UpsertResult:
    """Insert a posting or update the one with the same ``(source, source_id)``.

    ``first_seen_at``, ``posted_at`` and ``posted_at_raw`` are set once (the posting's place in the feed never moves);
    ``last_seen_at`` moves to ``values['last_seen_at']``
    (now, when absent); ``delisted_at`` becomes NULL (the source lists it). Returns the row id and
    whether the row is new.
    """
    now = utcnow()
    row = {k: values.get(k) for k in SCHEMA_FIELDS}
    row["source_id"] = source_id_key(row["source_id"])
    row["first_seen_at"] = now
    row["last_seen_at"] = values.get("last_seen_at") or now
    pid, first_seen, cluster_id = session.execute(_upsert_statement(session), row).one()
    created = abs((first_seen - now).total_seconds()) < 1e-6
    if cluster_id is None:
        session.execute(
            update(Posting).where(Posting.id == pid).values(cluster_id=pid, is_representative=True)
        )
        cluster_id = pid
    set_tags(session, pid, values.get("tags") or [])
    return UpsertResult(pid, created, cluster_id)


def set_tags(session: Session, posting_id: int, tags: Iterable[str]) -> None:
    session.execute(delete(PostingTag).where(PostingTag.posting_id == posting_id))
    unique = sorted(set(tags))
    if unique:
        session.execute(
            PostingTag.__table__.insert(), [{"posting_id": posting_id, "tag": t} for t in unique]
        )


def find_exact_duplicate(
    session: Session, *, url: str | None, content_hash: str | None, source: str, source_id: str
) -> Posting | None:
    """The earliest other posting with the same canonical URL or content hash."""
    conditions = []
    if url:
        conditions.append(Posting.url == url)
    if content_hash:
        conditions.append(Posting.content_hash == content_hash)
    if not conditions:
        return None
    stmt = (
        select(Posting)
        .where(or_(*conditions))
        .where(~and_(Posting.source == source, Posting.source_id == source_id_key(source_id)))
        .order_by(Posting.first_seen_at, Posting.id)
        .limit(1)
    )
    return session.scalars(stmt).first()


def touch_last_seen(session: Session, source: str, source_ids: Sequence[str]) -> int:
    """Mark stored postings as seen now (a listing showed them; their details were not refetched): listed
    again, none of them is delisted any more."""
    if not source_ids:
        return 0
    result = session.execute(
        update(Posting)
        .where(Posting.source == source, Posting.source_id.in_(sorted({source_id_key(i) for i in source_ids})))
        .values(last_seen_at=utcnow(), delisted_at=None)
    )
    return int(result.rowcount or 0)


def mark_delisted(session: Session, source: str, listed_since: datetime, *, now: datetime | None = None) -> int:
    """Mark delisted (``delisted_at`` = ``now``) every posting of ``source`` not seen since ``listed_since``.

    Call it only for a run that saw the source's whole current listing — a source whose every run lists all
    its current postings (``crawlers.sources.Source.lists_all_current``), in a run that finished with
    nothing dropped or held back — with ``listed_since`` that run's start: every posting still listed was
    stored or touched by the run (``upsert_posting``, ``touch_last_seen``), so one whose ``last_seen_at`` is
    older is no longer listed. A posting already delisted keeps its first date; one never seen (no
    ``last_seen_at``) is left alone. Returns how many postings were newly delisted.
    """
    result = session.execute(
        update(Posting)
        .where(Posting.source == source, Posting.last_seen_at < listed_since, Posting.delisted_at.is_(None))
        .values(delisted_at=now or utcnow())
    )
    return int(result.rowcount or 0)


def mark_unseen(session: Session, source: str, unseen_since: datetime, *, now: datetime | None = None) -> int:
    """Mark delisted every posting of ``source`` no run has seen since ``unseen_since`` (``last_seen_at`` older)
    whose closing date, if the source gave one, has passed: for sources that answer with only their newest
    postings, or page and stop at the known ones, not being shown proves nothing on one day, but a gig no listing
    has shown for weeks is as good as gone (the crawl's ``VAGIGS_UNSEEN_DAYS``). One the source said stays open
    until a later date keeps it. Listed again, it is back (``upsert_posting``, ``touch_last_seen``). Returns how
    many postings were newly delisted."""
    now = now or utcnow()
    result = session.execute(
        update(Posting)
        .where(Posting.source == source, Posting.last_seen_at < unseen_since, Posting.delisted_at.is_(None),
               or_(Posting.expires_at.is_(None), Posting.expires_at <= now))
        .values(delisted_at=now)
    )
    return int(result.rowcount or 0)


def seen_as_stored(dialect_name: str) -> ColumnElement[Any]:
    """``postings.last_seen_at`` as the database holds it, for the guard of a re-curation that reads it and writes
    only where it has not moved (a crawl stored the posting again meanwhile). On SQLite that is its text: read as a
    time and bound again, a time another writer stored without microseconds ("2026-12-05 13:00:00") is never equal
    to itself ("… 13:00:00.000000"), and the write would pass it over as moved."""
    if dialect_name == "sqlite":
        return type_coerce(Posting.last_seen_at, String)
    return Posting.__table__.c.last_seen_at


def count_postings(session: Session, source: str | None = None) -> int:
    stmt = select(func.count()).select_from(Posting)
    if source:
        stmt = stmt.where(Posting.source == source)
    return int(session.scalar(stmt) or 0)


#: A posting's place in the feed's order, newest first: its ``NEWEST`` time, then its id (``feed_key``).
FeedKey = tuple[datetime, int]


@dataclass
class FeedFilter:
    """What a seeker asks of the feed. ``curated=False`` shows every stored posting."""

    languages: Sequence[str] = ()
    tags: Sequence[str] = ()
    sources: Sequence[str] = ()
    since: datetime | None = None
    search_terms: Sequence[str] = ()  # folded words (``pipeline.textnorm.search_words``), each must occur
    min_legitimacy: int | None = None
    curated: bool = True
    include_scams: bool = False
    include_delisted: bool = False  # postings their source no longer lists (``delisted_at`` set)
    include_expired: bool = False  # postings whose closing date (``expires_at``) has passed
    remote_only: bool = False  # only postings done fully remotely (``remote_scope`` "remote")
    # with ``remote_only``: only postings whose ``allowed_regions`` name one of these, or name none (web and CLI
    # give the labels under which an applicant of one country may apply: ``pipeline.remote.open_to``)
    open_to_regions: Sequence[str] = ()
    limit: int | None = 50
    offset: int = 0
    now: datetime | None = None  # the moment a closing date is judged past at (default: when the query is built)
    # only the postings after this place in the feed's order (``feed_key``): a page that follows another whatever
    # was stored or left since, where an ``offset`` counts again from the newest
    after: FeedKey | None = None


# The curated feed's conditions, written so NULL (not yet judged) passes without an OR: a plain
# ``IS NOT`` keeps the planner on the ``ix_postings_newest`` order instead of sorting every match.
REPRESENTATIVE = Posting.is_representative.is_not(False)
VA_RELEVANT = Posting.va_relevant.is_not(False)
NOT_LIKELY_SCAM = Posting.legitimacy_verdict.is_distinct_from("likely_scam")
REMOTE = Posting.remote_scope == "remote"  # done fully remotely (``pipeline.remote.remote_scope``)
_MEMBER = aliased(Posting)


def _open(posting: Any, *, listed: bool, unexpired: bool, now: datetime) -> list[ColumnElement[bool]]:
    """What makes ``posting`` (the entity or an alias) open: still listed by its source, and its closing date, if
    any, not yet passed — each only when asked."""
    out: list[ColumnElement[bool]] = []
    if listed:
        out.append(posting.delisted_at.is_(None))
    if unexpired:
        out.append(or_(posting.expires_at.is_(None), posting.expires_at > now))
    return out


def _relevant(f: FeedFilter) -> list[ColumnElement[bool]]:
    """What curation asks of a posting itself: VA work, and no likely scam unless ``f`` asks for those too."""
    return [VA_RELEVANT] if f.include_scams else [VA_RELEVANT, NOT_LIKELY_SCAM]


def _shows_stand_ins(f: FeedFilter) -> bool:
    """Whether ``feed`` shows an open posting in place of a representative that is not open in the sense ``f``
    asks (listed, unexpired or both): in the curated feed while either sense is asked. Asked for delisted and
    closed gigs alike, or for every posting, the cards are the representatives."""
    return f.curated and not (f.include_delisted and f.include_expired)


def _senses(f: FeedFilter) -> dict[str, bool]:
    """The senses of open ``f`` asks for, as ``_open`` and ``is_open`` take them."""
    return {"listed": not f.include_delisted, "unexpired": not f.include_expired}


def _could_stand_in(f: FeedFilter, *, listed: bool, unexpired: bool, now: datetime) -> list[ColumnElement[bool]]:
    """What a posting that is not its cluster's representative must pass to keep the cluster in the curated feed
    ``f`` asks for while the representative is not open, and, in the feed of open gigs, to be shown in its place:
    open in the sense asked (``listed``, ``unexpired``), VA work, no likely scam unless asked, and the seeker's
    filters. The one definition ``still_open`` (which decides whether the cluster is in the feed, and so its
    count) and ``open_stand_ins`` (which picks the card) share, so no closed card is ever shown."""
    return [Posting.is_representative.is_(False), *_open(Posting, listed=listed, unexpired=unexpired, now=now),
            *_relevant(f), *_seeker_filters(f)]


def still_open(f: FeedFilter, *, in_feed_order: bool = False) -> list[ColumnElement[bool]]:
    """The open-gig and seeker conditions of the curated feed ``f`` asks for, for its representatives (which
    ``feed_conditions`` has already held to curation: one per cluster, VA work, no likely scam unless asked).
    Trends and reports count every posting; the feed, by default, only gigs still listed by their source
    (``listed``: not ``include_delisted``) whose closing date has not passed (``unexpired``: not
    ``include_expired``).

    A cluster is in the feed while a posting of it is open that the seeker could be shown: its representative, or
    another posting that passes ``_could_stand_in`` (open, VA work, no likely scam unless asked, the seeker's
    filters). So a gig one source dropped or closed but another still offers stays, and a gig whose only open
    postings the seeker would not be shown (another language than asked, a likely scam, no VA work) leaves.
    The seeker's filters are asked of the card the seeker sees:

    - in the feed of open gigs (or of gigs open in the one sense asked: ``delisted=1`` still asks that the closing
      date has not passed, ``expired=1`` that the source still lists it), the representative when it is open,
      else the newest posting that could stand in (``feed``, ``open_stand_ins``). A closed representative need not pass them itself: under ``lang=fa`` a
      closed English posting with an open Persian duplicate shows as the Persian one, while a closed Persian
      posting whose only open duplicate is English is left out, as is an open English one with a Persian
      duplicate (its card would be English). Search words are the exception: they are asked of the
      representative too (a duplicate's text is mostly its representative's, and so the words' index finds the
      page), so a closed gig whose representative lacks a word its open duplicate has is not found by it;

    Nothing of it when neither sense of open is asked but the seeker's filters: the representative, always. The representative's own columns
    read here are in ``ix_postings_curation``, so a count scans that index, not the rows.

    The other postings are asked for in one of two shapes that select the same rows (``_could_stand_in`` is written
    on ``Posting``, since the search words compile to it, in a subquery of its own whose ``postings`` hides the
    representative's). ``in_feed_order`` (a page, walking the feed's order until it is full): each closed
    representative met has its cluster looked up (``ix_postings_cluster_id``), then each other posting by id. A
    count gathers once, from ``ix_postings_curation``, the clusters that have a posting to stand in: looking up each
    closed representative's cluster made PostgreSQL count 200,000 postings (most of them closed) in 1.5 s, not
    0.13 s, and a count under a search word or a span can still find the representatives by index."""
    now = f.now or utcnow()
    listed, unexpired = _senses(f).values()
    seeker = _seeker_filters(f, in_feed_order=in_feed_order)
    own = _open(Posting, listed=listed, unexpired=unexpired, now=now)
    if not own:
        return seeker
    stand_in = _could_stand_in(f, listed=listed, unexpired=unexpired, now=now)
    if in_feed_order:
        member = select(Posting.id).where(Posting.id == _MEMBER.id, *stand_in).correlate_except(Posting)
        kept = exists().where(_MEMBER.cluster_id == Posting.cluster_id, _MEMBER.id != Posting.id, member.exists())
    else:
        # ``+ 0``: no index on the representative's cluster_id, so SQLite scans ix_postings_curation once instead
        # of an OR of two index searches that read whole rows (200,000 postings, 70 % closed: a source 641 → 75 ms)
        kept = (Posting.cluster_id + 0).in_(select(Posting.cluster_id).where(*stand_in).correlate(None))
    # the words also on the representative: a page is then a walk of the search index, not of every closed
    # representative's cluster (a rare word: 240 ms instead of 32 on 200,000 postings, SQLite)
    words = [search.contains_word(word, in_feed_order=in_feed_order) for word in f.search_terms]
    other = _seeker_filters(replace(f, search_terms=()), in_feed_order=in_feed_order)
    return [*words, or_(and_(*own, *other), and_(not_(and_(*own)), kept))]


NEWEST = func.coalesce(Posting.posted_at, Posting.first_seen_at)  # the feed's order; indexed with ``id``


def pay_period_known(monthly_currencies: frozenset[str] = frozenset()) -> ColumnElement[bool]:
    """Pay whose period is stated, or in one of ``monthly_currencies``, whose pay with no period stated
    counts as monthly (the pay reports read such a row's NULL period as ``"month"``)."""
    stated = Posting.salary_period.is_not(None)
    return or_(stated, Posting.salary_currency.in_(sorted(monthly_currencies))) if monthly_currencies else stated


def feed_conditions(f: FeedFilter, *, in_feed_order: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE clauses of the feed ``f`` asks for (``feed_query`` orders and pages them, with
    ``in_feed_order``: a search is then planned as a walk of the feed's order, see ``store.search``). Curated, a
    cluster is judged by its representative (one per cluster, VA work, no likely scam unless asked), whether it is
    open or not, so closing a representative never brings in a gig curation left out; which postings must be open
    and pass the seeker's filters is ``still_open``'s."""
    if not f.curated:
        return _seeker_filters(f, in_feed_order=in_feed_order)
    return [REPRESENTATIVE, *_relevant(f), *still_open(f, in_feed_order=in_feed_order)]


def _seeker_filters(f: FeedFilter, *, in_feed_order: bool = False) -> list[ColumnElement[bool]]:
    """What ``f`` asks of each posting beyond curation: languages, sources, tags, a span, a legitimacy, words."""
    where: list[ColumnElement[bool]] = []
    if f.languages:
        where.append(Posting.language.in_(list(f.languages)))
    if f.sources:
        where.append(Posting.source.in_(list(f.sources)))
    for tag in f.tags:
        where.append(Posting.id.in_(select(PostingTag.posting_id).where(PostingTag.tag == tag)))
    if f.since is not None:
        where.append(NEWEST >= f.since)
    if f.min_legitimacy is not None:
        where.append(Posting.legitimacy_score >= f.min_legitimacy)
    if f.remote_only or f.open_to_regions:
        where.append(REMOTE)
    if f.open_to_regions:
        where.append(open_to_any(f.open_to_regions))
    where.extend(search.contains_word(word, in_feed_order=in_feed_order) for word in f.search_terms)
    return where


def open_to_any(regions: Sequence[str]) -> ColumnElement[bool]:
    """A posting whose ``allowed_regions`` name none at all (no limit stated, so none known: ``no_region_limit``,
    in ``ix_postings_curation``), or one of ``regions`` (an index look-up in ``posting_regions``), and that shuts
    none of ``regions`` out (``not US`` in "Worldwide, excluding US": ``EXCLUDED``, another look-up).

    Most postings name none: looked up as ``posting_regions``' ``NO_LIMIT`` rows, they were 122,000 rows to hash
    for every count at 200,000 postings (185 ms on PostgreSQL); read from the index the count reads anyway, only
    the postings limited to one of ``regions`` are looked up."""
    labels = [r for r in regions if r != NO_LIMIT]
    named = select(PostingRegion.posting_id).where(PostingRegion.region.in_(labels))
    shut_out = select(PostingRegion.posting_id).where(PostingRegion.region.in_([EXCLUDED + r for r in labels]))
    return and_(or_(Posting.no_region_limit.is_(True), Posting.id.in_(named)), Posting.id.not_in(shut_out))


def feed_key(p: Posting) -> FeedKey:
    """``p``'s place in the feed's order (``NEWEST`` desc, then ``id`` desc: ids make it total, as postings share a
    time to the second), to the stored precision: where a page that follows it starts (``FeedFilter.after``)."""
    return (p.posted_at or p.first_seen_at, p.id)


def feed_query(f: FeedFilter) -> Select[tuple[Posting]]:
    stmt = select(Posting).where(*feed_conditions(f, in_feed_order=True)).order_by(NEWEST.desc(), Posting.id.desc())
    if f.after is not None:  # a row comparison, which ``ix_postings_newest`` answers as it answers an offset
        stmt = stmt.where(tuple_(NEWEST, Posting.id) < tuple_(*f.after))
    if f.offset:
        stmt = stmt.offset(f.offset)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return stmt


def feed(session: Session, f: FeedFilter, *, options: Sequence[ExecutableOption] = ()) -> list[Posting]:
    """A page of the feed ``f`` asks for, as the seeker sees it: every form of the feed (the web page, the API,
    RSS/Atom, ``vagigs feed``) reads its rows here. In the curated feed of open gigs, a cluster whose
    representative is delisted or closed is in the feed only while another of its postings is open and could
    stand in (VA work, no likely scam unless asked, the seeker's filters: ``still_open``), and is shown by the
    newest such posting (``open_stand_ins``): the same place in the order, the same count, one more query for the
    whole page and none when every card is open itself. Asked for delisted or closed gigs too, or for every
    posting, the rows are the representatives (the postings) as stored. ``options`` (``AS_SHOWN``, for the public
    form) load what a posting is read without."""
    return [card for card, _ in feed_with_keys(session, f, options=options)]


def feed_with_keys(session: Session, f: FeedFilter, *, payload: bool = True,
                   options: Sequence[ExecutableOption] = ()) -> list[tuple[Posting, FeedKey]]:
    """``feed``'s cards, each with the place in the feed's order it holds (``feed_key`` of its row: a stand-in
    holds its representative's), after which the next page starts, read with ``options``. Without ``payload``, the
    source's raw record is left unread (an export's page of 2,000 held 94 MB with it)."""
    if f.now is None:  # one moment judges both the page and its stand-ins
        f = replace(f, now=utcnow())
    options = (*options, *(() if payload else (defer(Posting.payload),)))
    rows = list(session.scalars(feed_query(f).options(*options)))
    if not _shows_stand_ins(f):
        return [(p, feed_key(p)) for p in rows]
    stand_ins = open_stand_ins(session, f, [p for p in rows if not is_open(p, f.now, **_senses(f))],
                               options=options)
    return [(stand_ins.get(p.id, p), feed_key(p)) for p in rows]


#: How many rows an export (``feed_dicts``, ``vagigs feed`` as JSON Lines, JSON or CSV) reads at a time.
EXPORT_BATCH = 2000


def feed_dicts(session: Session, f: FeedFilter, *, batch: int | None = None) -> Iterator[dict[str, Any]]:
    """``feed``'s postings in the public form (``posting_as_dict``), one batch of rows at a time (``EXPORT_BATCH``):
    for exports (``vagigs feed --format jsonl``, ``json``, ``csv``), which held every posting as an object (its raw
    payload too) before writing the first line. Where ``feed`` shows open duplicates in place of closed gigs, a
    batch is a page of the feed, each following the last by its place in the order (``FeedFilter.after``), whose
    stand-ins are looked up with it."""
    batch = batch or EXPORT_BATCH
    if _shows_stand_ins(f):
        yield from map(posting_as_dict, _cards_in_pages(session, f, batch))
        return
    columns = [getattr(Posting, name) for name in PUBLIC_FIELDS]
    rows = session.execute(feed_query(f).with_only_columns(*columns).execution_options(yield_per=batch))
    yield from map(posting_as_dict, rows)  # (a row names its values as a Posting does)


def _cards_in_pages(session: Session, f: FeedFilter, size: int) -> Iterator[Posting]:
    """``feed``'s cards, read ``size`` at a time: the same cards in the same order, one moment judging them all."""
    f = replace(f, now=f.now or utcnow())
    left = f.limit
    while left is None or left > 0:
        asked = size if left is None else min(size, left)
        page = feed_with_keys(session, replace(f, limit=asked), payload=False, options=AS_SHOWN)
        yield from (card for card, _ in page)
        if len(page) < asked:
            return
        left = None if left is None else left - asked
        f = replace(f, after=page[-1][1], offset=0)
        del page  # (not held while the next is read)


def has_passed(when: datetime | str | None, now: datetime | None = None) -> bool:
    """Whether a stored time (a posting's ``expires_at``: aware, or ISO text as ``posting_as_dict`` gives it) has
    passed; ``None`` never has."""
    if not when:
        return False
    return (datetime.fromisoformat(when) if isinstance(when, str) else when) <= (now or utcnow())


def is_open(p: Posting, now: datetime | None = None, *, listed: bool = True, unexpired: bool = True) -> bool:
    """Whether ``p`` itself is open (``still_open``'s own half, in Python): listed, and not past its closing date
    (each only when asked)."""
    return not (listed and p.delisted_at is not None) and not (unexpired and has_passed(p.expires_at, now))


def open_stand_ins(session: Session, f: FeedFilter, closed: Sequence[Posting],
                   options: Sequence[ExecutableOption] = ()) -> dict[int, Posting]:
    """For each posting of ``closed`` (representatives that are delisted or past their closing date), the open
    posting of its cluster the feed shows instead, by the representative's id: the newest by the feed's order
    (``posted_at``, else ``first_seen_at``, then ``id``) among the cluster's other postings that could stand in
    (``_could_stand_in``: open, VA work, no likely scam unless asked, the seeker's filters). One query for them
    all. ``still_open`` keeps a closed representative in the feed only when it has one, so each gets one."""
    by_cluster = {p.cluster_id: p.id for p in closed if p.cluster_id is not None}
    if not by_cluster:
        return {}
    now = f.now or utcnow()
    where = [Posting.cluster_id.in_(sorted(by_cluster)), *_could_stand_in(f, **_senses(f), now=now)]
    rank = func.row_number().over(partition_by=Posting.cluster_id, order_by=(NEWEST.desc(), Posting.id.desc()))
    ranked = select(Posting.id, rank.label("rank")).where(*where).subquery()
    stmt = select(Posting).join(ranked, ranked.c.id == Posting.id).where(ranked.c.rank == 1).options(*options)
    return {by_cluster[p.cluster_id]: p for p in session.scalars(stmt)}


def posting_as_dict(p: Posting | Row[Any]) -> dict[str, Any]:
    """A posting in the public snake_case form used by JSON, CSV and the API (``p``: the posting, or a row of its
    ``PUBLIC_FIELDS`` columns); its JSON objects' keys in the order the stages write them (``in_written_order``)."""
    out: dict[str, Any] = {"id": p.id}
    for name in PUBLIC_FIELDS[1:]:
        value = getattr(p, name)
        # whole seconds, as the sources' dates are: one format a column, which a CSV reader parses at once
        out[name] = value.isoformat(timespec="seconds") if isinstance(value, datetime) else value
    for name in ("tag_scores", "legitimacy_reasons"):
        out[name] = in_written_order(name, out[name])
    return out


#: The keys of one tag's score and of one legitimacy reason, as the stages write them (``pipeline.tags``,
#: ``pipeline.legitimacy.Reason.as_dict``); keys of neither come after them, as read
TAG_SCORE_KEYS = ("score", "evidence")
REASON_KEYS = ("code", "weight", "text", "span")


def _keys_in(order: tuple[str, ...], value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    return {**{k: value[k] for k in order if k in value}, **{k: v for k, v in value.items() if k not in order}}


def _score(entry: tuple[str, Any]) -> tuple[float, str]:
    tag, value = entry
    score = value.get("score") if isinstance(value, dict) else None
    return (-score if isinstance(score, (int, float)) and not isinstance(score, bool) else 0.0, tag)


def in_written_order(name: str, value: Any) -> Any:
    """A stored JSON value of ``name`` with its keys in the order the stages write them. SQLite gives back the text
    written; PostgreSQL's JSONB keeps an object's keys in an order of its own (the shortest first), so the same
    posting read from the two stores had come out in two forms. ``tag_scores``: highest score first (then by
    tag, as the tagger sorts them), each ``{"score", "evidence"}``; ``legitimacy_reasons``: in their stored order
    (JSONB keeps a list's), each ``{"code", "weight", "text", "span"}``. Other values are as read."""
    if name == "tag_scores" and isinstance(value, dict):
        return {tag: _keys_in(TAG_SCORE_KEYS, v) for tag, v in sorted(value.items(), key=_score)}
    if name == "legitimacy_reasons" and isinstance(value, list):
        return [_keys_in(REASON_KEYS, reason) for reason in value]
    return value


#: The public form's keys, in order: the row id, the schema but the raw ``payload`` and the ``CURATION_STAMPS``, then
#: ``STORE_FIELDS``.
PUBLIC_FIELDS: tuple[str, ...] = (("id",) + tuple(n for n in SCHEMA_FIELDS if n not in ("payload", *CURATION_STAMPS))
                                  + STORE_FIELDS)

#: The loader options of a read of postings for their public form: ``changed_at``, which a posting is read without
#: (deferred: a store not yet migrated to it still reads postings), read with the rest, not once per posting shown.
AS_SHOWN: tuple[ExecutableOption, ...] = (undefer(Posting.changed_at),)


# ---------------------------------------------------------------- crawl runs

#: Drops that mean "we chose not to (or may not) ask", not that the source or its spider failed: the run's status
#: (``crawlers.extensions.run_status``) and a source's health (``store.health``) both leave them out.
POLICY_DROPS = frozenset({"daily_cap", "robots_txt"})
#: How the error a run keeps for a failed dedupe pass or lookup begins: its postings were stored, not all clustered.
DEDUPE_FAILED = "dedupe_failed:"


@dataclass
class RunReport:
    """What a finished spider run reports; written to ``crawl_runs``."""

    status: str
    finish_reason: str | None = None
    requests: int = 0
    responses_by_status: dict[str, int] = field(default_factory=dict)
    items_scraped: int = 0
    items_stored: int = 0
    items_new: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


#: How often a running crawl refreshes ``crawl_runs.heartbeat_at`` (the Scrapy setting
#: ``VAGIGS_RUN_HEARTBEAT_SECONDS`` defaults to it).
RUN_HEARTBEAT_SECONDS = 60.0
#: A running crawl is *lost* once this many heartbeats in a row are missing: five minutes at the default
#: interval. One late beat is normal (a slow store, a long synchronous pipeline step holding the reactor);
#: five is a dead process, as Airflow counts a task with no heartbeat for five minutes a zombie.
LOST_AFTER_BEATS = 5


def lost_after(heartbeat_seconds: float = RUN_HEARTBEAT_SECONDS) -> timedelta:
    """How long a running crawl may stay silent before it counts as lost (``LOST_AFTER_BEATS`` beats)."""
    return timedelta(seconds=LOST_AFTER_BEATS * heartbeat_seconds)


def last_sign_of_life(run: CrawlRun) -> datetime:
    """The run's last heartbeat; its start for a row written before heartbeats existed (migration 0006)."""
    return run.heartbeat_at or run.started_at


def run_is_lost(run: CrawlRun, now: datetime, limit: timedelta, *, own_interval: bool = True) -> bool:
    """Whether ``run`` is still ``running`` in the store while its process is gone: no heartbeat (or, on an
    old row, no start) for ``LOST_AFTER_BEATS`` of its own beats (``heartbeat_seconds``), or for longer than
    ``limit`` (the caller's setting) on a row written before runs kept their interval, or when the caller judges
    by ``limit`` alone (not ``own_interval``: an operator's ``--lost-after``). A run killed hard (kill -9, an OOM
    kill, a lost machine) never writes its end; this is how it is told from one still at work. Its own interval,
    because the crawl may beat at another one than the looker's: a node set to beat every 10 minutes was shown
    lost, and closed as failed, by a scheduler at the default minute."""
    if own_interval and run.heartbeat_seconds:
        limit = lost_after(run.heartbeat_seconds)
    return run.status == "running" and now - last_sign_of_life(run) > limit


def start_run(session: Session, source: str, *, replay: bool = False,
              heartbeat_seconds: float | None = None) -> CrawlRun:
    """A ``running`` row for a crawl of ``source`` that beats every ``heartbeat_seconds`` (the default when not
    given)."""
    now = utcnow()
    run = CrawlRun(source=source, started_at=now, heartbeat_at=now, status="running", replay=replay,
                   requests=0, items_scraped=0, items_stored=0, items_new=0,
                   host=socket.gethostname(), heartbeat_seconds=heartbeat_seconds or RUN_HEARTBEAT_SECONDS)
    session.add(run)
    session.flush()
    return run


def beat(session: Session, run_id: int) -> bool:
    """Refresh a running crawl's heartbeat; False when the row is no longer ``running`` (it ended, or was
    marked lost while its process was stalled: the beat does not bring it back, its real end will)."""
    result = session.execute(
        update(CrawlRun).where(CrawlRun.id == run_id, CrawlRun.status == "running").values(heartbeat_at=utcnow())
    )
    return bool(result.rowcount)


def mark_lost_runs(session: Session, limit: timedelta, *, source: str | Sequence[str] | None = None,
                   now: datetime | None = None, own_interval: bool = True) -> list[CrawlRun]:
    """Close every lost run (``run_is_lost``; of ``source`` only, or of those sources, when given) for good: status ``failed``,
    ``finish_reason`` ``lost``, ``finished_at`` its last sign of life (the crawl cannot have worked past
    its last heartbeat), and an error saying so. Returns the runs closed.

    Each row is updated only while it is still ``running``, so two operators (or nodes) marking at once
    close it once, and a run that finishes meanwhile keeps its own end. Should a stalled process come back
    and finish after all, its ``finish_run`` writes what really happened over the mark.
    """
    now = now or utcnow()
    stmt = _of_sources(select(CrawlRun).where(CrawlRun.status == "running").order_by(CrawlRun.id), source)
    closed = []
    for run in list(session.scalars(stmt)):
        if not run_is_lost(run, now, limit, own_interval=own_interval):
            continue
        since = "heartbeat since" if run.heartbeat_at else "heartbeat since it started at"
        error = (f"lost: no {since} {last_sign_of_life(run):%Y-%m-%d %H:%M:%S} UTC; the crawl process died without "
                 f"closing the run (kill -9, out of memory, a lost machine)")
        if close_as_lost(session, run, error):
            closed.append(run)
    return closed


def close_as_lost(session: Session, run: CrawlRun, error: str) -> bool:
    """Close ``run`` as lost (``mark_lost_runs``) for the reason ``error``, if it is still ``running``; whether it
    was. Also for a run whose process is known gone before its heartbeat grows old: the scheduler's Scrapyd job
    that ran it ended."""
    result = session.execute(
        update(CrawlRun).where(CrawlRun.id == run.id, CrawlRun.status == "running").values(
            status="failed", finish_reason="lost", finished_at=last_sign_of_life(run),
            errors=[error, *(run.errors or [])])
    )
    if result.rowcount:
        session.refresh(run)
    return bool(result.rowcount)


def finish_run(session: Session, run_id: int, report: RunReport) -> None:
    session.execute(
        update(CrawlRun).where(CrawlRun.id == run_id).values(
            finished_at=utcnow(), status=report.status, finish_reason=report.finish_reason,
            requests=report.requests, responses_by_status=report.responses_by_status,
            items_scraped=report.items_scraped, items_stored=report.items_stored,
            items_new=report.items_new, dropped=report.dropped,
            errors=[e.replace("\x00", "\\x00") for e in report.errors[:50]],  # PostgreSQL's JSON holds no NUL
        )
    )


def live_run(session: Session, source: str, limit: timedelta, now: datetime | None = None) -> CrawlRun | None:
    """A crawl of ``source`` still running (``running`` and not lost: ``run_is_lost``), the newest; ``None`` when no
    crawl of it runs. The scheduler launches no second crawl of a source while one runs."""
    now = now or utcnow()
    stmt = select(CrawlRun).where(CrawlRun.status == "running", CrawlRun.source == source).order_by(CrawlRun.id.desc())
    return next((run for run in session.scalars(stmt) if not run_is_lost(run, now, limit)), None)


def where_running(run: CrawlRun) -> str:
    """A running run as a refusal names it: ``run 18 (since 2025-01-02 03:04 UTC, on node1)``."""
    return f"run {run.id} (since {run.started_at:%Y-%m-%d %H:%M} UTC, on {run.host or 'an unknown host'})"


def recent_runs(session: Session, limit: int = 20, source: str | Sequence[str] | None = None) -> list[CrawlRun]:
    """The newest ``limit`` runs, of ``source`` (a name, or several) only when given."""
    return list(session.scalars(_of_sources(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit), source)))


def _of_sources(stmt: Select[tuple[CrawlRun]], source: str | Sequence[str] | None) -> Select[tuple[CrawlRun]]:
    """``stmt`` kept to the runs of ``source``: one name, or any of several; every run for none."""
    if not source:
        return stmt
    if isinstance(source, str):
        return stmt.where(CrawlRun.source == source)
    return stmt.where(CrawlRun.source.in_(list(source)))


def known_source_times(session: Session, source: str,
                       source_ids: Sequence[str]) -> dict[str, tuple[datetime | None, datetime | None]]:
    """``{source_id: (fetched_at, expires_at)}`` for the ids of ``source`` the store holds (a missing id is not
    stored): when vagigs last fetched each posting's page, and when its source said it closes. Spiders that read
    detail pages use it to re-fetch a stored posting only when it may have changed (``crawlers.spiders.base``)."""
    if not source_ids:
        return {}
    given: dict[str, list[str]] = {}  # each stored key (``source_id_key``: a long id is not kept whole) → the ids asked
    for sid in source_ids:
        given.setdefault(source_id_key(sid), []).append(sid)
    stmt = select(Posting.source_id, Posting.fetched_at, Posting.expires_at).where(
        Posting.source == source, Posting.source_id.in_(sorted(given))
    )
    return {sid: (fetched, expires) for key, fetched, expires in session.execute(stmt) for sid in given[key]}
