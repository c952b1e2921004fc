"""``crawlers.pasted``: a pasted job post becomes the item the stages take, read like a Telegram channel post."""
from __future__ import annotations

from crawlers.pasted import posting_from_text


def test_pasted_text_is_read_as_the_telegram_spider_reads_a_channel_post() -> None:
    post = ("Ofis menejeri kerak\n🏢 Idora: Baraka Logistics MChJ\n💰 Maosh: 5 000 000 so'm\n"
            "🌐 Hudud: Masofaviy (Toshkent)\n✉️ Murojaat: @baraka_hr")
    p = posting_from_text(f"\n  {post}\n")
    assert (p.title, p.description) == ("Ofis menejeri kerak", post)  # the whole post, as a crawled one
    assert (p.company, p.salary_raw, p.location, p.remote_scope, p.remote) == (
        "Baraka Logistics MChJ", "5 000 000 so'm", "Masofaviy (Toshkent)", "remote", True)
    # what the caller gives wins; a given title makes all of the text the description
    q = posting_from_text(post, title="Kotiba", company="Nur LLC", salary_raw="6 000 000 so'm")
    assert (q.title, q.description, q.company, q.salary_raw) == ("Kotiba", post, "Nur LLC", "6 000 000 so'm")
    plain = posting_from_text("Data entry clerk\nType invoices into our system.")
    assert (plain.title, plain.company, plain.salary_raw) == ("Data entry clerk", None, None)
