from pipeline.dedupe import content_hash


def test_repost_with_emoji_hashtags_and_other_script_hashes_alike() -> None:
    latin = content_hash("Virtual yordamchi kerak", "", "Ish haqi: 500$ #ish #Toshkent\nAloqa: @hr_uz")
    cyrillic = content_hash("🔥 Виртуал ёрдамчи керак!", None, "Иш ҳақи: 500$ #иш\nАлоқа: @hr_uz")
    assert latin == cyrillic


def test_persian_letter_forms_and_digits_hash_alike() -> None:
    assert content_hash("دستيار مجازي", "شرکت", "حقوق ۵۰۰") == content_hash("دستیار مجازی", "شرکت", "حقوق 500")


def test_different_company_is_a_different_posting() -> None:
    assert content_hash("Virtual Assistant", "Acme", "Email and calendar") != content_hash(
        "Virtual Assistant", "Globex", "Email and calendar")


def test_nothing_to_hash() -> None:
    assert content_hash(None, "", "  ") is None
