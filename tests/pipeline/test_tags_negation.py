"""Negation after a duty phrase, in its clause: "Cold calling is not required", "звонки принимать не нужно",
"Qo'ng'iroqlarga javob berish shart emas", "پاسخگویی تلفنی در این نقش لازم نیست"; and where such words leave the
duty standing ("not only", "не менее", "نه تنها", a negation of another word of the clause, or of a failure the work
prevents: "No double bookings", «Ни одного пропущенного звонка»)."""
from __future__ import annotations

import pytest

from pipeline.tags import tag_text
from pipeline.tags.matcher import apostrophe_free_matcher, default_matcher, russian_keyboard_matcher


def _strong(text: str) -> set[str]:
    """The tags a description's strong (not hint, not boilerplate) hits name."""
    return {h.tag for h in default_matcher().match(text, in_title=False) if h.weight >= 1.0 and not h.boiler}


NEGATED_AFTER = [
    # English
    ("Cold calling is not required.", "phone_answering"),
    ("Cold calling is not part of the role.", "phone_answering"),
    ("Cold calling for our clients is not needed", "phone_answering"),
    ("Cold calling isn't expected", "phone_answering"),
    ("Data entry not required", "data_entry"),
    ("Customer support is not part of this role", "customer_support"),
    ("Customer support is not your job", "customer_support"),
    ("Customer support is not in scope", "customer_support"),
    ("Customer support is not a requirement of this role", "customer_support"),
    ("Cold calling will not be required", "phone_answering"),
    ("Cold calling won't be your job", "phone_answering"),
    ("Data entry is not a part of this role", "data_entry"),
    ("Бухгалтерия и набор тренеров — не ваши задачи.", "bookkeeping"),  # «задачи» in the plural, as «задача»
    ("Ввод данных в 1С — это не ваши задачи.", "data_entry"),
    # Russian
    ("звонки принимать не нужно", "phone_answering"),
    ("Холодные звонки не требуются", "phone_answering"),
    ("Холодные звонки не предусмотрены", "lead_generation"),
    ("Ввод данных в эту роль не входит", "data_entry"),
    ("Ввод данных не является частью работы", "data_entry"),
    ("Ввод данных не обязателен", "data_entry"),
    ("Ввод данных не ваша обязанность", "data_entry"),
    ("звонков нет", "phone_answering"),
    ("Холодных звонков у нас нет", "lead_generation"),
    ("Холодных звонков нет, только переписка", "lead_generation"),
    ("Ввод данных — это не ваша задача", "data_entry"),  # a dash before "это" or "не" is the copula, no break
    ("Ввод данных — не ваша задача", "data_entry"),
    ("Холодные звонки — не требуются", "lead_generation"),
    # a dash before the negation, or before the job the duty is said not to be, stands for "is"
    ("Cold calling — not your job.", "phone_answering"),
    ("Data entry — not required.", "data_entry"),
    ("Қўнғироқ қилиш ва сотиш — сизнинг ишингиз эмас, буни савдо менежерларимиз қилади.", "phone_answering"),
    ("Qo'ng'iroq qilish — sizning vazifangiz emas.", "phone_answering"),
    ("تماس تلفنی با مشتریان — کار شما نیست.", "phone_answering"),
    # "не потребуется", "не придётся", "не понадобится" (will not be needed, will not have to)
    ("Консультировать клиентов по правовым вопросам не потребуется", "customer_support"),
    ("Отвечать на звонки вам не придётся", "phone_answering"),
    ("Ввод данных не понадобится", "data_entry"),
    # Uzbek, Latin and Cyrillic
    ("Qo'ng'iroqlarga javob berish shart emas", "phone_answering"),
    ("Sovuq qo'ng'iroqlar bizda umuman yo'q", "lead_generation"),
    ("Совуқ қўнғироқлар бизда умуман йўқ", "lead_generation"),
    ("Qo'ng'iroqlarga javob berish talab qilinmaydi", "phone_answering"),
    ("Qo'ng'iroqlarga javob berish kerak emas", "phone_answering"),
    ("Қўнғироқларга жавоб бериш шарт эмас", "phone_answering"),
    ("Қўнғироқларга жавоб бериш талаб қилинмайди", "phone_answering"),
    ("Ma'lumot kiritish sizning vazifangiz emas", "data_entry"),
    ("Qo'ng'iroqlarga javob berish bu sizning ishingiz emas", "phone_answering"),
    ("Qo'ng'iroqlarga javob berish — bu sizning ishingiz emas", "phone_answering"),
    ("Қўнғироқларга жавоб бериш — бу сизнинг ишингиз эмас", "phone_answering"),
    ("Маълумот киритиш сизнинг вазифангиз эмас", "data_entry"),
    # "… sizning vazifangizga kirmaydi" (is not part of your duties), as «не входит в ваши обязанности»
    ("Bemorlar bilan gaplashish va qo'ng'iroq qilish sizning vazifangizga kirmaydi", "phone_answering"),
    ("Ma'lumot kiritish vazifalaringizga kirmaydi", "data_entry"),
    ("Қўнғироқларга жавоб бериш сизнинг вазифангизга кирмайди", "phone_answering"),
    ("Bu oddiy ma'lumot kiritish emas, balki mijozlar bilan ishlash", "data_entry"),
    ("Бу оддий маълумот киритиш эмас, балки мижозлар билан ишлаш", "data_entry"),
    ("Ma'lumot kiritish emas balki qo'ng'iroqlarga javob berish", "data_entry"),
    # Persian
    ("پاسخگویی تلفنی در این نقش لازم نیست", "phone_answering"),
    ("کار ما پاسخگویی تلفنی نیست بلکه مدیریت ایمیل", "phone_answering"),
    ("پاسخگویی تلفنی جزو وظایف شما نیست", "phone_answering"),
    ("پاسخگویی به تلفن کار شما نیست", "phone_answering"),
    ("ورود داده وظیفه‌ی شما نیست", "data_entry"),
    ("پاسخگویی تلفنی به عهده شما نیست", "phone_answering"),
    ("نیازی به ورود داده نداریم", "data_entry"),
    ("ورود اطلاعات نداریم", "data_entry"),
    ("ورود اطلاعات در سیستم نداریم", "data_entry"),  # "نداریم" ending the clause, as "нет" and "yo'q" do
    ("پاسخگویی تلفنی و ورود اطلاعات نداریم", "phone_answering"),
    ("این موقعیت ورود اطلاعات در سیستم ندارد", "data_entry"),  # "ندارد" ending the clause, as "نداریم"
    ("این نقش پاسخگویی تلفنی هم ندارد", "phone_answering"),
]


