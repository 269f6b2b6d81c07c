"""Chinese first-party precision: a service's own communications named beside its products, an approximate location
derived from the IP address, a password the person need not enter again, and a Taiwanese 個人檔案 (a profile)."""

from __future__ import annotations

from conftest import tuples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(d, a, actor) for _, d, a, actor in tuples(text)}


def test_the_services_communications_are_no_message_content():
    # zh-r37-mozilla-websites-tw:33, 35, 38: what the service sends its users, named beside its products and services or
    # as what it tailors
    assert _triples("我們可能會使用 cookie、裝置資訊、IP 位址等資訊加強特定產品、服務及通訊內容的功能。") == {
        ("usage.cookies", "use", "first_party"), ("device", "use", "first_party"), ("network.ip", "use", "first_party")}
    assert _triples("我們會使用 IP 位址，並根據語言及國家自訂通訊內容。") == {("network.ip", "use", "first_party")}
    assert _triples("我们使用 IP 地址，按语言和国家/地区来定制通信内容。") == {("network.ip", "use", "first_party")}
    assert ("communication.messages", "use", "first_party") not in _triples(
        "我們透過彙總資料瞭解使用者對產品、服務、通訊內容、網站、線上活動的使用情形。")
    # the person's communications stay message content
    assert _triples("我们会审核、查阅或分析您的通信内容。") == {("communication.messages", "use", "first_party")}
    assert ("communication.messages", "collect", "first_party") in _triples("我們會收集您的通訊內容。")


def test_an_approximate_location_is_a_coarse_location():
    # zh-r37-mozilla-subscriptions-tw:32, 60
    assert _triples("我們會使用 IP 位址得知您的大略位置。") == {
        ("network.ip", "use", "first_party"), ("location.coarse", "use", "first_party")}


def test_a_password_not_entered_again_is_no_denial():
    # zh-r37-mozilla-websites-tw:34: a convenience of the cookie, as "无需再次输入" already was
    assert _triples("我們會使用 cookie 記憶您的設定資訊，讓您在瀏覽特定網站時無需重新輸入密碼。") == {
        ("usage.cookies", "use", "first_party")}
    assert _triples("我們會使用 cookie 記憶您的設定資訊，讓您在瀏覽特定網站時無需再次輸入密碼。") == {
        ("usage.cookies", "use", "first_party")}
    # a plain denial stays one
    assert _triples("我们不会收集您的密码。") == {("account.credentials", "not_collect", "first_party")}


def test_a_taiwanese_personal_file_is_a_profile():
    # zh-r37-mozilla-websites-tw:19: 個人檔案 read as the profile, not the files on the device (檔案 alone stays files)
    assert _triples("Mozilla 員工將可存取該個人檔案。") == {("account.profile", "collect", "first_party")}
    assert ("storage.files", "collect", "first_party") in _triples("我們會存取您儲存的檔案。")
