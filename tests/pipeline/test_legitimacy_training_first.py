"""Training first (tests/data/legitimacy_phrasings_ah): jobs with courses, certificates, exams, internships and
probation. What the scams charge for on the way in, and the same words an honest employer uses, each kind in every
language it occurs in — a true positive and a hard negative.
"""
from __future__ import annotations

import pytest

from pipeline.legitimacy import assess
from tests.pipeline.test_legitimacy_rules import FILLER, _codes, _p

# A warning of fake ads in the employer's name that says what "they" ask, after what they promise, or names the ads
# fake: the asks are told of, not made. The same asks in the post's own voice still are.
TOLD_OF_BY_A_WARNING = [
    ("en", "They promise a job after the course. Pay a training fee of $50 to start.",
     "Fake ads are posted in our name on Telegram. They promise a job after a course and ask for a training fee. "
     "That is not us."),
    ("en-fake", "No fake promises here. To start, pay a $50 registration fee.",
     "Fake job ads are posted in our name. They ask for a registration fee. That is not us."),
    ("ru", "Обещаем работу после курса. Для начала оплатите обучение 200 000 сум.",
     "В Telegram от нашего имени публикуют фейковые вакансии. Обещают работу после курса и просят оплатить обучение "
     "200 000 сум. Это не мы."),
    ("uz-latn", "Kursdan keyin ish beramiz. Boshlash uchun 200 000 so'm to'lang.",
     "Telegramda nomimizdan soxta e'lonlar tarqatilmoqda. Ular kurs uchun 200 000 so'm to'lov so'rashadi. Bu biz "
     "emasmiz."),
    ("uz-cyrl", "Курсдан кейин иш берамиз. Бошлаш учун 200 000 сўм тўланг.",
     "Телеграмда номимиздан сохта эълонлар тарқатилмоқда. Улар курс учун 200 000 сўм тўлов сўрашади. Бу биз эмасмиз."),
    ("fa", "بعد از دوره استخدام می‌شوید. هزینه ثبت نام را واریز کنید.",
     "در تلگرام آگهی‌های جعلی به نام ما منتشر می‌شود. آنها از متقاضیان هزینه ثبت نام می‌خواهند. این‌ها ما نیستیم."),
]


@pytest.mark.parametrize("lang,asked,warned", TOLD_OF_BY_A_WARNING, ids=[c[0] for c in TOLD_OF_BY_A_WARNING])
def test_what_fake_ads_in_our_name_ask_is_told_of_not_asked(lang: str, asked: str, warned: str) -> None:
    assert "upfront_fee" in _codes(asked + FILLER), lang
    assert "upfront_fee" not in _codes(warned + FILLER), lang


def test_a_warning_of_fakes_in_our_name_is_not_hidden_by_the_text_model_alone() -> None:
    warning = ("IMPORTANT: Fake job ads are being posted in our name on Telegram. They promise a job after a course "
               "and ask for a training fee or a photo of your passport. That is not us.\n")
    job = ("Data entry clerk (remote). Enter invoices and records into our documents system, check scanned records, "
           "update spreadsheets and records daily. Work from home, no experience needed, weekly pay.")
    assert assess(_p(warning + job)).verdict != "likely_scam"


# An exam's fee the seeker pays on the examining body's official portal, which the employer may refund, is the
# body's, not a fee to the employer; the same fee sent to a card or a person is one.
EXAM_FEE_ON_THE_OFFICIAL_PORTAL = [
    ("en", "You pay the exam fee to our coordinator's card; we refund it after hiring.",
     "You pay the exam fee yourself on the certifying body's official portal; we refund it after hiring."),
    ("ru", "Экзаменационный сбор 150 000 сум вы оплачиваете на карту администратора.",
     "Экзаменационный сбор вы оплачиваете сами на официальном портале центра; после найма мы его возмещаем."),
    ("uz-latn", "Imtihon to'lovi 150 000 so'm, administrator kartasiga o'tkazasiz.",
     "Imtihon to'lovini agentlikning rasmiy portali orqali o'zingiz to'laysiz, ishga olingach qaytaramiz."),
    ("uz-cyrl", "Имтиҳон тўлови 150 000 сўм, администратор картасига ўтказасиз.",
     "Имтиҳон тўловини агентликнинг расмий портали орқали ўзингиз тўлайсиз, ишга олингач қайтарамиз."),
    ("fa", "هزینه آزمون را به کارت کارشناس ثبت نام واریز کنید.",
     "هزینه آزمون را خودتان در سامانه رسمی سازمان پرداخت می‌کنید و ما پس از استخدام آن را برمی‌گردانیم."),
]


