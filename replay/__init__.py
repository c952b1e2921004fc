"""Record live responses and serve them back over real HTTP on 127.0.0.1.

A snapshot is a folder with ``manifest.jsonl`` (one line per recorded
response: ``url``, ``status``, ``headers``, ``body`` file name, optional
``delay`` seconds) and the body files beside it. ``replay/snapshot/`` is the
one vagigs ships, built from real recorded responses (see its PROVENANCE.md).
"""
from __future__ import annotations

from pathlib import Path

SHIPPED_SNAPSHOT = Path(__file__).parent / "snapshot"
# The schema.org JobPosting board recorded in the shipped snapshot (reconstructed markup). JSON-LD boards are
# configured per installation; a replay crawls the boards its snapshot recorded (``cli._recorded_boards``).
SHIPPED_JSONLD_BOARD = "https://careers.example.com/sitemap.xml"
#: The header the replay server sets on its 404 for a URL its snapshot did not record, so a crawl tells it from a 404
#: the source answered (``crawlers.spiders.base.SourceSpider.guard``).
NO_RECORDING_HEADER = "X-Vagigs-Replay"
NO_RECORDING = "no-recording"
