"""English first-party misses: the user's address an announcement of future changes writes to."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_change_announcement_still_uses_the_address_it_writes_to():
    for text in ("If we make material changes to the way we use Personally Identifiable Information, we will post a "
                 "notice on the Site's home page and, where we have your e-mail address, notify you by e-mail.",
                 "If we make material changes to the way in which we use or disclose personal information we collect, "
                 "we will use reasonable efforts to notify you (such as by emailing you at the last email address you "
                 "provided us or by posting notice of such changes on the Services)."):
        found = markdown_policy_tuples(text)
        assert (3, "contact.email", "use", "first_party") in found, text
        # the changes announced state no practice
        assert not any(dt == "personal_info" for (_, dt, _, _) in found), text


def test_change_announcement_without_an_address_written_to_stays_without_practice():
    for text in ("If we make material changes to the way we use or disclose personal information, we will post a "
                 "notice on this page.",
                 "If we make material changes to the way we collect your email address, we will post a notice on "
                 "this page."):
        assert not markdown_policy_tuples(text), text


def test_second_object_read_as_a_verb_still_goes_to_the_users_address():
    for text in ("We send product news and offers to your email address only if you opt in.",
                 "We send newsletters and updates to your email address."):
        assert (3, "contact.email", "use", "first_party") in markdown_policy_tuples(text), text
    # a verb of its own with an object is no such misreading
    found = markdown_policy_tuples("We collect your name and shares it with partners.")
    assert (3, "identity.name", "share", "first_party") in found
    assert not markdown_policy_tuples("We send newsletters and offers to our partners.")


def test_platform_tokens_lists_descriptions_and_tweets_are_data():
    assert (3, "account.credentials", "store", "first_party") in markdown_policy_tuples(
        "The only information we store is the **GitHub token** and the **timestamp** when you authorized the app.")
    assert (3, "account.credentials", "use", "first_party") in markdown_policy_tuples(
        "- The GitHub token is used solely to increase the rate limit for accessing the GitHub API.")
    assert (3, "content", "store", "first_party") in markdown_policy_tuples(
        "Your list and item data are stored locally on your device and in our database.")
    assert (3, "content", "collect", "first_party") in markdown_policy_tuples(
        "When you report a claim in the App, you can upload photos of the damage and a written description of what "
        "happened.")
    assert (3, "communication.messages", "collect", "first_party") in markdown_policy_tuples(
        "When you contact customer support, we collect your name, the serial number of your TV and your description "
        "of the problem.")
    assert (3, "content", "store", "first_party") in markdown_policy_tuples(
        "Acme automatically archives “tweets” from official Acme accounts.")
    # the verb names no posts
    assert not markdown_policy_tuples("Tweet about us!")


def test_information_about_the_browser_and_device_specifications_are_the_hardware():
    found = markdown_policy_tuples("We collect your IP address, information about your browser, the date and time of "
                                   "your visit.")
    assert (3, "device.hardware", "collect", "first_party") in found
    assert (3, "device", "collect", "first_party") not in found
    found = markdown_policy_tuples("We collect technical data: app performance metrics, crash reports, network "
                                   "connectivity, device specifications.")
    assert (3, "device.hardware", "collect", "first_party") in found
    assert (3, "device", "collect", "first_party") not in found
    # technical information about the browser keeps the device data of "technical information"
    assert (3, "device", "use", "first_party") in markdown_policy_tuples(
        "We process technical information about your browser in order to resolve your issue.")


def test_error_analysis_names_the_error_logs():
    found = markdown_policy_tuples("## How we use your data\n\n- Error analysis and stability improvement")
    assert (5, "usage.logs", "use", "first_party") in found
    assert (3, "usage.logs", "collect", "first_party") in markdown_policy_tuples(
        "We collect IP addresses for monitoring and error logging.")
