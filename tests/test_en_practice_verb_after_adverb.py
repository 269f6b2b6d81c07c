"""A practice verb the tagger read as a noun after an adverb ("This extension only stores user data": "stores" tagged
a plural noun) is still the verb of its subject (policycheck/extract/en/actors.py, _verbs_read_as_noun); the tabs a
browser extension keeps are pages the user visits (mappings/terms/en.yaml, usage.history)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.mark.parametrize("text", [
    "This extension only stores user data.",
    "This extension only stores user data related to its core functionality.",
    "The extension also stores user data.",
])
def test_practice_verb_read_as_noun_after_an_adverb(text):
    assert ("personal_info", "store") in pairs(text)


@pytest.mark.parametrize("text", [
    "We access information about your open browser tabs.",
    "The extension stores your saved collections of tabs.",
])
def test_browser_tabs_are_pages_visited(text):
    assert "usage.history" in {t for t, _ in pairs(text)}
