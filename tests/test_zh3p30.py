"""Chinese third-party recall: a service or its operator named by a Latin name that sees the data ("STUN 服务会看到请求来源
IP", "TURN 运营者可以看到两端 IP") is another party the data reaches; "请求来源 IP" is the address a request comes from."""

from __future__ import annotations

from conftest import statements_of


def _third(text: str) -> set[tuple]:
    return {(s.line, s.data_type) for s in statements_of(text)
            if s.recipient == "third_party" or s.actor not in ("first_party", None)}


def test_a_named_service_that_sees_the_data_is_another_party():
    assert _third("STUN 服务会看到请求来源 IP。") == {(1, "network.ip")}
    assert _third("TURN 运营者可以看到两端 IP。") == {(1, "network.ip")}


def test_the_address_a_request_comes_from_is_no_request_of_ours():
    statements = statements_of("STUN 服务会看到请求来源 IP。")
    assert {(s.data_type, s.action) for s in statements} == {("network.ip", "share")}


def test_our_staff_who_see_the_data_stay_first_party():
    assert _third("我们的工作人员可以看到您的 IP 地址。") == set()


def test_data_said_to_leave_the_device_and_sent_on_is_shared():
    assert _third("对话内容可能离开本机，发送给模型服务商。") == {(1, "communication.messages")}
    assert _third("你的文件内容会离开你的设备，上传到云服务提供商。") == {(1, "storage.files")}


def test_data_that_never_leaves_the_device_is_sent_nowhere():
    assert _third("对话内容不会离开本机，仅在本地处理。") == set()


def test_the_times_of_a_connection_are_a_log():
    assert _third("TURN 运营者可以看到两端 IP、连接时间和流量大小。") >= {(1, "network.ip"), (1, "usage.logs")}


def test_the_query_data_sent_to_a_search_provider_are_searches():
    assert _third("查询数据将发送到您的搜索提供商，该提供商有自己的隐私政策。") == {(1, "usage.history")}


def test_a_request_path_is_the_page_requested():
    statements = statements_of("Cloudflare 会处理到 Peerto Web 和 API 的请求，并可见来源 IP、请求路径和浏览器信息。")
    assert "usage.history" in {s.data_type for s in statements}
    assert "usage.logs" not in {s.data_type for s in statements}
