"""Titles: the marks a title's words are read as (pseudo-tags, as ``NOT_VA``), and what a title's marks say of its role.

Pseudo-tags starting with "_" (``NOT_VA`` and the marks of not_va_titles' role
kinds) are read in titles only: "Администратор ресторана" names an administrator
and a restaurant, a not-VA title (``Matcher.role_kind``); but ``LEADS``, a duty of
leading people ("Manage a team of 6"), and the marks of an advert (``adverts``) in descriptions only.
"""
from __future__ import annotations

from bisect import bisect_right

from pipeline.tags.matcher.phrases import GAP, GAP_WORDS, Hit, hit_span, is_within
from pipeline.tags.matcher.reading import Reading
from pipeline.tags.matcher.tokens import BREAKS
from pipeline.textnorm import fold

NOT_VA = "_not_va"  # pseudo-tag of the taxonomy's not_va_titles: a model feature, never a tag
# Pseudo-tags ("marks") start with "_" and are read in titles only (but ``adverts.BODY_MARKS``): NOT_VA, the roles and
# words of not_va_titles' role_kinds, and ONLINE, a title's word saying the work is virtual, remote or online.
ONLINE = "_online"
# The mark of general_admin's task_assistants roles: an assistant's bare title word ("Assistant", "Помощник",
# "yordamchi"), a generalist role only when no task of ``Matcher.task_assistant_tags`` qualifies it
# (``Matcher.task_assistant``).
ASSISTANT = "_assistant"
# The mark of task_assistants' fields: an assistant's title word after the field it works in ("Marketing Assistant",
# "E-commerce Assistant"), which qualifies it as a task does.
FIELD = "_field"
# The mark of not_va_titles' assisted pairs: an assistant's word and the word of the person assisted ("Помощник
# генерального директора", "EA to the Chief Operating Officer"; ``Matcher.assists_them``).
ASSISTED = "_assisted"
# The mark of those pairs written with the person's word first ("CEO Assistant", "Director's PA", "Direktor
# yordamchisi"): the person's department stands before them, not after.
PERSON_FIRST = "_person_first"
# The mark of not_va_titles' heads: a head of a team or function ("Head of", "Director", «Руководитель»), whose title's
# tasks after it name what the head leads (``pipeline.tags._read_title``).
HEAD = "_head"
# The mark of not_va_titles' recruiters ("Recruiter", «Рекрутер», «کارشناس جذب اپراتور»), whose title's tasks name the
# roles the recruiter hires for (``pipeline.tags._read_title``).
RECRUITER = "_recruiter"
# The mark of not_va_titles' teachers ("Lecturer", «Преподаватель», "o'qituvchi", «مدرس»), whose title's tasks after
# the teacher's word name the subject taught ("Lecturer in Business and Office Administration", «مدرس رشته مدیریت
# امور دفتری»; ``pipeline.tags._read_title``).
TEACHER = "_teacher"
# The mark of project_management's coordinators ("Project Coordinator", «Координатор проектов»): a coordinator of
# projects, read as an assistant of that task where the description names other work (``pipeline.tags._read_scores``).
COORDINATOR = "_coordinator"
# The mark of its managers: a manager of projects ("Project Manager"), whose title is read as a manager's even where it
# names a coordinator too ("Project Manager / Coordinator").
PROJECT_MANAGER = "_project_manager"
# The marks of not_va_titles' trainees: an intern's or trainee's word ("Intern", «Стажёр», "amaliyotchi", «کارآموز»),
# and a department's whose not-VA word such a title is read past ("HR Intern"; ``pipeline.tags._read_title``).
TRAINEE = "_trainee"
DEPARTMENT = "_department"
# The mark of the taxonomy's leads_people: a duty of leading people ("Manage a team of 6", «Руководство командой»,
# «تیم را رهبری کند»), the one mark read in a description, not a title: a not-VA sign to the relevance model
# (``pipeline.tags._read_scores``, ``model.features_for``), since a head or manager whose work is running a team does
# no VA work however its title reads ("Manager, Captioning Operations", «مدیر محتوا»).
LEADS = "_leads"
# Marks that join two roles in a title where the tokens keep none ("Director / Assistant"; ``Matcher.joined``).
_JOINS = "/\\&+"
_ROLE = "_role"  # the mark of a role kind's roles: "_role0", "_role1" …


def is_role(tag: str) -> bool:
    """Whether a hit's ``tag`` is the mark of a role kind's role (``Matcher.role_kind``)."""
    return tag.startswith(_ROLE)


def _after_person(assisted: dict) -> dict[str, list[str]]:
    """not_va_titles' ``assisted`` written with the person first where a language also writes it so: each person's
    word right before each of ``after_person``'s words ("ceo assistant*", "director* PA"), but a person's word ending
    in a link ("head of")."""
    persons = assisted.get("persons", {})
    links = {lang: {fold(w) for w in words} for lang, words in assisted.get("links", {}).items()}
    return {lang: [f"{p} {a}" for a in words for p in persons.get(lang, ())
                   if fold(p.split()[-1]) not in links.get(lang, set())]
            for lang, words in assisted.get("after_person", {}).items()}


def _assisted_pairs(assisted: dict) -> dict[str, list[str]]:
    """not_va_titles' ``assisted`` as pairs per language: each assistant's word, a gap, each person's word ("помощник*
    ... директор*"), or the person's first in a language of ``person_first`` ("direktor* ... yordamchi*")."""
    persons = assisted.get("persons", {})
    first = set(assisted.get("person_first", ()))
    return {lang: [f"{p} {GAP} {a}" if lang in first else f"{a} {GAP} {p}" for a in words
                   for p in persons.get(lang, ())]
            for lang, words in assisted.get("assistants", {}).items()}


