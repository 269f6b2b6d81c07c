"""English first-party recall of data types: what the pixel tags and link redirects of an e-mail record of its
recipient (the e-mail client, whether a link was clicked, whether the message was delivered, forwarded or printed),
and what the federal social-media archiving template names by example (messages sent and follows or friendings of an
official page, the users an account added to its circles)."""

from __future__ import annotations

from conftest import markdown_policy_tuples

_found = markdown_policy_tuples

EMAIL_INTRO = ("In order to manage our email subscription lists, we retain the names and email address of our email "
               "subscribers, logs of emails we send, and automatically generated email data used to improve our email "
               "communications. This automatically generated email data (generated through simple tools such as "
               "“pixel tags” and link redirects) includes:\n")


def test_email_pixel_data_items_are_kept():
    found = _found(EMAIL_INTRO + "* The recipient’s email client;\n"
                                 "* If a link in the message was clicked;\n"
                                 "* Whether an email was delivered;\n"
                                 "* If the email was forwarded; and\n"
                                 "* If the email was printed.")
    assert {(4, "device.hardware", "store", "first_party"), (5, "usage", "store", "first_party"),
            (6, "usage.logs", "store", "first_party"), (7, "usage", "store", "first_party"),
            (8, "usage", "store", "first_party")} <= found
    assert not any(t in ("contact.email", "communication.messages") for (line, t, _, _) in found if line > 3)


def test_email_outcomes_in_a_sentence():
    assert (3, "usage.logs", "use", "first_party") in _found(
        "We use pixel tags to learn whether the email was delivered.")
    assert (3, "usage", "collect", "first_party") in _found("We record whether the recipient clicked.")
    assert (3, "usage", "collect", "first_party") in _found(
        "Our web beacons record whether any links in our newsletter were clicked.")
    assert (3, "device.hardware", "collect", "first_party") in _found("We collect the recipient's email client.")
    # an e-mail client the reader is told to set up is no data
    assert _found("Set up your email client to receive our messages.") == set()


def test_archived_submissions_named_by_example():
    found = _found("We archive some information that users submit or publish when engaging with us through official "
                   "pages on third-party websites (e.g., by sending a message, posting a comment, “following,” "
                   "“friending,” or taking similar actions).")
    assert {(3, "communication.messages", "store", "first_party"), (3, "social", "store", "first_party")} <= found
    # sending a message named as a way to contact the service is no archived submission
    assert _found("You can contact us by sending a message or by calling us.") == set()


def test_users_added_to_circles_are_the_social_graph():
    found = _found("We also archive the total number of users that have added our page to a “Circle,” and the list "
                   "of users that our accounts have added to “Circles.”")
    assert any(t == "social" and actor == "first_party" for (_, t, _, actor) in found)


def test_tracking_outside_the_site_is_browsing_history():
    assert _found("The information is collected anonymously and aggregated. We cannot identify you from the information "
                  "gathered, or track your web browsing outside of this site.") == {
        (3, "usage.history", "not_collect", "first_party")}
    found = _found("These cookies do not capture personally identifiable information, such as your name or email, or "
                   "track interactions outside of WhiteHouse.gov and other White House sites/pages.")
    assert (3, "usage.history", "not_collect", "first_party") in found
    assert not any(t == "usage" for (_, t, _, _) in found)
    # activity on the site itself stays usage
    assert _found("We track your activity on our site.") == {(3, "usage", "collect", "first_party")}


def test_responding_to_concerns_is_correspondence():
    assert (3, "communication.messages", "use", "first_party") in _found(
        "We collect and use only the information necessary to respond to your concerns and conduct investigations.")
    assert (3, "communication.messages", "use", "first_party") in _found(
        "We use the details of your application so that we can better answer your question.")
    # a question answered for a child's submission names no correspondence of the reader
    assert not any(t == "communication.messages" for (_, t, _, _) in _found(
        "We collect no information from children except when it is needed to answer a question."))