@pytest.mark.parametrize("lang,asked,honest", EXAM_FEE_ON_THE_OFFICIAL_PORTAL,
                         ids=[c[0] for c in EXAM_FEE_ON_THE_OFFICIAL_PORTAL])
def test_an_exam_fee_paid_on_the_official_portal_is_the_bodys(lang: str, asked: str, honest: str) -> None:
    assert "upfront_fee" in _codes(asked + FILLER), lang
    assert "upfront_fee" not in _codes(honest + FILLER), lang


# A deposit taken to let the seeker into probation is the seeker's, whatever clients' base or files it opens; the
# clients' own deposits, or a probation said to ask none, are not.
PROBATION_DEPOSITS = [
    ("en", "To start the probation a deposit of $100 is collected, as you get access to client files.",
     "During probation you review client files; no deposit of any kind is collected."),
    ("ru", "Для допуска к испытательному сроку вносится депозит 300 000 сум (доступ к базе клиентов).",
     "Испытательный срок 1 месяц с полной оплатой, никаких депозитов; доступ к базе клиентов с первого дня."),
    ("uz-latn", "Sinov muddatiga qabul qilish uchun 300 000 so'm depozit qo'yiladi (mijozlar bazasiga kirish "
                "beriladi).",
     "Sinov muddatida mijozlar depozit qo'yadi, biz ularni hisobga olamiz."),
    ("uz-cyrl", "Синов муддатига қабул қилиш учун 300 000 сўм депозит қўйилади (мижозлар базасига кириш берилади).",
     "Синов муддатида мижозлар депозит қўяди, биз уларни ҳисобга оламиз."),
    ("fa", "قبل از شروع دوره آزمایشی مبلغ ۸۰۰ هزار تومان ودیعه دریافت می‌شود (دسترسی به اطلاعات مشتریان).",
     "دوره آزمایشی دو ماه با ۸۰ درصد حقوق است و هیچ ودیعه‌ای از شما نمی‌گیریم."),
]


@pytest.mark.parametrize("lang,asked,honest", PROBATION_DEPOSITS, ids=[c[0] for c in PROBATION_DEPOSITS])
def test_a_deposit_to_enter_probation_is_a_fee_whatever_clients_it_names(lang: str, asked: str, honest: str) -> None:
    assert "upfront_fee" in _codes(asked + FILLER), lang
    assert "upfront_fee" not in _codes(honest + FILLER), lang


def test_companies_party_to_a_contract_are_no_clients_of_a_duty() -> None:
    course = ("دوره رایگان اپراتور کامپیوتر\nاستخدام تضمینی در شرکت های طرف قرارداد بعد از قبولی\n"
              "فقط هزینه ثبت نام ۲۵۰ هزار تومان است که باید به شماره کارتی که کارشناس می‌فرستد واریز شود.")
    assert "upfront_fee" in _codes(course + FILLER)
    duty = "مشتریان طرف قرارداد هزینه ثبت نام ۲۵۰ هزار تومان را به حساب شرکت واریز می‌کنند؛ ثبت رسیدها با اپراتور است."
    assert "upfront_fee" not in _codes(duty + FILLER)


