"""English first-party precision: settings and labels that fit no data type (the browser's language, tax information),
an account held at another service named as how one signs up, a denial stated only for a switched-off feature, and
the record named as what holds the items of a list."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_browser_language_is_a_setting_not_hardware():
    found = markdown_policy_tuples("We collect the following information:\n\n- Device type.\n- Browser language.")
    # "# Acme privacy" and a blank line come first: the text's first line is line 3
    assert (5, "device.hardware", "collect", "first_party") in found
    assert not {t for t in found if t[0] == 6}


def test_tax_information_fits_no_type():
    found = markdown_policy_tuples("Drivers must submit tax information and banking information.\n\n"
                                   "We keep your tax return for seven years.")
    assert (3, "financial.payment", "collect", "first_party") in found
    assert not {t for t in found if t[0] == 3 and t[1] == "financial"}
    assert (5, "financial", "store", "first_party") in found


def test_another_services_account_details_used_to_sign_up_are_a_method():
    found = markdown_policy_tuples(
        "We may provide you with the option to register with us using your existing third party account details, "
        "like your Google, Github, or other authentication account.\n\n"
        "Our Services offer you the ability to register and log in using your third-party social media account "
        "details.\n\n"
        "We use your account details to verify you.\n\n"
        "We collect your social media account details when you connect them.")
    assert not {t for t in found if t[0] in (3, 5)}
    assert (7, "account", "use", "first_party") in found
    assert (9, "account", "collect", "first_party") in found


def test_denial_for_a_switched_off_feature_is_the_users_setting():
    found = markdown_policy_tuples(
        "The app sends anonymous usage data to help us improve it. You can disable this in Settings.\n\n"
        "- When disabled, no usage or performance data will be uploaded.\n\n"
        "When disabled, the app will stop sending analytics and crash diagnostic data.\n\n"
        "We do not collect your location.")
    assert not {t for t in found if t[0] in (5, 7) and t[2] in ("not_collect", "not_share")}
    assert (9, "location", "not_collect", "first_party") in found


def test_container_introducing_a_list_names_nothing_practised():
    found = markdown_policy_tuples(
        "## Crash reports\n\n"
        "Crash reports may include information such as:\n\n"
        "- Stack trace\n"
        "- macOS version\n\n"
        "- Crash dumps contain:\n"
        "  - The stack trace of the game")
    assert not {t for t in found if t[0] in (5, 10)}
    assert (7, "usage.logs", "collect", "first_party") in found
    assert (8, "device.hardware", "collect", "first_party") in found
