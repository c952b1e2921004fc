"""Boilerplate: the sentences, clauses and sections of a posting that ask for no duty, whose phrases count for little.

Sentences about the company, the benefits, equal opportunity or
how to apply, and sections under such headings, count for little; so do the
lines under a requirements or skills heading ("Requirements", "Требования",
"Talablar", "شرایط احراز"): a posting's tags are the tasks it asks for, not the
skills it wants ("familiarity with social media" under "Requirements" is no
social-media duty), until a duties heading ("Responsibilities", "Обязанности",
"وظایف") or any heading ending in ":" follows. A requirements label with its list
on the same line ("Talablar: kompyuter savodxonligi, ijtimoiy tarmoqlardan
foydalana olish.") counts so to its sentence's end, and the clause of a skill
wanted ("… social media trends is a plus", "… будет плюсом", "مزیت محسوب می شود"),
of a communication skill ("strong communication skills over the phone and email")
and of the way to apply ("To apply, send your CV by email") counts as boilerplate
too (``MENTION_CUES``). So do the paragraphs before a duties heading ("What you'll do", "Обязанности:") that do not
speak to the seeker: the company's blurb, what it sells or does ("… the invoicing platform for 30,000 online stores";
``DUTIES_HEADINGS``, ``SEEKER_WORDS``); a section of the company or the requirements ends at such a heading too.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from pipeline.tags.matcher.negation import _NEG_LIST_STOPS_RU, NEG_NOT
from pipeline.tags.matcher.tokens import (_CLAUSE_ENDS, BREAKS, _clause_end, _clause_start, _cues_read, _fold_cues,
                                          _folded_words, _sentence_start, _starts_with, _words_read)

# Boilerplate cues as token sequences (lowercase, as tokenized). A sentence holding one
# is about the employer, the benefits, EEO or how to apply.
BOILER_CUES: tuple[tuple[str, ...], ...] = (
    ("equal", "opportunity"), ("equal", "opportunities"), ("equal", "employment"), ("eeo",),
    ("without", "regard"), ("regardless", "of"), ("reasonable", "accommodation"),
    ("reasonable", "accommodations"), ("accommodations",), ("background", "check"),
    ("background", "checks"), ("we", "offer"), ("benefits",), ("perks",), ("health", "insurance"),
    ("dental",), ("401",), ("401k",), ("paid", "time", "off"), ("pto",), ("parental", "leave"),
    ("about", "us"), ("about", "the", "company"), ("who", "we", "are"), ("our", "mission"),
    ("our", "story"), ("why", "join"), ("how", "to", "apply"), ("please", "mention", "the", "word"),
    ("privacy", "policy"), ("privacy", "notice"), ("learn", "more", "about"), ("more", "information", "about"), ("мы", "предлагаем"), ("условия", "работы"),
    ("преимущества",), ("о", "компании"), ("biz", "taklif", "qilamiz"), ("kompaniya", "haqida"),
    ("imtiyozlar",), ("مزایا",), ("درباره", "ما"), ("درباره", "شرکت"), ("بیمه", "تکمیلی"),
    ("امکانات", "رفاهی"),
)
# … of which these name leave or an insurance, which an HR or payroll office's duties key and track ("Key approved hours
# and PTO into Gusto", "Log PTO balances", «ثبت بیمه تکمیلی پرسنل در اکسل»): after a duties heading they make no
# sentence boilerplate (``Matcher._scan_owned``); a benefits section there is one by its heading. Not "benefits": an
# HR generalist's "benefits administration" is no keying, and the dev split's HR associates read so would move the
# relevance model's refits.
BENEFIT_CUES: tuple[tuple[str, ...], ...] = (("paid", "time", "off"), ("pto",), ("parental", "leave"), ("بیمه", "تکمیلی"))
# A task word in the clause of one of these is a skill wanted or the way to apply, not a duty: the clause (from the
# last break mark before the cue, ``_MENTION_BEFORE`` tokens at most, to the next, ``_MENTION_AFTER`` at most) counts
# as boilerplate. Narrower than BOILER_CUES' sentence: a sentence of text flattened without breaks can hold the
# duties too.
MENTION_CUES: tuple[tuple[str, ...], ...] = (
    # a skill wanted, not asked for: "… is a plus", "… будет плюсом", "… afzallik hisoblanadi", "… مزیت محسوب می شود"
    ("a", "plus"), ("a", "bonus"), ("an", "asset"), ("nice", "to", "have"), ("bonus", "points"), ("плюсом",),
    ("приветствуется",), ("преимуществом",), ("afzallik",), ("afzal",), ("مزیت",), ("امتیاز", "محسوب"),
    # how to apply or reach the employer: "To apply, send your CV by email", "Резюме присылайте …", "… yuboring"
    ("to", "apply"), ("apply", "by"), ("apply", "via"), ("your", "cv"), ("your", "resume"), ("your", "application"),
    ("reach", "us"), ("contact", "us"), ("email", "us"), ("call", "us"), ("присылайте",), ("отправляйте",),
    ("направляйте",), ("ваше", "резюме"), ("откликайтесь",), ("звоните",), ("пишите",), ("yuboring",),
    ("rezyumeni",), ("rezyumengizni",), ("bog'laning",), ("qo'ng'iroq", "qiling"), ("yozing",),
    ("ارسال", "رزومه"), ("رزومه", "خود"), ("ارسال", "کنید"), ("ارسال", "نمایید"), ("تماس", "بگیرید"),
    # a communication skill, whatever channel it names: "strong communication skills over the phone and email"
    ("communication", "skills"), ("communication", "skill"), ("communications", "skills"),
    ("communication", "proficiency"), ("good", "communication"), ("excellent", "communication"),
    ("strong", "communication"), ("great", "communication"), ("clear", "communication"), ("умение", "общаться"),
    ("навыки", "общения"), ("навыки", "коммуникации"), ("коммуникабельность",), ("коммуникативные",),
    ("грамотная", "речь"), ("muloqot", "qila", "olish"), ("muloqot", "qobiliyati"), ("muloqotga", "kirishuvchan"),
    ("kirishimli",), ("مهارت", "ارتباطی"), ("مهارت", "های", "ارتباطی"), ("مهارتهای", "ارتباطی"),
    ("توانایی", "برقراری", "ارتباط"),
)
# What an internship or a traineeship shows the seeker, not what it asks of them: a cue of work met, watched or
# shadowed ("What you'll get exposure to: our paid ads …", "Shadow our Instagram shoots", "Watch how we schedule …",
# «Вы познакомитесь с таргетированной рекламой», «Вы увидите, как мы ведём соцсети»; ``_learned``) makes the rest of
# its sentence boilerplate, but from a word of the seeker or a "then" on ("Shadow our senior EA for a week, then
# manage …"); in Uzbek and Persian, whose verb ends the clause ("… bilan tanishasiz", «با … آشنا می‌شوید»), the clause
# before it. Not "sit in on" (a meeting sat in on is often one to take the notes of), nor "learn" (a trainee learns the
# work they will do).
LEARNING_CUES_AFTER: tuple[tuple[str, ...], ...] = (
    ("exposure", "to"), ("shadow",), ("shadowing",), ("watch", "how"), ("see", "how"), ("познакомитесь",),
    ("увидите",),
)
LEARNING_CUES_BEFORE: tuple[tuple[str, ...], ...] = (
    ("tanishasiz",), ("tanishib", "chiqasiz"), ("آشنا", "می‌شوید"), ("آشنا", "خواهید", "شد"),
)
# Words that point back at the sentence they close and give its work away, as others' or the poster's own: "Patients
# book appointments online and our front desks answer the phones; this role does neither", «Запись идёт через
# колл-центр — с этим вы работать не будете», «Календарём и почтой занимаюсь сам», "… call-markaz bor — ular bilan
# ishlash sizning vazifangiz emas", «نوبت‌دهی با پذیرش است و به شما مربوط نیست». The sentence up to the cue is
# boilerplate (``_GIVEN_AWAY``); what follows it is the seeker's again.
GIVEN_AWAY_CUES: tuple[tuple[str, ...], ...] = (
    ("this", "role", "does", "neither"), ("this", "role", "does", "none"), ("you", "won't", "do", "either"),
    ("с", "этим", "вы", "работать", "не", "будете"), ("этим", "вы", "заниматься", "не", "будете"),
    ("этим", "вы", "не", "занимаетесь"), ("с", "этим", "работать", "не", "нужно"), ("занимаюсь", "сам"),
    ("занимаюсь", "сама"), ("веду", "сам"), ("веду", "сама"),
    ("sizning", "vazifangiz", "emas"), ("vazifangizga", "kirmaydi"), ("bilan", "o'zim", "shug'ullanaman"),
    ("به", "شما", "مربوط", "نیست"), ("ربطی", "به", "شما", "ندارد"), ("کار", "شما", "نیست"),
)
_GIVEN_AWAY_STOPS = _NEG_LIST_STOPS_RU | frozenset(("esa",))  # words of contrast («а», «но», "esa", «اما» …)
_LEARNING_STOPS = ("then", "затем", "потом", "keyin", "سپس")  # a duty of the seeker's after what they are shown
_LEARNING_REACH = 30
# A short line starting with one of these opens a boilerplate section (the company, the benefits, and the
# requirements: skills wanted are not tasks asked for) ...
SECTION_CUES: tuple[tuple[str, ...], ...] = (
    ("about", "us"), ("about", "the", "company"), ("who", "we", "are"), ("benefits",), ("perks",),
    ("what", "we", "offer"), ("why", "join"), ("why", "work"), ("our", "culture"), ("our", "values"),
    ("our", "company"), ("equal", "opportunity"), ("compensation", "and", "benefits"),
    ("мы", "предлагаем"), ("условия",), ("о", "компании"), ("о", "нас"), ("biz", "taklif", "qilamiz"),
    ("مزایا",), ("درباره", "ما"), ("درباره", "شرکت"),
    ("requirements",), ("qualifications",), ("skills",), ("требования",), ("talablar",), ("شرایط", "احراز"),
    ("مهارتها",), ("nice", "to", "have"), ("bonus", "points"), ("extra", "credit"), ("требований",),
    # Persian boards' «مهارت‌های مورد نیاز» / «مهارت‌های لازم» (ezafe; the ZWNJ typed as a space too) and «شرایط»,
    # «شرایط و مزایا», «شرایط همکاری»: the skills wanted and the terms, as «условия» in Russian
    ("مهارتهای",), ("مهارت", "های"), ("شرایط",),
    ("minimum", "qualifications"),
    ("basic", "qualifications"), ("preferred", "qualifications"),
    ("basic", "requirements"), ("minimum", "requirements"), ("job", "requirements"), ("key", "requirements"),
    ("general", "requirements"), ("required", "skills"), ("required", "qualifications"), ("your", "qualifications"),
    ("competencies",), ("key", "competencies"), ("what", "you", "need"), ("what", "you'll", "need"),
    ("what", "you", "bring"), ("what", "you'll", "bring"), ("what", "we're", "looking", "for"),
    ("what", "we", "are", "looking", "for"), ("about", "you"), ("основные", "требования"), ("наши", "требования"),
    ("asosiy", "talablar"), ("nomzodga", "talablar"),
    ("about",),  # "About ModSquad:" — a line of at most _ABOUT_TOKENS, not "About the role" (``_sections``)
)
# ... and so does a heading of skills that are a plus ("Будет плюсом:", «Плюсом будет:», "Pluses", "Afzalliklar:",
# «موارد امتیازی:»), where the line is a heading, as for ``HIRING_CUES`` below: the skills under it are wanted, not asked
# for as duties, as under "Nice to have". Its words also label a list on the same line (``LABEL_CUES``).
PLUS_CUES: tuple[tuple[str, ...], ...] = (
    ("a", "plus"), ("pluses",), ("bonus",), ("будет", "плюсом"), ("плюсом", "будет"), ("будет", "преимуществом"),
    ("преимуществом", "будет"), ("afzallik",), ("afzalliklar",), ("qo'shimcha", "afzalliklar"),
    ("موارد", "امتیازی"), ("امتیازات", "مثبت"),
)
# ... and so does a heading of how the employer hires: its calls and e-mails are the seeker's interviews, no duty
# ("Interview process:\n- a 30-minute phone call …", «Этапы отбора:\n… телефонное интервью», "Tanlov bosqichlari:\n…
# telefon orqali suhbat", «مراحل استخدام»), when the line is a heading (no break mark in it but a colon ending it), not
# an item ("Interview process coordination: book candidates' calls").
HIRING_CUES: tuple[tuple[str, ...], ...] = (
    ("hiring", "process"), ("interview", "process"), ("recruitment", "process"), ("recruiting", "process"),
    ("application", "process"), ("selection", "process"), ("our", "hiring", "process"), ("our", "interview", "process"),
    ("our", "recruitment", "process"), ("our", "application", "process"), ("how", "we", "hire"),
    ("how", "we", "interview"), ("этапы", "отбора"), ("этапы", "собеседования"), ("этапы", "найма"),
    ("этапы", "конкурса"), ("процесс", "отбора"), ("процесс", "найма"), ("tanlov", "bosqichlari"),
    ("saralash", "bosqichlari"), ("suhbat", "bosqichlari"), ("tanlov", "jarayoni"), ("مراحل", "استخدام"),
    ("مراحل", "مصاحبه"), ("مراحل", "جذب"), ("فرآیند", "استخدام"), ("فرایند", "استخدام"),
)
# A requirements label with its list on the same line ("Talablar: kompyuter savodxonligi, …", "… . Requirements:
# typing, …"): the words after it, to the sentence's end or the next label's colon, are read as boilerplate. So is a
# label of the tools the team works in ("Tools: WordPress, Canva, Google Drive", "Our stack: …", «Инструменты: …»,
# "Dasturlar: …", «ابزارها: …»): the software the work is done in, not the work, which the duties name. So is a
# label of a number to call («Звонить: +998 90 …, Малика»): the way to reach the poster, not a call to make.
LABEL_CUES: tuple[tuple[str, ...], ...] = (
    ("requirements",), ("qualifications",), ("skills",), ("competencies",), ("требования",), ("talablar",),
    ("شرایط", "احراز"), ("مهارتها",), ("nice", "to", "have"), ("bonus", "points"),
    ("tools",), ("tools", "we", "use"), ("tools", "you'll", "use"), ("tools", "and", "software"),
    ("tools", "and", "services"), ("our", "tools"), ("our", "stack"), ("stack",), ("tech", "stack"), ("tool", "stack"),
    ("инструменты",), ("стек",), ("наш", "стек"), ("рабочие", "инструменты"), ("dasturlar",), ("vositalar",),
    ("ابزارها",), ("ابزار",), ("ابزارهای", "کاری"), ("звонить",),
) + PLUS_CUES
# ... which a short line starting with one of these, or ending in ":", closes.
DUTY_CUES: tuple[tuple[str, ...], ...] = (
    ("responsibilities",), ("what", "you"), ("the", "role"),
    ("about", "the", "role"), ("key", "responsibilities"), ("duties",), ("you", "will"),
    ("обязанности",), ("задачи",), ("شرح", "وظایف"), ("وظایف",),
    ("vazifalar",), ("mas'uliyat",), ("responsibility",), ("role",), ("tasks",),
    ("обязанностей",), ("مسئولیت",), ("مسئولیتها",), ("شرح", "کار"),
)
# A short line starting with one of these heads a posting's duties ("What you'll do", "Responsibilities",
# "Обязанности:", "شرح شغل"): the paragraphs before it that do not speak to the seeker (no word of ``SEEKER_WORDS``) are
# the company's blurb, what it sells or does ("Parcelfin is the shipping and invoicing platform for 30,000 online
# stores"), and count as boilerplate (``_company_paragraphs``).
DUTIES_HEADINGS: tuple[tuple[str, ...], ...] = tuple(c for c in DUTY_CUES if c != ("you", "will")) + (
    ("what", "you'll"), ("what", "you", "will"), ("your", "day"), ("in", "this", "role"), ("شرح", "شغل"),
    # in the seeker's possessive: "Your responsibilities", «Ваши задачи:», "Sizning vazifangiz:", «Вазифаларингиз:»
    ("your", "responsibilities"), ("your", "duties"), ("your", "tasks"), ("your", "role"), ("ваши", "задачи"),
    ("ваши", "обязанности"), ("sizning", "vazifangiz"), ("sizning", "vazifalaringiz"), ("vazifangiz",),
    ("vazifalaringiz",), ("sizning", "majburiyatlaringiz"),
)
_UNKEYED = frozenset(("the", "in", "this"))  # a heading is looked for where its first other word stands (``_key_at``)
SEEKER_WORDS: tuple[str, ...] = (
    "you", "your", "you'll", "you're", "you've", "looking", "seeking", "hiring", "hire", "join", "need", "needs",
    "ищет", "ищем", "ищут", "требуется", "требуются", "нужен", "нужна", "нужны", "приглашает", "приглашаем", "вы",
    "вас", "kerak", "izlanmoqda", "qidirmoqda", "taklif", "siz", "استخدام", "نیاز", "دعوت", "شما",
)
_HEADING_TOKENS = 8  # a "short line": at most this many tokens
# A heading or label saying what the role is not ("What you won't do", "Not in this role", "What's covered
# elsewhere", «Чем заниматься НЕ придётся:», «Чего в работе НЕ будет:», «آنچه بر عهده شما نیست:», «آنچه انجام
# نمی‌دهید:»): a short stretch ending a line or in a colon that holds a negation (or a word of ``ELSEWHERE`` after a
# question word) and a word of the seeker or the work (``EXCLUSION_WORDS``). What it heads, its lines to a blank line
# or the next heading, or its list on the same line to the sentence's end, is boilerplate (``_exclusions``).
EXCLUSION_WORDS: tuple[str, ...] = (
    "you", "your", "you'll", "role", "job", "position", "do", "duties", "tasks", "responsibilities",
    "работе", "работа", "работу", "заниматься", "делать", "обязанности", "обязанностей", "задачи", "вы", "вам", "вас",
    "входит", "должности", "شما", "انجام", "وظایف", "وظیفه", "موقعیت", "عهده",
    # "Not yours:", «Не ваше:», "Sizning vazifangiz emas:", "Sizniki emas:"
    "yours", "ваше", "ваша", "ваши", "siz", "sizning", "sizniki", "vazifangiz", "vazifalaringiz", "ishingiz",
    "zimmangizda",
    # "Not included: …", «شامل این نقش نمی‌شود: …»
    "included", "شامل",
)
# … of which a heading may open with this one, its negation a verb glued to its prefix (``_FA_NOT_VERB``) at its end
_EXCLUSION_OPENERS = ("شامل",)
ELSEWHERE = ("elsewhere", "others")
QUESTION_WORDS = ("what", "what's", "who", "чего", "чем", "что", "آنچه", "چه")
_FA_NOT_VERB = "نمی"  # a Persian verb's negative continuous prefix, glued: "نمی‌دهید" read as "نمیدهید"
_ABOUT_TOKENS = 4  # "About <Company>:" opens a section, "About 30% of the time …" does not
_NOT_ABOUT_A_COMPANY = frozenset({"the", "this", "you", "your"})  # "About the role": duties follow
_ABOUT_SECTIONS = frozenset({"us", "the", "you"})  # "About us", "About the company", "About you": a whole section

_FOLDED_BOILER_CUES = _fold_cues(BOILER_CUES)
_FOLDED_MENTION_CUES = _fold_cues(MENTION_CUES)
_FOLDED_LEARNING_AFTER = _fold_cues(LEARNING_CUES_AFTER)
_FOLDED_LEARNING_BEFORE = _fold_cues(LEARNING_CUES_BEFORE)
_FOLDED_GIVEN_AWAY = _fold_cues(GIVEN_AWAY_CUES)
# the kinds of ``Matcher._cues_at``: a BOILER_CUES cue (its sentence), a MENTION_CUES cue (its clause), and a learning
# cue (``LEARNING_CUES_AFTER``: the rest of its sentence; ``LEARNING_CUES_BEFORE``: its clause before it), and a cue
# giving its sentence's work away (``GIVEN_AWAY_CUES``: its sentence before it, past dashes and semicolons)
_SENTENCE_CUE, _MENTION_CUE, _LEARNING_AFTER, _LEARNING_BEFORE, _GIVEN_AWAY = range(5)
_FOLDED_HIRING_CUES = _fold_cues(HIRING_CUES)
_FOLDED_HEADING_CUES = _FOLDED_HIRING_CUES + _fold_cues(PLUS_CUES)  # sections opened by a heading line only
_FOLDED_SECTION_CUES = _fold_cues(SECTION_CUES) + _FOLDED_HEADING_CUES
_FOLDED_DUTY_CUES = _fold_cues(DUTY_CUES)
_FOLDED_LABEL_CUES = _fold_cues(LABEL_CUES)
_FOLDED_DUTIES_HEADINGS = _fold_cues(DUTIES_HEADINGS)

_FOLDED_SEEKER_WORDS = _folded_words(SEEKER_WORDS)
_FOLDED_EXCLUSION_WORDS = _folded_words(EXCLUSION_WORDS)
_FOLDED_ELSEWHERE = _folded_words(ELSEWHERE)
_FOLDED_QUESTION_WORDS = _folded_words(QUESTION_WORDS)
_DUTY_WORDS = frozenset(w for c in _FOLDED_DUTY_CUES for w in c if len(c) == 1)
_SECTION_MAX = 150  # tokens: a boilerplate section never swallows the rest of a posting
_BOILER_BEFORE, _BOILER_AFTER = 25, 40  # a flattened posting is one long sentence: stay near the cue
_MENTION_BEFORE, _MENTION_AFTER = 12, 12
_LABEL_ENDS = frozenset(("\n", ".", "!", "?", ":"))
BOILER_WEIGHT = 0.25


def _given_away_start(toks: list[str], at: int) -> int:
    """Where the work a cue of ``GIVEN_AWAY_CUES`` at ``at`` gives away begins: its sentence's start, ``_BOILER_BEFORE``
    tokens back at most, or after a word of contrast, which keeps what stands before it the seeker's ("Qo'ng'iroqlarga
    javob berish, hujjatlar esa sizning vazifangiz emas", «звонки ваши, а с этим вы работать не будете»)."""
    start = _sentence_start(toks, at, _BOILER_BEFORE)
    for j in range(at - 1, start - 1, -1):
        if toks[j] in _GIVEN_AWAY_STOPS:
            return j + 1
    return start


