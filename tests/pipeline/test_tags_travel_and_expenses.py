"""Trips booked in a family's or a team's words ("book our family travel", "book an apartment and flights", «رزرو
رستوران و هتل») and money recorded the way households and travel desks say it ("the household budget … reconciled",
«приём и проверка авансовых отчётов», «تسویه هزینه‌های سفر»); not demos booked for a travel firm, a
campaign's budget, a skill wanted or a perk (``tests/data/tags_written_an``)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text

TRIPS_BOOKED = [
    ("Virtual Household Manager", "- Manage the family inbox\n- Plan and book our family travel, twice a year"),
    ("Remote Personal Assistant", "Need someone to call the movers, and find and book an apartment and flights for "
                                  "the four of us."),
    ("دستیار آنلاین مدیر", "وظایف: پاسخ به ایمیل‌ها، رزرو رستوران و هتل برای سفرهای کاری"),
]


@pytest.mark.parametrize("title,description", TRIPS_BOOKED, ids=[t for t, _ in TRIPS_BOOKED])
def test_trips_booked_for_a_family_or_a_manager_are_travel_booking(title: str, description: str) -> None:
    assert "travel_booking" in tag_text(title, description).tags


NO_TRIP_BOOKED = [
    ("Appointment Setter", "- Call warm leads and book demos for our travel agency clients\n"
                           "- Log every call in HubSpot"),
    ("ادمین اینستاگرام اقامتگاه", "وظایف: انتشار پست، پاسخ به دایرکت‌ها و فرستادن درخواست‌های رزرو به پذیرش هتل"),
]


@pytest.mark.parametrize("title,description", NO_TRIP_BOOKED, ids=[t for t, _ in NO_TRIP_BOOKED])
def test_demos_booked_for_a_travel_firm_and_bookings_passed_to_a_hotel_are_no_travel_booking(title: str,
                                                                                             description: str) -> None:
    assert "travel_booking" not in tag_text(title, description).tags


MONEY_RECORDED = [
    ("Remote Family Assistant", "- Pay the recurring bills online and log each one in our household budget sheet, "
                                "then reconcile it against the card statements\n- Keep the family calendar"),
    ("Virtual Household Manager", "- Pay household invoices and keep the household budget up to date in "
                                  "QuickBooks\n- Schedule the home's vendors"),
    ("Координатор командировок", "Обязанности:\n- приём и проверка авансовых отчётов сотрудников;\n"
                                 "- бронирование билетов и гостиниц."),
    ("هماهنگ‌کننده سفر", "شرح وظایف:\n- تسویه هزینه‌های سفر کارکنان با واحد مالی\n- رزرو بلیط و هتل"),
]


@pytest.mark.parametrize("title,description", MONEY_RECORDED, ids=[t for t, _ in MONEY_RECORDED])
def test_a_household_budget_bill_payments_and_travel_expenses_recorded_are_bookkeeping(title: str,
                                                                                      description: str) -> None:
    assert "bookkeeping" in tag_text(title, description).tags


MONEY_NOT_RECORDED = [
    ("Marketing Assistant", "- Track the campaign budget in our planning sheet\n- Schedule posts and reply to DMs"),
    ("Координатор командировок", "Обязанности: бронирование билетов и гостиниц, визы.\n"
                                 "Опыт проверки авансовых отчётов будет плюсом."),
    ("هماهنگ‌کننده سفر", "شرح وظایف: رزرو بلیط و هتل برای همکاران.\nمزایا: تسویه هزینه‌های ایاب و ذهاب"),
]


@pytest.mark.parametrize("title,description", MONEY_NOT_RECORDED, ids=[t for t, _ in MONEY_NOT_RECORDED])
def test_a_campaigns_budget_a_skill_wanted_and_a_perk_are_no_bookkeeping(title: str, description: str) -> None:
    assert "bookkeeping" not in tag_text(title, description).tags


TRAVEL_DESKS = [
    ("Координатор командировок (travel-ассистент)", "Обязанности: бронирование авиабилетов и гостиниц для "
                                                     "сотрудников, оформление командировочных документов."),
    ("Sayohat koordinatori / travel-assistent", "Vazifalar: xodimlar uchun aviachipta va mehmonxona bron qilish, "
                                                "vizalar."),
]


@pytest.mark.parametrize("title,description", TRAVEL_DESKS, ids=[t for t, _ in TRAVEL_DESKS])
def test_a_travel_desks_coordinator_or_assistant_books_travel_and_is_no_generalist(title: str,
                                                                                  description: str) -> None:
    result = tag_text(title, description)
    assert "travel_booking" in result.tags
    assert "general_admin" not in result.tags


def test_an_assistant_to_a_manager_who_also_books_trips_stays_a_generalist() -> None:
    result = tag_text("Ассистент руководителя", "Обязанности: ведение календаря, бронирование билетов и гостиниц "
                                                "для командировок, деловая переписка.")
    assert {"general_admin", "travel_booking"} <= set(result.tags)
