"""Chinese third-party recall: data submitted to another party's platform ("提交至公安部…平台") is shared with it, what the
person submits to us stays collected; a bare time listed right after the IP address is the time of the request (a log);
a sending verb names a service the person configured ("发送给配置的模型 provider"); search requests are searches; the DNS
request of the Traditional notices ("傳送 DNS 要求"); a tool that learns how the person interacts with the site ("通过 Google
Analytics 了解您如何与我们的网站互动") collects usage."""

from __future__ import annotations

from conftest import statements_of


def _third(text: str) -> set[tuple]:
    return {(s.line, s.data_type) for s in statements_of(text)
            if s.recipient == "third_party" or s.actor not in ("first_party", None)}


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_data_submitted_to_another_partys_platform_is_shared():
    assert _third("我们会将您的姓名、身份证号码提交至公安部可信身份认证平台进行核验。") == {
        (1, "identity.name"), (1, "identity.id_number")}
    assert _third("我们会将您的姓名提交给认证服务商。") == {(1, "identity.name")}


def test_data_the_person_submits_to_us_stays_collected():
    assert _tuples("您需要将身份证号码提交给我们。") == {("identity.id_number", "collect", "first_party", None)}
    assert _tuples("您提交至平台的照片将公开展示。") >= {("media.photos", "collect", "first_party", None)}


def test_a_time_listed_after_the_ip_address_is_a_log():
    assert _third("这些来源会看到 IP 地址、时间、固定的 Market User-Agent 和请求的目录资源。") == {
        (1, "network.ip"), (1, "usage.logs")}
    assert ("usage.logs", "collect", "first_party", None) in _tuples("我们会记录 HTTP 请求的 IP、时间、User-Agent。")


def test_a_time_not_listed_after_the_ip_address_is_no_log():
    assert "usage.logs" not in {s.data_type for s in statements_of("我们会收集您的IP地址。时间为三天。")}


def test_a_service_the_person_configured_after_a_sending_verb_receives_the_data():
    assert _third("我们会把您的手机号码发送给配置的短信 provider。") == {(1, "contact.phone")}
    assert _third("应用会把 API Key 发送给你选定的后端。") == {(1, "account.credentials")}


def test_search_requests_a_provider_receives_are_searches():
    assert _third("这些提供方可能会收到返回歌词所需的搜索请求。") == {(1, "usage.history")}


def test_a_dns_request_of_the_traditional_notices_is_a_page_visited():
    assert _third("部份使用者的 Firefox 會向解析程式服務傳送 DNS 要求。") == {(1, "usage.history")}


def test_a_tool_learning_how_the_person_interacts_with_the_site_collects_usage():
    text = "我们通过 Google Analytics 了解您如何与我们的网站互动并衡量网站性能。"
    assert ("usage", "collect", "google_analytics", None) in _tuples(text)


def test_learning_how_the_person_uses_the_service_stays_a_purpose():
    assert _tuples("我们通过 Google Analytics 了解您如何使用我们的网站。") == set()
