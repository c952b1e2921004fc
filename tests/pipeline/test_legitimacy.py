from crawlers.items import PostingItem
from pipeline.legitimacy import assess

CLEAN = ("We are a 20-person agency hiring a virtual assistant to manage our founders' inboxes "
         "and calendars. Paid monthly by bank transfer after each invoice.")


def _p(text: str) -> PostingItem:
    return PostingItem(source="t", source_id="1", title="Virtual Assistant", description=text)


def test_clean_posting_is_ok() -> None:
    a = assess(_p(CLEAN))
    assert (a.verdict, a.reasons) == ("ok", []) and a.score >= 80  # short: the model alone is one level milder


def test_fee_and_card_request_is_likely_scam_with_readable_reasons() -> None:
    a = assess(_p(CLEAN + " Pay a registration fee of $50 and send your bank card number to start."))
    assert a.verdict == "likely_scam"
    codes = {r.code: r.span for r in a.reasons}
    assert codes["upfront_fee"] == "registration fee"
    assert codes["asks_bank_or_id"] == "bank card number"


def test_too_short_is_insufficient_evidence() -> None:
    assert assess(PostingItem(source="t", source_id="1", title="VA")).verdict == "insufficient_evidence"
