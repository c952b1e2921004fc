"""The posting schema as typed SQLAlchemy models.

``Posting`` is the one definition of what vagigs knows about a gig; the Scrapy
item ``crawlers.items.PostingItem`` carries exactly the same fields (checked by
``tests/store/test_schema.py``) and ``docs/schema.md`` documents each of them.

Identity is ``(source, source_id)``: a re-crawl updates the row and moves
``last_seen_at``; ``first_seen_at`` never changes once set, nor do ``posted_at`` and
``posted_at_raw`` (the feed's order, ``store.queries.upsert_posting``). Duplicates across
sources are never deleted: they share a ``cluster_id`` and one of them is the
cluster's representative.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import JSONType, UTCDateTime


#: Characters of a pay period stored ("month", "year"…): a longer one a source sends is no period (pipeline.normalize)
PERIOD_MAX = 16
#: Characters of a posting's canonical link stored: ``ix_postings_url`` is a B-tree, whose entry PostgreSQL refuses past
#: about 2,700 bytes; a longer link is left out by ``pipeline.normalize`` (no browser or server reliably takes one)
URL_MAX = 2048
#: Characters of a source's id kept whole (``source_id_key``): in UTF-8 at most 2,048 bytes, which with ``source``
#: fits PostgreSQL's B-tree entry (about 2,700 bytes) in ``uq_postings_source_source_id``, whatever the script
SOURCE_ID_MAX = 512


_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escaped(m: re.Match[str]) -> str:
    code = ord(m[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def source_id_key(source_id: str) -> str:
    """How ``source_id`` is stored and looked up: whole up to ``SOURCE_ID_MAX`` characters (a JSON-LD board's page
    address of 386 used as its id), a longer one as its first characters, "#" and the SHA-256 of the whole id in hex,
    ``SOURCE_ID_MAX`` characters in all: stable (the same id gives the same key at every crawl, on every store) and
    never another id's. Applied twice it changes nothing; ``pipeline.normalize`` and every look-up by id apply it.

    A control character (C0, DEL, C1: an escape sequence that would clear an operator's terminal, set its title or
    its clipboard when ``vagigs runs``, the crawl's log or a CSV shows the id) or a lone surrogate is written as its
    escape ("\\x1b"): two ids stay two, which removing them would not keep."""
    if not source_id.isprintable() and _UNSHOWABLE.search(source_id):
        source_id = _UNSHOWABLE.sub(_escaped, source_id)
    if len(source_id) <= SOURCE_ID_MAX:
        return source_id
    digest = hashlib.sha256(source_id.encode("utf-8", "surrogatepass")).hexdigest()
    return source_id[:SOURCE_ID_MAX - len(digest) - 1] + "#" + digest


class Posting(Base):
    __tablename__ = "postings"
    __table_args__ = (
        UniqueConstraint("source", "source_id", name="uq_postings_source_source_id"),
        Index("ix_postings_posted_at", "posted_at"),
        Index("ix_postings_url", "url"),
        Index("ix_postings_content_hash", "content_hash"),
        Index("ix_postings_text_hash", "text_hash"),
        Index("ix_postings_cluster_id", "cluster_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # identity and provenance
    source: Mapped[str] = mapped_column(String(64))
    source_id: Mapped[str] = mapped_column(Text)  # at most SOURCE_ID_MAX characters: source_id_key (migration 0019)
    url: Mapped[str | None] = mapped_column(Text)
    apply_url: Mapped[str | None] = mapped_column(Text)
    # what the gig is
    title: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    description_html: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    remote: Mapped[bool | None] = mapped_column(Boolean)
    remote_scope: Mapped[str | None] = mapped_column(String(16))
    allowed_regions: Mapped[list[str] | None] = mapped_column(JSONType)
    employment_type: Mapped[str | None] = mapped_column(Text)  # as the source lists them (migration 0019)
    # pay: as published, and parsed where unambiguous
    salary_raw: Mapped[str | None] = mapped_column(Text)
    salary_min: Mapped[float | None] = mapped_column(Float)
    salary_max: Mapped[float | None] = mapped_column(Float)
    salary_currency: Mapped[str | None] = mapped_column(String(3))
    salary_period: Mapped[str | None] = mapped_column(String(PERIOD_MAX))  # longer: left out by pipeline.normalize
    salary_gross: Mapped[bool | None] = mapped_column(Boolean)
    salary_negotiable: Mapped[bool | None] = mapped_column(Boolean)
    # time, all UTC
    posted_at_raw: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # when the source says the posting closes (migration 0008); the curated feed leaves it out once past
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # set by the store, never by a crawl (``store.queries.mark_delisted``, migration 0007): when a complete
    # listing of the source (``crawlers.sources.Source.lists_all_current``) last failed to show the posting;
    # NULL while it is listed, and again as soon as it is seen or stored again
    delisted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # set by the database, never by a writer (migration 0023's triggers): when an update last changed what a seeker
    # reads of the posting (its words and facts, its links, its verdict); NULL while nothing has since it was stored.
    # Deferred, as ``no_region_limit``: a posting is read without it, in a store not yet migrated to 0023 too; the
    # public form's reads ask for it (``store.queries.AS_SHOWN``)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, server_onupdate=FetchedValue(), deferred=True)
    # curation results
    language: Mapped[str | None] = mapped_column(String(8))
    language_script: Mapped[str | None] = mapped_column(String(8))
    language_confidence: Mapped[float | None] = mapped_column(Float)
    languages_other: Mapped[list[str] | None] = mapped_column(JSONType)
    tags: Mapped[list[str] | None] = mapped_column(JSONType)
    tag_scores: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    va_relevance: Mapped[float | None] = mapped_column(Float)
    va_relevant: Mapped[bool | None] = mapped_column(Boolean)
    legitimacy_score: Mapped[int | None] = mapped_column(Integer)
    legitimacy_verdict: Mapped[str | None] = mapped_column(String(32))
    legitimacy_reasons: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONType)
    # which version of the stage wrote the tags and the verdict (migration 0015; NULL: not recorded); deferred, as
    # ``no_region_limit``: a posting is read without them, in a store not yet migrated to 0015 too
    tags_version: Mapped[str | None] = mapped_column(String(64), deferred=True)
    legitimacy_version: Mapped[str | None] = mapped_column(String(64), deferred=True)
    cluster_id: Mapped[int | None] = mapped_column(Integer)
    cluster_reason: Mapped[str | None] = mapped_column(String(32))
    is_representative: Mapped[bool | None] = mapped_column(Boolean)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    text_hash: Mapped[str | None] = mapped_column(String(64))
    # the raw record as the source sent it
    payload_hash: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[str | None] = mapped_column(Text)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    # computed by the database from ``allowed_regions`` (migration 0014; never written): the posting names no region
    # its applicants must be in, as ``PostingRegion``'s ``NO_LIMIT`` row says
    # (deferred: a posting is read without it, in a store not yet migrated to 0014 too)
    no_region_limit: Mapped[bool | None] = mapped_column(Boolean, server_default=FetchedValue(),
                                                         server_onupdate=FetchedValue(), deferred=True)


# The feed's order (newest first, then id), so a page is an index walk, not a sort of every match; and
# the curation flags with the columns the counts and trends group by, so those read an index, not the
# rows with their descriptions.
Index("ix_postings_newest", func.coalesce(Posting.posted_at, Posting.first_seen_at), Posting.id)
Index("ix_postings_curation", Posting.is_representative, Posting.va_relevant, Posting.legitimacy_verdict,
      Posting.language, Posting.source, Posting.posted_at, Posting.first_seen_at, Posting.delisted_at,
      Posting.cluster_id, Posting.expires_at,
      # what the remote, legitimacy and tag filters read, so their counts read the index alone too (migration 0011)
      Posting.remote_scope, Posting.legitimacy_score,
      # … and whether a posting is open to applicants anywhere, which most are (migration 0014)
      Posting.no_region_limit, postgresql_include=["id"])


class PostingTag(Base):
    """One row per (posting, tag): lets the feed filter and analysts count by tag on any dialect."""

    __tablename__ = "posting_tags"

    posting_id: Mapped[int] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


REGION_MAX = 200  # characters of a region name kept in ``posting_regions``


class PostingRegion(Base):
    """One row per (posting, region its applicants may be in), and one ``NO_LIMIT`` row for a posting that names
    none: the feed's "open to people in" filter finds its postings by index (``ix_posting_regions_region``), where
    reading each remote posting's ``allowed_regions`` list took 566 ms at 200,000 postings on SQLite. Kept by the
    database's triggers on ``postings`` (migration 0012), so every writer of ``allowed_regions`` keeps it; a region
    longer than ``REGION_MAX`` (a source's raw text, never one an applicant's country is looked up by) is left out,
    so no index entry can outgrow PostgreSQL's limit."""

    __tablename__ = "posting_regions"

    posting_id: Mapped[int] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True)
    region: Mapped[str] = mapped_column(String(REGION_MAX), primary_key=True)


