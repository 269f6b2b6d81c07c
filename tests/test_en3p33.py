"""English third-party recall: a party named in a list introduction or a heading reaches the items under it. Items
with a collection of their own ("Device Information: We collect …") under an introduction saying a named tool collects
("We use Firebase Analytics to collect … This includes:") are collected by the tool too; a collection-denying
sub-heading under a heading about a named tool ("### Analytics Data (PostHog)" / "#### What We Do NOT Collect:")
denies for the tool as well as for us."""

from __future__ import annotations

from conftest import markdown_policy_tuples

TOOL_INTRODUCTION = """## Information We Collect

We use Firebase Analytics to collect certain information regarding the usage of our app. This includes:

Device Information: We collect information about the device you are using, including its model.

Usage Information: We collect information about how you use our app, including which screens you visit.
"""


def test_items_collected_by_us_under_a_tool_introduction_are_collected_by_the_tool_too():
    found = markdown_policy_tuples(TOOL_INTRODUCTION)
    assert (5, "usage", "collect", "firebase_analytics") in found
    for line, data_type in ((7, "device"), (9, "usage.history")):
        assert (line, data_type, "collect", "first_party") in found
        assert (line, data_type, "collect", "firebase_analytics") in found


def test_list_items_collected_by_us_under_a_tool_introduction_take_the_tool():
    found = markdown_policy_tuples("## Crash reports\n\nWe use Sentry to collect crash reports. These include:\n\n"
                                   "- Device model: we collect the model of your phone.\n")
    assert (7, "device.hardware", "collect", "first_party") in found
    assert (7, "device.hardware", "collect", "sentry") in found


def test_an_item_naming_another_party_does_not_take_the_tool_of_its_introduction():
    found = markdown_policy_tuples("## Crash reports\n\nWe use Sentry to collect crash reports. These include:\n\n"
                                   "- Device model: we collect the model of your phone through Google Analytics.\n")
    assert not {t for t in found if t[0] == 7 and t[3] == "sentry"}


def test_an_introduction_collected_by_us_alone_adds_no_party():
    found = markdown_policy_tuples("## Data\n\nWe collect the following information:\n\n"
                                   "- Device Information: We collect the model of your device.\n")
    assert {t[3] for t in found if t[0] == 7} == {"first_party"}


TOOL_SECTION = """### Analytics Data (PostHog)

We use PostHog, an analytics platform, to collect anonymous usage data.

#### What We Do NOT Collect:

- Browsing history
- Form inputs or passwords

### Google Analytics (GDPR Compliant)

#### What we don't collect

- Your precise location

## What We Do NOT Collect

- Contacts
"""


def test_a_denying_sub_heading_under_a_tool_heading_denies_for_the_tool_too():
    found = markdown_policy_tuples(TOOL_SECTION)
    for line, data_type in ((9, "usage.history"), (10, "account.credentials")):
        assert (line, data_type, "not_collect", "first_party") in found
        assert (line, data_type, "not_collect", "posthog") in found
    assert (16, "location.precise", "not_collect", "first_party") in found
    assert (16, "location.precise", "not_collect", "google_analytics") in found


def test_a_denying_heading_under_no_tool_heading_denies_for_us_alone():
    found = markdown_policy_tuples(TOOL_SECTION)
    assert {t[3] for t in found if t[0] == 20} == {"first_party"}


def test_a_remark_after_the_items_takes_no_tool_of_the_introduction():
    found = markdown_policy_tuples("## Crash reports\n\nWe use Sentry to collect crash logs. This data includes:\n\n"
                                   "- Crash stack traces\n\n**Note**: This data does not include any personal "
                                   "information unless you voluntarily provide it in a crash report description.\n")
    assert (7, "usage.logs", "collect", "sentry") in found
    assert not {t for t in found if t[0] == 9 and t[3] == "sentry"}
