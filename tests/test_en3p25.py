"""English third-party rows: data another party asks us for is no collection."""

from __future__ import annotations

from policycheck.extract import extract
from policycheck.ingest import parse_policy


def tuples(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in extract(parse_policy(text, "policy.md")).statements}


def test_a_party_asking_us_for_data_collects_nothing():
    assert tuples("Local law enforcement agencies may request your data from me.\n") == set()
    assert tuples("Advertisers may request your location from us.\n") == set()


def test_asking_the_user_for_data_stays_our_collection():
    assert ("contact.email", "collect", "first_party") in tuples("We may request your email address from you.\n")


def test_the_disclosure_after_a_request_keeps_its_share():
    found = tuples("Police may request your data from us, and we will disclose your email address to them.\n")
    assert ("contact.email", "share", "first_party") in found


def test_psychotherapy_notes_are_health():
    found = tuples("We will not disclose psychotherapy notes to third parties.\n")
    assert ("health", "not_share", "first_party") in found


def test_the_consent_a_disclosure_needs_is_no_sharing():
    assert tuples("Most uses and disclosures of psychotherapy notes require your written authorization.\n") == set()
    assert ("health", "share", "first_party") in tuples("We share your health information with insurers.\n")


def test_based_on_parsed_as_a_preposition_is_the_clause_partys_use():
    found = tuples("Google Analytics collects your approximate geographic location based on the IP address of the "
                   "user's local system.\n")
    assert ("network.ip", "use", "google_analytics") in found
    assert ("network.ip", "use", "first_party") not in found


def test_based_on_under_our_own_verb_stays_ours():
    assert ("network.ip", "use", "first_party") in tuples("We collect your approximate location based on your IP "
                                                          "address.\n")


def test_data_pointed_back_to_with_above_is_a_demonstrative():
    assert tuples("For these purposes, the personal information above is securely shared between the DfE and the "
                  "software providers.\n") == set()
    assert tuples("The personal information listed above is shared with the software providers.\n") == set()


def test_data_named_with_below_or_no_pointer_keeps_its_share():
    assert ("personal_info", "share", "first_party") in tuples("The personal data below is shared with our "
                                                               "partners:\n")
    assert ("contact.email", "share", "first_party") in tuples("We share your email address with our partners.\n")


def test_a_disclosure_said_to_follow_a_law_is_no_sharing():
    assert tuples("Any disclosure of your personal information is in accordance with the Privacy Act.\n") == set()
