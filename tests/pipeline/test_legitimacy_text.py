"""The legitimacy stage's text helpers against their plain definitions.

``clean``, ``letter_words``, ``_unglue``, ``single_spaced``, ``head_letter_words`` and the rules' phrase scan
(``rules._finditer``) are written for speed (UTF-8 bytes, translate tables, words reused, ``str.find``); each must
give exactly what its one-line definition gives, on the real dev
texts and on texts built to hit the fast paths' edges (a few non-ASCII characters in Latin text, typographic
punctuation, odd whitespace, glued capitals, surrogates).
"""
from __future__ import annotations

import html
import random
import re

import pytest

from pipeline.legitimacy import data, rules
from pipeline.legitimacy.text import (
    _BLOCK_TAG, _EMSCAD_TOKEN, _LINE_BREAKS, _PLACEHOLDER, _SPECIAL, _TAG, _single_spaced_lines, _unglue,
    _without_markup, clean, folded, head_letter_words, letter_words, shown, single_spaced,
)

_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED_REFERENCE = re.compile(r"([a-z0-9.!?:;)])([A-Z][a-z])")


def clean_reference(raw: str | None) -> str:
    """``clean`` as its rules read: anonymisation tokens, markup, entities, glued capitals, typographic
    characters and bullets, then one space between words."""
    if not raw:
        return ""
    text = _EMSCAD_TOKEN.sub(lambda m: _PLACEHOLDER[m.group(1)], raw)
    text = html.unescape(_TAG.sub(" ", text))
    text = _GLUED_REFERENCE.sub(r"\1 \2", text)
    text = "".join(_SPECIAL.get(ch, ch) for ch in text).replace("*", " ")
    return " ".join(text.split())


# hand-picked edges: phone and card digits, glued capitals, Uzbek, Persian, odd whitespace, empty
FAST_PATH_TEXTS = [
    "Call +998 90 123-45-67 or 1234567_8; card 8600 1234 5678 9012!", "aBcDeFg xAbCdEfGh x.AbXy it's\tok\n\n ",
    "Ro'yxatdan o'tish uchun to'lov qilasiz", "Рўйхатдан ўтиш учун тўлов", "هزینه ثبت نام ۲۰۰", "naïve café 12:30",
    "", " ", "a\u2028b\xa0c", "x_y z9q 0000 1111 2222 3333",
]


PIECES = ["Virtual", "assistant", "café", "naïve", "£500", "€", "®", "™", "😀", "—", "–", "…", "“quoted”", "‘x’",
          "\xa0", "\u2009", "\u3000", "\u2028", "\x85", "\t", "\n", "  ", "*", "•", "placeWe", "a.We", "aBcDe",
          "x)Yz", "ЖДЕМ", "работа", "کار", "\u200c", "ǅx", "Ⅻ", "²", "٣", "_", "1st", "#URL_ab12#", "&amp;",
          "<b>", "</b>", "<br/>", "\ud800", "ẞ", "ﬁ", "ٰ", "x\u0301", "İ", "ß"]


def _synthetic(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(["", " ", ""]) for _ in range(rng.randint(1, 40)))
            for _ in range(n)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    postings = data.read_emscad(data.EMSCAD_FRAUD)[:150] + data.read_jsonl(data.BOARD_LEGIT)[:150]
    real = [t for p in postings for t in (p.title, p.description) if t]
    return FAST_PATH_TEXTS + real + _synthetic(3000, seed=5)


def test_clean_is_its_definition(texts: list[str]) -> None:
    for text in texts:
        assert clean(text) == clean_reference(text), text[:200]


def shown_reference(raw: str | None) -> str:
    """``shown`` as its docstring reads: ``clean``'s markup and glued capitals, then every whitespace character,
    "*" and typographic character ``_SPECIAL`` reads as a space a space, one between words; the other typographic
    characters as written."""
    if not raw:
        return ""
    text = _unglue(_without_markup(raw))
    text = "".join(" " if ch.isspace() or ch == "*" or _SPECIAL.get(ch) == " " else ch for ch in text)
    return " ".join(text.split())


def test_shown_is_its_definition(texts: list[str]) -> None:
    for text in texts:
        assert shown(text) == shown_reference(text), text[:200]


def clean_lines_reference(raw: str | None) -> str:
    """``clean(raw, lines=True)`` as its rules read: ``clean_reference`` with each run of whitespace holding a line
    break one "\n"; in HTML with a block, its blocks' ends the line breaks and its source's ones spaces."""
    if not raw:
        return ""
    text = _EMSCAD_TOKEN.sub(lambda m: _PLACEHOLDER[m.group(1)], raw)
    if "<" in text and _BLOCK_TAG.search(text):
        text = _BLOCK_TAG.sub("\n", _LINE_BREAKS.sub(" ", text))
    text = html.unescape(_TAG.sub(" ", text))
    text = _GLUED_REFERENCE.sub(r"\1 \2", text)
    text = "".join(_SPECIAL.get(ch, ch) for ch in text).replace("*", " ")
    text = re.sub(r"\s+", lambda m: "\n" if _LINE_BREAKS.search(m.group()) else " ", text).strip()
    return re.sub(r"(?<=[a-zа-яё,])\n(?=[a-zа-яё])", " ", text)  # a sentence wrapped: lower case goes on


