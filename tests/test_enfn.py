"""English recall of data types: shapes shared by several policies that named no data type before."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_message_said_opened_or_clicked_is_usage():
    # web beacons and tracking links in e-mails "to determine whether they have been opened/clicked"
    found = _found("In addition, we sometimes use web beacons and tracking links in our emails and other forms of "
                   "communications to determine whether they have been opened/clicked.")
    assert (3, "usage", "collect", "first_party") in found
    found = _found("Our newsletters contain a pixel that records whether the email has been opened.")
    assert (3, "usage", "collect", "first_party") in found
    # no verb of collecting: the question names the data but states no practice
    assert not any(t == "usage" for (_, t, _, _) in _found(
        "You can check in your mail client whether a message has been read by the recipient."))


def test_item_that_is_the_time_of_an_event_is_usage_logs():
    found = _found("Additionally, we collect data associated with each of your sessions, specifically:\n\n"
                   "* When it was created\n* When it finished (so we retain 'finished' sessions)\n"
                   "* When it was last active\n")
    assert {(5, "usage.logs", "collect", "first_party"), (6, "usage.logs", "collect", "first_party"),
            (7, "usage.logs", "collect", "first_party")} <= found
    found = _found("We also monitor how people use our website. This includes, among other things, recording:\n\n"
                   "* When you log in.\n* Pages you request.\n")
    assert (5, "usage.logs", "collect", "first_party") in found
    # the time clause of a sentence is no item of data
    found = _found("When you log in, we collect your email address.")
    assert not any(t == "usage.logs" for (_, t, _, _) in found)


def test_questions_the_user_leaves_or_sends_are_messages():
    found = _found("The personal data we collect from you includes:\n\n"
                   "- questions, queries or feedback you leave, including your email address if you contact us\n"
                   "- any personal information you include in questions, queries or feedback you leave\n")
    assert {(5, "communication.messages", "collect", "first_party"), (5, "content", "collect", "first_party"),
            (5, "contact.email", "collect", "first_party"), (6, "personal_info", "collect", "first_party")} <= found
    # what the user puts in the questions is personal information, the questions only its container
    assert not any(line == 6 and t in ("communication.messages", "content") for (line, t, _, _) in found)
    found = _found("We collect personal data when:\n\n- you submit questions or comments to us.\n")
    assert (5, "communication.messages", "collect", "first_party") in found
    # the reader invited to ask gives nothing
    assert not any(t == "communication.messages" for (_, t, _, _) in _found(
        "If you have questions or comments about this policy, contact us."))


CCPA_TABLE = ("The following chart details these activities:\n\n"
              "| **Category of personal information** | **Purposes of use** | **Categories of Third Parties to Which We "
              "Disclose this Personal Information** |\n| --- | --- | --- |\n"
              "| Contact information (such as your full name, phone number, email address) | Provide the Services; "
              "Communicate with you; Analyze use of and improve the services; Security/fraud prevention | Service "
              "providers |\n"
              "| Login information (such as your username and password) | Provide the Services; Security/fraud "
              "prevention | Service providers |\n")


def test_usage_named_by_a_data_tables_purpose_column():
    found = _found(CCPA_TABLE)
    # "Analyze use of and improve the services" in the purposes of a row of named data
    assert (7, "usage", "use", "first_party") in found
    assert (7, "contact.email", "use", "first_party") in found
    # a row whose purposes name no usage gets none
    assert not any(line == 8 and t == "usage" for (line, t, _, _) in found)
    # a field of an anonymous telemetry table, its data cell naming no data of the user, gets none from its purpose
    found = _found("Brakit collects **anonymous** telemetry data to understand how the tool is used.\n\n"
                   "## What is collected\n\n| Field | Example | Purpose |\n| --- | --- | --- |\n"
                   "| `fetch_count` | `24` | Fetch tracking usage |\n| `is_custom_command` | `false` | Usage patterns |\n")
    assert not any(line >= 9 and t == "usage" for (line, t, _, _) in found)


def test_denial_that_the_service_gets_data_the_line_keeps_on_the_device():
    found = _found("If you choose to add an online account, your copy of elementary OS may collect and store your "
                   "name, email address, avatar, email messages, calendar events, contacts, photos, and files from "
                   "your connected accounts locally on your device. **elementary does not collect any of this data.**")
    assert {(3, t, "not_collect", "first_party") for t in (
        "identity.name", "contact.email", "account.profile", "communication.messages", "calendar", "social.contacts",
        "media.photos", "storage.files")} <= found
    # no denial on the line: the keeping stays as it was read
    found = _found("Your copy of the app may collect and store your contacts locally on your device.")
    assert not any(action == "not_collect" for (_, _, action, _) in found)


def test_processing_on_consent_as_the_condition_of_a_right_is_a_use():
    found = _found("If you are located in the EEA, you have certain rights in relation to your Personal Information:\n\n"
                   "- **Withdrawal of Consent:** If we rely on consent for the processing of your Personal Information, "
                   "you have the right to withdraw it at any time.\n"
                   "- Where you have given us consent to process personal data, you may withdraw your choice.\n"
                   "- Withdraw consent to the processing of your personal data at any time.\n")
    assert (5, "personal_info", "use", "first_party") in found
    assert (6, "personal_info", "use", "first_party") in found
    # the consent with no condition naming the processing as ours states none
    assert not any(line == 7 for (line, _, _, _) in found)
    # nor the consent another company relies on
    assert not any(t == "personal_info" and action == "use" for (_, t, action, _) in _found(
        "Where Google relies on your consent to process your personal data, you may withdraw it in your Google "
        "account."))
