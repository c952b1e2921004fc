"""Bidirectional overrides: stored and judged text reads as a browser shows it."""
from __future__ import annotations

from pipeline.bidi import resolved
from pipeline.normalize import clean_inline, html_to_text

FEE = "Ishni boshlash uchun ro'yxatdan o'tish to'lovi 100 000 so'm to'lashingiz kerak, karta raqamiga o'tkazing."


def test_a_sentence_written_backwards_in_an_override_reads_as_shown() -> None:
    """It had been stored and judged backwards, while a browser drew it the right way round."""
    assert html_to_text("Virtual assistent kerak:\n\u202e" + FEE[::-1] + "\u202c") == "Virtual assistent kerak:\n" + FEE
    assert clean_inline("Logo \u202egnp.exe") == "Logo exe.png"  # a file name that is shown as another


def test_an_override_mirrors_brackets_and_ends_at_its_line() -> None:
    assert resolved("\u202e(ti kcehc) ok\nnext line") == "ko (check it)\nnext line"
    assert resolved("a \u202ecb\u202c d \u202efe") == "a bc d ef"


def test_an_override_nested_in_another_is_drawn_as_one_block() -> None:
    assert resolved("\u202ecba\u202dxyz\u202cfed\u202c") == "defxyzabc"


def test_right_to_left_text_forced_left_to_right_reads_reversed_and_its_numbers_as_written() -> None:
    assert resolved("\u202dمالس 123\u202c") == "سلام 123"
    assert resolved("\u202eسلام\u202c") == "سلام"  # drawn right to left as it is anyway


def test_embeddings_and_isolates_go_and_the_marks_persian_needs_stay() -> None:
    assert resolved("x\u202bab\u202c \u2067cd\u2069 \u2066e\u2068f\u2069\u2069") == "xab cd ef"
    assert clean_inline("کار\u200fیابی \u200eA\u061c") == "کار\u200fیابی \u200eA\u061c"
    assert resolved("no marks") == "no marks"
