"""Text a terminal shows and does not obey: every control character but tab and line break, and every
bidirectional override, written as its escape ("\\x1b"). The crawl's log (``crawlers.logs``) and the operator's
commands (``vagigs runs``, ``vagigs health``) share it; it imports no Scrapy, so the commands start fast."""
from __future__ import annotations

import re

#: C0 but tab and line feed (a carriage return only before a line feed: Scrapy's "\r\n"), DEL, C1, the
#: bidirectional embeddings, overrides and isolates, and lone surrogates (which no log stream can encode).
_UNSHOWABLE = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """``text`` with each character a terminal would obey rather than show written as its escape."""
    return text if text.isprintable() else _UNSHOWABLE.sub(_escape, text)
