import pytest

from crawlers.items import PostingItem
from pipeline.legitimacy import MODEL_TEXT_NO_WORDS, _cuts, assess

CLEAN = ("We are a 20-person agency hiring a virtual assistant to manage our founders' inboxes "
         "and calendars. Paid monthly by bank transfer after each invoice.")


def _p(text: str) -> PostingItem:
    return PostingItem(source="t", source_id="1", title="Virtual Assistant", description=text)


def test_clean_posting_is_ok() -> None:
    a = assess(_p(CLEAN))
    # short: when the model alone speaks it takes a score below the short_caution cut to say anything
    assert (a.verdict, a.reasons) == ("ok", []) and a.score >= _cuts()["short_caution"]
    assert a.exact_score is not None and round(a.exact_score) == a.score


def test_short_ad_the_model_alone_distrusts_is_caution_never_hidden() -> None:
    text = ("Work from home data entry clerk needed urgently. Earn 500 dollars weekly. "
            "No experience needed. Apply using below link today.")
    a = assess(PostingItem(source="t", source_id="1", title="Data Entry Clerk", description=text, language="en"))
    assert a.score < _cuts()["short_caution"]
    assert a.verdict == "caution"  # under MODEL_VERDICT_WORDS words the model alone never hides a posting
    reason = next(r for r in a.reasons if r.code == "text_model")
    assert "below link" in reason.span  # the n-grams that pushed it, for the seeker to read


def test_the_text_model_reason_says_when_no_word_of_the_post_pushed_it() -> None:
    """Both words of this post the model knows ("places", "left") weigh towards a real posting: the reason had
    quoted nothing under the text of one that names the words."""
    a = assess(PostingItem(source="t", source_id="1", title="Operator", description="Salary $500\nOnly 3 places left!",
                           language="en"))
    reason = next(r for r in a.reasons if r.code == "text_model")
    assert (reason.text, reason.span) == (MODEL_TEXT_NO_WORDS, "")


def test_fee_and_card_request_is_likely_scam_with_readable_reasons() -> None:
    a = assess(_p(CLEAN + " Pay a registration fee of $50 and send your bank card number to start."))
    assert a.verdict == "likely_scam"
    codes = {r.code: r.span for r in a.reasons}
    assert codes["upfront_fee"] == "registration fee"
    assert codes["asks_bank_or_id"] == "bank card number"


def test_too_short_is_insufficient_evidence() -> None:
    assert assess(PostingItem(source="t", source_id="1", title="VA")).verdict == "insufficient_evidence"



def test_the_text_model_reason_names_words_that_mean_something_alone() -> None:
    """Function-word n-grams ("and provide", "clerk we") push the score like any other but are not shown."""
    from pipeline.legitimacy import data
    from pipeline.legitimacy.model import _FUNCTION_WORDS

    spans = [r.span for p in data.read_emscad(data.EMSCAD_FRAUD)[:200] for r in assess(p).reasons
             if r.code == "text_model"]
    grams = [g.split() for s in spans for g in s.split(", ")]
    assert len(spans) > 100 and all(grams)
    assert not [g for g in grams if _FUNCTION_WORDS.intersection(g)]


def test_the_text_model_reason_shows_words_as_they_stand_in_the_posting() -> None:
    """A word pair is shown only where its words stand side by side in the posting, as written there ("part-time",
    never "assistant part" out of "Assistant (Part-time)"); pairs that chain there are one phrase ("apply using
    below link"), and a word is not shown again beside a phrase that holds it."""
    import re

    from pipeline.legitimacy import data
    from pipeline.legitimacy.text import posting_text_folded

    postings = data.read_emscad(data.EMSCAD_FRAUD)[:300] + data.read_board_legit()
    shown = 0
    for p in postings:
        for r in assess(p).reasons:
            if r.code != "text_model":
                continue
            items = r.span.split(", ")
            folded = posting_text_folded(p)[1].replace("\n", " ")  # (as the model reads it: on one line)
            for item in items:  # a phrase as whole words; a word as a run of letters ("gbp" in "1500gbp")
                edge = r"\w" if re.search(r"[\s-]", item) else r"[^\W\d_]"
                assert re.search(rf"(?<!{edge}){re.escape(item)}(?!{edge})", folded), (p.title, item)
            phrases = [set(re.split(r"[\s-]+", item)) for item in items if re.search(r"[\s-]", item)]
            assert not [item for item in items if any(item in words for words in phrases)], (p.title, r.span)
            shown += 1
    assert shown > 150

    part_time = PostingItem(source="t", source_id="1", title="Bookkeeping Assistant (Part-time)", language="en",
                            description="Part-time assistant to reconcile accounts and enter receipts, part-time, "
                                        "apply using below link.")
    reason = next(r for r in assess(part_time).reasons if r.code == "text_model")
    assert "assistant part" not in reason.span and "apply using below link" in reason.span, reason.span


