"""Chinese first-party false positives beside right outputs: words read as data in a sense they do not have there
(a policy document named after cookies, the age a service judges, the audio it plays, a phone among devices, an OpenID
among device identifiers, a text message as the channel of a check, phone makers as login services), a demonstrative
SDK as the subject of its own collection, and advice not to use data."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor)


def types(text: str, actor: str = "first_party") -> set[str]:
    return {data_type for _, data_type, _, who in tuples(text) if who == actor}


def test_synchronised_data_is_no_step_count():
    found = types("如果您注册了 Mozilla 帐户，我们将根据 Mozilla 帐户隐私声明处理额外的信息，包括帐户详情、联系信息和同步数据，"
                  "以及本声明中列出的数据。")
    assert "health" not in found
    assert "contact" in found


def test_a_cookie_notice_is_no_cookie():
    found = types("当您访问 AMO 网站时，Mozilla 会根据我们的 Mozilla 网站、通信和 Cookie 声明收集有关您使用该网站的技术与交互数据。")
    assert "usage.cookies" not in found
    assert "usage" in found


def test_the_age_a_service_judges_is_no_age_given():
    found = types("我们会基于您提供的出生年月日判断您的年龄，如果您低于18周岁，您将无法注册成为我们的用户。")
    assert found == {"identity.birthdate"}
    # an age the person gives stays
    assert "identity.age" in types("注册时我们会收集您的年龄信息。")


def test_audio_played_is_no_audio_of_the_person():
    found = types("为了您在使用直播功能时的通话体验，我们还需要获取您的访问手机信息权限，以便于您在使用蓝牙耳机接电话时，"
                  "蓝牙耳机不会同时播放直播音频。")
    assert "media.audio" not in found


def test_a_mobile_phone_among_devices_is_no_number():
    found = types("我们会在您的计算机或移动设备上存储名为Cookie 的小数据文件，在您登入网站时存放在您的电脑、移动电话或其他设备内。")
    assert "contact.phone" not in found
    assert "usage.cookies" in found


def test_an_openid_among_device_identifiers_is_a_device_id():
    found = types("我们会收集设备信息，如设备识别信息（设备型号、序列号、IMEI）、Android ID、IDFA、OpenID、GUID等信息。")
    assert "account.credentials" not in found
    assert "device.id" in found
    # the OpenID of a login stays the account's
    assert "account.credentials" in types("当您使用微信账号登录时，我们会获取您微信的昵称、头像和OpenID。")


def test_a_demonstrative_sdk_collects_for_itself():
    found = tuples("我们还会使用某统计公司的SDK进行播放统计，该SDK可能会收集您的手机唯一标识信息（例如IMEI）。")
    assert not any(who == "first_party" for _, _, _, who in found)
    assert (1, "device.id.imei", "collect", "third_party") in found


def test_a_text_message_as_the_channel_of_a_check():
    found = types("在您访问、修改和删除相关信息时，出于安全性和身份识别的考虑，我们可能会要求您通过手机短信或人脸扫描进行身份验证，"
                  "以保障帐号的安全。")
    assert "communication.sms" not in found
    assert "biometric.face" in found


def test_phone_makers_as_login_services():
    found = types("如您授权以第三方账号，包括微博、微信、QQ或各手机品牌用户账号登录使用我们的服务时，我们将获取您授权共享的该第三方"
                  "账号下的相关信息，包括头像、昵称。")
    assert "device.hardware" not in found
    assert "account.profile" in found


def test_advice_not_to_use_a_real_name():
    assert "identity.name" not in types("儿童昵称（建议不要使用儿童的真实姓名）；我们会收集儿童昵称。")


def test_photos_the_camera_is_taking():
    found = types("您在使用拍相机拍摄相应照片或进行录像时，我们会根据您摄像头所拍摄的具体内容为您提供贴纸、特效等效果。")
    assert "media.photos" not in found
    assert "media.camera" in found
