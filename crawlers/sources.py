"""The registry of sources: one entry per spider, with the settings that belong to it.

An operator reads this table (``vagigs sources``) to see what is crawled, from
where, how politely, and under which terms; spiders read their start URLs and
limits from here rather than hard-coding them.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    homepage: str
    start_urls: tuple[str, ...]
    languages: tuple[str, ...] = ("en",)
    terms: str = ""
    daily_request_cap: int | None = None
    concurrency: int = 1
    download_delay: float = 1.0
    extra: dict[str, str] = field(default_factory=dict)


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source(
            name="remoteok",
            title="Remote OK",
            homepage="https://remoteok.com",
            start_urls=("https://remoteok.com/api",),
            terms="Link back to the job URL with a followed link and credit 'Remote OK'; no logo.",
            daily_request_cap=24,
        ),
        Source(
            name="weworkremotely",
            title="We Work Remotely",
            homepage="https://weworkremotely.com",
            start_urls=(
                "https://weworkremotely.com/categories/remote-customer-support-jobs.rss",
                "https://weworkremotely.com/categories/all-other-remote-jobs.rss",
                "https://weworkremotely.com/categories/remote-management-and-finance-jobs.rss",
            ),
            terms="No API terms published; link back to the posting.",
            daily_request_cap=72,
        ),
    )
}


def get(name: str) -> Source:
    try:
        return SOURCES[name]
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(SOURCES))}") from None
