"""A styled word read as the word: what Telegram posters do to a text to decorate it or to slip past keyword
filters, undone before the rules and the text model read it (``text.clean``, ``text.shown``).

- letters spelled out one by one, with a space, a dot or a hyphen between them ("r e g i s t r a t i o n",
  «к.а.р.т.а», «К.А.Р.Т.А И.Ж.А.Р.А.Г.А», "S-M-S", «С М С», "ش م ا ر ه  ک ا ر ت") are the word (``_SPELLED``):
  three letters at least (two dotted ones in Persian: "ک.د", a code), each one alone between its neighbours; a
  run spaced out keeps two spaces where the poster put a word's end ("ج ا ب ج ا ی ی  و ج ه": two words). A
  one-letter word that closes a run and is followed by an ordinary word is a word of its own, as the conjunction of
  «к а р т у и к0д»; so is a first or last letter in the other case («в С М С»). Two letters spaced ("и в", "A B")
  and initials ("А.Б. Иванов", "U.S.", "i.e.") are left: ordinary text writes them so.
- a letter of the other script inside a word (``_LATIN_AS_CYRILLIC``): a Latin "a" in «кaрты», a Cyrillic "р" and
  "е" in "oреrator", a Cyrillic "а" in "pаssport", is the word's own script's letter, where the word's other letters
  are more and every letter out of its script has a look-alike in it (real typists' slips too: «Гpaмoтнaя рeчь»,
  "Exсel"); "€" and "@" between two letters («д€ньги», «п@спорта») are "е" and "а" (not in a Latin word: "hr@firm"
  is an address).
- a digit inside a word, with a letter either side ("p4yment", "w1thdrawal", "d0ll4rs", «к0д», "d3p0zit"), is the
  letter it stands for (``_DIGIT_AS_LATIN``, ``_DIGIT_AS_CYRILLIC``): each digit alone, the word's letters twice its
  digits at least, in lower case or capitalised (five letters in capitals), not in an address, a link or a handle.
  Codes and names keep theirs: "B2B", "3PL", "CVV2", "1С", "TRC20", "9am", "G981B", "EC3N", "log4j", "garden3d".
- a zero-width space (``_INVISIBLE``) is dropped (soft hyphens, joiners and the Persian kashida ``textnorm.fold``
  drops already), and keycap digits written in a row ("1️⃣9️⃣9️⃣ 000 сум") are the number; one alone ("7️⃣",
  "1️⃣ send …") stays the emoji a list is numbered with.

Most texts hold none of these, and ``unstyled`` costs a posting 2–4 % of its assessment: the text's UTF-8 bytes are
read as shapes, one byte a character (``_RUNS``: a letter "l", a digit "0" or "9", the rest a space; ``_SHAPE``:
Latin "l", Cyrillic "c", Arabic-script "p"), where each kind is found by a pattern opening with a literal, and only
the words found there are read by the patterns on the text.
"""
from __future__ import annotations

import re

# --- the shape a text is first looked at in ------------------------------------------------------------------------
_CONTINUATION = bytes(range(0x80, 0xC0))


def _shape_byte(c: int) -> int:
    """A byte of UTF-8 in ``_SHAPE``: what character it is, or opens."""
    if 65 <= c <= 90 or 97 <= c <= 122:
        return ord("l")
    if 48 <= c <= 57:
        return ord("0") if chr(c) in "0134567" else ord("9")
    if c in (32, 46, 45, 64):  # space, ".", "-", "@"
        return c
    if 0xD0 <= c <= 0xD4:  # Cyrillic (U+0400–U+052F)
        return ord("c")
    if 0xD8 <= c <= 0xDB:  # Arabic script (U+0600–U+06FF)
        return ord("p")
    if 0xC3 <= c <= 0xC9:  # Latin with marks (U+00C0–U+027F)
        return ord("l")
    return ord("#")


_SHAPE = bytes(_shape_byte(c) for c in range(256))

# --- letters spelled out -------------------------------------------------------------------------------------------
_L = r"[^\W\d_]"
# each run: letters with one space, one dot or one hyphen between them (the first separator the rest keep), not inside
# a word, a number or an address; the dotted run may close with its dot
_SPELLED = re.compile(rf"(?<![\w.@/-]){_L}(?:( ){_L}(?: {_L})+|(\.){_L}(?:\.{_L})*\.?|(-){_L}(?:-{_L})+)"
                      r"(?![\w@/-]|\.\w)")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_LATIN_CAPITALS = re.compile("[A-Z]+")
# a one-letter word that may close a spelled run and open the next ordinary word's phrase: "к а р т у и к0д"
_ONE_LETTER_WORDS = frozenset("иiو")
_WORD_AFTER = re.compile(rf" {_L}{{2}}| {_L}\w")


