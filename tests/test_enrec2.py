"""English recall of missed data types: wording of the data a practice handles."""

from __future__ import annotations

from conftest import pairs


def test_information_about_the_visit_is_usage():
    assert ("usage", "collect") in pairs(
        "However, the website may collect a limited amount of information about your visit for the purposes of "
        "website analytics.")
    assert ("usage", "collect") in pairs("npm collects data about visits, user accounts, and forum data.")
    # visits that reach other websites are the browsing history
    found = pairs("Advertisers may use web beacons to collect information about your visits to the Site and other "
                  "websites.")
    assert ("usage.history", "collect") in found and ("usage", "collect") not in found
