"""English third-party recall: data carried along a party's service ("calls and text messages are routed through our
communications provider, Twilio Inc.", "audio and video are carried by Twilio Video", "bug reports are relayed through
Cloudflare Workers") is shared with that party (cue `transit_verbs`; GUIDELINES: messages carried by relays)."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_data_routed_through_a_named_provider_is_shared_with_it():
    found = tuples("Calls and text messages are routed through our communications provider, Twilio Inc.")
    assert (1, "communication.sms", "share", "first_party") in found
    assert not {t for t in found if t[2] == "collect"}


def test_data_carried_by_or_relayed_through_a_named_service_is_shared_with_it():
    carried = statements_of("During a session, audio and video are carried by Twilio Video between you and your "
                            "therapist.")
    assert {(s.data_type, s.action, s.entity) for s in carried} == {("media", "share", "twilio")}
    relayed = statements_of("Bug reports are relayed through Cloudflare Workers into a private GitHub repository.")
    assert ("content", "share", "cloudflare") in {(s.data_type, s.action, s.entity) for s in relayed}


def test_a_way_of_our_own_or_no_data_gives_no_share():
    assert not {t for t in tuples("When you use mobile data, your traffic passes through our network.")
                if t[2] == "share"}
    assert not tuples("These requests go through the school.")
    assert not tuples("We route your calls through our servers.")
    # a sending verb keeps its own reading
    assert (1, "contact.email", "share", "first_party") in tuples("Your email address is passed to Stripe.")
