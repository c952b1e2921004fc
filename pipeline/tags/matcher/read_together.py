"""A description's hits read together, and with the words around them (``_read_together``): a schedule's words
inside a data entry phrase, a CRM's records archived, a social network searched for facts, the customers' records kept
up to date, each read otherwise than its phrase alone says.
"""
from __future__ import annotations

from operator import itemgetter

from pipeline.tags.matcher.phrases import WEAK, Hit, hit_span
from pipeline.tags.matcher.tokens import _CLAUSE_ENDS, BREAKS

_TABLES = ("jadval", "grafik")  # (folded) the words of a table that may be a schedule's: "jadvalini", «графика»
_READ_TOGETHER = frozenset(("calendar_scheduling", "file_organization", "social_media", "customer_support"))
_TAG_OF = itemgetter(0)  # a hit's tag
_EVIDENCE_OF = itemgetter(2)  # … and its words


def _read_together(toks: list[str], hits: list[Hit]) -> list[Hit]:
    """A description's ``hits`` with those another hit or the words around them read otherwise: a schedule's words
    inside a data entry phrase (``_tables_kept_as_data``), a CRM's records archived (``_records_archived``), a social
    network searched for facts (``_networks_searched``), the customers' records kept up to date
    (``_records_kept_up``). Each is looked for only where its tags were hit."""
    tags = set(map(_TAG_OF, hits))
    if tags.isdisjoint(_READ_TOGETHER):
        return hits
    if "social_media" in tags:
        hits = _networks_searched(toks, hits)
    tables = "calendar_scheduling" in tags and "data_entry" in tags
    if not (tables or "file_organization" in tags or "customer_support" in tags):
        return hits
    said = "\n" + "\n".join(map(_EVIDENCE_OF, hits))  # each hit's words after a line break: a cheap test first
    if tables and (_TABLES[0] in said or _TABLES[1] in said):
        hits = _tables_kept_as_data(hits)
    if _ARCHIVE_SAID in said:
        hits = _records_archived(toks, hits)
    if _RECORDS_SAID[0] in said or _RECORDS_SAID[1] in said:
        hits = _records_kept_up(toks, hits)
    return hits


# The customers' records as a whole («клиентская база», "customer records"; folded), and the words of keeping them up
# to date (folded stems: «актуализация», «чистка», «обновление», "update", "clean", "dedupe", "merge", "verify")
_CUSTOMER_RECORDS = ("kliyentsk", "customer record")
_UPKEEP = ("aktualiz", "chistk", "ochistk", "chistit", "obnovl", "dedupl", "update", "updating", "clean", "dedup",
           "merg", "verif", "standardi")
_UPKEEP_BEFORE = 2  # words before the records, at most
_RECORDS_SAID = tuple("\n" + records for records in _CUSTOMER_RECORDS)  # (a hit's words starting so)


def _records_kept_up(toks: list[str], hits: list[Hit]) -> list[Hit]:
    """``hits`` without the customers' records as customer support where the words before them keep the records up
    to date («актуализация клиентской базы», "Clean up and update customer records in HubSpot"): the records' upkeep
    is CRM work, not serving the customers (but «работа с клиентской базой», "keep customer records" stay)."""
    if not any(h.tag == "customer_support" and h.evidence.startswith(_CUSTOMER_RECORDS) for h in hits):
        return hits
    out = []
    for h in hits:
        if h.tag == "customer_support" and h.evidence.startswith(_CUSTOMER_RECORDS) and any(
                t.startswith(_UPKEEP) for t in toks[max(0, h.at - _UPKEEP_BEFORE):h.at]):
            continue
        out.append(h)
    return out


# An archive's word, folded («архив», "arxiv"), and the records a CRM keeps (folded stems: «записей», «сделки»,
# «контакты», «лидов», «карточки», «дубли», "raqamlarni", "yozuvlarni"), which it archives out of the way
_ARCHIVE = "arxiv"
_RECORDS = ("zapis", "sdelk", "sdelok", "kontakt", "lidov", "lidi", "kartoch", "dubl", "raqam", "yozuvlar")
_RECORDS_REACH = 3  # words between the archive's word and the records, at most
_TO_ARCHIVE = "arxivir"  # the verb («архивировать»), whose object may follow it: «архив записей» is an archive kept
_ARCHIVE_SAID = "\n" + _ARCHIVE  # (a hit's words starting so)


def _records_archived(toks: list[str], hits: list[Hit]) -> list[Hit]:
    """``hits`` without an archive's word whose object is a CRM's records, before it in its clause or after the verb
    («перевод неактуальных записей в архив», «архивировать старые сделки», "ishlamaydigan raqamlarni arxivga
    o'tkazish"): they are moved out of the CRM's way, no files kept (but «перевод документов в архив», «ведение архива
    записей», "hujjatlarni arxivga topshirish")."""
    if not any(h.tag == "file_organization" and h.evidence.startswith(_ARCHIVE) for h in hits):
        return hits
    out = []
    for h in hits:
        if h.tag == "file_organization" and h.evidence.startswith(_ARCHIVE) and " " not in h.evidence and (
                _near_records(toks, h.at, -1)
                or h.evidence.startswith(_TO_ARCHIVE) and _near_records(toks, h.at, 1)):
            continue
        out.append(h)
    return out


