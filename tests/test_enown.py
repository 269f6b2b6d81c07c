"""A policy's own product or organisation names (extract/party_names.py) that were read as other parties' names."""

from __future__ import annotations

from policycheck.extract import extract, get_extractor
from policycheck.extract.party_names import PolicyNames, policy_names
from policycheck.ingest import parse_policy
from policycheck.records import FIRST_PARTY, THIRD_PARTY


def names_of(text: str, name: str = "policy.md") -> PolicyNames:
    extractor = get_extractor()
    return policy_names(parse_policy(text, name), extractor.entities, extractor.lexicons)


def actors(text: str) -> set[tuple[str, str]]:
    return {(s.data_type, s.actor) for s in extract(parse_policy(text, "policy.md")).statements}


def test_what_the_user_has_shared_with_a_name_does_not_make_it_another_party():
    text = ("# Privacy policy\n\nThis policy explains how your data is handled.\n\nAppsemble stores your email address. Appsemble uses your email address to sign you in.\n\n"
            "Apps built with Appsemble may request the profile information the user has shared with Appsemble.\n\n"
            "Appsemble keeps a log of sign-ins. Appsemble deletes your account on request.\n")
    assert "Appsemble" in names_of(text).own
    found = actors(text)
    assert ("contact.email", FIRST_PARTY) in found and ("contact.email", THIRD_PARTY) not in found


def test_a_camel_case_name_ending_in_an_abbreviation_is_counted():
    text = ("# Privacy Policy\n\nThis policy explains how your data is handled.\n\nContentDB collects usernames of content creators from the forums.\n\n"
            "Logged requests may be used for debugging ContentDB.\n\nThe admin may use ContentDB to send emails.\n\n"
            "Other information is displayed as part of ContentDB's service.\n\n"
            "ContentDB keeps a record of each username.\n")
    assert "ContentDB" in names_of(text).own


def test_the_app_of_the_built_the_app_template_is_ours():
    text = ("# Privacy Policy\n\nJane Doe built the Collection of Inspiration app as an Open Source app. This service "
            "is provided by Jane Doe at no cost.\n\nFor a better experience, Collection of Inspiration may request "
            "access to your camera and microphone.\n")
    names = names_of(text)
    assert names.reason("Collection of Inspiration") == "built_app"
    found = actors(text)
    assert ("media.camera", FIRST_PARTY) in found and ("media.camera", THIRD_PARTY) not in found


def test_the_initials_given_to_an_own_name_are_ours():
    text = ("# Privacy Notice for Acme Location Services\n\nAcme Location Services (ALS) is a service that locates "
            "devices.\n\nALS may also determine your location from your device's IP address.\n")
    names = names_of(text)
    assert names.reason("ALS") == "abbreviation"
    assert "XY" not in names_of("# Acme Notes Privacy Policy\n\nAcme Notes (XY) is an app.\n").own


def test_the_name_whose_data_the_policy_sets_out_is_ours():
    text = ("# Privacy Policy\n\nThis is the data PluralKit collects indefinitely:\n\n"
            "* Information you give the bot (eg. system profiles, linked accounts)\n"
            "* Metadata about proxied messages (sender account ID, timestamp)\n")
    assert names_of(text).reason("PluralKit") == "data_collector"
    found = actors(text)
    assert not any(actor == THIRD_PARTY for _, actor in found)
    # not a partner whose own notice the reader is sent to
    partner = ("# Privacy Notice\n\nThis service requires a Scroll account. For more information about the data Scroll "
               "collects, see Scroll’s Privacy Notice.\n")
    assert "Scroll" not in names_of(partner).own


def test_the_opening_subject_after_the_is_ours():
    text = ("# Cookies\n\nThe Home Office Design System puts small files (known as ‘cookies’) on to your computer.\n\n"
            "We use cookies to measure how you use the website.\n")
    assert names_of(text).reason("Home Office Design System") == "opening_subject"
    assert ("usage.cookies", THIRD_PARTY) not in actors(text)
    assert names_of("# Privacy\n\nThe Organic Maps project doesn't collect personal information.\n").reason(
        "Organic Maps") == "opening_subject"
    assert "App Store" not in names_of("# Privacy\n\nThe App Store shows ratings.\n").own
