"""English extraction: data phrases that the sentence's structure, not its wording, ties to a practice."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_clause_of_inclusion_on_a_practised_noun_passes_its_practice_on():
    found = _found("We will make a good faith effort to retain server logs containing the IP address of all requests "
                   "to this server, no more than 90 days.")
    assert ("network.ip", "store", "first_party") in found
    assert ("usage.logs", "store", "first_party") in found
    assert ("usage.history", "store", "first_party") in _found(
        "Our servers store log files containing the pages you visited.")
    # the rest of a relative clause the parser joined to the main verb
    assert ("personal_info", "collect", "first_party") in _found(
        "If you have opted into crash reporting, we will occasionally receive crash logs from Apple which, ideally do "
        "not, but may contain personally identifiable information.")


def test_capture_verb_makes_the_data_it_names():
    # the user photographing a document in the app: the photo is practised as the document is
    found = _found("You photograph your driver's license or state ID and take a selfie in the verification module "
                   "embedded in our app.")
    assert ("media.photos", "collect", "first_party") in found
    assert ("identity.id_number", "collect", "first_party") in found
    # a device of the service photographing: collected by the service
    assert ("media.photos", "collect", "first_party") in _found(
        "When a vehicle approaches the barrier, the ANPR camera photographs the front of the vehicle and reads its "
        "registration number.")
    # denied, or the verb with nothing photographed: no photo
    assert not any(t == "media.photos" and a == "collect" for t, a, _ in _found(
        "Our staff never photograph your belongings."))


def test_an_address_in_a_sentence_about_email_is_the_email_address():
    assert ("contact.email", "use", "first_party") in _found(
        "We will send emails to the address you give us with the latest information about upcoming events.")
    found = _found("For each email we send we record the recipient addresses, the subject and the time it was sent.")
    assert ("contact.email", "collect", "first_party") in found
    assert not any(t == "contact.address" for t, _, _ in found)
    # one of a list with the email stays a postal address; the policy's own address is no data of the user
    found = _found("If you email us, we collect your name, email and address.")
    assert ("contact.address", "collect", "first_party") in found
    assert not any(t.startswith("contact") for t, _, _ in _found(
        "To make such a request, please send an e-mail to us or write to us at the address below."))


def test_a_number_in_a_sentence_about_phones_is_the_phone_number():
    assert ("contact.phone", "collect", "first_party") in _found(
        "Only when you use the mobile phone top-up function and choose a contact will we read the number you select.")
    assert not any(t == "contact.phone" for t, _, _ in _found(
        "When you call us, we record the number of your order and your email address."))


def test_items_of_an_inclusion_whose_subject_practises_the_data_take_that_practice():
    text = ("# Privacy\n\nThe information we collect about all visitors to our website includes:\n\n"
            "- The visitor’s browser type\n- Referring site\n- The date and time of each visitor request\n")
    found = _found(text)
    assert ("device.hardware", "collect", "first_party") in found
    assert ("usage.history", "collect", "first_party") in found
    assert ("usage.logs", "collect", "first_party") in found
    # the phrase denies the practice: its items are not collected
    assert not any(a == "collect" and t == "usage.history" for t, a, _ in _found(
        "# Privacy\n\nThe information we never collect about our visitors includes:\n\n- Referring site\n"))
