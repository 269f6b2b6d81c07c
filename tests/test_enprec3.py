"""English precision: own names the policy gives itself, and readings that named the wrong party or practice."""

from __future__ import annotations

from conftest import statements_of

from policycheck.extract import get_extractor
from policycheck.extract.party_names import policy_names
from policycheck.ingest import parse_policy


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def _own(text: str) -> tuple[str, ...]:
    extractor = get_extractor()
    return policy_names(parse_policy(text, "policy.md"), extractor.entities, extractor.lexicons).own


def test_the_business_that_may_be_acquired_is_our_own_name():
    text = ("# Privacy\n\n"
            "We transfer information about you if thoughtbot, inc. or Hound is acquired by or merged with another "
            "company.\n\n"
            "thoughtbot, inc. uses collected information for the following general purposes: products and services "
            "provision, billing, identification and authentication.\n")
    assert "thoughtbot" in _own(text)
    found = _found(text)
    assert (5, "financial.transactions", "use", "first_party", None) in found
    assert not any(actor != "first_party" for line, _, _, actor, _ in found if line == 5)


def test_the_subject_the_policy_governs_is_our_own_name():
    text = ("# Privacy Policy\n\n"
            "This Privacy Policy governs the manner in which Monkey See Monkey Do SIA collects, uses, maintains and "
            "discloses information collected from users of the website.\n\n"
            "Monkey See Monkey Do SIA may collect and use Users personal information for the following purposes:\n")
    assert "Monkey See Monkey Do SIA" in _own(text)
    found = _found(text)
    assert (5, "personal_info", "collect", "first_party", None) in found
    assert not any(actor != "first_party" for line, _, _, actor, _ in found if line == 5)


def test_the_operator_of_the_covered_sites_and_their_short_name_are_ours():
    text = ("# Privacy\n\n"
            "This privacy notice covers example.gov and help.example.gov. These websites are referred to as "
            "“Example.gov” throughout the rest of this notice and are maintained and operated by the Centers for "
            "Rural & Coastal Services (CRCS).\n\n"
            "Example.gov doesn’t collect name, contact information, or other similar information through these websites "
            "unless you choose to provide it.\n\n"
            "CRCS uses persistent cookies for outreach through digital advertising.\n")
    own = _own(text)
    assert {"Example.gov", "CRCS", "Centers for Rural & Coastal Services"} <= set(own)
    found = _found(text)
    assert (5, "identity.name", "not_collect", "first_party", None) in found
    assert (7, "usage.cookies", "use", "first_party", None) in found
    assert not any(actor != "first_party" for line, _, _, actor, _ in found if line in (5, 7))


def test_a_name_the_phrase_holds_whole_is_resolved_as_written():
    # an own name of several words inside a longer named phrase is not taken over by the text match
    text = ("# Privacy\n\n"
            "If Acme Notes Ltd is acquired, your data may be transferred.\n\n"
            "We send your email address to Google Analytics.\n")
    found = _found(text)
    assert (5, "contact.email", "share", "first_party", "google_analytics") in found or any(
        line == 5 and recipient not in (None, "first_party") for line, _, _, _, recipient in found)



def test_a_bare_participle_of_use_describes_what_the_user_uses():
    found = _found("# Acme Privacy Policy\n\n"
                   "We collect the IP address used to access the service.\n\n"
                   "We share details of suspected fraudulent transactions, including the IP address used, with fraud "
                   "prevention agencies.\n\n"
                   "Browsing of the website by unregistered users – IP address, pathways navigated through the website, "
                   "type of internet browser used.\n\n"
                   "Your data is used to improve the service.\n")
    assert (3, "network.ip", "collect", "first_party", None) in found
    assert not any(line in (3, 5, 7) and action == "use" for line, _, action, _, _ in found)
    assert (9, "personal_info", "use", "first_party", None) in found


def test_what_a_term_is_defined_as_states_no_practice():
    found = _found("# Acme Privacy Policy\n\n"
                   "Personally identifiable information (PII), defined by the Office of Management and Budget (OMB), "
                   "refers to information that can be used to distinguish or trace an individual's identity, like their "
                   "name, Medicare Number, biometric records, etc.\n\n"
                   '"Automatic Content Recognition" or "ACR" means technology that identifies content by comparing short '
                   'samples ("fingerprints") of the video frames or audio displayed on the TV against a reference '
                   "database.\n\n"
                   "This means that we collect your location.\n")
    assert not any(line in (3, 5) for line, *_ in found)
    assert (7, "location", "collect", "first_party", None) in found


def test_data_that_uses_something_is_not_used():
    found = _found("# Acme Privacy Policy\n\n"
                   "Private group messages use ChaCha20-Poly1305 encryption.\n\n"
                   "We use your location to show nearby stores.\n")
    assert not any(line == 3 for line, *_ in found)
    assert (5, "location", "use", "first_party", None) in found


def test_based_on_in_a_list_introduction_gives_its_items_no_use():
    found = _found("# Acme Privacy Policy\n\n"
                   "We may collect the following information based on how you engage with Acme:\n\n"
                   "- **Donors** – name, address, email address, and financial information to enable the processing of "
                   "the donation.\n")
    assert (5, "contact.email", "collect", "first_party", None) in found
    assert not any(line == 5 and data_type == "contact.email" and action == "use"
                   for line, data_type, action, _, _ in found)


def test_maintaining_the_privacy_of_data_is_a_safeguard_not_storage():
    found = _found("# Acme Privacy Policy\n\n"
                   "We are required by law to maintain the privacy of your protected health information.\n\n"
                   "We maintain your personal data for two years.\n")
    assert not any(line == 3 and action == "store" for line, _, action, _, _ in found)
    assert (5, "personal_info", "store", "first_party", None) in found


def test_personal_information_other_data_is_linked_to_is_no_practice_of_its_own():
    found = _found("# Acme Privacy Policy\n\n"
                   "Except as noted in this Privacy Policy, we do not link this automatically collected data to personal "
                   "information.\n\n"
                   "We do not combine the information generated through the use of our analytics companies with your "
                   "personal information.\n\n"
                   "The logs associate these activities with your username.\n")
    assert not any(line in (3, 5) and data_type == "personal_info" for line, data_type, *_ in found)
