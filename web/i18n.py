"""The web UI's languages: a small message catalogue in English, Uzbek (Latin) and Persian,
the taxonomy's tag labels, and dates as each reader expects them."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

import pipeline
from pipeline.dates import TEHRAN
from crawlers.sources import SOURCES, links_to_own
from crawlers.urls import plain_host
from store.models import EXCLUDED

UI_LANGUAGES = ("en", "uz", "fa")
RTL = frozenset({"fa"})
FEED_LANGUAGES = ("uz", "fa", "en", "ru")
TAXONOMY_PATH = Path(pipeline.__file__).parent / "tags" / "taxonomy.json"

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "site": "vagigs", "tagline": "Virtual-assistant gigs for Uzbekistan and Iran",
        "feed": "Gigs", "trends": "Market trends", "api": "API", "rss": "RSS", "atom": "Atom",
        "filters": "Filters", "language": "Language", "any_language": "Any language", "task": "Task",
        "any_task": "Any task", "task_hint": "A gig must have every task chosen", "source": "Source", "any_source": "Any source", "search": "Search",
        "search_hint": "words in the title, company or description", "since": "Posted",
        "any_time": "Any time", "last_7d": "Last 7 days", "last_30d": "Last 30 days",
        "last_days": "Last {n} days", "last_hours": "Last {n} hours", "last_weeks": "Last {n} weeks",
        "since_date": "Since {date}",
        "show_scams": "Show likely scams", "show_delisted": "Show gigs no longer listed",
        "show_expired": "Show gigs past their closing date",
        "remote_only": "Remote only", "open_to_me": "Remote, open to people in", "any_country": "Any country (not checked)",
        "regions_unstated": "no country limit stated", "worldwide": "worldwide",
        "regions_except": "{allowed} except {excluded}",
        "apply": "Apply", "reset": "Clear",
        "results": "{total} gigs", "feed_cut": "the newest {shown} of {total} postings; {option} shows them all",
        "no_results": "No gigs match these filters.",
        "closed_matches": "Show the {total} gigs past their closing date or no longer listed that match",
        "clear_filters": "Clear the filters and search to see every gig",
        "page_of": "Page {page} of {pages}", "prev": "Previous", "next": "Next", "pages_nav": "Pages",
        "site_nav": "Site",
        "company": "Company", "posted": "Posted", "pay": "Pay", "pay_not_given": "not given",
        "tags": "Tasks", "also_posted_on": "Also posted on", "reasons": "Why",
        "sign_strong": "strong sign", "sign_moderate": "moderate sign", "sign_weak": "weak sign",
        "verdict_ok": "Looks legitimate", "verdict_caution": "Caution", "verdict_likely_scam": "Likely scam",
        "verdict_insufficient_evidence": "Not enough information", "verdict_none": "Not assessed",
        "score": "Score {score}/100", "apply_link": "Apply", "original": "Original posting on {source}",
        "description": "Description", "details": "Details", "location": "Location", "remote": "Workplace",
        "remote_remote": "Remote", "remote_hybrid": "Hybrid", "remote_onsite": "On site",
        "regions": "Open to", "employment": "Employment", "parsed_pay": "Pay (parsed)",
        "gross": "gross", "net": "net", "negotiable": "negotiable", "first_seen": "First seen",
        "last_seen": "Last seen", "legitimacy": "Legitimacy", "tag_evidence": "Task evidence",
        "delisted": "No longer listed by {source} since {date}",
        "unseen": "Not seen on {source} since {date}: the gig may be filled",
        "closes_on": "Closes on {date}", "closed_on": "Closed on {date}",
        "matched": "matched", "other_languages": "Also in", "duplicate": "Duplicate",
        "duplicate_exact": "the same text as another posting of this gig",
        "duplicate_near": "nearly the same text as another posting of this gig",
        "duplicate_same_id": "the same posting, listed again by its source",
        "duplicate_other": "another posting of this gig",
        "pay_from": "from {amount}", "pay_up_to": "up to {amount}", "pay_per": "{amount} per {period}",
        "script_Latn": "Latin script", "script_Cyrl": "Cyrillic script", "script_Arab": "Arabic script",
        "page_beyond": "There is no page {page}: the last page is {pages}.", "last_page": "Go to the last page",
        "back": "Back to the gigs", "not_found": "Not found",
        "not_found_text": "There is no posting or page at this address.",
        "bad_request": "Bad request", "bad_request_text": "This address asks for something the site cannot read.",
        "bad_parameter_text": "One of the filters in this address has a value the site does not accept.",
        "method_not_allowed": "Not allowed", "method_not_allowed_text": "This address does not answer this kind of request.",
        "too_large": "Too large", "too_large_text": "What was sent is too large for the site to read.",
        "error": "Something went wrong", "error_text": "The site could not answer this time. Please try again later.",
        "trends_intro": "One posting per duplicate cluster (its most complete); its week is the ISO week, in UTC, "
                        "it was published.",
        "per_week_by": "Postings per week by {what}", "median_pay": "Median published pay",
        "scam_rates_by": "Scam rates by {what}", "week": "Week", "total": "Total", "period": "Period",
        "currency": "Currency", "postings": "Postings", "median_min": "Median minimum",
        "median_max": "Median maximum", "likely_scam": "Likely scams", "caution": "Caution",
        "reach": "Who can apply from Uzbekistan and Iran", "va_gigs": "VA gigs", "remote_gigs": "Remote",
        "open_to_country": "Open to {country}", "share_of_gigs": "Share",
        "reach_note": "Remote gigs that name the country, a region or time zone it is in, the whole world, or no "
                      "country limit; likely scams left out.",
        "scam_rate": "Scam rate",
        "trends_empty": "No postings are stored yet: the tables fill after the first crawl.", "weeks_shown": "The {n} weeks up to the newest posting", "ui_language": "Interface",
        "by_tag": "task", "by_language": "language", "by_source": "source", "by_week": "week",
        "iso_week": "{year}-W{week}",
        "by_reason": "warning sign", "warning_sign": "Warning sign", "untagged": "no task tag",
        "va_work": "VA work", "yes": "yes", "no": "no",
        "check": "Check a post", "check_result": "Result", "check_text": "Job post",
        "check_intro": "Paste a job post, for example one you were sent on Telegram. Its first line is read as "
                       "its title. vagigs judges it as it judges the gigs it collects, and stores nothing.",
        "check_pay_hint": "as the post gives it, e.g. 5 000 000 so'm", "check_submit": "Check",
        "check_empty": "No text to judge: paste the post's title and description.",
        "check_too_long": "The text is too long for one job post (at most {max} characters).",
        "pay_period_note": "Pay in so'm, toman or roubles with no period stated is counted as monthly, as these "
                           "postings quote it.",
        "pay_bounds_note": "Each median is over the postings that state that bound: \"from 20,000,000\" counts in the "
                           "median minimum alone, \"up to 8,000,000\" in the median maximum alone.",
        "postings_min": "Postings with a minimum", "postings_max": "Postings with a maximum",
        "pay_few_note": "* A median of fewer than {n} postings (greyed): a posting more or fewer can move it to another "
                        "posting's pay, so it shows a few employers' offers rather than the market's.",
        "counts_tagged": "VA gigs, each under every task it asks for: a gig of three tasks counts three times, so "
                         "the totals add up to more than the gigs.",
        "counts_every": "Every posting, VA gig or not, likely scams included.",
        "period_hour": "hour", "period_day": "day", "period_week": "week", "period_month": "month",
        "period_year": "year", "period_project": "project",
        "region_Asia-Pacific": "Asia-Pacific", "region_CIS": "CIS countries", "region_EMEA": "Europe/Middle East/Africa",
        "region_Middle East": "the Middle East", "zones_of": "{region} time zones",
        "employment_full_time": "Full-time", "employment_part_time": "Part-time", "employment_contract": "Contract",
        "employment_temporary": "Temporary", "employment_internship": "Internship",
        "employment_volunteer": "Volunteer", "employment_freelance": "Freelance", "employment_remote": "Remote work",
        "source_telegram": "Telegram channels", "source_jsonld": "Other job sites (schema.org)",
    },
    "uz": {
        "site": "vagigs", "tagline": "O'zbekiston va Eron uchun virtual yordamchi ishlari",
        "feed": "Ishlar", "trends": "Bozor tendensiyalari", "api": "API", "rss": "RSS", "atom": "Atom",
        "filters": "Saralash", "language": "Til", "any_language": "Istalgan til", "task": "Vazifa",
        "any_task": "Istalgan vazifa", "task_hint": "Ishda tanlangan har bir vazifa bo'lishi kerak", "source": "Manba", "any_source": "Istalgan manba", "search": "Qidirish",
        "search_hint": "sarlavha, kompaniya yoki tavsifdagi so'zlar", "since": "E'lon qilingan",
        "any_time": "Istalgan vaqt", "last_7d": "So'nggi 7 kun", "last_30d": "So'nggi 30 kun",
        "last_days": "So'nggi {n} kun", "last_hours": "So'nggi {n} soat", "last_weeks": "So'nggi {n} hafta",
        "since_date": "{date} dan beri",
        "show_scams": "Firibgarlik ehtimoli borlarini ham ko'rsatish",
        "show_delisted": "Ro'yxatdan olinganlarini ham ko'rsatish",
        "show_expired": "Muddati o'tganlarini ham ko'rsatish",
        "remote_only": "Faqat masofaviy", "open_to_me": "Masofaviy: qaysi mamlakatdan", "any_country": "Istalgan joy (tekshirilmaydi)",
        "regions_unstated": "mamlakat cheklovi aytilmagan", "worldwide": "butun dunyo",
        "regions_except": "{allowed}, {excluded} bundan mustasno", "apply": "Qo'llash", "reset": "Tozalash",
        "results": "{total} ta ish",
        "feed_cut": "eng yangi {shown} ta e'lon ko'rsatildi, jami {total} ta; hammasi uchun: {option}", "no_results": "Bu shartlarga mos ish topilmadi.",
        "closed_matches": "Shartlarga mos, muddati o'tgan yoki ro'yxatdan olingan {total} ta ishni ko'rsatish",
        "clear_filters": "Barcha ishlarni ko'rish uchun saralash va qidiruvni tozalash",
        "page_of": "{page}-sahifa, jami {pages}", "prev": "Oldingi", "next": "Keyingi", "pages_nav": "Sahifalar",
        "site_nav": "Sayt bo'limlari",
        "company": "Kompaniya", "posted": "E'lon qilingan", "pay": "Maosh", "pay_not_given": "ko'rsatilmagan",
        "tags": "Vazifalar", "also_posted_on": "Shuningdek e'lon qilingan", "reasons": "Sabablar",
        "sign_strong": "kuchli belgi", "sign_moderate": "o'rtacha belgi", "sign_weak": "zaif belgi",
        "verdict_ok": "Ishonchli ko'rinadi", "verdict_caution": "Ehtiyot bo'ling",
        "verdict_likely_scam": "Firibgarlik ehtimoli", "verdict_insufficient_evidence": "Ma'lumot yetarli emas",
        "verdict_none": "Baholanmagan", "score": "Ball: {score}/100", "apply_link": "Ariza topshirish",
        "original": "{source} saytidagi asl e'lon", "description": "Tavsif", "details": "Tafsilotlar",
        "location": "Joylashuv", "remote": "Ish joyi", "remote_remote": "Masofaviy", "remote_hybrid": "Aralash",
        "remote_onsite": "Ish joyida", "regions": "Kimlar uchun", "employment": "Bandlik turi",
        "parsed_pay": "Maosh (tahlil qilingan)", "gross": "soliqlar bilan", "net": "qo'lga", "negotiable": "kelishiladi",
        "first_seen": "Birinchi ko'rilgan", "last_seen": "Oxirgi ko'rilgan", "legitimacy": "Ishonchlilik",
        "delisted": "{source} ro'yxatida {date} dan beri yo'q",
        "unseen": "{source} ro'yxatida {date} dan beri ko'rinmagan: o'rin band bo'lgan bo'lishi mumkin",
        "closes_on": "Arizalar {date} gacha qabul qilinadi", "closed_on": "Arizalar qabuli {date} da tugagan",
        "tag_evidence": "Vazifa belgilari", "matched": "topilgan", "other_languages": "Boshqa tillar",
        "duplicate": "Takroriy e'lon", "duplicate_exact": "bu ishning boshqa e'loni bilan matni bir xil",
        "duplicate_near": "bu ishning boshqa e'loni bilan matni deyarli bir xil",
        "duplicate_same_id": "manba qayta joylagan o'sha e'lon", "duplicate_other": "bu ishning boshqa e'loni",
        "pay_from": "kamida {amount}", "pay_up_to": "ko'pi bilan {amount}", "pay_per": "{amount} {period}",
        "script_Latn": "lotin yozuvi", "script_Cyrl": "kirill yozuvi", "script_Arab": "arab yozuvi",
        "page_beyond": "{page}-sahifa yo'q: oxirgi sahifa — {pages}.", "last_page": "Oxirgi sahifaga o'tish",
        "back": "Ishlar ro'yxatiga qaytish",
        "not_found": "Topilmadi", "not_found_text": "Bu manzilda e'lon yoki sahifa yo'q.",
        "bad_request": "Noto'g'ri so'rov", "bad_request_text": "Bu manzilda sayt o'qiy olmaydigan so'rov bor.",
        "bad_parameter_text": "Bu manzildagi saralash shartlaridan birining qiymatini sayt qabul qilmaydi.",
        "method_not_allowed": "Ruxsat etilmagan", "method_not_allowed_text": "Bu manzil bunday so'rovga javob bermaydi.",
        "too_large": "Juda katta", "too_large_text": "Yuborilgan ma'lumot sayt o'qishi uchun juda katta.",
        "error": "Xatolik yuz berdi", "error_text": "Sayt bu safar javob bera olmadi. Keyinroq qayta urinib ko'ring.",
        "trends_intro": "Har bir takroriy e'lonlar guruhidan bittasi (eng to'liq yozilgani) hisoblanadi; hafta — u "
                        "e'lon qilingan ISO hafta (UTC bo'yicha).",
        "per_week_by": "Haftalik e'lonlar: {what} bo'yicha", "median_pay": "E'lon qilingan maoshning medianasi",
        "scam_rates_by": "Firibgarlik ulushi: {what} bo'yicha", "week": "Hafta", "total": "Jami",
        "period": "Davr", "currency": "Valyuta", "postings": "E'lonlar", "median_min": "Eng kam (mediana)",
        "median_max": "Eng ko'p (mediana)", "likely_scam": "Firibgarlik ehtimoli", "caution": "Ehtiyot bo'ling",
        "reach": "O'zbekiston va Eronda yashovchilar qaysi ishlarga topshira oladi", "va_gigs": "VA ishlar",
        "remote_gigs": "Masofaviy", "open_to_country": "{country} uchun ochiq", "share_of_gigs": "Ulushi",
        "reach_note": "Mamlakatni, u joylashgan mintaqa yoki vaqt zonasini, butun dunyoni nomlagan yoki mamlakat "
                      "cheklovi bo'lmagan masofaviy ishlar; firibgarlik ehtimoli yuqorilari hisobga olinmagan.",
        "scam_rate": "Firibgarlik ulushi",
        "trends_empty": "Hozircha saqlangan e'lon yo'q: jadvallar birinchi yig'ishdan keyin to'ladi.", "weeks_shown": "Eng yangi e'longacha bo'lgan {n} hafta",
        "ui_language": "Interfeys", "by_tag": "vazifa", "by_language": "til", "by_source": "manba",
        "iso_week": "{year}, {week}-hafta",
        "by_week": "hafta", "by_reason": "ogohlantiruvchi belgi", "warning_sign": "Ogohlantiruvchi belgi",
        "untagged": "vazifasiz",
        "va_work": "Virtual yordamchi ishi", "yes": "ha", "no": "yo'q",
        "check": "E'lonni tekshirish", "check_result": "Natija", "check_text": "E'lon matni",
        "check_intro": "Ish e'lonini shu yerga qo'ying, masalan Telegramda sizga yuborilgan e'lonni. Uning "
                       "birinchi qatori sarlavha sifatida o'qiladi. vagigs uni o'zi yig'adigan e'lonlar kabi "
                       "baholaydi va hech narsani saqlamaydi.",
        "check_pay_hint": "e'londagidek, masalan 5 000 000 so'm", "check_submit": "Tekshirish",
        "check_empty": "Baholash uchun matn yo'q: e'lonning sarlavhasi va matnini qo'ying.",
        "check_too_long": "Matn bitta ish e'loni uchun juda uzun (ko'pi bilan {max} belgi).",
        "pay_period_note": "Davri ko'rsatilmagan so'm, toman yoki rubldagi maosh oylik deb hisoblangan: "
                           "bunday e'lonlar oylik maoshni shunday yozadi.",
        "pay_bounds_note": "Har bir mediana shu chegarani ko'rsatgan e'lonlar bo'yicha olingan: «20 000 000 dan» "
                           "faqat eng kam maosh medianasiga, «8 000 000 gacha» faqat eng ko'p maosh medianasiga kiradi.",
        "postings_min": "Eng kam (e'lonlar soni)", "postings_max": "Eng ko'p (e'lonlar soni)",
        "pay_few_note": "* {n} tadan kam e'londan olingan mediana (och rangda): bitta e'lon qo'shilsa yoki kamaysa, u "
                        "boshqa e'lonning maoshiga o'tib qolishi mumkin; u bozorni emas, bir necha ish beruvchining "
                        "taklifini ko'rsatadi.",
        "counts_tagged": "VA ishlar, har biri so'ragan har bir vazifa ostida: uch vazifali ish uch marta "
                         "hisoblanadi, shuning uchun jami ishlar sonidan ko'p chiqadi.",
        "counts_every": "Barcha e'lonlar: VA ishi bo'lsin-bo'lmasin, firibgarlik ehtimoli borlari ham.",
        "period_hour": "soatiga", "period_day": "kuniga", "period_week": "haftasiga", "period_month": "oyiga",
        "period_year": "yiliga", "period_project": "loyiha uchun",
        "region_Asia-Pacific": "Osiyo-Tinch okeani mintaqasi", "region_CIS": "MDH davlatlari",
        "region_EMEA": "Yevropa/Yaqin Sharq/Afrika", "region_Middle East": "Yaqin Sharq",
        "zones_of": "{region} vaqt mintaqalari",
        "employment_full_time": "To'liq stavka", "employment_part_time": "Yarim stavka",
        "employment_contract": "Shartnoma asosida", "employment_temporary": "Vaqtinchalik",
        "employment_internship": "Amaliyot (stajirovka)", "employment_volunteer": "Ko'ngillilik asosida",
        "employment_freelance": "Frilans", "employment_remote": "Masofaviy ish",
        "source_telegram": "Telegram kanallari", "source_jsonld": "Boshqa ish saytlari (schema.org)",
    },
    "fa": {
        "site": "vagigs", "tagline": "فرصت‌های شغلی دستیار مجازی برای ازبکستان و ایران",
        "feed": "آگهی‌ها", "trends": "روند بازار", "api": "API", "rss": "RSS", "atom": "Atom",
        "filters": "فیلترها", "language": "زبان", "any_language": "همه زبان‌ها", "task": "وظیفه",
        "any_task": "همه وظایف", "task_hint": "آگهی باید همهٔ وظایف انتخاب‌شده را داشته باشد", "source": "منبع", "any_source": "همه منابع", "search": "جستجو",
        "search_hint": "واژه‌ای در عنوان، شرکت یا شرح", "since": "زمان انتشار",
        "any_time": "همه", "last_7d": "۷ روز اخیر", "last_30d": "۳۰ روز اخیر",
        "last_days": "{n} روز اخیر", "last_hours": "{n} ساعت اخیر", "last_weeks": "{n} هفتهٔ اخیر",
        "since_date": "از {date}",
        "show_scams": "نمایش آگهی‌های مشکوک به کلاهبرداری",
        "show_delisted": "نمایش آگهی‌هایی که دیگر فهرست نمی‌شوند",
        "show_expired": "نمایش آگهی‌هایی که مهلتشان گذشته است",
        "remote_only": "فقط دورکاری", "open_to_me": "دورکاری برای ساکنان", "any_country": "هر جا (بررسی نشود)",
        "regions_unstated": "محدودیت کشوری ذکر نشده", "worldwide": "همه کشورها",
        "regions_except": "{allowed} به‌جز {excluded}", "apply": "اعمال", "reset": "پاک کردن",
        "results": "{total} آگهی",
        "feed_cut": "{shown} آگهی تازه از {total} آگهی نشان داده شد؛ برای دیدن همه: {option}", "no_results": "آگهی‌ای با این فیلترها پیدا نشد.",
        "closed_matches": "نمایش {total} آگهی منطبق که مهلتشان گذشته یا دیگر فهرست نمی‌شوند",
        "clear_filters": "پاک کردن فیلترها و جستجو برای دیدن همهٔ آگهی‌ها",
        "page_of": "صفحه {page} از {pages}", "prev": "قبلی", "next": "بعدی", "pages_nav": "صفحه‌ها",
        "site_nav": "بخش‌های سایت",
        "company": "شرکت", "posted": "تاریخ انتشار", "pay": "حقوق", "pay_not_given": "ذکر نشده",
        "tags": "وظایف", "also_posted_on": "همچنین منتشر شده در", "reasons": "دلایل",
        "sign_strong": "نشانهٔ قوی", "sign_moderate": "نشانهٔ متوسط", "sign_weak": "نشانهٔ ضعیف",
        "verdict_ok": "معتبر به نظر می‌رسد", "verdict_caution": "احتیاط کنید",
        "verdict_likely_scam": "احتمال کلاهبرداری", "verdict_insufficient_evidence": "اطلاعات کافی نیست",
        "verdict_none": "ارزیابی نشده", "score": "امتیاز {score} از ۱۰۰", "apply_link": "ارسال درخواست",
        "original": "آگهی اصلی در {source}", "description": "شرح", "details": "جزئیات",
        "location": "محل", "remote": "محل انجام کار", "remote_remote": "دورکاری", "remote_hybrid": "ترکیبی",
        "remote_onsite": "حضوری", "regions": "برای متقاضیان", "employment": "نوع همکاری",
        "parsed_pay": "حقوق (تحلیل‌شده)", "gross": "ناخالص", "net": "خالص", "negotiable": "توافقی",
        "first_seen": "اولین مشاهده", "last_seen": "آخرین مشاهده", "legitimacy": "اعتبار",
        "delisted": "در {source} از {date} دیگر فهرست نشده است",
        "unseen": "در {source} از {date} دیده نشده است؛ ممکن است این موقعیت پر شده باشد",
        "closes_on": "مهلت ارسال درخواست تا {date}", "closed_on": "مهلت ارسال درخواست در {date} به پایان رسید",
        "tag_evidence": "نشانه‌های وظیفه", "matched": "یافته‌شده", "other_languages": "زبان‌های دیگر",
        "duplicate": "آگهی تکراری", "duplicate_exact": "متن آن با آگهی دیگری از همین کار یکی است",
        "duplicate_near": "متن آن تقریباً با آگهی دیگری از همین کار یکی است",
        "duplicate_same_id": "همان آگهی است که منبع دوباره منتشر کرده", "duplicate_other": "آگهی دیگری از همین کار",
        "pay_from": "از {amount}", "pay_up_to": "تا {amount}", "pay_per": "{amount}، {period}",
        "script_Latn": "خط لاتین", "script_Cyrl": "خط سیریلیک", "script_Arab": "خط عربی",
        "page_beyond": "صفحه {page} وجود ندارد؛ آخرین صفحه {pages} است.", "last_page": "رفتن به آخرین صفحه",
        "back": "بازگشت به آگهی‌ها",
        "not_found": "پیدا نشد", "not_found_text": "در این نشانی آگهی یا صفحه‌ای وجود ندارد.",
        "bad_request": "درخواست نادرست", "bad_request_text": "این نشانی چیزی می‌خواهد که سایت نمی‌تواند بخواند.",
        "bad_parameter_text": "یکی از فیلترهای این نشانی مقداری دارد که سایت نمی‌پذیرد.",
        "method_not_allowed": "مجاز نیست", "method_not_allowed_text": "این نشانی به این نوع درخواست پاسخ نمی‌دهد.",
        "too_large": "بیش از حد بزرگ", "too_large_text": "آنچه فرستاده شد برای خواندن سایت بیش از حد بزرگ است.",
        "error": "خطایی رخ داد", "error_text": "سایت این بار نتوانست پاسخ دهد. لطفاً بعداً دوباره امتحان کنید.",
        "trends_intro": "از هر گروه آگهی تکراری یکی (کامل‌ترینِ آن‌ها) شمرده می‌شود؛ هفته، هفته ISO انتشار آن "
                        "به وقت UTC است.",
        "per_week_by": "آگهی‌ها در هر هفته بر اساس {what}", "median_pay": "میانه حقوق اعلام‌شده",
        "scam_rates_by": "نرخ کلاهبرداری بر اساس {what}", "week": "هفته", "total": "جمع",
        "period": "دوره", "currency": "ارز", "postings": "آگهی‌ها", "median_min": "میانه کمینه",
        "median_max": "میانه بیشینه", "likely_scam": "مشکوک به کلاهبرداری", "caution": "احتیاط",
        "reach": "ساکنان ازبکستان و ایران برای کدام آگهی‌ها می‌توانند درخواست دهند", "va_gigs": "آگهی‌های دستیار مجازی",
        "remote_gigs": "دورکاری", "open_to_country": "باز برای {country}", "share_of_gigs": "سهم",
        "reach_note": "آگهی‌های دورکاری که نام کشور، منطقه یا منطقهٔ زمانی آن، همهٔ جهان را آورده‌اند یا محدودیت "
                      "کشوری ندارند؛ آگهی‌های احتمالاً کلاهبرداری حساب نشده‌اند.",
        "scam_rate": "نرخ کلاهبرداری",
        "trends_empty": "هنوز آگهی‌ای ذخیره نشده است؛ جدول‌ها پس از نخستین گردآوری پر می‌شوند.", "weeks_shown": "{n} هفته تا تازه‌ترین آگهی", "ui_language": "زبان رابط",
        "by_tag": "وظیفه", "by_language": "زبان", "by_source": "منبع", "by_week": "هفته",
        "iso_week": "{year}، هفتهٔ {week}",
        "by_reason": "نشانه هشدار", "warning_sign": "نشانه هشدار", "untagged": "بدون وظیفه",
        "va_work": "کار دستیار مجازی", "yes": "بله", "no": "خیر",
        "check": "بررسی آگهی", "check_result": "نتیجه", "check_text": "متن آگهی",
        "check_intro": "متن یک آگهی شغلی را اینجا بگذارید، مثلاً آگهی‌ای که در تلگرام برایتان فرستاده‌اند. "
                       "خط اول آن عنوان آگهی خوانده می‌شود. vagigs آن را همان‌طور می‌سنجد که آگهی‌هایی را که "
                       "جمع می‌کند، و چیزی ذخیره نمی‌کند.",
        "check_pay_hint": "همان‌طور که در آگهی آمده، مثلاً ۱۵ میلیون تومان", "check_submit": "بررسی",
        "check_empty": "متنی برای سنجش نیست: عنوان و متن آگهی را وارد کنید.",
        "check_too_long": "این متن برای یک آگهی شغلی بیش از حد طولانی است (حداکثر {max} نویسه).",
        "pay_period_note": "حقوقی که به سوم، تومان یا روبل و بدون ذکر دوره اعلام شده، ماهانه حساب شده است؛ "
                           "این آگهی‌ها حقوق ماهانه را همین‌طور می‌نویسند.",
        "pay_bounds_note": "هر میانه روی آگهی‌هایی است که آن حد را گفته‌اند: «از ۲۰,۰۰۰,۰۰۰» فقط در میانه کمینه "
                           "شمرده می‌شود و «تا ۸,۰۰۰,۰۰۰» فقط در میانه بیشینه.",
        "postings_min": "آگهی‌های دارای کمینه", "postings_max": "آگهی‌های دارای بیشینه",
        "pay_few_note": "* میانهٔ کمتر از {n} آگهی (کم‌رنگ): با یک آگهی بیشتر یا کمتر ممکن است به حقوق آگهی دیگری "
                        "جابه‌جا شود؛ پس پیشنهاد چند کارفرماست، نه حقوق بازار.",
        "counts_tagged": "آگهی‌های دستیار مجازی، هر کدام زیر هر وظیفه‌ای که می‌خواهد: آگهی سه‌وظیفه‌ای سه بار "
                         "شمرده می‌شود، پس جمع‌ها از شمار آگهی‌ها بیشتر است.",
        "counts_every": "همهٔ آگهی‌ها، چه دستیار مجازی چه نه، آگهی‌های مشکوک به کلاهبرداری هم.",
        "period_hour": "ساعتی", "period_day": "روزانه", "period_week": "هفتگی", "period_month": "ماهانه",
        "period_year": "سالانه", "period_project": "پروژه‌ای",
        "region_Asia-Pacific": "آسیا و اقیانوسیه", "region_CIS": "کشورهای مستقل مشترک‌المنافع",
        "region_EMEA": "اروپا/خاورمیانه/آفریقا", "region_Middle East": "خاورمیانه",
        "zones_of": "مناطق زمانی {region}",
        "employment_full_time": "تمام‌وقت", "employment_part_time": "پاره‌وقت", "employment_contract": "قراردادی",
        "employment_temporary": "موقت", "employment_internship": "کارآموزی", "employment_volunteer": "داوطلبانه",
        "employment_freelance": "فریلنسری", "employment_remote": "دورکاری",
        "source_telegram": "کانال‌های تلگرام", "source_jsonld": "سایت‌های کاریابی دیگر (schema.org)",
    },
}

# The singular of a message, for a count of one ("1 gig"). Only English needs it: Uzbek and Persian nouns stay
# singular after a numeral ("1 ta ish", "5 ta ish"; "۱ آگهی", "۵ آگهی").
SINGULAR: dict[str, dict[str, str]] = {
    "en": {"results": "{total} gig", "weeks_shown": "The week of the newest posting",
           "last_days": "Last day", "last_hours": "Last hour", "last_weeks": "Last week",
           "closed_matches": "Show the 1 gig past its closing date or no longer listed that matches"},
}

# Languages written in more than one script, whose script a reader wants named ("Uzbek (Cyrillic script)");
# for any other language the name implies the script ("Persian (Arabic script)" says nothing new).
MULTI_SCRIPT = frozenset({"uz", "kk", "az", "tk", "ky", "tg", "sr", "mn"})
PAY_PERIODS = ("hour", "day", "week", "month", "year", "project")

# Legitimacy reasons by code. A posting's English page shows the stored text itself (it carries details such as
# the typical pay, a card's brand); Uzbek and Persian pages show these, and the matched span in the posting's own
# words. The analysts' table of warning signs names each code by these in every language.
REASONS: dict[str, dict[str, str]] = {
    "en": {
        "upfront_fee": "asks for a payment before work starts",
        "asks_bank_or_id": "asks for a bank card number, bank details or SSN",
        "asks_id_document": "asks for a copy of your passport or ID before you meet",
        "id_document_needed": "says a copy of your passport or ID will be needed, without saying when or where it is "
                              "handed over",
        "asks_sms_code": "asks for an SMS or one-time code",
        "money_mule": "receiving and forwarding packages or money, cashing cheques or renting out a card",
        "identity_proxy": "asks you to work under an identity or account that is not yours, or to lend out yours",
        "fraud_on_those_called": "the job itself defrauds the people called: posing as their bank, selling investments "
                                 "under a false name or keeping them from withdrawing, or selling back money they lost",
        "pay_bait": "promises easy or guaranteed money",
        "urgency": "pressure to act at once",
        "card_number": "shows a bank card number to pay into or share",
        "lookalike_domain": "the contact address imitates the company's name without being its own",
        "pay_above_market": "pay far above what comparable postings offer",
        "same_text_many_companies": "the same text (or a lightly edited copy) posted under several company names",
        "messaging_only": "contact only through a messaging app, with no other way to check the employer",
        "free_mail": "a free e-mail address instead of a company one",
        "no_company": "no company name, website or phone number to check",
        "text_model": "the wording resembles known fake postings",
        "unread_language": "written in a language the checks do not read: no warning sign could be looked for",
    },
    "uz": {
        "upfront_fee": "ish boshlanishidan oldin to'lov so'raydi",
        "asks_bank_or_id": "bank karta raqami yoki bank rekvizitlarini so'raydi",
        "asks_id_document": "uchrashuvdan oldin pasport yoki shaxsiy hujjat nusxasini so'raydi",
        "id_document_needed": "pasport yoki shaxsiy hujjat nusxasi kerakligini aytadi, lekin uni qachon va qayerda "
                              "topshirishni aytmaydi",
        "asks_sms_code": "SMS yoki bir martalik kodni so'raydi",
        "money_mule": "posilka yoki pulni qabul qilib boshqaga o'tkazish, chekni naqdlashtirish yoki kartani "
                      "ijaraga berish",
        "identity_proxy": "o'zingizniki bo'lmagan shaxs yoki akkaunt nomidan ishlashni yoki o'zingiznikini "
                          "ijaraga berishni so'raydi",
        "fraud_on_those_called": "ishning o'zi qo'ng'iroq qilinganlarni aldashdir: ularning banki nomidan gapirish, "
                                 "soxta ism bilan investitsiya sotish yoki pulini yechib olishdan qaytarish, yoki "
                                 "yo'qotgan pulini qaytarib berishni sotish",
        "pay_bait": "oson yoki kafolatlangan daromad va'da qiladi",
        "urgency": "zudlik bilan qaror qilishga undaydi",
        "card_number": "pul o'tkazish uchun bank karta raqamini ko'rsatadi",
        "lookalike_domain": "aloqa manzili kompaniya nomiga taqlid qiladi, lekin uning o'ziniki emas",
        "pay_above_market": "maosh o'xshash e'lonlardagidan ancha yuqori",
        "same_text_many_companies": "shu matn (yoki biroz o'zgartirilgani) bir necha xil kompaniya nomi bilan e'lon qilingan",
        "messaging_only": "faqat messenjer orqali aloqa, ish beruvchini tekshirishning boshqa yo'li yo'q",
        "free_mail": "kompaniya pochtasi o'rniga bepul e-pochta manzili",
        "no_company": "tekshirish uchun kompaniya nomi, sayt yoki telefon raqami yo'q",
        "text_model": "matni ma'lum soxta e'lonlarga o'xshaydi",
        "unread_language": "tekshiruvlar o'qiy olmaydigan tilda yozilgan: ogohlantiruvchi belgilarni izlab bo'lmadi",
    },
    "fa": {
        "upfront_fee": "پیش از شروع کار پول می‌خواهد",
        "asks_bank_or_id": "شماره کارت یا اطلاعات حساب بانکی را می‌خواهد",
        "asks_id_document": "پیش از دیدار حضوری تصویر گذرنامه یا کارت ملی را می‌خواهد",
        "id_document_needed": "می‌گوید کپی گذرنامه یا کارت ملی لازم است، بی آنکه بگوید کی و کجا تحویل داده می‌شود",
        "asks_sms_code": "کد پیامکی یا رمز یک‌بار مصرف را می‌خواهد",
        "money_mule": "دریافت و ارسال بسته یا پول، نقد کردن چک یا اجاره دادن کارت بانکی",
        "identity_proxy": "کار با هویت یا حساب کاربری کس دیگر، یا اجاره دادن هویت و حساب خودتان را می‌خواهد",
        "fraud_on_those_called": "خود کار فریب دادن کسانی است که با آن‌ها تماس می‌گیرید: خود را بانک آن‌ها جا زدن، "
                                 "فروش سرمایه‌گذاری با نام جعلی یا بازداشتن از برداشت پول، یا فروختن بازگرداندن پولی "
                                 "که از دست داده‌اند",
        "pay_bait": "درآمد آسان یا تضمینی وعده می‌دهد",
        "urgency": "برای تصمیم فوری فشار می‌آورد",
        "card_number": "شماره کارت بانکی برای واریز پول آورده است",
        "lookalike_domain": "نشانی تماس از نام شرکت تقلید می‌کند اما نشانی خود شرکت نیست",
        "pay_above_market": "حقوق آن بسیار بالاتر از آگهی‌های مشابه است",
        "same_text_many_companies": "همین متن (یا نسخه‌ای کمی تغییریافته از آن) با نام چند شرکت مختلف منتشر شده است",
        "messaging_only": "تماس فقط از راه پیام‌رسان است و راه دیگری برای بررسی کارفرما نیست",
        "free_mail": "ایمیل رایگان به جای ایمیل شرکت",
        "no_company": "نام شرکت، وب‌سایت یا شماره تلفنی برای بررسی ندارد",
        "text_model": "متن آن به آگهی‌های جعلی شناخته‌شده شبیه است",
        "unread_language": "به زبانی نوشته شده که بررسی‌ها آن را نمی‌خوانند: نشانه‌های هشدار را نمی‌شد جست‌وجو کرد",
    },
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"uz": "Uzbek", "fa": "Persian", "en": "English", "ru": "Russian", "unknown": "unknown"},
    "uz": {"uz": "O'zbekcha", "fa": "Forscha", "en": "Inglizcha", "ru": "Ruscha", "unknown": "noma'lum"},
    "fa": {"uz": "ازبکی", "fa": "فارسی", "en": "انگلیسی", "ru": "روسی", "unknown": "نامشخص"},
}
# The name of each UI language in itself, for the language switcher.
SELF_NAMES = {"en": "English", "uz": "O'zbekcha", "fa": "فارسی"}

# What a filter of the address takes, said on the 400 page after the filter's name when its value cannot be read ("page:
# a whole number from 1 to 100000"; ``web.params.BadParameter``), the line naming a parameter a page does not read whose
# name is close to one it does ("tags" for "tag": ``web.params.close_parameter``), and the posting page's row of the
# place in the source's own words (the row after it, who may apply, is the place as read, in the reader's words). Then
# the page titles that say a page's state (an error, a result, a search, a page of the feed), read first by a screen
# reader and shown in a tab; and the link that skips the header to the page's content.
MESSAGES["en"].update({
    "param_once": "give it once",
    "param_since": "a span like 7d, 30d, 12h, 2w of at most 4 digits (9999d) or an ISO date from year 1 to 9999; "
                   "a year from 1300 to 1499 is read as Solar Hijri (1405/09/04)",
    "param_flag": "1 or 0", "param_number": "a whole number from {low} to {high}",
    "param_lang": "a language code such as uz, fa, en, ru", "param_tag": "one of the tasks: {tags}",
    "param_source": "one of the sources: {sources}", "param_q_long": "at most {max} characters",
    "param_q_control": "no control characters", "param_open_to": "a two-letter country code such as UZ or IR",
    "did_you_mean": "{given} is not read here: did you mean {suggestion}?",
    "location_as_posted": "Location, as posted",
    "error_title": "Error: {title}", "result_title": "{result}: {title}",
    "feed_filtered": "{title}, filtered", "feed_choices": "{title} ({choices})",
    "feed_page": "{title}, page {page}", "feed_search": "“{q}” — {title}",
    "warned_title": "{verdict}: {title}",
    "skip_to_content": "Skip to content",
})
MESSAGES["uz"].update({
    "param_once": "manzilda faqat bir marta berilishi kerak",
    "param_since": "7d, 30d, 12h, 2w kabi ko'pi bilan 4 xonali muddat (d — kun, h — soat, w — hafta) yoki "
                   "1–9999-yillardagi ISO sana (2026-11-25); 1300–1499-yillar hijriy-shamsiy yil deb o'qiladi "
                   "(1405/09/04)",
    "param_flag": "1 (ha) yoki 0 (yo'q)", "param_number": "{low} dan {high} gacha butun son",
    "param_lang": "uz, fa, en, ru kabi til kodi", "param_tag": "vazifalardan biri: {tags}",
    "param_source": "manbalardan biri: {sources}", "param_q_long": "ko'pi bilan {max} belgi",
    "param_q_control": "boshqaruv belgilarisiz", "param_open_to": "UZ yoki IR kabi ikki harfli mamlakat kodi",
    "did_you_mean": "{given} bu yerda o'qilmaydi: {suggestion} demoqchimisiz?",
    "location_as_posted": "E'londagi joy",
    "error_title": "Xato: {title}", "result_title": "{result}: {title}",
    "feed_filtered": "{title}, saralangan", "feed_choices": "{title} ({choices})",
    "feed_page": "{title}, {page}-sahifa", "feed_search": "“{q}” — {title}",
    "warned_title": "{verdict}: {title}",
    "skip_to_content": "Asosiy qismga o'tish",
})
MESSAGES["fa"].update({
    "param_once": "باید فقط یک بار در نشانی بیاید",
    # (the Gregorian example with "/": in Persian words, "2026-11-25" shows as "25-11-2026")
    "param_since": "بازه‌ای تا اکنون به روز (d)، ساعت (h) یا هفته (w) با حداکثر ۴ رقم، مانند 7d، 30d، 12h یا 2w؛ "
                   "یا تاریخی شمسی از سال ۱۳۰۰ تا ۱۴۹۹ مانند ۱۴۰۵/۰۹/۰۴، یا تاریخی میلادی مانند 2026/11/25",
    "param_flag": "1 (بله) یا 0 (خیر)", "param_number": "عدد صحیحی از {low} تا {high}",
    "param_lang": "کد زبانی مانند uz، fa، en یا ru", "param_tag": "یکی از این وظایف: {tags}",
    "param_source": "یکی از این منابع: {sources}", "param_q_long": "حداکثر {max} نویسه",
    "param_q_control": "بدون نویسه‌های کنترلی", "param_open_to": "کد دوحرفی کشور، مانند UZ یا IR",
    "did_you_mean": "{given} اینجا خوانده نمی‌شود؛ منظورتان {suggestion} بود؟",
    "location_as_posted": "محل (به نوشتهٔ آگهی)",
    "error_title": "خطا: {title}", "result_title": "{result}: {title}",
    "feed_filtered": "{title}، فیلترشده", "feed_choices": "{title} ({choices})",
    "feed_page": "{title}، صفحه {page}", "feed_search": "«{q}» — {title}",
    "warned_title": "{verdict}: {title}",
    "skip_to_content": "رفتن به محتوای اصلی",
})

_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def message(ui: str, key: str, *, count: int | None = None, **values: object) -> str:
    """The ``key`` message in ``ui``, with ``values`` filled in; whole numbers in Persian digits for Persian.
    A ``count`` of one picks the language's singular (``SINGULAR``) where it has one."""
    text = (SINGULAR.get(ui, {}).get(key) if count == 1 else None) \
        or MESSAGES.get(ui, MESSAGES["en"]).get(key) or MESSAGES["en"].get(key, key)
    if ui == "fa":
        values = {k: str(v).translate(_PERSIAN_DIGITS) if isinstance(v, int) else v for k, v in values.items()}
    return text.format(**values) if values else text


