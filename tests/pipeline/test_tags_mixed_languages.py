"""Posts written the way employers in the region write them: several languages in one post and English work words
borrowed into Russian, Persian and Uzbek («онбординг клиентов», «тикеты», «آنبوردینگ», "buyurtma holati"), beside the
same words where they name no duty of the seeker's (a skill that is a plus, the product's kind, another employee)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text


@pytest.mark.parametrize("title,description,absent", [
    # a label of skills that are a plus, its list on the same line
    ("Ассистент CEO", "Обязанности:\n- вести календарь CEO\n\nБудет плюсом: Canva для простых слайдов, опыт в "
     "стартапе.", "graphic_design"),
    ("Ассистент руководителя", "Обязанности:\n- вести календарь руководителя\n\nПлюсом будет: опыт ведения "
     "соцсетей и Canva.", "social_media"),
    ("Executive Assistant", "Responsibilities:\n- Manage the CEO's calendar\n\nBonus: experience with Canva slide "
     "decks.", "graphic_design"),
    ("Rahbar yordamchisi", "Vazifalar:\n- rahbar taqvimini yuritish\n\nAfzallik: Canva'da slaydlar tayyorlay olish.",
     "graphic_design"),
    ("دستیار مدیرعامل", "شرح وظایف:\n- هماهنگی جلسات مدیرعامل\n\nموارد امتیازی: طراحی اسلاید در پاورپوینت و "
     "کانوا", "graphic_design"),
    # … and such a heading on a line of its own, its list under it
    ("Ассистент CEO", "Обязанности:\n- вести календарь CEO\n\nБудет плюсом:\n- делать слайды в Canva\n- опыт "
     "ведения соцсетей", "graphic_design"),
    ("Executive Assistant", "Responsibilities:\n- Manage the CEO's calendar\n\nPluses\n- You build slide decks in "
     "Canva", "graphic_design"),
])
def test_a_skill_labelled_as_a_plus_is_no_duty(title: str, description: str, absent: str) -> None:
    r = tag_text(title, description)
    assert absent not in r.tags and "calendar_scheduling" in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,tag", [
    # the same work asked for as a duty keeps its tag, and a duty after the skills' list is read again
    ("Ассистент CEO", "Обязанности:\n- вести календарь CEO\n- делать слайды в Canva к встречам\n\nБудет плюсом: "
     "опыт в стартапе.", "graphic_design"),
    ("Ассистент CEO", "Будет плюсом: опыт в стартапе.\n\nОбязанности:\n- вести календарь CEO\n- делать слайды в "
     "Canva к встречам", "graphic_design"),
    ("Executive Assistant", "Responsibilities:\n- Manage the CEO's calendar\n- Create slide decks in Canva\n\nBonus: "
     "startup experience.", "graphic_design"),
    ("Rahbar yordamchisi", "Vazifalar:\n- rahbar taqvimini yuritish\n- Canva'da taqdimotlar tayyorlash\n\nAfzallik: "
     "ingliz tili.", "graphic_design"),
    ("دستیار مدیرعامل", "شرح وظایف:\n- هماهنگی جلسات مدیرعامل\n- تهیه اسلاید پاورپوینت برای جلسات\n\nموارد "
     "امتیازی: زبان انگلیسی", "graphic_design"),
])
def test_a_duty_beside_a_skills_plus_label_stays(title: str, description: str, tag: str) -> None:
    r = tag_text(title, description)
    assert tag in r.tags, (r.tags, r.evidence)


_CHIEF_ACCOUNTANT = ("شرح وظایف:\n- نظارت بر ثبت اسناد و بستن حساب‌ها\n- تهیه صورت‌های مالی ماهانه\n- سرپرستی ۳ "
                     "حسابدار")


@pytest.mark.parametrize("title,description", [
    # the head of a firm's accounting, in Persian as in the other languages: it owns the books, no VA work
    ("رئیس حسابداری", _CHIEF_ACCOUNTANT),
    ("رئيس حسابداری", _CHIEF_ACCOUNTANT),  # (Arabic ي)
    ("مدیر حسابداری", _CHIEF_ACCOUNTANT),
    ("Главный бухгалтер", "Обязанности:\n- ведение бухгалтерского учёта\n- сдача отчётности"),
    ("Bosh buxgalter", "Vazifalar:\n- buxgalteriya hisobini yuritish\n- soliq hisobotlari"),
    ("Chief Accountant", "Responsibilities:\n- Month-end close\n- Supervise three accountants"),
])
def test_a_chief_accountant_is_no_va_work(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert not r.va_relevant, (r.va_relevance, r.tags)


@pytest.mark.parametrize("title,description", [
    # an accountant's assistant, an accountant of documents and the head of an office stay VA work
    ("کمک حسابدار", "شرح وظایف:\n- ثبت فاکتورها\n- بایگانی اسناد"),
    ("حسابدار", "شرح وظایف:\n- صدور فاکتور\n- ثبت اسناد حسابداری"),
    ("رئیس دفتر مدیرعامل", "شرح وظایف:\n- پاسخگویی به تماس‌های تلفنی\n- تنظیم جلسات مدیرعامل\n- بایگانی نامه‌ها"),
])
def test_an_accountants_assistant_and_an_office_head_stay_va_work(title: str, description: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant, (r.va_relevance, r.tags)


def _duty(text: str, tag: str) -> bool:
    """Whether ``text`` holds a phrase of ``tag`` read as a duty (strong, not boilerplate)."""
    from pipeline.tags.matcher import default_matcher

    return any(h.tag == tag and h.weight >= 1.0 and not h.boiler
               for h in default_matcher().match(text, in_title=False))


@pytest.mark.parametrize("text,tag", [
    # the kind of app, service or platform a company makes is its product, not the seeker's work
    ("Сервис онлайн-записи для барбершопов «Бритва.Про» ищет менеджера по онбордингу.", "calendar_scheduling"),
    ("Мы делаем платформу для email-рассылок и ищем специалиста поддержки.", "email_management"),
    ("Наше приложение для учёта расходов и выставления счетов ищет специалиста поддержки.", "bookkeeping"),
    ("Pocketledger is an expense-tracking and invoicing app for freelancers.", "bookkeeping"),
    ("We build a scheduling and appointment booking app for clinics.", "calendar_scheduling"),
    ("ما یک اپلیکیشن نوبت دهی برای آرایشگاه‌ها می‌سازیم.", "calendar_scheduling"),
    ("ما یک پلتفرم پشتیبانی مشتریان می‌سازیم.", "customer_support"),
    ("Kompaniyamiz klinikalar uchun qabulga yozish ilovasini ishlab chiqadi.", "calendar_scheduling"),
])
def test_a_products_kind_is_no_duty(text: str, tag: str) -> None:
    assert not _duty(text, tag), text


@pytest.mark.parametrize("title,description,absent", [
    ("Менеджер по онбордингу клиентов", "Сервис онлайн-записи для барбершопов «Бритва.Про» ищет менеджера по "
     "онбордингу.\n\nОбязанности:\n- отвечать на вопросы клиентов в чате\n- звонить клиентам на 7-й день после "
     "подключения\n- вести CRM: статусы клиентов в amoCRM", "calendar_scheduling"),
    ("کارشناس پشتیبانی", "ما یک اپلیکیشن نوبت دهی برای آرایشگاه‌ها می‌سازیم و به یک کارشناس پشتیبانی نیاز داریم.\n"
     "شرح وظایف:\n- پاسخگویی به تیکت‌ها", "calendar_scheduling"),
])
def test_a_support_role_at_a_product_company_gets_no_tag_of_the_product(title: str, description: str,
                                                                        absent: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and absent not in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,tag", [
    # the work done in such a product stays the seeker's
    ("Администратор", "Обязанности:\n- вести онлайн-запись клиентов в сервисе YCLIENTS\n- принимать звонки",
     "calendar_scheduling"),
    ("Администратор", "Обязанности:\n- вносить записи в сервис онлайн-записи, переносить визиты\n- принимать звонки",
     "calendar_scheduling"),
    ("Billing Assistant", "Responsibilities:\n- Send invoices to clients from our invoicing app\n- Reconcile "
     "payments", "bookkeeping"),
    ("منشی", "شرح وظایف:\n- نوبت دهی بیماران در اپلیکیشن\n- پاسخگویی به تماس‌ها", "calendar_scheduling"),
    ("Administrator", "Vazifalar:\n- bemorlarni qabulga yozish (ilova orqali)\n- qo'ng'iroqlarga javob berish",
     "calendar_scheduling"),
])
def test_work_done_in_a_product_stays_a_duty(title: str, description: str, tag: str) -> None:
    r = tag_text(title, description)
    assert tag in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("text,tag", [
    # another or a separate employee doing the work is another party
    ("SMM и контент у нас ведёт отдельный сотрудник.", "social_media"),
    ("Соцсети ведёт отдельный специалист.", "social_media"),
    ("SMM bilan alohida xodim shug'ullanadi.", "social_media"),
    ("Instagram sahifasini boshqa mutaxassis yuritadi.", "social_media"),
    ("Ижтимоий тармоқларни алоҳида ходим юритади.", "social_media"),
    ("مدیریت اینستاگرام با همکار دیگری است.", "social_media"),
    ("پست‌های اینستاگرام را همکار دیگری منتشر می‌کند.", "social_media"),
    ("A separate designer creates all our banners.", "graphic_design"),
])
def test_another_or_a_separate_employee_is_another_party(text: str, tag: str) -> None:
    assert not _duty(text, tag), text


@pytest.mark.parametrize("text,tag", [
    # … but not where the post wants that employee: the seeker
    ("Нам нужен отдельный сотрудник на ведение соцсетей.", "social_media"),
    ("Ищем отдельного специалиста для ведения соцсетей.", "social_media"),
    ("Bizga SMM bo'yicha alohida xodim kerak: Instagram sahifasini yuritish.", "social_media"),
    ("به یک همکار دیگر برای مدیریت اینستاگرام نیاز داریم.", "social_media"),
    ("We need a separate designer to create our banners.", "graphic_design"),
])
def test_a_separate_employee_wanted_is_the_seeker(text: str, tag: str) -> None:
    assert _duty(text, tag), text


# English work words borrowed into Russian, Persian and Uzbek, as transliterations or in Latin letters, each read as
# the tag its English word or its native equivalent names, and only where that reads as the duty
@pytest.mark.parametrize("text,tag", [
    # customers or users onboarded: customer success («онбординг клиентов», «آنبوردینگ مشتریان», "onboard customers")
    ("Онбординг новых клиентов: созвон-знакомство и настройка аккаунта.", "customer_support"),
    ("Онбординг пользователей после покупки.", "customer_support"),
    ("آنبوردینگ مشتریان جدید و آموزش اولیه.", "customer_support"),
    ("Yangi mijozlarni onbording qilish.", "customer_support"),
    ("Onboard new customers over a video call.", "customer_support"),
    # support tickets («тикеты», "tiketlar")
    ("Отвечать на тикеты пользователей в Usedesk.", "customer_support"),
    ("Работа с тикетами и чатом поддержки.", "customer_support"),
    ("Mijozlarning tiketlariga javob berish.", "customer_support"),
    # the inbox («инбокс», «اینباکس»)
    ("Разбор инбокса руководителя.", "email_management"),
    ("مدیریت اینباکس مدیرعامل.", "email_management"),
    # research («ресерч», «ریسرچ»)
    ("Ресерч конкурентов и рынка по запросу руководителя.", "research"),
    ("Делать ресёрч подрядчиков и поставщиков.", "research"),
    ("ریسرچ بازار و رقبا.", "research"),
    ("انجام ریسرچ برای مدیرعامل.", "research"),
    # invoices («инвойсы»)
    ("Выставлять инвойсы клиентам.", "bookkeeping"),
    ("Выставление инвойсов и контроль оплат.", "bookkeeping"),
    # calls put in a calendar («созвоны»)
    ("Назначать созвоны с клиентами и партнёрами.", "calendar_scheduling"),
    ("Организация созвонов руководителя.", "calendar_scheduling"),
    # a task tracker kept («таск-трекер»)
    ("Ведение задач руководителя в таск-трекере.", "project_management"),
    ("Вести таск-трекер команды и напоминать о дедлайнах.", "project_management"),
    # the CRM updated
    ("به‌روزرسانی CRM بعد از هر تماس.", "crm_admin"),
    ("Har qo'ng'iroqdan keyin CRM'ni yangilab borish.", "crm_admin"),
    # a call centre («کال سنتر»)
    ("پاسخگویی به مشتریان در کال سنتر.", "phone_answering"),
    # an order's status ("buyurtma holati", «وضعیت سفارش»)
    ("Mijozlarga buyurtma holati haqida ma'lumot berish.", "ecommerce_support"),
    ("Мижозларга буюртма ҳолати ҳақида маълумот бериш.", "ecommerce_support"),
    ("پاسخ به سوالات مشتریان درباره وضعیت سفارش.", "ecommerce_support"),
    # a marketplace's listings and orders, buyers messaged
    ("Publish new Etsy listings and process Etsy orders.", "ecommerce_support"),
    ("Keep our Amazon listings up to date.", "ecommerce_support"),
    ("Message buyers about shipping times and customs.", "customer_support"),
    # articles uploaded to the site
    ("بارگذاری مقاله ها در وردپرس.", "website_updates"),
])
def test_a_borrowed_work_word_names_its_duty(text: str, tag: str) -> None:
    assert _duty(text, tag), text


@pytest.mark.parametrize("text,tag", [
    # employees onboarded are HR's work, not customers'
    ("Онбординг новых сотрудников.", "customer_support"),
    ("آنبوردینگ کارکنان جدید.", "customer_support"),
    ("Yangi xodimlarni onbording qilish.", "customer_support"),
    ("Onboard new hires and set up their accounts.", "customer_support"),
    # a developer's tickets in a task tracker
    ("Закрывать тикеты в Jira.", "customer_support"),
    ("Jira'dagi tiketlarni yopish.", "customer_support"),
    # paid against an invoice: the seeker's own pay
    ("Оплата по инвойсу раз в месяц.", "bookkeeping"),
    # calls attended are no calls scheduled
    ("Ежедневные созвоны с командой.", "calendar_scheduling"),
    # the word as a skill wanted, or in the company's words
    ("Требования: опыт разбора инбокса от года.", "email_management"),
    ("Требования: опыт работы с таск-трекерами.", "project_management"),
    ("Мы работаем в таск-трекере Kaiten.", "project_management"),
    ("Требования: умение делать ресерч.", "research"),
    ("شرایط احراز: آشنایی با ریسرچ بازار.", "research"),
    ("Talablar: CRM'ni yangilash tajribasi.", "crm_admin"),
    ("شرایط احراز: آشنایی با به‌روزرسانی CRM.", "crm_admin"),
    # the work another party or the product does
    ("Telegram bot buyurtma holatini mijozga o'zi yuboradi.", "ecommerce_support"),
    ("ربات تلگرام ما وضعیت سفارش را به مشتری اطلاع می‌دهد.", "ecommerce_support"),
    ("Experience with Etsy listings is a plus.", "ecommerce_support"),
    ("Our support team messages buyers about delays.", "customer_support"),
    ("مقاله‌ها را تیم محتوا در وردپرس بارگذاری می‌کند.", "website_updates"),
])
def test_a_borrowed_work_word_that_is_no_duty_of_the_seekers(text: str, tag: str) -> None:
    assert not _duty(text, tag), text


@pytest.mark.parametrize("title,relevant", [
    # a call centre's operator, and its manager (a head of a customer service: no VA work)
    ("اپراتور کال سنتر", True),
    ("مدیر کال سنتر", False),
])
def test_a_call_centre_borrowed_into_persian(title: str, relevant: bool) -> None:
    r = tag_text(title, "شرح وظایف:\n- پاسخگویی به تماس‌های ورودی مشتریان\n- ثبت درخواست‌ها در سیستم")
    assert r.va_relevant is relevant and ("phone_answering" in r.tags) is relevant, (r.va_relevance, r.tags)


@pytest.mark.parametrize("text,duty", [
    # a chat-bot is a product, and the team's own chat no chat with customers
    ("Оценивать релевантность ответов чат-бота по гайдлайнам.", False),
    ("Фиксировать спорные кейсы в общем чате проекта.", False),
    ("Отчитываться в рабочем чате команды.", False),
    # customers answered in a chat stay customer support
    ("Отвечать покупателям в чате на сайте.", True),
    ("Работа в чате поддержки и с тикетами.", True),
    ("Оператор чата: консультации по заказам.", True),
])
def test_a_chat_bot_and_the_teams_chat_are_no_customer_chat(text: str, duty: bool) -> None:
    assert _duty(text, "customer_support") is duty, text


@pytest.mark.parametrize("title,description,tag,present", [
    # articles uploaded to WordPress, the ZWNJ typed or not, as a listed duty
    ("کارشناس تولید محتوا", "شرح وظایف:\n- نوشتن هفته ای ۴ مقاله سئو\n- بارگذاری مقاله ها در وردپرس، تنظیم عنوان و "
     "متا دیسکریپشن", "website_updates", True),
    ("کارشناس تولید محتوا", "شرح وظایف:\n- نوشتن هفته‌ای ۴ مقاله سئو\n- بارگذاری مقاله‌ها در وردپرس و تنظیم تصویر "
     "شاخص", "website_updates", True),
    ("کارشناس تولید محتوا", "شرح وظایف:\n- نوشتن هفته‌ای ۴ مقاله سئو\nشرایط احراز:\n- آشنایی با بارگذاری مقاله در "
     "وردپرس", "website_updates", False),
    # a person's calendar run
    ("Executive Assistant", "Your responsibilities\n1. Run his calendar across three time zones\n2. Book flights",
     "calendar_scheduling", True),
    ("Executive Assistant", "Your responsibilities\n1. Running her calendar and inbox\n2. Book flights",
     "calendar_scheduling", True),
    ("Social Media Assistant", "Your responsibilities\n1. Run the content calendar for Instagram\n2. Write captions",
     "calendar_scheduling", False),
])
def test_duties_as_posters_word_them(title: str, description: str, tag: str, present: bool) -> None:
    r = tag_text(title, description)
    assert (tag in r.tags) is present, (r.tags, r.evidence)
