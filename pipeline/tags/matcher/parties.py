"""Other parties doing a task, not the seeker: a team, a department or another trade, the company's product, the
client's own work and the poster's; the clauses they do it in are boilerplate (``ReadsParties._others``).
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from pipeline.tags.matcher.phrases import _FA_CONTINUOUS
from pipeline.tags.matcher.tokens import (_CLAUSE_ENDS, _DASHES, _VOWELS, BREAKS, _clause_end, _clause_start,
                                          _folded_words, _sentence_end, _start_after, _words_read)
from pipeline.textnorm import fold

# Other parties doing a task, not the seeker (``_others``): a clause whose subject is a team, a department or another
# trade ("Our sales team books demos", "… are handled by our customer care team", «Отдел продаж сам делает холодные
# звонки», «Баннеры рисует дизайнер», «تیم بازاریابی مقاله … تولید می‌کند», «… با واحد فروش است») is boilerplate to
# the sentence's end, but from a word of the seeker on ("…; you'll get tasks from them"). English: the clause opens
# with a determiner and the party within ``_PARTY_REACH`` words, or says "is/are <done> by" or "go to" one, or "our
# <party>" stands inside a sentence with its verb next, a clause of its own to its end ("… and our bookkeeper handles
# payroll, so …", "the clips our video editor cuts for Instagram": ``Matcher._english_party``); Russian: the party in
# the nominative (its exact form: «с отделом продаж» is the seeker's), a trade's plural too («Консультации клиентам
# дают только юристы»: an animate plural so written is no object), or in the genitive after «от», where the word
# before «от» is the work it hands over, not the clause («фото и инфографика от дизайнера», but «отвечать на письма
# от юристов»: ``PARTY_FROM_RU``); Persian: the clause ends in a verb of the third person («می‌کند», «است»), not the
# seeker's «می‌کنید».
PARTY_WORDS: tuple[str, ...] = (
    "team", "teams", "department", "agency", "designer", "designers", "copywriter", "copywriters", "editors",
    "recruiters", "accountants", "manager", "lead",
    # trades and staff that do the work next to the seeker's ("our bookkeeper handles payroll", "our engineers
    # handle …", "our 28 support agents answer merchants", "our video editor cuts …")
    "managers", "leads", "editor", "recruiter", "accountant", "bookkeeper", "bookkeepers", "engineer", "engineers",
    "developer", "developers", "agents", "reps", "representatives", "writers", "producer", "producers",
    "pharmacists", "nurses", "doctors", "physicians", "lawyers", "attorneys", "paralegals", "partners", "architects",
    "nanny", "specialists", "coordinators", "staff", "photographer", "photographers", "analysts", "dispatchers",
    # a desk of a firm's, and the client or clients opening a clause: what they are or do is theirs ("The client's own
    # booking desk issues tickets", "Our client is a social media agency that runs TikTok accounts", "Our clients
    # include …")
    "desk", "desks", "client", "clients",
    "drivers", "technicians", "consultants", "advisors", "advisers",
    # a solo owner's family or partner doing the work ("my sister runs the Instagram")
    "sister", "brother", "husband", "wife", "partner", "cofounder",
    # a client's other hire, after "another", "our", "my" ("Another freelancer designs the graphics")
    "freelancer", "freelancers",
    # the company's product doing the work its users would ask a person for ("Our product answers every call and books
    # the appointment", "Our platform sends the reminders")
    "product", "app", "platform", "software", "system", "tool", "bot", "chatbot",
)
_PRODUCTS = frozenset(PARTY_WORDS[PARTY_WORDS.index("product"):])  # (read only after "our", "their", "my")
# ... of which these only as a clause's subject at its start, not inside one ("help our clients grow")
_OPENING_PARTIES = frozenset(("client", "clients"))
# The seeker is often the subject of a posting's sentences in the third person ("The Office Manager will answer
# calls"): in English a party is read only after "our" or "their" opening a clause, or after "by" in a passive.
_NOT_A_PARTY_AFTER = frozenset(("player", "players", "member", "members", "spirit", "environment", "culture", "work",
                                "oriented", "building", "generation", "user", "users"))
_PASSIVE_FROM = frozenset(("by", "from"))
PARTY_WORDS_RU: tuple[str, ...] = (
    "отдел", "служба", "команда", "агентство", "дизайнер", "копирайтер", "маркетолог", "таргетолог", "менеджеры",
    "бухгалтер", "юрист", "регистратуры", "дизайнеры", "копирайтеры", "маркетологи", "таргетологи", "бухгалтеры",
    "юристы", "риелторы", "риэлторы", "врачи", "преподаватели", "кураторы", "рекрутеры", "кадровики", "фотографы",
    "монтажеры", "монтажёры", "редакторы", "главбух",
    # an office's secretary and its notary: «Запись клиентов и звонки ведёт секретарь» (in a secretary's own post the
    # title names the word, and the work stays the seeker's)
    "секретарь", "секретари", "нотариус",
    # staff in the plural, the other roles of a clinic, a shop or a call centre: «Администраторы записывают пациентов»,
    # «Входящие звонки принимают операторы»
    "администраторы", "операторы", "логисты", "курьеры", "кладовщики", "инженеры", "разработчики", "программисты",
    "партнёры", "партнеры", "медсёстры", "медсестры", "продавцы", "консультанты", "водители", "аналитики", "агенты",
    # the clients, in the nominative: «Наши клиенты — стоматологии, турфирмы и интернет-магазины»
    "клиенты", "заказчики",
)
# Of those, the roles a seeker is also named by: where the title names one in any form («Оператор call-центра»:
# «Операторы принимают звонки»; "Support Agent": "our agents answer …"), the party is the seeker's own (``_owned``)
PARTY_ROLES: tuple[str, ...] = (
    "администраторы", "операторы", "консультанты", "агенты", "продавцы", "agents", "reps", "representatives",
    "specialists", "coordinators",
)
# A role a seeker is also named by, in the singular: another party after «наш», «наша» (a word between at most, not
# «новый»: «наш новый менеджер» is the seeker), the subject before or after its verb («На отзывы и вопросы покупателей
# отвечает наш менеджер клиентского сервиса», «Соцсети ведёт наш специалист по SMM»; ``Matcher._ours_ru``)
PARTY_OURS_RU: tuple[str, ...] = (
    "менеджер", "специалист", "сотрудник", "оператор", "администратор", "ассистент", "помощник", "консультант",
    "логист", "юрист", "дизайнер", "копирайтер", "маркетолог", "бухгалтер", "фрилансер", "клиент", "заказчик",
    # and the company's product («Наше приложение само записывает клиентов», «Наш бот отвечает на вопросы»)
    "приложение", "сервис", "бот", "продукт", "платформа", "система",
)
# … and after «другой», «другая» (another) or «отдельный», «отдельная» (a separate one), never the seeker: «Карточки и
# инфографику делает другой фрилансер», «SMM и контент у нас ведёт отдельный сотрудник»
_ANOTHER_RU = ("другой", "другая", "отдельный", "отдельная")
_OUR_RU = ("наш", "наша", "наше", "наши")
_QUALIFIER_WORDS = 3  # words after «наш <role>» read for what names it («… клиентского сервиса», «… по продажам»)
_NEW_RU = ("новый", "новая", "будущий", "будущая")
# The client's own work in a first-person brief (``Matcher._clients_own``): a clause that says the client does it
# themselves ("… and designed all the posts myself in Canva", "We answer the emails ourselves", «Тексты пишу я сама»,
# «Соцсети мы ведём сами», "rasmlarni o'zim tayyorlayman", «ایمیل‌ها را خودم جواب می‌دهم») or has done it ("I've
# scanned the receipts into a Dropbox folder") is not the seeker's, to the clause's end, or past a colon to the
# sentence's («Что я уже сделала сама: завела общий Google Диск …»). Russian «сам» needs «я» or «мы» in its clause
# («Вы сами ведёте …» is the seeker); Uzbek «o'zim» and Persian «خودم» a verb in the first person ending the clause
# ("tayyorlayman", «می‌دهم»), for both are "my own" too («ایمیل‌های خودم را جواب بدهید»).
OWN_WORK: tuple[str, ...] = ("myself", "ourselves")
OWN_WORK_RU: tuple[str, ...] = ("сам", "сама", "сами")
_WE_RU = ("я", "мы")
OWN_WORK_FIRST_PERSON: tuple[str, ...] = ("o'zim", "o'zimiz", "خودم", "خودمان", "خودمون")
_FIRST_PERSON_ENDINGS = ("man", "miz", "dim", "dik", "م")
# A Persian clause whose verb, ending it, is in the first person singular («فاکتورها رو عکس می‌گیرم و توی یه پوشه گوگل
# درایو می‌ذارم») is the client's own work too (``_fa_first_person``); a company's «we» («… می‌کنیم») is not read so.
_FA_I, _FA_WE = "م", "یم"
_FA_NOT_MINE = tuple(fold("می") + v for v in ("خوا", "گرد", "ش"))  # (wanting, seeking, becoming)
# … or a task said to stay with the client, the client as the predicate ending the clause: «Ответы на отзывы — на мне»,
# «Звонки клиентам за мной», "Post joylash o'zimda", «تماس و فروش با خودمونه», «… با کارمند خودمان است»; and in Uzbek
# another party so («… reklama bizning SMM mutaxassisimizda»: ``Matcher._uz_party``)
OWN_WORK_PREDICATE: tuple[str, ...] = ("o'zimda", "o'zimizda", "menda", "خودمه", "خودمونه")
_ON_ME_RU = {"мне": "на", "нас": "на", "мной": "за", "нами": "за"}
_FA_IS = ("است", "هست")
_UZ_WITH = "da"  # the locative: "mutaxassisimizda", with our specialist
_I_HAVE = ("i've", "we've")  # with a participle next ("I've scanned …"; not "I've been", "I've decided to hire")
# The poster's own work in an English post in the first person (``Matcher._posters_own``): "I" and a verb of what the
# poster does next ("I teach real estate agents how to generate leads", "I run a paid community on Skool", "I help my
# clients with … their bookkeeping systems"), an adverb at most between ("I sometimes post short clips"), to the
# clause's end or an "and" or "but" that opens another clause ("I sell software to gyms and need a clean list to start
# outreach"); and what a hire frees the poster or the person assisted for ("… so she can spend her time on teaching and
# content", "… so that I can focus on coaching", "while I'm on calls with clients"): "so" (or "so that") or "while"
# and a subject of ``_FREED_SUBJECTS``, its verb not one of wanting ("…, so I need someone to answer the phones"). "I …"
# is read to its sentence's end, the others to their clause's, "while …" to an "and" ("Cover his phone line while he's
# flying and return calls"), but none past a word of the seeker's ("I post the videos, you reply to the comments").
_I = "i"  # (also «и», folded: a verb of ``_I_DO`` must follow)
# Russian: «я» and a verb in the first person singular next («Я веду блог о путешествиях», «я провожу марафоны»), not of
# wanting, paying or hiring («я ищу ассистента»); what a hire frees the poster for after «чтобы» and a subject
# («…, чтобы я могла заниматься клиентами»)
_YA = "ya"  # («я», folded)
_RU_FIRST_PERSON = ("u", "yu")  # (folded endings: «веду», «делаю»)
_RU_WANTING = frozenset(("ishu", "xochu", "plachu", "predlagayu", "nanimayu", "nabirayu", "priglashayu", "proshu",
                         "jdu", "rassmatrivayu", "beru", "nuzhdayus", "nujdayus", "planiruyu", "gotov", "gotova"))
_RU_ADVERBS = frozenset(("takje", "uje", "sama", "sam", "seychas", "obichno", "tolko", "lichno"))
_RU_FREED_SUBJECTS = frozenset(("ya", "ona", "on", "mi"))
_RU_JOINS = frozenset(("i", "a", "no"))
_RU_ANOTHER = _RU_WANTING | frozenset(("ya", "mi", "vi", "vam", "nujen", "nujna", "nujno"))
_I_DO = frozenset((
    "teach", "coach", "run", "host", "help", "own", "sell", "make", "write", "film", "shoot", "record", "post",
    "publish", "create", "build", "speak", "design", "edit", "handle", "serve", "train", "lead", "launch", "work",
    "taught", "ran", "hosted", "helped", "sold", "made", "wrote", "filmed", "shot", "recorded", "posted", "published",
    "created", "built", "designed", "launched", "founded", "started",
))
_I_ADVERBS = frozenset(("also", "already", "just", "sometimes", "usually", "mostly", "currently", "still", "often",
                        "personally", "now", "mainly"))
_I_REACH = 40  # tokens read on for the poster's own work, at most
_FREED = frozenset(("so", "while"))
_FREED_SUBJECTS = frozenset(("i", "i'm", "she", "she's", "he", "he's", "we", "we're", "they", "they're"))
_WANTING = frozenset(("need", "needs", "want", "wants", "looking", "hiring", "seeking", "searching", "would", "i'd",
                      "hope", "am", "have", "had"))
# … where an "and" or a "but" opens another clause of the poster's: a subject or a verb of wanting next
_ANOTHER_CLAUSE = _WANTING | frozenset(("i", "i'm", "i'll", "we", "you", "you'll", "your"))
_PARTICIPLES = frozenset(("set", "built", "made", "done", "written", "put", "drawn", "shot", "taken", "kept"))
_ADVERBS = frozenset(("already", "just", "also"))
# A trade in the genitive after «от» ("from"): the word before «от» is the work it hands over
PARTY_FROM_RU: tuple[str, ...] = (
    "дизайнера", "дизайнеров", "копирайтера", "копирайтеров", "маркетолога", "фотографа", "фотографов", "юриста",
    "юристов", "бухгалтера", "редактора", "монтажера", "монтажёра", "отдела", "агентства", "команды", "главбуха",
)
_FROM_RU = "ot"  # «от», folded
PARTY_WORDS_FA: tuple[str, ...] = (
    "تیم", "واحد", "آژانس", "بخش", "دپارتمان", "عکاس", "انبار", "حسابدار", "مشاوران", "مدرسان", "فریلنسر",
)
# Uzbek: a clause whose verb, ending it, is in the third person (``_UZ_THIRD_PERSON``: "yuritadi", "ishlaydi",
# "shug'ullanadi", not the seeker's "yuritasiz" nor the wish of "… kerakki, u … yuritsin") and which names a party
# in the nominative (``_uz_party``): "our <someone>" ("buxgalterimiz", "operatorlarimiz", "hamkasbimiz"), a trade
# ("logist", "kuryerlar", "sotuv bo'limi", "guruh rahbarlari"), or a role a seeker is often named by in the plural or
# as ours only ("operatorlar", "menejerlarimiz": "Operator qo'ng'iroqlarga javob beradi" describes the role). «Hisob-
# kitobni esa buxgalterimiz yuritadi», «Ижтимоий тармоқлар билан бошқа ҳамкасбимиз шуғулланади». The clause is read
# to its verb; a converb ending a clause ("qabul qilib, …") reads on to the next. "Our new <someone>" ("yangi
# operatorimiz") is the seeker.
PARTY_TRADES_UZ: tuple[str, ...] = (
    "buxgalter", "hisobchi", "logist", "omborchi", "kuryer", "dizayner", "kopirayter", "sotuvchi", "haydovchi",
    "tikuvchi", "yurist", "shifokor", "laborant", "muhandis", "dasturchi", "hamshira", "rahbar", "bo'lim", "jamoa",
    "hamkasb", "fotograf", "montajchi", "marketolog", "targetolog", "kassir", "direktor", "markaz", "frilanser",
    # the company's product ("Ilovamiz mijozlarning savollariga javob beradi", "Telegram bot buyurtmalarni qabul qiladi")
    "ilova", "platforma", "bot", "dastur", "tizim",
)
PARTY_ROLES_UZ: tuple[str, ...] = (
    "operator", "menejer", "administrator", "agent", "mutaxassis", "xodim", "assistent", "yordamchi",
)
_UZ_TRADE_ENDINGS = ("", "lar", "i", "si", "lari", "imiz", "miz", "larimiz")
_UZ_ROLE_ENDINGS = ("lar", "lari", "imiz", "larimiz")
_UZ_OUR = "imiz"  # "our" on a noun ending in a consonant ("buxgalterimiz"); "-amiz", "-aymiz" are verbs ("qilamiz")
_UZ_OUR_MIN = 7
_UZ_THIRD_PERSON = ("adi", "ydi", "adilar", "ydilar", "moqda", "moqdalar", "yapti")
_UZ_CONVERB = "ib"
_UZ_POSTPOSITIONS = frozenset(("bilan", "uchun", "orqali", "bo'yicha", "boyicha"))  # (with, for, through, as to)
_UZ_NEW = frozenset(("yangi", "bo'lajak", "kelajakdagi"))
# … and a role in the singular after "boshqa" (another) or "alohida" (a separate one): "SMM bilan alohida xodim
# shug'ullanadi", "Instagram sahifasini boshqa mutaxassis yuritadi"
_UZ_ANOTHER = ("boshqa", "alohida")
_UZ_CONVERB_HOPS = 2
# "my": a solo owner's ("my editor does the audio editing"); "another", "a separate" one ("A separate designer creates
# our banners")
_OUR = frozenset(("our", "their", "my", "another", "separate"))
_CLAUSE_JOINS = frozenset(("and", "while", "but", "whereas"))
_PASSIVE_BE = frozenset(("is", "are", "be", "been", "were", "was", "come", "comes"))
# "… go to our pharmacists": work handed to a party (``Matcher._english_party``)
_HANDED_TO = frozenset(("go", "goes", "passed", "routed", "forwarded", "escalated", "handed", "referred", "belong",
                        "belongs"))
# "… stay with our accountant": work kept by a party (``Matcher._english_party``)
_KEPT_WITH = frozenset(("stay", "stays", "remain", "remains", "rest", "rests", "sit", "sits", "is", "are"))
# After "our <party>" inside a clause, words that are not its verb (``Matcher._verb_after``): the party is an object
_NOT_A_VERB = frozenset((
    "on", "in", "at", "to", "for", "with", "by", "from", "of", "about", "into", "onto", "and", "or", "but", "so",
    "that", "who", "which", "whose", "whom", "as", "than", "the", "a", "an", "this", "these", "those", "their", "our",
    "your", "his", "her", "its", "when", "where", "while", "if", "because", "per", "via", "through", "during",
    "before", "after", "across", "within", "without", "under", "over", "between", "around", "like", "plus", "up",
))
_NOT_FINITE = ("ing", "ed")
# Words a clause's subject may follow inside a sentence: "… and our bookkeeper handles payroll", "… because our
# engineers handle that"; any other word of ``_NOT_A_VERB`` before "our" makes the party its object ("for our partners")
_SUBJECT_AFTER = _CLAUSE_JOINS | frozenset(("so", "that", "which", "because", "when", "where", "if", "as", "since",
                                            "once", "after", "before", "until"))
_AUXILIARIES = frozenset(("will", "would", "can", "could", "may", "might", "must", "should", "is", "was", "has",
                          "does"))
_PARTY_REACH = 5
_PARTY_BEFORE = 25  # a Persian or Russian sentence read back from the party, at most
_FA_THIRD_PERSON = frozenset(("است", "هستند", "اند"))
# Persian: a trade as written or in the plural ("پزشکان", "ویزیتورهای"), or a role a seeker is often named by in
# the plural only ("کارشناسان", "منشی‌های", "اپراتورهای", "همکاران": «کارشناسان فروش ما بلیت و هتل رزرو می‌کنند»);
# "our colleague" in the singular («همکار ما») is often the seeker
PARTY_TRADES_FA: tuple[str, ...] = ("پزشک", "مهندس", "ویزیتور", "آرایشگر", "حسابدار",
                                    # the company's product («اپلیکیشن ما به سوالات مشتریان پاسخ می‌دهد»)
                                    "اپلیکیشن", "ربات", "پلتفرم", "نرمافزار")
PARTY_ROLES_FA: tuple[str, ...] = ("منشی", "کارشناس", "اپراتور", "کارمند", "همکار", "مدیر", "پشتیبان")
# … and a role or person in the singular followed by «دیگر», «دیگری» (another) or «جداگانه» (a separate one), whose
# clause ends in a verb of the third person: «مدیریت اینستاگرام با همکار دیگری است», «پست‌ها را همکار دیگری منتشر
# می‌کند»; not «به یک همکار دیگر … نیاز داریم»
PERSONS_FA: tuple[str, ...] = PARTY_ROLES_FA + ("نیرو", "نیروی", "فرد", "شخص", "نفر")
_FA_ANOTHER = frozenset(("دیگر", "دیگری", "جداگانه", "جداگانهای", "جداگانه‌ای"))
_FA_PLURALS = ("ها", "های", "هایی", "هاى", "ان", "ین")  # («مهندسین», «مدرسین»: the Arabic plural)
_FA_SUBJECT_AT = 2  # words before a party in its clause, at most («اما همکاران …»)
_FA_PREPOSITIONS = frozenset(("با", "به", "از", "برای", "در", "بر", "تا", "روی", "پیش", "نزد", "را", "که", "همراه"))
_FA_OBJECT = "را"
_FA_WITH = "با"
# "with themselves": «… با خود آنهاست», «… با خودشان است» (the task stays with the client or the clients)
_FA_THEMSELVES = frozenset(("خود", "خودشان", "خودشون"))
_FA_IS_GLUED = "ست"  # «آنهاست»: «است» glued to the word before
_FA_GLUED_AFTER = ("ا", "و")  # … after a long vowel («محتواست», «آنهاست»; not «پست», «دست», «تست»)
_FA_PARTY_STARTS = _CLAUSE_ENDS | {":", "("}  # where a Persian keeper's clause starts, read back («… (نوشتن مقاله با …)»)

_FOLDED_PARTY_WORDS = _folded_words(PARTY_WORDS)
_FOLDED_PARTY_WORDS_RU = _folded_words(PARTY_WORDS_RU)
_FOLDED_PARTY_FROM_RU = _folded_words(PARTY_FROM_RU)
_FOLDED_PARTY_WORDS_FA = _folded_words(PARTY_WORDS_FA)


def _fa_is_glued(word: str) -> bool:
    """Whether a folded Persian word ends in «است» glued to it after a long vowel («محتواست»: with the content team,
    «… با تیم محتواست»), as a clause of a keeper ends (``Matcher._others``)."""
    return len(word) > 3 and word.endswith(_FA_IS_GLUED) and word[-3] in _FA_GLUED_AFTER


def _determiner_before(toks: list[str], i: int) -> int:
    """The nearest word before a party's at ``i``, ``_PARTY_REACH`` words back at most, that is "our" (``_OUR``), a
    break mark, a possessive (``_possessive``) or a passive's "the" (``_passive_agent``); -1 where none is
    (``Matcher._english_party``)."""
    for k in range(i - 1, max(i - 1 - _PARTY_REACH, -1), -1):
        tok = toks[k]
        if tok in _OUR or tok in BREAKS or (tok == "the" or tok.endswith("'s")) and (
                _possessive(toks, k) or _passive_agent(toks, k)):  # (their words: "the", "…'s")
            return k
    return -1


def _passive_agent(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` is "the" after "by" or "from", where a passive names its agent as "our" does ("Scriptwriting
    and client calls are done by the team", "… is handled by the office manager"; ``Matcher._english_party``)."""
    return toks[k] == "the" and k > 0 and toks[k - 1] in _PASSIVE_FROM


