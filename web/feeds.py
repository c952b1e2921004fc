"""RSS 2.0 and Atom versions of a feed page, built with feedgen (which escapes every text)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from feedgen.feed import FeedGenerator
from lxml import etree
from markupsafe import Markup

from web.i18n import content_language, format_pay, link_name, message, reason_text, remote_text, tag_label

EXCERPT = 600
#: The verdicts a gig's card warns of, with their reasons (a likely scam is shown only when asked for: ``scams=1``);
#: its feed item warns of them too.
CAUTION = ("caution", "likely_scam")
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: An empty feed's ``<updated>`` (Atom requires one) in a store that holds no posting: the Unix epoch, the zero of
#: time, as a gig without a date has (``_when``). Fixed, so that the feed's ETag stays the same while it stays empty
#: and a reader polling it gets its 304; an empty feed of a store with postings says the newest one's time.
EMPTY_STORE_UPDATED = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _when(p: dict[str, Any]) -> datetime:
    value = p.get("posted_at") or p.get("first_seen_at")
    return datetime.fromisoformat(value) if value else EMPTY_STORE_UPDATED


def _changed(p: dict[str, Any]) -> datetime:
    """When the entry last changed significantly (Atom's ``updated``): when what a seeker reads of its posting last
    changed (``changed_at``: its words and facts, its links, its verdict), else its date."""
    published = _when(p)
    changed = datetime.fromisoformat(p["changed_at"]) if p.get("changed_at") else published
    return max(published, changed)


# What XML 1.0 cannot hold. The pipeline drops it before storing (``normalize.repair_text``); a store written
# before that may still have some, and one such character would fail the whole feed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _web_url(url: str | None) -> str | None:
    return url if (url or "").startswith(("http://", "https://")) else None


def _summary(ui: str, p: dict[str, Any]) -> str:
    """The item's summary as HTML (readers render RSS descriptions and ``type="html"`` summaries as HTML): the
    warning its card gives (``_warning``), then the company, pay, where the work is done (and who may apply) and
    source on lines of their own, then the start of the description, marked with the posting's language (the rest is
    in the reader's). Every posting text is escaped; the source's page is a link only when it is an http(s) URL."""
    url = _web_url(p.get("url"))
    name = link_name(p["source"], p.get("url"), ui)
    source = Markup('<a href="{}">{}</a>').format(url, name) if url else Markup.escape(name)
    pay = format_pay(ui, p.get("salary_min"), p.get("salary_max"), p.get("salary_currency"), p.get("salary_period")) \
        or (message(ui, "negotiable") if p.get("salary_negotiable") else p.get("salary_raw"))
    facts = [Markup("{}: {}").format(message(ui, "company"), p["company"]) if p.get("company") else "",
             Markup("{}: {}").format(message(ui, "pay"), pay) if pay else "",
             Markup("{}: {}").format(message(ui, "remote"), remote_text(ui, p["remote_scope"], p["allowed_regions"]))
             if p.get("remote_scope") else "",
             Markup("{}: {}").format(message(ui, "source"), source)]
    html = _warning(ui, p) + Markup("<p>{}</p>").format(Markup("<br>").join(fact for fact in facts if fact))
    excerpt = _excerpt(p.get("description") or "")
    if excerpt:
        language = content_language(p.get("language"), p.get("language_script"))
        html += Markup('<p dir="auto"{}>{}</p>').format(Markup(' lang="{}"').format(language) if language else "",
                                                        Markup("<br>").join(excerpt))
    return str(html)


def _warning(ui: str, p: dict[str, Any]) -> Markup:
    """What the gig's card says of a gig in doubt (``CAUTION``), in the same words: its verdict and score ("Caution ·
    Score 59/100"), then why, each reason in the reader's language (English where it has no text there, so marked)
    with the posting's words that gave it. Nothing for another verdict, for which a card gives no reasons either."""
    verdict = p.get("legitimacy_verdict")
    if verdict not in CAUTION:
        return Markup("")
    head = message(ui, f"verdict_{verdict}")
    if p.get("legitimacy_score") is not None:
        head = f"{head} · {message(ui, 'score', score=p['legitimacy_score'])}"
    html = Markup('<p dir="auto"><strong>{}</strong></p>').format(head)
    reasons = [_reason(ui, r) for r in p.get("legitimacy_reasons") or []]
    if reasons:
        html += Markup('<p dir="auto">{}:</p><ul>{}</ul>').format(message(ui, "reasons"), Markup("").join(reasons))
    return html


def _reason(ui: str, reason: dict[str, Any]) -> Markup:
    text, language = reason_text(ui, reason)
    span = Markup(": <q><bdi>{}</bdi></q>").format(reason["span"]) if reason.get("span") else ""
    return Markup('<li dir="auto"><span lang="{}">{}</span>{}</li>').format(language, text, span)


def _title(ui: str, p: dict[str, Any]) -> str:
    """The item's title: its posting's, after the verdict its card shows of a gig in doubt (``CAUTION``), in the
    reader's words ("Caution: Data entry from home"), so that a repost of an item's title and link alone (a Telegram
    channel's bot, IFTTT) warns too; only its description had."""
    title = _xml(p.get("title") or f"#{p['id']}")
    verdict = p.get("legitimacy_verdict")
    if verdict not in CAUTION:
        return title
    return message(ui, "warned_title", verdict=message(ui, f"verdict_{verdict}"), title=title)


def _excerpt(text: str) -> list[str]:
    """The description's first ``EXCERPT`` characters as lines (blank lines and runs of spaces dropped), the
    last one cut at a word."""
    lines: list[str] = []
    room = EXCERPT
    for line in (" ".join(raw.split()) for raw in text.splitlines()):
        if not line:
            continue
        if len(line) > room:
            lines.append(line[:room].rsplit(" ", 1)[0] + " …")
            break
        lines.append(line)
        room -= len(line)
    return lines


def gig_id(p: dict[str, Any]) -> int:
    """The posting whose page names the gig ``p`` shows, whichever posting of the gig's duplicate cluster shows it:
    the cluster's representative (``cluster_id`` is its id), so a posting standing in for a closed or delisted
    representative (``store.queries.feed``) is the same gig; ``p`` itself before the store has clustered it."""
    return p.get("cluster_id") or p["id"]


def build(postings: list[dict[str, Any]], *, ui: str, title: str, self_url: str, page_url: str,
          detail_url: Callable[[int], str], permanent_url: Callable[[int], str],
          store_newest: datetime | None = None) -> FeedGenerator:
    """The feed of ``postings``, newest first. An item links to its page in the reader's language
    (``detail_url``); its id (Atom's ``<id>``, RSS's ``<guid>``) is its gig's (``gig_id``) page's address in no
    language (``permanent_url``), so a reader that changes its language does not see every gig again as new, nor
    one that polls while a duplicate stands in for the gig's representative (its link is the stand-in's page,
    the one to open). Items carry no RSS ``<source>``: it names the RSS channel an item came from, and a posting's
    source is an API, a page or one of several feeds, not a channel we can name.

    An entry is published at its posting's date and updated at its last change (``_changed``). The feed is updated
    as of its newest entry's update; with no items, as of the store's newest posting
    (``store_newest``, the feed's order's time: ``store.web_queries.newest_posting_time``), the last one that could
    have come into it, or ``EMPTY_STORE_UPDATED`` in a store with none. It had said 2000-01-01, which no posting
    was. Either stays the same while nothing is stored, and so does the ETag of the empty feed."""
    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(title)
    fg.subtitle(message(ui, "tagline"))
    fg.language(ui)
    fg.link(href=self_url, rel="self")
    fg.link(href=page_url, rel="alternate")  # after "self": RSS's channel <link> is the last link set
    fg.generator("vagigs")
    fg.author(name="vagigs")  # Atom wants an author for entries that name no company
    fg.updated(max((_changed(p) for p in postings), default=store_newest or EMPTY_STORE_UPDATED))
    for p in reversed(postings):  # feedgen puts each new entry first: keep newest first
        entry = fg.add_entry()
        link = detail_url(p["id"])
        entry.id(permanent_url(gig_id(p)))
        entry.guid(permanent_url(gig_id(p)), permalink=True)
        entry.title(_title(ui, p))
        entry.link(href=link, rel="alternate")
        if _web_url(p.get("url")):
            entry.link(href=p["url"], rel="related", title=p["source"])
        entry.summary(_xml(_summary(ui, p)), type="html")  # also RSS's <description>
        entry.published(_when(p))
        entry.updated(_changed(p))
        if p.get("company"):
            entry.author(name=_xml(p["company"]))
        for tag in p.get("tags") or []:
            entry.category(term=tag, label=tag_label(ui, tag))
    return fg


def rss_bytes(fg: FeedGenerator, postings: list[dict[str, Any]]) -> bytes:
    """The RSS document of ``build(postings, …)``. Without items it has no ``<lastBuildDate>`` (RSS leaves it to
    the feed, and feedgen always writes one): a channel with no item was built from no posting, and any date would
    claim a change that was none (Atom's ``<updated>``, which it requires, says the store's newest posting)."""
    if postings:
        return fg.rss_str(pretty=True)
    root = etree.fromstring(fg.rss_str(), etree.XMLParser(remove_blank_text=True))
    for built in root.findall("channel/lastBuildDate"):
        built.getparent().remove(built)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def atom_bytes(fg: FeedGenerator, postings: list[dict[str, Any]]) -> bytes:
    """The Atom document of ``build(postings, …)``, with each entry's link attributes put back (feedgen 1.0.0
    drops every attribute of an entry's links but ``href``: its loop variable shadows the link it reads), and each
    entry's own words marked with its posting's language (``xml:lang``, which Atom takes on any element): its title
    and author (the company as the posting names it). The rest of the entry (its summary, its categories' labels) is
    in the reader's language, the feed's own, which the entry keeps; so is a title that starts with the reader's
    words for its verdict (``_title``) in another language than the posting's."""
    root = etree.fromstring(fg.atom_str())
    ui = fg.language()
    for element, entry, p in zip(root.iter(f"{ATOM}entry"), fg.entry(), postings, strict=True):
        language = content_language(p.get("language"), p.get("language_script"))
        warned = p.get("legitimacy_verdict") in CAUTION and language.split("-")[0] != ui
        for own in (None if warned else element.find(f"{ATOM}title"), element.find(f"{ATOM}author")) if language else ():
            if own is not None:
                own.set(XML_LANG, language)
        for link, given in zip(element.findall(f"{ATOM}link"), entry.link(), strict=True):
            for name in ("rel", "title"):
                if given.get(name):
                    link.set(name, given[name])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
