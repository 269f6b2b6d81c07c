"""English first-party precision: lines that state only a share of the data, where a parse put a collection beside
it. A relative clause that only says which data is meant adds no `collect` (GUIDELINES: relative clauses), also when
its second verb is hung on the main verb ("personal information that we collect or you provide") or its antecedent is
a quantifier ("All of your Personal Data that we collect"); a noun with a bare participle coordinated after the shared
data ("along with the slot you chose and the work requested") states no practice."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_second_verb_of_a_relative_clause_read_as_a_conjunct_adds_no_collect():
    assert _found("We may disclose personal information that we collect or you provide as described in this "
                  "Privacy Policy.") == {(3, "personal_info", "share", "first_party")}
    assert _found("We may disclose personal information that we collect, or you provide:") == {
        (3, "personal_info", "share", "first_party")}
    # a coordinated clause with its own subject and object stays a practice
    assert _found("We may disclose personal information that we collect, and we store your email address.") == {
        (3, "personal_info", "share", "first_party"), (3, "contact.email", "store", "first_party")}


def test_relative_clause_on_a_quantifier_of_the_data_adds_no_collect():
    assert _found("All of your Personal Data that we collect may be transferred to a third party if we undergo a "
                  "merger.") == {(3, "personal_info", "share", "first_party")}
    assert _found("Any of the personal data that we collect may be shared with our service providers.") == {
        (3, "personal_info", "share", "first_party")}
    # the clause keeps its practice where nothing else is said of the data
    assert _found("We collect your email address.") == {(3, "contact.email", "collect", "first_party")}


def test_noun_with_a_participle_coordinated_after_the_shared_data_states_no_practice():
    assert _found("- When a service appointment is booked in the app, the dealer you select receives your name, "
                  "your phone number, the VIN, the odometer reading and any warning messages shown in the car, along "
                  "with the slot you chose and the work requested.") == {
        (3, "identity.name", "share", "first_party"), (3, "contact.phone", "share", "first_party"),
        (3, "device.id.serial", "share", "first_party"), (3, "device.sensors", "share", "first_party")}
    # a coordinated passive with its own auxiliary stays a practice
    assert _found("We collect your email address and your IP address is logged.") == {
        (3, "contact.email", "collect", "first_party"), (3, "network.ip", "collect", "first_party")}
