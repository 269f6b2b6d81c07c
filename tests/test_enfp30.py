"""English first-party precision. The controller of the processing, who decides on it and the age at which one
may consent to it state no processing (GUIDELINES: naming the controller gives no tuple; consent named only as what it
is for gives none). Data kept in the folders the person chooses, in the application data directories or a path of the
home directory, or in the app's preferences, is kept on the person's own computer, no `store` (GUIDELINES: data kept
only on the user's own device)."""

from __future__ import annotations

from conftest import tuples


def test_the_controller_a_decision_or_the_age_of_consent_to_processing_is_no_use():
    assert not tuples("The controller of the processing of your personal data is:")
    assert not tuples("Your organization is responsible for any decisions to process personal data and for fulfilling "
                      "any such requests.")
    assert not tuples("You must also be at least 16 years of age to consent to the processing of your personally "
                      "identifiable information in your country.")


def test_consent_to_the_processing_given_by_using_the_service_stays_a_use():
    found = tuples("By using this website, you consent to the processing of data about you for the purposes set out "
                   "above.")
    assert (1, "personal_info", "use", "first_party") in found


def test_data_kept_in_local_folders_files_or_app_preferences_is_not_stored_by_us():
    assert not tuples("Project files and thumbnails are stored in the folders you choose.")
    assert not tuples("The User ID and Machine ID are generated randomly and stored in the Windows %AppData% and "
                      "%LocalAppData% directories respectively.")
    assert not tuples("An anonymous UUID is stored in `~/.brakit/config.json`.")
    found = tuples("The last known location is also stored in app preferences to allow faster load times.")
    assert not {t for t in found if t[2] == "store"}


def test_data_kept_in_our_folders_stays_stored():
    assert (1, "media.photos", "store", "first_party") in tuples("We store your photos in the folders of our cloud "
                                                                 "service.")
