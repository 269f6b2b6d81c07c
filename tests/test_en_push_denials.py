"""English denials of what a push notification carries: not shared with the push service delivering it."""

from __future__ import annotations

from conftest import statements_of


def shares(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.recipient) for s in statements_of(text)}


def test_what_a_notification_leaves_out_is_not_shared_with_the_push_service():
    found = shares("If you allow notifications, the app registers your device with Apple Push Notification service "
                   "or Firebase Cloud Messaging, which receive a device token. Notifications do not contain the "
                   "content of your messages or test results.")
    assert {("communication.messages", "not_share", "apple"), ("communication.messages", "not_share", "fcm"),
            ("health", "not_share", "apple"), ("health", "not_share", "fcm")} <= found
    assert ("communication.messages", "not_collect", None) not in found
    # the text of the notification, in a clause after the one naming the service
    found = shares("Reminders are delivered through Firebase Cloud Messaging; the notification text never includes "
                   "your medicines.")
    assert ("health", "not_share", "fcm") in found


def test_without_a_push_service_a_notification_denial_stays_as_it_was():
    found = shares("Notifications do not contain the content of your messages or test results.")
    assert ("communication.messages", "not_collect", None) in found
    assert not {s for s in found if s[1] == "not_share"}