@pytest.mark.parametrize("text,tag_", NEGATED_AFTER, ids=[t for t, _ in NEGATED_AFTER])
def test_a_negation_after_the_duty_in_its_clause_cancels_it(text: str, tag_: str) -> None:
    assert tag_ not in _strong(text), default_matcher().match(text, in_title=False)


STILL_A_DUTY = [
    # the negation is in another clause, sentence or line
    ("Cold calling, and the rest is not required", "phone_answering"),
    ("Cold calling. Experience is not required", "phone_answering"),
    ("Cold calling\nnot required: a degree", "phone_answering"),
    ("Холодные звонки, опыт не нужен", "lead_generation"),
    ("Qo'ng'iroqlarga javob berish. Tajriba shart emas", "phone_answering"),
    ("پاسخگویی تلفنی؛ سابقه کار لازم نیست", "phone_answering"),
    # the negation is of another word of the clause
    ("Phone support not sales", "phone_answering"),
    ("For data entry experience is not required", "data_entry"),
    ("Для ввода данных опыт не нужен", "data_entry"),
    ("Qo'ng'iroqlarga javob berish uchun tajriba shart emas", "phone_answering"),
    ("برای پاسخگویی تلفنی سابقه کار لازم نیست", "phone_answering"),
    ("Data entry that is not complex", "data_entry"),
    ("Cold calling every day but reporting is not required", "phone_answering"),
    ("پاسخگویی تلفنی با شماست اما فروش لازم نیست", "phone_answering"),
    ("Ввод данных — звонки не нужны", "data_entry"),  # a dash before another subject is a break
    ("Ввод данных — не менее 4 часов в день", "data_entry"),
    # a dash before the job the duty is said to be, or before a negation of what it is like, keeps it
    ("Cold calling — not just dialing but qualifying", "phone_answering"),
    ("Data entry — not complex, we will train you", "data_entry"),
    ("Qo'ng'iroq qilish — sizning asosiy ishingiz.", "phone_answering"),
    ("Қўнғироқ қилиш — сизнинг асосий ишингиз, тажриба шарт эмас.", "phone_answering"),
    ("تماس تلفنی با مشتریان — کار اصلی شما است.", "phone_answering"),
    ("Ввод данных, опыт не потребуется", "data_entry"),  # another clause, another subject
    ("Для ввода данных опыт не потребуется", "data_entry"),
    ("Qo'ng'iroqlarga javob berish sizning vazifangizga kiradi", "phone_answering"),  # is part of them
    ("Qo'ng'iroqlarga javob berish, hujjatlar esa vazifangizga kirmaydi", "phone_answering"),
    ("Ma'lumot kiritish uchun tajriba talab qilinmaydi va bu kirmaydi", "data_entry"),  # no word of your duties
    # a negation of another word before the duty: "no experience", "без опыта", "tajriba yo'q"
    ("No experience? We'll train you in customer support", "customer_support"),
    ("No experience needed to do customer support", "customer_support"),
    ("No data entry experience needed", "data_entry"),
    ("Без опыта работы с вводом данных", "data_entry"),
    ("Опыта нет, научим принимать звонки", "phone_answering"),
    ("Tajriba yo'q bo'lsa ham qo'ng'iroqlarga javob berishni o'rgatamiz", "phone_answering"),
    ("Тажриба йўқ бўлса ҳам қўнғироқларга жавоб беришни ўргатамиз", "phone_answering"),
    ("بدون سابقه کار پاسخگویی تلفنی را آموزش می دهیم", "phone_answering"),
    ("No phone calls but email management daily", "email_management"),
    # "X emas, balki Y" (not X but Y) keeps Y; "X qiyin emas" (X is not hard) keeps X
    ("Bu oddiy ma'lumot kiritish emas, balki mijozlar bilan ishlash", "customer_support"),
    ("Бу оддий маълумот киритиш эмас, балки мижозлар билан ишлаш", "customer_support"),
    ("Ma'lumot kiritish emas balki qo'ng'iroqlarga javob berish", "phone_answering"),
    ("Ma'lumot kiritish qiyin emas", "data_entry"),
    ("Маълумот киритиш қийин эмас", "data_entry"),
    ("پاسخگویی تلفنی سخت نیست", "phone_answering"),
    ("پاسخگویی تلفنی مشکلی نیست", "phone_answering"),
    ("پاسخگویی تلفنی برای شما سخت نیست", "phone_answering"),
    ("اگر پاسخگویی تلفنی برای شما مشکلی نیست", "phone_answering"),
    ("با پاسخگویی تلفنی مشکلی نداریم", "phone_answering"),
    ("ورود اطلاعات نیاز به سابقه ندارد", "data_entry"),  # "ندارد" of another word: no experience needed
    ("پاسخگویی تلفنی نیاز به مهارت خاصی ندارد", "phone_answering"),
    ("پاسخگویی تلفنی محدودیت زمانی ندارد", "phone_answering"),
    ("ورود اطلاعات در سیستم کار سختی ندارد", "data_entry"),
    ("پاسخگویی تلفنی کار شما نیست، بلکه ورود داده", "data_entry"),
    ("کار شما پاسخگویی تلفنی نیست، بلکه ورود داده است", "data_entry"),
    ("کار ما پاسخگویی تلفنی نیست بلکه مدیریت ایمیل", "email_management"),
    # "not only", "no later than" and their like are no negation
    ("Faqat ma'lumot kiritish emas, balki hujjatlarni tartibga solish", "data_entry"),
    ("Фақат маълумот киритиш эмас, балки ҳужжатларни тартибга солиш", "data_entry"),
    ("Bu shunchaki ma'lumot kiritish emas", "data_entry"),
    ("فقط پاسخگویی تلفنی نیست، مدیریت ایمیل هم هست", "phone_answering"),
    ("Data entry is not only typing but also checking", "data_entry"),
    ("Data entry is not limited to spreadsheets", "data_entry"),
    ("Submit data entry no later than Friday", "data_entry"),
    ("Ввод данных не менее 4 часов в день", "data_entry"),
    ("Прием звонков не только входящих", "phone_answering"),
    ("Ввод данных не позднее пятницы", "data_entry"),
    ("پاسخگویی تلفنی نه تنها به مشتریان بلکه به همکاران", "phone_answering"),
    # "X is not Y": the negation is of what X is like, not of X
    ("Data entry is not just typing", "data_entry"),
    ("Data entry is not typing", "data_entry"),
    ("Customer support is not a side task here", "customer_support"),
    ("Customer support isn't a side task here", "customer_support"),
    ("Поддержка клиентов — не просто ответы на письма", "customer_support"),
    ("Ввод данных не просто набор текста", "data_entry"),
    ("Ввод данных не является сложной задачей", "data_entry"),
    ("Ввод данных — не сложные задачи, научим", "data_entry"),
    ("Data entry is not part-time", "data_entry"),  # "part" is of "part-time", not "part of the role"
    ("Data entry is not part time", "data_entry"),
    ("Data entry isn't a part-time task", "data_entry"),
]


