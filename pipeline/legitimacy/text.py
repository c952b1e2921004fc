"""The one cleaned text every rule and the text model read.

The artefact guard lives here: EMSCAD's ``#URL_…#``/``#EMAIL_…#`` anonymisation
tokens become the one word the model reads for any link or e-mail address
(``LINK_WORD``, ``MAIL_WORD``; ``links_as_words`` does the same to a real
posting's), ``#PHONE_…#`` is deleted, HTML tags and entities are resolved, and
whitespace is collapsed. A styled word is read as the word (``styled.unstyled``:
letters spelled out, "r e g i s t r a t i o n" or «к.а.р.т.а», a look-alike letter
of the other script, digits for letters, «к0д», a zero-width space inside, keycap
digits), in what the rules read and in what a reason quotes (``shown``).
EMSCAD's fraud rows keep their newlines while the Kaggle legit rows lost them
("place.We"), so a sentence end glued to the next capital is split in *both*
("place. We"), and every run of whitespace becomes one space. The result is
``textnorm.fold``-ed (case, digits, Persian letters, Uzbek/Russian Cyrillic →
Latin) so one Latin pattern matches both scripts.
``letter_words`` is the one tokeniser the rules and the text model share.
The text model does not read the frames boards put around every posting
(``without_board_frames``): they are on scams as on the rest.

What the rules read keeps its lines (``clean(…, lines=True)``, ``posting_text``): a run of whitespace holding a
line break is one "\n", in HTML a list item's or a block's end (``_BLOCK_TAG``) where its source's own line
breaks are spaces, and a list item's bullet ("•", "▪", "✔" … after whitespace) opens a line marked ``ITEM_MARK``
(``_items_opened``); items a line lists after its first, each opened by an emoji, a number or a "-" ("✅ Remote ✅
Pay a $50 fee ✅ …"), open lines of their own in the folded text (``items_opened``). A Telegram post marks its
sentences with line breaks, not full stops, and a negation on one line or item ("No experience", "Без опыта", "بدون
سابقه") is no negation of the fee asked on the next. Each "\n" stands where the one-line text has a space, and the
mark is no word the model counts, so the text model, which reads no line breaks (fraud rows kept theirs and
legitimate ones lost them, and their bullets with them), reads the text with each one a space: what it was trained
on. An initial's dot ("менеджеру Б. Алиевой", "manager J. Smith") ends no sentence there, nor an abbreviation's but
before a sentence's first word ("… in the U.S. Send …", ``initials_joined``).
"""
from __future__ import annotations

import html
import re
import unicodedata

from crawlers.items import PostingItem
from pipeline.legitimacy.styled import unstyled
from pipeline.textnorm import ACUTE_APOSTROPHE, fold

_EMSCAD_TOKEN = re.compile(r"#(URL|EMAIL|PHONE)_[0-9a-fA-F]+#")
# A link and an e-mail address as the model reads them: one word each, whatever they say. EMSCAD anonymised
# its own (``#URL_…#``: 31 % of fraud rows, 26 % of legitimate ones), the boards keep theirs (47 % of postings):
# read as text, a link's words ("https", "com", the domain) were legitimate evidence only the boards supplied,
# and one appended link turned 44 of the 641 EMSCAD fakes into ``ok``. As one word on both sides, "has a link"
# weighs what EMSCAD's own rows say it weighs.
LINK_WORD, MAIL_WORD = "zzlink", "zzmail"
_PLACEHOLDER = {"URL": f" {LINK_WORD} ", "EMAIL": f" {MAIL_WORD} ", "PHONE": " "}
_TAG = re.compile(r"<[^>]{0,400}>")
# What ends a line in HTML: a line break, a block or a list item opening or closing (``normalize.html_to_text``'s
# blocks, and a list item's).
_BLOCK_TAG = re.compile(r"<(?:br|hr|/?(?:p|div|li|ul|ol|dl|dt|dd|tr|table|h[1-6]|blockquote|pre|section|article"
                        r"|header|footer))(?![\w-])[^>]{0,400}>", re.IGNORECASE)
# A line break in plain text (those ``str.splitlines`` splits at): one in HTML source is a space.
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# A capital starting a word, glued to what precedes it, found in the text's UTF-8 bytes reduced to classes
# (``_GLUE_CLASSES``: ``l`` a-z, ``p`` 0-9.!?:;), ``C`` A-Z, any other byte — every byte of a non-ASCII
# character too — a space): the pattern starts with a literal, so the regex engine skips ahead to capitals
# (3× faster than ``[A-Z](?<=[a-z0-9.!?:;)][A-Z])(?=[a-z])`` on the text, itself 3× faster than a pattern
# starting with the lower-case character).
_GLUE_CLASSES = bytes(108 if 97 <= c <= 122 else 112 if chr(c) in "0123456789.!?:;)" else 67 if 65 <= c <= 90 else 32
                      for c in range(256))
_GLUED = re.compile(rb"C(?<=[lp]C)(?=l)")
_SPACE = re.compile(r"\s+")
# Layout, not content: list bullets and typographic punctuation differ by export (EMSCAD fraud vs Kaggle rows).
BULLETS = "•·▪●◦■□►➢✓✔➤"
_SPECIAL = {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\xa0": " ",
            **dict.fromkeys("*" + BULLETS, " ")}
MAX_CHARS = 6000  # long postings: the first part carries the signal; keeps assess fast
_LETTERS = re.compile(r"[^\W\d_]+")
# ``_LETTERS`` for a text of the Basic Multilingual Plane (every character below U+10000): its class spelled as the
# ranges of the letters there, read off ``_LETTERS`` itself, so the engine tests a character against a bitmap where
# the class's categories cost it four Unicode look-ups (1.2 % of the instructions of an assessment of the crawled
# postings, by their Persian ones)
_BMP = "".join(map(chr, range(0x10000)))
_BMP_LETTERS = re.compile("[" + "".join(f"{re.escape(_BMP[m.start()])}-{re.escape(_BMP[m.end() - 1])}"
                                        for m in _LETTERS.finditer(_BMP)) + "]+")
del _BMP
# ASCII text: letters kept, every other byte a space — ``bytes.translate`` + ``split`` is ``_LETTERS.findall``, 4× faster
_ASCII_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_UTF8_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 or c >= 128 else 32 for c in range(256))  # … and non-ASCII
_NON_ASCII = re.compile("[^\x00-\x7f]")
# ASCII text reduced to its digit layout: digit → 0, letter or _ → a, whitespace → space, - kept, other → .
_ASCII_SHAPE = bytes(48 if 48 <= c <= 57 else 97 if chr(c).isalpha() or c == 95 else 32 if chr(c).isspace() else 45
                     if c == 45 else 46 for c in range(256))