def script_name(ui: str, language: str | None, script: str | None) -> str | None:
    """The script a posting is written in, named in the UI's language, for a language written in more than one
    (Uzbek in Latin or Cyrillic letters); None where the language implies it or the script has no name here."""
    if not script or (language or "").split("-")[0] not in MULTI_SCRIPT:
        return None
    key = f"script_{script}"
    return message(ui, key) if key in MESSAGES["en"] else None


def content_language(language: str | None, script: str | None = None) -> str:
    """A posting's detected language as an HTML ``lang`` tag (BCP 47: "fa", "uz-Cyrl"), so that screen readers
    speak it in its own voice and browsers pick its fonts, whatever the interface's language; "" when the detector
    could not name one ("und", its own codes for unknown scripts)."""
    if language in ("und", *_DETECTOR_ONLY) or not known_language(language or ""):
        return ""
    if language in MULTI_SCRIPT and script in ("Latn", "Cyrl", "Arab"):
        return f"{language}-{script}"
    return language


def duplicate_reason(ui: str, reason: str) -> str:
    """Why a posting is a duplicate, in words, from the dedupe verdict stored with it ("exact", "same_id",
    "near:0.93")."""
    key = f"duplicate_{reason.split(':')[0]}"
    return message(ui, key if key in MESSAGES["en"] else "duplicate_other")


