"""``MONEY_MULE``, money and parcels passed on and cards lent: parcels reshipped, money run through the
seeker's card or bought as crypto or gift cards and sent on, cheques cashed, a card handed over with its SIM or PIN;
and what excuses a match (the parcels of a workplace, an analyst who watches for mules) or never does (the seeker's
home).
"""
from __future__ import annotations

from pipeline.legitimacy.rules.hiring_costs import _UZ_AMOUNT
from pipeline.legitimacy.rules.matching import _compile
from pipeline.legitimacy.rules.prices import _MONEY


# An eighth writer's posts (tests/data/legitimacy_phrasings_h): money run through the seeker's own card in crypto P2P
# "loops" ("на твою карту приходят суммы, покупаешь USDT, отправляешь на кошелёк куратора", "деньги приходят на неё,
# переводишь дальше"); not a P2P exchange's compliance staff checking such transfers, nor pay arriving on a card
_P2P_LOOPS = ("покупаешь usdt", "покупаете usdt", "покуп* usdt ~ отправ*", "покуп* usdt ~ перевод*",
              "купи* usdt ~ отправ*", "кошелек куратора", "кошелёк куратора", "кошелек менеджера", "кошелёк менеджера",
              "с каждого круга", "с одного круга")
_P2P_ARRIVE = r"(?:prixod|prid|postup)\w*"
_P2P_ONWARD = (r"[^.!?\n]{0,100}?(?:(?:perev|otprav|perekid|perekin)\w*\s+(?:\S+\s+){0,3}?(?:dalshe|na\s+koshel\w*"
               r"|na\s+rekvizit\w*|kuratoru|usdt)|pokupa\w*\s+(?:usdt|kript\w*))(?!\w)")
_P2P_LOOP_RAW = (
    (r"na\s+(?:tvoyu|vashu|svoyu)\s+kart\w*\s+" + _P2P_ARRIVE + _P2P_ONWARD, "kart", "tvoyu", "vashu", "svoyu"),
    *((opening + r"\w*\s+na\s+(?:neyo|nee|nego|(?:tvoyu|vashu|svoyu)\s+kart\w*)" + _P2P_ONWARD, opening, key)
      for opening, key in (("prixod", "prixod*"), ("prid", "pridut"), ("prid", "pridyot"), ("postup", "postup*"))),
)

# An eleventh writer's posts (tests/data/legitimacy_phrasings_k): a card and its SIM handed over for some weeks ("Humo
# ёки Uzcard карта 2 ҳафтага керак … биз ўзимиз ечиб оламиз", "Карта ва унга уланган SIM картани курьер … олиб
# кетади"), the rest of each transfer "thrown on" ("вы оставляете себе 5 %, остаток перекидываете на реквизиты"), a
# "CEO" having gift cards bought and their codes photographed, client cash loaded at a Bitcoin ATM to "the company
# wallet" ("You keep 8% of every transfer"). Not a bank's support for cards and their linked SIMs, a cashier selling
# gift cards, an analyst flagging crypto-ATM deposits, nor an antifraud desk that names cards money is "thrown" through.
# a card and its SIM handed over for some weeks ("we withdraw it ourselves")
_CARDS_LENT_WITH_THEIR_SIM = (
    "karta* ~ haftaga kerak", "karta* ~ oyga kerak", "karta* ~ vaqtincha kerak", "biz o'zimiz yechib olamiz",
    "unga ulangan sim kart*", "sim kart* ~ olib ket*", "kartangiz* ~ hamkorlikka ber*",
    "привязанн* к ней сим-карт*", "сим-карт* ~ заберет курьер", "сим-карт* ~ заберёт курьер", "курьер заберет ~ карт*",
    "курьер заберёт ~ карт*", "мы сами снимаем", "снимаем сами", "sim card linked to it", "card and its sim",
    "we withdraw it ourselves", "lend us your ~ card", "سیمکارت متصل به آن", "سیم کارت متصل به آن",
)
# … handed over "together with" its SIM, or both named and handed over, in the sentence of a verb of handing over (a
# twenty-second writer's "to'lov agenti": "o'z nomidagi kartani ulangan SIM-karta bilan birga 1 oy muddatga kompaniya
# hisobchisiga topshiradi", "Karta va SIM-kartani … vakilimizga topshirasiz"); not a card blocked with its SIM for a
# customer, nor a shop's or a bank's cards and SIMs sold or serviced
_SIM = r"(?:sim[- ]?kart|sim\s+card)\w*"
_CARDS_HANDED_OVER_WITH_THEIR_SIM: tuple[tuple[str, ...], ...] = (
    (r"(?:kartani|kartangizni|kartalarni|karta\s+va),?\s+(?:\S+\s+){0,3}?" + _SIM + r"[^.!?\n]{0,80}?"
     r"(?:topshir(?:adi|asiz|ing|ib)|ber(?:asiz|ing|adi|ib)|olib\s+ket|qoldir(?:asiz|ing|adi)|jo'nat(?:asiz|ing|adi)"
     r"|yubor(?:asiz|ing|adi))(?!\w)", "sim", "kartani", "kartangizni", "kartalarni", "karta"),
    # (a list between: «передать карту, PIN-конверт и сим-карту нашему курьеру», "hand the card, the PIN envelope and
    # the SIM card to our courier")
    (r"(?:peredayo|peredaye|peredat|peredayte|otdayo|otdaye|otdat|otdayte|ostavlyaye|ostavlyayo|sdayo|sdaye)\w*\s+"
     r"(?:\S+\s+){0,3}?kart\w*(?:\s*,\s*[^,.!?\n]{1,30}?)?(?:\s*,|\s+(?:vmeste\s+s|i))\s+(?:\S+\s+)?" + _SIM, "sim",
     "kartu", "karti", "kartoy"),
    (r"kart\w*\s+(?:vmeste\s+s|i)\s+(?:\S+\s+)?" + _SIM + r"[^.!?\n]{0,40}?(?:peredayo|peredaye|peredat|peredayte"
     r"|otdayo|otdaye|otdat|otdayte|zaberyot|zaberet)\w*", "sim", "kartu", "karti", "kartoy"),
    (r"(?:hand|give|pass|lend|send|mail|leave)\w*\s+(?:over\s+)?(?:\S+\s+){0,3}?card(?:\s*,\s*[^,.!?\n]{1,30}?)?"
     r",?\s+(?:together\s+with|along\s+with|and)\s+(?:\S+\s+){0,2}?sim\s+cards?(?!\w)", "sim", "card"),
    # … and in Persian, to the employer's courier or people («کارت، پاکت رمز و سیم‌کارت را به پیک ما تحویل دهید»; not
    # a bank courier's delivery to the customer)
    (r"کارت[^.!?\n؛؟]{0,40}?سیم\s?کارت[^.!?\n؛؟]{0,20}?به\s+(?:پیک|نماینده|کارشناس|مدیر|سرپرست|هماهنگ\s?کننده|ما)"
     r"(?!\w)[^.!?\n؛؟]{0,20}?(?:تحویل|بدهید|بفرستید|ارسال)", "سیم", "سیم", "سیمکارت"),
)
# the rest of each transfer "thrown on"
_THE_REST_PASSED_ON = (
    "остаток перекидыва*", "остаток ~ перекидыва*", "остальное ~ перекидыва*", "перекиньте остаток",
    "qolganini ~ o'tkazasiz", "qolgan pulni ~ o'tkazasiz",
)
# gift cards bought and their codes photographed
_GIFT_CARD_CODES_SENT = (
    "pick up ~ gift cards", "photos of the codes", "photo of the codes", "pictures of the codes", "scratch the back*",
    "scratch off the back*", "купите ~ подарочн* карт*", "фото кодов", "фотографии кодов",
    "sovg'a karta* ~ sotib oling", "kodlari* ~ suratga olib",
    "گیفت کارت ~ بخرید", "کارت هدیه ~ بخرید", "عکس کدها", "عکس کد ها",
)
# a share of each transfer kept ("You keep 8% of every transfer", "оставляете себе 5 %"), not of each sale
_SHARES_OF_TRANSFERS_KEPT: tuple[tuple[str, ...], ...] = (
    (r"keep\s+(?:\S+\s+){0,2}?\d+(?:[.,]\d+)?\s?%\s+of\s+(?:every|each|all|the)\s+(?:processed\s+|received\s+"
     r"|incoming\s+)?(?:transfer|deposit|transaction|payment)s?(?!\w)", "%", "keep"),
    (r"ostavl\w*\s+sebe\s+\d+(?:[.,]\d+)?\s?%", "sebe", "sebe"),
    # "har bir tushumdan 5% ni o'zingizga olib qolasiz" (of each receipt you keep 5 %)
    (r"(?:tushum|kirim|o'tkazma)\w*dan\s+\d+(?:[.,]\d+)?\s?%[^.!?\n]{0,30}?olib\s+qol(?:asiz|ing)(?!\w)", "olib",
     "tushum*", "kirim*", "o'tkazma*"),
    # … "stays with you" ("har bir tushumdan 3 % sizda qoladi")
    (r"(?:tushum|kirim|o'tkazma)\w*dan\s+\d+(?:[.,]\d+)?\s?%[^.!?\n]{0,30}?sizda\s+qol(?:adi|ar)(?!\w)", "sizda",
     "tushum*", "kirim*", "o'tkazma*"),
)
# cash loaded at a crypto ATM to a wallet ("load it at a Bitcoin ATM … to the company wallet")
_CASH_LOADED_AT_CRYPTO_ATMS: tuple[tuple[str, ...], ...] = (
    (r"(?:bitcoin|crypto|btc)\s+atms?(?!\w)[^.!?\n]{0,80}?wallet", "atm", "atm", "atms"),
    (r"withdraw\w*\s+(?:the\s+)?(?:cash|money|funds)[^.!?\n]{0,60}?(?:bitcoin|crypto|btc)\s+atm", "atm", "atm", "atms"),
    (r"(?:kriptomat|(?:bitkoin|kripto|bitcoin)[- ]?bankomat)\w*[^.!?\n]{0,80}?(?:koshel|hamyon)", "",
     *(f"kriptomat{ending}" for ending in ("", "a", "e", "i", "u", "ov", "ami")), "bitkoin", "kripto", "bitcoin",
     "kriptobankomat"),
    (r"خودپرداز\s+(?:بیت\s?کوین|ارز\s+دیجیتال|کریپتو)[^.!?\n؛؟]{0,80}?کیف\s?پول", "خودپرداز", "خودپرداز"),
)

