"""Chinese shapes: a partner receiving the person's data, retention periods, display to others."""

from __future__ import annotations

from conftest import statements_of


def _parties(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_a_partner_receiving_the_data_is_our_share_with_it():
    found = _parties("此外，如果您已在应用程序内同意数据收集，我们的合作伙伴 Sentry.io 将接收技术数据，用于错误排查与性能监控。")
    assert ("device", "share", "sentry") in found
    assert not any(action == "collect" for _, action, _ in found)
    found = _parties("Twilio 会接收您的电话号码、您的电话别名，以及您与之通话和收发短信的电话号码。")
    assert ("contact.phone", "share", "twilio") in found
    assert not any(action == "collect" for _, action, _ in found)
    # a generic partner too, while our own receipt stays a collection
    assert ("device", "share", "third_party") in _parties("我们的合作伙伴会收到您的设备信息。")
    assert ("contact.email", "collect", "first_party") in _parties("我们会收到您的电子邮件地址。")


def test_a_retention_clause_with_no_object_keeps_the_data_just_collected():
    found = _parties("在本服务中，您的 IP 地址会作为服务器日志的一部分被临时收集，存储期限为 90 天。")
    assert {("network.ip", "store", "first_party"), ("usage.logs", "store", "first_party")} <= found
    assert ("contact.phone", "store", "first_party") in _parties("我们会收集您的手机号码，保留至您注销账号。")
    assert ("network.ip", "store", "first_party") in _parties("您的 IP 地址会被临时收集，保存 90 天。")
    # a purpose clause is no retention, and a denied collection keeps nothing
    assert ("contact.phone", "store", "first_party") not in _parties("我们会收集您的手机号码，用于登录。")
    assert not any(action == "store" for _, action, _ in _parties("我们不会收集您的手机号码，保存 90 天。"))


def test_what_the_person_posts_shown_to_the_people_it_faces_is_shared():
    text = ("3）您在腾讯游戏产品中自行上传或发布的信息，或您主动对外分享的信息，将面向您选择发布或共享的范围内的用户进行展示。")
    found = _parties(text)
    assert ("content", "share", "third_party") in found
    assert ("content", "collect", "first_party") not in found
    assert ("media.photos", "share", "third_party") in _parties("您上传的照片，将面向您选择的范围内的用户进行展示。")
    # the person's upload named as the object of our collection stays a collection
    assert ("content", "collect", "first_party") in _parties("我们会收集您上传或发布的信息。")


def test_data_made_available_to_the_public_is_shared():
    found = _parties("录音以及任何自愿提供的个人信息数据可能存放在 Common Voice 数据库中，供公众根据知识共享零许可协议 (CC0) 检索并使用。")
    assert {("media.audio", "share", "third_party"), ("media.audio", "store", "first_party")} <= found
    assert ("media.audio", "share", "third_party") not in _parties("我们会收集您的录音，用于改进语音识别。")


def test_an_exception_to_a_deletion_that_keeps_the_data_states_its_retention():
    text = ("在超出保存期限后，我们会对您的个人信息进行删除或者匿名化处理，但国家法律法规、规章、规范性文件或政府的政策、命令等另有要求"
            "或为履行我们的合规义务而保留您的个人信息的除外。")
    assert ("personal_info", "store", "first_party") in _parties(text)
    # the exception to a denial stays no practice of its own
    assert not any(action == "store" for _, action, _ in _parties(
        "我们不会保存您的个人信息，但法律要求保存您的个人信息的除外。"))
