"""English first-party misses, round (enlist17): list items naming no data type of their own take the category that
names their list, as the items of "We will collect payment transaction data that includes:" do: a sub-heading that is
a data category under a collecting section ("## Information we collect" / "### Social Graph Data" / "- Trust
relationships you establish"), and an introduction naming its items as metrics or statistics of use ("the following
metrics are collected:" / "- Whether the app completed setup"; GUIDELINES: usage statistics or usage metrics)."""

from __future__ import annotations

from conftest import markdown_policy_tuples

SECTION = "## Information we collect\n\n### {heading}\n\n- Accounts you follow\n- {item}\n"


def test_a_termless_item_under_a_category_heading_takes_the_category():
    found = markdown_policy_tuples(SECTION.format(heading="Social Graph Data", item="Trust relationships you establish"))
    assert (8, "social", "collect", "first_party") in found


def test_a_heading_naming_more_than_a_category_gives_no_category():
    found = markdown_policy_tuples(SECTION.format(heading="How we use social graph data",
                                                  item="Trust relationships you establish"))
    assert not any(line == 8 for line, *_ in found)
    found = markdown_policy_tuples(SECTION.format(heading="Other data", item="Trust relationships you establish"))
    assert not any(line == 8 for line, *_ in found)


def test_a_purpose_or_a_sentence_under_a_category_heading_takes_no_category():
    found = markdown_policy_tuples(SECTION.format(heading="Social Graph Data", item="To recommend people to you"))
    assert not any(line == 8 for line, *_ in found)


def test_items_of_a_metrics_introduction_are_usage():
    found = markdown_policy_tuples("Only with user consent, the following metrics are collected from the app.\n\n"
                                   "- Whether the app completed setup\n"
                                   "- The number of diagnosis key matches per Potential Exposure Alert\n"
                                   "- Whether the app has uploaded diagnosis keys\n")
    assert {(5, "usage", "collect", "first_party"), (6, "usage", "collect", "first_party"),
            (7, "usage", "collect", "first_party")} <= found


def test_a_long_item_that_is_no_measure_takes_no_category():
    found = markdown_policy_tuples("Only with user consent, the following metrics are collected from the app.\n\n"
                                   "- The team that works on the app in the evenings and at weekends\n")
    assert not any(line == 5 for line, *_ in found)


def test_a_termless_item_under_a_metrics_heading_is_usage():
    found = markdown_policy_tuples(SECTION.format(heading="File Operation Metrics", item="File sizes: Size of files read"))
    assert (8, "usage", "collect", "first_party") in found


def test_field_labels_and_anonymous_items_take_no_category():
    for item in ("**Why**: To decide when to enable Do Not Disturb.", "App usage analytics (anonymized)"):
        found = markdown_policy_tuples(SECTION.format(heading="Social Graph Data", item=item))
        assert not any(line == 8 and data_type == "social" for line, data_type, *_ in found), item


def test_a_whether_item_of_ours_stays_a_right_to_know():
    found = markdown_policy_tuples("Only with user consent, the following metrics are collected from the app.\n\n"
                                   "- Whether we sell or share your personal information\n")
    assert not any(line == 5 and action == "collect" for line, _, action, _ in found)
