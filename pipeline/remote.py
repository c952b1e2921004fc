"""Remote eligibility: remote / hybrid / on-site, and where applicants may live.

``remote_scope`` comes from what the posting states, strongest evidence first:
the short fields (location, employment type, title) before the description, and
hybrid before remote before on-site (a "hybrid" posting usually also says
"remote" and "office"). Wording is read in English, Russian, Persian and Uzbek
(both scripts): "remote", "удалённая работа", "дистанционно", "دورکاری",
"masofaviy", "masofadan", "гибрид", "حضوری", "ofisda"… A negated remote
("not remote", "non-remote", "без удалёнки") counts as on-site.

``allowed_regions`` reads a remote posting's location field as a list of places
applicants may be in ("USA Only", "Americas, Europe, Israel", "USA, CST (UTC-6)",
"Anywhere in the World"). Countries become ISO 3166 alpha-2 codes, regions a
canonical English name, time zones "UTC±H[:MM]" or "<Region> time zones", and
"anywhere" ``["Worldwide"]``. Places it does not know (cities, "Remote") are left
out; when nothing is known it gives ``None`` rather than a guess. The location
of an on-site or hybrid job is where the office is, not a restriction on
applicants, so it is not read as one.
"""
from __future__ import annotations

import re

from pipeline.textnorm import persian_letters, strip_invisible, unify_apostrophes

WORLDWIDE = "Worldwide"

# The patterns run on lower-cased text that was *not* folded (descriptions are long and
# folding them costs more than the search), so they accept ZWNJ and the Arabic
# letter forms (ي ك) themselves: "دور‌کاری", "دورکاري".
_Y, _K, _J = "[یيى]", "[کك]", "[\\s\u200c]*"
_HYBRID = re.compile(rf"\bhybrid\b|гибрид|\bgibrid\b|ҳибрид|هیبرید|ترکیبی|دور{_J}{_K}ار{_Y}{_J}(?:نیمه|پاره)|نیمه{_J}حضوری")
_REMOTE = re.compile(
    r"\bremote(?:ly)?\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b|\btelecommut\w*|\bdistributed team\b|"
    r"\banywhere\b|\bworldwide\b|\bwork from anywhere\b|"
    r"удал[её]нн\w*|удал[её]нк\w*|удал[её]нно|дистанцион\w*|"
    rf"دور{_J}{_K}ار{_Y}|از{_J}راه{_J}دور|{_K}ار{_J}در{_J}منزل|"
    r"masofaviy|masofadan|masofaviy|масофавий|масофадан|uydan\s+ishlash|уйдан\s+ишлаш|onlayn\s+ish|онлайн\s+иш"
)
_NEGATED_REMOTE = re.compile(
    r"\b(?:not|no|non)[\s-]+remote\b|\bremote\s+is\s+not\b|без\s+удал[её]н\w*|не\s+удал[её]нн\w*|"
    rf"غ{_Y}ر{_J}دور{_K}ار{_Y}|ام{_K}ان{_J}دور{_K}ار{_Y}{_J}(?:ندارد|وجود{_J}ندارد)"
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
    if _HYBRID.search(text):
        return "hybrid"
    if _NEGATED_REMOTE.search(text):
        return "onsite"
    if _REMOTE.search(text):
        return "remote"
    if _ONSITE.search(text):
        return "onsite"
    return None


def remote_scope(*, location: str | None = None, employment_type: str | None = None,
                 title: str | None = None, description: str | None = None,
                 remote: bool | None = None) -> str | None:
    """``remote``, ``hybrid``, ``onsite`` or ``None`` when the posting does not say."""
    fields = _prepare(" | ".join(filter(None, [location, employment_type, title])))
    scope = _scope_of(fields)
    if scope is not None:
        return scope
    if remote:
        # A remote-only board (Remote OK, We Work Remotely): the description can only
        # narrow it to hybrid; the other searches would cost time and say nothing new.
        if description and _HYBRID.search(description[:20000].lower()):
            return "hybrid"
        return "remote"
    if description:
        return _scope_of(description[:20000].lower())
    return None


# ------------------------------------------------------------------ regions

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
}
_REGIONS: dict[str, str] = {
    "europe": "Europe", "eu": "Europe", "european union": "Europe", "emea": "EMEA",
    "americas": "Americas", "north america": "North America", "northern america": "North America",
    "latin america": "Latin America", "latam": "Latin America", "south america": "South America",
    "central america": "Central America", "asia": "Asia", "apac": "Asia-Pacific",
    "asia pacific": "Asia-Pacific", "asia-pacific": "Asia-Pacific", "oceania": "Oceania",
    "africa": "Africa", "middle east": "Middle East", "mena": "Middle East",
    "central asia": "Central Asia", "cis": "CIS", "снг": "CIS",
    "european": "Europe", "american": "Americas", "us": "US",
}
_WORLDWIDE_WORDS = re.compile(
    r"^(?:anywhere(?: in the world)?|worldwide|world ?wide|global(?:ly)?|globally remote|"
    r"open globally|anywhere \(open globally\)|remote worldwide|international|all countries|"
    r"весь мир|по всему миру|butun dunyo|бутун дунё|همه کشورها)$"
)
_NOISE = re.compile(r"\b(?:only|remote|based|within|from|friendly|fully|candidates?|"
                    r"time ?zones?|open|in|the)\b|100%|[()]")
