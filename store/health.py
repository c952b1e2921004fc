"""Source health: is each source still being crawled, and still giving postings?

An operator watching crawls wants one answer per source, and a monitoring system wants an exit code. Each
source is judged on its recent runs (``crawl_runs``), newest first:

* **lost** (critical): the newest run is ``running`` but its heartbeat stopped (``queries.run_is_lost``);
* **failing**: the newest finished runs ``failed`` or were ``blocked``; one or two in a row is a warning
  (a site has a bad hour), ``FAILING_CRITICAL`` in a row is critical; a run ``stopped`` by a signal (an
  operator's, a service manager's) neither counts nor breaks the streak, and is no clean run either;
* **stale** (critical): no clean run (``finished`` or ``empty``) for ``STALE_INTERVALS`` of the source's
  expected interval: the scheduler is down, or every run fails or is capped;
* **silent** (warning): the last ``SILENT_RUNS`` clean runs found nothing at all (``empty``: not even a
  ``304`` or a posting already stored) after an earlier run found postings: the site has most likely
  changed its layout and the spider reads nothing, which no error reports; or no run of the source has found a
  posting yet though its runs asked the source (``empty`` with requests): a new spider that reads nothing of what
  it fetches (a board with no address configured asks nothing, and is left alone);
* **dropping** (warning): the newest clean run dropped at least ``DROP_SHARE`` of what it handled (malformed
  pages, broken JSON, timeouts; the daily cap and robots.txt are policy, not faults);
* **a page failing** (warning): the same address dropped (an error status, a malformed body, a timeout) in each
  of the last ``REPEATED_RUNS`` clean runs: one feed or listing of several is gone, while the others keep the run
  ``finished`` and its drops under ``DROP_SHARE`` (a We Work Remotely category had lost its 27 gigs on every run,
  and health said ok);
* **losing fields** (warning): the newest clean run kept its postings but had to leave one field out of at least
  ``DROP_SHARE`` of them (``crawl_runs.field_dropped``: closing dates that are no date, say): the postings
  are there, but a layout change is eating one of their fields;
* **never crawled** (warning).

And the store as a whole (``curation``): postings tagged or judged by another version of the tags or legitimacy
stage than the one installed (``postings.tags_version`` and ``legitimacy_version``, stamped by each writer) are a
warning, with the command that re-curates them; postings stored before the versions were recorded are only counted.

Levels follow the monitoring-plugin convention, so ``vagigs health`` can be a check as it is: 0 ok, 1 warning,
2 critical, 3 unknown (it could not judge).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store import queries, releases
from store.dedupe_models import DedupeIndexed
from store.dedupe_queries import STALE
from store.models import CrawlRun, Posting
from store.search_models import PostingSearch

OK, WARNING, CRITICAL = "ok", "warning", "critical"
EXIT_CODES = {OK: 0, WARNING: 1, CRITICAL: 2}
UNKNOWN_EXIT = 3  # the check could not judge (no such source, no store)
_RANK = {OK: 0, WARNING: 1, CRITICAL: 2}

WINDOW = 20  # runs read per source
FAILING_CRITICAL = 3
STALE_INTERVALS = 3
SILENT_RUNS = 3
DROP_SHARE = 0.2
REPEATED_RUNS = 3
_DROP_ERROR = re.compile(r"(\w+): (https?://\S+): ")  # "<reason>: <url>: <what>", as a run keeps a dropped response
DEFAULT_INTERVAL = timedelta(hours=24)

CLEAN = frozenset({"finished", "empty"})
FAULTY = frozenset({"failed", "blocked"})
STOPPED = "stopped"  # a signal ended the run (Ctrl-C, a service manager, Scrapyd's cancel): neither clean nor faulty


@dataclass(frozen=True)
class Problem:
    level: str
    code: str  # lost, failing, stale, silent, dropping, losing_fields, never_crawled
    message: str


@dataclass
class SourceHealth:
    source: str
    problems: list[Problem] = field(default_factory=list)
    last_run: CrawlRun | None = None
    last_clean: CrawlRun | None = None

    @property
    def level(self) -> str:
        return max((p.level for p in self.problems), key=_RANK.__getitem__, default=OK)


def worst(healths: Iterable[SourceHealth | Curation]) -> str:
    return max((h.level for h in healths), key=_RANK.__getitem__, default=OK)


def _ago(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def judge(source: str, runs: list[CrawlRun], *, now: datetime, expected_every: timedelta,
          lost_after: timedelta) -> SourceHealth:
    """The health of ``source`` from its recent ``runs``, newest first (pure: no store access)."""
    health = SourceHealth(source, last_run=runs[0] if runs else None)
    if not runs:
        health.problems.append(Problem(WARNING, "never_crawled", "never crawled"))
        return health
    add = health.problems.append
    newest = runs[0]
    if queries.run_is_lost(newest, now, lost_after):
        add(Problem(CRITICAL, "lost", f"run {newest.id} lost: no heartbeat for "
                                      f"{_ago(now - queries.last_sign_of_life(newest))}"))
    ended = [r for r in runs if r.status != "running"]
    judged = [r for r in ended if r.status != STOPPED]  # an operator's stop says nothing about the source
    streak = 0
    for r in judged:
        if r.status not in FAULTY:
            break
        streak += 1
    if streak:
        last = judged[0]
        why = (last.errors or [last.finish_reason or last.status])[0]
        add(Problem(CRITICAL if streak >= FAILING_CRITICAL else WARNING, "failing",
                    f"last {streak} run{'s' if streak > 1 else ''} {last.status if streak == 1 else 'failed or blocked'}"
                    f": {why}"))
    health.last_clean = next((r for r in ended if r.status in CLEAN), None)
    clean_at = health.last_clean.finished_at or health.last_clean.started_at if health.last_clean else None
    limit = STALE_INTERVALS * expected_every
    if clean_at is None:
        if ended and not streak:  # only capped runs so far: the source has never been read
            add(Problem(CRITICAL, "stale", "no clean run yet"))
    elif now - clean_at > limit:
        add(Problem(CRITICAL, "stale", f"no clean run for {_ago(now - clean_at)} "
                                       f"(expected every {_ago(expected_every)})"))
    clean = [r for r in ended if r.status in CLEAN]
    recent = clean[:SILENT_RUNS]
    if len(recent) == SILENT_RUNS and all(r.status == "empty" for r in recent):
        found = next((r for r in clean[SILENT_RUNS:] if r.items_scraped), None)
        if found is not None:
            add(Problem(WARNING, "silent", f"found nothing in its last {SILENT_RUNS} runs after {found.items_scraped} "
                                           f"postings in run {found.id}: has the site changed its layout?"))
    if clean and all(r.status == "empty" for r in clean) and any(r.requests for r in clean) \
            and not any(r.items_scraped for r in ended):
        add(Problem(WARNING, "silent", f"no run has found a posting yet ({len(clean)} empty run"
                                       f"{'s' if len(clean) > 1 else ''} that asked the source): does its spider "
                                       f"read what it fetches?"))
    if health.last_clean is not None:
        dropped_by = (health.last_clean.dropped or {}).items()
        drops = {k: v for k, v in dropped_by if k not in queries.POLICY_DROPS and v}
        dropped = sum(drops.values())
        handled = dropped + (health.last_clean.items_scraped or 0)
        if dropped and dropped >= DROP_SHARE * handled:
            detail = ", ".join(f"{k} {v}" for k, v in sorted(drops.items(), key=lambda kv: (-kv[1], kv[0])))
            add(Problem(WARNING, "dropping", f"run {health.last_clean.id} dropped {dropped} "
                                             f"beside {handled - dropped} scraped ({detail})"))
        failing = _failing_pages(clean[:REPEATED_RUNS])
        if failing:
            add(Problem(WARNING, "page_failing", failing))
        losing = _losing_fields(health.last_clean)
        if losing:
            add(Problem(WARNING, "losing_fields", f"run {health.last_clean.id} left out {losing}"))
    return health


def _failing_pages(runs: list[CrawlRun]) -> str:
    """The addresses dropped in every one of ``runs`` (the newest ``REPEATED_RUNS`` clean ones), said with the
    newest run's error for the first; empty when there are fewer runs or none is. Only a response's drops count:
    not the policy's (daily cap, robots.txt), nor a record's."""
    if len(runs) < REPEATED_RUNS:
        return ""

    def dropped(run: CrawlRun) -> dict[str, str]:
        reasons = {k for k, v in (run.dropped or {}).items() if v and k not in queries.POLICY_DROPS}
        found: dict[str, str] = {}
        for error in run.errors or []:
            match = _DROP_ERROR.match(error)
            if match and match[1] in reasons and match[1] != "record_parse_error":
                found.setdefault(match[2], error)
        return found

    newest = dropped(runs[0])
    every = set(newest).intersection(*(dropped(r) for r in runs[1:]))
    if not every:
        return ""
    first = min(every)
    more = f" (and {len(every) - 1} other address{'es' if len(every) > 2 else ''})" if len(every) > 1 else ""
    return f"dropped in each of its last {len(runs)} runs: {newest[first]}{more}"


def _losing_fields(run: CrawlRun) -> str:
    """What fields ``run`` left out of at least ``DROP_SHARE`` of the postings it scraped, said for a reader
    ("expires_at of 25 of 27 postings (not_a_date 25)"); empty when none."""
    scraped = run.items_scraped or 0
    by_field: dict[str, dict[str, int]] = {}
    for key, n in (run.field_dropped or {}).items():
        name, _, reason = key.partition("/")
        by_field.setdefault(name, {})[reason or "?"] = n
    said = []
    for name, reasons in sorted(by_field.items()):
        lost = sum(reasons.values())
        if scraped and lost >= DROP_SHARE * scraped:
            detail = ", ".join(f"{r} {n}" for r, n in sorted(reasons.items()))
            said.append(f"{name} of {lost} of {scraped} postings ({detail})")
    return "; ".join(said)


def recent_runs_by_source(session: Session, names: Iterable[str], window: int = WINDOW) -> dict[str, list[CrawlRun]]:
    """Each source's last ``window`` runs, newest first (one indexed query per source)."""
    return {name: list(session.scalars(select(CrawlRun).where(CrawlRun.source == name)
                                       .order_by(CrawlRun.id.desc()).limit(window)))
            for name in names}


