"""The fourteenth gold consistency pass: near-identical dev lines whose gold differs by context, kept as read."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_personal_information_collected_by_a_named_solution_keeps_its_collector():
    # "The personal information collected will be:" after "The mobile device management solution will collect some
    # personal information" collects by third_party as well; under the programme's own notice by first_party only
    assert _tuples("en-r19-dfe-windows-device-management", 14) == {
        ("personal_info", "collect", "first_party"), ("personal_info", "collect", "third_party")}
    assert _tuples("en-r19-dfe-get-help-with-technology", 17) == {("personal_info", "collect", "first_party")}


def test_business_name_and_address_put_on_a_public_register_are_shared():
    # "- the name and address of your business or organisation" under "used to update the public register" is shared;
    # under "The personal data we collect about you includes:" it is collected only
    assert ("contact.address", "share", "first_party") in _tuples("en-r27-waste-exemptions", 9)
    for slug, line in [("en-r24-ea-waste-carriers", 7), ("en-r27-flood-risk-exemption", 17)]:
        assert _tuples(slug, line) == {("contact.address", "collect", "first_party"),
                                       ("identity.occupation", "collect", "first_party")}, (slug, line)
