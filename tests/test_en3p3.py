"""English third-party statements: recipients and collecting parties."""

from __future__ import annotations

from conftest import pairs


def test_a_later_disclosure_of_the_data_by_a_pronoun_shares_it():
    assert ("personal_info", "share") in pairs(
        "In the last 12 months, we collected the following categories of personal information and disclosed them for "
        "business purposes to the categories of recipients shown.")
    assert ("personal_info", "share") in pairs(
        "We have collected the categories of personal information listed below from the sources shown, for the "
        "purposes shown, and we have disclosed them to the recipients shown.")
    assert pairs("We collect your email address and share it with our partners.") == {
        ("contact.email", "collect"), ("contact.email", "share")}
    # a pronoun of another number is not the data
    assert ("contact.email", "share") not in pairs("We collect your email address and share them with our partners.")
