"""English third-party recall: parties named only by the antecedent of a relative "who" / "which" that receive, see or
have access to the data ("- **Site hosts**, who receive the session records")."""

from __future__ import annotations

from conftest import statements_of


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_an_outside_party_of_a_relative_clause_receives_the_data_from_us():
    # the relative "who" stands for the party before it, a common noun no catalogue knows: a third party
    assert _tuples("- **Site hosts**, who receive your name and contact details;") == {
        ("identity.name", "share", "first_party", "third_party"), ("contact", "share", "first_party", "third_party")}
    assert _tuples("We work with local hosts, who receive your phone number.") == {
        ("contact.phone", "share", "first_party", "third_party")}
    assert _tuples("We work with local hosts, who see your phone number.") == {
        ("contact.phone", "share", "first_party", "third_party")}
    assert _tuples("We work with local hosts, who have access to your phone number.") == {
        ("contact.phone", "share", "first_party", "third_party")}


def test_a_denied_receipt_of_a_relative_clause_stays_a_denial():
    assert _tuples("We work with local hosts, who cannot see your phone number.") == {
        ("contact.phone", "not_share", "first_party", "third_party")}
    assert _tuples("We work with local hosts, who never receive your phone number.") == {
        ("contact.phone", "not_share", "first_party", "third_party")}


def test_our_own_people_and_systems_of_a_relative_clause_are_no_outside_party():
    # our staff and our servers seeing or receiving the data is no disclosure
    assert _tuples("Our employees, who see your phone number, are bound by confidentiality.") == set()
    assert _tuples("Our support team, who can see your account details, is trained.") == set()
    assert ("contact.phone", "share", "first_party", "third_party") not in _tuples(
        "We store your data on servers, which receive your phone number.")


def test_a_public_page_showing_the_data_shows_it_to_other_people():
    # a profile or leaderboard is a page other people visit (GUIDELINES: a profile shown to other users); the page
    # itself is where the data is shown, not data of its own
    assert _tuples("Your profile shows your name and location.") == {
        ("identity.name", "share", "first_party", "third_party"), ("location", "share", "first_party", "third_party")}
    assert _tuples("The leaderboard displays your username and score.") == {
        ("account.credentials", "share", "first_party", "third_party"), ("usage", "share", "first_party", "third_party")}
    assert _tuples("User profiles display information about when the user created their account as well their public "
                   "activity on GitHub.com and social interactions.") >= {
        ("usage.logs", "share", "first_party", "third_party")}
    assert not any(t[0] == "account.profile" for t in _tuples(
        "User profiles display information about when the user created their account."))


def test_a_public_page_denied_to_show_the_data_is_a_denial_and_other_screens_share_nothing():
    assert _tuples("Your profile does not show your email address.") == {
        ("contact.email", "not_share", "first_party", "third_party")}
    assert _tuples("The app shows your name and location.") == set()
    assert _tuples("The dashboard shows your location.") == set()
    # the profile as the data shown keeps its own term
    assert _tuples("Your profile is shown to other users.") == {
        ("account.profile", "share", "first_party", "third_party")}


def test_public_facing_data_is_shown_to_other_people():
    assert _tuples("Your profile will be public-facing.") == {
        ("account.profile", "share", "first_party", "third_party")}
    assert _tuples("Your profile will not be public-facing.") == {
        ("account.profile", "not_share", "first_party", "third_party")}
    # a public-facing site that collects the data shows nothing
    assert _tuples("Our public-facing website collects your IP address.") == {
        ("network.ip", "collect", "first_party", None)}
