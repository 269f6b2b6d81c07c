"""The eighteenth gold consistency pass: sibling denials of tools read alike (GUIDELINES: the telemetry paragraph,
"No analytics or tracking libraries", "We do not use third-party analytics services"; "Denials with an exception",
a denial that the service uses a tool to collect data denies it for both alike)."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_a_third_party_tracking_technology_denied_reads_as_its_sibling_line():
    # 27 "We do not use third-party tracking or advertising technologies." as 29 "... or tracking technologies."
    expected = {("usage", "not_collect", "first_party"), ("usage", "not_collect", "third_party")}
    assert expected <= _tuples("en-r63-ultrahope-privacy", 27)
    assert expected <= _tuples("en-r63-ultrahope-privacy", 29)


def test_a_tool_denied_to_collect_named_data_denies_for_the_service_too():
    # "We do not use third party tracking services to collect information about you."
    found = _tuples("en-r7-posthog", 90)
    assert {("personal_info", "not_collect", "first_party"), ("personal_info", "not_collect", "third_party")} <= found
