"""English filters kept to what they were written for: data the term matcher finds is not dropped by a rule meant
for another shape."""

from __future__ import annotations

from conftest import pairs


def test_safeguard_sharing_its_object_with_a_practice_before_it():
    # "store and secure X": the safeguard verb that holds the object in the parse shares it with the practice
    # coordinated before it, which states that practice
    assert any(t == "personal_info" and a in ("store", "share")
               for t, a in pairs("We use cloud hosting providers to store and secure user data."))
    assert any(t == "personal_info" and a in ("use", "share")
               for t, a in pairs("Zendesk is required to process and protect your personal data under strict "
                                 "conditions."))
    # a safeguard alone, or a user's control, states none
    assert not pairs("We protect your personal data using encryption.")
    assert not pairs("You can access and delete your personal data at any time.")
