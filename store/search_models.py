"""Free-text search: each posting's words in one folded form (table ``posting_search``).

``folded`` is the posting's title, company and description as ``pipeline.textnorm.fold`` reads them
(lowercase in every script, Uzbek and Russian Cyrillic in Latin, Persian letter forms and ZWNJ unified),
one part a line. The search words a seeker types are folded the same way, so "Ассистент" finds
"ассистент" and "assistent", and "yordamchi" finds "ёрдамчи". The store does not fold: the writer does
(the Scrapy store pipeline, and ``vagigs migrate`` for postings stored before this table existed).

A search word matches the start of a word ("assist" finds "assistant", not "sistant"), from an index: on
SQLite the FTS5 word index ``posting_search_fts`` (external content, kept by triggers; migration
``0005_posting_search``), on PostgreSQL a GIN index of each text's words, the ``tsvector``
``posting_search_words(folded)`` (migration ``0010_search_words_index``, splitting at the underscore too since
``0018_search_words_underscore``, as FTS5 does; a ``pg_trgm`` index of the text before 0010).
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

import store.models  # noqa: F401  (maps the postings table its foreign key names)
from store.base import Base

FTS_TABLE = "posting_search_fts"  # SQLite only: not a mapped table, made and kept by the migration's triggers


class PostingSearch(Base):
    __tablename__ = "posting_search"
    # the stamps and the ids (covering): ``store.search.stale`` and ``versions`` read it, not every posting's text
    __table_args__ = (Index("ix_posting_search_folded_with", "folded_with", "posting_id"),)

    posting_id: Mapped[int] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True)
    folded: Mapped[str] = mapped_column(Text)
    # the version of the folding that wrote ``folded`` (``pipeline.textnorm.search_version``; NULL: before migration
    # 0016, or a writer that did not say): ``vagigs health`` counts the rows another version folded
    folded_with: Mapped[str | None] = mapped_column(String(64))
