"""``vagigs feed`` shows the newest 50 gigs unless told otherwise, and says so on standard error when that leaves
some out, in every format, so a JSON or CSV export on standard output stays the data alone. In this process
(click's runner), on a small store of 53 gigs."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner, Result

from cli import main
from tests.helpers import small_store


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    gigs = [{"source": "telegram", "source_id": str(i), "title": f"Virtual assistant {i}"} for i in range(53)]
    return small_store(tmp_path_factory.mktemp("feed") / "v.db", *gigs)[0]


def _feed(url: str, *args: str) -> Result:
    result = CliRunner().invoke(main, ["feed", *args], env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_the_default_limit_says_how_many_it_left_out(url: str) -> None:
    table = _feed(url)
    assert table.stdout.splitlines()[-1] == "(50 postings)"
    assert table.stderr == "the newest 50 of 53 postings; --limit 53 shows them all\n"

    as_json = _feed(url, "--format", "json")
    assert len(json.loads(as_json.stdout)) == 50  # the notice is not in the JSON …
    assert as_json.stderr == table.stderr

    as_csv = _feed(url, "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) == 50  # … nor in the CSV
    assert as_csv.stderr == table.stderr


@pytest.mark.parametrize("ui,said", [
    ("uz", "eng yangi 50 ta e'lon ko'rsatildi, jami 53 ta; hammasi uchun: --limit 53\n"),
    ("fa", "۵۰ آگهی تازه از ۵۳ آگهی نشان داده شد؛ برای دیدن همه: --limit 53\n"),
])
def test_the_notice_of_what_the_limit_left_out_is_in_the_readers_language(url: str, ui: str, said: str) -> None:
    """The table's words follow ``--ui``, and so does the notice beside it; the option to type keeps its digits."""
    assert _feed(url, "--ui", ui).stderr == said


@pytest.mark.parametrize("args", [("--limit", "53"), ("--limit", "50"), ("--limit", "3"), ("--all",),
                                  ("--search", "assistant 7")])
def test_a_limit_given_or_a_feed_that_fits_says_nothing_more(url: str, args: tuple[str, ...]) -> None:
    assert _feed(url, *args, "--format", "json").stderr == ""


@pytest.mark.parametrize("search", ["-", "_", '"', "' ''"])
def test_a_search_of_no_word_finds_nothing_as_on_the_web(url: str, search: str) -> None:
    """As the page and the API answer it; "-" had been refused as a mistake, "_" had found nothing."""
    assert _feed(url, "--search", search).stdout == "no postings match\n"


def test_a_search_word_finds_the_gigs_of_its_stem(url: str) -> None:
    assert _feed(url, "--search", "assistants", "--format", "json").stdout \
        == _feed(url, "--search", "assistant", "--format", "json").stdout != "[]\n"


@pytest.fixture(scope="module")
def inflected_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return small_store(tmp_path_factory.mktemp("inflected") / "v.db",
                       {"source": "telegram", "source_id": "ru", "title": "Оператор ввода данных"},
                       {"source": "telegram", "source_id": "en", "title": "Bookkeeper to schedule calls"})[0]


def test_a_search_word_finds_the_gigs_of_another_inflection(inflected_url: str) -> None:
    assert '"Оператор ввода данных"' in _feed(inflected_url, "--search", "ввод данные", "--format", "json").stdout
    assert _feed(inflected_url, "--search", '"данные"').stdout == "no postings match\n"
    assert '"Bookkeeper to schedule calls"' in _feed(inflected_url, "--search", "bookkeeping scheduling",
                                                     "--format", "json").stdout
    assert _feed(inflected_url, "--search", '"scheduling"').stdout == "no postings match\n"


