"""More English data-type wording common in privacy policies (mappings/terms/en.yaml)."""

from __future__ import annotations

from conftest import pairs


def types_of(text: str) -> set[str]:
    return {data_type for data_type, _ in pairs(text)}


def test_pages_and_sites_visitors_visit_in_analytics_descriptions_are_browsing_history():
    found = pairs("These services use cookies to collect information such as how often users visit the Site, what "
                  "pages they visit and what other sites they used prior to coming to the Site.")
    assert ("usage.history", "collect") in found
    assert ("usage", "collect") in pairs("We use cookies to collect information such as what features they use on "
                                         "our Services.")
    assert ("usage.history", "collect") in pairs("GitHub collects analytics data such as page visits.")
    # a single page visit is an event, and a tool's definition names no pages of this service's users
    assert "usage.history" not in types_of("After each page visit, some of the data are stored in the account "
                                           "profile.")
    assert "usage.history" not in types_of("Google Analytics uses cookies to help analyze how individuals use "
                                           "websites they visit.")
