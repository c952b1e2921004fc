"""Adverts: a post offering the reader a course or a service, which is no job (the taxonomy's ``adverts``).

Its mark ``ADVERT`` is read in a description, as ``titles.LEADS`` is, not in a title: a course's start, its fee or the
job it promises, or a service's plans ("Next cohort starts May 4", «Старт группы», «شروع دوره», "Plans from …"). Two
of them in a post that does not say it hires or pays (``ReadsAdverts.says_it_hires``) make it an advert
(``pipeline.tags._read_scores``).
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.tags.matcher.reading import Reading
from pipeline.tags.matcher.titles import LEADS
from pipeline.tags.matcher.tokens import _folded_words, _words_read

ADVERT = "_advert"
# The marks read in a description, not in a title.
BODY_MARKS = frozenset((LEADS, ADVERT))


class ReadsAdverts:
    """The part of ``Matcher`` that tells whether a post offering something says it hires or pays. Its words, read
    also as the matcher spells a text's words, are set by ``_read_adverts``."""

    def _read_adverts(self, taxonomy: dict, spell: Callable[[str], str] | None) -> None:
        hiring = taxonomy.get("adverts", {}).get("hiring", {})
        self._hiring = _words_read(_folded_words(tuple(w for words in hiring.values() for w in words)), spell)

    def says_it_hires(self, reading: Reading) -> bool:
        """Whether a text says it hires or pays in one of the taxonomy's adverts' hiring words ("salary",
        «Обязанности», "Maosh", «استخدام»), each a word of its own: looked up in a text's words only where a post
        offers a course or a service (``ADVERT``), so that the words every job post says cost no phrase's reading.

        Not in a hashtag ("#вакансия", "#استخدام", "#vakansiya"): a hashtag is how a post gets found in a channel, and a
        course's post tags itself so to be found by job seekers; a job post says it hires in its words too."""
        if self._hiring.isdisjoint(reading.toks):
            return False
        hiring = self._hiring.isdisjoint
        return any(not hiring(words) and not chunk.startswith("#")
                   for chunk, words in zip(reading.chunks, reading.per_chunk))
