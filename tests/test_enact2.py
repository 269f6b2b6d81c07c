"""English action: list items whose noun is described by an aside or by what it is worked out from."""

from __future__ import annotations

from conftest import pairs, tuples


def test_data_based_on_other_data_takes_its_list_collection():
    # the noun described by "based on …" is what is worked out; the data it is based on is used
    text = ("We collect the following information:\n\n"
            "* Approximate geographical location (based on your IP address) in order to send push notifications;\n"
            "* Your email address\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (3, "location.coarse", "collect", "first_party") in found
    assert (3, "location.coarse", "use", "first_party") not in found
    assert (3, "network.ip", "use", "first_party") in found


def test_based_on_inside_a_collecting_sentence_keeps_the_collection():
    found = pairs("We collect your approximate location based on your IP address.")
    assert ("location.coarse", "collect") in found or ("location", "collect") in found
    assert not any(action == "use" and data_type.startswith("location") for data_type, action in found)


def test_parenthesised_finite_aside_governs_no_item_noun():
    text = ("CustomRP collects this non-personal information during the usage of the app:\n"
            "- OS Version\n"
            "- Country based on OS settings (does not use geolocation)\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (3, "location.coarse", "collect", "first_party") in found


def test_parenthesised_participle_on_an_item_still_states_its_practice():
    text = ("We process the following data:\n"
            "- Email address\n"
            "- Password (stored exclusively as a cryptographic hash)\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (3, "account.credentials", "store", "first_party") in found


def test_item_naming_what_the_user_uses_takes_the_list_collection():
    text = ("## What we collect\n\nWe collect the following data:\n\n"
            "* the version of the add-on you are using;\n"
            "* The browser used and, if applicable, the operating system of your computer\n"
            "* Features used and pages viewed\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert (5, "device.hardware", "collect", "first_party") in found
    assert (6, "device.hardware", "collect", "first_party") in found
    assert (7, "usage", "collect", "first_party") in found
    assert not any(action == "use" for _, _, action, _ in found)


def test_item_used_for_a_purpose_is_not_read_as_the_users_use():
    # "used by …" / "used in …" say who or what uses the data: the rule above leaves them alone
    text = ("We collect the following data:\n\n"
            "- Your email address, used by our support team\n")
    found = tuples(text, fmt="markdown", name="policy.md")
    assert any(data_type == "contact.email" for _, data_type, _, _ in found)
