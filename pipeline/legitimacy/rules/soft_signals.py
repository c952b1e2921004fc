"""The soft rules' lexicons, ``PAY_BAIT`` (easy or guaranteed money) and ``URGENCY`` (pressure to act
at once), and ``NO_EXPERIENCE`` ("no experience needed"), which ``pay_rate`` reads pay beside and ``reading`` takes to
spend a negation on its own words.
"""
from __future__ import annotations

from pipeline.legitimacy.rules.matching import _compile


PAY_BAIT = _compile(
    "guaranteed income", "guaranteed salary", "guaranteed pay*", "guaranteed earnings", "easy money", "quick money",
    "fast money", "unlimited earning*", "unlimited income", "make money from home", "earn money from home",
    "be your own boss", "gain ~ financial freedom", "achieve ~ financial freedom", "reach ~ financial freedom",
    "enjoy ~ financial freedom", "your financial freedom", "path to financial freedom", "get paid to type", "no experience ~ needed ~ earn",
    "per day from home", "weekly pay ~ guaranteed", "high pay for simple", "paid to like", "get paid to like",
    "unlock ~ commission*", "task account", "like ~ videos ~ earn", "ставить лайки", "ставь лайки",
    "app optimization", "app data optimization", "submit* orders ~ commission*", "set of tasks", "sets of tasks",
    "boost* app rating*", "product boosting", "get paid for every review", "get paid to review",
    "лайки за деньги", "layk bos*", "layk qo'y*",
    "kafolatlangan daromad*", "kafolatlangan maosh", "kunlik daromad*", "kuniga ~ so'm* daromad*",
    "kuniga ~ ming* daromad*", "kuniga ~ mln* daromad*", "kuniga ~ million* daromad*", "kuniga ~ dollar* daromad*",
    "daromad* ~ kuniga", "oson pul", "oson daromad", "uydan turib ~ daromad*", "tajriba shart emas ~ daromad*",
    "faqat telefon kerak", "so'm ishlab oli*", "so'mgacha ishlab oli*", "uyda o'tirib ~ so'mgacha",
    "faqat smartfon kerak", "so'm daromad qiling", "so'mgacha daromad qiling", "har bir layk uchun",
    "so'mgacha daromad*", "gacha toping", "daromad toping", "har bir vazifa uchun", "за каждое задание", "برای هر تسک",
    "гарантированный доход", "гарантированный заработок", "лёгкий заработок", "легкий заработок",
    "быстрый заработок", "доход от ~ в день", "доход в день от", "заработок от ~ в день", "заработок в день от",
    "зарабатыва* от ~ в день", "пассивный доход", "заработок без вложений", "без вложений",
    "нужен только телефон", "нужен только смартфон", "нужен лишь телефон", "нужен лишь смартфон",
    "درآمد میلیونی", "درآمد روزانه", "درآمد تضمینی", "درآمد بالا بدون", "کسب درآمد ~ در خانه",
    "درآمد ~ در منزل", "کار در منزل با درآمد", "روزانه ~ تومان درآمد", "روزانه ~ میلیون تومان", "فقط با گوشی",
    "کسب درآمد دلاری", "لایک کردن ~ درآمد", "درآمد ~ لایک", "درآمد تا ~ میلیون تومان", "کار با گوشی در منزل",
    # likes, follows and views paid for, in English and Russian as in Uzbek and Persian ("Earn money by liking posts",
    # "подписки, лайки, просмотры и получай деньги"); not an SMM job's likes and engagement to grow
    "earn ~ by liking", "earn ~ for liking", "earn* ~ liking ~ posts", "paid for liking", "get paid ~ for likes",
    "like ~ posts ~ and earn", "likes ~ and get paid", "earn ~ by subscribing", "деньги за лайк*", "деньги за подписк*",
    "заработок на лайк*", "заработать на лайк*", "зарабатывай на лайк*", "зарабатывайте на лайк*",
    "лайк* ~ получай* деньги", "просмотр* ~ получай* деньги", "подписк* ~ получай* деньги", "реакци* ~ получай* деньги",
    "лайк* ~ зарабатыва*", "за лайк ~ руб*", "за лайк ~ ₽", "за каждый лайк", "за один лайк",
    # the phone as all the work needs and what the money comes from ("Faqat telefon va internet kerak",
    # "Заработок с телефона", "کسب درآمد با گوشی", "Earn from your phone"), likes and reviews for money ("Ставьте
    # лайки и пишите отзывы … за деньги", "Like and review products"); not a job done on a phone ("Работа с телефона:
    # отвечать клиентам"), nor reviews moderated or written for a site
    "faqat telefon va internet", "faqat smartfon va internet", "telefon orqali pul ishla*",
    "telefoningizdan ~ pul ishla*", "pul ishlang ~ telefoningizdan",
    "заработок с телефона", "заработок со смартфона", "доход с телефона", "доход со смартфона",
    "зарабатывай* с телефона", "зарабатывай* со смартфона", "только телефон и интернет", "ставьте лайки",
    "отзывы ~ за деньги", "کسب درآمد با گوشی", "درآمد با گوشی", "فقط گوشی و اینترنت",
    "earn ~ from your phone", "like and review",
    "all you need is a phone", "all you need is a smartphone", "only a phone and internet",
    raw=((r"earn\s+(?:up\s+to\s+)?\$\s?\d[\d,]*\s*(?:\+\s*)?(?:(?:per|a|/)\s*(?:day|week)|daily\b|weekly\b)", "$", "earn"),
         # "earn 500-1000 USD per day"
         (r"earn\s+(?:up\s+to\s+)?\d[\d,]*(?:\s*-\s*\d[\d,]*)?\s*(?:usd|usdt|dollars)\s*(?:per|a|/)\s*(?:day|week)",
          "", "earn")),
)