# A course sold with every graduate placed ("100% placed", "100% трудоустройство"), its price up to three lines below
# the promise, or said "paid" beside a job said to be "free": the price is the job's. A course sold as a course, the
# job denied, is not.
COURSE_WITH_THE_JOB_PROMISED = [
    ("en", "Guaranteed job with our clients right after the course\nPay $400-700/month\n\nThe course is paid ($39), "
           "the job is free!",
     "This course teaches office skills.\nIt is not a job and no job is promised.\n\nThe course fee is $39."),
    ("en-placement", "100% job placement after the course.\nSalary $500/month\n\nCourse fee: $99",
     "No job placement after the course.\nStudents learn Excel\n\nCourse fee: $99"),
    ("ru", "100% трудоустройство после курса.\nЗарплата от 4 000 000 сум\n\nЦена курса — 790 000 сум.",
     "Мы не трудоустраиваем и не гарантируем работу.\nЗанятия по вечерам\n\nЦена курса — 790 000 сум."),
    ("uz-latn", "Kursni tugatganlarni 100% ishga joylashtiramiz.\nMaosh 3-4 mln so'm\n\nKurs narxi 600 ming so'm.",
     "Kursdan keyin ishga joylashtirmaymiz.\nDarslar kechqurun\n\nKurs narxi 600 ming so'm."),
    ("uz-cyrl", "Курсни тугатганларни 100% ишга жойлаштирамиз.\nМаош 3-4 млн сўм\n\nКурс нархи 600 минг сўм.",
     "Курсдан кейин ишга жойлаштирмаймиз.\nДарслар кечқурун\n\nКурс нархи 600 минг сўм."),
    ("fa", "۱۰۰ درصد استخدام بعد از دوره\nحقوق ۱۰ میلیون تومان\n\nشهریه دوره: ۴۹۰ هزار تومان",
     "این آگهی استخدام نیست و کاریابی نمی‌کنیم.\nکلاس‌ها آنلاین\n\nشهریه دوره: ۴۹۰ هزار تومان"),
]


@pytest.mark.parametrize("lang,promised,sold", COURSE_WITH_THE_JOB_PROMISED,
                         ids=[c[0] for c in COURSE_WITH_THE_JOB_PROMISED])
def test_a_course_priced_with_every_graduate_placed_is_a_fee(lang: str, promised: str, sold: str) -> None:
    assert "upfront_fee" in _codes(promised + FILLER), lang
    assert "upfront_fee" not in _codes(sold + FILLER), lang


# What a training-first scam prices on the way in: trial access to the tasks, a training or materials pack, a starter
# set, a software seat's licence; not the same given free, nor pay for the trial.
TRAINING_KITS_PRICED = [
    ("en-licence", "Before training you activate your seat license. The license is $85 and is not a fee to us, it's "
                   "your own seat.", "Your seat license is free: we buy it for every agent."),
    ("en-pack", "The training pack costs $49.", "Training materials are free; pay is $5 per hour in training."),
    ("en-trial", "Trial access to the tasks: $15.", "Trial week paid at the normal rate of $8 per hour."),
    ("ru-trial", "Активируете пробный доступ на 14 дней — 99 000 сум.",
     "Пробный доступ бесплатный, оплата за задания от 100 000 сум в неделю."),
    ("ru-kit", "Чтобы начать, активируйте набор модератора. Стоимость набора $19, оплата на карту.",
     "Набор модератора выдаём бесплатно, ничего покупать не нужно."),
    ("ru-materials", "Перед обучением оплачивается пакет учебных материалов и тестовый доступ к CRM.",
     "Учебные материалы и доступ к CRM оплачиваются компанией."),
    ("uz-latn", "O'quv paketi narxi 250 000 so'm.", "O'quv materiallari bepul, maosh 3 000 000 so'm."),
    ("uz-cyrl", "Ўқув пакети нархи 250 000 сўм.", "Ўқув материаллари бепул, маош 3 000 000 сўм."),
    ("fa-pack", "خرید پکیج آموزشی مؤسسه شامل ۳ کتاب (۶۵۰ هزار تومان)",
     "پکیج آموزشی رایگان است و حقوق ۱۲ میلیون تومان است."),
    ("fa-licence", "خرید لایسنس نرم‌افزار از فروشگاه مؤسسه (۴۰۰ هزار تومان)",
     "لایسنس ترادوس را دفتر تهیه می‌کند؛ حقوق ۱۲ میلیون تومان."),
]


