"""The one place where vagigs reads its environment.

Every knob an operator can turn without editing code is an environment
variable listed in ``ENVIRONMENT`` with its default; the README's
configuration table is generated from the same list (see ``tests/test_config.py``).
Scrapy-specific settings live in ``crawlers/settings.py`` and read these values.
"""
from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path


log = logging.getLogger("vagigs.config")


def _bad(name: str, value: str, what: str, default: str) -> None:
    """Name a value that is no ``what`` in one warning line: vagigs then runs on ``default`` (a value the operator
    mistyped neither crashes a crawl nor quietly turns a feature off)."""
    log.warning("%s=%r is %s; using %s", name, value, what, default)


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "vagigs"


@dataclass(frozen=True)
class Variable:
    name: str
    default: str
    help: str


ENVIRONMENT: tuple[Variable, ...] = (
    Variable("VAGIGS_HOME", "$XDG_DATA_HOME/vagigs (~/.local/share/vagigs)",
             "Folder for the embedded SQLite store, quarantined responses and recordings."),
    Variable("VAGIGS_DATABASE_URL", "sqlite:///$VAGIGS_HOME/vagigs.db",
             "SQLAlchemy URL of the store; postgresql+psycopg://user@host/db for the scale-out store."),
    Variable("VAGIGS_USER_AGENT", "vagigs/0.1 (+https://github.com/vagigs/vagigs; crawler@vagigs.org)",
             "User-Agent sent to every source; must name a contact."),
    Variable("VAGIGS_LOG_LEVEL", "INFO", "Scrapy log level for crawls: DEBUG, INFO, WARNING, ERROR or CRITICAL, in any case."),
    Variable("VAGIGS_HH_APP_TOKEN", "", "Optional HeadHunter application token for the hh.uz spider."),
    Variable("VAGIGS_TELEGRAM_CHANNELS", "",
             "Comma-separated public Telegram channels to crawl (overrides the registry): names, @names or t.me links; "
             "one that is no channel name is named in a warning and skipped, a repeated one crawled once."),
    Variable("VAGIGS_SOURCES_OFF", "",
             "Comma-separated sources turned off: not scheduled (their stored jobs are dropped), left out of "
             "`vagigs crawl` without names and of `vagigs health`; `vagigs crawl <name>` still crawls one."),
    Variable("VAGIGS_SCRAPYD_URLS", "", "Comma-separated Scrapyd servers the scheduler spreads crawls over; empty runs crawls as local processes."),
    Variable("VAGIGS_PROXY_HOPS", "0",
             "How many reverse proxies (nginx, Caddy, a load balancer) stand in front of `vagigs serve`: their "
             "X-Forwarded-Proto/Host/For headers are then trusted, so feed and API links name the public "
             "https address; 0 trusts none (a client could forge them)."),
    Variable("VAGIGS_PROXY_PREFIX", "0",
             "1 also trusts those proxies' X-Forwarded-Prefix (the app served under a path, /vagigs): only a plain "
             "path is taken (a request with another gets a 400); 0 ignores it."),
    Variable("VAGIGS_ALLOWED_HOSTS", "",
             "Comma-separated host names the web app answers to (a request naming another gets a 400), so a forged "
             "Host header cannot put another site's address in feed and API links; an entry may carry a port "
             "(gigs.example.org:8443), and a host with a port no entry names is refused, but for the port vagigs "
             "serve listens on when the client names it itself; empty answers to any."),
    Variable("VAGIGS_WEB_THREADS", "8",
             "Requests `vagigs serve` answers at once (waitress threads); more wait in its queue."),
    Variable("VAGIGS_WEB_CONNECTIONS", "1000",
             "Connections `vagigs serve` keeps open at once (waitress connection_limit; never more than the open-file "
             "limit allows); past it a new visitor waits until one closes."),
    Variable("VAGIGS_WEB_IDLE_SECONDS", "15",
             "Seconds `vagigs serve` keeps a connection that sends nothing open (waitress channel_timeout): idle "
             "keep-alive connections are closed so they cannot hold every place."),
    Variable("VAGIGS_WEB_STOP_SECONDS", "10",
             "Seconds `vagigs serve` gives the requests it has received to be answered when stopped (Ctrl-C, "
             "SIGTERM), after it stops accepting new ones; a second Ctrl-C stops it at once."),
    Variable("VAGIGS_WEB_ACCESS_LOG", "0",
             "1 writes one line per request `vagigs serve` answers to stderr: time, method, path with the names of "
             "its parameters (not their values), status and duration."),
    Variable("VAGIGS_RECURATE_EVERY_HOURS", "6",
             "How often the scheduler re-curates postings another version of the tagger or scam judge curated, "
             "and folds again the search words another version folded (and once at its start); 0 turns it off."),
)


