"""English data-type vocabulary re-authored from public taxonomies of the field (mappings/terms/en.yaml): CCPA and
GDPR category lists, the Google Play Data safety and Apple App Store privacy-label data types, OVRseen / PoliGraph
synonyms. Each phrase is typed on its own, in sentences unlike the corpus lines, and ambiguous bare words stay
untyped."""

from __future__ import annotations

import pytest

from conftest import pairs


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


@pytest.mark.parametrize("text, data_type", [
    # CCPA commercial information and sensitive personal information
    ("We keep your purchasing or consuming histories for seven years.", "financial.transactions"),
    ("The retailer receives your reservation history.", "financial.transactions"),
    ("We collect the contents of your emails when you forward them to the assistant.", "communication.messages"),
    # Google Play Data safety / Apple privacy labels
    ("The app records the search keywords you enter.", "usage.history"),
    ("We measure page load times.", "usage.logs"),
    # ID documents and card codes
    ("We collect your state identification card number to verify your age.", "identity.id_number"),
    ("You enter the card verification code at checkout and we collect it.", "financial.payment"),
])
def test_taxonomy_phrases_are_typed(text, data_type):
    assert data_type in types_of(text)


def test_ambiguous_bare_words_stay_untyped():
    # "history", "activity" and "content" alone are not data; "purchasing" alone is no record
    assert "financial.transactions" not in types_of("We handle purchasing for the company.")
    assert "usage.history" not in types_of("We read the history of the project.")
