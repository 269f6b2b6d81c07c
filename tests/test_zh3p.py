"""Chinese third parties: recipients and actors of payment, SDK and partner lines."""

from __future__ import annotations

from conftest import statements_of


def _shares(text: str) -> set[tuple[str, str]]:
    return {(s.data_type, s.recipient) for s in statements_of(text) if s.action == "share"}


def test_recipient_list_naming_an_uncatalogued_party_keeps_third_party():
    # GUIDELINES: "…与支付宝/微信公司共享" -> alipay and third_party (bare 微信公司 is no catalogued name)
    found = _shares("我们会将您的订单支付相关信息通过在应用程序中嵌入的支付宝软件工具开发包（SDK）等方式与支付宝/微信公司共享。")
    assert ("financial.transactions", "alipay") in found
    assert ("financial.transactions", "third_party") in found


def test_recipient_list_with_a_generic_party_keeps_third_party():
    found = _shares("我们会将您的订单安全相关设备信息与支付宝公司、网上银行或第三方支付平台共享。")
    assert {("device", "alipay"), ("device", "third_party")} <= found
    found = _shares("我们需要向微信、支付宝、银联提供您的订单号、订单金额、支付时间。")
    assert {("financial.transactions", "alipay"), ("financial.transactions", "third_party")} <= found


def test_recipient_list_of_catalogued_parties_only_adds_no_third_party():
    found = _shares("我们会将您的订单支付相关信息与支付宝、微信支付共享。")
    assert ("financial.transactions", "alipay") in found
    assert ("financial.transactions", "third_party") not in found


def _actors(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_open_list_of_examples_as_the_subject_keeps_third_party():
    # GUIDELINES: one tuple per catalogued example, and keep third_party when the list is open (等)
    found = _actors("为与你使用的终端机型适配消息推送功能，终端设备制造商（华为、小米、OPPO、VIVO等）可能通过SDK等技术使用你的手机型号。")
    assert {("device.hardware", "use", "huawei"), ("device.hardware", "use", "vivo")} <= found
    assert ("device.hardware", "use", "third_party") in found


def test_closed_list_of_examples_as_the_subject_adds_no_third_party():
    found = _actors("为与你使用的终端机型适配消息推送功能，终端设备制造商（华为、小米、OPPO、VIVO）可能通过SDK等技术使用你的手机型号。")
    assert ("device.hardware", "use", "huawei") in found
    assert ("device.hardware", "use", "third_party") not in found


def test_recipient_after_a_demonstrative_is_no_subject():
    # "向该等第三方支付机构同步": 该等 between 向 and the party keeps it the recipient, we stay the actor of the share
    found = {(s.data_type, s.action, s.actor, s.recipient)
             for s in statements_of("为此我们必须向该等第三方支付机构同步你的设备识别信息。")}
    assert found == {("device.id", "share", "first_party", "third_party")}
