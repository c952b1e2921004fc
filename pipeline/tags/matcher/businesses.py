"""A task's words naming a business, not a duty: the kind of firm an agency, a client or the clients are, the kind of
product a company makes, and what a course, a school or a coach teaches (``ReadsBusinesses._names_a_business``).
"""
from __future__ import annotations

from collections.abc import Callable

from pipeline.tags.matcher.parties import _FA_PREPOSITIONS, _NOT_A_VERB
from pipeline.tags.matcher.tokens import BREAKS, _folded_words, _words_read

# A task's words naming a business, not a duty (``Matcher._names_a_business``): the kind of firm an agency, a client
# or the clients are ("a boutique travel agency", "Client: Market Research Firm", "a social media agency in London",
# "Remote VA Agency", «услуги бухгалтерского аутсорсинга», "sayohat agentligi", "buxgalteriya kompaniyasi", «یک آژانس
# مسافرتی», «یک دفتر حسابداری»): the task words before a firm's noun (English, Russian, Uzbek), or after one (Persian),
# with at most one word between that is no function word ("an accounting software company", «شرکت نرم‌افزار
# حسابداری»; not "bookkeeping for companies", «شرکت در جلسات»). So is the kind of software, app, service or platform a
# company makes or the seeker supports, its product ("invoicing software for online shops", "an expense-tracking and
# invoicing app", «تولیدکننده نرم‌افزار حسابداری», «کارشناس پشتیبانی نرم‌افزار حسابداری», «اپلیکیشن نوبت‌دهی»,
# "qabulga yozish ilovasi"; Russian names it before its task words, «Сервис онлайн-записи для барбершопов», «платформа
# для email-рассылок»: ``PRODUCT_NOUNS_RU``); the work done in it stays a duty ("Schedule appointments in our software",
# «вести онлайн-запись в сервисе YCLIENTS», «вносить записи в сервис онлайн-записи»).
BUSINESS_NOUNS: tuple[str, ...] = (
    "agency", "agencies", "firm", "firms", "company", "companies", "practice", "outsourcer", "outsourcers",
    "consultancy", "consultancies", "studio", "studios", "bureau", "software", "app", "apps",
)
# Russian: a firm's noun in any case after an adjective («бухгалтерского аутсорсинга», «рекламные агентства»; not
# «корреспонденцию компании», the company's own); Uzbek: a firm's noun with its possessive ("sayohat agentligi",
# "buxgalteriya kompaniyasi") or in the plural ("turistik agentliklar"). Folded.
BUSINESS_STEMS_RU: tuple[str, ...] = ("agentstv", "kompani", "firm", "autsorsing", "byuro")
_RU_ADJECTIVE = ("iy", "oy", "aya", "ye", "ogo", "ix", "uyu", "im", "oj")
BUSINESS_STEMS_UZ: tuple[str, ...] = ("agentligi", "agentliklar", "kompaniyasi", "kompaniyalar", "firmasi",
                                      "firmalar", "ilovasi", "ilovalar", "platformasi", "platformalar")
BUSINESS_NOUNS_FA: tuple[str, ...] = ("آژانس", "آژانسهای", "شرکت", "شرکتهای", "دفتر", "دفاتر", "موسسه", "مؤسسه",
                                      "نرمافزار", "نرمافزارهای", "افزار", "افزارهای", "اپلیکیشن", "اپلیکیشنهای",
                                      "پلتفرم", "پلتفرمهای")
# A product's noun a Russian sentence names before its task words, in the nominative, genitive or accusative
# («Сервис онлайн-записи», «делаем сервис email-рассылок», «платформа для email-рассылок»), «для» at most between; not
# after a preposition of where the work is done («в сервис онлайн-записи», «через приложение»), nor in the prepositional
# case («в сервисе онлайн-записи»). Folded.
PRODUCT_NOUNS_RU: tuple[str, ...] = ("servis", "servisa", "platforma", "platformi", "platformu", "prilojeniye",
                                     "prilojeniya")
_PRODUCT_LINK_RU = "dlya"
_WHERE_RU = frozenset(("v", "vo", "cherez", "s", "so", "na", "po", "iz", "k"))
_BUSINESS_BETWEEN = 1
# What a course, a school, an academy or a coach teaches, named with a task's words, is its topic, no duty (read by
# ``Matcher._names_a_business`` as a firm's kind is): the topic before such a noun ("a bookkeeping course", "an SMM
# school", "a copywriting coach", "SMM-курс", «бухгалтерские курсы», "SMM kursi", "buxgalteriya kurslari"), or after
# one or a verb of teaching, a link word at most between ("a course on bookkeeping", "teaches bookkeeping", «курс по
# SMM», «школа SMM», «обучаем бухгалтерии»; in Persian after such a noun, «دوره‌های آنلاین حسابداری», «آموزش اکسل»); not
# "bookkeeping for course creators", "answer course questions", «ответы ученикам курса».
TOPIC_NOUNS: tuple[str, ...] = (
    "course", "courses", "school", "schools", "academy", "academies", "bootcamp", "bootcamps", "coach", "coaches",
    "masterclass", "masterclasses",
)
TOPIC_STEMS_UZ: tuple[str, ...] = ("kursi", "kurslar", "maktabi", "akademiyasi")  # (and Russian «курсы», "kursi")
TOPIC_BEFORE: tuple[str, ...] = ("course", "courses", "teach", "teaches", "teaching", "taught")
TOPIC_STEMS_RU: tuple[str, ...] = ("kurs", "shkol", "akademi", "obucheni", "obuchayem", "uchim")  # (folded)
TOPIC_NOUNS_FA: tuple[str, ...] = ("دوره", "دورههای", "آموزشگاه", "آموزشگاههای", "آکادمی", "کلاس", "کلاسهای",
                                   "آموزش")
