"""English first-party precision: a list introduction that names information only by the group of people it is about
("The information we collect about all visitors to our website includes:") names no data beside its items, which take
its practice; information about the reader ("The personal data we collect about you includes:") stays personal data."""

from __future__ import annotations

from conftest import statements_of


def _markdown(text: str) -> set[tuple[int, str, str]]:
    """(line, data type, action) of a Markdown policy."""
    return {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}


def test_information_about_all_visitors_introduces_its_items_only():
    found = _markdown("The information we collect about all visitors to our website includes:\n\n"
                      "* the visitor's browser type\n* language preference\n")
    assert (3, "device.hardware", "collect") in found
    assert not {t for t in found if t[0] == 1}


def test_a_collection_of_the_following_information_about_users_stays_personal_data():
    found = _markdown("We collect the following information about our users:\n\n* your email address\n")
    assert (1, "personal_info", "collect") in found


def test_information_about_you_in_a_list_introduction_stays_personal_data():
    found = _markdown("The personal data we collect about you includes:\n\n* your name\n")
    assert (1, "personal_info", "collect") in found
    assert (3, "identity.name", "collect") in found


def test_information_about_visitors_in_a_sentence_stays_personal_data():
    found = _markdown("We may share information about visitors with our hosting provider.\n")
    assert any(t[1] == "personal_info" for t in found)
