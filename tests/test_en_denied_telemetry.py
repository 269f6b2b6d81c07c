"""English denials whose polarity or practice depends on what the denied verb takes."""

from __future__ import annotations

from conftest import pairs


def test_not_using_telemetry_denies_collecting_usage():
    # telemetry named bare as what the service does not run: its usage statistics are not collected
    assert pairs("We do not use analytics, tracking, or telemetry.") == {("usage", "not_collect")}
    assert pairs("The application itself doesn't use any telemetry or data collection features.") == {
        ("usage", "not_collect")}
    # a denied use for a purpose narrows the use of data the service has: no tuple
    assert pairs("We do not use vault contents, telemetry or browsing activity to decide what to send you.") == set()
