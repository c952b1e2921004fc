"""Remote eligibility; region strings are real (tests/fixtures/normalize/real_strings.json)."""
import json
from pathlib import Path

import pytest

from pipeline.remote import (COUNTRY_CODES, HOME_COUNTRIES, LOCATION_READ, WORLDWIDE, ZONE_REACH, allowed_regions,
                             country_code, normalize_regions, open_to, remote_scope)

REAL = json.loads((Path(__file__).parents[1] / "fixtures" / "normalize" / "real_strings.json").read_text("utf-8"))


@pytest.mark.parametrize("kwargs,scope", [
    ({"employment_type": "قرارداد دورکاری"}, "remote"),                 # jobinja contract_type
    ({"employment_type": "قرارداد تمام وقت"}, None),
    ({"title": "Masofaviy ish: call-markaz operatori"}, "remote"),
    ({"description": "Ish masofadan, haftasiga 5 kun"}, "remote"),
    ({"title": "Оператор колл-центра (масофавий)"}, "remote"),
    ({"employment_type": "Удаленная работа"}, "remote"),                 # hh schedule.name
    ({"description": "Удалённая работа, гибкий график"}, "remote"),
    ({"location": "Ташкент", "description": "Работа в офисе на Чиланзаре"}, "onsite"),
    ({"description": "کار به صورت حضوری در تهران"}, "onsite"),
    ({"location": "Hybrid - London", "remote": True}, "hybrid"),
    ({"description": "Гибрид: 2 дня в офисе"}, "hybrid"),
    ({"description": "This role is not remote; you will work on-site."}, "onsite"),
    # a negated remote in each language's usual words: the job is done on site
    ({"description": "This is not a remote position."}, "onsite"),
    ({"description": "Remote work is not possible for this role."}, "onsite"),
    ({"description": "Remote: No"}, "onsite"),
    ({"description": "Удаленная работа не рассматривается."}, "onsite"),
    ({"description": "Удалёнка не предусмотрена, офис в центре."}, "onsite"),
    ({"description": "Ish masofaviy emas, ofisda."}, "onsite"),
    ({"description": "Иш масофавий эмас."}, "onsite"),
    ({"description": "بدون امکان دورکاری، محل کار تهران"}, "onsite"),
    ({"description": "Remote: yes. Remote work is possible across Europe."}, "remote"),
    ({"description": "Remote work: not possible"}, "onsite"),
    ({"description": "Удалённый формат невозможен."}, "onsite"),
    # a denied hybrid is no hybrid: the job is what the rest says
    ({"title": "Virtual Assistant (Remote, not hybrid)"}, "remote"),
    ({"description": "A fully remote role - not hybrid, no office visits."}, "remote"),
    ({"description": "Hybrid work is not available; this role is fully remote."}, "remote"),
    ({"description": "Hybrid: no. Work from home."}, "remote"),
    ({"description": "Формат работы: удалённо, не гибрид"}, "remote"),
    ({"description": "Гибридный формат работы невозможен, только удалённо."}, "remote"),
    ({"title": "Support agent", "description": "Not a hybrid role.", "remote": True}, "remote"),
    ({"description": "Not hybrid for contractors. Hybrid schedule for staff: 3 days in the office."}, "hybrid"),
    ({"title": "Virtual Assistant", "description": "Work from home, flexible hours"}, "remote"),
    ({"title": "Support agent"}, None),
    ({"title": "Support agent", "remote": True}, "remote"),             # remote-only board
])
def test_remote_scope(kwargs: dict, scope: str | None) -> None:
    assert remote_scope(**kwargs) == scope


