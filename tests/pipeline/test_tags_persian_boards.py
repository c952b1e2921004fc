"""Persian postings as Iranian boards and channels write them (Jobinja, e-estekhdam, Divar, Telegram;
``tests/data/tags_written_n``): duties as verbal nouns, plurals and ezafe, the ZWNJ typed as a space, Arabic ي/ك."""
from __future__ import annotations

import pytest

from pipeline.tags.matcher import default_matcher


def _strong(text: str, tag_: str) -> bool:
    return any(h.tag == tag_ and h.weight >= 1.0 for h in default_matcher().match(text, in_title=False))


@pytest.mark.parametrize("text,tag_,strong", [
    # appointments registered for clients («ثبت نوبت»), as «نوبت‌دهی» is; a work shift («نوبت کاری») is none
    ("پاسخگویی به تماس های مشتریان و ثبت نوبت خدمات نظافت", "calendar_scheduling", True),
    ("ثبت نوبت‌ها در نرم‌افزار مطب", "calendar_scheduling", True),
    ("كار در دو نوبت صبح و عصر", "calendar_scheduling", False),
    ("ثبت نام زبان آموزان در نرم افزار آموزشگاه", "calendar_scheduling", False),
    # customers' messages, the customer in the singular or the plural however typed («مشتری ها», «مشتریان»)
    ("پاسخ به پیام های مشتری ها در چت باسلام", "customer_support", True),
    ("پاسخ به پیام‌های مشتری در واتساپ", "customer_support", True),
    ("ارسال پیام های تبلیغاتی برای مشتریان قدیمی", "customer_support", False),
    # a follow-up by phone
    ("پیگیری تلفنی وصول مطالبات از مشتریان", "phone_answering", True),
    ("پیگیری سفارش ها تا تحویل به مشتری", "phone_answering", False),
    # invoices as «صورتحساب», issued or prepared
    ("صدور صورتحساب برای مشتریان", "bookkeeping", True),
    ("تهیه پیش‌نویس صورتحساب‌ها برای تأیید مدیر", "bookkeeping", True),
    ("صورتحساب‌ها را حسابدار شرکت صادر می‌کند", "bookkeeping", False),
    # information searched for, as «جستجوی اینترنتی» is research
    ("جستجوی اطلاعات دانشگاه‌ها و شهریه‌ها", "research", True),
    ("در جستجوی یک همکار دقیق هستیم", "research", False),
    # presentations prepared, as "prepare presentations" is; «ارائه» is also giving and presenting
    ("آماده‌سازی ارائه‌های جلسات سرمایه‌گذاران در PowerPoint", "graphic_design", True),
    ("تهیه ارائه برای جلسات هیئت مدیره", "graphic_design", True),
    ("تهیه و ارائه گزارش های ماهانه به مدیر", "graphic_design", False),
    ("ارائه اطلاعات دوره ها به مراجعه کنندگان", "graphic_design", False),
    # articles in the plural Persian borrows («مقالات»), as «مقاله»
    ("نوشتن و به‌روزرسانی مقالات راهنمای مرکز پشتیبانی", "content_writing", True),
    ("مقامات محلی را در جریان بگذارید", "content_writing", False),
    # returns followed up, as "process returns" is
    ("پیگیری مرجوعی‌ها و تعویض سایز", "ecommerce_support", True),
    ("امکان مرجوعی کالا تا هفت روز", "ecommerce_support", False),
    # candidates called, as customers and users are
    ("تماس با متقاضیان و دعوت آن‌ها به مصاحبه", "phone_answering", True),
    ("متقاضیان با شماره زیر تماس بگیرند", "phone_answering", False),
])
def test_persian_duties_in_the_words_posters_write(text: str, tag_: str, strong: bool) -> None:
    assert _strong(text, tag_) is strong, [(h.tag, h.evidence, h.weight) for h in default_matcher().match(
        text, in_title=False)]


@pytest.mark.parametrize("text,strong", [
    # LinkedIn run as a channel, as "LinkedIn posts" are in English
    ("مدیریت صفحه لینکدین شرکت", True),
    ("انتشار پست‌های لینکدین طبق تقویم محتوا", True),
    ("صفحه شرکت در لینکدین را مدیریت کنید", True),
    # hard negatives: LinkedIn as where leads or candidates are found, a hint as "LinkedIn" bare is in English
    ("شناسایی شرکت‌های هدف از طریق سایت‌ها، لینکدین و نقشه", False),
    ("جستجوی کاندیداها در لینکدین", False),
])
def test_linkedin_named_bare_is_a_hint_run_as_a_channel_social_media(text: str, strong: bool) -> None:
    assert _strong(text, "social_media") is strong, [(h.tag, h.evidence, h.weight) for h in default_matcher().match(
        text, in_title=False)]


@pytest.mark.parametrize("text,tag_,strong", [
    # office matters followed up are generalist admin work, not filing; documents filed are
    ("پاسخگویی به تلفن ها، کارهای دفتری و پیگیری امور اداری", "general_admin", True),
    ("پاسخگویی به تلفن ها، کارهای دفتری و پیگیری امور اداری", "file_organization", False),
    ("بایگانی مدارک و پیگیری امور اداری", "file_organization", True),
])
def test_office_matters_followed_up_are_admin_work_not_filing(text: str, tag_: str, strong: bool) -> None:
    assert _strong(text, tag_) is strong, [(h.tag, h.evidence, h.weight) for h in default_matcher().match(
        text, in_title=False)]
