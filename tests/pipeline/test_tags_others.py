"""Task words that are not the seeker's duty: what a posting says is not the role's ("What you won't do", «Чего в
работе НЕ будет:», «آنچه بر عهده شما نیست:») and what other teams do ("Our sales team books demos", «Отдел продаж
сам делает холодные звонки», «تیم بازاریابی مقاله … تولید می‌کند»), beside the same duties said as the seeker's."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import apostrophe_free_matcher, default_matcher, russian_keyboard_matcher


def _boiler_words(description: str) -> list[str]:
    m = default_matcher()
    toks = m.read(description, strip_urls=True).toks
    _, boiler, _ = m._scan(toks, [i for i, w in enumerate(toks) if w in m._watch])
    return [w for i, w in enumerate(toks) if any(a <= i < b for a, b in boiler) and w != "\n"]


@pytest.mark.parametrize("description,excluded,kept", [
    ("What you'll do\n- Answer customer tickets in Intercom.\n\nWhat you won't do\n"
     "• Social media or ghostwriting. Priya writes her own posts.\n\nYou'll have\n- Two years of support",
     "social", "tickets"),
    ("Responsibilities\n- Update product listings in Shopify.\nNot in this role\n"
     "Customer emails and chat are handled by our care team.\nRequirements\n- Shopify", "chat", "listings"),
    ("What you'll do\n- Schedule interviews.\n\nWhat sits with others\nSourcing, screening calls and offers: the "
     "recruiters.\n\nYou bring\n- Greenhouse", "screening", "interviews"),
    ("Обязанности:\n• ввод данных в 1С;\nЧем заниматься НЕ придётся:\n• звонками — звонки принимает колл-центр;\n"
     "Требования: опыт от года.", "zvonkami", "vvod"),
    ("Обязанности: ввод данных в 1С. Чего в работе НЕ будет: холодные звонки и ведение соцсетей. Требования: опыт.",
     "xolodnie", "vvod"),
    ("مسئولیت‌ها: ورود اطلاعات در سیستم.آنچه بر عهده شما نیست: پاسخ به تماس‌های تلفنی با واحد فروش است. "
     "شرایط احراز: دقت", "تماسهای", "ورود"),
    ("شرح وظایف: ویرایش مقاله‌ها.\nآنچه انجام نمی‌دهید: انتشار مقاله در وردپرس با تیم سئو است.\nمزایا: بیمه",
     "وردپرس", "ویرایش"),
])
def test_what_a_posting_says_is_not_the_roles_is_boilerplate(description: str, excluded: str, kept: str) -> None:
    words = _boiler_words(description)
    assert excluded in words and kept not in words, words


@pytest.mark.parametrize("description", [
    "No cold calling\nYou will answer inbound calls and book appointments for our clinic.",  # a line, no heading
    "What you'll do\n- Answer customer tickets\n- Post on our Instagram",
    "Not only data entry\n- Answer the phone and book appointments.",
    "Опыт не обязателен\nПриём входящих звонков и запись клиентов.",
    "سابقه کار لازم نیست\nپاسخ به تماس‌های تلفنی مشتریان.",
])
def test_a_negated_line_that_heads_nothing_the_role_excludes_leaves_the_duties(description: str) -> None:
    assert _boiler_words(description) == []


@pytest.mark.parametrize("title,description,not_tags,tags", [
    ("Customer Support Specialist", "You'll answer customer tickets in Intercom. Our sales team books demos and does "
     "the cold outreach; our marketing team runs Instagram, LinkedIn and the blog.",
     ("lead_generation", "social_media"), ("customer_support",)),
    ("E-commerce Assistant", "You will update product listings in Shopify and keep stock levels right. Customer emails "
     "and chat are handled by our two-person customer care team.", ("customer_support",), ("ecommerce_support",)),
    ("Content Writer", "Write two blog articles a week for our site. Our social media manager turns them into "
     "LinkedIn and Instagram posts.", ("social_media",), ("content_writing",)),
    ("Администратор офиса", "Обязанности: приём входящих звонков, ведение архива документов. Отдел продаж сам делает "
     "холодные звонки; SMM и сайт ведёт агентство.", ("lead_generation", "social_media"), ("phone_answering",)),
    ("SMM-специалист", "У нас уже есть копирайтер, который пишет тексты постов и статьи для блога. Ваши задачи: "
     "публикация постов в Instagram, ответы на комментарии.", ("content_writing",), ("social_media",)),
    ("کارشناس پشتیبانی", "شرح وظایف: پاسخ به تیکت‌های مشتریان در سامانه پشتیبانی. تیم بازاریابی مقاله و محتوای "
     "شبکه‌های اجتماعی تولید می‌کند.", ("social_media", "content_writing"), ("customer_support",)),
])
def test_what_other_teams_do_is_no_duty(title: str, description: str, not_tags: tuple[str, ...],
                                        tags: tuple[str, ...]) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and not set(not_tags) & set(r.tags) and set(tags) <= set(r.tags), (r.tags, r.evidence)


@pytest.mark.parametrize("title,description,tag_", [
    ("Sales Assistant", "Support our sales team by booking demos and doing cold outreach to new leads.",
     "lead_generation"),
    ("Marketing Assistant", "Our marketing team needs you to run our Instagram and LinkedIn accounts.", "social_media"),
    ("Customer Care Assistant", "You'll join our customer care team and answer customer emails and chat.",
     "customer_support"),
    ("Ассистент отдела продаж", "Обязанности: холодные звонки по базе, помощь отделу продаж, ведение сделок.",
     "lead_generation"),
    ("Ассистент отдела маркетинга", "Вы вместе с отделом маркетинга будете вести наши соцсети в Instagram.",
     "social_media"),
    ("کارشناس محتوا", "شرح وظایف: تولید محتوا برای شبکه‌های اجتماعی و هماهنگی با تیم بازاریابی.", "social_media"),
    ("کارشناس محتوا", "شما محتوای شبکه‌های اجتماعی برند را همراه تیم بازاریابی تولید می‌کنید.", "social_media"),
])
def test_a_duty_the_seeker_shares_with_a_team_stays(title: str, description: str, tag_: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and tag_ in r.tags, (r.tags, r.scores, r.evidence)


@pytest.mark.parametrize("title,description,tag_", [
    # a team named by a word of the title is the seeker's own
    ("Customer Support Specialist", "What you'll be responsible for\nOur support department is our front-line team "
     "who works with our customers to answer questions and manage our inbound sales leads.", "lead_generation"),
    ("Ассистент отдела продаж", "Отдел продаж ведёт клиентов в amoCRM и делает холодные звонки, а вы помогаете.",
     "lead_generation"),
    # «1С:Бухгалтерия» is a program, no party
    ("Специалист по документам", "Формирование и отправка счетов, отправка актов сверки с клиентами. Знание "
     "программ 1С«Бухгалтерия.", "bookkeeping"),
])
def test_the_seekers_own_team_and_a_programs_name_are_no_other_party(title: str, description: str, tag_: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and tag_ in r.tags, (r.tags, r.scores, r.evidence)


def _hits(text: str, tag_: str, own: tuple[str, ...] = ()) -> list:
    m = default_matcher()
    return [h for h in m.match_reading(m.read(text, strip_urls=True), in_title=False, own=frozenset(own))
            if h.tag == tag_ and h.weight >= 1.0]


def _assert_whose_duty(text: str, tag_: str, theirs: bool) -> None:
    """``text`` names ``tag_`` as a duty, and every such duty is boilerplate (another party's) exactly when ``theirs``."""
    hits = _hits(text, tag_)
    assert hits and all(h.boiler for h in hits) is theirs, [(h.tag, h.evidence, h.boiler) for h in hits]


@pytest.mark.parametrize("text,tag_,theirs", [
    # an Uzbek clause whose subject is "our <someone>" (-imiz) or a trade, its verb in the third person (-adi, -aydi)
    ("Sexdagi tikuvchilar kiyim tikadi, hisob-kitobni esa buxgalterimiz yuritadi.", "bookkeeping", True),
    ("Operatorlarimiz buyurtmalarni telefon orqali qabul qiladi va mijozlarga javob beradi, siz esa omborda "
     "ishlaysiz.", "phone_answering", True),
    ("Operatorlar mijozlarning qo'ng'iroqlariga javob beradi va murojaatlarni CRM'ga kiritadi.", "crm_admin", True),
    ("Ижтимоий тармоқлар билан бошқа ҳамкасбимиз шуғулланади.", "social_media", True),
    ("Eksport hujjatlari va hisob-kitoblar bilan logist va buxgalterimiz shug'ullanadi.", "bookkeeping", True),
    # the seeker's: in the second person, after "siz", to "our <someone>" in another case, or "our new <someone>"
    ("Siz hisob-kitobni yuritasiz, buxgalterimiz esa tekshiradi.", "bookkeeping", False),
    ("Buxgalterimizga hisob-kitobni yuritishda yordam berasiz.", "bookkeeping", False),
    ("Mijozlarimizning qo'ng'iroqlariga javob berasiz.", "phone_answering", False),
    ("Yangi operatorimiz kiruvchi qo'ng'iroqlarga javob beradi.", "phone_answering", False),
    ("Операторларимиз билан бирга қўнғироқларга жавоб берасиз.", "phone_answering", False),
    # a third person verb with no party: the role described in the third person
    ("Operator kiruvchi qo'ng'iroqlarga javob beradi va murojaatlarni CRM'ga kiritadi.", "crm_admin", False),
])
def test_an_uzbek_clause_of_our_someone_or_a_trade_in_the_third_person_is_another_party(text: str, tag_: str,
                                                                                    theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


def test_an_uzbek_party_named_by_the_title_is_the_seekers_own() -> None:
    text = "Operatorlarimiz kiruvchi qo'ng'iroqlarga javob beradi va murojaatlarni CRM'ga kiritadi."
    assert all(not h.boiler for h in _hits(text, "crm_admin", ("operator", "call")))
    r = tag_text("Call-markaz operatori", text)
    assert r.va_relevant and {"phone_answering", "crm_admin"} <= set(r.tags), (r.tags, r.evidence)


@pytest.mark.parametrize("spelt,text", [
    ("on a Russian keyboard", "Ижтимоий тармоклар билан бошка хамкасбимиз шугулланади. Сиз мижозлар билан ишлайсиз."),
    ("without apostrophes", "Ijtimoiy tarmoqlar bilan boshqa hamkasbimiz shugullanadi. Siz mijozlar bilan ishlaysiz."),
])
def test_uzbek_typed_otherwise_reads_its_parties_alike(spelt: str, text: str) -> None:
    matcher = russian_keyboard_matcher() if spelt == "on a Russian keyboard" else apostrophe_free_matcher()
    hits = [h for h in matcher.match(text, in_title=False) if h.tag == "social_media"]
    assert hits and all(h.boiler for h in hits), hits


@pytest.mark.parametrize("text,tag_,theirs", [
    # "our <trade>" opening a clause, or after "and", or standing where a clause of its own starts, its verb next
    ("You'll manage her inbox. Our project managers run the job sites and our bookkeeper handles payroll and "
     "invoices, so you won't be doing either.", "bookkeeping", True),
    ("Our 28 support agents answer merchants by phone, chat and email around the clock.", "phone_answering", True),
    ("You'll make captions for the three short clips our video editor cuts for Instagram.", "social_media", True),
    ("You'll write two blog posts a week and our engineers handle the WordPress updates.", "website_updates", True),
    ("Clinical questions go to our pharmacists, who answer patients by phone.", "phone_answering", True),
    # a passive's agent after "the" as after "our"
    ("Scriptwriting, animation and client calls are done by the team — you'll learn how the pipeline works.",
     "phone_answering", True),
    ("Invoicing and payroll are handled by the office manager.", "bookkeeping", True),
    ("Client calls are done by the team, and you'll book them into the calendar.", "phone_answering", True),
    # the seeker's: "our <trade>" as an object, or its verb a participle, or no verb after it
    ("You'll work with our designers on banners and social media graphics.", "graphic_design", False),
    ("You will support our account managers with CRM updates and call notes.", "crm_admin", False),
    ("You'll assist our recruiters scheduling interviews with candidates.", "calendar_scheduling", False),
    ("Send the weekly invoices to our bookkeeper and chase overdue ones by email.", "bookkeeping", False),
    ("You'll make captions for the clips our video editor cut, and post them to Instagram.", "social_media", False),
    ("Take the client calls assigned by the team lead.", "phone_answering", False),
    ("Answer client calls, supported by the team.", "phone_answering", False),
    ("Client calls are yours; the team helps with the rest.", "phone_answering", False),
])
def test_an_english_clause_of_our_trade_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_", [
    ("Find prospects for our partners cold outreach.", "lead_generation"),
    ("Call homeowners from our warm lead lists, qualify them and book in visits.", "lead_generation"),
    ("Every person on our team supports customers by chat.", "customer_support"),
])
def test_our_party_after_a_preposition_is_an_object_not_another_party(text: str, tag_: str) -> None:
    hits = _hits(text, tag_)
    assert hits and not any(h.boiler for h in hits), [(h.tag, h.evidence, h.boiler) for h in hits]