def _near_records(toks: list[str], at: int, step: int) -> bool:
    """Whether a word of a CRM's records stands within ``_RECORDS_REACH`` words of ``toks[at]`` on one side
    (``step``), in its clause."""
    j = at + step
    for _ in range(_RECORDS_REACH):
        if j < 0 or j >= len(toks) or toks[j] in BREAKS:
            return False
        if toks[j].startswith(_RECORDS):
            return True
        j += step
    return False


# Words of searching for facts (folded stems: "search", «искать», «поиск», «собирать», "topish", "qidirish",
# "yig'ish", «جستجو», «پیدا», «جمع آوری») and of the other places facts are looked up in (sites, maps, directories,
# news: "websites", "Google Maps", «сайты», «карты», «2ГИС», «агрегаторы», "xarita", «سایت», «گوگل مپ»): a social
# network named in a list beside those, in a sentence of searching, is a place searched, not a channel run
_SEARCHING = ("search", "find", "research", "collect", "gather", "compil", "scrap", "iska", "nayt", "naxod", "sobir",
              "sobra", "sbor", "topish", "topib", "topasiz", "qidir", "yig'", "to'pla", "جستجو", "سرچ", "پیدا", "جمع",
              "یافتن")  # (not "looking", «ищем», «в поиске»: the hiring's words)
_SOURCES = ("google", "2gis", "yandex", "yandeks", "yelp", "website", "sites", "directori", "maps", "news", "sayt",
            "kart", "novost", "agregator", "spravochnik", "xarita", "سایت", "وبسایت", "گوگل", "نقشه", "دیوار")
_SOURCE_REACH = 6  # words between the network and a place of another kind in its list, at most
_SEARCH_REACH = 30  # words read either side of the network for its sentence, at most (a flattened page has none)
# … but a network named as the company's own, or as what the content made is for ("our Instagram", "post for
# Instagram", «پست اینستاگرام»), is a channel run
_THEIR_OWN = ("our", "my", "your", "nash", "ما", "خودمان", "post", "reel", "stor", "content", "kontent", "پست",
              "استوری", "ریلز", "محتوا")


def _networks_searched(toks: list[str], hits: list[Hit]) -> list[Hit]:
    """``hits`` with a social network's name made a hint where it is a place searched for facts: named in a list
    beside sites, maps or directories, in a sentence of searching ("Find the clinics on Google Maps, their websites and
    Instagram", «искать информацию о конкурентах: сайты, соцсети, новости», "Google Maps, 2GIS, Instagram ва Telegram
    каналлардан кафеларни топиш", «جستجو در گوگل مپ، سایت ها و پیج های اینستاگرام»). A network named as the
    company's own or as what content is made for ("our Instagram", «پست اینستاگرام»), or in a sentence that says
    work done on a network ("… and reply to comments on Instagram"), stays a channel run."""
    social = [h for h in hits if h.tag == "social_media" and h.weight >= 1.0]
    names = [h for h in social if _names_a_network(h)]
    if not names:
        return hits
    duties = [h.at for h in social if not _names_a_network(h)]
    searched = {h.at for h in names if _searched_in(toks, h.at, duties)}
    if not searched:
        return hits
    return [h._replace(weight=WEAK, listed=False) if h.tag == "social_media" and h.at in searched and h in names
            else h for h in hits]


def _names_a_network(hit: Hit) -> bool:
    """Whether a social media hit only names a network: one word ("Instagram", «соцсети»), or its channels said as the
    place taken from (Uzbek's ablative: "Telegram kanallardan")."""
    return " " not in hit.evidence and hit.evidence != _SMM or hit.evidence.endswith(_UZ_FROM)


_UZ_FROM = "dan"
_SMM = "smm"  # (the work's own name, «СММ» folded too)


def _searched_in(toks: list[str], at: int, duties: list[int]) -> bool:
    """Whether the network's name at ``toks[at]`` stands beside another place of facts in a sentence of searching
    that says no work on a network (``duties``: where such phrases start)."""
    if at and toks[at - 1].startswith(_THEIR_OWN):
        return False
    start, end = at, at
    first, last = max(0, at - _SEARCH_REACH), min(len(toks) - 1, at + _SEARCH_REACH)
    while start > first and toks[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    while end < last and toks[end + 1] not in _CLAUSE_ENDS:
        end += 1
    if any(start <= d <= end for d in duties) or not any(t.startswith(_SEARCHING) for t in toks[start:end + 1]):
        return False
    near = toks[max(start, at - _SOURCE_REACH):min(end + 1, at + _SOURCE_REACH + 1)]
    return any(t.startswith(_SOURCES) for t in near)


def _tables_kept_as_data(hits: list[Hit]) -> list[Hit]:
    """``hits`` without a schedule's words that lie inside a data entry phrase holding them: a table of goods or
    shipments kept in a spreadsheet ("Excel'da ombor qoldiqlari jadvalini yuritish", «ведение графика отгрузок в
    Excel») is data, though "jadvalini yuritish" and «ведение графика» keep a person's schedule elsewhere."""
    schedules = [h for h in hits if h.tag == "calendar_scheduling"]
    if not schedules:
        return hits
    tables = [hit_span(h) for h in hits if h.tag == "data_entry" and h.weight >= 1.0]
    inside = [h for h in schedules if any(a <= hit_span(h)[0] and hit_span(h)[1] <= b for a, b in tables)]
    return [h for h in hits if h not in inside] if inside else hits
