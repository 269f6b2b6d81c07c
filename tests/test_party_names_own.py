"""The policy's own names (extract/party_names.py): definitions of the operator's name, and the limits of the repeated
capitalised word taken for one."""

from __future__ import annotations

from policycheck.extract import extract, get_extractor
from policycheck.extract.party_names import PolicyNames, policy_names
from policycheck.ingest import parse_policy
from policycheck.records import FIRST_PARTY


def names_of(text: str, name: str = "policy.md") -> PolicyNames:
    extractor = get_extractor()
    return policy_names(parse_policy(text, name), extractor.entities, extractor.lexicons)


def test_a_lower_case_short_name_given_for_short_is_ours():
    names = names_of("# Privacy Questions and Answers\n\nThis notice describes how [npm, Inc.](https://npmjs.com/about), "
                     "or _npm_ for short, collects and uses data about you.\n\nnpm collects data about you.\n")
    assert "npm" in names.own and names.reason("npm") == "own_definition"
    # and the practices said of it are the first party's
    statements = extract(parse_policy("# Privacy Questions and Answers\n\nThis notice describes how npm, Inc., or npm "
                                      "for short, collects and uses data about you.\n\nnpm logs your IP address when "
                                      "you run commands like npm install.\n", "p.md")).statements
    assert any(s.data_type.startswith("network") and s.actor == FIRST_PARTY for s in statements)


def test_a_company_naming_itself_hereinafter_or_as_the_company_is_ours():
    assert names_of("This policy covers Acme Widgets Ltd (hereinafter Acme).\n").reason("Acme") == "own_definition"
    assert "Cake Labs LLC" in names_of("Cake Labs LLC (the “Company”) respects your privacy.\n").own
    # what a policy names hereinafter is not always its operator
    assert "Data" not in names_of('We process personal data (hereinafter referred to as "Data").\n').own
    assert "Bots" not in names_of('This covers our bots for Slack (hereinafter referred to as the "Bots").\n').own


def test_the_service_and_its_operator_named_in_the_opening_are_ours():
    names = names_of("example.com is operated by Acme Ltd. We collect your email address.\n")
    assert names.own[:2] == ("example.com", "Acme Ltd")
    names = names_of("The login.gov service is provided by the U.S. General Services Administration.\n")
    assert "U.S. General Services Administration" in names.own and "U.S" not in names.own
    # not a catalogued party's tool and its maker
    assert "Google" not in names_of("Google Analytics is provided by Google. We use it to count visits.\n").own


def test_a_repeated_capitalised_common_word_is_no_name_of_ours():
    text = ("# Ledger Notes Privacy Policy\n\nWe keep little about you.\n\n"
            + "Customers may invite Drivers to the service, as Art. 6 GDPR allows. " * 6
            + "\n\nWe transfer data under the Standard Contractual Clauses. Acme Ltd keeps Acme Ltd records.\n"
            + "Windows 10 and Windows 11 users can install the Ledger Notes app. " * 3 + "\n")
    names = names_of(text)
    for word in ("Customers", "Drivers", "Art", "Clauses", "Standard Contractual", "Ltd"):
        assert word not in names.own
    assert "Windows" in names.own  # a product named with its version numbers is still a name