@pytest.mark.parametrize("text,tag_,theirs", [
    # a Persian clause of a trade, or of a role in the plural, its verb in the third person
    ("کارشناسان فروش ما بلیت و هتل رزرو می‌کنند و برای مسافران ویزا می‌گیرند.", "travel_booking", True),
    ("منشی‌های ما نامه‌ها را بایگانی می‌کنند؛ شما ورود اطلاعات را انجام می‌دهید.", "file_organization", True),
    ("اپراتورهای ما ورود اطلاعات سفارش‌ها را انجام می‌دهند.", "data_entry", True),
    ("همکاران ما در واحد اسناد نامه‌ها را بایگانی می‌کنند.", "file_organization", True),
    # the seeker's: in the second person, with "our <someone>" as an object, or the role in the third person
    ("منشی‌های ما نامه‌ها را بایگانی می‌کنند؛ شما ورود اطلاعات را انجام می‌دهید.", "data_entry", False),
    ("همکار ما نامه‌ها را بایگانی می‌کند.", "file_organization", False),  # our (new) colleague
    ("مسئول دفتر تماس‌ها را به همکاران وصل می‌کند و نامه‌ها را بایگانی می‌کند.", "file_organization", False),
    ("شرکت پزشکی ما نامه‌ها را بایگانی می‌کند.", "file_organization", False),  # medical, no doctor
    ("با کارشناسان فروش ما هماهنگ می‌کنید و بلیت و هتل را رزرو می‌کنید.", "travel_booking", False),
    ("شما ورود اطلاعات را همراه اپراتورهای ما انجام می‌دهید.", "data_entry", False),
    ("مسئول دفتر نامه‌ها را بایگانی می‌کند و به تماس‌ها پاسخ می‌دهد.", "file_organization", False),
    ("کارشناس ورود اطلاعات، اطلاعات فاکتورها را در سیستم وارد می‌کند و ورود اطلاعات روزانه را گزارش می‌دهد.",
     "data_entry", False),
])
def test_a_persian_clause_of_a_trade_or_of_a_role_in_the_plural_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a Russian trade or staff in the nominative plural: «Администраторы записывают пациентов», «… принимают операторы»
    ("Администраторы записывают пациентов и отвечают на звонки, врачи ведут приём.", "calendar_scheduling", True),
    ("Входящие звонки клиентов принимают операторы колл-центра.", "phone_answering", True),
    # in another case they are no subject
    ("Вы будете помогать администраторам записывать пациентов и отвечать на звонки.", "calendar_scheduling", False),
    ("Вести запись пациентов и отвечать на звонки вместе с администраторами.", "phone_answering", False),
    ("Обучать новых операторов принимать входящие звонки.", "phone_answering", False),
])
def test_a_russian_staff_in_the_plural_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("own,description,tag_", [
    (("оператор", "центра"), "Операторы принимают входящие звонки и записывают клиентов на приём.", "phone_answering"),
    (("agent", "remote"), "Our agents answer inbound calls and book appointments for our clinics.", "phone_answering"),
])
def test_a_role_the_title_names_in_another_form_is_the_seekers_own(own: tuple[str, ...], description: str,
                                                                     tag_: str) -> None:
    m = default_matcher()
    own_read = frozenset(w for o in own for w in m.words(o))
    assert _hits(description, tag_) and all(h.boiler for h in _hits(description, tag_))
    hits = _hits(description, tag_, tuple(own_read))
    assert hits and not any(h.boiler for h in hits), hits


