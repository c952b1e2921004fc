"""Names of languages in the interface's language."""
from __future__ import annotations

import pytest

from web.i18n import language_name


@pytest.mark.parametrize("ui,code,name", [
    ("en", "uz", "Uzbek"), ("uz", "fa", "Forscha"), ("fa", "ru", "روسی"),  # the catalogue's own names
    ("en", "pt", "Portuguese"), ("uz", "pt", "Portugalcha"), ("fa", "pt", "پرتغالی"),  # CLDR's, capitalised
    ("en", "kk", "Kazakh"), ("en", "zh-cn", "Chinese"),  # langdetect's regional codes by their language
    ("en", None, "unknown"), ("fa", None, "نامشخص"),
    ("en", "xx", "xx"),  # a code no one names stays a code
    ("de", "pt", "Portuguese"),  # an interface language the app does not offer falls back to English
])
def test_language_names(ui: str, code: str | None, name: str) -> None:
    assert language_name(ui, code) == name
