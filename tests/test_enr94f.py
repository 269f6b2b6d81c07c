"""English round (94) families: a denied sending named by a noun ("No network transmission of personal data"), also
under a list of security measures, a parenthesis opened by "no" after a noun as a denial, the services an app "may
interact with" as no practice, data "handled entirely by" a party as that party's use, bug reports the user submits as
content, a gerund opening an item of a verbless list of nouns ("reading
progress") as part of its name, people or their devices reading their own record as no practice, and data
"no …" said not to be involved as no denied collection."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_a_denied_sending_named_by_a_noun_is_not_collected():
    found = markdown_policy_tuples("- No network transmission of personal data")
    assert (3, "personal_info", "not_collect", "first_party") in found
    found = markdown_policy_tuples("- No upload of your recordings")
    assert (3, "media.audio", "not_collect", "first_party") in found


def test_a_sending_noun_without_no_states_no_practice():
    found = markdown_policy_tuples("The transmission of personal data over the internet is never completely secure.")
    assert not found


def test_a_denied_sending_item_under_a_list_of_security_measures_is_read():
    found = markdown_policy_tuples(
        "## Data Security\n\nWe implement appropriate security measures:\n\n- All data stays on your device\n"
        "- No network transmission of personal data\n- Encryption of your backups")
    assert (8, "personal_info", "not_collect", "first_party") in found
    assert not {t for t in found if t[0] != 8}


def test_a_parenthesis_opened_by_no_denies_what_it_names():
    found = markdown_policy_tuples(
        "The child-facing portion of the app:\n\n"
        "- Uses anonymous authentication (no accounts or email addresses)")
    assert (5, "contact.email", "not_collect", "first_party") in found
    assert (5, "contact.email", "use", "first_party") not in found
    assert not markdown_policy_tuples("- Memory-only persistence (no cookies)")  # describes the item, no denial


def test_services_the_app_may_interact_with_state_no_practice():
    found = markdown_policy_tuples(
        "## Third-Party Services\n\nWhen corresponding features are enabled, the App may interact with:\n\n"
        "- Apple services and system frameworks (Speech, iCloud/CloudKit, WeatherKit, notifications, location, "
        "Photos, and camera permission frameworks)\n"
        "- Providers identified in the AI permission disclosures above and services you configure")
    assert not found


def test_data_handled_entirely_by_a_party_is_its_use():
    found = markdown_policy_tuples("- All payment information is handled entirely by Apple or Google")
    assert (3, "financial.payment", "use", "apple") in found
    assert (3, "financial.payment", "use", "google") in found
    assert not {t for t in found if t[2] == "share"}


def test_data_handled_by_a_processor_stays_our_share():
    found = markdown_policy_tuples("Payment information is handled by Stripe.")
    assert (3, "financial.payment", "share", "first_party") in found


def test_a_bug_report_the_user_submits_is_content():
    found = markdown_policy_tuples(
        'Content is sent to the author only when you explicitly submit a "Bug report".')
    assert (3, "content", "collect", "first_party") in found
    assert "usage.logs" not in {t[1] for t in found}


def test_a_gerund_opening_an_item_of_a_verbless_list_names_the_item():
    found = markdown_policy_tuples("- Library records, reading progress, bookmarks, groups, and reading settings;")
    assert not {t for t in found if t[2] == "collect"}


def test_people_or_their_devices_reading_their_own_record_is_no_practice():
    assert not markdown_policy_tuples("Child devices can only read their own transaction data.")
    assert not markdown_policy_tuples("Child devices access a read-only view of their own transaction data.")
    found = markdown_policy_tuples("The app reads your contacts.")
    assert (3, "social.contacts", "collect", "first_party") in found


def test_data_a_service_does_not_involve_is_no_denied_collection():
    found = markdown_policy_tuples(
        "## Data You Provide\n\nNo financial account numbers, bank details, or real currency is involved.")
    assert not found