# Work said to ask no experience ("tajriba shart emas", «опыт не нужен», "بدون سابقه"): no sign alone, but pay
# too high beside it is one (``pay_rate``), and a negation spent on it says nothing of a soft rule's match after it
# (``reading._SPENT_NEGATION``)
_LISTED_WITH = r"(?:\s*[,،]\s*[^\s,،.;:!?]+(?:\s+[^\s,،.;:!?]+)?){0,3}\s*[,،]?\s+"  # (other things not needed)
NO_EXPERIENCE = _compile(
    "tajriba shart emas", "tajriba talab qilinmaydi", "tajriba kerak emas", "tajriba muhim emas", "tajribasiz",
    "hech qanday tajriba", "tajriba talab etilmaydi", "tajriba bo'lishi shart emas",
    "опыт не нужен", "опыт не требуется", "опыт не обязателен", "опыт работы не нужен",
    "опыт работы не требуется", "опыт работы не обязателен", "без опыта", "опыта не нужно", "опыт не важен",
    "опыт необязателен", "без специальных навыков", "навыки не нужны", "навыки не требуются",
    "بدون نیاز به سابقه", "بدون سابقه", "بدون نیاز به تجربه", "بدون تجربه", "سابقه لازم نیست",
    "نیاز به سابقه نیست", "تجربه لازم نیست", "نیاز به تجربه نیست", "سابقه کار لازم نیست", "نیازی به سابقه نیست",
    "نیازی به تجربه نیست", "سابقه نمیخواهد", "تجربه نمیخواهد", "بدون نیاز به مهارت", "مهارت خاصی لازم نیست",
    "نیاز به مهارت خاصی نیست",
    # … the experience first in a list its negation closes (a twenty-second writer's "tajriba, diplom yoki maxsus
    # ko'nikma shart emas", «опыт работы и диплом не требуются», «سابقه، مدرک یا مهارت خاصی لازم نیست»)
    raw=(r"tajriba\w*" + _LISTED_WITH + r"(?:yoki|va)\s+(?:[^\s,.;:!?]+\s+){1,2}?(?:shart\s+emas|talab\s+"
         r"(?:qilinmaydi|etilmaydi)|kerak\s+emas|muhim\s+emas)",
         r"opit\w*(?:\s+raboti)?" + _LISTED_WITH + r"(?:i|ili)\s+(?:[^\s,.;:!?]+\s+){1,2}?ne\s+(?:nujn|trebu|obyazatel"
         r"|vajn)\w*",
         r"(?:سابقه|تجربه)(?:\s+کار)?" + _LISTED_WITH + r"(?:یا|و)\s+(?:[^\s,،.;:!?]+\s+){1,2}?(?:لازم\s+نیست"
         r"|نیاز\s+نیست|نمیخواهد)"),
).pattern


