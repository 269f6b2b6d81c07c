"""English third-party denials of analytics tools: a denial of having, including or using an analytics, telemetry,
tracking or crash-reporting tool, SDK, library or service is not_collect usage (crash reports usage.logs) by the first
party, and by the open third party when the tool is called third-party or external (GUIDELINES: telemetry, "We do not
use third-party analytics services" -> first_party and third_party)."""

from __future__ import annotations

import pytest

from conftest import tuples

USAGE_1ST = (1, "usage", "not_collect", "first_party")
USAGE_3RD = (1, "usage", "not_collect", "third_party")


@pytest.mark.parametrize("text", [
    "We do not use third-party analytics services.",
    "There are no third-party analytics services.",
    "The student app contains no third-party analytics or advertising SDKs.",
    "We do not use third-party SDKs for advertising, analytics, or any other tracking purposes.",
    "We do not use external analytics platforms.",
    "We do not use advertising cookies, third-party analytics or tracking pixels.",
])
def test_a_third_party_analytics_tool_denied(text):
    assert {USAGE_1ST, USAGE_3RD} <= tuples(text)


@pytest.mark.parametrize("text", [
    "No tracking or analytics services are implemented.",
])
def test_an_analytics_tool_denied_with_no_third_party(text):
    found = tuples(text)
    assert USAGE_1ST in found and USAGE_3RD not in found


def test_a_crash_reporting_service_denied_is_logs():
    assert (1, "usage.logs", "not_collect", "first_party") in tuples("- No crash reporting services")


@pytest.mark.parametrize("text", [
    # a denial of collecting named data through the tool denies that data; of tracking individuals, nothing
    "We do not use third party tracking services to collect information about you.",
    "We don't have an analytics package that tracks individual users.",
    # tracking pixels or technologies alone are no analytics tool
    "We do not integrate tracking pixels of social networks on our website.",
])
def test_no_usage_denial_beyond_the_tool(text):
    assert not {t for t in tuples(text) if t[1] == "usage"}