@pytest.fixture(scope="module")
def noted_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Gigs with something to say of them: one in doubt, one its source no longer lists, one closed, and one posted
    on two sources."""
    from datetime import datetime, timezone

    from store import db, dedupe_queries
    from store.models import Posting

    url, ids = small_store(
        tmp_path_factory.mktemp("noted") / "v.db",
        {"source": "telegram", "source_id": "warned", "title": "Data entry from home", "language": "en",
         "tags": ["data_entry", "customer_support"], "legitimacy_verdict": "caution", "legitimacy_score": 55,
         "legitimacy_reasons": [{"code": "messaging_only", "weight": 20, "text": "contact only through Telegram",
                                 "span": "@hr_bot"}], "posted_at": datetime(2025, 12, 4, tzinfo=timezone.utc)},
        {"source": "remoteok", "source_id": "gone", "title": "Support gig filled",
         "posted_at": datetime(2025, 12, 3, tzinfo=timezone.utc)},
        {"source": "himalayas", "source_id": "closed", "title": "Support gig closed",
         "expires_at": datetime(2025, 12, 2, 23, 59, 59, tzinfo=timezone.utc),
         "posted_at": datetime(2025, 12, 2, tzinfo=timezone.utc)},
        {"source": "remotive", "source_id": "twice", "title": "Support gig posted twice",
         "posted_at": datetime(2025, 12, 1, tzinfo=timezone.utc)},
        {"source": "jsonld", "source_id": "again", "title": "Support gig posted twice",
         "url": "https://board.example/jobs/again", "posted_at": datetime(2025, 11, 30, tzinfo=timezone.utc)})
    with db.sessions(url).begin() as s:
        dedupe_queries.set_clusters(s, [(ids["again"], ids["twice"], "exact", False)])
        s.execute(Posting.__table__.update().where(Posting.id == ids["gone"])
                  .values(delisted_at=datetime(2025, 12, 3, 10, tzinfo=timezone.utc)))
    return url


def test_ui_says_the_table_in_persian(noted_url: str) -> None:
    """``--ui fa`` as ``vagigs check --ui fa``: the verdicts, tasks, reasons and notes in the words of the web's
    Persian pages, with Solar Hijri dates. The table had been English whatever the reader's language."""
    lines = _feed(noted_url, "--ui", "fa", "--include-delisted", "--include-expired").stdout.splitlines()
    assert lines[0] == "۱۴۰۴/۰۹/۱۳ telegram       en   احتیاط کنید         ورود اطلاعات،\u200f پشتیبانی مشت… Data entry from home"  # (no company: no dash after it)
    assert lines[1] == f"{'':11}! تماس فقط از راه پیام‌رسان است و راه دیگری برای بررسی کارفرما نیست: '@hr_bot'"
    assert lines[2].startswith("۱۴۰۴/۰۹/۱۲ remoteok       en   معتبر به نظر می‌رسد پشتیبانی مشتری")
    assert lines[3] == f"{'':11}x در Remote OK از ۱۴۰۴/۰۹/۱۲ دیگر فهرست نشده است"
    assert lines[5] == f"{'':11}x مهلت ارسال درخواست در ۱۴۰۴/۰۹/۱۱ به پایان رسید"
    assert lines[7] == f"{'':11}+ همچنین منتشر شده در: board.example https://board.example/jobs/again"
    assert lines[-1] == "(۴ آگهی)"
    assert _feed(noted_url, "--ui", "fa", "--search", "nothing").stdout == "آگهی‌ای با این فیلترها پیدا نشد.\n"


def test_ui_en_is_the_table_as_it_was(noted_url: str) -> None:
    """English stays as scripts have read it: verdicts and tasks by their codes, the stored reason, ISO dates."""
    default = _feed(noted_url, "--include-delisted", "--include-expired").stdout
    assert _feed(noted_url, "--ui", "en", "--include-delisted", "--include-expired").stdout == default
    assert default.splitlines()[:4] == [
        "2025-12-04 telegram       en   caution   data_entry,customer_support  Data entry from home — ",
        f"{'':11}! contact only through Telegram: '@hr_bot'",
        "2025-12-03 remoteok       en   ok        customer_support             Support gig filled — ",
        f"{'':11}x no longer listed by remoteok since 2025-12-03"]


def test_ui_json_is_the_apis_answer_in_that_language(noted_url: str) -> None:
    """``--format json --ui uz``: each posting as ``/api/postings?ui=uz`` gives it, words after the stored fields."""
    from web.app import create_app

    shown = json.loads(_feed(noted_url, "--ui", "uz", "--format", "json").stdout)
    api = create_app(noted_url).test_client().get("/api/postings?ui=uz").get_json()["postings"]
    assert shown == api
    warned = shown[0]
    assert warned["legitimacy_verdict_text"] == "Ehtiyot bo'ling"
    assert warned["legitimacy_reasons"][0]["text"] == ("faqat messenjer orqali aloqa, ish beruvchini tekshirishning "
                                                       "boshqa yo'li yo'q")
    assert warned["tag_labels"] == {"data_entry": "Ma'lumot kiritish",
                                    "customer_support": "Mijozlarni qo'llab-quvvatlash"}