# A twelfth writer's posts (tests/data/legitimacy_phrasings_l): P2P "arbitrage" in Uzbek, the money that reaches the
# seeker's card spent on USDT sent to "the team's wallet" ("Келган пулга Binance P2P'да USDT сотиб оласиз", "ҳар
# айланмадан 2,5% сизники"), "clients'" cash put through an ATM on the cards a coordinator names or through a terminal
# into a crypto wallet, and a "mystery shopper" of transfers who sends most of the money on and keeps "the rest" as the
# reward ("Вы отправляете 18 500 ₽ … Оставшиеся 1 500 ₽ — ваше вознаграждение"). Not a wallet's support for its
# clients' top-ups, a courier handing the day's cash to the depot's till, nor a platform's payout after its commission.
# the money that reaches the seeker's card spent on USDT sent on
_USDT_BOUGHT_AND_SENT_ON = (
    "usdt sotib olasiz", "usdt sotib oling", "kelgan pul* ~ usdt", "usdt* ~ jamoa hamyon*", "har aylanmadan",
    "har bir aylanmadan", "buy usdt ~ send*", "buy usdt ~ transfer*", "buy usdt with", "purchase usdt with",
    "купите usdt", "купить usdt ~ отправ*", "تتر بخرید ~ بفرستید", "تتر بخرید ~ انتقال", "تتر بخرید ~ واریز",
    "با پول ~ تتر بخرید",
)
# cash put through a terminal or an ATM into a crypto wallet
_CASH_INTO_CRYPTO_WALLETS = (
    "через терминал на криптокошел*", "наличн* ~ на криптокошел*", "naqd pul* ~ kripto hamyon*",
    "naqd pul* ~ kriptohamyon*", "deposit* ~ cash ~ crypto wallet*", "cash ~ into ~ crypto wallet*",
    "پول نقد ~ کیف پول ارز دیجیتال",
)
# … sent on, then "the rest" is the seeker's (across the line break of a numbered list)
_THEN_THE_REST = r"(?!\w)(?:[^\n]{0,200}?\n[^\n]{0,12}?|[^.!?\n]{0,120}?)"
# onto the cards, a wallet or the details "the coordinator" or "the curator" names ("вносить деньги через банкомат
# на карты, которые укажет координатор", "по реквизитам получателя, которые пришлёт координатор")
_ACCOUNTS_A_COORDINATOR_NAMES: tuple[tuple[str, ...], ...] = (
    (r"(?:na|po)\s+(?:kart|koshel|kriptokoshel|rekvizit|schet|schyot)\w*(?:\s+\w+)?\W{0,3}\s*kotor\w*\s+(?:vam\s+"
     r"|tebe\s+)?(?:ukaj|ukazh|prishl|dast|dayot|nazov|skaj|skin|otprav|soobsh)\w*\s+(?:vash\w*\s+|nash\w*\s+)?"
     r"(?:koordinator|kurator|nastavnik)", "kotor", "koordinator*", "kurator*", "nastavnik*"),
    *((opening + r"s?\s+(?:that\s+)?(?:the\s+|your\s+|our\s+)?(?:coordinator|curator|handler)\s+(?:gives?|names?"
       r"|sends?|provides?|specifies|texts?)(?!\w)", opening, "coordinator", "curator", "handler")
      for opening in ("card", "wallet", "account")),
    (r"(?:koordinator|kurator)\w*\s+ko'rsat\w*\s+(?:karta|hisob|hamyon)\w*", "ko'rsat", "koordinator*", "kurator*"),
    (r"به\s+(?:شماره\s+)?(?:کارت|حساب|کیف\s?پول)(?:\s?ها(?:یی)?|ی)?\s+که\s+(?:هماهنگ\s?کننده|پشتیبان|سرپرست|مدیر|من)\s+"
     r"(?:\S+\s+)?"
     r"(?:اعلام|معرفی|میگوید|می\s?گوید|میگه|میدهد|می\s?دهد|میده|مشخص|میفرستد|می\s?فرستد)", "که", "هماهنگ*",
     "هماهنگکننده", "پشتیبان", "سرپرست", "مدیر", "من"),
    # … or the boss ("kun oxirida tushgan summani rahbarimiz bergan kartaga o'tkazasiz", "на карту, которую укажет
    # руководитель", "to the card the manager gives you"), money sent there (not a report to the folder they name)
    (r"(?:rahbar|direktor|menejer|boshliq|xo'jayin)\w*\s+(?:ko'rsat|ber)(?:gan|adigan|ilgan)\s+(?:karta|hamyon"
     r"|hisob(?!ot))\w*[^.!?\n]{0,40}?(?:o'tkaz|tashla|yubor)\w*", "", "rahbar*", "direktor*", "menejer*", "boshliq*",
     "xo'jayin*"),
    (r"(?:na|po)\s+(?:kart|koshel|schet|schyot|rekvizit)\w*\W{0,3}\s*kotor\w*\s+(?:vam\s+|tebe\s+)?(?:ukaj|ukazh|prishl"
     r"|dast|dayot|nazov|skaj|skin|otprav|soobsh)\w*\s+(?:vash\w*\s+|nash\w*\s+)?(?:rukovoditel|direktor|menedjer"
     r"|menejer|nachalnik)", "kotor", "rukovoditel*", "direktor*", "menedjer*", "menejer*", "nachalnik*"),
    (r"(?:forward|send|transfer|wire|move)\w*[^.!?\n]{0,80}?to\s+(?:the\s+)?(?:card|wallet|account)s?\s+(?:that\s+)?"
     r"(?:the\s+|your\s+|our\s+)?(?:manager|boss|director|supervisor|owner)\s+(?:gives|names|sends|provides"
     r"|specifies|texts)(?!\w)", "", "manager", "boss", "director", "supervisor", "owner"),
    # … or "he" names, the curator or the manager said before (a seventeenth writer's P2P "arbitrage": «ты переводишь
    # деньги на карту, которую он укажет», "to the card he gives you"; not "the card you give us" for the seeker's pay),
    # and the subject before its verb («на карту, которую куратор укажет»)
    (r"(?:na|po)\s+(?:kart|koshel|schet|schyot|rekvizit)\w*\W{0,3}\s*kotor\w*\s+(?:on|ona|oni)\s+(?:vam\s+|tebe\s+)?"
     r"(?:ukaj|ukazh|prishl|dast|dayot|nazov|skaj|skin|otprav|soobsh)\w*", "kotor", "on", "ona", "oni"),
    # … or the employer writing names itself (a ship's doctor: «остаток переводить на карты, которые я укажу», "transfer
    # the money to the cards I name", «باقی را به کارت‌هایی که من اعلام می‌کنم واریز کنید»; Uzbek's "men ko'rsatgan
    # kartalarga" is read already); not the card the seeker names for the pay («на карту, которую вы укажете»)
    (r"(?:na|po)\s+(?:kart|koshel|schet|schyot|rekvizit)\w*\W{0,3}\s*kotor\w*\s+(?:ya|mi)\s+(?:vam\s+|tebe\s+)?"
     r"(?:ukaj|ukazh|prishl|dam|dadim|nazov|skaj|skin|otprav|soobsh)\w*", "kotor", "ya", "mi"),
    # (one pattern per pronoun and verb, looked up by both, as "he gives" below: "we" alone is in most English postings)
    *((r"(?:forward|send|transfer|wire|move)\w*[^.!?\n]{0,80}?to\s+(?:the\s+)?(?:card|wallet|account)s?\s+"
       r"(?:that\s+)?" + pronoun + r"\s+" + verb + r"(?!\w)", f" {pronoun} {verb}", pronoun)
      for pronoun in ("i", "we") for verb in ("give", "name", "send", "provide", "specify", "text", "tell")),
    (r"(?:na|po)\s+(?:kart|koshel|schet|schyot|rekvizit)\w*\W{0,3}\s*kotor\w*\s+(?:vash\w*\s+|nash\w*\s+)?"
     r"(?:koordinator|kurator|nastavnik|rukovoditel|direktor|menedjer|menejer|nachalnik)\w*\s+(?:vam\s+|tebe\s+)?"
     r"(?:ukaj|ukazh|prishl|dast|dayot|nazov|skaj|skin|otprav|soobsh)\w*", "kotor", "koordinator*", "kurator*",
     "nastavnik*", "rukovoditel*", "direktor*", "menedjer*", "menejer*", "nachalnik*"),
    # … or names "by" them (a twenty-second writer's "forward the received funds to the supplier accounts named by the
    # Finance Coordinator"), money sent there (not invoices forwarded)
    *((r"(?:forward|send|transfer|wire|move)\w*\s+(?:\S+\s+){0,3}?(?:funds|money|payments?|balance|rest|remainder"
       r"|amount|sum)\s+(?:\S+\s+){0,3}?to\s+(?:the\s+)?(?:\S+\s+)?(?:card|wallet|account)s?\s+(?:named|given"
       r"|provided|specified|chosen)\s+by\s+(?:the\s+|your\s+|our\s+)?(?:\S+\s+)?" + who + r"(?!\w)",
       "by", who) for who in ("coordinator", "curator", "handler", "manager", "supervisor")),
    # (one pattern per pronoun and verb, looked up by both: "he" alone is in most English postings)
    *((r"(?:forward|send|transfer|wire|move)\w*[^.!?\n]{0,80}?to\s+(?:the\s+)?(?:card|wallet|account)s?\s+"
       r"(?:that\s+)?" + pronoun + r"\s+" + verb + r"(?!\w)", f"{pronoun} {verb}", pronoun)
      for pronoun in ("he", "she") for verb in ("gives", "names", "sends", "provides", "specifies", "texts")),
)
# money sent on, and what remains the seeker's reward
_THE_REST_KEPT_AS_REWARD: tuple[tuple[str, ...], ...] = (
    (r"(?:otpravlya|perevodi|perekidyva|otpravit|perevest|perekinut)\w*" + _THEN_THE_REST
     + r"(?:ostavsh|ostatok|ostalnoe|raznits)\w*[^.!?\n]{0,40}?(?:vash\w*|tvo\w*)\s+(?:voznagrajdeni|zarabot|doxod"
     r"|komissi|bonus|gonorar)\w*", "", "ostavsh*", "ostatok", "ostalnoe", "raznitsa", "raznitsu"),
    (r"(?:send|forward|transfer|wire)\w*" + _THEN_THE_REST + r"(?:the\s+)?(?:remaining|rest|remainder|difference"
     r"|leftover)[^.!?\n]{0,40}?is\s+your\s+(?:reward|pay|fee|commission|earnings|compensation|cut|share)",
     "is your", "remaining", "rest", "remainder", "difference", "leftover"),
    (r"(?:o'tkaz|jo'nat|yubor)\w*" + _THEN_THE_REST + r"(?:qolgan|farq)\w*[^.!?\n]{0,40}?(?:sizniki|sizning\s+"
     r"(?:mukofot|daromad|haq|ulush|foyda)\w*)", "sizni", "qolgan*", "farqi", "farq", "farqini"),
    (r"(?:بفرستید|بفرستین|میفرستید|می\s?فرستید|واریز\s*(?:کنید|میکنید|می\s?کنید)|انتقال\s+(?:دهید|میدهید|می\s?دهید)"
     r"|ارسال\s+(?:کنید|میکنید|می\s?کنید))" + _THEN_THE_REST + r"(?:مابقی|باقیمانده|باقی\s?مانده|بقیه|باقی|تفاوت)"
     r"[^.!?\n؛؟]{0,40}?(?:دستمزد|کارمزد|سهم|پاداش|مال|حق\s?الزحمه)\s+(?:شما|خودتان|خودتون)", "", "مابقی",
     "باقیمانده", "باقی", "بقیه", "تفاوت"),
)

# A thirteenth writer's posts (tests/data/legitimacy_phrasings_m): a "mystery shopper" of a money-transfer service who
# draws out what reaches their card and sends it on ("Тайный покупатель — проверка сервиса денежных переводов"), a
# "client" who overpays in USDT and wants the rest sent back («۱۵۰۰ تتر باقی را … به کیف پول طراح قبلی‌مان
# برگردانید»), a "payroll agent" who forwards customers' payments by a Bitcoin ATM. Not a coffee shop's mystery
# shopper, a bank's transfers desk, the rest of the documents sent, nor cash paid in at the bank.
# a "mystery shopper" of a money-transfer service
_MONEY_TRANSFER_MYSTERY_SHOPPERS = (
    # (each holding "денежных переводов" whole, by which it is looked up: a stem as "проверк*" is looked up by its first
    # letters, "prove", which start the English "proven")
    "тайн* покупател* ~ денежных переводов", "проверк* ~ сервиса денежных переводов",
    "проверк* ~ пунктов денежных переводов", "проверк* ~ пункта денежных переводов",
    "пункт* денежных переводов ~ отправля*", "тайн* покупател* ~ western union", "тайн* покупател* ~ вестерн юнион",
    "sirli xaridor* ~ pul o'tkazma*", "pul o'tkazma* ~ sirli xaridor*", "mystery shop* ~ money transfer*",
    "mystery shop* ~ western union", "mystery shop* ~ moneygram", "خریدار مخفی ~ حواله", "خریدار مخفی ~ انتقال پول",
)
# "the rest" sent back
_THE_REST_RETURNED = (
    "остаток ~ верните", "остальное ~ верните", "оставшиеся ~ верните", "оставшуюся сумму ~ верните",
)
# an amount, then "the rest" of it sent back or on ("۱۵۰۰ تتر باقی را … برگردانید", "return the remaining 1,500
# USDT", "qolgan 1 500 USDT ni … qaytaring")
_THE_REST_RETURNED_RAW: tuple[tuple[str, ...], ...] = (
    (r"\d[\d,.]*\s*(?:هزار\s+|میلیون\s+)?(?:تتر|دلار|دالر|تومان|تومن|یورو|usdt)\s+"
     r"(?:باقی|مابقی|بقیه|باقیمانده|اضافه|مازاد)(?!\w)[^.!?\n؛؟]{0,100}?"
     r"(?:برگردانید|برگردونید|پس\s+بفرستید|بفرستید|واریز\s+کنید|انتقال\s+دهید)(?!\w)", "",
     "باقی", "مابقی", "بقیه", "باقیمانده", "اضافه", "مازاد"),
    *((opening + r"\s+(?:the\s+)?(?:remaining|rest|remainder)\s+(?:of\s+the\s+)?" + _MONEY, opening.split("\\")[0],
       "remaining", "rest", "remainder") for opening in ("return", r"send\s+back", "refund", "forward")),
    (r"qolgan\w*\s+" + _UZ_AMOUNT + r"[^.!?\n]{0,60}?qaytar(?:ing|asiz|ib)(?!\w)", "qolgan", "qolgan*"),
)
# money the seeker forwards through a crypto ATM ("you forward the rest … via Wise or a Bitcoin ATM"); not
# customers' deposits an analyst flags
_MONEY_FORWARDED_THROUGH_CRYPTO_ATMS: tuple[tuple[str, ...], ...] = (
    (r"(?:you\s+(?:will\s+|then\s+|must\s+)?|(?:^|(?<=\n)|(?<=[.!?:]\s))[^\w\n]{0,3}\s?)(?:forward|send|transfer|wire"
     r"|deposit)\w*[^.!?\n]{0,80}?(?:via|through|using|at)\s+(?:a\s+|the\s+|any\s+)?(?:bitcoin|crypto|btc)\s+"
     r"atms?(?!\w)",
     "atm", "atm", "atms"),
    (r"(?:perevodite|perevedite|otpravlyayete|otpravte|vnosite|vnesite|zakidyvayete|zakinte)[^.!?\n]{0,80}?cherez\s+"
     r"(?:kriptomat|(?:bitkoin|kripto|bitcoin)[- ]?bankomat)", "cherez", "kriptomat", "bitkoin", "kripto", "bitcoin",
     "kriptobankomat"),
)

