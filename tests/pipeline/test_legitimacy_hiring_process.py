"""The hiring process around a remote posting (tests/data/legitimacy_phrasings_y): what the scams ask in it and the
same words an honest employer uses, each kind in every language it occurs in — a true positive and a hard negative.
"""
from __future__ import annotations

import pytest

from tests.pipeline.test_legitimacy_rules import FILLER, _codes

# Bank details a payroll provider collects itself, in its own app, are how direct deposit is set up: the provider is
# the one asking, named as the sentence's subject or agent, and the sentence sends them to no one.
PAYROLL_PROVIDER_COLLECTS = [
    ("en", "Gusto collects your bank details, so send them to our recruiter on Telegram.",
     "Deel collects your bank details inside its own app; we never see them."),
    ("en-agent", "Your bank details are needed for ADP: send them to our recruiter by e-mail.",
     "Your bank details are collected by ADP during onboarding."),
    ("ru", "Deel собирает номер карты — пришлите его менеджеру в Telegram.",
     "Номер вашей карты Deel собирает сам в своём приложении."),
    ("uz-latn", "Karta raqamingizni Deel uchun menejerga Telegramda yuboring.",
     "Karta raqamingizni Deel o'z ilovasida so'raydi."),
    ("uz-cyrl", "Карта рақамингизни Deel учун менежерга Телеграмда юборинг.",
     "Карта рақамингизни Deel ўз иловасида сўрайди."),
    ("fa", "شماره حساب خود را برای Deel در تلگرام به ما بفرستید.",
     "شماره حساب شما را Deel در اپلیکیشن خودش دریافت می‌کند."),
]


@pytest.mark.parametrize("lang,asked,collected", PAYROLL_PROVIDER_COLLECTS,
                         ids=[c[0] for c in PAYROLL_PROVIDER_COLLECTS])
def test_bank_details_a_payroll_provider_collects_itself_are_no_request(lang: str, asked: str,
                                                                         collected: str) -> None:
    assert "asks_bank_or_id" in _codes(asked + FILLER), lang
    assert "asks_bank_or_id" not in _codes(collected + FILLER), lang


# Gift cards the "executive" has the new assistant buy with the assistant's own money, or whose codes, PINs or backs
# are sent to him (the money leaves the seeker for good); not gift cards bought on the employer's account, a shop's
# gift cards sold to its customers, nor the employer's own warning against the request.
GIFT_CARDS_FOR_THE_BOSS = [
    ("en-own-money", "Pick up Apple gift cards for the boss's clients with your own money; reimbursed on payday.",
     "Order gift cards for household staff through our Amazon Business account, never with your own money."),
    ("en-codes-to-him", "Buy gift cards for my clients and staff, then text me clear photos of the card backs.",
     "Sell gift cards at the register and email customers their codes."),
    ("en-numbers", "Buy Steam gift cards for his clients, then send him the card numbers and PINs by text.",
     "Order gift cards for the holiday party through Amazon Business. Send me the numbers for Q3 by Friday."),
    ("en-codes-to-the-ceo", "Buy gift cards and send the codes to the CEO.",
     "No one will ever ask you by text to buy gift cards and send codes to the CEO."),
    ("ru", "Покупайте подарочные карты для клиентов директора за свой счёт и присылайте ему коды в Telegram.",
     "Продажа подарочных карт покупателям и отправка им кодов по e-mail."),
    ("uz-latn", "Rahbar uchun sovg'a kartalarini sotib olasiz. Kartalar o'z mablag'ingizdan olinadi, kodlari "
                "rahbarga yuboriladi.", "Do'konda sovg'a kartalarini sotish va kodlarini xaridorlarga yuborish."),
    ("uz-cyrl", "Раҳбар учун совға карталарини сотиб оласиз. Карталар ўз маблағингиздан олинади, кодлари раҳбарга "
                "юборилади.", "Дўконда совға карталарини сотиш ва кодларини харидорларга юбориш."),
    ("fa", "کارت هدیه اپل را بخرید و کدها را برای مدیر بفرستید.", "فروش کارت هدیه به مشتریان و ارسال کد برای مشتری."),
]


@pytest.mark.parametrize("lang,bought,sold", GIFT_CARDS_FOR_THE_BOSS, ids=[c[0] for c in GIFT_CARDS_FOR_THE_BOSS])
def test_gift_cards_bought_for_the_boss_are_money_passed_on(lang: str, bought: str, sold: str) -> None:
    assert "money_mule" in _codes(bought + FILLER), lang
    assert "money_mule" not in _codes(sold + FILLER), lang


