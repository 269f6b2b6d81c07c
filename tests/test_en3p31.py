from __future__ import annotations

from conftest import statements_of


def _tuples(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text, name="policy.md")}


def test_information_about_activities_followed_across_services_is_cross_site_browsing():
    # GUIDELINES: activity followed "over time and across different websites" is cross-site browsing (usage.history)
    found = _tuples("These partners may set and read their own cookies or use similar technologies to collect "
                    "information about your activities over time and across different services.")
    assert ("usage.history", "collect", "third_party") in found
    assert ("usage.cookies", "use", "third_party") in found
    assert "usage.history" not in {t[0] for t in _tuples("We collect information about your activities in the app.")}


def test_the_source_of_web_traffic_an_analytics_tool_reports_is_browsing_history():
    found = _tuples("To improve our website, we use Google Analytics which places a cookie on your device to obtain "
                    "metrics (such as number of site visits, source of web traffic, duration people stay on the site, "
                    "and bounce rates).")
    assert ("usage.history", "collect", "google_analytics") in found


def test_a_data_collection_named_as_the_means_of_a_practice_is_done_by_its_subject():
    # the means phrase has no subject of its own: its nominal collection is done by whoever collects, each party of a
    # coordinated subject alike, as the trackers listed beside it are used by them
    found = _tuples("As You access or use Our Website, We and/or third parties may collect information using cookies, "
                    "web beacons, pixels, navigational and location data collection (clickstream, log files, server logs) and other similar "
                    "technologies for the purposes described in this Policy.")
    for data_type in ("location", "usage.history", "usage.logs"):
        assert (data_type, "collect", "first_party") in found
        assert (data_type, "collect", "third_party") in found
    found = _tuples("Google may collect information using location data collection (clickstream, log files).")
    assert ("location", "collect", "google") in found
    assert ("location", "collect", "first_party") not in found
    found = _tuples("We may collect information using location data collection (clickstream, log files).")
    assert {t[2] for t in found} == {"first_party"}


def test_the_ip_address_a_listed_location_is_based_on_is_used_by_each_collector_of_the_list():
    # GUIDELINES: a location derived from the IP address is `use` of `network.ip` by the party that derives it
    found = _tuples("When you browse our site, we, and in some cases, our third-party service providers, can collect "
                    "the following types of information about your visit, including:\n\n- IP address.\n"
                    "- Approximate geographic location based on the IP address of the user's local system.\n")
    assert ("network.ip", "use", "third_party") in found
    assert ("network.ip", "use", "first_party") in found
    assert ("location.coarse", "collect", "third_party") in found
    found = _tuples("Google Analytics collects the following:\n\n- Approximate location based on your IP address.\n")
    assert ("network.ip", "use", "google_analytics") in found
    assert ("network.ip", "use", "first_party") not in found
