"""Remote eligibility: remote / hybrid / on-site, and where applicants may live.

``remote_scope`` comes from what the posting states, strongest evidence first:
the short fields (location, employment type, title) before the description, and
hybrid before remote before on-site (a "hybrid" posting usually also says
"remote" and "office"). Wording is read in English, Russian, Persian and Uzbek
(both scripts): "remote", "удалённая работа", "дистанционно", "دورکاری",
"masofaviy", "masofadan", "гибрид", "حضوری", "ofisda"… A negated remote
("not a remote position", "remote work is not possible", "Remote: No", "без удалёнки", "удалённая работа
не рассматривается", "masofaviy emas", "بدون امکان دورکاری") counts as on-site.

``allowed_regions`` reads a remote posting's location field as a list of places
applicants may be in ("USA Only", "Americas, Europe, Israel", "USA, CST (UTC-6)",
"Anywhere in the World"), in each of the four languages: "Masofaviy (Oʻzbekiston, Qozogʻiston)",
"Только Узбекистан", "فقط ایران" (the words for "remote" and "only" are no part of the place), "MDH"
and "СНГ" for the CIS. Countries become ISO 3166 alpha-2 codes, regions a
canonical English name, time zones "UTC±H[:MM]" or "<Region> time zones" (a range,
"UTC-5 to UTC+3", as each whole hour of it), and "anywhere" ``["Worldwide"]``. A
country is known by its CLDR name in English, Russian, Uzbek (both scripts) or Persian
(``babel``'s locale data: "Lithuania", "Литва", "Litva", "لیتوانی") or by a common
alias ("USA", "UK"). When it names none of those, a city or US state stands for its
country (``pipeline.places``: "Bengaluru" → IN, "Toronto, Ontario" → CA, "Ташкент" → UZ,
"Fort Worth, Texas" → US), a city whose name several countries share alike ("Valencia")
for none. Places it does not know ("Remote", "Chevy Chase") are left out; when
nothing is known it gives ``None`` rather than a guess. The location
of an on-site or hybrid job is where the office is, not a restriction on
applicants, so it is not read as one.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from pipeline import places
from pipeline.textnorm import persian_letters, strip_invisible, unify_apostrophes
from store.models import EXCLUDED

WORLDWIDE = "Worldwide"
#: The characters of a location field read: real ones hold under 60 (a list of places, "Northern America, Europe,
#: UK, France, European timezones"); a longer one is something else pasted there, and its reading costs grow with it.
LOCATION_READ = 1000

# The patterns run on lower-cased text that was *not* folded (descriptions are long and
# folding them costs more than the search), so they accept ZWNJ and the Arabic
# letter forms (ي ك) themselves: "دور‌کاری", "دورکاري".
_Y, _K, _J = "[یيى]", "[کك]", "[\\s\u200c]*"
_HYBRID = re.compile(rf"\bhybrid\b|гибрид|\bgibrid\b|ҳибрид|هیبرید|ترکیبی|دور{_J}{_K}ار{_Y}{_J}(?:نیمه|پاره)|نیمه{_J}حضوری")
_REMOTE = re.compile(
    r"\bremote(?:ly)?\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b|\btelecommut\w*|\bdistributed team\b|"
    r"\banywhere\b|\bworldwide\b|\bwork from anywhere\b|"
    r"удал[её]нн\w*|удал[её]нк\w*|удал[её]нно|дистанцион\w*|"
    rf"دور{_J}{_K}ار(?![\u0600-\u06ff])|دور{_J}{_K}ار{_Y}|از{_J}راه{_J}دور|{_K}ار{_J}در{_J}منزل|"
    r"masofaviy|masofadan|масофавий|масофадан|uydan\s+ishlash|уйдан\s+ишлаш|onlayn\s+ish|онлайн\s+иш"
)
# "… is not possible / available / an option / offered", "…: not possible", "… unavailable"; Russian "… не
# предусмотрен(а)", "… не рассматривается", "… невозможен": what follows a way of working that is denied
_NOT_OFFERED = r"(?:\s*:\s*|\s+)(?:is\s+)?(?:not\s+(?:possible|available|an\s+option|offered)|unavailable)"
_NOT_OFFERED_RU = r"(?:не\s+(?:предусмотрен|возможн|рассматрива)\w*|невозмож\w*)"
_NEGATED_REMOTE = re.compile(
    r"\b(?:not|no|non)[\s-]+(?:an?\s+)?(?:fully\s+)?remote\b|\bremote\s+is\s+not\b|"
    rf"\bremote(?:\s+work(?:ing)?)?{_NOT_OFFERED}\b|"
    r"\bremote\s*:\s*no\b|"
    r"без\s+удал[её]н\w*|не\s+удал[её]нн\w*|"
    rf"удал[её]н(?:к\w*|н\w*(?:\s+\w+){{0,2}})\s+{_NOT_OFFERED_RU}|"
    r"\bmasofa(?:viy|dan)\s+emas\b|масофа(?:вий|дан)\s+эмас|"
    rf"غ{_Y}ر{_J}دور{_K}ار{_Y}|ام{_K}ان{_J}دور{_K}ار{_Y}{_J}(?:ندارد|وجود{_J}ندارد)|بدون{_J}ام{_K}ان{_J}دور{_K}ار{_Y}"
)
# "fully remote, not hybrid", "Hybrid work is not available", "не гибрид": no hybrid said, whatever else is
_NEGATED_HYBRID = re.compile(
    r"\b(?:not|no|non)[\s-]+(?:an?\s+)?hybrid\b|"
    rf"\bhybrid(?:\s+work(?:ing)?)?{_NOT_OFFERED}\b|"
    r"\bhybrid\s*:\s*no\b|\bgibrid\s+emas\b|гибрид\s+эмас|(?:не|без)\s+гибрид\w*|"
    rf"гибрид\w*(?:\s+\w+){{0,2}}\s+{_NOT_OFFERED_RU}"
)
_ONSITE = re.compile(
    r"\bon[\s-]?site\b|\bin[\s-]office\b|\boffice[\s-]based\b|\bin[\s-]person\b|"
    r"в\s+офисе|на\s+месте\s+работодателя|офисная\s+работа|"
    r"حضوری|ofisda|офисда"
)


def _prepare(text: str) -> str:
    return text.lower()


def _scope_of(text: str) -> str | None:
    if not text:
        return None
    if _hybrid(text):
        return "hybrid"
    if _NEGATED_REMOTE.search(text):
        return "onsite"
    if _REMOTE.search(text):
        return "remote"
    if _ONSITE.search(text):
        return "onsite"
    return None


def _hybrid(text: str) -> bool:
    """Whether ``text`` says the work is hybrid: a hybrid word that is not itself denied ("not hybrid")."""
    found = _HYBRID.search(text)
    if found is None:
        return False
    denied = _NEGATED_HYBRID.finditer(text)  # in order, apart: walked once beside the hybrid words
    span = next(denied, None)
    for m in _HYBRID.finditer(text, found.start()):
        while span is not None and span.end() < m.end():
            span = next(denied, None)
        if span is None or m.start() < span.start():
            return True
    return False


def remote_scope(*, location: str | None = None, employment_type: str | None = None,
                 title: str | None = None, description: str | None = None,
                 remote: bool | None = None) -> str | None:
    """``remote``, ``hybrid``, ``onsite`` or ``None`` when the posting does not say."""
    fields = _prepare(" | ".join(filter(None, [location and location[:LOCATION_READ], employment_type, title])))
    scope = _scope_of(fields)
    if scope is not None:
        return scope
    if remote:
        # A remote-only board (Remote OK, We Work Remotely): the description can only
        # narrow it to hybrid; the other searches would cost time and say nothing new.
        if description and _hybrid(description[:20000].lower()):
            return "hybrid"
        return "remote"
    if description:
        return _scope_of(description[:20000].lower())
    return None


# ------------------------------------------------------------------ regions

#: Aliases and the names CLDR does not give; the countries with region membership below (the web's country list).
_COUNTRIES: dict[str, str] = {
    "us": "US", "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US",
    "united states of america": "US", "america": "US",
    "canada": "CA", "uk": "GB", "u.k.": "GB", "united kingdom": "GB", "great britain": "GB",
    "england": "GB", "ireland": "IE", "germany": "DE", "france": "FR", "spain": "ES",
    "portugal": "PT", "italy": "IT", "netherlands": "NL", "belgium": "BE", "poland": "PL",
    "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "switzerland": "CH",
    "austria": "AT", "romania": "RO", "bulgaria": "BG", "greece": "GR", "czech republic": "CZ",
    "czechia": "CZ", "hungary": "HU", "ukraine": "UA", "israel": "IL", "turkey": "TR",
    "türkiye": "TR", "brazil": "BR", "mexico": "MX", "argentina": "AR", "colombia": "CO",
    "chile": "CL", "peru": "PE", "uruguay": "UY", "costa rica": "CR", "india": "IN",
    "pakistan": "PK", "bangladesh": "BD", "philippines": "PH", "indonesia": "ID",
    "vietnam": "VN", "thailand": "TH", "malaysia": "MY", "singapore": "SG", "japan": "JP",
    "china": "CN", "south korea": "KR", "australia": "AU", "new zealand": "NZ",
    "south africa": "ZA", "nigeria": "NG", "kenya": "KE", "egypt": "EG", "morocco": "MA",
    "uae": "AE", "united arab emirates": "AE", "saudi arabia": "SA",
    "uzbekistan": "UZ", "o'zbekiston": "UZ", "ozbekiston": "UZ", "узбекистан": "UZ",
    "ўзбекистон": "UZ", "iran": "IR", "ایران": "IR", "russia": "RU", "россия": "RU",
    "kazakhstan": "KZ", "казахстан": "KZ", "kyrgyzstan": "KG", "tajikistan": "TJ",
    "turkmenistan": "TM", "azerbaijan": "AZ", "armenia": "AM",  # not "georgia": a US state too
    "сша": "US", "рф": "RU", "آمریکا": "US", "امریکا": "US", "aqsh": "US", "ақш": "US",
}
_REGIONS: dict[str, str] = {
    "europe": "Europe", "eu": "Europe", "european union": "Europe", "emea": "EMEA",
    "americas": "Americas", "north america": "North America", "northern america": "North America",
    "latin america": "Latin America", "latam": "Latin America", "south america": "South America",
    "central america": "Central America", "asia": "Asia", "apac": "Asia-Pacific",
    "asia pacific": "Asia-Pacific", "asia-pacific": "Asia-Pacific", "oceania": "Oceania",
    "africa": "Africa", "middle east": "Middle East", "mena": "Middle East",
    "central asia": "Central Asia",
    "european": "Europe", "american": "Americas", "us": "US",
    # the Commonwealth of Independent States by its abbreviation and full name in each language, and as the web
    # names it ("MDH davlatlari", "CIS countries"); folded, so "مشترک‌المنافع" without its ZWNJ
    **dict.fromkeys(("cis", "cis countries", "commonwealth of independent states", "снг", "страны снг",
                     "содружество независимых государств", "mdh", "mdh davlatlari", "mustaqil davlatlar hamdo'stligi",
                     "мдҳ", "мдҳ давлатлари", "мустақил давлатлар ҳамдўстлиги", "کشورهای مستقل مشترکالمنافع",
                     "کشورهای مستقل مشترک المنافع"), "CIS"),
}
_WORLDWIDE_WORDS = re.compile(
    r"^(?:anywhere(?: in the world)?|worldwide|world ?wide|global(?:ly)?|globally remote|"
    r"open globally|anywhere \(open globally\)|remote worldwide|international|all countries|"
    r"весь мир|по всему миру|butun dunyo|бутун дунё|همه کشورها)$"
)
# The words around a place that restrict nothing: "Remote (Uzbekistan)", "USA Only", and the same in Uzbek (both
# scripts), Russian and Persian, "Masofaviy (Oʻzbekiston)", "Только Узбекистан", "فقط ایران", "ایران (دورکاری)"
_NOISE = re.compile(r"\b(?:only|remote|based|within|from|friendly|fully|candidates?|time ?zones?|open|in|the|"
                    r"masofaviy|masofadan|faqat|масофавий|масофадан|фақат|удал[её]н\w*|дистанцион\w*|только|"
                    r"دور ?کاری?|از راه دور|فقط)\b|100%|[()]")
_TZ = re.compile(r"(?:utc|gmt)\s*([+\-−]\s*\d{1,2}(?::?\d{2})?)")
_TZ_NAMED = re.compile(r"\b(cst|est|pst|mst|cet|eet|wet|bst|ist)\b")
_TZ_NAMES = {"cst": "UTC-6", "est": "UTC-5", "pst": "UTC-8", "mst": "UTC-7", "cet": "UTC+1",
             "eet": "UTC+2", "wet": "UTC+0", "bst": "UTC+1"}
_OFFSET_TEXT = r"(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?"
_ZONE_RANGE = re.compile(rf"{_OFFSET_TEXT}\s*(?:to|through|until|till|-|–|—|…|\.\.)\s*(?:utc|gmt)")
_ZONE_DASH = re.compile(rf"({_OFFSET_TEXT})\s*[-–—]\s*(?=utc|gmt)")  # (kept from ``_SPLIT``'s " - ")
_SPLIT = re.compile(r"\s*(?:[,،]|[;؛]|/|\|| \+ |&| - | – )\s*")
# "and" and "or" in each language, as a word of their own: a prefixed "و" ("ونزوئلا") is part of its word. A list is
# split at them only where the words either side are not one name ("Trinidad and Tobago", "بوسنی و هرزگوین",
# "Босния и Герцеговина"): ``_listed_regions``.
_AND_OR = r"(?:and|or|va|yoki|ва|ёки|ё|и|или|و|یا)"
_CONJUNCTION = re.compile(rf"((?:^|\s+){_AND_OR}(?:\s+|$))")
_NAME_PARTS = 3  # the most conjunction-joined parts a place's name has ("Saint Vincent and the Grenadines": 2)
# ``_SPLIT`` less the commas, which qualify a city ("Toronto, Ontario"), plus brackets ("Remote (Tehran)") and the
# conjunctions ("Tashkent or Samarkand", "تهران یا مشهد")
_ALTERNATIVES = re.compile(rf"\s*(?:;|/|\||\bor\b|\band\b|(?<=\s){_AND_OR}(?=\s)| \+ |&| - | – |[()])\s*")
_QUALIFIERS = re.compile(r"\s*[,،]\s*")
_BRACKET = re.compile(r"[()]")
_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")
# What opens a list of places whose residents may not apply, up to the end of its clause: "Worldwide (except US)",
# "Europe, excluding UK", "Not available in Iran, Russia", "весь мир, кроме России", "همه کشورها به جز ایران"; and
# Uzbek's "…dan tashqari", which closes the list ("Butun dunyo, AQShdan tashqari").
_EXCEPT = re.compile(r"\b(?:except(?:\s+(?:for|in))?|excluding|excl\.?|but\s+not(?:\s+in)?|(?<=anywhere )but|"
                     r"not\s+(?:available\s+|open\s+)?(?:in|to)|outside(?:\s+of)?)(?!\w)|"
                     r"\bкроме\b|за\s+исключением|به\s*جز|بجز|غیر\s*از|به\s*استثنای")
_EXCEPT_AFTER = re.compile(r"(?:dan|дан)\s+(?:tashqari|ташқари)")
_CLAUSE_END = re.compile(r"[);]")
# "excluding sanctioned countries": those under comprehensive US sanctions (OFAC), where a US employer cannot hire
_SANCTIONED = re.compile(r"sanction|embargo|ofac|санкци|تحریم")
SANCTIONED = ("CU", "IR", "KP", "SY")
# A Russian country name after "кроме": its genitive ("России", "Ирана", "Украины") read back to the name
_GENITIVE = (("ии", "ия"), ("и", "ь"), ("ы", "а"), ("а", ""))


def _zone_label(offset: str) -> str:
    """"+0530", "+05:30", "+5:30" → "UTC+5:30"; "+3", "+03:00" → "UTC+3": one label per offset."""
    offset = re.sub(r"\s+", "", offset).replace("−", "-")
    sign, digits = offset[0], offset[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return f"UTC{sign}{int(hours)}" + (f":{int(minutes):02d}" if int(minutes) else "")


def _zone_span(first: str, last: str) -> list[str]:
    """"UTC-5" … "UTC+3": the two offsets and every whole hour between them, so an applicant in the middle of a
    wide range is within reach of one of its labels (``open_to`` matches labels)."""
    a, b = sorted((_zone_hours(first), _zone_hours(last)))
    between = [_zone_label(f"{'-' if h < 0 else '+'}{abs(h)}") for h in range(math.ceil(a), math.floor(b) + 1)]
    return list(dict.fromkeys([first, *between, last]))


_NOT_COUNTRIES = frozenset({"georgia", "jersey"})  # US states as often as the country and the island
# CLDR territories that are no place an applicant lives in: unions, the UN, "Outlying Oceania", "Unknown Region",
# the pseudo-locales
_NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The two-letter codes of the countries and territories CLDR names (ISO 3166 and Kosovo's "XK")."""
    from babel import Locale

    return frozenset(code for code in Locale.parse("en").territories
                     if len(code) == 2 and code.isalpha() and code not in _NOT_TERRITORIES)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every ISO 3166 country's CLDR name in the languages postings are written in, folded as location tokens are
    (``_token_regions``), plus the aliases of ``_COUNTRIES``: "lithuania", "литва", "litva", "لیتوانی"; "hong kong"
    for CLDR's "Hong Kong SAR China". Built on first use: reading five locales costs about 50 ms."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in ("en", "ru", "uz", "uz_Cyrl", "fa"):
        for code, name in Locale.parse(locale).territories.items():
            if code not in country_codes():
                continue
            for variant in (name, re.sub(r"\s*[(،,].*", "", name), re.sub(r"\s+sar\b.*", "", name, flags=re.I)):
                key = _location_core(variant)
                if key and key not in _NOT_COUNTRIES:
                    names.setdefault(key, code)
    names.update(_COUNTRIES)
    return names


