"""Train the relevance model and per-tag thresholds on the dev split; write ``model.json``.

    python -m pipeline.tags.train [tests/data/tags_dev.jsonl]

Deterministic (liblinear, fixed data order, no randomness), offline, seconds.
Only lines with ``"split": "dev"`` are used; the held-out split is never read
here. Tag thresholds are chosen per tag on the training postings (with a
floor, and the global default when a tag has too few examples to tune on).

``cross_validate`` estimates how the whole fit generalises: repeated k-fold
within the dev split (folds stratified by source and relevance, reposts with
the same description kept in one fold), or leave-one-source-out. Each fold
fits the model and thresholds on the other folds only; the phrase lists are
the same in every fold. ``vagigs eval tags FILE --cv`` prints it.

Tried and left (2026-12-04): a per-tag word model beside the phrases — for each tag with 4+ examples a
class-balanced logistic regression over the title's and the description's first 400 folded words (cut to 6
letters) plus that tag's phrase score, trained on the relevant postings of the other folds. Adding a tag the
phrases missed at p ≥ 0.8: out of fold 0.840 → 0.841, leave-one-source-out 0.825 → 0.825; dropping a phrase's
tag at p < 0.2: 0.827 / 0.822; both: 0.822 / 0.762; the model alone at 0.5: 0.766 / 0.763. About 230 relevant
postings teach it little the phrases do not say already.
Also tried and left (2026-12-04, evening): splitting a glued Persian word of the flattened Jobinja text where its
tail starts a phrase ("وظایفپاسخگویی" → "وظایف پاسخگویی"; head ≥ 3 letters, tail ≥ 4 or 5): out of fold
0.845 → 0.845–0.846, on Jobinja 0.741 → 0.734–0.743 and relevance 0.874/0.844 → 0.852/0.833 — most such words are
compounds written joined ("همکاری", "راهکارهای", "استقرار", "گواهینامه"), not two words glued.
Kept (2026-12-04, taxonomy 2026.12.22): the lines under a requirements heading read as boilerplate (``matcher``;
out of fold 0.845 → 0.849, leave-one-source-out 0.825 → 0.835; with annotator B's labels 0.762 → 0.768 and
0.734 → 0.752). Tried beside it and left: a phrase read as a hint when a skill word stands up to four words
before it in its clause ("familiarity with social media", "знание 1С", "آشنایی با"): out of fold 0.849 → 0.836
(0.834 with "experience", "опыт", "سابقه" among the skill words), B's labels 0.768 → 0.765: both readers tag a
task the posting names as a skill it wants more often than not; and company-blurb sentence cues ("we are a",
"is a leading", "founded in") as boilerplate: no change; a heading written inside a line ("…پویامسئولیت
ها:شناسایی…", "…team.Requirements: 3 years…") put on a line of its own, so that flattened Jobinja text gets its
sections read: out of fold 0.849 → 0.845 (Jobinja 0.751 → 0.741, We Work Remotely 0.810 → 0.784), and 0.848
with Jobinja 0.745 when only text without line breaks is split so.
Tried and left (2026-12-04, evening): fewer tags on a posting that names many tasks. Keeping only the tags whose
score reaches 0.15 / 0.25 / 0.35 of the posting's top tag's: out of fold 0.849 → 0.843 / 0.827 / 0.736 (with B's
labels 0.768 → 0.769 / 0.755 / 0.666); at most 4 or 5 tags: 0.824 / 0.839 (B's 0.745 / 0.761). A posting that lists
six tasks asks for six.
Tried and left (2026-12-04, night): the description's words in the relevance model, beside the title's (the first
100 or 300 folded words, cut to 6 letters, hashed like the title's). Out of fold 0.849 → 0.826 / 0.833, leave one
source out 0.835 → 0.792 / 0.796, relevance precision across sources 0.906 → 0.79–0.81: the words learn each
source's house style. Scaled to 0.3 / 0.1 of a title word: 0.849 / 0.850 and 0.818 / 0.836, relevance recall
+0.000 to +0.009 for precision −0.01 to −0.05 across sources: noise at best.
Tried and left (2026-12-04, late night): the seniority words ("senior", "sr", "middle", "junior", "کارشناس ارشد",
"متخصص ارشد") out of the not-VA title words, since the labelling rules call a senior specialist relevant when the
work is a taxonomy task (two held-out relevance misses are a senior and a lead customer-success manager). Out of
fold 0.849 → 0.844 (relevance P 0.935 → 0.924), leave one source out 0.835 → 0.833, against B's labels out of fold
0.776 → 0.772; held-out 0.779 → 0.769 (B's 0.738 → 0.753). Both readers mostly label a senior title not relevant
in dev ("Senior Digital Marketing Specialist", "کارشناس ارشد خدمات مشتری"), so the word stays a not-VA sign.
Nor does the relevance threshold help the held-out misses, all four scored 0.07–0.27: from 0.35 to 0.60 held-out
recall stays 0.886, and 0.55 stays best out of fold.
Tried and left (2026-12-06, from the out-of-fold errors; figures against taxonomy 2026.12.32–34's 0.854–0.859 out of
fold and 0.841–0.848 leaving one source out): a short description's tag thresholds capped at one strong phrase
(the 1.3 and 1.6 of data entry, bookkeeping and website updates are fitted on long postings that name a task in
passing; under 400 / 700 / 1,000 / 1,500 characters): out of fold 0.854 → 0.851 / 0.851 / 0.851 / 0.850, leave one
source out 0.841 → 0.837–0.835, the written sets −0.02 to +0.02: hh.ru's short snippets name tools in passing too.
"диспетчер" a hint in a title, not phone answering (5 of the 6 dev dispatchers do transport or logistics):
0.853 → 0.852, 0.841 → 0.843. The clause of a user's level ("уверенный пользователь ПК и социальных сетей") as a
skill mention: 0.859 → 0.858, 0.848 → 0.847. "maintain a / the database", "update the database" as data entry:
0.859 → 0.857. "наполнять сайт": 0.859 → 0.859 (P −0.003, R +0.004). "личные дела" / "личного дела" as file
organisation: 0.859 → 0.861 but 0.848 → 0.847 leaving one source out, and "личные дела" is as often a person's
own affairs (an errand). English "typing" as a hint (it is a skill wanted in every labelled post saying it):
0.860 → 0.858, 0.850 → 0.849, the relevance model losing a sign of VA work.
Tried and left (2026-12-06, beside taxonomy 2026.12.40's pairs): "вести <> переписку" as e-mail and "вести <> учёт" as
bookkeeping; with both, out of fold 0.859 and leave one source out 0.849, against 0.860 and 0.850 without. A chat
manager's "вести переписку с клиентами" is no mail (the pair now asks for a mail word: "переписку … по email"), and
"вести табель учёта" is a timesheet.
Tried and left (2026-12-06, from Jobinja's out-of-fold errors, beside taxonomy 2026.12.44–47's 0.865 out of fold and
0.857 leaving one source out): Persian "تنخواه" (petty cash) as bookkeeping, as "petty cash" is: 0.865 → 0.864, the
refitted bookkeeping threshold giving three postings of other sources a false bookkeeping tag (written set e 0.870 →
0.862). "فروش آنلاین" (online sales; English reads no such phrase) as a hint: 0.865 → 0.864, 0.857 → 0.856; the
customer-success post it was for keeps its false ecommerce tag from "فروشگاه اینترنتی", and a We Work Remotely post
gains one as the threshold refits. "دستیار معاون" / "دستیار معاونت" (assistant to a deputy director) as personal
assistance: 0.865 → 0.867 but 0.857 → 0.854 leaving one source out (an hh posting's relevance flips as the model
refits); one dev posting says it, and English reads no "assistant to the VP" either.
Tried and left (2026-12-06, from the English boards' out-of-fold errors, beside taxonomy 2026.12.48–49's 0.866–0.872
out of fold): "process ... orders" / "processing ... orders" as e-commerce ("process and modify orders"): 0.872 →
0.871, We Work Remotely 0.838 → 0.830. The one post so saying stays under e-commerce's threshold (2.5), and the folds
that refit it lower give a writer's "e-commerce store" and a game-support post's "marketplace orders" the tag.
Tried and left (2026-12-06, from a sixth writer's board-style posts, beside taxonomy 2026.12.52–55's 0.877–0.878
out of fold and 0.861 leaving one source out): Russian "расписани*" as a hint ("расписание врачей" on a clinic's
site is no calendar): 0.877 -> 0.876, 0.861 -> 0.860; two dev postings keep a doctor's or a manager's schedule.
"role", "position", "candidate" and "searching" among the words by which a paragraph before the duties heading
speaks to the seeker (so that "This position is responsible for …" is not read as the company's): 0.878 -> 0.876.
A title's hit inside a longer hit of another tag dropped ("appointment" in "appointment setter"): not run, as the
titles show it would also drop "assistant" in "Executive Assistant" and "контент" in "Контент-менеджер", which the
labels keep; bare "appointment" a hint instead (2026.12.54).
Tried and left (2026-12-06, beside taxonomy 2026.12.55's 0.878 out of fold and 0.861 leaving one source out): "chat
and email" tickets as customer support only, the labelling rules' reading ("email and chat", "chat and email", "phone
and email", "phone, email", "email, chat", "email, phone" as hints): 0.878 -> 0.875, 0.861 -> 0.857, written sets
c and f +0.004 each. The dev labels give email_management to 5 of the 6 relevant English postings that answer
customers by e-mail and chat (remoteok 1055855, 1058875, 1053617; two on We Work Remotely), so it stays; Russian
"в чате и по почте" and Persian "چت و ایمیل" read only as a hint already.
Tried and left (2026-12-06, from a seventh writer's roles next door to VA work, beside taxonomy 2026.12.59's 0.879 out
of fold and 0.862 leaving one source out): the number of tasks a description names with a strong phrase as a feature,
so that a coordinator listing four duties outweighs the project-management and design weights that dev's project
managers and designers set: log1p(n) 0.879 -> 0.872 and 0.862 -> 0.871, n / 4 (at most 2) 0.874 and 0.862, n >= 3
0.877 and 0.862. A title's hint ("coordinator") as a feature
of its own, apart from a title's strong phrase ("Project Manager"): 0.878 and 0.862. Phrases tried and left beside
2026.12.59's: "help customers" (five not-VA dev postings say it, of what the company or the role does for customers); "answer ...
email*" (an agent answering customer e-mails does customer support, as the fourth writer labels it: "routine" and
"incoming" e-mail kept instead); "phone line*" ("a reliable phone line" is the seeker's own: "main line" and "phone
lines" kept); "content moderation" strong in a description (a dev support posting's side task, labelled customer
support only: a hint, and "Content Moderator" strong in a title).
Tried and left (2026-12-07, from an eighth writer's long duty lists, beside taxonomy 2026.12.60's 0.879 out of fold and
0.862 leaving one source out): the thresholds that drop a lone duty inside a long list, relaxed to 1.0 for
bookkeeping, website updates, e-commerce and data entry: 0.870 and 0.853 (each alone 0.874–0.878); relaxed only in a
posting with 2, 3 or 4 other tags: 0.871 / 0.876 / 0.877 and 0.854 / 0.860 / 0.860. Every English dev posting with such
a hit under its threshold names the task in passing ("QuickBooks", "typing", "invoicing", "our online store"), so only
a phrase opening a list item counts more (2026.12.61). A phrase as the item's second word too ("Send client
invoices"): one dev posting gains a false tag ("Closed captioning" in a copywriter's list). A list's marker read as a
break mark wherever it stands: "офис - менеджер" and "Nice to have - …" were read apart. Phrases left beside
2026.12.62's: holiday and time-off calendars (a dev office assistant with the same duty is labelled without calendar
work), "payables" (a dev executive assistant's "billing, payables, and receivables" is labelled without bookkeeping),
"book ... consultation*" (an appointment setter's sales call), "update ... pages" (a dev web designer's; the model
refitted lost a Persian designer's post at 0.549), "slides", "carousel*", "presentations", "briefs", "researching",
"competitors", "shortlist*", "naming convention*", "minutes" alone, "on ... calendar*" (each said by dev postings
labelled without the tag).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.tags import model as mdl
from pipeline.tags.matcher import default_matcher
from pipeline.tags.matcher.sections import BOILER_WEIGHT

DEV = Path(__file__).resolve().parents[2] / "tests" / "data" / "tags_dev.jsonl"
C = 2.0  # C and THRESHOLD chosen by repeated 5-fold cross-validation on the dev split
THRESHOLD = 0.55
THRESHOLD_GRID = (1.0, 1.3, 1.6, 2.0, 2.5, 3.0)
DEFAULT_TAG_THRESHOLD = 1.0
MIN_SUPPORT = 4
MIN_GAIN = 0.03


@dataclass(frozen=True)
class Prepared:
    """One labelled posting as the model sees it: features, tag scores and labels."""

    features: dict[str, float]
    scores: dict[str, float]
    relevant: bool
    tags: frozenset[str]
    source: str
    group: str  # postings sharing a description (reposts) share a group


def dev_rows(path: Path = DEV) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r for r in rows if r.get("split", "dev") == "dev"]


def prepare(rows: Iterable[dict], boiler: float = BOILER_WEIGHT) -> list[Prepared]:
    from pipeline.tags import combined_scores, phrase_scores

    tags = default_matcher().tags
    out = []
    for r in rows:
        title, _, body = r["text"].partition("\n")
        ts, bs, _, ftitle, listed = phrase_scores(title, body, boiler)
        group = hashlib.sha1(" ".join(body.split()).encode("utf-8")).hexdigest() if body.strip() else r["text"]
        out.append(Prepared(mdl.features_for(ts, bs, ftitle, tags), combined_scores(ts, bs, listed),
                            bool(r["va_relevant"]), frozenset(r.get("tags") or ()), r.get("source", ""), group))
    return out


def fit(data: list[Prepared], *, c: float = C, threshold: float = THRESHOLD,
        min_gain: float = MIN_GAIN, grid: tuple[float, ...] = THRESHOLD_GRID) -> dict:
    """The content of ``model.json`` fitted on ``data``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    tags = default_matcher().tags
    vec = DictVectorizer()
    x = vec.fit_transform([p.features for p in data]).toarray()
    clf = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
    clf.fit(x, [int(p.relevant) for p in data])
    weights = {name: round(float(w), 5) for name, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) > 1e-4}
    # Per-tag thresholds on the relevant postings only (tags are emitted only for those).
    relevant = [p for p in data if p.relevant]
    tag_thresholds: dict[str, float] = {}
    for t in tags:
        if sum(t in p.tags for p in relevant) < MIN_SUPPORT:
            continue
        scored: list[tuple[float, float]] = []
        for th in grid:
            tp = fp = fn = 0
            for p in relevant:
                pred = p.scores.get(t, 0.0) >= th
                gold = t in p.tags
                tp += pred and gold
                fp += pred and not gold
                fn += gold and not pred
            scored.append((th, 2 * tp / (2 * tp + fp + fn) if tp else 0.0))
        # move away from the default only for a clear gain: small dev sets make noisy optima
        base = dict(scored).get(DEFAULT_TAG_THRESHOLD, 0.0)
        best = (base, DEFAULT_TAG_THRESHOLD)
        for th, f1 in scored:
            if f1 >= base + min_gain and f1 > best[0]:
                best = (f1, th)
        tag_thresholds[t] = best[1]
    return {
        "about": "VA-relevance logistic regression + per-tag thresholds; trained by pipeline.tags.train on the dev split of tests/data/tags_dev.jsonl",
        "taxonomy_version": default_matcher().version,
        "trained_on": len(data),
        "bias": round(float(clf.intercept_[0]), 5),
        "threshold": threshold,
        "default_tag_threshold": DEFAULT_TAG_THRESHOLD,
        "boiler_weight": BOILER_WEIGHT,
        "tag_thresholds": tag_thresholds,
        "weights": dict(sorted(weights.items())),
    }


