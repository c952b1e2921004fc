"""Reading schema.org ``JobPosting`` objects out of a page: JSON-LD first, then microdata.

Pure functions over HTML text, so the generic spider stays thin and any board
that publishes structured data is one line of configuration. A page may carry
both forms: every posting of either is read, and one job given both ways is
read once (``same_job``).
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from w3lib.url import canonicalize_url

from crawlers.urls import OFFSET_PARAMS, strip_tracking

# The opening tag and its end are looked for apart: one pattern with a lazy ``(.*?)</script>`` read to the end of
# the page from every unclosed opening tag (20,000 of them took 107 s), and ``[^>]+`` from every "<script" to the
# page's next ">".
_SCRIPT_OPEN = re.compile(r'<script[^<>]+type\s*=\s*["\']application/ld\+json["\'][^<>]*>', re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script>", re.IGNORECASE)
# lxml refuses text that opens with an XML declaration naming an encoding (an XHTML page)
_XML_DECLARATION = re.compile(r"\A[\s\ufeff]*<\?xml[^<>]*\?>")


def _is_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "JobPosting" for k in kinds)


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """The JobPostings in ``node``, depth first, without recursion: a block nested as deep as JSON parses."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_posting(node):
                yield node
                continue
            stack.extend(node[key] for key in ("item", "itemListElement", "mainEntity", "@graph") if key in node)


def _json_ld_blocks(text: str) -> Iterator[str]:
    at = 0
    while (start := _SCRIPT_OPEN.search(text, at)) is not None:
        end = _SCRIPT_CLOSE.search(text, start.end())
        if end is None:
            return
        yield text[start.end():end.start()]
        at = end.end()


def json_ld(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """JobPostings in the page's JSON-LD blocks, and the errors of blocks that did not parse."""
    found: list[dict[str, Any]] = []
    errors: list[str] = []
    for block in _json_ld_blocks(text):
        raw = block.strip().removeprefix("<!--").removesuffix("-->").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError) as exc:  # (nested deeper than the parser goes)
            errors.append(f"JSON-LD block does not parse: {exc}")
            continue
        found.extend(_walk(data))
    return found, errors


def _prop_value(el: Any) -> Any:
    if el.get("itemscope") is not None:
        return _item(el)
    for attr in ("content", "datetime"):
        if el.get(attr) is not None:
            return el.get(attr)
    if el.tag in ("a", "link"):
        return el.get("href")
    if el.tag in ("img", "meta"):
        return el.get("src") or el.get("content")
    if el.get("itemprop") == "description":
        return lxml_html.tostring(el, encoding="unicode", with_tail=False)
    return " ".join(el.text_content().split())


def _item(scope: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if scope.get("itemtype"):
        out["@type"] = scope.get("itemtype").split()[0].rsplit("/", 1)[-1]
    for el in scope.iterdescendants():
        if el.get("itemprop") is None:
            continue
        # only direct properties: the nearest itemscope ancestor must be this scope
        parent = el.getparent()
        while parent is not None and parent is not scope and parent.get("itemscope") is None:
            parent = parent.getparent()
        if parent is not scope:
            continue
        for name in el.get("itemprop").split():
            value = _prop_value(el)
            if name in out:
                out[name] = out[name] if isinstance(out[name], list) else [out[name]]
                out[name].append(value)
            else:
                out[name] = value
    return out


def microdata(text: str) -> list[dict[str, Any]]:
    """JobPostings marked up with ``itemscope itemtype=".../JobPosting"``; none where lxml finds no document."""
    if "itemtype" not in text:
        return []
    try:
        doc = lxml_html.fromstring(_XML_DECLARATION.sub("", text, count=1))
    except etree.ParserError:  # nothing but comments and blanks
        return []
    return [_item(el) for el in doc.xpath('//*[@itemscope][contains(@itemtype, "JobPosting")]')]


def postings(text: str, page_url: str = "") -> tuple[list[dict[str, Any]], list[str]]:
    """The page's JobPostings (its JSON-LD ones, then those of its microdata that are not one of them again), and
    the errors of JSON-LD blocks that did not parse.

    The microdata is read even when the JSON-LD has postings: a board may mark up its own job in microdata and
    embed another in JSON-LD, and reading one form only lost the other's postings without a word.
    """
    found, errors = json_ld(text)
    extra = [p for p in microdata(text) if not any(same_job(p, q, page_url) for q in found)]
    return found + extra, errors


# ------------------------------------------------------------ a posting's own identity


def _first_text(value: Any) -> str | None:
    """A property's text: the first of a list, a ``{"@value": …}``'s value, a number's digits; else ``None``."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


def _canonical(url: str, *, keep_fragment: bool = False) -> str:
    return canonicalize_url(strip_tracking(url, keep=OFFSET_PARAMS), keep_fragments=keep_fragment)


def link(value: Any, page_url: str) -> str | None:
    """A URL-valued property (``url``, ``@id``) as an absolute, canonical URL: resolved against the page, without
    tracking parameters. Its fragment is dropped (``…/jobs/1#apply`` is the page ``…/jobs/1``) unless it points
    into the page itself (``#job-3`` on a listing that has no page per job), where it is all that tells the
    postings apart. ``None`` when the property is absent or names no web page (``mailto:``, ``urn:``, a port of
    99999): the posting is then known by what else it has."""
    text = _first_text(value)
    if text is None:
        return None
    try:
        absolute = urljoin(page_url, text)
        if urlsplit(absolute).scheme not in ("http", "https"):
            return None
        here = bool(page_url) and _canonical(absolute) == _canonical(page_url)
        return _canonical(absolute, keep_fragment=here)
    except ValueError:  # "http://[::1", a port out of range
        return None


def identifier(posting: dict[str, Any]) -> str | None:
    """The text of the posting's ``identifier``: plain, or a ``PropertyValue``'s ``value``."""
    value = posting.get("identifier")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and "@value" not in value:
        value = value.get("value")
    return _first_text(value)


def _title(posting: dict[str, Any]) -> str | None:
    text = _first_text(posting.get("title"))
    if text is None:
        return None
    return " ".join(html.unescape(text).split()).casefold() or None


def same_job(a: dict[str, Any], b: dict[str, Any], page_url: str = "") -> bool:
    """Whether two postings of one page are one job given twice (in JSON-LD and again in microdata).

    Their links and identifiers decide where both postings give one: all the same is one job, any differing is
    two, whatever their titles. Only when they share neither, as a microdata block without a link often does,
    the same title (spacing, case and entities aside) makes them one.
    """
    keys = [(link(a.get("url"), page_url), link(b.get("url"), page_url)), (identifier(a), identifier(b))]
    shared = [(x, y) for x, y in keys if x is not None and y is not None]
    if shared:
        return all(x == y for x, y in shared)
    title = _title(a)
    return title is not None and title == _title(b)
