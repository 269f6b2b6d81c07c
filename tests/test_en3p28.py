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
