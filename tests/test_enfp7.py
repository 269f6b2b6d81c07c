"""English first-party precision: a third party's practice credited to us. The items of a list introduced by "we use
<named tool>'s cookies to collect information about:" are collected by the tool alone (GUIDELINES: the tool's cookies
named as the means), as after "we use <named tool> to collect information about:"; unnamed tracking technologies
keep the service collecting through them. A passive agent with a parenthesis naming a catalogued party ("collected
by your operating system (Apple iOS)") is that party."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_items_collected_through_a_named_tools_cookies_are_the_tools_alone():
    found = _found("We also use the Google Analytics cookies detailed in the Cookie Policy to collect information "
                   "about:\n\n1. the pages you visit\n2. how long you spend on each page\n3. technical information "
                   "about your device such as your IP address")
    assert found == {
        (3, "usage.cookies", "use", "first_party"), (3, "usage.cookies", "use", "google_analytics"),
        (5, "usage.history", "collect", "google_analytics"), (6, "usage", "collect", "google_analytics"),
        (7, "device", "collect", "google_analytics"), (7, "network.ip", "collect", "google_analytics")}


def test_items_collected_through_unnamed_trackers_stay_ours():
    assert _found("We use cookies to collect information about:\n\n1. the pages you visit\n2. how long you spend on "
                  "each page") == {
        (3, "usage.cookies", "use", "first_party"), (5, "usage.history", "collect", "first_party"),
        (6, "usage", "collect", "first_party")}


def test_items_collected_with_a_named_tool_are_the_tools():
    assert _found("We use Google Analytics to collect information about:\n\n1. the pages you visit\n2. how long you "
                  "spend on each page") == {
        (5, "usage.history", "collect", "google_analytics"), (6, "usage", "collect", "google_analytics")}


def test_a_passive_agent_named_in_parentheses_is_that_party():
    found = _found("## Information We Collect\n\nThe following data may be collected by your operating system (Apple "
                   "iOS):\n\n- App performance metrics (if developer data sharing is enabled)\n- Crash reports (if "
                   "crash reporting is enabled)")
    assert found == {(7, "usage.logs", "collect", "apple"), (8, "usage.logs", "collect", "apple")}
    # the user's own operating system named alone stays the user's act: nothing credited to another party
    assert not any(actor == "apple" for _, _, _, actor in _found(
        "Your passcode is stored and verified by your device's operating system."))