# (who pays may be named at length between: «приём платежей от покупателей наших партнёров на вашу личную банковскую
# карту», a twenty-second writer's "payment operator")
_OWN_CARD_PAYMENTS = tuple(
    (opening + r"\w*\s+(?:platej|platyoj|perevod|deneg|oplat)\w*[^.!?\n]{0,80}?(?:svoya|svoyu|svoey|svoyey|lichnaya"
     r"|lichnuyu|svoi|lichnie)\s+(?:bankovsk\w*\s+)?kart", opening, key) for opening, key in (
        ("priyom", "priyom"), ("priem", "priem"), ("prinima", "prinima*"), ("poluch", "poluch*")))
# … and in English, whoever pays named between (a twenty-second writer's "Receive payments from customers in your
# region into your personal checking account by ACH transfer, Zelle or mobile check deposit"); not the seeker's own
# pay ("Receive your salary payments into your personal account"), nor payments from the employer
_PAYMENTS_INTO_YOUR_PERSONAL_ACCOUNT: tuple[tuple[str, ...], ...] = (
    (r"(?:receiv|accept|collect|tak)\w*\s+(?:\S+\s+){0,2}?(?:payments|funds|transfers|deposits)\s+from\s+"
     r"(?!(?:us|the\s+company|the\s+employer|our\s+company)(?!\w))(?:\S+\s+){1,5}?(?:in)?to\s+your\s+(?:own\s+)?"
     r"personal\s+(?:\S+\s+)?(?:account|card)s?(?!\w)", "personal", "personal"),
    (r"دریافت\s+(?:پرداخت|وجه|وجوه|مبالغ|مبلغ|پول)\w*\s+(?:\S+\s+){0,4}?به\s+(?:شماره\s+)?(?:کارت|حساب)\s+"
     r"(?:بانکی\s+)?شخصی\s+(?:خودتان|خودتون|شما|خود)(?!\w)", "شخصی", "دریافت"),
    # … the payer named before the payments ("receive customer payments into your personal account"), or the
    # payments from a payer arriving there whatever the verb ("Payments from buyers will arrive in your personal bank
    # account"), or in Persian the verb last («پرداخت‌های مشتریان را به حساب شخصی خود دریافت … می‌کنید»)
    (r"(?:receiv|accept|collect|tak)\w*\s+(?:the\s+|our\s+)?(?:customer|client|buyer|payer)s?'?\s+(?:payments"
     r"|funds|transfers|deposits|money)\s+(?:\S+\s+){0,3}?(?:in)?to\s+your\s+(?:own\s+)?(?:personal\s+)?"
     r"(?:bank\s+|checking\s+|savings\s+)?(?:account|card)s?(?!\w)", "your", "customer", "client", "buyer", "payer",
     "customers", "clients", "buyers", "payers"),
    (r"(?:payments|funds|transfers|deposits|money)\s+from\s+(?!(?:us|the\s+company|the\s+employer|our\s+company)"
     r"(?!\w))(?:\S+\s+){1,5}?(?:will\s+)?(?:arrive|land|come|go|be\s+(?:paid|sent|made|transferred|deposited))\w*\s+"
     r"(?:in|into|to|onto)\s+your\s+(?:own\s+)?personal\s+(?:\S+\s+)?(?:account|card)s?(?!\w)", "personal", "personal"),
    (r"(?:پرداخت|وجه|وجوه|مبالغ|مبلغ|پول)\w*\s+(?:\S+\s+){0,3}?(?:مشتری|مشتریان|خریدار|خریداران)(?!\w)"
     r"\s+(?:را\s+)?به\s+(?:شماره\s+)?(?:کارت|حساب)\s+(?:بانکی\s+)?شخصی\s+(?:خودتان|خودتون|شما|خود)\s+"
     r"(?:\S+\s+)?دریافت", "شخصی", "مشتری", "مشتریان", "خریدار", "خریداران"),
)
# … the card named first ("получать на свою карту платежи от наших клиентов")
_OWN_CARD_FIRST_PAYMENTS = tuple(
    (opening + r"\w*\s+na\s+(?:svoyu|lichnuyu)\s+(?:bankovsk\w*\s+)?kartu\s+(?:platej|platyoj|perevod|deneg|dengi"
     r"|oplat)", opening, key) for opening, key in (("prinima", "prinima*"), ("poluch", "poluch*")))
# A twenty-ninth writer's posts (tests/data/legitimacy_phrasings_ac), recruiting "drops" in Uzbekistan: the payments of
# "our partners' clients" arriving on the seeker's card («На вашу карту (Uzcard, Humo или Visa) поступают оплаты от
# клиентов наших партнёров, вы переводите их на счёт агента», "Mijozlardan pul kartangizga tushadi", "Payments from our
# clients arrive on your card"), as payments received on it are (``_OWN_CARD_PAYMENTS``); not the seeker's pay arriving
# there («Зарплата поступает на вашу карту»), nor the clients' refunds going back to the clients' own cards.
_CLIENTS_PAYMENTS_ARRIVE_ON_YOUR_CARD: tuple[tuple[str, ...], ...] = (
    (r"na\s+(?:tvoyu|vashu|svoyu|lichnuyu|tvoi|vashi|svoi|lichnie)\s+(?:bankovsk\w*\s+)?kart\w*[^.!?\n]{0,40}?"
     r"(?:postup|prixod|prid)\w*\s+(?:\S+\s+){0,2}?(?:oplat|platej|platyoj|perevod|dengi|sredstva)\w*\s+ot\s+"
     r"(?:\S+\s+)?(?:klient|kliyent|pokupatel|partnyor|partner|zakazchik)", "kart", "postup*", "prixod*", "pridut",
     "pridyot"),
    (r"(?:oplat|platej|platyoj|perevod|dengi|sredstva)\w*\s+ot\s+(?:\S+\s+)?(?:klient|kliyent|pokupatel|partnyor"
     r"|partner|zakazchik)\w*[^.!?\n]{0,40}?(?:postup|prixod|prid)\w*\s+na\s+(?:tvoyu|vashu|svoyu|lichnuyu|tvoi"
     r"|vashi|svoi|lichnie)\s+(?:bankovsk\w*\s+)?kart", "kart", "postup*", "prixod*", "pridut", "pridyot"),
    (r"(?:mijoz|xaridor|hamkor)\w*dan\s+(?:\S+\s+){0,2}?(?:pul|to'lov|o'tkazma)\w*\s+(?:\S+\s+){0,2}?kartangiz\w*\s+"
     r"(?:\S+\s+)?(?:tushadi|keladi|tushib|kelib)", "kartangiz", "mijoz*", "xaridor*", "hamkor*"),
    (r"(?:payments|transfers|money|funds)\s+from\s+(?:our\s+|the\s+)?(?:\S+\s+)?(?:clients|customers|buyers"
     r"|partners)(?!\w)[^.!?\n]{0,30}?(?:arrive|land|come|go)\w*\s+(?:in|into|to|onto|on)\s+your\s+(?:own\s+)?"
     r"(?:bank\s+)?cards?(?!\w)", "your", "clients", "customers", "buyers", "partners"),
)
# … the seeker's card given "for the company's turnover" or for weeks ("Kartangizni bir haftaga kompaniya aylanmasi
# uchun berasiz", «карту для оборота компании», "your card for the company's turnover"), or handed over with its PIN
# ("give the card with the PIN … to our courier", «передаёте карту вместе с PIN-кодом», "Karta va PIN kod bizning
# menejerda turadi"), as with its SIM (``_CARDS_HANDED_OVER_WITH_THEIR_SIM``); not a salary card whose PIN stays with
# the seeker ("karta va PIN faqat sizda bo'ladi"), nor a courier's sealed envelopes whose PIN the customer sets
_CARDS_LENT_FOR_TURNOVER = (
    "kartangizni ~ aylanma* uchun", "aylanmasi uchun ~ kartangizni", "kartangizni ~ haftaga ~ ber*",
    "kartangizni ~ oyga ~ ber*", "карт* ~ для оборота", "для оборота ~ карт*", "карт* ~ под оборот",
    "card* ~ company's turnover", "card* ~ for turnover",
)
_PIN = r"pin(?:[- ]?(?:kod|code)\w*)?(?!\w)"
_CARDS_HANDED_OVER_WITH_THEIR_PIN: tuple[tuple[str, ...], ...] = (
    (r"(?:hand|give|pass|lend|send|mail|leave)\w*\s+(?:over\s+)?(?:\S+\s+){0,3}?cards?\s+(?:together\s+with|along"
     r"\s+with|with|and)\s+(?:the\s+|its\s+|their\s+)?" + _PIN, "pin", "pin"),
    (r"(?:peredayo|peredaye|peredat|peredayte|otdayo|otdaye|otdat|otdayte|ostavlyaye|ostavlyayo)\w*\s+"
     r"(?:\S+\s+){0,3}?kart\w*\s+(?:vmeste\s+s|i|s)\s+(?:\S+\s+)?" + _PIN, "pin", "pin"),
    (r"(?:karta|kartangiz|kartani|kartangizni)\s+va\s+" + _PIN + r"\s+(?:\S+\s+){0,2}?(?:bizda|bizning\s+\S+da"
     r"|menejer\w*da|kurator\w*da)\s+(?:tura|qola|saqlan)\w*", "pin", "pin"),
    (r"(?:kartani|kartangizni)\s+(?:\S+\s+){0,2}?" + _PIN + r"\s+(?:bilan|va)\s+(?:birga\s+)?(?:\S+\s+){0,3}?"
     r"(?:topshir|ber|jo'nat|yubor)(?:asiz|ing|ib)(?!\w)", "pin", "pin"),
)
# … and other people's cards collected with their PINs, a drop network's courier («забирать у наших «партнёров» пакеты
# с банковскими картами, SIM-картами и конвертами с PIN-кодами», "collect bank cards and PIN envelopes", "bank
# kartalari va PIN kodlarni yig'ib olasiz"); not a card courier's sealed envelopes taken at the office, whose PIN the
# customer sets in the bank's app
_CARDS_COLLECTED_WITH_THEIR_PIN: tuple[tuple[str, ...], ...] = (
    (r"(?:zabira|zabrat|zaber|sobira|sobrat|sober)\w*\s+[^.!?\n;]{0,80}?kart\w*[^.!?\n;]{0,60}?\s(?:i|s|vmeste\s+s)\s+"
     r"(?:\S+\s+){0,2}?" + _PIN, "pin", "pin"),
    (r"(?:collect|pick\w*\s+up|gather)\w*\s+(?:\S+\s+){0,4}?cards?\s+(?:and|with|together\s+with)\s+(?:\S+\s+){0,2}?"
     + _PIN, "pin", "pin"),
    (r"kart\w*\s+(?:\S+\s+){0,3}?(?:va|bilan)\s+(?:\S+\s+){0,2}?" + _PIN + r"[^.!?\n]{0,60}?(?:yig'|to'pla"
     r"|olib\s+kel)\w*", "pin", "pin"),
)
# cash drawn out and handed to "our courier" ("снимать наличные в банкомате и передавать их нашему курьеру"); not the
# couriers' cash counted into the office's till
_CASH_HANDED_TO_A_COURIER: tuple[tuple[str, ...], ...] = (
    (r"snim\w*\s+nalichn\w*[^.!?\n]{0,60}?(?:pereda|otda|vruch)\w*\s+(?:\S+\s+){0,2}?kur'?y?er\w*", "nalichn",
     "snimat", "snimite", "snimayete", "snimaete", "snyat", "snimi"),
    (r"naqd\s+pul\w*[^.!?\n]{0,40}?yechib[^.!?\n]{0,30}?kuryer\w*", "yechib", "yechib"),
    (r"withdraw\w*\s+(?:the\s+)?(?:cash|money)[^.!?\n]{0,60}?(?:hand|give|pass)\w*\s+(?:it\s+|them\s+)?(?:over\s+)?"
     r"to\s+(?:our|the|a)\s+courier", "courier", "withdraw", "withdrawing"),
    (r"خودپرداز[^.!?\n؛؟]{0,40}?برداشت[^.!?\n؛؟]{0,40}?به\s+(?:پیک|کوریر|مامور)", "برداشت", "خودپرداز"),
)

