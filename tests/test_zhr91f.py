"""Round (91) families (Chinese): the items under a bare denial introduction ("扩展**不会**：") are denials, cookies
and tokens the person is asked to upload, authentication credentials and access tokens, a HAR file, a login state
listed after a Latin word, data kept on the person's own device or in their browser, a prominent place on a page, an
order's completion as a time, and the quoted label of a control that disconnects or deletes."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples

DENIAL_LIST = """扩展**不会**：
- 要求用户手动复制或上传 Cookie；
- 要求用户手动复制或上传 Authorization token；
- 要求用户上传 HAR 文件；
- 把认证凭证发送给开发者；
- 把浏览历史发送给开发者；
- 出售、共享或通过用户数据获利；"""


def test_items_under_bare_denial_introduction_are_denied():
    found = markdown_policy_tuples(DENIAL_LIST)
    assert {(4, "usage.cookies", "not_collect", "first_party"),
            (5, "account.credentials", "not_collect", "first_party"),
            (6, "usage.logs", "not_collect", "first_party"),
            (7, "account.credentials", "not_collect", "first_party"),
            (8, "usage.history", "not_collect", "first_party"),
            (9, "personal_info", "not_share", "first_party")} <= found
    assert not any(t[2] in ("collect", "share", "use") for t in found)
    # the person's own inability opens no denial list
    assert (4, "usage.history", "collect", "first_party") in markdown_policy_tuples(
        "如果您不会：\n- 我们会收集您的浏览历史；")


def test_cookies_the_person_uploads_are_collected():
    assert (1, "usage.cookies", "collect", "first_party") in tuples("我们要求用户手动复制或上传 Cookie。\n")
    assert (1, "usage.cookies", "use", "first_party") in tuples("我们会在您的设备上存储Cookie。\n")


def test_login_state_after_latin_word_is_a_listed_noun():
    found = markdown_policy_tuples("## 数据处理\n- 受管理的浏览器 profile、provider 登录状态、配置、job 状态、日志和快照都保留在用户设备上。")
    assert not any(t[1] == "usage.logs" for t in found)


def test_kept_on_persons_device_or_browser_is_no_store():
    assert not any(t[2] == "store" for t in tuples("日志和快照都保留在用户设备上。\n"))
    assert not any(t[2] == "store" for t in tuples(
        "在 native mode 中，浏览器状态和凭据始终保留在用户选择并正在运行的 Google Chrome 或 Brave Browser 中。\n"))
    assert (1, "usage.logs", "store", "first_party") in tuples("我们会将日志保留在我们的服务器上。\n")


def test_prominent_place_and_order_completion_name_no_data():
    assert not any(t[1] == "location" for t in tuples("“什么都不收集”本身就是卖点，值得放在显眼位置。\n"))
    assert not any(t[1].startswith("financial") for t in tuples("你的原始图片在订单完成后 30 日内删除。\n"))


def test_quoted_control_label_names_no_data():
    found = tuples("OAuth token 按 Chrome / Google 的机制保留在 Chrome Identity 缓存中，用户可以通过“断开 Google 相册”清理。\n")
    assert not any(t[1] == "media.photos" for t in found)