HTML_TEXTS = ["<p>No experience</p><p>Pay a fee</p>", "<P CLASS='x'>a\nb</P>\n<UL>\n<li>c</li><li>d\r\ne</li></ul>",
              "x<br>y<br/>z<hr>w", "<div><h2>Title</h2>text</div>\n\n", "<b>bold</b>\nline", "<pre>a</pre><table><tr>"
              "<td>1</td></tr></table>", "<paragraph>not a block</paragraph>\nline", "<li-x>a</li-x>b", "<p>\u2028</p>",
              # lines that fold to nothing (a joiner alone), an ezafe after a line break
              "Рўйхатдан\n\u200c\n\u200c\nўтиш", "\u200c\nx\n\u200c", "هزینه\nی آموزش", "a \u3000\n\t b\n ²\n",
              # a sentence wrapped, in Latin and Cyrillic; not after a capital, a stop or another script
              "never ask you\nfor a fee", "a,\nb", "ask A\nb", "end.\nnext", "попросим\nоплатить", "Ё\nё", "ё\nё",
              "ی\nb", "x\nÉ"]


def test_clean_with_lines_is_its_definition(texts: list[str]) -> None:
    for text in texts + HTML_TEXTS:
        assert clean(text, lines=True) == clean_lines_reference(text), text[:200]


def test_a_text_with_its_lines_is_the_one_line_text_with_a_break_for_a_space(texts: list[str]) -> None:
    """What the rules read keeps its lines, each where the one-line text has a space, cleaned and folded: with each
    "\n" a space, it is what the text model was trained on."""
    for text in texts + HTML_TEXTS:
        lines = clean(text, lines=True)
        assert lines.replace("\n", " ") == clean(text), text[:200]
        assert folded(lines).replace("\n", " ") == folded(clean(text)), text[:200]
        assert not re.search(r"^\n|\n$|\s\n|\n\s", folded(lines)), text[:200]


def test_letter_words_are_the_runs_of_letters(texts: list[str]) -> None:
    for text in texts + [clean(t) for t in texts]:
        assert letter_words(text) == _LETTERS.findall(text), text[:200]


def test_unglue_is_the_regular_expression_it_replaces(texts: list[str]) -> None:
    for text in texts:
        assert _unglue(text) == _GLUED_REFERENCE.sub(r"\1 \2", text), text[:200]


def test_single_spaced_is_split_and_join(texts: list[str]) -> None:
    for text in texts + ["a    b", "  a  ", "a\u3000 b", "a\tb", ""]:
        assert single_spaced(text) == " ".join(text.split()), repr(text[:200])


def test_single_spaced_lines_are_each_line_single_spaced(texts: list[str]) -> None:
    for text in texts + HTML_TEXTS + [clean(t, lines=True) for t in texts] + ["a  \n\n  b", " \n a \n ", "\n", ""]:
        want = "\n".join(filter(None, map(single_spaced, text.split("\n"))))
        assert _single_spaced_lines(text) == want, repr(text[:200])


