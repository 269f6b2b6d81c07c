"""English third-party recall: parties granted access to the data, a pronoun standing for the party named before
having access to it, and the standing a player reaches shown to others."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_people_granted_access_to_the_data_are_given_it():
    # GUIDELINES: a party said to have access to the data is given it (share), not our collection
    assert _found("Only the recipients you've selected will be granted access to your personal data.") == {
        (3, "personal_info", "share", "first_party")}
    assert _found("Third-party developers are granted access to your code.") == {(3, "content", "share", "first_party")}
    assert _found("We grant our partners access to your email address.") == {(3, "contact.email", "share", "first_party")}
    assert _found("We do not grant advertisers access to your location.") == {(3, "location", "not_share", "first_party")}


def test_access_granted_to_us_or_to_the_user_is_no_sharing():
    assert _found("You grant us access to your contacts.") == {(3, "social.contacts", "collect", "first_party")}
    assert _found("You are granted access to your records.") == set()
    assert _found("We give you access to your data.") == set()
    # our own people given access: an access control, no sharing
    assert not any(t[2] == "share" for t in _found("Our employees are granted access to your personal data."))


def test_they_having_access_after_the_party_named_before_are_given_the_data():
    assert _tuples("We use Google Workspace for email. They have access to data from email messages (e.g. sender, "
                   "subject, body, and attachments). They do not have access to any client data outside of email "
                   "communication.") == {
        ("communication.messages", "share", "first_party", "google"), ("content", "share", "first_party", "google"),
        ("personal_info", "not_share", "first_party", "google")}


def test_a_named_party_having_access_stays_its_collection():
    # GUIDELINES example: the phone's settings give the party the location, read as its collection
    assert _tuples("Google may have access to your location.") == {("location", "collect", "google", None)}
    # "it" may be our own app: no sharing
    assert _found("The app asks for your location. It has access to your location.") == {
        (3, "location", "collect", "first_party")}


def test_rankings_and_ratings_of_players_are_usage_shown_to_others():
    assert (3, "usage", "share", "first_party") in _found(
        "Fantasy contest results, including your nickname, your lineup and your final ranking, are published on contest "
        "leaderboards that are visible to all other users.")
    assert (3, "usage", "share", "first_party") in _found("We publish the rating of all players on our website.")
