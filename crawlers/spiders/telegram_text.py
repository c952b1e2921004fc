"""Split a Telegram job post into title, body, labelled fields, contacts and hashtags.

Job channels (UstozShogird and the like) post in a loose "label: value" form,
one field a line behind an emoji, in Uzbek (Latin or Cyrillic), Russian,
Persian or English (pay also inside a sentence, "… Oylik 3 500 000 so'mdan.", when no line gives it)::

    Virtual assistent kerak:

    🏢 Idora: Nexus Group
    📞 Aloqa: @nexus_hr
    💰 Maosh: 500$
    #ishJoyi #Toshkent

The first line is the title unless a title label ("Lavozim", "Должность",
"عنوان شغلی", …) names the role, or it only greets ("Assalomu alaykum!",
"Здравствуйте!", "سلام، وقت بخیر"), when the next line is. Values are kept as written; dates, pay,
script and whether the work is remote are the normalisation stages' business
(``pipeline.remote`` reads the whole post, "masofaviy emas" and "امکان دورکاری
وجود ندارد" as on site).
"""
from __future__ import annotations

import html
import re
from dataclasses import asdict, dataclass, field

from w3lib.html import remove_tags

from crawlers import fees

LABELS: dict[str, tuple[str, ...]] = {
    "title": ("lavozim", "kasb", "vakansiya", "лавозим", "касб", "вакансия", "должность", "позиция",
              "عنوان شغلی", "عنوان", "موقعیت شغلی", "position", "role", "job title", "vacancy"),
    "company": ("idora", "kompaniya", "tashkilot", "firma", "идора", "компания", "ташкилот", "организация",
                "شرکت", "نام شرکت", "مجموعه", "company"),
    "location": ("hudud", "manzil", "joylashuv", "ҳудуд", "худуд", "манзил", "локация", "адрес", "город",
                 "регион", "محل کار", "محل", "مکان", "موقعیت مکانی", "شهر", "آدرس", "location", "city"),
    "salary": ("maosh", "ish haqi", "oylik", "oylik maosh", "маош", "иш ҳақи", "иш хаки", "ойлик", "ойлик маош",
               "зарплата", "з/п", "оклад", "доход",
               "حقوق", "حقوق و مزایا", "دستمزد", "salary", "pay"),
    "schedule": ("ish vaqti", "иш вақти", "график", "время работы", "ساعت کاری", "زمان کار", "schedule"),
}
_HEADERS = {"xodim kerak", "ходим керак", "ish bor", "иш бор", "vakansiya", "вакансия", "требуется",
            "استخدام", "job", "hiring"}
# A first line that only greets or calls for attention ("Assalomu alaykum!", "Здравствуйте!", "سلام دوستان",
# "Diqqat!"): no title; the role is on the next line. Lowercase, without punctuation and emoji.
_GREETINGS = {"assalomu alaykum", "assalomu aleykum", "assalom alaykum", "salom", "ассалому алайкум", "ассалом алайкум",
              "салом", "здравствуйте", "добрый день", "привет", "всем привет", "доброе утро", "добрый вечер",
              "سلام", "سلام دوستان", "سلام وقت بخیر", "سلام وقتتون بخیر", "با سلام", "سلام عزیزان",
              "hello", "hi", "hi all", "hello everyone", "diqqat", "диққат", "внимание", "توجه", "attention"}
_GREETING_MAX = 80  # characters: the longest greeting with its emoji and punctuation is far shorter
_GREETING_EDGES = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})\b")
_TME = re.compile(r"(?:https?://)?t\.me/([A-Za-z][A-Za-z0-9_]{3,31})\b(?!/\d)")
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
_PHONE = re.compile(r"(?<![\w+])\+?\d[\d \-()\u00a0]{7,}\d")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")  # what ``_emails`` finds
_EMAIL_AT = re.compile(r"@[\w-]++\.[\w.-]++")
_LEAD = re.compile(r"^[\W_]+", re.UNICODE)
_LABEL_LINE = re.compile(r"^(?P<label>[^:：]{2,40}?)\s*[:：]\s*(?P<value>.*)$")
# Pay said inside a sentence, not on a line of its own ("… Oylik 3 500 000 so'mdan. Murojaat: …", "حقوق ثابت ۱۲
# میلیون تومان"): a pay word, at most two words ("от", "ثابت", "kamida"), an amount, to the end of its clause (a dot
# or comma between digits is a thousands separator: "3.500.000", "3,500,000"); kept only with money in it
# (``_MONEY``), so "pay 20% commission" or "oylik reja" (a monthly plan) is no pay. Bounded repeats: linear.
_PAY_IN_TEXT = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(LABELS["salary"], key=len, reverse=True))) + r")(?!\w)"
    r"[ \t]*[:：\-–—]?[ \t]*"
    r"(?P<value>(?:[^\W\d_]{1,20}[ \t]{1,3}){0,2}?[$€£]?[\d۰-۹٠-٩](?:[^.,،!?;\n]|[.,](?=\d)){0,80})",
    re.IGNORECASE)
_MONEY = re.compile(r"so['ʻ’‘`]?m|сўм|сум|руб|₽|\$|usd|uzs|rub|irr|доллар|dollar|тенге|تومان|ریال|€|eur|у\.\s?е\.|"
                    r"mln|млн|million|миллион|میلیون|ming|минг|тыс|هزار", re.IGNORECASE)