def test_a_hidden_posting_is_a_scam_most_of_the_time_at_the_assumed_base_rate() -> None:
    """``likely_scam`` hides a posting, so its cut is chosen for few false alarms (``train.SCAM_FPR``): from the
    artefact's out-of-fold dev figures, at a 10 % scam base rate a hidden posting is a scam at least 3 times in 4
    (measured 0.81; 0.58 with the earlier 7.5 % target), while ``caution`` still warns about most of the rest."""
    from pipeline.legitimacy import model

    dev = model.load().meta["dev"]
    hidden, warned = dev["likely_scam_verdict"], dev["caution_or_worse"]
    base = 0.1
    precision = base * hidden["recall"] / (base * hidden["recall"] + (1 - base) * hidden["fpr_emscad_legit"])
    assert precision >= 0.75
    assert warned["recall"] >= 0.9 and warned["cut"] > _cuts()["likely_scam"]


def test_a_jsonl_line_with_only_text_is_read_as_title_and_description() -> None:
    from pipeline.legitimacy.data import posting_from_dict

    p = posting_from_dict({"text": " Data entry clerk\nType invoices.\nFrom home.", "tags": []}, 3, "f")
    assert (p.title, p.description, p.source, p.source_id) == ("Data entry clerk", "Type invoices.\nFrom home.", "f", "3")
    q = posting_from_dict({"title": "Clerk", "text": "ignored when posting fields are there"}, 0, "f")
    assert (q.title, q.description) == ("Clerk", None)
    for nothing in ({}, {"company": "Acme"}, {"title": " ", "text": ""}):  # nothing to judge: not a posting
        with pytest.raises(ValueError, match="nothing|no title"):
            posting_from_dict(nothing, 0, "f")


def test_the_model_reads_a_link_or_address_as_one_word_and_no_board_frame() -> None:
    from pipeline.legitimacy.text import LINK_WORD, MAIL_WORD, links_as_words, without_board_frames

    text = "apply at https://acme.com/jobs, mail jo@gmail.com or see acme.io. we use http, not ftp. contact me."
    assert links_as_words(text) == (f"apply at {LINK_WORD} mail {MAIL_WORD} or see {LINK_WORD} "
                                     "we use http, not ftp. contact me.")
    plain = "no links here, e.g. node. js or etc. com"
    assert links_as_words(plain) is plain
    framed = ("headquarters: austin, tx url: https://acme.com we need an assistant. to apply: "
              "https://weworkremotely.com/remote-jobs/acme-assistant")
    assert without_board_frames(framed) == "we need an assistant."
    assert without_board_frames(plain) is plain


TAJIK_SCAM = ("Ёрдамчии виртуалӣ\nБарои бақайдгирӣ 200 сомонӣ пардохт кунед. Рақами корти бонкӣ ва нусхаи "
              "шиносномаро фиристед. Кор аз хона, маош 5000 сомонӣ дар як моҳ.")


def _tajik(**language) -> PostingItem:  # type: ignore[no-untyped-def]
    return PostingItem(source="t", source_id="1", title="Ёрдамчии виртуалӣ", description=TAJIK_SCAM, **language)


def test_a_posting_in_a_language_no_check_reads_is_not_called_legitimate() -> None:
    """A Tajik post asking for a fee, a card number and a passport read "Looks legitimate 99/100": no rule reads
    Tajik and the text model reads English, so no sign found is no sign looked for."""
    a = assess(_tajik(language="tg", language_confidence=1.0, languages_other=[]))
    assert a.verdict == "insufficient_evidence"
    assert [(r.code, r.span) for r in a.reasons] == [("unread_language", "")] and "(tg)" in a.reasons[0].text


@pytest.mark.parametrize("language", [
    {},  # the language not known: judged as before
    {"language": "ru", "language_confidence": 1.0},
    {"language": "und", "language_confidence": 0.0},
    {"language": "tg", "language_confidence": 0.6},  # the language stage not sure it is not one the checks read
])
def test_a_posting_the_checks_may_read_is_judged(language: dict) -> None:
    assert assess(_tajik(**language)).verdict == "ok"


def _detected(title: str, text: str) -> PostingItem:
    """A posting with the language the language stage finds in it, as a crawl stores it."""
    from pipeline import language

    found = language.detect(f"{title}\n{text}")
    return PostingItem(source="t", source_id="1", title=title, description=text, language=found.lang,
                       language_confidence=found.confidence, languages_other=found.others)


