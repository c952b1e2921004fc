"""How a post says to reach the employer: a chat as the only channel (``MESSAGING_ONLY``), a free-mail
address (``free_mail``), a bank card's number (``find_card_number``), and a contact that can be checked: a company
website or a phone (``has_verifiable_contact``), LinkedIn, an address on the employer's own domain or an interview where
the employer is seen (``other_channel``).
"""
from __future__ import annotations

import re

from pipeline.legitimacy.rules.matching import _compile
from pipeline.legitimacy.text import digit_shape
from pipeline.links import EMAIL, without_emails


# Uzbek letters as keyboards type them, in the folded text: oʻ as o' or o, or u (у for ў on a Russian keyboard); gʻ
# as g' or g; q as k (к for қ); h as x (х for ҳ; not the h of sh and ch); a tutuq belgisi (ma'lumot) or none; and a
# word's first ё as е (Ёзинг, Езинг: "yozing", "yezing"). Alternatives, not optional letters: the merged reading
# (``merge``) puts a regex in its own form, where "g'?" would become an optional g.
_UZBEK_TYPED = {"o'": "(?:o'|o|u)", "g'": "(?:g'|g)", "'": "(?:'|)", "q": "(?:q|k)", "h": "(?:h|x)"}
_UZBEK_TYPED_LETTER = re.compile("o'|g'|'|q|(?<![sc])h")


def uzbek_typed(word: str) -> str:
    """A regex of a folded Uzbek Latin ``word`` (letters and apostrophes) as any keyboard types it (``_UZBEK_TYPED``)."""
    if word.startswith("yo") and not word.startswith("yo'"):
        return "y(?:o|e)" + uzbek_typed(word[2:])
    return _UZBEK_TYPED_LETTER.sub(lambda m: _UZBEK_TYPED[m.group()], word)


# How Uzbek posts name their contact, before the handle ("Aloqa: @x", "Bog'lanish uchun: @x", "Murojaat uchun: @x",
# "Batafsil ma'lumot: @x", "Yozing: @x", "Rezyume yuborish: @x"): a label word's start as any keyboard types it, the
# rest of the word, and at most two more words on its line. A CV alone ("Rezyume: @x") is not one: it is sent to where
# the post says (``rezyume`` with a verb of sending is).
_UZBEK_CONTACT_LABELS = ("aloqa", "bog'lan", "murojaat", "yozi", "batafsil", "kontakt")
_CV_SENT = ("yubor", "jo'nat")
_UZBEK_CONTACT = (r"(?<!['\w])(?:" + "|".join(map(uzbek_typed, _UZBEK_CONTACT_LABELS))
                  + r"|rezyume\w{0,3}[^\w@\n]{1,4}+(?:" + "|".join(map(uzbek_typed, _CV_SENT)) + "))"
                  r"[\w']{0,20}+(?:[^\w@\n]{1,4}+[\w']{1,20}+){0,2}?[^\w@]{0,4}+@[a-z][\w_]{3,}")
# A handle alone on its line, behind an emoji or a bullet at most: the post's contact ("👉 @x"), not a handle in a
# sentence nor an e-mail address
_HANDLE_LINE = r"(?<![^\n])[^\w\s@]{0,4}\s?@[a-z][\w_]{3,}[^\w\n@]{0,3}(?![^\n])"


def _as_typed(*phrases: str) -> tuple[str, ...]:
    """Each phrase, and with "whatsapp" as "whats app" too: a posting's "WhatsApp" reads so once its camel-case words
    are split (``text.clean``), and "Связь только через WhatsApp" had read no sign."""
    return tuple(dict.fromkeys(q for p in phrases for q in (p, p.replace("whatsapp", "whats app"))))


