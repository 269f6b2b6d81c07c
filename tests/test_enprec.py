"""English data-type precision: word senses and shapes that name no data of the type their words suggest."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_unique_identifier_is_a_device_id_only_in_a_device_context():
    # what a cookie stores for a logged-in user is the cookie's content, no device ID
    assert ("device.id", "store") not in pairs(
        "Cookies do not necessarily identify you; however, a cookie may store a unique identifier for each logged in user.")
    # the identifier of the user's linked account is the account's
    assert ("account.credentials", "collect") in pairs(
        "When an account is connected, we retrieve some data from that platform, for example the unique identifier of "
        "the linked account.")
    # named with the device, it stays a device ID
    assert ("device.id", "collect") in pairs(
        "We collect information about the device you are using, including its model and unique identifiers such as "
        "the device's advertising identifier.")


def test_name_of_a_thing_is_no_personal_name():
    assert ("identity.name", "collect") not in pairs("We collect the dotnet tool name and the workload name.")
    assert ("identity.name", "collect") not in pairs("We collect studio names, locations and opening times.")
    assert ("identity.name", "collect") in pairs("We collect your name and email address.")


def test_profile_of_a_child_is_no_account_profile():
    assert ("account.profile", "collect") not in pairs(
        "A parent or guardian can create a children's profile for a child under 13 in the app.")
    assert ("account.profile", "collect") in pairs("We collect your profile and your name.")


def test_company_sold_or_merged_makes_a_transfer_a_disclosure():
    assert ("personal_info", "share") in pairs(
        "We transfer information about you if Hound is acquired by or merged with another company.")
    assert ("personal_info", "use") not in pairs(
        "We transfer information about you if Hound is acquired by or merged with another company.")
    # a transfer abroad stays a use
    assert ("personal_info", "use") in pairs(
        "We may transfer your Personal Information to countries other than the country where you are located.")


def test_reviews_done_by_a_person_is_the_verb():
    assert ("content", "use") not in pairs(
        "Screening results are evaluated, and a leasing professional reviews every declined decision before it is "
        "communicated to you.")
    assert ("content", "collect") in pairs("You may post ratings and written reviews of a charge point.")


def test_crashes_a_purpose_catches_or_fixes_are_no_crash_data():
    assert ("usage.logs", "use") not in pairs(
        "This information is collected to understand how the application is used and catch unexpected crashes as "
        "soon as they appear.")
    assert ("usage.logs", "collect") in pairs(
        "Crashlytics sends us information automatically if the app has problems or crashes.")


def test_facial_biometrics_and_bracketed_precise_location_take_the_narrow_type():
    found = pairs("Jumio uses facial biometrics to compare them.")
    assert ("biometric.face", "use") in found and ("biometric", "use") not in found
    found = pairs("With your permission, the app collects your device's precise (GPS) location while the app is open.")
    assert ("location.precise", "collect") in found and ("location", "collect") not in found


PROCESSOR_TABLE = """# Privacy policy

## Processors

| Processor | Purpose | Personal data | Location |
|---|---|---|---|
| Twilio Inc. | Delivery of one-time passcodes and pay-day notifications by SMS | Mobile phone numbers, content of SMS messages | United States |
| Zendesk, Inc. | Customer support | Email address, support messages | United States |
"""


def test_content_of_the_services_own_notices_in_a_processor_row_is_no_communication():
    found = {(s.line, s.data_type) for s in statements_of(PROCESSOR_TABLE, "markdown", "policy.md")}
    assert (7, "contact.phone") in found
    assert (7, "communication.sms") not in found and (7, "communication.messages") not in found
    # the person's own messages to support keep their type
    assert (8, "communication.messages") in found


def test_processing_only_relevant_data_is_a_principle_not_a_practice():
    assert pairs("We only process personal data that is relevant for the services we are providing to you.") == set()
    assert ("personal_info", "use") in pairs("We process your personal data to provide the service.")


def test_what_data_is_kept_apart_from_is_no_data_handled():
    found = pairs("We store your gender, disability and veteran status separately from your application and profile.")
    assert ("identity.gender", "store") in found and ("account.profile", "store") not in found
    found = pairs("Health records are kept separate from your education records and are not shared with instructors.")
    assert not any(t == "identity.education" for t, _ in found)


def test_a_log_of_operations_or_one_that_records_actions_is_usage():
    found = pairs("The audit log is used to record actions that may be harmful.")
    assert ("usage", "use") in found and not any(t == "usage.logs" for t, _ in found)
    found = pairs("We collect logs of Git operations such as commits, branching, pushing and pulling.")
    assert ("usage", "collect") in found and ("usage.logs", "collect") not in found
    assert ("usage.logs", "store") in pairs("We keep server logs for 30 days.")


def test_the_use_a_time_or_date_belongs_to_is_no_usage_data():
    found = pairs("We log your IP address and the time and date of your interactions with the app.")
    assert ("network.ip", "collect") in found and ("usage", "collect") not in found
    assert ("usage", "collect") in pairs("We collect information about your interactions with the service.")


def test_a_timestamp_named_beside_what_else_is_kept_of_each_interaction_keeps_the_usage():
    assert ("usage", "collect") in pairs("The type and timestamp of each user interaction with the bot are recorded.")