_COMMON = frozenset({"a", "an", "the", "to", "is", "by", "via", "for", "of", "and", "us", "your", "our", "have"})


def _key_of(cue: tuple[str, ...]) -> int:
    """The place of a cue's key word: its longest word but a common one ("plus" in "a plus", "cv" in "your cv")."""
    return max(range(len(cue)), key=lambda k: (cue[k] not in _COMMON, len(cue[k]), k))


def _label_end(toks: list[str], at: int) -> int:
    """Where the list of a requirements label that ends before ``at`` ends: at the sentence's end or the next
    label's colon ("… Vazifalar: …"), and ``_SECTION_MAX`` tokens on at most."""
    stop = min(len(toks), at + _SECTION_MAX)
    for j in range(at, stop):
        if toks[j] in _LABEL_ENDS:
            return j
    return stop


def _sections(toks: list[str], heads: list[int], first_words: frozenset[str],
              cues: dict[str, tuple[tuple[str, ...], ...]], duty_words: frozenset[str],
              duties: dict[str, tuple[tuple[str, ...], ...]],
              headings_only: tuple[tuple[str, ...], ...] = ()) -> list[tuple[int, int]]:
    """Boilerplate sections as token intervals. A short line opening one (``SECTION_CUES``; of ``headings_only``,
    ``HIRING_CUES`` and ``PLUS_CUES``, a heading with no break mark but a colon ending it) starts one; a later
    line of at most ``_HEADING_TOKENS`` + 4 tokens ends it when it ends in ":", is short and names duties or starts
    with a duties heading ("What you'll do"), or
    stands more than ``_SECTION_MAX`` tokens after the section's last such heading; a line of any length starting
    with a duties label ("Vazifalar: …") ends it too, and an "About <Company>" section ends with its first paragraph.

    ``heads``: the line starts whose first word may open a section. While one is open, every line is read.
    ``first_words``, ``cues``, ``duty_words``: ``SECTION_CUES``' first words, ``SECTION_CUES`` by first word and
    the one-word ``DUTY_CUES``, folded, as the matcher reads them; ``duties``: ``DUTIES_HEADINGS`` by first word.
    """
    n = len(toks)
    out: list[tuple[int, int]] = []
    section = at = -1
    k = 0
    paragraph = False  # the open section is a company's "About <Company>": its first paragraph only
    read = False  # a line of the open section read after its heading
    head = -1  # the open section's last heading ("Requirements" … "Nice to have"): _SECTION_MAX counts from it
    while True:
        if section < 0:  # on to the next line that may open one
            k = bisect_right(heads, at, k)
            if k == len(heads):
                break
            at = heads[k]
        else:  # on to the next line
            try:
                at = toks.index("\n", at) + 1
            except ValueError:
                break
            if at >= n:
                break
        try:
            end = toks.index("\n", at)
        except ValueError:
            end = n
        if end == at:
            if paragraph and read:
                out.append((section, at))
                section = -1
            continue
        read = section >= 0
        if section >= 0 and toks[at] in duty_words and at + 1 < n and toks[at + 1] == ":":
            out.append((section, at))  # a duties label with its list on the line ("Vazifalar: …"), of any length
            section = -1
            continue
        if end - at > _HEADING_TOKENS + 4:
            continue
        short = end - at <= _HEADING_TOKENS
        if (toks[at] in first_words and short and _starts_with(toks, at, cues[toks[at]])
                and _opens_section(toks, at, end, headings_only)):
            if section < 0:
                section = at
                paragraph = toks[at] == "about" and (at + 1 == end or toks[at + 1] not in _ABOUT_SECTIONS)
                read = False
            head = at
        elif section >= 0 and (toks[end - 1] == ":" or (short and not duty_words.isdisjoint(toks[at:end]))
                               or (short and toks[at] in duties and _starts_with(toks, at, duties[toks[at]]))):
            out.append((section, at))
            section = -1
        elif section >= 0 and at - head > _SECTION_MAX:
            out.append((section, at))
            section = -1
    if section >= 0:
        out.append((section, n))
    return out


