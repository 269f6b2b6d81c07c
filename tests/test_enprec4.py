"""English precision: first-party readings that named the wrong data or practice."""

from __future__ import annotations

from conftest import pairs


def test_the_subject_named_by_what_we_collect_is_only_shared():
    # GUIDELINES: a restrictive clause that only identifies the data as what we collect adds no `collect`
    assert pairs("The personal data we collect may be shared with other government departments, agencies and public "
                 "bodies.") == {("personal_info", "share")}
    assert pairs("Personal information provided to us at this website will only be shared with authorized "
                 "individuals within our organization.") == {("personal_info", "share")}
    # a non-restrictive clause states a practice of its own
    assert pairs("Your email address, which we collect at sign-up, is shared with our partners.") == {
        ("contact.email", "collect"), ("contact.email", "share")}