def test_ui_is_refused_for_a_csv_which_holds_the_stored_fields(noted_url: str) -> None:
    result = CliRunner().invoke(main, ["feed", "--ui", "fa", "--format", "csv"],
                                env={"VAGIGS_DATABASE_URL": noted_url})
    assert result.exit_code == 2 and "--ui" in result.stderr and "CSV" in result.stderr and not result.stdout
    assert "[en|uz|fa]" in _feed(noted_url, "--help").stdout


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
@pytest.mark.parametrize("args", [("--limit", "53"), ("--all",)], ids=["curated", "all"])
def test_an_export_is_written_as_the_store_is_read(url: str, fmt: str, args: tuple[str, ...],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The first postings are on standard output before the last are read from the store (a JSON export of 100,000
    postings held 2.2 GB, a curated CSV one 1.27 GB): how many had been read when the first bytes were written."""
    import sys

    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from store import queries
    from store.models import Posting

    read: set[int] = set()
    read_before_output: list[int] = []

    def reading(posting_id: int) -> None:
        read.add(posting_id)
        if not read_before_output and sys.stdout.buffer.tell():
            read_before_output.append(len(read))

    as_dict = queries.posting_as_dict
    monkeypatch.setattr(queries, "posting_as_dict", lambda p: reading(p.id) or as_dict(p))
    monkeypatch.setattr(queries, "EXPORT_BATCH", 4)

    def loaded(_: Session, row: object) -> None:
        if isinstance(row, Posting):
            reading(row.id)

    event.listen(Session, "loaded_as_persistent", loaded)
    try:
        out = _feed(url, *args, "--format", fmt, "--no-bom" if fmt == "csv" else "--bom").stdout
    finally:
        event.remove(Session, "loaded_as_persistent", loaded)
    assert len(out.splitlines()) >= 53 and len(read) == 53
    assert read_before_output and read_before_output[0] < 53  # (the text is written on 8 KB at a time)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_an_export_the_store_fails_half_way_through_ends_in_an_error_not_a_whole_document(
        url: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Postings already written stay written, but the command fails with the store's error, and a JSON array is
    left unclosed, so that no reader takes the rows before the failure for the whole feed."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from store import queries

    feed_dicts = queries.feed_dicts

    def failing_after_three(session, f, **kw):  # type: ignore[no-untyped-def]
        rows = feed_dicts(session, f, **kw)
        for _ in range(3):
            yield next(rows)
        raise OperationalError("SELECT postings", {}, sqlite3.DatabaseError("database disk image is malformed"))

    monkeypatch.setattr(queries, "feed_dicts", failing_after_three)
    monkeypatch.setattr(queries, "EXPORT_BATCH", 1)  # (JSON is written a batch of postings at a time)
    result = CliRunner().invoke(main, ["feed", "--all", "--format", fmt, "--no-bom"],
                                env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot read the store at {url}: OperationalError: database disk image "
                                    "is malformed") and len(result.stderr.splitlines()) == 1
    if fmt == "json":
        assert result.stdout.startswith("[") and result.stdout.count('"source_id"') == 3
        with pytest.raises(json.JSONDecodeError):
            json.loads(result.stdout)
    elif fmt == "jsonl":
        assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["telegram"] * 3
    else:
        assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 3


@pytest.mark.parametrize("args,said", [
    ((), "the newest 20 of 53 postings; --limit 53 shows them all\n"),
    (("--limit", "53"), ""),
])
def test_the_demo_says_how_many_gigs_its_table_left_out(url: str, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
                                                       said: str) -> None:
    """The demo printed its newest 20 gigs under "(20 postings)" and no more: a new user took the 20 for the whole
    feed, which the web page then served as 47. It says what its limit left out, as ``vagigs feed`` does."""
    import click

    import cli

    monkeypatch.setattr(cli, "crawl", click.Command("crawl", callback=lambda **_options: None))
    result = CliRunner().invoke(main, ["demo", "--no-serve", *args], env={"VAGIGS_DATABASE_URL": url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == said


def test_a_search_word_of_two_letters_finds_that_word_as_on_the_web(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = small_store(tmp_path / "short.db", {"source": "telegram", "source_id": "va", "title": "Virtual assistant (VA)"},
                      {"source": "telegram", "source_id": "valid", "title": "Data entry of various values"})[0]
    found = json.loads(_feed(url, "--search", "VA", "--format", "json").stdout)
    assert [gig["title"] for gig in found] == ["Virtual assistant (VA)"]