#: (UI language, ISO 4217 code) → how its readers name and count that currency: Iranians count in toman (ten
#: rials, as job ads and the store's own Persian sources write it), Uzbeks in so'm.
HOME_CURRENCY = {("fa", "IRR"): ("تومان", 10), ("uz", "UZS"): ("so'm", 1)}


@lru_cache(maxsize=None)
def _currency_name(ui: str, code: str) -> str:
    """A currency named in a right-to-left UI's words (CLDR, Babel: "دلار آمریکا"), so it reads after the amount as
    "تومان" does; the code itself when CLDR has no name."""
    from babel.numbers import get_currency_name

    try:
        return get_currency_name(code, locale=ui)
    except Exception:  # noqa: BLE001 - an unknown code, as a later stage may store
        return code


def currency_word(ui: str, code: str | None) -> tuple[str, int] | None:
    """(name, units of the code in one) when readers of ``ui`` say a currency in words: their own (toman, so'm:
    ``HOME_CURRENCY``), or in a right-to-left UI any currency (``_currency_name``); None where they read its code."""
    if not code:
        return None
    return HOME_CURRENCY.get((ui, code)) or ((_currency_name(ui, code), 1) if ui in RTL else None)


def currency_label(ui: str, code: str) -> tuple[str, int]:
    """A currency as a card's pay names it (``format_pay``), alone, with the units of the code in one: "تومان"
    (10), "دلار آمریکا", "so'm", "USD"."""
    return currency_word(ui, code) or (code, 1)