@pytest.mark.parametrize("raw,regions", [
    ("Anywhere in the World", [WORLDWIDE]),                # wwr <region>
    ("USA Only", ["US"]),
    ("Latin America Only", ["Latin America"]),
    ("Other (don’t specify)", None),
    ("Worldwide", [WORLDWIDE]),                            # remotive candidate_required_location
    ("Americas, Europe, Israel", ["Americas", "Europe", "IL"]),
    ("USA, CST (UTC-6)", ["US", "UTC-6"]),
    ("Northern America, Europe, UK, France, European timezones",
     ["North America", "Europe", "GB", "FR", "Europe time zones"]),
    ("Northern America, LATAM, Europe, APAC", ["North America", "Latin America", "Europe", "Asia-Pacific"]),
    ("LATAM,  Canada,  Europe,  UK,  USA", ["Latin America", "CA", "Europe", "GB", "US"]),  # jobicy jobGeo
    ("Anywhere", [WORLDWIDE]),
    ("Remote - United States", ["US"]),                    # remoteok location
    ("New York, NY", ["US"]),                              # a city stands for its country (pipeline.places)
    ("GMT+03:30", ["UTC+3:30"]),  # one label per offset: what `open_to` compares with
    ("UTC +0530", ["UTC+5:30"]), ("GMT+05:00", ["UTC+5"]), ("UTC-6", ["UTC-6"]),
    ("Uzbekistan", ["UZ"]),
    ("Remote", None),
    ("Lithuania - Remote", ["LT"]),                        # remoteok location: any country by its CLDR name
    ("Taipei, Taiwan", ["TW"]), ("Hong Kong", ["HK"]), ("Estonia, Latvia", ["EE", "LV"]),
    ("Литва", ["LT"]), ("Litva", ["LT"]), ("لیتوانی", ["LT"]), ("США", ["US"]), ("آمریکا", ["US"]),
    ("Georgia", None), ("Jersey", None),                   # US states as often as the country and the island
    ("Remote (UTC-5 to UTC+3)", ["UTC-5", "UTC-4", "UTC-3", "UTC-2", "UTC-1", "UTC+0", "UTC+1", "UTC+2", "UTC+3"]),
    ("GMT+2 - GMT+4", ["UTC+2", "UTC+3", "UTC+4"]),         # a range, not two places split at " - "
    ("UTC+5, UTC+7", ["UTC+5", "UTC+7"]),                   # two zones, not a range
])
def test_allowed_regions(raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


@pytest.mark.parametrize("raw,regions", [
    ("Worldwide (except US)", [WORLDWIDE, "not US"]),
    ("Anywhere except USA", [WORLDWIDE, "not US"]),
    ("Anywhere but Iran", [WORLDWIDE, "not IR"]),
    ("Worldwide, excluding US and Canada", [WORLDWIDE, "not US", "not CA"]),  # was ["CA"]: open to Canada only
    ("Europe, excluding UK", ["Europe", "not GB"]),
    ("Remote - Worldwide except EU", [WORLDWIDE, "not Europe"]),
    ("North America (outside the US)", ["North America", "not US"]),
    ("Not available in Iran, Russia", [WORLDWIDE, "not IR", "not RU"]),     # was ["RU"]
    ("Worldwide (excl. Russia), UTC+5", ["UTC+5", "not RU"]),              # the list ends with its clause
    ("Весь мир, кроме России и Украины", [WORLDWIDE, "not RU", "not UA"]),  # Russian names in the genitive
    ("Удалённо, за исключением РФ и Беларуси", [WORLDWIDE, "not RU", "not BY"]),
    ("همه کشورها به جز ایران", [WORLDWIDE, "not IR"]),
    ("Butun dunyo, AQSh va Rossiyadan tashqari", [WORLDWIDE, "not US", "not RU"]),
    # where a US employer cannot hire: Iran among them, which an Iranian seeker must be told
    ("Worldwide (excluding sanctioned countries)", [WORLDWIDE, "not CU", "not IR", "not KP", "not SY"]),
    ("Anywhere except OFAC-sanctioned countries and Russia", [WORLDWIDE, "not CU", "not IR", "not KP", "not SY",
                                                              "not RU"]),
    # a place it does not know is shut out of nothing, and never read as a place that may apply
    ("USA, except Texas", ["US"]), ("Worldwide (except UTC-5)", [WORLDWIDE]), ("Outside IR35", None),
])
def test_the_places_a_posting_shuts_out_follow_as_not(raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


def test_every_real_region_string_gives_known_places_or_none() -> None:
    for key in ("wwr_region", "remotive_candidate_required_location", "jobicy_jobGeo"):
        for raw in REAL[key]:
            found = allowed_regions(raw)
            assert found is None or all(r and r == r.strip() for r in found), raw
            if raw.lower().startswith(("anywhere", "worldwide")):
                assert found == [WORLDWIDE]
            elif "don’t specify" not in raw:
                assert found, raw


def test_a_sources_own_list_is_canonicalised() -> None:
    assert normalize_regions(["USA", "European timezones", "Kraków"]) == ["US", "Europe time zones", "PL"]
    assert normalize_regions(["USA", "Chevy Chase"]) == ["US", "Chevy Chase"]  # a place it does not know stays
    assert normalize_regions([]) is None


# The locations of the real Remote OK captures that name a city or a US state and no country (tests/fixtures and
# ../shared/data/samples/remoteok), Remotive's, and those of the Uzbek and Iranian sources
@pytest.mark.parametrize("raw,regions", [
    ("Bengaluru", ["IN"]), ("Toronto", ["CA"]), ("Hamburg", ["DE"]), ("Kyiv", ["UA"]), ("London", ["GB"]),
    ("Delhi", ["IN"]), ("Palo Alto", ["US"]), ("Hyderabad", ["IN"]),
    ("Johannesburg, Gauteng", ["ZA"]), ("Campinas, SP", ["BR"]), ("Buenos Aires, Buenos Aires", ["AR"]),
    ("Quezon City, Metro Manila", ["PH"]), ("São Paulo, SP", ["BR"]), ("Sao Paulo", ["BR"]),
    ("Toronto, Ontario", ["CA"]),                   # the province, not Ontario, California
    ("Charlotte,North Carolina", ["US"]), ("Fort Worth,Texas", ["US"]), ("Bozeman, MT", ["US"]),
    ("Chicago, IL", ["US"]), ("San Carlos, California", ["US"]), ("Texas", ["US"]),
    ("REMOTE - Utah and Colorado based Only", ["US"]), ("Atlanta (Remote Friendly)", ["US"]),
    ("New York City / San Francisco / Los Angeles / Remote", ["US"]), ("Madrid HQ, ES", ["ES"]),
    ("Ташкент", ["UZ"]), ("Тошкент", ["UZ"]), ("Toshkent sh.", ["UZ"]), ("Samarqand viloyati", ["UZ"]),
    ("г. Москва", ["RU"]), ("تهران، تهران", ["IR"]), ("اصفهان", ["IR"]), ("Remote (Tehran)", ["IR"]),
    ("London or Berlin", ["GB", "DE"]),
    ("Birmingham", ["GB"]), ("Birmingham, AL", ["US"]),   # the larger city, unless a US state says otherwise
    ("Valencia", None), ("Cambridge", None),              # Venezuela's and Spain's, England's and Massachusetts': no guess
    ("MD Chevy Chase (Office) - JPS", None), ("Chevy Chase, Maryland", ["US"]),
    ("Remote", None), ("1 Remote", None), ("Work From Home", None), ("All", None), ("Of", None),
    ("Georgia", None),                                    # the state or the country
    # Jobinja's province first, then the city (../shared/data/samples/jobinja: 79 of its locations)
    ("خراسان رضوی، مشهد", ["IR"]), ("خوزستان، اهواز", ["IR"]), ("قم، قم", ["IR"]), ("آذربایجان شرقی، تبریز", ["IR"]),
    ("گیلان، رشت", ["IR"]), ("مازندران، قائم شهر", ["IR"]), ("خراسان رضوی", None),
    ("Ontario", ["CA"]), ("London, ON", ["CA"]), ("Perth, WA", ["AU"]), ("Brisbane, Queensland", ["AU"]),
    # a name that alone is something else is a city where a state or province after it chooses the country
    ("Victoria, BC", ["CA"]), ("Remote - Victoria, BC", ["CA"]), ("Victoria, TX", ["US"]), ("Victoria", None),
    ("Mobile, AL", ["US"]), ("Remote, IN", None),
])
def test_a_city_or_us_state_stands_for_its_country(raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


def test_a_split_list_that_shuts_places_out_is_read_whole() -> None:
    """The spiders split a source's text at its commas (``fields.split_regions``); what it shuts out is said of
    the places before it, so "Europe, excluding UK" is Europe without the UK, not the world without it."""
    assert normalize_regions(["Europe", "excluding UK"]) == ["Europe", "not GB"]
    assert normalize_regions(["Anywhere except USA", "Canada"]) == [WORLDWIDE, "not US", "not CA"]
    assert normalize_regions(["Worldwide (except US)"]) == [WORLDWIDE, "not US"]


# The words for "remote" and "only" in each language the seekers read, beside the place they qualify
@pytest.mark.parametrize("raw,regions", [
    ("Masofaviy (Oʻzbekiston)", ["UZ"]), ("Masofadan, Oʻzbekiston", ["UZ"]), ("Faqat Oʻzbekiston", ["UZ"]),
    # every apostrophe an Uzbek writer types
    ("Masofaviy (O'zbekiston)", ["UZ"]), ("Masofaviy (O‘zbekiston)", ["UZ"]), ("Masofaviy (O’zbekiston)", ["UZ"]),
    ("Masofaviy (O`zbekiston)", ["UZ"]),
    ("Масофавий (Ўзбекистон)", ["UZ"]), ("Фақат Ўзбекистон", ["UZ"]), ("Масофадан (Қозоғистон)", ["KZ"]),
    ("Удаленно (Узбекистан)", ["UZ"]), ("Удалённо (Узбекистан)", ["UZ"]), ("Удалёнка, Узбекистан", ["UZ"]),
    ("Дистанционно (Узбекистан)", ["UZ"]), ("Только Узбекистан", ["UZ"]),
    ("دورکاری (ایران)", ["IR"]), ("ایران (دورکاری)", ["IR"]), ("دورکاری - ایران", ["IR"]), ("فقط ایران", ["IR"]),
    ("دور‌کاری (ایران)", ["IR"]),                   # with the ZWNJ inside the word
    ("Remote (Uzbekistan)", ["UZ"]),
    ("Masofaviy (butun dunyo)", [WORLDWIDE]), ("Удалённо, кроме Узбекистана", [WORLDWIDE, "not UZ"]),
    # a city stands for its country as it did: "Toshkent" is Uzbekistan with or without the word beside it
    ("Toshkent", ["UZ"]), ("Masofaviy (Toshkent)", ["UZ"]), ("Faqat Toshkent", ["UZ"]), ("فقط تهران", ["IR"]),
    # the word alone names no place: no restriction, as "Remote" alone
    ("Masofaviy", None), ("Удалённо", None), ("دورکاری", None), ("Только удалённо", None), ("Faqat masofaviy", None),
])
def test_the_words_for_remote_and_only_in_uzbek_russian_and_persian_are_no_part_of_the_place(
        raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


@pytest.mark.parametrize("raw", [
    "CIS", "Remote (CIS)", "Commonwealth of Independent States",
    "СНГ", "Удаленно (СНГ)", "страны СНГ",
    "MDH", "Masofaviy (MDH)", "MDH davlatlari", "МДҲ",           # the web's Uzbek name for the region
    "کشورهای مستقل مشترک‌المنافع", "دورکاری (کشورهای مستقل مشترک المنافع)",
])
def test_the_cis_is_named_in_every_language(raw: str) -> None:
    assert allowed_regions(raw) == ["CIS"]


@pytest.mark.parametrize("raw,regions", [
    ("Masofaviy (Oʻzbekiston, Qozogʻiston)", ["UZ", "KZ"]),  # was ["KZ"]: shown as "Masofaviy (Qozogʻiston)"
    ("Удаленно (Узбекистан, Казахстан)", ["UZ", "KZ"]),
    ("دورکاری (ایران، ترکیه)", ["IR", "TR"]),
    # a word it does not know before the bracket: the places inside it are read all the same
    ("Remote work (Uzbekistan, Kazakhstan)", ["UZ", "KZ"]), ("Masofaviy ish (Oʻzbekiston, Qozogʻiston)", ["UZ", "KZ"]),
    ("Удалённая работа (Узбекистан, Казахстан)", ["UZ", "KZ"]),
])
def test_a_bracketed_list_keeps_every_country(raw: str, regions: list[str]) -> None:
    """A location is split at its commas before its brackets are dropped, so the first place of "Remote (A, B)"
    shares its token with the word before the bracket: that word must not hide it."""
    assert allowed_regions(raw) == regions


@pytest.mark.parametrize("raw,regions", [
    ("دورکاری، فقط ایران و افغانستان", ["IR", "AF"]),  # each had read None: no country limit stated
    ("دورکاری (ایران و ترکیه)", ["IR", "TR"]), ("دورکاری، فقط ایران یا ترکیه", ["IR", "TR"]),
    ("Masofaviy, faqat O'zbekiston va Qozog'iston", ["UZ", "KZ"]), ("Masofaviy, Oʻzbekiston yoki Tojikiston", ["UZ", "TJ"]),
    ("Масофавий (Ўзбекистон ва Қозоғистон)", ["UZ", "KZ"]),
    ("Удалённо (Узбекистан и Казахстан)", ["UZ", "KZ"]), ("Удаленно, Россия или Беларусь", ["RU", "BY"]),
    ("Remote, USA and Canada only", ["US", "CA"]), ("USA and/or Canada", ["US", "CA"]),
    ("دورکاری، ایران، افغانستان", ["IR", "AF"]),
    # a name with the conjunction in it is one place, alone or in a list
    ("بوسنی و هرزگوین", ["BA"]), ("Босния и Герцеговина", ["BA"]), ("Antigua va Barbuda", ["AG"]),
    ("Босния и Герцеговина и Сербия", ["BA", "RS"]), ("ترینیداد و توباگو یا ایران", ["TT", "IR"]),
    ("ونزوئلا", ["VE"]),                                 # the letter "و" starting a name
    ("دورکاری، ایران وترکیه", None),                     # glued to the next word, "و" is no conjunction
    ("Весь мир, кроме России и Беларуси", [WORLDWIDE, "not RU", "not BY"]),
    ("Butun dunyo, Rossiya va Belarusdan tashqari", [WORLDWIDE, "not RU", "not BY"]),
])
def test_two_countries_joined_by_and_or_or_in_any_language_are_both_read(raw: str, regions: list[str] | None) -> None:
    assert allowed_regions(raw) == regions


def test_a_gig_for_two_named_countries_is_closed_to_a_third() -> None:
    regions = allowed_regions("دورکاری (ایران و ترکیه)")
    assert regions and set(regions) & open_to("IR") and not set(regions) & open_to("UZ")


def test_a_location_that_denies_remote_work_stays_an_office_not_a_restriction() -> None:
    """"Masofaviy emas (Toshkent)" names the office of an on-site job: ``normalize`` reads regions only for a
    remote posting, and the location's own denial keeps it from being one."""
    assert remote_scope(location="Masofaviy emas (Toshkent)") == "onsite"
    assert remote_scope(location="Удалённая работа не предусмотрена, Ташкент") == "onsite"
    assert remote_scope(location="بدون امکان دورکاری، تهران") == "onsite"


# ---------------------------------------------------------------- who may apply (``open_to``)

@pytest.mark.parametrize("location, uz, ir", [
    ("Anywhere", True, True),
    ("USA Only", False, False),                            # most of a remote board
    ("Northern America, Europe, UK", False, False),
    ("EMEA", False, True),                                 # Europe, the Middle East and Africa
    ("Central Asia", True, False),
    ("CIS", True, False),
    ("Asia", True, True),
    ("APAC", False, False),                                # Asia-Pacific: East and South-East Asia, Oceania
    ("Uzbekistan", True, False),
    ("Iran", False, True),
    ("GMT+03:30", True, True),                             # Tashkent is 1.5 hours away
    ("UTC +0530", True, True),
    ("UTC+9", False, False),
    ("USA, CST (UTC-6)", False, False),
    ("Europe time zones", False, False),
    ("Lithuania - Remote", False, False),                  # named, so no longer "no limit stated"
    ("Remote (UTC-5 to UTC+3)", True, True),               # Tashkent is 2 hours from the range's end
    ("UTC-8 to UTC+1", False, True),                       # Tehran is 2.5 hours from it, Tashkent 4
    ("UTC-1 to UTC+12", True, True),                       # both inside the range, far from its ends
    ("Masofaviy (Oʻzbekiston)", True, False), ("Только Узбекистан", True, False),
    ("Masofaviy (Oʻzbekiston, Qozogʻiston)", True, False),  # was Kazakhstan's only
    ("Masofaviy (MDH)", True, False), ("Удаленно (СНГ)", True, False),
    ("دورکاری (ایران)", False, True), ("فقط ایران", False, True),
])
def test_open_to_an_applicant_in_uzbekistan_or_iran(location: str, uz: bool, ir: bool) -> None:
    regions = allowed_regions(location)
    assert regions
    assert bool(set(regions) & open_to("UZ")) is uz
    assert bool(set(regions) & open_to("ir")) is ir


def test_a_place_shut_out_is_named_by_the_labels_of_the_applicants_it_shuts_out() -> None:
    """``not <label>`` closes a posting to an applicant who may apply under ``<label>`` (``store.queries.open_to_any``):
    so each place shut out is one of ``open_to``'s labels for the country that lives there."""
    for raw, country in (("Worldwide, excluding US and Canada", "US"), ("Worldwide, excluding US and Canada", "CA"),
                         ("Europe, excluding UK", "GB"), ("Worldwide except EU", "DE"),
                         ("همه کشورها به جز ایران", "IR"), ("Весь мир, кроме Узбекистана", "UZ")):
        shut_out = {r.removeprefix("not ") for r in allowed_regions(raw) if r.startswith("not ")}
        assert shut_out & open_to(country), (raw, country)


def test_every_zone_a_location_can_name_is_one_open_to_compares() -> None:
    """``allowed_regions`` writes each offset one way, and ``open_to`` lists offsets in that form: a zone is open
    to Tashkent (UTC+5) exactly when it is at most ``ZONE_REACH`` hours away, however the posting wrote it."""
    for hours in range(-12, 15):
        for minutes in (0, 30):
            offset = hours + (minutes / 60 if hours >= 0 else -minutes / 60)
            for written in (f"UTC{hours:+03d}:{minutes:02d}", f"GMT {hours:+03d}{minutes:02d}"):
                label = allowed_regions(written)[0]
                assert (label in open_to("UZ")) is (abs(offset - 5) <= ZONE_REACH), written


def test_a_country_with_no_known_regions_is_open_to_itself_and_the_world() -> None:
    assert open_to("LU") == {"LU", "LU time zones", WORLDWIDE}


def test_a_country_code_is_any_countrys_and_only_a_countrys() -> None:
    """Every country a location can name is one an applicant can say they live in; a code that names none (CLDR's
    "Unknown Region", the EU, a pseudo-locale, an unassigned pair) is refused rather than read as a country no
    posting names, which would answer with the world's gigs."""
    assert {country_code(c.lower()) for c in COUNTRY_CODES | set(HOME_COUNTRIES)} == COUNTRY_CODES | set(HOME_COUNTRIES)
    assert country_code(" ir ") == "IR" and country_code("XK") == "XK"  # Kosovo: CLDR's code, not ISO's yet
    for code in ("LU", "TV", "GL"):  # in no table of ours, still countries
        assert country_code(code) == code
    for bad, why in (("ZZ", "names no country"), ("EU", "names no country"), ("QQ", "names no country"),
                     ("Iran", "not a two-letter"), ("U1", "not a two-letter"), ("", "not a two-letter")):
        with pytest.raises(ValueError, match=why):
            country_code(bad)


@pytest.mark.parametrize("location", [
    # the Uzbek list before "…dan tashqari" was a lazy group tried from every start: 2 s at 20,000 characters
    "x" * 100_000 + " AQShdan tashqari",
    "hybrid " * 15_000 + "not hybrid",
    "not hybrid " * 10_000,
    "except " * 15_000 + "US",
])
def test_a_hostile_location_is_read_and_ends(location: str) -> None:
    regions = allowed_regions(location)
    assert regions is None or all(len(r) < 40 for r in regions)
    assert remote_scope(location=location) in {"remote", "hybrid", "onsite", None}


def test_a_location_is_read_only_as_far_as_a_location_goes() -> None:
    """A field of 100,000 characters is not a location: its first ``LOCATION_READ`` characters are read, so one
    pasted there costs what a long location costs."""
    pasted = "USA Only, " + "(" * 100_000
    assert allowed_regions(pasted) == ["US"]
    assert remote_scope(location=pasted) is None
    assert allowed_regions("x" * LOCATION_READ + ", Canada") is None  # what lies beyond is not read