def test_head_letter_words_are_the_words_of_the_cut_text(texts: list[str]) -> None:
    rng = random.Random(11)
    for text in texts + ["ab", "a²b c", "Ⅻx", "x1y"]:
        for t in (text, clean(text)):
            tokens = letter_words(t)
            limits = {0, 1, 1500, len(t) // 2, len(t) - 1, len(t), len(t) + 1, *range(2, 6)}
            for limit in limits | {rng.randint(0, len(t)) for _ in range(4)}:
                if limit >= 0:  # (a cut inside a word, at its first or last letter, after it …)
                    assert head_letter_words(t, tokens, limit) == letter_words(t[:limit]), (t[:200], limit)


def _instance(phrase: str) -> str:
    """A text the phrase matches: each ``*`` as "s", ``?`` as "c", a gap ``~`` as two words."""
    words = rules.fold(phrase).split(" ")
    return " ".join("big red" if w == "~" else w.replace("*", "s").replace("?", "c") for w in words)


def test_phrase_scan_finds_what_finditer_finds(texts: list[str]) -> None:
    """Each phrase of the shared lexicons is tried only where ``str.find`` finds its literal start at the start of
    a word: the same matches as ``finditer`` of the phrase after a look-behind for a letter or digit, on its own
    words repeated, glued, overlapping and on the real texts."""
    literal = {c[2].pattern: c[5] for cs in rules._SHARED_LEXICONS._by_trigger.values() for c in cs}
    real = [rules.fold(clean(t)) for t in texts[len(FAST_PATH_TEXTS):len(FAST_PATH_TEXTS) + 200]]
    checked = 0
    for lexicon in rules.SHARED:
        for phrase in lexicon.phrases:
            pattern = re.compile(r"(?:" + rules._phrase(phrase)[0] + r")(?!\w)")
            at_word_start = re.compile(r"(?<![^\W_])" + pattern.pattern)  # not after what ``str.isalnum`` is
            start = literal[pattern.pattern]
            assert start and pattern.pattern.startswith("(?:" + re.escape(start)), phrase
            one = _instance(phrase)
            own = [one, f"x {one} {one}{one}, ({one}) {one}-{one} {start}{start} {one[:-1]} 1{one}",
                   f"{start} {start}{one}"]
            for text in own + real[checked % 7::7]:
                got = [m.span() for m in rules._finditer(pattern, start, text)]
                assert got == [m.span() for m in at_word_start.finditer(text)], (phrase, text[:200])
            assert rules._finditer(pattern, start, own[1]), phrase
            checked += 1
    assert checked > 700



def test_the_shared_run_finds_what_each_lexicon_finds_alone(texts: list[str]) -> None:
    """``rules._SharedLexicons`` looks raw patterns up by the words they need, as phrases by their triggers: each
    lexicon's matches are those of the same lexicon built alone (its own look-ups), on the real texts and on texts
    holding one raw pattern's words but not another's."""
    alone = [rules.Lexicon(lexicon.phrases, lexicon.given_raw) for lexicon in rules.SHARED]
    own = ["Pay $20 to join our private chat", "join the group for $15 at our club", "VIP tarif 99 000 so'm",
           "we rent your card; na tvoyu kartu prixodyat dengi, perevodish dalshe"]
    for text in own + [rules.fold(clean(t)) for t in texts[:400]]:
        words = rules.Words(text)
        for lexicon, own_lexicon in zip(rules.SHARED, alone):
            assert [m.span() for m in lexicon.finditer(text, words)] == [m.span() for m in own_lexicon.finditer(text)]


MAIL_TEXTS = ["a@gmail.com", "write to x.y+z@yahoo.ru today", "@gmail.com alone", "a@@gmail.com", "a@b@mail.ru",
              "foo@bar.com a@mail.ru", "é_1@gmail.com", "a@gmail.comx or b@inbox.ru.", "-@ya.ru", "@ a@ b@list.ru",
              "mail me: ivan@gmail.com, petr@mail.ru", "x@gmail.co", "(hr@yandex.ru)", "a@gmail.com@mail.ru",
              "۱۲@gmail.com", "a.b@googlemail.com", "a@mail.ru" * 3, "(@gmail.com) then a@mail.ru"]


def test_free_mail_is_the_search(texts: list[str]) -> None:
    for text in MAIL_TEXTS + texts + [clean(t) for t in texts] + [t.replace(" ", "@", 3) for t in texts[:400]]:
        for t in (text, rules.fold(text)):
            want = rules.FREE_MAIL.search(t)
            got = rules.free_mail(t)
            assert (got and got.span()) == (want and want.span()), t[:200]


@pytest.mark.parametrize("text,expected", [
    ("Passport to manager J. Smith at the office", "Passport to manager J_ Smith at the office"),
    ("менеджеру Б. А. Алиевой в офис", "менеджеру Б_ А_ Алиевой в офис"),
    ("менеджеру Б.А. Алиевой", "менеджеру Б_А_ Алиевой"),
    ("офис менежери Д. Каримовага", "офис менежери Д_ Каримовага"),
    ("ofis menejeri D. Karimovaga", "ofis menejeri D_ Karimovaga"),
    # not at a line's or the text's end, nor a lower-case letter, "I", or a category's, a class's, a plan's letter
    ("write to manager J.\nThen", "write to manager J.\nThen"),
    ("write to manager J.", "write to manager J."),
    ("всему научу я. Оплатите", "всему научу я. Оплатите"),
    ("no one but I. Send", "no one but I. Send"),
    ("права категории B. Оплатите", "права категории B. Оплатите"),
    ("haydovchilik toifasi B. Ro'yxatdan", "haydovchilik toifasi B. Ro'yxatdan"),
    ("driving licence class B. Pay", "driving licence class B. Pay"),
    ("we have a Plan B. Pay", "we have a Plan B. Pay"),
    ("J. Smith will call", "J. Smith will call"),  # (no word before it: the sentence before has ended anyway)
])
def test_an_initials_dot_is_read_as_no_full_stop(text: str, expected: str) -> None:
    from pipeline.legitimacy.text import initials_joined

    assert initials_joined(text) == expected
    assert len(initials_joined(text)) == len(text)


def test_the_folded_text_keeps_an_initial_in_its_sentence() -> None:
    from crawlers.items import PostingItem
    from pipeline.legitimacy.text import posting_text_folded

    for description, folded_text in (("Send it to manager J. Smith.", "send it to manager j_ smith."),
                                     ("Менеджеру Б. Алиевой.", "menedjeru b_ aliyevoy.")):
        assert posting_text_folded(PostingItem(source="t", source_id="1", description=description))[1] == folded_text
