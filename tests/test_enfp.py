"""English first-party precision: data words that name no data of the user, and data named in lines that state no
practice of the service (what data could reveal, what linked sites may do, what an agreement binds a party to)."""

from __future__ import annotations

from conftest import pairs


def test_a_term_joined_to_a_prefix_that_changes_what_it_names_is_no_data():
    # "on-device model" is a model on the device, "Non-PII" what is not personal information, "pre-purchase" about a
    # purchase not yet made (mappings/terms/en.yaml: the `senses` entry for every term)
    assert pairs("Over time these images will be used to train an on-device model.") == set()
    assert not {p for p in pairs("Non-PII information related to your visit to our websites may be automatically "
                                 "collected.") if p[0] == "personal_info"}
    assert pairs("We use pre-purchase information to send you quotes.") == set()
    # the same terms standing alone, or after a hyphen that joins no such prefix, keep their type
    assert pairs("We collect your device model.") == {("device.hardware", "collect")}
    assert ("personal_info", "collect") in pairs("We collect PII when you register.")
    assert ("device.hardware", "collect") in pairs("We collect the device model of your e-reader.")


def test_data_named_as_what_other_data_could_reveal_gets_no_tuple():
    # GUIDELINES: what a party may be able to do with data, a possibility or a risk of identifying the user, is no
    # practice
    assert pairs("For example, a man's Y chromosome can be used to predict his last name.") == set()
    assert pairs("The uploaded data does not contain any information which can be used to identify users or extract "
                 "user data.") == set()
    assert pairs("When you visit, we receive the IP address of the device you are using, which could be used to infer "
                 "your geographical location.") == {("network.ip", "collect")}
    # "may be used to" states a use, and a purpose that is a practice keeps its tuple
    assert pairs("Cookies may be used to collect your IP address.") == {("usage.cookies", "use"),
                                                                         ("network.ip", "collect")}
    assert pairs("Your email address can be used to send you receipts.") == {("contact.email", "use")}


def test_what_linked_sites_may_do_with_data_is_no_practice_of_the_service():
    # GUIDELINES: background statements about other parties; a line about links to third-party sites
    assert pairs("Our Site may feature links to third party websites that offer goods, services or information. When "
                 "you click on one of these links, you will be leaving our Site. Third party sites or services may "
                 "collect and use information about you in a way that is different from this Privacy Policy.") == set()
    assert pairs("Danbooru may provide you a link to other third-party services, for example the post original source "
                 "link. Clicking these third-party links may enable the third-party services to collect or share data "
                 "about you.") == set()
    # what the service itself states on such a line stays, and so does a party's practice on a line with no links
    assert pairs("Our site contains links to other websites. We collect your IP address when you click them.") == {
        ("network.ip", "collect")}
    assert ("personal_info", "collect") in pairs("Third party services we use may collect information about you.")


def test_what_an_agreement_binds_another_party_to_is_no_practice():
    # GUIDELINES: contracts imposed on processors and recipients, restrictions of purpose
    assert pairs("We have a data sharing agreement with providers so they can only use your data to:") == set()
    # the sharing under the agreement, our own practice in such a clause, and a party the clause only names stay
    assert pairs("We share your data with processors under a data processing agreement.") == {
        ("personal_info", "share")}
    assert pairs("We have agreements with our partners so that we can share your email address with them.") == {
        ("contact.email", "share")}
    assert pairs("We have signed agreements with partners who collect your location.") == {("location", "collect")}


def test_proof_of_identity_asked_for_before_a_request_is_answered_names_no_identity_data():
    # GUIDELINES: "verify your identity" and bare information asked for to verify the identity give none
    assert pairs("To protect your privacy and the privacy of others, we will need evidence of your identity before we "
                 "can grant you access to information about you or change it.") == set()
    assert not {p for p in pairs("If we cannot confirm your identity, we will request for proof of your identity so we "
                                 "can check your right to access the information.") if p[0] == "identity"}
    # outside such a request it stays, and so does a named document given as the proof
    assert pairs("We collect proof of identity when you open an account.") == {("identity", "collect")}
    assert ("identity.id_number", "collect") in pairs("To verify your identity, we will ask for proof of your identity "
                                                       "such as a passport.")


def test_the_party_data_is_shared_with_is_no_data_whatever_its_words():
    assert ("device.network", "share") not in pairs(
        "When you enroll, we share your name, email address and account number with the network operator.")
    assert pairs("For each payment, we send the network operator the amount, the date and the recipient's email "
                 "address.") == {("contact.email", "share")}
    assert pairs("We share your personal information with other contacts in local authorities, academy trusts and "
                 "schools.") == {("personal_info", "share")}
    # more data shared beside the object, and a destination address the data is sent to, stay
    assert ("device.id.ad_id", "share") in pairs("We share precise location data, together with your advertising ID, "
                                                  "with our partners.")
    assert pairs("We send account emails, such as password resets, to your email address.") == {("contact.email", "use")}


def test_personal_data_equated_with_the_data_named_before_names_no_further_data():
    assert pairs("This is the only personal data collected by the Godot Engine application.") == set()
    # as the subject it carries the practice to the data it is equated with
    assert ("device.id", "use") in pairs("The only personal information collected from a child is a persistent "
                                          "identifier that we use.")
    assert ("personal_info", "collect") in pairs("We collect personal information such as your name.")
