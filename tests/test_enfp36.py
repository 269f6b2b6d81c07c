"""English first-party precision: wordings that name data without stating a practice of the first party.

- "no per-user identifying information" in a retention item is an exclusion (GUIDELINES: statements that such data
  excludes identity give none): "per-user identifying" is joined before parsing as "personally identifying" is, so
  that "no" stays the determiner of the data.
- A retention item whose label places the data on the user's own device ("Cycle data on your phone: until you delete
  it") keeps it there (GUIDELINES: a retention period said of data on the device is no `store`).
- A Markdown line that is only an image is a figure: its alternative text is no text of the policy.
- The items of a list of steps for the reader ("… by conducting the following steps.") are the user's actions, no
  practice of their introduction."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_no_per_user_identifying_information_in_a_retention_item_is_no_store():
    found = markdown_policy_tuples("## How long we keep data\n\n"
                                   "- **Conversation transcripts**: 6 hours, then automatically deleted.\n"
                                   "- **Generated-opponent cache** (daily opponent persona): 48 hours, no per-user "
                                   "identifying information.")
    assert (5, "communication.messages", "store", "first_party") in found
    assert not any(t[0] == 6 for t in found)


def test_per_user_identifying_information_collected_stays_a_collection():
    found = markdown_policy_tuples("We collect per-user identifying information such as your email address.")
    assert (3, "identity", "collect", "first_party") in found


def test_retention_item_labelled_on_the_users_phone_is_no_store():
    found = markdown_policy_tuples("## How long we keep your data\n\n"
                                   "- Cycle data on your phone: until you delete it or delete the app.\n"
                                   "- Your backed-up cycle data: deleted from our servers within 30 days.\n"
                                   "- Crash reports in Sentry: 90 days.")
    assert not any(t[0] == 5 for t in found)
    assert (6, "health", "store", "first_party") in found
    assert (7, "usage.logs", "store", "sentry") in found


def test_a_line_that_is_only_an_image_is_a_figure_with_no_practice():
    found = markdown_policy_tuples("![The SDK in your app sends telemetry to the Application Insights service.]"
                                   "(./media/01-scheme.png)\n\n"
                                   "When your app is running, the SDK sends telemetry to us.")
    assert not any(t[0] == 3 for t in found)
    assert (5, "usage", "collect", "first_party") in found


def test_an_image_line_right_under_a_paragraph_line_is_a_figure_too():
    found = markdown_policy_tuples("When your app is running, the SDK sends telemetry to us.\n"
                                   "![The SDK in your app sends crash reports to the Application Insights service.]"
                                   "(./media/01-scheme.png)\n"
                                   "The service stores the telemetry.")
    assert (3, "usage", "collect", "first_party") in found
    assert not any(t[0] == 4 for t in found)


def test_items_of_a_list_of_steps_take_no_practice_from_their_introduction():
    found = markdown_policy_tuples("You can modify your provided metadata at any time by conducting the following "
                                   "steps.\n"
                                   "- Validate your identity with your private key.\n"
                                   "- Confirm the changes with your private key.\n\n"
                                   "We collect the following data:\n"
                                   "- your email address")
    assert not any(t[0] in (4, 5) for t in found)
    assert (8, "contact.email", "collect", "first_party") in found
