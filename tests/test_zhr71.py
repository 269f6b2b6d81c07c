"""Chinese notices of desktop tools and browser extensions: the conversation read on a chat or AI site ("读取对话",
"读取…的当前会话") is `collect` `communication.messages`; usage analytics and usage tracking denied as activities the
service does not do or have ("不做使用分析", "没有…usage tracking", the items of "当前扩展没有：") are `not_collect`
`usage`; data kept in the browser's or the extension's local storage is kept on the person's own device, no `store`;
位置 after 本地存储 / 本地数据 is where data is kept, no location; a provider the person chooses or configures after a
longer name ("发送给你选择的 API 提供商") is another party, not the person."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_usage_analytics_and_tracking_denied_as_activities_are_usage_not_collected():
    assert pairs("本扩展不做使用分析、广告追踪或远程代码加载。") == {("usage", "not_collect")}
    assert pairs("LumiFlow 当前没有自有后端、账号系统、analytics、广告 SDK 或 usage tracking。") == {
        ("usage", "not_collect")}
    assert pairs("我们不进行使用分析。") == {("usage", "not_collect")}


def test_analytics_tools_and_services_name_no_data():
    # a tool or service of that kind used is no data (the use verb before it is the service's own); denied, it is the
    # denial of the usage statistics it would make (test_zhdeny2.py)
    assert pairs("我们使用分析工具收集设备信息。") == {("device", "collect")}
    assert pairs("扩展当前没有 usage tracking 服务。") == {("usage", "not_collect")}
    assert not pairs("我们会进行使用分析。")


def test_items_of_an_introduction_of_what_the_service_has_not_are_denied():
    found = markdown_policy_tuples("## 当前不会收集的数据\n\n当前扩展没有：\n\n- usage tracking；\n- 遥测。")
    assert (7, "usage", "not_collect", "first_party") in found
    assert (8, "usage", "not_collect", "first_party") in found
    assert not {t for t in found if t[2] == "collect"}
    # the person's own lack is no denial of ours
    found = markdown_policy_tuples("如果您没有：\n\n- 遥测。")
    assert not {t for t in found if t[2] == "not_collect"}


def test_data_kept_in_the_browsers_local_storage_is_not_stored_by_us():
    assert not pairs("日历偏好、提醒选项及可选的 Nextcloud 连接信息保存在 `chrome.storage.local`，不进入 Chrome 同步。")
    assert not pairs("如果你在 LumiFlow 中保存 API key，它会保存在 Chrome 扩展的本地存储中。")
    assert not pairs("您的聊天记录保存在浏览器的本地存储中。")
    # keeping on the service's servers stays a store
    assert pairs("我们会将您的聊天记录保存在服务器上。") == {("communication.messages", "store")}


def test_local_storage_place_is_no_location():
    assert not markdown_policy_tuples("当前本地存储位置包括：\n\n- ~/Library/Preferences/app.plist")
    assert not pairs("更名不改变 App 文件名、Bundle ID、权限用途或本地数据位置。")
    assert pairs("我们会收集您的位置。") == {("location", "collect")}


def test_provider_the_person_chooses_after_a_longer_name_is_another_party():
    found = {(s[0], s[1]) for s in pairs("对话内容会发送给你选择的 API 提供商。")}
    assert found == {("communication.messages", "share")}
    from conftest import statements_of
    recipients = {s.recipient for s in statements_of("对话内容会发送给你选择的 API 提供商。")}
    assert recipients == {"third_party"}
    # data sent to the person stays no share
    assert not pairs("我们会将验证码发送给你。") - {("account.credentials", "collect")}


def test_conversation_read_on_a_chat_site_is_messages_collected():
    assert pairs("扩展会在 ChatGPT 读取对话与注入上下文。") == {("communication.messages", "collect")}
    assert pairs("LumiFlow 需要读取受支持 AI 平台上的当前会话。") == {("communication.messages", "collect")}
    assert pairs("ChatGPT 和 Claude 会优先读取网页应用当前使用的会话数据。") == {("communication.messages", "collect")}
    # a browser session, its cookie or length is no conversation
    assert ("communication.messages", "collect") not in pairs("扩展会读取浏览器的会话 Cookie。")
    assert not pairs("我们会读取会话时长。")
