"""A contact domain that imitates the employer's name: the research note's R6 ("look-alike domain of a real
company"; the FBI's IC3 on job-board impersonation).

``lookalike_domain(company, text)`` finds an e-mail or link domain in the text whose name holds the
company's name with a letter or two slipped inside it, or with digits for letters: CVs for "MasterCraft" to
``themasterscrafts.com``, "Microsoft" at ``micros0ft-careers.com``. A domain that holds the name whole
(``mastercraft.com``, ``jobs-mastercraft.com``, ``getbrightlane.io``), shortens it (``greenbacktaxservices.com``
for Greenback Expat Tax Services, ``hbspprt.com`` for Hub Support) or is another firm's (a recruiter's, a job
board's) is not one: on the 478 board postings it fires on the two MasterCraft ads only.

It reads the posting as sent, markup included (a link's address may stand only in its ``href``), not the cleaned
text the rules read: cleaning splits words glued at a capital, and with them "TheMastersCrafts.com".

Letters added around the name ("the", "s", "hq") are allowed, as companies register such names; only letters
inside it count, at most two (``MAX_INSIDE``), so a short name is not found scattered through a long unrelated
domain ("Brite" in ``brightsite.com``). Names under five letters, or not in Latin letters, are not checked.
"""
from __future__ import annotations

import re

MAX_INSIDE = 2
MIN_NAME = 5
# a domain after an "@", or after "http(s)://" or "www." (matched where ``str.find`` finds those: a pattern opening
# with an alternation scans every character of a long posting)
# with the DNS's own bounds (a label of at most 63 characters, a name of a few labels), so a hostile run of "www."
# or of letters is read in bounded steps, not to its end from every start
_DOMAIN = re.compile(r"(?:@|https?://|www\.)([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8})(?![a-z0-9-])",
                     re.IGNORECASE | re.ASCII)
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "ne", "or", "edu"))  # co.uk, com.au, ne.jp …
_LEGAL = re.compile(r"\b(?:the|inc|llc|ltd|limited|gmbh|corp|corporation|company|co|group|plc|sa|srl|bv|ag|"
                    r"holdings?|technologies|solutions)\b")
_NOT_NAME = re.compile(r"[^a-z0-9]")
_NOT_WORD = re.compile(r"\W")
_HOMOGLYPHS = str.maketrans("0135", "oles")


def lookalike_domain(company: str | None, text: str) -> re.Match[str] | None:
    """The first e-mail or link domain in ``text`` that imitates ``company``'s name (group 1: the domain as
    written, in any case)."""
    if not company:
        return None
    found = []
    end = 0
    for at in sorted(_starts(text)):
        if at >= end:  # (a start inside a domain already read is part of it: "www.www.…")
            m = _DOMAIN.match(text, at)
            if m:
                found.append(m)
                end = m.end()
    if not found:
        return None
    full = _name(company, keep_legal=True)
    name = _name(company)
    if len(name) < MIN_NAME:
        return None
    for m in found:
        label = _label(m.group(1).lower())
        if label and name not in label and full not in label and _imitates(name, label):
            return m
    return None


def _starts(text: str) -> list[int]:
    """Where an address or a link may start: each "@", "http" and "www." (``str.find`` of each; a link's scheme
    is written in lower case, its domain in any)."""
    out = []
    for needle in ("@", "http", "www."):
        at = text.find(needle)
        while at >= 0:
            out.append(at)
            at = text.find(needle, at + 1)
    return out


def _name(company: str, keep_legal: bool = False) -> str:
    """The company's name as a domain would spell it: lower-case letters and digits ("&" as "and"), without "Inc",
    "LLC", "Group" … unless ``keep_legal``; "" unless at least half of its letters and digits are Latin ones (a
    name in Cyrillic or Persian is not spelled by a domain, and its few Latin letters are no name)."""
    text = company.casefold().replace("&", " and ")
    if not keep_legal:
        text = _LEGAL.sub(" ", text)
    name = _NOT_NAME.sub("", text)
    every = _NOT_WORD.sub("", text)  # the letters and digits of any script
    return name if any(ch.isalpha() for ch in name) and 2 * len(name) >= len(every) else ""


def _label(host: str) -> str:
    """The registered name of a host: ``careers.acme.co.uk`` → ``acme`` (letters and digits only)."""
    parts = [p for p in host.split(".") if p and p != "www"][:-1]
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts.pop()
    return _NOT_NAME.sub("", parts[-1]) if parts else ""


def _imitates(name: str, label: str) -> bool:
    """``label`` (which does not hold ``name`` whole) holds it with at most ``MAX_INSIDE`` letters slipped inside, or
    with digits standing for the letters they look like."""
    read = label.translate(_HOMOGLYPHS)
    if read != label and name in read:
        return True
    inside = _fewest_inside(name, label)
    return inside is not None and 0 < inside <= MAX_INSIDE


def _fewest_inside(name: str, label: str) -> int | None:
    """The fewest letters of ``label`` between the first and last letter of ``name`` spelled through it in order,
    beyond ``name``'s own; ``None`` when ``label`` does not spell ``name`` in order."""
    best = None
    for start, ch in enumerate(label):
        if ch != name[0]:
            continue
        at = start
        for letter in name[1:]:
            at = label.find(letter, at + 1)
            if at < 0:
                return best
        extra = at - start + 1 - len(name)
        best = extra if best is None else min(best, extra)
    return best