@pytest.mark.parametrize("text,tag_,theirs", [
    # a Russian role in the singular after «наш», «наша» doing the work, the subject before or after its verb: «На
    # отзывы и вопросы покупателей отвечает наш менеджер клиентского сервиса», «Наш специалист ведёт соцсети»
    ("На отзывы и вопросы покупателей отвечает наш менеджер клиентского сервиса.", "customer_support", True),
    ("Соцсети и рассылку ведёт наш специалист по SMM.", "social_media", True),
    ("Наш администратор принимает входящие звонки, а вы ведёте документооборот.", "phone_answering", True),
    # the seeker's: «наш» in another case, the role said new, or the party's clause after the duty's
    ("Вместе с нашим менеджером вы будете отвечать на вопросы покупателей.", "customer_support", False),
    ("Наш новый менеджер будет отвечать на вопросы покупателей в чате.", "customer_support", False),
    ("Отвечать на вопросы покупателей, которые передаёт наш менеджер.", "customer_support", False),
])
def test_a_russian_role_after_our_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a solo owner's "my <someone>" doing the work, as "our <someone>" is
    ("My editor does the audio editing and my sister runs the Instagram, so neither is on your plate.",
     "social_media", True),
    ("My accountant does the invoicing in FreshBooks.", "bookkeeping", True),
    # the seeker's: "my" of what the seeker works on, or "my <someone>" as an object
    ("You'll run my Instagram and reply to DMs while my sister is away.", "social_media", False),
    ("Help my sister run the Instagram and answer the comments.", "social_media", False),
    ("Send my accountant the client invoices each Friday.", "bookkeeping", False),
])
def test_an_english_clause_of_my_someone_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # an Uzbek call centre doing the work in the third person, in either script
    ("Qo'ng'iroqlarni call-markaz qabul qiladi, siz hujjatlar bilan ishlaysiz.", "phone_answering", True),
    ("Қўнғироқларни call-марказ қабул қилади.", "phone_answering", True),
    # the seeker's: in the second person, or the call centre where the seeker works
    ("Call-markazda kiruvchi qo'ng'iroqlarni qabul qilasiz.", "phone_answering", False),
    ("Call-markazimizga kelgan qo'ng'iroqlarga javob berish.", "phone_answering", False),
])
def test_an_uzbek_call_centre_in_the_third_person_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("own,text,theirs", [
    # a party named by the title's role word, but qualified by another task's word ("SMM mutaxassisimiz", our SMM
    # specialist, for a subtitle specialist), is that task's specialist, not the seeker
    (("subtitr", "mutaxassis"), "Kanalga videolarni SMM mutaxassisimiz yuklaydi.", True),
    (("субтитр", "мутахассис"), "Каналга видеоларни SMM мутахассисимиз юклайди.", True),
    # qualified by the title's own word, or not at all, it is the seeker's own
    (("smm", "mutaxassis"), "Kanalga videolarni SMM mutaxassisimiz yuklaydi.", False),
    (("smm", "mutaxassis"), "Mutaxassisimiz SMM va Instagram sahifasini yuritadi.", False),
])
def test_an_uzbek_party_qualified_by_another_task_is_not_the_seekers_own(own: tuple[str, ...], text: str,
                                                                         theirs: bool) -> None:
    m = default_matcher()
    own_read = tuple(w for o in own for w in m.words(o))
    hits = _hits(text, "social_media", own_read)
    assert hits and all(h.boiler for h in hits) is theirs, [(h.tag, h.evidence, h.boiler) for h in hits]