# An ID's or a Social Security card's photo sent into a chat or a messenger is asked for whatever moment the sentence
# names ("after the interview", an interview that may have been a text chat); not the employer's warning against it, an
# ID uploaded to a payroll platform after the offer, nor customers' IDs a support desk checks in its chat.
ID_SENT_TO_A_CHAT = [
    ("en", "To start your payroll setup, send a photo of the front and back of your driver's license and of your "
           "Social Security card to the interviewer in the Teams chat after the interview.",
     "After the offer, upload a photo of your ID in the Deel app; we never ask for it in a chat."),
    ("en-customers", "After the interview, send a photo of your passport to the recruiter on Telegram.",
     "Check the photos of customers' passports they send in the support chat."),
    ("en-after-the-offer", "After the offer, send a photo of your ID to your coordinator on WhatsApp.",
     "After the offer, take a photo of your ID, upload it in the app, and message us in the chat if you get stuck."),
    ("ru", "После собеседования пришлите фото паспорта в Telegram рекрутеру.",
     "Мы никогда не просим фото паспорта в Telegram: документы смотрим на видеозвонке."),
    ("uz-latn", "Suhbatdan keyin pasport rasmini Telegramga yuboring.",
     "Hech qachon pasport rasmini Telegramga yubormang: hujjatlarni ofisda ko'ramiz."),
    ("uz-cyrl", "Суҳбатдан кейин паспорт расмини Телеграмга юборинг.",
     "Ҳеч қачон паспорт расмини Телеграмга юборманг: ҳужжатларни офисда кўрамиз."),
    ("fa", "بعد از مصاحبه عکس کارت ملی را در تلگرام بفرستید.", "ما هرگز عکس کارت ملی را در تلگرام نمی‌خواهیم."),
]


@pytest.mark.parametrize("lang,asked,honest", ID_SENT_TO_A_CHAT, ids=[c[0] for c in ID_SENT_TO_A_CHAT])
def test_an_id_photo_sent_into_a_chat_is_asked_for_whatever_the_moment(lang: str, asked: str, honest: str) -> None:
    assert "asks_id_document" in _codes(asked + FILLER), lang
    assert "asks_id_document" not in _codes(honest + FILLER), lang


# A hiring step run by "our partner" at a price, or a step's price paid on a website, is a fee the seeker pays the
# employer's people; not the seeker's pay through a partner, a partner paying for the seeker, nor a state fee on a
# state portal, which the employer may refund.
STEPS_PAID_TO_A_PARTNER_OR_A_SITE = [
    ("en-partner", "Our partner VerifyNow runs the background check: fee $49.95 by card.",
     "Our partner bank pays your salary of $1,200 monthly."),
    ("en-site", "Background check: $49.95, paid on the site verifynow.example.",
     "Background check through Sterling (cost $45, paid by us on their website)."),
    ("en-site-shipped", "The onboarding payment of $85 is made by card on the portal onboardpass.example.",
     "Onboarding: a laptop worth $1,200 shipped to you, tracked via the portal."),
    ("ru-partner", "Проверку проводит наш партнёр — оплата 240 000 сум картой.",
     "Наш партнёр оплачивает обучение стоимостью 2 000 000 сум."),
    ("ru-site", "Проверка благонадёжности — 240 000 сум, оплата на сайте verify.example.",
     "Справку о несудимости вы получаете сами на Госуслугах, госпошлину 300 сум на сайте возмещаем."),
    ("uz-latn-partner", "Tekshiruvni hamkorimiz o'tkazadi — to'lov 240 000 so'm.",
     "Hamkorimiz trening narxini to'laydi — 2 000 000 so'm."),
    ("uz-latn-site", "Onboarding va trening uchun 180 000 so'm onboarding.example saytida to'lanadi.",
     "Ma'lumotnoma uchun davlat boji 34 000 so'm my.gov.uz saytida to'lanadi, kompaniya qaytaradi."),
    ("uz-cyrl-site", "Онбординг ва тренинг учун 180 000 сўм onboarding.example сайтида тўланади.",
     "Маълумотнома учун давлат божи 34 000 сўм my.gov.uz сайтида тўланади, компания қайтаради."),
    ("fa-partner", "بررسی سوابق را شریک ما انجام می‌دهد — هزینه ۹۰۰ هزار تومان.",
     "شریک ما هزینه دوره ۲ میلیون تومانی را پرداخت می‌کند."),
    ("fa-site", "بررسی سوابق ۹۰۰ هزار تومان در سایت verify.example پرداخت می‌شود.",
     "گواهی عدم سوءپیشینه را از دفتر پلیس +۱۰ می‌گیرید و هزینه‌اش با اولین حقوق برگردانده می‌شود."),
]