_TZ = re.compile(r"(?:utc|gmt)\s*([+\-−]\s*\d{1,2}(?::?\d{2})?)")
_TZ_NAMED = re.compile(r"\b(cst|est|pst|mst|cet|eet|wet|bst|ist)\b")
_TZ_NAMES = {"cst": "UTC-6", "est": "UTC-5", "pst": "UTC-8", "mst": "UTC-7", "cet": "UTC+1",
             "eet": "UTC+2", "wet": "UTC+0", "bst": "UTC+1"}
_SPLIT = re.compile(r"\s*(?:,|;|/|\||\bor\b|\band\b| \+ |&| - | – )\s*")


def _token_regions(token: str) -> list[str]:
    token = token.strip(" .-–")
    if not token:
        return []
    if _WORLDWIDE_WORDS.match(token):
        return [WORLDWIDE]
    out: list[str] = []
    zone = _TZ.search(token)
    if zone:
        offset = re.sub(r"\s+", "", zone[1]).replace("−", "-")
        if re.fullmatch(r"[+-]\d{3,4}", offset):
            offset = f"{offset[:-2]}:{offset[-2:]}"
        return [f"UTC{offset}"]
    named = _TZ_NAMED.search(token)
    if named and named[1] in _TZ_NAMES:
        return [_TZ_NAMES[named[1]]]
    is_zone = re.search(r"time ?zones?", token) is not None
    core = re.sub(r"\s+", " ", _NOISE.sub(" ", token)).strip(" .-–")
    if not core:
        return []
    if _WORLDWIDE_WORDS.match(core):
        return [WORLDWIDE]
    if core in _COUNTRIES:
        out.append(_COUNTRIES[core])
    elif core in _REGIONS:
        out.append(_REGIONS[core])
    if is_zone and out:
        return [f"{out[0]} time zones"]
    return out


def allowed_regions(location: str | None) -> list[str] | None:
    """Places a remote posting's applicants may be in, or ``None`` when it does not say."""
    if not location:
        return None
    text = persian_letters(unify_apostrophes(strip_invisible(location))).lower()
    text = re.sub(r"[\s\u00a0]+", " ", text)
    found: list[str] = []
    for token in _SPLIT.split(text):
        for region in _token_regions(token):
            if region not in found:
                found.append(region)
    if WORLDWIDE in found and len(found) > 1:
        found.remove(WORLDWIDE)  # "Worldwide, USA preferred": the restriction is what counts
    return found or None


def normalize_regions(regions: list[str] | None) -> list[str] | None:
    """A source's own list (Himalayas ``locationRestrictions``) in the same canonical form."""
    if not regions:
        return None
    out: list[str] = []
    for raw in regions:
        found = allowed_regions(str(raw)) or [str(raw).strip()]
        out.extend(r for r in found if r and r not in out)
    return out or None
