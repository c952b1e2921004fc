"""``vagigs crawl`` leaves a source whose crawl still runs (the scheduler's, another node's) alone, as the scheduler
does: two crawls at once spent its daily request cap twice."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import vagigs


@pytest.mark.long
def test_a_source_still_crawling_is_not_crawled_again_unless_asked(tmp_path: Path) -> None:
    from store import db, queries

    url = f"sqlite:///{tmp_path / 'v.db'}"
    env = {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}
    db.migrate(url)
    with db.sessions(url).begin() as s:
        running = queries.start_run(s, "remotive")
        running.host = "node2"
        run_id = running.id
    proc = vagigs("crawl", "remotive", "jobicy", "--replay", env=env)
    assert proc.stderr.count("not crawled") == 1 and (
        f"remotive not crawled: a crawl of it still runs, run {run_id} (since ") in proc.stderr
    assert "on node2); --even-if-running crawls it anyway" in proc.stderr

    def runs() -> list[str]:
        return sorted(r["source"] for r in json.loads(vagigs("runs", "--format", "json", env=env).stdout))

    assert runs() == ["jobicy", "remotive"]  # the one running, and jobicy's
    vagigs("crawl", "remotive", "--replay", "--even-if-running", env=env)
    assert runs() == ["jobicy", "remotive", "remotive"]
