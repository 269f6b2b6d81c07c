"""Chinese first-party false positives: words with a data sense and a feature, setting, product or purpose sense
(Wi-Fi as a kind of connection, a bank card as the product or the way of paying, an Apple ID as the login route, a
student number as the login name, the account as what is kept safe, the playing of audio as an activity)."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor)


def _types(text: str) -> set[str]:
    return {data_type for _, data_type, _, _ in tuples(text)}


def test_wifi_as_the_connection_chosen_or_a_setting_is_no_network_data():
    assert "device.network" not in _types("由于iOS端支持用户选择是否使用蜂窝网络或WIFI，而网络权限全部关闭后会无法使用任何联网产品和功能。")
    assert "device.network" not in _types("如果您想关闭播放时的流量提醒，可以在设置-非wifi网络播放提醒中将其关闭。")
    assert "device.network" not in _types("GET_TASKS权限：用于一键登录取号，增加电信在WiFi+4G下网络环境下的取号成功率。")
    assert "device.network" not in _types("我们会收集您的通信详单（宽带上网详单、WLAN流量费详单、查询记录）。")


def test_wifi_state_and_wifi_data_stay_network_data():
    assert "device.network" in _types("当我们监测到您处于WIFI环境下，我们可能为您直接播放视频类内容。")
    assert "device.network" in _types("我们会收集您的WLAN信息。")


def test_student_number_as_login_name_is_a_credential():
    found = _types("单位用户注册需提供个人姓名、登录账号（学号/工号）以便单位进行管理和统计。")
    assert "account.credentials" in found
    assert "identity.education" not in found


def test_bank_card_opened_applied_for_or_activated_is_the_product():
    assert "financial.payment" not in _types("当您使用个人网银办理开立借记卡、开立二、三类电子账户时，我行会收集您的姓名。")
    assert "financial.payment" not in _types("摄像头用于公派留学生专用借记卡激活、信用卡申请确认场景中使用。")
    assert "financial.payment" in _types("我们会收集您的借记卡卡号和信用卡有效期。")


def test_bank_card_as_the_way_of_paying_is_no_card_data():
    found = tuples("您可以通过微信支付、支付宝或银行卡快捷支付完成付款。使用银行卡快捷支付时，您的银行卡号将由持牌支付机构收集并验证。")
    assert not any(data_type == "financial.payment" and actor == "first_party" for _, data_type, _, actor in found)


def test_apple_id_as_the_login_route_is_no_credential():
    found = _types("（3）当您使用Apple ID登录时，我们会获取您Apple ID的电子邮箱地址。")
    assert "contact.email" in found
    assert "account.credentials" not in found
    assert "account.credentials" in _types("您充值得物币时，如您使用苹果手机，则我们将收集您的AppleID。")


def test_account_named_as_what_is_kept_safe_is_no_credential():
    found = _types("我们需要收集您的个人信息来保障您使用我们的产品或服务时的帐号与系统安全，并协助提升我们的产品服务的安全性和可靠性。")
    assert "account.credentials" not in found
    assert "account.credentials" in _types("我们会收集您的手机号码、账号、密码。")


def test_audio_playing_among_activities_is_no_audio():
    found = _types("行为信息包括你使用“汽水音乐”时的音频内容播放、信息发布、互动交流、搜索、点击等活动的对应信息。")
    assert "media.audio" not in found


def test_pictures_named_by_a_format_conversion_are_no_photos():
    found = _types("当您使用格式转换服务时，包括图片转PDF、 Word、Excel、TXT以及PDF转Word、Excel、图片及文本，我们需要调用您设备的存储权限。")
    assert "media.photos" not in found
    assert "storage.files" in found


def test_user_information_appeal_is_a_business():
    found = _types("在注册、更新身份证有效期、用户信息申诉和办理需要面签的业务时，我们将采集您的实人头像照片，连同个人姓名。")
    assert "personal_info" not in found
    assert "identity.name" in found


def test_audio_and_video_playing_offered_is_a_feature():
    found = _types("（3）为了向您提供音视频播放、文档阅读服务，我们需要您授予本地文件的读写/存储权限，并存储您的音视频。")
    assert "media" not in found
    assert "usage.history" in _types("我们还会收集相应的文件名称、音视频播放和文档浏览记录。")


def test_api_key_configured_as_the_condition_of_a_feature_is_no_credential():
    found = _types("- **AI 分析**:在您配置 API Key 后,将字幕、对话与图片发送至您选择的服务商,用于总结、分段与多轮对话。")
    assert "account.credentials" not in found
    assert "media.photos" in found
    assert "account.credentials" in _types("如果你启用外部 AI 服务并填写 API key 或端点，扩展可能会把关键词发送给该服务。")
