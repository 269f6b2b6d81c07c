"""English third-party shapes: configured tools, processors' own handling, parties the browser reaches."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_a_tool_configured_not_to_collect_is_the_one_denying():
    found = _found("# Acme privacy\n\nAcme is a website. We configured Plausible to not collect IP addresses.")
    assert ("network.ip", "not_collect", "plausible", None) in found
    assert ("network.ip", "not_collect", "first_party", None) not in found
    found = _found("# Acme privacy\n\nAcme is a website. We use Sentry for crash reports. We have configured it to "
                   "avoid collecting personally identifiable information.")
    assert ("personal_info", "not_collect", "sentry", None) in found
    assert ("personal_info", "not_collect", "first_party", None) not in found


def test_parties_the_browser_reaches_collect_what_they_see_or_receive():
    found = _found("# Acme privacy\n\nAcme is a website. Some pages load resources directly from third parties, so "
                   "your browser contacts them and they see your IP address: Google Fonts on every page, Gravatar "
                   "wherever a profile picture is shown, and Stripe on billing pages. Gravatar also receives a hash of "
                   "the email address the picture is derived from.")
    assert {("network.ip", "collect", party, None) for party in ("google", "gravatar", "stripe")} <= found
    assert ("contact.email", "collect", "gravatar", None) in found
    assert not any(action == "share" for _, action, _, _ in found)
    assert ("network.ip", "collect", "third_party", None) not in found
    # with no word of the browser reaching it, a party receiving data gets it from us
    assert ("contact.email", "share", "first_party", "gravatar") in _found(
        "# Acme privacy\n\nAcme is a website. Gravatar receives a hash of your email address.")


def test_a_processors_own_handling_of_payments_is_no_use_of_ours():
    found = _found("# Acme privacy\n\nAcme is a shop. Stripe takes care of handling credit card payments and bank "
                   "transfers. Stripe complies with standard payment card security standards (PCI DSS) and is used by "
                   "thousands of businesses worldwide.")
    assert not any(data_type.startswith("financial") for data_type, _, _, _ in found)
    # data about the payments handled by the processor stays our sharing with it
    assert ("financial.payment", "share", "first_party", "stripe") in _found(
        "# Acme privacy\n\nAcme is a shop. Payment details are processed by Stripe.")


def test_the_party_assisting_the_processing_is_its_channel():
    found = _found("# Acme privacy\n\nAcme is a shop. Your card details are processed with the assistance of Plaid.")
    assert ("financial.payment", "share", "first_party", "plaid") in found
    assert ("financial.payment", "use", "first_party", None) not in found


def test_a_tool_we_use_on_our_pages_is_the_one_receiving_or_denying():
    found = _found("# Acme privacy\n\nAcme is a pharmacy. We use Google Analytics on our public web pages to measure "
                   "traffic, but it is configured so that it never receives the address of a page that reveals a "
                   "medication or condition.")
    assert ("usage.history", "not_collect", "google_analytics", None) in found
    assert not any(action == "not_share" for _, action, _, _ in found)
    assert not any(data_type == "health" for data_type, _, _, _ in found)
    # a tool not said to run on the pages receives from us
    assert ("usage.logs", "share", "first_party", "sentry") in _found(
        "# Acme privacy\n\nAcme is an app. We use Sentry in our app, and it receives crash reports.")
