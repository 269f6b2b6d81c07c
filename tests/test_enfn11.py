"""English first-party list items: an item whose own clause only says where its data goes on or who else handles it
("- crash reports and performance diagnostics, which are forwarded to Sentry", "- Account identifiers (provided through
Amazon Cognito …)") still takes the collection of its introduction or of its section's heading (GUIDELINES: what an
item under an introduction gives)."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_item_forwarded_to_a_processor_keeps_the_headings_collection():
    found = markdown_policy_tuples(
        "## Information collected automatically\n\nWhen you browse our website, our web servers record:\n\n"
        "- the IP address from which you connect;\n"
        "- crash reports and performance diagnostics, which are forwarded to Sentry.")
    assert (8, "usage.logs", "collect", "first_party") in found
    assert (8, "usage.logs", "share", "first_party") in found  # the forwarding stays


def test_item_provided_through_a_service_keeps_the_introductions_practices():
    found = markdown_policy_tuples(
        "If you use MetaDeck, we collect and store the following information:\n\n"
        "- Account identifiers (provided through Amazon Cognito authentication service)")
    assert {(5, "account.credentials", "collect", "first_party"),
            (5, "account.credentials", "store", "first_party")} <= found


def test_item_handled_by_another_party_keeps_the_collection():
    found = markdown_policy_tuples(
        "We collect the following data:\n\n- Payment details (handled by Big Cartel, not visible to our employees)")
    assert found == {(5, "financial.payment", "collect", "first_party"), (5, "financial.payment", "use", "third_party")}


def test_no_collection_without_one_stated():
    # an introduction of uses states no collection: the item keeps its own practice only
    found = markdown_policy_tuples(
        "We use the following data:\n\n- Payment details (handled by Big Cartel, not visible to our employees)")
    assert found == {(5, "financial.payment", "use", "third_party")}


def test_an_items_own_display_is_no_described_item():
    # "is viewable by" is the item's own predicate, not a clause describing the data the introduction collects
    found = markdown_policy_tuples(
        "We collect the following data:\n\n"
        "- The email address that was used to upload each submission is viewable by registered users.")
    assert (5, "contact.email", "collect", "first_party") not in found


def test_a_label_naming_data_after_a_company_is_no_party():
    # "Discord ID" is the data the item names, not Discord as the party that gets it; a label that is a party keeps it
    found = markdown_policy_tuples(
        "We collect the following types of personal information when you use our Service:\n\n"
        "#### Account Information\n\n"
        "- **Discord ID**: Your Discord user identifier when using Discord authentication\n"
        "- **Zendesk**: the messages you send")
    assert (7, "account.credentials", "collect", "first_party") in found
    assert not any(line == 7 and actor == "discord" for (line, _, _, actor) in found)
    assert (8, "communication.messages", "collect", "zendesk") in found


def test_a_dash_going_on_with_and_is_no_label():
    # "IP address - and the country …": the words before the dash are data of the item, not a run-in title
    found = markdown_policy_tuples(
        "We collect:\n\n- IP address - and the country and city associated with it\n"
        "- Contacts - You may choose to allow access to your contacts")
    assert {(5, "network.ip", "collect", "first_party"), (5, "location.coarse", "collect", "first_party")} <= found
    assert (6, "social.contacts", "collect", "first_party") in found
