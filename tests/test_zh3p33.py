"""Chinese third-party recall: a service named back by a demonstrative or a bare 服务 is the party the sentences before
name, a request named as what logs are of asks for no deletion, and the system's records are its logs."""

from __future__ import annotations

from conftest import tuples


def test_a_demonstrative_service_is_the_service_named_before_it():
    text = ("部份使用者的 Firefox 会向解析程序服务传送 DNS 要求，该服务已同意 Mozilla 的标准。这样做能防止隐私泄漏至当地网络。"
            "该服务在 24 小时内便会删除 DNS 要求的系统记录。")
    assert (1, "usage.logs", "store", "third_party") in tuples(text)
    assert (1, "usage.logs", "store", "first_party") not in tuples(text)


def test_a_bare_service_logs_are_deleted_from_is_the_service_named_before_it():
    text = ("Firefox 会将 DNS 请求路由到已同意 Mozilla 隐私标准的解析器服务。这提供了额外的保护。"
            "DNS 请求的系统日志会在 24 小时内从服务中删除，并且仅用于 DNS 解析目的。")
    assert (1, "usage.logs", "store", "third_party") in tuples(text)
    assert (1, "usage.logs", "store", "first_party") not in tuples(text)


def test_a_demonstrative_service_with_no_other_party_before_it_stays_ours():
    assert tuples("我们提供云同步服务。该服务会在 30 天内删除系统日志。") == {(1, "usage.logs", "store", "first_party")}


def test_a_request_named_as_what_logs_are_of_asks_for_no_deletion():
    assert tuples("DNS 请求的系统日志会在 24 小时内删除。") == {(1, "usage.logs", "store", "first_party")}
    # (a deletion the person asks for states no retention)
    assert tuples("您请求删除后，我们会在 15 天内删除您的系统日志。") == set()

