"""``FRAUD_ON_THOSE_CALLED``, work whose very description defrauds the people the seeker
calls: posing as their bank, the code it texts them read back, investments sold under a false name, lost money said to
be found.
"""
from __future__ import annotations

from pipeline.legitimacy.rules.matching import _compile


# Work whose very description is a fraud on the people the seeker calls or writes to, with no fee or card asked of
# the seeker (a thirty-first writer's call centres): calling them as *their* bank's security (the client's bank, not
# the employer: a bank's own fraud-monitoring operator "calls the client from the bank's official number") and moving
# their savings to a "safe account" or keeping them from calling the bank back; the code the bank texts them read
# back to the caller; selling an investment platform under a name the office hands out, promising guaranteed returns
# or talking investors out of their withdrawals; and calling people who already lost money to say it was "found and
# frozen". Not an honest investment platform's client services that process withdrawals, nor a collections agency
# that "does not pretend to be the bank", nor a warning that tells of these call centres (negations and warnings, as
# every rule's).
_POSING_AS_THEIR_BANK = (
    # en: "Introduce yourself as a member of their bank's fraud prevention department", "a safe account"
    # (the fraud team named inside the match: a "fraud" after it would read as a warning of it)
    "as their bank's", "as ~ their bank's fraud*", "as ~ their bank's security", "yourself as ~ their bank*",
    "on behalf of their bank*", "as the client's bank",
    "as the customer's bank", "on behalf of the client's bank", "to a safe account", "into a safe account",
    "to a ~ safe account", "to a ~ protected account", "to a ~ secure account",
    "stop* ~ from calling ~ bank*",
    # ru: «Вы звоните клиенту от имени службы безопасности его банка … переводит сбережения на «защищённый
    # резервный счёт» … не дать ему перезвонить в банк»
    "от имени ~ его банка", "от имени ~ их банка", "от имени ~ банка клиента", "служб* безопасности его банка",
    "служб* безопасности банка клиента", "не дать ~ перезвонить в банк",
    "не дать ~ позвонить в банк",
    # uz: "o'zingizni mijoz kartasi ochilgan bankning xavfsizlik xizmati xodimi deb tanishtirish"
    "mijoz* kartasi ochilgan bank*", "mijozning banki nomidan", "mijoz banki nomidan", "xavfsiz hisobga",
    "xavfsiz hisob raqamiga", "himoyalangan hisobga",
    # fa: «از طرف بانک مشتری تماس می‌گیرید»، «پول را به حساب امن منتقل کند»
    "از طرف بانک مشتری", "از طرف بانک مشتریان", "کارشناس امنیت بانک مشتری", "به حساب امن", "حساب امن بانک",
)
_THE_CODE_READ_BACK = (
    # the code the bank texts the one called, read back to the caller ("Ask them to read the code back to you",
    # «просите продиктовать код», "kodni aytib berishini so'raysiz", «کد را برای شما بخواند»)
    "read the code back", "read ~ code back to you", "dictate the code", "продиктовать код*", "продиктуйте код*",
    "продиктовал* код*", "kodni aytib berishini", "kodni aytishini so'ra*", "کد را ~ برای شما بخوان*",
    "کد را ~ برایتان بخوان*",
)
_INVESTORS_DECEIVED = (
    # en: "Work under the professional alias you receive", "Aliases provided", "talk clients out of withdrawals",
    # "keep the funds invested on the platform"
    "under the ~ alias", "under an alias", "under a fake name", "under a false name", "under a fictitious name",
    "under a made-up name", "talk* ~ out of ~ withdraw*", "persuad* ~ not to withdraw", "convinc* ~ not to withdraw",
    "promise* ~ guaranteed return*",
    # ru: «под вымышленным именем», «при попытке вывести деньги — удерживать», «отговаривать от вывода»
    "под вымышленным имен*", "вымышленн* имя ~ выда*", "отговарива* ~ от вывод*", "удержива* ~ от вывод*", "не дать ~ вывести",
    # uz: "ish uchun alohida ism va familiya beriladi", "soxta ism bilan", "mijozni pulni hisobda qoldirishga
    # ko'ndiradi" (not "haqiqiy ismingizni aytmaysiz": its own negative verb would read as a negation of it)
    "ish uchun alohida ism*", "soxta ism bilan",
    "hisobda qoldirishga ko'ndir*", "yechib olmaslikka ko'ndir*",
    # fa: «با نام کاری که شرکت به شما می‌دهد»، «با اسم مستعار»، «جلوگیری از برداشت زودهنگام»، «سود … تضمینی اعلام می‌کنید»
    "با نام کاری", "با اسم مستعار ~ معرفی", "با نام مستعار ~ معرفی", "با اسم مستعار ~ تماس", "با نام مستعار ~ تماس",
    "جلوگیری از برداشت زودهنگام", "منصرف کردن ~ از برداشت", "تضمینی اعلام میکنید", "تضمینی اعلام کنید",
)
_INVESTORS_DECEIVED_RAW: tuple[tuple[str, ...], ...] = (
    # an alias handed out ("Aliases provided."), not an e-mail alias
    (r"(?<!mail\s)(?<!e-mail\s)aliases?\s+(?:are\s+|is\s+)?provided", "alias", "alias", "aliases"),
    # a withdrawal met by keeping the money in ("When a client submits a withdrawal request, call them … to keep the
    # funds invested on the platform", «при попытке вывести деньги — удерживать их»); not withdrawals processed
    (r"withdraw\w*[^.!?\n]{0,120}?keep\s+(?:the\s+|their\s+|client\S*\s+)?(?:funds|money|deposits?|capital)\s+"
     r"(?:invested|on\s+the\s+platform|in\s+the\s+account)", "keep", "withdraw*"),
    (r"pri\s+popitke\s+vivesti[^.!?\n]{0,60}?(?:uderj|otgovar|ubejd|ugovar)\w*", "popitke", "popitke"),
    # savings moved to a "safe" or "protected" account, in quotation marks too («на «защищённый резервный счёт»»)
    (r"na\s+[«\"“']?(?:zashish|bezopasn)\w*(?:\s+[«\"“']?\w+){0,2}?\s+[«\"“']?(?:schyot|schet)\w*", "na ", "schyot",
     "schet", "schyota", "scheta"),
)
_LOST_MONEY_FOUND = (
    # recovery of lost money sold to those who lost it ("their money was found and frozen", «деньги клиента найдены
    # и заморожены, и для их возврата нужно оплатить госпошлину», «Международного центра по возврату средств»)
    "found and frozen", "tell ~ money ~ has been found", "tell ~ funds ~ have been found", "funds recovery cent*",
    "найдены и заморожены", "деньги клиента найдены", "для ~ возврата нужно оплатить", "центр* по возврату средств",
    "topildi va muzlatil*", "pullari topilgan*", "pullari topildi", "mablag'larni qaytarish markaz*",
    "پیدا شده و مسدود", "پول ~ پیدا شده ~ مسدود", "مرکز ~ بازگرداندن وجوه", "مرکز ~ بازگشت وجوه",
)
FRAUD_ON_THOSE_CALLED = _compile(*_POSING_AS_THEIR_BANK, *_THE_CODE_READ_BACK, *_INVESTORS_DECEIVED,
                                 *_LOST_MONEY_FOUND, raw=_INVESTORS_DECEIVED_RAW)
