"""The ``vagigs`` command as a user types it, against one replayed crawl."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from crawlers import sources
from tests.helpers import ROOT, sqlite_copy, two_sources_crawl, vagigs


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The store of a crawl of two sources (every source: tests/crawlers/test_all_sources_replay.py), for the test
    run (``tests.helpers.two_sources_crawl``), read only."""
    return _env(two_sources_crawl(tmp_path_factory)[0])


def _env(tmp: Path) -> dict[str, str]:
    return {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp / 'v.db'}", "VAGIGS_HOME": str(tmp / "home")}


def _stored(env: dict[str, str]) -> int:
    with sqlite3.connect(env["VAGIGS_DATABASE_URL"].removeprefix("sqlite:///")) as conn:
        return conn.execute("SELECT count(*) FROM postings").fetchone()[0]


def test_help_names_the_store(tmp_path: Path) -> None:
    out = vagigs("--help", env={"VAGIGS_DATABASE_URL": "sqlite:////srv/x.db"}).stdout
    assert "Store: sqlite:////srv/x.db" in out
    for command in ("crawl", "feed", "check", "runs", "sources", "schedule", "migrate", "demo", "serve"):
        assert command in out


def test_sources_lists_the_registry_with_its_politeness(tmp_path: Path) -> None:
    import scheduler
    from crawlers.sources import SOURCES

    env = {"VAGIGS_HOME": str(tmp_path / "h")}
    listed = json.loads(vagigs("sources", "--format", "json", env=env).stdout)
    assert [s["name"] for s in listed] == list(SOURCES)
    for s in listed:
        assert s["every_hours"] == scheduler.interval_hours(SOURCES[s["name"]]) >= 1
        assert s["download_delay"] > 0 and isinstance(s["start_urls"], list) and s["terms"]
    table = vagigs("sources", env=env).stdout
    hh = next(line for line in table.splitlines() if line.startswith("hh "))
    source = SOURCES["hh"]
    assert (f"cap/day={source.daily_request_cap} delay={source.download_delay:g}s pages={source.max_pages} "
            f"every={scheduler.interval_hours(source):g}h") in hh


def test_sources_table_keeps_its_columns_and_says_when_a_source_has_nowhere_to_start(tmp_path: Path) -> None:
    """"Telegram channel previews" and "schema.org JobPosting (any board)" are longer than the column of names, and
    "uz,ru,fa,en" than that of languages: their lines pushed the caps and delays out of line with the others'. The
    JSON-LD source, with no board set, listed no address and no word of how to give one."""
    from click.testing import CliRunner

    from cli import main
    from crawlers.sources import SOURCES

    lines = CliRunner().invoke(main, ["sources"], env={"VAGIGS_HOME": str(tmp_path / "h")}).output.splitlines()
    firsts = [next(line for line in lines if line.startswith(f"{name} ")) for name in SOURCES]
    for column in ("langs=", "cap/day="):
        assert len({line.index(column) for line in firsts}) == 1, firsts
    jsonld = lines[lines.index(firsts[list(SOURCES).index("jsonld")]) + 1]
    assert jsonld.split() == ["no", "boards", "set:", "--set", "VAGIGS_JSONLD_URLS=…", "on", "vagigs", "crawl",
                              "or", "vagigs", "schedule"]


def test_crawl_help_says_an_empty_run_found_no_postings_not_nothing_new() -> None:
    """A run that read only postings already stored ends ``finished`` (``crawlers.extensions``); ``empty`` is a run
    that got none at all. The help had called empty "found nothing new", so an operator whose replay or re-crawl
    stored "0 new" and read "finished" took one of the two for a mistake."""
    from click.testing import CliRunner

    from cli import main

    text = " ".join(CliRunner().invoke(main, ["crawl", "--help"]).output.split())
    assert "nothing new" not in text
    assert "got no posting at all (empty)" in text


