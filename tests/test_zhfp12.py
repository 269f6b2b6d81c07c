"""Chinese first-party precision: data of the wrong type beside other practices (avatars named as features or roles,
accounts that only qualify what is linked to them, the album's storage permission)."""

from __future__ import annotations

from conftest import pairs


def test_avatar_upload_named_as_a_feature_or_an_occasion_gives_no_profile():
    # GUIDELINES: data named only in the name of a feature or in a clause that dates another practice gets no tuple
    assert pairs("如产品或服务涉及到上传头像等功能，我们强烈建议您指导儿童在使用我们产品或服务的过程中不要上传真实的本人肖像照片等信息。") == set()
    assert pairs("当您使用QQ发消息，拍摄或编辑图片/视频、设置动态头像、分享位置、接收或保存图片/视频/文件等功能时，我们会在获得您的"
                 "明示同意后，访问您的内存卡。") >= {("storage.files", "collect")}
    assert ("account.profile", "collect") not in pairs(
        "当您使用QQ发消息，拍摄或编辑图片/视频、设置动态头像、分享位置、接收或保存图片/视频/文件等功能时，我们会在获得您的明示同意后，"
        "访问您的内存卡。")
    assert ("account.profile", "collect") not in pairs(
        "使用场景与目的：允许App读取存储中的图片等内容，主要用于帮助您发布信息，上传头像等图片、在本地记录崩溃日志信息等功能")
    # the avatar the sentence collects, and the avatar the person sets, stay profile data
    assert pairs("当您上传头像时，我们会收集您上传的头像。") == {("account.profile", "collect")}
    assert pairs("您可以设置头像、昵称。") == {("account.profile", "collect")}


def test_avatar_a_picture_is_made_is_the_picture():
    assert pairs("在您选择照片、图像上传为个人头像时，需要调用您设备的存储权限（Android系统）/相册权限（iOS系统）。") == {
        ("media.photos", "collect")}
    assert ("account.profile", "collect") not in pairs("调用目的：玩家拍摄、上传照片作为个人头像；手游模拟器登录")


def test_group_avatar_is_no_profile_of_the_person():
    assert ("account.profile", "collect") not in pairs("我们会收集您的群组信息，包括群组名称、群头像、群公告、群成员列表。")


def test_account_that_only_qualifies_linked_data_names_none():
    assert pairs("为进行实名认证，您同意我们可向财付通核实与您使用的微信帐号关联的微信支付账户的实名认证情况。") == {
        ("financial.payment", "collect")}
    assert pairs("为了进行实名认证，我们需要您同意授权支付宝向我们提供您的支付宝账号所关联的您的地区、性别、昵称和头像信息。") == {
        ("account.profile", "collect"), ("identity.gender", "collect"), ("location.coarse", "collect")}
    assert pairs("为了保障您正常使用APP账号下关联的数字钱包，我们会记录您的APP账号（手机号）关联的数字钱包编号。") == {
        ("financial.payment", "collect")}
    # an account the data is linked to with no 的 after it, and an account collected, keep theirs
    assert pairs("我们会收集您的微信账号，并将您的设备信息与您的百度帐户相关联。") >= {
        ("account.credentials", "collect"), ("account", "use")}


def test_storage_permission_of_the_album_or_camera_is_photos():
    assert pairs("当您使用相机及AR相关服务，基于服务需要我们会申请您设备系统的摄像头权限、相册储存权限，以便为您提供扫码、识花服务。") == {
        ("media.camera", "collect"), ("media.photos", "collect")}
    assert ("storage.files", "collect") not in pairs(
        "在使用上述服务时，为了识别您扫描内容，我们需要调用您的相机存储权限，如您不同意我们调用该权限，您将无法使用该服务。")


def test_comment_naming_a_page_or_an_input_box_is_no_content():
    assert pairs("账号管理：针对任何发布过信息的用户，我们会在您的个人空间页、图文/视频发布页面、评论及其他信息发布页面，展示您的IP地址"
                 "归属省份/直辖市。") == {("location.coarse", "share"), ("network.ip", "use")}
    assert ("content", "collect") not in pairs(
        "我们会在您的个人空间页、评论及其他信息发布页面，展示您的IP地址归属省份。")
    # comments as data keep their content
    assert pairs("我们会收集您发布的评论等信息。") == {("content", "collect")}
    assert pairs("当您发表评论时，我们会收集您的评论及其他信息。") == {("content", "collect")}


def test_video_of_the_face_for_verification_is_face_data():
    # GUIDELINES: a face photo or video given for verification is biometric.face
    assert pairs("为了使您安全、便捷地登录本APP，你可以选择使用我们提供的机主实名人脸识别登录服务，向我们提供您的脸部图像或视频，"
                 "以核验您的身份。") == {("biometric.face", "collect")}
    assert pairs("我们会收集您上传的图片或视频。") == {("media.photos", "collect")}


def test_withdrawal_account_is_a_payment_account():
    assert pairs("如您为主播身份用户，需要进行收益提现，我们需要收集您的提现账号信息、身份证信息、提现记录信息以完成提现工作。") == {
        ("financial.payment", "collect"), ("identity.id_number", "collect"), ("financial.transactions", "collect")}
    assert ("account", "collect") in pairs("我们需要收集您的账号信息、身份证信息。")


def test_account_a_number_is_made_further_on_in_the_clause_is_its_role():
    assert pairs("提示您注意，您提供的手机号码将作为您后续使用Soul App的用户账号并作为登录本产品的用户身份凭证。") == {
        ("contact.phone", "collect")}
    assert ("account.credentials", "collect") in pairs("我们会收集您的用户账号。")


def test_information_called_not_identifying_or_not_private_is_none():
    assert pairs("我们可能将上述信息与来自我们服务所收集的其他非身份信息结合，通过程序算法进行特征与偏好分析。") == set()
    assert ("personal_info", "use") not in pairs(
        "我们可能会收集、使用符合国家或行业团体标准的广告标识信息，该标识基于设备型号、系统配置等非隐私信息生成，用于广告归因分析。")
    assert pairs("我们会收集您的身份信息。") == {("identity", "collect")}


def test_emergency_contact_with_its_details_named_is_annotated_by_them():
    # GUIDELINES: when the line names the emergency contact's data, annotate those only
    assert pairs("与紧急联系人共享：如您在手表上开启“跌倒检测”，您需要设置一位紧急联系人并提供其姓名和手机号码。") == {
        ("contact.phone", "collect"), ("identity.name", "collect")}
    assert pairs("我们会收集您的血型、紧急联系人姓名及电话。") == {
        ("contact.phone", "collect"), ("health", "collect"), ("identity.name", "collect")}
    assert pairs("我们会收集您的紧急联系人信息。") == {("contact", "collect")}


def test_avatar_taken_up_by_a_pronoun_stays_profile():
    assert ("account.profile", "collect") in pairs("当您上传头像时，我们会将其展示在您的个人主页。")
