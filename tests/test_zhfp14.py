"""Chinese first-party precision: data terms that only name a feature, a business or a certification the service
offers (办理驾驶证业务, 学历认证、职业认证, 证照美化包含职业形象照, 扫卡路里, 图片分辨率修复, 彩信收发功能, 刷脸 / 声纹 as the
method of a log-in or a withdrawal) state no practice on the data; nor does a sentence that names a receipt of data only
to point to the policy that governs it (GUIDELINES: a pointer to another document)."""

from __future__ import annotations

from conftest import pairs, tuples


def test_a_business_named_after_a_data_term_is_no_data():
    assert pairs("3．办理驾驶证业务过程中，采集业务所需要的相关个人信息。") == {("personal_info", "collect")}
    assert pairs("（2）为有效识别您的真实身份，我们会在您办理用户注册、找回密码或补换领机动车号牌、行驶证、驾驶证和网上学习等业务中，"
                 "采集您的现场面容信息进行身份认证。") == {("biometric.face", "collect")}
    # the document itself, asked for as data, stays, and so do data named before the information or the fees of a
    # business ("业务信息", "业务费")
    assert ("identity.id_number", "collect") in pairs("您需要向我们提供您的驾驶证信息。")
    assert ("media.photos", "collect") in pairs("4．道路交通事故快处过程中，需要采集事故现场照片等相关业务信息。")
    assert ("communication.sms", "collect") in pairs(
        "我们会收集您的服务详单（包括通话费详单、点对点短信和点对点彩信费详单、增值业务费详单）。")


def test_certifications_listed_as_a_service_are_no_data():
    assert pairs("知乎提供认证个人身份信息的服务，目前包括学历认证、职业认证、公众人物认证、站外创作者认证。") == {
        ("identity", "collect")}
    # the person choosing one of them is then asked for that data
    assert ("identity.education", "collect") in pairs("如您选择进行学历认证，您还需要填写您的学历信息。")
    assert ("identity.occupation", "collect") in pairs("如您选择进行职业认证，您还需要提供您的职业信息。")
    # a bank card named as a way of authenticating a company stays out
    assert pairs("但您可以选择上述其他企业认证方式（微信认证、银行卡认证、网关认证）。") == set()


def test_feature_names_made_of_a_data_term_are_no_data():
    assert pairs("（4）证照美化包含职业形象照、换底色、照片修复服务，在您使用上述服务时，我们需要调用您的相机权限。") == {
        ("media.camera", "collect")}
    assert pairs("（5）识图扫码包含万物识别、扫药品、扫卡路里、扫二维码服务，在使用上述服务时，我们需要调用您的相机权限。") == {
        ("media.camera", "collect")}
    assert ("device.hardware", "collect") not in pairs(
        "当您使用AI云处理功能（如画质修复功能、去除水印、图片分辨率修复）时，我们会收集您选择的图片。")
    assert pairs("用途：彩信收发功能。") == set()
    # the data itself stays, and so does a permission over a feature
    assert ("device.hardware", "collect") in pairs("我们会收集您的设备型号、屏幕分辨率。")
    assert ("communication.sms", "collect") in pairs("我们会读取您的彩信。")


def test_biometric_methods_of_a_service_are_no_data():
    assert pairs("其中刷脸验证应用范围包括刷脸登录、刷脸取款、刷脸转账、刷脸支付、刷脸实名认证功能。") == set()
    assert pairs("其中声纹验证应用范围包括声纹登录、声纹取款、声纹转账、声纹支付功能。") == set()
    # the person's voice or face given to us stays
    assert pairs("如您选择声纹登录，需向我行提供您的声纹信息。") == {("biometric.voiceprint", "collect")}


def test_a_receipt_named_only_to_point_to_the_governing_policy_states_none():
    assert tuples("Mozilla（即我们）收到您的信息时，[Mozilla 隐私政策](https://www.mozilla.org/privacy)描述了我们如何处理此类信息。\n",
                  name="policy.md") == set()
    assert tuples("当 Mozilla 收到您的信息时，我们的 [Mozilla 隐私政策](https://www.mozilla.org/privacy/)描述了我们如何处理这些"
                  "信息。\n", name="policy.md") == set()
    assert tuples("如果 Mozilla（就是我們）會收取和您相關資訊，則我們的 [Mozilla 隱私權保護政策](https://www.mozilla.org/privacy/)"
                  "會描述我們處理該等資訊的方式。\n", name="policy.md") == set()
    # a receipt followed by what we do with the data stays
    assert pairs("当我们收到您的信息时，我们会将其存储在服务器上。") == {("personal_info", "collect")}
