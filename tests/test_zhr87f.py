"""Round (87) families (Chinese): the page describing itself, the case a deletion is promised for, a leaning not to
share given for an opt-out, page and tab content an extension reads, the app's file directory, data kept on the device
with its collection denied by a demonstrative, collection through third-party services, telemetry lists a notice calls
anonymous and a named analytics tool denied."""

from __future__ import annotations

from conftest import tuples


def test_page_describing_itself_states_no_practice():
    assert tuples("此页面用于告知访客有关该应用收集、使用和披露个人信息的政策。\n") == set()
    # a practice of the app itself stays
    assert (1, "personal_info", "collect", "first_party") in tuples("该应用会收集您的个人信息，用于提供服务。\n")


def test_deletion_case_is_no_sharing():
    found = tuples("我不会有意收集 13 岁以下儿童的个人身份信息。在我发现 13 岁以下的儿童向我提供个人信息的情况下，"
                   "我会立即从我们的服务器上删除此信息。\n")
    assert (1, "identity", "not_collect", "first_party") in found
    assert not any(t[1] == "personal_info" for t in found)


def test_leaning_not_to_share_is_a_control():
    found = tuples("你可以在任何时候选择退出遥测收集，如果你倾向与不分享你的使用信息。\n")
    assert not any(t[2] == "not_collect" for t in found)


def test_page_text_and_tab_content_an_extension_reads():
    assert (1, "content", "collect", "first_party") in tuples("- 主机权限：用于访问网页文本内容以提供罗马拼音标注\n")
    assert (1, "content", "collect", "first_party") in tuples("- activeTab：仅在用户主动使用时访问当前标签页内容\n")
    # the content of a browser's new tab page is the service's own
    assert not any(t[1] == "content" for t in tuples("Mozilla 收集技术和交互数据，例如新标签页内容或广告的位置。\n"))


def test_file_directory_the_app_accesses():
    assert (1, "storage.files", "collect", "first_party") in tuples("应用程序只会访问您的文件目录，用于数据保存。\n")
    # the person's own access in the app stays a right
    assert not any(t[2] == "collect" for t in tuples("您可以在应用程序中访问您的个人信息。\n"))


def test_requested_data_kept_on_device_with_collection_denied():
    found = tuples("我可能会要求您向我们提供某些个人身份信息，包括但不限于用户凭据。我请求的信息将保留在您的设备上，不会以任何方式收集。\n")
    for data_type in ("identity", "account.credentials"):
        assert (1, data_type, "collect", "first_party") in found
        assert (1, data_type, "not_collect", "first_party") in found


def test_collection_through_third_party_services():
    found = tuples("每当您使用我的服务时，如果应用程序出错，我会在您的手机上通过第三方服务收集日志数据。"
                   "此日志数据可能包括诸如设备 IP 地址、设备名称、操作系统版本等。\n")
    for data_type in ("usage.logs", "network.ip", "device", "device.hardware"):
        assert (1, data_type, "collect", "first_party") in found
        assert (1, data_type, "collect", "third_party") in found
    # our own collection with no service named stays ours alone
    found = tuples("我会在您的手机上收集日志数据。此日志数据可能包括设备 IP 地址。\n")
    assert not any(t[3] == "third_party" for t in found)


def test_services_named_by_what_they_may_collect():
    found = tuples("该应用程序使用可能收集用于识别您身份信息的第三方服务。\n")
    assert (1, "identity", "collect", "third_party") in found
    assert (1, "identity", "collect", "first_party") not in found


def test_list_of_telemetry_the_notice_calls_anonymous():
    text = ("## 概述\nContinue 收集并报告 **匿名** 使用信息，来帮助我们提高产品。\n## 我们跟踪什么\n以下使用信息被收集和报告：\n"
            "- **系统信息:** 你的操作系统 (OS) 和集成开发环境 (IDE) 的名称。\n- **页面浏览量:** 一般页面浏览量统计。\n")
    found = tuples(text, name="policy.md")
    assert not any(t[2] == "collect" for t in found)
    # a list of usage information the notice never calls anonymous keeps its collection
    text = "## 我们跟踪什么\n以下使用信息被收集和报告：\n- **系统信息:** 你的操作系统 (OS) 和集成开发环境 (IDE) 的名称。\n"
    assert any(t[1] == "device.hardware" and t[2] == "collect" for t in tuples(text, name="policy.md"))


def test_named_analytics_tool_denied():
    found = tuples("本程序集成了 Firebase 来通过 MLKit 实现部分设备上的功能，但已按照文档关闭了所有到 Google Analytics 的数据上传。\n")
    assert (1, "usage", "not_collect", "first_party") in found
    assert (1, "usage", "not_collect", "google_analytics") in found
    found = tuples("我们不使用 Google Analytics。\n")
    assert (1, "usage", "not_collect", "google_analytics") in found
    # using the tool stays a practice, no denial
    assert not any(t[2] == "not_collect" for t in tuples("我们使用 Google Analytics 分析您的使用情况。\n"))