@pytest.mark.parametrize("text,tag_", STILL_A_DUTY, ids=[t for t, _ in STILL_A_DUTY])
def test_a_duty_stays_where_the_negation_is_not_its_own(text: str, tag_: str) -> None:
    assert tag_ in _strong(text), default_matcher().match(text, in_title=False)


def test_a_posting_whose_calls_are_negated_after_gets_no_phone_tag() -> None:
    r = tag_text("Ассистент руководителя", "Ведение календаря руководителя. Холодные звонки не требуются.")
    assert "calendar_scheduling" in r.tags
    assert "phone_answering" not in r.tags and "lead_generation" not in r.tags


NOT_ONLY_BEFORE = [
    ("You will not only answer phone calls but also manage email", "phone_answering"),
    ("Tasks include but are not limited to data entry and filing", "data_entry"),
    ("Не только прием звонков, но и ведение календаря", "phone_answering"),
    ("Не просто прием звонков, но и ведение календаря", "phone_answering"),
    ("Не только ввод данных", "data_entry"),
    ("نه تنها پاسخگویی تلفنی بلکه مدیریت ایمیل", "phone_answering"),
    ("نه فقط پاسخگویی تلفنی بلکه مدیریت ایمیل", "phone_answering"),
]


@pytest.mark.parametrize("text,tag_", NOT_ONLY_BEFORE, ids=[t for t, _ in NOT_ONLY_BEFORE])
def test_not_only_before_a_duty_is_no_negation(text: str, tag_: str) -> None:
    assert tag_ in _strong(text), default_matcher().match(text, in_title=False)


