"""Dedupe: one gig, one entry, however many boards and channels repeat it.

Three layers, all ending in the same verified check (``verify.verify``):

1. identity ``(source, source_id)``: the store's upsert (a re-crawl updates the row);
   two ids naming one page (``text.url_key``) join as ``same_id``;
2. an exact content hash of the folded title, company and description (``exact``);
3. MinHash/LSH bands over word shingles (``near:<score>``), kept in the store
   (``store.dedupe_models``) so every run and every process shares one index.

Duplicates are never deleted: they share a ``cluster_id`` (the representative's id)
and the feed shows the representative, crediting every other source.
"""
from pipeline.dedupe.text import content_hash, content_key, text_hash, url_key
from pipeline.dedupe.verify import Features, Verdict, decide_pair, features, verify

__all__ = [
    "Features", "Verdict", "before_store", "content_hash", "content_key", "decide_pair",
    "features", "rebuild", "template_companies", "text_hash", "update", "url_key", "verify",
]


def rebuild(url: str | None = None, **options):  # type: ignore[no-untyped-def]
    """Recompute every cluster from scratch (``vagigs dedupe --rebuild``); returns a ``cluster.Report``."""
    from pipeline.dedupe.cluster import rebuild as _rebuild

    return _rebuild(url, **options)


def before_store(session, posting):  # type: ignore[no-untyped-def]
    """For the crawl stage: (cluster_id, verdict) to store a new posting into, or None."""
    from pipeline.dedupe.cluster import before_store as _before_store

    return _before_store(session, posting)


def template_companies(session, posting, known=()):  # type: ignore[no-untyped-def]
    """For the legitimacy stage: company names (beyond ``known``) the indexed near-duplicates of this text
    were posted under."""
    from pipeline.dedupe.cluster import template_companies as _template_companies

    return _template_companies(session, posting, known)


def update(url: str | None = None, **options):  # type: ignore[no-untyped-def]
    """Index and cluster the postings the index has not seen yet (``vagigs dedupe``); returns a
    ``cluster.Report``."""
    from pipeline.dedupe.cluster import update as _update

    return _update(url, **options)
