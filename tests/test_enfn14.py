"""English first-party misses, round (enfn14): a denial of having, including or using an analytics, tracking,
telemetry or crash-reporting tool is a denial of collecting the usage statistics such a tool records, by the first
party and by the party the line names as the tool's, an open third party or the tools given as examples (GUIDELINES:
telemetry, "No analytics or tracking libraries", "We do not use third-party analytics services", "We do not use
external analytics platforms such as Google Analytics")."""

from __future__ import annotations

from conftest import markdown_policy_tuples

USAGE = (3, "usage", "not_collect", "first_party")
THIRD = (3, "usage", "not_collect", "third_party")


def test_a_third_party_analytics_tool_denied_is_not_collected_usage_by_both():
    assert {USAGE, THIRD} <= markdown_policy_tuples("We do not use third-party analytics services.")
    assert {USAGE, THIRD} <= markdown_policy_tuples("There are no ads in Chalkpath, and the student app contains no "
                                                    "third-party analytics or advertising SDKs.")
    assert {USAGE, THIRD} <= markdown_policy_tuples("We do not use third-party SDKs for advertising, analytics, or any "
                                                    "other tracking purposes.")


def test_an_own_tool_denied_is_not_collected_usage_by_us_only():
    for text in ("On F-Droid we do *not* use any analytics.", "This extension doesn't use any tracking software.",
                 "Luna Cycle contains no advertising or tracking SDKs.",
                 "There is no advertising network in the App, and no analytics SDK of ours."):
        found = markdown_policy_tuples(text)
        assert USAGE in found and THIRD not in found, text


def test_the_tools_given_as_examples_are_denied_too():
    found = markdown_policy_tuples("The app does not include any advertisement libraries or any 3rd party tracking "
                                   "(analytics) code, such as Google Analytics.")
    assert {USAGE, THIRD, (3, "usage", "not_collect", "google_analytics")} <= found
    assert (3, "usage", "not_collect", "google_analytics") in markdown_policy_tuples(
        "We do not use external analytics platforms such as Google Analytics on our website.")


def test_crash_reporting_tools_denied_are_not_collected_logs():
    assert (3, "usage.logs", "not_collect", "first_party") in markdown_policy_tuples(
        "The app does not include any crash reporting SDK.")


def test_the_denial_does_not_carry_to_the_cookies_and_pixels_beside_it():
    found = markdown_policy_tuples("We do not use cookies, third-party analytics or tracking pixels.")
    assert {USAGE, THIRD} <= found
    assert not any(data_type == "usage.cookies" and action == "not_collect" for _, data_type, action, _ in found)


def test_a_kind_or_a_use_of_a_tool_denied_is_no_such_denial():
    for text in ("We don't have an analytics package that tracks individual users.",
                 "We do not use any analytics services other than Plausible.",
                 "We do not use analytics tools for marketing.",
                 "We do not use cookies or other tracking technologies.",
                 "We do not use third-party tracking or advertising technologies.",
                 "We do not use location tracking services.",
                 "We do not share your data with analytics providers.",
                 "You can choose not to use our analytics tools.",
                 "We do not use your data for analytics."):
        assert not any(data_type == "usage" and action == "not_collect"
                       for _, data_type, action, _ in markdown_policy_tuples(text)), text


def test_a_label_denying_sdks_opens_no_sdk_record():
    # "**No Third-Party SDKs**" is no SDK's name: the item is read as a sentence, its denial kept
    found = markdown_policy_tuples("### Security Measures\n- ✅ **No Cloud Sync** - Zero external data transmission\n"
                                   "- ✅ **No Third-Party SDKs** - No analytics or tracking libraries")
    assert {(5, "usage", "not_collect", "first_party"), (5, "usage", "not_collect", "third_party")} <= found


def test_gold_payroll_analytics_sdks_denied():
    # en-w4-payroll 31 "contains no advertising or third-party analytics SDKs", as en-w13-edtech 35
    from conftest import gold_line_tuples
    assert {("usage", "not_collect", "first_party"), ("usage", "not_collect", "third_party")} <= gold_line_tuples(
        "en-w4-payroll", 31)


def test_items_denying_tools_under_a_third_party_section_are_denied_by_us_too():
    found = markdown_policy_tuples("## Third-Party Services\n**We do not use any third-party services**, including:\n"
                                   "- ❌ No analytics (Google Analytics, etc.)\n- ❌ No crash reporting services\n")
    assert {(5, "usage", "not_collect", "first_party"), (5, "usage", "not_collect", "google_analytics"),
            (6, "usage.logs", "not_collect", "first_party")} <= found
