"""English third-party recall: parties said to see data under "they", the "but not" item of a relative clause on a
recipient, the user's own card payments named as what a processor handles, and text or images named by the analysis a
processor performs on them."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _records(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme privacy\n\n" + text + "\n", name="policy.md")}


def test_they_who_see_data_after_a_party_named_before_are_given_it():
    found = _records("We use Sentry for error reports. They will be able to see your IP address.")
    assert (3, "network.ip", "share", "first_party", "sentry") in found
    found = _records("We use Sentry for error reports. They cannot see your messages.")
    assert (3, "communication.messages", "not_share", "first_party", "sentry") in found
    # an uncatalogued name the policy uses for a party of its own
    found = _records("* We use [Fanout] to broadcast real-time messages. They will be able to see details like your "
                     "IP address and browser.")
    assert any(r[1:4] == ("network.ip", "share", "first_party") and r[4] != "first_party" for r in found)
    # "they" with no outside party named before stays as it was: our staff, or people the display rule handles
    assert not _found("Our staff are bound by confidentiality. They can see your messages only to provide support.")
    # the browser reaching the party itself keeps the party's own collection
    found = _records("Some pages load resources directly from Google Fonts, so your browser contacts them and they "
                     "see your IP address.")
    assert not any(r[2] == "share" for r in found)


def test_but_not_after_a_relative_clause_on_the_recipient_denies_that_clauses_sharing():
    found = _records("To deliver notifications we use the Apple Push Notification service and Firebase Cloud "
                     "Messaging, which are given a push token for your device, but not your email address.")
    assert (3, "device.id", "share", "first_party", "fcm") in found
    assert any(r[1:4] == ("contact.email", "not_share", "first_party") for r in found)
    found = _records("We use Firebase Cloud Messaging, which receives a push token for your device, but not your "
                     "email address.")
    assert any(r[1:4] == ("contact.email", "not_share", "first_party") for r in found)
    # a "but" item with no denial is an item of the antecedent's own verb, as before
    assert not any(r[1] == "contact.email" for r in _records(
        "We use Firebase Cloud Messaging, which receives a push token for your device, and Mailgun."))


def test_the_users_card_payments_that_a_processor_handles_name_the_card():
    found = _records("We share personal information collected through the website only as described in this part, "
                     "including with:\n\n- Stripe, which processes your card payments;\n- Mailgun, which sends our "
                     "emails.")
    assert (5, "financial.payment", "share", "first_party", "stripe") in found
    assert (3, "financial.payment", "share", "first_party") in _found("Stripe processes your card payments.")
    # card payments in general, the processor's own processing, name no data
    assert not _found("Stripe takes care of handling credit card payments.")
    assert not _found("Card payments are processed by Adyen.")
    assert not _found("Stripe processes your payments.")


def test_text_and_images_named_by_the_analysis_a_processor_performs():
    found = _records("We use these AWS services which process your data:\n\n"
                     "- **AWS Comprehend**: Text analysis for moderation\n"
                     "- **AWS Rekognition**: Image analysis for moderation")
    assert (5, "content", "share", "first_party", "amazon") in found
    assert (6, "media.photos", "share", "first_party", "amazon") in found


def test_processing_named_in_a_processors_labelled_item_is_sharing_with_it():
    found = _records("The following service providers process personal data on our behalf:\n\n"
                     "- **Adyen N.V.**: payment processing for voice shopping and store orders (card details, order "
                     "amounts).\n"
                     "- **Amazon S3**: Media file storage")
    assert (5, "financial.payment", "share", "first_party", "adyen") in found
    assert (5, "financial.transactions", "share", "first_party", "adyen") in found
    assert not any(r[0] == 5 and r[2] == "use" for r in found)
    # storage named so keeps our own storage beside the sharing with the host
    assert (6, "media", "store", "first_party", None) in found
    assert (6, "media", "share", "first_party", "amazon") in found


def test_an_item_denied_after_aggregate_data_is_not_called_aggregate():
    found = _records("We disclose personal data only to the recipients described in this section:\n\n"
                     "- **Site hosts**, who receive aggregated utilisation statistics for their charge points but not "
                     "the names or contact details of individual drivers;")
    assert (5, "identity.name", "not_share", "first_party", "third_party") in found
    assert (5, "contact", "not_share", "first_party", "third_party") in found
    assert (3, "identity.name", "not_share", "first_party") in _found(
        "Site hosts receive aggregated statistics but not your name.")
    # an item listed beside the qualified one stays covered by the qualifier
    assert not _found("We collect anonymous usage statistics and crash reports.")


def test_no_other_information_after_a_relative_clause_on_the_recipients_is_their_denial():
    found = _records("To deliver them we use the Apple Push Notification service and Firebase Cloud Messaging, which "
                     "receive a push token for the device and the text of the notification, but no other information "
                     "about the player.")
    assert any(r[1:4] == ("personal_info", "not_share", "first_party") and r[4] != "first_party" for r in found)
    assert any(r[1:4] == ("device.id", "share", "first_party") for r in found)
    found = _records("We use Firebase Cloud Messaging, which receives a push token for the device, but no other "
                     "information about you.")
    assert (3, "personal_info", "not_share", "first_party", "fcm") in found

