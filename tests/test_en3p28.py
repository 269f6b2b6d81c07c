"""English third-party recall: the pieces of a document sent to a model are content, so a party said to see them
receives content (GUIDELINES: "Groq sees the document chunks we send" -> `share` with the party)."""

from __future__ import annotations

from conftest import statements_of


def _markdown(text: str) -> set[tuple[int, str, str, str | None]]:
    """(line, data type, action, recipient) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.recipient) for s in statements_of(text, name="policy.md")}


def test_a_party_that_sees_the_document_chunks_we_send_receives_content():
    found = _markdown("- **Groq** sees the document chunks we send for RAG / translation.\n")
    assert (1, "content", "share", "third_party") in found


def test_document_chunks_sent_to_a_party_are_content():
    found = _markdown("We send the document chunks to Groq.\n")
    assert (1, "content", "share", "third_party") in found


def test_a_score_recorded_on_the_global_leaderboard_is_shown_to_other_players():
    found = _markdown("- Record your Daily Challenge score on the global leaderboard (the leaderboard is rank + score "
                      "only — the device ID is not displayed publicly)\n")
    assert (1, "usage", "share", "third_party") in found
    assert (1, "usage", "collect", None) in found


def test_scores_submitted_to_leaderboards_are_shared():
    found = _markdown("The game is heavily integrated with Game Center and will submit data to Game Center to unlock "
                      "achievements and submit scores to leaderboards.\n")
    assert (1, "usage", "share", "third_party") in found


def test_a_score_recorded_nowhere_public_stays_our_collection():
    found = _markdown("We record your score.\n")
    assert (1, "usage", "collect", None) in found
    assert not any(t[2] == "share" for t in found)


def test_a_denied_recording_on_the_leaderboard_shares_nothing():
    found = _markdown("We do not record your score on the leaderboard.\n")
    assert not any(t[2] == "share" for t in found)
