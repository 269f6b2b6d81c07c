"""English first-party misses: data terms for what a player reaches or owns and a learner answers, the user's actions
on a site as an item, private source code, written sentences, message metadata and a single support request."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_game_and_learning_progress_items_are_usage():
    found = markdown_policy_tuples("The App stores the following on your device only; it is never sent to us:\n"
                                   "- Owned and selected cosmetic skins\n"
                                   "- Your campaign: which mission you have reached")
    assert {(4, "usage", "not_collect", "first_party"), (5, "usage", "not_collect", "first_party")} <= found
    found = markdown_policy_tuples("We collect:\n"
                                   "- Quiz questions answered\n"
                                   "- your answers to Lessons;\n"
                                   "- whether you have participated in a poll")
    assert {(4, "usage", "collect", "first_party"), (5, "usage", "collect", "first_party"),
            (6, "usage", "collect", "first_party")} <= found


def test_the_users_actions_on_a_site_as_an_item_are_usage():
    found = markdown_policy_tuples("We collect:\n- Your actions on CMS.gov (like clicking a button).")
    assert (4, "usage", "collect", "first_party") in found
    # inside a sentence the actions are how the user directs us, no data
    found = markdown_policy_tuples("You may direct us through your actions on GitHub to share your User Personal "
                                   "Information with third parties.")
    assert not any(t[1] == "usage" for t in found)


def test_private_source_code_and_written_sentences_are_content():
    assert (3, "content", "not_collect", "first_party") in markdown_policy_tuples(
        "Our employees do not access users' private source code unless users give them written permission.")
    assert (3, "content", "collect", "first_party") in markdown_policy_tuples(
        "If you submit written sentences, we may also make those available in our public datasets.")


def test_metadata_about_messages_is_the_record_of_the_messages():
    found = markdown_policy_tuples("We store:\n- Metadata about proxied messages (sender account ID, timestamp)")
    assert (4, "communication.messages", "store", "first_party") in found
    found = markdown_policy_tuples("This is the data we do not collect:\n- Metadata about deleted messages, members "
                                   "or systems")
    assert (4, "communication.messages", "not_collect", "first_party") in found


def test_a_single_support_request_is_correspondence():
    found = markdown_policy_tuples("In order for us to investigate and respond to a support request, we will also "
                                   "ask you for additional information.")
    assert any(t[1] == "communication.messages" and t[3] == "first_party" for t in found)
    # named as the condition of an exception to a denial it is no correspondence handled (GUIDELINES)
    found = markdown_policy_tuples("We do not access workspace content unless this is necessary to answer a support "
                                   "request that you have submitted.")
    assert not any(t[1] == "communication.messages" for t in found)
