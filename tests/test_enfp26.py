"""English first-party precision: the user's use of the service named as the occasion or the channel of something else
("as part of your use of the Service", "through your use of our Services") is no record of that use; data said to be
handled by the terms of the policy itself states no use of its own; data that another sentence of the block says is not
collected takes that denial, not the collection of the section it stands in; the person's activity followed outside or
beyond the service is browsing on other sites."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def _usage(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {p for p in found if p[0] == "usage"}


def test_use_of_the_service_as_the_occasion_of_an_upload_names_no_usage():
    found = pairs("After registration, you may create, upload or transmit files, documents, videos, images, data or "
                  "information as part of your use of the Service.")
    assert not _usage(found)


def test_use_of_our_services_as_the_channel_of_a_collection_names_no_usage():
    found = pairs("We, as well as third parties that provide content on our Services, may use cookies, pixel tags, and "
                  "other technologies to automatically collect information through your use of our Services.")
    assert not _usage(found)
    assert ("usage.cookies", "use") in found


def test_information_gathered_as_a_result_of_the_use_names_no_usage():
    found = pairs("Information you provide through our Services, or that we gather as a result of your use of our "
                  "Services, should not be used for marketing or advertising purposes.")
    assert not _usage(found)


def test_information_about_your_use_of_our_services_stays_usage():
    found = pairs("We collect information about your use of our Services, such as the pages you visit.")
    assert ("usage", "collect") in found


def test_tracking_your_use_of_the_site_stays_usage():
    assert ("usage", "not_collect") in pairs("We do not track your use of the site via the browser.")


def test_handling_by_the_terms_of_our_privacy_policy_states_no_use():
    found = pairs("We will handle your information in accordance with our [privacy policy](https://example.org/p).")
    assert not {p for p in found if p[0] == "personal_info"}


def test_handling_by_named_persons_stays_a_use():
    found = pairs("Your information will be handled and processed only by persons who are responsible for the study.")
    assert ("personal_info", "use") in found


def test_data_denied_in_another_sentence_of_the_block_takes_no_section_collection():
    found = markdown_policy_tuples(
        "## Permissions we collect\n\nYour smartphone's location service must be enabled for your device to search for "
        "Bluetooth signals from other smartphones. Please note that no location data is collected in this process.")
    assert (5, "location", "not_collect", "first_party") in found
    assert (5, "location", "collect", "first_party") not in found


def test_a_run_in_title_over_a_denial_takes_no_section_collection():
    found = markdown_policy_tuples(
        "## Information we collect\n\nFace ID and fingerprint login. If you turn on Face ID or fingerprint login, the "
        "biometric check is performed by your device. We do not collect or receive your fingerprint or face data.")
    assert (5, "biometric.fingerprint", "not_collect", "first_party") in found
    assert (5, "biometric.fingerprint", "collect", "first_party") not in found


def test_data_of_the_section_with_a_sharing_denial_elsewhere_keeps_the_collection():
    found = markdown_policy_tuples(
        "## Information we collect\n\n- Email address: used to sign in. We never share your email address with anyone.")
    assert (5, "contact.email", "collect", "first_party") in found


def test_internet_activity_outside_the_site_is_browsing_history():
    found = pairs("While we don't track your internet activity outside of CMS.gov, our vendors may use information "
                  "collected automatically by visiting CMS.gov.")
    assert ("usage.history", "not_collect") in found
    assert ("usage", "not_collect") not in found


def test_user_activities_beyond_our_site_are_browsing_history():
    found = pairs("The Department does not use cookies to track user activities beyond our web site.")
    assert ("usage.history", "not_collect") in found
    assert ("usage", "not_collect") not in found


def test_online_activity_on_the_service_stays_usage():
    assert ("usage", "collect") in pairs("We collect your online activity to improve the service.")
