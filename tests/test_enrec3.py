"""English recall: first-party practices the parse or the wording hides."""

from __future__ import annotations

from conftest import statements_of


def actors(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_us_split_from_the_other_subject_by_an_inserted_phrase():
    # "we, and in some cases, our providers, can collect": both collect, as "we and our providers collect" does
    found = actors("When you browse the site, we, and in some cases, our third-party service providers, can collect "
                   "the following types of information:\n- IP address.\n- Pages you visited.")
    assert ("network.ip", "collect", "first_party") in found
    assert ("network.ip", "collect", "third_party") in found
    assert ("usage.history", "collect", "first_party") in found
    # a subject that names only the other party keeps only it
    assert actors("Our third-party service providers, in some cases, can collect your IP address.") == {
        ("network.ip", "collect", "third_party")}


def test_what_the_user_is_asked_to_share_is_collected():
    # the user asked to share gives the data to us: our collection, not our disclosure
    assert actors("By donating to us you will be asked to share:\n* Your name\n* Your email address") == {
        ("identity.name", "collect", "first_party"), ("contact.email", "collect", "first_party")}
    assert actors("You may be asked to share your phone number.") == {("contact.phone", "collect", "first_party")}
    # the user's own sharing with others stays a sharing
    assert ("location", "share", "first_party") in actors("You may choose to share your location with other users.")


def test_our_office_or_centre_as_where_data_is_sent_is_us():
    assert actors("Each time a session is started, the charge point transmits to our back office the user ID of the "
                  "app account.") == {("account.credentials", "collect", "first_party")}
    assert actors("After a crash, the car sends your IP address to our response centre.") == {
        ("network.ip", "collect", "first_party")}
    # another organisation's office is not ours
    assert actors("The app sends your IP address to the tax office.") == {("network.ip", "share", "first_party")}


def test_a_list_item_that_is_only_a_date_or_time_is_a_logged_field():
    found = actors("The logs we store consist of the following fields:\n* date\n* Time\n* Date & Time")
    assert found == {("usage.logs", "store", "first_party")}
    assert len([s for s in statements_of("The logs we store consist of the following fields:\n* date\n* Time")
                if s.source == "list"]) == 2
    # a date or time named inside a sentence is no logged field
    assert actors("We may update this policy from time to time; the effective date is shown above.") == set()


def test_data_another_person_gives_comes_to_us():
    # someone other than the user enters or provides the data, to no one else: our collection
    assert actors("Your host enters your full name and your email address into the visitor portal.") == {
        ("identity.name", "collect", "first_party"), ("contact.email", "collect", "first_party")}
    assert actors("Drivers must provide the bank account and routing numbers of their account.") == {
        ("financial.payment", "collect", "first_party")}
    # advice to people, and data handed to another party, are not
    assert actors("Residents under the age of 16 should not submit their personal data.") == set()
    assert ("identity.name", "share", "first_party") in actors("We provide your name to the courier.")


def test_our_own_name_heading_a_list_of_recipients_is_us():
    text = ('# Privacy notice\n\nThe Department for Education ("DfE", "we", "us") runs this programme.\n\n'
            "Your name is not shared with the DfE or mobile device management software providers.")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}
    assert ("identity.name", "not_collect", "first_party", None) in found
    assert ("identity.name", "not_share", "first_party", "third_party") in found


def test_second_object_the_tagger_reads_as_a_verb():
    # "postcode" after "a town or" is tagged as a verb coordinated with "enter": still the data entered
    assert actors("- You can switch off location access at any time in your device settings; the app will then ask "
                  "you to enter a town or postcode instead.") == {("location.coarse", "collect", "first_party")}


def test_a_public_body_named_by_our_own_name_is_us():
    text = ('# Privacy notice\n\nCanada ("we", "us") offers this app.\n\n'
            "Your health status will not be shared with the Government of Canada.")
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}
    assert found == {("health", "not_collect", "first_party", None)}
    # the government of another place is not
    other = text.replace("Government of Canada", "Government of France")
    assert {(s.data_type, s.action) for s in statements_of(other, name="policy.md")} == {("health", "not_share")}