def letter_words(text: str) -> list[str]:
    """The runs of letters in ``text`` (``[^\\W\\d_]+``), in order."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split()
    data = text.encode("utf-8", "surrogatepass")
    if len(data) - len(text) > len(text) // 8:  # mostly non-ASCII (Persian): the regex is faster
        # (a character past the BMP is four bytes in UTF-8, and only those opening with F0, planes 1–3, are letters)
        return (_LETTERS if b"\xf0" in data else _BMP_LETTERS).findall(text)
    # a Latin text with a few other characters ("café", "£", "®", an emoji): each distinct one that is not a
    # letter becomes a space in the UTF-8 bytes, then the bytes are read as the ASCII ones are
    for ch in set(_NON_ASCII.findall(text)):
        if not ch.isalnum() or ch.isdecimal():
            data = data.replace(ch.encode("utf-8", "surrogatepass"), b" ")
    return data.translate(_UTF8_LETTERS).decode("utf-8").split()


# What a board wraps around every posting it carries, scams included: Remote OK's closing note ("Please mention the
# word … see they're human."), We Work Remotely's "Headquarters: … URL: …" opening and "To apply: <its link>"
# close. The board's words, not the employer's; read by the model, they made a known fake posting in either frame
# look legitimate (in Remote OK's note 460 of the 641 EMSCAD fakes became ``ok``).
# Each with the words a text must hold for it to match (a set lookup first), and starting with a literal, so the
# regex engine skips ahead to it (one alternation of the three could not).
_BOARD_FRAMES = ((frozenset(("mention", "human")), re.compile(r"please mention the word .{0,400}?see they're human\.?")),
                 (frozenset(("headquarters",)), re.compile(r"headquarters: .{0,200}? url: \S+")),
                 (frozenset(("weworkremotely",)),
                  re.compile(r"to apply: https?://(?:www\.)?weworkremotely\.com/\S*")))


def without_board_frames(folded_text: str, words: set[str] | frozenset[str] | None = None) -> str:
    """``folded_text`` without the frames boards put around every posting (``_BOARD_FRAMES``); the same object
    when it has none. ``words``: the text's distinct ``letter_words``, when the caller has them."""
    if words is None:
        words = set(letter_words(folded_text))
    out = folded_text
    for needs, frame in _BOARD_FRAMES:
        if needs <= words:
            out = frame.sub(" ", out)
    return folded_text if out == folded_text else single_spaced(out)


_TLDS = ("com", "org", "net", "io", "co", "dev", "app", "biz", "info", "uz", "ir", "ru")
# The letter-words a link or a bare domain leaves in a text: only a text holding one of them is looked at closer.
_LINK_WORDS = frozenset(("http", "https", "www", *_TLDS))
_TLD = re.compile(r"\.(?:" + "|".join(_TLDS) + r")\b")  # a literal start: the engine skips ahead to each dot
_MAIL = re.compile(r"[^\s@]@[^\s@]+\.\w")


def links_as_words(folded_text: str, words: set[str] | frozenset[str] | None = None) -> str:
    """Every whitespace-separated token holding an e-mail address as ``MAIL_WORD``, and one holding a link or a
    bare domain as ``LINK_WORD``, as ``clean`` reads EMSCAD's anonymised ones; the same object when there is none.

    ``words``: the text's distinct ``letter_words``, when the caller has them. A text none of whose words a link
    leaves (``_LINK_WORDS``) and without an "@" is returned at once: most postings. Otherwise only the tokens
    around an "http", "www.", "@" or a dot before a domain ending are looked at (``_link_tokens``)."""
    found = _link_tokens(folded_text, words)
    return _spliced(folded_text, [(start, *found[start]) for start in sorted(found)])


def _spliced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, word)`` of ``spans`` (in order, apart) put in place of ``text[start:end]``;
    the same object when there is none."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, word in spans:
        out.append(text[pos:start])
        out.append(word)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# What stands for a link or an address in the text the rules' excuses read (``links_as_one_word``): one word of
# letters no phrase holds, as long as what it stands for.
_ONE_WORD = "z"
_ADDRESS_IN_TOKEN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # (``links.EMAIL``)
_LINK_IN_TOKEN = re.compile(r"https?://|www\.")
_WORD_CHAR = re.compile(r"\w")


def links_as_one_word(folded_text: str, words: set[str] | frozenset[str] | None = None) -> str:
    """``folded_text`` with each e-mail address and link (those ``links_as_words`` reads as one word) one word of as
    many letters (``_ONE_WORD``); the same object when there is none. What the rules' negations and exceptions read:
    "to hr" of "to hr.ridgeway@outlook.com" is no paperwork handed to HR, "never" of "never.late@gmail.com" no
    negation, and an address's dots end no sentence. Only the address or the link itself, not the punctuation
    around it in its token ("(hr@acme.com).", "e-mail:hr@acme.com"): a full stop after it still ends its sentence.
    Positions are the text's, so a match's span in one is its span in the other."""
    found = _link_tokens(folded_text, words, lines=True)
    spans: list[tuple[int, int, str]] = []
    for start in sorted(found):
        end, word = found[start]
        token = folded_text[start:end]
        address = _ADDRESS_IN_TOKEN.search(token) if word == MAIL_WORD else None
        if address is not None:
            first, last = address.span()
        else:
            link = _LINK_IN_TOKEN.search(token) if word == LINK_WORD else None
            first = link.start() if link is not None else next(
                (m.start() for m in _WORD_CHAR.finditer(token)), len(token))
            last = max((m.end() for m in _WORD_CHAR.finditer(token, first)), default=first)
        if last > first:
            spans.append((start + first, start + last, _ONE_WORD * (last - first)))
    return _spliced(folded_text, spans)


