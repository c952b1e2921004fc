import pytest

from pipeline.textnorm import cyrillic_to_latin, fold, latin_to_cyrillic, script_variants


def test_fold_digits_letters_and_invisible_joiners() -> None:
    assert fold("حقوق ۴۵,۰۰۰ تومان") == fold("حقوق ٤٥,٠٠٠ تومان") == "حقوق 45,000 تومان"
    assert fold("شبکه\u200cهای اجتماعي") == fold("شبکههای اجتماعی")
    assert fold("كار") == fold("کار")


@pytest.mark.parametrize("variant", ["o'", "o‘", "oʻ", "o’", "o`", "oʼ"])
def test_fold_uzbek_apostrophes(variant: str) -> None:
    assert fold(f"T{variant}lov") == "to'lov"


@pytest.mark.parametrize("cyr,lat", [
    ("Ўзбекистон", "O'zbekiston"),
    ("Қўнғироқларга жавоб бериш", "Qo'ng'iroqlarga javob berish"),
    ("ёрдамчи", "yordamchi"),
    ("Ешлар", "Yeshlar"),
    ("ҳужжатлар", "hujjatlar"),
    ("шахсий котиба", "shaxsiy kotiba"),
])
def test_uzbek_cyrillic_to_latin(cyr: str, lat: str) -> None:
    assert cyrillic_to_latin(cyr) == lat
    assert latin_to_cyrillic(lat) == cyr


def test_same_uzbek_text_in_both_scripts_folds_alike() -> None:
    assert fold("Виртуал ёрдамчи керак") == fold("Virtual yordamchi kerak")


def test_script_variants_for_search() -> None:
    assert script_variants("ёрдамчи") == ["ёрдамчи", "yordamchi"]
    assert script_variants("yordamchi") == ["yordamchi", "ёрдамчи"]