#: ``PostingRegion.region`` of a posting whose ``allowed_regions`` is empty: no limit stated (never a region's name)
NO_LIMIT = ""
#: The prefix of an ``allowed_regions`` entry naming a place whose residents may *not* apply: "Worldwide, excluding
#: US and Canada" is ``["Worldwide", "not US", "not CA"]``. An applicant who may apply under ``US`` is closed out by
#: ``not US`` whatever else the list names (``store.queries.open_to_any``, ``store.trends.open_to_labels``).
EXCLUDED = "not "
Index("ix_posting_regions_region", PostingRegion.region, PostingRegion.posting_id)


class CrawlRun(Base):
    """One spider run: what it fetched, stored and dropped, and how it ended.

    ``status`` is ``running`` while the crawl goes on, then ``finished``,
    ``empty`` (ran cleanly, found nothing), ``capped`` (the day's request cap
    reached), ``blocked`` (challenge page, CAPTCHA, 403/429), ``stopped`` (a
    signal ended it: Ctrl-C, a service manager's stop, Scrapyd's cancel; what it
    stored is kept, and it says nothing about the source) or ``failed``.

    ``heartbeat_at`` is when the crawl process last said it was alive (set at
    the start, refreshed every ``VAGIGS_RUN_HEARTBEAT_SECONDS`` while the spider
    runs; NULL on rows written before migration 0006). A ``running`` row whose
    heartbeat stopped belongs to a process that died without closing it
    (``store.queries.run_is_lost``); marked so, it is ``failed`` with
    ``finish_reason`` ``lost`` and ``finished_at`` its last heartbeat.
    ``heartbeat_seconds`` is the interval the crawl beats at, so whoever
    looks (another node, the scheduler, ``vagigs runs``) judges its silence
    by its own interval, not by their setting (NULL before migration 0013).

    ``field_dropped`` counts the fields a stage left out of postings the run
    kept (``{"expires_at/not_a_date": 25}``, see ``pipeline.normalize.FieldDrop``).
    Unlike ``dropped`` (postings and requests lost) it never affects the run's
    status, its delisting or its source's health.
    """

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    finish_reason: Mapped[str | None] = mapped_column(String(64))
    replay: Mapped[bool] = mapped_column(Boolean, default=False)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    responses_by_status: Mapped[dict[str, int] | None] = mapped_column(JSONType)
    items_scraped: Mapped[int] = mapped_column(Integer, default=0)
    items_stored: Mapped[int] = mapped_column(Integer, default=0)
    items_new: Mapped[int] = mapped_column(Integer, default=0)
    dropped: Mapped[dict[str, int] | None] = mapped_column(JSONType)
    errors: Mapped[list[str] | None] = mapped_column(JSONType)
    host: Mapped[str | None] = mapped_column(String(255))
    not_modified: Mapped[int | None] = mapped_column(Integer)  # 304 answers (migration politeness_crawl_state)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # last sign of life (migration 0006)
    # fields left out of postings the run kept, ``<field>/<reason>`` -> count (migration 0009); NULL when none
    field_dropped: Mapped[dict[str, int] | None] = mapped_column(JSONType)
    # postings the run marked delisted, by kind: "unlisted" (its complete listing no longer showed them), "unseen"
    # (no run had seen them for VAGIGS_UNSEEN_DAYS); a key per kind tried, NULL when none was (migration 0017)
    delisted: Mapped[dict[str, int] | None] = mapped_column(JSONType)
    heartbeat_seconds: Mapped[float | None] = mapped_column(Float)  # its beats' interval (migration 0013)