_TOPIC_LINKS = frozenset(("on", "in", "about", "po"))  # ("po": «по», folded)
_TOPIC_AND_BACK = 4  # in a title, words read back past a task's word for a course's noun or link, at most


class ReadsBusinesses:
    """The part of ``Matcher`` that reads a task's words as the kind of a business (``_names_a_business``). Its nouns,
    read also as the matcher spells a text's words, are set by ``_read_businesses``; the words met so far that may be a
    firm's noun (``_business_words``, filled by ``Matcher._learn``) tell where a hit is looked at so."""

    def _read_businesses(self, spell: Callable[[str], str] | None) -> None:
        self._business = _words_read(_folded_words(BUSINESS_NOUNS), spell)
        self._business_fa = _words_read(_folded_words(BUSINESS_NOUNS_FA), spell)
        self._products_ru = _words_read(PRODUCT_NOUNS_RU, spell)
        self._topic = _words_read(_folded_words(TOPIC_NOUNS), spell)
        self._topic_before = _words_read(_folded_words(TOPIC_BEFORE), spell)
        self._topic_fa = _words_read(_folded_words(TOPIC_NOUNS_FA), spell)
        self._business_words: set[str] = set()  # words read so far that may be a firm's noun (``_names_a_business``)

    def _names_a_business(self, toks: list[str], first: int, last: int, in_title: bool = False) -> bool:
        """Whether the words at ``toks[first:last + 1]`` name the kind of a firm (``BUSINESS_NOUNS``): a firm's noun
        after them, or in Persian before them, at most ``_BUSINESS_BETWEEN`` words apart, none a function word; or a
        Russian product's noun before them (``PRODUCT_NOUNS_RU``); or what a course, a school or a coach teaches
        (``TOPIC_NOUNS``): such a noun after them, or before them with a link word at most between ("a course on …",
        «курс по …»), or a verb of teaching ("teaches …"); in a title, up to ``_TOPIC_AND_BACK`` words more before them
        (a second topic: «курс по SMM и ведению соцсетей»)."""
        n = len(toks)
        for j in range(last + 1, min(n, last + 2 + _BUSINESS_BETWEEN)):
            t = toks[j]
            if t in self._business or t.startswith(BUSINESS_STEMS_UZ) or (
                    t.startswith(BUSINESS_STEMS_RU) and toks[j - 1].endswith(_RU_ADJECTIVE)):
                return True
            if j == last + 1 and (t in self._topic or t.startswith(TOPIC_STEMS_UZ) or (
                    t.startswith(TOPIC_STEMS_RU) and toks[last].endswith(_RU_ADJECTIVE))):
                # (a course's topic right before its noun: "Data Analyst - Online Courses" is no topic, nor «тексты
                # лендингов курсов», the courses' landing pages)
                return True
            if t in BREAKS or t in _NOT_A_VERB:
                break
        if "\u0600" <= toks[first][0] <= "\u06ff":
            for j in range(first - 1, max(first - 2 - _BUSINESS_BETWEEN, -1), -1):
                t = toks[j]
                if t in self._business_fa or t in self._topic_fa:
                    return True
                if t in BREAKS or t in _FA_PREPOSITIONS:
                    break
        else:
            j = first - 1
            if j > 0 and toks[j] == _PRODUCT_LINK_RU:
                j -= 1
            if j >= 0 and toks[j] in self._products_ru and (j == 0 or toks[j - 1] not in _WHERE_RU):
                return True
            if first:
                k = first - 1
                if k and toks[k] in _TOPIC_LINKS:
                    k -= 1
                t = toks[k]
                if t in self._topic_before or (t.startswith(TOPIC_STEMS_RU) and "a" <= toks[first][0] <= "z"):
                    return True
        if in_title and first > 1:
            # a title's topic read on past the first task, to a break ("… для курса по SMM и ведению соцсетей", «مدرس
            # دوره آنلاین اکسل و ورود اطلاعات»)
            for j in range(first - 1, max(first - 2 - _TOPIC_AND_BACK, -1), -1):
                t = toks[j]
                if t in BREAKS:
                    break
                if t in self._topic_fa or (t in self._topic_before or t.startswith(TOPIC_STEMS_RU)) and (
                        toks[j + 1] in _TOPIC_LINKS or t not in self._topic):
                    return True
        return False