# buyers' or customers' payments made into the seeker's own card (a seventeenth writer's P2P "arbitrage": «Покупатели
# переводят сумы или рубли на ТВОЮ карту», «خریداران مبلغ را کارت‌به‌کارت به کارت بانکی شما واریز می‌کنند»), as payments
# received on it are (``_OWN_CARD_PAYMENTS``); not into the shop's card
_BUYERS_PAY_INTO_YOUR_CARD: tuple[tuple[str, ...], ...] = (
    (r"(?:pokupatel|kliyent|klient|zakazchik)\w*\s+(?:\S+\s+){0,4}?(?:perevod|plat|otpravl|skidiva|perechisl|oplachiva|kida)\w*"
     r"\s+(?:\S+\s+){0,4}?na\s+(?:tvoyu|vashu)\s+(?:bankovsk\w*\s+|lichn\w*\s+)?kart", "kart", "pokupatel*",
     "klient*", "kliyent*", "zakazchik*"),
    # (English: one pattern per noun, looked up by it and "card")
    *((noun + r"\s+(?:\S+\s+){0,2}?(?:pay|send|transfer|wire|deposit)\w*\s+(?:\S+\s+){0,4}?(?:to|into|onto)\s+your\s+"
       r"(?:own\s+|personal\s+)?(?:bank\s+)?card", "card", noun) for noun in ("buyers", "customers", "clients", "payers")),
    (r"(?:xaridor|mijoz)\w*\s+(?:\S+\s+){0,4}?(?:sizning\s+)?kartangiz\w*\s+(?:\S+\s+){0,2}?(?:o'tkaz|to'la|tashla"
     r"|yubor)\w*", "kartangiz", "xaridor*", "mijoz*"),
    (r"(?:خریدار|مشتری)\w*[^.!?\n؛؟]{0,60}?به\s+(?:شماره\s+)?(?:کارت|حساب)\s+(?:بانکی\s+)?(?:شخصی\s+)?"
     r"(?:شما|خودتان|خودتون)(?!\w)"
     r"[^.!?\n؛؟]{0,30}?(?:واریز|کارت\s*به\s*کارت|منتقل|پرداخت)", "به ", "خریدار*", "خریداران", "مشتری*",
     "مشتریان"),
)

# Parcels that arrive at the seeker's home and are sent on from it, in one sentence (a twenty-first writer's «Посылки
# приходят на ваш домашний адрес, не вскрывая переклеиваете этикетки и отправляете …», «بسته‌ها به آدرس منزل شما ارسال
# میشه، … برچسب جدید می‌زنید», "Parcels arrive at your home address: relabel them …"), as "uyingiz ~ posilka*" says it
# in Uzbek. Not parcels that only arrive (a brand's samples for a video, the company's laptop: "Ноутбук отправим
# посылкой на ваш домашний адрес").
_PARCELS_AT_YOUR_HOME_SENT_ON: tuple[tuple[str, ...], ...] = (
    (r"(?:parcels|packages|boxes|shipments)(?!\w)[^.!?\n]{0,60}?\syour\s+(?:own\s+)?(?:home|house|apartment|flat)"
     r"(?!\w)[^.!?\n]{0,80}?(?:re-?label|new\s+labels?|re-?ship|re-?pack|forward|(?:post|ship|send|mail)\s+them\s+"
     r"(?:on\s+to|onward|(?:on\s+)?to\s+(?:the\s+|new\s+)?(?:address|addresses|recipients?)))", "your", "parcels",
     "packages", "boxes", "shipments"),
    (r"posilk\w*[^.!?\n]{0,60}?(?:vash\s+(?:domashn\w*\s+)?adres|k\s+vam\s+domoy|vam\s+domoy)(?!\w)[^.!?\n]{0,80}?"
     r"(?:pereklei|pereklee|peresil|pereotprav|pereupak|otprav\w*\s+(?:\S+\s+){0,2}?(?:po|na)\s+(?:\S+\s+)?adres)",
     "posilk", "posilki", "posilok", "posilkami"),
    (r"(?:بستهها|بسته\s+ها|مرسولهها|مرسوله\s+ها)(?!\w)[^.!?\n؛؟]{0,60}?(?:منزل|خانه|خونه)(?:\s+شما|تان|تون)?(?!\w)"
     r"[^.!?\n؛؟]{0,80}?(?:برچسب|بارنامه|ارسال\s*مجدد|(?:به|برای)\s+(?:آدرس|گیرنده)\w*\s+(?:\S+\s+){0,4}?"
     r"(?:ارسال|پست|میفرستید|بفرستید))",
     "", "بستهها", "بسته", "مرسولهها", "مرسوله"),
)
# … or across a duty list's items, as a long posting spreads them (a twenty-second writer's "Receive inbound packages
# from our suppliers at your home address" over "Photograph each item … and remove the supplier invoices and original
# shipping labels"; «приём посылок от поставщиков по вашему домашнему адресу» over «удаление из посылки накладных …»,
# «наклейка новой этикетки»; «دریافت مرسولات تامین‌کنندگان در آدرس منزل خودتان» over «جدا کردن فاکتور، برچسب»;
# "посилкаларни уй манзилингизда қабул қилиш" over "инвойс ва фабрика ёрлиқларини олиб ташлаш"): parcels received at the
# seeker's home, then, within ``STRIPPED_REACH`` characters, their invoices or labels taken off, or a new label put on.
# The match is the parcels at home, whose sentence a negation reaches ("We never ask you to receive packages at home").
# Not parcels relabelled at a warehouse (no home), nor a brand's samples or the company's laptop delivered home (none
# stripped or relabelled).
STRIPPED_REACH = 600
_STRIPPED_AFTER = {
    "en": (r"remov\w*\s+(?:\S+\s+){0,3}?(?:invoices?|labels?|packing\s+slips?|receipts?)(?!\w)"
           r"|original\s+(?:shipping\s+)?labels?|new\s+(?:shipping\s+)?labels?|re-?label"
           r"|print\w*\s+(?!(?:\S+\s+){0,3}?return)(?:\S+\s+){0,3}?labels?(?!\w)"),
    "ru": (r"(?:udal|snim|ubir|ubra)\w*\s+(?:\S+\s+){0,3}?(?:nakladn|etiket|chek|yarlik)|nov\w*\s+etiket|pereklei"
           r"|pereklee|raspechata\w*\s+(?:\S+\s+){0,3}?(?:etiket|nakladn)\w*+(?!\s+vozvrat)"),
    "uz": (r"(?:invoys|yorliq|nakladnoy|etiketka|chek)\w*[^.!?\n]{0,40}?olib\s+tashla|yangi\s+(?:yorliq|etiketka)"
           r"|(?<!qaytarish\s)(?:yorliq|yorlig'|etiketka)\w*[^.!?\n]{0,30}?chop\s+et"),
    "fa": (r"(?:جدا\s*کردن|حذف|برداشتن)\s+(?:\S+\s+){0,2}?(?:فاکتور|برچسب|بارنامه)|برچسب\s+(?:\S+\s+){0,2}?جدید"
           r"|برچسب\w*(?!\s+(?:مرجوعی|برگشت|بازگشت))[^.!?\n؛؟]{0,40}?چاپ"),
}


def _within(reach: int, later: dict[str, str]) -> dict[str, str]:
    """Each language's pattern as a look-ahead: what a match needs said within ``reach`` characters after it."""
    return {lang: r"(?=[\s\S]{0,%d}?(?:%s))" % (reach, rx) for lang, rx in later.items()}


_STRIPPED_LATER = _within(STRIPPED_REACH, _STRIPPED_AFTER)
_PARCELS_AT_YOUR_HOME_STRIPPED_LATER: tuple[tuple[str, ...], ...] = (
    (r"(?:receiv|accept)\w*\s+(?:\S+\s+){0,3}?(?:packages|parcels|shipments|boxes|deliveries)(?!\w)[^.!?\n]{0,60}?"
     r"(?:at|to)\s+your\s+(?:own\s+)?(?:home|house|apartment|flat|residential|residence)(?!\w)"
     + _STRIPPED_LATER["en"], "your", "packages", "parcels", "shipments", "boxes", "deliveries"),
    (r"(?:priyom|priem|poluch|prinima)\w*\s+(?:\S+\s+){0,3}?posil\w*[^.!?\n]{0,60}?(?:po\s+vashemu\s+"
     r"(?:domashnemu\s+)?adresu|na\s+vash\s+(?:domashniy\s+)?adres|k\s+vam\s+domoy|vam\s+domoy|u\s+sebya\s+doma"
     r"|na\s+domu)(?!\w)" + _STRIPPED_LATER["ru"], "posil", "posilok", "posilki", "posilku", "posilka"),
    (r"posilka\w*\s+(?:\S+\s+){0,2}?(?:uy\s+manzilingiz|uyingiz)\w*[^.!?\n]{0,40}?qabul" + _STRIPPED_LATER["uz"],
     "posilka", "posilka*"),
    (r"دریافت\s+(?:\S+\s+){0,3}?(?:مرسولات|مرسولهها|مرسوله|بستهها|بسته)(?!\w)[^.!?\n؛؟]{0,60}?(?:منزل|خانه)"
     r"\s*(?:خودتان|خود|شما|تان|تون)" + _STRIPPED_LATER["fa"], "دریافت", "دریافت"),
    # … or said to arrive there (an executive assistant's "week 1 tasks": "Two packages will arrive at your home
    # address on Wednesday" over "Print the prepaid UPS labels I attached, stick them on …"; not a label to return
    # the company's laptop on: "print the prepaid return label", «этикетку возврата», «برچسب مرجوعی»)
    (r"(?:packages|parcels|shipments|boxes|deliveries)(?!\w)[^.!?\n]{0,40}?(?:arrive|be\s+delivered|come"
     r"|be\s+shipped|be\s+sent)\s+(?:\S+\s+){0,2}?(?:at|to)\s+your\s+(?:own\s+)?(?:home|house|apartment|flat)(?!\w)"
     + _STRIPPED_LATER["en"], "", "packages", "parcels", "shipments", "boxes", "deliveries"),
    (r"posil\w*\s+(?:\S+\s+){0,3}?(?:pridut|priyedut|pridyot|pridet|priyedet|budut\s+dostavleni|dostavyat)\s+"
     r"(?:\S+\s+){0,2}?(?:na\s+vash\s+(?:domashniy\s+)?adres|k\s+vam\s+domoy|vam\s+domoy)(?!\w)"
     + _STRIPPED_LATER["ru"], "posil", "posilki", "posilka", "posilku", "posilok"),
    (r"posilka\w*\s+(?:\S+\s+){0,2}?(?:uy\s+manzilingiz|uyingiz)\w*\s+(?:keladi|yetkaziladi|yetib\s+keladi)"
     + _STRIPPED_LATER["uz"], "posilka", "posilka*"),
    (r"(?:بستهها|بسته\s+ها|مرسولهها|مرسوله\s+ها|بسته|مرسوله)(?!\w)[^.!?\n؛؟]{0,40}?(?:منزل|خانه)\s*"
     r"(?:شما|تان|تون|خودتان)?\s+(?:میرسد|میرسه|تحویل\s+داده\s+میشود|ارسال\s+میشود)" + _STRIPPED_LATER["fa"],
     "", "بستهها", "بسته", "مرسولهها", "مرسوله"),
)

# The employer's money sent to the seeker (a cheque mailed, a sum put on the seeker's card), then, within
# ``PAID_ON_REACH`` characters, the seeker told to pay it to "our" vendor or supplier (a twenty-second writer's "we will
# mail you a check that covers your laptop … deposit it through your bank's mobile app; as soon as the funds show in
# your account, buy the equipment package from our approved IT vendor", «мы переведём на вашу карту 9 500 000 сум на
# покупку рабочего комплекта … перевести на реквизиты нашего официального поставщика»): the cheque-for-equipment
# scheme, said over sentences. The match is the money sent; not the seeker's salary sent there (``pays_the_seeker``),
# nor the company's card or account paying ("order from our vendor with the company card").
PAID_ON_REACH = 500
_PAID_ON_LATER = {
    "en": (r"(?:buy|purchase|pay|order)\w*\s+(?:\S+\s+){0,5}?(?:from|to)\s+our\s+(?:\S+\s+){0,3}?"
           r"(?:vendor|supplier|provider)s?(?!\w)(?![^.!?\n]{0,40}?(?:company|corporate)\s+(?:card|account))"),
    "ru": (r"(?:perevest|perevedite|perevodite|oplatit|oplatite|otpravit|otpravte|perechislit|perechislite)\w*\s+"
           r"(?:\S+\s+){0,6}?nash\w*\s+(?:\S+\s+){0,2}?postavshik"),
    "uz": (r"(?:yetkazib\s+beruvchi|ta'minotchi|sotuvchi)miz\w*\s+(?:\S+\s+){0,3}?(?:o'tkaz(?:asiz|ing|ib\s+berasiz)"
           r"|to'la(?:ysiz|ng))(?!\w)"),
    "fa": (r"(?:تامین\s?کننده|تامینکننده|تأمینکننده|فروشنده)\s+(?:\S+\s+){0,2}?(?:ما|شرکت)(?!\w)[^.!?\n؛؟]{0,60}?"
           r"(?:واریز|پرداخت|انتقال)"),
}
_PAID_ON = _within(PAID_ON_REACH, _PAID_ON_LATER)
_THE_EMPLOYERS_MONEY_PAID_ON: tuple[tuple[str, ...], ...] = (
    (r"(?:mail|send|give|issue|wire|transfer|deposit)\w*\s+you\s+(?:a\s+|the\s+)?(?:check|cheque|funds|money)s?"
     r"(?!\w)" + _PAID_ON["en"], "you", "mail", "send", "give", "issue", "wire", "transfer", "deposit", "mailing",
     "sending", "giving", "issuing", "wiring", "transferring", "depositing", "mails", "sends", "gives", "issues",
     "wires", "transfers", "deposits"),
    (r"(?:perevedyom|perevedem|perechislim|otpravim|skinem|zachislim)\s+(?:\S+\s+){0,2}?na\s+(?:vashu|tvoyu)\s+"
     r"(?:\S+\s+)?kartu(?!\w)" + _PAID_ON["ru"], "kartu", "perevedyom", "perevedem", "perechislim", "otpravim",
     "skinem", "zachislim"),
    (r"(?:kartangiz|hisobingiz)ga\s+(?:\S+\s+){0,5}?(?:o'tkazamiz|o'tkazib\s+beramiz|tashlaymiz|yuboramiz)"
     + _PAID_ON["uz"], "", "kartangizga", "hisobingizga"),
    (r"به\s+(?:شماره\s+)?(?:کارت|حساب)\s+(?:بانکی\s+)?(?:شما|خودتان)\s+(?:\S+\s+){0,2}?واریز\s*(?:میکنیم|میشود"
     r"|خواهد\s+شد|خواهیم\s+کرد)" + _PAID_ON["fa"], "واریز", "واریز"),
)

