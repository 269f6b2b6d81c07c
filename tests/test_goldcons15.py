"""The fifteenth gold consistency pass: gold slips reported while tuning, read again against the guidelines."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_denials_under_a_named_tools_section_take_the_tools_id():
    # the "What We Do NOT Collect:" list under "### Analytics Data (PostHog)" denies for PostHog, now catalogued
    assert _tuples("en-r18-scrape-similar-extension", 46) == {
        (data_type, "not_collect", actor)
        for data_type in ("personal_info", "identity.name", "contact.email", "contact.address")
        for actor in ("first_party", "posthog")}
    for line, data_type in [(47, "content"), (48, "usage.history"), (49, "usage.history"),
                            (50, "account.credentials"), (51, "usage")]:
        assert _tuples("en-r18-scrape-similar-extension", line) == {
            (data_type, "not_collect", "first_party"), (data_type, "not_collect", "posthog")}, line
    assert _tuples("en-r18-scrape-similar-extension", 41) == {("account.credentials", "collect", "posthog")}
