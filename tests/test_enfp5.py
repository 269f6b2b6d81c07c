"""English precision on bare personal data: data named only as what a safeguard protects, also as a later item of the
protected list, also when the parser joined that item to the verb before the safeguard."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_later_item_of_a_protected_list_keeps_no_stock_description_practice():
    assert not _found("We are committed to protecting your personal data and the personal data you provide about "
                      "other people.")
    assert not _found("We protect your name and the email address you give us.")
    assert not _found("The Department for Business and Trade (DBT) is committed to protecting the privacy and security "
                      "of your personal data, and the personal data you provide about other people.")
    # the same list under a practice verb keeps its tuples
    assert {(3, "contact.email", "collect", "first_party"), (3, "identity.name", "collect", "first_party")} <= _found(
        "We collect your name and the email address you give us.")