MESSAGING_ONLY = _compile(
    *_as_typed(
        "only ~ telegram", "only ~ whatsapp", "telegram only", "whatsapp only", "contact ~ on telegram",
        "contact ~ via telegram", "contact ~ on whatsapp", "contact ~ via whatsapp", "interview* ~ on telegram",
        "interview* ~ via telegram", "interview* ~ on whatsapp", "interview* ~ on signal", "text me on",
        "interview* ~ via teams chat", "interview* ~ on teams chat", "interview* ~ via google hangouts",
        "interview* ~ on google hangouts", "interview* ~ via signal", "chat interview*", "interview* ~ via text",
        "faqat telegram*", "faqat whatsapp*", "telegramga yozing", "lichkaga yozing", "lichkaga", "shaxsiyga yozing",
        "adminga yozing", "adminga murojaat*",
        # a manager "will contact you" there ("свяжется с вами в Telegram", "siz bilan Telegram orqali bog'lanadi", "در
        # تلگرام با شما تماس می‌گیرد")
        "свяжется с вами в telegram", "свяжется с вами в телеграм*", "свяжется с вами в whatsapp",
        "свяжется с вами в ватсап*", "свяжемся с вами в telegram", "свяжемся с вами в телеграм*",
        "свяжемся с вами в whatsapp", "свяжемся с вами в ватсап*", "telegram orqali bog'lan*",
        "whatsapp orqali bog'lan*", "telegramda bog'lan*", "در تلگرام با شما تماس", "در واتساپ با شما تماس",
        "пишите в телеграм", "пишите в лс", "пишите в личк*", "только ~ telegram", "только ~ телеграм*",
        "только ~ whatsapp", "только ~ ватсап*",
        "пиши в телеграм*", "напиши* в телеграм*", "пиши* в тг", "напиши* в тг",  # the informal "пиши" too
        "در تلگرام پیام", "فقط ~ تلگرام", "فقط ~ واتساپ", "تنها ~ تلگرام", "به آیدی", "پیام دهید"),
    raw=((r"t\.me/[\w_]+", "t.me/", "me"), (r"wa\.me/\d+", "wa.me/", "wa"), (r"(?:telegram|تلگرام)[^\s@]{0,40}+(?:\s++\S++){0,2}?\s*+@[a-z][\w_]{3,}", "@"),
         # (the Latin labels and the Persian apart: the merged reading takes only the Latin ones)
         (r"(?:svyaz|pishite|pishi|napishi(?:te)?|podrobneye|podrobnosti|ls|lichku)\W{0,4}@[a-z][\w_]{3,}", "@"),
         (r"(?:تماس|آیدی|اطلاعات بیشتر)\W{0,4}@[a-z][\w_]{3,}", "@"), (_UZBEK_CONTACT, "@"), (_HANDLE_LINE, "@"),
         # a direct message asked for ("Подробности в ЛС", "Резюме в личку", "Кто первый напишет + в лс"), not
         # the job's own chats ("отвечать на вопросы в ЛС", "отвечать в личке Instagram")
         (r"(?:pishi\w{0,30}+|napish\w{0,30}+|podrobnost\w{0,30}+|podrobneye|rezyume|portfolio|anket\w{0,30}+|detali"
          r"|stuchi\w{0,30}+|jdu|jdyom|obrashatsya|obrashaytes)[^\w\s]{0,3}+(?:\s++\S{1,40}+){0,2}?"
          r"\s++v\s++(?:ls|lichku)(?!\w)", "", "ls", "lichku"),
         # a Persian direct message asked for, before the handle ("پیوی بدید @x", "پیام بدید @x", "دایرکت بدین @x")
         (r"(?:پیوی|پیام|دایرکت)\s+(?:بدید|بدین|بدهید|بده|بزنید|بزنین|دهید)\W{0,4}@[a-z][\w_]{3,}", "@", "پیوی", "پیام",
          "دایرکت")),
)

# The big providers under any country's domain ("yahoo.fr", "hotmail.fr", "outlook.es", "yahoo.co.in"), the others
# under the domains they give out: an address on any other had counted as a company's own, a second channel that
# cleared a Telegram-only contact ("Telegram @x или на почту anna.hr@yahoo.fr" read "Looks legitimate 99/100").
_FREE_MAIL_HOST = (
    r"(?:(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|aol|yandex|gmx|icloud|protonmail"
    r"|rediffmail|zohomail)\.[a-z]{2,3}(?:\.[a-z]{2})?"
    r"|(?:mail|inbox|bk|list|ya|rambler|proton|tutanota|chmail|zoho)"  # (chmail.ir: Iran's own)
    r"\.(?:com|ru|uz|ir|net|me|kz|de|co\.uk)|web\.de|me\.com|pm\.me|tuta\.io|umail\.uz|qq\.com)(?![\w-])"
)
_FREE_MAIL_DOMAIN = "@" + _FREE_MAIL_HOST
FREE_MAIL = re.compile(r"[\w.+-]+" + _FREE_MAIL_DOMAIN)
_FREE_MAIL_AT = re.compile(_FREE_MAIL_DOMAIN)
# A free-mail provider named as a domain ("anna.hr (at) gmail.com"): no employer's website (``employer_website``)
_FREE_MAIL_SITE = re.compile(r"(?:https?://)?(?:www\.)?" + _FREE_MAIL_HOST)


