"""RSS 2.0 and Atom versions of a feed page, built with feedgen (which escapes every text)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from feedgen.feed import FeedGenerator
from lxml import etree

from web.i18n import message, tag_label

EXCERPT = 600
ATOM = "{http://www.w3.org/2005/Atom}"


def _when(p: dict[str, Any]) -> datetime:
    value = p.get("posted_at") or p.get("first_seen_at")
    return datetime.fromisoformat(value) if value else datetime(1970, 1, 1, tzinfo=timezone.utc)


def _summary(ui: str, p: dict[str, Any]) -> str:
    text = " ".join((p.get("description") or "").split())
    if len(text) > EXCERPT:
        text = text[:EXCERPT].rsplit(" ", 1)[0] + " …"
    lines = [f"{message(ui, 'company')}: {p['company']}" if p.get("company") else "",
             f"{message(ui, 'pay')}: {p['salary_raw']}" if p.get("salary_raw") else "",
             f"{message(ui, 'source')}: {p['source']} {p.get('url') or ''}".strip(), text]
    return "\n".join(line for line in lines if line)


def build(postings: list[dict[str, Any]], *, ui: str, title: str, self_url: str, page_url: str,
          detail_url: Callable[[int], str]) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(title)
    fg.subtitle(message(ui, "tagline"))
    fg.language(ui)
    fg.link(href=self_url, rel="self")
    fg.link(href=page_url, rel="alternate")  # after "self": RSS's channel <link> is the last link set
    fg.generator("vagigs")
    fg.author(name="vagigs")  # Atom wants an author for entries that name no company
    fg.updated(max((_when(p) for p in postings), default=datetime(1970, 1, 1, tzinfo=timezone.utc)))
    for p in reversed(postings):  # feedgen puts each new entry first: keep newest first
        entry = fg.add_entry()
        link = detail_url(p["id"])
        entry.id(link)
        entry.guid(link, permalink=True)
        entry.title(p.get("title") or f"#{p['id']}")
        entry.link(href=link, rel="alternate")
        if (p.get("url") or "").startswith(("http://", "https://")):
            entry.link(href=p["url"], rel="related", title=p["source"])
            entry.source(url=p["url"], title=p["source"])
        entry.description(_summary(ui, p), isSummary=True)
        entry.published(_when(p))
        entry.updated(_when(p))
        if p.get("company"):
            entry.author(name=p["company"])
        for tag in p.get("tags") or []:
            entry.category(term=tag, label=tag_label(ui, tag))
    return fg


def atom_bytes(fg: FeedGenerator) -> bytes:
    """The Atom document, with each entry's link relations put back: feedgen 1.0.0 drops every
    attribute of an entry's links but ``href`` (its loop variable shadows the link it reads).
    ``build`` adds the detail page first (``alternate``), then the source's page (``related``)."""
    root = etree.fromstring(fg.atom_str())
    for entry in root.iter(f"{ATOM}entry"):
        links = entry.findall(f"{ATOM}link")
        for link, rel in zip(links, ("alternate", "related")):
            link.set("rel", rel)
        if len(links) > 1:
            link_title = entry.findtext(f"{ATOM}source/{ATOM}title")
            if link_title:
                links[1].set("title", link_title)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
