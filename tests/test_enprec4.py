"""English precision: first-party readings that named the wrong data or practice."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_the_subject_named_by_what_we_collect_is_only_shared():
    # GUIDELINES: a restrictive clause that only identifies the data as what we collect adds no `collect`
    assert pairs("The personal data we collect may be shared with other government departments, agencies and public "
                 "bodies.") == {("personal_info", "share")}
    assert pairs("Personal information provided to us at this website will only be shared with authorized "
                 "individuals within our organization.") == {("personal_info", "share")}
    # a non-restrictive clause states a practice of its own
    assert pairs("Your email address, which we collect at sign-up, is shared with our partners.") == {
        ("contact.email", "collect"), ("contact.email", "share")}


def test_items_of_the_information_taken_up_are_not_given_the_purposes_of_the_sentence_before():
    text = ("To assist you, we will ask for personal information to enable us to issue securities, process "
            "transactions, make payments, and provide required reports to the Internal Revenue Service (IRS). This "
            "information may include:\n\n"
            "* your name, address, phone number\n"
            "* bank routing number and account number\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert (1, "personal_info", "collect") in found
    assert {(line, action) for line, _, action in found if line > 1} == {(3, "collect"), (4, "collect")}


def test_a_list_after_a_paragraph_on_anonymous_data_takes_no_practice():
    # GUIDELINES: the qualifier covers the list the next lines give as that same data
    text = ("## Anonymous Usage Information\n"
            "When using the application, we may collect anonymous usage information for the purpose of improving the "
            "experience of all users.\n\n"
            "Information we collect:\n"
            "- Crash and Error information\n"
            "- Device Model\n"
            "- OS version\n")
    assert {(s.line, s.data_type) for s in statements_of(text, name="policy.md")} == set()


def test_examples_of_aggregate_data_or_anonymous_statistics_are_not_annotated():
    assert pairs("We also receive aggregate data about the use of our apps from the Google Play store, such as number "
                 "of users that have installed our application, device model, app version, language, and mobile "
                 "carrier.") == set()
    assert pairs("We collect anonymous statistics such as your device model and app version.") == set()
    # a label calling raw data anonymous keeps its examples
    assert pairs("Google provides us with limited, anonymous information such as your country and device model.") == {
        ("location.coarse", "collect"), ("device.hardware", "collect")}


def test_a_retention_list_introduced_under_a_condition_gives_its_items_store_only():
    text = ("If you use our feedback survey form to provide feedback, this information will be retained:\n\n"
            "- Your Internet Protocol (IP) address\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text, name="policy.md")}
    assert (3, "network.ip", "store") in found and (3, "network.ip", "collect") not in found


def test_a_clause_of_collection_on_the_noun_a_data_term_modifies_only_identifies_retained_data():
    assert pairs("Any feedback data we collect will be stored for up to 24 months.") == {("content", "store")}


def test_to_us_in_the_users_clause_inside_the_object_is_no_recipient_of_the_sharing():
    text = "# Godot privacy policy\n\nGodot will never share the personal data you provide to us.\n"
    found = {(s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}
    assert found == {("personal_info", "not_share", "third_party")}


def test_a_column_of_version_ranges_does_not_type_the_rows_of_a_data_table():
    text = ("The telemetry feature collects the following data:\n\n"
            "| SDK versions | Data |\n"
            "|--------------|------|\n"
            "| All          | Timestamp of invocation. |\n"
            "| >=2.0        | Hashed current working directory. |\n"
            "| >=5.0.100    | Hashed OutputType used for build (MSBuild property) |\n")
    found = {(s.line, s.data_type) for s in statements_of(text, name="policy.md")}
    assert (5, "usage.logs") in found
    assert not any(data_type == "device.hardware" for _, data_type in found)


def test_the_recipients_a_disclosure_names_use_the_data_themselves():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "These recipients will use your personal information to complete a transaction.")}
    assert found == {("personal_info", "use", "third_party")}
    # processors working for us: our sharing with them
    found = {(s.data_type, s.action, s.entity) for s in statements_of(
        "These recipients will use your personal information to provide professional services to us.")}
    assert found == {("personal_info", "share", "third_party")}


def test_the_users_use_of_the_service_as_the_topic_of_a_message_is_no_usage_data():
    assert pairs("We may use your information to request feedback and to contact you about your use of our App.") == {
        ("personal_info", "use")}
    # what a party tells us about is data we receive
    assert ("financial.transactions", "collect") in pairs(
        "Apple and Google tell us about the purchases and refunds made on your account.")