def _possessive(toks: list[str], k: int) -> bool:
    """Whether ``toks[k]`` is a noun in the possessive after "the", a determiner as "our" is ("the client's own booking
    desk", "is done by the firm's paralegals")."""
    return k > 0 and toks[k].endswith("'s") and toks[k - 1] == "the"


def _fa_party(word: str) -> bool:
    """Whether a folded Persian word names a party (``PARTY_TRADES_FA``): a trade as written or in the plural, a role in
    the plural."""
    if word in PARTY_TRADES_FA:
        return True
    for ending in _FA_PLURALS:
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem in PARTY_TRADES_FA or stem in PARTY_ROLES_FA:
                return True
    return False


def _fa_first_person(word: str) -> bool:
    """Whether a folded Persian word is a verb of the first person singular in the continuous («می‌ذارم», «انجام
    می‌دهم», «میکنم»), not of wanting, seeking or becoming («می‌خوام», «می‌گردم», «ممنون می‌شم»): a client's brief
    says so what the client does themselves (``_FA_FIRST_PERSON``)."""
    return (len(word) >= 4 and word.startswith(_FA_CONTINUOUS) and word.endswith(_FA_I) and not word.endswith(_FA_WE)
            and not word.startswith(_FA_NOT_MINE))


def _fa_subject(toks: list[str], i: int) -> bool:
    """Whether a Persian party at ``i`` (``_fa_party``) opens its clause as its subject, at most ``_FA_SUBJECT_AT``
    words in, with no preposition before it nor «را» after it: «کارشناسان فروش ما …», «اما همکاران ما …», not «… آن‌ها
    را به همکاران وصل می‌کند» nor «همکاران را …»."""
    start = _clause_start(toks, i, _FA_SUBJECT_AT + 1)
    if start < i - _FA_SUBJECT_AT or (start and toks[start - 1] not in BREAKS):
        return False
    return _FA_PREPOSITIONS.isdisjoint(toks[start:i]) and toks[i + 1:i + 2] != [_FA_OBJECT]


