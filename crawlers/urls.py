"""URL query parameters that track a visit but never change which page a URL names.

One rule for every use: spiders that make a posting's ``source_id`` from its page
URL (``crawlers.spiders.jsonld``), ``pipeline.normalize.canonical_url`` (the stored
link) and ``pipeline.dedupe.text.url_key`` (two links to one page). It lives here,
under ``crawlers``, because imports flow spider → pipeline: a spider may not import
``pipeline`` (``tests/test_layers.py``), while a stage may import this module.

The parameters: ``utm_*`` and ad-click ids (``fbclid``, ``gclid``, ``dclid``,
``msclkid``, ``yclid``, ``igshid``); mail and marketing tools (``mc_*``, ``_hsenc``,
``_hsmi``, ``mkt_tok``, ``_ga``, ``_gl``, ``spm``, ``trk``, ``trackingid``); referrer
tags (``ref``, ``refid``, ``ref_src``, ``source``, ``src``) such as Remotive's
``source=public_api``; Jobinja's ``_ref``/``_t``; hh's ``from`` and ``hhtm*``
(``hhtmFrom``, ``hhtmFromLabel``, ``hhtmSource``); Telegram's ``?single``/``?embed``.
Names match without regard to case.

``from`` is tracking on hh (``from=vacancy_search_list``) but a paging offset on
other boards' listing pages (``?from=20``): ``OFFSET_PARAMS`` names it, so an
identity of an arbitrary site's page can keep it (``strip_tracking(url,
keep=OFFSET_PARAMS)``) instead of folding two listing pages into one id.

Hosts are compared as ``plain_host`` writes them: "T.ME." (with the DNS root's dot) is t.me, and a proxy link on
"https://t.me./proxy?…" had passed for no Telegram link.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote_plus, urlsplit, urlunsplit

__all__ = ["OFFSET_PARAMS", "TRACKING", "is_tracking", "plain_host", "strip_tracking"]

TRACKING = re.compile(
    r"utm_.*|hhtm.*|mc_.*|_ref|_t|ref|refid|ref_src|source|src|from|fbclid|gclid|dclid|msclkid|yclid|igshid|"
    r"_hsenc|_hsmi|mkt_tok|trk|trackingid|single|embed|spm|_ga|_gl",
    re.IGNORECASE | re.DOTALL,
)

# tracking on some sites, a page offset on others (see the module's docstring)
OFFSET_PARAMS = frozenset({"from"})


def is_tracking(name: str) -> bool:
    """True for a query parameter name that only tracks the visit (``utm_source``, ``hhtmFrom``, ``_ref``…)."""
    return TRACKING.fullmatch(name) is not None


def strip_tracking(url: str, *, keep: Iterable[str] = ()) -> str:
    """``url`` without its tracking parameters (``is_tracking``), except those named in ``keep``.

    Everything else is left as written: the other parameters, their order and encoding,
    the fragment. A URL with no tracking parameter comes back unchanged, character for
    character, so an id made from it stays what it was.
    """
    if "?" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1?x": no URL to take apart
        return url
    if not parts.query:
        return url
    kept_names = {k.lower() for k in keep}
    pieces = parts.query.split("&")
    kept = [p for p in pieces if not _drops(p, kept_names)]
    if len(kept) == len(pieces):
        return url
    return urlunsplit(parts._replace(query="&".join(p for p in kept if p)))


def _drops(piece: str, keep: set[str]) -> bool:
    name = unquote_plus(piece.partition("=")[0])
    return is_tracking(name) and name.lower() not in keep


_ROOT_DOT = re.compile(r"\.+(?=(?::\d*)?$)")


def plain_host(host: str) -> str:
    """``host`` (or ``host:port``) lower-cased and without the DNS root's trailing dot, which names the same host:
    "T.ME." and "t.me.:443" are "t.me" and "t.me:443"."""
    return _ROOT_DOT.sub("", host.lower())


def on_own_site(host: str, domains: Iterable[str]) -> bool:
    """Whether ``host`` is one of ``domains``, a subdomain of one, or the one a ``www.`` host is the ``www.`` form
    of: ``www.workingnomads.com`` moving its API to ``workingnomads.com`` had been refused as another site, and the
    source's run failed. (The other way, ``www.`` of a domain, is a subdomain of it.)"""
    return any(host == d or host.endswith("." + d) or d == "www." + host for d in domains)
