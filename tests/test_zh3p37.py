"""Chinese third-party precision: a permission label's bracketed sub-permissions over a body naming the data in
words of its own, storage named among the kinds of service partners provide, the data a partner is described as
supplying to us, and "…的共享信息" as the name of the shared information."""

from __future__ import annotations

from conftest import statements_of


def _line(text: str, line: int | None = None) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text) if line is None or s.line == line}


def test_sub_permissions_of_a_label_over_a_body_naming_the_data():
    # zh-r17-yingshi-daquan:52 (GUIDELINES: run-in labels; the sub-permissions are words of the label when its body
    # names the data itself: 设备标识 -> device.id)
    text = ("获取权限原因：\n"
            "1.手机/电话权限（IMEI权限、IMSI权限、MAC地址权限、手机号权限）：获取用户设备标识，通过设备标识来唯一的标识用户")
    found = _line(text, 2)
    assert ("device.id", "collect", "first_party") in found
    assert not {t for t in found if t[0] in ("device.id.imei", "device.id.imsi", "device.id.mac", "contact.phone")}


def test_sub_permissions_the_body_repeats_stay():
    # zh-r17-yingshi-daquan:75: a body repeating the sub-permissions' data leaves the label as it was
    text = ("获取权限原因：\n"
            "1.手机/电话权限（IMEI权限、MAC地址、ANDROID ID权限）：获取用户设备的IMEI权限、MAC地址权限，通过IMEI、MAC地址来唯一的"
            "标识用户")
    found = _line(text, 2)
    assert {("device.id.imei", "collect", "first_party"), ("device.id.mac", "collect", "first_party")} <= found
    # a bare permission label keeps its data
    assert ("location", "collect", "first_party") in _line("获取权限原因：\n2.定位权限：通过获取位置信息，用来精准的视频内容分发", 2)


def test_storage_among_service_kinds_is_no_permission():
    # zh-r53-rongcloud-rtc:50
    text = "我们可能会与其共享您的某些个人信息，以提供更好的客户服务。例如【在线客服、内容审核、存储、短信、反欺诈等】。"
    assert _line(text) == {("personal_info", "share", "first_party")}
    # a run of permissions keeps the storage permission
    assert ("storage.files", "collect", "first_party") in _line("我们会申请获取您的网络、NFC读写、存储、定位、蓝牙、摄像头权限。")


def test_data_a_partner_supplies_to_us_is_collected():
    # zh-r18-cctv-video:37, zh-r53-jx3box-android:34 (gold: `collect` `location` by first_party, no share of it)
    text = ("我们可能将您的个人信息与我们的合作伙伴及第三方服务供应商、承包商及代理（例如代表我们发出电子邮件或推送通知的通讯服务提供商、"
            "为我们提供位置数据的地图服务供应商）分享（他们可能并非位于您所在的法域），用作下列用途：")
    found = _line(text)
    assert ("location", "collect", "first_party") in found
    assert not {t for t in found if t[0] == "location" and t[1] == "share"}
    assert any(t[0] == "personal_info" and t[1] == "share" for t in found)


def test_shared_information_as_a_noun_is_no_share():
    # zh-r53-jx3box-android:21 (gold: `collect` `location`, no share)
    text = ("我们会收集以下信息：\n"
            "您或其他用户提供的包含您所处地理位置的实时信息，例如您提供的账户信息中包含的您所在地区信息,您或其他人上传的显示您当前或"
            "曾经所处地理位置的共享信息，您或其他人共享的照片包含的地理标记信息；")
    found = _line(text, 2)
    assert ("location", "collect", "first_party") in found
    assert not {t for t in found if t[0] == "location" and t[1] == "share"}
    # the verb with its object still shares
    assert ("location", "share", "first_party") in _line("我们会与合作伙伴共享您的地理位置信息。")


def test_user_identifier_an_sdk_obtains_is_the_device_id():
    # zh-r17-yingshi-daquan:67 (the earlier gold reading: 用户标识 there -> device.id, the label's sub-permissions words of
    # the label)
    text = ("获取权限原因：\n"
            "1.手机/电话权限（IMEI权限、IMSI权限、MAC地址权限、手机号权限）：权限用于允许SDK获取用户标识，针对单媒体的用户，允许获取"
            "权限的，投放定向广告")
    assert _line(text, 2) == {("device.id", "collect", "third_party")}  # the SDK obtains it
    # the person's identifier at the service stays no device identifier
    assert not {t for t in _line("我们会保存绑定的银行卡号及对应的用户标识。") if t[0] == "device.id"}
