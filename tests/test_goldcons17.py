"""The seventeenth gold consistency pass: a denial of having or using an analytics, telemetry, tracking or
crash-reporting tool is a denial of usage statistics (GUIDELINES: "No analytics, advertising, telemetry, or tracking"
→ not_collect usage; crash reports are usage.logs), by the first party and by the tool the line names."""

from __future__ import annotations

import pytest

from conftest import gold_line_tuples as _tuples

USAGE = ("usage", "not_collect", "first_party")
LOGS = ("usage.logs", "not_collect", "first_party")
GA = ("usage", "not_collect", "google_analytics")


@pytest.mark.parametrize("slug, line", [
    ("en-r29-trustroots", 29),                       # "We do not use third-party analytics services."
    ("en-r63-sentinel-call-screening-privacy", 82),  # "No analytics or tracking libraries"
    ("en-r14-ooni-probe", 65), ("en-r14-ooni-probe", 73),  # "we do *not* use any analytics"
    ("en-r13-pixl-squad-game", 93),                  # "no analytics SDK of ours"
    ("en-r20-game-score-android", 9),                # "We do not use third-party SDKs for … analytics"
    ("en-w13-edtech", 35),                           # "contains no third-party analytics or advertising SDKs"
    ("en-r27-weather-mcp-analytics", 204),           # "We do NOT use third-party analytics services like:"
    ("en-r44-tabs-aside-privacy", 6),                # "This extension doesn't use any tracking software"
    ("en-w4-cycle-tracker", 76),                     # "Luna Cycle contains no advertising or tracking SDKs"
    ("en-w9-password-manager", 59),                  # "We do not use … third-party analytics or tracking pixels."
    # the sibling lines read so before
    ("en-r63-ultrahope-privacy", 29), ("en-r29-translate-extension", 11), ("en-r64-open-in-chatgpt-privacy", 11),
])
def test_an_analytics_tool_denied_is_not_collected_usage(slug, line):
    assert USAGE in _tuples(slug, line)


@pytest.mark.parametrize("slug, line", [
    ("en-r16-gotify-android", 5),          # "any 3rd party tracking (analytics) code, such as Google Analytics"
    ("en-r26-ocf-berkeley", 32),           # "We do not use external analytics platforms such as Google Analytics"
    ("en-r27-fireflag-extension", 89),     # "- Use Google Analytics or similar services" under "FireFlag does **NOT**:"
    ("en-r27-weather-mcp-analytics", 205), # "- ❌ Google Analytics" under the denial
    ("en-r64-smart-tab-organizer-privacy", 40),
])
def test_a_named_analytics_tool_denied_denies_for_both(slug, line):
    assert {USAGE, GA} <= _tuples(slug, line)


@pytest.mark.parametrize("slug, line", [
    ("zh-r38-gimi", 16),        # "不集成任何崩溃上报、广告或追踪 SDK"
    ("zh-r39-harmonia", 24),    # "未集成任何统计分析、崩溃上报、广告或用户行为追踪 SDK"
    ("zh-r41-airlyrics", 11), ("zh-r43-whirl", 15),
])
def test_analytics_and_crash_reporting_denied_zh(slug, line):
    assert {USAGE, LOGS} <= _tuples(slug, line)


@pytest.mark.parametrize("slug, line", [
    ("en-r29-trustroots", 29), ("en-r63-sentinel-call-screening-privacy", 82), ("en-r20-game-score-android", 9),
    ("en-w13-edtech", 35), ("en-r27-weather-mcp-analytics", 204), ("en-w9-password-manager", 59),
    ("en-r16-gotify-android", 5), ("en-r26-ocf-berkeley", 32), ("en-r29-translate-extension", 11),
    ("en-r63-ultrahope-privacy", 29), ("en-r64-smart-tab-organizer-privacy", 40),
    ("zh-r34-lumi", 89),        # "❌ 无第三方分析服务"
    ("zh-r43-bilimuzhi", 42),   # "Bilimuzhi不含任何广告、分析或遥测第三方"
])
def test_a_third_party_analytics_tool_denied_denies_for_the_open_third_party(slug, line):
    assert {USAGE, ("usage", "not_collect", "third_party")} <= _tuples(slug, line)


def test_a_tool_denied_without_a_third_party_gives_first_party_only():
    for slug, line in [("en-r14-ooni-probe", 65), ("en-r44-tabs-aside-privacy", 6), ("zh-r38-gimi", 16)]:
        assert ("usage", "not_collect", "third_party") not in _tuples(slug, line), slug


def test_a_denial_of_tracking_individuals_gives_none():
    # "we don't have an analytics package that tracks individual users" (GUIDELINES: a denial of tracking individuals)
    assert _tuples("en-r41-publiccode-foundation-privacy", 3) == set()


def test_crash_reporting_denied_is_not_collected_logs():
    assert LOGS in _tuples("en-r64-smart-tab-organizer-privacy", 41)
    assert LOGS in _tuples("zh-r34-lumi", 93)