def format_number(ui: str, value: float) -> str:
    """A number as a reader of ``ui`` writes it (CLDR's separators, Babel): "200,000,000" in English,
    "200 000 000" in Uzbek; Persian digits with Latin separators in Persian, "۲۰۰,۰۰۰,۰۰۰", as Iranian job boards
    write them (the Arabic separators "٬" "٫" are of another bidirectional class than the digits, and split an
    amount into runs a browser may lay out apart); up to two decimals, "12.5"."""
    from babel.numbers import format_decimal

    ui = ui if ui in UI_LANGUAGES else "en"
    text = format_decimal(value, format="#,##0.##", locale=ui, numbering_system="latn")
    return text.translate(_PERSIAN_DIGITS) if ui == "fa" else text


def week_label(ui: str, week: str) -> str:
    """An ISO week ("2026-W38", as the trends count by) as a reader of ``ui`` names it: as is in English, "2026,
    38-hafta" in Uzbek, "۲۰۲۶، هفتهٔ ۳۸" in Persian digits in Persian; anything else as given. English keeps ISO's
    two digits ("2026-W09"); the others count the week ("9-hafta")."""
    found = re.fullmatch(r"(\d{4})-W(\d{2})", week or "")
    if not found:
        return week
    return message(ui, "iso_week", year=int(found[1]), week=found[2] if ui == "en" else int(found[2]))


