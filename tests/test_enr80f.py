"""English sentences that describe the policy, name things or give opt-out controls, denials of trackers, and the data
an SDK, a game site or a cookie names (round (80) families)."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_relative_clause_saying_what_the_policy_describes_is_no_practice():
    assert pairs("A link to this Privacy Policy that describes the collection of personal data by Acme;") == set()
    # a practice the sentence states itself stays
    assert ("contact.email", "collect") in pairs("We collect your email address to send you receipts.")


def test_naming_sentence_is_no_practice():
    assert pairs('The items in the list above are called "Driving Data" in this notice.') == set()
    assert pairs("Apple devices refer to an ad ID as the Identifier for Advertising, or “IDFA.”") == set()
    assert ("location", "collect") in pairs('We collect your location, which is called "Driving Data".')


def test_end_user_opt_out_introduction_gives_its_items_no_practice():
    found = markdown_policy_tuples(
        "End user can opt-out of sending data to Acme with the options below:\n"
        "- the advertising ID\n")
    assert not any(data_type == "device.id.ad_id" for _, data_type, _, _ in found)


def test_denied_trackers_are_denied_usage_tools():
    assert pairs("We do not use cookies or trackers.") == {("usage", "not_collect")}
    assert pairs("We do not use cookies.") == set()


def test_app_name_beside_its_bundle_id_is_no_client_type():
    assert pairs("We collect the mobile application name and bundle ID.") == set()
    assert pairs("We collect the app name and version.") == {("device.hardware", "collect")}


def test_engine_and_sdk_type_and_version_are_device_data():
    assert pairs("We collect the game engine type and version.") == {("device.hardware", "collect")}
    assert ("device.hardware", "collect") in pairs("We collect the SDK type, version, and API calls.")


def test_employer_named_by_a_relative_clause():
    assert ("identity.occupation", "collect") in pairs(
        "You may be asked for your name, your email address, the company for which you work, and a password.")


def test_steam_account_data_of_a_game_site():
    found = pairs("We do collect and store your public Steam account information including, but not limited to: "
                  "your Steam URL, Steam ID, account name, and in-game hours.")
    assert {("account.profile", "collect"), ("account.profile", "store"), ("usage", "collect"),
            ("usage", "store")} <= found


def test_data_kept_in_a_cookie_is_used_not_stored():
    # GUIDELINES: a cookie carrying the login name or user ID is its `use`, not `store`
    assert pairs("We use cookies to store your SteamID and session information.") == {
        ("usage.cookies", "use"), ("account.credentials", "use")}
    assert pairs("The cookie stores your user ID.") == {("usage.cookies", "use"), ("account.credentials", "use")}
    assert ("account.credentials", "use") in pairs("We store your user ID in a cookie.")
    # other storage stays storage
    assert pairs("We use servers to store your email address.") == {("contact.email", "store")}
