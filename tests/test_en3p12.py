"""English third party in sub-processor tables: a table of parties with a column of a processing record (data subjects,
location of processing) lists processors we entrust data to; a data cell naming the data only by whose it is ("Client
Data") names no type, and the row then takes the data its purpose names; data stored and processed by a group of
sub-processors is entrusted to them."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


SUBPROCESSORS = """Acme uses the following subprocessors to provide our services.

## Acme Cloud

| Company | Purpose | Type of Data | Categories of Data Subjects | Location of Data Processing |
| --- | --- | --- | --- | --- |
| Amazon Web Services, Inc. | Application Hosting | Client Data | Affected individuals of the client | EU |
| Posthog, Inc. | Product metrics | Client Data | Affected individuals of the client | EU |
| Datadog, Inc. | Application logs | Client Data | Affected individuals of the client | EU |
| Cloudflare, Inc. | Web Application Security (e.g. Firewall, DDOS protection) | Client Data | Affected individuals of the client | Global Edge |
| Amazon Web Services, Inc. | Application Hosting | PHI | Affected individuals of the client | US |"""


def test_rows_of_a_processing_record_share_the_data_their_purpose_or_data_cell_names():
    found = _found(SUBPROCESSORS)
    assert (10, "usage", "share", "first_party", "posthog") in found
    assert (11, "usage.logs", "share", "first_party", "datadog") in found
    assert (13, "health", "share", "first_party", "amazon") in found
    # "Client Data" names whose data a row concerns, no type; hosting and security functions name no data
    assert not any(t == "personal_info" for (_, t, _, _, _) in found)
    assert not any(line in (9, 12) for (line, _, _, _, _) in found)
    # no party collects anything of its own
    assert not any(action == "collect" for (_, _, action, _, _) in found)


def test_a_party_table_without_a_processing_record_column_keeps_its_collection():
    found = _found("| SDK name | Purpose | Data collected |\n| --- | --- | --- |\n"
                   "| Datadog | Application logs | Device model |")
    assert found == {(5, "device.hardware", "collect", "datadog", None)}


def test_a_processor_row_with_customer_data_takes_its_purpose_data_and_a_denial_stays():
    found = _found("| Sub-processor | Purpose | Data |\n| --- | --- | --- |\n"
                   "| Datadog | Application logs | Customer Data |\n| Stripe | Payments | No personal data |")
    assert found == {(5, "usage.logs", "share", "first_party", "datadog"),
                     (6, "personal_info", "not_share", "first_party", "stripe")}


def test_data_stored_and_processed_by_a_subset_of_subprocessors_is_entrusted_to_them():
    found = _found("PHI data is only stored and processed by the following subset of subprocessors:")
    assert (3, "health", "share", "first_party", "third_party") in found
    assert not any(actor == "third_party" for (_, _, _, actor, _) in found)
    found = _found("Your email address is stored and processed by Stripe.")
    assert found == {(3, "contact.email", "share", "first_party", "stripe")}
    # a period keeps the processor's storage
    found = _found("Your data is stored and processed by AWS for 30 days.")
    assert (3, "personal_info", "store", "amazon", None) in found


def test_data_a_processor_row_asks_not_to_include_is_neither_shared_nor_denied():
    found = _found("| Sub-processor | Purpose | Data |\n| --- | --- | --- |\n"
                   "| Zendesk, Inc. | Customer support ticketing | Names of Admin Users, content of support tickets "
                   "(Admin Users are asked not to include Social Security numbers or bank details) |")
    assert (5, "identity.name", "share", "first_party", "zendesk") in found
    assert not any(t in ("identity.id_number", "financial.payment") for (_, t, _, _, _) in found)


def test_billing_contacts_are_people_not_an_address_book():
    found = _found("| Sub-processor | Purpose | Data |\n| --- | --- | --- |\n"
                   "| Stripe, Inc. | Collection of subscription fees | Names and work email addresses of Customer billing "
                   "contacts, payment card details |")
    assert {(5, "identity.name", "share", "first_party", "stripe"),
            (5, "contact.email", "share", "first_party", "stripe"),
            (5, "financial.payment", "share", "first_party", "stripe")} <= found
    assert not any(t == "social.contacts" for (_, t, _, _, _) in found)
    # the user's contacts stay the address book
    assert (3, "social.contacts", "collect", "first_party", None) in _found("We collect your contacts.")


def test_a_camera_named_as_the_device_of_its_diagnostics_is_no_camera_access():
    found = _found("| Processor | Purpose | Data |\n| --- | --- | --- |\n"
                   "| Amazon Web Services | Hosting | Footage and audio clips, account details, camera diagnostics |")
    assert (5, "usage.logs", "share", "first_party", "amazon") in found
    assert not any(t == "media.camera" for (_, t, _, _, _) in found)
    assert (3, "media.camera", "collect", "first_party", None) in _found("The app accesses your camera.")


def test_messages_sent_to_or_from_official_accounts_reach_the_service_itself():
    found = _found("We archive direct messages sent to or from our official accounts.")
    assert found == {(3, "communication.messages", "collect", "first_party", None)}
    found = _found("You can send your comments to the official accounts of Acme on Twitter.")
    assert not any(action == "share" for (_, _, action, _, _) in found)
    # a party's account that is not called official stays a recipient
    assert (3, "personal_info", "share", "first_party", "twitter") in _found(
        "We share your data with Twitter accounts.")


def test_a_platform_opening_the_sentence_is_no_host_of_the_archive():
    found = _found("On Twitter, we archive direct messages sent to or from official Acme accounts.")
    assert (3, "communication.messages", "store", "first_party", None) in found
    assert not any(action == "share" for (_, _, action, _, _) in found)
    # a host named after the verb keeps our copy
    assert (3, "personal_info", "share", "first_party", "amazon") in _found("We store your data on AWS servers.")
