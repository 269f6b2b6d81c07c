"""English action choice: which practice a data phrase takes when the sentence has more than one verb."""

from __future__ import annotations

from conftest import pairs


def test_what_data_could_be_used_for_is_no_use():
    # GUIDELINES: "information which could be used to identify you" names the data by what it could do; the verb the
    # noun is the argument of states the practice
    found = pairs("While using our Service, we may ask you to provide us with certain personally identifiable "
                  "information that can be used to contact or identify you (“Personal Data”).")
    assert found == {("personal_info", "collect")}