def check(session: Session, expected: Mapping[str, timedelta], *, now: datetime | None = None,
          lost_after: timedelta | None = None) -> list[SourceHealth]:
    """The health of every source in ``expected`` (source name → how often it should be crawled)."""
    now = now or queries.utcnow()
    lost_after = lost_after or queries.lost_after()
    runs = recent_runs_by_source(session, expected)
    return [judge(name, runs[name], now=now, expected_every=expected[name], lost_after=lost_after)
            for name in expected]


@dataclass
class Curation:
    """How much of the store one curation stage's installed version wrote."""

    stage: str  # tags, legitimacy, search
    current: str  # the installed version
    command: str  # what re-curates the store with it
    does: str = "re-curates them"  # what the command does, said after it
    by_version: dict[str | None, int] = field(default_factory=dict)  # postings per stored version (None: unrecorded)
    lag: str = "by another version than the installed"  # what the postings of ``older`` are, before ``current``
    # the versions the store met after the installed one (``store.releases.later``) → how to name each: their
    # postings are a newer release's, which the stage's command would curate back to this installation's
    newer: dict[str, str] = field(default_factory=dict)

    @property
    def postings(self) -> int:
        return sum(self.by_version.values())

    @property
    def older(self) -> int:
        return sum(n for v, n in self.by_version.items() if v is not None and v != self.current and v not in self.newer)

    @property
    def by_newer(self) -> int:
        return sum(n for v, n in self.by_version.items() if v in self.newer)

    @property
    def unrecorded(self) -> int:
        return self.by_version.get(None, 0)

    @property
    def level(self) -> str:
        return WARNING if self.older or self.by_newer else OK

    def message(self) -> str:
        if not self.older and not self.unrecorded and not self.by_newer:
            return f"all {self.postings} postings by the installed version {self.current}"
        said = []
        if self.older:
            others = ", ".join(f"{v}: {n}" for v, n in sorted(self.by_version.items(), key=lambda kv: -kv[1])
                               if v is not None and v != self.current and v not in self.newer)
            said.append(f"{self.older} of {self.postings} postings {self.lag} {self.current} ({others})")
        if self.unrecorded:
            said.append(f"{self.unrecorded} stored before versions were recorded")
        told = "; ".join(said) + f": `{self.command}` {self.does}" if said else ""
        if not self.by_newer:
            return told
        newer = "; ".join(f"{self.newer[v]}: {n}" for v, n in sorted(self.by_version.items(), key=lambda kv: -kv[1])
                          if v in self.newer)
        return (f"{told}; " if told else "") + (
            f"{self.by_newer} of {self.postings} postings by a newer release than the installed {self.current} "
            f"({newer}): this installation is older than one that wrote the store, upgrade it")


