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
    # zh-r37-mozilla-subscriptions-tw:32, 60 (gold: the location learnt from the address is collected, 得知 as 获知)
    assert _triples("我們會使用 IP 位址得知您的大略位置。") == {
        ("network.ip", "use", "first_party"), ("location.coarse", "collect", "first_party")}


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


def test_a_named_analytics_or_search_provider_as_agent_is_a_third_party():
    # zh-r33-firefox-focus:20: what the default search engine processes is given to it, not used by us
    assert _triples("当您进行搜索时，您的搜索查询、设备信息和位置数据将由您的默认搜索引擎处理，以提供搜索结果。") == {
        ("usage.history", "share", "first_party"), ("device", "share", "first_party"),
        ("location", "share", "first_party")}
    assert _triples("您的设备信息将由分析供应商保存。") == {("device", "store", "third_party")}
    # the search engine named as what the person uses stays no party ("搜索引擎" alone)
    assert _triples("我们会收集您通过搜索引擎访问本网站时使用的关键词。") == _triples(
        "我们会收集您通过浏览器访问本网站时使用的关键词。")


def test_a_latin_name_labelling_a_list_item_is_another_party():
    # zh-r37-mozilla-subscriptions-tw:40, 42: the company a list item of the service's providers opens on receives the
    # data from us (GUIDELINES: a recipient receiving the data is share by first_party)
    text = ("# Mozilla 訂閱服務隱私權聲明\n\n## 第三方服務\n\n"
            "* [HaveIbeenpwned。](https://haveibeenpwned.com/) HaveIbeenpwned 會收到經過雜湊處理的電子郵件地址，以便掃描。\n\n"
            "* [OneRep。](https://onerep.com/) 如果您位於美國，OneRep 便會收到您的姓名、電話號碼以及出生日期。\n")
    found = {(line, d, a, actor) for line, d, a, actor in tuples(text, name="policy.md")}
    assert (5, "contact.email", "share", "first_party") in found
    assert {(7, d, "share", "first_party") for d in ("identity.name", "contact.phone", "identity.birthdate")} <= found
    assert not {t for t in found if t[2] == "collect" and t[3] == "first_party"}
    # a list item labelled with the policy's own product keeps it ours
    own = ("# Firefox Lite 隐私声明\n\n* [Firefox Lite。](https://example.org/) Firefox Lite 会收到您的设备信息。\n")
    assert {(d, a, actor) for _, d, a, actor in tuples(own, name="policy.md")} == {("device", "collect", "first_party")}


def test_cookies_placed_by_another_party_are_its_own():
    # zh-r35-pocket-tw:46: 置入 / 置放 are verbs of placing a cookie, as 放置 and 植入 are
    assert _triples("在您同意之後，Pocket 廣告合作夥伴將會在您的裝置中置入廣告 Cookie，藉此個人化廣告。") == {
        ("usage.cookies", "use", "third_party")}
    assert _triples("我們會在您的裝置中置放 Cookie，以記住您的偏好設定。") == {("usage.cookies", "use", "first_party")}
    # zh-r37-mozilla-websites-tw:39, mozilla-subscriptions-tw:56: 裝置內置放 is 內 + 置放 (placed inside), not 內置 (built in)
    assert _triples("Google Analytics（分析），這項服務會在您的裝置內置放 cookie，以便獲取使用者使用我們網站情形的統計資料。") == {
        ("usage.cookies", "use", "google_analytics")}


def test_data_kept_to_a_minimum_is_no_practice():
    # zh-r37-mozilla-websites-tw:19, 21: a request or an effort to keep data to a minimum names no practice on it
    assert _triples("如果可以的話，我們會嘗試盡量減少公開顯示的聯絡資訊內容。") == set()
    assert ("personal_info", "collect", "first_party") not in _triples(
        "在這些論壇上發言時，請盡量減少您選擇分享的個人資訊，因為您的留言內可能會公開給眾人存取。")
    # the practice of the clause before it stays
    assert _triples("我们会收集您的手机号码，并尽量减少收集其他信息。") == {("contact.phone", "collect", "first_party")}


def test_what_the_own_app_shares_under_a_heading_is_our_collection():
    # zh-r37-firefox-lite-cn:16, 27: a heading on what the policy's own app shares, with no recipient, heads items of
    # what it sends us
    text = ("# Firefox Lite 隐私声明\n\n## 默认情况下，Firefox Lite出于以下目的共享数据：\n\n### 改进性能\n\n"
            "* __交互数据__: Firefox Lite会向我们发送有关您与Firefox Lite互动的数据（访问的网页数量和会话长度）。\n")
    found = {(d, a, actor) for _, d, a, actor in tuples(text, name="policy.md")}
    assert ("usage", "collect", "first_party") in found
    assert not {t for t in found if t[1] == "share"}
    # a heading on sharing with others keeps its share
    shared = ("# Acme 隐私政策\n\n## 我们如何共享您的个人信息\n\n* 设备信息：设备型号、操作系统版本。\n")
    assert ("device.hardware", "share", "first_party") in {
        (d, a, actor) for _, d, a, actor in tuples(shared, name="policy.md")}
