"""Bank details, ID documents and one-time codes asked for: ``BANK_OR_ID`` (a card's number, bank
details, an SSN), ``ID_DOCUMENT`` (a passport or an ID sent, its copy, photo or a selfie with it) and ``SMS_CODE`` (an
SMS, one-time or remote-access code handed on); and what excuses them: paperwork once hired (``HIRED``,
``PAPERWORK``), pay going to the seeker's card (``PAYOUT``), a payroll provider or the employer's own site as the place
(``PAYROLL_PLACE``, ``OWN_SITE``), but never a card's or a bank's secret (``CARD_SECRET``).
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _compile


# A card's number listed with its expiry date or its CVV (a twenty-first writer's «برای ثبت در سیستم حقوق: شماره کارت،
# تاریخ انقضا و کد تاییدی که بعدش پیامک می‌شه رو … بفرستید», "karta raqami va amal qilish muddatini", «номер карты и срок
# действия», "card number, expiry date"): one match, so that what no payroll needs stands in it (``CARD_SECRET``) and
# the hiring step or the payroll, which excuse the number alone, excuse none of it.
_CARDS_WITH_THEIR_EXPIRY: tuple[tuple[str, ...], ...] = (
    (r"card\s+numbers?\s*[,،]?\s*(?:(?:and|or|&|plus|with)\s+)?(?:the\s+|its\s+|your\s+|card\s+)?"
     r"(?:expir\w*(?:\s+dates?)?|cvv\w*|cvc\w*|security\s+code)", "card", "expiry", "expiration", "expires", "cvv",
     "cvv2", "cvc", "security"),
    (r"nomer\w*\s+kart\w*\s*[,،]?\s*(?:(?:i|ili|a\s+takje)\s+)?(?:(?:yeyo|yee|ee|yego)\s+)?(?:srok\w*\s+deystvi\w*"
     r"(?:\s+kart\w*)?|cvv\w*|cvc\w*)", "kart", "srok", "sroka", "srokom", "cvv", "cvv2", "cvc"),
    (r"karta\w*\s+(?:raqam|nomer)\w*\s*[,،]?\s*(?:(?:va|hamda|yoki)\s+)?(?:(?:uning|kartaning)\s+)?"
     r"(?:amal\s+qilish\s+muddat\w*|cvv\w*|cvc\w*)", "karta", "amal", "cvv", "cvv2", "cvc"),
    (r"شماره\w*\s+کارت\w*\s*[,،]?\s*(?:و\s+)?(?:تاریخ\s+انقضا\w*|cvv\w*|رمز\s+دوم)", "کارت", "انقضا", "انقضای",
     "cvv", "cvv2", "رمز"),
)

BANK_OR_ID = _compile(
    "social security number*", "ssn", "bank card number*", "credit card number*", "debit card number*",
    "credit card details", "card details", "card number*", "bank account number*", "bank account details",
    "bank details", "routing number*", "bank login*", "online banking password*", "online banking login*",
    "online banking username*", "online banking ~ password*", "online banking credentials", "banking username*",
    "banking password*",
    "password ~ online banking", "password ~ your ~ banking", "bank username*", "log in to your online banking",
    "log into your online banking", "login to your online banking", "sign in to your online banking",
    "digits on the back", "number on the front of your", "password you use for your bank",
    # a mobile bank's or a banking app's way in, as "mobil bank* ~ parol*" and «пароль от ~ банк*» say it
    "mobile bank* ~ password*", "mobile bank* ~ login*", "mobile bank* ~ pin", "banking app* ~ password*",
    "banking app* ~ login*", "bank app* ~ password*", "password* ~ mobile bank*", "password* ~ banking app*",
    # Uzbek
    "karta raqam*", "kartangiz raqam*", "kartangizni raqam*", "plastik karta* raqam*", "karta ma'lumot*",
    "kartangiz ma'lumot*", "karta amal qilish muddat*", "hisob raqamingiz*",
    "karta* orqasi*", "karta* orqa tomon*",  # its back ("orqasidagi kod"), not "karta orqali" (by card)
    # the number asked for in everyday words ("Plastik karta nomerini tashlang", "Karta nomeringizni yozing")
    "karta* nomer*", "kartangiz* nomer*",
    "mobil bank* ~ parol*", "internet bank* ~ parol*", "bank ilova* ~ parol*", "login va parolni",
    "ilovangizga biz kir*",
    # Russian
    "номер* карт*", "данные карт*", "реквизиты карт*", "срок действия карт*", "cvv", "cvc", "реквизиты вашей карт*",
    "скиньте ~ реквизит* ~ карт*", "пришлите ~ реквизит* ~ карт*", "отправьте ~ реквизит* ~ карт*",
    "карт* с двух сторон", "карт* с обеих сторон", "фото банковск* карт*",
    # the card itself, or the way into the bank's app, handed over
    "передаёте карту", "передаете карту", "передать свою карту", "передайте свою карту", "вход в мобильный банк",
    # … with its token ("открыть расчётный счёт, карту и токен отдать нашему бухгалтеру": a nominee director's)
    "токен* ~ отда*", "отда* ~ токен*", "токен* ~ переда*", "переда* ~ токен*", "hand over ~ token",
    "hand over ~ tokens", "give us ~ token", "give us ~ tokens", "token* ~ topshir*", "tokenni ~ ber*", "توکن ~ تحویل",
    "توکن ~ بدهید",
    "вход в онлайн-банк", "вход в онлайн банк", "войти в ваш ~ банк", "войдите в ваш ~ банк", "войти в свой ~ банк",
    "войти в ваш онлайн-банк", "войдите в ваш онлайн-банк", "войти в свой онлайн-банк", "войдите в свой онлайн-банк",
    "пароль от ~ банк*", "логин от ~ банк*", "логин и пароль от приложени*", "к вашему сбербанк*",
    "к вашему тинькофф*",
    # Persian
    "شماره کارت", "رمز دوم", "شماره حساب", "شماره شبا", "اطلاعات کارت", "cvv2", "تاریخ انقضای کارت",
    "تصویر کارت بانکی", "عکس کارت بانکی", "مشخصات کارت", "رمز اینترنت بانک", "نام کاربری اینترنت بانک",
    "رمز همراه بانک", "نام کاربری همراه بانک", "رمز ورود همراه بانک", "رمز ورود همراهبانک", "نام کاربری و رمز ورود",
    "اسکن کارت بانکی",
    # the CVV described rather than named ("три цифры на обороте карты", "۳ رقم پشت کارت")
    "на обороте карт*", "с обратной стороны карт*", "на обратной стороне карт*", "цифр* на обороте", "код на обороте",
    "رقم پشت کارت", "رقمی پشت کارت", "کد پشت کارت", "عدد پشت کارت", "cvc2",
    # the bank's app kept open or logged in while "they" work on the seeker's phone (a ninth writer's "موقع وصل شدن
    # اپ بانکت رو باز نگه دار")
    "اپ بانک* ~ باز نگه", "برنامه بانک* ~ باز نگه", "همراه بانک* ~ باز نگه", "اپلیکیشن بانک* ~ باز نگه",
    "keep your banking app open", "keep ~ bank* app* ~ open", "stay logged in to your ~ bank*",
    "stay logged into your ~ bank*", "keep ~ logged in to your ~ bank*", "держите ~ банковск* приложени* открыт*",
    "приложени* банка ~ открыт*", "не закрывайте ~ банковск* приложени*", "bank ilova* ~ ochiq",
    "bank ilovasini ochib ~ qo'ying",
    # the seeker's identity "verified" with a card (a twelfth writer's look-alike careers portal: "verify your identity
    # with a debit or credit card. A temporary authorization of $1.00–$4.99 is placed"), not a caller's by theirs
    # (from "your": a card after "to" is one to pay into, ``pay_into``, and "… asks you to verify" opens with "to")
    "your identity with a ~ card", "your identity with your ~ card",
    "подтверд* личност* ~ карт*", "личность с помощью ~ карт*", "shaxsingizni ~ karta* ~ tasdiqla*",
    "karta orqali ~ shaxsingizni tasdiqla*", "احراز هویت ~ با کارت بانکی", "تایید هویت ~ با کارت بانکی",
    "تأیید هویت ~ با کارت بانکی",
    raw=((r"code\s+on\s+the\s+back\s+of\s+(?:your|the)\s+(?:\S+\s+)?card", "on the back", "back"),
         *_CARDS_WITH_THEIR_EXPIRY),
)


# An Uzbek passport or ID card (its photo, copy or scan, or the card itself) sent: "pasport suratini yuboring",
# "passport rasmini tashlang", "ID-karta (pasport) ikkala tomoni surati" in a list of what to send, "pasportingizni
# ikki tomonini rasmga olib tashlang", "… suratga olib yuboring". The seeker's passport only named is no request
# ("Pasportingizda Toshkent propiskasi bo'lishi shart": a residence requirement), nor is a passport or ID card issued
# ("SIM-kartani pasportingizga rasmiylashtirish", "ID karta rasmiylashtirish") or photographed for at a studio ("pasport
# uchun rasmga tushish"). Its scan named in brackets is sent too ("Pasportning asosiy sahifasi (skan yoki aniq foto)").
_ID_OPENINGS = ((r"pasport", "pasport", "pasport*"), (r"passport", "passport", "passport*"),
                (r"id[- ]?kart", "kart", "id"))
_ID_PHOTO_SENT = tuple(
    (opening + r"\w*\s+(?:[^\s.!?;:]+\s+){0,3}?\(?" + rest, needle, key) for opening, needle, key in _ID_OPENINGS
    for rest in (r"(?:rasm(?:i|ini|lari\w*|ga(?!\s+tush))?|surat(?:i|ini|lari\w*|ga(?!\s+tush))|foto(?:si|sini"
                 r"|lari\w*)|nusxa\w*|skan\w*)(?!\w)", r"(?:yubor|jo'nat|tashla)\w*"))


# A twelfth writer's posts (tests/data/legitimacy_phrasings_l): a selfie holding the passport ("Pasportni yuzingiz
# yonida ushlab turgan selfi") and both sides of the ID card sent to a Telegram "HR", the Afghan ID (تذکره) and the
# passport photographed for a WhatsApp "NGO". Not a KYC specialist checking customers' passport selfies, nor a passport
# brought to the office.
# both sides of the ID card or the passport
_ID_BOTH_SIDES = (
    "id karta* ikki tomon*", "id karta* ikkala tomon*", "id-karta* ikki tomon*", "id-karta* ikkala tomon*",
    "паспорт* с двух сторон", "паспорт* с обеих сторон", "id-карт* с двух сторон", "id-карт* с обеих сторон",
    "удостоверени* с двух сторон", "удостоверени* с обеих сторон", "both sides of your id",
    "both sides of your passport", "both sides of your driver's licen?e", "پشت و روی کارت ملی", "پشت و روی تذکره",
    "پشت و روی شناسنامه", "دو طرف کارت ملی",
)
# the passport or the ID card held next to the face
_ID_BESIDE_THE_FACE = (
    "pasport* ~ yuzingiz yonida", "yuzingiz yonida ~ pasport*", "паспорт* ~ рядом с лицом", "рядом с лицом ~ паспорт*",
    "passport next to your face", "id next to your face", "holding your passport next to", "holding your id next to",
    "کارت ملی ~ کنار صورت", "کنار صورت ~ کارت ملی",
)
# a photo, a copy or a scan of the Afghan ID (تذکره) or the passport, in Persian
_TAZKIRA_AND_PASSPORT_COPIES = (
    "عکس تذکره", "کاپی تذکره", "کپی تذکره", "تصویر تذکره", "اسکن تذکره", "عکس پاسپورت", "کاپی پاسپورت", "کپی پاسپورت",
    "تصویر پاسپورت", "اسکن پاسپورت", "عکس گذرنامه", "کپی گذرنامه", "تصویر گذرنامه", "اسکن گذرنامه",
)
# a selfie with the passport or the ID card, in either order (Uzbek and Russian fold alike: "selfi"), not customers'
# ("проверка селфи клиентов с паспортом": a duty word inside the match is not read by ``duty``)
_ID_PAPERS = r"(?:pasport|passport|id[- ]?kart|udostovereni|(?<!\w)id(?:\s+card)?(?!\w)|driver'?s\s+licen[cs]e)"
_FA_ID_PAPERS = r"(?:کارت\s+ملی|پاسپورت|گذرنامه|تذکره|شناسنامه)"
_NOT_CUSTOMERS = r"(?:(?!kliy?ent|mijoz|customer|client|user|polzovatel|مشتری|کاربر)[^.!?\n؛؟])"
_ID_SELFIES = (
    (_ID_PAPERS + r"\w*" + _NOT_CUSTOMERS + "{0,60}?selfi", "selfi", "selfi*"),
    (r"selfi\w*" + _NOT_CUSTOMERS + "{0,40}?" + _ID_PAPERS, "selfi", "selfi*"),
    (_FA_ID_PAPERS + _NOT_CUSTOMERS + "{0,60}?سلفی", "سلفی"),
    (r"سلفی" + _NOT_CUSTOMERS + "{0,40}?" + _FA_ID_PAPERS, "سلفی"),
)
# an ID named and sent, in Persian ("تذکره و عکس را هم بفرستید", "کارت ملی را به واتساپ بفرستید"), as the Uzbek
# passport is (``_ID_PHOTO_SENT``)
_PERSIAN_ID_SENT = (
    (_FA_ID_PAPERS + r"(?!\w)" + _NOT_CUSTOMERS
     + r"{0,40}?(?:بفرستید|بفرستین|میفرستید|می\s+فرستید|ارسال\s*(?:کنید|کنین|نمایید))(?!\w)", "",
     "تذکره", "کارت", "پاسپورت", "گذرنامه", "شناسنامه"),
)
# "your ID, front and back" (a comma ends a phrase's gap)
_ID_FRONT_AND_BACK = (
    *((opening + r"(?:\s+card)?,?\s+(?:front\s+and\s+back|both\s+sides)(?!\w)", word, word)
      for opening, word in ((r"(?<!\w)id", "id"), ("passport", "passport"))),
)

# An ID's or a Social Security card's photo, scan or copy sent into a chat or a messenger (a hiring-process writer's
# "send a photo of the front and back of your driver's license and of your Social Security card to the interviewer in
# the Teams chat after the interview", «пришлите фото паспорта в Telegram», "pasport rasmini Telegramga yuboring", «عکس
# کارت ملی را در تلگرام بفرستید»): no step of hiring, before or after an interview or an offer, takes an ID that way
# (an I-9 looks at the documents on a live video call, an HR system or an office takes the copies), so such a request is
# never excused by the moment it names (``ID_SENT_TO_A_CHAT``). Not a warning against it, nor customers' IDs a support
# desk checks in its chat (a duty).
_CHAT_PLACES = r"(?:chat|telegram|whats\s?app|signal|viber|messenger|dm|direct\s+message|vatsap|lichk|messenjer)\w*"
_CHAT_KEYS_ID = ("chat", "chats", "telegram", "whats", "whatsapp", "signal", "viber", "messenger", "dm", "direct",
                 "vatsap", "lichku", "lichke", "lichka", "messenjer")
# (the ID itself sent there: not "upload it in the app, and message us in the chat if you get stuck")
# (nor a chat named only to be ruled out: "… a photo of your passport, never by e-mail or Telegram", «تصویر کارت ملی
# (فقط در پنل، نه در تلگرام یا واتس‌اپ)», a twenty-fourth writer's platforms that verify inside their own panel)
_TO_THE_CHAT_GAP = (r"(?:(?!(?<!\w)(?:(?:upload|app|portal|system|questions?|contact|message|write|if|yukla|ilova|savol"
                    r"|yoz|zagruz|prilojeni|vopros|pish|آپلود|بارگذاری|سامانه|سوال|پرسش)\w*|(?:not|never|nor|ne|ni|hech"
                    r"|emas|نه|هرگز|rather\s+than|instead\s+of)(?!\w)))[^.!?\n;؛؟])")
_RU_UZ_PAPER_KEYS = ("pasport*", "udostovereni*", "prav", "guvohnoma*", "snils")
_ID_SENT_TO_A_CHAT: tuple[tuple[str, ...], ...] = (
    # (English looked up by each opening word and run only on a text with a chat's word; Russian and Uzbek by the
    # paper's word: "chat" is in many English postings)
    *((opening + r"\s+of\s+(?:\S+\s+){0,6}?your\s+(?:\S+\s+){0,2}?"
       r"(?:driver'?s\s+licen[cs]e|passport|id|id\s+card|social\s+security\s+card|ssn\s+card|green\s+card|state\s+id)"
       r"(?!\w)(?:" + _TO_THE_CHAT_GAP + r"|\.(?=\w)){0,120}?(?<!\w)(?:in|on|via|over|through|into|to)\s+"
       r"(?:\S+\s+){0,3}?" + _CHAT_PLACES, needle, *_CHAT_KEYS_ID)
      for opening, needle in ((r"photos?", "photo"), (r"pictures?", "picture"), (r"images?", "image"),
                              (r"scans?", "scan"), (r"cop(?:y|ies)", "cop"))),
    (r"(?:foto|skan|kopi|snimk|fotografi)\w*\s+(?:\S+\s+){0,3}?(?:pasport|udostovereni|voditel\w*\s+prav|id[- ]?kart"
     r"|snils)\w*" + _TO_THE_CHAT_GAP + r"{0,120}?(?<!\w)" + _CHAT_PLACES, "", *_RU_UZ_PAPER_KEYS),
    (r"(?<!\w)(?:v\s+)?" + _CHAT_PLACES + r"\s+(?:\S+\s+){0,3}?(?:foto|skan|kopi)\w*\s+(?:\S+\s+){0,2}?"
     r"(?:pasport|udostovereni|voditel\w*\s+prav|id[- ]?kart)\w*", "", *_RU_UZ_PAPER_KEYS),
    (r"(?:pasport|id[- ]?karta|guvohnoma)\w*\s+(?:\S+\s+){0,3}?(?:rasm|surat|foto|nusxa|skan)\w*" + _TO_THE_CHAT_GAP
     + r"{0,80}?(?<!\w)" + _CHAT_PLACES, "", *_RU_UZ_PAPER_KEYS),
    (r"(?:عکس|تصویر|اسکن|کپی)\s+(?:\S+\s+){0,2}?(?:کارت\s+ملی|پاسپورت|گذرنامه|شناسنامه|گواهینامه|تذکره)"
     + _TO_THE_CHAT_GAP + r"{0,100}?(?:تلگرام|واتساپ|واتس\s?اپ|چت|پیوی|دایرکت|پیام\s?رسان)", "",
     "تلگرام", "واتساپ", "واتس", "چت", "پیوی", "دایرکت", "پیام", "پیامرسان"),
)
ID_SENT_TO_A_CHAT = _compile(raw=_ID_SENT_TO_A_CHAT).pattern

ID_DOCUMENT = _compile(
    "passport copy", "copy of your passport", "copy of your id", "scan of your passport", "passport number*",
    "passport scan*", "driver's licen?e number*", "photo of your id", "photo of your driver's licen?e",
    "copy of your driver's licen?e", "picture of your id", "picture of your driver's licen?e",
    "front and back of your id",
    # … and its photo taken (a seventeenth writer's "Upload a photo of your passport", «сфотографировать свой паспорт»)
    "photo of your passport", "picture of your passport", "photo of your national id*", "photograph your passport",
    "photograph your id", "сфотографир* свой паспорт*", "сфотографир* ваш паспорт*", "сфотографир* свою id*",
    "сфотографир* вашу id*",
    "pasport nusxa*", "pasport ma'lumot*", "pasport seriya*", "pasport* bilan selfi*", "pasportni qo'lda*",
    # an ID card (Uzbekistan's biometric "ID karta"), its photo or copy sent
    "id karta* nusxa*", "id karta* skan*", "id-karta* nusxa*", "id karta* ~ yuboring", "id-karta* ~ yuboring",
    "паспортные данные", "копи* паспорт*", "скан* паспорт*", "фото паспорт*", "серия паспорт*",
    "паспорт ~ скиньте", "паспорт ~ отправьте", "паспорт ~ пришлите", "скиньте ~ паспорт*", "отправьте ~ паспорт*",
    "пришлите ~ паспорт*", "селфи с паспорт*", "паспорт* в руке",
    "کپی کارت ملی", "تصویر کارت ملی", "عکس کارت ملی", "عکس شناسنامه", "تصویر شناسنامه", "کپی شناسنامه",
    "اسکن کارت ملی",
    *_ID_BOTH_SIDES, *_ID_BESIDE_THE_FACE, *_TAZKIRA_AND_PASSPORT_COPIES,
    raw=(*_ID_PHOTO_SENT, *_ID_SELFIES, *_PERSIAN_ID_SENT, *_ID_FRONT_AND_BACK, *_ID_SENT_TO_A_CHAT),
)

# Paperwork said to come once the seeker is hired, or the offer accepted or the contract signed ("After you accept
# the offer, HR will ask for … your bank details for payroll", "После подписания договора бухгалтерия попросит
# реквизиты вашей карты", "بعد از استخدام، … شماره کارت از شما گرفته می‌شود"): how payroll starts; the scam asks a
# stranger for the card or the passport first. Read over the whole sentence (a comma after "Once hired" does not end
# what it says), for ID documents (``PAPERWORK``) and bank details alike.
_HIRED_PHRASES = (
    "once hired", "once you are hired", "once you're hired", "after hiring", "after you are hired",
    "after you're hired", "upon hiring", "after you accept ~ offer", "once you accept ~ offer",
    "after you accept", "once you accept",
    "after accepting ~ offer", "upon accepting ~ offer", "when you accept ~ offer", "after you sign ~ contract",
    "once you sign ~ contract", "after signing ~ contract", "upon signing ~ contract", "during onboarding",
    "at onboarding", "on your first day", "hr will",
    "ishga qabul qilingan*", "ishga qabul qilingach", "ishga olingan*", "ishga olingach", "shartnoma imzolangan*",
    "shartnoma imzolangach", "shartnoma imzolagach", "shartnomani imzolagan*", "shartnoma tuzilgan*",
    "после приема на работу", "после приёма на работу", "после трудоустройства", "после оформления",
    "при оформлении на работу", "после подписания ~ договор*", "после заключения ~ договор*",
    "پس از استخدام", "بعد از استخدام", "بعد استخدام", "پس از عقد قرارداد", "بعد از عقد قرارداد",
    "پس از امضای قرارداد", "بعد از امضای قرارداد", "بعد از امضا قرارداد",
    "ishga qabul qilinsangiz", "ishga olinsangiz", "ishga kirgach", "ishga kirganingizdan*", "ishga kirgandan*",
    "ishga rasmiylashtirilgan*", "ishga rasmiylashtirilgach", "shartnoma tuzilgach", "birinchi ish kuni*",
    "при приеме на работу", "при приёме на работу", "при трудоустройстве", "после зачисления в штат",
    "после приема в штат", "после приёма в штат", "после выхода на работу", "в первый рабочий день",
    "после принятия оффер*", "после принятия ~ предложени*",
    # after a (written) offer, received or accepted
    "only after ~ offer", "after ~ written offer", "after receiving ~ offer", "once you receive ~ offer",
    "after you receive ~ offer", "once ~ offer is accepted", "taklif* olganingizdan keyin",
    "taklifni qabul qilganingizdan keyin", "yozma taklif* ~ keyin", "после получения ~ оффер*",
    "после получения ~ предложени*", "только после ~ оффер*", "после письменного ~ предложени*",
    "پس از ~ پیشنهاد کتبی", "بعد از ~ پیشنهاد کتبی", "پس از پذیرش ~ پیشنهاد", "بعد از پذیرش ~ پیشنهاد",
    # … sent by the employer, named between (a twenty-sixth writer's "after the employer sends you a written offer, you
    # upload a passport copy to our candidate portal")
    "after ~ sends you ~ offer", "once ~ sends you ~ offer", "after ~ has sent you ~ offer",
    "после того как ~ пришл* ~ оффер*", "после того как ~ отправ* ~ оффер*", "taklif* yuborganidan keyin",
    "پس از اینکه ~ پیشنهاد ~ فرستاد", "بعد از اینکه ~ پیشنهاد ~ فرستاد",
    "پس از دریافت ~ پیشنهاد", "بعد از دریافت ~ پیشنهاد",
    "once onboarded", "after onboarding", "upon onboarding", "once onboarding", "upon joining", "once you join",
    "after you join", "after joining", "once employed", "upon employment", "upon hire", "after the offer is accepted",
    "once the contract is signed", "after the contract is signed", "once you start", "after you start",
    # … the seeker's or "their" contract signed, and in Uzbek the signing and then the step ("mehnat shartnomasini
    # imzolash → shundan keyin buxgalteriya … kartangiz raqamini … so'raydi")
    "after ~ contract is signed", "once ~ contract is signed", "after ~ contract has been signed",
    "shartnoma* imzola* ~ keyin", "shartnoma* imzola* ~ so'ng",
    # after an offer, however made (a twelfth writer's HR coordinator: "after an offer, you'll be asked for your ID and
    # Social Security number through Rippling")
    "after an offer", "after a job offer", "after the offer", "once an offer", "after an offer is made",
    "after ~ conditional offer", "once ~ conditional offer",
    "после оффера", "после предложения о работе", "после предложения работы", "taklifdan keyin", "taklifdan so'ng",
    "ish taklifidan keyin", "offerdan keyin", "پس از پیشنهاد شغلی", "بعد از پیشنهاد شغلی", "پس از آفر", "بعد از آفر",
    "پس از ارائه پیشنهاد", "بعد از ارائه پیشنهاد",
    # an offer signed (a tenth writer's "After you sign the offer we run a background check …, and only then ask for
    # your ID and bank details for payroll")
    "after you sign ~ offer", "once you sign ~ offer", "after signing ~ offer", "once ~ offer is signed",
    "after ~ offer is signed", "после подписания ~ оффер*", "offerni imzolaganingizdan keyin",
    "taklifnomani imzolaganingizdan keyin", "پس از امضای ~ پیشنهاد", "بعد از امضای ~ پیشنهاد",
    # Persian: after or upon (in case of) being taken on, accepted, passing the selection or signing, in any of
    # the ways a post says it ("پس از جذب", "در صورت پذیرش", "بعد از تقرر"), not after registering (the scam)
    *(f"{after} {event}" for after in ("پس از", "بعد از", "بعد", "در صورت", "هنگام")
      for event in ("استخدام", "عقد قرارداد", "امضای قرارداد", "امضا قرارداد", "انعقاد قرارداد", "شروع همکاری",
                    "آغاز همکاری", "شروع به کار", "جذب", "پذیرش", "قبولی", "تقرر", "گزینش", "تایید نهایی",
                    "تأیید نهایی")),
    # on the day the contract is signed, in person (a twenty-second writer's «مدارک هویتی و شماره حساب خود شما فقط روز
    # عقد قرارداد و در دفتر کارخانه گرفته می‌شود»); not "for" the contract (the scam's «для подписания договора
    # пришлите»)
    *(f"روز {event}" for event in ("عقد قرارداد", "امضای قرارداد", "امضا قرارداد", "انعقاد قرارداد", "شروع همکاری",
                                   "شروع به کار")),
    # (Russian and Uzbek read the day of signing already: «в день подписания договора», "shartnoma imzolash kuni")
    "on the day you sign ~ contract", "on the day of ~ contract signing", "at contract signing",
    "at the contract signing", "at the signing of ~ contract",
    # … or while it is signed (a family office's "you will be asked for a passport copy at that stage and again when
    # signing the contract", «копию паспорта вы передаёте при подписании договора»; Uzbek's "shartnomani imzolashda"
    # is read already)
    "when signing ~ contract", "when you sign ~ contract", "while signing ~ contract", "при подписании ~ договор*",
    "при заключении ~ договор*",
)
# … and the step with the seeker doing it, in whatever tense ("Once you've signed the offer letter", «Когда вы примете
# предложение», «وقتی قرارداد را امضا کردید», «بعد از اینکه پیشنهاد را پذیرفتید»), as "once you accept ~ offer" already
# read; one pattern a language (Russian folded to Latin, as the text is): as a hundred phrases more, they had made each
# search of the hiring phrases 60 % slower (52 -> 85 µs on a 600-character text; 58 µs so)
_HIRED_STEPS = (
    r"(?:once|after|when)\s+you(?:'ve|\s+have)\s+(?:(?:accepted|signed)\s+(?:\S+\s+){0,3}?(?:offer|contract)"
    r"|been\s+(?:hired|onboarded))",
    r"(?:kogda|kak\s+tolko|posle\s+togo\s+kak)\s+vi\s+(?:primete|prinyali|podpishete|podpisali)\s+(?:\S+\s+){0,3}?"
    r"(?:offer|predlojeni|dogovor)\w*",
    r"(?:وقتی|(?:بعد|پس)\s+از\s+این\s?که)\s+(?:(?:قرارداد|پیشنهاد(?:\s+شغلی)?|آفر)\s+را\s+(?:امضا\s+کردید|پذیرفتید"
    r"|قبول\s+کردید)|استخدام\s+شدید)",
)
HIRED = _compile(*_HIRED_PHRASES, raw=((r"(?<!\w)onboarding\s*:", "onboarding"), *_HIRED_STEPS)).pattern

# What no payroll needs, hired or not: a card's security code, expiry date or back, a bank's password or login. A
# request for one is not excused by ``HIRED`` or ``PAYOUT`` ("Once hired, send your card's CVV" is the scam).
CARD_SECRET = _compile(
    "cvv*", "cvc*", "digits on the back", "password*", "login*", "credentials", "expir* date", "security code*",
    "expir*", "karta amal qilish muddat*", "amal qilish muddat*", "karta* orqasi*", "karta* orqa tomon*", "parol*",
    "login va parol*", "ilovangizga biz kir*",
    "срок действия карт*", "срок* действи*", "пароль*", "логин*", "вход в мобильный банк", "вход в онлайн-банк",
    "вход в онлайн банк",
    "رمز*", "تاریخ انقضا*", "نام کاربری",
).pattern

# An ID document to bring to the office or the interview, or in a list of the documents hiring needs, is
# ordinary paperwork in Uzbekistan, Russia and Iran ("pasport nusxasi va 3x4 rasm olib keling", "Hujjatlar:
# pasport nusxasi, diplom nusxasi"); the scam has it sent online to a stranger first.
PAPERWORK = _compile(
    "bring", "in person", "at the interview", "to the interview", "at our office", "to our office",
    "required documents", "documents required",
    "olib keling", "olib kelish*", "o'zingiz bilan", "ofisga", "suhbatga", "hujjatlar", "kerakli hujjatlar",
    "при себе", "с собой", "принести", "приносить", "на собеседование", "в офис", "документы",
    "необходимые документы", "при трудоустройстве",
    "همراه داشته باشید", "همراه خود", "به دفتر", "حضوری", "هنگام مصاحبه", "مدارک لازم", "مدارک مورد نیاز",
    "بیاورید", "بیارید", "بیارین",  # (bring: «روز شنبه که میاید شرکت این‌ها رو بیارید:\n- کپی کارت ملی»)
    # … or taken by the courier on delivery, in person (the company's laptop sent to a new hire: «При получении
    # подпишите акт, в акт курьер впишет ваши паспортные данные»)
    "on delivery", "upon delivery", "at delivery", "the courier will write", "при получении", "при доставке",
    "курьер впишет", "курьер запишет", "qabul qilishda", "yetkazib berishda", "kuryer yozadi", "هنگام تحویل",
    "موقع تحویل", "زمان تحویل",
    "talablar", "требования",  # a requirements heading over the list ("Talablar: …, pasport nusxasi, …")
    # … or handed to HR or accounting once hired ("Ishga qabul qilingach, pasport nusxasini kadrlar bo'limiga
    # topshirasiz"), as the card number for payroll is (``PAYOUT``)
    "ishga qabul qilingan*", "ishga qabul qilingach", "ishga olingan*", "ishga olingach", "buxgalteriya*",
    "kadrlar bo'lim*", "xodimlar bo'lim*", "hr bo'lim*",
    # (and as typed without apostrophes, where the match needs none: "pasport nusxasini kadrlar bolimiga")
    "ozingiz bilan", "kadrlar bolim*", "xodimlar bolim*", "hr bolim*",
    "после оформления", "при оформлении", "после трудоустройства", "после приема на работу",
    "после приёма на работу", "в бухгалтерию", "в отдел кадров", "в отдел персонала",
    "پس از استخدام", "بعد از استخدام", "به واحد مالی", "به امور اداری", "به واحد منابع انسانی", "به منابع انسانی",
    "به کارگزینی",
    "once hired", "once you are hired", "once you're hired", "after hiring", "after you are hired",
    "after you're hired", "upon hiring", "to hr", "to our hr", "hr department", "accounting department",
    "to payroll",
    # … or checked by a payroll or freelance platform itself, inside it ("личность Deel проверяет сам при регистрации
    # (паспорт и селфи внутри Deel)"), not sent to a person
    *(f"{inside} {platform}" for platform in ("deel", "upwork", "rippling", "oyster")
      for inside in ("inside", "within", "внутри", "داخل")),
    *(f"{platform} ichida" for platform in ("deel", "upwork", "rippling", "oyster")),
    # after an interview the seeker has met the employer: the reason's "before you meet" no longer holds
    "after the interview", "after an interview", "после собеседования", "suhbatdan keyin", "suhbatdan so'ng",
    "بعد از مصاحبه", "پس از مصاحبه",
    *_HIRED_PHRASES,
    raw=_HIRED_STEPS,
).pattern

# Pay going *to* the worker's card ("ish haqi karta raqamingizga o'tkaziladi", "حقوق به شماره کارت شما واریز
# می‌شود") is how pay works in Uzbekistan and Iran, not a request for the number.
# Nor is the number given to the employer's accounting or HR department once hired ("karta raqamingizni
# buxgalteriyaga topshirasiz"): that is how payroll starts, the scam asks a stranger for it first.
PAYOUT = _compile(
    "o'tkaziladi", "o'tkazib beriladi", "o'tkazib boriladi", "tushib turadi",
    "перечисля*", "выплачива*", "зачисля*",
    "واریز می شود", "واریز میشود", "واریز خواهد شد", "پرداخت می شود", "پرداخت میشود", "پرداخت خواهد شد",
    "buxgalteriyaga", "kadrlar bo'limiga", "ishga qabul qilingandan so'ng", "ishga qabul qilingach",
    "в бухгалтерию", "в бухгалтерии", "в отдел кадров", "в отделе кадров", "после трудоустройства",
    "после оформления", "buxgalteriyada", "kadrlar bo'limida",
    # (and as typed without apostrophes, where the match needs none: "ish haqi karta raqamingizga otkaziladi")
    "otkaziladi", "otkazib beriladi", "otkazib boriladi", "kadrlar bolimiga", "ishga qabul qilingandan song",
    "kadrlar bolimida",
    "به واحد مالی", "به امور اداری", "پس از استخدام",
    # … nor is a card seen masked, by its last four digits only ("شماره کارت را در سامانه فقط با چهار رقم آخر
    # می‌بینید", "в системе вы видите только последние 4 цифры карты"): no one pays or takes money with those
    "last four digits", "last 4 digits", "последн* 4 цифр*", "последн* четыр* цифр*", "oxirgi 4 raqam*",
    "oxirgi 4 ta raqam*", "oxirgi to'rt* raqam*", "oxirgi tort* raqam*", "چهار رقم آخر", "4 رقم آخر",
).pattern

# Nor are the seeker's own bank details entered in a payroll provider's account, portal or invite ("Enter your bank
# details in Gusto for direct deposit", "you'll get an invite from Gusto to enter your bank details", «вы сами вводите в
# личном кабинете Deel», "Deel kabinetiga o'zingiz kiritasiz", «در پنل Deel وارد کنید»): how a remote employer's
# direct deposit is set up (``entered_in_payroll``). The provider is named as the place in the match's clause
# (``PAYROLL_PLACE``: a preposition before its name, its "account", "invite" or "portal" after, in each language; a
# link or a look-alike domain is one word to the exceptions, "gusto-payroll-verify.com" no provider); and nothing in
# the sentence has them sent to a person, a chat, an e-mail or a form (``SENT_TO_SOMEONE``: "Send your bank details to
# our recruiter by e-mail, and she will add them to Gusto"). A card's or a bank's secret is never excused
# (``CARD_SECRET``).
_PAYROLL_PROVIDERS = (r"(?:gusto|deel|rippling|adp|paychex|justworks|trinet|oyster|paylocity|paycom|bamboo\s?hr|onpay"
                      r"|zenefits|papaya\s+global)")
PAYROLL_PLACE = re.compile(
    r"(?<!\w)(?:(?:in|into|on|through|via|from|inside|within|using|with|at)\s+(?:(?:your|our|the|a|an)\s+)?"
    r"(?:own\s+)?" + _PAYROLL_PROVIDERS + r"(?![\w-])"
    r"|" + _PAYROLL_PROVIDERS + r"(?:'s)?\s+(?:link|invite|invitation|account|portal|app|profile|dashboard|onboarding"
    r"|self-service)"
    r"|(?:v|cherez|ot|vnutri|na\s+platforme|(?:v\s+)?(?:lichnom\s+)?kabinete|v\s+prilojenii)\s+" + _PAYROLL_PROVIDERS
    + r"(?![\w-])"
    r"|" + _PAYROLL_PROVIDERS + r"'?(?:da|ga|dagi)?\s+(?:orqali|ichida|kabinet\w*|ilova\w*|platforma\w*|profil\w*"
    r"|akkaunt\w*|havola\w*)|" + _PAYROLL_PROVIDERS + r"'?(?:da|ga)(?!\w)"
    r"|(?:در|از\s+طریق|داخل|توی|تو|از|توسط)\s+(?:(?:پنل|سامانه|حساب|اپلیکیشن|اپ|سایت|پلتفرم|لینک)\s+)?"
    + _PAYROLL_PROVIDERS + r"(?![\w-])"
    # … or the provider collecting them itself, as the clause's subject (an honest contractor post's "Deel collects your
    # bank details inside its own app", «реквизиты собирает Deel», "karta raqamingizni Deel o'z ilovasida so'raydi",
    # «… را Deel در اپلیکیشن خودش دریافت می‌کند»), or its agent ("collected by ADP")
    r"|" + _PAYROLL_PROVIDERS + r"(?:'s)?\s+(?:(?:itself|then|also|securely|will|only|directly|sam|sama|samo)\s+){0,2}"
    r"(?:collects?|gathers?|requests?|stores?|holds?|handles?|takes?|receives?|asks\s+(?:you\s+)?for|sobira|zaprashiva"
    r"|hrani|poluchaye|prinimaye)\w*"
    r"|(?:collected|gathered|stored|held|handled|requested|taken|received)\s+(?:\S+\s+)?by\s+" + _PAYROLL_PROVIDERS
    + r"(?![\w-])|(?:sobira|zaprashiva|hrani|poluchaye|prinimaye)\w*\s+(?:sam\w*\s+)?" + _PAYROLL_PROVIDERS
    + r"(?![\w-])"
    r"|" + _PAYROLL_PROVIDERS + r"\s+(?:o'z\w*\s+)?(?:\S+\s+){0,2}?(?:yig'|so'ray|so'rab|qabul\s+qil|saqla)\w*"
    r"|" + _PAYROLL_PROVIDERS + r"\s[^.!?\n،؛]{0,40}?(?:دریافت|جمع\s*آوری|ذخیره|ثبت)\s*(?:میکند|می\s*کند|میکنه"
    r"|می\s*کنه)(?!\w))")
SENT_TO_SOMEONE = _compile(
    "telegram*", "whatsapp", "viber", "signal", "dm", "direct message", "chat", "to us", "to me", "to ~ recruiter*",
    "to ~ manager*", "to ~ coordinator*", "this form", "google form*", "by e-mail", "by email", "via e-mail",
    "via email", "e-mail us", "email us", "e-mail them", "email them", "e-mail it", "email it", "e-mail your",
    "email your", "text us", "message us",
    "телеграм*", "ватсап*", "вайбер*", "на почту", "по почте", "нам", "мне", "менеджеру", "рекрутеру", "куратору",
    "в чат", "в личку", "в лс", "форму", "анкету",
    "bizga", "menga", "menejerga", "adminga", "kuratorga", "pochta*", "chat*", "lichka*", "shaklni", "anketani",
    "تلگرام", "واتساپ", "ایمیل", "برای ما", "به ما", "پیوی", "دایرکت", "فرم",
).pattern


# Nor is an identity check or a payout card the seeker completes on the employer's own site, account, portal, cabinet
# or panel, or through its identity-verification (KYC) provider (a twenty-fourth writer's microtask and annotation
# platforms: "Identity verification inside the Corvina portal through our KYC provider (ID + live selfie)", "inside
# your account, with our KYC provider: a photo of your passport and a selfie", "Karta raqamini faqat saytdagi shaxsiy
# kabinetingizda … kiritasiz", «Номер карты вы указываете только в защищённой форме на нашем сайте», «احراز هویت داخل
# پنل با … تصویر کارت ملی»): how such platforms verify and pay their workers. The place stands in the match's clause,
# said as the employer's own (inside it, "our own", a personal cabinet, a secure form, a withdrawal page, a KYC
# provider: ``OWN_SITE``; a plain «در پنل», "in the portal", is not, as a fourteenth writer's upload before the offer
# shows), and nothing in its sentence has the document or the number sent to a person, a chat, an e-mail or a
# form (``SENT_TO_SOMEONE``), a chat named only to be ruled out aside («فقط در پنل، نه در تلگرام», "not by e-mail":
# ``_RULED_OUT``), and the sentence says the check or the entry is done there (``OWN_SITE_STEP``). A card's or a
# bank's secret is never excused (``CARD_SECRET``), nor a card that proves the seeker's identity ("verify your
# identity with a card on our site": a look-alike portal's charge).
OWN_SITE = re.compile(
    r"(?<!\w)(?:(?:inside|within)\s+(?:(?:your|our|the|its|their)\s+)?(?:own\s+)?(?:[\w.-]+\s+){0,2}?(?:portal|account"
    r"|dashboard|profile|website|site|platform|app|panel|cabinet)"
    r"|(?:in|on|through|via|at)\s+(?:your|our|its|their)\s+own\s+(?:[\w.-]+\s+)?(?:portal|account|dashboard|profile"
    r"|website|site|platform|app|panel|cabinet)"
    r"|(?:withdrawal|payout|cash[- ]out)\s+page|(?:secure|protected|encrypted)\s+form"
    r"|(?:with|through|via|by|using)\s+(?:(?:our|a|an|the|their)\s+)?(?:[\w.-]+\s+)?(?:kyc|identity[- ]verification"
    r"|id[- ]verification|verification)\s+(?:provider|partner|service|vendor)s?"
    r"|v\s+lichnom\s+kabinete|vnutri\s+(?:\S+\s+)?(?:kabinet|sayt|portal|platform|prilojeni|profil)\w*"
    r"|(?:zashish|zashchish|bezopasn)\w*\s+form\w*|stranits\w*\s+(?:vivoda|viplat)"
    r"|cherez\s+(?:\S+\s+)?(?:kyc|servis\w*\s+verifikats\w*|verifikats\w*\s+(?:servis|partn|provayder)\w*)"
    r"|shaxsiy\s+kabinet\w*|sayt(?:ning|imiz(?:ning)?)?\s+o'zida|(?:sayt|platforma|portal|ilova|kabinet)\w*\s+ichida"
    r"|pul\s+yechish\s+sahifa\w*"
    r"|(?:داخل|درون)\s+(?:\S+\s+)?(?:پنل|پورتال|سایت|سامانه|حساب|اپلیکیشن|پروفایل|پلتفرم)"
    r"|(?:پنل|پورتال|سایت|سامانه)\s+خود|صفحه\s+برداشت"
    r"|(?:با|از\s+طریق|توسط)\s+(?:\S+\s+)?(?:سرویس|شرکت|ارائه\s?دهنده)\s+(?:احراز\s+هویت|kyc))(?!\w)")
# … where the sentence says the seeker's identity is checked there or the seeker enters or uploads it there ("for your
# work account in the Amazon panel: a photo of your national card …" says neither: the photo goes to whoever asks)
OWN_SITE_STEP = re.compile(
    r"(?<!\w)(?:verif\w*|kyc|enter\w*|upload\w*|verifik\w*|verifits\w*|proverk\w*|vvod\w*|vvedit\w*|ukaziva\w*"
    r"|ukajit\w*|zagruz\w*|vnosit\w*|zapoln\w*|tasdiqla\w*|kirit\w*|yukla\w*|احراز|هویت|وریفای|وارد|بارگذاری|آپلود)(?!\w)")


# A bank card's dynamic password (رمز پویا) sent or told ("یه رمز پویا براتون پیامک میشه، اونو بفرستید"), not named as a
# bank's service ("پیگیری شکایات رمز پویا": a complaints desk's duty)
_DYNAMIC_PASSWORD_SENT = (
    r"رمز\s+(?:های\s+)?پویا(?:ی|ها)?(?!\w)[^.!?\n؛؟]{0,60}?\s(?:بفرست\w*|ارسال\s*(?:کنید|کنین|کن|نمایید)|بدید|بدهید"
    r"|بدین|بده|بگید|بگویید|بگین|بگو|اعلام\s*(?:کنید|کنین|نمایید))(?!\w)|ارسال\s+رمز\s+پویا\s+(?:به|برای)\s+ما(?!\w)",
    "پویا", "پویا")


# A remote-access app's code or ID sent to "us" (a ninth writer's "AnyDesk рو نصب کن و کدش رو برامون بفرست", "install
# AnyDesk and send us the code"): the stranger takes over the seeker's phone; not AnyDesk as the job's tool ("1C
# serveriga AnyDesk orqali ulanasiz", "پشتیبانی مشتریان از طریق AnyDesk"). (``AnyDesk`` reads "any desk" once a
# posting's camel-case words are split.)
_REMOTE_APPS = (("any", "desk"), ("team", "viewer"), ("rust", "desk"), ("انی", "دسک"))
_CODE_WORD = r"(?<!\w)(?:codes?|kod\w*|id|کد\w*|آیدی|ایدی)(?!\w)"
_SEND_VERB = (r"(?:send|share|give|tell|text|yubor\w*|jo'nat\w*|ayt\w*|prishl\w*|otprav\w*|skin\w*|soobsh\w*|nazov\w*"
              r"|prodikt\w*|بفرست\w*|ارسال|بدید|بدهید|بگید|بگویید)(?!\w)")
# (one pattern for the app's name as one word and one for it as two, each run only on a text holding that form)
_REMOTE_ACCESS_CODE = tuple(
    (rf"{first}\s?{second}\w*[^.!?\n]{{0,80}}?(?:{_CODE_WORD}[^.!?\n]{{0,40}}?{_SEND_VERB}|{_SEND_VERB}[^.!?\n]{{0,40}}?"
     rf"{_CODE_WORD})", name, second, first + second)
    for first, second in _REMOTE_APPS for name in (f"{first} {second}", first + second)) + tuple(
    (rf"{_SEND_VERB}\s+(?:\S+\s+){{0,4}}?{first}\s?{second}\w*\s+(?:\S+\s+){{0,1}}?{_CODE_WORD}", name, second,
     first + second)
    for first, second in _REMOTE_APPS for name in (f"{first} {second}", first + second))

# … and one installed on the seeker's own phone or computer, its code or ID sent in the next sentence or on the next line
# (a nineteenth writer's "📲 Install TeamViewer QuickSupport on your phone\n🔑 Send the ID and the session password to
# @…", «برنامه AnyDesk را روی گوشی‌تان نصب کنید\n۲. کد ۹ رقمی آن را برای کارشناس فنی بفرستید»), that sentence an order
# to the seeker: opening with its verb ("Send …", «Пришлите …») or, as Uzbek, Persian and Russian may put it, ending
# with the seeker's ("… ID raqamini … yuboring", «کد … را … بفرستید»). Not the app on a company laptop or a client's
# computers ("IT installs TeamViewer on your company laptop"), nor an ID the job's clients send ("Clients share their ID
# with you"), nor a messenger's ID ("Send your CV and Telegram ID").
_OWN_DEVICE = (r"(?:(?:on|onto|to)\s+your\s+(?:own\s+)?(?:personal\s+)?(?:phone|smartphone|mobile|computer|laptop|pc"
               r"|device)s?|na\s+(?:svo|vash|tvo|lichn)\w*\s+(?:lichn\w*\s+)?(?:telefon|smartfon|kompyuter|noutbuk"
               r"|ustroystv|pk)\w*|(?:telefon|smartfon|kompyuter|noutbuk)ingiz\w*|(?:روی|رو|در|بر\s+روی|توی)\s+(?:گوشی"
               r"|موبایل|تلفن|کامپیوتر|لپتاپ|لپ\s+تاپ|رایانه)(?:تان|تون|ات|ت|\s+(?:خود\w*|شخصی(?:\s+\S+)?|شما)))(?!\w)")
_SEND_ORDER = (r"(?:send|share|give|tell|text|forward|dm|prishlite|otpravte|soobshite|skinte|nazovite|prodiktuyte"
               r"|yuboring|jo'nating|ayting|بفرستید|بدهید|بدید|بگویید|بگید|ارسال\s*کنید)(?!\w)")
_SENT_BY_YOU = (r"(?:yubor(?:ing|asiz)|jo'nat(?:ing|asiz)|ayt(?:ing|asiz)|prishlite|otpravte|soobshite|skinte|nazovite"
                r"|prodiktuyte|بفرستید|بفرستین|ارسال\s*(?:کنید|نمایید)|بدهید|بدید|بگویید|بگید)(?!\w)")
_ITS_CODE = r"(?<!telegram )(?<!skype )(?<!discord )(?<!تلگرام )" + _CODE_WORD
_REMOTE_ACCESS_CODE_NEXT = tuple(
    (rf"(?:{first}\s?{second}\w*[^\n]{{0,80}}?{_OWN_DEVICE}|{_OWN_DEVICE}[^\n]{{0,40}}?{first}\s?{second}\w*)"
     rf"(?:[^\n]{{0,80}}?[.!?]|[^\n]{{0,60}}?\n)(?:\s|\d{{1,2}}[.)]|[^\w\s]){{0,8}}?(?:(?:then|please|and|now|also"
     rf"|just|keyin|zatem|potom)\s+)?(?:{_SEND_ORDER}[^.!?\n]{{0,40}}?{_ITS_CODE}|[^.!?\n]{{0,60}}?{_ITS_CODE}"
     rf"[^.!?\n]{{0,40}}?{_SENT_BY_YOU})", "", second, first + second)
    for first, second in _REMOTE_APPS)

# A code sent to the seeker in one sentence ("You'll receive a code by SMS", «На ваш номер придёт PIN-код», "Sizga SMS
# orqali kod keladi", «یک کد برای شما پیامک می‌شود»), and the next one opening with "it" handed on to the employer's
# people ("Forward it to your manager.", «Сообщите его менеджеру.», "Uni menejerga ayting.", «آن را به مدیر بگویید.»):
# the pronoun refers back to the code, which no phrase names as asked for. The match is the code's sentence, from the
# code to what says it is sent, or back; the next sentence is read ahead (``_THEN_HANDED_ON``), its order opening it,
# so "Do not share it with anyone, including us", «Никому его не сообщайте», "Uni hech kimga aytmang" and "Enter it in
# the app" hand nothing on. (What is sent to the seeker and no more is no request: ``sent_to_the_seeker``.)
# (each alternative a pattern of its own, opening with its words: the regex engine skips ahead to them, where an
# alternation of openings is tried at each place one stands, "pin" inside every "shipping"; and run only on a text with
# a word of the code: ``_CODE_KEYS``, in English the code's own word. The text is single-spaced.)
_CODE_NAMED = {
    "en": ("codes?", "pin", "passcode", "otp"),
    "ru": ("kod(?:a|u|om)?",),
    "uz": ("kod(?:i|ni)?",),
    "fa": ("(?:کد|کدی|رمز)",),
}
_CODE_SENT = {
    "en": ("sms", "text message", "texted", "by text", "sent to (?:you|your phone)", "you'll (?:receive|get)",
           "you will (?:receive|get)"),
    "ru": (r"(?:sms|sms-\w+|soobshen\w*|pridyot|pridet|pridut|prixodit|prishlyut|otpravyat|vishlyut"
           r"|na vash (?:nomer|telefon))",),
    "uz": (r"(?:sms|sms-\w+|keladi|kelib tushadi|yuboriladi|jo'natiladi|jonatiladi|telefoningizga|raqamingizga)",),
    "fa": (r"(?:پیامک\w*|به گوشی|برای شما|برایتان|براتون)",),
}
# … before the code, in English only the forms that open a sentence ("You'll receive a code", "SMS with a code"):
# "code by text", "code sent to you" say it after the code
_CODE_SENT_BEFORE = {**_CODE_SENT, "en": ("sms", "you'll (?:receive|get)", "you will (?:receive|get)")}
_HANDED_ON_BY_PRONOUN = {
    "en": (r"(?:(?:please|then|just|now|and|so)\s+)?(?:forward|send|tell|give|read|text|pass|dictate|share|show)\s+"
           r"(?:it|them|this\s+code|the\s+code)\s+(?:back\s+|over\s+)?(?:to|with)\s+(?:us|me|@\w+|(?:our|the|your)\s+"
           r"(?:\S+\s+)?(?:manager|recruiter|operator|agent|coordinator|curator|hr|team|admin|administrator|supervisor"
           r"|mentor|representative|specialist|assistant|lead|boss|officer))(?!\w)"),
    "ru": (r"(?:(?:soobshite|pereshlite|otpravte|prishlite|skinte|prodiktuyte|nazovite|peredayte|skajite|napishite"
           r"|vishlite|ozvuchte)\s+(?:yego|yeyo|yee|ix)|(?:yego|yeyo|ix)\s+(?:(?:nujno|neobxodimo|nado)\s+"
           r"(?:soobshit|pereslat|prislat|skinut|prodiktovat|nazvat|peredat|skazat|napisat)|soobshite|pereshlite"
           r"|otpravte|prishlite|skinte|prodiktuyte|nazovite|peredayte|skajite|napishite|vishlite))(?!\w)"),
    "uz": (r"(?:uni|ularni|shuni|buni)\s+(?:\S+\s+){0,2}?(?:ayting|aytasiz|aytib\s+bering|yuboring|yuborasiz"
           r"|jo'nating|jo'natasiz|jonating|jonatasiz|bering|berasiz|tashlang|tashlaysiz|yozing|yozasiz|ko'rsating"
           r"|korsating)(?!\w)"),
    "fa": (r"(?:(?:آن|اون|آنها|اونا|این)\s*(?:را|رو)|اونو|اینو)\s+(?:\S+\s+){0,3}?(?:بفرستید|بفرستین|بفرست"
           r"|ارسال\s*(?:کنید|کنین|نمایید|کن)|بگویید|بگید|بگین|بگو|بدهید|بدید|بدین|بده"
           r"|اعلام\s*(?:کنید|کنین|نمایید))(?!\w)"),
}
_CODE_KEYS = {"en": {"codes?": ("code", "codes"), "pin": ("pin",), "passcode": ("passcode",), "otp": ("otp",)}}
_CODE_WORDS = {"en": ("code", "codes", "pin", "passcode", "otp"), "ru": ("kod", "koda", "kodu", "kodom"),
               "uz": ("kod", "kodi", "kodni"), "fa": ("کد", "کدی", "رمز")}


def _then_handed_on(lang: str) -> str:
    """The rest of the code's sentence and the next one opening with ``_HANDED_ON_BY_PRONOUN``, read ahead."""
    return r"(?=[^.!?\n]{0,60}?(?:[.!?]+\s*|\s*\n\s*)" + _HANDED_ON_BY_PRONOUN[lang] + ")"