@pytest.mark.parametrize("lang,priced,free", TRAINING_KITS_PRICED, ids=[c[0] for c in TRAINING_KITS_PRICED])
def test_trial_access_a_training_pack_a_kit_or_a_licence_priced_is_a_fee(lang: str, priced: str, free: str) -> None:
    assert "upfront_fee" in _codes(priced + FILLER), lang
    assert "upfront_fee" not in _codes(free + FILLER), lang


# A sum renamed right after it — "not a fee to us", «не оплата, а гарантия», "to'lov emas, kafolat", «هزینه استخدام
# نیست» — is still asked; the same sum said not to be needed is not.
SUMS_RENAMED = [
    ("en", "A deposit of $100 is collected before probation and is not a fee, just a guarantee.",
     "A deposit of $100 is not required."),
    ("ru", "Перед стажировкой вносится депозит 300 000 сум — не оплата, а гарантия.",
     "Депозит 300 000 сум не требуется."),
    ("uz-latn", "Sinov muddatiga qabul qilish uchun 300 000 so'm depozit qo'yiladi — to'lov emas, kafolat.",
     "Depozit qo'yish shart emas."),
    ("uz-cyrl", "Синов муддатига қабул қилиш учун 300 000 сўм депозит қўйилади — тўлов эмас, кафолат.",
     "Депозит қўйиш шарт эмас."),
    ("fa", "مبلغ ۸۰۰ هزار تومان ودیعه دریافت می‌شود که هزینه استخدام نیست.", "ودیعه ۸۰۰ هزار تومان لازم نیست."),
    ("fa-as-deposit", "قبل از شروع کار مبلغ ۸۰۰ هزار تومان به عنوان ودیعه دریافت می‌شود.",
     "هیچ مبلغی به عنوان ودیعه از شما دریافت نمی‌شود."),
]


@pytest.mark.parametrize("lang,renamed,denied", SUMS_RENAMED, ids=[c[0] for c in SUMS_RENAMED])
def test_a_sum_renamed_as_no_fee_is_still_asked(lang: str, renamed: str, denied: str) -> None:
    assert "upfront_fee" in _codes(renamed + FILLER), lang
    assert "upfront_fee" not in _codes(denied + FILLER), lang


# What the trial needs bought through "our partner store": a purchase the employer routes to its own partner; not
# nothing to buy there.
BOUGHT_AT_OUR_PARTNER_STORE = [
    ("en", "For the trial you need the editor – $39/month subscription (buy through our partner store).",
     "Nothing to buy: the editor is free, and you never buy through our partner store."),
    ("ru", "Редактор — подписка 390 000 сум в месяц, купите в нашем партнёрском магазине.",
     "Редактор бесплатный, ничего покупать в партнёрском магазине не нужно."),
    ("uz-latn", "Muharrir obunasi oyiga 390 000 so'm, hamkor do'konimizdan sotib olasiz.",
     "Muharrir bepul, hamkor do'konimizdan hech narsa sotib olish shart emas."),
    ("uz-cyrl", "Муҳаррир обунаси ойига 390 000 сўм, ҳамкор дўконимиздан сотиб оласиз.",
     "Муҳаррир бепул, ҳамкор дўконимиздан ҳеч нарса сотиб олиш шарт эмас."),
    ("fa", "اشتراک ویرایشگر ماهانه ۳۹۰ هزار تومان است، از فروشگاه همکار ما بخرید.",
     "ویرایشگر رایگان است و لازم نیست چیزی بخرید."),
]


@pytest.mark.parametrize("lang,bought,nothing", BOUGHT_AT_OUR_PARTNER_STORE,
                         ids=[c[0] for c in BOUGHT_AT_OUR_PARTNER_STORE])
def test_what_the_trial_needs_bought_at_our_partner_store_is_a_fee(lang: str, bought: str, nothing: str) -> None:
    assert "upfront_fee" in _codes(bought + FILLER), lang
    assert "upfront_fee" not in _codes(nothing + FILLER), lang
