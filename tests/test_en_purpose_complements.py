"""Infinitives that are no purpose of the practice: what the user is asked or chooses to do, and what the author
wants to tell the reader (policycheck/extract/en/purposes.py, `_complement_infinitives`)."""

from __future__ import annotations

from conftest import statements_of


def purposes_of(text: str) -> list[str]:
    return [p for s in statements_of(text) for p in s.purposes]


def test_what_the_user_is_asked_to_provide_is_no_purpose():
    text = ("For a better experience, while using our Service, I may require you to provide us with certain "
            "personally identifiable information, including but not limited to email, name, location.")
    assert statements_of(text)
    assert not any(p.startswith("to provide") for p in purposes_of(text))


def test_a_notice_the_author_wants_to_give_is_no_purpose():
    text = ("I want to inform you that whenever you use my Service, in a case of an error in the app I collect data "
            "and information on your phone called Log Data.")
    assert statements_of(text)
    assert not any(p.startswith("to inform") for p in purposes_of(text))


def test_what_the_user_chooses_to_share_is_no_purpose():
    text = "If you choose to share your location, we use it to show nearby stores."
    assert "to show nearby stores" in purposes_of(text)
    assert not any(p.startswith("to share") for p in purposes_of(text))


def test_a_purpose_the_service_needs_the_data_for_stays():
    assert "to provide the service" in purposes_of("We need your email address to provide the service.")
    assert any(p.startswith("to better understand") for p in purposes_of(
        "We use cookies because we want to better understand how visitors use our site."))
