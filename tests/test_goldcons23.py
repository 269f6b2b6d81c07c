"""The twenty-third gold consistency pass: a bare check of the user's identity (验证 / 核实你的身份) names no identity
data, and a camera or album named in the run-in label of a permission item counts as its data."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples

IDENTITY = ("identity", "collect", "first_party")


def test_bare_check_of_the_identity_names_no_identity_data():
    # "必要时可能通过实名验证、人脸识别等方式验证你的身份": the means of the check keeps its tuple
    assert IDENTITY not in _tuples("zh-r25-xigua-shipin", 17)
    assert ("biometric.face", "use", "first_party") in _tuples("zh-r25-xigua-shipin", 17)
    # "…进行实名认证，以验证你的身份…需要你提供真实姓名、身份证号码及人脸信息": the data named for the check stay
    tuples = _tuples("zh-r25-xigua-shipin", 36)
    assert IDENTITY not in tuples
    assert {("identity.name", "collect", "first_party"), ("identity.id_number", "collect", "first_party"),
            ("biometric.face", "collect", "first_party")} <= tuples
    # "完成实名认证以验证你的身份" before the verification bodies' use of the named data (share)
    assert IDENTITY not in _tuples("zh-r25-xigua-shipin", 75)
    assert ("identity.id_number", "share", "first_party") in _tuples("zh-r25-xigua-shipin", 75)
    # "人脸核身以核实您的身份…向您收集姓名、身份证件信息、人脸影像信息"
    tuples = _tuples("zh-r25-qq", 11)
    assert IDENTITY not in tuples
    assert {("identity.name", "collect", "first_party"), ("identity.id_number", "collect", "first_party"),
            ("biometric.face", "collect", "first_party")} <= tuples
    # "提供相关身份核实信息…在核实您的身份…后": bare information asked for to verify the identity in a request
    assert _tuples("zh-r10-mcdonalds", 123) == {("usage.logs", "store", "first_party")}
    # "对您的身份、账号安全状态等进行验证": the account's state is no data beside which 身份 would be listed
    assert _tuples("zh-r21-xinyue-club", 67) == set()
    assert _tuples("zh-r21-xinyue-club", 77) == set()


def test_identity_kept_where_the_line_names_data_that_verifies_the_user():
    # "可自支付宝公司处获取您对应支付宝账户的必要认证信息": 认证信息 is identity (GUIDELINES)
    assert IDENTITY in _tuples("zh-r8-quark", 10)
    # "验证你的个人身份、安全状态、设备信息": identity listed beside named data (the GUIDELINES example)
    assert IDENTITY in _tuples("zh-r16-qq-mail", 53)


def test_camera_and_album_in_the_label_of_an_additional_function_are_collected():
    # "(2) 基于摄像头及相册的附加功能：该功能可为您提供扫一扫、扫码点餐等服务。" under "以下附加功能中可能会收集和使用您的个人信息"
    assert {("media.camera", "collect", "first_party"), ("media.photos", "collect", "first_party")} <= _tuples(
        "zh-r14-kfc", 34)
    # as its twin "12.2 基于相机授权的附加功能：您可使用该附加功能完成扫码功能"
    assert ("media.camera", "collect", "first_party") in _tuples("zh-r10-mcdonalds", 43)