def test_default_store_lives_in_vagigs_home(tmp_path: Path) -> None:
    out = vagigs("--help", env={"VAGIGS_HOME": str(tmp_path / "h")}).stdout
    assert f"sqlite:///{tmp_path / 'h' / 'vagigs.db'}" in out


def test_feed_json_is_newest_first_and_curated(crawled: dict[str, str]) -> None:
    curated = json.loads(vagigs("feed", "--format", "json", "--limit", "500", env=crawled).stdout)
    everything = json.loads(vagigs("feed", "--all", "--format", "json", env=crawled).stdout)
    assert 0 < len(curated) < len(everything) == _stored(crawled) > 200
    dates = [p["posted_at"] for p in curated]
    assert dates == sorted(dates, reverse=True)
    assert all(p["va_relevant"] and p["legitimacy_verdict"] != "likely_scam" for p in curated)


def test_feed_filters_from_the_command_line(crawled: dict[str, str]) -> None:
    def ids(*args: str) -> list[dict]:
        return json.loads(vagigs("feed", "--format", "json", "--limit", "500", *args, env=crawled).stdout)

    assert ids("--source", "weworkremotely") == []  # every listing of the 2022 capture has closed …
    wwr = ids("--source", "weworkremotely", "--include-expired")  # … shown when asked for
    assert wwr and {p["source"] for p in wwr} == {"weworkremotely"}
    support = ids("--tag", "customer_support")
    assert support and all("customer_support" in p["tags"] for p in support)
    found = ids("--search", "OnlineCourseHost", "--include-expired")
    assert [p["company"] for p in found] == ["OnlineCourseHost.com"]
    assert ids("--since", "2025-08-27") == [p for p in ids() if p["posted_at"] >= "2025-08-27"]
    assert len(ids("--limit", "3")) == 3


def test_feed_csv_has_the_public_columns(crawled: dict[str, str]) -> None:
    out = vagigs("feed", "--all", "--format", "csv", env=crawled).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == _stored(crawled)
    assert {"source", "source_id", "url", "title", "tags", "legitimacy_reasons", "cluster_id"} <= rows[0].keys()
    assert "payload" not in rows[0]
    json.loads(rows[0]["tags"])


def test_runs_lists_the_crawl(crawled: dict[str, str]) -> None:
    out = vagigs("runs", env=crawled).stdout
    assert "remoteok" in out and "weworkremotely" in out and "finished" in out


def _runs_shown(url: str, *args: str) -> tuple[list[tuple[int, str]], str]:
    """``vagigs runs ARGS`` in this process (click's runner): each run's (id, status column), and the output."""
    from click.testing import CliRunner

    from cli import main

    result = CliRunner().invoke(main, ["runs", *args], env={"VAGIGS_DATABASE_URL": url}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.strip()[:1].isdigit()]
    return [(int(r[0]), r[5]) for r in rows], result.output  # (id, day, time, "UTC", source, status, ...)