def _joined(m: re.Match[str]) -> str:
    """A run of letters spelled out (``_SPELLED``) joined into its word, or as it is."""
    run = m.group()
    if m.group(1):  # spaced
        letters = run.split(" ")
    elif m.group(2):  # dotted
        letters = [x for x in run.split(".") if x]
        least = 2 if _ARABIC_SCRIPT.match(letters[0]) else 5 if _LATIN_CAPITALS.fullmatch("".join(letters)) else 4
        if len(letters) < least:
            return run  # initials and abbreviations: "А.Б.", "Ф.И.О.", "U.S.A.", "F.I.M.I.", "i.e."
    else:
        letters = run.split("-")
    if len(letters) < 3 and not (m.group(2) and len(letters) == 2):
        return run
    head: list[str] = []
    tail: list[str] = []
    if m.group(1):
        # a first or last letter in the other case ("в С М С и"), a closing "and" before an ordinary word
        # ("к а р т у и к0д"): words of their own
        inner = letters[1:-1]
        capitals = all(x.isupper() for x in inner)
        if letters[0].isupper() != capitals and all(x.isupper() == capitals for x in inner):
            head = [letters.pop(0)]
        if letters[-1].isupper() != capitals and all(x.isupper() == capitals for x in inner) or (
                letters[-1].lower() in _ONE_LETTER_WORDS and _WORD_AFTER.match(m.string, m.end())):
            tail = [letters.pop()]
        if len(letters) < 3:
            return run
    return " ".join([*head, "".join(letters), *tail])


# --- look-alike letters of the other script ------------------------------------------------------------------------
_LATIN_AS_CYRILLIC = dict(zip("aceopxyAEOPCXYBHKMTk", "асеорхуАЕОРСХУВНКМТк"))
_CYRILLIC_AS_LATIN = {c: lat for lat, c in _LATIN_AS_CYRILLIC.items()} | {"і": "i", "ј": "j", "ѕ": "s"}
# a word, with its apostrophes ("to'lоv")
_MIXED_WORD = re.compile(r"[^\W\d_]+(?:['’ʻ`][^\W\d_]+)*")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
# "€" and "@" for a letter, between two letters (in a Cyrillic word; "@" in a Latin one is an address)
_SIGN_FOR_LETTER = re.compile(r"(?<=[^\W\d_])[€@](?=[^\W\d_])")


def _script_of(word: str) -> str | None:
    """The script of a word mixing Latin and Cyrillic letters, if the other's letters are fewer and each has a
    look-alike in it."""
    cyr = len(_CYRILLIC.findall(word))
    lat = len(_LATIN.findall(word))
    if cyr > lat and all(ch in _LATIN_AS_CYRILLIC for ch in _LATIN.findall(word)):
        return "cyrillic"
    if lat > cyr and all(ch in _CYRILLIC_AS_LATIN for ch in _CYRILLIC.findall(word)):
        return "latin"
    return None


def _sign_read(m: re.Match[str]) -> str:
    """A "€" or an "@" between two letters (``_SIGN_FOR_LETTER``), read as the letter it stands for in its word."""
    text = m.string
    before, after = text[m.start() - 1], text[m.end()]
    cyrillic = bool(_CYRILLIC.match(before) or _CYRILLIC.match(after))
    if m.group() == "€":
        return "е" if cyrillic else "e"
    return "а" if cyrillic and not (_LATIN.match(before) or _LATIN.match(after)) else "@"


def _lookalikes_in_word(m: re.Match[str]) -> str:
    """A word (``_MIXED_WORD``) with its letters of the other script read in its own (``_script_of``)."""
    w = m.group()
    if not (_CYRILLIC.search(w) and _LATIN.search(w)):
        return w
    script = _script_of(w)
    if script == "cyrillic":
        return "".join(_LATIN_AS_CYRILLIC.get(ch, ch) for ch in w)
    if script == "latin":
        return "".join(_CYRILLIC_AS_LATIN.get(ch, ch) if _CYRILLIC.match(ch) else ch for ch in w)
    return w


# --- digits for letters --------------------------------------------------------------------------------------------
_DIGIT_AS_LATIN = dict(zip("013457", "oieast"))
_DIGIT_AS_CYRILLIC = dict(zip("0346", "озчб"))
# a word with single digits between its letters …
_DIGITED = re.compile(r"[^\W\d_]+(?:\d[^\W\d_]+)+")
# … not in an address, a link, a handle, an entity or a code joined by "_" or "-"
_NOT_BEFORE_DIGITED = frozenset("@#/.:;=&%+-_")
_NOT_AFTER_DIGITED = frozenset("@/=_")


