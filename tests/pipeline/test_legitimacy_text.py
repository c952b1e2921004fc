"""The legitimacy stage's text helpers against their plain definitions.

``clean``, ``letter_words``, ``_unglue``, ``single_spaced``, ``head_letter_words`` and the rules' phrase scan
(``matching._finditer``) are written for speed (UTF-8 bytes, translate tables, words reused, ``str.find``); each must
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
from pipeline.legitimacy.rules import contacts, matching
from pipeline.legitimacy.styled import unstyled
from pipeline.legitimacy.text import (
    BULLETS, ITEM_MARK, _BLOCK_TAG, _EMSCAD_TOKEN, _LINE_BREAKS, _PLACEHOLDER, _SPECIAL, _TAG, _single_spaced_lines, _unglue,
    _without_markup, clean, folded, head_letter_words, letter_words, sentence_around, shown, single_spaced,
)
from pipeline.textnorm import fold

_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED_REFERENCE = re.compile(r"([a-z0-9.!?:;)])([A-Z][a-z])")


def clean_reference(raw: str | None) -> str:
    """``clean`` as its rules read: anonymisation tokens, markup, entities, styled words (``styled.unstyled``), glued
    capitals, typographic characters and bullets, then one space between words."""
    if not raw:
        return ""
    text = _EMSCAD_TOKEN.sub(lambda m: _PLACEHOLDER[m.group(1)], raw)
    if "<" in text and _BLOCK_TAG.search(text):  # (its blocks' ends lines for ``unstyled``, spaces after)
        text = _BLOCK_TAG.sub("\n", _LINE_BREAKS.sub(" ", text))
    text = unstyled(html.unescape(_TAG.sub(" ", text)))
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
          "<b>", "</b>", "<br/>", "\ud800", "ẞ", "ﬁ", "ٰ", "x\u0301", "İ", "ß", "▪️", "·", "✔\ufe0f"]


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
    """``shown`` as its docstring reads: ``clean``'s markup, styled words and glued capitals, then every whitespace character,
    "*" and typographic character ``_SPECIAL`` reads as a space a space, one between words; the other typographic
    characters as written."""
    if not raw:
        return ""
    text = _unglue(unstyled(_without_markup(raw, True)))
    # a bullet that opens the text or follows whitespace is a "-" where its item's line has its mark
    text = re.sub(f"(?:(?<=\\s)|^)[{BULLETS}]", "- ", text)
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
    text = unstyled(html.unescape(_TAG.sub(" ", text)))
    text = _GLUED_REFERENCE.sub(r"\1 \2", text)
    # a bullet that opens the text or follows whitespace opens its item's line, marked "* "; one inside a word is a
    # space
    text = re.sub(f"(?:(?<=\\s)|^)[{BULLETS}]", "\n\ue000 ", text)
    text = "".join(_SPECIAL.get(ch, ch) for ch in text).replace("*", " ")
    text = re.sub(r"\s+", lambda m: "\n" if _LINE_BREAKS.search(m.group()) else " ", text).strip()
    text = re.sub(r"(?<=[a-zа-яё,])\n(?=[a-zа-яё])", " ", text)  # a sentence wrapped: lower case goes on
    return text.replace("\ue000", ITEM_MARK)


HTML_TEXTS = ["<p>No experience</p><p>Pay a fee</p>", "<P CLASS='x'>a\nb</P>\n<UL>\n<li>c</li><li>d\r\ne</li></ul>",
              "x<br>y<br/>z<hr>w", "<div><h2>Title</h2>text</div>\n\n", "<b>bold</b>\nline", "<pre>a</pre><table><tr>"
              "<td>1</td></tr></table>", "<paragraph>not a block</paragraph>\nline", "<li-x>a</li-x>b", "<p>\u2028</p>",
              # lines that fold to nothing (a joiner alone), an ezafe after a line break
              "Рўйхатдан\n\u200c\n\u200c\nўтиш", "\u200c\nx\n\u200c", "هزینه\nی آموزش", "a \u3000\n\t b\n ²\n",
              # a sentence wrapped, in Latin and Cyrillic; not after a capital, a stop or another script
              "never ask you\nfor a fee", "a,\nb", "ask A\nb", "end.\nnext", "попросим\nоплатить", "Ё\nё", "ё\nё",
              "ی\nb", "x\nÉ",
              # list bullets: each opens a line after whitespace, never inside a word; a line break beside them
              "Tasks:\n• reply to emails\n• book meetings", "a • b ▪ c ✔ d · e", "Col·legi a•b", "•x", "x •",
              "• \n • x", "emails,\n✔ reply", "a\xa0•b", "a\u2028•b", "a\x00 • b", "<ul><li>• one</li><li>two •three</li></ul>",
              "▪️ a ▪️ b", "a▪️b", "*•x", "x\t✔\ufe0f\ufe0fy"]


def test_clean_with_lines_is_its_definition(texts: list[str]) -> None:
    for text in texts + HTML_TEXTS:
        assert clean(text, lines=True) == clean_lines_reference(text), text[:200]


def test_a_text_with_its_lines_is_the_one_line_text_with_a_break_for_a_space(texts: list[str]) -> None:
    """What the rules read keeps its lines, each where the one-line text has a space, cleaned and folded, and the
    mark of an item's line where a bullet opened it (``ITEM_MARK``, no word the text model counts): without the
    marks and with each "\n" a space, it is what the text model was trained on."""
    def unmarked(lines: str) -> str:
        return " ".join(w for w in lines.split() if w != ITEM_MARK)

    for text in texts + HTML_TEXTS:
        lines = clean(text, lines=True)
        assert unmarked(lines) == clean(text), text[:200]
        assert unmarked(folded(lines)) == folded(clean(text)), text[:200]
        if ITEM_MARK not in lines:
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
    words = fold(phrase).split(" ")
    return " ".join("big red" if w == "~" else w.replace("*", "s").replace("?", "c") for w in words)


def test_phrase_scan_finds_what_finditer_finds(texts: list[str]) -> None:
    """Each phrase of the shared lexicons is tried only where ``str.find`` finds its literal start at the start of
    a word: the same matches as ``finditer`` of the phrase after a look-behind for a letter or digit, on its own
    words repeated, glued, overlapping and on the real texts."""
    literal = {c[2].pattern: c[5] for cs in matching._SHARED_LEXICONS._by_trigger.values() for c in cs}
    real = [fold(clean(t)) for t in texts[len(FAST_PATH_TEXTS):len(FAST_PATH_TEXTS) + 200]]
    checked = 0
    for lexicon in rules.SHARED:
        for phrase in lexicon.phrases:
            pattern = re.compile(r"(?:" + matching._phrase(phrase)[0] + r")(?!\w)")
            at_word_start = re.compile(r"(?<![^\W_])" + pattern.pattern)  # not after what ``str.isalnum`` is
            start = literal[pattern.pattern]
            assert start and pattern.pattern.startswith("(?:" + re.escape(start)), phrase
            one = _instance(phrase)
            own = [one, f"x {one} {one}{one}, ({one}) {one}-{one} {start}{start} {one[:-1]} 1{one}",
                   f"{start} {start}{one}"]
            for text in own + real[checked % 7::7]:
                got = [m.span() for m in matching._finditer(pattern, start, text)]
                assert got == [m.span() for m in at_word_start.finditer(text)], (phrase, text[:200])
            assert matching._finditer(pattern, start, own[1]), phrase
            checked += 1
    assert checked > 700



def test_the_shared_run_finds_what_each_lexicon_finds_alone(texts: list[str]) -> None:
    """``matching._SharedLexicons`` looks raw patterns up by the words they need, as phrases by their triggers: each
    lexicon's matches are those of the same lexicon built alone (its own look-ups), on the real texts and on texts
    holding one raw pattern's words but not another's."""
    alone = [rules.Lexicon(lexicon.phrases, lexicon.given_raw) for lexicon in rules.SHARED]
    own = ["Pay $20 to join our private chat", "join the group for $15 at our club", "VIP tarif 99 000 so'm",
           "we rent your card; na tvoyu kartu prixodyat dengi, perevodish dalshe"]
    for text in own + [fold(clean(t)) for t in texts[:400]]:
        words = rules.Words(text)
        for lexicon, own_lexicon in zip(rules.SHARED, alone):
            assert [m.span() for m in lexicon.finditer(text, words)] == [m.span() for m in own_lexicon.finditer(text)]


MAIL_TEXTS = ["a@gmail.com", "write to x.y+z@yahoo.ru today", "@gmail.com alone", "a@@gmail.com", "a@b@mail.ru",
              "foo@bar.com a@mail.ru", "é_1@gmail.com", "a@gmail.comx or b@inbox.ru.", "-@ya.ru", "@ a@ b@list.ru",
              "mail me: ivan@gmail.com, petr@mail.ru", "x@gmail.co", "(hr@yandex.ru)", "a@gmail.com@mail.ru",
              "۱۲@gmail.com", "a.b@googlemail.com", "a@mail.ru" * 3, "(@gmail.com) then a@mail.ru"]


def test_free_mail_is_the_search(texts: list[str]) -> None:
    for text in MAIL_TEXTS + texts + [clean(t) for t in texts] + [t.replace(" ", "@", 3) for t in texts[:400]]:
        for t in (text, fold(text)):
            want = contacts.FREE_MAIL.search(t)
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
    # a capitals' abbreviation: its last dot ends the sentence before a word that opens one, not before another
    ("based in the U.S. Send your card", "based in the U_S. Send your card"),
    ("offices across the U.K. We pay", "offices across the U_K. We pay"),
    ("a U.S. hospital", "a U_S_ hospital"),
    ("as a U.S. Marine at Quantico", "as a U_S_ Marine at Quantico"),
    ("the U.S. Sender", "the U_S_ Sender"),
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


@pytest.mark.parametrize("text,expected", [
    # items on one line, each opened by an emoji where the line has two marks at least, its first counted
    ("✅ remote ✅ pay a $50 fee ✅ weekly pay", "✅ remote\n✅ pay a $50 fee\n✅ weekly pay"),
    ("acme. ✅ full-time ❗️ no fees 📞 +998 90", "acme.\n✅ full-time\n❗️ no fees\n📞 +998 90"),
    ("⛔️ hech qanday to'lov olinmaydi 💰 50 000 so'm to'lang", "⛔️ hech qanday to'lov olinmaydi\n💰 50 000 so'm to'lang"),
    ("3️⃣ karta raqami 4️⃣ sms kod", "3️⃣ karta raqami\n4️⃣ sms kod"),
    ("👨💻 operator 🔹 remote", "👨💻 operator\n🔹 remote"),
    # … not one alone in its line, nor at its end, nor one after a negation or a "no" sign after an item's first words
    ("no experience 💯 secure your seat", "no experience 💯 secure your seat"),
    ("pul ishlang 💰", "pul ishlang 💰"),
    ("✅ a b ✅", "✅ a b ✅"),
    ("✅ no 💸 fees ✅ weekly", "✅ no 💸 fees\n✅ weekly"),
    ("✅ hech qanday 💸 to'lov yo'q ✅ x", "✅ hech qanday 💸 to'lov yo'q\n✅ x"),
    ("✅ predoplata ❌ ne nujna ✅ x", "✅ predoplata ❌ ne nujna\n✅ x"),
    ("✅ oplatite vznos 500 rubley ❌ opyt ne nujen", "✅ oplatite vznos 500 rubley\n❌ opyt ne nujen"),
    ("✅ daromad 💸: 5 mln ✅ x", "✅ daromad 💸: 5 mln\n✅ x"),
    # numbered items after a line's first, "-" items after a line's first "-", not between numbers
    ("1) no experience 2) pay a $50 fee 3) weekly", "1) no experience\n2) pay a $50 fee\n3) weekly"),
    ("call 2) us", "call 2) us"),
    ("- no experience - pay a registration fee - 200 000 so'm",
     "- no experience\n- pay a registration fee\n- 200 000 so'm"),
    ("- ish vaqti 9:00 - 18:00 - oylik 5 mln - 7 mln", "- ish vaqti 9:00 - 18:00\n- oylik 5 mln - 7 mln"),
    ("no - dash - list", "no - dash - list"),
    ("first\n✅ a ✅ b", "first\n✅ a\n✅ b"),
])
def test_items_on_one_line_each_open_a_line(text: str, expected: str) -> None:
    from pipeline.legitimacy.text import items_opened

    assert items_opened(text) == expected


def test_items_opened_keep_the_words_and_the_length(texts: list[str]) -> None:
    """An item's line break stands in place of a space: the text model, which reads each line break as the space it
    stands for, reads the text as before."""
    from pipeline.legitimacy.text import items_opened

    for text in texts + HTML_TEXTS:
        lines = folded(clean(text, lines=True))
        opened = items_opened(lines)
        assert opened.replace("\n", " ") == lines.replace("\n", " "), text[:200]


def test_the_model_reads_a_bulleted_text_as_before_its_items_were_marked() -> None:
    """A bullet opens its item's line for the rules with a mark (``ITEM_MARK``) the text model does not count: cut to
    its first words (the training copies, ``model.first_words``) and at ``MAX_CHARS``, a bulleted text holds the
    words it held when a bullet was a space."""
    from crawlers.items import PostingItem
    from pipeline.legitimacy import assess_parts
    from pipeline.legitimacy.model import first_words
    from pipeline.legitimacy.text import MAX_CHARS, posting_text

    items = " ".join(f"• item number {i} of the list" for i in range(1200))
    as_spaces = items.replace("•", " ")
    posting = PostingItem(source="t", source_id="1", title="Assistant", description=items)
    plain = PostingItem(source="t", source_id="1", title="Assistant", description=as_spaces)
    assert ITEM_MARK in posting_text(posting) and len(posting_text(posting)) > MAX_CHARS
    marked, unmarked = assess_parts(posting, use_model=False).model_text, assess_parts(plain, use_model=False).model_text
    assert letter_words(marked) == letter_words(unmarked)
    for n in (25, 60):
        assert first_words(marked, n) == first_words(unmarked, n)


# A match's sentence, as the negations, the conditional warnings and the seeker's questions read it.
@pytest.mark.parametrize("text, word, reach, after_reach, expected", [
    ("no experience. we never ask for your card number, ever. apply", "card", 90, 50,
     (" we never ask for your ", " number, ever", ".")),
    ("hello\nsend the card now", "card", 90, 50, ("send the ", " now", "")),
    ("a long opening without any end mark at all before the card", "card", 10, 50, ("efore the ", "", "")),
    ("send the card number and the code to me right now please", "card", 90, 8, ("send the ", " number ", "")),
    ("pay a fee; then work", "fee", 90, 50, ("pay a ", "", ";")),
])
def test_sentence_around_cuts_at_the_sentence_marks_within_reach(text, word, reach, after_reach, expected):
    start = text.index(word)
    assert sentence_around(text, start, start + len(word), reach, after_reach) == expected


def test_sentence_around_reads_to_the_marks_it_is_given():
    question_end = re.compile(r"[.!?\n؛؟]")
    text = "they want: passport + selfie, is it normal? thanks"
    start = text.index("passport")
    assert sentence_around(text, start, start + 8, 160, 160, question_end, question_end) == (
        "they want: ", " + selfie, is it normal", "?")