# Payments into the seeker's personal account, then, within ``SENT_ON_REACH`` characters, sent on to "our" people or
# the company ("Receive payments into your personal account and send them on to our accountant"): no payer named, the
# onward transfer says whose money it is. Not the seeker's pay there ("… and can transfer it to any bank you like").
SENT_ON_REACH = 200
_SENT_ON = _within(SENT_ON_REACH, {
    "en": (r"(?:send|transfer|wire|forward|pass|move)\w*\s+(?:them|it|the\s+(?:money|funds|payments|rest|balance))"
           r"(?:\s+on)?\s+(?:\S+\s+){0,3}?to\s+(?:our|the\s+company|the\s+accounts?|accounts?\s+(?:we|our))(?!\w)"),
})
_PAYMENTS_INTO_YOUR_PERSONAL_ACCOUNT_SENT_ON: tuple[tuple[str, ...], ...] = (
    (r"(?:payments|funds|transfers|deposits|money)\s+(?:in|into|to|onto)\s+your\s+(?:own\s+)?(?:personal\s+)?"
     r"(?:bank\s+|checking\s+|savings\s+)?(?:account|card)s?(?!\w)" + _SENT_ON["en"], "your", "payments", "funds",
     "transfers", "deposits", "money"),
)

# Posts on the hiring process of a remote job (tests/data/legitimacy_phrasings_y): gift cards an "executive" has the
# new assistant buy for his clients, with the assistant's own money or their codes, PINs or card backs sent to him
# ("… gift cards, using your own funds. You send him the card numbers and PINs by text", "send me clear photos of the
# card backs", "sovg'a kartalarini … Kartalar o'z mablag'ingizdan olinadi, kodlari … rahbarga yuboriladi", «подарочные
# карты … за свой счёт … пришлите коды», «کارت هدیه … با پول خودتان … کدها را برای مدیر بفرستید»), in the gift card's
# sentence or the next one, with no negation between. Not gift cards bought on the employer's account or card, nor a
# shop's gift cards sold and their codes e-mailed to its customers, nor "no one will ask you to buy gift cards and send
# codes". The boss the codes go to is no workplace (``PARCEL_WORKPLACE`` excuses parcels forwarded to an executive):
# such a match is never excused by it (``MULE_NEVER_EXCUSED``).
# (an Uzbek negative verb too: "… sotib olmaysiz", "… yubormang")
_NEGATION_FREE = (r"(?:(?!(?<!\w)(?:never|not|won't|don't|nobody|no\s+one|nikogda|ne|ni|hech|هرگز|هیچ|نه|نمی\w*)(?!\w)"
                  r"|[^\W\d_]ma(?:ydi|ysiz|ymiz|ng|ngiz|gan|sdan)(?!\w))(?:[^.!?\n؛؟]|\.(?=\w)))")
_GIFT_CARD_GAP = _NEGATION_FREE + r"{0,160}?(?:[.!?\n؛؟]\s*" + _NEGATION_FREE + r"{0,160}?)?"
_GIFT_CARDS = {
    "en": (r"gift[- ]?cards?(?!\w)", "gift", "gift", "giftcard", "giftcards"),
    "ru": (r"podarochn\w*\s+(?:kart|sertifikat)\w*", "podarochn", "podarochn*"),
    "uz": (r"sovg'a\s+(?:karta|sertifikat)\w*", "", "sovg", "sovga"),
    "fa": (r"(?:کارت\s*(?:های\s*)?هدیه|گیفت\s*کارت)", "", "هدیه", "گیفت", "گیفتکارت"),
}
_THE_EMPLOYERS_SIDE_RU = r"(?:mne|nam|yemu|yey|rukovoditel|direktor|nachalnik|shef|boss|menedjer)\w*"
_THE_EMPLOYERS_SIDE_UZ = r"(?:menga|bizga|unga|(?:rahbar|direktor|boss|menejer|xo'jayin)\w*ga)(?!\w)"
_GIFT_CARDS_FOR_THE_EMPLOYER_AFTER = {
    "en": (r"(?:(?<!\w)(?:send|text|e-?mail|forward|give|share|message|dm)\w*\s+(?:me|him|her|us)\s+(?:\S+\s+){0,6}?"
           r"(?:codes?|pins?|card\s+numbers|card\s+backs|backs?\s+of\s+the\s+cards?)(?!\w)"
           r"|(?<!\w)(?:codes?|pins?|card\s+numbers|card\s+backs)\s+(?:\S+\s+){0,4}?to\s+(?:me|him|her|us|the\s+"
           r"(?:ceo|boss|director|manager|executive|principal|owner|president))(?!\w)"
           r"|(?:with|using|from|out\s+of|on)\s+your\s+(?:own|personal)\s+(?:money|funds|cash|pocket|card|credit\s+card"
           r"|debit\s+card|account)(?!\w))"),
    "ru": (r"(?:(?<!\w)(?:prishl|prisila|skin|skid|pereshl)\w*\s+(?:\S+\s+){0,4}?(?:kod|foto|nomer|pin)\w*"
           r"|(?<!\w)(?:otprav|pereda|soobsh)\w*\s+" + _THE_EMPLOYERS_SIDE_RU + r"\s+(?:\S+\s+){0,4}?(?:kod|foto|nomer"
           r"|pin)\w*|(?<!\w)(?:kod|foto|nomer|pin)\w*\s+(?:\S+\s+){0,4}?" + _THE_EMPLOYERS_SIDE_RU + r"(?!\w)"
           r"|za\s+svoy\s+(?:schyot|schet)|(?:na|za)\s+svoi\s+dengi|iz\s+svoih\s+(?:deneg|sredstv)|svoimi\s+dengami"
           r"|so?\s+svoyey\s+karti|za\s+sobstvenn\w*\s+(?:schyot|schet|sredstva))"),
    "uz": (r"(?:(?<!\w)kod\w*[^.!?\n]{0,60}?(?<!\w)" + _THE_EMPLOYERS_SIDE_UZ + r"[^.!?\n]{0,40}?(?<!\w)(?:yubor|jo'nat"
           r"|tashla)\w*|(?<!\w)" + _THE_EMPLOYERS_SIDE_UZ + r"\s+(?:\S+\s+){0,3}?kod\w*\s+(?:\S+\s+){0,2}?(?:yubor"
           r"|jo'nat|tashla)\w*|(?<!\w)o'z(?:ingiz(?:ning)?)?\s+(?:pul|mablag'|hisob|karta)\w*)"),
    "fa": (r"(?:(?<!\w)کد\w*[^.!?\n؛؟]{0,60}?(?:برای|به)\s+(?:من|ما|او|ایشان|مدیر\w*|رئیس|رییس)(?!\w)[^.!?\n؛؟]{0,30}?"
           r"(?:بفرست|ارسال|میفرست|بدهید|بدید)\w*|(?:با|از)\s+(?:پول|هزینه|جیب|کارت|حساب)\s+(?:شخصی\s+)?"
           r"(?:خودتان|خودتون|خودت|خود)(?!\w))"),
}
_GIFT_CARDS_BOUGHT_FOR_THE_EMPLOYER: tuple[tuple[str, ...], ...] = tuple(
    (_GIFT_CARDS[lang][0] + _GIFT_CARD_GAP + later, *_GIFT_CARDS[lang][1:])
    for lang, later in _GIFT_CARDS_FOR_THE_EMPLOYER_AFTER.items()) + (
    # … the money named first ("With your own money, buy Apple gift cards for my clients")
    (r"(?:with|using)\s+your\s+(?:own|personal)\s+(?:money|funds|cash|card)\s+(?:\S+\s+){0,3}?(?:buy|purchase|pick\s+up"
     r"|get)\w*\s+(?:\S+\s+){0,3}?gift[- ]?cards?(?!\w)", "gift", "gift", "giftcard", "giftcards"),
    (r"(?:za\s+svoy\s+(?:schyot|schet)|(?:na|za)\s+svoi\s+dengi)\s+(?:\S+\s+){0,4}?" + _GIFT_CARDS["ru"][0],
     "podarochn", "podarochn*"),
)

# … and reshipping in its remote-board dress: goods ordered in the seeker's name that the seeker forwards abroad or to
# "our clients" ("Receive laptops, phones and tablets ordered in your name … Repack and forward the items", «заказанные
# на ваше имя … отправляете клиентам за границу», "nomingizga buyurtma qilingan … mijozlarga jo'natasiz", «به نام
# شما سفارش داده می‌شود … ارسال مجدد کنید»), or items sent with the labels "we" or "our team" send ("forward the items
# with the labels our logistics team sends you", «отправляйте посылки с этикетками, которые мы пришлём»). Not a company
# laptop ordered in the hire's name, nor the laptop or equipment sent back with the prepaid label the employer e-mails.
_SENT_ON_ABROAD = {
    "en": r"(?<!\w)re-?ship\w*|(?<!\w)forward\w*\s+(?:them|it|the\s+(?:\S+\s+)?(?:items|goods|packages|parcels|orders"
          r"|devices|products|electronics|phones|laptops))(?!\w)|(?<!\w)(?:send|ship|mail|forward)\w*\s+"
          r"(?:\S+\s+){0,3}?(?:abroad|overseas|to\s+our\s+(?:clients|customers|buyers)|to\s+the\s+addresses)",
    "ru": r"(?<!\w)(?:pereotprav|peresil|pereupak)\w*|(?<!\w)otprav\w*\s+(?:\S+\s+){0,3}?(?:za\s+granits|za\s+rubej"
          r"|klient|pokupatel|po\s+adres)\w*",
    "uz": r"(?<!\w)qayta\s+(?:jo'nat|yubor)\w*|(?<!\w)(?:mijoz|xaridor|xorij|chet|manzil)\w*\s+(?:\S+\s+){0,2}?"
          r"(?:jo'nat|yubor)\w*",
    "fa": r"ارسال\s+مجدد|(?:برای|به)\s+(?:مشتری|مشتریان|خارج|آدرس)\w*[^.!?\n؛؟]{0,30}?(?:ارسال|بفرستید|پست)",
}
# The employer's money sent to the seeker's card, goods bought with it and sent on to the addresses the employer gives
# (a "personal shopper" of phones and smartwatches: "Each week we send funds to your card, you buy the items on our
# list …, and ship the sealed boxes to the addresses we give you", «Мы переводим деньги на вашу карту, вы покупаете
# телефоны и отправляете коробки по адресам», "Kartangizga pul o'tkazamiz, telefonlarni sotib olib, manzillarga
# jo'natasiz", «پول را به کارت شما واریز می‌کنیم، گوشی می‌خرید و به آدرس‌هایی که می‌دهیم ارسال می‌کنید»). Not the
# family's money for its groceries, nor goods brought to its home.
_FUNDS_SENT_TO_YOUR_CARD = {
    "en": (r"(?:send|transfer|wire|deposit|load|put)\w*\s+(?:\S+\s+){0,2}?(?:funds|money|cash)\s+(?:to|into|onto|on)\s+"
           r"your\s+(?:own\s+|personal\s+)?(?:bank\s+)?(?:card|account)s?(?!\w)", "your", "funds", "money", "cash"),
    "ru": (r"(?:perevod|perechisl|otpravl|skid|zachisl|perevedyo?m|perechislim|otpravim|skinem|zachislim)\w*\s+"
           r"(?:\S+\s+){0,2}?(?:dengi|sredstva|summ\w*)\s+na\s+(?:vashu|tvoyu|svoyu)\s+kart\w*", "kart", "dengi",
           "sredstva", "summu", "summi"),
    "uz": (r"(?:kartangiz|hisobingiz)ga\s+(?:\S+\s+){0,3}?(?:pul|mablag')\w*\s+(?:o'tkazamiz|tashlaymiz|yuboramiz"
           r"|tushiramiz|tushadi)(?!\w)", "", "kartangizga", "hisobingizga"),
    "fa": (r"(?:پول|مبلغ|وجه)[^.!?\n؛؟]{0,30}?به\s+(?:حساب|کارت)\s*(?:بانکی\s+)?(?:شما|خودتان)\s+(?:\S+\s+){0,2}?"
           r"واریز", "واریز", "واریز"),
}
# "Our" vendors paid as the job, and the seeker's own or personal bank account asked for, within
# ``OWN_ACCOUNT_REACH`` of one another (a travelling "CEO's" PA: "Tasks: paying our vendors & suppliers … Must have:
# your own bank account with online banking", «оплата наших поставщиков … нужна своя банковская карта», "yetkazib
# beruvchilarimizga to'lov … o'z bank kartangiz", «پرداخت به تأمین‌کنندگان ما … حساب بانکی شخصی»): the company's money
# passes through it. Not the family's or the company's vendors paid from its own accounts ("You will never use a
# personal account": a negation between ends the match).
OWN_ACCOUNT_REACH = 300
_OUR_VENDORS = {
    "en": r"pay\w*\s+(?:\S+\s+){0,2}?our\s+(?:\S+\s+)?(?:vendors|suppliers|contractors)(?!\w)",
    "ru": r"(?:oplat|plat|perevod)\w*\s+(?:\S+\s+){0,2}?nash\w*\s+(?:\S+\s+)?(?:postavshik|podryadchik|kontragent)\w*",
    "uz": r"(?:yetkazib\s+beruvchi|ta'minotchi|pudratchi)(?:lar)?imiz\w*\s+(?:\S+\s+){0,3}?to'l\w*",
    "fa": r"(?:پرداخت|تسویه)\s+(?:\S+\s+){0,2}?(?:تامین\s?کنندگان|تأمین\s?کنندگان|فروشندگان|پیمانکاران)\s+ما(?!\w)",
}
_YOUR_OWN_ACCOUNT = {
    "en": r"your\s+(?:own|personal)\s+(?:\S+\s+)?(?:bank\s+)?(?:account|card)s?(?!\w)",
    "ru": r"(?:svo|lichn)\w*\s+(?:\S+\s+)?(?:bankovsk\w*\s+)?(?:kart|schyot|schet|scheta)\w*",
    "uz": r"(?:o'z|shaxsiy)\s+(?:\S+\s+)?(?:bank\s+)?(?:karta|hisob(?!ot))\w*",
    "fa": r"حساب\s+(?:بانکی\s+)?(?:شخصی|خودتان|خود)(?!\w)",
}
_OUR_VENDORS_KEYS = {"en": ("our", "vendors", "suppliers", "contractors"), "ru": ("nash", "postavshik*", "podryadchik*",
                     "kontragent*"), "uz": ("imiz", "beruvchilarimiz*", "beruvchimiz*", "ta'minotchi*", "pudratchi*"),
                     "fa": ("ما", "کنندگان", "تامینکنندگان", "تأمینکنندگان", "فروشندگان", "پیمانکاران")}
