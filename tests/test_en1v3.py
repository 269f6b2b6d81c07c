"""English statements whose data type is right but whose acting party was not: names of networks our service is one
node of, and other parties' practices read as ours."""

from __future__ import annotations

from policycheck.extract import extract, get_extractor
from policycheck.extract.party_names import PolicyNames, policy_names
from policycheck.ingest import parse_policy
from policycheck.records import FIRST_PARTY, THIRD_PARTY


def names_of(text: str, name: str = "policy.md") -> PolicyNames:
    extractor = get_extractor()
    return policy_names(parse_policy(text, name), extractor.entities, extractor.lexicons)


def actors(text: str) -> set[tuple[str, str]]:
    return {(s.data_type, s.actor) for s in extract(parse_policy(text, "policy.md")).statements}


FEDERATED = ("# Privacy Policy for Quill\n\nWelcome to Quill, a serverless ActivityPub platform.\n\n"
             "- Your data may be shared with other ActivityPub servers\n"
             "- ActivityPub interactions from other servers\n"
             "- Maintain inbox collections per ActivityPub spec\n"
             "- Your public profile is accessible to any ActivityPub server\n"
             "- Export all your data in ActivityPub format\n"
             "- Import data from other ActivityPub servers\n")


def test_the_network_of_servers_ours_is_one_of_is_not_our_name():
    assert "ActivityPub" not in names_of(FEDERATED).own
    assert "Quill" in names_of(FEDERATED).own


def test_a_name_we_run_servers_of_stays_ours():
    text = ("# Privacy Policy\n\nAcmeChat stores your messages. AcmeChat keeps your email address.\n\n"
            "AcmeChat deletes your account on request. AcmeChat never sells data.\n\n"
            "Our AcmeChat servers are in Germany. AcmeChat logs IP addresses for seven days.\n")
    assert "AcmeChat" in names_of(text).own


def test_what_is_worked_out_based_on_data_is_the_clause_partys_use():
    found = actors("Google Analytics infers your approximate location based on your IP address.\n")
    assert ("network.ip", "google_analytics") in found and ("network.ip", FIRST_PARTY) not in found


def test_based_on_inside_a_clause_of_tools_named_before_is_theirs():
    text = ("Acme uses third-party tools on our websites to support analytics. These tools may collect, process, and "
            "enrich data about your visit, including identifying your company or inferred identity based on your IP "
            "address or browsing activity.\n")
    found = actors(text)
    assert ("network.ip", THIRD_PARTY) in found and ("network.ip", FIRST_PARTY) not in found


def test_based_on_with_no_party_above_it_stays_ours():
    assert ("location", FIRST_PARTY) in actors("We show you ads based on your location.\n")