def _one_of(alternatives: tuple[str, ...]) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_CODE_THEN_HANDED_ON = tuple(
    (code + r"(?!\w)[^.!?\n]{0,60}?" + _one_of(_CODE_SENT[lang]) + r"(?!\w)" + _then_handed_on(lang), "",
     *_CODE_KEYS.get(lang, {}).get(code, _CODE_WORDS[lang]))
    for lang in _CODE_NAMED for code in _CODE_NAMED[lang]) + tuple(
    (sent + r"(?!\w)[^.!?\n]{0,60}?" + _one_of(_CODE_NAMED[lang]) + r"(?!\w)" + _then_handed_on(lang), "",
     *_CODE_WORDS[lang])
    for lang in _CODE_SENT_BEFORE for sent in _CODE_SENT_BEFORE[lang])

# A twenty-eighth writer's posts (tests/data/legitimacy_phrasings_ab): an app, sideloaded as an APK, given access to
# the seeker's SMS («موقع نصب به برنامه دسترسی پیامک و اعلان‌ها رو بده تا کد فعال‌سازی خودکار وارد بشه»): it reads
# every bank code that comes. Not an app developer's work on SMS permissions, nor a post saying no app is installed.
_SMS_ACCESS_GIVEN = (
    *(f"{access} ~ {verb}" for access in ("دسترسی پیامک*", "دسترسی به پیامک*", "دسترسی خواندن پیامک*")
      for verb in ("بده", "بدهید", "بدید", "بدین", "بدی", "فعال کنید", "فعال کن")),
    *(f"{verb} ~ {access}" for verb in ("allow", "give", "grant")
      for access in ("access to your sms", "access to your text messages", "sms access", "sms permission*")),
    "read your sms", "read your text messages",
    *(f"{verb} ~ доступ к {sms}" for verb in ("дайте", "разрешите", "предоставьте", "открой", "дай")
      for sms in ("смс", "sms", "сообщениям")),
    "разрешение на чтение смс", "разрешение на чтение sms",
    "sms ga ruxsat bering", "smsga ruxsat bering", "sms larga ruxsat bering", "smslarga ruxsat bering",
    "sms xabarlarga ruxsat bering", "sms ni o'qishga ruxsat", "smslarni o'qishga ruxsat",
)
# Each code that arrives on the seeker's number forwarded to the employer's person (a thirty-first writer's "helpdesk"
# that registers the seeker's mobile number for accounts its clients open: "Forward each code to the shift supervisor
# in our Telegram group within 60 seconds", «Каждый код пересылаете куратору», "Har bir kodni supervayzerga
# yuborasiz", «هر کد را برای سرپرست بفرستید»); not a promo code handed to customers
_THE_EMPLOYERS_PEOPLE = (r"(?:supervisor|manager|curator|coordinator|team\s*lead|admin|operator|us|our\s+team"
                         r"|kurator\w*|menedjer\w*|supervayzer\w*|administrator\w*|nam|bizga|menejer\w*|admin\w*"
                         r"|سرپرست|مدیر|ادمین|پشتیبان|ما)")
