"""English first-party precision (personal_info, account, location types): the processing a party we trust or
instruct is to carry out is our sharing with it; a place things are kept, downloaded or found is no location of the
user, and a work location is the workplace; resetting a password, a change of name and a password manager name no
credentials or name."""

from __future__ import annotations

from conftest import pairs


def test_processors_we_trust_to_carry_out_the_processing_receive_the_data():
    found = pairs("However, Status may engage (sub) processors that we trust to carry out the processing of personal "
                  "data on our behalf.")
    assert ("personal_info", "share") in found
    assert ("personal_info", "use") not in found


def test_processors_we_trust_to_process_receive_the_data():
    found = pairs("We engage processors that we trust to process personal data on our behalf.")
    assert ("personal_info", "share") in found
    assert ("personal_info", "use") not in found


def test_carrying_out_our_own_processing_stays_a_use():
    assert ("personal_info", "use") in pairs("We carry out the processing of personal data on the basis of your "
                                             "consent.")


def test_the_shared_location_a_result_is_kept_at_is_no_location():
    found = pairs("If you share your inputs and outputs, this information will be stored at the shared location for "
                  "two weeks.")
    assert not {p for p in found if p[0].startswith("location")}


def test_a_location_beside_a_website_is_no_location():
    found = pairs("Often these technologies are located on a website or other location that is not part of an "
                  "official government domain.")
    assert not {p for p in found if p[0].startswith("location")}


def test_the_download_location_is_no_location():
    found = pairs("We store the file in the download location you choose.")
    assert not {p for p in found if p[0].startswith("location")}


def test_a_work_location_is_the_workplace():
    found = pairs("We collect your job title, department and work location.")
    assert ("identity.occupation", "collect") in found
    assert not {p for p in found if p[0].startswith("location")}


def test_the_users_location_stays_a_location():
    assert ("location", "collect") in pairs("We collect your location when you use the map.")


def test_resetting_a_password_names_no_credentials():
    found = pairs("We will also use your email address to let you reset your password if you forget it.")
    assert ("contact.email", "use") in found
    assert not {p for p in found if p[0].startswith("account")}
    assert not pairs("- reset your password and help keep your account secure")


def test_a_password_manager_is_no_password():
    assert not pairs("We recommend excluding password managers and other sensitive apps from the history recording.")


def test_a_name_change_is_no_name():
    found = pairs("Account activities such as a name change will be logged for auditing purposes.")
    assert not {p for p in found if p[0] == "identity.name"}


def test_the_password_stays_a_credential():
    assert ("account.credentials", "collect") in pairs("We collect your username and password when you sign up.")


def test_validating_or_securing_the_account_names_no_account_data():
    assert ("account", "use") not in pairs("Your email address will be used to validate your account.")
    assert not pairs("We use this information to maintain and secure your account with us.")
    assert ("account", "collect") in pairs("We collect your account information.")


def test_judicial_and_administrative_orders_are_no_orders_of_the_user():
    found = pairs("We may disclose your information to cooperate with law enforcement, judicial orders, and regulatory "
                  "inquiries.")
    assert not {p for p in found if p[0].startswith("financial")}
    assert ("financial.transactions", "collect") in pairs("We collect your orders and purchases.")


def test_the_name_of_an_insurer_or_a_project_is_no_name_of_a_person():
    assert not pairs("If you carry your own policy, we ask only for the insurer's name and the policy number.")
    found = pairs("It doesn't scan your code and doesn't extract project-level data, such as name, repository, or "
                  "author.")
    assert not {p for p in found if p[0] == "identity.name"}
    assert ("identity.name", "collect") in pairs("You give us your insurer's name, your member ID and the "
                                                 "policyholder's name.")


def test_a_personal_information_handler_is_a_role_not_data():
    assert not pairs("Mini-programs on the platform are developed and operated by third-party developers, which are "
                     "independent personal information handlers.")


def test_data_the_policy_does_not_cover_states_no_practice():
    assert not pairs("Personal information collected from our employees and individuals applying for employment with "
                     "Acme is not covered by this Privacy Notice.")


def test_what_a_few_data_are_enough_to_identify_states_no_practice():
    assert not pairs("Just three pieces of information – your birth date, sex/gender, and ZIP code – are enough to "
                     "uniquely identify most individuals.")
    assert not pairs("Even a tiny amount of location data is enough to give a strong clue to someone's identity.")
    assert ("identity.birthdate", "collect") in pairs("We collect your birth date and ZIP code.")