def format_percent(ui: str, share: float, decimals: int = 0) -> str:
    """A share (0–1) as a percentage in ``ui`` with ``decimals`` places: "31%", "12,5%" (Uzbek), "۳۱٪"."""
    from babel.numbers import format_percent as babel_percent

    ui = ui if ui in UI_LANGUAGES else "en"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    text = babel_percent(share, format=pattern, locale=ui, numbering_system="latn")
    return text.translate(_PERSIAN_DIGITS).replace("%", "٪") if ui == "fa" else text


def format_pay(ui: str, low: float | None, high: float | None, currency: str | None,
               period: str | None) -> Markup | None:
    """The parsed pay as a reader says it: "90,000–100,000 USD per year", in the reader's digits and separators
    (``format_number``), rials as toman for Persian readers and so'm for Uzbek ones (``HOME_CURRENCY``), another
    currency in Persian by its name after the amount ("۳ دلار آمریکا"). A bound alone is "from X" or "up to X":
    "از ۲۰,۰۰۰,۰۰۰ تومان" promises at least that, not that amount. The figures are one isolated run in the reader's
    direction: left to right, or in a right-to-left UI right to left with each amount its own left-to-right isolate (an element with ``dir``),
    so a range reads from its low end as the posting's own "۲۰ - ۲۵ میلیون تومان" does (the low amount on the right)
    with each amount's digits in order. Each amount (the last with a currency code) stays on one line, a range may
    break after its dash."""
    if low is None and high is None:
        return None
    bounds = [v for v in (low, high) if v is not None]
    home = currency_word(ui, currency)
    scale = home[1] if home else 1
    words = [format_number(ui, v / scale) for v in dict.fromkeys(bounds)]  # one amount when both bounds are the same
    if currency and not home:
        words[-1] += f" {currency}"
    if ui in RTL:
        text = Markup('<bdi dir="rtl">{}</bdi>').format(
            Markup("–").join(Markup('<span class="amount" dir="ltr">{}</span>').format(w) for w in words))
    else:
        text = Markup('<bdi dir="ltr">{}</bdi>').format(
            Markup("–").join(Markup('<span class="amount">{}</span>').format(w) for w in words))
    if home:  # a word of the reader's script, read after the figures in its own direction ("… تومان", "… یورو")
        text = Markup("{} {}").format(text, home[0])
    if (low is None) != (high is None):  # the catalogue's own words around the escaped amount
        text = Markup(message(ui, "pay_from" if high is None else "pay_up_to", amount=text))
    if period:
        label = message(ui, f"period_{period}") if period in PAY_PERIODS else period
        text = Markup(message(ui, "pay_per", amount=text, period=Markup.escape(label)))
    return text


