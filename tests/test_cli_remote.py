"""``vagigs feed --remote`` keeps the fully remote gigs, ``--open-to COUNTRY`` the remote gigs an applicant living
there may take (as the web feed's ``open_to=``). A small store of its own, read by the real command in this process
(``tests.helpers.vagigs_here``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import small_store, vagigs_here


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    from pipeline.remote import allowed_regions

    url, _ = small_store(tmp_path / "v.db", *(
        dict(source="jobicy", source_id=sid, title=f"Gig {sid}", location=location, remote_scope=scope,
             allowed_regions=allowed_regions(location))
        for sid, scope, location in (("usa", "remote", "USA"), ("emea", "remote", "EMEA"),
                                     ("world", "remote", "Anywhere"), ("office", "onsite", "Tehran"))))
    return {"VAGIGS_DATABASE_URL": url, "VAGIGS_HOME": str(tmp_path / "home")}


def _ids(env: dict[str, str], *flags: str) -> set[str]:
    return {p["source_id"] for p in json.loads(vagigs_here("feed", "--format", "json", *flags, env=env).stdout)}


def test_feed_keeps_the_remote_gigs_open_to_a_country(env: dict[str, str]) -> None:
    assert _ids(env) == {"usa", "emea", "world", "office"}
    assert _ids(env, "--remote") == {"usa", "emea", "world"}
    assert _ids(env, "--open-to", "ir") == {"emea", "world"}
    assert _ids(env, "--open-to", "UZ", "--remote") == {"world"}
    for given in ("Iran", "ZZ"):
        bad = vagigs_here("feed", "--open-to", given, env=env, check=False)
        assert bad.returncode == 2 and "two-letter country code" in bad.stderr and "Traceback" not in bad.stderr


def test_report_reach_counts_the_gigs_open_to_seekers_in_each_country(env: dict[str, str]) -> None:
    """The analysts' side of the same reading: of the week's four gigs, three remote, two open to Iran (EMEA and
    the world), one to Uzbekistan (the world)."""
    [row] = json.loads(vagigs_here("report", "reach", "--format", "json", env=env).stdout)
    assert row == {"week": "2025-W49", "gigs": 4, "remote": 3, "open_to_UZ": 1, "open_to_IR": 2,
                   "share_UZ": 0.25, "share_IR": 0.5}
