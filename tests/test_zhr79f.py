"""Chinese wording of open-source tools' notices (round 79): a heading that sends its items to a party ("## 发送给
Provider") shares them, one that excludes them ("## 默认排除") denies their collection, one of keeping on the device
("## 本地保存") keeps nothing of ours; mnemonic phrases, master keys and credentials, browsing data, security event data,
a page's source address, the text the person selects, chat history and page content are data terms; a Mac the program
runs on is no MAC address and a chat area's colour no message; users' behaviour statistics in a denied list of analytics
are denied; data kept on this machine (本机) or in the browser's IndexedDB is device-local; the person only opens the
occasion of a reading "只有用户…时才读取…"."""

from __future__ import annotations

from conftest import pairs, tuples


def test_items_under_a_sending_heading_are_shared():
    text = "# P\n\n## 发送给 Provider\n\n- 用户主动选择的文本。\n- 去除 query 的来源 URL。\n"
    found = tuples(text, name="policy.md")
    assert (5, "content", "share", "first_party") in found
    assert (6, "usage.history", "share", "first_party") in found
    # a heading of what is sent to the person names no sharing
    assert not {t for t in tuples("# P\n\n## 发送给您的通知\n\n- 用户主动选择的文本。\n", name="policy.md")
                if t[2] == "share"}


def test_items_under_an_exclusion_heading_are_denied():
    text = "# P\n\n## 默认排除\n\n密码字段、整页浏览记录、其它对话历史。\n"
    found = tuples(text, name="policy.md")
    assert {(5, "account.credentials", "not_collect", "first_party"),
            (5, "usage.history", "not_collect", "first_party"),
            (5, "communication.messages", "not_collect", "first_party")} <= found


def test_items_under_a_local_keeping_heading_are_kept_by_no_one():
    text = "# P\n\n## 本地保存\n\n- Provider 配置与 API Key。\n"
    assert not tuples(text, name="policy.md")
    # a keeping heading of ours keeps its items
    assert (5, "account.credentials", "store", "first_party") in tuples(
        "# P\n\n## 数据存储\n\n- Provider 配置与 API Key。\n", name="policy.md")


def test_secrets_browsing_and_event_data_are_data_terms():
    text = "# P\n\nKeyLessPass 不收集、上传、出售或分享：\n\n- 助记短语；\n- 主密钥。\n"
    found = tuples(text, name="policy.md")
    assert (5, "account.credentials", "not_collect", "first_party") in found
    assert (6, "account.credentials", "not_share", "first_party") in found
    assert pairs("不上传文件内容、凭据、浏览数据或个人信息。") >= {
        ("account.credentials", "not_collect"), ("usage.history", "not_collect")}
    assert ("usage.logs", "collect") in pairs("我们会收集安全事件数据。")
    assert ("usage.history", "collect") in pairs("我们会收集文章的来源地址。")


def test_a_mac_the_program_runs_on_is_no_mac_address():
    assert pairs("AppSentinel 在用户的 Mac 本机处理 Endpoint Security 事件。") == set()
    assert pairs("- 日志保留在本机并由 Mac 所有者控制。") == set()
    # the address stays, also written Mac
    assert ("device.id.mac", "collect") in pairs("我们会获取设备的MAC、BSSID。")
    assert ("device.id.mac", "collect") in pairs("我们会在后台状态下获取您的Mac字段。")


def test_a_chat_area_setting_is_no_message():
    assert pairs("扩展仅保存以下设置：自定义对话内容区域背景色。") == set()
    assert ("communication.messages", "collect") in pairs("我们会收集您的对话内容。")


def test_users_behaviour_statistics_in_a_denied_list():
    assert ("usage", "not_collect") in pairs("ChatShade 不使用用户行为统计、遥测、Cookie、远程脚本或网络请求。")
    assert pairs("您不得擅自录音。") == set()


def test_data_kept_on_this_machine_or_in_indexeddb_is_device_local():
    assert not {p for p in pairs("日志保留在本机。") if p[1] == "store"}
    assert not {p for p in pairs("Post 快照和已下载图片保存在插件本地 IndexedDB。") if p[1] == "store"}
    assert ("usage.logs", "store") in pairs("日志保留在我们的服务器上。")


def test_a_reading_the_person_only_occasions_is_ours():
    assert ("clipboard", "collect") in pairs("只有用户运行剪贴板命令时才读取剪贴板。")


def test_bare_advice_not_to_attach_data_is_no_practice():
    assert pairs("提交支持请求时，不要附带真实 U 盘因子包、本机因子包、助记短语或派生密码。") == set()
    assert ("identity.id_number", "not_collect") in pairs("我们不要求您提交身份证号码。")


def test_device_analytics_data_is_usage():
    text = "# P\n\nKeyLessPass 不收集、上传、出售或分享：\n\n- 设备分析数据。\n"
    assert (5, "usage", "not_collect", "first_party") in tuples(text, name="policy.md")
    assert pairs("我们可能会向合作方提供您的个人信息，以便打击作弊，或处理、分析数据等。") == {("personal_info", "share")}


def test_the_length_of_the_selected_text_is_no_text():
    assert ("content", "collect") not in pairs("我们会收集此功能的交互数据，例如所选文本的长度。")