def _link_tokens(folded_text: str, words: set[str] | frozenset[str] | None = None,
                 lines: bool = False) -> dict[int, tuple[int, str]]:
    """The space-separated tokens of ``folded_text`` holding an e-mail address or a link: start → (end,
    ``MAIL_WORD`` or ``LINK_WORD``); an address wins over a link. With ``lines``, a line break separates them too (the
    model's text is on one line). Empty at once for a text none of whose ``words`` a link leaves (``_LINK_WORDS``)
    and without an "@"."""
    if words is None:
        words = set(letter_words(folded_text))
    found: dict[int, tuple[int, str]] = {}
    if "@" not in folded_text and _LINK_WORDS.isdisjoint(words):
        return found
    text = folded_text

    def token_at(i: int) -> tuple[int, int]:
        end = text.find(" ", i)
        start = text.rfind(" ", 0, i) + 1
        if lines:
            start = max(start, text.rfind("\n", 0, i) + 1)
            line_end = text.find("\n", i)
            end = end if line_end < 0 or 0 <= end < line_end else line_end
        return start, len(text) if end < 0 else end

    at = text.find("@")
    while at >= 0:
        start, end = token_at(at)
        if _MAIL.search(text, start, end):
            found[start] = (end, MAIL_WORD)
        at = text.find("@", end)
    for needle in ("http", "www."):
        at = text.find(needle)
        while at >= 0:
            start, end = token_at(at)
            if text.find(".", start, end) >= 0 or text.find("@", start, end) >= 0:  # "http," alone is a word
                found.setdefault(start, (end, LINK_WORD))
            at = text.find(needle, end)
    for m in _TLD.finditer(text):
        dot = m.start()
        if dot and (text[dot - 1].isalnum() or text[dot - 1] in "_-"):
            start, end = token_at(dot)
            found.setdefault(start, (end, LINK_WORD))
    return found


