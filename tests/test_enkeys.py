"""English: the personal identifiers a record system is retrieved by, "sensitive information" without "personal", and
reading cookies."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def _types(text: str) -> set[str]:
    return {t for (_, t, _, _) in _found(text)}


def test_identifiers_a_record_system_is_retrieved_by_are_its_keys():
    found = _found("If we need to contact you, we’ll save your personal information in a record system designed to "
                   "retrieve information about you by personal identifier (name, personal email address, home mailing "
                   "address, personal or mobile phone number, etc.) and keep the information you give us safe "
                   "according to the Privacy Act of 1974.")
    assert (3, "personal_info", "store", "first_party") in found
    assert not {"identity", "identity.name", "contact.email", "contact.address", "contact.phone"} & _types(
        "If we store your personal information in a record system designed to retrieve information about you by "
        "personal identifier (name, personal email address, home mailing address, personal or mobile phone number, "
        "etc.), so that we may contact you, we will safeguard the information you provide to us.")
    assert _found("The NWS does not maintain and retrieve information submitted to it based upon personal identifiers "
                  "(name, email addresses, etc.).") == set()


def test_identifiers_named_as_data_keep_their_types():
    types = _types("We collect your name, email address and other personal identifiers (such as your username).")
    assert {"identity.name", "contact.email"} <= types


def test_sensitive_information_without_personal_names_no_type():
    assert _found("Thunderbird does not collect, access, or store any sensitive information exchanged during this "
                  "process.") == set()
    assert "personal_info" not in _types("We use two cookies that contain sensitive information:")
    types = _types("Identity proofing requires more sensitive information such as a social security number, address.")
    assert "identity.id_number" in types and "personal_info" not in types
    assert "personal_info" in _types("We collect sensitive personal information such as your health data.")


def test_reading_cookies_is_collecting_them():
    assert (3, "usage.cookies", "not_collect", "first_party") in _found(
        "We do not set or read any cookies through the extension that can be used to track or identify you.")
    assert (3, "usage.cookies", "not_collect", "first_party") in _found("We do not read any cookies.")
    assert (3, "usage.cookies", "collect", "first_party") in _found("The extension reads cookies for the current site.")
    # setting cookies stays their use, whose denial is not annotated
    assert _found("We don't set any cookies.") == set()
    assert (3, "usage.cookies", "not_collect", "first_party") in _found("We do not collect cookies or device identifiers.")
