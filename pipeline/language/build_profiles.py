"""Build the langdetect n-gram profiles the language stage ships, from real text.

    python -m pipeline.language.build_profiles --catalogues /usr/share/locale [--catalogues DIR ...]

The committed profiles (Debian 12 bookworm, Nov 2026) were built with

    apt-get update && python -m pipeline.language.build_profiles --fetch /tmp/langid-debs

which ``apt-get download``s ``DEBIAN_PACKAGES``, unpacks them with ``dpkg-deb -x`` into
``/tmp/langid-debs/<package>`` and reads them plus ``/usr/share/locale``; the held-out
files come from the same catalogues with ``--held-out FILE --split a|b``.

Sources (no text is written by us):

* Debian 12 translation catalogues ``<root>/<locale>/LC_MESSAGES/*.mo`` read with
  :mod:`gettext`: ``uz`` (Uzbek Latin), ``uz@cyrillic``, and the neighbours the
  detector must keep apart from Uzbek: ``kk``, ``ky``, ``tg``, ``az`` (langdetect has
  no profile for them), plus ``ru``, ``tr``, ``fa``, ``ar``, ``ur`` and English
  ``msgid``s, whose catalogue profiles are merged at load time with langdetect's own
  Wikipedia profiles so every candidate has seen the same short-UI-string domain.
  A catalogue root is either ``/usr/share/locale`` after ``apt-get install`` of the
  packages, or a directory of ``<package>/usr/share/locale`` trees from
  ``apt-get download`` + ``dpkg-deb -x`` (the package name is then known).
* The Uzbek lines of ``tests/data/langid_dev.jsonl`` (UD_Uzbek-UT news and fiction in
  Latin, and more catalogue strings).

Packages in ``HELD_OUT`` are never read for profiles: they form our own held-out
splits (``--held-out FILE --split a|b``; see ``tests/data/PROVENANCE.md``).
Profiles are written with langdetect's own ``LangProfile`` (``update`` →
``omit_less_freq``) as its JSON format, so ``DetectorFactory.load_profile`` reads them.
Output: ``pipeline/language/profiles/<name>.json`` and ``SOURCES.json`` (what went in).
"""
from __future__ import annotations

import argparse
import gettext
import glob
import json
import re
from collections import defaultdict
from pathlib import Path

from langdetect.utils.lang_profile import LangProfile

from pipeline import textnorm

OUT = Path(__file__).parent / "profiles"
DEV = Path(__file__).resolve().parents[2] / "tests" / "data" / "langid_dev.jsonl"
# locale -> profile name
LOCALES = {
    "uz": "uz", "uz@cyrillic": "uz-cyrl", "kk": "kk", "ky": "ky", "tg": "tg", "az": "az",
    "ru": "ru", "tr": "tr", "fa": "fa", "ar": "ar", "ur": "ur",
}
# Kept aside for our own held-out split: never used to build or tune.
# Split A was inspected while tuning; split B was only ever scored, at the end.
HELD_OUT = {
    "a": frozenset({"yelp", "gnome-nettool", "gnome-panel-data", "pidgin-data", "audacious", "atril-common"}),
    "b": frozenset({"nautilus-data", "libgtk2.0-common", "gnome-font-viewer", "mate-terminal-common",
                    "mate-applets-common", "xfdesktop4-data", "engrampa-common"}),
}
HELD_OUT_PACKAGES = HELD_OUT["a"] | HELD_OUT["b"]
# The Debian 12 packages fetched for the committed profiles and held-out splits (``--fetch``).
DEBIAN_PACKAGES = """
    abiword-common aisleriot apt-utils aptitude-common at-spi2-core atril-common audacious baobab
    brasero-common caja-common catfish cheese-common coreutils dconf-editor debconf-i18n dpkg
    engrampa-common eog eom-common evince-common evolution-data-server-common file-roller
    filezilla-common galculator gedit-common gettext gigolo gimp-data gnome-calculator
    gnome-control-center-data gnome-desktop3-data gnome-dictionary gnome-disk-utility
    gnome-font-viewer gnome-keyring gnome-mahjongg gnome-menus gnome-nettool gnome-online-accounts
    gnome-panel-data gnome-session-common gnome-settings-daemon-common gnome-system-monitor
    gnome-system-tools gnome-terminal-data gnumeric-common gparted gpicview gucharmap hexchat-common
    iso-codes libfm-data libgdata-common libglib2.0-data libgnomekbd-common libgtk-3-common
    libgtk2.0-common libgtksourceview-3.0-common libgtksourceview-4-common libgweather-4-common
    libpeas-common libwnck-3-common libxfce4ui-common libxfce4util-common lxappearance lxde-common
    lxpanel-data lxsession-data lxterminal marco-common mate-applets-common
    mate-control-center-common mate-desktop-common mate-media-common mate-notification-daemon-common
    mate-panel-common mate-power-manager-common mate-screensaver-common mate-settings-daemon-common
    mate-system-monitor-common mate-terminal-common mate-user-guide mate-utils-common
    metacity-common mousepad nautilus-data network-manager-gnome orage parole pcmanfm pidgin-data
    pluma-common ristretto seahorse synaptic tasksel-data thunar-data thunar-volman tilda
    totem-common transmission-common util-linux-locales xarchiver xfce4-appfinder xfce4-notifyd
    xfce4-panel xfce4-power-manager-data xfce4-session xfce4-settings xfce4-terminal xfdesktop4-data
    xfwm4 xkb-data xscreensaver-data yelp zenity-common
""".split()
MAX_STRINGS = 12000  # per profile: enough for stable 1-3-gram frequencies, keeps the build fast

