"""English precision on bare personal data: data named only as what a safeguard protects, also as a later item of the
protected list, and a practice named as what a verb of overseeing has as object."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of("# Acme privacy\n\n" + text + "\n",
                                                                            name="policy.md")}


def test_later_item_of_a_protected_list_keeps_no_stock_description_practice():
    assert not _found("We are committed to protecting your personal data and the personal data you provide about "
                      "other people.")
    assert not _found("We protect your name and the email address you give us.")
    assert not _found("The Department for Business and Trade (DBT) is committed to protecting the privacy and security "
                      "of your personal data, and the personal data you provide about other people.")
    # the same list under a practice verb keeps its tuples
    assert {(3, "contact.email", "collect", "first_party"), (3, "identity.name", "collect", "first_party")} <= _found(
        "We collect your name and the email address you give us.")


def test_practice_overseen_is_not_stated():
    assert not _found("The Data Protection Officer monitors our use of personal information.")
    assert not _found("The board oversees the processing of personal data.")
    # monitoring the user's own use is collecting usage data
    assert (3, "usage", "collect", "first_party") in _found(
        "We monitor your use of the app, including your IP address.")
    # a practice verb on the same data stays
    assert (3, "personal_info", "use", "first_party") in _found("We use your personal data to provide the service.")
