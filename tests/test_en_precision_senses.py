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

