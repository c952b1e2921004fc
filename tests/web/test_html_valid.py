"""Every kind of page is valid HTML by the Nu Html Checker, the W3C's validator (``vnu.jar``, run on Java).

``.ci/run`` fetches the pinned checker (``VAGIGS_VNU_JAR``); without it (or Java) the test is skipped, unless
``VAGIGS_REQUIRE_SERVICES=1``, when that is a failure. Errors and warnings fail it; the checker's plain
information does not.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.web.conftest import REQUIRE_SERVICES

VNU_JAR = Path(os.environ.get("VAGIGS_VNU_JAR", Path.home() / ".cache" / "vagigs" / "vnu-26.9.27.jar"))


@pytest.fixture(scope="module")
def vnu() -> list[str]:
    java = shutil.which("java")
    if not (java and VNU_JAR.is_file()):
        message = f"the Nu Html Checker is needed: java and {VNU_JAR} (.ci/run fetches it)"
        if REQUIRE_SERVICES:
            pytest.fail(f"{message} (VAGIGS_REQUIRE_SERVICES=1)")
        pytest.skip(message)
    return [java, "-jar", str(VNU_JAR), "--format", "json"]


def test_every_kind_of_page_is_valid_html(vnu: list[str], client, web_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = web_store["ids"]
    pages = {f"{name}-{ui}": client.get(path.format(ui=ui)) for ui in ("en", "uz", "fa") for name, path in (
        ("feed", "/?ui={ui}"), ("feed-all", "/?ui={ui}&scams=1&delisted=1&expired=1&q=data"),
        ("page-2", "/?ui={ui}&page=2"), ("beyond", "/?ui={ui}&page=999"), ("empty", "/?ui={ui}&source=weworkremotely"), ("bad", "/?ui={ui}&lang=qz"),
        ("typo", "/?ui={ui}&tags=data_entry&search=a+b"), ("trends-typo", "/trends?ui={ui}&week=4"),
        ("scam", f"/postings/{ids['scam']}?ui={{ui}}"), ("hostile", f"/postings/{ids['hostile']}?ui={{ui}}"),
        ("repost", f"/postings/{ids['repost']}?ui={{ui}}"), ("trends", "/trends?ui={ui}"),
        ("check", "/check?ui={ui}"), ("missing", "/postings/999999?ui={ui}"))}
    pages["checked-fa"] = client.post("/check?ui=fa", data={"text": "Karta raqamingizni yuboring, 50 000 so'm to'lang"})
    files = []
    for name, answer in pages.items():
        assert answer.mimetype == "text/html", name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(answer.data)
    run = subprocess.run([*vnu, *map(str, files)], capture_output=True, text=True, timeout=300)
    messages = json.loads(run.stderr)["messages"]
    found = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages
             if m["type"] == "error" or m.get("subType") == "warning"]
    assert found == []
