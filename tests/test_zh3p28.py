"""Chinese third-party recall: data stored on a named host is entrusted to it, a bare 发送 to a party named after 向
shares with it, a party said to receive (收到) data is sent it, and a service named by a demonstrative that "sees" the
data is shown it."""

from __future__ import annotations

from conftest import statements_of, tuples


def _shares(text: str, action: str = "share") -> set[tuple]:
    return {(s.line, s.data_type, s.recipient) for s in statements_of(text) if s.action == action}


def test_data_stored_on_a_named_host_is_stored_and_shared_with_it():
    text = "IP 位址將以明文形式儲存於部署在 Azure 之網站日誌中。"
    assert (1, "network.ip", "store", "first_party") in tuples(text)
    assert _shares(text) == {(1, "network.ip", "microsoft")}


def test_data_stored_in_our_own_place_or_the_persons_names_no_host():
    assert _shares("您的聊天记录将存储在我们的服务器上。") == set()
    assert _shares("您的聊天记录将存储在您的 Google 账户中。") == set()


def test_a_bare_sending_verb_shares_with_the_party_named_after_xiang():
    assert tuples("我们会向第三方发送您的聊天记录。") == {(1, "communication.messages", "share", "first_party")}
    assert _shares("- 不向开发者或第三方发送安全事件数据。", "not_share") == {(1, "usage.logs", "third_party")}


def test_a_bare_sending_verb_to_the_person_or_between_users_shares_nothing():
    assert _shares("我们会向您的手机号码发送验证码。") == set()
    assert _shares("您可以向其他用户发送私信。") == set()
    assert tuples("我们会在您的设备上发送一个或多个名为Cookies的小数据文件。") == {
        (1, "usage.cookies", "use", "first_party")}


def test_what_a_recipient_receives_is_shared_with_it():
    text = "当您调用其他 API 时，接收方可能收到 API Key、提示词。"
    assert _shares(text) == {(1, "account.credentials", "third_party"), (1, "content", "third_party")}
    assert not any(s[2] == "collect" for s in tuples(text))


def test_a_provider_named_by_a_demonstrative_is_another_party():
    assert _shares("这些提供方可能会收到您的电话号码。") == {(1, "contact.phone", "third_party")}
    # (a provider is named with its prefix only: "提供商品" provides goods)
    assert _shares("我们会向您提供商品，并收集您的电话号码。") == set()


def test_a_service_named_by_a_demonstrative_that_sees_data_is_shown_it():
    assert _shares("这些公共接口会看到当时的出口 IP。") == {(1, "network.ip", "third_party")}
    assert _shares("这些来源会看到 IP 地址和请求时间。") >= {(1, "network.ip", "third_party")}


def test_an_endpoint_the_person_configured_is_the_recipient_of_a_bare_sending_verb():
    text = "它会向配置的 DeepSeek Messages 端点发送 API Key 和原始搜索词。"
    assert _shares(text) == {(1, "account.credentials", "third_party"), (1, "usage.history", "third_party")}
    assert _shares("我们会向您配置的服务发送您的聊天记录。") == {(1, "communication.messages", "third_party")}
