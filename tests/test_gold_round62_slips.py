"""Round (62)'s possessive generic phrases, first read as bare data, annotated as the guidelines say."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_possessive_generic_phrases_of_round_62_are_personal_information():
    # GUIDELINES: "your information", "your data" name personal information as a whole (personal_info)
    assert ("personal_info", "share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 62)
    assert ("personal_info", "not_share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 70)
    assert ("personal_info", "share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 77)
    # an upload denial naming no recipient: not_collect by first_party only, no not_share (GUIDELINES: "never sent to
    # external servers")
    assert _tuples("en-r58-motmaenbash-privacy", 6) == {("personal_info", "not_collect", "first_party")}