# The text model's reason when no word of the post pushed it (no span): ``legitimacy.MODEL_TEXT_NO_WORDS``.
TEXT_MODEL_NO_WORDS = {
    "uz": "matnida uni ma'lum soxta e'lonlardan ajratishga yetarli so'z yo'q",
    "fa": "متن آن برای تشخیصش از آگهی‌های جعلی شناخته‌شده کافی نیست",
}


def reason_text(ui: str, reason: dict) -> tuple[str, str]:
    """(text, its language) of a legitimacy reason for this UI: the translation of its code, else the stored
    English text (in English too: it carries the posting's details). The text model's reason without words
    (``TEXT_MODEL_NO_WORDS``) is not the one naming them."""
    code = reason.get("code") or ""
    text = ((TEXT_MODEL_NO_WORDS.get(ui) if code == "text_model" and not reason.get("span")
             else REASONS.get(ui, {}).get(code)) if ui != "en" else None)
    return (text, ui) if text else (reason.get("text") or reason_label("en", reason.get("code") or ""), "en")


def reason_label(ui: str, code: str) -> str:
    """What a legitimacy reason's ``code`` names, in ``ui`` (English when it has no text there; the code itself
    when unknown: a store judged by a later version)."""
    return REASONS.get(ui, {}).get(code) or REASONS["en"].get(code) or code