_PLACEHOLDER = re.compile(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[a-zA-Z%]|\{[^}]*\}|\$\{[^}]*\}|<[^>]+>|https?://\S+|\\[nt]")


def clean(text: str) -> str:
    """A catalogue string as prose: no mnemonics, placeholders, markup or URLs."""
    text = _PLACEHOLDER.sub(" ", text)
    text = re.sub(r"(?<=\w)_(?=\w)|(?<!\w)_(?=\w)|&(?=\w)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def for_profile(text: str) -> str:
    """The form profiles and the scorer share: every Uzbek apostrophe as ʻ (langdetect
    would turn an ASCII ' into a space and lose o‘/g‘)."""
    return textnorm.unify_apostrophes(text).replace("'", "\u02bb")


def _package_of(mo: str) -> str:
    parts = Path(mo).parts
    try:
        i = parts.index("usr")
    except ValueError:
        return "system"
    return parts[i - 1] if i > 1 else "system"


def read_catalogues(roots: list[str], *, held_out: frozenset[str] = frozenset(),
                    ) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """``{profile: [strings]}`` and ``{profile: {packages}}`` from every catalogue under ``roots``:
    the training packages, or with ``held_out`` only the packages kept aside."""
    texts: dict[str, list[str]] = defaultdict(list)
    used: dict[str, set[str]] = defaultdict(set)
    seen: set[tuple[str, str]] = set()
    mos: list[str] = []
    for root in roots:
        mos += glob.glob(f"{root}/*/LC_MESSAGES/*.mo") + glob.glob(f"{root}/*/usr/share/locale/*/LC_MESSAGES/*.mo")
    for mo in sorted(set(mos)):
        loc = Path(mo).parts[-3]
        pkg = _package_of(mo)
        keep = pkg in held_out if held_out else pkg not in HELD_OUT_PACKAGES
        if not keep or loc not in LOCALES:
            continue
        try:
            with open(mo, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 - the only way to list entries
        except (OSError, ValueError) as exc:
            print(f"skip {mo}: {exc}")
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            msgid = key[0] if isinstance(key, tuple) else key
            if not msgid or not value or value == msgid:
                continue
            msgid = msgid.split("\x04", 1)[-1]
            for name, text in ((LOCALES[loc], value), ("en", msgid)):
                if held_out:  # evaluation text as a user sees it: whole prose strings only
                    if _PLACEHOLDER.search(text) or len(text) < 15 or len(text.split()) < 3:
                        continue
                    text = re.sub(r"(?<=\w)_(?=\w)|(?<!\w)_(?=\w)|&(?=\w)", "", text).strip()
                else:
                    text = clean(text)
                if len(text) < 4 or (name, text) in seen:
                    continue
                seen.add((name, text))
                texts[name].append(text)
                used[name].add(pkg)
    return texts, used


def build(roots: list[str], dev: Path = DEV) -> dict[str, int]:
    texts, used = read_catalogues(roots)
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["lang"] == "uz":
                name = "uz-cyrl" if row.get("script") == "Cyrl" else "uz"
                texts[name].append(row["text"])
                used[name].add(f"dev:{row['source'].split(':')[0]}")
    # Uzbek is one language in two scripts: each script's profile also learns from the other
    # script's real text, transliterated with the official 1995 correspondence.
    latin, cyrillic = list(texts["uz"]), list(texts["uz-cyrl"])
    texts["uz"] += [textnorm.cyrillic_to_latin(t) for t in cyrillic]
    texts["uz-cyrl"] += [textnorm.latin_to_cyrillic(t) for t in latin]
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for name, strings in sorted(texts.items()):
        profile = LangProfile(name)
        step = max(1, len(strings) // MAX_STRINGS)  # a spread over every package, not the first few
        for text in strings[::step][:MAX_STRINGS]:
            profile.update(for_profile(text))
        profile.omit_less_freq()
        data = {"name": name, "n_words": profile.n_words, "freq": dict(sorted(profile.freq.items()))}
        (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        sizes[name] = min(len(strings), MAX_STRINGS)
    sources = {n: {"strings": sizes[n], "packages": sorted(used[n])} for n in sorted(sizes)}
    (OUT / "SOURCES.json").write_text(json.dumps(sources, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return sizes


HELD_OUT_SIZES = {"uz": 160, "uz-cyrl": 160, "fa": 160, "en": 160,
                  "tr": 25, "az": 25, "kk": 25, "ky": 25, "ru": 25, "tg": 25, "ar": 25, "ur": 25}


def write_held_out(roots: list[str], path: Path, split: str) -> int:
    """Our own held-out split: strings of ``HELD_OUT_PACKAGES`` only, a deterministic sample
    per language; every fifth item joins 3-5 consecutive strings of one catalogue (a paragraph)."""
    import hashlib

    texts, _ = read_catalogues(roots, held_out=HELD_OUT[split])
    trained, _ = read_catalogues(roots)
    seen = {clean(t) for strings in trained.values() for t in strings}
    # A UI string shared with a training package is not held out: drop it.
    texts = {name: [t for t in strings if clean(t) not in seen] for name, strings in texts.items()}
    rows = []
    for name, want in HELD_OUT_SIZES.items():
        strings = texts.get(name, [])
        ranked = sorted(range(len(strings)), key=lambda i: hashlib.sha1(strings[i].encode()).hexdigest())
        for k, i in enumerate(ranked[:want]):
            text = strings[i]
            if k % 5 == 4:
                text = " ".join(s if s[-1:] in ".!?:;" else s + "." for s in strings[i:i + 3 + k % 3])
            lang = {"uz-cyrl": "uz"}.get(name, name)
            rows.append({"text": text, "lang": lang if lang in ("uz", "fa", "en") else "other", "orig_lang": lang,
                         "script": "Cyrl" if name == "uz-cyrl" else None, "source": f"debian-heldout-{split}:{name}"})
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def fetch(directory: Path) -> Path:
    """``apt-get download`` every package of ``DEBIAN_PACKAGES`` into ``directory/debs`` and unpack
    their ``usr/share/locale`` into ``directory/<package>`` (needs ``apt-get update`` once)."""
    import subprocess

    debs = directory / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *DEBIAN_PACKAGES], cwd=debs, check=True)
    for deb in sorted(debs.glob("*.deb")):
        target = directory / deb.name.split("_", 1)[0]
        target.mkdir(exist_ok=True)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
    return directory


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--catalogues", action="append", default=[],
                    help="a locale root (/usr/share/locale) or a dir of <package>/usr/share/locale trees; repeatable")
    ap.add_argument("--held-out", type=Path, help="instead, write a held-out JSONL from the packages kept aside")
    ap.add_argument("--split", choices=sorted(HELD_OUT), default="a", help="which held-out split (with --held-out)")
    ap.add_argument("--fetch", type=Path, help="first apt-get download and unpack DEBIAN_PACKAGES into this dir, "
                                             "and read its catalogues too")
    args = ap.parse_args()
    if args.fetch:
        args.catalogues = [str(fetch(args.fetch)), *(args.catalogues or ["/usr/share/locale"])]
    if args.held_out:
        print(f"{write_held_out(args.catalogues or ['/usr/share/locale'], args.held_out, args.split)} held-out items")
        return
    for name, n in build(args.catalogues or ["/usr/share/locale"]).items():
        print(f"{name}: {n} strings")


if __name__ == "__main__":
    main()