class ConfigError(ValueError):
    """A setting vagigs cannot run with; its message is the one line every ``vagigs`` command says before it exits 1
    (``cli._Main``)."""


def home() -> Path:
    """``VAGIGS_HOME``, made when first needed. One that is a file, or lies in one, is refused (``ConfigError``): it
    had been read as a folder all the same, and said as "no store at /etc/passwd/vagigs.db" or "FileExistsError".
    So is a link to a folder that is not there, which is not made: behind the link to a disk not mounted, it would
    be made on the disk below."""
    value = os.environ.get("VAGIGS_HOME")
    path = Path(value).expanduser() if value else _default_home()
    _refuse_no_folder(path, given=bool(value))
    return path


def _refuse_no_folder(path: Path, *, given: bool) -> None:
    """Raise ``ConfigError`` when ``path``, or the nearest of its folders there is, is no folder (a file, or a link
    to nothing)."""
    for place in (path, *path.parents):
        if place.is_dir():
            return
        if place.exists():
            _refuse_file(path, place, given=given)
        if place.is_symlink():
            _refuse_link(path, place, given=given)


def _refuse_file(path: Path, place: Path, *, given: bool) -> None:
    fix = f"set it to a folder, or unset it for {_default_home()}" if given else "set VAGIGS_HOME to a folder"
    if not given:
        raise ConfigError(f"VAGIGS_HOME is unset and its default is a file, not a folder: {path}; {fix}")
    if place == path:
        raise ConfigError(f"VAGIGS_HOME is a file, not a folder: {path}; {fix}")
    raise ConfigError(f"VAGIGS_HOME is in a file, not a folder: {path} ({place} is a file); {fix}")


def _refuse_link(path: Path, place: Path, *, given: bool) -> None:
    target = os.path.realpath(place)
    unset = "" if given else "unset and its default is "
    inside, where = ("", f"{path} -> {target}") if place == path else ("in ", f"{path} ({place} -> {target})")
    raise ConfigError(f"VAGIGS_HOME is {unset}{inside}a link to a folder that is not there: {where}; make that "
                      "folder (or mount its disk), or set VAGIGS_HOME to a folder")


def database_url() -> str:
    return os.environ.get("VAGIGS_DATABASE_URL") or sqlite_url(home() / "vagigs.db")


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file at ``path``, whatever its name holds: SQLAlchemy ends the file's name
    at a ``?`` (the rest is read as options) and decodes a ``%XX`` in it, so both are percent-encoded (a
    ``VAGIGS_HOME`` of ``/x/what?now`` had put the store in the file ``/x/what``, ``home 100%41`` in ``home 100A``)."""
    return "sqlite:///" + str(path).replace("%", "%25").replace("?", "%3F")


_SECRET_PARAMETERS = frozenset({"password", "passwd", "pwd", "sslpassword", "token", "secret", "api_key"})


def shown_url(url: str) -> str:
    """A store's address as it may be printed or logged: its password, if any, as ``***``."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy reads: show nothing of it that could be secret
        return "<an address SQLAlchemy cannot read>"
    secret = [k for k in parsed.query if k.lower() in _SECRET_PARAMETERS]  # libpq's "?password=…" form too
    if secret:
        parsed = parsed.update_query_dict({k: "***" for k in secret})
    # Rendered only to hide a password: rendering quotes the database part ("file:x.db" as "file%3Ax.db").
    if parsed.password is None and not secret:
        return url
    return parsed.render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


