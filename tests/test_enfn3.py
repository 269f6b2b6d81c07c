"""English first-party recall of data types: the items of a web server log list (a conditional participle on an item,
the page visited named with the site, the status and size of what was sent), browser information as device data, a
"no other" denial, correspondence sent by someone else or with a comment, requests for information answered, and what
is received about an interaction just described."""

from __future__ import annotations

from conftest import markdown_policy_tuples

LOG_INTRO = ("For each page that you visit, we collect and store only the following technical information in what is "
             "called a web server log file:\n\n")


_found = markdown_policy_tuples


def test_conditional_participle_on_an_item_leaves_it_its_list_practice():
    found = _found(LOG_INTRO + "* URL address of the referring page (if provided by the browser)")
    assert {(5, "usage.history", "collect", "first_party"), (5, "usage.history", "store", "first_party")} <= found
    found = _found("We collect the following information:\n\n"
                   "* Type of browser and operating system used to access our site (if provided by the browser)")
    assert (5, "device.hardware", "collect", "first_party") in found
    # data named inside the condition is only its subject, no item of the list
    found = _found("We collect the following information:\n\n"
                   "* Time of access (if the referring page is provided by the browser)")
    assert (5, "usage.logs", "collect", "first_party") in found
    assert not any(t == "usage.history" for (_, t, _, _) in found)


def test_page_visited_named_with_the_site_is_browsing_history():
    found = _found(LOG_INTRO + "* URL address of the FCC webpage visited")
    assert {(5, "usage.history", "collect", "first_party"), (5, "usage.history", "store", "first_party")} <= found


def test_status_and_size_of_what_the_server_sent_are_log_data():
    found = _found(LOG_INTRO + "* Completion or success status of the request for a web page or other on-line item")
    assert (5, "usage.logs", "collect", "first_party") in found
    found = _found(LOG_INTRO + "* File size of the webpage visited")
    assert (5, "usage.logs", "collect", "first_party") in found
    assert (3, "usage.logs", "collect", "first_party") in _found(
        "Our servers record the size of the file received in response.")
    # the size of a file the user keeps is no record of a request
    assert not any(t == "usage.logs" for (_, t, _, _) in _found("The maximum size of the file you upload is 10 MB."))


def test_browser_information_is_device_data():
    found = _found("**Example:** We use browser information to help us design our site so the greatest number of "
                   "people can view the pages correctly.")
    assert (3, "device", "use", "first_party") in found
    assert not any(t == "device.hardware" for (_, t, _, _) in found)
    # its type stays device.hardware, and so does browser information named beside other specific details
    assert (3, "device.hardware", "collect", "first_party") in _found("We collect your browser type.")
    for text in ("We collect browser and version information.",
                 "Error logs include your operating system, browser information, and may include your IP address.",
                 "These companies collect your IP address, web browser, mobile network information and pages viewed."):
        found = _found(text)
        assert (3, "device.hardware", "collect", "first_party") in found or (
            3, "device.hardware", "collect", "third_party") in found, text
        assert not any(t == "device" for (_, t, _, _) in found), text


def test_no_other_data_is_denied():
    found = _found("We will receive no other personally identifying information from your e-mail unless you "
                   "provide it.")
    assert (3, "personal_info", "not_collect", "first_party") in found
    assert (3, "personal_info", "collect", "first_party") not in found


def test_e_mail_sent_by_someone_else_or_with_a_comment_is_correspondence():
    found = _found("Children's Privacy: We collect no information from children under 13. If a child sends us an "
                   "e-mail inquiry or comment, we will answer it, then delete the e-mail from our files.")
    assert (3, "communication.messages", "collect", "first_party") in found
    assert not any(t == "content" for (_, t, _, _) in found)
    found = _found("You may choose to provide us with personal information, as in e-mail with a comment or question.")
    assert (3, "communication.messages", "collect", "first_party") in found
    assert not any(t == "content" for (_, t, _, _) in found)


def test_requests_for_information_answered_as_a_purpose_are_correspondence():
    found = _found("The information we collect is used for a variety of purposes (e.g., to register you with "
                   "Selective Service and to respond to requests for information.")
    assert (3, "communication.messages", "use", "first_party") in found
    # how a company answers legal demands for data names no correspondence of the user
    assert not _found("For more information on how we respond to requests for information, please see our Legal "
                      "Guidelines.")


def test_information_about_an_interaction_just_described_is_usage():
    found = _found("When you interact with a transactional email sent from DEV Community (such as opening an email or "
                   "clicking on a particular link in an email), we may receive information about that interaction.")
    assert (3, "usage", "collect", "first_party") in found