def _key_at(cue: tuple[str, ...]) -> int:
    """The place of a heading's key word, where the scan looks for it: its first word, but "the", "in" or "this",
    which every text is full of ("The role": "role")."""
    return next((k for k, w in enumerate(cue) if w not in _UNKEYED), 0)


def _is_heading(toks: list[str], at: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the line at ``at`` is a short heading starting with one of ``cues``: no break mark in it but a colon
    ending it ("What you'll do", "Обязанности:"), not a sentence ("The role is remote.")."""
    try:
        end = toks.index("\n", at)
    except ValueError:
        end = len(toks)
    if end - at > _HEADING_TOKENS or not _starts_with(toks, at, cues):
        return False
    line = toks[at:end - 1] if toks[end - 1] == ":" else toks[at:end]
    return BREAKS.isdisjoint(line)


def _company_paragraphs(toks: list[str], duties: int, seeker: frozenset[str]) -> list[tuple[int, int]]:
    """The paragraphs before a posting's duties heading (at ``duties``) that speak not to the seeker (no word of
    ``seeker``) but of the company: what it sells or does, as token intervals."""
    out: list[tuple[int, int]] = []
    start = 0
    while start < duties:
        end = _paragraph_end(toks, start, duties)
        if seeker.isdisjoint(toks[start:end]):
            out.append((start, end))
        start = end + 2
    return out


def _paragraph_end(toks: list[str], at: int, stop: int) -> int:
    """Where the paragraph from ``at`` ends: at the next blank line (two line breaks), else at ``stop``."""
    try:
        while True:
            at = toks.index("\n", at, stop)
            if at + 1 < stop and toks[at + 1] == "\n":
                return at
            at += 1
    except ValueError:
        return stop


def _opens_section(toks: list[str], at: int, end: int, headings_only: tuple[tuple[str, ...], ...] = ()) -> bool:
    """Whether a short line (``toks[at:end]``) starting with a section cue opens a section: a line starting with
    "about" only when it is as short as "About <Company>:" and not "About the role"; one starting with a cue of
    ``headings_only`` when it holds no break mark (a heading line, with or without a colon ending it)."""
    if headings_only and _starts_with(toks, at, headings_only):
        return BREAKS.isdisjoint(toks[at:end - 1] if toks[end - 1] == ":" else toks[at:end])
    if toks[at] != "about" or (at + 1 < end and toks[at + 1] == "you"):
        return True
    return end - at <= _ABOUT_TOKENS and (at + 1 == end or toks[at + 1] not in _NOT_ABOUT_A_COMPANY)


class ReadsSections:
    """The part of ``Matcher`` that reads boilerplate: a cue's sentence or clause, a section under a heading, a label's
    list, what a heading says the role is not (``_exclusions``), the paragraphs before the duties that speak not to the
    seeker. Its cues and headings, read also as the matcher spells a text's words, by the word the scan
    (``Matcher._scan_owned``) looks for them at (``_read_sections``)."""

    def _read_sections(self, spell: Callable[[str], str] | None) -> None:
        self._section_cues: dict[str, tuple[tuple[str, ...], ...]] = {}  # by first word
        for cue in _cues_read(_FOLDED_SECTION_CUES, spell):
            self._section_cues[cue[0]] = self._section_cues.get(cue[0], ()) + (cue,)
        self._heading_cues = _cues_read(_FOLDED_HEADING_CUES, spell)  # (sections opened by a heading only)
        self._section_first = frozenset(self._section_cues)
        self._duty_words = _words_read(_DUTY_WORDS, spell)
        # a cue's key word -> the cues it is the key of, each with the key's place in it and its kind (_SENTENCE_CUE
        # …); a MENTION_CUES or learning cue is keyed by its rarest word (``_key_of``: "a plus" is looked at where
        # "plus" stands, not at each "a"), a BOILER_CUES cue by its first word
        # (each cue as a list, compared with a slice of the text's words as it is)
        self._cues_at: dict[str, tuple[tuple[list[str], int, int], ...]] = {}
        for cues, kind in ((_FOLDED_BOILER_CUES, _SENTENCE_CUE), (_FOLDED_MENTION_CUES, _MENTION_CUE),
                           (_FOLDED_LEARNING_AFTER, _LEARNING_AFTER), (_FOLDED_LEARNING_BEFORE, _LEARNING_BEFORE),
                           (_FOLDED_GIVEN_AWAY, _GIVEN_AWAY)):
            for cue in _cues_read(cues, spell):
                at = _key_of(cue) if kind != _SENTENCE_CUE else 0
                self._cues_at[cue[at]] = self._cues_at.get(cue[at], ()) + ((list(cue), at, kind),)
        # a duties heading's first word -> its headings; and its key word (``_key_at``) -> its headings with the key's
        # place in each
        self._duties_at: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._duties_keyed: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = {}
        for cue in _cues_read(_FOLDED_DUTIES_HEADINGS, spell):
            self._duties_at[cue[0]] = self._duties_at.get(cue[0], ()) + (cue,)
            at = _key_at(cue)
            self._duties_keyed[cue[at]] = self._duties_keyed.get(cue[at], ()) + ((cue, at),)
        # key words that stand inside a heading ("role" in "The role"): a line may start before them
        self._keyed_inside = frozenset(w for w, cues in self._duties_keyed.items() if any(at for _, at in cues))
        self._seeker_words = _words_read(_FOLDED_SEEKER_WORDS, spell)
        self._learning_stops = _words_read(_folded_words(_LEARNING_STOPS), spell) | self._seeker_words
        self._exclusion_words = _words_read(_FOLDED_EXCLUSION_WORDS, spell)
        self._elsewhere = _words_read(_FOLDED_ELSEWHERE, spell)
        self._question_words = _words_read(_FOLDED_QUESTION_WORDS, spell)
        # where a heading of what the role is not may be looked for, besides a negation (``_exclusions``)
        self._exclusion_cues = (self._elsewhere | self._question_words
                                | _words_read(_folded_words(_EXCLUSION_OPENERS), spell))
        self._benefit_cues = [list(cue) for cue in _cues_read(_fold_cues(BENEFIT_CUES), spell)]
        self._labels_at: dict[str, tuple[list[str], ...]] = {}  # (as lists, as ``_cues_at``)
        for cue in _cues_read(_FOLDED_LABEL_CUES, spell):
            self._labels_at[cue[0]] = self._labels_at.get(cue[0], ()) + ([*cue, ":"],)

    def _learned(self, toks: list[str], at: int) -> int:
        """Where the stretch a learning cue ending before ``at`` shows the seeker ends (``LEARNING_CUES_AFTER``): its
        sentence's end, a word of the seeker or a "then", at most ``_LEARNING_REACH`` tokens on."""
        stop = min(len(toks), at + _LEARNING_REACH)
        for j in range(at, stop):
            if toks[j] in _CLAUSE_ENDS or toks[j] in self._learning_stops:
                return j
        return stop

    def _exclusions(self, toks: list[str], marks: list[int]) -> list[tuple[int, int]]:
        """What a heading or label saying what the role is not (``EXCLUSION_WORDS``) heads, as token intervals: its
        list on the same line after its colon to the sentence's end, or its lines (``_excluded_lines``)."""
        out: list[tuple[int, int]] = []
        n = len(toks)
        done = -1
        for i in marks:
            if i < done:
                continue
            e = _clause_end(toks, i, _HEADING_TOKENS)
            if e >= n or toks[e] not in (":", "\n"):
                continue
            s = _clause_start(toks, i, _HEADING_TOKENS)
            colon = toks[e] == ":"
            if not colon and s and toks[s - 1] != "\n":
                continue
            if not self._says_not_the_role(toks[s:e], colon):
                continue
            if colon and e + 1 < n and toks[e + 1] != "\n":
                if toks[e + 1] in self._seeker_words:  # "Data entry is not your job: you will answer calls"
                    continue
                done = _label_end(toks, e + 1)
                out.append((e + 1, done))
            else:
                done = self._excluded_lines(toks, e + 1)
                out.append((s, done))
        return out

    def _says_not_the_role(self, head: list[str], colon: bool) -> bool:
        """Whether a short stretch (a line, or the words before a colon) heads what the role is not: a negation and a
        word of the seeker or the work ("What you won't do", "Not in this role", «Чего в работе НЕ будет»,
        «آنچه انجام نمی‌دهید»), opening the line or after a question word unless a colon ends it; or a question word
        and a word of ``ELSEWHERE`` ("What's covered elsewhere", "What sits with others")."""
        if not head:
            return False
        neg = next((k for k, t in enumerate(head) if t in self._neg_all
                    or (t.startswith(_FA_NOT_VERB) and len(t) > len(_FA_NOT_VERB))), -1)
        if neg < 0:
            return head[0] in self._question_words and not self._elsewhere.isdisjoint(head)
        if neg + 1 < len(head) and head[neg + 1] in NEG_NOT:  # "Not only data entry"
            return False
        if not (colon or neg == 0 or head[0] in self._question_words):
            return False
        return not self._exclusion_words.isdisjoint(head)

    def _excluded_lines(self, toks: list[str], at: int) -> int:
        """Where the lines under a heading of what the role is not, from ``at``, end: at a blank line after them, a
        line ending in a colon, a short line opening a section or naming duties, or a label ("Требования: …");
        ``_SECTION_MAX`` tokens on at most."""
        n = len(toks)
        stop = min(n, at + _SECTION_MAX)
        j = at
        read = False
        while j < stop:
            try:
                end = toks.index("\n", j)
            except ValueError:
                return stop
            line = toks[j:end]
            if not line:
                if read:
                    return j
            else:
                first = line[0]
                if read and ((line[-1] == ":" and len(line) <= _HEADING_TOKENS + 4)
                             or (first in self._section_first and len(line) <= _HEADING_TOKENS
                                 and _starts_with(toks, j, self._section_cues[first]))
                             or (first in self._duties_at and _is_heading(toks, j, self._duties_at[first]))
                             or (len(line) > 1 and line[1] == ":" and (first in self._section_first
                                                                        or first in self._duty_words))):
                    return j
                read = True
            j = end + 1
        return min(j, stop)