TAJIK_BODY = ("Ба ширкати мо ёрдамчии онлайн лозим аст. Кор аз хона, ҳар рӯз 3-4 соат. Маош ҳафтае 2000 сомонӣ.\n"
              "Барои сабти ном ҳаққи узвият 200 сомонӣ пардохт кунед ва нусхаи шиносномаатонро фиристед.\n"
              "Талабот: телефони мобилӣ ва интернет. Таҷриба лозим нест, мо ҳама чизро меомӯзонем.")


def test_a_tajik_post_under_an_english_title_is_not_enough_to_judge() -> None:
    """The English title made the language stage list English beside Tajik, and that line alone made the post
    "read": a fee and a passport asked for in Tajik read "Looks legitimate 99/100"."""
    posting = _detected("Remote Assistant - Work From Home", TAJIK_BODY)
    assert (posting.language, posting.languages_other) == ("tg", ["en"])
    a = assess(posting)
    assert a.verdict == "insufficient_evidence"
    assert [r.code for r in a.reasons] == ["unread_language"] and "(tg)" in a.reasons[0].text


def test_an_english_post_with_a_tajik_greeting_line_is_judged_as_usual() -> None:
    text = ("We are hiring a virtual assistant to manage our inbox and calendar. You will answer customer emails, "
            "schedule meetings and keep our CRM up to date. Experience with Google Workspace is a plus. Pay is $800 "
            "per month, paid through Payoneer. Send your CV and a short note about yourself.")
    greeted = assess(_detected("Virtual Assistant", "Салом, дӯстони азиз! Хуш омадед.\n" + text))
    assert greeted.verdict != "insufficient_evidence"
    assert (greeted.verdict, greeted.reasons) == (lambda a: (a.verdict, a.reasons))(
        assess(_detected("Virtual Assistant", text)))


@pytest.mark.parametrize("title, text", [
    ("Требуется онлайн-ассистент", "Работа из дома, 4 часа в день. Зарплата 3000 сомони в месяц. Обязанности: ответы "
     "клиентам, ведение таблиц в Google Sheets, запись на консультации."),
    # the same post said again in Tajik: the Russian half is read
    ("Требуется онлайн-ассистент", "Работа из дома, 4 часа в день. Зарплата 3000 сомони в месяц. Обязанности: ответы "
     "клиентам, ведение таблиц.\nЁрдамчии онлайн лозим аст. Кор аз хона, ҳар рӯз 4 соат. Маош 3000 сомонӣ дар як "
     "моҳ. Вазифаҳо: ҷавоб ба муштариён, пешбурди ҷадвалҳо."),
])
def test_a_post_in_russian_or_beside_its_russian_is_judged(title: str, text: str) -> None:
    assert assess(_detected(title, text)).verdict != "insufficient_evidence"


def test_a_sign_found_in_an_unread_language_still_counts() -> None:
    from pipeline.legitimacy.rules import find_card_number
    number = next(f"8600 1234 5678 {n:04d}" for n in range(10_000) if find_card_number(f"8600 1234 5678 {n:04d}"))
    text = TAJIK_SCAM + " Корт: " + number
    a = assess(PostingItem(source="t", source_id="1", title="Ёрдамчӣ", description=text, language="tg",
                           language_confidence=1.0))
    assert a.verdict == "likely_scam" and "card_number" in {r.code for r in a.reasons}


def test_postings_in_the_languages_the_checks_read_are_never_taken_for_unread_ones() -> None:
    """Every text of the language-identification dev set in English, Uzbek or Persian long enough to judge is
    detected as a language the checks read (or beside one): none becomes ``insufficient_evidence`` by this."""
    import json
    from pathlib import Path

    from pipeline import language
    from pipeline.legitimacy import unread_language

    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "langid_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    read = [r["text"] for r in rows if r["lang"] in ("en", "ru", "uz", "fa") and len(r["text"]) >= 40]
    assert len(read) > 300
    for text in read:
        found = language.detect(text)
        posting = PostingItem(source="t", source_id="1", description=text, language=found.lang,
                              language_confidence=found.confidence, languages_other=found.others)
        assert not unread_language(posting), (text, found)


_EXACT_SCORES = """
import hashlib
from pipeline.legitimacy import assess, data
postings = data.read_emscad(data.EMSCAD_FRAUD)[:300] + data.read_jsonl(data.BOARD_LEGIT)[:100]
print(hashlib.sha256(" ".join(assess(p).exact_score.hex() for p in postings).encode()).hexdigest())
"""