def _digits_apart(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` stands apart: no address, link, handle, entity or code holds it."""
    if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE_DIGITED):
        return False
    if end < len(text):
        after = text[end]
        if after.isalnum() or after in _NOT_AFTER_DIGITED:
            return False
        if after in ".:-" and end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_"):
            return False
    return True


# a name and a digit with one letter after it: "log4j", "http4s", "garden3d" (where "k0d", "pr0f1t" are words); an
# ordinal glued to the word before it, as a flattened export glues lines ("Statistical Analysis3rd Party …")
_NAME_AND_DIGIT_LETTER = re.compile(r"[^\W\d_]{3}\d[^\W\d_]$|\d(?:st|nd|rd|th)$")


def _digits_in_word(w: str) -> str:
    """A word holding single digits between its letters (``_DIGITED``) with each read as the letter it stands for
    (``_DIGIT_AS_LATIN``, ``_DIGIT_AS_CYRILLIC``), or as it is: a code."""
    digits = sum(ch.isdigit() for ch in w)
    letters = len(w) - digits
    if letters < 2 * digits or _NAME_AND_DIGIT_LETTER.search(w):
        return w
    if w.islower():
        if letters < 2:
            return w
    elif w.isupper():  # a code in capitals: "EC3N", "DS4A"
        if letters < 5:
            return w
    elif not (w[0].isupper() and w[1:].islower()) or letters < 3:
        return w  # in mixed case: a code or an encoded string ("RMzguNjguMTM0LjE5NA==")
    cyrillic = _CYRILLIC.search(w) is not None
    if cyrillic and _LATIN.search(w):
        return w
    table = _DIGIT_AS_CYRILLIC if cyrillic else _DIGIT_AS_LATIN
    out = []
    for i, ch in enumerate(w):
        if ch.isdigit():
            letter = table.get(ch)
            if letter is None:
                return w
            out.append(letter.upper() if w[i - 1].isupper() and w[i + 1].isupper() else letter)
        else:
            out.append(ch)
    return "".join(out)


# --- invisible characters and keycaps ------------------------------------------------------------------------------
_INVISIBLE = ("\u200b",)
_INVISIBLE_UTF8 = tuple((ch, ch.encode()) for ch in _INVISIBLE)
_KEYCAP_UTF8, _EURO_UTF8 = "\u20e3".encode(), "€".encode()
# any of them in UTF-8 (one pattern opening with their common lead byte, a fast scan: ``bytes.find`` of each was
# slow on Cyrillic text, whose bytes are much like their last ones)
_MARKED_UTF8 = re.compile(b"\xe2(?:" + b"|".join(re.escape(u[1:]) for u in (*(u for _, u in _INVISIBLE_UTF8),
                                                                             _KEYCAP_UTF8, _EURO_UTF8)) + b")")
_KEYCAPS = re.compile("(?:[0-9]\ufe0f?\u20e3){2,}|(?<=[0-9])[0-9]\ufe0f?\u20e3|[0-9]\ufe0f?\u20e3(?=[0-9])")
_KEYCAP_MARKS = re.compile("[\ufe0f\u20e3]")


# In ``_RUNS``: three one-letter words in a row, the first after a space (or opening the text), the last before no
# letter or digit; a Persian letter dotted alone beside another in ``_SHAPE``; a digit between two letters; in
# ``_SHAPE`` a Latin letter beside a Cyrillic one, and "@" between two Cyrillic ones. Each opens with a literal (or
# one mark), so the regex engine skips ahead to it; the rest is read only there. (Tried and left: ``bytes.find`` of
# " l l l" with the character after it read in Python, no faster on the crawled postings.)
_SPELLED_RUN = re.compile(rb" l l l(?![l09])")
_PERSIAN_DOTTED = re.compile(rb"\.(?<=p\.)(?<![lcp09]p\.)(?=p(?![lcp09]))")
_DIGIT_IN_WORD = re.compile(rb"0(?<=l0)(?=l)")
_OTHER_SCRIPT = re.compile(rb"l(?:(?<=cl)|(?=c))")
_SIGN_IN_CYRILLIC = re.compile(rb"@(?<=c@)(?=c)")
# each character one byte: a letter "l" (an apostrophe too: "it's a" is no run of one-letter words), a digit that
# may stand for a letter "0", another "9", the rest a space (a UTF-8 lead byte past U+00BF is read as a letter: the
# patterns on the text read what it is)
_RUNS = bytes(48 if chr(c) in "0134567" else 57 if 48 <= c <= 57
              else 108 if 65 <= c <= 90 or 97 <= c <= 122 or c == 39 or c >= 0xC3 else 32 for c in range(256))
_WORD_SHAPE = frozenset(b"lc09@")


def _spelled_runs(runs: bytes) -> list[int]:
    """Where ``runs`` (``_RUNS``) may hold letters spelled out: each candidate run's first letter."""
    starts = [m.start() + 1 for m in _SPELLED_RUN.finditer(runs)]
    if runs.startswith(b"l l l") and (len(runs) == 5 or runs[5] not in b"l09"):
        starts.insert(0, 0)
    return starts


def _word_span(shape: bytes, i: int) -> tuple[int, int]:
    """The word (Latin and Cyrillic letters, digits and "@", ``_WORD_SHAPE``) of ``shape`` around position ``i``."""
    start = i
    while start and shape[start - 1] in _WORD_SHAPE:
        start -= 1
    end = i + 1
    while end < len(shape) and shape[end] in _WORD_SHAPE:
        end += 1
    return start, end


def _spliced(text: str, spans: list[tuple[int, int]], read) -> str:  # type: ignore[no-untyped-def]
    """``text`` with each of ``spans`` (sorted) replaced by ``read(text, start, end)``; the same object when none
    changes."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        piece = text[start:end]
        new = read(text, start, end)
        if new != piece:
            out.append(text[pos:start])
            out.append(new)
            pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _joined_at(text: str, start: int, end: int) -> str:
    """The spelled-out run ``text[start:end]`` (``_SPELLED``'s match there) joined (``_joined``)."""
    m = _SPELLED.match(text, start)
    return _joined(m) if m is not None else text[start:end]


def unstyled(text: str, data: bytes | None = None) -> str:
    """``text`` with its styled words read as the words (see the module docstring); the same object when it has
    none. ``data``: its UTF-8 bytes, when the caller has them."""
    if not text:
        return text
    ascii_text = text.isascii()
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    if not ascii_text and _MARKED_UTF8.search(data) is not None:
        given = text
        for ch, utf8 in _INVISIBLE_UTF8:
            if utf8 in data:
                text = text.replace(ch, "")
        if _KEYCAP_UTF8 in data:
            text = _KEYCAPS.sub(lambda m: _KEYCAP_MARKS.sub("", m.group()), text)
        if _EURO_UTF8 in data:
            text = _SIGN_FOR_LETTER.sub(_sign_read, text)
        if text is not given:
            data = text.encode("utf-8", "surrogatepass")
    # (each character one byte: a character's UTF-8 continuation bytes dropped, so positions are the text's)
    runs = data.translate(_RUNS) if ascii_text else data.translate(_RUNS, _CONTINUATION)
    candidates = _spelled_runs(runs)
    shape = None
    if not ascii_text and b"." in data and (b"\xd8" in data or b"\xd9" in data or b"\xda" in data
                                            or b"\xdb" in data):
        shape = data.translate(_SHAPE, _CONTINUATION)
        candidates += [m.start() - 1 for m in _PERSIAN_DOTTED.finditer(shape)]
    if candidates:
        spans = []
        for at in sorted(set(candidates)):
            m = _SPELLED.match(text, at) if not spans or at >= spans[-1][1] else None
            while m is not None:  # (and the runs after it, a space or two apart: «К.А.Р.Т.А И.Ж.А.Р.А.Г.А»)
                spans.append(m.span())
                at = m.end()
                while at < len(text) and at < m.end() + 2 and text[at] == " ":
                    at += 1
                m = _SPELLED.match(text, at) if at > m.end() else None
        spelled = _spliced(text, spans, _joined_at) if spans else text
        if spelled != text:  # «к.a.р.т.а»: the letters of one word now side by side
            text = spelled
            data = text.encode("utf-8", "surrogatepass")
            runs = data.translate(_RUNS) if ascii_text else data.translate(_RUNS, _CONTINUATION)
            shape = None
    words = {_word_span(runs, m.start()) for m in _DIGIT_IN_WORD.finditer(runs)}
    if not ascii_text and (b"\xd0" in data or b"\xd1" in data):  # Cyrillic: a letter of the other script beside one
        if shape is None:
            shape = data.translate(_SHAPE, _CONTINUATION)
        words.update(_word_span(shape, m.start()) for m in _OTHER_SCRIPT.finditer(shape))
        if b"@" in shape:
            words.update(_word_span(shape, m.start()) for m in _SIGN_IN_CYRILLIC.finditer(shape))
    if not words:
        return text
    return _spliced(text, sorted(words), _word_read)


def _word_read(text: str, start: int, end: int) -> str:
    """A word of ``text`` (``text[start:end]``, letters of either script, digits, "@") with its look-alike letters and
    signs read in its script, then its digits as the letters they stand for."""
    word = text[start:end]
    if "@" in word:
        if _LATIN.search(word):
            return word  # an address
        word = _SIGN_FOR_LETTER.sub(_sign_read, word)
    if _CYRILLIC.search(word) and _LATIN.search(word):
        word = _MIXED_WORD.sub(_lookalikes_in_word, word)
    if any(ch.isdigit() for ch in word) and _DIGITED.fullmatch(word) and _digits_apart(text, start, end):
        word = _digits_in_word(word)
    return word
