"""English first-party misses: upload denials whose destinations name our own servers or developer beside other
parties, or an unowned "any server or cloud service" (GUIDELINES: "external servers", a denial that data is shared
with the service's own developer), and the user's email address as where we write to them (GUIDELINES: "Your email is
used to send receipts")."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of

from policycheck.extract import get_extractor
from policycheck.extract.sdk_lists import _is_sdk_name


def _with_recipients(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.entity, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_own_servers_heading_a_list_read_as_apposition():
    found = _with_recipients(
        "Clipy does not transmit clipboard text to Clipy servers, Firebase, or any other third-party service.")
    assert found == {("clipboard", "not_collect", "first_party", None),
                     ("clipboard", "not_share", "firebase", "firebase"),
                     ("clipboard", "not_share", "third_party", "third_party")}
    assert ("personal_info", "not_collect", "first_party", None) in _with_recipients(
        "Your data is never sent to our servers, Google, or any other third party.")


def test_named_processor_set_beside_a_category_stays_the_recipient():
    # an apposition naming the category's party is not a list item: "our payment processor, Stripe"
    assert _with_recipients("We share your email address with our payment processor, Stripe, and our email provider.") \
        == {("contact.email", "share", "stripe", "stripe")}
    assert _with_recipients("We share your email address with our payment processor, Stripe.") == {
        ("contact.email", "share", "stripe", "stripe")}


def test_the_extension_developer_is_us():
    assert markdown_policy_tuples("- API keys are never shared with the extension developer or any third party.") == {
        (3, "account.credentials", "not_collect", "first_party"),
        (3, "account.credentials", "not_share", "first_party")}
    # another party's developer stays theirs
    assert (3, "personal_info", "not_collect", "first_party") not in markdown_policy_tuples(
        "Your data is never shared with the skill developer.")


def test_any_server_or_cloud_service_is_an_upload_denial():
    assert markdown_policy_tuples(
        "- The app never sends your data to any server or cloud service, because there is no backend.") == {
        (3, "personal_info", "not_collect", "first_party")}
    # a named party beside the server is a recipient of its own
    assert markdown_policy_tuples("The app never sends your data to external servers or Google.") == {
        (3, "personal_info", "not_share", "first_party")}


def test_writing_to_the_users_address():
    for text in ("We will gladly reach out to any current account owners at the email addresses we have on file.",
                 "We will notify you by emailing you at the last email address you provided us.",
                 "Where we have your e-mail address, we will notify you by e-mail.",
                 "When we have your email, we may send you an email via one of our service providers with related "
                 "tips.",
                 "We will make a reasonable effort to notify any affected account owner by sending a message to their "
                 "verified email address."):
        assert (3, "contact.email", "use", "first_party") in markdown_policy_tuples(text), text
    found = markdown_policy_tuples(
        "We monitor our systems for potential data breaches, and, assuming we have a contact email address for you, "
        "will inform you of any breaches that we detect.")
    assert (3, "contact.email", "use", "first_party") in found


def test_our_own_address_or_a_denial_is_not_written_to():
    assert markdown_policy_tuples(
        "Contact us at the email address below with a deletion request, and we will process it within 30 days.") \
        == set()
    assert markdown_policy_tuples("We will never contact you at your phone number.") == set()
    assert markdown_policy_tuples("If we have your consent, we will contact you.") == set()


def test_item_using_a_tool_under_a_denial_list_is_no_sdk_record():
    text = ("# FireFlag privacy\n\n### No Analytics or Tracking\n\nFireFlag does **NOT**:\n"
            "- Use Google Analytics or similar services\n- Track user behavior\n- Send telemetry data\n")
    found = {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}
    # the item naming only the tool denies usage collected by us, the tool and the similar services (as the gold of
    # en-r27-fireflag-extension 89), not an SDK record
    assert found == {(6, "usage", "not_collect", "first_party"), (6, "usage", "not_collect", "google_analytics"),
                     (6, "usage", "not_collect", "third_party"),
                     (7, "usage", "not_collect", "first_party"), (8, "usage", "not_collect", "first_party")}
    # the tool's name, or its use named as a noun, still heads its record
    entities = get_extractor().entities
    assert _is_sdk_name("Google Analytics", entities, "en")
    assert _is_sdk_name("Use of Google Analytics", entities, "en")
    assert not _is_sdk_name("Use Google Analytics or similar services", entities, "en")
