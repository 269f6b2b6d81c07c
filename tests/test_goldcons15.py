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


def test_a_tool_installed_on_the_developers_own_server_is_still_the_tool():
    # "sends information about your device and the duration of the session to the Ackee software (installed on my
    # server)": Ackee, with no catalogue entry, collects beside the developer, as self-hosted Matomo is matomo
    assert _tuples("en-r18-sharik-tracking", 3) == {
        (data_type, "collect", actor) for data_type in ("device", "usage") for actor in ("first_party", "third_party")}
    assert _tuples("en-r18-sharik-tracking", 12) == {
        ("network.ip", "collect", "first_party"), ("network.ip", "collect", "third_party")}
    for line in (13, 14, 15, 17, 20):
        assert _tuples("en-r18-sharik-tracking", line) == {
            ("device.hardware", "collect", "first_party"), ("device.hardware", "collect", "third_party")}, line
    assert _tuples("en-r18-sharik-tracking", 16) == set()
    assert ("usage", "collect", "matomo") in _tuples("en-r16-apache-software-foundation", 31)