_THE_EMPLOYERS_PERSON = _THE_EMPLOYERS_PEOPLE + r"(?!\w)"
_EACH_CODE_FORWARDED: tuple[tuple[str, ...], ...] = (
    (r"forward\w*\s+(?:each|every|all|the|these|those|any)\s+(?:\S+\s+)?codes?\s+to\s+(?:the\s+|our\s+|your\s+)?"
     r"(?:\S+\s+)?" + _THE_EMPLOYERS_PERSON, "forward", "forward", "forwarding", "forwards", "forwarded"),
    (r"(?:kajd\w*|vse)\s+kod\w*\s+(?:\S+\s+){0,2}?(?:peresila\w*|peresil\w*|otpravlya\w*|peredayo?\w*)\s+"
     r"(?:\S+\s+){0,2}?" + _THE_EMPLOYERS_PERSON, "kod", "kajdiy", "kajdoye", "kajduyu", "vse"),
    (r"har\s+bir\s+kod\w*\s+(?:\S+\s+){0,3}?" + _THE_EMPLOYERS_PEOPLE + r"(?:ga)?\s+(?:\S+\s+){0,2}?"
     r"(?:yuborasiz|yuboring|jo'natasiz|jo'nating|berasiz|o'tkazasiz)(?!\w)", "kod", "har"),
    (r"هر\s+کد\S*\s+(?:\S+\s+){0,2}?(?:را|رو)\s+(?:\S+\s+){0,2}?(?:برای|به)\s+" + _THE_EMPLOYERS_PERSON
     + r"(?:\s+\S+){0,2}?\s+(?:بفرستید|میفرستید|ارسال\s*(?:کنید|میکنید)|فوروارد\s*(?:کنید|میکنید))", "کد", "هر"),
)
SMS_CODE = _compile(
    *_SMS_ACCESS_GIVEN,
    "sms code*", "sms-code*", "verification code*", "one-time code*", "one time code*", "otp", "one-time password*",
    "confirmation code*", "code you receive", "code you will receive", "code ~ sent to your phone",
    "code ~ texted to you", "digit code",
    "sms kod*", "sms-kod*", "smsdagi kod*", "tasdiqlash kod*", "kelgan kod*", "kodni ayt*",
    # the code sent on by the seeker ("kodni adminga yuboring"), not "kodni qayta yuborish" (support resending it)
    "kodni ~ yuboring*", "kodni ~ yuborasiz", "kodni ~ yuborishingiz*", "kodni ~ yubor",
    # … its own code ("kirish kodini bizga berasiz") or handed over ("bering"; a tenth writer's account rental), in
    # Russian, English and Persian too ("передайте нам код", "give us the code", "کد ورود را بدهید")
    "kodini ~ yuboring*", "kodini ~ yuborasiz", "kodni ~ bering", "kodni ~ berasiz", "kodini ~ bering",
    "kodini ~ berasiz", "kodni bizga ~ yoz*", "kodni ~ bizga yozasiz", "kodni ~ bizga yozing", "kodni adminga ~ yoz*",
    "kodni menga ~ yoz*", "kodini bizga ~ yoz*", "code ~ telegram sends you", "code ~ telegram sent you",
    "code ~ the bot sends you", "code ~ our bot sends you", "передайте ~ код*", "передаёте нам ~ код*", "передаете нам ~ код*", "give us ~ code",
    "hand over ~ code", "کد ورود ~ بفرستید", "کد ورود ~ بدهید", "کد ورود ~ بدید",
    "смс код*", "смс-код*", "sms-код*", "код из смс", "код из sms", "код подтверждени*", "коды подтверждени*", "назовите код",
    "продиктуйте код", "код из сообщени*",
    "digit text", "text from our system",  # (English, kept in this place: the lexicon's order breaks ties)
    # the code told of by where it comes from ("the code from the SMS", "the code that comes to your phone", "the code
    # we text you"), a one-time one in Russian too («одноразовый код», «одноразовый пароль»), and in Persian the code
    # that comes to the seeker's phone («کدی که به گوشی شما می‌آید»)
    "code from the sms", "code from your sms", "code in the sms", "code from the text message",
    "code ~ comes to your phone", "code ~ come to your phone", "code ~ arrives on your phone", "code we text you",
    "code we send to your phone", "code we send you",
    # an account's login code (a twenty-fourth writer's account rental: "you send us the login codes when Upwork asks")
    # and the codes from the SMS in the plural («присылать коды из SMS, когда попросим»), as the singular
    "login code*", "log-in code*", "sign-in code*", "two-factor code*", "2fa code*", "коды из смс", "коды из sms",
    "کدهای تایید", "کدهای تأیید",
    "одноразов* код*", "одноразов* парол*", "کدی که ~ به گوشی", "کدی که ~ به گوشیتان", "کدی که ~ به گوشیت",
    "کدی که ~ روی گوشی",
    "код в смс", "код по смс", "код в sms", "код по sms", "смс с кодом", "sms с кодом",
    # the code sent on, told of in a clause after it: "пришлите код, который придёт вам по СМС", "скиньте код,
    # который пришёл на ваш номер" (Russian folded to Latin, as the text is)
    "کد تایید", "کد تأیید", "کد پیامک*", "رمز یکبار مصرف", "کد یکبار مصرف", "کد ارسال شده",
    "کدی که ~ پیامک*", "کد ~ پیامک شده",
    "کد ~ به گوشی",
    # the code the seeker's bank sends ("Enter the code your bank texts you to complete verification")
    "code your bank text*", "code your bank send*", "code the bank text*", "code the bank send*", "code from your bank",
    "код от банка", "код из банка", "банк пришлет ~ код*", "банк пришлёт ~ код*", "банк отправит ~ код*",
    "bank yuborgan kod*", "bankdan kelgan kod*", "bank jo'natgan kod*", "کدی که بانک", "کد ارسالی بانک",
    raw=((r"(?:prishlite|skinte|otpravte|soobshite|nazovite|prodiktuyte|napishite|pereshlite|vishlite|skazhite)\s+"
          r"(?:\S+\s+){0,2}?kod,?\s+(?:kotoriy|chto)\s+(?:\S+\s+){0,4}?(?:sms|smske|soobshcheni\w*|soobsheni\w*"
          r"|(?:vash|tvoy|svoy)\w*\s+(?:nomer|telefon)\w*|telegram\w*|bot\w*)(?!\w)", "kod", "kod"),
         _DYNAMIC_PASSWORD_SENT,
         *_REMOTE_ACCESS_CODE, *_REMOTE_ACCESS_CODE_NEXT, *_CODE_THEN_HANDED_ON, *_EACH_CODE_FORWARDED),
)
