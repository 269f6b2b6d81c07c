"""English first-party misses: our servers named after another recipient of a handing on, and list items under a
heading saying in the passive how the data is used."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_our_backend_after_another_recipient_is_our_collection():
    found = markdown_policy_tuples("If you subscribe to Premium, the Google Play purchase token for that subscription "
                                   "is sent to RevenueCat (our subscription validator) and to our backend solely to "
                                   "confirm that your subscription is active.")
    assert (3, "financial.transactions", "collect", "first_party") in found
    assert (3, "financial.transactions", "share", "first_party") in found
    assert (3, "contact.email", "collect", "first_party") in markdown_policy_tuples(
        "Your email address is sent to Google and to us.")
    # denied, it is our denial too
    assert (3, "location", "not_collect", "first_party") in markdown_policy_tuples(
        "Your location is never sent to advertisers or to our servers.")
    # partners of ours are not us
    assert (3, "contact.email", "collect", "first_party") not in markdown_policy_tuples(
        "Your email address is sent to Google and to our partners.")
    # nor are our staff or offices named beside outsiders: a disclosure to them
    found = markdown_policy_tuples("We may disclose your email address to our subsidiaries, our employees, and "
                                   "individuals who are our independent contractors.")
    assert (3, "contact.email", "collect", "first_party") not in found


def test_items_under_a_passive_how_data_is_used_heading_are_uses():
    found = markdown_policy_tuples("## 2. How Your Data Is Used\n"
                                   "- To personalize interactions (e.g., addressing you by nickname).\n"
                                   "- For debugging, analytics, and improving the Bot (e.g., token usage statistics).")
    assert {(4, "account.profile", "use", "first_party"), (5, "usage", "use", "first_party")} <= found
    # a policy's title is no such heading
    assert not markdown_policy_tuples("## Privacy policy: how your data is used\n"
                                      "- To personalize interactions (e.g., addressing you by nickname).")


def test_items_under_why_we_use_or_how_we_process_headings_are_uses():
    for heading in ("## How and why we use your data", "## 2. How Do We Process Your Information?"):
        found = markdown_policy_tuples(heading + "\n- To personalize interactions (e.g., addressing you by nickname).")
        assert (4, "account.profile", "use", "first_party") in found, heading


def test_data_the_user_sends_in_an_email_is_sent_in_correspondence():
    for text in ("When you send us personally-identifying information in an e-mail, we use the information you "
                 "provide only to help us.",
                 "You also may decide to send us personally identifying information, for example, in an electronic "
                 "mail message containing a complaint."):
        assert (3, "communication.messages", "collect", "first_party") in markdown_policy_tuples(text), text
    # the service's own e-mail, or a warning, names no message
    for text in ("We will send you a receipt by email.", "You should not send personal information by e-mail.",
                 "You can request a copy of your data by email.",
                 "When you click on a particular link in an email, we may receive information about that interaction."):
        assert not any(dt == "communication.messages" for (_, dt, _, _) in markdown_policy_tuples(text)), text


def test_autofill_data_search_criteria_and_support_history_are_data():
    assert (3, "personal_info", "store", "first_party") in markdown_policy_tuples(
        "When syncing, all autofill data is stored on encrypted servers.")
    assert (3, "usage.history", "store", "first_party") in markdown_policy_tuples(
        "If you create a job alert, we store your search criteria.")
    assert (3, "communication.messages", "store", "first_party") in markdown_policy_tuples(
        "We maintain profiles on our customers based on past interactions (e.g. email address and email support "
        "history).")
