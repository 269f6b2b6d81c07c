"""English first-party precision: generic personal data named in a procedure, a safeguard or a pointer, not a
practice (cue `refusal`): a promise to ask for consent before further or certain uses, the recipients "that need to know
the information", data subject requests, an encryption that works "when you send" data, the risks systems "pose to"
data, the retention criterion "the amount, nature and sensitivity of the personal information", and data "handled in
line with our Privacy Notice"; and the names of things (breeds, game characters, challenges), an Android work
profile or a telemetry profile (terms)."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[int, str, str, str]]:
    """(line, data type, action, actor or recipient) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}


def _types(text: str) -> set[str]:
    return {t[1] for t in _found(text)}


def test_consent_asked_for_further_purposes_is_a_procedure():
    assert not _types("In some cases, we may specifically ask for your consent to collect, use, or share your "
                      "personal information for further purposes.\n")


def test_consent_asked_for_certain_purposes_where_the_law_requires_is_a_procedure():
    assert not _types("In some cases, we may ask your consent to use your personal information for certain purposes "
                      "where required by applicable law.\n")


def test_a_permission_asked_for_the_camera_stays_a_collection():
    assert (1, "media.camera", "collect", "first_party") in _found(
        "The app asks for permission to use your camera when your first video session starts.\n")


def test_recipients_that_need_to_know_the_information_collect_nothing():
    found = _found("PostHog only shares your personal information with those of its employees, contractors, and "
                   "affiliated organizations that (i) need to know that personal information in order to process it "
                   "on PostHog's behalf.\n")
    assert not any(t[2] == "collect" for t in found)


def test_data_subject_requests_for_personal_data_are_no_use():
    assert not _types("* **Complying with and Resolving Legal Obligations:** including responding to Data Subject "
                      "Requests for Personal Data processed by MZLA as Controller (for example website data), tax "
                      "requirements, agreements, and disputes.\n")


def test_encryption_when_you_send_personal_information_is_a_safeguard():
    assert not _types("Our website uses Secure Socket Layer (SSL) technology, which encrypts your personal data when "
                      "you send your personal information on our website.\n")


def test_risks_systems_pose_to_personal_information_are_no_use():
    assert not _types("Privacy Impact Assessments (PIAs) are performed on computer systems and applications in order "
                      "to evaluate any risks these systems may pose to personally identifiable information.\n")


def test_the_amount_nature_and_sensitivity_of_personal_information_is_a_retention_criterion():
    found = _found("### How long will we store your personal information\n\n"
                   "In all cases, in addition to the purposes and legal bases, we consider the amount, nature and "
                   "sensitivity of the personal information, as well as the potential risk of harm from unauthorized "
                   "use or disclosure of your personal information.\n")
    assert not {t for t in found if t[0] == 3}


def test_data_handled_in_line_with_our_privacy_notice_is_a_pointer():
    assert not _types("All personal information processed using our AI Products is handled in line with our Privacy "
                      "Notice and our agreement with third parties.\n")
    assert not _types("Any personal information we receive from outside sources will be treated in accordance with "
                      "this Privacy Notice and as permitted by applicable law.\n")


def test_data_handled_under_another_partys_policies_keeps_its_use():
    assert "personal_info" in _types("When accessing these websites, your data is handled in accordance with their "
                                     "respective privacy policies.\n")


def test_we_process_personal_data_as_described_stays_a_use():
    assert (1, "personal_info", "use", "first_party") in _found(
        "We process personal data as described in this policy.\n")


def test_names_of_breeds_game_characters_and_challenges_are_no_personal_names():
    found = _found("We store the following data:\n\n- Breed names and characteristics\n"
                   "- Your campaign: which mission you have reached, your squad's names, ranks and specialisms\n")
    assert not any(t[1] == "identity.name" for t in found)
    assert not _types("The core team uses the database to check for inappropriate challenge names.\n")


def test_a_name_the_user_gives_stays_a_name():
    assert "identity.name" in _types("We store the following data:\n\n- Your name and email address\n")


def test_an_android_work_profile_and_a_telemetry_profile_are_no_user_profile():
    found = _found("We collect the following information:\n\n- For Android Enterprise with a work profile - "
                   "Information about Android application packages (APKs) installed on the Work profile of the device\n"
                   "- Telemetry profile: an optional value only used with explicit user opt-in\n")
    assert (3, "device.apps", "collect", "first_party") in found
    assert not any(t[1] == "account.profile" for t in found)


def test_a_profile_the_user_fills_in_stays_a_profile():
    assert "account.profile" in _types("We collect your name, your work profile and your location.\n")


def test_data_collected_and_handled_in_line_with_our_policy_keeps_its_collection():
    assert (1, "contact.email", "collect", "first_party") in _found(
        "Your email address will be collected and treated in accordance with this Privacy Notice.\n")
