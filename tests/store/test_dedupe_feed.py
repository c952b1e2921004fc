"""`vagigs dedupe` and `vagigs feed`: one entry per gig, every source credited. The feed is read in this process
(``tests.helpers.vagigs_here``); ``dedupe``, which may fork its batches, runs in a process of its own."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline import dedupe
from store import db, queries
from tests.helpers import vagigs, vagigs_here

DESC = "Answer customer emails, keep the calendar and enter orders into the CRM. " * 4


def test_feed_shows_the_representative_and_links_the_others(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    db.migrate(url)
    with db.sessions(url).begin() as s:
        for source, sid, extra in (("telegram", "1", ""), ("remoteok", "2", ""), ("jobicy", "3", " #va")):
            queries.upsert_posting(s, {
                "source": source, "source_id": sid, "url": f"https://{source}.example/{sid}",
                "title": "Virtual Assistant", "company": "Acme" if source != "telegram" else None,
                "description": DESC + extra, "location": "Tashkent",
                "content_hash": dedupe.content_hash("Virtual Assistant", None, DESC + extra)})
    env = {"VAGIGS_DATABASE_URL": url}
    out = vagigs("dedupe", env=env).stdout
    assert "dedupe update: 3 postings clustered" in out and "clusters with duplicates: 1" in out
    feed = json.loads(vagigs_here("feed", "--format", "json", env=env).stdout)
    assert len(feed) == 1
    rep = feed[0]
    assert rep["is_representative"] and rep["source"] in ("remoteok", "jobicy")
    assert {link["source"] for link in rep["also_posted_on"]} == {"telegram", "remoteok", "jobicy"} - {rep["source"]}
    table = vagigs_here("feed", env=env).stdout
    assert table.count("+ also posted on") == 2 and "https://telegram.example/1" in table
    rebuilt = vagigs("dedupe", "--rebuild", env=env).stdout
    assert "dedupe rebuild: 3 postings clustered" in rebuilt
    assert json.loads(vagigs_here("feed", "--format", "json", env=env).stdout)[0]["id"] == rep["id"]
    every = json.loads(vagigs_here("feed", "--all", "--format", "json", env=env).stdout)
    assert len(every) == 3 and all(len(p["also_posted_on"]) == 2 for p in every)
