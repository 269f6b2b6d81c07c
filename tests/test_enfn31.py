"""English first-party misses: the service's own team (staff, employees, team members) said to have or need access
to named data uses it (GUIDELINES: the service's own team … their access or review a `use`), while a safeguard that
only restricts or limits such access states no practice."""

from __future__ import annotations

from conftest import tuples


def test_team_members_having_access_to_data_is_our_use():
    found = tuples("CodeSandbox team members have access to user information only to the extent where it is "
                   "appropriate to their tasks.")
    assert (1, "personal_info", "use", "first_party") in found


def test_only_team_members_having_access_is_still_our_use():
    assert (1, "usage.logs", "use", "first_party") in tuples("Only team members have access to crash reports.")


def test_staff_who_need_access_to_the_data_use_it():
    found = tuples("We encrypt data in transit and at rest, and only staff who need access to player data to do "
                   "their jobs can see it.")
    assert (1, "personal_info", "use", "first_party") in found


def test_restricted_or_limited_staff_access_states_no_practice():
    assert not tuples("We restrict access to personally identifiable information to employees who require access to "
                      "this information.")
    assert not tuples("Employee access to genetic data is logged and reviewed.")


def test_denied_staff_access_stays_a_denial():
    assert (1, "communication.messages", "not_collect", "first_party") in tuples(
        "Our staff do not have access to your messages.")


def test_click_tracking_is_usage():
    found = tuples("We use click tracking to identify the ads that are most helpful to consumers.")
    assert (1, "usage", "use", "first_party") in found
