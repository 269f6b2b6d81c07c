"""English first-party precision: a practice the policy gives to another party is not ours. The party we work or
partner with "to help us understand …" is the one that obtains the data (GUIDELINES: a purpose "to understand how
visitors use the site" beside an analytics service), and a "by X" phrase naming another party on a nominal practice
("the processing of data about you by analytics tool providers") makes that party the one that practises, as does
using a party for a nominal practice ("We use Sentry for error and diagnostic data collection") and a fronted "For
X," naming a service before a passive with no agent ("For GOV.UK Notify, your personal data will be processed …");
ourselves, our staff, "by automated means", tools that name no party ("use cookies for …") and a fronted purpose or
group of users ("For security, …", "For EU users, …") keep the first party."""

from __future__ import annotations

from conftest import tuples


def test_partners_we_work_with_to_help_us_understand_usage_collect_it():
    found = tuples("We may work with analytics providers and similar partners to help us understand the usage of our "
                   "Services and to improve them.")
    assert (1, "usage", "collect", "third_party") in found
    assert not {t for t in found if t[3] == "first_party"}


def test_named_partner_to_help_us_understand_is_the_actor():
    found = tuples("We partner with Google Analytics to help us understand how you use the App.")
    assert {t[3] for t in found if t[1] == "usage"} == {"google_analytics"}


def test_working_with_our_own_staff_keeps_the_first_party():
    found = tuples("We work with our staff to help us understand how you use the App.")
    assert {t[3] for t in found if t[1] == "usage"} == {"first_party"}


def test_processing_by_a_category_of_other_party_is_theirs():
    found = tuples("By using this website, you consent to the processing of data about you by analytics tool "
                   "providers.")
    assert (1, "personal_info", "use", "third_party") in found
    assert not {t for t in found if t[3] == "first_party"}


def test_processing_by_us_or_by_automated_means_stays_ours():
    assert (1, "personal_info", "use", "first_party") in tuples(
        "The processing of your personal data by us is based on consent.")
    assert (1, "personal_info", "use", "first_party") in tuples(
        "We ensure the processing of your personal data by automated means is lawful.")


def test_tool_used_for_a_nominal_collection_collects():
    found = tuples("We use Sentry for crash report collection.")
    assert (1, "usage.logs", "collect", "sentry") in found
    assert (1, "usage.logs", "collect", "crashlytics") in tuples(
        "We use Firebase Crashlytics for the collection of crash reports.")


def test_cookies_used_for_a_nominal_collection_keep_the_first_party():
    assert (1, "usage", "collect", "first_party") in tuples("We use cookies for the collection of usage data.")


def test_a_fronted_for_naming_a_service_gives_it_the_passive_practice():
    found = tuples("For GOV.UK Notify, your personal data will be processed both in the UK and the European Economic "
                   "Area (EEA).")
    assert (1, "personal_info", "use", "third_party") in found
    assert not {t for t in found if t[3] == "first_party"}
    assert (1, "network.ip", "store", "google_analytics") in tuples(
        "For Google Analytics, your IP address is anonymized and stored for 14 months.")


def test_a_fronted_for_naming_users_or_a_purpose_keeps_the_first_party():
    assert (1, "personal_info", "store", "first_party") in tuples(
        "For EU users, your personal data is stored in Frankfurt.")
    assert (1, "network.ip", "collect", "first_party") in tuples("For security, your IP address is logged.")
