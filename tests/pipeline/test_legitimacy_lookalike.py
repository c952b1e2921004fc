"""``pipeline.legitimacy.lookalike``: a contact domain that imitates the employer's name (research note R6)."""
from __future__ import annotations

import pytest

from crawlers.items import PostingItem
from pipeline.legitimacy import assess, data
from pipeline.legitimacy.lookalike import lookalike_domain


def _found(company: str, text: str) -> str | None:
    m = lookalike_domain(company, text)
    return m.group(1) if m else None


@pytest.mark.parametrize(("company", "text", "domain"), [
    ("MasterCraft", "Forward your Resume/CV to staffing@themasterscrafts.com ASAP", "themasterscrafts.com"),
    ("Microsoft", "Apply at https://micros0ft-careers.com/apply", "micros0ft-careers.com"),
    ("MasterCraft", "CVs to Staffing@TheMastersCrafts.com", "TheMastersCrafts.com"),  # as written, glued capitals too
    ("MasterCraft", '<a href="https://www.themasterscrafts.com/apply">Apply here</a>', "www.themasterscrafts.com"),
    ("Brightlane", "Send your CV to hr@brightllane.io", "brightllane.io"),
    ("Orbit Logistics LLC", "CVs: jobs@orbitlogisticks.com", "orbitlogisticks.com"),
    ("Artel", "Rezyumeni yuboring: hr@arttel.uz. Aloqa: @artel_hr", "arttel.uz"),  # an Uzbek Telegram post
    ("Artel", "Резюмени юборинг: hr@arttel.uz", "arttel.uz"),
    ("Uzum Market", "Присылайте резюме на hr@uzummarkiet.uz", "uzummarkiet.uz"),
    ("دیجی‌کالا | Digikala", "رزومه خود را به hr@digikaala.com بفرستید", "digikaala.com"),  # a Persian ad, a Latin brand
])
def test_a_name_with_letters_slipped_inside_or_digits_for_letters_is_an_imitation(company, text, domain) -> None:
    assert _found(company, text) == domain


@pytest.mark.parametrize(("company", "text"), [
    ("MasterCraft", "Apply at https://www.mastercraft.com/careers"),  # its own
    ("MasterCraft", "CVs to jobs@mastercraftboats.com or careers.mastercraft.co.uk"),  # the name whole, more around it
    ("Brightlane", "Apply: https://getbrightlane.io/jobs"),
    ("Greenback Expat Tax Services", "URL: www.greenbacktaxservices.com"),  # the name shortened (real board posting)
    ("Hub Support", "URL: www.hbspprt.com"),  # vowels dropped (real board posting)
    ("Brite", "Read more at https://brightsite.com"),  # a short name scattered through another firm's domain
    ("Smith & Sons", "Write to office@smithandsons.com"),
    ("Tom's Key Company", "URL: https://tomskey.com/"),
    ("Restaurant365", "Visit https://restaurant365.com"),
    ("Acme Labs", "Our recruiter: anna@talentbridge.com"),  # a recruiter's own address
    ("XM", "URL: https://xm.com"),  # a name too short to judge
    ("«Baraka Logistics» МЧЖ", "Rezyume: hr@baraka.uz"),
    ("Artel", "Rezyume: hr@artel.uz, sayt: https://artelgroup.com"),
    ("دیجی‌کالا | Digikala", "رزومه خود را به jobs@digikala.com بفرستید"),
    ("ООО «Азия Телеком»", "Резюме: hr@asiatelecom.uz"),  # a name in Cyrillic letters is not compared
    (None, "staffing@themasterscrafts.com"),
])
def test_its_own_domain_a_shortened_one_or_another_firms_is_not(company, text) -> None:
    assert _found(company, text) is None  # type: ignore[arg-type]


def test_on_the_real_board_postings_it_finds_the_mastercraft_impersonations_only() -> None:
    fired = {(p.company, p.title) for p in data.read_jsonl(data.BOARD_LEGIT)
             if lookalike_domain(p.company, f"{p.title}\n{p.description}")}
    assert fired == {("MasterCraft", "Data Entry Virtual Assistant"),
                     ("MasterCraft", "WFH Customer Service Representative")}


def test_assess_names_the_domain_as_written() -> None:
    posting = PostingItem(source="t", source_id="1", title="Virtual Assistant", company="MasterCraft", language="en",
                          description="Manage email and calendars for our team. Forward your CV to "
                                      "Staffing@TheMastersCrafts.com today.")
    reason = next(r for r in assess(posting).reasons if r.code == "lookalike_domain")
    assert reason.span == "TheMastersCrafts.com" and "MasterCraft" in reason.text
    legit = PostingItem(source="t", source_id="1", title="Virtual Assistant", company="MasterCraft", language="en",
                        description="Manage email and calendars for our team. Apply at https://mastercraft.com/jobs.")
    assert "lookalike_domain" not in {r.code for r in assess(legit).reasons}


@pytest.mark.parametrize("text", [
    "www." * 50_000,  # each "www." starts a domain running to the end (read from every start: 93 s before)
    "@" * 200_000,
    ("hr@" + "a" * 5_000 + ".com ") * 200,
    "http://" + "-" * 100_000,
    "\x00@\ud800.com İİ@İ.com",
])
def test_hostile_text_finds_nothing_and_ends(text: str) -> None:
    assert lookalike_domain("MasterCraft", text) is None


def test_a_domain_is_read_within_the_dns_bounds() -> None:
    """A label of more than 63 characters is no domain (nor is a part of it one)."""
    assert _found("MasterCraft", "hr@themasterscrafts" + "s" * 60 + ".com") is None
    assert _found("MasterCraft", "hr@careers.eu.west.themasterscrafts.com") == "careers.eu.west.themasterscrafts.com"