def shows_score(verdict: str | None, score: int | None) -> bool:
    """Whether a reader is shown the legitimacy score: not for a text too short to judge
    (``insufficient_evidence``), whose score counts no sign found and would read as "safe"."""
    return score is not None and verdict != "insufficient_evidence"


def sign_strength(weight: int | None) -> str:
    """How much a reason counts, as a reader can take it in: a weight of 60 or more is a ``strong`` sign (each such
    rule alone hides a posting), 20 or more a ``moderate`` one, less a ``weak`` one (a messenger-only contact)."""
    weight = weight or 0
    return "strong" if weight >= 60 else "moderate" if weight >= 20 else "weak"


def language_name(ui: str, code: str | None) -> str:
    """The name of a language in the UI's language: the catalogue's for the feed's languages, CLDR's (Babel) for
    any other language the detector names ("pt", "kk", "zh-cn"), the code itself when neither knows it."""
    code = code or "unknown"
    ui = ui if ui in LANGUAGE_NAMES else "en"
    own = LANGUAGE_NAMES[ui].get(code)
    if own:
        return own
    name = _cldr_names(ui).get(code) or _cldr_names(ui).get(code.split("-")[0])
    return name[:1].upper() + name[1:] if name else code


@lru_cache(maxsize=None)
def list_separator(ui: str) -> str:
    """What goes between two items of a list in the UI's language, from CLDR (Babel): ", " in English and Uzbek,
    the Arabic comma "،" (with a right-to-left mark) in Persian."""
    from babel import Locale

    return Locale.parse(ui).list_patterns["standard"]["middle"].format("", "")


def country_name(ui: str, code: str) -> str:
    """A country (ISO 3166 alpha-2) named in the UI's language, from CLDR (Babel); the code when CLDR has none."""
    return _cldr_territories(ui if ui in UI_LANGUAGES else "en").get(code.upper(), code)


#: The regions ``pipeline.remote`` stores that CLDR names (UN M.49 codes), so every UI language has their names;
#: the others are the catalogue's (``region_<name>``).
M49_REGIONS = {"Africa": "002", "Americas": "019", "Asia": "142", "Oceania": "009", "Europe": "150",
               "Central Asia": "143", "Latin America": "419", "North America": "003", "Central America": "013",
               "South America": "005"}
_ZONES_OF = " time zones"


def region_name(ui: str, label: str) -> str:
    """An ``allowed_regions`` entry as a reader of ``ui`` says it: countries and regions by name (CLDR, or the
    catalogue's for "EMEA", "CIS"…), "<place> time zones" in words, the whole world in words; offsets as
    stored ("UTC+5"), and a label from a later version of the stage as stored."""
    if label == "Worldwide":
        return message(ui, "worldwide")
    if label.endswith(_ZONES_OF):
        return message(ui, "zones_of", region=region_name(ui, label[:-len(_ZONES_OF)]))
    if len(label) == 2 and label.isupper():
        return country_name(ui, label)
    if label in M49_REGIONS:
        return _cldr_territories(ui if ui in UI_LANGUAGES else "en").get(M49_REGIONS[label], label)
    key = f"region_{label}"
    return message(ui, key) if key in MESSAGES["en"] else label


def regions_text(ui: str, regions: list[str]) -> str:
    """An ``allowed_regions`` list as a reader of ``ui`` says it (``region_name`` each, the language's comma); a
    run of three or more whole-hour offsets, as a stored range holds them, as its ends ("UTC-5 – UTC+3"); the
    places shut out (``not US``: ``EXCLUDED``) after them ("worldwide except United States, Canada")."""
    sep = list_separator(ui)
    allowed = sep.join(region_name(ui, r) for r in _zone_runs([r for r in regions if not r.startswith(EXCLUDED)]))
    excluded = [region_name(ui, r[len(EXCLUDED):]) for r in regions if r.startswith(EXCLUDED)]
    if not excluded:
        return allowed
    return message(ui, "regions_except", allowed=allowed or message(ui, "worldwide"), excluded=sep.join(excluded))


_WHOLE_HOUR = re.compile(r"UTC([+-]\d{1,2})")


def _zone_runs(regions: list[str]) -> list[str]:
    """``regions`` with each run of three or more consecutive whole-hour offsets as one "first – last" entry."""
    out: list[str] = []
    run: list[tuple[int, str]] = []  # (hour, label) of the whole-hour offsets in a row so far
    for label in [*regions, ""]:
        m = _WHOLE_HOUR.fullmatch(label)
        if m and run and int(m[1]) == run[-1][0] + 1:
            run.append((int(m[1]), label))
            continue
        out.extend([f"{run[0][1]} – {run[-1][1]}"] if len(run) >= 3 else [lbl for _, lbl in run])
        run = [(int(m[1]), label)] if m else []
        if not m and label:
            out.append(label)
    return out


#: The ways sources write an employment kind in English or as a code ("FULL_TIME", "Full-Time", "full_time",
#: "Contractor"), folded to lower-case letters, each to its catalogue key (``employment_<kind>``).
_EMPLOYMENT_KINDS = {
    "fulltime": "full_time", "parttime": "part_time", "contract": "contract", "contractor": "contract",
    "temporary": "temporary", "temp": "temporary", "intern": "internship", "internship": "internship",
    "volunteer": "volunteer", "freelance": "freelance", "freelancer": "freelance",
    # as hh (Russian), Jobinja and JobVision (Persian) name them, spaces and joiners taken out
    "полнаязанятость": "full_time", "частичнаязанятость": "part_time", "проектнаяработа": "contract",
    "временнаяработа": "temporary", "стажировка": "internship", "волонтерство": "volunteer", "волонтёрство": "volunteer",
    "تماموقت": "full_time", "قراردادتماموقت": "full_time", "پارهوقت": "part_time", "نیمهوقت": "part_time",
    "قراردادپارهوقت": "part_time", "پروژهای": "contract", "قراردادپروژهای": "contract", "قراردادی": "contract",
    "کارآموزی": "internship", "قراردادکارآموزی": "internship",
    # Jobinja's kind of work done from home ("قرارداد دورکاری"), as JobVision and hh name it too
    "دورکاری": "remote", "قرارداددورکاری": "remote", "удаленнаяработа": "remote", "удалённаяработа": "remote",
}
def employment_kind(part: str) -> str | None:
    """The catalogue's kind (``employment_<kind>``) of one kind as a source writes it: folded to its letters, a way
    ``_EMPLOYMENT_KINDS`` knows; else the one kind a run of up to three of its words names ("Contrato: Full-time");
    None when its words name none, or several ("Full-time contract")."""
    folded = re.sub(r"[^a-z]", "", part.lower()) or re.sub(r"[\s\u200c_-]", "", part.lower())
    if folded in _EMPLOYMENT_KINDS:
        return _EMPLOYMENT_KINDS[folded]
    words = re.findall(r"[^\W\d_]+", part.lower())
    named = {_EMPLOYMENT_KINDS.get("".join(words[start:end])) for start in range(len(words))
             for end in range(start + 1, min(start + 3, len(words)) + 1)} - {None}
    return named.pop() if len(named) == 1 else None


