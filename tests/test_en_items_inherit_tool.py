"""English list items under an introduction saying our collection goes through a named tool: the tool collects them
too (GUIDELINES: an SDK the first party embeds, both collect)."""

from __future__ import annotations

from conftest import statements_of


def _actors(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.actor) for s in statements_of(text, name="policy.md")}


CRASH_POLICY = """# Information Collected By the App

Here's a breakdown of all the information we may collect at crash time via Bugsnag.

### Application-Level
Includes:
* Version number (e.g. 2.0.x.x)

### Operating System-Level
Includes:
* Architecture (e.g. 32-bit)
"""


def test_items_under_sub_headings_take_the_tool_the_collection_goes_through():
    found = _actors(CRASH_POLICY)
    for line in (7, 11):
        assert (line, "device.hardware", "first_party") in found
        assert (line, "device.hardware", "bugsnag") in found


def test_introduction_collecting_through_a_tool_gives_its_items_to_the_tool():
    found = _actors("## Usage analytics\n\nWe collect usage data through PostHog analytics to improve "
                    "the extension. This includes:\n\n- Extension installation and updates\n- Feature usage\n")
    assert any(actor == "posthog" for line, _, actor in found if line >= 5)


def test_a_tool_the_user_signs_in_through_or_subscribes_through_is_no_collector():
    found = _actors("## What Data We Collect\n\nData is only collected for users who are subscribed via the "
                    "Discord bot. Here is a complete list of all the data we collect:\n\n"
                    "- The selected time zone\n- The user ID of the subscribed user\n")
    assert not any(actor == "discord" for _, _, actor in found)


def test_purposes_after_a_collection_through_a_tool_take_no_tool():
    found = _actors("## Analytics\n\nWe collect information through Google Analytics to see how you use the site. "
                    "We do this to:\n\n- monitor use of the site to identify security threats\n")
    assert not any(actor == "google_analytics" and line == 5 for line, _, actor in found)
