"""English recall: data wording and shapes that name data the extractor used to miss."""

from __future__ import annotations

from conftest import pairs, statements_of


def types_of(text: str, fmt: str | None = None) -> set[str]:
    return {s.data_type for s in statements_of(text, fmt)}


def test_account_identifiers_named_by_their_scheme_are_credentials():
    assert ("account.credentials", "collect") in pairs(
        "We collect your name, email address, ORCID, past email addresses and affiliation.")
    assert ("account.credentials", "collect") in pairs("We collect your ORCID iD when you register.")
    assert ("account.credentials", "use") in pairs(
        "Mozilla processes your account data, contact data (email address) and authorization data.")
    # alone, ORCID is the service one signs in with, not data
    assert "account.credentials" not in types_of("You can sign in with ORCID.")


def test_ledgers_and_charging_session_records_are_transactions():
    assert ("financial.transactions", "store") in pairs(
        "Ledger entries are kept for seven years after the end of your tenancy.")
    assert ("financial.transactions", "share") in pairs(
        "Charging session records are made available to your roaming provider.")


def test_requests_and_answers_the_user_writes_are_content():
    assert "content" in types_of("When you submit a maintenance request, you describe the problem and may attach "
                                 "photographs.")
    assert ("content", "store") in pairs("We keep induction answers for two years.")
    assert ("usage", "collect") in pairs("We collect click records and log information.")
    assert ("identity.age", "collect") in pairs("We collect your child's age band.")


def test_charging_sessions_tokens_and_other_named_data():
    assert ("financial.transactions", "collect") in pairs(
        "We collect the payment card you register and a record of each charging session you start.")
    assert "account.credentials" in types_of(
        "We store an account token to keep you logged into the website between visits.")
    assert ("identity.occupation", "collect") in pairs("We collect your name and the name of the organization.")
    assert ("health", "collect") in pairs("The app collects your heart rate and Body Battery levels from Garmin.")
    assert "identity.ethnicity" in types_of("We collect your age, ethnic group and disability status.")


def test_ages_beside_other_data_are_ages():
    assert ("identity.age", "collect") in pairs(
        "We collect the names and ages of any minor occupants.")
    assert "identity.age" not in types_of("This App is rated for ages 13+ in the Google Play Store.")


def test_what_the_user_did_with_emails_ads_and_coupons_is_usage():
    assert ("usage", "collect") in pairs("We record which coupons you clip and which ones you redeem.")
    assert "usage" in types_of("We use your data to measure whether you watched an ad to the end.")
    assert ("usage", "collect") in pairs("We collect the actions performed in the app.")


def test_whether_or_not_denies_nothing():
    found = pairs("Our emails may contain a pixel tag, which can tell us whether or not you have opened an email.")
    assert ("usage", "collect") in found
    assert ("usage", "not_collect") not in found


def test_information_a_product_sends_about_the_devices_it_runs_on_is_device_data():
    assert ("device", "collect") in pairs(
        "Mozilla receives basic information from Mozilla VPN about the installed VPN version and the devices it's "
        "installed on, including the operating system and hardware configuration.")
    assert ("device", "collect") in pairs(
        "Mozilla receives basic information from Firefox Relay about your device and browser.")
    assert "device" not in types_of(
        "Mozilla receives basic information from MDN Plus about the web browser you're using and the operating system "
        "it's running on.")


def test_the_account_a_cookie_ties_the_browser_to_is_account_data():
    assert ("account", "use") in pairs(
        "These cookies enable the site to recognise your browser and, if you are logged in, associate it with your "
        "account.")


def test_a_social_media_profile_is_profile_data_not_the_social_graph():
    found = pairs("We do not collect social media profiles or contacts.")
    assert ("account.profile", "not_collect") in found
    assert ("social", "not_collect") not in found