_OUR_VENDORS_PAID_FROM_YOUR_OWN_ACCOUNT: tuple[tuple[str, ...], ...] = tuple(
    (first + r"[\s\S]{0,%d}?" % OWN_ACCOUNT_REACH + then, *_OUR_VENDORS_KEYS[lang])
    for lang in ("en", "ru", "uz", "fa")
    for first, then in ((_OUR_VENDORS[lang], _YOUR_OWN_ACCOUNT[lang]), (_YOUR_OWN_ACCOUNT[lang], _OUR_VENDORS[lang])))
_OUR_MONEY_SPENT_ON_GOODS_SENT_ON: tuple[tuple[str, ...], ...] = tuple(
    (_FUNDS_SENT_TO_YOUR_CARD[lang][0] + r"[\s\S]{0,300}?(?:" + _SENT_ON_ABROAD[lang] + r")",
     *_FUNDS_SENT_TO_YOUR_CARD[lang][1:]) for lang in ("en", "ru", "uz", "fa"))
_ORDERED_IN_YOUR_NAME = {
    "en": (r"(?:ordered|purchased|bought)\s+(?:\S+\s+){0,2}?(?:in|under)\s+your\s+(?:own\s+)?name(?!\w)", " name",
           "ordered", "purchased", "bought"),
    "ru": (r"(?:zakaz|kupl|priobret)\w*\s+(?:\S+\s+){0,2}?na\s+(?:vashe|svoyo|svoe|tvoyo)\s+imya(?!\w)", "imya",
           "imya"),
    "uz": (r"nomingizga\s+(?:\S+\s+){0,2}?(?:buyurtma|xarid)\w*", "nomingizga", "nomingizga"),
    "fa": (r"به\s+(?:نام|اسم)\s+(?:شما|خودتان|خودتون)\s+(?:\S+\s+){0,3}?(?:سفارش|خرید|خریداری)", "به ", "سفارش",
           "خرید", "خریداری"),
}
_GOODS_IN_YOUR_NAME_SENT_ON: tuple[tuple[str, ...], ...] = tuple(
    (_ORDERED_IN_YOUR_NAME[lang][0] + r"[\s\S]{0,300}?(?:" + _SENT_ON_ABROAD[lang] + r")",
     *_ORDERED_IN_YOUR_NAME[lang][1:])
    for lang in ("en", "ru", "uz", "fa")) + (
    (r"(?<!\w)(?:forward|re-?ship|ship|send|mail)\w*\s+(?:(?!(?:back|return\w*|laptop|equipment|device|computer)(?!\w))"
     r"\S+\s+){0,4}?(?:with|using)\s+(?:the\s+)?(?:(?:new|prepaid|shipping)\s+)*labels?\s+(?:that\s+)?"
     r"(?:we|our(?:\s+\S+){0,2}|the\s+(?:coordinator|manager|team))\s+(?:will\s+)?(?:send|e-?mail|provide|give)\w*",
     "label", "label", "labels"),
    (r"(?:otprav|peresil|pereotprav)\w*\s+(?:\S+\s+){0,4}?s\s+(?:\S+\s+)?(?:etiket|nakleyk|yarlik|nakladn)\w*,?\s+"
     r"(?:kotor\w*\s+)?(?:mi|nami)\s+(?:prishl|otprav|vishl|dadim|pereshl)\w*", "", "etiket*", "nakleyk*",
     "yarlik*", "nakladn*"),
    (r"(?:biz|menejer\w*|koordinator\w*)\s+(?:\S+\s+)?(?:yuborgan|jo'natgan|bergan)\s+(?:\S+\s+)?(?:yorliq|etiketka"
     r"|nakleyka|nakladnoy)\w*\s+(?:bilan\s+)?(?:\S+\s+){0,2}?(?:jo'nat|yubor)\w*", "", "yorliq*", "etiketka*",
     "nakleyka*", "nakladnoy*"),
    (r"با\s+(?:برچسب|لیبل|بارنامه)\w*\s+(?:\S+\s+)?که\s+(?:ما\s+)?(?:می\s*فرست|میفرست|ارسال\s*میکن|میدهیم|میدیم)\w*"
     r"[^.!?\n؛؟]{0,40}?(?:ارسال|بفرستید|پست)", "که", "برچسب", "برچسبی", "لیبل", "بارنامه"),
)

# A twenty-eighth writer's posts (tests/data/legitimacy_phrasings_ab, the Iranian market): money paid into the
# seeker's account, the seeker's share kept and "the rest" sent on by the seeker («ما مبلغ خرید را به حساب شما واریز
# می‌کنیم، شما دستمزد خودتان (۱۰٪) را برمی‌دارید و باقی را … کارت‌به‌کارت یا پایا می‌کنید»), a sum paid "by mistake"
# sent back («اگر مبلغ بیشتری به اشتباه واریز شد، مابقی را … به حساب اعلامی برگردانید», "If we overpay you, send the
# extra back"), and the seeker's own cheques paying the firm's suppliers («پرداخت به تأمین‌کنندگان با چک‌های شما
# انجام می‌شود», "tasvir-e safhe-ye avval-e daste-chek", "made with your personal checks"). Not pay in two parts ("we
# pay … and the rest after delivery": the employer's verb), a deduction made good, nor the firm's own cheques.
# … but not a customer's overpayment the seeker refunds from the business's own payment system (a thirty-fifth
# writer's billing assistant, tests/data/legitimacy_phrasings_ai: "When a student overpays or pays twice, refund the
# difference from our Stripe account back to the student's card"): the money never touches the seeker's accounts.
_FROM_OUR_SYSTEM = (r"(?!\s+(?:back\s+)?(?:from|in|inside|through|via|using|within)\s+(?:our|the\s+(?:company|school"
                    r"|shop|store|business)'?s?)\s+(?:own\s+)?(?:\S+\s+){0,2}?(?:stripe|paypal\s+business|account"
                    r"|dashboard|panel|system|gateway|checkout|billing|merchant)(?!\w))")
_THE_REST_OF_OUR_TRANSFER_SENT_ON: tuple[tuple[str, ...], ...] = (
    (r"(?:به\s+(?:حساب|کارت)\s*(?:بانکی\s+)?(?:شما|خودتان|خودتون)|به\s+(?:حسابتان|حسابتون|کارتتان|کارتتون))\s+"
     r"(?:\S+\s+){0,2}?واریز[^\n]{0,160}?(?<!\w)(?:باقی|مابقی|بقیه|باقیمانده)(?!\w)[^.!?\n؛؟]{0,100}?"
     r"(?:کارت\s?به\s?کارت|واریز|پایا|ساتنا|انتقال|منتقل)\s*(?:می\s?کنید|کنید|نمایید|می\s?نمایید|می\s?دهید|دهید"
     r"|بدهید)(?!\w)", "واریز", "باقی", "مابقی", "بقیه", "باقیمانده"),
    (r"(?<!\w)اشتباه\s+(?:\S+\s+){0,2}?واریز[^.!?\n؛؟]{0,100}?(?:برگردانید|برگردونید|پس\s+بفرستید|پس\s+بدهید"
     r"|عودت\s+دهید|عودت\s+بدهید)(?!\w)", "اشتباه", "اشتباه", "اشتباها", "اشتباهی"),
    (r"overpa(?:y|id|ying|yment)\w*[^.!?\n]{0,80}?(?:send|return|refund|wire|transfer|forward)\w*\s+(?:back\s+)?"
     r"(?:the\s+)?(?:extra|excess|difference|rest|remainder|surplus|overpayment)(?!\w)" + _FROM_OUR_SYSTEM,
     "overpa", "overpa*"),
)
# A thirty-fifth writer's posts (tests/data/legitimacy_phrasings_ai): "we" pay the seeker more than the pay, and a
# part of it, an amount, "the rest" or "the difference", goes on from the seeker to "our" photographer, editor or
# supplier («мы переведём вам сразу 60 000 ₽ — 25 000 оставляете себе…, а 35 000 переводите нашему фотографу»,
# «картангизга 4 000 000 сўм ўтказамиз… қолган 2 800 000 ни монтажчимизнинг картасига ўтказиб берасиз», "We will send
# you $3,000: keep $500 and send $2,500 to our photographer", «۶ میلیون را به کارت طراح ما واریز کنید»). Not the
# employer paying its people itself ("our photographer is paid by us directly", «муҳарриримизга ўзимиз тўлаймиз»):
# the seeker's verb sends it. (Each amount's digits are bounded: a run of them is read once.)
_OURS_RU = r"(?:nashemu|nashey|nashim|moyemu|moemu|moyey|moey)"
_SEEKER_SENDS_RU = (r"(?:perevodite|perevedite|otpravte|otpravlyayete|otpravlyaete|perekinte|perekidyvayete"
                    r"|perekidivayete|peredayte|oplatite|skinte|skidyvayete)")
_AMOUNT_OR_REST_RU = r"(?:\d[\d\s.,]{0,16}(?:\s*(?:₽|rub\w*|sum|so'm|\$|usd|tis\w*))?|ostatok|ostalnoe|raznitsu|chast\w*)"
_SEEKER_SENDS_UZ = (r"(?:o'tkaz|utkaz|tashla|yubor|jo'nat|junat)(?:asiz|ing|ib\s+berasiz|ib\s+bering"
                    r"|ib\s+yuborasiz)(?!\w)")
