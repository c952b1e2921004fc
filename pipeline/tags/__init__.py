"""Task tags and VA relevance for a posting.

``tag(posting)`` finds the taxonomy's phrases (``taxonomy.json``) in the title
and description, on text folded with ``pipeline.textnorm.fold`` (Uzbek and
Russian Cyrillic as Latin, Persian letter forms and ZWNJ unified), with
inflections, negation and boilerplate handling (``matcher``); a posting in
Uzbek Cyrillic typed on a Russian keyboard, with у, к, г, х, е for ў, қ, ғ, ҳ, ё,
is read as such (``matcher.russian_keyboard_matcher``), and Uzbek Latin typed without its apostrophes
("malumot") as such (``matcher.apostrophe_free_matcher``). Each tag gets a
score: a strong title phrase counts ``TITLE_WEIGHT``, each strong description
phrase 1 (``LIST_WEIGHT`` for the tag's decision when it opens an item of a list),
hints and boilerplate at most ``WEAK_CAP`` together. VA relevance
is a small logistic model over those scores, a not-VA title lexicon (its
words, and its role kinds: a restaurant's administrator, a salon's or clinic's front desk, a warehouse
assistant) and the title's words (``model``; weights in ``model.json``,
trained reproducibly by ``python -m pipeline.tags.train`` on the dev split of
``tests/data/tags_dev.jsonl``). A tag is kept when its score reaches the
tag's threshold (also in ``model.json``) and the posting is VA-relevant; a
relevant posting with no task over its threshold (``general_admin`` aside)
gets those a duty phrase names (score 1 or more), and else the fallback
``general_admin``. A posting that is not VA-relevant gets no tags: the
taxonomy describes VA work, and a developer job that mentions "calendar" asks
for none of it. Nor does an advert: a description offering the reader a course or a service
(``ADVERT_CUES``) is no job, whatever its title and lists name.

``TagResult.evidence`` holds, per tag, the words that set it, in folded form
(lowercase; Cyrillic shown in Latin).

``store_retag.retag(url)`` re-tags every stored posting with the current taxonomy (``vagigs retag``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from crawlers.items import PostingItem
from pipeline.tags.matcher import Matcher, apostrophe_free_matcher, default_matcher, russian_keyboard_matcher
from pipeline.tags.matcher.adverts import ADVERT
from pipeline.tags.matcher.keyboards import may_be_typed_on_russian_keyboard, may_be_uzbek_latin
from pipeline.tags.matcher.negation import NEG_BEFORE
from pipeline.tags.matcher.phrases import Hit, hit_span, is_abbreviation, is_within
from pipeline.tags.matcher.reading import Reading
from pipeline.tags.matcher.titles import (ASSISTANT, ASSISTED, COORDINATOR, DEPARTMENT, HEAD, LEADS, NOT_VA,
                                          PERSON_FIRST, PROJECT_MANAGER, RECRUITER, TEACHER, TRAINEE, is_role)
from pipeline.tags.matcher.tokens import BREAKS
from pipeline.tags.matcher.vacancies import vacancy_lines
from pipeline.tags.model import Model, default_model, features_for

__all__ = ["TagResult", "tag", "tag_text", "taxonomy_version", "version"]

TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
SCORE_CAP = 6.0
# Only the opening of a description is read: the role's tasks come first, while the tail of a
# long posting is company, benefits and legal text. On the dev split a 4,000-character cap
# leaves tag micro-F1 and relevance unchanged (0.894 -> 0.896) and saves ~15% of the time.
MAX_DESCRIPTION = 4000
WEAK_CAP = 0.6
# A strong phrase opening an item of a description's list ("- Sending invoices", "5. Выставление счетов", "- صدور
# فاکتور"; ``matcher.reading.Reading.opens_item``) is a duty listed by name: for the tag it counts LIST_WEIGHT, as the
# task named twice, since a tag's threshold (``model.json``: bookkeeping's and website updates' 1.6, e-commerce's 2.5)
# is fitted on postings naming the task in passing ("experience with QuickBooks", "our online store"). So does a duty
# said to the seeker in a clause of its own ("You'll add every new listing to our WordPress site", «Вы будете
# выставлять счета», «… 1C dasturiga kiritasiz»; ``matcher.listed._said_to_you``): prose names its duties so. The
# relevance model reads it as any phrase.
LIST_WEIGHT = 2.0
# The strong description phrases that let an intern or trainee of a not-VA department ("HR Intern") be read by its
# duties, not its department's word (``_read_scores``).
TRAINEE_DUTIES = 2.0
# Characters of a description's first line at most read as the title where the title is hashtags only
# (``_hashtag_title``): a role's line, not a paragraph.
HASHTAG_TITLE_LINE = 80
# A description offering the reader a course or a service (``matcher.adverts.ADVERT``: a course's start, its fee, the
# job it promises; a service's plans) in this many different words, in a post saying nowhere that it hires or pays
# (``Matcher.says_it_hires``), is an advert, not a job: one such word is a school's or an agency's job post speaking of
# its business ("… tell callers when the next group starts").
ADVERT_CUES = 2


@dataclass(frozen=True)
class TagResult:
    tags: list[str]
    scores: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    va_relevance: float = 0.0
    va_relevant: bool = False
    taxonomy_version: str = ""


def taxonomy_version() -> str:
    return default_matcher().version


def version() -> str:
    """The tagger's version, stamped on each posting it tags (``postings.tags_version``): the taxonomy's version and
    a fingerprint of the taxonomy, the relevance model and the code that reads them, each module of the ``matcher``
    package among it (``pipeline.fingerprint``)."""
    from pipeline import fingerprint
    from pipeline.tags import model as mdl

    here = fingerprint.PIPELINE
    return taxonomy_version() + "+" + fingerprint.of_files(
        here / "tags" / "taxonomy.json", mdl.MODEL_PATH, here / "tags" / "__init__.py",
        *sorted((here / "tags" / "matcher").glob("*.py")), here / "tags" / "model.py", here / "links.py",
        here / "textnorm.py", here / "places" / "__init__.py", here / "places" / "cities.tsv.gz",
        here / "places" / "us_states.json")


def tag(posting: PostingItem) -> TagResult:
    return tag_text(posting.title, posting.description)


def phrase_scores(title: str | None, description: str | None, boiler_weight: float = 0.25):
    """Per-tag title and description scores, the best evidence per tag, the folded title, and what the description's
    listed duties add to their tags' scores (``LIST_WEIGHT``; for ``combined_scores``).

    Only the first ``MAX_DESCRIPTION`` characters of the description are read.
    A title counts at most 1 per tag. In a description strong phrases add up,
    while weak hints ("~", "^" phrases outside a title, and anything in
    boilerplate, which also counts only ``boiler_weight``) add at most
    ``WEAK_CAP``: hints alone never make a tag.
    """
    matcher, title_read, description_read, ftitle = _readings(title, description)
    title_score, body_score, evidence, listed = _read_scores(matcher, title_read, description_read, boiler_weight)
    return title_score, body_score, evidence, ftitle, listed


def _readings(title: str | None, description: str | None) -> tuple[Matcher, Reading, Reading, str]:
    """The matcher that reads a posting, its title and description as that matcher reads them (``_read``), and the
    folded title words the relevance model reads.

    A posting that may be Uzbek typed on a Russian keyboard, with у, к, г, х, е for ў, қ, ғ, ҳ, ё
    (``matcher.keyboards.may_be_typed_on_russian_keyboard``), is read by ``russian_keyboard_matcher``, and one that may
    be Uzbek in Latin letters (``matcher.keyboards.may_be_uzbek_latin``) by ``apostrophe_free_matcher``; its title
    words for the model stay as folded, as for any posting. A title of hashtags only gives way to the description's
    first line (``_hashtag_title``)."""
    title, description = _hashtag_title(title, description)
    matcher = default_matcher()
    title_read, description_read = _read(matcher, title, description)
    ftitle = " ".join(title_read.words_only()).lower()  # an abbreviation read in capitals ("VA") as folded
    texts, readings = (title, description), (title_read, description_read)
    if may_be_typed_on_russian_keyboard(texts, readings):
        matcher = russian_keyboard_matcher()
    elif may_be_uzbek_latin(texts, readings):
        matcher = apostrophe_free_matcher()
    if matcher is not default_matcher():
        title_read, description_read = _read(matcher, title, description)
    return matcher, title_read, description_read, ftitle


def _hashtag_title(title: str | None, description: str | None) -> tuple[str | None, str | None]:
    """A title of hashtags only ("#vakansiya #ish #operator", «#вакансия #удалённо #кадры», «#استخدام #دورکاری»), as a
    Telegram post's first line runs, says how the post is found, not the role: the description's first line, where
    such a post names the role ("📞 Operator (nomzodlarni suhbatga yozish)", «Кадровик-делопроизводитель в …»), is
    read as the title, if short enough (``HASHTAG_TITLE_LINE``), and the rest as the description."""
    if not title or not description or "#" not in title or not all(w[0] == "#" for w in title.split()):
        return title, description
    first, _, rest = description.lstrip().partition("\n")
    if not first.strip() or len(first) > HASHTAG_TITLE_LINE:
        return title, description
    return first.strip(), rest


def _read(matcher: Matcher, title: str | None, description: str | None) -> tuple[Reading, Reading]:
    """The title, and the description's opening without its links, as the matcher reads them."""
    if description and len(description) > MAX_DESCRIPTION:
        cut = max(description.rfind(" ", 0, MAX_DESCRIPTION), description.rfind("\n", 0, MAX_DESCRIPTION))
        description = description[:cut if cut > 0 else MAX_DESCRIPTION]
    return matcher.read(title), matcher.read(description, strip_urls=True)


def _read_scores(matcher: Matcher, title: Reading, description: Reading, boiler_weight: float):
    """``phrase_scores`` of a title and description already read, without the folded title."""
    strong: dict[str, float] = {}
    listed: dict[str, float] = {}
    weak: dict[str, float] = {}
    evidence: dict[str, tuple[float, str]] = {}
    title_score, title_hits = _read_title(matcher, title)
    coordinator = next((h for h in title_hits if h.tag == COORDINATOR), None)
    trainee = any(h.tag == TRAINEE for h in title_hits)
    for h in title_hits:
        if h is not coordinator and h.tag != TRAINEE:
            _keep_evidence(evidence, h.tag, h.weight * TITLE_WEIGHT, h.evidence)
    own = own_words(title)
    leads = False
    adverts: set[str] = set()
    listed_roles, others = _vacancies(matcher, title_score, description)
    if listed_roles:
        title_score = {t: max(v, title_score.get(t, 0.0)) for t, v in listed_roles.items()} | {
            t: v for t, v in title_score.items() if t not in listed_roles}
    for tag_, weight, span, _, boiler, in_list, _ in matcher.match_reading(description, in_title=False, own=own,
                                                                           others=others):
        if tag_ == LEADS:
            # a duty of leading people (a sign to the relevance model); a requirement's or the company's is none
            leads = leads or not boiler
            continue
        if tag_ == ADVERT:
            adverts.add(span)
            continue
        if in_list:
            listed[tag_] = listed.get(tag_, 0.0) + (LIST_WEIGHT - 1.0) * weight
        if boiler:  # boilerplate is only a hint
            w = weight * boiler_weight
            weak[tag_] = weak.get(tag_, 0.0) + w
        else:
            w = weight
            if weight >= 1.0:
                strong[tag_] = strong.get(tag_, 0.0) + w
            else:
                weak[tag_] = weak.get(tag_, 0.0) + w
        prev = evidence.get(tag_)
        if prev is None or w > prev[0]:
            evidence[tag_] = (w, span)
    if len(adverts) >= ADVERT_CUES and not matcher.says_it_hires(description) and not matcher.says_it_hires(title):
        # an advert (``ADVERT_CUES``): no job, its title names no role and its lists (what is taught, what is done
        # for the customer) no duties
        return {NOT_VA: 1.0}, {}, {}, {}
    body_score = {t: min(strong.get(t, 0.0), SCORE_CAP) + min(weak.get(t, 0.0), WEAK_CAP)
                  for t in set(strong) | set(weak)}
    if leads:
        body_score[LEADS] = 1.0
    if TRAINEE in title_score:
        # an intern or trainee of a department whose word is a not-VA title ("HR Intern"): a not-VA title still, but
        # where its description names the seeker's tasks, two strong phrases at least (interviews scheduled, personnel
        # files kept), which a recruiting intern's sourcing and screening are not
        title_score = {t: v for t, v in title_score.items() if t != TRAINEE}
        if sum(strong.values()) < TRAINEE_DUTIES:
            title_score[NOT_VA] = 1.0
    listed = {t: min(extra, SCORE_CAP - min(strong[t], SCORE_CAP)) for t, extra in listed.items()}
    if coordinator is not None and (trainee or any(t != "project_management" for t in strong)):
        # a coordinator of projects doing other work beside the projects' own (meetings set, minutes, e-mails), or an
        # intern or trainee coordinating them ("Project Coordinator Intern", «Стажёр-координатор проектов»): project
        # management at an assistant's level, read as an assistant of a task is ("Bookkeeping Assistant")
        title_score = title_score | {"project_management": 1.0, "general_admin": 1.0, ASSISTANT: 1.0}
        _keep_evidence(evidence, "project_management", TITLE_WEIGHT, coordinator.evidence)
    return title_score, body_score, evidence, listed


def _vacancies(matcher: Matcher, title_score: dict[str, float],
               description: Reading) -> tuple[dict[str, float], list[tuple[int, int]]]:
    """A post listing several vacancies, one per line ("1️⃣ Office Manager", «۲- کارشناس فروش», "→ Product Designer",
    «🔹 SMM-менеджер»), each perhaps with its own duties below: the title score its open VA vacancies give (their lines
    read as titles; a not-VA title where it lists only not-VA ones), and the token intervals of the other vacancies'
    lines and duties, and of those said to be filled or closed (``matcher.vacancies.CLOSED_WORDS``: «✅ FILLED:» over
    a list, «Вакансии администратора и кассира закрыты»), which earn the post nothing.

    Read only where the title names no role of its own ("We're hiring 3 remote roles", «#استخدام», "#vakansiya Bizga
    xodimlar kerak!") and two lines of one marker's kind name a role (``matcher.vacancies.vacancy_lines``). A vacancy's
    duties are the lines after its own, to a blank line or the next line of its list's marker."""
    if title_score or "\n" not in description.toks:
        return {}, []
    lines = vacancy_lines(description)
    marked: dict[str, int] = {}
    for line in lines:
        if line.kind:
            marked[line.kind] = marked.get(line.kind, 0) + 1
    if not any(c >= 2 and all(line.head for line in lines if line.kind == x) for x, c in marked.items()):
        return {}, []  # (a list of vacancies names a role on each of its lines: a line with no head names none)
    roles: dict[int, dict[str, float]] = {}
    for k, line in enumerate(lines):
        if line.head and marked.get(line.kind, 0) >= 2:
            score = _read_title(matcher, matcher.read(line.head))[0]
            if score.get(NOT_VA) or any(v >= 1.0 and t[0] != "_" for t, v in score.items()):
                roles[k] = score
            elif not score and not line.closed and len(line.head.split()) <= VACANCY_BARE_WORDS:
                roles[k] = {NOT_VA: 1.0}  # a bare noun the lexicons do not know («جوشکار», "Dishwasher"): a trade
    # a list of vacancies: two lines or more of one marker's kind, each naming a role (a list of duties names tasks
    # and other things), one of them a not-VA role or a closed one; a numbered or lettered list before bullets, which
    # may be its duties
    kinds: dict[str, int] = {}
    for k in roles:
        kinds[lines[k].kind] = kinds.get(lines[k].kind, 0) + 1
    kinds = {x: c for x, c in kinds.items() if x and c >= 2 and c == sum(line.kind == x for line in lines) and any(
        lines[k].kind == x and (roles[k].get(NOT_VA) or lines[k].closed) for k in roles)}
    if not kinds:
        return {}, []
    kind = max(kinds, key=lambda x: (x in ("number", "letter"), kinds[x]))
    closed: set[int] = set()
    for k, line in enumerate(lines):
        if line.closed and k not in roles:  # «✅ FILLED:» over the roles filled, to the first line naming none
            j = k + 1
            while j < len(lines) and j in roles:
                closed.add(j)
                j += 1
        elif line.closed:
            closed.add(k)
    title: dict[str, float] = {}
    others: list[tuple[int, int]] = []
    open_roles = not_va = 0
    for k in sorted(roles):
        line, score = lines[k], roles[k]
        if k in closed:
            others.append((line.t0, line.t1))
            continue
        if line.kind != kind:
            continue
        if score.get(NOT_VA):
            not_va += 1
            j = k + 1
            while j < len(lines) and not lines[j].blank and lines[j].kind != kind and j not in closed and (
                    kind == "" and j not in roles or kind != "" and lines[j].kind != ""):
                j += 1
            others.append((line.t0, lines[j - 1].t1))
        else:
            open_roles += 1
            for t, v in score.items():
                title[t] = max(v, title.get(t, 0.0))
    for k, line in enumerate(lines):
        if line.closed and (k in closed or k + 1 in closed):
            others.append((line.t0, line.t1))
    if not open_roles and not_va:
        title[NOT_VA] = 1.0
    return title, sorted(others)


VACANCY_BARE_WORDS = 2  # a vacancy's line naming no role the lexicons know, at most this many words: a trade's noun


def own_words(title: Reading) -> frozenset[str]:
    """A title's words that may name the seeker's own team in the description (``Matcher.match_reading``): not its
    short words ("to", "of", "и"), nor the words a negation sets apart, to the next break mark: what the role is not
    («Менеджер по работе с клиентами (без продаж)», "… no sales targets": the sales team is another party)."""
    own = set()
    negated = False
    for w in title.toks:
        if w in NEG_BEFORE:
            negated = True
        elif w in BREAKS:
            negated = False
        elif len(w) > 3 and not negated:
            own.add(w)
    return frozenset(own)


def _read_title(matcher: Matcher, title: Reading) -> tuple[dict[str, float], list[Hit]]:
    """A title's score per tag (at most 1 each; ``NOT_VA`` among them) and the hits of tags that make it.

    A title naming a role of a not-VA kind (``Matcher.role_kind``: "Администратор ресторана", "Hotel Front Desk
    Administrator") and no task but in that role's own words is a not-VA title, and those words score nothing: the
    kind's role is no generalist admin, and a clinic's "receptionist" or "front desk" names its on-site role, not
    phone answering.

    A teacher names the subject taught after the teacher's word or before it ("Lecturer in Business and Office
    Administration", "Office Skills Tutor", «مدرس حق التدریس - رشته مدیریت امور دفتری»): no task of the seeker's, nor a
    generalist role; but a generalist role right beside the word names the teacher's assistant ("Teacher Assistant").

    A head of a team names what the team does after the head's word ("Head of Customer Support"; ``_led``), and a
    recruiter the roles hired for wherever the title names them ("Recruiter for call-centre operators", «Рекрутер
    операторов колл-центра», "Call-markaz operatorlarini yollash bo'yicha rekruter"): neither is the seeker's task,
    and the title scores none by them (but a generalist role of its own).

    Not-VA words naming whom a role before them serves ("Virtual Assistant for Lawyers", «Ассистент для юристов»,
    "Marketpleys menejeri – sotuvchilar bilan ishlaydigan agentlikka"; ``_served``) name its clients, not the role.

    A coordinator of projects ("Project Coordinator", «Координатор проектов», "Loyiha koordinatori", «هماهنگ‌کننده
    پروژه»; mark ``COORDINATOR``) in a title naming no generalist role, no not-VA one and no manager of projects
    ("Project Manager / Coordinator"; mark ``PROJECT_MANAGER``) is among the hits returned, not the score: whether it is
    read as an assistant of a task depends on its description (``_read_scores``), or on an intern's or trainee's word
    (mark ``TRAINEE``: "Project Coordinator Intern"), returned with it.

    An intern or trainee of a department whose word is a not-VA title's ("HR Intern", «Стажёр в HR»; ``_trained_in``)
    scores no not-VA mark by that word but ``TRAINEE``, which ``_read_scores`` makes a not-VA title again unless the
    description names the seeker's tasks."""
    hits = [h for h in matcher.assisted(matcher.match_reading(title, in_title=True), title)
            if not _an_hourly_rate(title.toks, h)]
    tags = {h.tag for h in hits}
    if "website_updates" in tags and "ecommerce_support" in tags:
        hits = _marketplace_content(hits)
    if any(h.tag == NOT_VA for h in hits):
        hits = [h for h in hits if h.tag != NOT_VA or not (_served(title.toks, h, hits) or _named_task(h, hits)
                                                            or _checks_a_task(h, hits, title.toks))]
    trainee = any(h.tag == NOT_VA for h in hits) and all(_trained_in(h, hits, title.toks)
                                                         for h in hits if h.tag == NOT_VA)
    if trainee:  # an intern or trainee of a department: its description decides (``_read_scores``)
        hits = [h for h in hits if h.tag != NOT_VA]
    marks = {h.tag for h in hits if h.tag[0] == "_"}  # NOT_VA and the other marks (``matcher.titles.ONLINE``)
    tasks = [h for h in hits if h.tag[0] != "_"]
    if len(marks) > 1 and matcher.role_kind(marks):
        roles = [h.evidence for h in hits if is_role(h.tag)]
        others = [h for h in tasks if not any(is_within(h.evidence, role) for role in roles)]
        score = _summed(others)
        if not _names_a_task(score):
            return score | {NOT_VA: 1.0}, others
    if not marks.isdisjoint((ASSISTED, PERSON_FIRST)) and "personal_errands" not in {
            h.tag for h in tasks if h.weight >= 1.0}:
        # an assistant to one person, however named ("Помощник генерального директора", "EA to the COO", "CEO
        # Assistant"): personal assistance, as "Помощник директора" and "Executive Assistant" say
        tasks.append(next(h._replace(tag="personal_errands") for h in hits if h.tag in (ASSISTED, PERSON_FIRST)))
    score = _summed(tasks)
    if ASSISTANT in marks and "general_admin" in score and matcher.task_assistant(hits, score):
        # an assistant of a task ("Bookkeeping Assistant"): its word still says VA work to the relevance model, but
        # names no generalist role (``combined_scores``)
        score[ASSISTANT] = 1.0
        tasks = [h for h in tasks if h.tag != "general_admin"]
    if NOT_VA in marks and not matcher.assists_them(hits, title.toks):
        score[NOT_VA] = 1.0
        workplace = [h for h in tasks if h.tag == _WORKPLACE]
        if workplace:
            # the marketplace, platform or shop a not-VA role works for ("Менеджер по закупкам — товары для
            # маркетплейсов", "Mahsulot fotografi (marketpleyslar uchun)", "Product Photographer – Amazon & Etsy
            # sellers", «عکاس محصول جهت فروشگاه اینترنتی»): where the buyer, the photographer or the picker works, not
            # a task of the seeker's
            tasks = [h for h in tasks if h.tag != _WORKPLACE]
            score = _summed(tasks) | {t: v for t, v in score.items() if t[0] == "_"}
        if HEAD in marks or RECRUITER in marks:
            heads = [h for h in hits if h.tag == HEAD]
            recruiters = [h for h in hits if h.tag == RECRUITER]
            theirs = [h for h in tasks if _led(heads, h) or (RECRUITER in marks and (
                h.tag not in _GENERALIST or _recruited(matcher, title, h, recruiters)))]
            if theirs:
                tasks = [h for h in tasks if h not in theirs]
                score = _summed(tasks) | {t: v for t, v in score.items() if t[0] == "_"}
        if TEACHER in marks:
            # a teacher's subject, after the teacher's word or before it ("Lecturer in Business and Office
            # Administration", "Office Skills Tutor", «مدرس رشته مدیریت امور دفتری»): what is taught, not the seeker's
            # task, nor a generalist role of its own; a generalist role right beside the teacher's word is the
            # teacher's assistant ("Teacher Assistant", «Ассистент преподавателя»), which stays as it was
            teachers = [hit_span(h) for h in hits if h.tag == TEACHER]
            taught = [h for h in tasks if h.tag not in _GENERALIST or all(
                hit_span(h)[1] + 1 < a or hit_span(h)[0] > b + 1 for a, b in teachers)]
            if taught:
                tasks = [h for h in tasks if h not in taught]
                score = _summed(tasks) | {t: v for t, v in score.items() if t[0] == "_"}
    elif COORDINATOR in marks and PROJECT_MANAGER not in marks and "general_admin" not in score:
        # for ``_read_scores``, with the description, and an intern's or trainee's word, if any
        tasks = tasks + [h for h in hits if h.tag == COORDINATOR or h.tag == TRAINEE]
    if trainee:
        score[TRAINEE] = 1.0
    return score, tasks


_HOUR = "hr"
_PER = frozenset(("per", "an", "a"))


def _an_hourly_rate(toks: list[str], hit: Hit) -> bool:
    """Whether a title's not-VA word "hr" (human resources) is an hour, after a number or "per": a rate or hours of
    work ("Lead List Builder – $6/hr", "10 hr/week", "$5 per hr")."""
    if hit.evidence != _HOUR or hit.at < 1:
        return False
    before = toks[hit.at - 1]
    return before.isdigit() or before in _PER


# A content manager's title words («Контент-менеджер», "Kontent menejer"), folded, and the marketplaces' names that
# make its content the marketplaces' product cards (evidence of ``ecommerce_support``, folded)
_CONTENT_MANAGER = "kontent"
_MARKETPLACES = ("marketpleys", "marketplace", "wildberries", "vayldberriz", "ozon", "wb", "uzum", "yandeks market",
                 "amazon", "etsy", "ebay", "دیجیکالا", "دیجی کالا", "مارکت پلیس", "مارکتپلیس", "باسلام")


def _marketplace_content(hits: list[Hit]) -> list[Hit]:
    """A title's hits without a content manager's words where the title names the marketplaces the content is for
    and no site («Контент-менеджер маркетплейсов (WB, Ozon)», "Uzum Market uchun kontent menejer"): a marketplace's
    product cards are its seller's e-commerce work, not a website's pages. A content manager of a site or an online
    store («Контент-менеджер сайта и маркетплейсов», «Контент-менеджер интернет-магазина») keeps them."""
    if not any(h.tag == "ecommerce_support" and h.weight >= 1.0 and h.evidence.startswith(_MARKETPLACES)
               for h in hits):
        return hits
    content = [h for h in hits if h.tag == "website_updates" and h.evidence.startswith(_CONTENT_MANAGER)]
    if not content or len(content) < sum(h.tag == "website_updates" for h in hits) or any(
            h.tag == "ecommerce_support" and not h.evidence.startswith(_MARKETPLACES) for h in hits):
        return hits
    return [h for h in hits if h not in content]


# What may stand between a department's word and an intern's in a title that names the intern's department ("Intern,
# HR", «Стажёр в HR», «Стажёр отдела HR», "HR bo'limiga amaliyotchi", «کارآموز واحد HR»)
_DEPARTMENT_LINKS = frozenset(("in", "of", "the", "v", "vo", "otdel", "otdela", "otdele", "kadrov", "bo'limi",
                               "bo'limiga", "bo'limida", "bolimi", "bolimiga", "bolimida", "واحد", "بخش", ",", "(",
                               ")"))


def _trained_in(hit: Hit, hits: list[Hit], toks: list[str]) -> bool:
    """Whether a title's not-VA words (``hit``) name only the department of an intern or trainee the title names
    (marks ``DEPARTMENT``, ``TRAINEE``: "HR Intern", «Стажёр в HR», "HR bo'limiga amaliyotchi", «کارآموز HR»), next to
    its word or with only ``_DEPARTMENT_LINKS`` between: its description's duties decide, as interviews coordinated
    and personnel records kept are VA work and a recruiter's sourcing is not. A word between that names a line of
    work within the department ("HR Operations Intern", "HR Business Partner Intern") leaves the title as it was."""
    first, last = hit_span(hit)
    departments = [hit_span(h) for h in hits
                   if h.tag == DEPARTMENT and hit_span(h)[0] <= first and last <= hit_span(h)[1]]
    for h in hits:
        if h.tag != TRAINEE:
            continue
        a, b = hit_span(h)
        for d0, d1 in departments:
            between = toks[d1 + 1:a] if d1 < a else toks[b + 1:d0]
            if _DEPARTMENT_LINKS.issuperset(between):
                return True
    return False


# The people or trade a role serves, after its words: "Virtual Assistant for Lawyers", "Customer Support for
# Developers", "Assistant working with doctors", «Ассистент для юристов», «دستیار مجازی برای وکلا», "Marketpleys
# menejeri – sotuvchilar bilan ishlaydigan agentlikka", "shifokorlar uchun yordamchi": the clients, not the role
_SERVING_BEFORE = frozenset(("for", "with", "dlya", "برای", "با"))
_SERVING_AFTER = frozenset(("bilan", "uchun"))
_DETERMINERS = frozenset(("a", "an", "the", "our", "their", "its"))


def _served(toks: list[str], hit: Hit, hits: list[Hit]) -> bool:
    """Whether a title's not-VA words (``hit``) name whom a role before them serves (``_SERVING_BEFORE``, a determiner
    between at most; Uzbek ``_SERVING_AFTER`` after them): a task or generalist role of the title comes first."""
    first, last = hit_span(hit)
    if not any(h.tag[0] != "_" and h.weight >= 1.0 and hit_span(h)[1] < first for h in hits):
        return False
    k = first - 1
    if k > 0 and toks[k] in _DETERMINERS:
        k -= 1
    return (k >= 0 and toks[k] in _SERVING_BEFORE) or (last + 1 < len(toks) and toks[last + 1] in _SERVING_AFTER)


def _named_task(hit: Hit, hits: list[Hit]) -> bool:
    """Whether a title's not-VA words (``hit``) end inside a longer task phrase of the title, which names the task,
    not a not-VA role: within it ("Social Network Specialist": social media, not a network's specialist), or their
    last words its first ones («کارشناس شبکه‌های اجتماعی», a specialist of social networks) but for a head's or a
    recruiter's («Руководитель службы поддержки», the head of the service; «کارشناس جذب اپراتور مرکز تماس», who
    hires the operators). A not-VA phrase that is a task phrase word for word ("Help Desk"), or holds one ("IT Help
    Desk", "Customer Support Engineer"), stays."""
    first, last = hit_span(hit)
    for h in hits:
        if h.tag[0] != "_" and h.weight >= 1.0:
            a, b = hit_span(h)
            if a <= first and last <= b and b - a > last - first:
                return True
            if first < a <= last < b and not any(o.tag in (HEAD, RECRUITER) and hit_span(o)[0] == first for o in hits):
                return True
    return False


_QA = "qa"


def _checks_a_task(hit: Hit, hits: list[Hit], toks: list[str]) -> bool:
    """Whether a title's "QA" (``hit``) names the quality check of the task named right before it, a break mark
    between at most ("Transcription QA Reviewer", "Speech Data QA Reviewer", «Разметка данных: QA-ревьюер»): the work
    checked is the task's, no software's. Another not-VA word of the title ("Data QA Engineer") stays."""
    if hit.evidence != _QA:
        return False
    before = hit.at - 1
    if before > 0 and toks[before] in BREAKS:
        before -= 1
    return any(h.tag[0] != "_" and h.weight >= 1.0 and hit_span(h)[1] == before for h in hits)


def _led(heads: list[Hit], hit: Hit) -> bool:
    """Whether a title's task ``hit`` names what a head of a team (one of ``heads``: "Head of Customer Support",
    «Руководитель отдела поддержки») leads: a task after the head's word. A generalist role after it is a role of its
    own ("Office Director / Executive Assistant", "Engineering Director's Assistant"), but where it shares a word with
    the head's words it names the head's department («مدیر امور اداری», the head of administrative affairs: «امور» is
    the head's «مدیر امور» and the generalist's «امور اداری»)."""
    if hit.tag not in _GENERALIST:
        return any(hit.at > h.at for h in heads)
    return any(h.at < hit.at <= hit_span(h)[1] for h in heads)


_GENERALIST = frozenset(("general_admin", "personal_errands"))
# The tag whose title words name where a not-VA role works (a marketplace, a platform, an online shop), not a task
_WORKPLACE = "ecommerce_support"
# A generalist role a recruiter's title names as the role it hires for: before a word of recruiting ("Virtual Assistant
# Recruiting", "VA Recruiter", "Executive Assistant Hiring"), or right after the recruiter's word, with "for" or "of"
# at most between ("Recruiter for Virtual Assistants", «Рекрутер ассистентов», «Менеджер по подбору ассистентов»)
_RECRUITING = ("recruit", "hiring", "podbor", "yollash")
_FOR = frozenset(("for", "of", "dlya"))


def _recruited(matcher: Matcher, title: Reading, hit: Hit, recruiters: list[Hit]) -> bool:
    """Whether a generalist role (``hit``) in a recruiter's title is the role hired for (``_RECRUITING``), not a role
    of the seeker's own ("Recruiter / Executive Assistant")."""
    toks = title.toks
    first, last = hit_span(hit)
    if last + 1 < len(toks) and toks[last + 1].startswith(_RECRUITING) and matcher.joined(title, last, last + 1):
        return True
    for r in recruiters:
        end = hit_span(r)[1]
        if end < first and _FOR.issuperset(toks[end + 1:first]) and first - end <= 2 and matcher.joined(
                title, end, first):
            return True
    return False


def _summed(hits: list[Hit]) -> dict[str, float]:
    score: dict[str, float] = {}
    for h in hits:
        score[h.tag] = min(1.0, score.get(h.tag, 0.0) + h.weight)
    return score


def _names_a_task(title_score: dict[str, float]) -> bool:
    """Whether a title names a task of the taxonomy, not only a generalist role (``general_admin``)."""
    return any(score >= 1.0 and t != "general_admin" for t, score in title_score.items())


def combined_scores(title_score: dict[str, float], body_score: dict[str, float],
                    listed: dict[str, float] | None = None) -> dict[str, float]:
    # a title's strong phrase counts TITLE_WEIGHT; a title's hint only its own weight; a listed duty LIST_WEIGHT
    out = {}
    listed = listed or {}
    task_assistant = ASSISTANT in title_score
    for t in set(title_score) | set(body_score):
        if t[0] == "_":  # NOT_VA, ASSISTANT, LEADS: marks, no tags
            continue
        ts = 0.0 if task_assistant and t == "general_admin" else title_score.get(t, 0.0)
        body = body_score.get(t, 0.0) + listed.get(t, 0.0)
        out[t] = round((TITLE_WEIGHT if ts >= 1.0 else 1.0) * ts + BODY_WEIGHT * body, 3)
    return out


def decide(model: Model, scores: dict[str, float], features: dict[str, float]) -> tuple[float, bool, list[str]]:
    """Relevance, the relevant verdict and the sorted tags from a posting's scores and features.

    Shared by ``tag_text`` and the cross-validation in ``pipeline.tags.train``.
    """
    relevance = model.relevance(features)
    relevant = relevance >= model.threshold
    tags: list[str] = []
    if relevant:
        tags = [t for t in scores if scores[t] >= model.tag_threshold(t)]
        if tags in ([], ["general_admin"]):
            # A threshold above one phrase (data entry's 1.3) is fitted on long postings that name a task in passing;
            # a post that names no task over it asks for those it names with a duty phrase, if any ("Operator kerak.
            # Vazifalar: ma'lumot kiritish."); else it is VA work with no clear task: the taxonomy's fallback.
            tags += [t for t in scores if scores[t] >= 1.0 and t not in tags]
            tags = tags or ["general_admin"]
        tags.sort(key=lambda t: (-scores.get(t, 0.0), t))
    return relevance, relevant, tags


def tag_text(title: str | None, description: str | None) -> TagResult:
    model = default_model()
    matcher, title_read, description_read, ftitle = _readings(title, description)
    title_score, body_score, evidence, listed = _read_scores(matcher, title_read, description_read,
                                                             model.boiler_weight)
    scores = combined_scores(title_score, body_score, listed)
    relevance, relevant, tags = decide(model, scores, features_for(title_score, body_score, ftitle, matcher.tags))
    return TagResult(
        tags=tags,
        scores={t: scores.get(t, 0.0) for t in tags},
        evidence=_as_written(title, description, title_read, description_read,
                             {t: evidence[t][1] for t in tags if t in evidence}, matcher.without_apostrophes),
        va_relevance=round(relevance, 3),
        va_relevant=relevant,
        taxonomy_version=matcher.version,
    )


def _as_written(title: str | None, description: str | None, title_read: Reading, description_read: Reading,
                evidence: dict[str, str], respelt: bool = False) -> dict[str, str]:
    """Each tag's evidence in the posting's own words where folding changed them (Cyrillic, Persian letter forms and
    joiners); in an ASCII posting folding only lower-cased them, and the evidence is left so, unless the words were
    ``respelt`` (read without their apostrophes: ``matcher.apostrophe_free_matcher``), when it is their own words
    lower-cased, "ma'lumot kiritish" as before.

    Found in the readings the hits came from (no second read): a description hit's words lie in the opening
    ``phrase_scores`` reads, and so does their first occurrence."""
    if not evidence:
        return evidence
    if (title or "").isascii() and (description or "").isascii():
        if not respelt:
            return evidence
        return {t: _lower(title_read.as_written(e) or description_read.as_written(e) or e) for t, e in evidence.items()}
    return {t: title_read.as_written(e) or description_read.as_written(e) or e for t, e in evidence.items()}


def _lower(words: str) -> str:
    """``words`` lower-cased but an abbreviation in capitals ("VA")."""
    return " ".join(w if is_abbreviation(w) else w.lower() for w in words.split(" "))


def _keep_evidence(evidence: dict[str, tuple[float, str]], tag_: str, weight: float, span: str) -> None:
    if tag_ not in evidence or weight > evidence[tag_][0]:
        evidence[tag_] = (weight, span)
