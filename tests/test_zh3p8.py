"""Chinese third-party recall: the vendors a translated notice lists one per item under their own names, the technical
data and feedback of Traditional notices, and the cookies and clear GIFs a named service places."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_a_listed_vendor_named_again_as_subject_receives_what_we_send_it():
    found = markdown_policy_tuples(
        "* [OneRep。](https://onerep.example/) 如果您位於美國，OneRep 便會收到您的姓名、電子郵件地址。\n\n"
        "* [Formstack。](https://formstack.example/) Mozilla Monitor 會運用 Formstack 收集由使用者選擇提供的意見回饋。")
    assert (3, "identity.name", "share", "first_party") in found
    assert (3, "contact.email", "share", "first_party") in found
    assert (3, "identity.name", "collect", "first_party") not in found
    assert (5, "content", "collect", "third_party") in found


def test_a_listed_item_whose_label_is_not_named_again_names_no_party():
    # the label is only a title when the item does not go on about it by name
    found = markdown_policy_tuples("* [Acme。](https://acme.example/) 我們會收到您的電子郵件地址。")
    assert (3, "contact.email", "collect", "first_party") in found
    assert not any(action == "share" for _, _, action, _ in found)


def test_the_technical_data_of_traditional_notices_is_device_data():
    found = markdown_policy_tuples("另外，我們的合作夥伴 Sentry.io 將會收取技術資料，以便追蹤錯誤和效能。")
    assert (3, "device", "collect", "sentry") in found


def test_a_named_service_placing_cookies_uses_them():
    found = markdown_policy_tuples(
        "* Google Analytics（分析），這項服務會在您的裝置內置放 cookie，以便改善網站內容。")
    assert (3, "usage.cookies", "use", "google_analytics") in found
    assert ("usage.cookies", "use") in pairs("我们会在您的设备内置放 Cookie，以便记住您的偏好。")


def test_clear_gifs_are_web_beacons():
    found = markdown_policy_tuples("* DoubleClick 及 Flashtalking，這些都會在我們的下載頁面使用透明 GIF，能幫助我們評估廣告活動的績效。")
    assert (3, "usage.cookies", "use", "google_ad_manager") in found


def test_the_items_of_a_bracket_in_a_shared_object_are_shared():
    # the bracket's own 需要提供 only says which data the object holds, and its ； does not end the sharing clause
    found = pairs("我们会将您的订单支付相关信息（采用银行卡支付的，需要提供姓名、身份证信息；采用话费支付的，需要提供手机号码）"
                  "提供给支付服务的合作商。")
    assert {("identity.name", "share"), ("identity.id_number", "share"), ("contact.phone", "share"),
            ("financial.transactions", "share")} <= found
    assert ("identity.name", "collect") not in found and ("contact.phone", "collect") not in found


def test_a_bracket_not_in_a_shared_object_keeps_its_verbs():
    # no 将 object before the bracket, no sharing verb after it: the bracket's verb still governs
    found = pairs("为完成实名认证（需要提供姓名、身份证号码），我们会收集您的手机号码。")
    assert ("identity.name", "share") not in found
    assert ("contact.phone", "collect") in found


def test_sending_to_a_party_with_dao_is_sharing_as_with_zhi():
    assert ("usage.history", "share") in pairs("搜索查询将发送到您的搜索提供商，该提供商有自己的隐私政策。")
    assert ("device", "share") in pairs("我们会将您的设备信息发送到第三方。")
    # sent to the person's own mailbox: no party takes it
    assert not any(action == "share" for _, action in pairs("我们会将您的订单信息发送到您的邮箱。"))
