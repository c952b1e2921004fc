"""Negation: whether a negation cancels a duty a phrase names.

A hit is dropped when a negation cue stands in the same clause just
before it ("not looking for a virtual assistant", "no data entry", "без
продаж", "بدون"), right after it (Uzbek "emas", Persian "نیست/نمی"), or ending its clause as a predicate a few
words on ("Cold calling is not required", "звонки принимать не нужно", "Qo'ng'iroqlarga javob berish shart emas",
"پاسخگویی تلفنی در این نقش لازم نیست", "Холодных звонков у нас нет", "پاسخگویی به تلفن کار شما نیست", "ورود اطلاعات
در سیستم نداریم", "… در سیستم ندارد", but not "… نیاز به سابقه ندارد": ``POST_NEG_RULES``). It stays where the
negation is of another word: of what the duty is like ("Data entry is not just typing", "Customer support is not a
side task", "Ma'lumot kiritish qiyin emas"), of another subject ("No experience needed to do customer support"), or
of what a contrast set aside ("Ma'lumot kiritish emas, balki mijozlar bilan ishlash" keeps the customers).
A negation of the seeker's work ("You won't be answering phones, booking travel or …", «Вам не придётся …», «لازم
نیست …») scopes over the list after it, to its clause's end, a contrast or a new clause of the seeker's
(``Matcher._negated_lists``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from pipeline.tags.matcher.phrases import _FA_CONTINUOUS
from pipeline.tags.matcher.tokens import _DASHES, BREAKS, _clause_start, _words_read

# Negation cues, folded (Russian/Uzbek Cyrillic are matched through their Latin fold).
NEG_BEFORE = {
    "not", "no", "never", "without", "isn't", "aren't", "don't", "doesn't", "won't", "nor", "non",
    "ne", "bez", "net", "nikakix", "nikakogo", "nikakoy", "nikakiye",  # Russian не, без, нет, никаких
    "بدون", "نه", "غیر",
}
# (Uzbek "emas", "yo'q" negate the word before them: "Tajriba yo'q bo'lsa ham, qo'ng'iroqlarga javob berishni
# o'rgatamiz" asks for the calls)
NEG_AFTER = {"emas", "yo'q", "نیست", "نمیباشد", "نمی", "نداریم", "ندارد"}
# Of those, the copulas ("is not") negate a duty only right after it ("ma'lumot kiritish emas, balki …": not data
# entry but …); a word between is what they negate ("Ma'lumot kiritish qiyin emas": it is not hard; "پاسخگویی تلفنی
# سخت نیست"). After one of NEG_ONLY in the duty's clause they negate nothing: "Faqat ma'lumot kiritish emas, balki …"
# (not only data entry but …), "فقط پاسخگویی تلفنی نیست".
NEG_COPULAS = frozenset(("emas", "نیست", "نمیباشد"))
NEG_ONLY = frozenset(("faqat", "shunchaki", "فقط", "تنها", "صرفا"))
# Uzbek says "you will not" on the duty's verb, right after it: "qo'ng'iroqlarga javob bermaysiz" (you will not
# answer calls), "ijtimoiy tarmoqlarni yuritmaysiz"
UZ_NOT_YOU = ("maysiz", "maysizlar")
NEG_WINDOW = 5
# A negation cue followed by one of these negates nothing after it: "not only … but also", "but not limited to",
# "не только … но и", "не просто", "نه تنها/نه فقط … بلکه".
NEG_NOT = frozenset(("only", "just", "merely", "simply", "limited", "tolko", "prosto", "تنها", "فقط"))
# A negation that ends a duty's clause, up to POST_NEG_WINDOW words after the duty: "Cold calling is not required",
# "звонки принимать не нужно", "Qo'ng'iroqlarga javob berish shart emas", "پاسخگویی تلفنی در این نقش لازم نیست".
# A rule (``PostNeg``) names the negation word, and may ask for a word of need between the duty and it ("shart
# emas"), a word right before it ("کار شما نیست": not your job), or after it, past any of its ``lead`` words, for a
# predicate saying the duty is absent ("is not part of the role", "won't be your job", "не является частью работы").
# A negation of any other predicate is of a word saying what the duty is like, and leaves it standing: "Data entry is
# not just typing", "Customer support is not a side task", "Ввод данных не является сложной задачей", "سخت نیست" (it
# is easy). English "not" is read only after a verb or before such a predicate ("Phone support not sales": the "not"
# is of the sales).
POST_NEG_WINDOW = 6
_NOT_ONLY = ("only", "just", "limited", "later", "earlier", "less", "more", "fewer", "always", "merely", "simply")
_EN_PREDICATE = ("required", "needed", "necessary", "expected", "part", "involved", "included", "mandatory")
# "is not <_EN_ABSENT>", past "be", "a", "the", "your", "in" …: "not a requirement", "not your job", "not in scope"
_EN_ABSENT = _EN_PREDICATE + ("requirement", "must", "scope", "job", "role", "responsibility", "duty", "duties",
                              "task", "tasks")
_EN_LEAD = ("be", "a", "an", "the", "your", "in", "within", "among", "of", "really", "strictly", "actually")
# A predicate word that says the duty is absent only with this word after it: "is not part of the role", not "is not
# part-time" (read as "part", "time")
_PREDICATE_WITH = {"part": "of"}
_RU_ABSENT = ("chastyu", "obyazannostyu", "obyazannostyami", "obyazatelnim", "obyazatelnoy", "obyazatelnoye",
              "obyazatelen", "obyazatelna", "obyazatelno", "obyazatelni", "trebovaniyem", "zadachey", "zadacha",
              "zadachi", "obyazannost")
_RU_LEAD = ("yavlyayetsya", "yavlyayutsya", "vasha", "vashey", "vashim", "vashimi", "vashu", "vashi")
_UZ_DUTIES = ("vazifangizga", "vazifalaringizga", "majburiyatingizga", "majburiyatlaringizga", "ishingizga",
              "vazifasiga", "vazifalariga", "majburiyatlariga")
_FA_NEED = ("لازم", "نیاز", "نیازی", "الزامی", "ضروری", "جزو", "جزء")
_FA_JOB = ("کار", "وظیفه", "وظیفهی", "مسئولیت", "عهده")  # "کار شما نیست": it is not your job
# What "ندارد" (has no …) ending a duty's clause says is absent where one of these stands between them: "ورود اطلاعات
# نیاز به سابقه ندارد" (needs no experience), "… مهارت خاصی ندارد", "… محدودیت زمانی ندارد", "… کار سختی ندارد"
_FA_HAS_NO_OTHER = ("نیاز", "نیازی", "احتیاج", "مهارت", "محدودیت", "سختی", "هزینه", "هزینهای", "ربطی", "اهمیتی",
                    "دانش", "آشنایی", "تخصص", "مدرک", "سن")
# A dash before one of these stands for "is", and ends no clause: "Ввод данных — это не ваша задача", "— не нужно",
# "Qo'ng'iroqlarga javob berish — bu sizning ishingiz emas"; and so does a dash before the negation or the job it
# says the duty is not: "Cold calling — not your job", "Qo'ng'iroq qilish — sizning ishingiz emas", «تماس با مشتریان
# — کار شما نیست»
_DASH_COPULAS = frozenset(("eto", "ne", "bu", "not", "sizning") + _FA_JOB)
# A negation of the seeker's work scopes over the list after it (``Matcher._negated_lists``): "you won't …", «вам не
# …», «لازم نیست …»
_EN_NOT = frozenset(("not", "won't", "don't", "never", "cannot"))
_EN_YOU = frozenset(("you", "you'll"))
_NE = "ne"
_RU_YOU = frozenset(("vi", "vam", "vas"))
_FA_NOT_NEEDED = "نیست"
_NEG_IF = frozenset(("if", "unless", "when", "yesli", "agar", "اگر"))  # (if, «если», agar)
_NEG_LIST_ENDS = frozenset((".", "!", "?", "\n", ";", "؛", ":"))
_NEG_LIST_STOPS = frozenset(("but", "though", "although", "however", "instead", "rather", "except", "balki", "ammo",
                             "lekin", "بلکه", "اما", "ولی"))
_NEG_LIST_STOPS_RU = _NEG_LIST_STOPS | frozenset(("a", "no", "odnako", "zato"))  # «а», «но»
_RU_YOU_VERB = ("ete", "ite", "yote")  # a verb in the second person: «будете», «ведите», «ведёте»
_NEG_LIST_MAX = 40
_UZ_YOU_VERB = ("siz", "sizlar")  # a verb in the second person: "yozasiz", "kiritasiz", "qilasizlar"


class PostNeg(NamedTuple):
    """A negation after a duty that cancels it (``POST_NEG_RULES``)."""
    word: str
    between: tuple[str, ...] | None = None  # one of these must stand between the duty and ``word``
    then: tuple[str, ...] | None = None  # one of these must follow ``word``, past any of ``lead``
    unless: tuple[str, ...] = ()  # none of these may follow ``word`` right after it
    lead: tuple[str, ...] = ()
    last: tuple[str, ...] | None = None  # one of these must stand right before ``word``
    other: tuple[str, ...] = ()  # none of these may stand between the duty and ``word``: its own subject


_BE = ("is", "are", "was", "were", "be", "will")
CLAUSE_END = ""  # in a rule's ``then``: the negation ends its clause
POST_NEG_RULES: tuple[PostNeg, ...] = (
    PostNeg("not", _BE + tuple(_DASHES), _EN_ABSENT, _NOT_ONLY, _EN_LEAD),  # (a dash stands for "is")
    PostNeg("not", None, _EN_PREDICATE),
    *(PostNeg(w, None, _EN_ABSENT, _NOT_ONLY, _EN_LEAD) for w in ("isn't", "aren't", "won't", "wasn't", "weren't")),
    PostNeg("ne", None, ("nujno", "nujni", "nujen", "nujna", "nado", "trebuyetsya", "trebuyutsya", "predusmotreno",
                         "predusmotreni", "predusmotren", "predusmotrena", "vxodit", "vxodyat", "ojidayetsya",
                         "planiruyetsya", "budet", "budut", "potrebuyetsya", "potrebuyutsya", "ponadobitsya",
                         "ponadobyatsya", "pridyotsya", "pridetsya") + _RU_ABSENT, (), _RU_LEAD),
    PostNeg("emas", ("shart", "kerak", "majburiy", "lozim", "vazifangiz", "vazifalaringiz", "ishingiz",
                     "majburiyatingiz")),
    PostNeg("qilinmaydi", ("talab",)), PostNeg("etilmaydi", ("talab",)),
    # "… sizning vazifangizga kirmaydi" (is not part of your duties), as «не входит в ваши обязанности»
    PostNeg("kirmaydi", _UZ_DUTIES),
    PostNeg("kerakmas"), PostNeg("shartmas"),
    # "нет", "yo'q", "نداریم", "ندارد" ending the clause: "Холодных звонков у нас нет", "Sovuq qo'ng'iroqlar bizda
    # umuman yo'q"
    PostNeg("net", None, (CLAUSE_END, "neobxodimosti")), PostNeg("yo'q", None, (CLAUSE_END,)),
    PostNeg("نداریم", None, (CLAUSE_END,)), PostNeg("ندارد", None, (CLAUSE_END,), other=_FA_HAS_NO_OTHER),
    PostNeg("نیست", _FA_NEED), PostNeg("نمیباشد", _FA_NEED), PostNeg("نیست", _FA_JOB, last=("شما",)),
)
_POST_LEAD_MAX = 3  # lead words read past a negation, at most
# Between a duty and a negation after it, a word that is the negation's own subject ("For data entry experience is
# not required", "برای پاسخگویی تلفنی سابقه لازم نیست": the duty stays) or opens a clause of its own ("that", "که").
POST_NEG_OTHER = ("experience", "degree", "skills", "knowledge", "opit", "obrazovaniye", "znaniye", "znaniya",
                  "tajriba", "سابقه", "تجربه", "مدرک", "مشکل")
# A negation cue before a duty is of another word where one of these stands between them ("No experience needed to
# do customer support", "без опыта работы с вводом данных", "tajriba yo'q bo'lsa ham qo'ng'iroqlarga javob
# berishni o'rgatamiz") or right after the duty ("no data entry experience needed"); and none where a word of
# ``NEG_CONTRAST`` stands between them ("no phone calls but email").
NEG_CONTRAST = frozenset(("but", "balki", "ammo", "lekin", "بلکه", "اما", "ولی"))
POST_NEG_STOPS = frozenset(("that", "which", "who", "but", "if", "when", "while", "because", "kotoriy", "kotoraya",
                            "kotoroye", "kotorie", "kotorix", "no", "که", "اما", "ولی", "بلکه", "balki", "ammo", "lekin"))


def _uz_negated_list_start(toks: list[str], j: int) -> int | None:
    """Where the list an Uzbek "you will not" verb closing its clause at ``j`` negates begins ("Taqvim, pochta va boshqa
    shaxsiy ishlar bilan shug'ullanmaysiz": calendar, mail and other personal matters you will not deal with): Uzbek
    puts the verb last, so the list stands before it, back to the sentence's start, ``_NEG_LIST_MAX`` tokens at most;
    None where the verb does not close its clause, where a condition opens it ("agar"), or where another verb of the
    seeker's ends a clause of its own before it ("… javob berasiz, hisobotlar bilan shug'ullanmaysiz")."""
    if j + 1 < len(toks) and toks[j + 1] not in BREAKS:
        return None
    start = j
    for i in range(j - 1, max(-1, j - 1 - _NEG_LIST_MAX), -1):
        t = toks[i]
        if t in _NEG_LIST_ENDS or t.endswith(_UZ_YOU_VERB):
            break
        if t in _NEG_IF:
            return None
        start = i
    return start if start < j else None


def _cue_near(negations: list[int], first: int, last: int) -> bool:
    """Whether a negation cue stands where ``_negated`` looks for one (most hits have none near)."""
    j = bisect_left(negations, first - NEG_WINDOW)
    return j < len(negations) and negations[j] <= last + POST_NEG_WINDOW


def _word_after(toks: list[str], at: int, lead: frozenset[str]) -> str | None:
    """The word after ``toks[at]`` past at most ``_POST_LEAD_MAX`` words of ``lead``; ``CLAUSE_END`` at a break or the
    end; None for a word of ``_PREDICATE_WITH`` without its next word ("part" of "part-time")."""
    j = at + 1
    stop = min(len(toks), j + _POST_LEAD_MAX)
    while j < stop and toks[j] in lead:
        j += 1
    if j >= len(toks) or toks[j] in BREAKS:
        return CLAUSE_END
    word = toks[j]
    need = _PREDICATE_WITH.get(word)
    return word if need is None or toks[j + 1:j + 2] == [need] else None


class ReadsNegation:
    """The part of ``Matcher`` that reads negations: whether one before a hit, after it or ending its clause cancels
    it (``_negated``, ``_negated_after``), and what a negation of the seeker's work scopes over (``_negated_lists``).
    Its words are those above, read also as the matcher spells a text's words (``_read_negations``)."""

    def _read_negations(self, spell: Callable[[str], str] | None) -> None:
        self._neg_before = _words_read(NEG_BEFORE, spell)
        self._neg_after = _words_read(NEG_AFTER, spell)
        self._copulas = _words_read(NEG_COPULAS, spell)
        self._only = _words_read(NEG_ONLY, spell)
        self._post_neg: dict[str, tuple[tuple[frozenset[str] | None, ...], ...]] = {}
        for word, *sets in POST_NEG_RULES:
            rule = tuple(None if ws is None else _words_read(ws, spell) for ws in sets)
            for w in _words_read((word,), spell):
                self._post_neg[w] = self._post_neg.get(w, ()) + (rule,)
        self._post_other = tuple(_words_read(POST_NEG_OTHER, spell))
        self._post_stops = _words_read(POST_NEG_STOPS, spell)
        self._neg_stops = _words_read(NEG_CONTRAST, spell) | BREAKS
        self._neg_all = self._neg_before | self._neg_after | frozenset(self._post_neg)

    def _negated_lists(self, toks: list[str], negations: list[int]) -> list[tuple[int, int]]:
        """What a negation of the seeker's work (``_negates_the_seeker``) scopes over, as token intervals: from it to
        its clause's end, a colon, a word of contrast ("but", "though", «а», «но», «بلکه») or a new clause of the
        seeker's ("…, and you'll answer tickets", «… будете вести соцсети»; a Persian verb in the indicative, «پاسخ
        می‌دهید»), ``_NEG_LIST_MAX`` tokens at most: "You won't be answering phones, booking travel or managing the
        calendar", «Вам не придётся отвечать на звонки, вести соцсети и …», «لازم نیست به تماس‌ها پاسخ دهید، … یا
        فاکتور صادر کنید»."""
        out: list[tuple[int, int]] = []
        n = len(toks)
        done = -1
        for j in negations:
            if j < done:
                continue
            if toks[j].endswith(UZ_NOT_YOU):
                start = _uz_negated_list_start(toks, j)
                if start is not None:
                    out.append((start, j + 1))
                continue
            if not self._negates_the_seeker(toks, j):
                continue
            tok = toks[j]
            stops = _NEG_LIST_STOPS_RU if tok == _NE else _NEG_LIST_STOPS
            end = j + 1
            stop = min(n, end + _NEG_LIST_MAX)
            while end < stop:
                t = toks[end]
                if t in _NEG_LIST_ENDS or t in stops:
                    break
                if end > j + 2 and (t in self._not_the_seeker or (tok == _NE and t.endswith(_RU_YOU_VERB))
                                    or (t.startswith(_FA_CONTINUOUS) and len(t) > len(_FA_CONTINUOUS) + 1)):
                    break
                end += 1
            done = end
            out.append((j, end))
        return out

    def _negates_the_seeker(self, toks: list[str], j: int) -> bool:
        """Whether the negation cue at ``j`` negates the seeker's work, with no condition ("if you don't …") and not
        "not only": "you won't", "you will not", "you don't need to", "there is no", "no need to"; «вы не …», «вам не
        …», «от вас не …»; «لازم نیست» / «نیازی نیست» opening a clause, but of a requirement («… سابقه داشته باشید»)."""
        tok = toks[j]
        after = toks[j + 1] if j + 1 < len(toks) else ""
        if after in NEG_NOT or not _NEG_IF.isdisjoint(toks[max(0, j - 4):j]):
            return False
        if tok in _EN_NOT:
            return not _EN_YOU.isdisjoint(toks[max(0, j - 3):j])
        if tok == "no":
            return toks[max(0, j - 2):j] == ["there", "is"] or toks[j - 1:j] == ["there's"] or toks[
                j + 1:j + 3] == ["need", "to"]
        if tok == _NE:
            return not _RU_YOU.isdisjoint(toks[max(0, j - 2):j])
        if tok == _FA_NOT_NEEDED and j and toks[j - 1] in _FA_NEED[:3]:
            return (j < 2 or toks[j - 2] in BREAKS) and not after.startswith(self._post_other) and (
                after not in _FA_HAS_NO_OTHER)
        return False

    def _negated(self, toks: list[str], first: int, last: int, before: frozenset[str]) -> bool:
        """Whether a negation cue of ``before`` stands in the clause of a duty at ``toks[first:last + 1]``, up to
        ``NEG_WINDOW`` words before it and with no word of another subject (``POST_NEG_OTHER``) or of contrast
        (``NEG_CONTRAST``) between, nor such a word right after the duty; or one of ``NEG_AFTER`` right after it
        (``NEG_COPULAS``)."""
        n = len(toks)
        other = self._post_other
        if last + 1 >= n or not toks[last + 1].startswith(other):
            stops = self._neg_stops
            for j in range(first - 1, max(first - 1 - NEG_WINDOW, -1), -1):
                t = toks[j]
                if t in stops or t.startswith(other):
                    break
                if t in before and toks[j + 1] not in NEG_NOT:
                    return True
        for j in range(last + 1, min(n, last + 3)):
            t = toks[j]
            if t in BREAKS or t.startswith(other):
                break
            if t in self._neg_after or t.endswith(UZ_NOT_YOU):
                if t not in self._copulas:
                    return True
                return j == last + 1 and not self._only_before(toks, first)
        return False

    def _only_before(self, toks: list[str], first: int) -> bool:
        """Whether a word of ``NEG_ONLY`` stands in the clause of a duty starting at ``first``, up to ``NEG_WINDOW``
        words before it."""
        return not self._only.isdisjoint(toks[_clause_start(toks, first, NEG_WINDOW):first])

    def _negated_after(self, toks: list[str], last: int) -> bool:
        """Whether a negation of ``POST_NEG_RULES`` ends the clause of a duty ending at ``last``, within
        ``POST_NEG_WINDOW`` words and with no word of another subject or clause (``POST_NEG_OTHER``, ``POST_NEG_STOPS``)
        before it."""
        post_neg = self._post_neg
        for j in range(last + 1, min(len(toks), last + 1 + POST_NEG_WINDOW)):
            t = toks[j]
            if t in BREAKS:
                if t in _DASHES and toks[j + 1:j + 2] and toks[j + 1] in _DASH_COPULAS:
                    continue
                return False
            if t in self._post_stops or t.startswith(self._post_other):
                return False
            for between, then, unless, lead, before, other in post_neg.get(t, ()):
                if j + 1 < len(toks) and toks[j + 1] in unless:
                    continue
                if then is not None and _word_after(toks, j, lead) not in then:
                    continue
                if before is not None and toks[j - 1] not in before:
                    continue
                if other and not other.isdisjoint(toks[last + 1:j]):
                    continue
                if between is None or not between.isdisjoint(toks[last + 1:j]):
                    return True
        return False
