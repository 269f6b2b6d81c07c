"""English denials and non-practices common in app and online-service privacy policies."""

from __future__ import annotations

from conftest import pairs, statements_of


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_examples_of_a_denied_phrase_share_its_denial():
    found = pairs("We collect your usage data, but not any directly identifiable user information such as your name "
                  "or email address.")
    assert ("identity.name", "not_collect") in found and ("contact.email", "not_collect") in found
    assert ("identity.name", "collect") not in found
    # a denied link: no practice on the examples at all
    assert not {"identity.name", "contact.email"} & types_of(
        "This information is associated with a randomly generated identifier, not any directly identifiable user "
        "information such as your name or email address.")
    # examples of an affirmed phrase stay affirmed
    assert ("identity.name", "collect") in pairs("We collect contact information such as your name, but not your "
                                                 "password.")


def test_a_developer_tools_code_and_ai_prompts_are_content_and_messages():
    found = pairs("We do not collect personally identifiable information, your code, or AI prompts.")
    assert ("content", "not_collect") in found and ("communication.messages", "not_collect") in found
    assert ("content", "collect") in pairs("GitHub Copilot may collect snippets of Your Code.")
    # a code the user types to sign in or redeem is no source code
    assert "content" not in types_of("A PIXL CODE is not secret. Anyone who types your code into one of our games "
                                     "can read the settings stored under it.")


def test_parties_named_beside_us_as_destination_get_a_sharing():
    found = statements_of("Your API key is stored locally on your device and never sent to us or any third party.")
    assert {(s.data_type, s.action, s.recipient) for s in found} >= {
        ("account.credentials", "not_collect", None), ("account.credentials", "not_share", "third_party")}
    found = statements_of("Pressing it does not send your location to us or to anyone else.")
    assert ("location", "not_share", "third_party") in {(s.data_type, s.action, s.recipient) for s in found}
    found = statements_of("No facial data is sent to us or to Google.")
    assert ("biometric.face", "not_share", "google") in {(s.data_type, s.action, s.recipient) for s in found}
    # what is available to a party is that party's own collection, not our sharing
    assert ("device.id.ad_id", "not_share") not in pairs("The IDFA is not available to us or to our ad partners.")


def test_an_instruction_to_turn_a_practice_off_is_a_control_not_a_denial():
    assert "usage.logs" not in types_of("To disable automatic collection and logging of crash data, go to settings "
                                        "and disable crash reporting.")
    assert "usage.logs" not in types_of("To turn off crash diagnostic data collection on Windows 10 and later, open "
                                        "Settings.")
    # our own switching off, and a passive "can be turned off", keep their practice
    assert ("location", "not_collect") in pairs("We disabled the collection of location data.")
    assert ("usage.logs", "share") in pairs("App analytics can be turned off under Settings, and crash reports are "
                                            "sent to Sentry only while it is on.")


def test_a_request_under_the_persons_rights_is_no_practice():
    assert "personal_info" not in types_of("If you do not agree to this policy, please uninstall the app and send me "
                                           "an email at dev@example.com requesting deletion of your data.")
    assert "personal_info" not in types_of("For a copy of the information we hold on you please contact the project "
                                           "team at the address below:")
    assert ("contact.email", "collect") in pairs("Send us an email with your email address.")


def test_a_where_heading_names_a_topic_not_a_practice():
    assert not pairs("Where we store your data")
    assert ("personal_info", "share") in pairs("Where we share your data with others, we ensure that it is "
                                               "protected.")


def test_anonymous_data_detailed_by_the_next_sentence_gives_no_tuple():
    assert not {"device.hardware", "location.coarse"} & types_of(
        "I use this service to collect anonymised data about the usage of my app. Information collected includes, "
        "but is not limited to, your device type and model, your operating system version, language, region, app "
        "version and other anonymous information.")
    assert "device.hardware" not in types_of("Closed testing builds can optionally send anonymous usage pings. These "
                                             "pings include a random install ID, app version, and timestamp.")
    # details of data not called anonymous keep their practice
    assert ("device.hardware", "collect") in pairs(
        "I use this service to collect data about the usage of my app. Information collected includes your device "
        "type and model.")


def test_machine_ids_and_exception_reports_of_developer_tools():
    found = pairs("We collect your machine ID and exception reports.")
    assert ("device.id", "collect") in found and ("usage.logs", "collect") in found
    assert ("usage.logs", "collect") in pairs("We may receive information about exceptions and errors.")


def test_a_notice_of_changed_ways_of_handling_data_is_a_procedure():
    assert not pairs("If we materially change the ways in which we use or disclose personal information previously "
                     "collected from you through the Services, we will notify you by email.")


def test_a_list_items_dash_label_is_a_title_when_the_item_names_the_data():
    text = "We collect:\n\n- Private account data — GitHub also collects your email address and your IP address.\n"
    found = {(s.data_type, s.action) for s in statements_of(text, "md", "policy.md")}
    assert ("contact.email", "collect") in found and "account" not in {t for t, _ in found}
    # a label that is the only place the data is named keeps it
    text = "Payment details:\n\n- credit or debit card number - we will only keep the last four digits\n"
    assert "financial.payment" in {s.data_type for s in statements_of(text, "md", "policy.md")}


def test_app_store_data_safety_headings_deny_the_items_under_them():
    text = ("# Privacy\n\n**Data shared**\n\n- Device IDs\n\n**Data not collected**\n\n- Location\n- Contacts\n\n"
            "## Data not shared\n\n- Email address\n")
    found = pairs(text, "markdown")
    assert ("device.id", "share") in found
    assert ("location", "not_collect") in found and ("social.contacts", "not_collect") in found
    assert ("location", "collect") not in found and ("location", "share") not in found
    assert ("contact.email", "not_share") in found


def test_items_listed_on_bare_lines_under_a_plain_text_title_take_its_practice():
    text = "PRIVACY POLICY\n\n4. DATA WE COLLECT\nEmail address\nPhone number\n\n5. DATA NOT COLLECTED\nLocation\nContacts\n"
    found = pairs(text, "text")
    assert {("contact.email", "collect"), ("contact.phone", "collect"), ("location", "not_collect"),
            ("social.contacts", "not_collect")} <= found
