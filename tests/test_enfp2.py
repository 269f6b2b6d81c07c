"""English precision: what a notice or a law requires, and terms that only name how something is secured."""

from __future__ import annotations

from conftest import pairs, tuples


REQUIREMENT_LISTS = [
    ("If NIH operates a record system, a Privacy Act Notification Statement should be displayed. The notice must "
     "address the following five criteria:\n\n1. NIH legal authorization to collect information about you\n"
     "2. Purpose of the information collection\n"),
    ("A Privacy Act Notification Statement should be displayed on the form. The statement has to address these 5 "
     "criteria:\n\n- The legal authorization we have to collect information about you\n- Why we’re collecting "
     "information\n"),
    ("The Act’s major provisions require agencies to:\n\n* keep information about you accurate, relevant, timely, and "
     "complete; and\n* allow you to access and review your information held in a SOR.\n"),
]


def test_items_of_what_a_notice_or_law_requires_state_no_practice():
    for text in REQUIREMENT_LISTS:
        assert tuples(text, name="policy.md") == set(), text


def test_items_of_other_introductions_keep_their_practices():
    # what we ask the user for, and our own list of what we collect after a notice's requirement, are practices
    found = {(data, action) for _, data, action, _ in tuples(
        "To process your request, we need you to provide the following:\n\n1. Your email address.\n",
        name="policy.md")}
    assert ("contact.email", "collect") in found
    found = {(data, action) for _, data, action, _ in tuples(
        "Our privacy notice must include what we collect. We collect the following:\n\n* your email address\n",
        name="policy.md")}
    assert ("contact.email", "collect") in found


def test_password_protected_is_no_credential():
    assert not any(data == "account.credentials" for data, _ in pairs(
        "The information is then saved on a password-protected shared drive accessible to NIH Managers."))
    found = pairs("The email subscriber lists are password protected by GovDelivery. To subscribe, you must provide "
                  "an e-mail address.")
    assert ("contact.email", "collect") in found
    assert not any(data == "account.credentials" for data, _ in found)


def test_a_protected_password_of_the_user_stays_a_credential():
    assert ("account.credentials", "store") in pairs("We store your password protected with bcrypt.")
    assert ("account.credentials", "collect") in pairs(
        "To subscribe, you must provide an e-mail address and a password.")
