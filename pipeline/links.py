"""Links, e-mail addresses and handles in text, taken out in one pass.

``without_emails`` takes out the addresses of ``EMAIL`` alone (legitimacy: an address is no verifiable contact),
each found from its "@": the pattern tried a start at every character of a long word and read the word to its end
from each (100,000 letters before an "@" took 49 s).

The stages that read words (tags, language) leave out what is no word of the posting: a link
("…/social-media-jobs"), an e-mail address, and for language a "@handle" or "#hashtag". As a pattern that
is ``LINK_OR_EMAIL`` (and ``HANDLE`` after it), but its ``\\S+@\\S+\\.\\w+`` tries every "@" and "." of a
long word from each of the word's characters: "@." repeated 1,000 times took 2.5 s, 2,000 times 17 s. No
match crosses whitespace, so the text is read word by word (a run without whitespace), and in such a word the
address part matches from where it is tried exactly when an "@" after that place comes two or more characters
before the word's last "." that a word character follows; it ends with that word. ``without_links`` gives what
``re.sub`` of the patterns with " " gives, in time linear in the text (tests check it on random texts).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawlers.urls import plain_host

LINK_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
HANDLE = re.compile(r"[@#][\w.]+")  # tried after ``LINK_OR_EMAIL`` at each place, as one alternation
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # what ``without_emails`` takes out

_LINK_START = re.compile(r"(?:https?://|www\.)(?=\S)")
_HANDLE_START = re.compile(r"[@#](?=[\w.])")
_SPACES = re.compile(r"(\s+)")
_EMAIL_DOMAIN = re.compile(r"@[\w-]++(?:\.[\w-]++)+")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` is


def strip_word(word: str, *, handles: bool = False) -> str:
    """``LINK_OR_EMAIL`` (with ``handles``: ``LINK_OR_EMAIL|HANDLE``) replaced by " " in ``word``, which holds
    no whitespace."""
    n = len(word)
    last_dot = word.rfind(".")
    while last_dot >= 0 and not (last_dot + 1 < n and _is_word(word[last_dot + 1])):
        last_dot = word.rfind(".", 0, last_dot)
    last_at = word.rfind("@", 0, last_dot - 1) if last_dot >= 2 else -1  # the last "@" an address can use
    out: list[str] = []
    at = 0
    link = _LINK_START.search(word)
    while at < n:
        if link is not None and link.start() < at:
            link = _LINK_START.search(word, at)
        if link is not None and link.start() == at:
            out.append(" ")
            break
        if last_at >= at + 1:
            end = last_dot + 1
            while end < n and _is_word(word[end]):
                end += 1
            out.append(" ")
            at = end
            continue
        handle = _HANDLE_START.search(word, at) if handles else None
        link_at = link.start() if link is not None else n
        if handle is not None and handle.start() < link_at:
            end = handle.start() + 1
            while end < n and (_is_word(word[end]) or word[end] == "."):
                end += 1
            out += (word[at:handle.start()], " ")
            at = end
            continue
        if link is not None:
            out += (word[at:link_at], " ")
        else:
            out.append(word[at:])
        break
    return "".join(out)


def without_links(text: str, *, handles: bool = False) -> str:
    """``text`` with every match of ``LINK_OR_EMAIL`` (and with ``handles`` of ``HANDLE``) replaced by " "."""
    parts = _SPACES.split(text)
    for i in range(0, len(parts), 2):  # (the odd ones are the whitespace between)
        if parts[i]:
            parts[i] = strip_word(parts[i], handles=handles)
    return "".join(parts)


def without_emails(text: str) -> str:
    """``EMAIL.sub(" ", text)``."""
    out: list[str] = []
    last = 0
    at = text.find("@")
    while at >= 0:
        m = _EMAIL_DOMAIN.match(text, at)
        if m:
            start = at
            while start > last and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
                start -= 1
            if start < at:
                out += (text[last:start], " ")
                last = m.end()
                at = text.find("@", last)
                continue
        at = text.find("@", at + 1)
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


#: t.me paths that open no chat but set the app up or act in it: a proxy or SOCKS server for all its traffic
#: (``t.me/proxy?server=…&secret=…``), its language, a sticker or emoji set, a theme, background or folder, a login
#: or phone confirmation, a payment or gift code, a link to share. No job is applied to at one: an employer's
#: "apply" link of that kind offers to route a seeker's traffic through another's server.
TELEGRAM_ACTIONS = frozenset({"proxy", "socks", "setlanguage", "addstickers", "addemoji", "addtheme", "addlist",
                              "bg", "login", "confirmphone", "invoice", "giftcode", "share", "boost"})
_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})


def telegram_action(url: str | None) -> bool:
    """Whether ``url`` is a ``tg:`` link (the Telegram app's own, a proxy's among them) or a t.me link to one of
    ``TELEGRAM_ACTIONS`` (or to a payment, ``t.me/$…``): never a posting's or an application's page."""
    try:
        parts = urlsplit((url or "").strip())
        host = plain_host(parts.hostname or "").removeprefix("www.")
    except ValueError:
        return False
    if parts.scheme.lower() == "tg":
        return True
    first = parts.path.lstrip("/").split("/", 1)[0].lower()
    return host in _TELEGRAM_HOSTS and (first in TELEGRAM_ACTIONS or first.startswith("$"))