@pytest.mark.parametrize("text,tag_", [("You will not answer phone calls", "phone_answering"),
                                       ("Не прием звонков, а ведение календаря", "phone_answering"),
                                       ("نه پاسخگویی تلفنی بلکه مدیریت ایمیل", "phone_answering"),
                                       ("No cold calls", "lead_generation"),
                                       ("Без звонков", "phone_answering"),
                                       ("Qo'ng'iroqlar yo'q", "phone_answering"),
                                       ("بدون تماس تلفنی", "phone_answering")])
def test_a_plain_negation_before_a_duty_still_cancels_it(text: str, tag_: str) -> None:
    assert tag_ not in _strong(text), default_matcher().match(text, in_title=False)


def _strong_by(matcher, text: str) -> set[str]:
    return {h.tag for h in matcher.match(text, in_title=False) if h.weight >= 1.0 and not h.boiler}


@pytest.mark.parametrize("spelt,text,negated,kept", [
    ("without apostrophes", "Sovuq qongiroqlar bizda umuman yoq. Malumot kiritish qiyin emas", "lead_generation",
     "data_entry"),
    ("without apostrophes", "Tajriba yoq bolsa ham qongiroqlarga javob berishni organamiz. Malumot kiritish emas",
     "data_entry", "phone_answering"),
    ("on a Russian keyboard", "Совук кунгироклар бизда умуман йук. Малумот киритиш кийин эмас", "lead_generation",
     "data_entry"),
    ("on a Russian keyboard", "Тажриба йук булса хам кунгирокларга жавоб беришни ургатамиз. Малумот киритиш эмас",
     "data_entry", "phone_answering"),
])
def test_uzbek_typed_otherwise_reads_its_negations_alike(spelt: str, text: str, negated: str, kept: str) -> None:
    matcher = apostrophe_free_matcher() if spelt == "without apostrophes" else russian_keyboard_matcher()
    strong = _strong_by(matcher, text)
    assert negated not in strong and kept in strong, matcher.match(text, in_title=False)


