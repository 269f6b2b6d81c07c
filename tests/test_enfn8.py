"""English first-party denials: data said never to reach our servers (or our developers) together with third
parties is denied to us as well as to them."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    """(line, data_type, action, party) of `text` under a Markdown heading "# Acme privacy" (first line is line 3), the
    party being who ends up with the data: the recipient of a sharing, else the actor."""
    return {(s.line, s.data_type, s.action, s.entity)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_our_servers_listed_with_third_parties_are_ours():
    found = _found("Your data is never sent to our servers or any third parties.")
    assert (3, "personal_info", "not_collect", "first_party") in found
    assert (3, "personal_info", "not_share", "third_party") in found
    # servers called by our own name, beside a named party
    found = _found("Acme does not transmit clipboard text to Acme servers or Firebase.")
    assert (3, "clipboard", "not_collect", "first_party") in found
    assert (3, "clipboard", "not_share", "firebase") in found
    found = _found("Your data is never sent to Acme servers or any third parties.")
    assert (3, "personal_info", "not_collect", "first_party") in found
    assert (3, "personal_info", "not_share", "third_party") in found


def test_sending_to_our_servers_and_a_named_party_is_collecting_and_sharing():
    found = _found("We send your email address to our servers and Mailchimp.")
    assert {(3, "contact.email", "collect", "first_party"), (3, "contact.email", "share", "mailchimp")} <= found


def test_made_available_to_our_developers_or_other_third_parties():
    found = _found("No location information is made available to the Acme developers or other third parties.")
    assert {(3, "location", "not_collect", "first_party"), (3, "location", "not_share", "third_party")} <= found
    # what is available to us or to our partners stays each party's own collection
    found = _found("Your location is not available to us or to our ad partners.")
    assert (3, "location", "not_collect", "first_party") in found
    assert not any(action == "not_share" for (_, _, action, _) in found)


def test_other_servers_stay_third_parties():
    found = _found("Your data is never sent to other servers or any third parties.")
    assert not any(actor == "first_party" for (_, _, _, actor) in found)
