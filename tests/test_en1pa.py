"""English: practices a party other than us performs on data, not first-party collection or use."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_party_bound_or_entrusted_to_process_is_a_processor():
    # the party bound, entitled or entrusted to process the data handles it for us: our sharing, no use of our own
    assert _found("Zendesk is required to process and protect your personal data under strict conditions.") == {
        ("personal_info", "share", "zendesk")}
    assert _found("Workable is only entitled to process your personal data in accordance with our instructions.") == {
        ("personal_info", "share", "workable")}
    assert ("personal_info", "use", "first_party") not in _found(
        "We may entrust cloud service providers (such as Alibaba Cloud) to process your personal information on our "
        "behalf.")
    # the user required to give data still gives it to us; so do we when we are the ones bound
    assert _found("You are required to provide your email address.") == {("contact.email", "collect", "first_party")}
    assert _found("We are required to process your personal data.") == {("personal_info", "use", "first_party")}


def test_images_the_user_captures_that_go_directly_to_a_vendor_are_its_collection():
    # GUIDELINES: data the user gives directly to a third party is collected by that party, not by us
    found = _found("You photograph your driver's license or state ID and take a selfie in the Jumio module embedded in "
                   "our app and website; the images go directly to Jumio, which compares the selfie with the portrait "
                   "on the document.")
    assert {("media.photos", "collect", "jumio"), ("identity.id_number", "collect", "jumio"),
            ("biometric.face", "collect", "jumio")} <= found
    assert not {f for f in found if f[2] == "first_party"}
    found = _found("The app then opens a capture screen provided by Onfido, through which you photograph your passport, "
                   "driving licence or national identity card and record a short selfie video; these images are sent "
                   "directly to Onfido.")
    assert {("media.photos", "collect", "onfido"), ("identity.id_number", "collect", "onfido"),
            ("biometric.face", "collect", "onfido")} <= found
    assert not {f for f in found if f[2] == "first_party"}
    # kept by us, or another datum sent straight to a processor: our collection stays
    assert ("identity.id_number", "collect", "first_party") in _found(
        "You photograph your passport and take a selfie; we keep the images.")
    assert ("contact.email", "collect", "first_party") in _found(
        "We collect your email address; your card number is sent directly to Stripe.")


def test_party_described_by_a_receiving_participle_gets_the_data_from_us():
    assert _found("We have contractual protections in place, so that the entities receiving personal data are "
                  "contractually obligated to handle the data in ways that are approved by Mozilla.") == {
        ("personal_info", "share", "third_party")}
    assert _found("Advertisers receiving your email address must delete it.") == {
        ("contact.email", "share", "third_party")}
    # our own people receiving it, or we ourselves: our collection
    assert _found("Our employees receiving your email address must keep it confidential.") == {
        ("contact.email", "collect", "first_party")}


def test_details_of_what_a_named_tool_collects_are_not_our_use_of_the_tool():
    found = _found("We use Google Analytics software to collect information about how you use GOV.UK. This includes IP "
                   "addresses.")
    assert ("network.ip", "collect", "google_analytics") in found
    assert ("network.ip", "use", "first_party") not in found


def test_restrictive_clause_on_what_we_process_only_names_the_data():
    # GUIDELINES: a restrictive clause that only identifies the data as ours adds no practice of its own
    assert _found("We sometimes need to share the personal information we process with the individual themselves and "
                  "also with other organisations.") == {("personal_info", "share", "third_party")}
    assert _found("We do not sell the personal information we process.") == {
        ("personal_info", "not_share", "third_party")}
    # a non-restrictive clause keeps both practices
    assert ("personal_info", "use", "first_party") in _found(
        "We process your personal information, which we share with partners.")


def test_other_people_having_access_is_a_display_to_them():
    # GUIDELINES: making data visible to other users is `share` with `third_party`, not our collection
    assert _found("Other users have access to your profile.") == {("account.profile", "share", "third_party")}
    found = _found("Where you have shared messages or files with another registered Matrix user, that user will still "
                   "have access to their copy of those messages or files.")
    assert not {f for f in found if f[2] == "first_party"}
    assert ("content", "share", "third_party") in found
    assert _found("You have access to your profile.") == set()
