"""The README's figures of the demo are what ``vagigs demo`` gives. The feed's share of them changes as the
shipped gigs' closing dates pass, so they are read on the day the README names, with the feed's clock set to it;
the reach report counts closed gigs too."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from tests.helpers import ROOT, vagigs

FEED = re.compile(r"In the demo \(on (\d{4}-\d\d-\d\d):[^)]*\), (\d+) of the (\d+) curated gigs are remote, (\d+) open "
                  r"to Uzbekistan and (\d+) to Iran")
REACH = re.compile(r"in the demo's busiest week, (\d+) of (\d+) for Uzbekistan and (\d+) for Iran")


@pytest.mark.long  # (an end-to-end run of 10-20 s: after the README's command, in CI)
def test_the_readme_gives_the_demos_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    feed, reach = FEED.search(readme), REACH.search(readme)
    assert feed and reach, "the README's sentences on the demo's figures changed: change this test with them"
    day, remote, curated, open_uz, open_ir = feed.groups()

    env = {"VAGIGS_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}", "VAGIGS_HOME": str(tmp_path / "home")}
    vagigs("demo", "--no-serve", env=env)
    monkeypatch.setattr("store.queries.utcnow", lambda: datetime.fromisoformat(day).replace(tzinfo=timezone.utc))

    def shown(command: str, *args: str) -> list[dict]:
        result = CliRunner().invoke(main, [*command.split(), *args, "--format", "json"], env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    counted = [len(shown("feed", "--limit", "1000", *only)) for only in
               ((), ("--remote",), ("--open-to", "UZ"), ("--open-to", "IR"))]
    assert counted == [int(curated), int(remote), int(open_uz), int(open_ir)]
    busiest = max(shown("report reach"), key=lambda week: week["gigs"])
    assert [busiest["open_to_UZ"], busiest["gigs"], busiest["open_to_IR"]] == [int(n) for n in reach.groups()]
