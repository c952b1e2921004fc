import urllib.error
import urllib.request
from pathlib import Path

import pytest

from replay.server import ReplayServer
from replay.snapshot_format import from_replay_path, to_replay
from tests.helpers import make_snapshot


def test_url_mapping_round_trips() -> None:
    url = "https://api.hh.ru/vacancies?area=97&page=2"
    local = to_replay("http://127.0.0.1:1", url)
    assert local == "http://127.0.0.1:1/https/api.hh.ru/vacancies?area=97&page=2"
    assert from_replay_path(local.removeprefix("http://127.0.0.1:1")) == url


def test_serves_recorded_bodies_and_honours_etags(tmp_path: Path) -> None:
    snap = make_snapshot(tmp_path, [{"url": "https://example.org/feed?b=2&a=1", "text": "hello",
                                     "headers": {"Content-Type": "text/plain", "ETag": '"v1"'}}])
    with ReplayServer(snap) as server:
        url = to_replay(server.base_url, "https://example.org/feed?a=1&b=2")
        with urllib.request.urlopen(url) as resp:
            assert resp.read() == b"hello" and resp.headers["ETag"] == '"v1"'
        req = urllib.request.Request(url, headers={"If-None-Match": '"v1"'})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 304
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(to_replay(server.base_url, "https://example.org/other"))
        assert err.value.code == 404