_OWN_STEM = 5  # letters a party and a title word share when the party is the seeker's own ("operator…")


def _owned(party: str, own: Collection[str]) -> bool:
    """Whether an inflected party word ("operatorlarimiz", «операторы», "agents") is named by a title word (``own``:
    "operatori", «оператор», "agent")."""
    stem = party[:_OWN_STEM]
    return len(party) >= _OWN_STEM and any(w.startswith(stem) for w in own)


class ReadsParties:
    """The part of ``Matcher`` that reads other parties doing a task (``_others``): their words, read also as the
    matcher spells a text's words (``_read_parties``), and those of an Uzbek or Persian party, or a Persian verb of the
    client's first person, as ``Matcher._learn`` meets them (``_party_uz``, ``_party_fa``, ``_fa_first``)."""

    def _read_parties(self, spell: Callable[[str], str] | None) -> None:
        self._party_words = _words_read(_FOLDED_PARTY_WORDS, spell)
        self._party_words_ru = _words_read(_FOLDED_PARTY_WORDS_RU, spell)
        self._party_ours_ru = _words_read(_folded_words(PARTY_OURS_RU), spell) - self._party_words_ru
        self._our_ru = _words_read(_folded_words(_OUR_RU), spell)
        self._new_ru = _words_read(_folded_words(_NEW_RU), spell)
        self._another_ru = _words_read(_folded_words(_ANOTHER_RU), spell)
        self._own_work = _words_read(_folded_words(OWN_WORK), spell)
        self._own_work_ru = _words_read(_folded_words(OWN_WORK_RU), spell)
        self._we_ru = _words_read(_folded_words(_WE_RU), spell)
        self._own_work_first = _words_read(_folded_words(OWN_WORK_FIRST_PERSON), spell)
        self._i_have = _words_read(_folded_words(_I_HAVE), spell)
        self._own_predicate = _words_read(_folded_words(OWN_WORK_PREDICATE), spell)
        self._on_me_ru = {fold(w): fold(p) for w, p in _ON_ME_RU.items()}
        self._own_words = (self._own_work | self._own_work_ru | self._own_work_first | self._i_have
                           | self._own_predicate | set(self._on_me_ru))
        self._poster_cues = _words_read({_I, _YA, "chtobi"} | _FREED, spell)  # (``_posters_own``)
        self._party_from_ru = _words_read(_FOLDED_PARTY_FROM_RU, spell)
        self._party_words_fa = _words_read(_FOLDED_PARTY_WORDS_FA, spell)
        self._party_roles = _words_read(_folded_words(PARTY_ROLES), spell)
        self._party_trades_uz = _words_read(PARTY_TRADES_UZ, spell)
        self._party_roles_uz = _words_read(PARTY_ROLES_UZ, spell)
        self._uz_new = _words_read(_UZ_NEW, spell)
        self._uz_another = _words_read(_UZ_ANOTHER, spell)
        self._fa_persons = _words_read(_folded_words(PERSONS_FA), spell)
        self._fa_another = _words_read(_folded_words(tuple(_FA_ANOTHER)), spell)
        self._party_uz: set[str] = set()  # words read so far that name an Uzbek party (``_uz_party``)
        self._party_fa: set[str] = set(self._party_words_fa)  # … and a Persian one (``_fa_party``)
        self._fa_first: set[str] = set()  # … and a Persian verb of the client's first person (``_fa_first_person``)
        self._not_the_seeker = self._seeker_words - {"your"}  # "your articles" is no subject
        # the words the scan marks for ``_others``
        self._party_cues = (self._party_words | self._party_words_ru | self._party_ours_ru | self._party_from_ru
                            | self._party_words_fa | self._own_words | _FA_THEMSELVES | self._party_roles_uz
                            | self._fa_persons | self._poster_cues)

    def _others(self, toks: list[str], parties: list[int], own: Collection[str]) -> list[tuple[int, int]]:
        """The clauses of other parties doing a task (``PARTY_WORDS``), as token intervals, each to its sentence's end
        or to a word of the seeker; but a party named by a word of ``own`` (the title's: "our support department" for
        a Customer Support Specialist, «Отдел продаж» for an «Ассистент отдела продаж») is the seeker's own team."""
        out: list[tuple[int, int]] = []
        n = len(toks)
        done = -1
        for i in parties:
            if i < done:
                continue
            tok = toks[i]
            start = -1
            ends = _CLAUSE_ENDS
            if tok in self._fa_first:
                if (i + 1 == n or toks[i + 1] in BREAKS) and self._not_the_seeker.isdisjoint(
                        toks[_clause_start(toks, i, _PARTY_BEFORE):i]):
                    done = i + 1
                    out.append((_clause_start(toks, i, _PARTY_BEFORE), i + 1))
                continue
            if tok in self._own_words:
                span = self._clients_own(toks, i)
                if span is not None:
                    done = span[1]
                    out.append(span)
                continue
            if tok in self._poster_cues:
                span = self._posters_own(toks, i)
                if span is not None:
                    done = span[1]
                    out.append(span)
                continue
            if i + 1 < n and toks[i + 1] in _UZ_POSTPOSITIONS and (tok in self._party_uz
                                                                    or tok in self._party_words_ru):
                # an Uzbek party before a postposition ("buxgalter bilan birga …", with the accountant) is no subject,
                # and its word ("buxgalter") names who the work is done with or for, not the work; nor is it a Russian
                # party whose word it shares («бухгалтер»)
                out.append((i, i + 1))
                continue
            another = i > 0 and toks[i - 1] in self._uz_another and tok in self._party_roles_uz
            if tok in self._party_uz or another:
                span = self._uzbek_party(toks, i)
                if span is not None:
                    start, end = span
                    if self._not_the_seeker.isdisjoint(toks[start:end]) and (another or not (
                            _owned(tok, own) and not self._qualified_otherwise(toks, i, own))):
                        done = end
                        out.append((start, end))
                    continue
            if tok in self._party_from_ru and i > 1 and toks[i - 1] == _FROM_RU:
                if toks[i - 2] not in BREAKS:  # the work handed over: the word before «от» (not the clause's verb)
                    out.append((i - 2, i + 1))
                continue
            another = i + 1 < n and toks[i + 1] in self._fa_another and tok in self._fa_persons  # «همکار دیگری»
            if tok in self._party_words_ru:
                start = _clause_start(toks, i, _PARTY_BEFORE)
            elif tok in self._party_ours_ru:
                another = i > 0 and toks[i - 1] in self._another_ru
                if another or self._ours_ru(toks, i):
                    start = _clause_start(toks, i, _PARTY_BEFORE)
            elif tok in _FA_THEMSELVES:
                if i and toks[i - 1] == _FA_WITH:
                    e = _clause_end(toks, i, _PARTY_BEFORE)
                    if toks[e - 1] in _FA_THIRD_PERSON or toks[e - 1].endswith(_FA_IS_GLUED):
                        start = _start_after(toks, i, _PARTY_BEFORE, _FA_PARTY_STARTS)
            elif (tok in self._party_fa and (tok in self._party_words_fa or _fa_subject(toks, i)
                                             or (i and toks[i - 1] == _FA_WITH))) or another:
                # (a trade or role after «با» is the keeper only where the clause ends in «است»: «… با مهندسان و
                # حسابداری شرکت است»)
                e = _clause_end(toks, i, _PARTY_BEFORE)
                last = toks[e - 1] if e > i + 1 else ""
                if last in _FA_THIRD_PERSON or (last.startswith(_FA_CONTINUOUS) and last.endswith("د")
                                                and not last.endswith("ید") and toks[i - 1] != _FA_WITH) or (
                        toks[i - 1] == _FA_WITH and _fa_is_glued(last)):
                    start = _start_after(toks, i, _PARTY_BEFORE, _FA_PARTY_STARTS)
            elif tok in self._party_words:
                if tok in _PRODUCTS and _OUR.isdisjoint(toks[max(0, i - _PARTY_REACH):i]):
                    continue  # (a product is a party only as "our …", "their …": most of them are named otherwise)
                start, clause = self._english_party(toks, i)
                if clause and tok in _OPENING_PARTIES:
                    start = -1
                ends = BREAKS if clause else _CLAUSE_ENDS
            if start < 0 or not self._not_the_seeker.isdisjoint(toks[start:i]):
                continue
            if tok in self._party_ours_ru:
                if own and not another and self._named_by_title_ru(toks, i, own):
                    continue
            elif own and not another and tok not in _OPENING_PARTIES and (
                    not own.isdisjoint(toks[max(start, i - _PARTY_REACH):i + 3])
                    or (tok in self._party_roles and _owned(tok, own))):
                continue  # (a role the title names in another form too: "Операторы …" for an «Оператор call-центра»)
            if i + 1 < n and toks[i + 1] in _NOT_A_PARTY_AFTER:
                continue
            end = i + 1
            while end < n and toks[end] not in ends and toks[end] not in self._not_the_seeker:
                end += 1
            if toks[end - 1] in BREAKS:
                end -= 1
            done = end
            out.append((start, end))
        return out

    def _qualified_otherwise(self, toks: list[str], i: int, own: Collection[str]) -> bool:
        """Whether the word before a party at ``i`` is a task's word the title does not hold ("SMM mutaxassisimiz", our
        SMM specialist, in a subtitle specialist's posting): the party is that task's, not the seeker the title's role
        word names."""
        before = toks[i - 1] if i else ""
        return before not in own and any(p.tag[0] != "_" for p in self._starts.get(before, ()))

    @staticmethod
    def _named_by_title_ru(toks: list[str], i: int, own: Collection[str]) -> bool:
        """Whether «наш <role>» at ``i`` is the seeker the title names: the role with no word after it in its clause, or
        with a word of the title among the next ``_QUALIFIER_WORDS`` («наш менеджер по продажам» for a «Менеджер по
        продажам»; not «наш менеджер клиентского сервиса» for a «Менеджер маркетплейсов»)."""
        after = toks[i + 1:i + 1 + _QUALIFIER_WORDS]
        if not after or after[0] in BREAKS:
            return True
        for w in after:
            if w in BREAKS:
                return False
            if w in own:
                return True
        return False

    def _clients_own(self, toks: list[str], i: int) -> tuple[int, int] | None:
        """The clause of the client's own work at a word of ``OWN_WORK`` … (``i``), as a token interval: to its end, or
        past a colon ending it to the sentence's end; None where the clause speaks to the seeker, or the word does not
        say the client does the work (``OWN_WORK_RU`` without «я», «мы»; ``OWN_WORK_FIRST_PERSON`` without a verb of
        the first person ending the clause; ``_I_HAVE`` without a participle next)."""
        n = len(toks)
        start = _clause_start(toks, i, _PARTY_BEFORE)
        end = _clause_end(toks, i, _PARTY_BEFORE)
        tok = toks[i]
        if tok in self._own_predicate or tok in self._on_me_ru:
            if end != i + 1 or (tok in self._on_me_ru and (not i or toks[i - 1] != self._on_me_ru[tok])):
                return None  # (not «… присылать отчёт мне на почту», "o'zimdan so'rang")
            if start > 0 and toks[start - 1] in _DASHES:  # the task before a dash: «Ответы на отзывы — на мне»
                start = _clause_start(toks, start - 1, _PARTY_BEFORE)
        elif tok in self._own_work_ru:
            if self._we_ru.isdisjoint(toks[start:end]):
                return None
        elif tok in self._own_work_first:
            last = toks[end - 1] if end - 1 > i else ""
            if not (last.endswith(_FIRST_PERSON_ENDINGS) or (end - 2 == i and last in _FA_IS)):
                return None
        elif tok in self._i_have:
            k = i + 1
            while k < n and toks[k] in _ADVERBS:
                k += 1
            if k >= n or not (toks[k].endswith("ed") or toks[k] in _PARTICIPLES) or (k + 1 < n and toks[k + 1] == "to"):
                return None
        if end < n and toks[end] == ":":
            end = _sentence_end(toks, end + 1)
        if not self._not_the_seeker.isdisjoint(toks[start:end]):
            return None
        return start, end

    def _posters_own(self, toks: list[str], i: int) -> tuple[int, int] | None:
        """The poster's own work at "I", «я», "so", "while" or «чтобы» (``i``; ``_I_DO``, ``_FREED``), as a token
        interval from the cue to its sentence's or clause's end, a word of the seeker's, or an "and" or "but" opening
        another clause; None where no such clause opens there."""
        n = len(toks)
        k = i + 1
        tok = toks[i]
        russian = tok == _YA or tok == "chtobi"
        if tok == _I:
            while k < n and toks[k] in _I_ADVERBS:
                k += 1
            if k >= n or toks[k] not in _I_DO:
                return None
        elif tok == _YA:
            while k < n and toks[k] in _RU_ADVERBS:
                k += 1
            if k >= n or len(toks[k]) < 3 or not toks[k].endswith(_RU_FIRST_PERSON) or toks[k] in _RU_WANTING:
                return None
        else:
            if k < n and toks[k] == "that" and tok == "so":
                k += 1
            subjects = _RU_FREED_SUBJECTS if russian else _FREED_SUBJECTS
            if k + 1 >= n or toks[k] not in subjects or toks[k + 1] in _WANTING or toks[k + 1] in _RU_WANTING:
                return None
        # "I …" to its sentence's end, what a hire frees the poster for to its clause's; but not past a word of the
        # seeker's or another clause
        end = min(_sentence_end(toks, k), k + _I_REACH) if tok in (_I, _YA) else _clause_end(toks, k, _PARTY_BEFORE)
        joins = _RU_JOINS if russian else _CLAUSE_JOINS
        while_ = tok == "while"  # (a time clause ends at a join: "… while he's flying and return calls")
        for j in range(k + 1, end):
            if toks[j] in self._not_the_seeker or (toks[j] in joins and (
                    while_ or (j + 1 < n and (toks[j + 1] in _ANOTHER_CLAUSE or toks[j + 1] in _RU_ANOTHER)))):
                end = j
                break
        return (i, end) if end > k + 1 else None

    def _ours_ru(self, toks: list[str], i: int) -> bool:
        """Whether a Russian role in the singular at ``i`` (``PARTY_OURS_RU``) follows «наш» or «наша», a word between
        at most, but not «новый», «будущий» (the seeker: «наш новый менеджер»)."""
        for k in (i - 1, i - 2):
            if k < 0 or toks[k] in BREAKS or toks[k] in self._new_ru:
                return False
            if toks[k] in self._our_ru:
                return True
        return False

    def _uz_party(self, word: str) -> bool:
        """Whether a folded word names an Uzbek party in the nominative (``PARTY_TRADES_UZ``): "our <someone>"
        ("buxgalterimiz", "hamkasbimiz"), a trade with or without a plural or possessive ("logist", "kuryerlar",
        "bo'limi"), or a role in the plural or as ours ("operatorlar", "menejerlarimiz")."""
        if word.endswith(_UZ_WITH) and len(word) > 4 and self._uz_party(word[:-len(_UZ_WITH)]):
            return True  # with the party, as a predicate ending its clause (``_uzbek_party``)
        if len(word) >= _UZ_OUR_MIN and word.endswith(_UZ_OUR) and word[-5] not in _VOWELS and word[-5] != "'":
            return True
        for ending in _UZ_TRADE_ENDINGS:
            if word.endswith(ending):
                stem = word[:len(word) - len(ending)]
                if stem in self._party_trades_uz or (ending in _UZ_ROLE_ENDINGS and stem in self._party_roles_uz):
                    return True
        return False

    def _uzbek_party(self, toks: list[str], i: int) -> tuple[int, int] | None:
        """The clause of an Uzbek party at ``i`` (``_uz_party``), from its start to its verb, when that verb ends it in
        the third person (``_UZ_THIRD_PERSON``), reading on past a converb that ends a clause ("qilib,"); else None."""
        if i and toks[i - 1] in self._uz_new:
            return None
        n = len(toks)
        end = _clause_end(toks, i, _PARTY_BEFORE)
        if toks[i].endswith(_UZ_WITH) and self._uz_party(toks[i][:-len(_UZ_WITH)]):
            if end != i + 1:  # with the party, only as the predicate: "… reklama bizning SMM mutaxassisimizda."
                return None
            return _clause_start(toks, i, _PARTY_BEFORE), end
        for _ in range(_UZ_CONVERB_HOPS):
            if end < n - 1 and toks[end] == "," and end - 1 > i and toks[end - 1].endswith(_UZ_CONVERB):
                end = _clause_end(toks, end + 1, _PARTY_BEFORE)
        if end - 1 <= i or not toks[end - 1].endswith(_UZ_THIRD_PERSON):
            return None
        return _clause_start(toks, i, _PARTY_BEFORE), end

    def _english_party(self, toks: list[str], i: int) -> tuple[int, bool]:
        """Where the clause of an English party at ``i`` starts, and whether it ends at its clause's end (else at its
        sentence's): a party after "our", "their" or "my" opening a clause ("Our sales team books demos", "…, and our social
        team turns them into clips"), or after "is/are <done> by" ("are handled by our customer care team", "come from
        our copywriter", "are done by the team": there "the" as "our") or "go/are passed to" ("Clinical questions go to our pharmacists, who …"), to its sentence's
        end; or "our <party>" inside a clause with its verb next (``_verb_after``), a clause of its own to its end
        ("… and our bookkeeper handles payroll", "the clips our video editor cuts for Instagram"); else -1."""
        k = _determiner_before(toks, i)
        if k < 0 or toks[k] in BREAKS:
            return -1, False
        if _possessive(toks, k) or (toks[k] == "separate" and k and toks[k - 1] in ("a", "an")):
            k -= 1  # "the client's", "the firm's", "a separate": read from "the", "a"
        before = toks[k - 1] if k else "\n"
        if before in BREAKS:
            return k, False
        if before in _CLAUSE_JOINS and (k < 2 or toks[k - 2] in BREAKS):
            return k - 1, False
        if before in _PASSIVE_FROM and k > 1 and (toks[k - 2] in _PASSIVE_BE or toks[k - 3:k - 2] and
                                                  toks[k - 3] in _PASSIVE_BE):
            return _start_after(toks, k, _PARTY_BEFORE, _CLAUSE_ENDS | {":"}), False
        if toks[k] == "the":  # "by the team" names a party only as a passive's agent
            return -1, False
        if before == "to" and k > 1 and toks[k - 2] in _HANDED_TO:
            return _start_after(toks, k, _PARTY_BEFORE, _CLAUSE_ENDS | {":"}), False
        if before == "with" and k > 1 and toks[k - 2] in _KEPT_WITH:
            return _start_after(toks, k, _PARTY_BEFORE, _CLAUSE_ENDS | {":"}), False
        if ((before in _SUBJECT_AFTER or before not in _NOT_A_VERB)  # no object of "for", "with" …: "for our partners"
                and _NOT_A_VERB.isdisjoint(toks[k + 1:i]) and self._verb_after(toks, i)):  # "our" of the party
            return k, True
        return -1, False

    def _verb_after(self, toks: list[str], i: int) -> bool:
        """Whether the word after an English party at ``i`` may be its verb, in the person of the party: a verb in "-s"
        or an auxiliary after a party in the singular ("our bookkeeper handles", "our editor will"), a verb without
        "-s" after one in the plural ("our engineers handle"); not a word of ``_NOT_A_VERB`` ("our designers on
        banners"), another party's ("our team leads"), a participle ("our recruiters scheduling") or one in "-ed"."""
        if i + 1 >= len(toks):
            return False
        word = toks[i + 1]
        if (word in BREAKS or word in _NOT_A_VERB or word in self._party_words or word.endswith(_NOT_FINITE)
                or not word.isalpha()):
            return False
        if toks[i].endswith("s"):  # a plural: "our engineers handle", not "our agents' calendars"
            return not word.endswith("s")
        return word in _AUXILIARIES or (word.endswith("s") and not word.endswith("ss"))
