"""English precision, first party: clauses on the user's rights over data the service holds name that data as the
object of the right or the request, and state no practice of the service."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_a_copy_the_user_would_like_of_the_data_we_hold_is_no_storage():
    # GUIDELINES: the data a right, a request for a copy or a correction names by what the service holds
    assert not _found("Please write to team@example.org if you would like a copy of the Personal Data that we hold "
                      "about you.")
    assert not _found("If you want a copy of your data, write to us.")
    # a retention stated in the sentence itself stays
    assert (3, "personal_info", "store", "first_party") in _found("We hold the personal data about you for two years.")


def test_correcting_inaccurate_data_we_hold_is_no_storage():
    assert not _found("If any of the Personal Data we hold about you is inaccurate or you would like to request the "
                      "erasure of Personal Data about you, please let us know and we will make the changes on our "
                      "system.")
    # the retention in the next sentence keeps its tuple
    found = _found("If your information is out of date, tell us. We keep your email address for one year.")
    assert found == {(3, "contact.email", "store", "first_party")}


def test_the_copy_sent_back_to_the_user_is_no_collection():
    assert not _found("By using `/request_data`, the bot will send you a zip file of all the data collected about you "
                      "as part of your subscription.")
    # collection named in its own clause stays
    assert (3, "contact.email", "collect", "first_party") in _found(
        "We collect your email address; on request we will send you a copy of the data.")


def test_diagnosis_of_errors_and_crashes_is_no_health_data():
    # GUIDELINES: a diagnosis next to maintenance or troubleshooting is the technical one
    found = _found("Application logs are used to monitor the status of the bot and to facilitate error "
                   "identification, diagnosis and rectification.")
    assert (3, "usage.logs", "use", "first_party") in found
    assert not any(t == "health" for (_, t, _, _) in found)
    found = _found("Both platforms collect crash information from mobile apps, transmit and store them securely on "
                   "their servers for developer diagnosis.")
    assert not any(t == "health" for (_, t, _, _) in found)
    assert not _found("The collected content contains only anonymous application and system state information during "
                      "the crash that can be helpful for diagnosis.")
    # a person's diagnosis stays health data
    assert (3, "health", "collect", "first_party") in _found("We collect your diagnosis and the medication you take.")


def test_the_telemetry_feature_or_server_is_no_usage_data():
    assert not _found("The telemetry feature collects the following data:")
    assert not _found("- **Our telemetry server** — for anonymous usage statistics (if enabled)")
    found = _found("The telemetry feature doesn't collect personal data, such as usernames or email addresses.")
    assert (3, "personal_info", "not_collect", "first_party") in found
    assert not any(t == "usage" for (_, t, _, _) in found)
    # telemetry named as data stays usage
    assert (3, "usage", "collect", "first_party") in _found("We collect telemetry.")
    assert (3, "usage", "collect", "first_party") in _found(
        "The SDK includes a telemetry feature that collects usage data.")


def test_donation_processing_named_as_a_function_or_a_title_and_donations_collected_as_money_give_none():
    # GUIDELINES: "Donations processing from Open Collective" among the processors, a "Purpose:" label a title
    assert not _found("*   Donations processing from [Open Collective, Delaware, USA](https://opencollective.com/)")
    assert not _found("**Purpose:** Processing Donations and Sponsorship Inquiries")
    assert not _found("We use [Donorbox](https://donorbox.org/) to collect donations from individuals and "
                      "organisations.")
    # processing the user's donation named as a purpose stays its use
    assert (3, "financial.transactions", "use", "first_party") in _found(
        "We use your personal information to process your donation.")
    assert (3, "financial.transactions", "use", "first_party") in _found(
        "* To process donations or workshop administration fees for our programs")


def test_the_number_of_likes_on_a_page_is_aggregate():
    found = _found("* On Google+, the CDC archives all content posted by official CDC accounts, as well as the number "
                   "of likes/comments/shares on each of those posts (including the comments themselves).")
    assert not any(t == "usage" for (_, t, _, _) in found)
    assert not any(t == "usage" for (_, t, _, _) in _found("The page has received a total of likes from visitors."))
    # the user's own likes stay usage
    assert (3, "usage", "collect", "first_party") in _found("We record your likes and the posts you view.")


def test_what_guidance_allows_agencies_in_general_to_do_is_no_practice():
    assert not _found("The Office of Management and Budget Memo M-10-22, Guidance for Online Use of Web Measurement "
                      "and Customization Technologies, allows federal agencies to use session and persistent cookies "
                      "to improve the delivery of services.")
    # the agency's own use stays
    assert (3, "usage.cookies", "use", "first_party") in _found(
        "We use session and persistent cookies to improve the delivery of services.")
