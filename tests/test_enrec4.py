"""English first-party recall: list items, own names and what the first party is said to receive."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_a_plain_noun_phrase_opening_an_item_is_the_data_listed_not_a_title():
    text = ("# Privacy\n\nIf you use our feedback survey form to provide feedback, this information will be retained:\n\n"
            "- Your Internet Protocol (IP) address\n"
            "- The content of your survey response. This will only include personal information if you choose to "
            "provide it\n")
    found = tuples(text, name="policy.md")
    assert (6, "content", "store", "first_party") in found
    # a capitalised run-in title over a paragraph still names no data of its own
    titled = tuples("# Privacy\n\nLocation Data Partners. Subject to your consent, we share your location with "
                    "our partners.\n", name="policy.md")
    assert not any(t[1] == "location" and t[2] == "collect" for t in titled)


def test_a_controller_named_with_an_aside_before_is_our_own_name():
    text = ("# Privacy policy\n\n"
            "When you register for a national professional qualification (NPQ), the Department for Education (DfE) "
            "collects and processes some of your personal data."
            "\n\nDfE, referred to as \u2018we\u2019, \u2018us\u2019 and \u2018our\u2019 in this policy, is the data "
            "controller for your information.\n")
    found = {(s.data_type, s.actor) for s in statements_of(text, name="policy.md")}
    assert ("personal_info", "first_party") in found
    assert ("personal_info", "third_party") not in found


def test_feedback_the_user_gives_through_a_feedback_form_is_content():
    found = tuples("# Privacy\n\nIf you use our feedback survey form to provide feedback, this information will be "
                   "retained:\n\n- Your IP address\n", name="policy.md")
    assert (3, "content", "collect", "first_party") in found
    # the form alone names the channel, not what the user wrote
    assert not any(t[1] == "content" for t in tuples("# Privacy\n\nYou can reach us through our feedback form.\n",
                                                      name="policy.md"))


def test_a_heading_naming_third_party_services_as_a_source_makes_them_no_actor():
    found = tuples("# Privacy\n\n## Contributors from third-party services\n\nTo enrich public profile pages with "
                   "profile data, the following data is processed:\n\n* IP address of the third-party service\n"
                   "* Profile data\n", name="policy.md")
    assert (8, "account.profile", "use", "first_party") in found
    assert not any(t[3] == "third_party" for t in found)


def test_the_log_and_device_data_of_a_common_template_name_pages_viewed_and_device_ids():
    text = ("# Privacy\n\n- **Device Data.** We collect device data such as information about your computer. Depending on "
            "the device used, this device data may include information such as your IP address (or proxy server), "
            "device and application identification numbers, location and browser type.\n"
            "- **Log and Usage Data.** We collect log data. This log data may include your IP address and information "
            "about your activity in the App (such as the date/time stamps associated with your usage, pages and files "
            "viewed, searches and other actions you take).\n")
    found = tuples(text, name="policy.md")
    assert (3, "device.id", "collect", "first_party") in found
    assert any(t[:2] == (4, "usage.history") and t[3] == "first_party" for t in found)


def test_an_own_name_opening_on_a_command_word_is_parsed_as_one_name():
    # the heading between the anonymous opening paragraph and the list, as in the Send Later policy, keeps the
    # list's items (the qualifier reaches only a list right after it)
    text = ("# Send Later Privacy Policy\n\nSend Later collects anonymous usage data.\n\n## What we collect\n\n"
            "We collect the following data:\n\n* the version of the add-on you are using;\n"
            "* the version of the application Send Later is running in;\n")
    found = tuples(text, name="policy.md")
    assert (10, "device.hardware", "collect", "first_party") in found


def test_items_the_reader_is_asked_to_email_us_are_collected():
    text = ("# Help\n\nThe following process may take some days. To get started, please email "
            "[support@example.events](mailto:support@example.events) with:\n\n"
            "* The email address associated with the account of your loved one\n")
    assert (5, "contact.email", "collect", "first_party") in tuples(text, name="policy.md")
