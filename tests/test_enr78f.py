"""English round (78): analytics and telemetry denied as tools, identifiers made, deleted, keyed or sent with a request,
a bracketed collector, the Discord user ID by its own name."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_analytics_denied_in_a_list_a_bracket_or_as_had_not():
    found = markdown_policy_tuples(
        "The app does not include any telemetry services.\n\n"
        "The app has no servers, no accounts, and no analytics.\n\n"
        "The page does not include analytics, ad networks, fingerprinting libraries, or social-media pixels.\n\n"
        "The extension does not embed analytics (no Google Analytics, no Mixpanel), does not load remote fonts.")
    assert (3, "usage", "not_collect", "first_party") in found
    assert (5, "usage", "not_collect", "first_party") in found
    assert (7, "usage", "not_collect", "first_party") in found
    assert {(9, "usage", "not_collect", "first_party"), (9, "usage", "not_collect", "google_analytics"),
            (9, "usage", "not_collect", "mixpanel")} <= found
    # not a denial with an exception, nor tracking of named data
    found = markdown_policy_tuples("We do not use analytics, except for counting page views.\n\n"
                                   "The app has no tracking of your location.")
    assert (3, "usage", "not_collect", "first_party") not in found
    assert not any(t[0] == 5 and t[1] == "usage" for t in found)


def test_identifier_generated_or_destroyed_takes_no_practice_of_its_section():
    found = markdown_policy_tuples(
        "## Data we collect\n\n"
        "The first time the App runs, it generates a random anonymous device ID. This ID is stored only on your "
        "device.\n\n"
        "If you uninstall the App, the device ID is destroyed.\n\n"
        "We collect your device ID.")
    assert not any(t[0] in (5, 7) for t in found)
    assert (9, "device.id", "collect", "first_party") in found


def test_key_data_is_kept_under_is_stored():
    found = markdown_policy_tuples("We store the expiry timestamp keyed by your device ID.")
    assert (3, "device.id", "store", "first_party") in found
    # the agent of another verb still names who acts
    found = markdown_policy_tuples("Your account is verified by your device's operating system.")
    assert not any(t[1].startswith("device") for t in found)


def test_data_sent_with_a_request_is_collected():
    found = markdown_policy_tuples(
        "## Your rights\n\nYou can:\n\n"
        "- **Request data deletion**: email us at help@example.com with your device ID and we will delete any record "
        "we hold.\n\n"
        "You can request your data by sending an email to `info at example dot org` with your Discord account's "
        "snowflake identifier.\n\n"
        "Do not email us with your password.")
    assert (7, "device.id", "collect", "first_party") in found
    assert (9, "account.credentials", "collect", "first_party") in found
    assert not any(t[0] == 11 for t in found)


def test_bracketed_participle_names_a_collector():
    found = markdown_policy_tuples("Our backend logs request times, HTTP status codes, error messages, and IP addresses "
                                   "(collected automatically by Cloudflare) for debugging and abuse prevention.")
    assert (3, "network.ip", "collect", "first_party") in found
    assert (3, "network.ip", "collect", "cloudflare") in found


def test_list_of_things_stored_locally_is_kept_on_the_device():
    found = markdown_policy_tuples("The kinds of things stored locally include:\n\n- Your email address.")
    assert not any(t[1] == "contact.email" and t[2] == "store" for t in found)