def _folded_place(text: str) -> str:
    """A location as it is read: invisible joiners, apostrophe and Persian letter variants unified, lower case."""
    return persian_letters(unify_apostrophes(strip_invisible(text))).lower()


def _location_core(text: str) -> str:
    """A place's words as the name tables hold them: folded, joiners as spaces, without "remote", "only", "in"…"""
    text = _folded_place(text).replace("\u200c", " ")
    return re.sub(r"\s+", " ", _NOISE.sub(" ", text)).strip(" .-–")


def _token_regions(token: str) -> list[str]:
    token = token.strip(" .-–")
    if not token:
        return []
    if _WORLDWIDE_WORDS.match(token):
        return [WORLDWIDE]
    out: list[str] = []
    zones = _TZ.findall(token)
    if zones:
        labels = [_zone_label(z) for z in zones]
        if len(labels) == 2 and _ZONE_RANGE.search(token):
            return _zone_span(*labels)
        return list(dict.fromkeys(labels))
    named = _TZ_NAMED.search(token)
    if named and named[1] in _TZ_NAMES:
        return [_TZ_NAMES[named[1]]]
    is_zone = re.search(r"time ?zones?", token) is not None
    core = _location_core(token)
    if not core:
        return []
    if _WORLDWIDE_WORDS.match(core):
        return [WORLDWIDE]
    country = _country_names().get(core)
    if country:
        out.append(country)
    elif core in _REGIONS:
        out.append(_REGIONS[core])
    if is_zone and out:
        return [f"{out[0]} time zones"]
    return out


