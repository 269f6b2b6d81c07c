"""English precision: the duty put on recipients to follow our policy, and the party for whom recipients act."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_requiring_recipients_to_follow_our_policy_is_no_collection():
    text = ("We require our subsidiaries, employees, and independent contractors to follow this Privacy Notice for "
            "information about visitors that we share with them.")
    assert tuples(text) == set()


def test_party_on_whose_behalf_recipients_act_is_not_the_recipient():
    text = ("# PostHog privacy policy\n\nPostHog only shares your personal information with those of its employees, "
            "contractors, and affiliated organizations that (i) need to know that personal information in order to "
            "process it on PostHog's behalf or to provide services available on the Website.\n")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}
    assert found == {("personal_info", "share", "first_party", "third_party")}
