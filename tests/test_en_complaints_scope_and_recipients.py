"""English descriptions of how data is handled that name no practice, complaints about the handling, rights to
request, and data sent to the user's own organisation or person."""

from __future__ import annotations

from conftest import pairs


def test_how_clause_coordinated_with_a_noun_or_clause_states_no_practice():
    # the parser hangs "how they use your data" on the noun before "and", or "how we process" on "’re": still a
    # description of the practice, not the practice
    assert pairs("This privacy notice does not cover Local Authorities or Mayoral Combined Authorities and how they "
                 "use your data.") == set()
    assert pairs("If you’re unhappy with any privacy notice aspect, or how we process your information, contact the "
                 "Department Data Protection Officer.") == set()
    # the practice stated beside it stays
    assert ("personal_info", "use") in pairs("We use your personal data to process your application.")


def test_complaint_about_the_handling_of_data_states_no_practice():
    assert pairs("If you are unhappy with the way we have handled your personal data, please write to the "
                 "department's Data Protection Officer in the first instance using the contact details above.") == set()
    assert pairs("If you're not satisfied with how we use your personal data, you can complain to the ICO.") == set()
    assert pairs("If you consider that your information has been handled incorrectly, you can contact the "
                 "Information Commissioner for independent advice about data protection.") == set()
    # a practice stated after the complaint, in a sentence of its own, stays
    assert ("personal_info", "store") in pairs(
        "If you are unhappy with your information being processed, please email us and we will remove public "
        "references to your activity. Note that we may be required to retain some private information.")


def test_right_to_request_after_a_condition_or_a_bracket_states_no_practice():
    assert pairs("You have the right in certain circumstances (for example, where accuracy is contested) to request "
                 "that the processing of your personal data is restricted.") == set()
    assert pairs("You have the right under certain circumstances to request that we stop using your personal "
                 "data.") == set()


def test_full_address_is_a_postal_address():
    assert pairs("We collect your full address.") == {("contact.address", "collect")}


def test_duration_of_the_session_as_a_time_names_no_usage():
    assert ("usage", "store") not in pairs("Your data is held in memory during the duration of the session.")
    assert ("personal_info", "store") in pairs("Your data is held in memory during the duration of the session.")
    # the session length as recorded data stays usage
    assert ("usage", "collect") in pairs("We collect the duration of the session.")


def test_data_sent_to_a_party_of_the_user_is_shared():
    # "your" on an organisation or person names a party of its own, not the user's address or phone
    assert ("personal_info", "share") in pairs(
        "To send your details to your Mayoral Combined Authority, Local Authority or their official contractor so "
        "that they can contact you about their devolved retrofit funding.")
    assert ("personal_info", "share") in pairs("We send your personal data to your local council.")
    # a message sent to the user's own address stays the user's message, no data of theirs
    assert ("contact.email", "share") not in pairs("We send a one-time code to your email address.")


def test_the_users_own_people_that_data_goes_to_are_no_data():
    from conftest import pairs

    found = pairs("With your consent, we may share your location with your emergency contacts.")
    assert ("location", "share") in found and not any(t.startswith("contact") for t, _ in found)
    assert not any(t.startswith("social") for t, _ in pairs("The app sends your messages to your contacts."))
    assert pairs("We may notify your emergency contacts.") == set()
    # the same people named as what is collected or shared stay data
    assert ("social.contacts", "share") in pairs("We share your contacts with our partners.")


def test_numbered_clauses_of_a_plain_text_policy_state_their_practices_and_rights_items_none():
    from conftest import pairs

    text = ("PRIVACY POLICY\n\n3. SHARING\n\n3.1 We do not sell your personal information.\n"
            "3.2 We share your email address with Mailchimp to send newsletters.\n")
    found = pairs(text, "text")
    assert ("personal_info", "not_share") in found and ("contact.email", "share") in found
    assert pairs("User rights:\n3. Right to obtain personal data in a machine-readable format (GDPR 20).\n",
                 "text") == set()
