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


def test_sharing_at_the_users_choice_with_others_is_our_share():
    # GUIDELINES: "You may choose to share your health information with others and with applications that connect to
    # the Tidepool Apps" -> share health with third_party (the service carries the sharing out)
    found = _found("# Acme Privacy Policy\n\n"
                   "You may choose to share your health information with others and with applications that connect "
                   "to the Acme Apps.\n\n"
                   "When you visit a partner agency website, you will see the option to consent to share your "
                   "information with the partner agency.\n\n"
                   "If you share your email address with us, we will send you updates.\n\n"
                   "We show you the people with whom you share DNA.\n")
    assert (3, "health", "share", "first_party", "third_party") in found
    assert (3, "health", "collect", "first_party", None) not in found
    assert (5, "personal_info", "share", "first_party", "third_party") in found
    # shared with us: our collection; a likeness "shared" with people is no sharing
    assert (7, "contact.email", "collect", "first_party", None) in found
    assert not any(line in (7, 9) and action == "share" for line, _, action, _, _ in found)


def test_outside_recipients_beside_our_own_destination_are_shared_with():
    # "to the developer or any third party": our collection and a sharing with the other recipient, denied alike
    found = _found("# Acme Privacy Policy\n\n"
                   "This extension does not collect, store, or transmit any personal data to the developer or any "
                   "third party.\n\n"
                   "We never transmit your messages to our servers or to third parties.\n\n"
                   "The app sends crash reports to our servers and to Sentry.\n\n"
                   "You sign in to Acme and Canvas with your NetID and password.\n")
    assert (3, "personal_info", "not_collect", "first_party", None) in found
    assert (3, "personal_info", "not_share", "first_party", "third_party") in found
    assert (5, "communication.messages", "not_share", "first_party", "third_party") in found
    assert (7, "usage.logs", "share", "first_party", "sentry") in found
    # signing in to two services hands nothing on
    assert not any(line == 9 and action == "share" for line, _, action, _, _ in found)


def test_the_time_something_was_sent_is_not_what_is_sent():
    found = _found("# Acme Privacy Policy\n\n"
                   "We store your messages and the time each message was sent and read.\n\n"
                   "We share the time you spend in the app with our partners.\n")
    assert (3, "usage.logs", "store", "first_party", None) in found
    assert not any(line == 3 and action == "share" for line, _, action, _, _ in found)
    # the time spent, the object of the sharing, stays shared
    assert (5, "usage", "share", "first_party", "third_party") in found


def test_notices_the_service_sends_are_no_sharing():
    found = _found("# Acme Privacy Policy\n\n- Process transactions and sending invoices;\n\n"
                   "We will also use it to send out notifications, reminders and feedback questionnaires.\n\n"
                   "We send your order details and updates to our delivery partners.\n")
    assert (3, "financial.transactions", "use", "first_party", None) in found
    assert not any(line in (3, 5) and action == "share" for line, _, action, _, _ in found)
    # a notice sent to a named recipient is still handed on
    assert (7, "financial.transactions", "share", "first_party", "third_party") in found


def test_the_update_server_is_the_softwares_own():
    found = _found("# Acme Privacy Policy\n\n"
                   "Update checks may send standard request information such as the app version, macOS version, and "
                   "IP address to the update server.\n\n"
                   "We send your IP address to the update server of Google.\n")
    assert (3, "network.ip", "collect", "first_party", None) in found
    assert not any(line == 3 and action == "share" for line, _, action, _, _ in found)
    assert (5, "network.ip", "share", "first_party", "google") in found


def test_data_that_reveals_other_data_is_no_disclosure():
    found = _found("# Acme Privacy Policy\n\n"
                   "When you order a special meal, we record your meal preference with your booking. Meal "
                   "preferences may reveal your religious beliefs or a health condition.\n\n"
                   "- Where you ask for a wheelchair space, the details you give us, which may reveal information "
                   "about a disability or a health condition.\n\n"
                   "This information does not reveal your specific identity (like your name).\n\n"
                   "We may reveal your name to law enforcement.\n")
    assert (3, "identity.beliefs", "collect", "first_party", None) in found
    assert (3, "health", "collect", "first_party", None) in found
    assert (5, "health", "collect", "first_party", None) in found
    assert not any(line in (3, 5, 7) and action in ("share", "not_share") for line, _, action, _, _ in found)
    assert not any(line == 7 for line, *_ in found)
    # a party revealing data to someone still discloses it
    assert (9, "identity.name", "share", "first_party", "third_party") in found


def test_data_the_service_can_be_used_without_giving_is_not_collected():
    # GUIDELINES: not_collect includes data the user need not provide
    found = _found("# Acme Privacy Policy\n\nAcme can be used without sharing any personal information.\n\n"
                   "Our Premium Service does not require disclosing any personal information.\n\n"
                   "OAuth allows third-party applications to access resources without sharing login credentials.\n\n"
                   "You can use the app without sharing your location with your friends.\n")
    assert (3, "personal_info", "not_collect", "first_party", None) in found
    assert (5, "personal_info", "not_collect", "first_party", None) in found
    assert not any(line in (3, 5) and action == "not_share" for line, _, action, _, _ in found)
    # another party's access, and a recipient named, keep the denied sharing
    assert not any(line == 7 and action == "not_collect" for line, _, action, _, _ in found)
    assert (9, "location", "not_share", "first_party", "third_party") in found