def as_model(d: dict) -> mdl.Model:
    return mdl.Model(weights=d["weights"], bias=d["bias"], threshold=d["threshold"],
                     tag_thresholds=d["tag_thresholds"], default_tag_threshold=d["default_tag_threshold"],
                     boiler_weight=d["boiler_weight"], trained=True)


def folds(data: list[Prepared], k: int = 5, seed: int = 0, by: str = "kfold") -> list[list[int]]:
    """Test-fold indices: ``kfold`` (stratified by source and relevance, reposts together) or ``source``."""
    if by == "source":
        sources = sorted({p.source for p in data})
        return [[i for i, p in enumerate(data) if p.source == s] for s in sources]
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(data):
        groups.setdefault(p.group, []).append(i)
    strata: dict[tuple[str, bool], list[str]] = {}
    for g, idx in sorted(groups.items()):
        first = data[idx[0]]
        strata.setdefault((first.source, first.relevant), []).append(g)
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    offset = 0
    for key in sorted(strata):
        gs = strata[key]
        rng.shuffle(gs)
        for j, g in enumerate(gs):
            out[(j + offset) % k].extend(groups[g])
        offset += len(gs)
    return out


def cross_validate(data: list[Prepared], *, k: int = 5, repeats: int = 3, by: str = "kfold",
                   **fit_args) -> list[tuple[Prepared, bool, list[str]]]:
    """Out-of-fold predictions ``(posting, relevant, tags)``, ``repeats`` times over for k-fold."""
    from pipeline.tags import decide

    out = []
    for rep in range(repeats if by == "kfold" else 1):
        for test in folds(data, k, seed=rep, by=by):
            held = set(test)
            model = as_model(fit([p for i, p in enumerate(data) if i not in held], **fit_args))
            for i in test:
                _, relevant, tags = decide(model, data[i].scores, data[i].features)
                out.append((data[i], relevant, tags))
    return out


def main(path: Path = DEV) -> dict:
    out = fit(prepare(dev_rows(path)))
    with open(mdl.MODEL_PATH, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0, sort_keys=False)
        fh.write("\n")
    return out


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline.tags.train", allow_abbrev=False,
                                description="Fit the relevance model and the tags' thresholds on the dev split of "
                                            f"FILE and write {mdl.MODEL_PATH.name} (the held-out split is not read).")
    p.add_argument("file", nargs="?", type=Path, default=DEV, metavar="FILE",
                   help="labelled postings, one JSON object a line (default: %(default)s)")
    return p


def cli(argv: list[str] | None = None) -> None:
    """The command: its options are read before any fitting, so ``--help`` or a mistyped one writes nothing."""
    p = parser()
    args = p.parse_args(argv)
    if not args.file.is_file():
        p.error(f"{args.file} is not a file")
    result = main(args.file)
    print(f"trained on {result['trained_on']} postings; {len(result['weights'])} weights; "
          f"tag thresholds {result['tag_thresholds']}")


if __name__ == "__main__":
    cli()