def allowed_regions(location: str | None) -> list[str] | None:
    """Places a remote posting's applicants may be in, or ``None`` when it does not say. The places it shuts
    out follow as ``not <place>`` (``EXCLUDED``), after the places it names or, when it names none, ``Worldwide``:
    "Europe, excluding UK" is ``["Europe", "not GB"]``, "Anywhere except USA" ``["Worldwide", "not US"]``."""
    if not location:
        return None
    text = _folded_place(location[:LOCATION_READ])
    text = _ZONE_DASH.sub(r"\1 to ", re.sub(r"[\s\u00a0]+", " ", text))
    text, excluded = _excluded(text)
    found = _regions_in(text)
    if WORLDWIDE in found and len(found) > 1:
        found.remove(WORLDWIDE)  # "Worldwide, USA preferred": the restriction is what counts
    if excluded:
        return (found or [WORLDWIDE]) + [EXCLUDED + r for r in excluded if r not in found]
    return found or _city_countries(text) or None


def _city_countries(text: str) -> list[str]:
    """The countries of the cities and US states a location names when it names no country, region or time zone
    (``pipeline.places``): each alternative ("New York / London", "Utah and Colorado") is a place and what follows
    its commas ("Chicago, IL", "Toronto, Ontario") qualifies it."""
    out: list[str] = []
    for alternative in _ALTERNATIVES.split(text):
        parts = [core for core in map(_location_core, _QUALIFIERS.split(alternative)) if core]
        country = places.country_of(parts[0], parts[1:]) if parts else None
        if country is None and len(parts) > 1 and _PERSIAN_LETTER.search(parts[-1]):
            country = places.country_of(parts[-1], parts[:-1])  # the Iranian boards' province first: "فارس، شیراز"
        if country and country not in out:
            out.append(country)
    return out


