"""The legitimacy stage against the store: the context it reads there, and re-judging what is stored.

``assess`` stays pure; this reads the store and hands it numbers (``Context``). For the crawl's stage
(``scrapy_pipelines.LegitimacyPipeline``) and for ``vagigs reassess``:

* market pay per (tag, period, currency) over the postings of the last ``days`` days (read once per crawl or run);
* the company names a posting's text was stored under: the same text (``text_hash``) and lightly edited copies,
  the company's own name changed in the text (``dedupe.template_companies``).

**Re-judging** (``reassess_store``): a crawl judges a posting when it fetches it, so a changed rule or a retrained
``model.json`` reaches the postings already stored only when their source lists them again, and a delisted or
closed one never. ``reassess_store`` re-judges them all in place with the same context. It reads in id order with
keyset pagination, judges the batches in worker processes on a large store (``forked_batches``; each reads its
postings' context through its own connection), and writes each batch in one transaction (one executemany UPDATE of
``legitimacy_score``, ``legitimacy_verdict`` and ``legitimacy_reasons``). A posting that fails is logged and
counted, and keeps its verdict; one a crawl stored again after it was read keeps the crawl's, judged from the newer
text (a crawl started before the rules changed judges with the old ones, so this is run once the crawls in flight are
done).
``dry_run`` judges and reports without writing: what a change to the rules would move, before it moves it.
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, fields
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from crawlers.items import PostingItem
from pipeline import dedupe, forked_batches, pay, tags
from pipeline.legitimacy import Context, assess, version
from store import db, queries, releases, reports
from store.models import Posting

log = logging.getLogger(__name__)


def market_pay(session: Session, days: int = reports.MARKET_PAY_DAYS) -> dict[tuple[str, str, str], float]:
    """``Context.market_pay`` over the postings of the last ``days`` days (0: the whole store)."""
    return reports.recent_market_pay(session, days=days, monthly_currencies=pay.MONTHLY_BY_CONVENTION)


def context(session: Session, item: PostingItem, market: dict, seen: dict[str, set[str]]) -> Context:
    """The posting's ``Context``; ``seen`` (per text hash, the case-folded company names the text was already seen
    under: a crawl's own, kept across its items) is extended in place with this posting's and the store's."""
    text_hash = item.text_hash or dedupe.text_hash(item.title, item.description)
    companies = seen.setdefault(text_hash or "", set())
    if item.company:
        companies.add(item.company.strip().casefold())
    if text_hash:
        companies |= reports.companies_with_text(session, text_hash)
    if item.company:
        companies |= dedupe.template_companies(session, vars(item), known=companies)  # read only: no copy
    item_tags: tuple[str, ...] = ()
    if market and (item.salary_max or item.salary_min) and not item.tags:
        item_tags = tuple(tags.tag(item).tags)  # the tags stage runs after this one; the market is per tag
    return Context(market, len(companies), item_tags)


# what ``assess`` and its context read of a stored posting
READ = ("source", "source_id", "title", "company", "description", "location", "language", "language_confidence",
        "languages_other", "salary_raw", "salary_min", "salary_max", "salary_currency", "salary_period", "tags",
        "text_hash")
_ITEM_FIELDS = {f.name for f in fields(PostingItem)}
PARALLEL_FROM = 2000  # postings: below this, forking workers costs more than it saves


