"""English third-party statements: recipients and collecting parties."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_a_later_disclosure_of_the_data_by_a_pronoun_shares_it():
    assert ("personal_info", "share") in pairs(
        "In the last 12 months, we collected the following categories of personal information and disclosed them for "
        "business purposes to the categories of recipients shown.")
    assert ("personal_info", "share") in pairs(
        "We have collected the categories of personal information listed below from the sources shown, for the "
        "purposes shown, and we have disclosed them to the recipients shown.")
    assert pairs("We collect your email address and share it with our partners.") == {
        ("contact.email", "collect"), ("contact.email", "share")}
    # a pronoun of another number is not the data
    assert ("contact.email", "share") not in pairs("We collect your email address and share them with our partners.")


def test_a_pixel_named_by_its_maker_is_that_partys_tracker():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We use the \u201cvisitor action pixels\u201d from Facebook Inc on our website.")}
    assert ("usage.cookies", "use", "facebook") in found


def test_cookies_a_named_tool_collects_by_are_the_tools():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Google Analytics collects the pages you visit, the website that referred you and your approximate location, "
        "using cookies set in your browser.")}
    assert ("usage.cookies", "use", "google_analytics") in found
    assert ("usage.cookies", "use", "first_party") not in found


def test_named_providers_listed_after_a_through_phrase_collect_too():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "__Payment information__: If you subscribe to Premium, you will send payment through one of our third-party "
        "payment providers: Stripe or PayPal.", name="policy.md")}
    assert {("financial.payment", "collect", "stripe"), ("financial.payment", "collect", "paypal")} <= found


def test_a_plural_relative_clause_on_the_last_item_covers_the_whole_list():
    found = pairs("We collect your name, email address and phone number, which are shared with our payment processor.")
    assert {("identity.name", "share"), ("contact.email", "share"), ("contact.phone", "share")} <= found
    assert ("account.profile", "share") in pairs(
        "You may upload a profile picture and header image, which are displayed publicly by default.")


def test_items_of_an_agentless_introduction_after_a_tool_said_used_are_the_tools_too():
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(
        "Interactions are logged.\n\n[Sentry](https://sentry.io) is used for error tracking. Data collected when an "
        "error occurs:\n\n- `error`: The error message and stack trace\n- Local stack variables\n", name="policy.md")}
    assert {(5, "usage.logs", "collect", "sentry"), (6, "usage.logs", "collect", "sentry")} <= found


def test_a_tool_named_after_the_in_a_using_phrase_collects_too():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Usage statistics are recorded using the Google Analytics Measurement Protocol.")}
    assert ("usage", "collect", "google_analytics") in found
    assert {s.actor for s in statements_of("We collect your data through the app.")} == {"first_party"}


def test_a_collection_through_third_party_software_is_that_partys_too():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "In a case of an error in the app we collect data and information (through third party products) on your "
        "phone called Log Data. This Log Data may include information such as your device IP address.")}
    assert {("network.ip", "collect", "first_party"), ("network.ip", "collect", "third_party")} <= found
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "Usage data is information collected automatically through CodeCombat (or third-party services employed by "
        "CodeCombat), which can include: the IP addresses of the computers utilized by the users.")}
    assert ("network.ip", "collect", "third_party") in found
    # where the data comes from is no collecting party
    assert {s.actor for s in statements_of("We collect your IP address through third parties.")} == {"first_party"}


def test_a_system_of_a_kind_we_use_to_process_data_is_a_processor():
    assert pairs("We use a customer service management system to process some personal data, such as feedback you "
                 "send us.") == {("personal_info", "share"), ("content", "share")}
    assert pairs("We use our internal system to process your personal data.") == {("personal_info", "use")}


def test_practice_verbs_read_as_nouns_are_done_by_the_party_before_them():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We do not have access to personally identifiable information, but Google records and stores your IP address "
        "in order to generate the site statistics.")}
    assert ("network.ip", "collect", "google") in found
    assert ("network.ip", "collect", "first_party") not in found


def test_tools_pointed_back_to_as_the_object_of_use_collect():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "We use Google Analytics and Hotjar for web analytics. We use these tools to collect basic information about "
        "visits.")}
    assert {("usage", "collect", "google_analytics"), ("usage", "collect", "hotjar")} <= found
    assert ("usage", "collect", "first_party") not in found


def test_a_denied_copula_with_its_own_subject_does_not_deny_the_later_clauses_data():
    assert pairs("Your e-mail address is not visible to other users, but others will see your username in various "
                 "contexts.") == {("contact.email", "not_share"), ("account.credentials", "share")}


def test_registering_data_with_a_named_service_shares_it_with_that_service():
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "Push notifications are delivered through Firebase Cloud Messaging, with which the app registers a push token "
        "for your device.")}
    assert ("device.id", "share", "fcm") in found
    found = {(s.data_type, s.action, s.recipient) for s in statements_of(
        "The app registers your phone number with Firebase Cloud Messaging.")}
    assert ("contact.phone", "share", "fcm") in found
    assert pairs("You register your email address with us.") == {("contact.email", "collect")}


def test_the_named_maker_of_a_form_a_collection_goes_through_collects_too():
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "When you apply, your information is collected via an application form in Workable, our applicant tracking "
        "system.")}
    assert ("personal_info", "collect", "workable") in found
    assert {s.actor for s in statements_of("Your feedback is collected through a form on our website.")} == {
        "first_party"}
