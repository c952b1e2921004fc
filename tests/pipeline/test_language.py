from pipeline.language import detect, script_of


def test_english_and_persian() -> None:
    assert detect("We are hiring a virtual assistant to manage email and calendars.").lang == "en"
    fa = detect("استخدام دستیار مجازی برای مدیریت ایمیل و تقویم به صورت دورکاری")
    assert fa.lang == "fa" and fa.script == "Arab"


def test_too_little_text_is_undetermined() -> None:
    assert detect("  ").lang == "und"
    assert detect("42").lang == "und"


def test_script_of() -> None:
    assert script_of("Ёрдамчи керак") == "Cyrl"
    assert script_of("Yordamchi kerak") == "Latn"
    assert script_of("") is None
