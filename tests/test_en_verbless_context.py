"""English verbless items: the practice a section heading states in other words than "collect"."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[int, str, str]]:
    return {(s.line, s.data_type, s.action) for s in statements_of(text, "markdown", "policy.md")}


def test_a_heading_saying_data_is_sent_or_obtained_gives_its_verbless_items_collect():
    # "## Information Sent While You Use the App" over "- **Map data** - … the general area you are in": what the
    # section says leaves the phone is collected (GUIDELINES: a heading that names a practice introduces its lists)
    for heading in ("Information Sent While You Use the App", "Data sent off-device",
                    "Information obtained from your device", "Data you directly provide"):
        assert (3, "contact.email", "collect") in _found(f"## {heading}\n\n- Your email address\n"), heading


def test_data_sent_to_third_parties_is_no_collecting_heading():
    assert (3, "contact.email", "collect") not in _found("## Data sent to third parties\n\n- Your email address\n")
    # a heading naming no practice gives nothing
    assert not _found("## Map tiles\n\n- Your email address\n")
