"""The item, the model and the documentation describe one schema."""
import dataclasses
import re
from pathlib import Path

from crawlers.items import PostingItem
from store.models import SCHEMA_FIELDS

ISSUE_FIELDS = [
    "source", "source_id", "url", "title", "company", "description", "description_html", "location",
    "remote", "employment_type", "salary_raw", "salary_min", "salary_max", "salary_currency",
    "salary_period", "posted_at", "fetched_at", "first_seen_at", "last_seen_at", "language", "tags",
    "legitimacy_score", "legitimacy_reasons", "cluster_id", "payload_hash",
]


def test_item_and_model_have_the_same_fields() -> None:
    assert [f.name for f in dataclasses.fields(PostingItem)] == list(SCHEMA_FIELDS)


def test_every_promised_public_name_exists() -> None:
    assert set(ISSUE_FIELDS) <= set(SCHEMA_FIELDS)


def test_docs_schema_documents_every_field() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, re.M))
    assert documented >= set(SCHEMA_FIELDS), set(SCHEMA_FIELDS) - documented


def test_docs_schema_names_every_pay_period_the_reader_gives() -> None:
    """It had left out "week", which the pay reader gives ("$500 per week")."""
    from pipeline.pay import PERIODS

    doc = (Path(__file__).parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    row = next(line for line in doc.splitlines() if line.startswith("| `salary_period` |"))
    assert [p for p in PERIODS if f"`{p}`" not in row] == []


def test_docs_schema_documents_every_key_of_a_json_posting(tmp_path: Path) -> None:
    """The table covers what ``vagigs feed --format json`` and the API give, not only the stored fields: the keys
    added on the way out (``also_posted_on``, ``legitimacy_verdict_text``, ``tag_labels``) had been left out, as the
    test above compares the table with the item and the model alone."""
    import json

    from click.testing import CliRunner

    from cli import main
    from tests.helpers import small_store
    from web.app import create_app

    url = small_store(tmp_path / "v.db", {"source": "telegram", "source_id": "1", "title": "Virtual assistant"})[0]
    shown = CliRunner().invoke(main, ["feed", "--format", "json"], env={"VAGIGS_DATABASE_URL": url},
                               catch_exceptions=False)
    api = create_app(url).test_client().get("/api/postings").get_json()["postings"]
    keys = set(json.loads(shown.stdout)[0]) | set(api[0])
    doc = (Path(__file__).parents[2] / "docs" / "schema.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, re.M))
    assert keys - documented == set()
