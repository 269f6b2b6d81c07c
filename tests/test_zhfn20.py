"""Chinese recall: an upload denial in a later sentence of the line carried back to the data kept on the device, terms
for credentials, what is playing and video subtitles, and the date and time of a shared photo."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_bare_upload_denial_in_a_later_sentence_denies_the_data_kept_on_the_device():
    # zh-r42-resumefiller:6
    found = _found("**摘要：** 简历数据由您自行录入，仅保存在本机浏览器本地存储中。本扩展**不联网上传**、不采集遥测、不出售数据。")
    assert {("identity.education", "not_collect", "first_party"),
            ("identity.occupation", "not_collect", "first_party")} <= found
    # a denial naming data of its own denies only that data
    assert ("usage.history", "not_collect", "first_party") not in _found(
        "您的浏览记录仅保存在本地。我们不会上传您的照片。")
    # data not kept on the device, or a denial whose subject is another thing, is not denied
    assert ("contact.phone", "not_collect", "first_party") not in _found("我们收集您的手机号码。本应用不会上传。")
    assert ("contact.phone", "not_collect", "first_party") not in _found("我们收集您的手机号码。该应用不会上传至服务器。")


def test_demonstrative_upload_denial_in_a_later_sentence_denies_the_data_named_before():
    # zh-r38-cloudleaf:14
    found = _found("我们存储您的 GitHub Token 或 WebDAV 凭据（用户名/密码）以在您选择的云提供商处进行身份验证。"
                   "这些凭据安全地存储在您的浏览器本地存储中，绝不会发送到我们的服务器。")
    assert ("account.credentials", "not_collect", "first_party") in found
    # on another line the demonstrative names nothing (GUIDELINES: an upload denial on a line of its own)
    found = _found("我们存储您的密码以进行身份验证。\n这些凭据安全地存储在您的浏览器本地存储中，绝不会发送到我们的服务器。")
    assert ("account.credentials", "not_collect", "first_party") not in found


def test_terms_for_credentials_playback_and_subtitles():
    # zh-r39-proxy-switch-protect:15
    assert ("account.credentials", "not_collect", "first_party") in _found("- 不把记事本、代理凭据或访问记录发送给开发者。")
    # zh-r43-bilimuzhi:30
    assert _found("- **同步与跳转**:播放器时间仅在本机用于时间轴同步与跳转,不离机。") == {
        ("usage", "use", "first_party"), ("usage", "not_collect", "first_party")}
    # zh-r41-airlyrics:20
    assert ("usage", "collect", "first_party") in _found("| 通知访问权限 | 从本机通知 / 媒体会话中检测当前播放媒体信息 |")
    # zh-r39-bilibili-subtitle-vocab:7 (GUIDELINES: subtitles read from the site → content)
    assert ("content", "collect", "first_party") in _found("扩展读取视频字幕、页面上下文和扩展设置，只用于提供词汇替换。")


def test_the_date_and_time_of_a_shared_photo_are_its_metadata_log():
    # zh-r18-cctv-video:17, zh-r7-wechat:10 (GUIDELINES: the date and time an item was taken or shared → usage.logs)
    found = _found("• 您通过我们的服务分享的内容所包含的信息（元数据），例如拍摄或上传的共享照片或录像的日期、时间或地点等。")
    assert found == {("usage.logs", "collect", "first_party"), ("location", "collect", "first_party")}
    # the place alone: the photo owns it, no log
    assert _found("我们会收集共享的照片包含的地理标记信息。") == {("location", "collect", "first_party")}
