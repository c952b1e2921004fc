"""How scrapers and posters lay a post out, read as the structure it stands for (``read_layout``), before a text is
split into chunks: HTML left in a text field ("<li>Enter receipts</li>", "<p>", "<br />", "&amp;", "&nbsp;",
"What you&#39;ll do") as lines, list items and characters; a Markdown checklist's box ("- [ ] Triage the inbox",
"- [x] …") as the list's marker; a pipe table's row ("| Live chat in Gorgias | 22 |") as an item whose cells a "|"
parts, its rule ("|---|---|") as nothing; duties numbered inline in one paragraph ("What you'll do: 1) own his inbox
2) manage his calendar", «Обязанности: 1) отвечать … 2) вести …», «وظایف: ۱) پاسخگویی … ۲) …») as numbered lines; and
a page flattened by a scraper with its glued headings and items apart (``_unglued``).
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable

_HTML_BLOCK = re.compile(r"</?(?:p|br|div|ul|ol|h[1-6]|tr|table|tbody|thead|hr|section|article|blockquote)\b[^<>]*>"
                         r"|</li\s*>", re.IGNORECASE)
_HTML_ITEM = re.compile(r"<li\b[^<>]*>", re.IGNORECASE)
_HTML_CELL = re.compile(r"</?t[dh]\b[^<>]*>", re.IGNORECASE)
_HTML_INLINE = re.compile(r"</?(?:strong|b|em|i|u|span|a|font|small|sup|sub|mark)\b[^<>]*>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"[ \t]*\n[\s]*")
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});")
_CHECKBOX = re.compile(r"^([ \t]*)(?:[-*+][ \t]+)?\[[ xX✓✔]?\][ \t]*", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*$\n?", re.MULTILINE)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*?)\|?[ \t]*$", re.MULTILINE)
_INLINE_NUMBER = re.compile(r"(?<![^\s:;.,،؛(])([0-9\u06f0-\u06f9\u0660-\u0669]{1,2})\)(?=\s)")
_DIGITS = str.maketrans("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
                        "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "01234567890123456789")


# A page flattened by a scraper (a board's description with no line break left, ``_FLATTENED`` characters or more) glues
# each heading and list item to the text before it: "What You'll DoResearch properties …", "… into Google SheetsBuild
# weekly lists …", "… spreadsheetsNo cold calling", «شرح شغل و وظایفپاسخگویی به تیکت‌ها», «شرایط احرازحداقل …»,
# «مزایابیمه …». A Latin word whose small letter runs into a capital and small letters is two lines ("SheetsBuild"),
# but a name the taxonomy knows written so ("QuickBooks", "LinkedIn", "PowerPoint"), and so is a sentence's end run
# into the next ("… every deal.What You'll Do"); a Persian board heading's last word with a word glued after it is
# the heading's line and the next (not «نیازمند», one word). Two Persian items glued («… پنل پشتیبانیپاسخگویی
# تلفنی …») stay one word: Persian writes no capital where they meet.
_FLATTENED = 200
_CAMEL_AT = re.compile(r"[a-z][A-Z][a-z]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUED_SENTENCE = re.compile(r"([a-z][.!?])([A-Z][a-z])")  # "… every deal.What You'll Do"
_FA_HEADINGS = ("وظایف", "احراز", "معرفی شرکت", "مورد نیاز", "مزایا")  # (looked for as substrings: a regex
# alternation of them tries every position of a long Cyrillic text)
_GLUED_FA_HEADING = re.compile("(?<![\u0600-\u06ff])(وظایف|احراز|معرفی شرکت|مورد نیاز|مزایا)"
                               "(?!مند)(?=[\u0620-\u064a\u067e-\u06cc]{3})")


def read_layout(text: str, known: Callable[[str], bool] | None = None) -> str:
    """``text`` with its layout read as the structure it stands for (see the module's docstring); a text without any
    is returned as it is. ``known``: whether a word, lower-cased, is one of the taxonomy's, for a flattened page's glued
    words."""
    if "<" in text or "&" in text or "[" in text or "|" in text or ")" in text:
        if "<" in text:
            cut = _HTML_INLINE.sub(" ", _HTML_CELL.sub(" | ", _HTML_ITEM.sub("\n- ", _HTML_BLOCK.sub("\n", text))))
            if cut != text:  # a block's tags are its lines, and the line breaks around them the page's source layout
                text = _BLANK_LINES.sub("\n", cut)
        if "&" in text and _HTML_ENTITY.search(text):
            text = html.unescape(text)
        if "[" in text:
            text = _CHECKBOX.sub(r"\1- ", text)
        if "|" in text:
            text = _TABLE_ROW.sub(lambda m: "- " + m[1].strip(), _TABLE_RULE.sub("", text))
        if "1)" in text or "\u06f1)" in text or "\u0661)" in text:
            text = _numbered_inline(text)
    if len(text) >= _FLATTENED and "\n" not in text:
        text = _unglued(text, known)
    return text


def _unglued(text: str, known: Callable[[str], bool] | None) -> str:
    """A flattened page (``_FLATTENED``) with its glued headings and items apart."""
    if _CAMEL_AT.search(text) is not None:
        parts: list[str] = []
        at = 0
        for m in _CAMEL_AT.finditer(text):
            if m.start() < at:
                continue
            start, end = m.start(), m.end()
            while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isascii() and text[end].isalpha():
                end += 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                at = end  # inside a longer word: a code, a link
                continue
            word = text[start:end]
            if known is None or not known(word.lower()):
                parts.append(text[at:start])
                parts.append(_CAMEL.sub("\n", word))
                at = end
        text = "".join(parts) + text[at:]
        text = _GLUED_SENTENCE.sub("\\1\n\\2", text)
    if not text.isascii() and any(heading in text for heading in _FA_HEADINGS):
        text = _GLUED_FA_HEADING.sub("\\1\n", text)
    return text


def _numbered_inline(text: str) -> str:
    """``text`` with a line's duties numbered inline (``_INLINE_NUMBER``: "1) … 2) …", «۱) … ۲) …»), two or more in a
    row from 1, each on a line of its own."""
    out: list[str] = []
    for line in text.split("\n"):
        marks = [m for m in _INLINE_NUMBER.finditer(line)]
        run: list[re.Match[str]] = []
        for m in marks:
            n = int(m[1].translate(_DIGITS))
            if n == len(run) + 1:
                run.append(m)
            elif n == 1:
                run = [m] if len(run) < 2 else run
        if len(run) >= 2:
            cut = [0] + [m.start() for m in run if m.start() > 0]
            line = "\n".join(line[a:b].rstrip() for a, b in zip(cut, cut[1:] + [len(line)]))
        out.append(line)
    return "\n".join(out)
