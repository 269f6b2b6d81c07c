"""English third-party recall in prose: the later participles of a passive list that the parser hangs on the first
after a comma, what we send to the party that receives it, data accessible by a party, a party getting access."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def test_later_participles_of_a_passive_list_after_a_comma_keep_its_subject():
    found = _found("Your voice command is captured by the remote, sent to BrightView and forwarded to our speech "
                   "provider.")
    assert {(3, "media.audio", "collect", "first_party"), (3, "media.audio", "share", "first_party")} <= found
    assert (3, "location", "share", "first_party") in _found("Your location is recorded by the app, sent to Google.")
    # a participle that states no practice adds nothing
    assert _found("Your data is stored on our servers, located in the US.") == {
        (3, "personal_info", "store", "first_party")}


def test_what_we_send_goes_to_the_party_that_receives_it():
    # the relative clause "we send" names no recipient: the party receiving the data is the one
    found = {(s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of("Sentry receives the crash reports we send.")}
    assert found == {("usage.logs", "share", "first_party", "sentry")}


def test_data_accessible_by_a_party_is_shared_with_it():
    assert _found("Your personal information may be accessible by third parties.") == {
        (3, "personal_info", "share", "first_party")}
    assert _found("Your notes are not accessible by Google.") == {(3, "content", "not_share", "first_party")}
    # by the user, by default or on request: no one else reaches the data
    assert _found("Your notes are only accessible by you.") == set()
    assert _found("Your data is accessible by default.") == set()
    assert _found("Your data is available by request.") == set()


def test_a_party_getting_access_to_the_data_is_given_it():
    found = _found("Only the admins of the Collective and of the organization that is legally hosting the Collectives "
                   "get access to your email address.")
    assert found == {(3, "contact.email", "share", "first_party")}
    assert _found("Advertisers do not get access to your email address.") == {
        (3, "contact.email", "not_share", "first_party")}
    # the user's own access, and ours, are no sharing
    assert _found("You can get access to your personal information at any time.") == set()
    assert _found("We get access to your contacts when you allow it.") == {(3, "social.contacts", "collect",
                                                                             "first_party")}