def _regions_in(text: str) -> list[str]:
    found: list[str] = []
    for token in _SPLIT.split(text):
        for region in _listed_regions(token, lambda part: _token_regions(part) or _bracketed_regions(part)):
            if region not in found:
                found.append(region)
    return found


def _listed_regions(token: str, read: Callable[[str], list[str]]) -> list[str]:
    """The places of a token that may list them with "and" or "or" in any language ("USA and Canada", "ایران و
    ترکیه", "Oʻzbekiston va Qozogʻiston", "Узбекистан и Казахстан"), each part read by ``read``; a run of parts
    that is one country's or region's name is that place ("بوسنی و هرزگوین", "Босния и Герцеговина")."""
    pieces = _CONJUNCTION.split(token)
    out: list[str] = []
    i, last = 0, len(pieces) // 2
    while i <= last:
        for j in range(min(last, i + _NAME_PARTS - 1), i, -1):
            name = _place_name("".join(pieces[2 * i:2 * j + 1]))
            if name:
                out.append(name)
                i = j + 1
                break
        else:
            out.extend(read(pieces[2 * i]))
            i += 1
    return out


def _place_name(text: str) -> str | None:
    core = _location_core(text)
    return _country_names().get(core) or _REGIONS.get(core)


def _bracketed_regions(token: str) -> list[str]:
    """A token that names nothing read at its brackets, so a word it does not know before a bracketed list
    ("Remote work (Uzbekistan, Kazakhstan)" split at its comma: "remote work (uzbekistan") loses no place of it."""
    if not _BRACKET.search(token):
        return []
    return [region for part in _BRACKET.split(token) for region in _token_regions(part)]