# Pressure on the seeker (the FTC's "you have to act fast"), not the employer's own hurry: "Срочно требуется
# администратор" and "استخدام فوری منشی" (urgently hiring) open ordinary Telegram ads in Uzbekistan, Russia
# and Iran, and with a Telegram handle for CVs they had made a real company's ad a `caution`.
_NO_CALL_AT_ALL: tuple[tuple[str, ...], ...] = (
    *((opening + r"(?!\w)[^.!?\n]{0,60}?without\s+(?:a\s+|any\s+)?(?:phone\s+|video\s+)?(?:calls?|interviews?)(?!\w)",
       needle, "without") for opening, needle in ((r"offers?", "offer"), ("hired", "hired"))),
    (r"(?:sobesedovan|intervyu|offer|otbor)\w*[^.!?\n]{0,60}?bez\s+(?:video)?(?:zvonk|sozvon)\w*", "bez ", "zvonka",
     "zvonkov", "videozvonka", "videozvonkov", "sozvona", "sozvonov"),
    (r"(?:suhbat|intervyu|taklif|offer)\w*[^.!?\n]{0,60}?(?:qo'ng'iroq\s+(?:shart|kerak)\s+emas|qo'ng'iroqsiz)", "",
     "iroq", "iroqsiz", "qongiroq", "qongiroqsiz", "kungirok", "kungiroksiz"),
    (r"(?:مصاحبه|گزینش)[^.!?\n؛؟]{0,60}?(?:بدون\s+(?:نیاز\s+به\s+)?تماس|نیازی\s+به\s+تماس\s+نیست)", "تماس", "تماس"),
)
URGENCY = _compile(
    "act fast", "act now", "limited spots", "limited places", "limited positions", "only today", "apply today only",
    "hired immediately", "start today", "no interview", "spots left", "places left",
    "limited vacancies", "limited openings", "apply within 24 hours",
    "shoshiling", "faqat bugun", "joylar soni cheklangan", "joylar cheklangan", "intervyusiz", "suhbatsiz",
    "ulgurib qoling",
    # places said to be running out ("Faqat 3 ta joy qoldi"), as "осталось 3 места"
    "joy qoldi", "joylar qoldi", "o'rin qoldi", "o'rinlar qoldi", "joy qolmoqda", "joy qolyapti", "ta joy bor xolos",
    "только сегодня", "количество мест ограничен*", "места ограничен*", "без собеседовани*", "успейте",
    "торопитесь", "осталось ~ мест*",
    # hired with no interview, as "bez sobesedovaniya" and "suhbatsiz" say it, and a number of places that is all
    # there is ("Faqat 5 kishi qabul qilinadi", "Берём только 5 человек", "فقط ۵ نفر پذیرش می‌شوند")
    "suhbat yo'q", "собеседование не проводится", "собеседования не будет",
    "بدون نیاز به مصاحبه", "مصاحبه نداریم", "o'rinlar soni cheklangan", "o'rinlar cheklangan",
    "faqat ~ kishi qabul", "faqat ~ nafar qabul", "берём только ~ человек", "берем только ~ человек",
    "набираем только ~ человек", "возьмём только ~ человек", "возьмем только ~ человек", "فقط ~ نفر پذیرش",
    "فقط ~ نفر استخدام",
    # … and hired with no spoken interview at all, only a chat (posts on the hiring process, tests/data/
    # legitimacy_phrasings_y: "No phone or video interview is needed, and offers are extended directly after the
    # chat", «собеседование в переписке, без звонка», "suhbat … yozma, qo'ng'iroq shart emas"): no one the seeker could
    # hear or see. Said of the interview or the offer (``_NO_CALL_AT_ALL``): "Работа без звонков", «پشتیبانی … بدون
    # تماس تلفنی» are a job with no phone work.
    "no phone or video interview", "no video or phone interview", "no phone or video call", "no video or phone call",
    "ظرفیت محدود", "ظرفیت کمه", "ظرفیت کم است", "ظرفیت محدوده", "تا ظرفیت تکمیل نشده", "سریع پیام بدید",
    "سریع پیام بدین", "سریع پیام دهید", "زود پیام بدید", "فقط امروز", "فرصت محدود", "بدون مصاحبه", "عجله کنید", "فرصت را از دست ندهید",
    raw=_NO_CALL_AT_ALL,
)
