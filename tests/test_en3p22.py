"""English third-party recall: the people data is about named with words before them ("information about CDC digital
media visitors"), a request for data received from others (no collection), data kept with generic processors ("stored
with vendors"), and a transaction named as the occasion of a practice ("For recurring transactions")."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _recipients(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("# Acme privacy\n\n" + text + "\n",
                                                                                 name="policy.md")}


def test_information_about_people_named_with_words_before_them_is_personal_information():
    found = _found("CDC does not disclose, share, sell, or transfer any information about CDC digital media visitors or "
                   "users unless required by law enforcement or by statute.")
    assert (3, "personal_info", "not_share", "first_party") in found
    assert (3, "personal_info", "share", "first_party") in _found(
        "We share information about WordPress.com users with law enforcement.")
    # a question about what people do, or the pages they visit, is no information about them
    assert not any(t == "personal_info" for _, t, _, _ in _found(
        "We collect information about how users interact with the site."))
    assert not any(t == "personal_info" for _, t, _, _ in _found(
        "We collect information about the websites users visit."))


def test_a_request_for_data_received_from_others_is_no_collection():
    found = _found("Automattic receives requests for information about WordPress.com users, sites, and accounts from "
                   "government agencies, law enforcement, private parties, and individuals.")
    assert not any(action == "collect" for _, _, action, _ in found)
    # data received from others stays our collection
    assert (3, "personal_info", "collect", "first_party") in _found(
        "We receive your personal information from government agencies.")


def test_data_stored_with_generic_processors_is_shared_with_them():
    found = _recipients("For recurring transactions, payment information is stored with vendors who adhere to the "
                        "Payment Card Industry Data Security Standards (PCI DSS).")
    assert ("financial.payment", "share", "first_party", "third_party") in found
    assert ("financial.payment", "store", "first_party", None) in found
    assert ("communication.messages", "share", "first_party", "third_party") in _recipients(
        "Your messages are stored with our service providers.")
    # a manner or the user's own account is no processor
    for text in ("Your messages are stored with care.", "Your messages are stored with your account."):
        assert not any(action == "share" for _, action, _, _ in _recipients(text))
    # a named host as before
    assert ("financial.payment", "share", "first_party", "stripe") in _recipients(
        "Payment information is stored with Stripe.")


def test_a_transaction_named_as_the_occasion_of_a_practice_is_no_data():
    found = _found("For recurring transactions, payment information is stored with vendors.")
    assert not any(t == "financial.transactions" for _, t, _, _ in found)
    assert (3, "financial.transactions", "store", "first_party") in _found("We keep records of your transactions.")
