"""Persistence: typed SQLAlchemy models, sessions, queries and Alembic migrations.

Imports no pipeline stage, spider or page: everything above depends on it,
never the other way round.
"""
