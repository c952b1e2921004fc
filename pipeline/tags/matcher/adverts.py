"""Adverts: a post offering the reader a course or a service, which is no job (the taxonomy's ``adverts``).

Its marks are read in a description, as ``titles.LEADS`` is, not in a title: ``ADVERT``, a course's start, its fee or
the job it promises, or a service's plans ("Next cohort starts May 4", «Старт группы», «شروع دوره», "Plans from …"),
and ``HIRING``, a post's word that it hires or pays ("salary", «Обязанности», "Maosh", «استخدام»); two of the first and
none of the second make the post an advert (``pipeline.tags._read_scores``).
"""
from __future__ import annotations

from pipeline.tags.matcher.titles import LEADS

ADVERT = "_advert"
HIRING = "_hiring"
# The marks read in a description, not in a title.
BODY_MARKS = frozenset((LEADS, ADVERT, HIRING))
