"""The tagger on small hand-written postings: phrases, inflections, scripts, negation, title weight."""
from __future__ import annotations

import json

import pytest

from crawlers.items import PostingItem
from pipeline.tags import TagResult, phrase_scores, tag, tag_text, taxonomy_version
from pipeline.tags.store_retag import retag
from pipeline.tags.matcher import Matcher, default_matcher
from pipeline.tags.matcher.phrases import TAXONOMY_PATH, load_taxonomy

TAGS = [
    "email_management", "calendar_scheduling", "phone_answering", "customer_support", "data_entry",
    "file_organization", "bookkeeping", "travel_booking", "personal_errands", "social_media",
    "content_writing", "website_updates", "graphic_design", "research", "lead_generation",
    "crm_admin", "ecommerce_support", "project_management", "transcription", "general_admin",
]


def _item(title: str, description: str = "") -> PostingItem:
    return PostingItem(source="t", source_id="1", title=title, description=description)


def test_taxonomy_file_has_the_twenty_identifiers_with_labels_and_phrases() -> None:
    tax = load_taxonomy()
    assert list(tax["tags"]) == TAGS
    assert tax["version"]
    for spec in tax["tags"].values():
        assert set(spec["label"]) == {"en", "uz", "fa"} and all(spec["label"].values())
        assert spec["description"]
        assert set(spec["phrases"]) == {"en", "uz", "fa", "ru"}
    assert taxonomy_version() == tax["version"]
    assert TAXONOMY_PATH.name == "taxonomy.json"


def test_virtual_assistant_posting_gets_its_tasks_and_evidence() -> None:
    r = tag(_item("Virtual Assistant",
                  "You will manage the inbox, schedule meetings, do data entry and typing in spreadsheets "
                  "and answer phone calls from clients."))
    assert isinstance(r, TagResult)
    assert r.va_relevant and r.va_relevance >= 0.5
    assert {"general_admin", "email_management", "calendar_scheduling", "data_entry",
            "phone_answering"} <= set(r.tags)
    assert r.evidence["data_entry"] == "data entry"
    assert r.evidence["general_admin"] == "virtual assistant"
    assert all(r.scores[t] > 0 for t in r.tags)


def test_software_job_is_not_relevant_and_gets_no_tags() -> None:
    r = tag(_item("Senior Rust Engineer",
                  "Build distributed storage systems in Rust. You will schedule your own time and "
                  "support customers occasionally."))
    assert not r.va_relevant and r.tags == [] and r.va_relevance < 0.5


def test_negated_phrases_do_not_tag() -> None:
    r = tag_text("Customer Support Specialist",
                 "We are not looking for a virtual assistant. No data entry. Answer customer "
                 "questions by live chat and email.")
    assert "customer_support" in r.tags
    assert "data_entry" not in r.tags
    assert "virtual assistant" not in r.evidence.get("general_admin", "")


def test_russian_nikakih_negates_what_follows() -> None:
    """"Никаких продаж и звонков" (no sales and no calls, a common line of Russian chat-operator ads) names no
    phone work."""
    r = tag_text("Ассистент руководителя", "Ведение календаря руководителя. Никаких продаж и звонков.")
    assert "calendar_scheduling" in r.tags and "phone_answering" not in r.tags


def test_matcher_drops_negated_hits_but_keeps_the_next_clause() -> None:
    m = Matcher(load_taxonomy())
    hits = m.match("we are not looking for a virtual assistant. you will do data entry", in_title=False)
    tags = {h.tag for h in hits if h.weight >= 1}
    assert "data_entry" in tags and "general_admin" not in tags


def test_title_weighs_more_than_boilerplate() -> None:
    blurb = ("About us\nWe are a social media analytics company for Instagram and TikTok brands.\n"
             "Benefits\nHealth insurance, social media stipend.\n")
    r = tag_text("Customer Support Representative",
                 blurb + "Responsibilities\nResolve customer tickets in Zendesk.")
    assert r.tags and r.tags[0] == "customer_support"
    assert "social_media" not in r.tags


@pytest.mark.parametrize("title,duties,requirement_heading,skill,skill_tags", [
    ("Customer Support Representative", "Resolve customer tickets in Zendesk.", "Requirements",
     "Familiarity with social media and Google Drive.", {"social_media", "file_organization"}),
    ("Оператор call-центра", "Прием входящих звонков.", "Требования:", "Опыт работы в CRM, знание делопроизводства.",
     {"crm_admin", "file_organization"}),
    ("کارشناس پشتیبانی مشتریان", "پاسخگویی تلفنی به مشتریان", "شرایط احراز", "آشنایی با شبکه های اجتماعی",
     {"social_media"}),
], ids=["en", "ru", "fa"])
def test_a_skill_under_a_requirements_heading_is_no_duty(title: str, duties: str, requirement_heading: str,
                                                          skill: str, skill_tags: set[str]) -> None:
    """Tags are the tasks a posting asks for, not the skills it wants (tests/data/tags_dev.md): under a
    requirements heading a task word is only a hint; the same words among the duties are a duty."""
    as_skill = tag_text(title, f"Responsibilities\n{duties}\n{requirement_heading}\n{skill}")
    as_duty = tag_text(title, f"Responsibilities\n{duties}\n{skill}")
    assert as_skill.va_relevant and as_duty.va_relevant
    assert skill_tags.isdisjoint(as_skill.tags), as_skill.tags
    assert skill_tags <= set(as_duty.tags), as_duty.tags
    # a duties heading after the requirements ends them
    duties_after = tag_text(title, f"{requirement_heading}\n{skill}\nResponsibilities\n{duties}\n{skill}")
    assert skill_tags <= set(duties_after.tags), duties_after.tags


@pytest.mark.parametrize("title,description,expected", [
    # Russian with case endings (hh.ru/hh.uz)
    ("Оператор call-центра", "Прием входящих звонков, консультирование клиентов по телефону.",
     {"phone_answering", "customer_support"}),
    ("Офис-менеджер", "Ведение документооборота, обработка входящей корреспонденции, прием звонков.",
     {"general_admin", "file_organization", "phone_answering"}),
    ("Бухгалтер", "Работа с первичной документацией, сверка с контрагентами в 1С.", {"bookkeeping"}),
    # Uzbek, both scripts, with suffixes
    ("Call markaz operatori", "Mijozlar bilan ishlash, qo'ng'iroqlarga javob berish.",
     {"phone_answering", "customer_support"}),
    ("Колл марказ оператори", "Мижозлар билан ишлаш, қўнғироқларга жавоб бериш.",
     {"phone_answering", "customer_support"}),
    # Persian, with ZWNJ and Arabic letter forms
    ("کارشناس پشتیبانی مشتریان", "پاسخگویی تلفنی و پاسخگویی به مشتریان از طریق تیکت", {"customer_support", "phone_answering"}),
    ("منشی و مسئول دفتر", "مدیریت تماس‌های تلفنی، بایگانی اسناد و مکاتبات اداري", {"general_admin", "phone_answering", "file_organization", "email_management"}),
])
def test_languages_and_inflections(title: str, description: str, expected: set[str]) -> None:
    r = tag_text(title, description)
    assert r.va_relevant, (title, r)
    assert expected <= set(r.tags), (title, r.tags)


