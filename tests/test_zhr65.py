"""Chinese denial lists and device-local keeping: an exception in brackets after a denial ("（例外：…）") qualifies that
denial and opens no list of legal exemptions; data kept only on the person's own machine (本机) under a denial that it can
be uploaded is not collected, nor stored, by us (GUIDELINES: device-local data)."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs, tuples


def test_a_bracketed_exception_after_a_denial_keeps_the_denial_and_the_items_after_it():
    found = markdown_policy_tuples(
        "- ❌ 不主动收集或留存您的 IP 地址（**例外**：第 6.2 节所述自建代理的最小必要访问日志可能包含来源 IP，"
        "其用途与留存期限受严格限制）；\n"
        "- ❌ 不收集您的精确地理位置；\n"
        "- ❌ 不读取您的通讯录、短信或剪贴板内容；")
    assert (3, "network.ip", "not_collect", "first_party") in found
    assert {(4, "location.precise", "not_collect", "first_party"), (5, "social.contacts", "not_collect", "first_party"),
            (5, "communication.sms", "not_collect", "first_party"), (5, "clipboard", "not_collect", "first_party")} <= found


def test_a_section_of_legal_exemptions_still_states_no_practice():
    found = tuples("征得授权同意的例外\n以下情形中，我们收集、使用个人信息无需征得您的授权同意：\n"
                   "1、与国家安全、国防安全有关的；\n2、从合法公开披露的信息中收集您的个人信息的，如合法的新闻报道；")
    assert not found
    assert not tuples("例外情形（法律另有规定的除外）：\n1、从合法公开披露的信息中收集您的个人信息的；")


def test_data_kept_only_on_this_machine_that_we_cannot_upload_is_not_collected():
    found = markdown_policy_tuples("- 您的播放列表、收藏、播放历史等数据**仅保存在您本机的浏览器存储或应用数据目录中**，"
                                   "我们无法读取、上传或共享；")
    assert (3, "usage.history", "not_collect", "first_party") in found
    assert not any(action in ("store", "collect") for _, _, action, _ in found)
    assert pairs("您的播放历史仅保存在本机，不会上传。") == {("usage.history", "not_collect")}


def test_an_upload_denial_without_keeping_on_the_device_is_left_as_it_was():
    # no keeping on the device before it: the unsaid-destination denial does not reach the data
    assert ("usage.history", "store") in pairs("我们会在服务器保存您的播放历史，您无法读取、上传或共享。")


def test_keeping_on_the_device_put_before_the_data_is_no_retention_by_us():
    assert not markdown_policy_tuples("- **本地缓存**：您的设备本地临时存储的聊天记录和文件")
    assert not markdown_policy_tuples("- 我们使用本地存储（Local Storage）保存聊天记录和媒体文件")
    # keeping with no place on the device stays a retention by us
    assert ("communication.messages", "store") in pairs("我们会存储您的聊天记录和文件。")
    assert ("communication.messages", "store") in pairs("我们会在服务器上存储您的聊天记录。")


def test_the_places_data_is_kept_in_or_saved_to_are_no_location():
    assert not markdown_policy_tuples("- **数据备份**：定期备份数据并存储在安全位置")
    assert ("location", "store") not in pairs("您的个人信息主要存储在以下位置：")
    assert not any(t == "location" for t, _ in pairs("保存图片时通过系统分享或下载流程由您主动选择目标位置。"))
    # the person's own place stays location data
    assert pairs("我们会收集您的位置信息。") == {("location", "collect")}
    assert ("location", "collect") in pairs("我们会收集您的目标位置和出发地。")


def test_a_device_or_browser_fingerprint_identifies_the_device_not_a_finger():
    # as in English ("device fingerprint", "browser fingerprint" -> device.id)
    assert pairs("我们可能会将您的设备指纹信息共享给手机厂商。") == {("device.id", "share")}
    assert ("device.id", "not_collect") in pairs("我们不收集您的设备型号、浏览器指纹或广告标识符。")
    assert not any(t.startswith("biometric") for t, _ in pairs("我们不收集您的设备型号、浏览器指纹或广告标识符。"))
    # the SDK named after it and the result of a fingerprint check name no data; a fingerprint stays biometric
    assert not pairs("我们使用了设备指纹SDK，用于交易欺诈识别。")
    assert not pairs("该SDK需要获取您的设备指纹验证结果，用于提供指纹登录服务。")
    assert pairs("我们会收集您的指纹信息。") == {("biometric.fingerprint", "collect")}


def test_data_that_never_leaves_the_device_is_not_collected():
    assert markdown_policy_tuples("- **数据本地化**：核心个人数据不离开您的设备；") == {
        (3, "personal_info", "not_collect", "first_party")}
    assert pairs("您的照片不会离开您的手机。") == {("media.photos", "not_collect")}
    # leaving the device in another clause, with a practice of its own, is no denial
    assert pairs("我们会收集您的照片，离开您的设备后加密传输。") == {("media.photos", "collect")}
