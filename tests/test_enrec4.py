"""English first-party recall: list items, own names and what the first party is said to receive."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_a_plain_noun_phrase_opening_an_item_is_the_data_listed_not_a_title():
    text = ("# Privacy\n\nIf you use our feedback survey form to provide feedback, this information will be retained:\n\n"
            "- Your Internet Protocol (IP) address\n"
            "- The content of your survey response. This will only include personal information if you choose to "
            "provide it\n")
    found = tuples(text, name="policy.md")
    assert (6, "content", "store", "first_party") in found
    # a capitalised run-in title over a paragraph still names no data of its own
    titled = tuples("# Privacy\n\nLocation Data Partners. Subject to your consent, we share your location with "
                    "our partners.\n", name="policy.md")
    assert not any(t[1] == "location" and t[2] == "collect" for t in titled)