@pytest.mark.parametrize("lang,asked,honest", STEPS_PAID_TO_A_PARTNER_OR_A_SITE,
                         ids=[c[0] for c in STEPS_PAID_TO_A_PARTNER_OR_A_SITE])
def test_a_hiring_step_paid_to_our_partner_or_on_a_site_is_a_fee(lang: str, asked: str, honest: str) -> None:
    assert "upfront_fee" in _codes(asked + FILLER), lang
    assert "upfront_fee" not in _codes(honest + FILLER), lang


# Goods ordered in the seeker's name and forwarded abroad or to "our clients", or items sent with the labels "we" send,
# are reshipping; not a company laptop ordered in the hire's name, the laptop sent back with the employer's prepaid
# label, nor a warehouse shipping its customers' orders.
GOODS_RESHIPPED = [
    ("en-in-your-name", "Receive laptops ordered in your name and forward them to our clients abroad.",
     "Your company laptop is ordered in your name and shipped to your home; return it with the label we provide."),
    ("en-forwarded-later", "Receive phones ordered in your name from US stores. Repack and forward the items.",
     "Your company laptop is ordered in your name. Please forward your I-9 documents to HR."),
    ("en-our-labels", "Repack and forward the items with the labels our logistics team sends you.",
     "If you leave, send the laptop back with the prepaid label we email you."),
    ("ru", "Отправляйте посылки с этикетками, которые мы пришлём.",
     "Ноутбук компании оформлен на ваше имя; при увольнении верните его курьером, которого мы пришлём."),
    ("uz-latn", "Posilkalarni biz yuborgan yorliqlar bilan jo'nating.",
     "Noutbukni ishdan ketganingizda biz yuborgan kuryerga qaytarasiz."),
    ("uz-cyrl", "Посилкаларни биз юборган ёрлиқлар билан жўнатинг.",
     "Ноутбукни ишдан кетганингизда биз юборган курьерга қайтарасиз."),
    ("fa", "گوشی‌هایی که به نام شما سفارش داده می‌شود را دریافت و برای مشتریان خارج ارسال کنید.",
     "لپ‌تاپ شرکت را تیپاکس برایتان می‌فرستد و هنگام پایان همکاری با هزینه شرکت برمی‌گردانید."),
]


@pytest.mark.parametrize("lang,reshipped,honest", GOODS_RESHIPPED, ids=[c[0] for c in GOODS_RESHIPPED])
def test_goods_ordered_in_your_name_or_sent_with_our_labels_are_reshipping(lang: str, reshipped: str,
                                                                         honest: str) -> None:
    assert "money_mule" in _codes(reshipped + FILLER), lang
    assert "money_mule" not in _codes(honest + FILLER), lang


# Hired with no spoken interview at all, only a chat, is pressure as "no interview" is (a soft sign); said of the
# interview or the offer, not of the work ("Работа без звонков": data entry with no phone work), nor an employer
# saying it never hires without a call.
NO_CALL_AT_ALL = [
    ("en", "Interviews are by text on Telegram. No phone or video interview is needed.",
     "Chat support only, no phone calls; interviews on Zoom with our team lead."),
    ("en-offer", "Offers are sent right after the chat, without any calls.",
     "We never make offers without a video interview."),
    ("ru", "Собеседование в переписке, без звонка.", "Работа без звонков и без продаж, собеседование в офисе."),
    ("uz-latn", "Suhbat Telegramda yozma, qo'ng'iroq shart emas.", "Hech kimni qo'ng'iroqsiz ishga olmaymiz."),
    ("uz-cyrl", "Суҳбат Телеграмда ёзма, қўнғироқ шарт эмас.", "Ҳеч кимни қўнғироқсиз ишга олмаймиз."),
    ("fa", "مصاحبه متنی در تلگرام، بدون تماس تصویری.", "پشتیبانی چت آنلاین، بدون تماس تلفنی."),
]


@pytest.mark.parametrize("lang,chat_only,honest", NO_CALL_AT_ALL, ids=[c[0] for c in NO_CALL_AT_ALL])
def test_hired_with_no_spoken_interview_is_a_soft_sign(lang: str, chat_only: str, honest: str) -> None:
    assert "urgency" in _codes(chat_only + FILLER), lang
    assert "urgency" not in _codes(honest + FILLER), lang
