"""English third-party recall: a share whose subject is a part or copy of the data the first clause names ("your voice
is recorded and a short clip is sent to our speech-recognition vendor")."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_a_clip_or_copy_of_recorded_data_sent_to_a_party_is_a_share_of_that_data():
    found = _found("When you do a speaking exercise, your voice is recorded and a short clip is sent to our "
                   "speech-recognition vendor so that your pronunciation can be scored.")
    assert {(3, "media.audio", "collect", "first_party", None),
            (3, "media.audio", "share", "first_party", "third_party")} <= found
    found = _found("Your voice is recorded and a copy is sent to Google.")
    assert (3, "media.audio", "share", "first_party", "google") in found


def test_a_copy_kept_or_no_party_named_shares_nothing():
    found = _found("Your voice is recorded and a copy of it is kept on your device.")
    assert not any(action == "share" for (_, _, action, _, _) in found)
