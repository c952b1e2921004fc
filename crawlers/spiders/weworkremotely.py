"""We Work Remotely: RSS 2.0 category feeds; titles read "Company: Job title"; each item's ``expires_at`` is when
its listing closes."""
from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml import etree
from scrapy.http import Response

from crawlers.extensions import record_error
from crawlers.items import PostingItem
from crawlers.spiders.base import MalformedResponse, SourceSpider

# Hostile XML must not reach the network or expand entities.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class WeWorkRemotelySpider(SourceSpider):
    name = "weworkremotely"
    expects = "xml"

    def parse_records(self, response: Response) -> Iterable[PostingItem]:
        root, removed = _feed_root(response)
        if removed:
            self.logger.warning("%s: %d character(s) XML does not allow taken out of %s", self.name, removed,
                                response.url)
            record_error(self.crawler, f"xml_repaired: {response.url}: {removed} character(s) XML does not allow "
                                       f"taken out")
            self.crawler.stats.inc_value("vagigs/xml_repaired", removed)
        channel = root.find("channel")
        if root.tag != "rss" or channel is None:
            raise MalformedResponse(f"not an RSS feed (root element <{root.tag}>)")
        category = urlsplit(response.url).path.rsplit("/", 1)[-1].removesuffix(".rss")
        records = [(_fields(item), category) for item in channel.findall("item")]
        return self.each_record(records, self.build)

    def build(self, record: tuple[dict[str, str], str]) -> PostingItem:
        fields, feed = record
        guid = fields.get("guid") or fields.get("link")
        if not guid:
            raise ValueError("item without guid or link")
        company, _, title = (fields.get("title") or "").partition(": ")
        if not title:
            company, title = "", fields.get("title") or ""
        return self.new_item(
            urlsplit(guid).path.rstrip("/").rsplit("/", 1)[-1] or guid,
            {**fields, "feed": feed},
            url=fields.get("link") or guid,
            title=title.strip(),
            company=company.strip() or None,
            description_html=fields.get("description"),
            location=fields.get("region"),
            remote=True,
            employment_type=fields.get("type"),
            posted_at_raw=fields.get("pubDate"),
            expires_at=fields.get("expires_at"),  # RFC 822, like pubDate: when the listing closes
        )


_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
# What XML 1.0 allows nowhere, written as itself or as a character reference: C0 controls but tab, newline and
# carriage return, and U+FFFE/U+FFFF. (In UTF-8 these bytes are never part of another character.)
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]"
                      rb"|&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8bcef]|1[0-9a-f]|fff[ef]));", re.IGNORECASE)


def _feed_root(response: Response) -> tuple[etree._Element, int]:
    """The feed's XML, and how many characters XML allows nowhere were taken out of it to read it.

    A body its declared encoding cannot read (one stray Latin-1 byte in UTF-8) stops libxml2 at that byte, and had
    cost the whole feed: it is then parsed from the text as the encoding middleware decoded it (its code page, or
    UTF-8 with that byte as "�"), which logged and counted the repair. So is one with a control character in an
    item (an escape, U+001B: "PCDATA invalid Char value 27", 27 gigs lost): such characters go, and the rest is
    read."""
    body = response.body
    try:
        return etree.fromstring(body, parser=_PARSER), 0
    except etree.XMLSyntaxError as exc:
        misread = "encoding" in str(exc).lower() or "utf-8" in str(exc).lower()
        if misread:
            body = _DECLARATION.sub("", response.text).encode("utf-8")
        body, removed = _NOT_XML.subn(b"", body)
        if not (misread or removed):
            raise MalformedResponse(f"broken XML: {_one_line(str(exc))}") from exc
        try:
            return etree.fromstring(body, parser=_PARSER), removed
        except etree.XMLSyntaxError:
            raise MalformedResponse(f"broken XML: {_one_line(str(exc))}") from exc


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _fields(item: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "content" and child.get("url"):
            out["media_content"] = child.get("url", "")
        elif child.text is not None:
            out[name] = child.text.strip()
    return out
