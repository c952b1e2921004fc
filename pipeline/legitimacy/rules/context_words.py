"""The words around a match that the context checks (``context``) look for, as ``PLAIN`` reads them:
the job's clients and staff, and the seeker addressed (``DUTY_CONTEXT``, ``STAFF_CONTEXT``, ``SECOND_PERSON``); payroll
named as a card's purpose (``PAYROLL_PURPOSE``); money sent on (``TRANSFER``); the seeker's pay moved (``PAID_IN``,
``THE_SEEKERS_PAY``, ``SEEKER_SENDS``, ``MOVED_MONEY``); what is sent to or kept by the seeker, or handed on
(``SENT_TO_THE_SEEKER``, ``KEPT_BY_THE_SEEKER``, ``HANDED_ON``, ``NEEDED``).
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _compile


# A card number, a code or a prepayment in a sentence about the job's clients, callers, users or suppliers, or
# under a cashier's or accountant's heading (``STAFF_CONTEXT``), is the work ("verify the caller's identity with the
# last four digits of their card number", "Mijozlarga SMS kod kelmasa yordam berish", "предоплата по договорам") —
# unless the sentence speaks to the seeker too ("send us your card number to receive client payments").
DUTY_CONTEXT = _compile(
    "client*", "customer*", "caller*", "users", "supplier*", "vendor*", "invoice*", "cardholder*",
    "merchant*", "patient*", "tenant*", "guest*",
    "mijoz*", "yetkazib beruvchi*", "xaridor*", "foydalanuvchilar*", "abonent*", "mehmon*", "ijarachi*",
    "клиент*", "поставщик*", "контрагент*", "покупател*", "абонент*", "пользователи", "пользователей",
    "пользователям", "гост*", "арендатор*", "квартирант*",
    "مشتری*", "مشتریان", "کاربران", "تامین کننده", "تأمین کننده", "خریدار*", "مهمان*", "مستاجر*", "مستأجر*",
    # cardholders (a twenty-second writer's payment-gateway support: «راهنمایی دارندگان کارت که شماره کارت، رمز دوم یا
    # کد تایید پیامکی خود را در اختیار دیگران گذاشته‌اند»), and a user named alone («… عکس سلفی کاربر با کارت ملی»)
    "دارندگان کارت", "دارنده کارت", "صاحبان کارت", "держател* карт*", "karta egalari*", "karta egasi*",
    "کاربر", "کاربرانی", "کاربرها", "foydalanuvchi*", "user's", "users'",
    # … and personal data the job protects (a twenty-second writer's payroll specialist: "Protect personal data such
    # as Social Security numbers and bank account details, following our data-security policy")
    # … and the applications a KYC desk reviews (a twenty-ninth writer's "You will review onboarding applications:
    # passport scans, MyID liveness results, proof of address")
    "onboarding application*", "account application*", "заявк* на открытие", "hisob ochish ariza*",
    "protect* ~ personal data", "safeguard* ~ personal data", "protect* ~ sensitive data",
    "safeguard* ~ sensitive data",
    "shaxsiy ma'lumotlar* ~ himoya*", "shaxsiy malumotlar* ~ himoya*", "حفاظت از اطلاعات شخصی",
    "حفاظت از اطلاعات محرمانه", "защит* персональн* данн*",
    # a contract, but not the seeker's own one signed ("۳۰٪ هنگام عقد قرارداد، مابقی پس از صدور ویزا": an advance the
    # seeker pays, not a contract duty), nor the companies "party to a contract" a course promises jobs at («استخدام
    # تضمینی در شرکت‌های طرف قرارداد»: partners, not clients)
    raw=((r"(?<!طرف\s)(?<!عقد\s)(?<!انعقاد\s)(?<!امضای\s)(?<!امضا\s)(?<!بستن\s)(?<!پایان\s)(?<!اتمام\s)(?<!خاتمه\s)"
          r"قرارداد\w*", "قرارداد", "قرارداد*"),
         # a contract, but not the seeker's own one ending, when a deposit comes back ("гаров пули …, шартнома тугагач
         # қайтарилади", "returned when your contract ends": a tenth writer's laptop deposit), nor its day ("700 $
         # shartnoma kuni, 700 $ taklifnoma kelganda": a thirteenth writer's agency price, paid in parts)
         (r"shartnoma\w*(?!\s+(?:muddati\s+)?(?:tuga|yakunla|bekor)|\s+kuni)", "shartnoma", "shartnoma*"),
         (r"(?<!end\sof\syour\s)(?<!end\sof\sthe\s)contract(?!or)\w*(?!\s+(?:ends|is\s+over|expires|term\s+ends))",
          "contract", "contract*"),
         (r"(?<!okonchanii\s)(?<!okonchaniya\s)(?<!okonchaniyu\s)(?<!istechenii\s)dogovor\w*", "dogovor",
          "dogovor*")),
).pattern
# The employer's staff are whose papers and cards an HR or payroll duty handles ("collect new hires' passport copies",
# "xodimlarning karta raqamlarini yig'ish"), but only in the duty's own line: above it, as a title ("Требуются
# сотрудники", "Xodim kerak", "استخدام پرسنل", "Staff wanted"), they are the seeker, and the fee on the next line is
# asked of them. So is a cashier's or an accountant's heading: on the duty's line ("Kassir: mijozlardan to'lovlarni
# qabul qilish", "Бухгалтер: предоплата по договорам") it is the work; as the post's title lines above (an eighth
# writer's supermarket "кассир ва сотувчи-консультант" whose uniform "180 000 сўм нақд тўланади") it is the seeker.
# … but not "our" accountant or cashier, the employer's own person the seeker pays (a twenty-second writer's "Техника
# учун 1 500 000 сўм кафолат депозити ҳисобчимизнинг шахсий картасига ўтказилади", "… to our accountant's personal
# card", «… به کارت شخصی حسابدار ما واریز می‌شود»): whose card a deposit goes to, not the job; nor the English
# "personal card" «персонал» folds to.
STAFF_CONTEXT = _compile(
    "employee*", "new hires", "staff", "xodim*", "сотрудник*", "کارکنان", "کارمندان", "پرسنل",
    # «персонал» folds to "personal", as English writes the seeker's own card or account: not before one
    raw=((r"personal\w*(?<!personally)(?!\s+(?:bank\s+|checking\s+|savings\s+|debit\s+|credit\s+)?(?:card|account"
          r"|details|data|information|info|documents?|id|e-?mail|phone|funds|money)s?(?!\w))", "personal", "personal*"),
         (r"(?<!our\s)(?:accountant|bookkeep|cashier)\w*", ""),
         (r"(?<!nash\s)(?<!nashego\s)(?<!nashemu\s)(?<!nashim\s)(?<!nashey\s)(?<!nashu\s)(?:hisobchi|buxgalter"
          r"|kassir)(?!i?miz)\w*", ""),
         (r"(?:حسابدار|صندوقدار)\w*(?!\s+(?:ما|شرکت|مجموعه)(?!\w))", "")),
).pattern
SECOND_PERSON = _compile(
    "you", "your", "yourself", "вы", "вас", "вам", "ваш*", "siz", "sizning", "sizga", "sizdan", "o'zingiz*",
    "شما", "خود", "خودتان",
    # a seeker told to send something is addressed, whatever the sentence's clients (not one of the job's duties)
    "скиньте", "пришлите", "отправьте", "вышлите", "скинь", "пришли", "отправь", "yuboring", "jo'nating", "بفرستید",
    "بفرستین",
    # the seeker told to pay: "shartnoma uchun 150 000 so'm to'laysiz" is no contract duty
    "to'laysiz", "to'lang", "o'tkazasiz", "o'tkazing",
    # … and in Persian ("هزینه دفترخانه را به حساب آقای صالحی (کارشناس قراردادها) واریز می‌کنید": no contracts' duty)
    "واریز میکنید", "واریز کنید", "میپردازید", "بپردازید", "پرداخت میکنید", "پرداخت کنید", "کارتبهکارت میکنید",
    "کارت به کارت میکنید",
    # … or told to move it card to card into someone's account, with no verb («پیش‌پرداخت ۵۰٪ کارت به کارت به حساب
    # کارشناس پرونده» under the duties' line: the seeker's fee, not the clients')
    "کارت به کارت به حساب", "کارتبهکارت به حساب",
    # … or the new employee told what to do, the seeker in the third person (a twenty-ninth writer's «новому сотруднику
    # нужно открыть карты в трёх банках …, затем прислать куратору фото карт с обеих сторон и коды подтверждения»), not
    # new staff whose papers an HR duty collects
    "новому сотруднику нужно", "новому сотруднику необходимо", "новый сотрудник должен", "новые сотрудники должны",
    "новым сотрудникам нужно", "new employee must", "new employees must", "new hire must", "new hires must",
    "yangi xodim ~ yuborishi kerak", "yangi xodim ~ ochishi kerak",
    # … or the candidate named as who pays (a contract's cost «را متقاضی قبل از جلسه به کارت کارشناس دفترخانه واریز
    # می‌کند», «оплачивается кандидатом», "paid by the candidate"): the seeker's cost, not a contracts desk's duty
    "оплачивается кандидатом", "оплачивается соискателем", "кандидат оплачивает", "nomzod to'laydi",
    "nomzod tomonidan to'lanadi", "paid by the candidate", "paid by the applicant", "the candidate pays",
    "the applicant pays",
    raw=(r"[^\W\d_]+ingiz[^\W\d_]*",  # Uzbek "your": kartangiz, raqamingizni
         (r"(?:متقاضی|داوطلب)(?!\w)[^.!?\n؛؟]{0,80}?(?:واریز|پرداخت)\s*میکند(?!\w)", "میکند", "متقاضی", "داوطلب")),
).pattern

# The seeker's own admission to probation named as what a sum is for (a thirty-fourth writer's "sinov muddatiga qabul
# qilish uchun 300 000 so'm depozit qo'yiladi (mijozlar bazasiga kirish beriladi)"): the seeker's deposit, whatever
# clients' base it opens, so no duty (``context.duty``; read only where a duty would be found)
PROBATION_ENTRY = _compile(
    "sinov muddatiga qabul*", "sinov muddatiga kirish*", "sinov muddatini boshlash*", "sinov muddatiga o'tish*",
    "допуск* к испытательн* срок*", "допуск* на испытательн* срок*", "для начала испытательн* срок*",
    "start the probation", "start probation", "begin the probation", "begin probation", "before the probation starts",
    "before probation starts", "enter the probation", "enter probation",
    "شروع دوره آزمایشی",
).pattern


# A card's expiry, its CVV or the code the bank texts, asked "for payroll" on the line of the ask (a twenty-first
# writer's "▪️ برای ثبت در سیستم حقوق: شماره کارت، تاریخ انقضا و کد تاییدی که … پیامک می‌شه رو برای پشتیبانی بفرستید"
# under "▪️ پاسخ به پیام مشتری‌ها"): the seeker's own card, whatever customers the job serves, and no payroll needs
# them. So ``duty`` does not excuse a match that holds one (``PAYROLL_NEVER_NEEDS``) on a line that names the seeker's
# payroll as its purpose (``PAYROLL_PURPOSE``); a customer's card, its expiry or its code in a support desk's duties
# names no payroll, and the number alone for payroll is excused as before.
PAYROLL_PURPOSE = _compile(
    "for payroll", "for the payroll", "for your payroll", "payroll system", "payroll registration",
    "register you for payroll", "set up payroll", "set up your payroll", "for your salary", "to pay your salary",
    "for salary payments", "for direct deposit",
    "для зачислени* зарплат*", "для выплат* зарплат*", "для начислени* зарплат*", "для перечислени* зарплат*",
    "для получени* зарплат*", "для зарплат*", "систем* зарплат*", "зарплатн* систем*", "для оформлени* зарплат*",
    "oylik uchun", "oylik tizim*", "oylik o'tkazish uchun", "oylikni o'tkazish uchun", "oylik olish uchun",
    "maosh uchun", "maosh tizim*", "ish haqi uchun", "ish haqi tizim*", "ish haqini o'tkazish uchun",
    "سیستم حقوق", "سامانه حقوق", "واریز حقوق", "پرداخت حقوق", "ثبت حقوق", "دریافت حقوق", "لیست حقوق",
).pattern
PAYROLL_NEVER_NEEDS = _compile(
    "cvv*", "cvc*", "expir*", "security code*", "digits on the back", "amal qilish muddat*", "срок* действи*",
    "تاریخ انقضا*", "رمز دوم", "sms*", "смс*", "پیامک*", "one-time code*", "verification code*", "confirmation code*",
    "otp", "код подтвержд*", "tasdiqlash kod*", "کد تایید*", "کد تأیید*",
).pattern


# Money the seeker sends on in a money-mule sentence ("receive checks from our clients, deposit them into your account
# and send the money via Western Union to our suppliers") is the mule's forwarding, not a fee they pay.
TRANSFER = re.compile(r"(?<!\w)(?:send|wire|transfer|perevedite|perevesti|perevodite|o'tkaz\w*|واریز|انتقال"
                      r"|کارت به کارت)(?!\w)")


# The employer paying the seeker's pay into a card or an account, whoever names it ("Oylikni siz ko'rsatgan kartaga
# o'tkazamiz", "Зарплату переводим на карту, которую мы укажем", "حقوق را به کارتی که ما معرفی می‌کنیم واریز
# می‌کنیم", "We transfer your salary to the card we give you"), is how pay works, not money sent on: the match's
# transfer is "ours" or done (``PAID_IN``, in the match or right beside it) and what it moves is the seeker's pay
# (``THE_SEEKERS_PAY``). Not when its sentence has the seeker send money on ("… biz ko'rsatgan kartaga o'tkazasiz",
# "переводите на указанные нами реквизиты", "انتقال بدید", "you send them on": ``SEEKER_SENDS``), whatever else it
# says of pay, nor a transfer "we" make of money that is no pay ("Mijozlar pulini qabul qilamiz va ko'rsatilgan
# hisobga o'tkazamiz": the seeker is one of "us").
#
# What the transfer moves is the money its sentence names last before the match's end, across commas (``moved``): the
# salary with a clause between ("Oylikni, har oyning 5-sanasida, siz ko'rsatgan kartaga o'tkazamiz", "Your salary,
# paid on the 5th, is transferred to the card we give you"), not the salary said before other money, with a comma
# between or none ("Oylik 3 mln, tushgan pulni ko'rsatilgan kartaga o'tkazamiz", "Oylik 3 mln tushgan pulni …",
# «Оклад 80 000 рублей поступившие деньги переводим на карту, которую мы укажем»: ``MOVED_MONEY``, the money that
# comes in, the rest, payments). Money named with the pay, a word at most apart, is the pay's ("Oylik to'lovi",
# "Salary payments", "oylik puli"). With none named before it, the seeker's pay in the match or its clause after it.
PAID_IN = _compile(
    # "we" transfer, pay or send it
    "o'tkazamiz", "o'tkazib beramiz", "o'tkazib boramiz", "o'tkazib turamiz", "to'laymiz", "to'lab beramiz",
    "tushiramiz", "tashlab beramiz", "otkazamiz", "otkazib beramiz", "tolaymiz",
    "переводим", "переведём", "переведем", "перечисляем", "перечислим", "зачисляем", "зачислим", "выплачиваем",
    "выплатим", "отправляем", "платим",
    "واریز میکنیم", "واریز می کنیم", "واریز خواهیم کرد", "پرداخت میکنیم", "پرداخت می کنیم", "منتقل میکنیم",
    "میریزیم",
    "we transfer", "we'll transfer", "we will transfer", "we pay", "we'll pay", "we will pay", "we send", "we'll send",
    "we will send", "we wire", "we deposit", "we'll deposit", "we will deposit",
    # … or it is done
    "o'tkaziladi", "o'tkazib beriladi", "o'tkazib boriladi", "to'lanadi", "otkaziladi", "otkazib beriladi", "tolanadi",
    "переводится", "перечисляется", "зачисляется", "выплачивается", "будет переведен*", "будет перечислен*",
    "будет зачислен*", "будет выплачен*",
    "واریز میشود", "واریز می شود", "واریز میشه", "واریز خواهد شد", "پرداخت میشود", "پرداخت میشه", "منتقل میشود",
    "is transferred", "are transferred", "will be transferred", "is paid", "are paid", "will be paid", "is deposited",
    "are deposited", "will be deposited",
).pattern
THE_SEEKERS_PAY = _compile(
    "oylik*", "maosh*", "ish haqi*", "ish haqqi*", "bonus*", "mukofot*", "daromadingiz*",
    "зарплат*", "заработн* плат*", "оклад*", "преми*", "бонус*", "ваш доход", "ваш заработок",
    "حقوق*", "دستمزد*", "پاداش*", "کارانه*", "درآمد شما", "درآمدتان",
    "salary", "salaries", "wage", "wages", "paycheck*", "earnings", "your pay",
    # the seeker's own commission ("Receive your commission payments into your personal account"); a share kept of
    # money sent on is no pay received (``SEEKER_SENDS``)
    "your commission", "your commissions", "komissiyangiz*", "ваши комиссионные", "ваша комиссия", "پورسانت شما",
    "پورسانتتان", "کمیسیون شما",
).pattern
SEEKER_SENDS = _compile(
    # (the seeker's forms, not "o'tkazishadi": they transfer)
    "o'tkazasiz", "o'tkazing", "o'tkazib berasiz", "o'tkazib bering", "o'tkazish", "o'tkazishni", "o'tkazishingiz*",
    "o'tkazasan", "otkazasiz", "otkazing", "otkazib berasiz", "otkazib bering", "otkazish", "otkazishni", "jo'natasiz",
    "jo'nating", "yuborasiz", "yuboring", "tashlaysiz", "tashlang",
    "переводите", "переведите", "перевести", "переводить", "переведёте", "переведете", "переводишь", "переведёшь",
    "переведешь", "переводи", "переведи", "отправляете", "отправьте", "отправлять", "отправить", "отправляешь",
    "перекидываете", "перекиньте", "перекинуть", "скидываете", "скиньте", "пересылаете", "перешлите", "переслать",
    "перечисляете", "перечислите", "перечислить",
    "منتقل کنید", "منتقل کنین", "منتقل میکنید", "انتقال بدید", "انتقال دهید", "انتقال بدین", "انتقال میدید",
    "انتقال میدهید", "واریز کنید", "واریز کنین", "واریز میکنید", "بریزید", "میریزید", "بفرستید", "میفرستید",
    "کارت به کارت کنید",
    raw=(r"(?:you(?:'ll|\s+will|\s+then|\s+must|\s+should|\s+need\s+to|\s+have\s+to|\s+just)?|then|and|please)\s+"
         r"(?:send|transfer|wire|forward|move|pass)",),
).pattern
MOVED_MONEY = _compile(
    "pul", "puli", "pulni", "pulini", "pullar*", "mablag'*", "mablag*", "tushum*", "to'lov*", "tolov*", "o'tkazma*",
    "otkazma*", "qolgan*",
    "деньги", "денег", "деньгами", "средства", "средств", "платеж*", "платёж*", "поступлени*", "остаток", "остатки",
    "остальное", "остальные", "переводы", "транзакци*",
    "پول*", "وجه", "وجوه", "واریزی*", "باقی*", "مابقی", "مانده*", "تراکنش*",
    "money", "funds", "payments", "transfers", "the rest", "remainder", "proceeds", "deposits", "transactions",
).pattern


# Something the bank or the employer sends or gives the seeker (a salary card's mobile-bank password «вам пришлют в
# SMS», "mobil bank paroli sizga SMS orqali yuboriladi", «رمز همراه بانک برای شما پیامک می‌شود», a PIN envelope, a
# code to log in to the staff portal, "The bank mails you your card number and PIN") is no request for the seeker's
# details: the match's clause says it is sent to the seeker (``SENT_TO_THE_SEEKER``). Unless the seeker is told to
# hand it on, in its sentence, the one before or the one after, or in the heading of a list it is an item of ("…,
# перешлите его менеджеру", "Продиктуйте его оператору.", "uni bizga yuboring", "آن را به پشتیبان بگویید", "Read it to
# our agent", "please text the following to your onboarding coordinator:": ``HANDED_ON``), or its sentence or the one
# after says it is needed ("Karta raqamingiz kerak, …", "Его нужно сообщить куратору": ``NEEDED``).
_TO_THE_SEEKERS = ("sizga", "telefoningizga", "raqamingizga", "nomeringizga", "pochtangizga")
SENT_TO_THE_SEEKER = _compile(
    *(f"{to} ~ {verb}" for to in _TO_THE_SEEKERS
      for verb in ("yuboriladi", "yuboradi", "yuborishadi", "yuboramiz", "beriladi", "beradi", "berishadi", "beramiz",
                   "keladi", "kelib tushadi", "jo'natiladi", "jo'natadi", "jo'natamiz", "jonatiladi", "jonatadi",
                   "topshiriladi", "topshiradi", "topshiramiz")),
    "вам пришлют", "пришлют вам", "вам пришлёт", "вам пришлет", "пришлёт вам", "пришлет вам", "вам придёт",
    "вам придет", "вам придут", "вам приходит", "придёт вам", "придет вам",
    "придут вам", "приходит вам", "придёт на ваш*", "придет на ваш*", "придут на ваш*", "приходит на ваш*",
    "вам выдадут", "выдадут вам", "вам выдаст", "выдаст вам", "выдаётся", "выдается", "выдаются", "вам отправят",
    "отправят вам", "вам отправит", "отправит вам", "вам вышлют", "вышлют вам", "вам передадут", "передадут вам",
    "вам передаст", "вам сообщат", "вам вручат", "вручается", "вручаются", "вы получите", "получите в банке",
    "получите в отделении", "вы получаете",
    *(f"{to} ~ {verb}" for to in ("برای شما", "به شما", "برایتان", "براتون", "بهتون")
      for verb in ("میشود", "میشه", "خواهد شد", "میکند", "میکنه", "میفرستد", "میفرسته", "میدهد", "میده")),
    "دریافت میکنید", "دریافت خواهید کرد", "تحویل میگیرید", "تحویل خواهید گرفت", "به دستتان میرسد",
    "به دست شما میرسد",
    "sent to you", "texted to you", "mailed to you", "emailed to you", "e-mailed to you", "given to you",
    "issued to you", "handed to you", "delivered to you", "sent to your phone", "sent to your number",
    "texted to your phone", "will send you", "sends you", "will text you", "will mail you", "mails you",
    "will give you", "gives you", "will issue you", "issues you", "you will receive", "you'll receive", "you receive",
    "you will get", "you'll get",
).pattern
# … or one the seeker sets and keeps ("Mobil bank parolini o'zingiz o'rnatasiz, u faqat sizda qoladi", «пароль вы
# задаёте сами», «رمز را خودتان تعیین می‌کنید», "Your online banking password stays with you")
KEPT_BY_THE_SEEKER = _compile(
    "o'zingiz o'rnatasiz", "o'zingiz qo'yasiz", "o'zingiz tanlaysiz", "o'zingiz o'ylab topasiz", "faqat sizda qoladi",
    "o'zingizda qoladi", "faqat o'zingiz bilasiz", "ozingiz ornatasiz", "ozingiz qoyasiz", "ozingizda qoladi",
    "задаёте сами", "задаете сами", "сами задаёте", "сами задаете", "устанавливаете сами", "сами устанавливаете",
    "придумываете сами", "сами придумываете", "остаётся у вас", "остается у вас", "остаётся только у вас",
    "остается только у вас", "знаете только вы",
    "خودتان تعیین میکنید", "خودتان انتخاب میکنید", "خودتون تعیین میکنید", "خودتون انتخاب میکنید", "نزد شما میماند",
    "فقط نزد شماست", "نزد خودتان میماند", "پیش خودتان میماند", "فقط خودتان میدانید",
    "stays with you", "stay with you", "you set yourself", "you set it yourself", "you choose yourself",
    "you choose it yourself", "only you know", "known only to you",
).pattern
HANDED_ON = _compile(
    # (the seeker's forms, not the bank's "yuborishadi": they send)
    "yuboring", "yuborasiz", "yuborish", "yuborishingiz*", "jo'nating", "jo'natasiz", "jo'natish", "jonating",
    "jonatasiz", "tashlang", "tashlaysiz", "ayting", "aytasiz", "aytish", "aytishingiz*", "bering", "berasiz",
    "kiriting", "kiritasiz", "kiritish", "kiritishingiz*", "yozing", "yozasiz", "ko'rsating", "ko'rsatasiz",
    "korsating", "topshiring", "topshirasiz", "to'ldiring", "toldiring", "qoldiring", "so'raydi", "so'rashadi",
    "soraydi", "bizga", "menga", "adminga", "operatorga", "menejerga",
    # (not the infinitives folded as the bank's future is: "отправить" and "отправит" read "otpravit")
    "пришлите", "пришли", "присылайте", "прислать", "отправьте", "отправь", "отправляйте", "отправляете",
    "скиньте", "скинь", "скидывайте", "скинуть", "сообщите", "сообщи", "сообщаете", "назовите", "назови",
    "назвать", "называете", "зачитайте", "зачитаете", "зачитать", "продиктуйте", "продиктуй", "продиктовать",
    "диктуете", "передайте", "передай", "передать",
    "передаёте", "передаете", "перешлите", "перешли", "переслать", "пересылаете", "вышлите", "вышли", "выслать",
    "введите", "введи", "ввести", "вводите", "укажите", "укажи", "указать", "напишите", "напиши", "написать",
    "покажите", "покажи", "показать", "дайте", "дай", "скажите", "скажи", "сказать", "озвучьте", "загрузите",
    "заполните", "оставьте", "пишите", "спросит", "спросят", "попросит", "попросят", "запросит", "запросят", "уточнит",
    "بفرستید", "بفرستین", "بفرست", "ارسال کنید", "ارسال کنین", "ارسال نمایید", "میفرستید", "ارسال میکنید", "بدهید",
    "بدید", "بدین", "بده", "میدهید", "میدید", "بگویید", "بگید", "بگین", "بگو", "میگویید", "میگید", "اعلام کنید",
    "اعلام کنین", "اعلام نمایید", "اعلام میکنید", "بگذارید", "وارد کنید", "وارد کنین", "وارد نمایید", "بنویسید",
    "تحویل دهید", "تحویل بدید", "ارائه دهید", "ارائه کنید", "نشان دهید", "پر کنید", "برای ما", "میپرسد", "میپرسند",
    "درخواست میکند", "درخواست میکنند",
    raw=(r"(?:(?:^|(?<=[.!?;:,\n]))\s*(?:(?:please|then|and|also|just)\s+)?|(?:you|please|then|and|also|just)\s+"
         r"(?:(?:will|'ll|must|should|need\s+to|have\s+to|can|then|just|also)\s+)?)(?:send|share|give|tell|forward|read"
         r"|text|provide|enter|type|input|submit|upload|show|hand|pass|dictate|confirm|fill|write|leave|attach"
         r"|specify|include)",
         # (… or read out to "us": a thirty-fifth writer's "read us the 6-digit verification code Upwork sends you",
         # a list's item opened by its number)
         r"(?:give|tell|send|text|show|pass|read|dictate)\s+(?:it\s+|them\s+|out\s+)?(?:to\s+)?(?:us|me)(?!\w)",
         r"(?:send|share|give|forward|read|pass|hand|text|provide)\w*\s+(?:\S+\s+){0,4}?(?:to|with)\s+(?:us|me|our"
         r"|the\s+(?:manager|recruiter|operator|agent|coordinator|team|hr))"),
).pattern
NEEDED = _compile(
    "kerak", "zarur", "shart", "нужен", "нужна", "нужно", "нужны", "необходим*", "требуется", "обязательно", "لازم",
    "نیاز", "الزامی", "ضروری", "needed", "required", "need", "must",
).pattern
