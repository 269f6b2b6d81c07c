"""English third-party shapes: configured tools, processors' own handling, parties the browser reaches."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, name="policy.md")}


def test_a_tool_configured_not_to_collect_is_the_one_denying():
    found = _found("# Acme privacy\n\nAcme is a website. We configured Plausible to not collect IP addresses.")
    assert ("network.ip", "not_collect", "plausible", None) in found
    assert ("network.ip", "not_collect", "first_party", None) not in found
    found = _found("# Acme privacy\n\nAcme is a website. We use Sentry for crash reports. We have configured it to "
                   "avoid collecting personally identifiable information.")
    assert ("personal_info", "not_collect", "sentry", None) in found
    assert ("personal_info", "not_collect", "first_party", None) not in found
