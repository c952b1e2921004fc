"""Uzbek Latin typed without the apostrophes of oʻ, gʻ and the tutuq belgisi ("malumot", "qongiroq"), as on phones,
is tagged as when typed with them; an English posting is read as it always was."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.tags import phrase_scores, tag_text
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.keyboards import may_be_uzbek_latin

DATA = Path(__file__).resolve().parents[1] / "data"
WRITTEN_SETS = ("tags_uzbek_written.jsonl", "tags_written_b/tags.jsonl", "tags_written_c/tags.jsonl",
                "tags_written_d/tags.jsonl", "written_e/tags.jsonl")

DATA_ENTRY = ("Ma'lumot kirituvchi kerak",
              "Vazifalar: Excel jadvaliga ma'lumot kiritish, hujjatlarni skanerlash va tartibga solish. Ish masofadan, "
              "oyiga 3 mln so'm.\nAloqa: @data_hr")


def _without_apostrophes(text: str) -> str:
    return text.translate(str.maketrans(dict.fromkeys("'ʻʼ‘’`", None)))


def _read_as_uzbek_latin(title: str, description: str) -> bool:
    m = default_matcher()
    return may_be_uzbek_latin((title, description), (m.read(title), m.read(description, strip_urls=True)))


def test_a_data_entry_gig_typed_without_apostrophes_keeps_its_task() -> None:
    """A reviewer's case: "Malumot kirituvchi kerak …" got no tag, where "Ma'lumot kirituvchi kerak …" is data entry."""
    proper = tag_text(*DATA_ENTRY)
    typed = tag_text(*map(_without_apostrophes, DATA_ENTRY))
    assert "data_entry" in proper.tags and typed.tags == proper.tags
    assert typed.va_relevant and typed.evidence["data_entry"] == "malumot kirituvchi"


def _written_uzbek_latin() -> list[str]:
    texts = []
    for name in WRITTEN_SETS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row["text"]
            if row.get("language", "uz") == "uz" and not any("а" <= c <= "я" for c in text.lower()) \
                    and any(c in text for c in "'ʻʼ‘’`"):
                texts.append(text)
    return texts


def test_written_uzbek_latin_posts_score_alike_without_their_apostrophes() -> None:
    """Every Uzbek Latin post of the written tag sets holding an apostrophe, retyped without them: the phrases find the
    same tasks as in the post as written."""
    texts = _written_uzbek_latin()
    assert len(texts) >= 40
    differ = [text for text in texts
              if phrase_scores(*text.split("\n", 1))[:2]
              != phrase_scores(*_without_apostrophes(text).split("\n", 1))[:2]]
    assert differ == []


def test_no_posting_of_the_tag_sets_in_another_language_is_read_as_uzbek_latin() -> None:
    """The real postings (English, Russian, Persian; but for one hh.uz posting in Uzbek, which is) and the written
    sets' posts in Russian, Persian and English."""
    texts = {row.get("id", row["text"]): row["text"]
             for name in ("tags_dev.jsonl", "tags_annotator_b.jsonl", *WRITTEN_SETS[1:])
             for row in map(json.loads, (DATA / name).read_text(encoding="utf-8").splitlines())
             if row.get("language") != "uz"}
    assert len(texts) >= 1000
    assert [i for i, t in texts.items() if _read_as_uzbek_latin(*t.split("\n", 1))] == ["hh:80864810"]