def _excluded(text: str) -> tuple[str, list[str]]:
    """``text`` without its list of places shut out ("except US and Canada"), and those places (countries and
    regions; not time zones, nor the world)."""
    m = _EXCEPT.search(text)
    if m:
        end = _CLAUSE_END.search(text, m.end())
        listed, rest = text[m.end():end.start() if end else len(text)], text[:m.start()] + (
            text[end.end():] if end else "")
    else:
        m = _EXCEPT_AFTER.search(text)
        if m is None:
            return text, []
        start = max(text.rfind(ch, 0, m.start()) for ch in ",;(") + 1  # the list: its clause, up to the marker
        listed, rest = text[start:m.start()], text[:start] + text[m.end():]
    places: list[str] = list(SANCTIONED) if _SANCTIONED.search(listed) else []
    for token in _SPLIT.split(listed):
        for region in _listed_regions(token, lambda part: _token_regions(part) or _genitive_regions(part)):
            if region != WORLDWIDE and not region.startswith("UTC") and region not in places:
                places.append(region)
    return rest, places


def _genitive_regions(token: str) -> list[str]:
    core = _location_core(token)
    for ending, name in _GENITIVE:
        if core.endswith(ending) and re.fullmatch(r"[а-яё ]+", core):
            country = _country_names().get(core[: -len(ending)] + name)
            if country:
                return [country]
    return []


