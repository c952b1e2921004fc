"""What vagigs remembers between crawls to be a good citizen (tables of the politeness layer).

* ``request_counts`` — requests sent to each source per UTC day, shared by every
  process and host that uses the store, so a daily cap holds across runs,
  ``vagigs crawl`` invocations, the scheduler and Scrapyd nodes.
* ``http_validators`` — the ``ETag`` / ``Last-Modified`` a URL last answered
  with, sent back as ``If-None-Match`` / ``If-Modified-Since`` next time.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import UTCDateTime


class RequestCount(Base):
    __tablename__ = "request_counts"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)  # the UTC calendar day
    requests: Mapped[int] = mapped_column(Integer, default=0)


class HttpValidator(Base):
    __tablename__ = "http_validators"

    url_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the URL
    url: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(64), index=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
