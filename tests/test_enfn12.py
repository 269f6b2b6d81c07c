"""English first-party collection of data another party hands back to us: "sends X back to us", "returns to us X"
(GUIDELINES: data another party sends, provides or passes to us is our collection), and data sent to a self-hosted
copy of another party's software, which the service runs itself."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_sent_back_to_us():
    found = markdown_policy_tuples(
        "The laboratory extracts DNA from your sample, analyses it on a genotyping chip and sends the resulting "
        "genotype data back to us, again identified only by the barcode.")
    assert (3, "biometric", "collect", "first_party") in found
    assert not any(action == "share" for (_, _, action, _) in found)


def test_returned_to_us():
    found = markdown_policy_tuples(
        "Jumio returns to us the result of the check and the name, date of birth and document number it read.")
    assert {(3, "identity.birthdate", "collect", "first_party"), (3, "identity.name", "collect", "first_party"),
            (3, "identity.id_number", "collect", "first_party")} <= found
    assert not any(actor == "jumio" for (_, _, _, actor) in found)
    assert markdown_policy_tuples("Veriff returns your date of birth to us.") == {
        (3, "identity.birthdate", "collect", "first_party")}


def test_returning_to_others_or_to_a_place_is_no_practice():
    assert markdown_policy_tuples("We return your photos to you.") == set()
    assert markdown_policy_tuples("When you return to our website, we read your cookies.") == {
        (3, "usage.cookies", "collect", "first_party")}


def test_self_hosted_instance_is_ours():
    found = markdown_policy_tuples(
        "The path of pages you visit on this website are sent to a self-hosted instance of Matomo, an open source "
        "analytics platform.")
    assert found == {(3, "usage.history", "collect", "first_party")}
    # a tool's own service stays the recipient
    found = markdown_policy_tuples("We send your IP address to Plausible.")
    assert found == {(3, "network.ip", "share", "first_party")}


def test_share_with_us_before_the_data():
    # the parser makes "us" a modifier of the data that follows "share with us"
    found = markdown_policy_tuples(
        "Retailers may share with us product, pricing and availability information, your loyalty account status and "
        "points balance and, if you have linked a loyalty card, your purchase history at that retailer's physical "
        "stores.")
    assert (3, "financial.transactions", "collect", "first_party") in found
    assert not any(action == "share" for (_, _, action, _) in found)
    found = markdown_policy_tuples(
        "Please only share with us contact information of people with whom you have a relationship.")
    assert found == {(3, "contact", "collect", "first_party")}
    # sharing with others stays a disclosure
    found = markdown_policy_tuples("We may share with advertisers your purchase history.")
    assert (3, "financial.transactions", "share", "first_party") in found


def test_capitalised_participle_after_a_run_in_label():
    assert markdown_policy_tuples("- 🎵 **Audio files:** Processed in memory only, never stored") == {
        (3, "media.audio", "use", "first_party")}
    assert markdown_policy_tuples("- **Audio files:** Kept for 30 days") == {(3, "media.audio", "store", "first_party")}
    assert markdown_policy_tuples("- Audio files: Sent to our servers") == {(3, "media.audio", "collect", "first_party")}
    # a name after a label is no participle
    assert markdown_policy_tuples("- **Name**: Fred Smith") == set()


def test_capitalised_adjectives_before_the_data_stay_adjectives():
    found = markdown_policy_tuples(
        "*   Analytics and Improvements: Aggregated and anonymized location data helps the Service Provider to "
        "analyze user behavior.")
    assert not any(data_type == "location" for (_, data_type, _, _) in found)


def test_a_server_the_user_hosts_is_not_ours():
    found = markdown_policy_tuples("The app sends your notes to your self-hosted server.")
    assert (3, "content", "collect", "first_party") not in found
