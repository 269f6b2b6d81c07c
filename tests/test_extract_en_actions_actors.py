"""English actions and parties: which practice a line states and who performs or receives it."""

from __future__ import annotations

from conftest import pairs, statements_of, tuples


def test_identifying_clause_on_the_subject_of_a_use_adds_no_collect():
    # "what we collect" only identifies the data whose use the sentence states
    assert pairs("The personal information we collect from you is used to process your orders.") == {
        ("personal_info", "use"), ("financial.transactions", "use")}
    assert pairs("Personal information collected from you is used to process your orders.") == {
        ("personal_info", "use"), ("financial.transactions", "use")}
    # a denial on that subject keeps the collection
    assert ("personal_info", "collect") in pairs(
        "The personal information we collect from you is not sold to advertisers.")


def test_item_used_for_a_purpose_under_a_collecting_introduction_is_collected():
    text = ("# Policy\n\nReadflow collects the following data:\n\n"
            "- Personal identification information (email address, first name and last name) used to grant access "
            "to the service.\n"
            "- Technical information (IP, Browser and Operating System) used for usage analytics.\n\n"
            "## Collected Data\n\nThis bot is only usable for whitelisted users.\n\n"
            "* username: used for whitelisting users\n\n"
            "## Other\n\n- **Email address** — used to send receipts\n"
            "- The email address you provide may be used to send you notifications.\n")
    found = {(line, data_type, action) for line, data_type, action, _ in tuples(text, fmt="md")}
    assert {(5, "contact.email", "collect"), (5, "identity.name", "collect"), (6, "network.ip", "collect"),
            (12, "account.credentials", "collect")} <= found
    assert not {t for t in found if t[0] in (5, 6, 12) and t[2] == "use"}
    # with no collection stated around it, or a possibility of its own, the item's use stays
    assert (16, "contact.email", "use") in found and (17, "contact.email", "use") in found
    assert not {t for t in found if t[0] in (16, 17) and t[2] == "collect"}


def test_furnish_reads_as_provide():
    # what the user is asked to furnish is collected; what we furnish to others is shared
    assert pairs("To open an account you are required to furnish your full legal name and email address.") == {
        ("identity.name", "collect"), ("contact.email", "collect")}
    assert pairs("We furnish user information to third parties via the processes described in these Legal "
                 "Guidelines.") == {("personal_info", "share")}


def _parties(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_data_not_reaching_us_is_the_processors_own():
    # a processor's handling of data that never reaches us is its use; data sent to it, its collection
    assert _parties("The purchase is processed by Google Play Billing. Google is the seller of record. We never "
                    "receive or see your payment card, bank details, or billing address.") == {
        ("financial.transactions", "use", "google_play_billing", None),
        ("financial.payment", "not_collect", "first_party", None),
        ("contact.address", "not_collect", "first_party", None)}
    found = _parties("When you link an account, you enter your online banking username and password into Plaid's "
                     "interface; your bank login credentials are sent to Plaid and never reach Splitly's servers.")
    assert ("account.credentials", "collect", "plaid", None) in found
    assert not any(action == "share" for _, action, _, _ in found)
    # without such a statement the processor's handling stays our sharing
    assert _parties("The purchase is processed by Google Play Billing.") == {
        ("financial.transactions", "share", "first_party", "google_play_billing")}


def test_transfer_from_a_to_b_goes_to_b():
    assert _parties("Your full card number is sent from the payment terminal or the payment form to Adyen.") == {
        ("financial.payment", "share", "first_party", "adyen")}


def test_data_visible_to_own_moderators_is_used():
    assert _parties("Email addresses are visible to moderators and the admin.") == {
        ("contact.email", "use", "first_party", None)}
    # other users seeing it are recipients
    assert _parties("Your posts are visible to other users and moderators.") == {
        ("content", "share", "first_party", "third_party")}


def test_lower_case_catalogued_name_before_server_is_that_party():
    assert _parties("When an error occurs in the app, log data is uploaded to the sentry server.") == {
        ("usage.logs", "share", "first_party", "sentry")}
    # a server of no one named is ours
    assert _parties("When an error occurs in the app, log data is uploaded to the server.") == {
        ("usage.logs", "collect", "first_party", None)}


def test_introduction_using_a_tool_and_collecting_gives_the_items_collection_only():
    text = ("We use Google Analytics and collect the following information:\n\n- pages you visit\n- your IP address\n\n"
            "We, and our third-party partners, use tracking technologies to automatically collect usage and device "
            "information, such as:\n\n- your IP address\n\nWe use your information to:\n\n- send you newsletters\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert {(3, "usage.history", "collect", "first_party"), (3, "usage.history", "collect", "google_analytics"),
            (4, "network.ip", "collect", "first_party"), (4, "network.ip", "collect", "google_analytics"),
            (8, "network.ip", "collect", "first_party"), (8, "network.ip", "collect", "third_party")} <= found
    assert not {t for t in found if t[0] in (3, 4, 8) and t[2] == "use"}
    # the tracking technologies themselves are used, and data the introduction uses is used
    assert (6, "usage.cookies", "use", "first_party") in found
    assert (10, "personal_info", "use", "first_party") in found


def test_items_of_a_list_of_purposes_use_the_data_they_name():
    text = ("Documenso Inc. uses the collected data for various purposes:\n\n1.  to provide and maintain our Service;\n"
            "2.  to monitor the usage of our Service;\n\nThe collected data is used for:\n\n"
            "- Understanding how the application is used\n- Measuring feature adoption and performance\n")
    assert {(s.line, s.data_type, s.action) for s in statements_of(text)} == {
        (4, "usage", "use"), (8, "usage", "use"), (9, "usage", "use")}


def test_party_receiving_the_ip_address_of_a_request_collects_it():
    assert _parties("Plausible receives the page URL, the referrer and your IP address.") == {
        ("usage.history", "collect", "plausible", None), ("network.ip", "collect", "plausible", None)}
    # other data it receives, or more of what we send it, is our sharing
    assert _parties("Sentry receives crash reports.") == {("usage.logs", "share", "first_party", "sentry")}
    assert ("location.precise", "share", "first_party", "mapbox") in _parties(
        "Mapbox receives your route coordinates and IP address to draw maps.")
    assert _parties("Cloudflare will also receive your computer's IP address.") == {
        ("network.ip", "share", "first_party", "cloudflare")}


def test_a_named_tools_cookies_used_to_collect_give_the_collection_to_the_tool():
    # GUIDELINES: the tool's cookies named as the means give the collect to the tool only, as the tool named alone
    text = ("We also use the Google Analytics cookies detailed in the GOV.UK Cookie Policy to collect information "
            "about:\n\n1. the pages you visit\n\nWe use Google Analytics to collect the following:\n\n"
            "- your IP address\n")
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text) if s.line in (3, 7)}
    assert found == {(3, "usage.history", "collect", "google_analytics"), (7, "network.ip", "collect", "google_analytics")}