def free_mail(text: str) -> re.Match[str] | None:
    """``FREE_MAIL.search(text)``, tried only at each "@": the search tries a start at every word character, each
    reading the word to its end (a third of a millisecond on a long posting with an "@"). A match's "@" is the
    first character after its start that is not in ``[\\w.+-]``, so the first "@" with a free-mail domain after
    it and such a character before it ends the leftmost match, which starts where that run of characters does."""
    at = text.find("@")
    while at >= 0:
        if _FREE_MAIL_AT.match(text, at):
            start = at
            while start and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
                start -= 1
            if start < at:
                return FREE_MAIL.match(text, start)
        at = text.find("@", at + 1)
    return None


# Card numbers: 16 digits (optionally in groups of four) that pass the Luhn check.
CARD_NUMBER = re.compile(r"(?<![\d])(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d])")
CARD_BRANDS = (
    ("8600", "Uzcard"), ("5614", "Uzcard"), ("9860", "Humo"),
    ("6037", "Shetab"), ("6038", "Shetab"), ("6104", "Shetab"), ("6219", "Shetab"), ("6221", "Shetab"),
    ("6273", "Shetab"), ("6274", "Shetab"), ("6276", "Shetab"), ("6280", "Shetab"), ("6362", "Shetab"),
    ("6369", "Shetab"), ("6391", "Shetab"), ("6393", "Shetab"), ("6395", "Shetab"), ("5022", "Shetab"),
    ("5029", "Shetab"), ("5054", "Shetab"), ("5057", "Shetab"), ("5892", "Shetab"), ("6063", "Shetab"),
    ("6392", "Shetab"), ("5859", "Shetab"), ("6279", "Shetab"), ("5047", "Shetab"), ("6062", "Shetab"),
    ("4", "Visa"), ("5", "Mastercard"), ("2", "Mastercard"),
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # (not "\d{4}": a pattern opening with a class is a fast scan for it)


def find_card_number(text: str) -> tuple[str, str] | None:
    """(matched text, brand) of the first Luhn-valid 16-digit card number with a known prefix."""
    shape = digit_shape(text)
    if (shape.count("0000") if shape is not None else len(_FOUR_DIGITS.findall(text))) < 4:
        return None
    for m in CARD_NUMBER.finditer(text):
        digits = "".join(m.groups())
        if not luhn_ok(digits) or len(set(digits)) < 3:
            continue
        for prefix, brand in CARD_BRANDS:
            if digits.startswith(prefix):
                return m.group(0), brand
    return None


_WEBSITE = re.compile(r"https?://(?!t\.me|wa\.me)\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|io|uz|ir|co|ru|ai|dev|app)\b")
_EMAIL = EMAIL  # (``without_emails`` takes it out)
# international or Uzbek/Russian/US groupings ("+998 90 123 45 67", "(555) 123-4567"), and numbers dialled with a
# trunk 0 written in fours ("0912 123 4567", "09121234567", "021-88888888", "020 7123 4567"): how Iran writes them;
# and any country code or trunk 0 before groups of digits ending in 3-2-2, 3-4 or 3-3, spaced, dashed or in brackets,
# as the region writes them ("+93 700 000 000", "0799 123 456", "+992 93 123 4567", "+996 555 123 456", "+971 50
# 123 4567", "(093) 123-45-67"). Not an amount ("5 000 000", "+1 500 000"), a date or a year: without a "+" or a
# trunk 0 only the first groupings, and a "+" needs a code and two groups before the last ones.
_PHONE_END = r"\d{3}[\s-]?(?:\d{2}[\s-]?\d{2}|\d{3})\b"
_PHONE = re.compile(r"(?:\+|\b)(?:998|98|7|1)?[\s(-]*\d{2,3}[\s)-]*\d{3}[\s-]?\d{2}[\s-]?\d{2}\b"
                    r"|\b0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}\b"
                    r"|\+\d{1,3}[\s-]?\(?\d{2,4}\)?[\s-]?(?:\d{2,4}[\s-]?)?" + _PHONE_END
                    + r"|(?:\(0\d{2,4}\)|\b0\d{2,4})[\s-]?" + _PHONE_END)


# Necessary parts of a match, cheap to look for first: ``_WEBSITE`` needs "http", "www." or a ".tld" ending,
# ``_PHONE`` needs its last seven digits; most texts have neither, and then the slow patterns are skipped.
_TLD = re.compile(r"\.(?:com|org|net|io|uz|ir|co|ru|ai|dev|app)\b")
_PHONE_TAIL = re.compile(_PHONE_END)
_PHONE_TAIL_SHAPE = re.compile(r"000[ -]?(?:00[ -]?00|000)(?![0a])")  # ``_PHONE_TAIL`` on ``digit_shape``


_URL_START = re.compile(r"https?://(?!t\.me|wa\.me)\S|www\.\S")


def has_website(text: str) -> bool:
    """``bool(_WEBSITE.search(text))``, a domain found from its ".tld": the regex tries a start at every word
    boundary of a long run of words and hyphens ("a-" x 20,000 before " .com" took 11 s) and reads the run from
    each. A domain's run of ``[\\w-]`` before the "." needs a word character in it for the ``\\b`` to start at."""
    if ("http" in text or "www." in text) and _URL_START.search(text):
        return True
    for m in _TLD.finditer(text):
        j = m.start()
        while j and (text[j - 1].isalnum() or text[j - 1] in "_-"):
            j -= 1
            if text[j] != "-":
                return True
    return False


def employer_website(text: str) -> bool:
    """``has_website``, but a free-mail provider's domain is none (``_FREE_MAIL_SITE``): "anna.hr (at) gmail.com"
    gives no employer to check. Each domain's whole run of ``[\\w-]`` before its ".tld" is read back once (a "."
    ends it), to where the provider's name would start."""
    if "http" in text or "www." in text:
        for m in _URL_START.finditer(text):
            if not _FREE_MAIL_SITE.match(text, m.start()):
                return True
    for m in _TLD.finditer(text):
        j = m.start()
        while j and (text[j - 1].isalnum() or text[j - 1] in "_-"):
            j -= 1
        if text[j:m.start()].strip("-") and not _FREE_MAIL_SITE.match(text, j):
            return True
    return False


# A second way to reach the employer named beside a chat handle, so messaging is not the only one: LinkedIn offered as a
# channel ("Apply on LinkedIn or via Telegram @x", "در لینکدین یا تلگرام به @x"; not "we found your profile on LinkedIn,
# write to us on Telegram") or an e-mail address on the employer's own domain (a free-mail one is ``free_mail``'s);
# a phone or a website already is (``has_verifiable_contact``). ("LinkedIn" reads "linked in" once a posting's
# camel-case words are split: ``text.posting_text``.)
_LINKEDIN_CHANNEL = re.compile(
    r"(?:linked\s?in|لینکدین|لینکداین)(?:\s+(?:yoki|ili|or|یا)\s|\s+orqali|da\b)"
    r"|(?:(?:yoki|ili|or|یا)\s+(?:\S+\s+)?|(?:apply|message|contact|write|dm|reach|pishite|napishite|otklikaytes\w*)"
    r"\s+(?:\S+\s+){0,3}?(?:on|via|through|in|v|cherez)\s+|(?:در|از\s+طریق)\s+)(?:linked\s?in|لینکدین|لینکداین)(?!\w)")


# An interview on a video call or in person, where the employer is seen (a daughter abroad hiring a companion for her
# mother: "ko'pincha WhatsApp orqali gaplashamiz, lekin suhbat video qo'ng'iroq orqali bo'ladi", "I will interview
# finalists on a video call", «собеседование — лично», «مصاحبه تصویری»): messaging is not the only way to check. Not
# one ruled out ("no video call needed", «без видеозвонка», "a camera is not required").
_SEEN_INTERVIEW = re.compile(
    r"(?:interview\w*|meet\w*)\s+(?:\S+\s+){0,4}?(?:on|by|via|over)\s+(?:a\s+)?video(?:\s+call|\s+link)?(?!\w)"
    r"|(?:video|in[- ]person|face[- ]to[- ]face)\s+(?:interview|meeting)"
    r"|(?:interview\w*|meet\w*)\s+(?:\S+\s+){0,4}?in\s+person(?!\w)"
    r"|sobesedovani\w*\W{0,3}\s*(?:\S+\s+){0,2}?(?:po\s+video\w*|lichno|v\s+(?:nashem\s+)?ofise)(?!\w)"
    r"|suhbat\w*\s+(?:\S+\s+){0,2}?(?:video\s+qo'ng'iroq|videoqo'ng'iroq|ofis\w*da|yuzma-?yuz)"
    r"|مصاحبه\s+(?:(?:اول|دوم|نهایی)\s+)?(?:\S+\s+){0,3}?(?:تصویری|حضوری)"
    # … booked in a pasted chat with its day and time between ("Sizni suhbatga taklif qilamiz: payshanba, soat 11:00,
    # ofisimizda", «Созвонимся завтра в 12:00 по видео», "Interview: Thursday 15:00 on Zoom", «مصاحبه آنلاین در
    # اسکای‌روم»)
    r"|suhbat\w*\s+(?:\S+\s+){3,5}?ofis\w*da(?!\w)"
    r"|sozvon\w*\s+(?:\S+\s+){0,4}?po\s+video\w*"
    r"|(?:interview\w*|call|meet\w*)\W{0,3}\s+(?:\S+\s+){0,5}?(?:on|via|over|in)\s+(?:zoom|google\s+meet)(?!\w)"
    r"|مصاحبه\s+(?:\S+\s+){0,3}?(?:اسکای\s?روم|گوگل\s?میت|زوم|google\s+meet|zoom)")
_SEEN_INTERVIEW_RULED_OUT = re.compile(r"(?<!\w)(?:no|not|without|bez|ne|نه|بدون)(?!\w)[^.!?\n]{0,20}$")
# … nor after it, in its clause («مصاحبه حضوری نداریم», "مصاحبه حضوری لازم نیست", "suhbat ofisda bo'lmaydi", "in-person
# interview is not required")
_SEEN_INTERVIEW_DENIED = re.compile(r"[^.!?\n،,]{0,25}?(?:ندار|نیست|نمی|(?<!\w)(?:not|ne|net|emas|yo'q)(?!\w)|n't"
                                    r"|[^\W\d_]ma(?:ydi|ymiz|ysiz)(?!\w))")
SEEN_INTERVIEW_REACH = 30


def seen_interview(folded_text: str) -> bool:
    """An interview on a video call or in person (``_SEEN_INTERVIEW``) ruled out neither just before it nor in its
    clause after it."""
    for m in _SEEN_INTERVIEW.finditer(folded_text):
        if (_SEEN_INTERVIEW_RULED_OUT.search(folded_text, max(0, m.start() - SEEN_INTERVIEW_REACH), m.start()) is None
                and _SEEN_INTERVIEW_DENIED.match(folded_text, m.end()) is None):
            return True
    return False


def other_channel(folded_text: str) -> bool:
    """LinkedIn offered as a way to apply, or an e-mail address that is not free mail (``_LINKEDIN_CHANNEL``), or an
    interview where the employer is seen (``seen_interview``)."""
    if ("linked" in folded_text or "لینکد" in folded_text) and _LINKEDIN_CHANNEL.search(folded_text):
        return True
    if (("video" in folded_text or "person" in folded_text or "face" in folded_text or "sobesedovani" in folded_text
         or "suhbat" in folded_text or "مصاحبه" in folded_text or "zoom" in folded_text or "meet" in folded_text)
            and seen_interview(folded_text)):
        return True
    if "@" not in folded_text:
        return False
    return any(not _FREE_MAIL_AT.match(folded_text, m.start() + m.group().index("@"))
               for m in _EMAIL.finditer(folded_text))


# WhatsApp said to be the only contact ("Murojaat faqat WhatsApp orqali: +998 …", "Связь только через WhatsApp",
# "فقط از طریق واتساپ", "WhatsApp only"): the number the post gives is that account, not a line to call.
WHATSAPP_ONLY = re.compile(r"(?<!\w)(?:only|faqat|faqatgina|tolko|فقط|تنها)(?!\w)[^.!?\n]{0,30}?(?:whats\s?app"
                           r"|vatsap|votsap|واتساپ|واتس\s?اپ)|(?:whats\s?app|واتساپ)\s+only(?!\w)")


def has_verifiable_contact(folded_text: str, phones: bool = True) -> bool:
    """A company website or a phone number — not just a chat handle, an e-mail address or a free-mail provider's
    domain ("anna.hr (at) gmail.com"); without ``phones``, a website only (the number is a messenger's:
    ``WHATSAPP_ONLY``)."""
    if "@" in folded_text:
        folded_text = without_emails(folded_text)
    if employer_website(folded_text):
        return True
    if not phones:
        return False
    shape = digit_shape(folded_text)
    tail = _PHONE_TAIL.search(folded_text) if shape is None else _PHONE_TAIL_SHAPE.search(shape)
    return bool(tail and _PHONE.search(folded_text))