# "📍 Manzil - Chilonzor", "💵 Oylik — 5 mln so'm": a dash after a known label (a title such as "Operator - Toshkent"
# is no field: its first words are no label)
_DASH_LINE = re.compile(r"^(?P<label>[^:：\-–—]{2,40}?)\s+[\-–—]\s+(?P<value>.*)$")


@dataclass
class Message:
    text: str
    title: str | None
    body: str
    fields: dict[str, str] = field(default_factory=dict)
    handles: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def html_to_lines(fragment: str) -> str:
    """Telegram's message HTML (``<br>``, emoji ``<i>``, links) → plain text with line breaks."""
    text = re.sub(r"<br\s*/?>", "\n", fragment, flags=re.IGNORECASE)
    text = html.unescape(remove_tags(text))
    return "\n".join(line.strip() for line in text.replace("\r", "").split("\n")).strip()


#: An opening quote or bracket and its closer: kept at a line's start when it is closed later in the line
#: ("«Ўзбекистон почтаси» АЖ", "(Remote) Virtual assistant"), where dropping it had left the closer alone.
_PAIRS = {"«": "»", "(": ")", "[": "]", "\"": "\"", "“": "”", "„": "“", "‘": "’", "'": "'", "‹": "›", "《": "》"}


def _clean(line: str) -> str:
    """A line without the emoji, bullets and punctuation it opens with, but for a quote or bracket it closes."""
    lead = _LEAD.match(line)
    if lead is None:
        return line.strip()
    rest = line[lead.end():]
    for i, ch in enumerate(lead.group()):
        closer = _PAIRS.get(ch)
        if closer is not None and closer in rest:
            return line[i:].strip()
    return rest.strip()


def _field_of(label: str) -> str | None:
    key = _clean(label).lower().replace("ʻ", "'").replace("‘", "'")
    for name, labels in LABELS.items():
        if key in labels:
            return name
    return None


def _greeting(line: str) -> bool:
    if len(line) > _GREETING_MAX:  # (a long line is no greeting, and its edges are not read: the pattern is not linear)
        return False
    words = _GREETING_EDGES.sub("", line).lower().replace("ʻ", "'").replace("’", "'").replace(",", " ").replace("،", " ").split()
    return " ".join(words) in _GREETINGS


def _only_hashtags(line: str) -> bool:
    words = line.split()
    return bool(words) and all(w.startswith("#") for w in words)


def split(text: str) -> Message:
    lines = [line for line in text.split("\n")]
    fields: dict[str, str] = {}
    for line in lines:
        for pattern in (_LABEL_LINE, _DASH_LINE):
            m = pattern.match(_clean(line))
            name = _field_of(m.group("label")) if m and m.group("value").strip() else None
            if name:
                fields.setdefault(name, m.group("value").strip())  # type: ignore[union-attr]
                break
    if "salary" not in fields:
        pay = _pay_in_text(text)
        if pay:
            fields["salary"] = pay
    content = [line for line in lines if _clean(line) and not _only_hashtags(line)]
    if len(content) > 1 and _greeting(content[0]):
        content = content[1:]
    first = _clean(content[0]).rstrip(":：").strip() if content else ""
    if "title" in fields:
        title = fields["title"]
    elif first.lower() in _HEADERS and "company" in fields:
        title = f"{first} — {fields['company']}"
    else:
        title = first or None
    body = "\n".join(lines[lines.index(content[0]) + 1:]).strip() if content else ""
    handles = list(dict.fromkeys(_HANDLE.findall(text) + _TME.findall(text)))
    emails = list(dict.fromkeys(_emails(text)))
    return Message(
        text=text,
        title=(title[:200] if title else None),
        body=body,
        fields=fields,
        handles=[h for h in handles if not any(h in e for e in emails)],
        hashtags=list(dict.fromkeys(_HASHTAG.findall(text))),
        phones=_phones(text),
        emails=emails,
    )


def _pay_in_text(text: str) -> str | None:
    """The pay a post states inside a sentence (``_PAY_IN_TEXT``), as written, when money is named in it and the
    sentence does not ask the seeker to pay (``crawlers.fees``): "Before you start you pay $50. Salary 400 USD per
    month." had read the fee as the pay."""
    for m in _PAY_IN_TEXT.finditer(text):
        value = m.group("value").strip(" ,،")
        if _MONEY.search(value) and not fees.asks_a_fee_at(text, m.start()):
            return value
    return None


def _emails(text: str) -> list[str]:
    """``_EMAIL.findall(text)``, each address found from its "@": the pattern tried a start at every character of
    a long word and read the word to its end from each (40,000 letters took 9 s)."""
    out: list[str] = []
    last = 0
    at = text.find("@")
    while at >= 0:
        m = _EMAIL_AT.match(text, at)
        if m:
            start = at
            while start > last and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
                start -= 1
            if start < at:
                out.append(text[start:m.end()])
                last = m.end()
                at = text.find("@", last)
                continue
        at = text.find("@", at + 1)
    return out


def _phones(text: str) -> list[str]:
    """Phone numbers: international (``+998 90 …``) or local with a trunk 0 (``0912…``).

    Long digit runs without either (salaries such as "4 000 000 - 6 000 000") are not phones.
    """
    out = []
    for raw in _PHONE.findall(text):
        number = re.sub(r"[ \-()\u00a0]", "", raw)
        digits = number.translate(_DIGITS)
        if (digits.startswith("+") and 10 <= len(digits) <= 16) or (
                digits.startswith("0") and 10 <= len(digits) <= 12):
            out.append(number)
    return list(dict.fromkeys(out))
