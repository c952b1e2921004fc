"""Extract every posting of the shared samples as ``{"id", "source", "title", "text"}``.

Used once to build ``tests/data/tags_dev.jsonl`` (see ``tests/data/tags_dev.md``):
titles and descriptions go through the same cleaning the spiders and
``pipeline.normalize`` apply (HTML to plain text, WWR "Company: Title" split,
hh.ru ``snippet`` fields), so labelled text looks like stored text.

    python -m evaluation.tags_devset /work/shared/data/samples > all.jsonl
"""
from __future__ import annotations

import argparse
import glob
import json
import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from pipeline.normalize import clean_inline, html_to_text


def _row(source: str, sid: object, title: str | None, desc: str | None) -> dict:
    return {"id": f"{source}:{sid}", "source": source, "title": clean_inline(title) or "",
            "text": html_to_text(desc) or ""}


def remoteok(root: Path) -> Iterator[dict]:
    for f in sorted(glob.glob(str(root / "remoteok" / "remoteok_api_*[0-9].json"))):
        for job in json.load(open(f, encoding="utf-8")):
            if "position" in job:
                yield _row("remoteok", job["id"], job["position"], job.get("description"))


def remotive(root: Path) -> Iterator[dict]:
    for f in sorted(glob.glob(str(root / "remotive" / "*.json"))):
        for job in json.load(open(f, encoding="utf-8"))["jobs"]:
            yield _row("remotive", job["id"], job["title"], job.get("description"))


def jobicy(root: Path) -> Iterator[dict]:
    for f in sorted(glob.glob(str(root / "jobicy" / "jobicy_api_2024*.json"))):
        for job in json.load(open(f, encoding="utf-8"))["jobs"]:
            yield _row("jobicy", job["id"], job["jobTitle"], job.get("jobDescription"))


def weworkremotely(root: Path) -> Iterator[dict]:
    for f in sorted(glob.glob(str(root / "weworkremotely" / "*.rss"))):
        for item in etree.parse(f).iter("item"):
            raw = item.findtext("title") or ""
            _, _, title = raw.partition(": ")
            yield _row("weworkremotely", item.findtext("guid") or item.findtext("link"),
                       title or raw, item.findtext("description"))


def hh(root: Path) -> Iterator[dict]:
    data = json.load(open(root / "hh" / "hh_api_vacancies_items_2024-2025.json", encoding="utf-8"))
    for it in data["items"]:
        snip = it.get("snippet") or {}
        parts = [snip.get("responsibility"), snip.get("requirement")]
        desc = "\n".join(re.sub(r"</?highlighttext>", "", p) for p in parts if p)
        yield _row("hh", it["id"], it["name"], desc)
    for it in json.load(open(root / "hh" / "hh_uz_scraped_html_fields_2023.json", encoding="utf-8")):
        sid = re.search(r"vacancy/(\d+)", it["URL"] or "")
        yield _row("hh", sid.group(1) if sid else it["URL"], it["Job Title"], it.get("Job Description"))


def jobinja(root: Path) -> Iterator[dict]:
    for f in sorted(glob.glob(str(root / "jobinja" / "*.json"))):
        for it in json.load(open(f, encoding="utf-8")):
            m = re.search(r"/jobs/([^/]+)/", it.get("links") or "")
            desc = (it.get("definition") or "").replace("ثبت آگهی استخدام در جابینجا", "").strip()
            yield _row("jobinja", m.group(1) if m else it.get("links"), it.get("title"), desc)


def all_postings(root: Path) -> Iterator[dict]:
    seen: set[str] = set()
    for gen in (remoteok, remotive, jobicy, weworkremotely, hh, jobinja):
        for row in gen(root):
            if row["id"] not in seen:
                seen.add(row["id"])
                yield row


if __name__ == "__main__":
    _cli = argparse.ArgumentParser(prog="python -m evaluation.tags_devset",
                                   description="Print every posting of the shared samples as JSONL.")
    _cli.add_argument("samples", type=Path, metavar="SAMPLES", help="the shared samples' folder")
    for row in all_postings(_cli.parse_args().samples):
        print(json.dumps(row, ensure_ascii=False))