def test_exact_scores_are_the_same_in_every_process() -> None:
    """A posting's exact score does not depend on the process's string hashing (``PYTHONHASHSEED``): the text
    model sums its weights exactly, not in the order of a set (which had moved the last bits between processes)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    digests = {subprocess.run([sys.executable, "-c", _EXACT_SCORES], cwd=root, capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(digests) == 1, digests


@pytest.mark.parametrize("post", ["Operator kerak, Samarqand. Maosh 3 mln", "Operator kerak\nSamarqand. Maosh 3 mln"])
def test_a_short_post_whose_first_line_is_its_title_is_still_too_short_to_judge(post: str) -> None:
    """A pasted or Telegram post is its whole text, its first line its title too: the judge reads the title and
    the description, but a post is long enough to judge by its own length, not with its first line counted twice
    (38 characters had been "no warning signs", 99)."""
    title = post.split("\n")[0]
    a = assess(PostingItem(source="check", source_id="1", title=title, description=post))
    assert a.verdict == "insufficient_evidence", (a.verdict, a.score)
    longer = post + ". Ish vaqti 9:00-18:00, tajriba shart emas"
    assert assess(PostingItem(source="check", source_id="1", title=title, description=longer)).verdict == "ok"


# An employer's own job post that warns of a scam message with its name on it: the job's words, the quoted fake's
# words, and what the employer never asks.
_WARNING_JOB = (
    "Work from home data entry clerk, part-time. Earn weekly, no experience needed, training provided. "
    "Duties: enter customer orders into our system, answer emails, update spreadsheets. "
    "Requirements: a computer, internet, typing skills, good English, attention to detail. We offer flexible "
    "hours, weekly pay and bonuses for accuracy. Students, mothers and retirees are welcome. Apply using the link "
    "below.\n")
_QUOTED_FAKE = ("A warning: fake offers are going around with our name. Here is one, word for word: \"Congratulations! "
                "We will mail you a check of $2,950 for your home office equipment. Deposit it via mobile app and "
                "send $2,400 to our approved vendor through Zelle today.\" That message is not from us.")


def test_a_scam_message_quoted_as_a_warning_is_not_read_by_the_text_model() -> None:
    """The rules excuse a fake quoted in a warning; the text model read its words all the same (the fake's money
    words made the employer's warning look like the fake)."""
    from pipeline.legitimacy import assess_parts

    parts = assess_parts(PostingItem(source="t", source_id="1", title="Data Entry Clerk",
                                     description=_WARNING_JOB + _QUOTED_FAKE, language="en"))
    model_text = parts.model_text
    assert "zelle" not in model_text and "congratulations" not in model_text
    # the quotation the model does not read is the fake, from its opening mark to its closing one
    (start, end), = parts.warned_quotations
    assert parts.folded_text[start:end].startswith('"congratulations!') and parts.folded_text[end - 7:end] == 'today."'
    assert "that message is not from us" in model_text and "data entry clerk" in model_text
    # quoted with no warning near, the message is read (and asks)
    unwarned = assess_parts(PostingItem(source="t", source_id="1", title="Data Entry Clerk", language="en",
                                        description=_WARNING_JOB + _QUOTED_FAKE.split("Here is one, word for word: ")[1]
                                        .replace(" That message is not from us.", ""))).model_text
    assert "zelle" in unwarned


@pytest.mark.parametrize("warning", [
    _QUOTED_FAKE,
    # look-alike addresses disowned
    "Our recruiters write only from @brightdesk.com. Read it letter by letter: brightdesk.co, bright-desk.com or "
    "br1ghtdesk.com are not ours. We never ask for money or card details.",
])
def test_a_post_that_warns_of_a_scam_in_its_name_is_never_hidden_by_the_text_model_alone(warning: str) -> None:
    """The model reads job-ad wording (trained on EMSCAD); a warning's words are the fake's it warns of. A post the
    rules found warning of a scam in its name (a fake quoted as one, look-alike addresses disowned) gets from the
    model alone a caution at most."""
    a = assess(PostingItem(source="t", source_id="1", title="Data Entry Clerk", company="Brightdesk",
                           description=_WARNING_JOB + warning, language="en"))
    assert a.score < _cuts()["likely_scam"]  # the model alone would hide it
    assert (a.verdict, [r.code for r in a.reasons]) == ("caution", ["text_model"])


@pytest.mark.parametrize("own_warning", [
    "No scams - legitimate work from home jobs! Beware of fake offers.",
    "Beware of \"recruiters\" who ask for fees.",
    "These addresses are not ours: nothing.",
])
def test_a_fake_that_says_it_is_no_scam_is_still_hidden_by_the_text_model(own_warning: str) -> None:
    a = assess(PostingItem(source="t", source_id="1", title="Data Entry Clerk", company="Brightdesk",
                           description=_WARNING_JOB + own_warning + " Fill in the form.", language="en"))
    assert a.verdict == "likely_scam" and [r.code for r in a.reasons] == ["text_model"]