_PART_OF_OUR_TRANSFER_SENT_TO_OURS: tuple[tuple[str, ...], ...] = (
    (r"(?:perevedyom|perevedem|perechislim|otpravim|skinem|zakinem|vishlem|oplatim)\s+(?:\S+\s+){0,2}?(?:vam|tebe"
     r"|na\s+(?:vash|tvo)\w*\s+(?:kart|schyot|schet|koshel)\w*)(?!\w)[^\n]{0,200}?(?<!\w)(?:" + _AMOUNT_OR_REST_RU
     + r"\s+(?:\S+\s+){0,2}?" + _SEEKER_SENDS_RU + r"|" + _SEEKER_SENDS_RU + r"\s+(?:\S+\s+){0,2}?"
     + _AMOUNT_OR_REST_RU + r")\s+(?:\S+\s+){0,2}?" + _OURS_RU + r"(?!\w)", "", "perevedyom", "perevedem",
     "perechislim", "otpravim", "skinem", "zakinem", "vishlem", "oplatim"),
    (r"(?:kartangiz\w*|sizga|hisobingiz\w*)\s+(?:\S+\s+){0,4}?(?:o'tkazamiz|utkazamiz|tashlaymiz|yuboramiz"
     r"|jo'natamiz|junatamiz|to'laymiz|tulaymiz)(?!\w)[^\n]{0,200}?(?<!\w)(?:qolgan\w*|\d[\d\s.,]{0,16}\d|\d)"
     r"(?:\s*(?:so'm|sum|ming)\w*)?\s+(?:i?ni\s+)?(?:\S+\s+){0,1}?\w+(?:imiz|miz)(?:ning\s+(?:karta|hisob)\w*"
     r"|ga)\s+(?:\S+\s+)?" + _SEEKER_SENDS_UZ, "", "kartangiz*", "sizga", "hisobingiz*"),
    # (opening with the literal "we", which the regex engine skips ahead to fast)
    (r"we(?<!\wwe)(?:'ll|\s+will)?\s+(?:send|pay|transfer|wire|deposit)\s+(?:you|(?:in)?to\s+your\s+\S+)"
     r"(?!\w)[^\n]{0,200}?(?<!\w)(?:send|forward|transfer|wire|pay)\s+(?:the\s+(?:other|remaining)\s+)?"
     r"(?:\$\s?\d[\d,.]{0,16}k?|\d[\d,.]{0,16}\s*(?:usd|dollars|eur|euros|gbp|pounds)|the\s+rest|the\s+remainder"
     r"|the\s+difference)\s+(?:\S+\s+){0,3}?to our\s+\w", "to our", "you", "your"),
    (r"(?:به\s+(?:کارت|حساب)\s*(?:بانکی\s+)?(?:شما|خودتان|خودتون)|به\s+(?:حسابتان|حسابتون|کارتتان|کارتتون))\s+"
     r"(?:\S+\s+){0,2}?واریز[^\n]{0,200}?\d[\d,.]{0,16}\s*(?:هزار|میلیون)?\s*(?:تومان|تومن|دلار)?\s+(?:را|رو)\s+"
     r"(?:\S+\s+){0,2}?به\s+(?:کارت|حساب)\s+\S+(?:\s+ما)?\s+(?:واریز|کارت\s?به\s?کارت|منتقل|انتقال)\s*"
     r"(?:کنید|میکنید|می\s?کنید|نمایید|دهید|بدهید)(?!\w)", "واریز", "کارت", "حساب", "حسابتان", "حسابتون", "کارتتان",
     "کارتتون"),
)
_OWN_CHEQUES_LENT = (
    "با چک های شما", "با چکهای شما", "از چک های شما", "از چکهای شما", "دسته چک شما", "دستهچک شما",
    "صفحه اول دسته چک", "صفحه اول دستهچک", "with your personal checks", "with your personal cheques",
    "with your own checks", "with your own cheques", "from your personal checkbook", "from your own checkbook",
    "from your personal chequebook", "from your own chequebook",
)
MONEY_MULE = _compile(
    "reship*", "re-ship*", "package forward*", "parcel forward*", "forward* ~ packages", "forward* ~ parcels",
    *_OWN_CHEQUES_LENT,
    "receive ~ packages ~ and ~ ship", "receive ~ parcels ~ and ~ send", "repackag* ~ ship*",
    "cash* ~ cheques", "cash* ~ checks", "cash* ~ cheque", "cash* ~ check", "deposit ~ cheque*",
    "deposit ~ check* ~ into your", "send back the difference", "wire the difference",
    "transfer ~ funds ~ on behalf",
    "receive payments ~ on behalf", "rent ~ your bank account", "rent ~ your card", "rent out your ~ card",
    "rent out your ~ account", "wire the remainder to", "send the remainder to", "transfer the remainder to",
    "receive payments from our clients",
    "receive ~ payments from ~ customers into your", "transfer* ~ to our supplier*", "forward* ~ to our supplier*",
    "use your ~ bank account to", "deposit it with your", "remaining balance goes to",
    # a tenth writer's posts: money sent to the seeker's card to pay "our vendor", the rest kept as an advance, and
    # payments taken on the seeker's own card ("приём платежей, своя карта обязательна")
    "остаток ~ оставьте себе", "остаток ~ оставить себе", "разницу ~ оставьте себе", "оставьте себе ~ как аванс",
    "qolgan* ~ o'zingizga qoldir*", "keep the rest as", "keep the remainder as", "keep the difference as",
    "keep the remaining ~ as", "مابقی مبلغ ~ برای خود*", "مابقی پول ~ برای خود*",
    "باقیمانده مبلغ ~ برای خود*", "باقیمانده پول ~ برای خود*",
    "receive payments ~ your own ~ card", "accept payments ~ your own ~ card", "to'lov* ~ o'z kartangiz*",
    "o'z kartangiz* ~ to'lov* ~ qabul*", "پرداخت ~ با کارت شخصی ~ دریافت", "دریافت ~ با کارت شخصی",
    # … "personal" (a twenty-second writer's «приём платежей … на вашу личную банковскую карту», said in Uzbek and
    # Persian: "to'lovlarni shaxsiy kartangizga qabul qilish", «دریافت پرداخت مشتریان … به کارت بانکی شخصی خودتان»)
    "to'lov* ~ shaxsiy kartangiz* ~ qabul*", "shaxsiy kartangiz* ~ to'lov* ~ qabul*",
    "to'lov* ~ shaxsiy hisobingiz* ~ qabul*", "shaxsiy hisobingiz* ~ to'lov* ~ qabul*",
    "process* ~ payments ~ keep ~ commission",
    "check ~ to purchase ~ equipment", "check ~ for ~ equipment", "check ~ to buy ~ equipment",
    "check ~ to purchase ~ supplies", "check ~ for ~ supplies", "check ~ to buy ~ supplies",
    "send the balance to", "send the remaining balance", "buy* ~ gift cards ~ send*", "purchas* ~ gift cards ~ send*",
    "evaluat* ~ western union", "evaluat* ~ moneygram", "evaluat* ~ money transfer*", "part of the funds",
    "wire the rest", "send the rest ~ through", "send the rest ~ via", "cash it ~ wire", "keep ~ and wire",
    "gift cards ~ send* ~ codes", "gift cards ~ and send*", "gift card codes", "scratch ~ gift card*",
    "send the difference by", "send the difference via", "send the difference to", "send the difference back",
    "return the difference to", "transfer the difference to", "wire ~ the difference",
    "receive ~ packages at your", "receive ~ parcels at your", "receive ~ boxes at your", "relabel* ~ packages",
    "relabel* ~ parcels", "relabel* ~ boxes", "relabel them", "relabel* and ~ ship*", "prepaid labels we",
    "labels we email*", "keep ~ and transfer the rest", "transfer the rest to", "send the rest to",
    "keep ~ and send the rest",
    # cheques deposited into the seeker's own account and the money sent on
    "deposit them into your", "deposit it into your", "deposit the checks into your", "deposit the cheques into your",
    "deposit ~ into your personal", "send the money ~ to our supplier*", "send the money ~ to our vendor*",
    "wire the money ~ to our", "send the funds ~ to our",
    # Uzbek
    # the card handed over ("Kartangizni bizga bering, har oy 1 mln to'laymiz")
    "kartangizni bizga ~ ber*", "kartangizni menga ~ ber*", "kartangizni ~ foydalanishga ber*",
    "kartangizni ~ vaqtincha ber*",
    # … lent ("kartani haftaga bizga berib turasiz": berib turish, to lend), the money sent on to the cards or numbers
    # "we say" (aytgan, as ko'rsatgan below), and in English
    "kartani ~ berib tur*", "kartangizni ~ berib tur*", "kartani bizga ~ ber*", "kartani ~ bizga berasiz",
    "aytgan kartaga ~ o'tkaz*", "aytgan kartalarga ~ o'tkaz*", "aytgan hisobga ~ o'tkaz*", "aytgan raqam* ~ o'tkaz*",
    "lend us your ~ card*", "lend your ~ card* to us", "to the cards we tell you", "to the accounts we tell you",
    "to the cards we give you", "to the accounts we give you", "to the numbers we give you",
    "kartangizni ijara*", "karta* ijaraga", "kartani ijara*", "hisob raqam* ijara*", "hisobingizni ijara*",
    "posilka* qabul ~ jo'nat*", "posilka* qabul ~ yubor*", "pulni qabul qilib ~ o'tkaz*",
    "qadoq* qabul ~ jo'nat*", "qadoq* qabul ~ yubor*",
    "boshqa kartaga o'tkaz*", "boshqa hisobga o'tkaz*", "pul o'tkazmalarini qabul*", "naqd qilib ~ berasiz",
    "naqd qilib ~ o'tkaz*", "naqdlashtir*", "karta* ~ ijaraga", "hisob* ~ ijaraga", "qolganini ~ kartaga",
    # the money passed on to where "we" point, a share of each transfer kept; parcels to the seeker's home
    "ko'rsatgan hisobga ~ o'tkaz*", "ko'rsatgan kartaga ~ o'tkaz*", "ko'rsatgan hamyonga ~ o'tkaz*",
    "ko'rsatilgan hisobga ~ o'tkaz*", "ko'rsatilgan kartaga ~ o'tkaz*", "ko'rsatilgan hamyonga ~ o'tkaz*",
    "har bir o'tkazmadan", "uyingiz* ~ posilka*", "posilka* ~ uyingiz*", "qayta jo'natasiz",
    # Russian
    "сними* наличные ~ отправ*", "сними* наличные ~ перевед*", "снять наличные ~ отправ*",
    "аренд* карт*", "аренд* ~ карт*", "сдать карт* в аренду", "сдай карт* в аренду", "карт* в аренду",
    "карт* ~ в аренду", "счет* ~ в аренду", "счёт* ~ в аренду", "посыл* у себя дома", "посыл* ~ на дому",
    "переклеива* ~ этикет*", "переклеить ~ этикет*", "переклейте ~ этикет*", "остаток переведите",
    "остальное переведите", "оставшуюся сумму переведите", "остаток ~ переведите на карт*",
    "переадресаци* посыл*", "переотправ*", "обналич*", "посыл* ~ по новым адресам", "посыл* ~ на новы* адрес*",
    "посыл* ~ по адресам", "посыл* на свой адрес", "посыл* на ваш адрес", "посыл* на домашний адрес",
    "прием* переводов на ~ карт*", "приём* переводов на ~ карт*", "перевод* на другую карт*",
    "принима* переводы на ~ карт*", "принима* платеж* на ~ карт*", "принима* деньги на ~ карт*",
    "прием* платеж* на ~ карт*", "приём* платеж* на ~ карт*", "прием* переводов ~ на ~ карт*",
    "приём* переводов ~ на ~ карт*", "переводите ~ по ~ реквизит*", "с каждого перевода", "переклеива* ~ накладн*",
    "переклеить ~ накладн*", "переклейте ~ накладн*", "на свой адрес ~ посыл*", "на ваш адрес ~ посыл*",
    "на домашний адрес ~ посыл*",
    # money arriving on the seeker's card, drawn out and sent on to details "we" give
    "снимаете ~ переводите", "снимаете ~ отправляете", "снимать ~ переводить", "снимать ~ отправлять",
    "снимите ~ переведите", "снимите ~ отправьте", "переводите на указанн* реквизит*",
    "переводите ~ на указанн* реквизит*", "переводите ~ на указанн* карт*", "переводите ~ на указанн* счет*",
    "переводите ~ на указанн* счёт*", "отправляете ~ на указанн* реквизит*",
    # "drops", the slang for mules whose cards and accounts carry others' money (only the Russian forms: "dropper"
    # is an English word, and "дропшиппинг" is a shop's business)
    "дропы", "дропов", "дропом", "дропами", "дропперы", "дропперов", "дроппером",
    # Persian
    "اجاره کارت", "کارت ~ اجاره", "اجاره حساب", "حساب ~ اجاره", "ارسال مجدد بسته", "دریافت و ارسال بسته",
    "نقد کردن چک", "کرایه کارت", "کارت ~ کرایه", "کرایه حساب", "حساب ~ کرایه", "کارت ~ در اختیار ~ قرار",
    "حساب ~ در اختیار ~ قرار", "مابقی ~ واریز کنید", "باقیمانده ~ واریز کنید", "باقی مانده ~ واریز کنید",
    # (a plural written with a joiner folds to one word: "حساب‌های" → "حسابهای")
    "به حساب های دیگر ~ منتقل", "به حسابهای دیگر ~ منتقل", "به حساب های دیگه ~ منتقل", "به حسابهای دیگه ~ منتقل",
    "به حساب دیگری ~ منتقل", "به کارت دیگری ~ منتقل", "به کارت های دیگر ~ منتقل", "به کارتهای دیگر ~ منتقل",
    "بارنامه جدید", "به آدرس شما ارسال میشه", "به اسم خودش تحویل", "به اسم خودتون تحویل",
    # money received into the seeker's account and moved on to accounts "introduced" or "announced" to them;
    # parcels received at home and sent on again
    "دریافت وجه ~ به حساب شما", "دریافت پول ~ به حساب شما", "انتقال ~ به حسابهای معرفی*",
    "انتقال ~ به حساب های معرفی*", "انتقال ~ به حساب معرفی*", "انتقال ~ به حسابهای اعلام*",
    "انتقال ~ به حساب های اعلام*", "انتقال ~ به کارتهای معرفی*", "به حسابهای معرفی* ~ منتقل",
    "به حساب های معرفی* ~ منتقل", "به حساب معرفی* ~ منتقل", "دریافت بسته* در منزل", "دریافت بسته* در خانه",
    "دریافت بسته* ~ ارسال مجدد", "بسته* ~ در منزل ~ ارسال مجدد",
    # money passed on to the accounts, cards or details "we" name, give or point to (a seventh writer's posts:
    # "biz aytgan hisobga o'tkazasiz", "переводите их на указанные нами реквизиты", "send them on to the accounts we
    # give you", "به کارت هایی که معرفی میکنیم انتقال بدید"); not the seeker's own card named for their pay
    # ("siz ko'rsatgan kartaga oylik o'tkaziladi")
    "biz aytgan hisob* ~ o'tkaz*", "biz aytgan karta* ~ o'tkaz*", "biz ko'rsatgan hisob* ~ o'tkaz*",
    "biz ko'rsatgan karta* ~ o'tkaz*", "biz bergan hisob* ~ o'tkaz*", "biz bergan karta* ~ o'tkaz*",
    "ko'rsatgan hisoblarga ~ o'tkaz*", "ko'rsatgan kartalarga ~ o'tkaz*",
    *_P2P_LOOPS,
    *_CARDS_LENT_WITH_THEIR_SIM, *_THE_REST_PASSED_ON, *_GIFT_CARD_CODES_SENT,
    *_USDT_BOUGHT_AND_SENT_ON, *_CASH_INTO_CRYPTO_WALLETS,
    *_MONEY_TRANSFER_MYSTERY_SHOPPERS, *_THE_REST_RETURNED, *_CARDS_LENT_FOR_TURNOVER,
    # a ninth writer's posts (tests/data/legitimacy_phrasings_i): an overpayment's surplus sent back ("если придёт
    # больше, излишек верните через Western Union"), a cheque mobile-deposited to buy from "our vendor"
    "излишек ~ верните", "верните излишек", "излишек ~ переведите", "излишки ~ верните", "переплат* ~ верните",
    "send the excess back", "send back the excess", "return the excess ~ via", "return the excess to",
    "send back the overpayment", "return the overpayment", "refund the overpayment", "send the surplus back",
    "ortiqchasini ~ qaytaring", "ortiqcha* ~ qaytarasiz", "ortiqcha* ~ qaytarib yuboring", "مازاد ~ برگردانید",
    "مازاد ~ برگردونید", "اضافه ~ برگردانید", "اضافه ~ برگردونید", "مازاد ~ پس بفرستید", "اضافه ~ پس بفرستید",
    "mobile-deposit* it", "mobile deposit ~ check*", "mobile deposit ~ cheque*",
    "переводите ~ на указанн* ~ реквизит*", "переводите ~ на указанн* ~ карт*", "переводите ~ на указанн* ~ счет*",
    "переводите ~ на указанн* ~ счёт*", "перевести ~ на указанн* ~ реквизит*", "перевести ~ на указанн* ~ карт*",
    "send* ~ to the account* we give*", "send* ~ to the account* we provide*", "transfer* ~ to the account* we give*",
    "transfer* ~ to the account* we provide*", "forward* ~ to the account* we give*",
    "forward* ~ to the account* we provide*", "send* ~ to the card* we give*", "transfer* ~ to the card* we give*",
    # "posilkalarni qabul qilib, boshqa manzilga jo'nating": the comma ends a phrase gap
    raw=((r"(?:posilka|qadoq|jo'natma)\w*\s+qabul\s+qil\w*,?\s+(?:\S+\s+){0,3}?(?:jo'nat|yubor)", "", "qabul"),
         # "перевести на карту, которую мы укажем" (Russian folded to Latin, as the text is)
         (r"perev\w*\s+(?:\S+\s+){0,3}?na\s+(?:kart\w*|schet\w*|schyot\w*|rekvizit\w*)\W{0,3}\s*kotor\w*\s+"
          r"(?:mi|nami)\s+(?:ukaj\w*|ukazh\w*|dadim|skajem|nazovem|soobshim)", "kotor", "kotoruyu", "kotorie", "kotoriy"),
         # to the cards, accounts or numbers "we" introduce, say or give ("به حساب هایی که ما میگیم", "به شماره
         # هایی که بهتون میدیم"); not "the account you introduce" (میکنید) for the seeker's pay
         (r"به\s+(?:کارت|حساب|شماره)(?:\s?ها(?:یی)?|ی)?\s+که\s+(?:ما\s+|بهتون\s+|به\s+شما\s+)?(?:معرفی\s*|اعلام\s*)?"
          r"(?:میکنیم|می\s?کنیم|میگیم|میگوییم|می\s?گوییم|میدیم|میدهیم|می\s?دهیم)(?!\w)", "که", "میکنیم", "کنیم", "میگیم",
          "میگوییم", "گوییم", "میدیم", "میدهیم", "دهیم"),
         # a new label stuck on, or the invoice in the box taken out ("فاکتور داخل جعبه را برمی‌دارید، برچسب جدیدی را که
         # در تلگرام می‌فرستیم می‌زنید"), as "relabel" and "remove the original invoices" say in English
         (r"برچسب\s+(?:های\s+)?جدید\w*[^.!?\n؛؟]{0,60}?(?:میزنید|بزنید|میچسبانید|بچسبانید)(?!\w)", "برچسب", "برچسب"),
         (r"فاکتور\w*[^.!?\n؛؟،]{0,40}?(?:برمیدارید|بردارید|خارج\s*(?:میکنید|کنید)|جدا\s*(?:میکنید|کنید))(?!\w)",
          "فاکتور", "فاکتور*"),
         *_P2P_LOOP_RAW,
         *_OWN_CARD_PAYMENTS, *_OWN_CARD_FIRST_PAYMENTS, *_CASH_HANDED_TO_A_COURIER, *_BUYERS_PAY_INTO_YOUR_CARD,
         *_SHARES_OF_TRANSFERS_KEPT, *_CASH_LOADED_AT_CRYPTO_ATMS, *_PAYMENTS_INTO_YOUR_PERSONAL_ACCOUNT,
         *_ACCOUNTS_A_COORDINATOR_NAMES, *_THE_REST_KEPT_AS_REWARD,
         *_THE_REST_RETURNED_RAW, *_MONEY_FORWARDED_THROUGH_CRYPTO_ATMS, *_PARCELS_AT_YOUR_HOME_SENT_ON,
         *_PARCELS_AT_YOUR_HOME_STRIPPED_LATER, *_THE_EMPLOYERS_MONEY_PAID_ON, *_CARDS_HANDED_OVER_WITH_THEIR_SIM,
         *_PAYMENTS_INTO_YOUR_PERSONAL_ACCOUNT_SENT_ON, *_GIFT_CARDS_BOUGHT_FOR_THE_EMPLOYER,
         *_GOODS_IN_YOUR_NAME_SENT_ON, *_OUR_MONEY_SPENT_ON_GOODS_SENT_ON, *_OUR_VENDORS_PAID_FROM_YOUR_OWN_ACCOUNT,
         *_THE_REST_OF_OUR_TRANSFER_SENT_ON, *_PART_OF_OUR_TRANSFER_SENT_TO_OURS,
         *_CLIENTS_PAYMENTS_ARRIVE_ON_YOUR_CARD,
         *_CARDS_HANDED_OVER_WITH_THEIR_PIN, *_CARDS_COLLECTED_WITH_THEIR_PIN),
)


