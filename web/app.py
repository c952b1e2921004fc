"""The web side of vagigs: the seekers' feed and posting pages, the analysts' trends,
a JSON API and RSS/Atom feeds, all over the curated store.

Every page is server-rendered (the filter form works without JavaScript) and sends a
Content-Security-Policy that allows no script at all; posting text is escaped by
Jinja2 on the way out, and only http(s) links from postings become links.
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from flask import Flask, Response, abort, g, jsonify, make_response, render_template, request, url_for
from flask_compress import Compress
from markupsafe import Markup
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from werkzeug.datastructures import Accept, MultiDict
from werkzeug.exceptions import HTTPException, SecurityError, ServiceUnavailable
from werkzeug.middleware.proxy_fix import ProxyFix

import config
from pipeline.links import telegram_action
from pipeline.pay import MONTHLY_BY_CONVENTION
from pipeline.remote import COUNTRY_CODES, HOME_COUNTRIES, open_to
from pipeline.textnorm import search_text, search_version
from store import db, queries, reports, search, trends, web_queries
from web import feeds
from web.api_texts import with_texts
from web.store_file import StoreFile
from web.i18n import (
    FEED_LANGUAGES, RTL, SELF_NAMES, UI_LANGUAGES, choose_ui, content_language, country_name, currency_label,
    duplicate_reason, employment_text, format_date, format_number, format_pay, format_percent, language_name,
    link_name, list_separator, message, reason_label, reason_text, regions_text, remote_text, script_name, shows_score,
    sign_strength, sort_key, source_name, tag_label, taxonomy_labels, week_label,
)
from web.params import (API_LIMIT, API_MAX_LIMIT, MAX_ID, MAX_OFFSET, MAX_PAGE, PAGE_SIZE, SINCE_CHOICES,
                        BadParameter, FeedArgs, close_parameter, cursor, cursor_token, feed_args, integer,
                        since_words, trends_span)

TREND_WEEKS = trends.DEFAULT_WEEKS
CAUTION = feeds.CAUTION
# An HTTP error's title and one-line explanation in the reader's language, by status; any other status shows
# the "something went wrong" title with werkzeug's English name as a technical detail.
ERROR_MESSAGES = {
    400: ("bad_request", "bad_request_text"),
    404: ("not_found", "not_found_text"),
    405: ("method_not_allowed", "method_not_allowed_text"),
    413: ("too_large", "too_large_text"),
    500: ("error", "error_text"),
}
#: The public, read-only answers another site's page may read from its visitors' browsers (CORS): the JSON API and
#: the feeds. Nothing here reads cookies or keys, so any origin may; the pages themselves stay same-origin.
CORS_HEADERS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag"}
CORS_PREFLIGHT = {"Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
                  "Access-Control-Allow-Headers": "Content-Type, If-None-Match", "Access-Control-Max-Age": "86400"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def paragraphs(text: str | None) -> Markup:
    """Plain text as escaped paragraphs: blank lines part paragraphs, single newlines become <br>."""
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", (text or "").strip())]
    return Markup("").join(
        Markup('<p dir="auto">{}</p>').format(Markup("<br>").join(b.split("\n"))) for b in blocks if b.strip()
    )


_AMOUNT = re.compile(r"[0-9۰-۹٠-٩]{1,3}(?:[ \u00a0\u202f,.'٬٫][0-9۰-۹٠-٩]{3})+")


def amounts(text: str | None) -> Markup:
    """Escaped text with each number written in groups ("4 500 000", "۲۰,۰۰۰,۰۰۰") kept on one line: a narrow
    window otherwise breaks "4 500 000 so'm" after "4"."""
    text = text or ""
    out, end = Markup(""), 0
    for found in _AMOUNT.finditer(text):
        out += Markup('{}<span class="amount">{}</span>').format(text[end:found.start()], found.group())
        end = found.end()
    return out + text[end:]


_FIGURES_ONLY = re.compile(r"(?:from |up to )?[\d.e+]+(?:-[\d.e+]+)?(?: [A-Za-z]{3})?(?:/[A-Za-z]+)?")


def figures_only(raw: str | None) -> bool:
    """Whether a posting's pay text is only the source's pay figures written out by the crawler ("55000-75000
    USD/year", ``crawlers.spiders.fields.pay_text``), which the parsed pay says in the reader's words, rather than
    the source's own words for it."""
    return bool(raw and _FIGURES_ONLY.fullmatch(raw))


def machine_time(value: datetime | str | None) -> str:
    """A stored time as HTML's ``datetime`` attribute takes it: UTC to the second ("2026-12-05T04:25:00Z"); the
    store's microseconds are more digits than HTML allows (three)."""
    if not value:
        return ""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None (no javascript:, data: or relative links), nor one that sets
    the Telegram app up (a proxy's t.me/proxy?server=…: ``pipeline.links.telegram_action``), which a store from
    before normalisation left them out may hold."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    web = parts.scheme in ("http", "https") and parts.netloc
    return url.strip() if web and not telegram_action(url) else None


_RULE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")  # Flask's "<int:posting_id>", OpenAPI's "{posting_id}"


def _api() -> bool:
    return request.path.startswith("/api/")


#: The query parameters the pages read (``web.params.FeedArgs``, the feed's ``page``, the trends' ``weeks``): the
#: only ones their links to the same page in another language carry on.
PAGE_PARAMETERS = frozenset({"lang", "tag", "source", "q", "since", "scams", "delisted", "expired", "min_legitimacy",
                             "remote", "open_to", "page", "weeks"})
#: The parameters each page with a form of filters reads (``ui`` too): a parameter it does not take whose name is
#: close to one of these ("tags" for "tag") is named on the page (``_did_you_mean``).
READ_BY = {"feed_page": PAGE_PARAMETERS - {"weeks"} | {"ui"}, "trends_page": frozenset({"weeks", "since", "ui"})}
#: The feed page is not kept for Back (the back/forward cache): a page kept so shows its filter form as it was left,
#: a search typed but not sent over a list not filtered by it. Without it the page is asked for again, and its
#: controls (``autocomplete="off"``) are not refilled by the browser: the form says what the address asks.
FORM_PAGE_HEADERS = {"Cache-Control": "no-store"}
#: Answers a feed reader or API client polls, and a posting's page: each carries an ETag, and an unchanged one is a
#: bodiless 304. A posting's page had no validator: sent whole each time a seeker came back to it. (The feed's pages
#: stay ``FORM_PAGE_HEADERS``: a browser that keeps a page for revalidation keeps it for Back too.)
REVALIDATED = frozenset({"feed_rss", "feed_atom", "api_postings", "api_posting", "api_trends", "posting_page"})
#: A card says its source has not shown it for this many days: the gig may be filled, though not yet taken as
#: delisted (``VAGIGS_UNSEEN_DAYS``, 30, after which it leaves the feed).
UNSEEN_NOTE_DAYS = 7
FEED_MAX_AGE = 900  # seconds a feed reader may reuse a feed without asking; crawls run hourly at most
STORE_WIDE_KEYS = 32  # aggregates kept at once: the whole store's, market pay, and the spans of recent ``?weeks=``
STATIC_MAX_AGE = 365 * 24 * 3600  # a static file asked for by its content's hash (``?v=``) never changes
TRENDS_TTL = 300.0  # seconds the analysts' aggregates are reused (``app.config["VAGIGS_TRENDS_TTL"]``)


def _unseen_since(p: dict[str, Any]) -> datetime | None:
    """When a posting's source last showed it, if that is ``UNSEEN_NOTE_DAYS`` or more ago and it is not yet
    delisted; else ``None``."""
    seen = p.get("last_seen_at")
    if p.get("delisted_at") or not seen:
        return None
    seen = datetime.fromisoformat(seen) if isinstance(seen, str) else seen
    return seen if queries.has_passed(seen + timedelta(days=UNSEEN_NOTE_DAYS)) else None


@dataclass(frozen=True)
class Hint:
    """A parameter a page does not read (``given``), the one it likely meant (``meant``) with the value given, and
    the address with it so."""

    given: str
    meant: str
    value: str
    url: str


def _filled(values: list[str]) -> list[str]:
    """``values`` but the blank ones: the feed's form sends every field, chosen or not, and spaces choose nothing."""
    return [v for v in values if v.strip()]


def _did_you_mean(args: MultiDict[str, str], endpoint: str) -> list[Hint]:
    """The parameters of ``args`` the page at ``endpoint`` does not read but whose names are close to one it does
    (``web.params.close_parameter``), each with the address the reader likely meant: the parameters the page
    reads, that one moved to its name. The page still ignores them, as it ignores a tracking tag (a shared link
    comes back with ``utm_source``): ``/?tags=data_entry`` had shown every gig with no word of the typo."""
    known = READ_BY[endpoint]
    kept = {name: _filled(values) for name, values in args.lists() if name in known}
    hints = []
    for name, values in args.lists():
        meant = None if name in known else close_parameter(name, known)
        given = _filled(values)
        if meant is None or not given:
            continue
        query = {k: list(v) for k, v in kept.items() if v}
        query[meant] = [*query.get(meant, []), *given]
        query["ui"] = query.pop("ui", [g.ui])
        hints.append(Hint(name, meant, given[0], f"{url_for(endpoint)}?{urlencode(query, doseq=True)}"))
    return hints


class StoreRefused(RuntimeError):
    """The app will not serve this store; the message is one line saying why and what to do."""


def _not_newer(url: str) -> None:
    """Raise ``db.NewerStore`` for a server store (PostgreSQL) a newer vagigs migrated. One that cannot be reached
    now is not refused: ``/api/health`` answers 503 until it can."""
    try:
        db.pending_migrations(url)
    except (SQLAlchemyError, OSError):
        pass


def create_app(database_url: str | None = None) -> Flask:
    """The web app over the store at ``database_url`` (default: ``config.database_url()``). Raises
    ``StoreRefused`` for a store a newer vagigs migrated, as ``vagigs serve`` refuses it: created any other way
    (a WSGI server, a script), the app had started and then failed on the first read, or with Alembic's traceback."""
    url = database_url or config.database_url()
    try:
        if url.startswith("sqlite"):
            db.migrate(url)
            # postings stored before search had its table
            search.fill(db.sessions(url), search_text, version=search_version())
        else:
            _not_newer(url)
    except db.NewerStore as exc:
        raise StoreRefused(exc.refusal(config.shown_url(url))) from None
    sessions = db.sessions(url)
    app = Flask(__name__)
    app.config["VAGIGS_DATABASE_URL"] = url
    app.config["VAGIGS_TRENDS_TTL"] = TRENDS_TTL
    app.config["MAX_CONTENT_LENGTH"] = 512 * 1024  # a pasted post (``web.check.MAX_TEXT``), form-encoded Persian
    app.config["TRUSTED_HOSTS"] = config.allowed_hosts() or None
    hops = config.proxy_hops()
    if hops:  # behind a reverse proxy: the public scheme and host (and prefix, if asked) for external links
        prefix = hops if config.proxy_prefix() else 0
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            _plain_prefix(app.wsgi_app) if prefix else app.wsgi_app,
            x_for=hops, x_proto=hops, x_host=hops, x_prefix=prefix)
    allowed_ports = _allowed_ports(config.allowed_hosts())
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.jinja_env.filters.update(paragraphs=paragraphs, safe_url=safe_url, amounts=amounts, machine_time=machine_time)
    app.jinja_env.tests.update(figures_only=figures_only)
    _compress(app)

    @app.before_request
    def _allowed_port() -> None:
        """A host's port must be one ``VAGIGS_ALLOWED_HOSTS`` names for it, or the port vagigs serve listens on
        when the client names it itself: werkzeug's check ignores the port, so ``X-Forwarded-Host:
        gigs.example.org:6666`` had been answered with every link at port 6666."""
        if allowed_ports is None:
            return
        name, _, port = request.host.rpartition(":") if not request.host.endswith("]") else (request.host, "", "")
        if not port or not name:
            return
        direct = request.environ.get("werkzeug.proxy_fix.orig", request.environ)
        own = direct.get("HTTP_HOST") == request.environ.get("HTTP_HOST") and port == direct.get("SERVER_PORT")
        if not own and port not in _ports_for(allowed_ports, name):
            raise SecurityError(f"port {port} of host {name} is not allowed")

    @app.before_request
    def _ui() -> None:
        g.ui = choose_ui(_api_ui(request.args) if _api() else request.args.get("ui"), request.accept_languages)

    @app.before_request
    def _body_within_limit() -> None:
        """Any request with a body over the limit is refused, whether its address reads a body or not (Flask refuses
        one only as it reads it), as the server refused it before it reached the app (``web.server``)."""
        if (request.content_length or 0) > app.config["MAX_CONTENT_LENGTH"]:
            abort(413, description=f"a body over {app.config['MAX_CONTENT_LENGTH'] // 1024} KiB")

    @app.before_request
    def _only_known_parameters() -> None:
        """An API address refuses a parameter its document does not give it: "tags=" for "tag=" had answered with
        the whole feed. (The pages take any, as links shared with tracking parameters come back.)"""
        if not _api() or request.url_rule is None or not request.args:
            return
        from web.openapi import query_names

        path = _RULE_PARAMETER.sub(r"{\1}", request.url_rule.rule)
        known = query_names(path, "get" if request.method == "HEAD" else request.method.lower())
        unknown = sorted(set(request.args) - known) if known is not None else []
        if unknown:
            raise BadParameter(unknown[0], f"not a parameter of {path}; it takes {', '.join(sorted(known))}")

    path = db.sqlite_file(url)
    store_file = StoreFile(url, path, app.logger, on_reopen=lambda: _forget_store_wide()) if path else None

    @app.before_request
    def _store_file_there() -> None:
        """A SQLite store read from the file now at its path (``web.store_file``); none there, a 503."""
        if store_file is not None and request.endpoint != "api_health" and not store_file.check():
            abort(503, description="the store's file is gone")

    @app.after_request
    def _headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if _api() or request.path.startswith("/feed."):
            response.headers.update(CORS_HEADERS)
            if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
                response.headers.update(CORS_PREFLIGHT)
        response.vary.add("Accept-Language")
        if request.endpoint in REVALIDATED and response.status_code == 200 and request.method in ("GET", "HEAD"):
            if request.endpoint.startswith("feed_"):
                response.cache_control.public = True
                response.cache_control.max_age = FEED_MAX_AGE
            elif not _api():  # a page: kept, and asked for again (with its ETag) each time it is shown
                response.cache_control.no_cache = True
            response.add_etag()  # the body's hash: the same answer while the store has not changed
            response.make_conditional(request)
        return response

    @app.url_defaults
    def _static_version(endpoint: str, values: dict[str, Any]) -> None:
        """A static file's address names its content (``?v=`` its hash), so a browser may keep it a year: a changed
        file is another address. (It had been sent ``no-cache``: asked for again on every page.)"""
        if endpoint == "static" and "filename" in values:
            values.setdefault("v", _file_version(app.static_folder or "", values["filename"]))

    @app.after_request
    def _static_cache(response: Response) -> Response:
        if (request.endpoint == "static" and response.status_code in (200, 304) and request.view_args
                and request.args.get("v") == _file_version(app.static_folder or "", request.view_args["filename"])):
            response.cache_control.no_cache = None
            response.cache_control.public = True
            response.cache_control.max_age = STATIC_MAX_AGE
            response.cache_control.immutable = True
        return response

    @app.context_processor
    def _helpers() -> dict[str, Any]:
        ui = getattr(g, "ui", "en")

        def t(key: str, count: int | None = None, **values: object) -> str:
            return message(ui, key, count=count, **values)

        def switch_ui(code: str) -> str:
            """This address in another language: the parameters the pages read, as given but for their empty values
            (the feed's form sends every field), ``ui`` changed; any other (a tracking tag, junk) is left out (a
            228 KB address of junk had made a 645 KB page, each language link a copy of it). The query is written
            here: ``url_for`` would take a parameter named ``_anchor`` or ``_external`` as its own."""
            args = {name: kept for name, values in request.args.lists()
                    if name in PAGE_PARAMETERS and (kept := _filled(values))}
            args["ui"] = [code]
            path = url_for(request.endpoint or "feed_page", **(request.view_args or {}))
            return f"{path}?{urlencode(args, doseq=True)}"

        def t_html(key: str, **values: object) -> Markup:
            """``t`` around markup (a ``<time>``): the catalogue's words and any plain value escaped."""
            return Markup.escape(message(ui, key)).format(**values)

        return dict(ui=ui, direction="rtl" if ui in RTL else "ltr", t=t, t_html=t_html, ui_languages=UI_LANGUAGES,
                    self_names=SELF_NAMES, switch_ui=switch_ui, date=lambda v: format_date(ui, v),
                    day=lambda v: format_date(ui, v, on_readers_clock=False),
                    past=queries.has_passed, unseen_since=_unseen_since, judged=lambda p: shows_score(
                        p.get("legitimacy_verdict"), p.get("legitimacy_score")),
                    tag_label=lambda tag: tag_label(ui, tag), lang_name=lambda c: language_name(ui, c),
                    reason_label=lambda code: reason_label(ui, code), week_label=lambda w: week_label(ui, w),
                    country_name=lambda c: country_name(ui, c),
                    regions_text=lambda regions: regions_text(ui, regions),
                    remote_text=lambda p: remote_text(ui, p.get("remote_scope"), p.get("allowed_regions")),
                    sep=list_separator(ui),
                    reason_text=lambda r: reason_text(ui, r),
                    sign=lambda r: message(ui, f"sign_{sign_strength(r.get('weight'))}"),
                    script_name=lambda lang, script: script_name(ui, lang, script),
                    duplicate_reason=lambda reason: duplicate_reason(ui, reason),
                    content_lang=lambda p: content_language(p.get("language"), p.get("language_script")),
                    pay=lambda p: format_pay(ui, p.get("salary_min"), p.get("salary_max"), p.get("salary_currency"),
                                             p.get("salary_period")),
                    source_name=lambda source, url=None: source_name(source, url, ui),
                    link_name=lambda source, url: link_name(source, url, ui),
                    employment=lambda raw: employment_text(ui, raw),
                    money=lambda code: currency_label(ui, code or ""),
                    num=lambda v: format_number(ui, v), percent=lambda share, decimals=0: format_percent(ui, share, decimals))

    # ---------------------------------------------------------------- errors

    def _error_page(code: int, *, text_key: str | None = None, detail: str = "",  # type: ignore[no-untyped-def]
                    parameter: BadParameter | None = None):
        """An error page in the reader's language; ``detail`` (English, technical) is marked as such. A
        ``parameter`` the page cannot read is named, with what it takes in the reader's words."""
        ui = getattr(g, "ui", "en")
        title_key, default_text = ERROR_MESSAGES.get(code, ("error", None))
        text_key = text_key or default_text
        return render_template("error.html", title=message(ui, title_key),
                               text=message(ui, text_key) if text_key else "", detail=detail,
                               parameter=parameter.name if parameter else "",
                               reason=parameter.reason(ui) if parameter else ""), code

    @app.errorhandler(BadParameter)
    def _bad_parameter(exc: BadParameter):  # type: ignore[no-untyped-def]
        """JSON for the API and the feeds, in English (their contract, for developers); the page in the reader's
        language, but a refusal the catalogue has no words for (the API's own) as its English detail."""
        if _api() or request.path.startswith("/feed."):
            return jsonify(error="bad_parameter", parameter=exc.name, message=str(exc)), 400
        if not exc.key:
            return _error_page(400, text_key="bad_parameter_text", detail=str(exc))
        return _error_page(400, text_key="bad_parameter_text", parameter=exc)

    @app.errorhandler(SecurityError)
    def _untrusted_host(exc: SecurityError):  # type: ignore[no-untyped-def]
        """A ``Host`` not in ``VAGIGS_ALLOWED_HOSTS``: said plainly, as no link can be built for it."""
        return Response("400 Bad Request: this server does not answer to that host name\n", 400,
                        mimetype="text/plain")

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):  # type: ignore[no-untyped-def]
        """The error in the reader's form (JSON for the API, a page otherwise), with the headers it must carry: a
        405's ``Allow`` (RFC 9110 §15.5.6) names the methods the address takes."""
        if _api():
            response = jsonify(error=exc.name.lower().replace(" ", "_"), message=exc.description)
        else:
            code = exc.code or 500
            response = make_response(_error_page(code, detail="" if code in ERROR_MESSAGES else f"{code} {exc.name}"))
        response.status_code = exc.code or 500
        for name, value in exc.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(SQLAlchemyError)
    def _store_unreadable(exc: SQLAlchemyError):  # type: ignore[no-untyped-def]
        """The store, not the app, failed (its server down, its pages damaged): a 503, as ``/api/health`` answers
        then, and as every address answers while a SQLite store's file is gone. It had been a 500, an error of the
        app's own."""
        app.logger.exception("the store at %s cannot be read, on %s", config.shown_url(url), request.path)
        return _http_error(ServiceUnavailable("the store cannot be read"))

    @app.errorhandler(Exception)
    def _server_error(exc: Exception):  # type: ignore[no-untyped-def]
        app.logger.exception("unhandled error on %s", request.path)
        if _api():
            return jsonify(error="internal_error", message="the server failed to answer"), 500
        return _error_page(500)

    store_wide_cache: OrderedDict[str, tuple[float, Any]] = OrderedDict()  # least recently asked for first
    key_locks: dict[str, threading.Lock] = {}
    store_wide_lock = threading.Lock()  # over the two above, never over a computation

    def _store_wide(key: str, compute: Callable[[Session], Any]) -> Any:
        """An aggregate over the whole store (trends, market pay): seconds of work at a million postings,
        so computed at most once per ``VAGIGS_TRENDS_TTL`` seconds, by one thread at a time per key. One key's
        computation holds up no other's: a span asked for once (``?weeks=7``) had held up every /trends (and the check
        page's market pay) for its two seconds. The least recently asked for are dropped past ``STORE_WIDE_KEYS``."""
        with store_wide_lock:
            key_lock = key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with store_wide_lock:
                hit = store_wide_cache.get(key)
                if hit and time.monotonic() - hit[0] < app.config["VAGIGS_TRENDS_TTL"]:
                    store_wide_cache.move_to_end(key)
                    return hit[1]
            with sessions() as session:
                value = compute(session)
            with store_wide_lock:
                store_wide_cache[key] = (time.monotonic(), value)
                store_wide_cache.move_to_end(key)
                while len(store_wide_cache) > STORE_WIDE_KEYS:
                    key_locks.pop(store_wide_cache.popitem(last=False)[0], None)
            return value

    def _forget_store_wide() -> None:
        with store_wide_lock:
            store_wide_cache.clear()

    # The check routes import ``web.check`` (the stages, their models and language profiles) on first use:
    # a web process that is never asked to check a post does not load them.
    def _market_pay() -> dict:
        """What "pay far above market" compares a pasted post's pay with, as in a crawl."""
        from web.check import store_market

        return _store_wide("market", store_market)

    # ---------------------------------------------------------------- seekers

    def _page(args_source: Any, *, limit: int, offset: int) -> tuple[Any, list[dict], int]:
        args = feed_args(args_source)
        with sessions() as session:
            postings, total = web_queries.feed_page(session, args.feed_filter(limit=limit, offset=offset))
        return args, postings, total

    @app.get("/")
    def feed_page():  # type: ignore[no-untyped-def]
        """A page of the feed. A page past the last one (an old bookmark, a hand-edited link) is a 404, as
        Django's paginated views answer: that page does not exist, and crawlers and link checkers should hear so.
        Its body is still the feed's page, saying which page is the last and linking to it."""
        page = integer(request.args, "page", 1, 1, 100_000) or 1
        args, postings, total = _page(request.args, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        with sessions() as session:
            sources = web_queries.stored_sources(session)
        pages = max(1, -(-total // PAGE_SIZE))
        query = dict(args.query(), ui=g.ui)
        beyond = page > pages
        closed_total, closed_url = _closed_matches(args) if total == 0 else (0, None)
        return render_template(
            "feed.html", args=args, postings=postings, total=total, page=page, pages=pages, beyond=beyond,
            closed_total=closed_total, closed_url=closed_url,
            card_query=dict(args.query(), **({"page": str(page)} if page > 1 else {})),
            prev_url=url_for("feed_page", **query, page=page - 1) if 1 < page <= pages else None,
            next_url=url_for("feed_page", **query, page=page + 1) if page < pages else None,
            last_url=url_for("feed_page", **query, page=pages),
            rss_url=url_for("feed_rss", **query), atom_url=url_for("feed_atom", **query),
            page_title=_feed_title(args, g.ui, page), feed_title=f"{_feed_title(args, g.ui)} — vagigs",
            api_url=url_for("api_postings", **query),
            languages=FEED_LANGUAGES, tags=list(taxonomy_labels()), sources=sources,
            hints=_did_you_mean(request.args, "feed_page"),
            since_choices=SINCE_CHOICES, caution=CAUTION, countries=_countries(g.ui),
            canonical_url=_tidy_address(request.args), chosen=_choices_made(args, g.ui),
            since_named=since_words(args.since, g.ui),
        ), 404 if beyond else 200, FORM_PAGE_HEADERS

    def _closed_matches(args: FeedArgs) -> tuple[int, str | None]:
        """How many gigs past their closing date or no longer listed the filters would add (one count, of the same
        filters with ``expired=1&delisted=1``), and the address that lists them; (0, None) when none."""
        wider = replace(args, include_expired=True, include_delisted=True)
        if wider == args:
            return 0, None
        with sessions() as session:
            found = web_queries.count_feed(session, wider.feed_filter(limit=None, offset=0))
        return found, url_for("feed_page", **wider.query(), ui=g.ui) if found else None

    def _posting_or_404(posting_id: int) -> dict[str, Any]:
        posting = None
        if posting_id <= MAX_ID:
            with sessions() as session:
                posting = web_queries.posting(session, posting_id)
        if posting is None:
            abort(404, description=f"no posting {posting_id} in this store")
        return posting

    @app.get("/postings/<int:posting_id>")
    def posting_page(posting_id: int):  # type: ignore[no-untyped-def]
        """One posting; opened from a page of the feed, its address carries that page's filters and number (the
        cards' links), and its "back" link returns there."""
        return render_template("posting.html", p=_posting_or_404(posting_id), caution=CAUTION,
                               back_url=_back_to_feed(request.args),
                               canonical_url=url_for("posting_page", posting_id=posting_id, ui=g.ui, _external=True))

    @app.route("/check", methods=["GET", "POST"])
    def check_page():  # type: ignore[no-untyped-def]
        """A pasted job post judged, in the reader's language; the form keeps what was pasted."""
        from web.check import MAX_TEXT, TextProblem, judge, page_posting

        form = {k: request.form.get(k, "") for k in ("text", "company", "pay", "location")}
        result, problem, status = None, None, 200
        sent = request.method == "POST"
        if sent and _cross_site():  # another site's page would show its post vouched for by our verdict
            form, status, sent = dict.fromkeys(form, ""), 403, False
        if sent:
            try:
                checked = judge(form["text"], company=form["company"], pay=form["pay"], location=form["location"],
                                market_pay=_market_pay)
                result = page_posting(checked)
            except TextProblem as exc:
                problem, status = message(g.ui, exc.key, max=MAX_TEXT), 400
        return render_template("check.html", form=form, p=result, problem=problem, max_text=MAX_TEXT,
                               switch_form="check-form" if sent else None), status, \
            FORM_PAGE_HEADERS

    # ---------------------------------------------------------------- API and feeds

    @app.post("/api/check")
    def api_check():  # type: ignore[no-untyped-def]
        """``{"text", "company"?, "pay"?, "location"?}`` → what ``vagigs check --format json`` prints (``?ui=``
        for the labels)."""
        from web.check import MAX_TEXT, TextProblem, as_dict, judge

        try:
            body = request.get_json(silent=True)
        except RecursionError:  # nested deeper than the parser goes: ``silent`` covers only ValueError
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return jsonify(error="bad_request", message='send a JSON object with a "text" string'), 400
        fields = {k: body.get(k) for k in ("company", "pay", "location")}
        wrong = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
        if wrong:  # (a number or list there is a client's mistake: ignored, it would judge another post than sent)
            return jsonify(error="bad_request", message=f'"{wrong[0]}" must be a string or null'), 400
        try:
            return jsonify(as_dict(judge(body["text"], market_pay=_market_pay, **fields), g.ui))
        except TextProblem as exc:
            return jsonify(error=exc.key.removeprefix("check_"), message=message("en", exc.key, max=MAX_TEXT)), 400

    @app.get("/api/postings")
    def api_postings():  # type: ignore[no-untyped-def]
        """``limit`` postings from ``offset`` (or from ``page``, counted in ``limit``s, as the feed page counts, or
        after a ``cursor``), with ``next``: the address of the following ones with the same filters, ``null`` after
        the last. ``next`` carries a ``cursor`` (the place of the page's last posting in the feed's order), so a
        walk of the ``next`` links sees each posting once while crawls store new ones (``web_queries.feed_walk``);
        the response's ``offset`` is then how many postings the walk has passed."""
        limit = integer(request.args, "limit", API_LIMIT, 1, API_MAX_LIMIT) or API_LIMIT
        page = integer(request.args, "page", None, 1, MAX_PAGE)
        offset = integer(request.args, "offset", None, 0, MAX_OFFSET)
        walked = cursor(request.args)
        if page is not None and offset is not None:
            raise BadParameter("page", "either page or offset, not both")
        if walked is not None and (page is not None or offset is not None):
            raise BadParameter("cursor", "either cursor or page and offset, not both")
        after, offset = walked if walked is not None else (None, (page - 1) * limit if page is not None else offset or 0)
        args = feed_args(request.args)
        f = replace(args.feed_filter(limit=limit, offset=0 if after else offset), after=after)
        with sessions() as session:
            postings, total, following = web_queries.feed_walk(session, f)
        asked = {"ui": g.ui} if _api_ui(request.args) else {}
        next_url = (url_for("api_postings", **args.query(), **asked, limit=limit,
                            cursor=cursor_token(following, offset + limit)) if following else None)
        return jsonify(total=total, limit=limit, offset=offset, next=next_url,
                       postings=[with_texts(p, g.ui) for p in postings])

    @app.get("/api/health")
    def api_health():  # type: ignore[no-untyped-def]
        """For an uptime monitor or a load balancer: 200 while the store answers a read, else 503 (the cause
        logged, not shown). Crawl health is ``vagigs health``'s."""
        try:
            if store_file is not None and not store_file.check(now=True):
                response = jsonify(status="gone", message="the store's file is gone")
                response.status_code = 503
            else:
                with sessions() as session:
                    web_queries.read_one(session)
                response = jsonify(status="ok")
        except SQLAlchemyError as exc:
            app.logger.exception("health: the store at %s cannot be read", config.shown_url(url))
            unreachable = isinstance(exc, OperationalError)  # no server, a lock, a disk: not the store's own data
            response = jsonify(status="unavailable" if unreachable else "unreadable",
                               message="the store cannot be read")
            response.status_code = 503
        response.cache_control.no_store = True
        return response

    @app.get("/api/openapi.json")
    def api_openapi():  # type: ignore[no-untyped-def]
        """The JSON API described in OpenAPI 3.1 (``web.openapi``), its ``source`` values those this store takes."""
        from web.openapi import spec

        with sessions() as session:
            stored = web_queries.stored_sources(session)
        return jsonify(spec(stored))

    @app.get("/api/postings/<int:posting_id>")
    def api_posting(posting_id: int):  # type: ignore[no-untyped-def]
        return jsonify(with_texts(_posting_or_404(posting_id), g.ui))

    def _feed(kind: str) -> Response:
        """The first ``API_LIMIT`` postings of the feed page's filters as RSS or Atom: the same items as the page's
        cards (``web_queries.feed_items``), without the total the page counts."""
        args = feed_args(request.args)
        with sessions() as session:
            postings = web_queries.feed_items(session, args.feed_filter(limit=API_LIMIT, offset=0))
            store_newest = None if postings else web_queries.newest_posting_time(session)
        query = dict(args.query(), ui=g.ui)
        fg = feeds.build(
            postings, ui=g.ui, title=f"{_feed_title(args, g.ui)} — vagigs",  # the title of its page
            self_url=url_for(f"feed_{kind}", **query, _external=True),
            page_url=url_for("feed_page", **query, _external=True),
            detail_url=lambda pid: url_for("posting_page", posting_id=pid, ui=g.ui, _external=True),
            permanent_url=lambda pid: url_for("posting_page", posting_id=pid, _external=True),
            store_newest=store_newest,
        )
        if kind == "rss":
            return Response(feeds.rss_bytes(fg, postings), mimetype="application/rss+xml")
        return Response(feeds.atom_bytes(fg, postings), mimetype="application/atom+xml")

    @app.get("/feed.rss")
    def feed_rss() -> Response:
        return _feed("rss")

    @app.get("/feed.atom")
    def feed_atom() -> Response:
        return _feed("atom")

    # ---------------------------------------------------------------- analysts

    def _weekly() -> tuple[dict, list, list]:
        """Weekly volumes by tag, language and source, scam rates by week, and the gigs open to seekers in
        Uzbekistan and Iran by week, over the whole store."""
        return _store_wide("trends", lambda session: (
            {by: trends.postings_per_week(session, by) for by in trends.WEEKLY_BY},
            reports.scam_rates(session, "week"),
            trends.reach_per_week(session, {c: sorted(open_to(c)) for c in HOME_COUNTRIES})))

    def _span(since: Any) -> tuple[list, dict]:
        """Pay and scam rates by source, tag and warning sign over the postings since ``since`` (the first week
        shown; None: every posting)."""
        return _store_wide(f"span:{since.isoformat() if since else 'all'}", lambda session: (
            trends.median_pay(session, monthly_currencies=MONTHLY_BY_CONVENTION, since=since),
            {by: reports.scam_rates(session, by, since=since) for by in ("source", "tag", "reason")}))

    def _trends(last: int | None, since: datetime | None = None) -> dict[str, Any]:
        """Every table over the ``last`` weeks up to the newest posting and the weeks from ``since``'s (its Monday
        00:00 UTC, as ``vagigs report --since`` counts, quiet weeks too), the later start when both; all weeks when
        neither: the weekly counts, and the pay and scam rates of the postings of those weeks."""
        weekly, by_week, reach = _weekly()
        shown = trends.window({r["week"] for rows in weekly.values() for r in rows}, last, since)
        weeks, start = shown.weeks, shown.start
        if last or since is not None:
            kept = set(weeks)
            weekly = {by: [r for r in rows if r["week"] in kept] for by, rows in weekly.items()}
            by_week = [r for r in by_week if r["week"] in kept]
            reach = [r for r in reach if r["week"] in kept]
        pay, scams = _span(start)
        return {"weeks": weeks, "postings_per_week": weekly, "median_pay": pay,
                "scam_rates": {**scams, "week": by_week}, "reach": reach}

    @app.get("/api/trends")
    def api_trends():  # type: ignore[no-untyped-def]
        return jsonify(_trends(*trends_span(request.args, None)))

    @app.get("/trends")
    def trends_page():  # type: ignore[no-untyped-def]
        last, since = trends_span(request.args, TREND_WEEKS)
        data = _trends(last, since)
        asked = {"weeks": last} if last else {}
        if since is not None:
            asked["since"] = request.args["since"].strip()
        return render_template("trends.html", data=data, last=last, countries=HOME_COUNTRIES, few=trends.FEW_POSTINGS,
                               api_url=url_for("api_trends", **asked), hints=_did_you_mean(request.args, "trends_page"),
                               pivots={by: _pivot(rows, by, data["weeks"])
                                       for by, rows in data["postings_per_week"].items()})

    return app


def _compress(app: Flask) -> None:
    """Text answers (pages, feeds, JSON, the style sheet) compressed for a client that accepts it (zstd, br, gzip):
    a page of the feed is a fifth of its size, a seeker's whole visit a quarter. Registered before every other
    ``after_request``, so it runs after them: it compresses the final body, and gives a compressed answer its own
    ETag (``"…:br"``), which it compares with ``If-None-Match`` itself. A byte range (206) is of the file as stored
    and is never re-encoded."""
    app.config.update(COMPRESS_REGISTER=False, COMPRESS_ALGORITHM_STREAMING=["zstd", "br", "gzip", "deflate"])
    compress = Compress(app)

    @app.after_request
    def _compressed(response: Response) -> Response:
        if response.status_code == 206:
            response.vary.add("Accept-Encoding")
            return response
        offered = compress.streaming_algorithms if response.is_streamed else compress.enabled_algorithms
        environ, asked = request.environ, request.environ.get("HTTP_ACCEPT_ENCODING")
        environ["HTTP_ACCEPT_ENCODING"] = _coding(request.accept_encodings, offered) or "identity"
        try:
            return compress.after_request(response)
        finally:
            if asked is None:
                environ.pop("HTTP_ACCEPT_ENCODING", None)
            else:
                environ["HTTP_ACCEPT_ENCODING"] = asked


def _coding(accepted: Accept, offered: tuple[str, ...]) -> str | None:
    """The coding to send: of those ``offered`` (in the server's order of preference), the one the client's
    ``Accept-Encoding`` rates highest, by name or by ``*``; none when it rates them all 0, which says "not
    acceptable" (RFC 9110, 12.4.2), or rates ``identity`` higher. Flask-Compress 1.25 reads ``gzip;q=0`` alone as
    asking for gzip, and ``*;q=0.5, gzip;q=0`` too."""
    best = max(offered, key=accepted.quality, default=None)  # the first of the best rated
    if best is None or accepted.quality(best) <= 0:
        return None
    return None if "identity" in accepted and accepted["identity"] > accepted.quality(best) else best


def _api_ui(args: MultiDict[str, str]) -> str | None:
    """The API's ``ui``: a UI language, or None when not given (or empty, as the feed's filters take an empty
    value); another value is a 400, as every bad parameter of the API is (the pages take any: a link shared with
    ``ui=de`` shows the page in the reader's language)."""
    asked = list(dict.fromkeys(value.strip() for value in args.getlist("ui") if value.strip()))
    if len(asked) > 1:
        raise BadParameter("ui", "give it once")
    if asked and asked[0] not in UI_LANGUAGES:
        raise BadParameter("ui", f"one of {', '.join(UI_LANGUAGES)}")
    return asked[0] if asked else None


def _cross_site() -> bool:
    """Whether a browser sent this request from another site's page: its ``Sec-Fetch-Site`` (every current browser
    sends it), else its ``Origin`` naming another host. A client sending neither (curl, an old browser) is not; nor
    is ``Origin: null``, what a browser sends for a form of our pages (``Referrer-Policy: no-referrer``)."""
    site = request.headers.get("Sec-Fetch-Site")
    if site:
        return site not in ("same-origin", "none")
    origin = request.headers.get("Origin", "null")
    return origin != "null" and urlsplit(origin).netloc.lower() != request.host.lower()


def _back_to_feed(args: MultiDict[str, str]) -> str:
    """The feed page a posting was opened from: its filters and page as the feed reads them, rebuilt (never the
    address as given); the first page of all gigs when they do not read."""
    try:
        query: dict[str, Any] = feed_args(args).query()
        page = integer(args, "page", 1, 1, 100_000) or 1
    except BadParameter:
        return url_for("feed_page", ui=g.ui)
    return url_for("feed_page", **query, ui=g.ui, **({"page": page} if page > 1 else {}))


def _choices_made(args: FeedArgs, ui: str) -> list[str]:
    """The feed's filters chosen in its form, in the reader's words, but for the search (its field shows it): the line
    that stands for the folded choices on a phone."""
    since = since_words(args.since, ui)
    ticked = (("remote_only", args.remote_only), ("show_scams", args.include_scams),
              ("show_delisted", args.include_delisted), ("show_expired", args.include_expired))
    return [*(language_name(ui, code) for code in args.languages), *(tag_label(ui, tag) for tag in args.tags),
            *(source_name(source, None, ui) for source in args.sources), *([since] if since else []),
            *([country_name(ui, args.open_to)] if args.open_to else []), *(message(ui, key) for key, on in ticked if on)]


def _feed_title(args: FeedArgs, ui: str, page: int = 1) -> str:
    """What a page of the feed, and its RSS and Atom, are titled (the site's name after it): its search, the
    filters chosen in the reader's words (``_choices_made``) and its page ("“kotiba” — Gigs (Data entry, Jobinja),
    page 2"); "filtered" for a filter the form does not offer (``min_legitimacy``). Every feed had been "vagigs —
    Gigs", so a reader subscribed to two could not tell them apart."""
    title = message(ui, "feed")
    chosen = _choices_made(args, ui)
    if chosen:
        title = message(ui, "feed_choices", title=title, choices=list_separator(ui).join(chosen))
    elif args.query().keys() - {"q"}:
        title = message(ui, "feed_filtered", title=title)
    if page > 1:
        title = message(ui, "feed_page", title=title, page=page)
    if args.search:
        title = message(ui, "feed_search", q=args.search, title=title)
    return title


def _tidy_address(args: MultiDict[str, str]) -> str | None:
    """The feed page's full address without its empty parameters, when it has any ("?ui=uz&lang=uz&tag=&q=kerak",
    as the filter form sends a choice left alone), else None: the page's canonical address, for a search engine or
    a bookmark (the page itself answers the form's address, which reads the same: a redirect to this one had cost a
    phone a second round trip for each search). Every parameter is kept or dropped as read, none added. Its query
    is written here (not by ``url_for``, which would read a parameter named ``_external`` or ``_scheme`` as its
    own), after the page's own address."""
    pairs = list(args.items(multi=True))
    kept = [(name, value) for name, value in pairs if value.strip()]
    if len(kept) == len(pairs):
        return None
    return url_for("feed_page", _external=True) + (f"?{urlencode(kept)}" if kept else "")


#: A path the app may be served under (X-Forwarded-Prefix): segments of letters, digits and ``-._~``, none of dots
#: alone. No ``//``, ``@``, ``:`` or a host: ".evil.example" had made every link https://gigs.example.org.evil.example/…
_PLAIN_PREFIX = re.compile(r"(?:/(?!\.+(?:/|$))[A-Za-z0-9._~-]+)*")


def _plain_prefix(wsgi: Callable) -> Callable:
    """``wsgi`` taking the prefix a trusted proxy gives (``ProxyFix``'s ``SCRIPT_NAME``) only as a plain path, a
    trailing ``/`` left out; another is a 400."""

    def app(environ: dict[str, Any], start_response: Callable) -> Any:
        prefix = environ.get("SCRIPT_NAME", "")
        if prefix == environ.get("werkzeug.proxy_fix.orig", {}).get("SCRIPT_NAME", ""):
            return wsgi(environ, start_response)
        prefix = prefix.rstrip("/") if prefix != "/" else ""
        if not _PLAIN_PREFIX.fullmatch(prefix):
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"400 Bad Request: X-Forwarded-Prefix is no plain path (/segment/segment)\n"]
        environ["SCRIPT_NAME"] = prefix
        return wsgi(environ, start_response)

    return app


def _allowed_ports(hosts: list[str]) -> dict[str, frozenset[str]] | None:
    """``VAGIGS_ALLOWED_HOSTS``'s entries by name (as werkzeug matches them, ".example.org" for its subdomains too),
    each with the ports named for it ("gigs.example.org:8443"); None when any host is answered."""
    ports: dict[str, set[str]] = defaultdict(set)
    for entry in hosts:
        found = re.fullmatch(r"(\[[^\]]*\]|[^:]+)(?::(\d{1,5}))?", entry)
        name, port = (found[1], found[2]) if found else (entry, None)
        ports[name.lower()].update([port] if port else [])
    return {name: frozenset(p) for name, p in ports.items()} if hosts else None


def _ports_for(allowed: dict[str, frozenset[str]], host: str) -> frozenset[str]:
    host = host.lower()
    return frozenset().union(*(ports for name, ports in allowed.items()
                               if name == host or (name.startswith(".") and (host == name[1:] or host.endswith(name)))))


@lru_cache(maxsize=64)
def _file_version(folder: str, filename: str) -> str:
    """The first hex digits of the SHA-256 of a static file (read once per process: a new version is deployed with a
    restart); empty for a name that is no file there."""
    import hashlib

    from werkzeug.security import safe_join

    path = safe_join(folder, filename)
    try:
        with open(path or "", "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()[:12]
    except (OSError, ValueError):  # (ValueError: a NUL in the name, "/static/%00", which open() refuses so)
        return ""


@lru_cache(maxsize=None)
def _countries(ui: str) -> tuple[str, ...]:
    """The countries the feed's "Remote, open to people in" list offers: Uzbekistan and Iran, then the rest by
    their name in ``ui``."""
    rest = sorted(COUNTRY_CODES - set(HOME_COUNTRIES), key=lambda c: sort_key(ui, country_name(ui, c)))
    return (*HOME_COUNTRIES, *rest)


def _pivot(rows: list[dict], by: str, weeks: list[str]) -> list[dict[str, Any]]:
    """Long rows → one row per value with a count per week and a total, largest total first."""
    cells: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        cells[r[by]][r["week"]] = r["postings"]
    table = [{"value": v, "counts": [c.get(w, 0) for w in weeks], "total": sum(c.get(w, 0) for w in weeks)}
             for v, c in cells.items()]
    return sorted((row for row in table if row["total"]), key=lambda row: (-row["total"], row["value"]))
