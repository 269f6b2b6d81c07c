"""English first-party recall: a verbless "no" list whose items each repeat the "no" ("No ads, no analytics, no
automatic crash reporting") denies every practice noun of it, and a crash-reporting noun is denied (usage.logs) even
when a usage term of the same list already names usage."""

from __future__ import annotations

from conftest import markdown_policy_tuples


def test_each_practice_noun_of_a_no_list_with_repeated_no_is_denied():
    found = markdown_policy_tuples("The App does not proactively collect any personal information:\n\n"
                                   "- No ads, no analytics, no automatic crash reporting, or any other third-party "
                                   "tracking components;\n")
    assert (5, "usage", "not_collect", "first_party") in found
    assert (5, "usage.logs", "not_collect", "first_party") in found
    assert not any(line == 5 and action != "not_collect" for line, _, action, _ in found)


def test_crash_reporting_is_denied_beside_a_denied_usage_term():
    found = markdown_policy_tuples("There are no third-party analytics services, no usage statistics, and no crash "
                                   "reporting.\n")
    assert (3, "usage", "not_collect", "first_party") in found
    assert (3, "usage.logs", "not_collect", "first_party") in found


def test_cookies_of_the_practice_after_a_repeated_no_are_no_practice_noun():
    # "no tracking cookies" names cookies, not the practice of tracking: no usage denied
    found = markdown_policy_tuples("- No ads, no tracking cookies\n")
    assert not any(line == 3 and data_type == "usage" for line, data_type, *_ in found)


def test_a_no_list_without_a_practice_noun_still_gives_nothing():
    found = markdown_policy_tuples("- No ads, no accounts, no servers\n")
    assert not any(line == 3 for line, *_ in found)