class ScrapydJob(Base):
    """A crawl the scheduler queued on a Scrapyd node (migration 0021), kept so that whichever scheduler holds the
    store's lock watches it until it ends, even one started after the scheduler that queued it.

    ``node`` is the node's URL as ``VAGIGS_SCRAPYD_URLS`` names it, without credentials; ``job`` Scrapyd's job id;
    ``settings`` the Scrapy settings it was launched with (those it is launched again with). ``ended_at`` is
    NULL while the job is watched; then ``outcome`` says how it ended: ``ran`` (it left a run, ``run_id``),
    ``died`` (it ended without recording a run: it died as it started) or ``lost`` (its run was left
    ``running``, the process killed, and closed as lost).
    """

    __tablename__ = "scrapyd_jobs"
    __table_args__ = (Index("ix_scrapyd_jobs_node", "node", "id"), Index("ix_scrapyd_jobs_source", "source", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    node: Mapped[str] = mapped_column(Text)
    job: Mapped[str] = mapped_column(String(64))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    settings: Mapped[dict[str, str] | None] = mapped_column(JSONType)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))
    run_id: Mapped[int | None] = mapped_column(Integer)



class StageRelease(Base):
    """A version of a curating stage (``tags``, ``legitimacy``, ``search``) as first met by the store (migration
    0024): recorded by every writer that stamps postings with it, in the order the store met them (``id``).

    A stamp is a fingerprint, which tells two versions apart but not which is newer; this order does, so a
    scheduler of an older release left running through an upgrade that changed a stage but not the schema does not
    take the newer release's stamps for stale ones and curate every posting back to its own
    (``store.releases.later``)."""

    __tablename__ = "stage_releases"
    __table_args__ = (UniqueConstraint("stage", "version", name="uq_stage_releases_stage_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    host: Mapped[str | None] = mapped_column(String(255))  # the machine whose process recorded it first

#: Posting columns the store maintains itself: no crawl or item carries them (``crawlers.items.PostingItem``
#: does not), an upsert leaves them to the store's own rules, and the public form still shows them.
STORE_FIELDS: tuple[str, ...] = ("delisted_at", "changed_at")

#: Posting columns the database computes from others, for its indexes only: never written, nor shown.
DERIVED_FIELDS: tuple[str, ...] = ("no_region_limit",)

#: Posting columns that say which version of a stage curated the posting (``store.health.curation``): written
#: with the rest, not part of a posting's public form.
CURATION_STAMPS: tuple[str, ...] = ("tags_version", "legitimacy_version")

#: The posting schema every item carries: the columns but the row id, ``STORE_FIELDS`` and ``DERIVED_FIELDS``.
SCHEMA_FIELDS: tuple[str, ...] = tuple(
    c.name for c in Posting.__table__.columns if c.name != "id" and c.name not in (*STORE_FIELDS, *DERIVED_FIELDS)
)
