"""English third-party statements: recipients, own names and sending verbs."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_an_address_something_is_sent_to_is_used_not_shared():
    # GUIDELINES: "Your email is used to send receipts"; the address messages go to is no disclosure
    text = ("# Acme Privacy Policy\n\n"
            "Accounts on Acme web services require an email address that we send a login link to.\n\n"
            "If you order an Acme charge card, we ask for the postal address to which it should be sent.\n\n"
            "You provide your mobile phone number, and we will send an SMS verification code to that number to "
            "verify its validity.\n\n"
            "For legal reasons, a confirmation e-mail will be sent to the e-mail address entered by an affected person "
            "before the first time of sending the newsletter.\n")
    found = _found(text)
    assert not any(action == "share" for _, _, action, _, _ in found)
    assert (3, "contact.email", "use", "first_party", None) in found
    assert (5, "contact.address", "use", "first_party", None) in found
    assert (7, "contact.phone", "use", "first_party", None) in found
    assert (9, "contact.email", "use", "first_party", None) in found


def test_data_sent_to_a_named_party_stays_shared():
    found = _found("# Acme Privacy Policy\n\nWe send your email address to Mailchimp.\n\n"
                   "We may send your phone number to our delivery partners.\n")
    assert (3, "contact.email", "share", "first_party", "mailchimp") in found
    assert (5, "contact.phone", "share", "first_party", "third_party") in found