# Uzbek duty lines as Telegram VA posts word them (no labelled Uzbek postings exist: the samples hold none);
# each names tasks a seeker would filter by. Taxonomy 2026.12.1 added the phrases that 6 of these needed.
UZBEK_POSTS = [
    ("Ofis menejeri kerak", "Rahbarning ish kunini rejalashtirish, hujjatlarni yuritish, qo'ng'iroqlarni qabul qilish.",
     {"general_admin", "calendar_scheduling", "file_organization", "phone_answering"}),
    ("Masofaviy yordamchi kerak", "Elektron pochtani yuritish, uchrashuvlarni rejalashtirish, ma'lumotlarni bazaga kiritish.",
     {"general_admin", "email_management", "calendar_scheduling"}),
    ("Chat operatori (masofaviy)", "Mijozlarning savollariga javob berish, buyurtmalarni rasmiylashtirish, "
     "ma'lumotlarni CRM ga kiritish.", {"customer_support", "crm_admin"}),
    ("Онлайн ёрдамчи керак", "Мижозларнинг саволларига жавоб бериш, буюртмаларни расмийлаштириш, Телеграм каналини юритиш.",
     {"customer_support", "social_media"}),
    ("Kotiba kerak", "Telefon qo'ng'iroqlariga javob berish, mehmonlarni kutib olish, hujjatlarni tartibga solish.",
     {"general_admin", "phone_answering", "file_organization"}),
    ("Rahbar yordamchisi", "Rahbarning shaxsiy topshiriqlarini bajarish, xizmat safarlarini tashkil qilish, "
     "aviachipta va mehmonxona bron qilish.", {"personal_errands", "travel_booking"}),
    ("SMM mutaxassisi", "Instagram va Telegram sahifalarini yuritish, post va storislar tayyorlash, kontent reja tuzish.",
     {"social_media"}),
    ("Buxgalter yordamchisi", "Birlamchi hujjatlarni rasmiylashtirish, hisob-fakturalarni tayyorlash, "
     "kirim-chiqimni hisobga olish.", {"bookkeeping"}),
    ("Ma'lumot kiritish operatori", "Excel jadvallarini to'ldirish, ma'lumotlarni bazaga kiritish, matn terish.",
     {"data_entry"}),
    ("Virtual assistent (lidlar bilan ishlash)", "Yangi mijozlarni topish, sovuq qo'ng'iroqlar, "
     "mijozlar bazasini CRM da yuritish.", {"lead_generation", "crm_admin"}),
    ("Kopirayter", "Sayt va ijtimoiy tarmoqlar uchun matnlar yozish, maqolalarni tahrirlash.", {"content_writing"}),
    ("Marketpleys menejeri", "Uzum Market va Wildberries da tovarlarni joylash, buyurtmalarni kuzatish, "
     "tovar kartochkalarini to'ldirish.", {"ecommerce_support"}),
    ("Virtual assistent", "Internetdan ma'lumot qidirish, raqobatchilarni o'rganish, haftalik hisobot tayyorlash.",
     {"general_admin", "research"}),
    ("Masofaviy yordamchi", "Loyihalarni boshqarish: vazifalarni taqsimlash va bajarilishini nazorat qilish, "
     "Trello da ishlash.", {"project_management"}),
    ("Transkripsiya bo'yicha mutaxassis", "Audio yozuvlarni matnga o'girish, majlis bayonnomalarini yozish.",
     {"transcription"}),
    ("Администратор", "Қўнғироқларни қабул қилиш, мижозларни қабулга ёзиш, ҳужжатларни юритиш.",
     {"general_admin", "phone_answering", "calendar_scheduling", "file_organization"}),
    ("Dizayner yordamchisi (Canva)", "Canva da post va bannerlar tayyorlash, taqdimotlar yasash.", {"graphic_design"}),
    ("Sayt administratori", "Saytga tovar va maqolalarni joylash, saytni yangilab borish.", {"website_updates"}),
    ("Hisobchi yordamchisi", "1C dasturida hujjatlarni kiritish, hisob-fakturalarni tayyorlash.", {"bookkeeping"}),
    ("Ҳисобчи ёрдамчиси", "1С дастурида ҳужжатларни киритиш, ҳисоб-фактураларни тайёрлаш.", {"bookkeeping"}),
    ("Call-markaz operatori", "Kiruvchi qo'ng'iroqlarni qabul qilish, mijozlarga mahsulotlar haqida maslahat berish.",
     {"phone_answering", "customer_support"}),
    ("Onlayn do'kon operatori", "Instagramdagi buyurtmalarni qabul qilish, direktga javob berish.",
     {"ecommerce_support", "customer_support"}),
    ("Menejer yordamchisi", "Excel da hisobotlar tayyorlash, ma'lumotlar bazasini yangilash.", {"data_entry"}),
    ("Kotiba", "Kiruvchi va chiquvchi xatlar bilan ishlash, rahbarning uchrashuvlarini tashkil qilish.",
     {"email_management", "calendar_scheduling"}),
    ("Котиба", "Кирувчи ва чиқувчи хатлар билан ишлаш, раҳбарнинг учрашувларини ташкил қилиш.",
     {"email_management", "calendar_scheduling"}),
]


# Duties a second writer's blind posts (tests/data/tags_written_b) showed unread, in the developer's own words:
# covers drawn for posts, customers' questions and reviews answered, data entered into tables or labelled,
# pages of a site updated, searches on the internet and competitors' prices, documents put into folders or a
# Google Drive, e-mails attended to and leads logged in a CRM (taxonomy 2026.12.23).
SECOND_WRITER_KINDS = [
    ("SMM yordamchi", "Instagram uchun post muqovalarini chizish va har kuni post joylash.", {"graphic_design"}),
    ("Онлайн-дўкон оператори", "Харидорларнинг саволларига жавоб бериш, буюртмаларни расмийлаштириш.",
     {"customer_support"}),
    ("Ofis yordamchisi", "Skaner qilingan hujjatlarni papkalarga joylash, arxivni yuritish.", {"file_organization"}),
    ("Menejer yordamchisi", "Raqobatchilarning narxlarini o'rganish va ma'lumot to'plash.", {"research"}),
    ("SMM-менеджер", "Ведение Instagram, оформление постов и афиш к акциям.", {"graphic_design"}),
    ("Менеджер маркетплейса", "Отвечать на отзывы и вопросы покупателей, следить за карточками товаров.",
     {"customer_support"}),
    ("Помощник руководителя", "Заносить данные о заказах в Google-таблицы, держать порядок на Google Диске.",
     {"data_entry", "file_organization"}),
    ("Контент-менеджер", "Обновлять тексты на страницах сайта и баннеры акций.", {"website_updates"}),
    ("Разметчик данных", "Размечать изображения и тексты по инструкции.", {"data_entry"}),
    ("ادمین پیج", "طراحی کاور پست و استوری، پاسخ به سوالات مشتریان در دایرکت.", {"graphic_design", "customer_support"}),
    ("دستیار مجازی", "جستجو در اینترنت و جمع بندی نتایج برای مدیر.", {"research"}),
    ("کارشناس فروش تلفنی", "تماس با مشتریان بالقوه و ثبت نتیجه تماس ها در CRM.", {"crm_admin"}),
    ("منشی", "رسیدگی به ایمیل های مدیر و تنظیم جلسات.", {"email_management"}),
]


# Everyday wording a fourth writer's posts (tests/data/tags_written_d) showed unread, in the developer's own words
# (taxonomy 2026.12.24).
SECOND_WRITER_KINDS += [
    ("Executive assistant", "Book calls with partners and confirm appointments the day before.", {"calendar_scheduling"}),
    ("Family assistant", "Book holidays and sort flights and hotels for the family.", {"travel_booking"}),
    ("Office admin", "Scan contracts, rename and file them in SharePoint.", {"file_organization"}),
    ("Admin assistant", "Chase unpaid invoices and post payments in the ledger.", {"bookkeeping"}),
    ("Помощник руководителя", "Вести график директора, напоминать о встречах, покупать билеты в командировки.",
     {"calendar_scheduling", "travel_booking"}),
    ("Секретарь", "Разбирать почту, подшивать договоры, бронировать переговорные.",
     {"email_management", "file_organization", "calendar_scheduling"}),
    ("Ассистент отдела продаж", "Вносить сделки в CRM и двигать сделки по этапам.", {"crm_admin"}),
    ("Ассистент онлайн-школы", "Модерировать чат учеников и отвечать на вопросы.", {"social_media"}),
    ("Rahbar yordamchisi", "Uchrashuvlarni eslatib turish, Gmail'dagi xatlarni saralash.",
     {"calendar_scheduling", "email_management"}),
    ("Бухгалтер ёрдамчиси", "Ҳужжатларни жилдларга ажратиб сақлаш, солиштирма далолатнома тузиш.",
     {"file_organization", "bookkeeping"}),
    ("منشی", "جواب دادن به تلفن ها، وقت دادن به مراجعین، گرفتن بلیت هواپیما برای مدیر.",
     {"phone_answering", "calendar_scheduling", "travel_booking"}),
    ("حسابدار", "مغایرت گیری حساب ها و صدور فاکتور برای مشتریان.", {"bookkeeping"}),
]
# What a fifth writer's posts (tests/data/written_e) showed unread, in the developer's own words (taxonomy 2026.12.26)
SECOND_WRITER_KINDS += [
    ("منشی", "پذیرش بیماران و تشکیل پرونده برای مراجعین جدید.", {"file_organization"}),  # a practice's front desk,
    # "منشی مطب", is on-site work (taxonomy 2026.12.30)
    ("Savdo bo'limi assistenti", "Yangi mijozlarni CRM'ga kiritish va qo'ng'iroqlar natijasini yozish.", {"crm_admin"}),
]