_WORD_STARTS = bytes(97 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def _count_words(text: str) -> int:
    """``len(letter_words(text))``; on ASCII text the count of letters that open the text or follow a non-letter,
    without a word made."""
    if not text.isascii():
        return len(letter_words(text))
    shape = text.encode("ascii").translate(_WORD_STARTS)
    return shape.count(b" a") + shape.startswith(b"a")


def head_letter_words(text: str, tokens: list[str], limit: int) -> list[str]:
    """``letter_words(text[:limit])``, where ``tokens`` are ``letter_words(text)``: their first words, counted
    without a word made (``_count_words``), the last one cut where ``limit`` cuts it."""
    if len(text) <= limit:
        return tokens
    head = text[:limit]
    words = tokens[:_count_words(head)]
    if words and _is_letter(text[limit]) and _is_letter(head[-1]):  # a word cut at ``limit``: its letters in head
        i = limit - 1
        while i and _is_letter(head[i - 1]):
            i -= 1
        words[-1] = head[i:]
    return words


def _is_letter(ch: str) -> bool:
    """``ch`` matches ``[^\\W\\d_]`` (``\\w`` is alphanumeric or ``_``, ``\\d`` decimal)."""
    return ch.isalnum() and not ch.isdecimal()


def digit_shape(text: str) -> str | None:
    """ASCII ``text`` with digits as ``0``, letters as ``a``, whitespace as a space, ``-`` kept and the rest ``.``
    (same length), so digit patterns can be searched with a literal prefix; ``None`` for non-ASCII text."""
    if not text.isascii():
        return None
    return text.encode("ascii").translate(_ASCII_SHAPE).decode("ascii")


def _without_markup(raw: str, lines: bool = False) -> str:
    """EMSCAD's tokens as words, tags as spaces, entities as their characters: the first steps of ``clean`` and
    ``shown``. ``lines``: HTML with a block (``_BLOCK_TAG``) has its lines where its blocks end, its source's line
    breaks as spaces."""
    text = _EMSCAD_TOKEN.sub(lambda m: _PLACEHOLDER[m.group(1)], raw) if "#" in raw else raw
    if "<" in text:
        if lines and _BLOCK_TAG.search(text):
            text = _BLOCK_TAG.sub("\n", _LINE_BREAKS.sub(" ", text))
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def clean(raw: str | None, lines: bool = False) -> str:
    """Raw posting text → one line of plain text, original case and script (for spans); with ``lines``, each run
    of whitespace holding a line break (``_LINE_BREAKS``; in HTML a block's end) one "\n" instead of a space.

    After the markup, read in UTF-8 bytes: glued capitals, typographic characters and whitespace are each one
    C-level pass there, where a ``str`` of mostly-Latin text with a few curly quotes is two bytes a character."""
    if not raw:
        return ""
    # (a block's end is a line's for ``unstyled`` on one line too: letters spelled out are no run across two lines,
    # "x<br>y<br>z"; every "\n" is a space there after)
    text = _without_markup(raw, True)
    data = text.encode("utf-8", "surrogatepass")
    read = unstyled(text, data)  # styled words as the words: "r e g i s t r a t i o n", «к0д», "pаssport"
    if read is not text:
        text, data = read, read.encode("utf-8", "surrogatepass")
    data = _unglued(data)  # a flattened export (Kaggle): "place.We" → "place. We"
    bullets = False
    if len(data) != len(text):  # not ASCII
        data, bullets = _without_special_utf8(data, lines)
    if not lines:
        data = data.translate(_SEPARATORS_AS_SPACE)
        return _SPACES.sub(b" ", data).strip(b" ").decode("utf-8", "surrogatepass")
    data = data.translate(_SEPARATORS_AS_LINE_OR_SPACE)
    if bullets:  # (after the "*" a post typed is a space)
        data = data.replace(_OPENING_BULLET, _ITEM_OPENED)
    data = _SPACES.sub(b" ", data)
    if b"\n" in data:
        data = _WRAPPED.sub(b" ", _BREAKS.sub(b"\n", data.replace(b" \n", b"\n")))
    return data.strip(b" \n").decode("utf-8", "surrogatepass")


# Every byte ``bytes.split`` splits at is a space by then (``_SEPARATORS_AS_SPACE``), so collapsing runs of spaces
# and stripping them is ``b" ".join(data.split())``: a pattern starting with a literal is a fast scan, where
# ``split`` makes a bytes object of every word (×1.6). Both spaces are written out ("  +" finds the same runs), so the
# engine skips ahead to two in a row, where from one it tried the rest of the pattern at every space (0.9 % of the
# instructions of an assessment of the crawled postings).
_SPACES = re.compile(b"   *")
# (once no space stands before a break) a run of spaces and breaks holding one: one break; faster than replacing
# the spaces after a break and halving the runs of breaks in place, and than one pattern with the space before it
_BREAKS = re.compile(b"\n[ \n]+")
# A line that goes on in lower case after a lower-case word or a comma is one sentence wrapped ("We will never ask
# you\nfor a registration fee."), not a new line of a post; Latin and Cyrillic letters in UTF-8.
_LOWER = rb"(?:[a-z]|\xd0[\xb0-\xbf]|\xd1[\x80-\x8f\x91])"
# (opening with the literal "\n", the pattern is a fast scan for it; its lookbehinds, first, tried every byte: ×0.73)
_WRAPPED = re.compile(rb"\n(?:(?<=[a-z,]\n)|(?<=\xd0[\xb0-\xbf]\n)|(?<=\xd1[\x80-\x8f\x91]\n))(?=" + _LOWER + rb")")


# ``_SPECIAL`` and the whitespace ``str.split`` splits at but ``bytes.split`` does not, in UTF-8: each as the space
# or the ASCII that ``_SPECIAL`` gives (a character's bytes never straddle two other characters'). Only those a
# text holds are replaced, one ``bytes.replace`` each: ``str.translate`` with ``_SPECIAL`` looks every character
# of a non-ASCII text up, and a regular expression with a callback calls Python at every one it finds.
_SPECIAL_UTF8_AS = {ch.encode(): repl.encode() for ch, repl in _SPECIAL.items() if not ch.isascii()} | {
    chr(c).encode(): b" " for c in range(0x80, 0x3001) if chr(c).isspace() and chr(c) not in _SPECIAL}
_SPECIAL_UTF8_KEEPING_LINES = _SPECIAL_UTF8_AS | {ch.encode(): b"\n" for ch in "\x85\u2028\u2029"}
# the characters that start with each of their lead bytes; a pattern opening with a literal byte is a fast scan
# (one alternation of them all, or a class of lead bytes, is several times slower)
_SPECIAL_UTF8_BY_LEAD = tuple((bytes([lead]), re.compile(re.escape(bytes([lead])) + b"[\x80-\xbf]" * (n - 1)))
                              for lead, n in sorted({(seq[0], len(seq)) for seq in _SPECIAL_UTF8_AS}))
# … and "*" (a list bullet in ``_SPECIAL``): an ASCII byte is never part of another character in UTF-8
_SEPARATORS_AS_SPACE = bytes(32 if chr(c).isspace() or c == 42 else c for c in range(128)) + bytes(range(128, 256))
# … but the line breaks (``_LINE_BREAKS``), each a "\n"
_SEPARATORS_AS_LINE_OR_SPACE = bytes(10 if _LINE_BREAKS.match(chr(c)) else 32 if chr(c).isspace() or c == 42 else c
                                     for c in range(128)) + bytes(range(128, 256))


def _without_special_utf8(data: bytes, lines: bool = False) -> tuple[bytes, bool]:
    """UTF-8 ``data`` with each ``_SPECIAL_UTF8_AS`` character replaced (``lines``: a line break by "\n", and a bullet
    by ``_items_opened``), and whether a bullet opens an item."""
    found: set[bytes] = set()
    for lead, chars in _SPECIAL_UTF8_BY_LEAD:
        if lead in data:
            found.update(chars.findall(data))
    replacements = _SPECIAL_UTF8_KEEPING_LINES if lines else _SPECIAL_UTF8_AS
    bullets = False
    for seq in found:
        if lines and seq in _BULLETS_UTF8:
            bullets = True  # (once the other whitespace is a space or a line break: what a bullet follows)
            continue
        as_ascii = replacements.get(seq)
        if as_ascii is not None:
            data = data.replace(seq, as_ascii)
    if bullets:
        data = _items_opened(data)
        bullets = _OPENING_BULLET in data
    return data, bullets


# A list item's bullet ("•", "·", "▪", "✔" …) opens a line of its own for the rules, which starts with the item mark
# ``ITEM_MARK`` and a space, where the list rules read an item as they read one typed with a "-"
# (``rules.reading._ITEM_LINE``): items that end in no full stop had run into one sentence ("✔ no experience needed ✔
# pay a $50 registration fee", the negation of one item reaching the fee of the next), and a list under a "never"
# heading was no list. A line a bullet opens is never a wrapped sentence going on (``_WRAPPED``). The mark is a "*",
# which ``clean`` leaves nowhere else (a "*" is a space), so it is told from a dash the post typed: no letter, so the
# words the text model reads are the same, and a word ``model.first_words`` does not count, so the copies of a training
# text cut to its first words are too (EMSCAD's fakes kept their bullets, its legitimate rows lost them); ASCII, so a
# text whose only other characters are bullets keeps the ASCII fast paths. ``shown`` reads it "-", a word there too, so
# the words line up for spans.
ITEM_MARK = "*"
_BULLETS_UTF8 = frozenset(ch.encode() for ch in BULLETS)
_BULLET = re.compile(b"|".join(map(re.escape, sorted(_BULLETS_UTF8))))
_WHITESPACE_BYTES = frozenset(b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")  # (the others are spaces or "\n" by then)
# (a "•" stands for each bullet that opens an item until the "*" the post typed are spaces, then for its mark)
_OPENING_BULLET, _ITEM_OPENED = "•".encode(), f"\n{ITEM_MARK} ".encode()


def _items_opened(data: bytes) -> bytes:
    """``data`` with each bullet that opens it or follows whitespace a "•", which ``clean`` makes the "\n* " that
    opens its item's line (``ITEM_MARK``), each other a space.

    One scan for the bullets (a pattern opening with their lead bytes), each judged on the byte before it in
    ``data``."""
    def opened(m: re.Match[bytes]) -> bytes:
        at = m.start()
        return _OPENING_BULLET if not at or data[at - 1] in _WHITESPACE_BYTES else b" "

    return _BULLET.sub(opened, data)


def _unglue(text: str) -> str:
    """A space before every glued capital, as ``re.sub(r"([a-z0-9.!?:;)])([A-Z][a-z])", r"\\1 \\2")`` does:
    a match consumes the character before the capital and the one after, so a capital two characters
    after the last one split is left glued ("aBcDe" → "a BcDe")."""
    data = text.encode("utf-8", "surrogatepass")
    out = _unglued(data)
    return text if out is data else out.decode("utf-8", "surrogatepass")


def _unglued(data: bytes) -> bytes:
    """``_unglue`` on the UTF-8 bytes of a text (``_GLUED``; the same object when nothing is glued): the
    characters of a match and between two matches closer than three are ASCII, so byte and character distances
    agree."""
    out: list[bytes] = []
    pos = 0
    last = -3
    for m in _GLUED.finditer(data.translate(_GLUE_CLASSES)):
        i = m.start()
        if i >= last + 3:
            out.append(data[pos:i])
            pos = last = i
    if not out:
        return data
    out.append(data[pos:])
    return b" ".join(out)


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``; when every whitespace is already a plain space (every whitespace character
    but the space is unprintable), each run of spaces is made one in one pass instead (``_SPACE_RUN``), without a
    split."""
    if text.isprintable():
        return _SPACE_RUN.sub(" ", text).strip(" ") if "  " in text else text.strip(" ")
    return " ".join(text.split())


# Two spaces or more, both written out as in ``_SPACES``. Halving the runs in place had read the text again for each
# halving, and a board's frame cut out of what the model reads leaves three spaces (``without_board_frames``): 1.1 % of
# the instructions of an assessment of the crawled postings.
_SPACE_RUN = re.compile("   *")


def posting_text(posting: PostingItem) -> str:
    """Title and description, cleaned with their lines (not folded), capped at ``MAX_CHARS`` not counting the marks of
    items a bullet opened (``ITEM_MARK`` and its space: the text the model reads is cut where it was cut before they
    were marked)."""
    parts = [clean(posting.title, lines=True), clean(posting.description, lines=True)]
    text = " \n ".join(p for p in parts if p)
    cut = MAX_CHARS
    if len(text) > cut and ITEM_MARK in text:
        while cut != (cut := MAX_CHARS + 2 * text.count(ITEM_MARK, 0, cut)):
            pass
    return text[:cut]


# After NFKC, text without these (Cyrillic, Arabic script, invisible joiners) folds to its casefold.
_NEEDS_FULL_FOLD = re.compile("[\u00ad\u0400-\u04ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200b-\u200f"
                              "\u2060\ufb50-\ufdff\ufe70-\ufeff]")
_APOSTROPHES = re.compile("[\u2018\u2019\u02bb\u02bc\u02b9\u0060\u00b4\u2032]")


# The Persian ezafe after a word's final heh, written apart ("هزینه‌ی آموزش", "هزینه ی آموزش", "هزینهٔ آموزش": the
# fee *of* training) is read as the plain "هزینه آموزش" the phrases are written in. A yeh glued to the heh is left:
# "راهی", "ماهی", "آگاهی" are words of their own. (After a line break as after a space: the text kept its lines as
# the one-line text's spaces, ``folded``.) The heh is matched and put back (``\1``), not looked behind for: the
# engine tries the pattern at each heh only, where one opening with a lookbehind is tried at every character (1 % of
# the instructions of an assessment of the crawled postings, a fifth of them Persian).
_EZAFE = re.compile("([\u0647\u06c1\u06d5])(?:[\u200c \n][\u06cc\u064a\u0649](?![^\\W\\d_])|\u0654)")


# Uzbek typed with "ó" and "ǵ" for oʻ and gʻ ("sóm tólov", "kórsatgan kartaga ótkazib"), an informal spelling
# common on phones: read as o' and g', in a text with an everyday Uzbek word, so a Portuguese "negócio" or an
# English posting's "Florianópolis" is left as written.
_INFORMAL_UZ = str.maketrans({"ó": "o'", "Ó": "O'", "ǵ": "g'", "Ǵ": "G'"})
_UZBEK_WORD = re.compile(r"(?<![^\W\d_])(?:uchun|kerak|bilan|ish|ishga|ishni|oylik|maosh|tajriba|emas|yoki|qiling"
                         r"|qilasiz|kuniga|oyiga|pul|pulni|sóm|tólov|tólov\w*|bóladi|bólimi)(?![^\W\d_])",
                         re.IGNORECASE)


def legitimacy_forms(text: str) -> str:
    """What the rules read differently from ``textnorm.fold``, on a non-ASCII text before it is folded (NFKC'd):
    the Persian ezafe after a final heh dropped (``_EZAFE``), Uzbek's informal "ó" and "ǵ" as o' and g'
    (``_INFORMAL_UZ``)."""
    if "\u0654" in text or (("\u06cc" in text or "\u064a" in text or "\u0649" in text)
                            and ("\u0647\u200c" in text or "\u0647 " in text or "\u0647\n" in text)):
        text = _EZAFE.sub(r"\1", text)
    if ("ó" in text or "ǵ" in text or "Ó" in text or "Ǵ" in text) and _UZBEK_WORD.search(text):
        text = text.translate(_INFORMAL_UZ)
    return text


def folded(text: str) -> str:
    """``textnorm.fold``, with the rules' own forms (``legitimacy_forms``); Latin-only text (most postings) takes an
    equivalent fast path. Its lines are kept: each folded alone, an empty one dropped (folding is word by word, so
    with each "\n" a space it is the text folded on one line)."""
    if not text.isascii():
        text = legitimacy_forms(unicodedata.normalize("NFKC", text.replace(ACUTE_APOSTROPHE, "'")))
        if _NEEDS_FULL_FOLD.search(text):
            return fold(text) if "\n" not in text else "\n".join(filter(None, map(fold, text.split("\n"))))
        text = _APOSTROPHES.sub("'", text)
    text = text.replace("`", "'").casefold()
    return single_spaced(text) if "\n" not in text else _single_spaced_lines(text)


def _single_spaced_lines(text: str) -> str:
    """``"\\n".join(filter(None, map(single_spaced, text.split("\\n"))))``; when every other whitespace is a plain
    space, each run of spaces made one (``_SPACE_RUN``), and those beside a line break and empty lines taken out, in
    place instead."""
    if not text.replace("\n", " ").isprintable():
        return "\n".join(filter(None, map(single_spaced, text.split("\n"))))
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    while "\n\n" in text:
        text = text.replace("\n\n", "\n")
    return text.strip(" \n")


_EDGE_PUNCTUATION = ".,;:!?()[]{}«»\"'“”‘’"


_WORD = re.compile(r"\S+")


def original_span(text: str, folded_text: str, start: int, end: int) -> str:
    """What ``folded_text[start:end]`` (a rule's match) reads in ``text``, the posting's text it was folded from
    (``posting_shown_text``: its own quotes, dashes and letters): original case and script, so a Russian or Uzbek
    Cyrillic reader sees their own words, not a transliteration, a Persian one their own Arabic "ك" or digits.

    Folding keeps the whitespace-separated words, but for a Persian ezafe written apart and a bullet (``_aligned``
    pairs them when their numbers differ), so the match is mapped word by word; inside a word by character where
    each character's fold makes the word's (``_char_map``), else to the whole word without its edge punctuation.
    Falls back to the folded match when the words do not line up."""
    span = folded_text[start:end].strip().replace("\n", " ")
    text = text.replace(" \n ", " ")
    if len(text) == len(folded_text) and text.isascii():
        # ASCII: folding only lower-cases (the title/description joint and each line break, a "\n" there, a space)
        return text[start:end].strip()
    if not span:
        return span
    fwords = [m.span() for m in _WORD.finditer(folded_text)]
    dwords = [m.span() for m in _WORD.finditer(text)]
    if len(dwords) != len(fwords):
        paired = _aligned(text, dwords, folded_text, fwords)
        if paired is None:
            return span
        dwords = paired
    first = next((k for k, (a, b) in enumerate(fwords) if b > start), None)
    last = next((k for k in range(len(fwords) - 1, -1, -1) if fwords[k][0] < end), None)
    if first is None or last is None or first > last:
        return span
    informal = _informal_uzbek(text)
    a = _position(text, dwords[first], folded_text, fwords[first], start - fwords[first][0], True, informal)
    b = _position(text, dwords[last], folded_text, fwords[last], end - fwords[last][0], False, informal)
    return text[a:b].strip() or span


def _informal_uzbek(text: str) -> bool:
    return ("ó" in text or "ǵ" in text or "Ó" in text or "Ǵ" in text) and bool(_UZBEK_WORD.search(text))


def _fold_char(ch: str, informal: bool) -> str:
    """One character as folding reads it inside a word (Latin, Persian, digits; a Cyrillic letter's transliteration
    may depend on its neighbours, and then a word's characters do not make its fold)."""
    if informal and ch in "óÓǵǴ":
        return ch.translate(_INFORMAL_UZ).casefold()
    ch = _SPECIAL.get(ch, ch)
    return folded(ch) if ch.strip() else ""


def _char_map(word: str, fword: str, informal: bool) -> list[int] | None:
    """For each character of ``fword`` (the fold of ``word``) the index of the character of ``word`` it comes from,
    or ``None`` when the characters' folds do not make ``fword``."""
    out: list[int] = []
    for i, ch in enumerate(word):
        out.extend([i] * len(_fold_char(ch, informal)))
    return out if len(out) == len(fword) and "".join(_fold_char(ch, informal) for ch in word) == fword else None


def _position(text: str, dword: tuple[int, int], folded_text: str, fword: tuple[int, int], offset: int,
              at_start: bool, informal: bool) -> int:
    """Where ``offset`` into the folded word ``fword`` falls in its word ``dword`` of ``text`` (a match's start,
    or with ``at_start`` false its end)."""
    ds, de = dword
    flen = fword[1] - fword[0]
    if at_start and offset <= 0:
        return ds
    if not at_start and offset >= flen:
        return de
    word = text[ds:de]
    chars = _char_map(word, folded_text[fword[0]:fword[1]], informal)
    if chars is not None:
        return ds + (chars[offset] if at_start else chars[offset - 1] + 1)
    if at_start:
        return ds + len(word) - len(word.lstrip(_EDGE_PUNCTUATION))
    return de - (len(word) - len(word.rstrip(_EDGE_PUNCTUATION)))


_EZAFE_WORDS = frozenset("\u06cc\u064a\u0649")


def _aligned(text: str, dwords: list[tuple[int, int]], folded_text: str,
             fwords: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """For each word of ``folded_text`` the word of ``text`` it was folded from, when their numbers differ: each
    word of ``text`` folded alone (a Persian ezafe written apart is no word); ``None`` when they do not make
    ``folded_text``'s words."""
    informal = _informal_uzbek(text)
    out: list[tuple[int, int]] = []
    pieces: list[str] = []
    previous = ""
    for ds, de in dwords:
        word = text[ds:de]
        if not (word in _EZAFE_WORDS and previous.endswith(("\u0647", "\u06c1", "\u06d5"))):
            typed = "".join(_SPECIAL.get(ch, ch) for ch in word)
            for piece in folded(typed.translate(_INFORMAL_UZ) if informal else typed).split():
                out.append((ds, de))
                pieces.append(piece)
        previous = word
    # (a bullet's "-" in ``text`` is the item mark there: ``shown``)
    return out if pieces == ["-" if w == ITEM_MARK else w for w in (folded_text[s:e] for s, e in fwords)] else None


# What ``shown`` reads as a space besides whitespace: "*" and the typographic characters ``_SPECIAL`` reads so.
_SHOWN_AS_SPACE = tuple(dict.fromkeys(["*", *(ch for ch, as_ in _SPECIAL.items() if as_ == " " and not ch.isspace())]))
# a bullet that opens the text or follows whitespace: a "-" where what the rules read
# has the mark of its item's line (``_items_opened``), so the words of the two line up
_BULLET_CHAR = re.compile(f"[{BULLETS}]")


def _bullets_as_marks(text: str) -> str:
    """``text`` with each bullet that opens it or follows whitespace "- " (``_items_opened``); the others are left."""
    def mark(m: re.Match[str]) -> str:
        at = m.start()
        return "- " if not at or text[at - 1].isspace() else m.group()

    return _BULLET_CHAR.sub(mark, text)


def shown(raw: str | None) -> str:
    """``clean`` but for its typographic characters: quotes, dashes and an ellipsis are the posting's own (a reason
    quotes "Ro‘yxatdan o‘tish" as written; its styled words read as ``clean`` reads them); odd spaces are still spaces, and so are bullets but for one that opens the
    text or follows whitespace, a "-" where ``clean`` marks its item's line.

    Each bullet the text holds is replaced by one ``str.replace`` (a character a text cannot hold, such as "•" in
    Latin-1 text, is ruled out without a scan); whitespace is left to ``split``, which reads every kind of it as a
    space. A Python test of each character had cost ~250 µs on a long posting, as much as assessing it, on every
    posting a reason quotes."""
    if not raw:
        return ""
    text = _unglue(unstyled(_without_markup(raw, True)))  # (its lines as ``clean``'s for ``unstyled``)
    if not text.isascii() and any(ch in text for ch in BULLETS):  # (before "*" is a space: "*•" is inside)
        text = _bullets_as_marks(text)
    for ch in _SHOWN_AS_SPACE:
        if ch in text:
            text = text.replace(ch, " ")
    return " ".join(text.split())


def posting_shown_text(posting: PostingItem) -> str:
    """``posting_text`` as ``shown``: what a reason's span is read from (``original_span``)."""
    parts = [shown(posting.title), shown(posting.description)]
    return " \n ".join(p for p in parts if p)[:MAX_CHARS + 200]


def own_length(posting: PostingItem, text: str) -> int:
    """The length of ``text`` (the posting's ``posting_text``) in the posting's own words: with the title counted
    once where the description opens with it, as a pasted or Telegram post's first line is its title too."""
    title = clean(posting.title, lines=True)
    if title and clean(posting.description, lines=True).startswith(title):
        return len(text) - len(title) - len(" \n ")
    return len(text)


# An initial after a word ("ходими Д. Алиевга", "менеджеру Б. А. Алиевой", "our manager J. Smith"): one capital letter
# and its dot, with more of its line after it. Its dot is no full stop, and every rule reads a "." as a sentence's end:
# "Pasport nusxasini ofis menejeri D. Karimovaga olib keling" had its "olib keling" (bring it) cut off from the
# passport copy. So the rules read the dot as ``INITIAL_MARK``, one character as the dot is (a reason still quotes the
# posting's own words: ``original_span``), no letter (the text model's words are the same), and no sentence's end. A
# one-letter word that does end a sentence keeps its dot: a lower-case one («всему научу я. Оплатите …»), "I", one
# at a line's or the text's end, and the letter a category, a class or a plan is named by ("права категории B.",
# "haydovchilik toifasi B.", "class B.", "Plan B.": ``_LABELS``, the word before it).
INITIAL_MARK = "_"
# (it opens with the dot: the regex engine skips ahead to each, where a pattern opening with the capitals is tried at
# every one of them, 7x slower on the dev postings)
_CAPITAL = "[A-Z\u0400-\u042f\u0492\u049a\u04b2]"
_INITIAL = re.compile(r"\.(?= ?[^\W\d_])(?:(?<=[^\W\d_] " + _CAPITAL + r"\.)|(?<=[^\W\d_]\." + _CAPITAL + r"\.)"
                      r"|(?<=[^\W\d_]\. " + _CAPITAL + r"\.))")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*) $")
_LABELS = re.compile(
    r"(?:categor(?:y|ies)|class|type|plan|grade|group|level|part|phase|stage|section|block|tier|size|vitamin"
    r"|hepatitis|room|office|building|floor|gate|exit|option|variant|version|model|letter|column|zone|sector|unit"
    r"|wing|hall|appendix|annex|item|point|row)e?s?"
    r"|(?:категори|класс|тип|план|групп|уровн|уровень|част|этап|раздел|блок|размер|витамин|гепатит|кабинет|корпус"
    r"|этаж|подъезд|зал|вариант|пункт|приложени|форм|литер|сектор|зон|ряд|секци|модел|верси|букв)\w{0,3}"
    r"|(?:toifa|kategoriya|guruh|sinf|daraja|bosqich|bo.?lim|blok|o.?lcham|xona|bino|qavat|variant|ilova|тоифа"
    r"|гуруҳ|синф|даража|босқич|бўлим|ўлчам|хона|бино|қават|илова)\w{0,6}")


# The last dot of capitals' abbreviation ("U.S.", "U.K.", "D.C.") does end a sentence when a word that opens one
# follows it: "… based in the U.S. Send your card number …" is two sentences, "a U.S. hospital", "U.S. Marine
# veterans" one.
_OPENS_A_SENTENCE = re.compile(
    r" (?:We|You|I|They|He|She|It|Our|Your|Their|My|This|That|These|Those|There|Here|The|All|Each|Every|Any|No"
    r"|Please|If|When|Once|After|Before|To|For|Just|Only|Then|Also|And|But|So|Do|Don't|Never|Send|Pay|Transfer|Wire"
    r"|Deposit|Buy|Purchase|Provide|Submit|Share|Give|Enter|Fill|Contact|Call|Text|Email|Write|Message|Apply|Click"
    r"|Download|Install|Register|Sign|Complete|Upload|Forward|Reply|Make|Get|Join|Start|Visit|Keep|Note)(?![\w'.])")


def initials_joined(text: str) -> str:
    """``text`` with each initial's dot (``_INITIAL``, not after a word of ``_LABELS``, nor an abbreviation's last
    before a sentence's first word: ``_OPENS_A_SENTENCE``) ``INITIAL_MARK``; the same object when it has none."""
    spots = []
    for m in _INITIAL.finditer(text):
        letter = m.start() - 1
        if text[letter] == "I":
            continue
        if text[letter - 1] == "." and _OPENS_A_SENTENCE.match(text, m.end()):
            continue
        if text[letter - 1] == " " and text[letter - 2] != ".":  # (the first initial: the word before it)
            before = _WORD_BEFORE.search(text, max(0, letter - 40), letter)
            if before is not None and _LABELS.fullmatch(before.group(1).lower()):
                continue
        spots.append(letter + 1)
    if not spots:
        return text
    chars = list(text)
    for at in spots:
        chars[at] = INITIAL_MARK
    return "".join(chars)


# A sentence ends at a full stop, a question or exclamation mark, a semicolon or colon (Latin or Persian), a bullet or
# a bar, and at a line break: a Telegram post marks its sentences with lines, not full stops ("No experience\nPay a
# registration fee", "بدون سابقه\nبرای ثبت نام … واریز کنید").
SENTENCE_END = re.compile(r"[.!?;:\n•|؛؟]")


def sentence_around(text: str, start: int, end: int, reach: int, after_reach: int = 50,
                    opened_by: re.Pattern[str] = SENTENCE_END,
                    ended_by: re.Pattern[str] = SENTENCE_END) -> tuple[str, str, str]:
    """The sentence of the match ``text[start:end]``: its text before the match (at most ``reach`` characters, from
    the last ``opened_by`` mark), its text after it (at most ``after_reach``, to the first ``ended_by`` mark), and
    that ending mark ("" when none is within reach). The rules read a negation in it, a warning's "if … don't send
    it" and a seeker's "is it normal …?" question."""
    before = text[max(0, start - reach):start]
    cut = None
    for cut in opened_by.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    after = text[end:end + after_reach]
    stop = ended_by.search(after)
    if stop is None:
        return before, after, ""
    return before, after[:stop.start()], after[stop.start()]


# Items on one line, as a channel's post lists them ("✅ Remote ✅ Pay a $50 registration fee ✅ Experience is not
# required", "1) no experience 2) send your card number"): each opens a line of its own for the rules, in place of the
# space before it, as a bullet does (``_items_opened``), so that a negation in one item says nothing of the next ("⛔️
# hech qanday to'lov olinmaydi 💰 … so'm to'lang", "▪ Оплатите взнос 500 рублей ▪ Опыт не нужен"). An emoji
# (``_ITEM_EMOJI``, a keycap "3️⃣" too) after a space with more of its line after it opens an item where its line has
# two such marks at least, its opening one counted: one emoji in a line is a sentence's ornament ("No experience 💯
# Secure your seat", which ``rules.reading.negated`` reads), and a line of items repeats its mark. Not an emoji right
# after a negation, which it stands in the phrase of ("✅ No 💸 registration fee", "Hech qanday 💸 to'lov yo'q"), nor a
# "no" sign after an item's first three words at most, which it negates ("✅ Предоплата ❌ не нужна", "✅ Registration
# fee ❌ not required"). A number and its ")" open an item where one opens the line; a " - " where a "-" opens it, not
# between numbers ("9:00 - 18:00", "5 mln - 7 mln").
PICTOGRAPHS = "\u203c\u2049\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
_ITEM_EMOJI = re.compile(f"(?:[{PICTOGRAPHS}]|\\d\ufe0f?\u20e3)[{PICTOGRAPHS}\ufe0f\u20e3\U0001f3fb-\U0001f3ff]*(?= \\S)")
_EMOJI_OPENS_LINE = re.compile(f"(?:[{PICTOGRAPHS}]|\\d\ufe0f?\u20e3)")
_EMOJI = re.compile(f"[{PICTOGRAPHS}\u20e3]")  # (a keycap's "\u20e3")
# … in UTF-8, where a text without one is told faster: the emoji from U+1F000 open with F0 9F, the others with E2
_EMOJI_UTF8 = re.compile(rb"\xe2(?:[\x8c-\x9e\xac-\xaf]|\x80\xbc|\x81\x89|\x83\xa3)")
_NO_SIGN = frozenset("\u274c\u2716\u274e\U0001f6ab\u26d4\U0001f645")
_NEGATION_LAST = re.compile(r"(?<!\S)(?:no|not|without|zero|never|bez|net|ne|ni|nikakix|nikakoy|hech(?: qanday)?|بدون|هیچ|بی"
                            r"|نه|هرگز) $")
_NUMBER_BEFORE = re.compile(r"\d\D{0,7}$")
_LINE_NUMBERED = re.compile(r"\d{1,2}\) ")
# (each opening with a literal, so the regex engine skips ahead to it; the line it stands in is looked at after)
_NUMBERED_ITEM = re.compile(r"\) (?:(?<= \d\) )|(?<= \d\d\) ))")
_DASHED_ITEM = re.compile(r" - (?=\S)")
_LISTED_LINE = re.compile(r"\n(?:- |\d{1,2}\) )")  # (a line a "-" or a number and its ")" opens)


def items_opened(folded_text: str) -> str:
    """``folded_text`` with a line break in place of the space before each item its lines list after their first
    (``_ITEM_EMOJI``, ``_NUMBERED_ITEM``, ``_DASHED_ITEM``); the same object when there is none. Same length, same
    words: the text model reads it as before."""
    breaks: list[int] = []
    if not folded_text.isascii() and _has_emoji(folded_text):
        at = 0
        for line in folded_text.split("\n"):
            if _EMOJI.search(line) is None:
                at += len(line) + 1
                continue
            marks = [m for m in _ITEM_EMOJI.finditer(line) if m.start() and line[m.start() - 1] == " "]
            if len(marks) + (_EMOJI_OPENS_LINE.match(line) is not None) >= 2:
                item_start = 0
                for m in marks:
                    before = line[item_start:m.start()]
                    if not _NEGATION_LAST.search(before) and not (
                            m.group()[0] in _NO_SIGN and len(before.split()) <= 4):  # (the item's mark and 3 words)
                        breaks.append(at + m.start() - 1)
                        item_start = m.start()
            at += len(line) + 1
    if _LISTED_LINE.search(folded_text) is None and not (folded_text.startswith("- ")
                                                          or _LINE_NUMBERED.match(folded_text)):
        return _with_breaks(folded_text, breaks)
    for m in _DASHED_ITEM.finditer(folded_text):
        line_start = folded_text.rfind("\n", 0, m.start()) + 1
        if folded_text.startswith("- ", line_start) and not (
                folded_text[m.end()].isdigit() and _NUMBER_BEFORE.search(folded_text, line_start, m.start())):
            breaks.append(m.start())
    for m in _NUMBERED_ITEM.finditer(folded_text):
        space = folded_text.rfind(" ", 0, m.start())
        if _LINE_NUMBERED.match(folded_text, folded_text.rfind("\n", 0, space) + 1):
            breaks.append(space)
    return _with_breaks(folded_text, breaks)


def _has_emoji(text: str) -> bool:
    """``text`` holds an emoji (``_EMOJI``), or maybe one, for another look: read in UTF-8 (``_EMOJI_UTF8``)."""
    data = text.encode("utf-8", "surrogatepass")
    return b"\xf0\x9f" in data or (b"\xe2" in data and _EMOJI_UTF8.search(data) is not None)


def _with_breaks(text: str, breaks: list[int]) -> str:
    """``text`` with a line break in place of the character at each of ``breaks``; the same object when there is
    none. (Joined from slices: a list of the characters had cost a long text 30 µs.)"""
    if not breaks:
        return text
    pieces = []
    at = 0
    for i in sorted(set(breaks)):
        pieces.append(text[at:i])
        at = i + 1
    pieces.append(text[at:])
    return "\n".join(pieces)


def posting_text_folded(posting: PostingItem) -> tuple[str, str]:
    """``posting_text`` and its ``folded`` form, with its lines: the title/description joint is one "\n", where the
    one-line text has a space; an initial's dot is read as none (``initials_joined``), and a line's items each open a
    line of their own (``items_opened``)."""
    text = posting_text(posting)
    joined = initials_joined(text.replace(" \n ", "\n", 1))
    if joined.isascii():
        # single-spaced (``clean``) but for a joint cut at ``MAX_CHARS``, so ``folded`` only changes the case and "`"
        return text, items_opened(joined.replace("`", "'").lower().rstrip())
    return text, items_opened(folded(joined))
