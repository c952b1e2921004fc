"""HTML nested deeper than lxml reads, flattened before any spider parses it.

libxml2 (behind parsel, Scrapy's selectors) stops reading at about 2,000 open elements, even with its "huge"
option, and says nothing: a Telegram message or a Jobinja card holding 3,000 nested ``<b>`` cost every posting
after it on the page. ``flatten`` keeps the first ``MAX_DEPTH`` levels as they are and drops only the tags below
them, so their text stays where it was, in the element at the last level kept. A page nested no deeper than that
comes back unchanged (the same bytes object).

The tags are found by a plain scan of the bytes (any ASCII-compatible encoding; a ">" inside an attribute's
quotes ends the tag early, which only moves the depth counted): comments and the text of ``script``,
``style``, ``textarea`` and ``title`` are skipped, void elements open nothing, and an end tag closes
the nearest open element of its name (with those opened inside it, as browsers do). Elements whose end tag
HTML lets one leave out (``p``, ``li``, ``td``) are closed by the next of their kind when they are the innermost
open one ("<li>one<li>two"), else count as open until an ancestor closes; that over-counts a sloppy page's depth,
which ``MAX_DEPTH``, five times any real page's and under libxml2's own default of 256, leaves room for.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

MAX_DEPTH = 200
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
_RAW_TEXT = frozenset((b"script", b"style", b"textarea", b"title"))
#: The open element a start tag closes when it is the innermost one, as HTML lets their end tags be left out.
_CLOSED_BY: dict[bytes, frozenset[bytes]] = {
    **dict.fromkeys((b"li",), frozenset((b"li",))), **dict.fromkeys((b"dt", b"dd"), frozenset((b"dt", b"dd"))),
    **dict.fromkeys((b"td", b"th"), frozenset((b"td", b"th"))), b"tr": frozenset((b"tr", b"td", b"th")),
    b"p": frozenset((b"p",)), b"option": frozenset((b"option",))}
_NAME = re.compile(rb"(/?)([A-Za-z][A-Za-z0-9:-]*)")
_OPENING = re.compile(rb"<(?=[A-Za-z/!])")  # where a tag or comment may start


def _tags(body: bytes) -> Iterator[tuple[int, int, bytes, bool, bool]]:
    """(start, end, lower-case name, is an end tag, closes itself) of each tag, in order. Linear in the body
    whatever it holds: every search goes forward from the last (a regular expression for a tag, tried at each
    "<" of a body with no ">", had read to the end from each)."""
    at, end, close = 0, len(body), -1
    while found := _OPENING.search(body, at):
        at = found.start()
        if body.startswith(b"<!--", at):
            comment_end = body.find(b"-->", at + 4)
            at = end if comment_end == -1 else comment_end + 3
            continue
        named = _NAME.match(body, at + 1)
        if close <= at:  # the next ">" (found once for every "<" before it)
            close = body.find(b">", at + 1)
            if close == -1:
                return
        if named is None or named.end() > close:
            at += 1
            continue
        name, closing = named.group(2).lower(), bool(named.group(1))
        yield at, close + 1, name, closing, body[close - 1:close] == b"/"
        at = close + 1
        if name in _RAW_TEXT and not closing:  # its text holds no tags: on to its end tag
            at = _find_end(body, name, at)


def _find_end(body: bytes, name: bytes, at: int) -> int:
    """Where the end tag of a raw-text element opened before ``at`` starts (the body's end if none)."""
    pattern = re.compile(rb"</" + name + rb"\b", re.I)
    found = pattern.search(body, at)
    return found.start() if found else len(body)


def flatten(body: bytes, limit: int = MAX_DEPTH) -> tuple[bytes, int]:
    """``body`` with every tag nested below ``limit`` open elements taken out (its text kept), and how deep the
    page went. ``body`` itself when it went no deeper than ``limit``."""
    if body.count(b"<") <= limit:  # too few tags to go that deep
        return body, 0
    stack: list[tuple[bytes, bool]] = []  # (name, kept) of each open element
    open_names: Counter[bytes] = Counter()
    cut: list[tuple[int, int]] = []  # the spans of the tags taken out
    deepest = 0
    for start, end, name, closing, self_closing in _tags(body):
        if closing:
            if not open_names[name]:
                continue  # closes nothing open: left for the parser
            while True:
                top, kept = stack.pop()
                open_names[top] -= 1
                if top == name:
                    break
            if not kept:
                cut.append((start, end))
            continue
        if name in _VOID or self_closing:
            continue
        while stack and stack[-1][0] in _CLOSED_BY.get(name, ()):  # "<li>one<li>two": the second closes the first
            top, _ = stack.pop()
            open_names[top] -= 1
        kept = len(stack) < limit
        stack.append((name, kept))
        open_names[name] += 1
        deepest = max(deepest, len(stack))
        if not kept:
            cut.append((start, end))
    if deepest <= limit:
        return body, deepest
    pieces, start = [], 0
    for begin, end in cut:
        pieces.append(body[start:begin])
        start = end
    pieces.append(body[start:])
    return b"".join(pieces), deepest