@pytest.mark.parametrize("title,description,expected", UZBEK_POSTS + SECOND_WRITER_KINDS,
                         ids=[t for t, _, _ in UZBEK_POSTS + SECOND_WRITER_KINDS])
def test_duty_lines_get_their_tags(title: str, description: str, expected: set[str]) -> None:
    """Uzbek duty lines in both scripts, and the everyday wording other writers' posts showed unread."""
    r = tag_text(title, description)
    assert r.va_relevant, (title, r.va_relevance)
    assert expected <= set(r.tags), (title, r.tags)


@pytest.mark.parametrize("title,description", [
    ("Haydovchi kerak", "Yuk mashinasida shahar bo'ylab yetkazib berish."),
    ("Python dasturchi", "Backend ishlab chiqish, API yozish."),
    ("Oshpaz kerak", "Restoranga tajribali oshpaz kerak."),
    ("Bosh hisobchi", "Korxona buxgalteriya hisobini yuritish, soliq hisobotlarini topshirish, auditorlar bilan ishlash."),
    # titles of sales, counter and warehouse work, whose duty lines share words with VA tasks
    ("Sotuv menejeri", "Vazifalar: mijozlar bilan telefon orqali ishlash, sovuq qo'ng'iroqlar, CRM da ishlash."),
    ("Сотув менежери", "Вазифалар: мижозлар билан телефон орқали ишлаш, совуқ қўнғироқлар, CRM да ишлаш."),
    ("Kuryer-operator", "Vazifalar: buyurtmalarni qabul qilish va yetkazib berish, mijozlarga qo'ng'iroq qilish."),
    ("Omborchi kerak", "Tovarlarni qabul qilish, ombor hisobini yuritish, 1C dasturida ishlash."),
    ("Kuryer kerak", "Buyurtmalarni mijozlarga yetkazib berish, shaxsiy avtomobil bo'lishi shart."),
])
def test_uzbek_non_va_posts_are_not_relevant(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert not r.va_relevant and r.tags == []


TELEGRAM_CONTACT = [  # Telegram is how one applies in Uzbekistan, Russia and Iran, not a social-media duty
    ("Virtual assistent kerak", "Vazifalar: mijozlar bilan yozishmalar, kalendar va pochtani yuritish.\n"
     "🇺🇿 Telegram: @silkroad_hr\n📞 Aloqa: +998 90 000 45 67"),
    ("Офис-менежер / котиба", "Вазифалар: ҳужжатлар билан ишлаш, қўнғироқларга жавоб бериш.\n"
     "🇺🇿 Telegram: @baraka_kadrlar\nТелеграм орқали ёзинг."),
    ("Ассистент руководителя", "Обязанности: ведение календаря и переписки руководителя, организация встреч. "
     "Резюме присылайте в Telegram: @cloudline_jobs"),
    ("منشی", "پاسخگویی تلفنی، بایگانی اسناد، تنظیم جلسات. ارسال رزومه از طریق تلگرام: @office_hr"),
    ("Virtual Assistant", "Manage the CEO's inbox and calendar, book travel. Apply via Telegram: @brightlane_hr"),
]
TELEGRAM_DUTY = [
    ("Virtual assistent", "Kompaniya Telegram kanalini yuritish, postlar tayyorlash."),
    ("Ассистент", "Ведение Telegram-канала компании, ответы подписчикам."),
    ("Ассистент", "Ведение телеграм канала компании."),
    ("دستیار مجازی", "مدیریت کانال تلگرام شرکت و پاسخ به پیام ها"),
    ("Virtual Assistant", "Manage our Telegram channel and Discord community."),
]


@pytest.mark.parametrize("title,description", TELEGRAM_CONTACT, ids=[d[-14:] for _, d in TELEGRAM_CONTACT])
def test_telegram_as_the_contact_channel_is_not_social_media(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and "social_media" not in r.tags, (r.tags, r.evidence)


def test_facebook_as_a_client_name_is_not_social_media() -> None:
    """A company blurb that names its clients is not a social-media duty; running a Facebook page is."""
    blurb = tag_text("Virtual Assistant", "We help clients such as Microsoft, Facebook, Google and Amazon. "
                                          "You will manage our inbox and schedule meetings.")
    assert blurb.va_relevant and "social_media" not in blurb.tags, blurb.evidence
    for duty in ("You will manage our Facebook page and reply to comments.", "Post daily in our Facebook groups."):
        r = tag_text("Virtual Assistant", duty)
        assert "social_media" in r.tags, (duty, r.evidence)


def test_lead_generation_as_a_business_is_no_duty_and_generating_leads_is() -> None:
    """"Lead generation" in a description mostly names a client's business or a topic ("SEO content for lead
    generation websites"); in a title, or said as the work ("generate leads"), it is the task (taxonomy 2026.12.31)."""
    for blurb in ("Write SEO-driven content for eCommerce and lead generation websites.",
                  "Our founders started a lead generation business for landlords."):
        assert phrase_scores("Freelance Copywriter", blurb)[1]["lead_generation"] < 1, blurb
    for title, description in (("Lead Generation Specialist", "Work from home, flexible hours."),
                               ("Virtual Assistant", "Generate leads on LinkedIn and build prospect lists.")):
        r = tag_text(title, description)
        assert "lead_generation" in r.tags, (title, r.evidence)


def test_persian_correspondence_is_email_work_as_in_english_and_russian() -> None:
    """"مکاتبات" (correspondence) is business correspondence, as "correspondence" and "корреспонденция" are."""
    for title, description in (("کارمند اداری", "وظایف: مکاتبات و پیگیری های اداری، بایگانی اسناد"),
                               ("Office Administrator", "Duties: correspondence and follow-ups, filing."),
                               ("Офис-менеджер", "Обязанности: корреспонденция, архив документов.")):
        r = tag_text(title, description)
        assert "email_management" in r.tags, (title, r.evidence)


@pytest.mark.parametrize("title,description", TELEGRAM_DUTY, ids=[d[:20] for _, d in TELEGRAM_DUTY])
def test_running_a_telegram_channel_is_social_media(title: str, description: str) -> None:
    assert "social_media" in tag_text(title, description).tags


def strong_hits(text: str, in_title: bool) -> set[tuple[str, float]]:
    return {(h.tag, h.weight) for h in default_matcher().match(text, in_title=in_title)}


# One strong phrase each; a tag also needs the tag's threshold (some tags need two phrases in a description).
DUTY_PHRASES = [
    ("Instagram uchun postlar tayyorlash", "social_media"),  # 2026.12.21: preparing and posting posts, in Uzbek
    ("Kanalga postlarni joylashtirish", "social_media"),
    ("Разбор почты и ведение календаря руководителя", "email_management"),  # 2026.12.20: going through the mail
    ("Appointment confirmation calls for next day", "phone_answering"),  # 2026.12.19: phone work as boards write it
    ("Represent us during a series of calls to customers", "phone_answering"),
    ("Returning calls from clients within a day", "phone_answering"),
    ("1C dasturida ishlash", "data_entry"),  # a Latin C, as often typed; the Cyrillic 1С was listed
    ("1С дастурида ишлаш", "data_entry"),
    ("schyot-fakturalarni tayyorlash", "bookkeeping"),
    ("birlamchi hujjatlarni yuritish", "bookkeeping"),
    ("kiruvchi xatlarni qayd etish", "email_management"),
    ("پاسخگویی به پیام های مشتریان", "customer_support"),  # answering customers' messages
    ("پاسخ به کامنت ها و مدیریت دایرکت", "social_media"),  # replying to comments, managing DMs
    ("جستجو و جمع آوری اطلاعات", "research"),  # searching and gathering information
    ("به‌روزرسانی محتوای سایت", "website_updates"),  # updating the site's content (with a ZWNJ)
    ("کارشناس رزرواسیون", "travel_booking"),  # reservations
    ("We hire data labelers.", "data_entry"),
    # 2026.12.52: duties of a sixth writer's board-style posts (tests/data/tags_written_f), said as boards say them
    ("Design simple post graphics, carousels and Story templates in Canva", "graphic_design"),
    ("создание визуалов для постов и сторис в Canva", "graphic_design"),
    ("Canva'да пост ва сторис дизайнларини тайёрлаш", "graphic_design"),
    ("анализ цен и ассортимента конкурентов", "research"),
    ("بررسی قیمت و محصولات رقبا در دیجی‌کالا", "research"),  # checking competitors' prices and products
    ("Track action items from leadership meetings in Asana", "project_management"),
    ("Schedule kickoffs, client reviews and internal check-ins", "calendar_scheduling"),
    ("Prepare and send monthly client invoices in Clio", "bookkeeping"),
    ("به‌روزرسانی اطلاعات مشتریان در نرم‌افزار CRM", "crm_admin"),  # updating customers' data in the CRM
    ("بارگذاری مقالات و به‌روزرسانی صفحات تورها", "website_updates"),  # articles uploaded, pages updated
    ("шикоят ва саволлар бўйича мижозларга ёрдам бериш", "customer_support"),  # helping customers
    # 2026.12.59: duties of a seventh writer's posts next door to VA work (tests/data/tags_written_g)
    ("Run his Gmail: sort and answer routine email", "email_management"),
    ("Greet visitors and answer the office main line", "phone_answering"),
    ("Cover the phone lines during lunch", "phone_answering"),
    ("Write the show notes for every episode", "content_writing"),
    ("Write short descriptions for new listings", "content_writing"),
    ("نوشتن توضیحات و معرفی محصولات", "content_writing"),  # writing products' descriptions
    ("Publish each episode on our website", "website_updates"),
    ("Keep the pricing page in Webflow up to date", "website_updates"),
    ("Manage the AEs' calendars and send the invites", "calendar_scheduling"),
    ("Reschedule no-shows the same day", "calendar_scheduling"),
    ("Schedule free consultations for the attorneys", "calendar_scheduling"),
    ("Keep every account's notes current in HubSpot", "crm_admin"),
    ("Run the intake call for potential new clients", "customer_support"),
    ("Answer buyer messages in Seller Central within 24 hours", "customer_support"),
    ("Keep our Asana boards current", "project_management"),
    ("Put together the monthly business review deck in Google Slides", "graphic_design"),
    ("Внесение заявок в программу, передача их мастерам", "data_entry"),
    ("Внесение заказов покупателей", "data_entry"),
    ("Review reported posts in our moderation queue", "research"),  # content moderation: evaluating content
    ("Проверка объявлений и отзывов пользователей на соответствие правилам", "research"),
    ("Модерация комментариев в сообществе", "social_media"),
    # 2026.12.162: a classifieds site's listings checked against its rules, as a content moderator's
    ("проверять новые объявления и фотографии на соответствие правилам", "research"),
    ("E'lonlarni tekshirish va qoidabuzarlarni bloklash", "research"),
    ("بررسی و تایید آگهی‌های کاربران طبق قوانین سایت", "research"),
    ("نظارت بر محتوای ارسالی کاربران", "research"),
    ("отвечать пользователям на обжалования блокировок", "customer_support"),  # users' appeals answered
    # 2026.12.163: a post written, clients' cards kept in a CRM
    ("Write a weekly \"Maker Spotlight\" post for our blog", "content_writing"),
    ("писать посты и еженедельный дайджест для блога", "content_writing"),
    ("вести карточки клиентов в Битрикс24: контакты, тариф, даты продления", "crm_admin"),
    ("Mijoz kartochkalarini to'ldirish va yangilash", "crm_admin"),
    # 2026.12.62: duties inside an eighth writer's long lists of generalist VA work (tests/data/tags_written_h)
    ("Snap and submit her receipts in Expensify every Friday", "bookkeeping"),
    ("Match vendor bills to their work orders", "bookkeeping"),
    ("Follow up on invoices that are past due", "bookkeeping"),
    ("Log check deposits for the finance manager", "bookkeeping"),
    ("Process candidates' travel expense claims", "bookkeeping"),
    ("Send gentle payment reminders", "bookkeeping"),
    ("сбор документов от подрядчиков и передача в бухгалтерию", "bookkeeping"),
    ("Keying timesheet hours every other Monday", "data_entry"),
    ("Cleaning up and de-duplicating the monthly customer export", "data_entry"),
    ("ведение таблицы остатков и продаж", "data_entry"),
    ("ведение реестров договоров", "data_entry"),
    ("ثبت سفارش‌ها در فایل اکسل", "data_entry"),  # orders entered in an Excel file
    ("Run the booking calendar for discovery calls in Acuity", "calendar_scheduling"),
    ("Book onboarding sessions into the CS team's calendars", "calendar_scheduling"),
    ("پذیرش مراجعین و هماهنگی وقت ملاقات با مدیران", "calendar_scheduling"),  # appointment times arranged
    ("مدیریت برنامه‌ی روزانه", "calendar_scheduling"),  # the daily schedule managed
    ("Keep the shared drive's folders named and current", "file_organization"),
    ("Scan and index policy documents into client files", "file_organization"),
    ("File the signed copies", "file_organization"),
    ("scanning what matters into a tidy cloud folder", "file_organization"),
    ("регистрация и хранение договоров, ведение папок", "file_organization"),
    ("хранение сканов в облаке", "file_organization"),
    ("مرتب‌سازی فایل‌ها در فضای ابری", "file_organization"),  # files sorted in cloud storage
    ("Build monthly reporting slides", "graphic_design"),
    ("Create just-listed flyers", "graphic_design"),
    ("Make lifestyle mockups in Canva", "graphic_design"),
    ("оформление обложек и гайдов", "graphic_design"),
    ("تهیه اسلایدهای پاورپوینت برای جلسات", "graphic_design"),  # PowerPoint slides prepared
    ("поиск и сравнение вариантов", "research"),
    ("بررسی پیج‌های رقیب", "research"),  # competitors' pages checked
    ("Swap homepage banners", "website_updates"),
    ("Refresh the pages on our WordPress site", "website_updates"),
    ("Update the careers pages on our Webflow site", "website_updates"),
    ("Taking minutes at the monthly meeting", "transcription"),
    ("Write up minutes from client meetings", "transcription"),
    ("After the call, write up the notes", "transcription"),
    ("расшифровка прямых эфиров в текст", "transcription"),
    ("زیرنویس‌گذاری ویدیوها", "transcription"),  # subtitling videos
    ("Answering the office phone", "phone_answering"),
    ("Dial homeowners from our dialer", "phone_answering"),
    ("Work the shared hello@ mailbox", "email_management"),
    ("переписка с контрагентами", "email_management"),
    ("پاسخ به پیام‌ها و ایمیل‌های شخصی", "email_management"),  # answering personal e-mails
    ("перелёты, отели, оформление виз", "travel_booking"),
    ("رزرو رستوران، بلیط سفر و هتل", "travel_booking"),  # travel tickets
    # 2026.12.63: duties as a ninth writer's posts under titles that do not say assistant word them
    ("Attend board meetings and take the minutes", "transcription"),
    ("Keep each studio's HubSpot record up to date", "crm_admin"),
    ("پیاده کردن متن مصاحبه‌های ضبط‌شده", "transcription"),  # interviews' recordings typed out
    ("پیاده‌سازی متن جلسات آنلاین", "transcription"),
    ("نام‌گذاری و آرشیو فایل‌های صوتی در فضای ابری", "file_organization"),  # files archived
    ("پاسخ به پرسش‌ها و نظرات خریداران", "customer_support"),  # buyers' questions answered
    ("پاسخگویی آنلاین به مشتریان فروشگاه", "customer_support"),  # online (chat) answering
    ("перезвон клиентам по их вопросам", "phone_answering"),
    ("ثبت همه‌ی تماس‌ها در بیت‌ریکس۲۴", "crm_admin"),  # calls logged in Bitrix24, as "in HubSpot"
    ("شناسایی شرکت‌های هدف در لینکدین", "lead_generation"),  # target companies found
    ("تهیه فهرست تماس مدیران مالی", "lead_generation"),  # a contact list built
]
# A word of a duty phrase that names something else: no duty
NOT_DUTY_PHRASES = [
    ("You need a quiet room and a reliable phone line", "phone_answering"),  # a line of one's own, not one answered
    ("LedgerLoop sends the reminders for 1,900 firms", "bookkeeping"),  # a company named with "ledger"
    ("Разметка спорных случаев в системе модерации", "social_media"),  # a moderation system is no community
    ("Создание и заполнение карточек товаров на Wildberries", "data_entry"),  # a marketplace's product cards
    ("Answer the main phone line and greet visitors", "customer_support"),  # a receptionist's, as "встреча гостей"
    ("Book homeowners for a consultation with our rep", "calendar_scheduling"),  # a setter's sales appointment
    ("Take a few minutes to tell us about yourself", "transcription"),  # minutes of time, not a meeting's
    ("پیاده‌سازی سیستم‌های نرم‌افزاری سازمان", "transcription"),  # "پیاده‌سازی" of software: implementing it
    ("آرشیو محصولات فروشگاه را ببینید", "file_organization"),  # a shop's archive of products
    ("Мы перезвоним вам после отклика", "phone_answering"),  # the employer calls back
    ("آشنایی با بیت‌ریکس و CRM", "crm_admin"),  # a skill: a hint
    ("شناخت مشتریان هدف و تدوین استراتژی برند", "lead_generation"),  # a marketer's target audience
    ("Наш модератор проверяет объявления за 15 минут", "research"),  # the company's moderator, not the seeker
    ("پس از بررسی آگهی، رزومه خود را ارسال کنید", "research"),  # the job ad read before applying
    ("Мы ответим пользователям в течение дня", "customer_support"),  # the company's answer
    ("She writes a weekly LinkedIn post herself", "content_writing"),  # the CEO's own post
    ("Клиентам выдаём бонусные карты", "crm_admin"),  # loyalty cards handed out
]
ROLE_TITLES = [
    ("پاسخگوی تلفنی", "phone_answering"),  # phone answerer
    ("اپراتور چت", "customer_support"),  # chat operator
    ("کارشناس تیکتینگ", "customer_support"),
    ("Транскрибатор", "transcription"),
    ("Ресепшионист", "phone_answering"),
    ("Kompyuter operatori", "data_entry"),  # a computer operator, as the Russian "оператор ПК"
    ("Компьютер оператори", "data_entry"),
    ("1C operatori", "data_entry"),
    ("Qabulxona xodimi", "phone_answering"),  # reception staff
    ("Kontent menejer", "website_updates"),  # as the Russian "контент-менеджер"
    ("Buyurtmalar operatori", "ecommerce_support"),  # orders operator
    ("Mobilograf", "social_media"),  # phone video for social accounts
    ("Loyiha koordinatori", "project_management"),
    ("پشتیبان چت", "customer_support"),  # 2026.12.25: the agent noun "پشتیبان" (one who supports), not only "پشتیبانی"
    ("پشتیبان آنلاین", "customer_support"),
    ("اپراتور پاسخگویی آنلاین", "customer_support"),  # 2026.12.63: an online answering operator
    ("کارشناس مستندسازی جلسات", "transcription"),  # meetings documented: minutes
]
# Strong in a title only; in a description ("reports to the Office Coordinator") a hint.
TITLE_ONLY = [
    ("Ofis menejer", "general_admin"),  # 2026.12.21: the Uzbek title without its possessive, and hyphenated
    ("Офис-менежер", "general_admin"),
    ("Recruiting Coordinator", "calendar_scheduling"),  # their work is scheduling interviews
    ("Interview Coordinator", "calendar_scheduling"),
    ("Travel Coordinator", "travel_booking"),
    ("Office Coordinator", "general_admin"),
    ("Order Processor", "ecommerce_support"),
    ("Billing Specialist", "bookkeeping"),
    ("Search Quality Rater", "research"),
    ("Менеджер по бронированию", "travel_booking"),
    ("Координатор проектов", "project_management"),  # 2026.12.52: as "Project Coordinator"
    ("Копирайтер", "content_writing"),
    ("Marketplace Listings Coordinator", "ecommerce_support"),  # 2026.12.63: as "Менеджер маркетплейсов"
    ("Marketplace Specialist", "ecommerce_support"),
    ("Модератор объявлений", "research"),  # 2026.12.162: as "Content Moderator"
    ("E'lonlar moderatori", "research"),
    ("کارشناس بررسی آگهی", "research"),
    ("ناظر محتوا", "research"),
]


@pytest.mark.parametrize("text,tag", DUTY_PHRASES, ids=[t for t, _ in DUTY_PHRASES])
def test_duty_phrases_in_uzbek_persian_and_english(text: str, tag: str) -> None:
    assert (tag, 1.0) in strong_hits(text, in_title=False)


@pytest.mark.parametrize("text,tag", NOT_DUTY_PHRASES, ids=[t for t, _ in NOT_DUTY_PHRASES])
def test_words_of_a_duty_phrase_naming_something_else_are_no_duty(text: str, tag: str) -> None:
    assert (tag, 1.0) not in strong_hits(text, in_title=False)


def test_a_marketplaces_product_cards_are_e_commerce_work() -> None:
    assert ("ecommerce_support", 1.0) in strong_hits("Создание и заполнение карточек товаров на Wildberries", False)


def test_a_content_moderator_evaluates_content_and_runs_no_social_accounts() -> None:
    r = tag_text("Модератор контента (удалённо)", "Проверка объявлений и отзывов пользователей на соответствие правилам "
                 "площадки. Разметка спорных случаев в системе модерации.")
    assert r.va_relevant and "research" in r.tags and "social_media" not in r.tags, (r.tags, r.evidence)
    assert ("research", 1.0) in strong_hits("Content Moderator", in_title=True)


def test_a_classifieds_listing_moderator_rates_content_and_answers_users_appeals() -> None:
    r = tag_text("Модератор объявлений (удалённо, сменный график)",
                 "Обязанности:\n• проверять новые объявления, фотографии и описания на соответствие правилам "
                 "сервиса;\n• отклонять объявления с нарушениями;\n• отвечать пользователям на обжалования "
                 "блокировок по шаблонам в тикет-системе.")
    assert r.va_relevant and {"research", "customer_support"} <= set(r.tags), (r.va_relevance, r.tags)


@pytest.mark.parametrize("title,tag", ROLE_TITLES + TITLE_ONLY, ids=[t for t, _ in ROLE_TITLES + TITLE_ONLY])
def test_role_titles_name_their_task(title: str, tag: str) -> None:
    assert (tag, 1.0) in strong_hits(title, in_title=True)
    if (title, tag) in TITLE_ONLY:
        assert (tag, 1.0) not in strong_hits(title, in_title=False)


@pytest.mark.parametrize("title,not_va", [
    ("کارشناس ارشد خدمات مشتری", True),  # senior customer-service specialist
    ("متخصص ارشد زیرساخت شبکه", True),
    ("Главный специалист отдела кадров", True),  # chief specialist, like "главный бухгалтер"
    ("دستیار ارشد مدیرعامل", False),  # a senior assistant to the CEO is still an assistant
    ("Специалист отдела кадров", False),
    ("Специалист по тестированию", True),  # a QA tester, as "тестировщик"
    ("کارشناس فروش حضوری", True),  # 2026.12.52: in-person (field) sales, as "Field Sales Representative"
    ("Field Sales Representative", True),
    ("کارشناس فروش تلفنی", False),
])
def test_senior_and_tester_titles_are_a_not_va_feature(title: str, not_va: bool) -> None:
    from pipeline.tags.matcher.titles import NOT_VA

    assert any(h.tag == NOT_VA for h in default_matcher().match(title, in_title=True)) is not_va
    if not not_va:
        assert tag_text(title, "تنظیم جلسات، مدیریت ایمیل ها، رزرو بلیط و هتل. "
                               "Ведение кадрового делопроизводства, оформление приказов.").va_relevant


def test_persian_punctuation_ends_a_word() -> None:
    """"تلفنی،" is the word "تلفنی" and a Persian comma (U+060C lies inside the Arabic block), as "phone," is."""
    for sep in ("، ", "؛ ", " و "):
        r = tag_text("منشی", f"پاسخگویی تلفنی{sep}بایگانی اسناد")
        assert {"phone_answering", "file_organization"} <= set(r.tags), (sep, r.tags)


def test_every_phrase_of_the_taxonomy_matches_its_own_words() -> None:
    """A phrase that cannot match its own text is dead weight: "phone, email" was, while a comma ended
    every phrase, and "close.io" still would be (its dot ends a sentence). A pair ("A ... B", "A <> B") is read
    with its parts side by side, and its light verb ("+") as "کنید"."""
    from pipeline.tags.matcher.phrases import GAP, LIGHT_VERB, PAIR_EITHER, _compile_phrase
    from pipeline.tags.matcher.titles import NOT_VA

    m = default_matcher()
    tax = load_taxonomy()
    phrases = [(tag_, lang, raw) for tag_, spec in tax["tags"].items() for lang, ps in spec["phrases"].items()
               for raw in ps]
    phrases += [(NOT_VA, lang, raw) for lang, ps in tax["not_va_titles"]["phrases"].items() for raw in ps]
    dead = []
    for tag_, lang, raw in phrases:
        compiled = _compile_phrase(tag_, raw, lang)
        words = len(compiled.words) - (compiled.gap > 0)
        text = " ".join("کنید" if w == LIGHT_VERB else w for w in raw.lstrip("~^@!").replace("*", "").replace("=", "")
                        .split() if w not in (GAP, PAIR_EITHER))
        hits = m.match(text, in_title=True) + m.match(text, in_title=False)
        if not any(h.tag == tag_ and len(h.evidence.replace(",", " ,").replace(":", " :").split()) == words
                   for h in hits):
            dead.append((tag_, raw))
    assert len(phrases) > 2000 and dead == []


def test_a_phrase_may_hold_a_comma_but_never_matches_across_one_it_lacks() -> None:
    r = tag_text("Customer Service Agent", "Assist customers over the phone, email, and chat.")
    assert r.evidence["email_management"] == "phone, email"
    hits = default_matcher().match("We value email, management and growth.", in_title=False)
    assert ("email_management", "email management") not in {(h.tag, h.evidence) for h in hits}
    assert [h.evidence for h in default_matcher().match("We value email management.", in_title=False)
            if h.tag == "email_management"] == ["email management"]


@pytest.mark.parametrize("text", ["Работа с чатами, эл. почтой.", "ведение эл.почты", "Эл. почта и звонки"])
def test_the_russian_abbreviation_for_email_is_not_a_sentence_break(text: str) -> None:
    """"эл. почта" is how hh.ru postings write e-mail; its dot must not cut the phrase "эл почт*"."""
    assert "email_management" in tag_text("Офис-менеджер", text).tags


@pytest.mark.parametrize("text", ["Работа с чатами и почтой.", "Консультирование клиентов в чате.",
                                  "Ответы в чатах маркетплейса.", "Xaridorlar chatda yozsa, javob berasiz.",
                                  "Мижозлар чатда ёзса, жавоб берасиз.", "Chatlarga tez javob qaytarish."])
def test_a_chat_in_russian_or_uzbek_is_customer_support(text: str) -> None:
    assert "customer_support" in {h.tag for h in default_matcher().match(text, in_title=False)}, text


@pytest.mark.parametrize("text", ["Write prompts for ChatGPT and build chatbots for our product.",
                                  "Опыт работы с ChatGPT и нейросетями.", "ChatGPT va Midjourney bilan ishlash.",
                                  "We are chatty people; chatter welcome."])
def test_chatgpt_and_chatbots_are_no_customer_support(text: str) -> None:
    """The Russian "чат" (chat) in its case forms only: read as a stem, its Latin fold "chat" took any English word
    starting so ("ChatGPT", "chatbots") as a customer-support duty."""
    assert "customer_support" not in {h.tag for h in default_matcher().match(text, in_title=False)}, text


@pytest.mark.parametrize("text,personal", [
    ("Референт руководителя", True), ("Ищем референта в приёмную директора.", True),
    ("Работа референтом-переводчиком.", True), ("Обязанности референтов: поручения руководителя.", True),
    ("Maintain referential integrity of the data model.", False), ("Cite the referents of each claim.", False),
    ("Опрос референтной группы покупателей.", False),
])
def test_a_referent_in_russian_only(text: str, personal: bool) -> None:
    """The Russian "референт" (a manager's assistant) in its case forms only: read as a stem, its Latin fold took
    English "referential" and "referents", and the Russian "референтная группа" (a reference group)."""
    hits = {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}
    assert ("personal_errands" in hits) is personal, text


@pytest.mark.parametrize("text,data_entry", [
    ("Обработка первичной документации (реализация, поступление).", True),
    ("Обработка первичных документов и выгрузка в ЭДО.", True),
    ("Своевременная обработка первички.", True),
    ("Обработка первичных обращений клиентов.", False),  # first-line requests: customer support
    ("Обработка заказов и возвратов.", False),
])
def test_processing_primary_documents_is_data_entry(text: str, data_entry: bool) -> None:
    """An accountant's primary documents are processed by entering them (into 1C): both readers label hh.ru's
    "обработка первичной документации" data entry."""
    assert ("data_entry" in {h.tag for h in default_matcher().match(text, in_title=False)}) == data_entry, text


@pytest.mark.parametrize("text,tag_,found", [
    ("Работа с лидами из рекламы.", "lead_generation", True),
    ("Обработка входящих лидов, квалификация лидов.", "lead_generation", True),
    ("Lidlarni CRMga kiritib borish.", "lead_generation", True),
    ("Лидларни CRMга киритиб бориш.", "lead_generation", True),
    ("Мы — лидер рынка с 2005 года.", "lead_generation", False),  # лидер (leader) folds to "lider"
    ("Лидерские качества, опыт работы с LiDAR.", "lead_generation", False),
    ("Визовая поддержка сотрудников, оформление визовых документов.", "travel_booking", True),
    ("Интересные задачи и профессиональные вызовы.", "travel_booking", False),  # вызов folds as визов: "vizov"
    ("Вызов курьера, отправка документов.", "travel_booking", False),
])
def test_russian_words_whose_fold_another_word_shares_are_read_in_their_own_forms(text: str, tag_: str,
                                                                                found: bool) -> None:
    """"лид" (a lead) read as a stem took "лидер" (a leader) and "LiDAR", and "визов…" (visa) the "вызов" (a challenge,
    a call-out) that folds alike: both are read in their own forms only."""
    assert (tag_ in {h.tag for h in default_matcher().match(text, in_title=False)}) == found, text


@pytest.mark.parametrize("text,tag_", [
    ("ثبت اسناد در نرم‌افزار سپیدار", "bookkeeping"),
    ("ثبت اسناد هزینه‌ها و تهیه گزارش ماهانه", "bookkeeping"),
    ("ثبت اطلاعات مشتریان در سیستم", "data_entry"),
    ("ورود اطلاعات فاکتورها در اکسل", "data_entry"),
])
def test_posting_accounting_vouchers_in_persian_is_bookkeeping_not_data_entry(text: str, tag_: str) -> None:
    """"ثبت اسناد" is an accountant's posting of vouchers: every labelled post saying it (dev and three writers) is
    bookkeeping, none data entry; entering data ("ثبت اطلاعات", "ورود اطلاعات") stays data entry."""
    tags = {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}
    assert tag_ in tags and ({"bookkeeping", "data_entry"} - {tag_}).isdisjoint(tags), (text, tags)


@pytest.mark.parametrize("text,travel", [
    ("بلیط و هتل سفرهای کاری رو رزرو کنی", True),  # "ticket" as most posts spell it, with ط
    ("بلیت و هتل سفرهای کاری رو رزرو کنی", True),
    ("گرفتن بلیط هواپیما برای سفرهای کاری مدیر", True),
    ("توسعه قابلیت‌های جدید محصول", False),
])
def test_a_persian_ticket_is_read_in_both_spellings(text: str, travel: bool) -> None:
    tags = {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0}
    assert ("travel_booking" in tags) == travel, (text, tags)


@pytest.mark.parametrize("text,tag_", [
    ("Запись на приём к врачу.", "calendar_scheduling"),
    ("Учёт документов и договоров.", "file_organization"),
    ("Подготовка авансовых отчётов.", "bookkeeping"),
    ("Выставление счёта клиенту.", "bookkeeping"),
    ("Оформление счёт-фактур.", "bookkeeping"),
    ("Расчёты с покупателями и поставщиками.", "bookkeeping"),
    ("Учёт расчётов с контрагентами.", "bookkeeping"),
])
def test_russian_phrases_read_with_yo_as_with_ye(text: str, tag_: str) -> None:
    """The fold keeps ё apart from е ("учёт" is "uchyot", "учет" "uchet"), and postings write either: each phrase is
    written both ways."""
    for spelt in (text, text.replace("ё", "е")):
        assert tag_ in {h.tag for h in default_matcher().match(spelt, in_title=False) if h.weight >= 1.0}, spelt


def test_every_russian_phrase_with_yo_has_its_ye_twin() -> None:
    tax = load_taxonomy()
    for spec in tax["tags"].values():
        ru = spec["phrases"]["ru"]
        assert [p for p in ru if "ё" in p and p.replace("ё", "е") not in ru] == []


def test_uzbek_cyrillic_and_latin_tag_alike() -> None:
    lat = tag_text("Ma'lumot kiritish operatori", "Ma'lumotlarni kiritish va hujjatlar bilan ishlash")
    cyr = tag_text("Маълумот киритиш оператори", "Маълумотларни киритиш ва ҳужжатлар билан ишлаш")
    assert lat.tags == cyr.tags and "data_entry" in lat.tags
    assert lat.va_relevance == cyr.va_relevance


def test_empty_and_missing_text_do_not_crash() -> None:
    r = tag(PostingItem(source="t", source_id="1", title=None, description=None))
    assert r.tags == [] and not r.va_relevant


def test_taxonomy_change_is_picked_up_by_a_new_matcher(tmp_path) -> None:  # type: ignore[no-untyped-def]
    tax = load_taxonomy()
    tax["tags"]["transcription"]["phrases"]["en"].append("podcast show notes")
    path = tmp_path / "taxonomy.json"
    path.write_text(json.dumps(tax), encoding="utf-8")
    m = Matcher(load_taxonomy(path))
    assert any(h.tag == "transcription" for h in m.match("write podcast show notes weekly", in_title=False))


def test_retag_is_exported() -> None:
    assert callable(retag)


def test_token_cache_starts_over_without_losing_hits() -> None:
    m = Matcher(load_taxonomy())
    m.cache_limit = 5
    for i in range(50):
        hits = m.match(f"Answer calls and do data entry, ticket {i} ref-{i * 7}", in_title=False)
        assert {"phone_answering", "data_entry"} <= {h.tag for h in hits if h.weight >= 1}
    assert len(m._folded) <= 5 + 12


@pytest.mark.parametrize("piece", ["@.", "a.@", "a@", "."])
def test_hostile_description_of_one_long_chunk_is_tagged_and_ends(piece: str) -> None:
    """The pattern tried every "@" and "." of a chunk from each of its characters: 2,000 characters of "@."
    took 17 s, 100,000 would take days."""
    assert tag_text("Data entry assistant", piece * 50_000).tags == tag_text("Data entry assistant", "x").tags


def test_links_in_a_description_are_stripped_chunk_by_chunk_like_the_whole_text() -> None:
    from pipeline.tags.matcher import URL

    m = Matcher(load_taxonomy())
    texts = [
        "Apply at https://x.com/jobs/data-entry or (mail: jobs@data-entry.com). Answer calls daily",
        "a@b@c.com x\nsee www.social-media.io/customer-support, then do data entry",
        "Contact:hr@x.org,you@y.net; https://a@b.c data entry",
    ]
    for text in texts:
        assert m.words(text, strip_urls=True) == m.words(URL.sub(" ", text))
        # a second call reads the cache
        assert m.words(text, strip_urls=True) == m.words(URL.sub(" ", text))
    tags = {h.tag for h in m.match(texts[1], in_title=False)}
    assert "data_entry" in tags and "social_media" not in tags and "customer_support" not in tags
    # a title keeps its words
    assert "x" in m.words("Data entry https://x.com", strip_urls=False)


def test_persian_phrase_matches_with_zwnj_space_or_glued() -> None:
    from pipeline.tags.matcher.phrases import _fa_variants

    assert set(_fa_variants("~برنامه ریزی جلسات")) >= {"~برنامه ریزی جلسات", "~برنامهریزی جلسات"}
    assert _fa_variants("CRM مدیریت") == ["CRM مدیریت"]
    for sep in (" ", "\u200c", ""):
        r = tag_text("منشی", f"شرح وظایف: مدیریت شبکه{sep}های اجتماعی شرکت")
        assert "social_media" in r.scores, sep


def test_only_the_opening_of_a_long_description_is_read() -> None:
    from pipeline.tags import MAX_DESCRIPTION

    filler = "Our team values curiosity and ownership. " * (MAX_DESCRIPTION // 40 + 5)
    head = tag_text("Virtual Assistant", "Data entry and inbox management. " + filler)
    tail = tag_text("Virtual Assistant", filler + "Bookkeeping in QuickBooks.")
    assert "email_management" in head.tags
    assert "bookkeeping" not in tail.scores


def test_a_start_word_of_longer_phrases_needs_the_phrase_to_follow() -> None:
    """Words like "in", "to", "by" begin phrases ("in the CRM", "to do list", "by phone") but mostly
    begin none: the next word is checked first, at any position, the text's last word included."""
    matcher = Matcher(load_taxonomy())
    tags = {h.tag for h in matcher.match("Log every deal in the CRM, keep a to-do list, reach clients by phone",
                                         in_title=False)}
    assert {"crm_admin", "personal_errands", "phone_answering"} <= tags
    assert not matcher.match("Work in the field, talk to the team, paid by the hour, in", in_title=False)
    assert "phone_answering" in {h.tag for h in matcher.match("We talk by phone", in_title=False)}


def test_the_committed_model_is_what_the_training_command_makes() -> None:
    """``python -m pipeline.tags.train`` remakes ``model.json``: a taxonomy or matcher change moves the phrase
    scores the relevance model and the tag thresholds are fitted on, so it is retrained in the same commit."""
    from pipeline.tags import model, train

    made = train.fit(train.prepare(train.dev_rows()))
    committed = json.loads(model.MODEL_PATH.read_text(encoding="utf-8"))
    assert made["taxonomy_version"] == committed["taxonomy_version"] == taxonomy_version()
    assert made["tag_thresholds"] == committed["tag_thresholds"]
    assert made["weights"].keys() == committed["weights"].keys()
    assert made["bias"] == pytest.approx(committed["bias"], abs=1e-3)
    assert max(abs(made["weights"][k] - w) for k, w in committed["weights"].items()) < 1e-3


def test_persian_answering_emails_is_email_management() -> None:
    r = tag_text("دستیار مجازی", "پاسخگویی به ایمیل ها، تنظیم جلسات، ورود اطلاعات در اکسل، پاسخگویی تلفنی")
    assert {"email_management", "calendar_scheduling", "data_entry", "phone_answering"} <= set(r.tags)


@pytest.mark.parametrize("title,description,tag,written", [
    ("Ассистент руководителя", "Ведение календаря, разбор почты.", "calendar_scheduling", "Ведение календаря"),
    ("Ёрдамчи керак", "Телеграм орқали мижозлар билан ишлаш.", "customer_support", "мижозлар билан ишлаш"),
    ("دستیار مجازی", "پاسخ‌گویی به ایمیل‌ها و تنظیم جلسات.", "email_management", "پاسخ‌گویی به ایمیل‌ها"),
    ("Data Entry Clerk", "Typing invoices into Excel.", "data_entry", "data entry"),  # ASCII: folded = lower-cased
])
def test_evidence_is_shown_in_the_postings_own_words(title: str, description: str, tag: str, written: str) -> None:
    """A Russian or Uzbek reader sees "Ведение календаря", not the fold the matcher reads ("vedeniye kalendarya")."""
    r = tag_text(title, description)
    assert r.evidence[tag] == written, r.evidence


def test_a_short_persian_chat_support_post_is_va_work() -> None:
    """"Chat support" titled with the agent noun: the title had named no task, so the relevance model, leaning on
    the title, read the post as no VA work (0.12) and the feed hid it."""
    result = tag_text("پشتیبان چت", "پاسخگویی به مشتریان در چت سایت، دورکاری، ۶ ساعت در روز")
    assert result.va_relevant and result.tags == ["customer_support"]
    assert not tag_text("پشتیبان فنی Cloud (سرویس های ابری)", "مدیریت سرورهای لینوکس و شبکه").va_relevant


@pytest.mark.parametrize("title,description,design", [
    ("دستیار مجازی (دورکاری)", "طراحی پست و استوری با فتوشاپ و کانوا، انتشار منظم محتوا در اینستاگرام.", True),
    ("دستیار مجازی (دورکاری)", "طراحی بنر و کاور پست برای سایت؛ پاسخ به دایرکت ها.", True),
    ("طراح گرافیک (دورکاری)", "طراحی پست و استوری اینستاگرام و بنر سایت.", True),
    ("دستیار مجازی (دورکاری)", "پاسخ به دایرکت ها و انتشار محصولات در ووکامرس. آشنایی مقدماتی فتوشاپ (برای کراپ "
     "عکس ها) و کار با Canva.", False),
    ("ادمین اینستاگرام", "نوشتن کپشن و انتشار پست؛ ارتباط مداوم با تیم مارکتینگ و طراح گرافیک برای خروجی های "
     "بصری.", False),
    ("دستیار اداری", "تنظیم جلسات و تهیه گزارش های هفتگی در اکسل و پاورپوینت.", False),
])
def test_persian_design_tools_and_the_designer_are_hints_as_in_english(title: str, description: str,
                                                                       design: bool) -> None:
    """"فتوشاپ", "کانوا" and "پاورپوینت" are tools a posting names in passing (English reads "photoshop", "canva"
    and "powerpoint" as hints), and "طراح گرافیک" in a description is mostly the designer one works beside."""
    r = tag_text(title, description)
    assert r.va_relevant and ("graphic_design" in r.tags) is design, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,admin", [
    ("حسابدار (دورکاری)", "ثبت اسناد حسابداری و مغایرت گیری بانکی و بخشی از امور پشتیبانی اداری تیم.", True),
    ("کارشناس پشتیبانی مشتریان", "پاسخگویی به سوالات مشتریان در چت و کارهای اداری روزمره دفتر.", True),
    ("حسابدار (دورکاری)", "ثبت اسناد حسابداری و انجام وظایف اداری مربوط به واحد مالی.", True),
    ("کارشناس پشتیبانی مشتریان", "پاسخگویی به سوالات مشتریان در چت؛ این نقش شامل کارهای اداری نیست.", False),
    ("حسابدار (دورکاری)", "ثبت اسناد حسابداری در ساعات اداری؛ پشتیبانی از نرم افزار اداری هلو.", False),
])
def test_persian_administrative_support_tasks_and_duties_are_general_admin(title: str, description: str,
                                                                           admin: bool) -> None:
    """"پشتیبانی اداری", "کارهای اداری" and "وظایف اداری" are "administrative support", "admin tasks" and
    "administrative duties"; office hours and office software are none."""
    r = tag_text(title, description)
    assert r.va_relevant and ("general_admin" in r.tags) is admin, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,tag,strong", [
    ("دستیار مدیرعامل", "تنظیم جلسات مدیر و تهیه صورتجلسه پس از هر جلسه.", "transcription", True),
    ("دستیار اداری", "هماهنگی جلسات و نوشتن صورت‌جلسه‌ها.", "transcription", True),
    ("دستیار اداری", "هماهنگی جلسات هفتگی؛ صورتجلسه ها را مدیر می نویسد.", "transcription", False),
    ("کمک حسابدار", "ثبت فاکتورهای خرید و فروش در سپیدار.", "bookkeeping", True),
    ("دستیار اداری", "ثبت اطلاعات در اکسل؛ گزارش به هماهنگ‌کننده پروژه.", "project_management", False),
])
def test_persian_meeting_minutes_accounting_software_and_project_coordinator(title: str, description: str,
                                                                              tag: str, strong: bool) -> None:
    """Writing the minutes ("تهیه صورتجلسه", "نوشتن صورت‌جلسه") is transcription, as "meeting minutes" and "take
    minutes" are; Sepidar, an accounting program, is bookkeeping as QuickBooks is; a project coordinator in a
    description is one the assistant reports to (a hint), as "^project coordinator*"."""
    from pipeline.tags import phrase_scores

    score = phrase_scores(title, description)[1].get(tag, 0.0)
    assert score >= 1.0 if strong else 0 < score < 1.0, score


