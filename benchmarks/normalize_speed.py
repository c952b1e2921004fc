"""Items per second through ``pipeline.normalize.normalize`` alone.

Builds items from the real records of the shipped snapshot (Remote OK's API
and the We Work Remotely feeds: HTML descriptions, epoch/ISO/RFC 822 dates,
locations) plus the real pay and date strings of the Jobinja, hh.uz and
Remotive samples (tests/fixtures/normalize/real_strings.json), repeats them
``--rounds`` times and prints items/s and microseconds per item.

    python -m benchmarks.normalize_speed --rounds 20
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

from lxml import etree

from crawlers.items import PostingItem
from pipeline.normalize import normalize
from replay import SHIPPED_SNAPSHOT, snapshot_format

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "normalize" / "real_strings.json"


def build_items() -> list[PostingItem]:
    items: list[PostingItem] = []
    for entry in snapshot_format.load(SHIPPED_SNAPSHOT).values():
        body = (SHIPPED_SNAPSHOT / entry.body).read_bytes()
        if entry.url == "https://remoteok.com/api":
            for job in json.loads(body)[1:]:
                items.append(PostingItem(
                    source="remoteok", source_id=str(job["id"]), url=job.get("url"), title=job.get("position"),
                    company=job.get("company"), description_html=job.get("description"),
                    location=job.get("location"), remote=True, posted_at_raw=job.get("date"),
                ))
        elif "weworkremotely.com" in entry.url and entry.url.endswith(".rss"):
            for node in etree.fromstring(body).iter("item"):
                get = lambda tag: (node.findtext(tag) or None)  # noqa: E731
                items.append(PostingItem(
                    source="weworkremotely", source_id=get("guid") or "x", url=get("link"),
                    title=get("title"), description_html=get("description"), location=get("region"),
                    remote=True, posted_at_raw=get("pubDate"),
                ))
    real = json.loads(REAL.read_text("utf-8"))
    pay = real["jobinja_salary"] + real["hh_uz_salary"] + real["remotive_salary"]
    dates = real["hh_uz_date_posted"] + ["۳ روز پیش", "2 kun oldin", "3 дня назад", "۱۴۰۳/۰۵/۱۲"]
    for i, item in enumerate(items):
        item.salary_raw = pay[i % len(pay)]
        if i % 3 == 0:
            item.posted_at_raw = dates[i % len(dates)]
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    base = build_items()
    work = [replace(item) for _ in range(args.rounds) for item in base]
    start = time.perf_counter()
    for item in work:
        normalize(item)
    elapsed = time.perf_counter() - start
    print(f"items={len(work)} seconds={elapsed:.2f} items_per_second={len(work) / elapsed:.0f} "
          f"us_per_item={elapsed / len(work) * 1e6:.0f}")


if __name__ == "__main__":
    main()
