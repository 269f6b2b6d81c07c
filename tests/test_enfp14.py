"""English first-party precision: a comment that an e-mail message contains beside a question ("in an electronic
mail message containing a question or comment") is that message, the user's correspondence, not content the user
publishes (GUIDELINES: comments the service answers are `communication.messages`). A Wi-Fi network the app adds to
the device's settings ("Required to add a WiFi network from a barcode") is a feature the user asks for, no data of the
user's network; the network the device joins and the service logs stays `device.network`."""

from __future__ import annotations

from conftest import markdown_policy_tuples

_found = markdown_policy_tuples


def test_a_comment_in_an_email_message_beside_a_question_is_that_message():
    assert _found("When you send us personal information (e.g., in an electronic mail message containing a question "
                  "or comment), we only use this information to respond to you.") == {
        (3, "personal_info", "collect", "first_party"), (3, "communication.messages", "use", "first_party")}
    assert _found("When you send us personal identifying information by contacting us via e-mail (that is, in a "
                  "message containing a question or comment), we use it to respond.") == {
        (3, "personal_info", "collect", "first_party"), (3, "communication.messages", "collect", "first_party")}


def test_comments_the_user_posts_stay_content():
    assert _found("We collect your comments.") == {(3, "content", "collect", "first_party")}


def test_adding_a_wifi_network_from_a_code_names_no_network_data():
    assert _found("- CHANGE_WIFI_STATE: Required to add a WiFi network from a barcode (usually a QR Code).") == set()


def test_the_wifi_network_the_device_joins_stays_network_data():
    assert _found("When your device joins the RidgeNet Wi-Fi network, we log your device's MAC address.") == {
        (3, "device.network", "collect", "first_party"), (3, "device.id.mac", "collect", "first_party")}


def test_processing_we_require_of_or_entrust_to_a_party_is_our_sharing_with_it():
    assert _found("We will sign strict confidentiality agreements with the entrusted parties and require them to "
                  "process personal information only for the purposes we have specified.") == {
        (3, "personal_info", "share", "first_party")}
    assert _found("We may entrust cloud service providers to process your personal information on our behalf for "
                  "storage and computing.") == {(3, "personal_info", "share", "first_party")}


def test_our_own_processing_stays_our_use():
    assert _found("We use your personal data to process your order.") == {
        (3, "personal_info", "use", "first_party"), (3, "financial.transactions", "use", "first_party")}


def test_when_or_whence_an_account_or_site_was_created_only_identifies_the_data():
    assert _found("If we are legally compelled, we can produce the email address on the account, the dates the "
                  "account was created and last used, our billing records, the IP addresses in our server logs from "
                  "the last 30 days, and the encrypted vault.") == set()
    assert _found("We keep the IP address from which your account was created.") == {
        (3, "network.ip", "store", "first_party")}


def test_an_account_created_with_data_still_collects_it():
    assert _found("An account cannot be created without a valid e-mail address.") == {
        (3, "contact.email", "collect", "first_party")}
    assert _found("The profile you create includes your name.") == {
        (3, "account.profile", "collect", "first_party"), (3, "identity.name", "collect", "first_party")}