NEGATED_LISTS = [
    # a negation of the seeker's work scopes over the list that follows it, to its clause's end
    ("You won't be answering phones, booking travel or managing the CEO's calendar.",
     ("phone_answering", "travel_booking", "calendar_scheduling")),
    ("You will not handle customer emails, social media posts or bookkeeping; that sits with our team.",
     ("social_media", "bookkeeping")),
    ("You will never need to do cold calling, data entry or invoicing.", ("data_entry", "bookkeeping")),
    ("You don't need to answer the phone, post on Instagram or update the website.",
     ("social_media", "website_updates")),
    ("There is no cold calling, data entry or bookkeeping in this role.", ("data_entry", "bookkeeping")),
    ("Вам не придётся отвечать на звонки, вести соцсети и заниматься бухгалтерией.", ("social_media", "bookkeeping")),
    ("Вы не будете принимать звонки, вести соцсети или выставлять счета.", ("social_media", "bookkeeping")),
    ("لازم نیست به تماس‌های تلفنی پاسخ دهید، شبکه‌های اجتماعی را مدیریت کنید یا فاکتور صادر کنید.",
     ("social_media", "bookkeeping")),
    ("نیازی نیست به تماس‌ها پاسخ دهید، پست اینستاگرام بگذارید یا ورود اطلاعات انجام دهید.",
     ("social_media", "data_entry")),
    # Uzbek says it on each duty's verb: "-maysiz" (you will not …)
    ("Siz qo'ng'iroqlarga javob bermaysiz, ijtimoiy tarmoqlarni yuritmaysiz va hisob-kitob qilmaysiz.",
     ("phone_answering", "social_media", "bookkeeping")),
    ("Сиз қўнғироқларга жавоб бермайсиз ва ижтимоий тармоқларни юритмайсиз.", ("phone_answering", "social_media")),
]


@pytest.mark.parametrize("text,tags", NEGATED_LISTS, ids=[t for t, _ in NEGATED_LISTS])
def test_a_negation_of_the_seekers_work_scopes_over_its_list(text: str, tags: tuple[str, ...]) -> None:
    assert not set(tags) & _strong(text), default_matcher().match(text, in_title=False)


LISTS_STILL_DUTIES = [
    # a contrast, a new clause of the seeker's, "not only", a condition, or a negation of a requirement ends it
    ("You won't be answering phones, but you will manage the CEO's calendar and book travel.",
     ("calendar_scheduling", "travel_booking")),
    ("You will not only answer phones but also manage the calendar and book travel.",
     ("phone_answering", "calendar_scheduling", "travel_booking")),
    ("If you don't know QuickBooks, we'll teach you bookkeeping and invoicing.", ("bookkeeping",)),
    ("You won't be alone; you'll answer customer tickets and update the website with a team of three.",
     ("customer_support", "website_updates")),
    ("You will not be working the queue yourself, though you'll answer customer tickets on busy days.",
     ("customer_support",)),
    ("You won't be alone, and together with a mentor you'll answer customer tickets.", ("customer_support",)),
    ("Вы не будете одни, вместе с наставником будете принимать звонки и вести соцсети.",
     ("phone_answering", "social_media")),
    ("Вам не придётся искать клиентов, а нужно будет вести соцсети и отвечать на комментарии.", ("social_media",)),
    ("Опыт не нужен, научим вас принимать звонки и вести соцсети.", ("phone_answering", "social_media")),
    ("Если вы не знаете 1С, научим вести учёт и выставлять счета.", ("bookkeeping",)),
    ("لازم نیست سابقه داشته باشید، به تماس‌ها پاسخ می‌دهید و شبکه‌های اجتماعی را مدیریت می‌کنید.",
     ("social_media",)),
    ("Siz qo'ng'iroqlarga javob berasiz va hech qachon kechikmaysiz.", ("phone_answering",)),
]


@pytest.mark.parametrize("text,tags", LISTS_STILL_DUTIES, ids=[t for t, _ in LISTS_STILL_DUTIES])
def test_a_list_past_the_negations_reach_stays_a_duty(text: str, tags: tuple[str, ...]) -> None:
    assert set(tags) <= _strong(text), default_matcher().match(text, in_title=False)


