"""Whether a strong phrase names a duty as a list's item does (``Hit.listed``, counted ``LIST_WEIGHT`` by the tagger):
said to the seeker in a clause of its own (``_said_to_you``), or an item of a duties label's line of sentences
(``_opens_inline_item``). The items of a list laid out in lines are read by ``Reading.opens_item``.
"""
from __future__ import annotations

from pipeline.tags.matcher.phrases import _FA_CONTINUOUS
from pipeline.tags.matcher.sections import _DUTY_WORDS
from pipeline.tags.matcher.tokens import _CLAUSE_ENDS, BREAKS, _clause_end

# A duty said to the seeker in a clause of its own names the task as a list's item does (``Hit.listed``): after
# "you'll" or "you will" ("you will add every new listing to our WordPress site"; not "you'll need", "you will have"
# …: ``_NOT_SAID``), after «будете» («вы будете вносить данные в 1С»), or before a verb of the second person ending
# its clause, Persian «خواهید …» or «می‌…ید» («… در وردپرس بارگذاری خواهید کرد»), Uzbek "-asiz", "-aysiz"
# ("… 1C dasturiga kiritasiz"). ``_SAID_REACH`` words at most, with no break between.
_YOU_WILL = frozenset(("you'll", "budete"))
_NOT_SAID = frozenset(("need", "needs", "have", "get", "enjoy", "receive", "earn", "join", "love", "find", "also",
                       "be", "work", "report", "learn", "bring"))
_FA_YOU_WILL = "خواهید"
# "You upload each article to WordPress", «Вы сами загружаете статьи на сайт»: "you", «вы» opening a clause, the duty's
# verb next (past one of ``_YOU_NOW_BETWEEN``), says it to the seeker in the present, as "you'll" does in the future
_YOU_NOW = frozenset(("you", "vi"))
_YOU_NOW_BETWEEN = frozenset(("also", "then", "just", "sami", "takje", "toje"))
_YOU_NOW_AFTER = frozenset(("and", "then", "i", "a"))
_UZ_YOU = ("asiz", "aysiz")
_UZ_YOU_MIN = 6  # letters of a verb in "-asiz" at least ("kiritasiz"), not a noun in "-siz" ("tajribasiz" ends a phrase)
_SAID_REACH = 10


def _said_to_you(toks: list[str], first: int, last: int) -> bool:
    """Whether the duty at ``toks[first:last + 1]`` is said to the seeker in its clause (``_YOU_WILL``; "you", «вы»
    opening its clause right before its verb, ``_YOU_NOW``)."""
    k = first - 1
    if k > 0 and toks[k] in _YOU_NOW_BETWEEN:
        k -= 1
    if k >= 0 and toks[k] in _YOU_NOW and (k == 0 or toks[k - 1] in BREAKS or toks[k - 1] in _YOU_NOW_AFTER):
        return True
    for j in range(first - 1, max(first - 1 - _SAID_REACH, -1), -1):
        t = toks[j]
        if t in BREAKS:
            break
        if t in _YOU_WILL or (t == "will" and j and toks[j - 1] == "you"):
            return j + 1 < len(toks) and toks[j + 1] not in _NOT_SAID
    n = len(toks)
    end = _clause_end(toks, last + 1, _SAID_REACH)
    if end >= n or toks[end] not in BREAKS:
        return False
    verb = toks[end - 1]  # (the duty's own last word, "… kiritasiz", "… رزرو می‌کنید", where it ends the clause)
    return (_FA_YOU_WILL in toks[last:end] or (verb.startswith(_FA_CONTINUOUS) and verb.endswith("ید"))
            or (verb.endswith(_UZ_YOU) and len(verb) >= _UZ_YOU_MIN and verb.isascii()))


_INLINE_ITEM_ENDS = frozenset((".", ";", "؛"))


def _opens_inline_item(toks: list[str], at: int) -> bool:
    """Whether the word at ``at`` opens an item of a duties label's list on its own line, one sentence or ";" each, two
    at least ("Обязанности: Обработка заявок. Ответы гостям в чатах. Внесение броней в PMS.", as hh.ru's snippets run),
    as a list's line does: the items run to the line's end or the next label ("Требования: …"). A label's one sentence
    of duties joined by commas ("Vazifalar: hisob-fakturalarni tayyorlash, qo'ng'iroqlarga javob berish") is prose."""
    k = at - 1
    while k > 0 and toks[k] != "\n":  # back to the duties label on this line
        if toks[k] == ":" and toks[k - 1] in _DUTY_WORDS and (k == 1 or toks[k - 2] in _CLAUSE_ENDS):
            break
        k -= 1
    else:
        return False
    first = k + 1
    if toks[first] in BREAKS:
        return False
    items = [first]
    n = len(toks)
    for j in range(first, n - 1):
        t = toks[j]
        if t == "\n":
            break
        if t in _INLINE_ITEM_ENDS and toks[j + 1] not in BREAKS:
            if j + 2 < n and toks[j + 2] == ":":
                break  # the next label
            items.append(j + 1)
    return len(items) > 1 and at in items