def user_agent() -> str:
    return os.environ.get("VAGIGS_USER_AGENT") or ENVIRONMENT[2].default


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def log_level() -> str:
    """``VAGIGS_LOG_LEVEL`` (INFO) in capitals, as Python's logging reads it (``debug`` is ``DEBUG``); a value that is
    no log level is named in the log and INFO used (passed to Scrapy as given, it had ended every crawl with
    ``ValueError: Unknown level`` before its run was recorded)."""
    raw = os.environ.get("VAGIGS_LOG_LEVEL", "")
    value = raw.strip().upper()
    if not value:
        return "INFO"
    if value == "WARN":
        return "WARNING"
    if value not in LOG_LEVELS:
        _bad("VAGIGS_LOG_LEVEL", raw, f"no log level ({', '.join(LOG_LEVELS)})", "INFO")
        return "INFO"
    return value


def quarantine_dir() -> Path:
    """Where raw bodies that could not be parsed are kept, so a drop never loses data."""
    return home() / "quarantine"


def hh_app_token() -> str | None:
    """The HeadHunter application token, when the operator registered one at dev.hh.ru."""
    return os.environ.get("VAGIGS_HH_APP_TOKEN") or None


#: A public channel's username as Telegram takes it: letters a-z (in any case), digits and underscores, 5 to 32 of
#: them (``account.updateUsername``), a letter first; 4 for the collectible names sold on Fragment.
_TELEGRAM_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
#: A channel's link: ``t.me/<name>``, its web preview ``t.me/s/<name>`` (a post's too: ``/<name>/123``), with or
#: without https:// or www., or telegram.me.
_TELEGRAM_LINK = re.compile(r"(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?:s/)?([^/?#]*)", re.I)
#: t.me paths that are no channel (an invite, a sticker set, a shared link): a link to one names none.
_TELEGRAM_PATHS = frozenset({"joinchat", "addlist", "addstickers", "addemoji", "share", "proxy", "socks"})


def telegram_channels() -> tuple[str, ...] | None:
    """The operator's Telegram channel list (comma-separated: names, ``@names`` or t.me links, read as their
    names); None when unset. An entry that is no channel name (``Ish Bor``, an invite link) is named in the log and
    skipped, a name given twice (in any case) kept once: each had been fetched as given, ``t.me/s/Ish%20Bor`` and
    ``t.me/s/https%3A//t.me/s/…``, and a repeated channel twice."""
    raw = os.environ.get("VAGIGS_TELEGRAM_CHANNELS", "")
    names: dict[str, str] = {}
    for entry in (e.strip() for e in raw.split(",")):
        link = _TELEGRAM_LINK.match(entry)
        name = link[1] if link else entry.removeprefix("@")
        if not entry.removeprefix("@"):
            continue
        if not _TELEGRAM_NAME.fullmatch(name) or (link and name.lower() in _TELEGRAM_PATHS):
            log.warning("VAGIGS_TELEGRAM_CHANNELS: %r is no public channel's name (5 to 32 letters, digits and "
                        "underscores, a letter first) nor its t.me link; skipped", entry)
            continue
        names.setdefault(name.lower(), name)
    return tuple(names.values()) or None


def sources_off(known: Collection[str]) -> frozenset[str]:
    """``VAGIGS_SOURCES_OFF``: the sources of ``known`` (the registry) turned off, comma-separated in any case. A
    name ``known`` does not hold (mistyped, or a source since retired) is named in the log and left out."""
    raw = os.environ.get("VAGIGS_SOURCES_OFF", "")
    names = dict.fromkeys(n.strip().lower() for n in raw.split(",") if n.strip())
    for name in names:
        if name not in known:
            log.warning("VAGIGS_SOURCES_OFF: unknown source %r; one of %s; left out", name, ", ".join(sorted(known)))
    return frozenset(n for n in names if n in known)


RECURATE_EVERY_HOURS = 6.0


