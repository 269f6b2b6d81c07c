"""English round (70) families: the markup of an MDX documentation page's inline components is no text (its link
target "#send-default-pii" read as personal information); a line telling the developer which setting turns the sending
of some data on ("To send all HTTP headers, set `sendDefaultPii=true`", "If you want to send cookies, set …") states no
practice of the service (GUIDELINES: settings the customer chooses); a denial of personal information "about you
other than" data it excepts keeps its denial, as it does with the exception right after the data."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples

from policycheck.ingest.text import strip_inline_markdown

OPTION = '<PlatformLink to="/configuration/options/#send-default-pii">`sendDefaultPii=true`</PlatformLink>'


def test_inline_mdx_component_markup_is_stripped():
    text = f"To send all HTTP headers, set {OPTION}."
    assert "send-default-pii" not in strip_inline_markdown(text)
    assert "sendDefaultPii=true" in strip_inline_markdown(text)
    # a placeholder in angle brackets with no attribute is left alone
    assert "<Company Name>" in strip_inline_markdown("<Company Name> collects your email address.")


def test_component_link_target_gives_no_personal_information():
    page = ("# Data Collected\n"
            "Many of the categories listed here require you to enable the "
            '<PlatformLink to="/configuration/options/#send-default-pii">sendDefaultPii option</PlatformLink>.\n')
    assert markdown_policy_tuples(page) == set()


def test_setting_instructions_state_no_practice():
    page = ("# Data Collected\n"
            "## Cookies\n"
            f"If you want to send cookies, set {OPTION}.\n"
            "## Information About Logged-in User\n"
            f"To start sending logged-in user information, set {OPTION}.\n"
            "## Users' IP Addresses\n"
            f"To enable sending the user's IP address, set {OPTION}.\n"
            "## Device Information\n"
            f"If you want to send the device name, set {OPTION}.\n")
    assert markdown_policy_tuples(page) == set()


def test_plain_setting_instruction_sentences_state_no_practice():
    assert tuples("To send all HTTP headers and cookies, set the sendDefaultPii option to true.") == set()
    assert tuples("If you want to send the device name, enable the option in your configuration.") == set()


def test_sending_with_a_subject_or_without_an_instruction_stays():
    # the service's own purpose, and a condition on what the user sends, are no setting instructions
    assert (1, "contact.email", "collect", "first_party") in tuples(
        "To send you our newsletter, we collect your email address.")
    assert (1, "network.ip", "collect", "first_party") in tuples(
        "Once enabled, the app sends your IP address to our servers.")


def test_denial_about_you_other_than_an_exception_keeps_the_denial():
    found = tuples("Unless you choose to provide additional information to us, we will collect no personal "
                   "information about you other than statistical information that can be used to make the site more "
                   "effective for all our visitors.")
    assert found == {(1, "personal_info", "not_collect", "first_party")}
    found = tuples("We do not collect any personal information about you other than your email address.")
    assert found == {(1, "personal_info", "not_collect", "first_party"), (1, "contact.email", "collect", "first_party")}


PERMISSION_HEADINGS = ("# Privacy Policy\n"
                       "This application only asks for permission to perform certain functions on your phone.\n"
                       "# App Permissions\n"
                       "### Camera\n"
                       "Allows the application to turn the flashlight on or off.\n"
                       "### Do not Disturb access\n"
                       "Allows the application to change the do not disturb state on your phone.\n"
                       "### Phone Access\n"
                       "Allows the application to know if an active call is present on your phone.\n"
                       "### Contacts\n"
                       "Allows the application to display caller name, if available.\n")


def test_permission_label_headings_take_the_collection_of_their_data():
    found = markdown_policy_tuples(PERMISSION_HEADINGS)
    # (the page opens on line 3: lines 6, 8, 10 and 12 are the labels; Do not Disturb reads no data)
    assert {t for t in found if t[0] in (6, 8, 10, 12)} == {
        (6, "media.camera", "collect", "first_party"), (10, "device.id", "collect", "first_party"),
        (12, "social.contacts", "collect", "first_party")}


def test_label_heading_whose_body_states_its_data_takes_nothing_more():
    page = ("## Data We Collect & Permissions\n"
            "### A. Location Data\n"
            "We collect precise location data (GPS coordinates) to calculate the distance of your trips.\n")
    found = markdown_policy_tuples(page)
    assert not {t for t in found if t[0] == 4}
    assert ("location.precise", "collect", "first_party") in {t[1:] for t in found if t[0] == 5}


def test_label_headings_under_a_denying_or_plain_heading_take_nothing():
    denied = PERMISSION_HEADINGS.replace("# App Permissions", "# Permissions we do not request")
    assert not {t for t in markdown_policy_tuples(denied) if t[0] in (6, 10, 12)}
    plain = PERMISSION_HEADINGS.replace("# App Permissions", "# Features")
    assert not {t for t in markdown_policy_tuples(plain) if t[0] in (6, 10, 12)}


def test_items_asked_for_name_dom_interactions_and_repository_code():
    page = ("## Use of Aggregated Identifying Data\n"
            "For upcoming features, Acme is asking for access to the following forms of service data:\n"
            "- Stack traces\n"
            "- DOM interactions\n"
            "- Relevant code to linked repositories\n")
    found = {(t[0], t[1]) for t in markdown_policy_tuples(page)}
    assert {(5, "usage.logs"), (6, "usage"), (7, "content")} <= found
