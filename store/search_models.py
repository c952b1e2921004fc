"""Free-text search: each posting's words in one folded form (table ``posting_search``).

``folded`` is the posting's title, company and description as ``pipeline.textnorm.fold`` reads them
(lowercase in every script, Uzbek and Russian Cyrillic in Latin, Persian letter forms and ZWNJ unified),
one part a line. The search words a seeker types are folded the same way, so "Ассистент" finds
"ассистент" and "assistent", and "yordamchi" finds "ёрдамчи". The store does not fold: the writer does
(the Scrapy store pipeline, and ``vagigs migrate`` for postings stored before this table existed).

A search word matches the start of a word ("assist" finds "assistant", not "sistant"), from an index: on
SQLite the FTS5 word index ``posting_search_fts`` (external content, kept by triggers; migration
``0005_posting_search``), on PostgreSQL a GIN index of each text's words, the ``tsvector``
``posting_search_words(folded)`` (migration ``0010_search_words_index``; a ``pg_trgm`` index of the text
before it).
"""
from __future__ import annotations

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

import store.models  # noqa: F401  (maps the postings table its foreign key names)
from store.base import Base

FTS_TABLE = "posting_search_fts"  # SQLite only: not a mapped table, made and kept by the migration's triggers


class PostingSearch(Base):
    __tablename__ = "posting_search"

    posting_id: Mapped[int] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"), primary_key=True)
    folded: Mapped[str] = mapped_column(Text)
