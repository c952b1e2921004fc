"""Labelled postings for training and evaluation, as ``PostingItem``s.

* EMSCAD CSV rows (original or Kaggle form) become one posting each: EMSCAD has
  no company-name column, so ``company`` stays empty and the company profile,
  description, requirements and benefits are joined into ``description``
  (the research note's text = title + company_profile + description +
  requirements + benefits).
* JSONL lines of posting fields (``title``, ``company``, ``description``, …).
* The present-day board samples (RemoteOK, Remotive, We Work Remotely, Jobicy)
  are turned into ``tests/data/board_legit.jsonl`` by ``build_board_legit``
  (``python -m pipeline.legitimacy.data SAMPLES_DIR OUT.jsonl``). Boards carry
  scams too: the few whose text shows the research note's signs plainly
  (``tests/data/board_suspected_scams.json``, each with its reason) are not
  legitimate examples (``read_board_legit``), nor fraud ones: nobody confirmed
  them.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from xml.etree import ElementTree

from crawlers.items import PostingItem

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
EMSCAD_FRAUD = DATA / "emscad" / "fraudulent_dev.csv"
EMSCAD_LEGIT = DATA / "emscad" / "legit_dev.csv"
BOARD_LEGIT = DATA / "board_legit.jsonl"
BOARD_SUSPECTED = DATA / "board_suspected_scams.json"
TAGS_DEV = DATA / "tags_dev.jsonl"  # its ``va_relevant`` labels say which board postings are VA gigs

_FIELDS = {f.name for f in fields(PostingItem)}
_TEXT_FIELDS = ("title", "company", "description", "location", "salary_raw", "language")
_EMSCAD_TEXT = {"title", "description"}
csv.field_size_limit(10**8)


def _truthy(value: str | None) -> bool | None:
    if value is None or value == "":
        return None
    return value.strip().lower() in {"t", "1", "true", "yes"}


def emscad_posting(row: dict[str, str], n: int, source: str = "emscad") -> PostingItem:
    parts = [row.get(k) or "" for k in ("company_profile", "description", "requirements", "benefits")]
    return PostingItem(
        source=source, source_id=row.get("job_id") or str(n),
        title=row.get("title") or None, company=None,
        description="\n\n".join(p for p in parts if p.strip()) or None,
        location=row.get("location") or None, salary_raw=row.get("salary_range") or None,
        employment_type=row.get("employment_type") or None, remote=_truthy(row.get("telecommuting")),
        language="en",
    )


def read_emscad(path: str | Path, *, only: str | None = None) -> list[PostingItem]:
    """Rows of an EMSCAD CSV; ``only='fraud'``/``'legit'`` keeps one class when a ``fraudulent`` column exists.

    Raises ``ValueError`` naming the file when it is not CSV in EMSCAD's columns (a title or description column
    at least) or not UTF-8."""
    out = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:  # a BOM is not part of the first column name
            reader = csv.DictReader(fh)
            if reader.fieldnames and not _EMSCAD_TEXT & set(reader.fieldnames):
                raise ValueError(f"{path}: not EMSCAD's columns (no {' or '.join(sorted(_EMSCAD_TEXT))} column; "
                                 f"has {', '.join(reader.fieldnames[:8])})")
            for n, row in enumerate(reader):
                label = _truthy(row.get("fraudulent"))
                if only == "fraud" and label is False or only == "legit" and label is True:
                    continue
                out.append(emscad_posting(row, n, source=Path(path).stem))
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not readable as UTF-8 CSV ({exc})") from exc
    return out


def posting_from_dict(d: dict, n: int, source: str) -> PostingItem:
    """Posting fields of ``d``; a line with only ``text`` (as ``vagigs eval tags`` files hold it: the title, a
    newline, the description) is read that way."""
    if not isinstance(d, dict):
        raise ValueError("not a JSON object")
    kept = {k: v for k, v in d.items() if k in _FIELDS}
    wrong = [k for k in _TEXT_FIELDS if not isinstance(kept.get(k, ""), (str, type(None)))]
    if wrong:
        raise ValueError(f"{', '.join(wrong)} must be text")
    if not kept.get("title") and not kept.get("description") and isinstance(d.get("text"), str):
        title, _, description = d["text"].strip().partition("\n")
        kept["title"], kept["description"] = title.strip() or None, description.strip() or None
    if not any((kept.get(k) or "").strip() for k in ("title", "description")):
        raise ValueError("no title, description or text to judge")
    kept.setdefault("source", source)
    kept.setdefault("source_id", str(n))
    kept.pop("posted_at", None), kept.pop("fetched_at", None)
    return PostingItem(**kept)


def read_jsonl(path: str | Path, skipped: list[str] | None = None) -> list[PostingItem]:
    """One posting per line (``posting_from_dict``). A bad line (broken JSON, a text field that is not text) raises
    ``ValueError`` naming the file and line, or, with ``skipped``, is left out and its message added there."""
    out = []
    try:
        with open(path, encoding="utf-8-sig") as fh:  # a BOM (Windows editors) is not part of line 1
            for n, line in enumerate(fh):
                if not line.strip():
                    continue
                try:
                    out.append(posting_from_dict(json.loads(line), n, Path(path).stem))
                except ValueError as exc:
                    if skipped is None:
                        raise ValueError(f"{path}:{n + 1}: {exc}") from exc
                    skipped.append(f"{path}:{n + 1}: skipped ({exc})")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc})") from exc
    return out


def board_suspected_ids(path: Path = BOARD_SUSPECTED) -> set[str]:
    """``source:source_id`` of the board postings read as suspected scams (``BOARD_SUSPECTED``)."""
    return {entry["id"] for entry in json.loads(path.read_text(encoding="utf-8"))}


def read_board_legit(path: Path = BOARD_LEGIT, *, suspected: bool = False) -> list[PostingItem]:
    """The board postings that are legitimate examples: all of ``path`` but the suspected scams; with
    ``suspected``, only those."""
    ids = board_suspected_ids()
    return [p for p in read_jsonl(path) if (f"{p.source}:{p.source_id}" in ids) == suspected]


def va_gig_ids(path: Path = TAGS_DEV) -> set[str]:
    """``source:source_id`` of the postings the tags dev set labels VA-relevant (its ``id``)."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return {r["id"] for r in rows if r.get("va_relevant")}


