"""Build ``dedupe_pairs.jsonl`` from the real samples in /work/shared/data/samples.

Run from the project root: ``python tests/data/build_dedupe_pairs.py [SAMPLES_DIR]``.
How each kind of pair is chosen and labelled is in ``dedupe_pairs.md``; labels of the
real pairs were checked by reading them (``REVIEWED`` below records the decisions
that overrule a kind's default label). Deterministic: the same samples give the
same file.
"""
from __future__ import annotations

import glob
import hashlib
import html
import itertools
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree as ET

SAMPLES = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/samples")
OUT = Path(__file__).with_name("dedupe_pairs.jsonl")
rng = random.Random(20261123)


def plain(markup: str | None) -> str:
    if not markup:
        return ""
    text = re.sub(r"<(br|/p|/div|/li|/h\d)[^>]*>", "\n", markup, flags=re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def posting(source, title, company, description, url, location, salary, origin):
    return {"title": title or "", "company": company or "", "description": description or "",
            "url": url or "", "source": source, "location": location or "", "salary": salary or "",
            "_origin": origin}


# ------------------------------------------------------------------ loaders

def load_hh():
    out = []
    items = json.load(open(SAMPLES / "hh/hh_api_vacancies_items_2024-2025.json"))["items"]
    for x in items:
        sn = x.get("snippet") or {}
        desc = "\n".join(filter(None, [sn.get("requirement"), sn.get("responsibility")]))
        desc = re.sub(r"</?highlighttext>", "", desc)
        s = x.get("salary") or {}
        sal = f"{s.get('from') or ''}-{s.get('to') or ''} {s.get('currency') or ''}".strip(" -") if s else ""
        out.append(posting("hh", x["name"], (x.get("employer") or {}).get("name"), desc,
                           x["alternate_url"], x["area"]["name"], sal, f"hh api {x['id']}"))
    for x in json.load(open(SAMPLES / "hh/hh_uz_scraped_html_fields_2023.json")):
        sal = x.get("Salary") if x.get("Salary") != "з/п не указана" else ""
        out.append(posting("hh", x["Job Title"], x["Company Name"], x["Job Description"], x["URL"],
                           x.get("Job Location") or "Ташкент", sal, f"hh html {x['URL']}"))
    return out


def load_jobinja():
    out = []
    for f in sorted(glob.glob(str(SAMPLES / "jobinja/*.json"))):
        for r in json.load(open(f)):
            out.append(posting("jobinja", r["title"], r["company"], r.get("definition"), r["links"],
                               r.get("location"), r.get("salary"), f"jobinja {Path(f).name}"))
    return out


def load_remoteok():
    out = []
    for f in sorted(glob.glob(str(SAMPLES / "remoteok/remoteok_api_*.json"))):
        if f.endswith("headers.json"):
            continue
        for j in json.load(open(f))[1:]:
            lo, hi = j.get("salary_min"), j.get("salary_max")
            sal = f"{lo}-{hi} USD/year" if (lo and lo != "0") or (hi and hi != "0") else ""
            out.append(posting("remoteok", html.unescape(j.get("position") or ""), html.unescape(j.get("company") or ""),
                               plain(j.get("description")), j.get("url"), j.get("location"), sal,
                               f"remoteok {Path(f).name} {j['id']}"))
    return out


def load_remotive():
    return [posting("remotive", j["title"], j["company_name"], plain(j["description"]), j["url"],
                    j.get("candidate_required_location"), j.get("salary"), f"remotive {j['id']}")
            for j in json.load(open(SAMPLES / "remotive/remotive_api_2026-07.json"))["jobs"]]


def load_jobicy():
    out = []
    for f in sorted(glob.glob(str(SAMPLES / "jobicy/jobicy_api_2024*.json"))):
        for j in json.load(open(f))["jobs"]:
            lo, hi = j.get("annualSalaryMin"), j.get("annualSalaryMax")
            sal = f"{lo}-{hi} {j.get('salaryCurrency', '')}/year" if lo or hi else ""
            out.append(posting("jobicy", html.unescape(j["jobTitle"]), html.unescape(j["companyName"]),
                               plain(j["jobDescription"]), j["url"], j.get("jobGeo"), sal,
                               f"jobicy {Path(f).name} {j['id']}"))
    return out


def load_wwr():
    out = []
    for f in sorted(glob.glob(str(SAMPLES / "weworkremotely/*.rss"))):
        for it in ET.parse(f).getroot().iter("item"):
            d = {c.tag: c.text for c in it}
            company, _, title = (d.get("title") or "").partition(": ")
            out.append(posting("weworkremotely", title.strip(), company.strip(), plain(d.get("description")),
                               d.get("link"), d.get("region"), "", f"wwr {Path(f).name} {d.get('guid')}"))
    return out


# ------------------------------------------------------------------ helpers

def key(p):
    return (p["title"].strip().lower(), p["company"].strip().lower())


def canon(url):
    return url.split("?")[0].rstrip("/").lower()


def words(t):
    return set(re.findall(r"\w+", (t or "").lower()))


def jac(a, b):
    a, b = words(a), words(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def strip(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


pairs: list[dict] = []


def add(a, b, dup, kind, constructed=False, how=None, note=None):
    rec = {"a": strip(a), "b": strip(b), "duplicate": dup, "kind": kind, "constructed": constructed,
           "origin": [a["_origin"], b["_origin"]]}
    if how:
        rec["how"] = how
    if note:
        rec["note"] = note
    pairs.append(rec)


# ------------------------------------------------------------------ renderings (constructed pairs)

HQ_LINE = "Headquarters: {hq}\nURL: https://{site}\n"
RO_FOOTER = ("\n\nPlease mention the word **{word}** and tag RMzguNjguMTM0LjE5NA== when applying to show you "
             "read the job post completely (#RMzguNjguMTM0LjE5NA==). This is a beta feature to avoid spam "
             "applicants. Companies can search these words to find applicants that read this and see they're human.")
GENERIC = {"", "remote", "worldwide", "anywhere", "anywhere in the world"}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "job"


def nid(p, salt):
    return int(hashlib.sha1((p["_origin"] + salt).encode()).hexdigest()[:7], 16)


def as_wwr(p):
    loc = p["location"].strip()
    region = "Anywhere in the World" if loc.lower() in GENERIC else loc
    site = slug(p["company"]).replace("-", "") + ".com"
    desc = HQ_LINE.format(hq=loc or "Remote", site=site) + "\n" + p["description"]
    return posting("weworkremotely", p["title"], p["company"], desc,
                   f"https://weworkremotely.com/remote-jobs/{slug(p['company'])}-{slug(p['title'])}", region, "",
                   p["_origin"] + " as wwr")


def as_remoteok(p):
    word = rng.choice(["AMELIORATE", "WARMTH", "HARMONY", "LUCKY", "PEACEFUL"])
    return posting("remoteok", p["title"], p["company"], p["description"] + RO_FOOTER.format(word=word),
                   f"https://remoteOK.com/remote-jobs/remote-{slug(p['title'])}-{slug(p['company'])}-{nid(p, 'ro')}",
                   p["location"] or "Worldwide", p["salary"], p["_origin"] + " as remoteok")


def as_telegram(p, channel="uzjobs_remote"):
    lines = [f"📢 {p['title']}"]
    if p["company"]:
        lines.append(f"🏢 {p['company']}")
    if p["location"]:
        lines.append(f"📍 {p['location']}")
    if p["salary"]:
        lines.append(f"💰 {p['salary']}")
    body = p["description"]
    if len(body) > 3000:
        body = body[:3000].rsplit(" ", 1)[0] + "…"
    text = "\n".join(lines) + "\n\n" + body + "\n\n#vakansiya #remote #ish\n👉 " + p["url"]
    return posting("telegram", f"📢 {p['title']}", "", text, f"https://t.me/{channel}/{nid(p, 'tg') % 90000 + 1000}",
                   "", "", p["_origin"] + " as telegram")


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?؟\n])\s+", text) if s.strip()]


EMOJI_LINES = ["🔥🔥 Still hiring! 🔥🔥", "⚡️ REPOST ⚡️", "✅ Vakansiya hali ham ochiq!", "‼️ Срочно ‼️", "🔁 آگهی مجدد"]


def edit_repost(p, salt):
    """A repost by the same source with a new id and small edits."""
    q = dict(p)
    r = random.Random(salt)
    desc = p["description"]
    sents = sentences(desc)
    edits = r.sample(["emoji", "hashtags", "drop", "swap", "case", "digits", "tracking", "word"], 3)
    for e in edits:
        if e == "emoji":
            desc = r.choice(EMOJI_LINES) + "\n" + desc
        elif e == "hashtags":
            desc = desc + "\n#job #vacancy #" + slug(p["title"]).replace("-", "_")[:20]
        elif e == "drop" and len(sents) > 6:
            i = r.randrange(1, len(sents))
            desc = desc.replace(sents[i], "", 1)
        elif e == "swap" and len(sents) > 4:
            i = r.randrange(1, len(sents) - 1)
            desc = desc.replace(sents[i] + " " + sents[i + 1], sents[i + 1] + " " + sents[i], 1)
        elif e == "case":
            desc = re.sub(r"\s+", "  ", desc.upper() if r.random() < 0.3 else desc)
        elif e == "digits":
            desc = desc.translate(str.maketrans("0123456789یک", "۰۱۲۳۴۵۶۷۸۹يك"))
        elif e == "word":
            desc = re.sub(r"\b(we|our|you|the)\b", lambda m: {"we": "We", "our": "Our", "you": "You", "the": "The"}[m.group(1)], desc, count=3)
    q["description"] = desc
    sep = "&" if "?" in p["url"] else "?"
    q["url"] = re.sub(r"(\d+)", lambda m: str(int(m.group(1)) + 17), p["url"], count=1) + f"{sep}utm_source=tg"
    q["_origin"] = p["_origin"] + f" repost({','.join(edits)})"
    return q


CITIES = {"hh": ["Москва", "Казань", "Новосибирск", "Ташкент", "Самара"],
          "jobinja": ["تهران، تهران", "اصفهان، اصفهان", "فارس، شیراز", "خراسان رضوی، مشهد", "آذربایجان شرقی، تبریز"],
          "default": ["Berlin, Germany", "London, United Kingdom", "Toronto, Canada", "Austin, Texas, United States",
                      "Bengaluru, India"]}


def template(p, salt, what):
    """The same ad text with another city or another pay: a different gig."""
    q = dict(p)
    r = random.Random(salt)
    if what == "city":
        # another place, not one inside the original (USA -> Austin, Texas is the same gig narrowed)
        country = {"usa": "united states", "us": "united states", "uk": "united kingdom"}
        said = {country.get(w, w) for w in re.findall(r"\w+(?: \w+)?", p["location"].lower())} | set(
            re.findall(r"\w+", p["location"].lower()))
        pool = [c for c in CITIES.get(p["source"], CITIES["default"])
                if c != p["location"] and not any(part.strip().lower() in said or
                                                  country.get(part.strip().lower()) in said
                                                  for part in c.split(","))]
        new = r.choice(pool)
        if p["location"] and p["location"] in p["description"]:
            q["description"] = p["description"].replace(p["location"], new)
        q["location"] = new
        q["title"] = p["title"] if r.random() < 0.6 else f"{p['title']} ({new.split(',')[-1].strip()})"
    else:
        nums = re.findall(r"\d[\d,۰-۹ ]*\d|\d", p["salary"])
        if nums:
            def bump(m):
                digits = re.sub(r"\D", "", m.group(0).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")))
                return str(int(int(digits) * 1.25) if digits else 0)
            q["salary"] = re.sub(r"\d[\d,۰-۹ ]*\d|\d", bump, p["salary"])
        else:
            q["salary"] = r.choice(["$1,500/month", "70000-90000 USD/year", "от 80000 RUR", "از ۳۰,۰۰۰,۰۰۰ تومان"])
    sep = "&" if "?" in p["url"] else "?"
    q["url"] = re.sub(r"(\d+)", lambda m: str(int(m.group(1)) + 31), p["url"], count=1) + f"{sep}v=2"
    q["_origin"] = p["_origin"] + f" template({what})"
    return q


# ------------------------------------------------------------------ labels decided by reading

# Real pairs whose label differs from the default of their kind, after reading both ads.
# key: (origin a, origin b) as written in the output; value: (duplicate, note)
REVIEWED_REPOSTS = {
    # same title, company, place and pay, text 0.97-1.0 alike, new id: the ad re-published
    ("account manager b2b sales", "1840 & company"): (True, "re-published with a new id, same place and pay"),
    ("content writer", "eventbrite"): (True, "re-published with a new id, same place, text edited"),
    ("کارآموز یادگیری ماشین (machine learning)", "رستاوا | rastava"): (True, "re-published with a new id"),
    # same text, another city / region / pay: one template, several gigs
    ("workers' compensation claims adjuster", "argo group"): (False, "template: Omaha vs Chicago"),
    ("developer relations engineer", "arbitrum foundation"): (False, "template: Remote vs Europe, other pay"),
    ("devops engineer", "amazee.io"): (False, "template: Oceania vs Americas"),
    ("офис-менеджер", "останкинский мясоперерабатывающий холдинг"): (False, "template: Орел vs Саратов, other pay"),
    ("менеджер проектов", "рапид билдинг"): (False, "template: Москва vs Красноярск"),
    ("тестировщик в ит-компанию", "экспобанк"): (False, "template: Уфа vs Москва"),
    ("стажер в правительство ямало-ненецкого автономного округа",
     "институт управления правительства ямало-ненецкого автономного округа"): (False, "template: Тюмень vs Новый Уренгой"),
}


def main():
    hh, jobinja, ro, rem, jc, wwr = load_hh(), load_jobinja(), load_remoteok(), load_remotive(), load_jobicy(), load_wwr()
    everything = hh + jobinja + ro + rem + jc + wwr

    # 1. the same page captured twice (jobinja files overlap, WWR feeds overlap, Jobicy queries overlap)
    by_url = defaultdict(list)
    for p in everything:
        by_url[canon(p["url"])].append(p)
    same_page = [v for v in by_url.values() if len(v) > 1]
    per_source = defaultdict(int)
    for v in same_page:
        src = v[0]["source"]
        if per_source[src] >= 45:
            continue
        per_source[src] += 1
        add(v[0], v[1], True, "real_same_page", note="one posting captured twice (files/feeds overlap)")

    uniq = [v[0] for v in by_url.values()]

    # 2. same title and company, other page: read each group (REVIEWED_REPOSTS)
    by_key = defaultdict(list)
    for p in uniq:
        by_key[key(p)].append(p)
    for k, v in by_key.items():
        if len(v) > 1 and k in REVIEWED_REPOSTS:
            dup, note = REVIEWED_REPOSTS[k]
            for a, b in itertools.combinations(v, 2):
                add(a, b, dup, "real_repost" if dup else "real_template", note=note)

    # 3. jobinja: one company, near-identical text, read pair by pair
    jb = [p for p in uniq if p["source"] == "jobinja"]
    for a, b in itertools.combinations(jb, 2):
        if a["company"] != b["company"] or key(a) == key(b) or jac(a["description"], b["description"]) < 0.5:
            continue
        ta, tb = a["title"].replace(" ", ""), b["title"].replace(" ", "")
        if a["location"] == b["location"] and re.sub(r"\(remote\)", "", ta, flags=re.I) == re.sub(r"\(remote\)", "", tb, flags=re.I):
            add(a, b, True, "real_repost", note="re-published with '(Remote)' added to the title, same city, text edited")
        elif a["location"] != b["location"]:
            add(a, b, False, "real_template", note=f"template: {a['location']} vs {b['location']}")
        else:
            add(a, b, False, "real_other_role", note="same company and boilerplate, another role or shift")

    # 4. hh: one company, the same snippet, other title/pay (Yandex's three chat roles, КРАУС's pay, Ярнам's city)
    hh_api = [p for p in uniq if p["source"] == "hh"]
    for a, b in itertools.combinations(hh_api, 2):
        if a["company"] == b["company"] and key(a) != key(b) and a["description"] and jac(a["description"], b["description"]) > 0.6:
            kind = "real_template" if a["location"] != b["location"] or a["salary"] != b["salary"] and a["title"].lower()[:20] == b["title"].lower()[:20] else "real_other_role"
            add(a, b, False, kind, note="same snippet, another title, city or pay")

    # 5. one company, two different roles (hardest first: most alike texts)
    cands = []
    by_company = defaultdict(list)
    for p in uniq:
        if p["company"].strip():
            by_company[p["company"].strip().lower()].append(p)
    for comp, v in by_company.items():
        for a, b in itertools.combinations(v, 2):
            if a["title"].strip().lower() != b["title"].strip().lower() and a["source"] != "hh":
                sim = jac(a["description"], b["description"])
                if sim < 0.5 or a["source"] != "jobinja":  # jobinja >= 0.5 already read in 3
                    cands.append((sim, a, b))
    cands.sort(key=lambda t: -t[0])
    taken = defaultdict(int)
    for sim, a, b in cands:
        comp = a["company"].strip().lower()
        if taken[comp] >= 5 or sum(taken.values()) >= 70:
            continue
        taken[comp] += 1
        add(a, b, False, "real_other_role", note=f"one company, two roles (word overlap {sim:.2f})")

    # 6. the same title at two companies
    by_title = defaultdict(list)
    for p in uniq:
        by_title[re.sub(r"\W+", " ", p["title"].lower()).strip()].append(p)
    cands = []
    for t, v in by_title.items():
        for a, b in itertools.combinations(v, 2):
            if t and a["company"].strip().lower() != b["company"].strip().lower():
                cands.append((jac(a["description"], b["description"]), a, b))
    cands.sort(key=lambda c: -c[0])
    for sim, a, b in cands[:70]:
        add(a, b, False, "real_same_title", note=f"same title, other company (word overlap {sim:.2f})")

    # 7. constructed: one real posting through two sources' formats
    rich = [p for p in uniq if len(p["description"]) > 300 and p["title"] and p["company"]]
    rng.shuffle(rich)
    board = [p for p in rich if p["source"] in ("remoteok", "remotive", "jobicy", "weworkremotely")]
    for p in board[:36]:
        other = as_wwr(p) if p["source"] != "weworkremotely" else as_remoteok(p)
        add(p, other, True, "constructed_cross_source", True,
            f"the {p['source']} posting rendered as {other['source']} would publish it")
    local = [p for p in rich if p["source"] in ("hh", "jobinja")]
    for p in board[36:54] + local[:22]:
        add(p, as_telegram(p), True, "constructed_cross_source", True,
            f"the {p['source']} posting reposted to a Telegram channel (emoji header, hashtags, link)")

    # 8. constructed: reposts with edits by the same source
    for i, p in enumerate(rich[60:120]):
        add(p, edit_repost(p, f"r{i}"), True, "constructed_repost", True, "same source, new id, 3 small edits")

    # 9. constructed: templates with another city or pay
    with_pay = [p for p in rich[120:] if re.search(r"\d", p["salary"])]
    placed = [p for p in rich[120:] if p["location"].strip().lower() not in GENERIC
              and not re.search(r"anywhere|worldwide|remote", p["location"], re.I)]
    for i, p in enumerate(placed[:30]):
        add(p, template(p, f"c{i}", "city"), False, "constructed_template", True, "same ad, another city")
    for i, p in enumerate(with_pay[:30]):
        add(p, template(p, f"s{i}", "salary"), False, "constructed_template", True, "same ad, another pay")

    # 10. constructed: Uzbek in Latin and in Cyrillic
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from pipeline.textnorm import latin_to_cyrillic
    uz = [json.loads(l) for l in open(SAMPLES.parent / "langid/dev.jsonl")]
    uz = [r["text"] for r in uz if r["lang"] == "uz" and r["script"] == "Latn" and len(r["text"]) > 40]
    for i in range(14):
        body = " ".join(uz[i * 4:(i + 1) * 4])
        title = ["Virtual yordamchi", "Operator (masofaviy)", "Kontent menejer", "Ma'lumot kirituvchi",
                 "SMM mutaxassisi", "Mijozlar bilan ishlash bo'yicha menejer", "Tarjimon"][i % 7]
        pay = f"{(i + 3) * 100}$"
        lat = posting("telegram", title, "", f"{title}\nIsh haqi: {pay}\n{body}\nAloqa: @hr_uz_{i}",
                      f"https://t.me/ishbor_uz/{2000 + i}", "Toshkent", pay, f"langid uz #{i}")
        cyr = posting("telegram", latin_to_cyrillic(title), "",
                      "🔥 " + latin_to_cyrillic(f"{title}\nIsh haqi: ") + pay + "\n" + latin_to_cyrillic(body) +
                      f"\nАлоқа: @hr_uz_{i}\n#иш #вакансия", f"https://t.me/vakansiya_uzb/{5000 + i}", "Тошкент", pay,
                      f"langid uz #{i} cyrillic")
        add(lat, cyr, True, "constructed_script", True,
            "one Uzbek ad (body: real Uzbek sentences from the langid set) posted in Latin and in Cyrillic")
        if i % 2 == 0:
            other = dict(cyr, salary=f"{(i + 5) * 100}$", _origin=cyr["_origin"] + " other pay")
            other["description"] = cyr["description"].replace(pay, other["salary"])
            add(lat, other, False, "constructed_script_template", True,
                "the Uzbek ad in the other script with another pay")

    # 11. easy negatives: random pairs within a source
    for src_list in (hh, jobinja, ro, rem, jc, wwr):
        for _ in range(4):
            a, b = rng.sample(src_list, 2)
            if canon(a["url"]) != canon(b["url"]) and key(a) != key(b):
                add(a, b, False, "real_random")

    # de-duplicate pairs, assign ids and a fixed 70/30 dev/held-out split
    seen, out = set(), []
    for rec in pairs:
        sig = tuple(sorted(rec["origin"])) + (rec["a"]["url"], rec["b"]["url"])
        if sig in seen:
            continue
        seen.add(sig)
        rec["id"] = hashlib.sha1(json.dumps(sig).encode()).hexdigest()[:10]
        rec["split"] = "heldout" if int(rec["id"], 16) % 10 < 3 else "dev"
        out.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), Counter((r["kind"], r["duplicate"]) for r in out))


if __name__ == "__main__":
    main()
