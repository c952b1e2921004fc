"""What a posting says the seeker owns or answers for, where an object of work is a duty (``ReadsOwnership._ownership``),
and what it says is not the seeker's, or another's work, which is boilerplate (``ReadsOwnership._disowned``).
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from pipeline.tags.matcher.negation import _BE, _FA_NOT_NEEDED, _NE
from pipeline.tags.matcher.parties import _FA_IS
from pipeline.tags.matcher.tokens import _DASHES, BREAKS, _folded_words, _start_after, _words_read

# What a posting says the seeker owns or answers for (``Matcher._ownership``): after "you own", "you're responsible
# for", "your responsibility:", "… on you:", «вы отвечаете за», «отвечать за», «на вас:», «за вами:», «(ваша) зона
# ответственности:» the object follows; before "is yours", "is on you", "is your responsibility", «— на вас», «— за
# вами», «— ваша зона ответственности», «با شماست», «بر عهده شما است», "sizning zimmangizda", "uchun javobgar
# bo'lasiz" it stands before. Within ``_OWN_HEAD`` words of the start of what is owned, or of one of its parts (after a
# comma or "and": "You own the inbox, the calendar and travel"), an object of work (a phrase marked ``OWNED``:
# "@calendar*", «@почт*», «@تقویم», "@uchrashuvlar*") is a duty: "You'll own the founder's calendar", «Командировки —
# на вас», «مسئولیت تقویم مدیرعامل با شماست», "Direktorning uchrashuvlari sizning zimmangizda"; not one deep in it
# ("ten discovery calls on the partners' calendars"). Where nothing follows such a heading on its line ("What you'll
# own", «Вы отвечаете за то, чтобы:»), the first words of each line under it are what is owned. Not where a negation
# stands in the cue ("You will not own the calendar", «не на вас», «با شما نیست», "javobgar emassiz"), nor of another
# person ("Our office manager owns the calendar", "kotiba zimmasida").
_YOU_OWN = frozenset(("you", "you'll", "you'd"))
_OWN_AUX = frozenset(("will", "would", "also", "fully", "really", "then", "now", "just"))
_OWN_NOT = frozenset(("not", "won't", "don't", "never", "aren't", "wouldn't", "isn't", "ne", "emas", "emassiz", "نیست"))
_OWN_BE = frozenset(("is", "are", "all", "entirely", "fully", "completely"))
_OWN_ON = frozenset(("is", "are", "what's", "that's", "it's", "everything", "all"))
_OWN_RU_VERBS = ("отвечаете", "отвечать", "отвечайте")
_OWN_RU_ZONE = ("зона", "зоне", "зону", "зоной")
_OWN_FA_WITH = frozenset(("با", "عهده", "عهدهی"))
_OWN_FA_YOU, _OWN_FA_YOURS = "شما", "شماست"
_OWN_UZ = ("zimmangizda", "javobgarsiz", "mas'ulsiz")
_OWN_UZ_BE = ("bo'lasiz", "bo'lasizlar", "hisoblanasiz", "siz")
_OWN_UZ_ADJ = ("javobgar", "mas'ul")
_OWN_ITEM_OPENERS = frozenset(("\n", ":", "•", "–", "—"))  # what stands before "Own" opening a line or an item
_OWN_IMPERATIVE_NEXT = frozenset(("the", "our", "all", "every", "my", "his", "her", "their"))
# … whose object is read to its first comma or colon only ("Own our Zendesk queue on weekdays: answer tickets about
# logins, invoice templates …": the queue is owned, not what the tickets are about); ``_owned_at`` says so by this
_OWN_FIRST_PART = -2
_OWN_FIRST_ENDS = frozenset((",", ":", "،"))
_OWN_HEAD = 4  # words from the start of what is owned, or of one of its parts, that may name its object
_OWN_HEAD_LINE = 2  # … and from the start of a line under a heading of what is owned
_OWN_REACH = 30  # tokens read for what is owned, at most
_NOT_OWNED_REACH = 15  # … and for what is said not to be
_OWN_ENDS = frozenset(("\n", ".", "!", "?", ";", "؛"))
_OWN_PARTS = (",", ":", "،", "and", "or", "&", "plus", "и", "или", "также", "va", "yoki", "hamda", "و", "یا")
# … and what a predicate ending its clause says is not the seeker's ("Client invoices are not yours", «Приём звонков —
# это не ваше», «… не на вас», «… با شما نیست», "… sizniki emas", "… sizning zimmangizda emas") is boilerplate, from its
# clause's start, or the start of the clause before a dash ending there (``Matcher._disowned``)
_NOT_YOURS_EN = frozenset(("not", "isn't", "aren't"))
_NOT_YOURS_RU = ("ваше", "ваша", "ваши")
_NOT_YOURS_UZ = ("sizniki", "zimmangizda")
# … and a dash whose predicate, ending its clause, names another's work in the third person: "Sahifaga joylash, direktga
# javob berish — SMM menejer ishi", «Солиқ ҳисоботлари ва баланс — бош ҳисобчи вазифаси», "… — kanal menejerining
# ishi", "… — bu mening va ekspeditorlarimning ishi" (the work before the dash is theirs); not where the party is a
# word of the title ("… — operator ishi" for an operator: the seeker's own role), nor the seeker's ("ishingiz")
_THEIRS_UZ = ("ishi", "ishidir", "ishlari", "vazifasi", "vazifasidir", "vazifalari", "majburiyati", "ishimiz")
_THEIRS_REACH = 8  # words between the dash and the predicate, at most
_OWN_BEFORE_BREAKS = BREAKS - {",", "–", "—"}  # what is owned, read back from its cue, runs past commas and dashes
_NOT_OWNED_BREAKS = _OWN_BEFORE_BREAKS | {","}  # … and what is not, past dashes only


class ReadsOwnership:
    """The part of ``Matcher`` that reads what the seeker owns (``_ownership``) and what is not the seeker's
    (``_disowned``). Its cue words, read also as the matcher spells a text's words, and the words some cues need before
    them are set by ``_read_ownership``, after the negations (``_neg_before`` cancels a cue too)."""

    def _read_ownership(self, spell: Callable[[str], str] | None) -> None:
        self._you_own = _words_read(_YOU_OWN, spell)
        self._own_ru = _words_read(_folded_words(_OWN_RU_VERBS), spell)
        self._own_ru_zone = _words_read(_folded_words(_OWN_RU_ZONE), spell)
        self._own_fa_with = _words_read(_OWN_FA_WITH, spell)
        self._own_uz = _words_read(_OWN_UZ, spell)
        self._own_uz_be = _words_read(_OWN_UZ_BE, spell)
        self._own_uz_adj = _words_read(_OWN_UZ_ADJ, spell)
        self._own_parts = _words_read(_folded_words(_OWN_PARTS), spell) | {",", ":", "،"}
        self._own_not = _words_read(_OWN_NOT, spell) | self._neg_before
        self._not_yours_ru = _words_read(_folded_words(_NOT_YOURS_RU), spell)
        self._not_yours_uz = _words_read(_NOT_YOURS_UZ, spell)
        self._emas = _words_read(("emas", "emassiz"), spell)
        self._theirs_uz = _words_read(_THEIRS_UZ, spell)
        # a cue word that is one only after one of these words
        self._own_before: dict[str, frozenset[str]] = {
            "you": frozenset(("on",)), "responsibility": frozenset(("your",)), "vas": frozenset(("na",)),
            "vami": frozenset(("za",)), "otvetstvennosti": self._own_ru_zone, _OWN_FA_YOU: self._own_fa_with,
            _OWN_FA_YOURS: self._own_fa_with}
        # the words the scan marks for ``_ownership`` and ``_disowned``
        self._own_cues = ({"own", "responsible", "yours", "you", "responsibility", _OWN_FA_YOU, _OWN_FA_YOURS}
                          | self._own_ru | self._own_uz | self._own_uz_adj | self._not_yours_ru | self._not_yours_uz
                          | self._theirs_uz | _words_read(_folded_words(("вас", "вами", "ответственности")), spell))

    def _ownership(self, toks: list[str], cues: list[int]) -> frozenset[int]:
        """The indexes of the words that may name what the seeker owns (``_YOU_OWN`` …): the first ``_OWN_HEAD`` words
        of what a cue at one of ``cues`` says is owned, and of each of its parts."""
        owned: set[int] = set()
        n = len(toks)
        for i in cues:
            found = self._owned_at(toks, i)
            if found is None:
                continue
            before, after = found
            if before == _OWN_FIRST_PART:  # (an imperative "Own …": its object only, to the first comma or colon)
                end = after
                stop = min(n, after + _OWN_REACH)
                while end < stop and toks[end] not in _OWN_ENDS and toks[end] not in _OWN_FIRST_ENDS:
                    end += 1
                self._own_heads(toks, after, end, owned)
                continue
            if before >= 0:
                start = _start_after(toks, i, _OWN_REACH, _OWN_BEFORE_BREAKS)
                if toks[i] in self._own_uz or toks[i] in self._own_uz_adj:
                    self._own_last(toks, start, before, owned)
                else:
                    self._own_heads(toks, start, before, owned)
            if after < 0:
                continue
            if after < n and toks[after] == ":":
                after += 1
            end = after
            stop = min(n, after + _OWN_REACH)
            while end < stop and toks[end] not in _OWN_ENDS:
                end += 1
            if end > after and toks[after].endswith("ing"):
                continue  # a duty said by its verb ("responsible for answering inquiries through email and phone")
            self._own_heads(toks, after, end, owned)
            if end < n and toks[end] == "\n" and (end == after or toks[end - 1] == ":"):
                # a heading of what is owned: the first words of each line under it
                j, last = end + 1, self._excluded_lines(toks, end + 1)
                while j < last:
                    k = j
                    while k < last and toks[k] != "\n":
                        k += 1
                    self._own_heads(toks, j, k, owned, line=True)
                    j = k + 1
        return frozenset(owned)

    def _owned_at(self, toks: list[str], i: int) -> tuple[int, int] | None:
        """Where what a cue of ownership at ``i`` says the seeker owns ends, when it stands before the cue ("Travel is
        yours", «مسئولیت تقویم … با شماست»: the index past it, else -1), and where it starts when it follows ("You own
        the calendar", «Вы отвечаете за почту»: else -1); None where the word at ``i`` is no such cue, or is negated."""
        tok = toks[i]
        n = len(toks)
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        back = toks[max(0, i - 4):i]
        if not self._own_not.isdisjoint(back[-3:]) and tok != _OWN_FA_YOU:
            return None
        if tok == "own":  # "you own", "you'll own", "you will own": not "your own", "on your own"
            k = i - 1
            while k >= 0 and toks[k] in _OWN_AUX:
                k -= 1
            if k >= 0 and toks[k] in self._you_own:
                return -1, i + 1
            # … and "Own" bidding the seeker, opening a line or a list's item ("- Own the CPO's calendar"), not the
            # adjective of a requirement ("Own laptop and phone")
            return (_OWN_FIRST_PART, i + 1) if (i == 0 or prev in _OWN_ITEM_OPENERS) and nxt in _OWN_IMPERATIVE_NEXT \
                else None
        if tok == "responsible":  # "you're responsible for", "you will be responsible for"
            if nxt != "for" or not any(t in self._you_own or t in ("you're", "you'll") for t in back):
                return None
            return -1, i + 2
        if tok == "yours":  # "Travel is yours", "… are all yours", not "yours to read", "yours truly"
            if prev not in _OWN_BE or (nxt and nxt not in BREAKS):
                return None
            return i - 1 if prev != "all" else i - 2, -1
        if tok == "you" and prev == "on":  # "Travel is on you", "What's on you:"
            if nxt == ":":
                return -1, i + 1
            if i > 1 and toks[i - 2] in _OWN_ON and (not nxt or nxt in BREAKS):
                return i - 2, -1
            return None
        if tok == "responsibility" and prev == "your":  # "Your responsibility: …", "… is your responsibility."
            if nxt in (":", "is"):
                return -1, i + 2
            if (not nxt or nxt in BREAKS) and i > 1 and toks[i - 2] in _OWN_BE:
                return i - 2, -1
            return None
        if tok in self._own_ru:  # «Вы отвечаете за почту», «Отвечать за календарь»
            return (-1, i + 2) if nxt == "za" else None
        if tok in ("vas", "vami") and prev == ("na" if tok == "vas" else "za"):  # «… — на вас», «Что на вас:»
            if nxt == ":":
                return -1, i + 1
            return (i - 1, -1) if not nxt or nxt in BREAKS else None
        if tok == "otvetstvennosti" and prev in self._own_ru_zone:  # «Ваша зона ответственности: …»
            if nxt == ":":
                return -1, i + 1
            k = i - 2 if i > 1 and toks[i - 2] in ("vasha", "vashey") else i - 1
            return (k, -1) if not nxt or nxt in BREAKS else None
        if tok in (_OWN_FA_YOU, _OWN_FA_YOURS) and prev in self._own_fa_with:  # «با شماست», «بر عهده شما است»
            if tok == _OWN_FA_YOU and nxt not in _FA_IS:
                return None
            k = i - 2 if i > 1 and prev != "با" and toks[i - 2] in ("بر", "به") else i - 1
            after = i + (2 if tok == _OWN_FA_YOU else 1)
            return k, after if after < n and toks[after] == ":" else -1
        if tok in self._own_uz or (tok in self._own_uz_adj and nxt in self._own_uz_be):
            # "… sizning zimmangizda", "… uchun javobgar bo'lasiz", "… uchun javobgarsiz"
            if nxt in self._own_not:
                return None
            k = i - 1 if i and prev in ("sizning", "uchun") else i
            after = i + (1 if tok in self._own_uz else 2)
            return k, after if after < n and toks[after] == ":" else -1
        return None

    def _disowned(self, toks: list[str], cues: list[int], own: Collection[str] = ()) -> list[tuple[int, int]]:
        """What a predicate ending its clause at one of ``cues`` says is not the seeker's, as token intervals: "… are not
        yours", "… isn't on you", «— это не ваше», «… не на вас», «… не ваша зона ответственности», «… با شما نیست»,
        "… sizniki emas", "… sizning zimmangizda emas", "… uchun javobgar emassiz"; from the start of its clause, or of
        the clause before a dash ending there; and the clause before a dash whose predicate is another's work ("… — SMM
        menejer ishi": ``_THEIRS_UZ``), from its sentence's start, past its commas."""
        out: list[tuple[int, int]] = []
        n = len(toks)
        for i in cues:
            tok = toks[i]
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < n else ""
            end = -1
            if tok in self._theirs_uz:
                dash = self._theirs_dash(toks, i, own)
                if dash > 0:
                    start = _start_after(toks, dash, _NOT_OWNED_REACH, _OWN_BEFORE_BREAKS)
                    if start < dash:
                        out.append((start, i))  # (its party's words too: "— call-markaz operatorlari ishi")
                continue
            if tok in ("yours", "you") and (not nxt or nxt in BREAKS):
                k = i - 1 if tok == "yours" else i - 2  # (past "on")
                if tok == "you" and prev != "on" or k < 1 or toks[k] not in _NOT_YOURS_EN:
                    continue
                end = k - 1 if toks[k] == "not" and toks[k - 1] in _BE else k
            elif tok in self._not_yours_ru or tok in ("vas", "otvetstvennosti"):
                if nxt and nxt not in BREAKS:
                    continue
                k = i - 1
                if tok in ("vas", "otvetstvennosti"):
                    if prev not in (("na",) if tok == "vas" else self._own_ru_zone):
                        continue
                    k -= 1  # (past «на», «зона»: «не на вас», «не ваша зона ответственности»)
                    if tok == "otvetstvennosti" and k >= 0 and toks[k] in self._not_yours_ru:
                        k -= 1
                if k < 0 or toks[k] != _NE:
                    continue
                end = k - 1 if k and toks[k - 1] == "eto" else k
            elif tok == _OWN_FA_YOU and prev in self._own_fa_with and nxt == _FA_NOT_NEEDED:
                end = i - 2 if i > 1 and prev != "با" and toks[i - 2] in ("بر", "به") else i - 1
            elif (tok in self._not_yours_uz and nxt in self._emas) or (tok in self._own_uz_adj
                                                                         and nxt in self._emas):
                end = i - 1 if i and prev in ("sizning", "uchun") else i
            if end <= 0:
                continue
            after = i + 1 if tok in ("yours", "you") or tok in self._not_yours_ru or tok in ("vas",
                                                                                           "otvetstvennosti") else i + 2
            if after < n and toks[after] == ":":
                continue  # a heading or label of what is not the seeker's ("آنچه بر عهده شما نیست:"): ``_exclusions``
            start = _start_after(toks, end, _NOT_OWNED_REACH, _NOT_OWNED_BREAKS)
            if start < end:
                out.append((start, end))
        return out

    @staticmethod
    def _theirs_dash(toks: list[str], i: int, own: Collection[str]) -> int:
        """The dash before a predicate of another's work at ``i`` ("… — bosh hisobchi vazifasi."), or -1: the predicate
        ends its clause, the dash stands within ``_THEIRS_REACH`` words before it with no break mark between, and the
        word naming the party, right before the predicate, is no word of the title (``own``)."""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if nxt and nxt not in BREAKS or nxt == ":" or i < 2:
            return -1
        party = toks[i - 1]
        if party in BREAKS or any(party[:5] == w[:5] for w in own if len(w) >= 4):
            return -1
        for j in range(i - 2, max(i - 2 - _THEIRS_REACH, -1), -1):
            if toks[j] in _DASHES:
                return j
            if toks[j] in BREAKS:
                return -1
        return -1

    def _own_heads(self, toks: list[str], start: int, end: int, owned: set[int], line: bool = False) -> None:
        """Add to ``owned`` the first ``_OWN_HEAD`` words of ``toks[start:end]`` and of each of its parts (after a word
        of ``_OWN_PARTS``); for a ``line`` under a heading, the first ``_OWN_HEAD_LINE`` words of its first clause, past
        its list marker ("- The meetings.", «— почта разобрана к обеду»; not the object of a duty said by its verb,
        "– kirim-chiqim hujjatlarini 1C ga kiritish")."""
        if line:
            while start < end and (toks[start] in BREAKS or toks[start].isdigit()):
                start += 1
            end = min(end, start + _OWN_HEAD_LINE)
            for j in range(start, end):
                if toks[j] in BREAKS:
                    break
                owned.add(j)
            return
        words = 0
        for j in range(start, end):
            t = toks[j]
            if t in self._own_parts:
                words = 0
            elif t not in BREAKS:
                if words < _OWN_HEAD:
                    owned.add(j)
                words += 1

    def _own_last(self, toks: list[str], start: int, end: int, owned: set[int]) -> None:
        """Add to ``owned`` the last word of ``toks[start:end]`` and of each of its parts (before a word of
        ``_OWN_PARTS`` or a dash): Uzbek puts a noun phrase's head last ("Direktorning uchrashuvlari sizning
        zimmangizda"; not "Telegram botga tushgan … buyurtma … tasdiqlanishi uchun javobgar bo'lasiz")."""
        last = -1
        for j in range(start, end):
            t = toks[j]
            if t in self._own_parts or t in _DASHES:
                if last >= 0:
                    owned.add(last)
                last = -1
            elif t not in BREAKS:
                last = j
        if last >= 0:
            owned.add(last)
