"""Chinese first-party false positives: what a backup, log or report is said to leave out describes it (no denial of a
collection), what a request to another service leaves out is not sent to it, what disabling cookies does is the
person's control, no use of the cookies (GUIDELINES); where listed data is kept is no location, and keeping logs named
as a feature or a need is no log data."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_what_a_backup_leaves_out_denies_no_collection():
    assert tuples("JSON 备份包含论文文字和图片路径，不包含模型凭据或已下载图片的文件内容。") == set()
    assert not any(s.action == "not_collect" for s in statements_of(
        "U 盘 CDR 备份只包含记录序号、版本和完整性标签等元数据，不包含派生服务密码或助记短语。"))


def test_what_a_log_leaves_out_denies_no_collection():
    found = tuples("扩展在本地保留最多 100 条诊断记录。这些记录可能包含本地目标路径和菜单上下文，但绝不包含文件内容。")
    assert not any(action == "not_collect" for _, _, action, _ in found)


def test_what_a_request_leaves_out_is_not_sent_to_the_other_service():
    found = {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("请求不包含剪贴板内容、历史或文件路径。")}
    assert ("clipboard", "not_share", "first_party", "third_party") in found
    assert not any(action == "not_collect" for _, action, _, _ in found)


def test_what_the_data_we_collect_leaves_out_stays_a_denial():
    assert tuples("我们收集的信息不包含您的通讯录。") == {(1, "social.contacts", "not_collect", "first_party")}
    assert (1, "social.contacts", "not_collect", "first_party") in tuples("我们收集的日志不包含您的通讯录。")


def test_what_disabling_cookies_does_is_no_use_of_them():
    assert tuples("禁用 Cookie 可能影响部分功能的使用") == set()
    assert tuples("清除 Cookie 后可能影响您对部分服务的正常使用。") == set()


def test_the_use_stated_before_the_effect_of_disabling_stays():
    assert tuples("我们在您的设备上保存 Cookie，旨在记住您的语言设置。禁用 Cookie 可能会破坏某些功能。") == {
        (1, "usage.cookies", "use", "first_party")}
    assert (1, "usage.cookies", "use", "first_party") in tuples(
        "我们的某些服务只能通过使用Cookie才可得到实现，如您拒绝使用或删除的，您可能无法正常使用。")


def test_where_the_listed_data_is_kept_is_no_location():
    assert tuples("以下逐项列出本扩展处理的数据、存储位置与是否离开您的设备：") == set()
    assert (1, "location", "store", "first_party") in tuples("我们会保存位置信息。")


def test_keeping_logs_named_as_a_feature_or_need_is_no_log_data():
    assert not any(t[1] == "usage.logs" for t in tuples(
        "同时基于网页文件缓存、下载，日志存储等基础运营需求，我们需要获得您的存储读写权限。"))
    assert not any(t[1] == "usage.logs" for t in tuples(
        "当您使用视频缓存、皮肤包、日志存储、网页离线包时，我们会获取您的设备储存权限。"))
    assert (1, "usage.logs", "store", "first_party") in tuples("我们会收集您的日志信息，并将日志保存在服务器上。")