def test_a_persian_project_coordinator_title_is_project_management() -> None:
    from pipeline.tags import phrase_scores

    assert phrase_scores("هماهنگ‌کننده پروژه (دورکاری)", "")[0].get("project_management") == 1.0
    assert phrase_scores("هماهنگی با تیم پروژه", "")[0].get("project_management") < 1.0


@pytest.mark.parametrize("title,description,writing", [
    ("نویسنده محتوا (دورکاری)", "هفته ای چهار مقاله برای وبلاگ.", True),
    ("ویراستار (دورکاری)", "ویرایش متن مقاله ها پیش از انتشار.", True),
    ("هماهنگ‌کننده پروژه (دورکاری)", "ساختن تسک ها در ترلو و تقسیم بین طراح ها و نویسنده ها؛ پیگیری ددلاین ها.",
     False),
    ("دستیار مدیرعامل", "تنظیم جلسات؛ ارسال فایل ها برای ویراستار و پیگیری تا تحویل.", False),
])
def test_a_persian_writer_or_editor_is_writing_in_a_title_only(title: str, description: str, writing: bool) -> None:
    """As "^writer*" and "^editor*": in a description "نویسنده" and "ویراستار" are mostly the people one works
    beside."""
    from pipeline.tags import phrase_scores

    title_score, body_score, *_ = phrase_scores(title, description)
    assert (title_score.get("content_writing", 0) + body_score.get("content_writing", 0) >= 1.0) is writing


