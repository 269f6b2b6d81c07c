"""English precision, first party: clauses on the user's rights over data the service holds name that data as the
object of the right or the request, and state no practice of the service."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of("# Acme privacy\n\n" + text + "\n",
                                                                            name="policy.md")}


def test_a_copy_the_user_would_like_of_the_data_we_hold_is_no_storage():
    # GUIDELINES: the data a right, a request for a copy or a correction names by what the service holds
    assert not _found("Please write to team@example.org if you would like a copy of the Personal Data that we hold "
                      "about you.")
    assert not _found("If you want a copy of your data, write to us.")
    # a retention stated in the sentence itself stays
    assert (3, "personal_info", "store", "first_party") in _found("We hold the personal data about you for two years.")


def test_correcting_inaccurate_data_we_hold_is_no_storage():
    assert not _found("If any of the Personal Data we hold about you is inaccurate or you would like to request the "
                      "erasure of Personal Data about you, please let us know and we will make the changes on our "
                      "system.")
    # the retention in the next sentence keeps its tuple
    found = _found("If your information is out of date, tell us. We keep your email address for one year.")
    assert found == {(3, "contact.email", "store", "first_party")}


def test_the_copy_sent_back_to_the_user_is_no_collection():
    assert not _found("By using `/request_data`, the bot will send you a zip file of all the data collected about you "
                      "as part of your subscription.")
    # collection named in its own clause stays
    assert (3, "contact.email", "collect", "first_party") in _found(
        "We collect your email address; on request we will send you a copy of the data.")