# stage -> the column its version is stamped in, the command that brings the store to the installed version, what
# that command does
CURATION_COLUMNS = {"tags": (Posting.tags_version, "vagigs retag --stale", "re-curates them"),
                    "legitimacy": (Posting.legitimacy_version, "vagigs reassess --stale", "re-curates them"),
                    "search": (PostingSearch.folded_with, "vagigs migrate --search", "folds their search words again")}


def curation(session: Session, installed: Mapping[str, str]) -> list[Curation]:
    """Per stage in ``installed`` (``tags``, ``legitimacy``, ``search``, ``dedupe`` → the version installed), the
    stored postings per version that wrote them (one grouped count each; search's from the index of its stamps), and
    which of those versions the store met after the installed one (``store.releases``): a newer release's."""
    out = []
    ordered = releases.kept(session)  # (``vagigs health`` reads a store not yet migrated too)
    for stage, current in installed.items():
        if stage == "dedupe":
            out.append(dedupe_backlog(session, current))
            continue
        column, command, does = CURATION_COLUMNS[stage]
        counts = {version: n for version, n in session.execute(select(column, func.count()).group_by(column))}
        newer = {r.version: str(r) for r in releases.later(session, stage, current)} if ordered else {}
        out.append(Curation(stage, current, command, does, counts, newer=newer))
    return out


def dedupe_backlog(session: Session, current: str) -> Curation:
    """The postings the dedupe index holds under the installed key scheme, and those it lacks, by the scheme they
    were indexed under ("not indexed": never, or taken out when their text changed): a crawl indexes only what it
    stored and a bounded backlog (``VAGIGS_DEDUPE_BACKLOG_PER_CRAWL``), so a lagging index stays lagging until
    ``vagigs dedupe`` runs."""
    marks = {str(v): n for v, n in session.execute(select(DedupeIndexed.version, func.count())
                                                   .group_by(DedupeIndexed.version)) if v != STALE}
    unmarked = (session.scalar(select(func.count()).select_from(Posting)) or 0) - sum(marks.values())
    counts: dict[str | None, int] = dict(marks)
    if unmarked > 0:
        counts["not indexed"] = unmarked
    return Curation("dedupe", current, "vagigs dedupe", "indexes them", counts,
                    lag="missing from the index of the installed key scheme")