@pytest.mark.parametrize("description,calendar", [
    ("هماهنگی امور جلسات، رویدادها و آماده سازی فضاها.", True),
    ("هماهنگی وقت جلسه با مشتری ها و تأمین کننده ها.", True),
    ("هماهنگی حضور مهمانان و جلسات.", True),
    ("هماهنگی با تیم فروش برای ارسال سفارش ها و حضور فعال در جلسات ماهانه.", False),
    ("هماهنگی با واحد مالی. جلسات تیم حضوری است.", False),
])
def test_persian_coordinating_meetings_with_words_between(description: str, calendar: bool) -> None:
    """"هماهنگی ... جلسات": the noun of coordinating and the meetings a few words apart in one clause."""
    from pipeline.tags import phrase_scores

    assert (phrase_scores("دستیار اداری", description)[1].get("calendar_scheduling", 0) >= 1.0) is calendar


@pytest.mark.parametrize("description,tag_,weight", [
    # a hint's words start a stronger phrase of the same tag: the stronger is read in its place
    ("Respond to inbound support requests via email and chat.", "email_management", 1.0),
    ("Answer customers via email, chat and phone.", "email_management", 1.0),
    # hard negatives: the hint alone stays a hint; a strong phrase is not doubled by a hint inside it
    ("Respond to inbound support requests via email.", "email_management", 0.3),
    ("We handle email and chat support for our clients.", "email_management", 1.0),
    ("Работа в 1С Бухгалтерия.", "bookkeeping", 0.3),  # a program's name: the hint holds the strong word
])
def test_a_stronger_phrase_starting_inside_a_hint_is_read(description: str, tag_: str, weight: float) -> None:
    from pipeline.tags.matcher import default_matcher

    hits = [h for h in default_matcher().match(description, in_title=False) if h.tag == tag_]
    assert max(h.weight for h in hits) == weight and sum(h.weight for h in hits) == weight, hits