def test_runs_shows_a_run_killed_hard_as_lost_and_marks_it_failed(store_url: str) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    import cli
    from store import db, queries
    from store.models import CrawlRun

    sessions = db.sessions(store_url)
    now = queries.utcnow()
    with sessions.begin() as s:
        killed, old_row, alive = (queries.start_run(s, source).id for source in ("remoteok", "hh", "remoteok"))
        s.execute(update(CrawlRun).where(CrawlRun.id == killed).values(   # kill -9 two hours ago
            started_at=now - timedelta(hours=3), heartbeat_at=now - timedelta(hours=2)))
        s.execute(update(CrawlRun).where(CrawlRun.id == old_row).values(  # from before heartbeats existed
            started_at=now - timedelta(days=2), heartbeat_at=None))

    shown, out = _runs_shown(store_url)
    assert shown == [(alive, "running"), (old_row, "lost"), (killed, "lost")], out
    killed_line = next(line for line in out.splitlines() if line.split()[0] == str(killed))
    assert "last beat 2.0h ago" in killed_line and "so far" not in killed_line
    assert "last beat 48.0h ago" in out  # its start stands in for the heartbeat it never had
    assert "so far" in next(line for line in out.splitlines() if line.split()[0] == str(alive))
    # the summary ``vagigs crawl`` prints and its exit status agree
    assert cli._print_runs(store_url, [killed]) is False
    assert cli._print_runs(store_url, [alive]) is False  # not ended either
    with sessions() as s:  # looking changed nothing
        assert {r.status for r in queries.recent_runs(s)} == {"running"}

    shown, out = _runs_shown(store_url, "--mark-lost", "--source", "hh")
    assert out.startswith(f"marked 1 lost run failed: {old_row} (hh)\n"), out
    assert shown == [(old_row, "failed")], out  # --source: that source's runs, marked and shown
    assert _runs_shown(store_url)[0] == [(alive, "running"), (old_row, "failed"), (killed, "lost")]
    shown, out = _runs_shown(store_url, "--mark-lost")
    assert out.startswith(f"marked 1 lost run failed: {killed} (remoteok)\n"), out
    assert shown == [(alive, "running"), (old_row, "failed"), (killed, "failed")], out
    assert out.count("! lost: no heartbeat since") == 2
    with sessions() as s:
        runs = {r.id: r for r in queries.recent_runs(s)}
    assert (runs[killed].status, runs[killed].finish_reason) == ("failed", "lost")
    assert runs[killed].finished_at == now - timedelta(hours=2)
    assert runs[alive].status == "running"
    assert cli._print_runs(store_url, [killed]) is False
    assert _runs_shown(store_url, "--mark-lost")[1].startswith("marked 0 lost runs failed\n")

    # a shorter limit given by the operator: the live run, silent for a few seconds, counts as lost too
    with sessions.begin() as s:
        s.execute(update(CrawlRun).where(CrawlRun.id == alive).values(heartbeat_at=now - timedelta(seconds=30)))
    assert _runs_shown(store_url)[0][0] == (alive, "running")
    assert _runs_shown(store_url, "--lost-after", "10")[0][0] == (alive, "lost")


def test_migrate_search_folds_again_what_another_version_folded(crawled: dict[str, str], tmp_path: Path) -> None:
    """The crawl stamped every posting's search words with the installed folding: nothing to fold again until some
    are an older version's, whose words are then folded as the installed version folds them."""
    from sqlalchemy import create_engine, text

    sqlite_copy(crawled["VAGIGS_DATABASE_URL"], tmp_path / "v.db")  # (the others read the shared one meanwhile)
    crawled = _env(tmp_path)
    engine = create_engine(crawled["VAGIGS_DATABASE_URL"])
    assert vagigs("migrate", "--search", env=crawled).stdout.startswith("0 postings' search words folded again\n")
    with engine.begin() as conn:
        folded = dict(conn.execute(text("SELECT posting_id, folded FROM posting_search")).all())
        old = conn.execute(text("UPDATE posting_search SET folded_with = '0badc0de', folded = 'as folded before' "
                                "WHERE posting_id % 4 = 0")).rowcount
    assert 0 < old < _stored(crawled)
    out = vagigs("migrate", "--search", env=crawled).stdout
    assert f"{old:,} postings' search words folded again" in out and "is already up to date" in out
    with engine.connect() as conn:
        assert dict(conn.execute(text("SELECT posting_id, folded FROM posting_search")).all()) == folded
        assert conn.execute(text("SELECT count(DISTINCT folded_with) FROM posting_search")).scalar() == 1
    assert vagigs("migrate", "--search", env=crawled).stdout.startswith("0 postings' search words folded again\n")


def test_table_feed_shows_postings(crawled: dict[str, str]) -> None:
    out = vagigs("feed", "--limit", "5", env=crawled).stdout
    assert out.strip().endswith("(5 postings)")


