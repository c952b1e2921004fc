"""``crawlers.pasted``: a pasted job post becomes the item the stages take, read like a Telegram channel post."""
from __future__ import annotations

from crawlers.pasted import posting_from_text
from pipeline.normalize import normalize


def test_pasted_text_is_read_as_the_telegram_spider_reads_a_channel_post() -> None:
    post = ("Ofis menejeri kerak\n🏢 Idora: Baraka Logistics MChJ\n💰 Maosh: 5 000 000 so'm\n"
            "🌐 Hudud: Masofaviy (Toshkent)\n✉️ Murojaat: @baraka_hr")
    p = posting_from_text(f"\n  {post}\n")
    assert (p.title, p.description) == ("Ofis menejeri kerak", post)  # the whole post, as a crawled one
    assert (p.company, p.salary_raw, p.location) == ("Baraka Logistics MChJ", "5 000 000 so'm", "Masofaviy (Toshkent)")
    assert normalize(p).remote_scope == "remote" and p.remote  # whether it is remote: normalize reads the post
    # what the caller gives wins; a given title makes all of the text the description
    q = posting_from_text(post, title="Kotiba", company="Nur LLC", salary_raw="6 000 000 so'm")
    assert (q.title, q.description, q.company, q.salary_raw) == ("Kotiba", post, "Nur LLC", "6 000 000 so'm")
    plain = posting_from_text("Data entry clerk\nType invoices into our system.")
    assert (plain.title, plain.company, plain.salary_raw) == ("Data entry clerk", None, None)


def test_a_post_that_denies_remote_work_is_on_site() -> None:
    """"masofaviy emas" (not remote), "امکان دورکاری وجود ندارد" (remote work is not possible): the words that say
    remote are there, denied. (The post's own reader had taken them for remote work.)"""
    for post in ("Sotuv menejeri kerak\nIsh ofisda, masofaviy emas.\nMaosh: 5 mln so'm",
                 "استخدام منشی\nامکان دورکاری وجود ندارد\nمحل کار: تهران",
                 "Оператор колл-центра\nУдалённая работа не рассматривается, офис на Чиланзаре"):
        p = normalize(posting_from_text(post))
        assert (p.remote_scope, p.remote) == ("onsite", False), post
    assert normalize(posting_from_text("Operator kerak\nFormat: gibrid emas, masofaviy")).remote_scope == "remote"
    assert normalize(posting_from_text("استخدام کارمند دورکار\nپشتیبانی مشتریان")).remote_scope == "remote"


def test_a_title_keeps_the_quote_or_bracket_it_opens_with_when_it_closes_it() -> None:
    """The emoji and bullets a post's first line opens with are dropped, but not an opening quote or bracket the
    line closes: "«Ўзбекистон почтаси» АЖ" had become "Ўзбекистон почтаси» АЖ", its closer left alone."""
    for title in ("«Ўзбекистон почтаси» АЖ га курьер", '"Acme" LLC: virtual assistant', "(Remote) Virtual assistant",
                  "„Nur“ MChJ operator"):
        assert posting_from_text(f"{title}\nIsh vaqti 9:00-18:00").title == title
        assert posting_from_text(f"🔥 {title}\nIsh vaqti 9:00-18:00").title == title
    assert posting_from_text("🔥 (ONLAYN ISH\nUydan ishlash").title == "ONLAYN ISH"  # never closed: a bullet


def test_a_persian_post_names_its_place_with_a_short_label_too() -> None:
    """"محل:" and "مکان:" (place) label the place as "محل کار:" (place of work) does."""
    for label in ("محل", "مکان", "محل کار"):
        p = posting_from_text(f"استخدام اپراتور پشتیبانی\nشرکت: نوآوران پارس\n{label}: شیراز (دورکاری)\nحقوق: ۱۵ میلیون")
        assert (p.company, p.location) == ("نوآوران پارس", "شیراز (دورکاری)"), label