# Parcels received and sent at a pick-up point or a warehouse, forwarded to the executive an assistant works for,
# or replacement orders sent to a shop's customers are the job, not reshipping for a stranger.
PARCEL_WORKPLACE = _compile(
    "pick-up point", "pickup point", "warehouse", "выдач*", "пвз", "пункт* выдачи", "склад*", "ombor*",
    "topshirish punkt*", "انبار*",
    "ceo", "executive", "founder", "boss", "руководител*", "директор*", "rahbar*", "direktor*", "مدیرعامل",
    "replacement*", "returns",
).pattern
# … but parcels at the seeker's own home are at no workplace, whatever the title says (a twenty-first writer's
# "Склад-ёрдамчи (уйдан)" over "Уйингиз манзилига посилкалар келади": a warehouse's name for reshipping from home);
# "your address" alone may be a pick-up point's ("Пункт выдачи: на ваш адрес посылки приходят со склада")
_THE_SEEKERS_HOME = (
    "your home*", "your house", "your apartment", "your flat", "uyingiz*", "uyingizga", "uyingizda",
    "домашний адрес", "вам домой", "у себя дома", "на дому", "вашему домашнему адресу", "uy manzilingiz*",
    "منزل شما", "آدرس منزل*", "منزلتان", "منزلتون", "خانه شما", "خونه", "منزل خودتان",
)
THE_SEEKERS_HOME = _compile(*_THE_SEEKERS_HOME).pattern
# … nor is the boss gift cards are bought for (``_GIFT_CARDS_BOUGHT_FOR_THE_EMPLOYER``), nor the seeker's own account
# "our" vendors are paid from for a "busy CEO" (``_OUR_VENDORS_PAID_FROM_YOUR_OWN_ACCOUNT``): what a money-mule match
# holding one is never excused by
MULE_NEVER_EXCUSED = _compile(*_THE_SEEKERS_HOME, raw=(*_GIFT_CARDS_BOUGHT_FOR_THE_EMPLOYER,
                                                       *_OUR_VENDORS_PAID_FROM_YOUR_OWN_ACCOUNT)).pattern
# … nor are mule cards, rented cards or reshipping an antifraud analyst detects or fights (a tenth writer's
# "выявление дропов (карт, через которые выводят похищенные деньги)"), or an anti-money-laundering analyst reads in the
# alerts of transaction monitoring as signs of it (a seventeenth writer's "разбирать алерты системы мониторинга: …
# аккаунты «дропов»", «بررسی هشدارهای سامانه: کارت‌هایی که … به کارت دیگری می‌فرستند (نشانه اجاره کارت)»), read over
# the whole of a duty's long sentence (``DUTY_REACH``)
MULES_WATCHED = _compile(
    "выявлени*", "выявля*", "обнаружени*", "противодейств*", "антифрод*", "antifraud", "anti-fraud", "detect*",
    "fraud prevention", "aniqlash", "aniqlaydi", "firibgarlikka qarshi", "شناسایی", "مقابله با",
    "alert*", "алерт*", "monitoring*", "мониторинг*", "پایش", "هشدارهای سامانه", "هشدارهای سیستم", "aml",
    "suspicious transaction*", "suspicious activit*", "подозрительн* операци*", "подозрительн* транзакци*",
    "shubhali operatsiya*", "shubhali tranzaksiya*", "تراکنش مشکوک", "تراکنشهای مشکوک", "signs of", "признак*",
    "belgilari", "نشانه",
    # … or investigates (a twenty-second writer's trust & safety analyst: "Investigate patterns of reshipping, such as
    # many orders sent to one residential address and then relabelled")
    "investigat* ~ patterns", "investigat* ~ pattern", "investigat* ~ fraud*", "investigat* ~ schemes",
    "investigat* ~ cases", "investigat* ~ suspicious", "investigat* ~ mules", "расследова*", "tergov*",
    # … or that the one who lends a card becomes a drop, an accomplice, how drops are recruited, and the schemes an
    # analyst knows or a reader reports (a twenty-ninth writer's bank warning «Тот, кто сдаёт карту, становится дропом»,
    # "Kartangizni ijaraga berish — jinoyatga sherik bo'lish demakdir", a trainer's «как вербуют дропов в Telegram
    # («сдай карту в аренду», …)», an analyst's «знание типовых схем: аренда карт, …», «Если вам предложили «аренду
    # карты» — перешлите объявление в бот»)
    "становится дроп*", "становятся дроп*", "станет дроп*", "стать дроп*", "соучастник*", "jinoyatga sherik*",
    "кто сдаёт карт*", "кто сдает карт*", "кто сдал карт*", "who rents out ~ card", "who lends ~ card",
    "kartasini ijaraga bergan*",
    "become* ~ money mule*", "becoming ~ money mule*", "вербу*", "вербовк*", "recruit* ~ money mules",
    "знани* ~ схем*", "типов* схем*", "схем* мошенничеств*", "fraud schemes", "typical schemes",
    "firibgarlik sxema*", "перешлите объявлени*", "report ~ the ad", "report ~ such ads", "shubhali e'lon*",
).pattern
