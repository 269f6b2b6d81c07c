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