def normalize_regions(regions: list[str] | None) -> list[str] | None:
    """A source's own list (Himalayas ``locationRestrictions``, or a spider's split of a text: "Europe, excluding
    UK" as ``["Europe", "excluding UK"]``) in the same canonical form. A list that shuts places out is read as the
    one text it was, since what it shuts out is said of the places before it."""
    if not regions:
        return None
    texts = [str(raw) for raw in regions]
    if len(texts) > 1 and any(_EXCEPT.search(t.lower()) or _EXCEPT_AFTER.search(t.lower()) for t in texts):
        return allowed_regions(", ".join(texts))
    out: list[str] = []
    for raw in regions:
        found = allowed_regions(str(raw)) or [str(raw).strip()]
        out.extend(r for r in found if r and r not in out)
    return out or None


# ------------------------------------------------------------------ who may apply

#: The regions of ``_REGIONS`` each country lies in, as remote postings use them: "Central Asia" and the CIS
#: for Uzbekistan, "Middle East" and EMEA for Iran. A country not listed here is open only to postings naming it
#: or the whole world.
_MEMBERSHIP: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("UZ", "KZ", "KG", "TJ", "TM"), ("Asia", "Central Asia", "CIS")),
    **dict.fromkeys(("AZ", "AM"), ("Asia", "CIS")),
    "RU": ("CIS",),
    **dict.fromkeys(("IR", "AE", "SA"), ("Asia", "Middle East", "EMEA")),
    "IL": ("Middle East", "EMEA"), "TR": ("Europe", "Middle East", "EMEA"),
    **dict.fromkeys(("EG", "MA"), ("Africa", "Middle East", "EMEA")),
    **dict.fromkeys(("NG", "KE", "ZA"), ("Africa", "EMEA")),
    **dict.fromkeys(("GB", "IE", "DE", "FR", "ES", "PT", "IT", "NL", "BE", "PL", "SE", "NO", "DK", "FI", "CH",
                     "AT", "RO", "BG", "GR", "CZ", "HU", "UA"), ("Europe", "EMEA")),
    **dict.fromkeys(("IN", "PK", "BD"), ("Asia",)),
    **dict.fromkeys(("PH", "ID", "VN", "TH", "MY", "SG", "JP", "CN", "KR"), ("Asia", "Asia-Pacific")),
    **dict.fromkeys(("AU", "NZ"), ("Asia-Pacific", "Oceania")),
    **dict.fromkeys(("US", "CA"), ("Americas", "North America")),
    "MX": ("Americas", "North America", "Latin America"),
    "CR": ("Americas", "Central America", "Latin America"),
    **dict.fromkeys(("BR", "AR", "CO", "CL", "PE", "UY"), ("Americas", "South America", "Latin America")),
}
#: Standard UTC offsets (hours) of countries in one time zone, for postings that name time zones instead of places.
_OFFSET: dict[str, float] = {
    "UZ": 5, "KZ": 5, "TJ": 5, "TM": 5, "KG": 6, "AZ": 4, "AM": 4, "IR": 3.5, "AE": 4, "SA": 3, "TR": 3,
    "IL": 2, "EG": 2, "IN": 5.5, "PK": 5, "BD": 6, "PH": 8, "SG": 8, "MY": 8, "VN": 7, "TH": 7, "JP": 9, "KR": 9,
    "CN": 8, "GB": 0, "IE": 0, "PT": 0, "DE": 1, "FR": 1, "ES": 1, "IT": 1, "NL": 1, "BE": 1, "PL": 1, "SE": 1,
    "NO": 1, "DK": 1, "CH": 1, "AT": 1, "CZ": 1, "HU": 1, "NG": 1, "RO": 2, "BG": 2, "GR": 2, "FI": 2, "UA": 2,
    "ZA": 2, "KE": 3, "MA": 1, "NZ": 12, "AR": -3, "UY": -3, "CL": -4, "CO": -5, "PE": -5, "CR": -6,
}
#: The countries vagigs' seekers live in: first in the web feed's country list, the analysts' reach by default.
HOME_COUNTRIES = ("UZ", "IR")
#: How far a named time zone may be from an applicant's own and still count as workable.
ZONE_REACH = 3.0
COUNTRY_CODES = frozenset(_COUNTRIES.values())
_ZONE = re.compile(r"UTC([+-])(\d{1,2})(?::(\d{2}))?")