FAILURES_PREVENTED = [
    # a failure the seeker's work prevents, negated before it or between its parts: the work's outcome, not its absence
    ("No double bookings, ever.", "calendar_scheduling"),
    ("Make sure nothing gets double-booked.", "calendar_scheduling"),
    ("Чтобы в журнале не было двойных записей.", "calendar_scheduling"),
    ("Без двойных бронирований переговорных.", "calendar_scheduling"),
    ("بدون تداخل جلسات و با یادآوری به موقع.", "calendar_scheduling"),
    ("Uchrashuvlar hech qachon ustma-ust tushmasin.", "calendar_scheduling"),
    ("No missed calls during clinic hours.", "phone_answering"),
    ("No call goes unanswered.", "phone_answering"),
    ("Ни один звонок клиента не остаётся без ответа.", "phone_answering"),
    ("هیچ تماسی بی پاسخ نماند.", "phone_answering"),
    ("Birorta ham qo'ng'iroq javobsiz qolmasin.", "phone_answering"),
    ("No email sits unanswered past noon.", "email_management"),
    ("Ни одно письмо не остаётся без ответа.", "email_management"),
    ("هیچ ایمیلی بی پاسخ نمی ماند.", "email_management"),
    ("Birorta ham xat javobsiz qolmaydi.", "email_management"),
]


@pytest.mark.parametrize("text,tag_", FAILURES_PREVENTED, ids=[t for t, _ in FAILURES_PREVENTED])
def test_a_negated_failure_the_work_prevents_is_a_duty(text: str, tag_: str) -> None:
    assert tag_ in _strong(text), default_matcher().match(text, in_title=False)


FAILURES_NOT_THE_SEEKERS = [
    # the same failures where a negation after them, or of the seeker's work, says they are not the seeker's to prevent
    ("Double bookings are not your job; the front desk handles the calendar.", "calendar_scheduling"),
    ("You won't be handling double bookings or missed calls.", "phone_answering"),
    ("Вам не придётся разбираться с двойными записями.", "calendar_scheduling"),
    ("لازم نیست تماس‌های بی پاسخ را پیگیری کنید.", "phone_answering"),
    ("Uchrashuvlar ustma-ust tushishi sizning vazifangiz emas.", "calendar_scheduling"),
]


@pytest.mark.parametrize("text,tag_", FAILURES_NOT_THE_SEEKERS, ids=[t for t, _ in FAILURES_NOT_THE_SEEKERS])
def test_a_failure_said_not_to_be_the_seekers_stays_cancelled(text: str, tag_: str) -> None:
    assert tag_ not in _strong(text), default_matcher().match(text, in_title=False)


UZ_LISTS_NEGATED_AT_THE_END = [  # (description, tag, negated): Uzbek negates a list on its closing verb
    ("Taqvim, pochta va boshqa shaxsiy ishlar bilan shug'ullanmaysiz.", "calendar_scheduling", True),
    ("Taqvim, pochta va boshqa shaxsiy ishlar bilan shugullanmaysiz.", "calendar_scheduling", True),
    ("Тақвим, почта ва бошқа шахсий ишлар билан шуғулланмайсиз.", "calendar_scheduling", True),
    ("Qo'ng'iroqlar, ijtimoiy tarmoqlar va mijozlar bilan ishlamaysiz.", "phone_answering", True),
    # hard negatives: a duty of its own clause before the negated one stays, and so does a condition's
    ("Mijozlarning qo'ng'iroqlariga javob berasiz, hisobotlar bilan shug'ullanmaysiz.", "phone_answering", False),
    ("Uchrashuvlarni taqvimga kiritasiz va hech kimni kuttirmaysiz.", "calendar_scheduling", False),
]


@pytest.mark.parametrize("text,tag_,negated", UZ_LISTS_NEGATED_AT_THE_END,
                         ids=[t for t, _, _ in UZ_LISTS_NEGATED_AT_THE_END])
def test_an_uzbek_list_is_negated_by_its_closing_verb(text: str, tag_: str, negated: bool) -> None:
    matcher = apostrophe_free_matcher() if "shugullan" in text else default_matcher()
    strong = {h.tag for h in matcher.match(text, in_title=False) if h.weight >= 1.0 and not h.boiler}
    assert (tag_ not in strong) is negated, matcher.match(text, in_title=False)
