"""English word senses that name no data of a practice (precision): each case asserts the reading removed and a
nearby true reading that stays."""

from __future__ import annotations

from conftest import pairs, tuples


def test_authenticating_the_account_names_no_account_data():
    # a purpose that checks who signs in, like "verify your identity" (GUIDELINES): no `account`
    text = ("We use your personal information to:\n- Authenticate your user account.\n"
            "- Authenticating your account and securing your data\n")
    assert not any(t[1] == "account" for t in tuples(text))
    # the account data the line names with a practice stays
    assert ("account", "collect") in pairs("We collect your account information to authenticate your account.")


def test_websites_that_send_cookies_to_the_browser_are_no_visit_record():
    # the glossary of what cookies are: what websites in general do (GUIDELINES: background)
    text = ("Cookies are files with a small amount of data that are commonly used as anonymous unique identifiers. "
            "These are sent to your browser from the websites that you visit and are stored on your device's "
            "internal memory.\n"
            "We use cookies to record the websites that you visit on our site.\n")
    found = tuples(text)
    assert not any(t[0] == 1 for t in found)
    assert (2, "usage.history", "collect", "first_party") in found
