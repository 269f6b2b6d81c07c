"""English third-party statements: own names, parties named by their role or as the subject of a practice."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_an_organisation_opening_the_policy_with_its_initials_is_our_own():
    text = ("# Digital media privacy\n\nThe Centers for Disease Control and Prevention (CDC) is committed to "
            "maintaining your privacy.\n\nOn Twitter, the CDC automatically archives direct messages sent to official "
            "accounts.\n")
    found = _found(text)
    assert ("communication.messages", "store", "first_party", None) in found
    assert not any(actor != "first_party" for _, _, actor, _ in found)
    # the initials alone, later in the policy
    text = ("# Privacy notice\n\nThe Department for Business and Trade (DBT) is committed to protecting your "
            "privacy.\n\nDBT keeps a record of your email address.\n")
    assert ("contact.email", "store", "first_party", None) in _found(text)


def test_initials_that_do_not_begin_as_the_name_make_no_own_name():
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import policy_names
    from policycheck.ingest import parse_policy

    extractor = get_extractor()
    document = parse_policy("# Privacy\n\nThe Open Computing Facility (XYZ) is committed to your privacy.\n",
                            "policy.md")
    assert "XYZ" not in policy_names(document, extractor.entities, extractor.lexicons).own
    document = parse_policy("# Privacy\n\nThe Open Computing Facility (OCF) is committed to your privacy.\n",
                            "policy.md")
    assert {"Open Computing Facility", "OCF"} <= set(policy_names(document, extractor.entities, extractor.lexicons).own)


def test_our_name_written_as_the_domain_of_our_site_is_ours():
    text = ("# USAID: Privacy\n\nThank you for visiting the USAID website.\n\n"
            "USAID.gov uses single-session cookies to serve technical purposes.\n")
    found = _found(text)
    assert ("usage.cookies", "use", "first_party", None) in found
    assert ("usage.cookies", "use", "third_party", None) not in found
    # another party's domain stays theirs
    assert ("contact.email", "collect", "google", None) in _found(
        "# Acme privacy\n\nAcme is an app. Google.com collects your email address.")


def test_our_practice_named_by_a_noun_is_ours_whatever_the_sentence_is_about():
    found = _found("# Acme privacy\n\nAcme is a website. The OMB Memo M-10-22 Guidance defines our use of session "
                   "cookies as Usage Tier 1.")
    assert ("usage.cookies", "use", "first_party", None) in found
    assert not any(actor != "first_party" for _, _, actor, _ in found)


def test_a_tool_we_deny_using_it_for_denies_it_with_us():
    found = _found("# Acme privacy\n\nAcme is a website. We use Google Analytics as a third party tracking service, "
                   "but we don't use it to track you individually or collect your User Personal Information.")
    assert ("personal_info", "not_collect", "google_analytics", None) in found
    assert ("personal_info", "not_collect", "first_party", None) in found
    found = _found("# Acme privacy\n\nAcme is a website. We do not use Google Analytics to collect your email address.")
    assert {("contact.email", "not_collect", "google_analytics", None),
            ("contact.email", "not_collect", "first_party", None)} <= found
    # what we use the tool for, affirmed, stays the tool's alone
    found = _found("# Acme privacy\n\nAcme is an app. We use Sentry, and we use it to collect crash reports.")
    assert ("usage.logs", "collect", "sentry", None) in found
