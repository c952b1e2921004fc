"""Reading schema.org ``JobPosting`` objects out of a page: JSON-LD first, then microdata.

Pure functions over HTML text, so the generic spider stays thin and any board
that publishes structured data is one line of configuration.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

# The opening tag and its end are looked for apart: one pattern with a lazy ``(.*?)</script>`` read to the end of
# the page from every unclosed opening tag (20,000 of them took 107 s), and ``[^>]+`` from every "<script" to the
# page's next ">".
_SCRIPT_OPEN = re.compile(r'<script[^<>]+type\s*=\s*["\']application/ld\+json["\'][^<>]*>', re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script>", re.IGNORECASE)


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
    """JobPostings marked up with ``itemscope itemtype=".../JobPosting"``."""
    if "itemtype" not in text:
        return []
    doc = lxml_html.fromstring(text)
    return [_item(el) for el in doc.xpath('//*[@itemscope][contains(@itemtype, "JobPosting")]')]


def postings(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    found, errors = json_ld(text)
    return (found or microdata(text)), errors
