"""The whole schema: importing this module maps every table of the store on ``Base.metadata``.

Each model module maps only its own tables, so a query module imports just the models it reads. What needs
all of them (Alembic's autogenerate, the migration tests, emptying a test database) reads ``metadata`` here.
"""
from __future__ import annotations

from store import crawl_state_models, dedupe_models, models, search_models
from store.base import Base

metadata = Base.metadata

__all__ = ["metadata", "models", "dedupe_models", "crawl_state_models", "search_models"]