@pytest.mark.parametrize("description,tag_,strong", [
    # managing someone's schedules, with words between
    ("Executive Support: Manage EMEA and APAC VP schedules, meetings, and travel arrangements.",
     "calendar_scheduling", True),
    ("You will be managing the partners' schedules.", "calendar_scheduling", True),
    ("As an independent contractor you will be managing your own schedule and workload.", "calendar_scheduling", False),
    # clerical work asked for, not clerical experience wanted
    ("The Accounts Payable Assistant performs accounting and clerical tasks.", "general_admin", True),
    ("Medical terminology and experience, either hands-on or clerical, required to apply.", "general_admin", False),
    # writing a website's content is writing; updating it is website work
    ("Craft website content within the voice, tone, and style of the brand.", "website_updates", False),
    ("Update website content and landing pages in WordPress.", "website_updates", True),
    # researching what one writes
    ("Position involves researching and writing original texts on various topics.", "research", True),
    ("You will research and write long-form articles.", "research", True),
    ("Write articles on topics our editors research.", "research", False),
])
def test_english_schedules_clerical_work_website_content_and_research_to_write(description: str, tag_: str,
                                                                                strong: bool) -> None:
    from pipeline.tags.matcher import default_matcher

    hits = default_matcher().match(description, in_title=False)
    assert any(h.tag == tag_ and h.weight >= 1.0 for h in hits) is strong, hits


@pytest.mark.parametrize("description,tag_,strong", [
    # a post's caption is written: content writing, not a video's captions (2026.12.55)
    ("Write engaging captions for our Instagram posts.", "content_writing", True),
    ("Write engaging captions for our Instagram posts.", "transcription", False),
    ("نوشتن کپشن‌های جذاب و متن استوری‌ها", "content_writing", True),
    # captions added to a video, and captioning, are transcription
    ("Add captions to our YouTube videos.", "transcription", True),
    ("Closed captioning and subtitles for lectures.", "transcription", True),
])
def test_a_posts_caption_is_writing_and_a_videos_captions_transcription(description: str, tag_: str,
                                                                       strong: bool) -> None:
    assert ((tag_, 1.0) in strong_hits(description, in_title=False)) is strong
