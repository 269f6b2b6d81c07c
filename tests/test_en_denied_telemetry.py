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


def test_what_requests_or_notifications_sent_to_us_leave_out_is_not_collected():
    # GUIDELINES: a sentence saying the data sent does not include named data, whatever its carrier
    assert ("contact.email", "not_collect") in pairs("These requests do not include your email address.")
    assert ("network.ip", "not_collect") in pairs("The request headers do not contain your IP address.")
    assert ("communication.messages", "not_collect") in pairs("Notifications do not contain the content of your "
                                                              "messages.")