@dataclass
class ReassessReport:
    postings: int = 0
    changed: int = 0  # verdict, score or reasons differ from what was stored
    failed: int = 0
    crawled_meanwhile: int = 0  # to be written, but a crawl stored the posting again after it was read: not written
    seconds: float = 0.0
    dry_run: bool = False
    verdicts: Counter = field(default_factory=Counter)
    moves: Counter = field(default_factory=Counter)  # (old verdict, new verdict) where they differ, as written
    version: str = ""  # the judge's (``legitimacy.version``), stamped on every posting written
    stale_only: bool = False  # only postings another version judged

    def summary(self) -> str:
        rate = self.postings / self.seconds if self.seconds else 0.0
        did = "judged (dry run: nothing written)" if self.dry_run else "re-judged"
        lines = [f"{did} {self.postings}{' stale' if self.stale_only else ''} postings with judge {self.version} in {self.seconds:.1f}s ({rate:.0f}/s); "
                 f"changed: {self.changed}; failed: {self.failed}"]
        if self.crawled_meanwhile:
            lines.append(f"left as a crawl judged them meanwhile: {self.crawled_meanwhile}")
        if self.verdicts:
            lines.append("verdicts: " + ", ".join(f"{v}={n}" for v, n in sorted(self.verdicts.items())))
        for (old, new), n in sorted(self.moves.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {old or 'none'} -> {new}: {n}")
        return "\n".join(lines)


def _judge_rows(url: str, market: dict, rows: list[tuple]) -> list[tuple]:
    """Judge one batch: ``(id, last seen, old version, old score, old verdict, old reasons, *READ)`` -> ``(id, last
    seen, old version, old (score, verdict, reasons), new (score, verdict, reasons) or None)``, reading the context
    through this process's own connection."""
    out = []
    with db.sessions(url)() as session:
        for pid, seen, old_version, old_score, old_verdict, old_reasons, *values in rows:
            item = PostingItem(**{k: v for k, v in zip(READ, values) if k in _ITEM_FIELDS})
            item.tags = item.tags or []
            old = (old_score, old_verdict, old_reasons or [])
            try:
                result = assess(item, context(session, item, market, {}))
            except Exception:  # noqa: BLE001 - one bad posting must not stop the rest
                log.exception("legitimacy failed for posting %s (%s/%s)", pid, item.source, item.source_id)
                out.append((pid, seen, old_version, old, None))
                continue
            new = (result.score, result.verdict, [r.as_dict() for r in result.reasons])
            out.append((pid, seen, old_version, old, new))
    return out


def reassess_store(url: str, *, batch_size: int = 1000, market_days: int = reports.MARKET_PAY_DAYS,
                   dry_run: bool = False, workers: int | None = None, stale_only: bool = False,
                   progress: Callable[[int, int], None] | None = None,
                   stop: Callable[[], bool] | None = None, keep: Collection[str] = ()) -> ReassessReport:
    """Re-judge the store at ``url``. ``workers``: processes that judge (``forked_batches``; default: up to 4, one
    per core, once the store holds more than ``PARALLEL_FROM`` postings). ``stale_only``: only the postings another
    version of the judge judged (``legitimacy_version``), or none recorded, but those of the versions in ``keep`` (a
    newer release's: ``store.releases.later``). ``progress``: told (postings judged and
    written, postings to judge) after each batch. ``stop``: asked before each batch; once it says so the batches
    under way are written and the pass ends. Each batch is one transaction that stamps the version, so
    ``stale_only`` goes on where a stopped pass ended."""
    sessions = db.sessions(url)
    stamp = version()
    report = ReassessReport(dry_run=dry_run, version=stamp, stale_only=stale_only)
    stale = ([or_(Posting.legitimacy_version.is_(None), Posting.legitimacy_version.not_in([stamp, *keep]))]
             if stale_only else [])
    if not dry_run:
        with sessions.begin() as session:
            releases.record(session, {"legitimacy": stamp})
    started = time.perf_counter()
    table = Posting.__table__
    seen_at = queries.seen_as_stored(db.engine(url).dialect.name)
    # a crawl that stores the posting again meanwhile judges it with the same code, from its newer text: its verdict
    # stands (``last_seen_at`` moves with every store of it)
    upd = (update(table)
           .where(table.c.id == bindparam("pid"), seen_at.is_not_distinct_from(bindparam("seen", type_=seen_at.type)))
           .values(legitimacy_score=bindparam("s"), legitimacy_verdict=bindparam("v"),
                   legitimacy_reasons=bindparam("r"), legitimacy_version=stamp))
    columns = [Posting.id, seen_at, Posting.legitimacy_version, Posting.legitimacy_score,
               Posting.legitimacy_verdict, Posting.legitimacy_reasons, *(getattr(Posting, name) for name in READ)]
    with sessions() as session:
        market = market_pay(session, market_days)
        total = session.scalar(select(func.count()).select_from(Posting).where(*stale)) or 0
        if workers is None:
            big = queries.count_postings(session) > PARALLEL_FROM
            workers = min(4, os.cpu_count() or 1) if big else 1
    last_id = 0

    def next_batch() -> list[tuple]:
        nonlocal last_id
        with sessions() as session:
            rows = session.execute(select(*columns).where(Posting.id > last_id, *stale).order_by(Posting.id)
                                   .limit(batch_size)).all()
        if rows:
            last_id = rows[-1][0]
        return [tuple(r) for r in rows]

    def write(judged: list[tuple]) -> None:
        params, olds = [], {}
        for pid, seen, old_version, old, new in judged:
            report.postings += 1
            if new is None:
                report.failed += 1
                continue
            score, verdict, reasons = new
            report.verdicts[verdict] += 1
            report.changed += old != new
            if old != new or old_version != stamp:  # an unchanged verdict gets the current version's stamp
                params.append({"pid": pid, "seen": seen, "s": score, "v": verdict, "r": reasons})
                olds[pid] = old
            if old[1] != verdict:
                report.moves[(old[1], verdict)] += 1
        if params and not dry_run:
            with sessions.begin() as session:
                if session.execute(upd, params).rowcount < len(params):
                    _unsay(report, session, params, olds, seen_at)

    forked_batches.run(url, next_batch, partial(_judge_rows, url, market), write, workers=workers,
                       progress=None if progress is None else lambda done: progress(done, max(done, total)),
                       stop=stop)
    report.seconds = time.perf_counter() - started
    return report


def _unsay(report: ReassessReport, session: Session, params: list[dict], olds: dict[int, tuple],
           seen_at: ColumnElement[Any]) -> None:
    """Take the postings a crawl stored again after they were read (their ``last_seen_at`` moved; the UPDATE left
    them) out of what the report says changed and moved: the crawl's verdict stands there, not this run's."""
    now = dict(session.execute(select(Posting.id, seen_at)
                               .where(Posting.id.in_([p["pid"] for p in params]))).all())
    for p in params:
        if now.get(p["pid"]) == p["seen"]:
            continue
        report.crawled_meanwhile += 1
        old, new = olds[p["pid"]], (p["s"], p["v"], p["r"])
        report.changed -= old != new
        if old[1] != p["v"]:
            report.moves[(old[1], p["v"])] -= 1
    report.moves += Counter()  # drops the moves netted to nothing
