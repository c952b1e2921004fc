"""Curation stages, in the order data flows through them:

normalize → dedupe → language → legitimacy → tags → store.

Each stage module holds plain functions over ``PostingItem`` (or plain text) with
their own tests; ``pipeline.scrapy_pipelines`` wires them into Scrapy as item
pipelines. A stage never reaches into another's internals.
"""


def installed_versions() -> dict[str, str]:
    """The version of each stage that stamps what it curates (``postings.tags_version``, ``legitimacy_version``),
    and of the folding and the store's reading of it that stamp each posting's search words
    (``posting_search.folded_with``, ``store.search.stamp``), and the dedupe key scheme the index should hold
    every posting under (``dedupe_indexed.version``), as installed here: what ``store.health.curation`` compares
    the store with."""
    from pipeline import legitimacy, tags, textnorm
    from pipeline.dedupe.cluster import VERSION
    from store import search

    return {"tags": tags.version(), "legitimacy": legitimacy.version(),
            "search": search.stamp(textnorm.search_version()), "dedupe": str(VERSION)}
