from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_a_nominal_collection_a_named_tool_is_used_for_is_the_tools_collection():
    # GUIDELINES: a collecting verb with the tool as its agent, the service only using the tool, gives the `collect`
    # to the tool alone; the nominal "for … collection" is that collecting verb
    found = _found("We use **Sentry** for error and diagnostic data collection.")
    assert ("usage.logs", "collect", "sentry", None) in found
    assert ("usage.logs", "collect", "first_party", None) not in found
    found = _found("We use Mixpanel for the collection of usage data.")
    assert ("usage", "collect", "mixpanel", None) in found
    assert ("usage", "collect", "first_party", None) not in found
    # a thing used that is no party leaves the collection ours
    assert ("usage", "collect", "first_party", None) in _found("We use cookies for usage data collection.")


def test_a_denied_named_analytics_tool_is_denied_by_us_and_by_the_tool():
    # GUIDELINES: a denial of having, including or using an analytics tool states `not_collect` `usage` by
    # `first_party`, and by the party the line names as the tool's (a denial of a named tool denies it for both alike)
    found = _found("We do not use Google Analytics or similar services.")
    assert {("usage", "not_collect", "first_party", None),
            ("usage", "not_collect", "google_analytics", None)} <= found
    assert ("usage.logs", "not_collect", "crashlytics", None) in _found("We don't use Crashlytics.")
    # tools given as examples of a denied kind of tool take its data
    found = _found("We do not embed analytics (no Google Analytics, no Sentry, no Mixpanel), do not track you.")
    assert {("usage", "not_collect", party, None) for party in ("google_analytics", "sentry", "mixpanel")} <= found
    assert ("usage.logs", "not_collect", "sentry", None) not in found
    # a denied use of the tool for a purpose, a sharing denial and a tool we use are no denial of the tool
    assert ("usage", "not_collect", "firebase_analytics", None) not in _found(
        "We do not use Firebase Analytics to collect user-created or copied content.")
    assert ("usage", "not_collect", "google_analytics", None) not in _found(
        "We do not share your data with Google Analytics.")
    assert not {f for f in _found("We use Google Analytics.") if f[1] == "not_collect"}