class ReadsTitles:
    """The part of ``Matcher`` that reads a title's marks: a role of a not-VA kind (``role_kind``), an assistant of a
    task (``task_assistant``), an assistant to one person (``assists_them``) and two roles joined (``joined``). Its
    marks are indexed with the taxonomy's phrases, and ``role_kinds``, ``task_assistant_tags`` and ``_links`` read from
    its not-VA titles (``Matcher.__init__``)."""

    def role_kind(self, marks: set[str]) -> bool:
        """Whether a title holding these marks (its hits of pseudo-tags) names a role of a not-VA kind: one of its
        roles and one of its words, and, for a kind an online title escapes, no ``ONLINE`` word."""
        return any(role in marks and word in marks and not (exempt and ONLINE in marks)
                   for role, word, exempt in self.role_kinds)

    def task_assistant(self, hits: list[Hit], score: dict[str, float]) -> bool:
        """Whether a title (its ``hits`` and ``score`` per tag) names an assistant of a task, not a generalist one: its
        ``general_admin`` words are only an assistant's bare title word (mark ``ASSISTANT``) and it names a task of
        ``task_assistant_tags`` ("Bookkeeping Assistant", "Помощник бухгалтера", "Buxgalter yordamchisi", "Администратор
        сайта") or the assistant's field (mark ``FIELD``: "Marketing Assistant", "YouTube Channel Assistant", «دستیار
        تولید پادکست»). An assistant to a person ("Помощник руководителя", "Executive Assistant"), at a front desk or
        in an office stays one, and so does a "Virtual Assistant" of any task or field, and an assistant to a person of
        a field («دستیار مدیر کانال یوتیوب»: the channel's manager's)."""
        fielded = any(h.tag == FIELD for h in hits) and all(h.tag not in (ASSISTED, PERSON_FIRST) for h in hits)
        if not fielded and not any(score.get(t, 0.0) >= 1.0 for t in self.task_assistant_tags):
            return False
        roles = [h.evidence for h in hits if h.tag == ASSISTANT]
        return bool(roles) and all(any(is_within(h.evidence, role) for role in roles)
                                   for h in hits if h.tag == "general_admin")

    def assisted(self, hits: list[Hit], reading: Reading) -> list[Hit]:
        """A title's ``hits`` without its assisted pairs (marks ``ASSISTED``, ``PERSON_FIRST``) that join two roles
        ("Director / Assistant", "Director & Assistant"; ``joined``)."""
        return [h for h in hits if h.tag not in (ASSISTED, PERSON_FIRST) or self.joined(reading, *hit_span(h))]

    def assists_them(self, hits: list[Hit], toks: list[str]) -> bool:
        """Whether every not-VA word of a title (its ``hits``, read from ``toks``) names the person an assistant works
        for, so that the role is the assistant's, not the director's: it lies within the title's phrase of an assistant
        to one person (``personal_errands``: "Direktor yordamchisi", "Assistant to the Director"), or overlaps one of
        its assisted pairs (marks ``ASSISTED``: "Помощник генерального директора", "Помощник руководителя отдела";
        ``PERSON_FIRST``: "COO Executive Assistant") but for a not-VA role of its own spanning the whole pair, or stands
        after a pair of ``ASSISTED`` behind a link word ("of", "по": "Assistant to the Director of Engineering",
        "Помощник директора по производству"), up to ``GAP_WORDS`` words on in its clause. A not-VA word with no link
        ("Помощник руководителя строительства", "Engineering Director's Assistant") still counts: such a title is
        as often the field's junior manager as the head's assistant, and its description decides."""
        not_va = [h for h in hits if h.tag == NOT_VA]
        if not not_va:
            return True
        theirs = [h.evidence for h in hits if h.tag == "personal_errands" and h.weight >= 1.0]
        pairs = [(*hit_span(h), h.tag == PERSON_FIRST) for h in hits if h.tag in (ASSISTED, PERSON_FIRST)]
        if not theirs and not pairs:
            return False
        for h in not_va:
            if any(is_within(h.evidence, span) for span in theirs):
                continue
            first, last = hit_span(h)
            if not any(self._names_the_person(toks, first, last, *pair) for pair in pairs):
                return False
        return True

    def _names_the_person(self, toks: list[str], first: int, last: int, start: int, end: int,
                          person_first: bool) -> bool:
        """Whether the not-VA words at ``toks[first:last + 1]`` name the person of an assisted pair at
        ``toks[start:end + 1]`` (``assists_them``)."""
        if first <= end and last >= start:
            return first > start or last < end
        if first < start or person_first:
            return False
        between = toks[end + 1:first]
        if toks[end] not in self._links and (not between or between[0] not in self._links):
            return False
        return len(between) <= GAP_WORDS and BREAKS.isdisjoint(between)

    def joined(self, reading: Reading, i: int, j: int) -> bool:
        """Whether the words ``toks[i]`` and ``toks[j]`` (i < j) are written with no "/", "&" or "+" between, which
        the tokens drop: such a mark joins two roles ("Director / Assistant", "Director & Assistant")."""
        ends = reading.chunk_ends()
        a, b = bisect_right(ends, i), bisect_right(ends, j)
        for c in range(a, min(b, len(ends) - 1) + 1):
            chunk = reading.chunks[c]
            start = ends[c - 1] if c else 0
            for k, char in enumerate(chunk):
                if char in _JOINS and i < start + len(self.read(chunk[:k]).toks) <= j:
                    return False
        return True