def recurate_every_hours() -> float:
    """``VAGIGS_RECURATE_EVERY_HOURS`` (6); 0 turns it off. A value that is no number of hours (``6h``, ``-2``) is
    named in the log and the default used: it had turned the re-curation off without a word."""
    raw = os.environ.get("VAGIGS_RECURATE_EVERY_HOURS", "")
    if not raw.strip():
        return RECURATE_EVERY_HOURS
    try:
        hours = float(raw)
    except ValueError:
        hours = -1.0
    if not (0 <= hours and math.isfinite(hours)):
        _bad("VAGIGS_RECURATE_EVERY_HOURS", raw, "no number of hours (0 turns it off)", f"{RECURATE_EVERY_HOURS:g}")
        return RECURATE_EVERY_HOURS
    return hours


PROXY_HOPS_MAX = 10


def proxy_hops() -> int:
    """``VAGIGS_PROXY_HOPS`` (0): the reverse proxies in front of the web app whose forwarding headers are trusted.
    A value that is no whole number from 0 to 10 is named in the log and none trusted (the default)."""
    raw = os.environ.get("VAGIGS_PROXY_HOPS", "")
    value = raw.strip()
    if not value:
        return 0
    if not (value.isascii() and value.isdigit() and int(value) <= PROXY_HOPS_MAX):
        _bad("VAGIGS_PROXY_HOPS", raw, f"no whole number from 0 to {PROXY_HOPS_MAX}", "0 (no proxy trusted)")
        return 0
    return int(value)


def proxy_prefix() -> bool:
    """``VAGIGS_PROXY_PREFIX`` (0): whether the proxies ``VAGIGS_PROXY_HOPS`` counts are trusted for the path the app
    is served under (X-Forwarded-Prefix). Off unless asked: a proxy that passes a client's header on would let it
    name any address in every link."""
    return _flag("VAGIGS_PROXY_PREFIX", "0 (X-Forwarded-Prefix ignored)")


def allowed_hosts() -> list[str]:
    """``VAGIGS_ALLOWED_HOSTS``: the host names the web app answers to (Flask's ``TRUSTED_HOSTS``: "example.org",
    ".example.org" for it and its subdomains); empty, any."""
    return [h.strip() for h in os.environ.get("VAGIGS_ALLOWED_HOSTS", "").split(",") if h.strip()]


def scrapyd_urls() -> list[str]:
    value = os.environ.get("VAGIGS_SCRAPYD_URLS", "")
    return [u.strip().rstrip("/") for u in value.split(",") if u.strip()]


@dataclass(frozen=True)
class WebServer:
    """How ``vagigs serve`` runs waitress (``VAGIGS_WEB_*``)."""

    threads: int = 8
    connections: int = 1000
    idle_seconds: int = 15
    stop_seconds: int = 10
    access_log: bool = False


def _whole(name: str, default: int, low: int, high: int) -> int:
    """The whole number from ``low`` to ``high`` in ``name``; another value is named in the log and ``default`` used."""
    raw = os.environ.get(name, "")
    value = raw.strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit() and low <= int(value) <= high):
        _bad(name, raw, f"no whole number from {low} to {high}", str(default))
        return default
    return int(value)


def _flag(name: str, default: str) -> bool:
    """A 1-or-0 setting (also true/false, yes/no, on/off), off when unset; another value is named in the log."""
    value = os.environ.get(name, "").strip().lower()
    if value not in ("", "0", "1", "false", "true", "no", "yes", "off", "on"):
        _bad(name, value, "neither 1 nor 0", default)
    return value in ("1", "true", "yes", "on")


def web_server() -> WebServer:
    """The ``VAGIGS_WEB_*`` settings of ``vagigs serve``, each a whole number in a sane range (else its default)."""
    access = _flag("VAGIGS_WEB_ACCESS_LOG", "0 (no access log)")
    d = WebServer()
    return WebServer(threads=_whole("VAGIGS_WEB_THREADS", d.threads, 1, 256),
                     connections=_whole("VAGIGS_WEB_CONNECTIONS", d.connections, 10, 100_000),
                     idle_seconds=_whole("VAGIGS_WEB_IDLE_SECONDS", d.idle_seconds, 1, 3600),
                     stop_seconds=_whole("VAGIGS_WEB_STOP_SECONDS", d.stop_seconds, 0, 3600),
                     access_log=access)
