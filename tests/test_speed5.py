"""English extraction's shared helpers remember or shortcut work without changing what they return: the entity
catalogue's `find` remembers the mentions of recent texts, and `literals_present` tests each required string of a
pattern list with a substring test in ASCII text."""

import itertools
import re

from policycheck.taxonomy import data_matcher, literal_finder, literals_present, load_entities
from policycheck.taxonomy import entities as entities_module


def _scanned(owners: dict[str, int], haystack: str) -> int:
    """Every position's strings, as a regex scan that restarts after each one found reads them."""
    mask = 0
    for start in range(len(haystack)):
        for literal, bits in owners.items():
            if haystack.startswith(literal, start):
                mask |= bits
    return mask


def test_literals_present_is_the_union_of_the_strings_found():
    owners = {"拒绝": 1, "拒绝提供": 2, "sell": 4, "提供": 8, "you": 16, " of": 32, "of y": 64}
    finder = literal_finder(owners)
    for haystack in ("如您拒绝提供", "we sell", "无", "", "most of you", "you sell of your", "拒绝sell提供"):
        assert literals_present(finder, haystack) == _scanned(owners, haystack)
    # an ASCII text is tested string by string, another scanned: the same mask either way
    for haystack in ("most of you sell", "most of you sell \u2019"):
        assert literals_present(finder, haystack) == 4 | 16 | 32 | 64
    # strings whose patterns are all found already are not looked for again; the mask is the same
    assert literals_present(literal_finder({"a": 1, "ab": 1, "b": 2}), "ab") == 3
    assert literal_finder({}) is None


def test_data_matcher_finds_the_same_descriptions_with_every_pattern_tried():
    matcher = data_matcher("en")
    texts = ["We record calls to our support line.", "We collect your device identifiers and IP address.",
             "Information about the pages you visit and how long you stay on them.", "Nothing here."]
    for text in texts:
        folded = text.lower()
        mask = literals_present(matcher._patterns_finder, folded) | matcher._patterns_always
        for i, (_, insensitive, sensitive, _) in enumerate(matcher._patterns):
            if sensitive.search(folded):
                assert mask >> i & 1, (text, i)


def test_entity_find_remembers_each_text_and_returns_a_new_list():
    catalog = load_entities()
    text = "We use Google Analytics and share data with advertising partners."
    first = catalog.find(text, "en")
    first.append("an item a caller added")
    second = catalog.find(text, "en")
    assert second == first[:-1] and second is not first
    assert [(m.value, text[m.start:m.end]) for m in second][:1] == [("google_analytics", "Google Analytics")]
    assert catalog.find(text, "en") == catalog._find(text, "en")
    # the same words in the other language's matcher are looked up on their own
    assert (text, "zh") not in catalog._found
    catalog.find(text, "zh")
    assert (text, "zh") in catalog._found


def test_entity_find_memory_is_bounded(monkeypatch):
    catalog = load_entities()
    monkeypatch.setattr(entities_module, "FOUND_LIMIT", 3)
    for number in itertools.islice(itertools.count(), 10):
        catalog.find(f"We share data with partner number {number}.", "en")
        assert len(catalog._found) <= 3
    assert re.search(r"number 9", next(reversed(catalog._found))[0])