def read_postings(path: str | Path, *, only: str | None = None, skipped: list[str] | None = None) -> list[PostingItem]:
    """EMSCAD CSV (``.csv``) or JSONL of posting fields (anything else; ``skipped``: see ``read_jsonl``)."""
    return read_emscad(path, only=only) if str(path).endswith(".csv") else read_jsonl(path, skipped)


# ------------------------------------------------------------------ board samples → JSONL

def _text(html_text: str | None) -> str | None:
    from pipeline.normalize import html_to_text

    return html_to_text(html_text)


def _remoteok(path: Path) -> Iterator[dict]:
    for job in json.loads(path.read_text(encoding="utf-8")):
        if "position" in job:
            yield {"source": "remoteok", "source_id": str(job["id"]), "url": job.get("url"),
                   "title": job["position"], "company": job.get("company"),
                   "description": _text(job.get("description")), "tags": list(job.get("tags") or []),
                   "location": job.get("location") or None,
                   "posted_at_raw": job.get("date")}


def _remotive(path: Path) -> Iterator[dict]:
    for job in json.loads(path.read_text(encoding="utf-8-sig"))["jobs"]:
        yield {"source": "remotive", "source_id": str(job["id"]), "url": job.get("url"),
               "title": job["title"], "company": job.get("company_name"),
               "description": _text(job.get("description")), "salary_raw": job.get("salary") or None,
               "location": job.get("candidate_required_location") or None,
               "posted_at_raw": job.get("publication_date")}


def _jobicy(path: Path) -> Iterator[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for job in data.get("jobs") or []:
        yield {"source": "jobicy", "source_id": str(job["id"]), "url": job.get("url"),
               "title": job["jobTitle"], "company": job.get("companyName"),
               "description": _text(job.get("jobDescription")), "posted_at_raw": job.get("pubDate"),
               "location": job.get("jobGeo") or None}


def _wwr(path: Path) -> Iterator[dict]:
    root = ElementTree.parse(path).getroot()
    for item in root.iter("item"):
        title = item.findtext("title") or ""
        company, _, title = title.partition(": ") if ": " in title else ("", "", title)
        yield {"source": "weworkremotely", "source_id": item.findtext("guid") or item.findtext("link"),
               "url": item.findtext("link"), "title": title, "company": company or None,
               "description": _text(item.findtext("description")), "posted_at_raw": item.findtext("pubDate"),
               "location": item.findtext("region") or None}


def build_board_legit(samples: Path, out: Path) -> int:
    """Distinct (title, company) postings from the four boards' recorded samples."""
    readers = {"remoteok": _remoteok, "remotive": _remotive, "jobicy": _jobicy, "weworkremotely": _wwr}
    seen: set[tuple[str, str]] = set()
    rows = []
    for name, reader in readers.items():
        for path in sorted((samples / name).iterdir()):
            if path.suffix not in {".json", ".rss"} or "headers" in path.name:
                continue
            for row in reader(path):
                key = (re.sub(r"\s+", " ", row["title"] or "").strip().lower(), (row["company"] or "").strip().lower())
                if not row.get("description") or key in seen:
                    continue
                seen.add(key)
                rows.append(row)
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    _cli = argparse.ArgumentParser(prog="python -m pipeline.legitimacy.data",
                                   description="Write the four boards' distinct recorded postings (the legitimate board "
                                               "rows the scam model trains on) as JSONL; prints how many.")
    _cli.add_argument("samples", type=Path, metavar="SAMPLES", help="the recorded samples' folder (one per board)")
    _cli.add_argument("out", type=Path, metavar="OUT.jsonl")
    _args = _cli.parse_args()
    print(build_board_legit(_args.samples, _args.out))
