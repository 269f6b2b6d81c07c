from __future__ import annotations

from conftest import statements_of


def _types(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text, name="policy.md")}


def test_the_observations_and_contributions_a_volunteer_submits_are_content():
    # GUIDELINES: what the user submits to the service (a volunteer's classifications and posts) is user content
    assert "content" in _types("All observations submitted to our database will be shared with researchers.")
    assert "content" in _types("We share your observations with scientists.")
    assert "content" in _types("Contributions you make to the Talk pages are shared with other volunteers.")
    assert "content" not in _types("Your username is associated with any contributions you make.")


def test_events_of_usage_an_analytics_tool_reports_are_usage():
    assert "usage" in _types("We use Firebase Analytics to report events of usage in the app.")