@pytest.mark.parametrize("own,description,theirs", [
    # «наш <role>» named otherwise than the title's role is another party; named by the title's words, the seeker
    (("менеджер", "маркетплейсов"), "На вопросы покупателей отвечает наш менеджер клиентского сервиса.", True),
    (("менеджер", "продажам"), "На вопросы покупателей отвечает наш менеджер по продажам.", False),
    (("менеджер", "продажам"), "На вопросы покупателей отвечает наш менеджер.", False),
])
def test_a_russian_role_after_our_named_by_the_title_is_the_seekers_own(own: tuple[str, ...], description: str,
                                                                         theirs: bool) -> None:
    m = default_matcher()
    own_read = tuple(w for o in own for w in m.words(o))
    hits = _hits(description, "customer_support", own_read)
    assert hits and all(h.boiler for h in hits) is theirs, [(h.tag, h.evidence, h.boiler) for h in hits]


@pytest.mark.parametrize("text,tag_,theirs", [
    # the client's own work in a first-person brief: done, or doing it themselves
    ("Last month I built a content calendar and designed all the posts myself in Canva, so that part is done.",
     "graphic_design", True),
    ("I've scanned a shoebox of receipts into a Dropbox folder.", "file_organization", True),
    ("We manage the shared inbox ourselves.", "email_management", True),
    ("Что я уже сделала сама: завела общий Google Диск с доступами и написала шаблоны ответов.",
     "file_organization", True),
    ("Соцсети мы ведём сами, бухгалтерию тоже.", "social_media", True),
    ("Mahsulot rasmlarini Canva'da o'zim tayyorlayman.", "graphic_design", True),
    ("Маҳсулот расмларини Canva'да ўзим тайёрлайман.", "graphic_design", True),
    ("ایمیل‌های مشتری‌ها را خودم جواب می‌دهم.", "email_management", True),
    # the seeker's: a duty asked in the same words, "yourself", "my own", or "I've" with no work done
    ("I need someone to design the posts in Canva so I don't have to do it myself.", "graphic_design", False),
    ("I've decided to hire someone to keep my receipts in a Dropbox folder.", "file_organization", False),
    ("You'll manage the shared inbox yourself, without templates.", "email_management", False),
    ("Вы сами ведёте общий Google Диск с доступами.", "file_organization", False),
    ("Mahsulot rasmlarini Canva'da tayyorlaysiz, o'zim tekshiraman.", "graphic_design", False),
    ("ایمیل‌های خودم را جواب بدهید.", "email_management", False),
])
def test_the_clients_own_work_in_a_first_person_brief_is_no_duty(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # another freelancer, or "another <role>", in the third person
    ("Another freelancer designs the product graphics in Canva.", "graphic_design", True),
    ("Карточки товаров и инфографику делает другой фрилансер, рекламу ведёт агентство.", "graphic_design", True),
    ("Соцсети ведёт другой специалист.", "social_media", True),
    ("طراحی پست‌های اینستاگرام را یک فریلنسر دیگر انجام می‌دهد.", "social_media", True),
    ("Instagram postlarini boshqa frilanser tayyorlaydi.", "social_media", True),
    # the seeker's: the freelancer asked for, or another freelancer as an object
    ("Looking for a freelancer to design the product graphics in Canva.", "graphic_design", False),
    ("Вы будете делать инфографику вместе с другим фрилансером.", "graphic_design", False),
    ("Нужен фрилансер: вести соцсети магазина.", "social_media", False),
    ("فریلنسری می‌خواهیم که پست‌های اینستاگرام را طراحی کند.", "social_media", False),
    ("Instagram postlarini tayyorlaysiz, boshqa frilanser bilan ishlaysiz.", "social_media", False),
])
def test_another_freelancer_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a task said to stay with the client or another party, the party as the predicate: "stays with our accountant",
    # «— на мне», "… SMM mutaxassisimizda", "… o'zimda", «… با خودمونه», «… با کارمند خودمان است»
    ("Invoices and payroll stay with our accountant.", "bookkeeping", True),
    ("Ответы на отзывы — на мне, от вас только карточки товаров.", "customer_support", True),
    ("Звонки клиентам за мной.", "phone_answering", True),
    ("Kanalga post joylash va reklama bizning SMM mutaxassisimizda.", "social_media", True),
    ("Каналга пост жойлаш ва реклама бизнинг SMM мутахассисимизда.", "social_media", True),
    ("Instagramga post joylash o'zimda.", "social_media", True),
    ("تماس با مشتری‌ها و پاسخ به تماس‌ها با خودمونه، فقط لیست میخوایم.", "phone_answering", True),
    ("درج محصولات و مدیریت سفارش‌ها بعداً با کارمند خودمان است.", "ecommerce_support", True),
    # the seeker's: the task done with a party, sent to the client, or the party in another case
    ("You'll work with our accountant on invoices and payroll.", "bookkeeping", False),
    ("Отвечать на отзывы и присылать отчёт мне на почту.", "customer_support", False),
    ("Kanalga post joylash: SMM mutaxassisimiz bilan birga ishlaysiz.", "social_media", False),
    ("Instagramga post joylaysiz, o'zimdan so'rang.", "social_media", False),
    ("پاسخ به تماس‌ها با شماست، گزارش را به خودم بدهید.", "phone_answering", False),
])
def test_a_task_that_stays_with_the_client_or_another_party_is_no_duty(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a Persian clause ending in a verb of the first person singular is the client's own work
    ("فاکتورها رو عکس می‌گیرم و توی یه پوشه گوگل درایو می‌ذارم.", "file_organization", True),
    ("پاسخ به دایرکت‌ها رو شب‌ها انجام می‌دم.", "social_media", True),
    ("ورود اطلاعات فاکتورها را هر شب انجام میدهم.", "data_entry", True),
    # the seeker's: a verb of the second or third person, the first person plural of a company, or "I want"
    ("پاسخ به دایرکت‌ها رو شب‌ها انجام بدید.", "social_media", False),
    ("کسی رو می‌خوام که ورود اطلاعات فاکتورها را انجام بده.", "data_entry", False),
    ("ورود اطلاعات فاکتورها را انجام می‌دهید و ما بررسی می‌کنیم.", "data_entry", False),
])
def test_a_persian_clause_in_the_first_person_singular_is_the_clients_own_work(text: str, tag_: str,
                                                                             theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a task's words naming the kind of a firm, the agency's, the client's or the clients': no duty
    ("Our client is a social media agency in London that runs 25 brands.", "social_media", True),
    ("Our clients include a two-person bookkeeping firm and a law office.", "bookkeeping", True),
    ("Nimbus is a virtual assistant agency serving coaches and clinics.", "general_admin", True),
    ("We place assistants with small businesses: a bookkeeping and tax practice, a social media studio.",
     "social_media", True),
    ("«Баланс-Аутсорс» — услуги бухгалтерского аутсорсинга для малого бизнеса.", "bookkeeping", True),
    ("Среди наших клиентов — бухгалтерские компании и SMM-агентства.", "bookkeeping", True),
    ("Mijozlarimiz orasida buxgalteriya kompaniyasi va marketing agentligi bor.", "bookkeeping", True),
    ("Мижозларимиз орасида бухгалтерия компанияси ва клиникалар бор.", "bookkeeping", True),
    ("کارفرمای ما یک دفتر حسابداری در تهران است.", "bookkeeping", True),
    ("مشتری ما یک شرکت نرم‌افزار حسابداری است.", "bookkeeping", True),
    # the kind of software a company makes or the seeker supports: the product, no duty
    ("Tillpoint makes customer support software for small teams.", "customer_support", True),
    ("Acme makes invoicing software for small online shops.", "bookkeeping", True),
    ("«دفترینه» تولیدکننده نرم‌افزار حسابداری برای فروشگاه‌ها است.", "bookkeeping", True),
    ("راهنمایی کاربران نرم افزار حسابداری در نصب و فعال‌سازی", "bookkeeping", True),
    # the seeker's: the task done for a firm or its clients, the firm's own books or correspondence
    ("Handle the bookkeeping for companies in our portfolio.", "bookkeeping", False),
    ("Manage social media for the agency's clients.", "social_media", False),
    ("Ведение бухгалтерского учёта компании.", "bookkeeping", False),
    ("Бухгалтерия компании: выставление счетов и акты сверки.", "bookkeeping", False),
    ("Kompaniya buxgalteriyasini yuritish.", "bookkeeping", False),
    ("حسابداری شرکت و صدور فاکتور برای مشتریان.", "bookkeeping", False),
    # ... but the work done in such software is a duty
    ("Schedule every client's appointments in our software.", "calendar_scheduling", False),
    ("ثبت اسناد حسابداری در نرم‌افزار سپیدار", "bookkeeping", False),
])
def test_a_task_naming_the_kind_of_a_firm_is_no_duty(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("title,description,not_tag,tag_", [
    ("Transcriptionist (Client: Market Research Firm)", "Transcribe focus-group recordings with speaker labels.",
     "research", "transcription"),
    ("Virtual Assistant – Project Coordination | Client: Social Media Agency", "Keep the agency's ClickUp boards "
     "current and chase deadlines.", "social_media", "project_management"),
    ("Офис-менеджер (бухгалтерская компания)", "Приём входящих звонков, встреча гостей, заказ канцелярии.",
     "bookkeeping", "phone_answering"),
    ("Ofis menejeri (buxgalteriya kompaniyasi)", "Kiruvchi qo'ng'iroqlarga javob berish, mehmonlarni kutib olish.",
     "bookkeeping", "phone_answering"),
    ("منشی – دفتر حسابداری", "پاسخگویی به تماس‌های تلفنی و تنظیم وقت جلسات مدیر", "bookkeeping", "phone_answering"),
    ("کارشناس پشتیبانی (تلفنی و آنلاین) نرم‌افزار حسابداری", "شرح وظایف:\n• پاسخگویی تلفنی به مشتریان و کاربران "
     "نرم‌افزار\n• پاسخ به تیکت‌ها و پیام‌های چت آنلاین سایت", "bookkeeping", "customer_support"),
])
def test_a_title_naming_the_clients_firm_names_no_task_by_it(title: str, description: str, not_tag: str,
                                                             tag_: str) -> None:
    r = tag_text(title, description)
    assert r.va_relevant and not_tag not in r.tags and tag_ in r.tags, (r.tags, r.evidence)


@pytest.mark.parametrize("text,tag_,theirs", [
    # the client, a firm's desk or staff after a possessive ("the firm's"), and the clients opening a clause
    ("Bookkeeping and payroll are done by the firm's accounting department.", "bookkeeping", True),
    ("The client's own booking desk books flights and changes hotel reservations.", "travel_booking", True),
    ("Our client is a social media agency that runs TikTok and Instagram accounts for 25 brands.", "social_media",
     True),
    ("Наши клиенты — интернет-магазины на Wildberries и Ozon.", "ecommerce_support", True),
    ("Наш клиент — интернет-магазин бытовой техники.", "ecommerce_support", True),
    # Persian: a trade or role after «با», or «با خود …» (with themselves), the clause ending in «است»
    ("طراحی، نظارت و امور مالی پروژه‌ها با مهندسان و حسابداری شرکت است.", "bookkeeping", True),
    ("رزرو بلیط مسافران و حسابداری مشتریان با خود آنهاست.", "travel_booking", True),
    ("رزرو بلیط هواپیما با خودشان است.", "travel_booking", True),
    # the seeker's: the clients or a firm's staff as an object, with whom or for whom the seeker works
    ("Help our clients manage their inboxes and calendars.", "email_management", False),
    ("You'll handle payroll with the firm's accounting department.", "bookkeeping", False),
    ("Book flights for the client's CEO and the firm's partners.", "travel_booking", False),
    ("Вы консультируете клиентов интернет-магазина по заказам.", "ecommerce_support", False),
    ("هماهنگی جلسات با مدیران و ارسال صورتجلسه.", "calendar_scheduling", False),
    ("رزرو بلیط و هتل برای خود مدیرعامل", "travel_booking", False),
])
def test_the_client_and_a_firms_own_staff_are_other_parties(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # what an internship shows the seeker, shadowed, watched or met ("get exposure to", "shadow", «познакомитесь»,
    # «увидите, как», "… bilan tanishasiz", «… آشنا می‌شوید»), is no duty of theirs: to the sentence's end after an English
    # or Russian cue, the clause before an Uzbek or Persian one, and not past a word of the seeker or a "then"
    ("Shadow our Instagram and TikTok shoots at restaurants and hotels.", "social_media", True),
    ("What you'll get exposure to: our paid ads, influencer contracts and the Instagram launch calendar.",
     "social_media", True),
    ("Watch how we schedule, moderate and report on clients' Instagram accounts.", "social_media", True),
    ("Вы познакомитесь с ведением соцсетей и таргетированной рекламой.", "social_media", True),
    ("Вы увидите, как мы ведём соцсети бренда.", "social_media", True),
    ("Ijtimoiy tarmoqlarni yuritish jarayoni bilan tanishasiz.", "social_media", True),
    ("با مدیریت اینستاگرام و تبلیغات آشنا می‌شوید.", "social_media", True),
    # the seeker's: a duty before the English or Russian cue, after the Uzbek or Persian one, or after "then"
    ("Post to Instagram daily and shadow our designers once a week.", "social_media", False),
    ("Shadow our senior EA for a week, then manage the Instagram account on your own.", "social_media", False),
    ("Ведение соцсетей бренда; вы познакомитесь с аналитикой.", "social_media", False),
    ("Analitika bilan tanishasiz, Instagram sahifani yuritasiz.", "social_media", False),
    ("با تحلیل داده آشنا می‌شوید و صفحه اینستاگرام را مدیریت می‌کنید.", "social_media", False),
])
def test_what_a_learning_programme_shows_the_seeker_is_no_duty(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # a task said not to be the seeker's: a label "Not yours:", or a predicate ending its clause, a dash before it
    # handing over what stands before the dash: "… are not yours", «— это не ваше», «… не на вас», «… با شما نیست»,
    # "… sizniki emas", "… sizning zimmangizda emas"
    ("What you'll own: the inbox.\nNot yours: payroll and client invoices.", "bookkeeping", True),
    ("Client invoices are not yours; you'll answer the phones.", "bookkeeping", True),
    ("Приём входящих звонков — это не ваше.", "phone_answering", True),
    ("Бухгалтерия и выставление счетов не на вас.", "bookkeeping", True),
    ("پاسخ به تماس‌های تلفنی با شما نیست.", "phone_answering", True),
    ("Qo'ng'iroqlarga javob berish sizniki emas.", "phone_answering", True),
    ("Hisob-fakturalarni chiqarish sizning zimmangizda emas.", "bookkeeping", True),
    # the seeker's: said to be theirs, or in another clause than the one said not to be
    ("Client invoices are yours; payroll is not.", "bookkeeping", False),
    ("Звонки — на вас, а почта — не ваше.", "phone_answering", False),
    ("پاسخ به تماس‌ها با شماست، ایمیل‌ها با شما نیست.", "phone_answering", False),
    ("Qo'ng'iroqlarga javob berish sizning zimmangizda, hisobotlar sizniki emas.", "phone_answering", False),
    # a duty before a heading of what is not the seeker's, its line break lost as a board's flattened text loses it
    ("طراحی کاور استوری‌ها با کانواآنچه بر عهده شما نیست:عکاسی با عکاس مجموعه است.", "graphic_design", False),
])
def test_a_task_said_not_to_be_the_seekers_is_no_duty(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # the company's product doing the work, its subject: "our product", "our app", «наше приложение», «наша платформа»,
    # «اپلیکیشن ما», «ربات ما», "ilovamiz", "platformamiz"
    ("Our product answers every call and books the appointment.", "calendar_scheduling", True),
    ("Our platform books appointments and sends reminders to patients.", "calendar_scheduling", True),
    ("Наше приложение само записывает клиентов на приём и отправляет напоминания.", "calendar_scheduling", True),
    ("Наша платформа сама записывает клиентов на приём.", "calendar_scheduling", True),
    ("اپلیکیشن ما به سوالات مشتریان پاسخ می‌دهد.", "customer_support", True),
    ("Ilovamiz mijozlarning savollariga javob beradi.", "customer_support", True),
    # the seeker's: the product as an object, or its users
    ("You'll answer questions about our product and book appointments for new users.", "calendar_scheduling", False),
    ("Our app users write in all day; book their appointments and answer their questions.", "calendar_scheduling",
     False),
    ("Вы отвечаете на вопросы о нашем приложении и записываете клиентов на приём.", "calendar_scheduling", False),
    ("وظیفه شما پاسخ به سوالات مشتریان اپلیکیشن است.", "customer_support", False),
    ("Ilovamiz foydalanuvchilarining savollariga javob berasiz.", "customer_support", False),
])
def test_the_companys_product_doing_the_work_is_another_party(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("text,tag_,theirs", [
    # «главбух» (a chief accountant, as Russian posts call one) doing the work, as «бухгалтер» does
    ("Бухгалтерию и сверки ведёт главбух.", "bookkeeping", True),
    ("Вы помогаете главбуху вести бухгалтерию.", "bookkeeping", False),
    # an Uzbek trade before "bilan" (with) is no subject, though its word is a Russian one's too («бухгалтер»), and its
    # word names who the work is done with, not the work
    ("Buxgalter bilan birga ishlaysiz.", "bookkeeping", True),
    ("Buxgalter bilan birga cheklarni Google Drive'dagi papkaga joylaysiz.", "file_organization", False),
    ("Бухгалтер билан бирга чекларни Google Drive'даги папкага жойлайсиз.", "file_organization", False),
    ("Hisob-fakturalarni buxgalter bilan birga Didox orqali chiqarasiz.", "bookkeeping", False),
    ("Hisob-fakturalarni buxgalter chiqaradi.", "bookkeeping", True),
])
def test_a_chief_accountant_is_another_party_but_not_one_worked_with(text: str, tag_: str, theirs: bool) -> None:
    _assert_whose_duty(text, tag_, theirs)


@pytest.mark.parametrize("title,description", [
    ("Менеджер по работе с клиентами (без продаж)", "Обязанности:\n- консультировать клиентов по телефону и почте;\n"
     "- выставлять счета в 1С.\nПоиском новых клиентов занимается отдел продаж."),
    ("Client Services Coordinator (no sales)", "What you will do:\n- Answer client emails and calls\n- Keep client "
     "records current in HubSpot\nProspecting new clients is done by our sales team."),
])
def test_a_team_the_title_says_the_role_is_not_is_another_party(title: str, description: str) -> None:
    # "(без продаж)", "(no sales)": the sales team is not the seeker's own, and its prospecting no duty of theirs
    r = tag_text(title, description)
    assert r.va_relevant and "customer_support" in r.tags and "lead_generation" not in r.tags, (r.tags, r.evidence)


def test_a_team_the_title_names_is_still_the_seeker_s_own() -> None:
    from pipeline.tags import own_words

    read = default_matcher().read
    assert "prodajam" in own_words(read("Менеджер по продажам"))
    assert "prodaj" not in own_words(read("Менеджер по работе с клиентами (без продаж)"))
    assert {"sales", "team"} <= own_words(read("Sales Team Assistant"))
    assert "sales" not in own_words(read("Client Services Coordinator (no sales), Remote"))
    assert "remote" in own_words(read("Client Services Coordinator (no sales), Remote"))


@pytest.mark.parametrize("title,description,tag_,theirs", [
    # a sentence naming others' work, closed by words that point back at it and give it away: "this role does
    # neither", «с этим вы работать не будете», «… занимаюсь сам», "… sizning vazifangiz emas", «… به شما مربوط نیست»
    ("Website Content Assistant", "Patients book appointments online and our front desks answer the phones; this role "
     "does neither. You'll keep the website right.", "calendar_scheduling", True),
    ("Контент-менеджер сайта", "Запись пациентов идёт через колл-центр и бот в Telegram — с этим вы работать не будете."
     " Нужно обновлять прайс на сайте.", "calendar_scheduling", True),
    ("Ассистент-исследователь", "Ищу человека, который будет искать информацию. Календарём и почтой занимаюсь сам.",
     "calendar_scheduling", True),
    ("CRM administrator", "Markazimizda SMM bo'limi, call-markaz va sotuv menejerlari bor — ular bilan ishlash sizning "
     "vazifangiz emas, siz faqat tizimni tartibda ushlab turasiz.", "social_media", True),
    ("ادمین سایت", "نوبت‌دهی بیماران و پاسخ به تماس‌های تلفنی با پذیرش کلینیک است و به شما مربوط نیست. "
     "به‌روزرسانی صفحات سایت با شماست.", "phone_answering", True),
    # hard negatives: the same words where the duties are the seeker's, in every language
    ("Receptionist", "You'll book appointments and answer the phones; this role does both.", "calendar_scheduling",
     False),
    ("Администратор", "Запись пациентов и звонки — с этим вы будете работать каждый день.", "calendar_scheduling",
     False),
    ("Ассистент", "Календарём и почтой будете заниматься вы, я занимаюсь продажами.", "calendar_scheduling", False),
    ("Administrator", "Qo'ng'iroqlarga javob berish va mijozlarni yozish — sizning asosiy vazifangiz.",
     "phone_answering", False),
    ("منشی", "پاسخ به تماس‌های تلفنی و نوبت‌دهی بیماران به شما مربوط است.", "phone_answering", False),
])
def test_work_given_away_by_words_pointing_back_is_theirs(title: str, description: str, tag_: str,
                                                          theirs: bool) -> None:
    strong = {h.tag for h in default_matcher().match(description, in_title=False) if h.weight >= 1.0 and not h.boiler}
    assert (tag_ not in strong) is theirs, default_matcher().match(description, in_title=False)


@pytest.mark.parametrize("description,tag_", [
    # a word of contrast before the words pointing back keeps what stands before it the seeker's
    ("Qo'ng'iroqlarga javob berish, hujjatlar esa sizning vazifangiz emas.", "phone_answering"),
    ("Звонки клиентов принимаете вы, а с этим вы работать не будете: бухгалтерия.", "phone_answering"),
    ("You'll answer the phones, but this role does neither of the bookkeeping tasks.", "phone_answering"),
    ("پاسخ به تماس‌های تلفنی با شماست، اما بایگانی به شما مربوط نیست.", "phone_answering"),
])
def test_work_before_a_contrast_is_not_given_away(description: str, tag_: str) -> None:
    strong = {h.tag for h in default_matcher().match(description, in_title=False) if h.weight >= 1.0 and not h.boiler}
    assert tag_ in strong, default_matcher().match(description, in_title=False)