def _serving(*args: str, env: dict[str, str]) -> tuple[subprocess.Popen[str], list[str], dict[str, str]]:
    """Start ``vagigs ARGS`` and read its output up to the printed URLs: (process, lines, name → URL)."""
    proc = subprocess.Popen([sys.executable, "-m", "cli", *args], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    urls: dict[str, str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith("  ") and "http://127.0.0.1:" in line:
            name, url = line.strip().rsplit(" ", 1)
            urls[name.strip()] = url
        if "trends" in urls:
            return proc, lines, urls
    raise AssertionError(f"vagigs {' '.join(args)} printed no URLs:\n" + "\n".join(lines))


def _stop(proc: subprocess.Popen[str], how: int = signal.SIGINT) -> str:
    proc.send_signal(how)
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, out
    return out


def test_serve_serves_the_web_app_until_interrupted(crawled: dict[str, str]) -> None:
    proc, _, urls = _serving("serve", "--port", "0", env=crawled)
    try:
        assert set(urls) == {"feed page", "API", "API docs", "health", "RSS", "Atom", "trends"}
        with urllib.request.urlopen(urls["API"], timeout=10) as response:
            api = json.load(response)
        curated = json.loads(vagigs("feed", "--format", "json", "--limit", "500", env=crawled).stdout)
        assert api["total"] == len(curated) > 0
        for name in ("feed page", "API docs", "health", "RSS", "trends"):
            with urllib.request.urlopen(urls[name], timeout=10) as response:
                assert response.status == 200
    finally:
        out = _stop(proc)
    assert "stopped" in out


@pytest.mark.parametrize("hops", ["1", "0"])
def test_serve_behind_a_proxy_names_the_public_address(crawled: dict[str, str], hops: str) -> None:
    """``VAGIGS_PROXY_HOPS=1`` and ``VAGIGS_ALLOWED_HOSTS``, as the README has nginx in front: waitress had dropped
    the proxy's X-Forwarded-* headers before the app saw them, so the feeds named the app's own address (and the
    allowed host refused every request). Without a proxy to trust, a client's such headers change nothing."""
    env = {**crawled, "VAGIGS_PROXY_HOPS": hops, "VAGIGS_ALLOWED_HOSTS": "gigs.example.org,127.0.0.1"}
    proc, _, urls = _serving("serve", "--port", "0", env=env)
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "gigs.example.org", "X-Forwarded-For": "203.0.113.7"}
    try:
        request = urllib.request.Request(urls["Atom"], headers=forwarded)
        with urllib.request.urlopen(request, timeout=10) as response:
            atom = response.read().decode("utf-8")
    finally:
        _stop(proc)
    public = '<link href="https://gigs.example.org/feed.atom' in atom
    assert public == (hops == "1"), atom[:400]


@pytest.mark.postgres
def test_the_stores_password_is_never_printed(postgres_url: str) -> None:
    """What ``vagigs serve`` prints goes to a server's log, and help or ``migrate`` to a terminal someone may share:
    the store's address without its password."""
    from sqlalchemy.engine import make_url

    with_password = make_url(postgres_url).set(password="s3cret-Pa55").render_as_string(hide_password=False)
    proc, lines, urls = _serving("serve", "--port", "0", env={"VAGIGS_DATABASE_URL": with_password})
    try:
        with urllib.request.urlopen(urls["health"], timeout=10) as response:
            assert json.load(response) == {"status": "ok"}  # (the test server trusts loopback: any password does)
    finally:
        out = _stop(proc)
    assert "s3cret-Pa55" not in "\n".join(lines) + out
    assert "***@" in lines[0]
    env = {"VAGIGS_DATABASE_URL": with_password}
    for args in (("--help",), ("migrate",)):
        printed = vagigs(*args, env=env).stdout
        assert "s3cret-Pa55" not in printed and "***@" in printed, args


@pytest.mark.long
@pytest.mark.parametrize("after", ["Spider opened", "Crawled (200)"])
def test_a_crawl_stopped_by_sigterm_is_stopped_not_failed(tmp_path: Path, after: str) -> None:
    """A service manager's stop (or Scrapyd's cancel), mid-crawl or while the engine is still starting: what it
    stored stays, the run is ``stopped`` (no mark against the source) and the command exits 1, as for any run that
    did not finish. Mid-crawl Scrapy closes the spider itself; at the start it stops without closing it, and the
    run recorder closes the run as the process ends (it had been left ``running``, to be reaped as lost)."""
    env = {**os.environ, "VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "h")}
    proc = subprocess.Popen([sys.executable, "-m", "cli", "crawl", "weworkremotely", "--replay",
                             "--set", "DOWNLOAD_DELAY=3", "--set", "LOG_LEVEL=DEBUG"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:  # starting, or under way: its first feed read, two more to go (3 s apart)
        if after in line and (after == "Spider opened" or ".rss" in line):
            break
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 1, out
    assert "weworkremotely: stopped (shutdown)" in out, out
    (shown,) = json.loads(vagigs("runs", "--format", "json", env=env).stdout)
    assert shown["status"] == "stopped" and shown["finish_reason"] == "shutdown"
    health = vagigs("health", "--source", "weworkremotely", "--format", "json", env=env, check=False)
    assert "failing" not in health.stdout  # no clean run yet (stale), but nothing failed


@pytest.mark.long  # (the whole demo, about 25 s: after the README's command, in CI)
def test_demo_crawls_prints_the_feed_and_serves_it(tmp_path: Path) -> None:
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    proc, lines, urls = _serving("demo", "--limit", "3", "--port", "0", env=env)
    try:
        assert "(3 postings)" in lines
        runs = [line for line in lines if line.startswith("run ")]
        assert len(runs) == len(sources.SOURCES) and all(": finished;" in line for line in runs), runs  # every source, JSON-LD too
        with urllib.request.urlopen(urls["feed page"], timeout=10) as response:
            assert b'class="posting' in response.read()
    finally:
        out = _stop(proc, signal.SIGTERM)  # as systemd or docker stop it: after its crawl, Scrapy's handler is gone
    assert "stopped" in out
    out = vagigs("demo", "--help").stdout
    assert "--no-serve" in out


@pytest.mark.long  # (every report of a crawled store, about 16 s: after the README's command, in CI)
def test_reports_for_analysts_agree_with_each_other(crawled: dict[str, str]) -> None:
    def rows(*args: str) -> list[dict]:
        return json.loads(vagigs("report", *args, "--format", "json", env=crawled).stdout)

    volume = rows("volume", "--by", "source", "--since", "all")  # by default the last 12 weeks, as /trends
    scams = rows("scams", "--by", "source")  # no week's: every posting
    per_source: dict[str, int] = {}
    for r in volume:
        per_source[r["source"]] = per_source.get(r["source"], 0) + r["postings"]
    assert per_source == {r["source"]: r["postings"] for r in scams}  # one posting per cluster in both
    assert set(per_source) == {"remoteok", "weworkremotely"} and all(n > 0 for n in per_source.values())
    assert all(r["week"][:4].isdigit() and "-W" in r["week"] for r in volume)
    by_tag = rows("volume", "--by", "tag")
    assert {r["tag"] for r in by_tag} and sum(r["postings"] for r in by_tag) >= 1
    for r in rows("pay"):
        assert r["postings"] >= 1 and (r["median_min"] is not None or r["median_max"] is not None)
    csv_out = vagigs("report", "volume", "--by", "language", "--format", "csv", env=crawled).stdout
    assert csv_out.splitlines()[0] == "\ufeffweek,language,postings"  # the byte-order mark Excel reads UTF-8 by
    newest = max(r["week"] for r in volume)
    monday = date.fromisocalendar(int(newest[:4]), int(newest[6:]), 1).isoformat()
    recent = rows("volume", "--by", "source", "--since", monday)
    assert recent and {r["week"] for r in recent} == {newest} and len(recent) <= len(volume)
    assert sum(r["postings"] for r in rows("scams", "--by", "source", "--since", monday)) == sum(
        r["postings"] for r in recent)
    assert rows("pay", "--since", "2999-01-01") == []
    # every flagged posting gives at least one warning sign, and a sign is given by no more postings than exist
    flagged = {v: sum(r[v] for r in scams) for v in ("likely_scam", "caution")}
    reasons = rows("scams", "--by", "reason")
    assert sum(flagged.values()) > 0 and {r["reason"] for r in reasons} >= {"text_model"}
    for verdict, n in flagged.items():
        assert sum(r[verdict] for r in reasons) >= n and all(r[verdict] <= n for r in reasons)
    assert all(r["postings"] <= sum(per_source.values()) for r in reasons)
    bad = vagigs("report", "scams", "--since", "yesterday", env=crawled, check=False)
    assert bad.returncode == 2 and "--since" in bad.stderr


UZBEK_TASK_SCAM = ("Ofis menejeri kerak\n"
                   "Kiruvchi xatlar bilan ishlash, qo'ng'iroqlarga javob berish.\n"
                   "Ishni boshlash uchun balansingizni 100 000 so'mga to'ldiring. Telegram: @kadrlar\n")


def test_check_judges_a_pasted_post_in_the_readers_language(tmp_path: Path) -> None:
    env = {"VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("check", "--ui", "uz", input=UZBEK_TASK_SCAM, env=env).stdout
    assert out.splitlines()[0].startswith("Firibgarlik ehtimoli")  # likely scam, in Uzbek
    assert "ish boshlanishidan oldin to'lov so'raydi: 'balansingizni 100 000 so'mga to'ldiring'" in out
    assert "Vazifalar: Elektron pochta (email_management)" in out
    assert "\n  ! tekshirish uchun kompaniya nomi, sayt yoki telefon raqami yo'q\n" in out  # no_company: no span
    got = json.loads(vagigs("check", "--format", "json", input=UZBEK_TASK_SCAM, env=env).stdout)
    assert got["title"] == "Ofis menejeri kerak" and got["language"]["code"] == "uz"
    assert got["legitimacy"]["verdict"] == "likely_scam"
    assert "upfront_fee" in {r["code"] for r in got["legitimacy"]["reasons"]}
    assert got["va_relevant"] and "phone_answering" in {t["tag"] for t in got["tags"]}
    assert not (tmp_path / "home" / "vagigs.db").exists()  # no --pay: the store is not even opened


def test_check_shows_no_score_for_a_text_too_short_to_judge(tmp_path: Path) -> None:
    """"Not enough information" had stood beside "Score 99/100", which a seeker reads as "safe"."""
    env = {"VAGIGS_HOME": str(tmp_path / "home")}
    out = vagigs("check", "--no-store", input="Hi\nok", env=env).stdout
    assert out.splitlines()[0] == "Not enough information (insufficient_evidence)"
    judged = vagigs("check", "--no-store", input=UZBEK_TASK_SCAM, env=env).stdout
    assert "Score" in judged.splitlines()[0]


def test_check_reads_a_fee_written_backwards_in_a_bidi_override_as_it_is_shown(tmp_path: Path) -> None:
    """A browser draws the text of an override (U+202E … U+202C) right to left: the fee was shown to the seeker
    and judged backwards, "Looks legitimate"."""
    fee = "Ishni boshlash uchun ro'yxatdan o'tish to'lovi 100 000 so'm to'lashingiz kerak, karta raqamiga o'tkazing."
    got = json.loads(vagigs("check", "--format", "json", "--no-store", env={"VAGIGS_HOME": str(tmp_path)},
                            input="Virtual assistent kerak:\n\u202e" + fee[::-1] + "\u202c\n").stdout)
    assert got["legitimacy"]["verdict"] == "likely_scam"
    assert "upfront_fee" in {r["code"] for r in got["legitimacy"]["reasons"]}


@pytest.mark.parametrize(("post", "pay"), [
    ("Virtual assistant\nRemote chat support. Before you start you pay $50. Salary 400 USD per month.\n",
     {"min": 400.0, "max": 400.0, "currency": "USD", "period": "month"}),
    ("Оператор чата\nУдалённо. Перед началом вы оплачиваете обучение, доход 50$. Оклад 400$ в месяц.\n",
     {"min": 400.0, "max": 400.0, "currency": "USD", "period": "month"}),
    ("Chat operatori kerak\nMasofaviy. Ishni boshlashdan oldin ish haqi kafolati uchun 100 000 so'm to'laysiz. Oylik 3 mln so'm.\n",
     {"min": 3e6, "max": 3e6, "currency": "UZS", "period": None}),
    ("استخدام اپراتور چت\nدورکاری. قبل از شروع، بابت تضمین حقوق ۵۰۰ هزار تومان واریز کنید. حقوق ثابت ۱۲ میلیون تومان.\n",
     {"min": 1.2e8, "max": 1.2e8, "currency": "IRR", "period": None}),
    # a post whose only amount is its salary still reads it
    ("Chat operatori kerak\nMasofaviy. Oylik 3 mln so'm, har oyning 5-sanasigacha to'lanadi.\n",
     {"min": 3e6, "max": 3e6, "currency": "UZS", "period": None}),
])
def test_check_shows_the_salary_not_the_fee_the_post_asks_for(tmp_path: Path, post: str, pay: dict) -> None:
    """A fee the seeker is asked to pay ("Before you start you pay $50") had been shown as the job's pay."""
    got = json.loads(vagigs("check", "--format", "json", "--no-store", input=post,
                            env={"VAGIGS_HOME": str(tmp_path)}).stdout)
    assert got["pay"] == pay


def test_check_reads_a_file_with_title_company_and_pay_given(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Manage the founder's inbox and book travel. Weekly reports in Google Sheets. Fully remote.",
                    encoding="utf-8")
    given = (str(post), "--title", "Executive Assistant", "--company", "Acme", "--location", "USA", "--pay",
             "$25 per hour", "--no-store")
    got = json.loads(vagigs("check", *given, "--format", "json").stdout)
    assert (got["title"], got["company"], got["location"]) == ("Executive Assistant", "Acme", "USA")
    assert got["remote"] == {"scope": "remote", "regions": ["US"], "text": "Remote (United States)"}
    assert "\nWorkplace: Remote (United States)\n" in vagigs("check", *given).stdout  # who may apply: not from Tashkent
    assert got["pay"] == {"min": 25.0, "max": 25.0, "currency": "USD", "period": "hour"}
    assert "\nPay: 25 USD per hour\n" in vagigs("check", *given).stdout
    assert {"email_management", "travel_booking"} <= {t["tag"] for t in got["tags"]}
    # a bound alone is said as one, as the web says it: "from 5,000,000" promises at least that, not that amount
    floor = vagigs("check", str(post), "--pay", "5 mln so'mdan", "--ui", "uz", "--no-store").stdout
    assert "\nMaosh: kamida 5 000 000 so'm\n" in floor  # as Uzbeks write it (CLDR's groups)
    assert got["legitimacy"]["verdict"] in ("ok", "caution")


def test_check_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    cp1251 = tmp_path / "post.txt"
    cp1251.write_bytes("Секретарь\nВедение деловой переписки".encode("cp1251"))
    bad = vagigs("check", str(cp1251), check=False)
    assert bad.returncode == 2 and "is not UTF-8 text" in bad.stderr and "Traceback" not in bad.stderr
    empty = vagigs("check", input=" \n\n", check=False)
    assert empty.returncode == 2 and "No text to judge" in empty.stderr


def test_operator_mistakes_are_named_not_tracebacks(tmp_path: Path) -> None:
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    for args, says in [
        (("crawl", "nosuch", "--replay"), "unknown source 'nosuch'"),
        (("crawl", "--replay", "remoteok"), "name the source first: vagigs crawl remoteok --replay"),
        (("crawl", "remoteok", "--replay", "--set", "DOWNLOAD_DELAY"), "write KEY=VALUE"),
        (("schedule", "--set", "FOO"), "write KEY=VALUE"),
        (("feed", "--since", "yesterday"), "a span like 7d"),
        (("feed", "--tag", "astrology"), "unknown tag 'astrology'"),
        (("feed", "--lang", "english"), "'english' is not a language code"),
        (("feed", "--lang", "xx"), "'xx' is not a language code"),  # CLD2's for a script it cannot name the language of
        (("feed", "--source", "linkedin"), "unknown source 'linkedin'"),
        (("feed", "--limit", "0"), "--limit"),
        (("runs", "--limit", "-1"), "--limit"),
        (("runs", "--lost-after", "0"), "--lost-after"),
    ]:
        proc = vagigs(*args, env=env, check=False)
        assert proc.returncode == 2 and says in proc.stderr and "Traceback" not in proc.stderr, (args, proc.stderr)


@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_crawl_exits_1_when_a_run_fails(tmp_path: Path) -> None:
    """Cron and CI see a failed crawl: a source answering with an empty body fails its run."""
    import shutil

    from replay import SHIPPED_SNAPSHOT

    snap = tmp_path / "snap"
    shutil.copytree(SHIPPED_SNAPSHOT, snap)
    (snap / "remoteok.com" / "api.json").write_text("")
    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'v.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    proc = vagigs("crawl", "remoteok", "--replay", str(snap), env=env, check=False)
    assert proc.returncode == 1 and "remoteok: failed" in proc.stdout, proc.stdout
    assert vagigs("crawl", "remoteok", "--replay", env=env, check=False).returncode == 0


@pytest.mark.postgres
def test_a_postgres_store_not_migrated_says_so(postgres_server: str, tmp_path: Path) -> None:
    from tests.helpers import own_postgres_database

    with own_postgres_database(postgres_server, "vagigs_cli_unmigrated") as url:
        env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
        for args in (("feed",), ("runs",), ("report", "pay")):
            proc = vagigs(*args, env=env, check=False)
            assert proc.returncode == 1 and "run `vagigs migrate`" in proc.stderr, proc.stderr
        vagigs("migrate", env=env)
        assert "no postings" in vagigs("feed", env=env).stdout.lower() + vagigs("feed", env=env).stderr.lower()


def test_a_demo_whose_crawl_failed_shows_the_feed_and_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed crawl run is said on standard error and the feed is still shown, but the exit status is 1: the
    demo had exited 0, so a script (or CI) running it took a broken crawl for a working one."""
    import click
    from click.testing import CliRunner

    import cli

    def crawl_that_fails(**_options: object) -> None:
        raise SystemExit(1)

    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    assert CliRunner().invoke(cli.main, ["migrate"], env=env).exit_code == 0  # the store a crawl makes
    monkeypatch.setattr(cli, "crawl", click.Command("crawl", callback=crawl_that_fails))
    failed = CliRunner().invoke(cli.main, ["demo", "--no-serve"], env=env)
    assert failed.exit_code == 1 and "a crawl run failed" in failed.stderr and "no postings match" in failed.stdout
    monkeypatch.setattr(cli, "crawl", click.Command("crawl", callback=lambda **_options: None))
    fine = CliRunner().invoke(cli.main, ["demo", "--no-serve"], env=env)
    assert fine.exit_code == 0 and "a crawl run failed" not in fine.stderr