def employment_text(ui: str, raw: str | None) -> str:
    """A posting's employment type as a reader of ``ui`` says it: each comma-separated kind written in English, as a
    code ("PART_TIME, CONTRACTOR", "full-time") or as hh, Jobinja and JobVision write it ("Полная занятость",
    "قرارداد تمام وقت", "قرارداد دورکاری") by its name in ``ui`` (``employment_kind``); a kind none of them names as
    written."""
    if not raw:
        return ""
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    return list_separator(ui).join(message(ui, f"employment_{kind}") if (kind := employment_kind(part)) else part
                                   for part in parts)


def remote_text(ui: str, scope: str | None, regions: list[str] | None) -> str:
    """Where the work is done and who may apply, as a card or a checked post says it: "Remote (United States)",
    "Remote (no country limit stated)", "Hybrid", "On site"; empty when the posting does not say."""
    if not scope:
        return ""
    said = message(ui, f"remote_{scope}")
    if scope != "remote":
        return said
    who = regions_text(ui, regions) if regions else message(ui, "regions_unstated")
    return f"{said} ({who})"


#: The apostrophes CLDR writes in Uzbek (oʻ and gʻ with U+02BB or U+2018, the tutuq belgisi with U+02BC or U+2019), as
#: the Uzbek interface writes them all: the ASCII apostrophe of its catalogue, reasons and tasks ("O'zbekcha", "Ma'lumot
#: kiritish"), so the names CLDR gives ("Oʻzbekiston", "Amerika Qo‘shma Shtatlari") read alike beside them
_UZ_APOSTROPHES = str.maketrans(dict.fromkeys("\u02bb\u2018\u02bc\u2019", "'"))


def _in_interface_spelling(ui: str, names: dict[str, str]) -> dict[str, str]:
    """CLDR's ``names`` as the ``ui`` interface spells its own words (``_UZ_APOSTROPHES``)."""
    return {key: name.translate(_UZ_APOSTROPHES) for key, name in names.items()} if ui == "uz" else names


@lru_cache(maxsize=None)
def _cldr_territories(ui: str) -> dict[str, str]:
    from babel import Locale

    return _in_interface_spelling(ui, dict(Locale.parse(ui).territories))


# CLD2's codes that CLDR does not name, which no ``lang`` attribute takes: Bihari, Limbu, and its own for scripts it
# reads but does not know ("xx") and its test languages
_DETECTOR_ONLY = frozenset({"bh", "lif", "xx", "xxx", "zzb", "zze", "zzh", "zzp"})


def known_language(code: str) -> bool:
    """``code`` is a language the language stage can store ("uz", "zh", "he", "und"; ``pipeline.language.codes``).
    What the web's ``lang=`` and ``vagigs feed --lang`` accept: any other ("xx", "qz", "eng") would match nothing,
    whatever the store holds."""
    return code in language_codes()


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """Every code ``known_language`` accepts (the API's description lists them)."""
    from pipeline.language import codes  # (its detector's models load only when it first detects)

    return codes()


@lru_cache(maxsize=None)
def _cldr_names(ui: str) -> dict[str, str]:
    from babel import Locale

    return _in_interface_spelling(ui, dict(Locale.parse(ui).languages))


@lru_cache(maxsize=1)
def taxonomy_labels() -> dict[str, dict[str, str]]:
    """Tag → {ui language: label}, in the taxonomy's order."""
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    return {tag: spec.get("label", {}) for tag, spec in data["tags"].items()}


def tag_label(ui: str, tag: str) -> str:
    labels = taxonomy_labels().get(tag) or {}
    return labels.get(ui) or labels.get("en") or tag


#: The clock of each UI language's readers, for the day a time falls on: Iran's (UTC+3:30, and +4:30 in the summers
#: up to 2022: the tz database's, as the dates stage reads Iranian times) and Uzbekistan's (UTC+5, no daylight saving
#: since 1992); English readers are anywhere, so UTC.
READER_ZONES = {"fa": TEHRAN, "uz": timezone(timedelta(hours=5))}


def format_date(ui: str, value: datetime | str | None, *, on_readers_clock: bool = True) -> str:
    """``2025-03-03`` in English and Uzbek; the Solar Hijri date in Persian digits in Persian. The day is the one
    on the reader's clock (``READER_ZONES``; stored times without a zone are UTC), except for a day a source
    gave as a day (``on_readers_clock=False``: a closing date, stored as the end of that day in UTC).

    A date that cannot be shown so (a store written before ``pipeline.normalize.PAST_FLOOR`` kept year 1, which has
    no Solar Hijri date and no earlier day to move to) is the ISO date as stored: one odd date, not a page that
    fails."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)[:10]
    if ui in READER_ZONES and on_readers_clock:
        try:
            when = (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).astimezone(READER_ZONES[ui])
        except OverflowError:
            pass
    if ui == "fa":
        import jdatetime

        try:
            return jdatetime.date.fromgregorian(date=when.date()).strftime("%Y/%m/%d").translate(_PERSIAN_DIGITS)
        except (ValueError, OverflowError):
            pass
    return when.date().isoformat()


_PERSIAN_ORDER = {ch: i for i, ch in enumerate("آاأإءبپتثجچحخدذرزژسشصضطظعغفقکگلمنوؤهةیيئى")}
_PERSIAN_ORDER.update({"ك": _PERSIAN_ORDER["ک"], "ي": _PERSIAN_ORDER["ی"], "ى": _PERSIAN_ORDER["ی"]})


def sort_key(ui: str, text: str) -> tuple[int, ...]:
    """What orders names in ``ui`` alphabetically: in Persian its alphabet's order (پ after ب, چ after ج, ژ after
    ز, ک and گ after ق, و before ه), where code points put پ چ ژ ک گ after every Arabic letter; joiners ignored.
    Elsewhere case-insensitive code-point order."""
    if ui != "fa":
        return tuple(map(ord, text.casefold()))
    return tuple(_PERSIAN_ORDER[ch] if ch in _PERSIAN_ORDER else 100 + ord(ch)
                 for ch in text.replace("\u200c", "") if ch not in "\u200f\u200e")


def source_name(source: str, url: str | None = None, ui: str | None = None) -> str:
    """A posting's source as its readers know it: the registry's title ("Remote OK", "hh.uz (HeadHunter)"); for
    the sources that are many boards or channels, the board's host ("careers.example.com") or the channel
    ("Telegram @UstozShogird") from the posting's link, and with no link (a choice of the filter, a trends row)
    their kind in ``ui``'s words ("کانال‌های تلگرام"); the name itself for a source no longer registered."""
    parts = urlsplit(url or "")
    host = plain_host(parts.hostname or "")
    if source == "jsonld" and host:
        return host.removeprefix("www.")
    if source == "telegram" and host in ("t.me", "telegram.me"):
        channel = parts.path.strip("/").removeprefix("s/").split("/")[0]
        if channel:
            return f"Telegram @{channel}"
    if ui is not None and f"source_{source}" in MESSAGES["en"]:
        return message(ui, f"source_{source}")
    registered = SOURCES.get(source)
    return registered.title if registered else source


def link_name(source: str, url: str | None, ui: str | None = None) -> str:
    """What a link to a posting's page is called: its source's name (``source_name``), or the host it is on when
    that is not the source's own (``foreign_host``). A source's name had vouched for any site: "Original posting on
    Remotive" for https://remotive.com@evil.example/apply."""
    return foreign_host(source, url) or source_name(source, url, ui)


def foreign_host(source: str, url: str | None) -> str | None:
    """The host of ``url`` when it is not one of ``source``'s own (``crawlers.sources.links_to_own``; a board of the
    JSON-LD source is named by its host anyway), else None (and for no web link)."""
    if source == "jsonld" or links_to_own(source, url):
        return None
    try:
        return plain_host(urlsplit(url or "").hostname or "") or None
    except ValueError:
        return None


def choose_ui(requested: str | None, accept_languages: object) -> str:
    """``?ui=`` when it names a UI language, else the best match of Accept-Language, else English."""
    if requested in UI_LANGUAGES:
        return requested  # type: ignore[return-value]
    best = accept_languages.best_match(UI_LANGUAGES) if accept_languages is not None else None  # type: ignore[attr-defined]
    return best or "en"