_CODE = re.compile(r"[A-Za-z]{2}")


def country_code(text: str) -> str:
    """``text`` as an ISO 3166 alpha-2 code, in capitals ("uz " → "UZ"); ``ValueError`` when it is not two
    letters or names no country ("ZZ", "QQ"): what the web's ``open_to=`` and the CLI's ``--open-to``/``--country``
    refuse, where a mistyped code would otherwise answer as a country no posting names (the world's gigs)."""
    code = text.strip().upper()
    if not _CODE.fullmatch(code):
        raise ValueError(f"{text!r} is not a two-letter country code")
    if code not in country_codes():
        raise ValueError(f"{text!r} names no country")
    return code


def open_to(country: str) -> frozenset[str]:
    """The ``allowed_regions`` entries under which an applicant living in ``country`` (ISO 3166 alpha-2, any case)
    may apply: the country itself, the whole world, the regions it lies in (and their "time zones"), and UTC
    offsets within ``ZONE_REACH`` hours of its own. A remote posting whose regions hold none of these is closed to
    that applicant; one that names no region says nothing either way."""
    code = country.upper()
    regions = _MEMBERSHIP.get(code, ())
    out = {code, WORLDWIDE, f"{code} time zones", *regions, *(f"{r} time zones" for r in regions)}
    own = _OFFSET.get(code)
    if own is not None:
        out |= {zone for zone in _ZONES if abs(_zone_hours(zone) - own) <= ZONE_REACH}
    return frozenset(out)


def _zone_hours(label: str) -> float:
    m = _ZONE.fullmatch(label)
    if m is None:
        raise ValueError(label)
    hours = int(m[2]) + int(m[3] or 0) / 60
    return -hours if m[1] == "-" else hours


#: Every whole and half-hour UTC offset label ``allowed_regions`` can give ("UTC+5", "UTC+3:30", "UTC-6").
_ZONES = tuple(f"UTC{sign}{h}" + (":30" if half else "") for sign in "+-" for h in range(15) for half in (0, 1)
               if not (sign == "-" and h == 0 and not half) and not (h == 14 and half))
