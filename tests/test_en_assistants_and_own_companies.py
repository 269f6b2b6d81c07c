"""English: the user's exchanges with the service's AI assistant, and a big company's policy about its own product."""

from __future__ import annotations

from policycheck.extract import extract, get_extractor
from policycheck.extract.party_names import PolicyNames, policy_names
from policycheck.ingest import parse_policy
from policycheck.records import FIRST_PARTY


def names_of(text: str, name: str = "policy.md") -> PolicyNames:
    extractor = get_extractor()
    return policy_names(parse_policy(text, name), extractor.entities, extractor.lexicons)


def statements_of(text: str):
    return extract(parse_policy(text, "policy.md")).statements


def test_a_title_naming_privacy_among_its_neighbours_before_for_names_the_product_and_its_company():
    title = "# Data, Privacy, and Security for Microsoft Copilot for Microsoft 365\n\n"
    names = names_of(title + "Microsoft Copilot for Microsoft 365 is an engine.\n")
    assert names.own[:2] == ("Microsoft Copilot for Microsoft 365", "Microsoft")
    assert names.reason("Microsoft") == "title"
    # the catalogued company is then the first party on its own page
    statements = statements_of(title + "Abuse monitoring occurs in real time, without providing Microsoft any standing "
                                       "access to customer data.\n")
    assert statements and all(s.actor == FIRST_PARTY for s in statements)
    names = names_of("# Privacy and Security for Acme Notes\n\nWe collect your email.\n")
    assert names.own[:2] == ("Acme Notes", "Acme")


def test_the_users_prompts_to_an_assistant_are_messages():
    statements = statements_of("The stored data includes the user's prompt, how the assistant responded, and "
                               "information used to ground the response.\n\nWe store your prompts for 30 days.\n")
    assert {(s.line, s.data_type) for s in statements if s.data_type == "communication.messages"} == {
        (1, "communication.messages"), (3, "communication.messages")}
    # bare "prompts" of a code assistant names no type
    assert not any(s.data_type == "communication.messages" for s in statements_of(
        "Prompts are discarded once a suggestion is returned.\n"))


def test_a_cookie_glossary_and_the_users_browser_choices_state_no_cookie_use():
    cookies = lambda text: [s for s in statements_of(text) if s.data_type == "usage.cookies"]  # noqa: E731
    assert not cookies("Cookies are small text files stored by your browser on your device. A cookie can later be read "
                       "when your browser connects to a web server in the same domain that placed the cookie.\n")
    # a sentence of the paragraph naming us keeps its use, and so does a definition that names us
    assert cookies("Cookies are small text files stored by your browser on your device. We use cookies to keep you "
                   "signed in.\n")
    assert cookies("Cookies are pieces of code that we transfer to your computer's hard disk for record-keeping "
                   "purposes. The cookies listed as strictly necessary are required for the operation of the Service, "
                   "such as cookies that enable you to log in to secure areas of the Service.\n")
    assert not cookies("If your browser sends a Do Not Track (DNT) signal, we will not set non-essential cookies.\n")
    assert not cookies("If you enable a browser extension designed to block tracking, such as Privacy Badger, "
                       "non-essential cookies set by a website or third parties may be disabled.\n")
    assert cookies("We use cookies to keep you signed in.\n")


def test_billing_named_as_a_purpose_processes_the_transactions():
    def transactions(text):
        return [s for s in statements_of(text) if s.data_type == "financial.transactions"]
    assert transactions("We use Personal Data for activities like billing and accounting.\n")
    assert transactions("GitHub processes personal data in limited circumstances including billing and account "
                        "management.\n")
    assert transactions("Acme uses collected information for the following general purposes: products and services "
                        "provision, billing, identification and authentication, services improvement.\n")
    # a billing address among addresses is no transaction
    assert not transactions("We collect your home, billing, or other physical address.\n")


def test_a_region_as_the_users_place_is_coarse_location():
    types = {s.data_type for s in statements_of("We collect regional geolocation data in order to improve our "
                                                "Services.\n")}
    assert "location.coarse" in types and "location" not in types
    assert "location.coarse" in {s.data_type for s in statements_of(
        "We analyze deliverability issues based on users' general geographic region.\n")}


def test_server_log_files_are_logs_not_the_users_files():
    types = {s.data_type for s in statements_of("We automatically record your IP address, browser, and operating "
                                                "system in temporary server log files.\n")}
    assert "usage.logs" in types and "storage.files" not in types
    assert "storage.files" not in {s.data_type for s in statements_of("Audit log files may be kept for a duration of "
                                                                      "up to one year.\n")}


def test_files_beside_messages_or_calendar_entries_are_content():
    types = {s.data_type for s in statements_of(
        "We collect information you provide such as email messages, files, calendar and address book entries.\n")}
    assert "content" in types and "storage.files" not in types
    # files on the device keep their type
    assert "storage.files" in {s.data_type for s in statements_of(
        "With your permission the app reads photos, videos and files stored on your device.\n")}
