"""Chinese first-party precision: wrong or extra data types read beside a right one on the same line (a term inside a
longer name of something else, a word that names a platform, a certificate or a server, a field holder; data named
only in a purpose phrase as what the person will do; a negation inside a condition or a description of a person)."""

from __future__ import annotations

from conftest import statements_of


def practices(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def types(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text)}


# -- terms: the longer name is read whole, or names no data --------------------------------------------------------

def test_certificate_documents_are_no_stored_files():
    found = types("我行手机银行对公数字钱包模块钱包开立服务收集使用您的人脸、语音、身份证件、单位证明文件信息，用于核实您的身份。")
    assert "storage.files" not in found
    assert {"biometric.face", "identity.id_number"} <= found


def test_server_ip_is_no_ip_address_of_the_person():
    found = practices("为了优化网络访问速度，我们会获取您连接的Wi-Fi及附近的Wi-Fi信息，并进行技术处理，当您的Wi-Fi发生变化时，"
                      "快速切换就近接入的服务器IP，提高网络访问速度。")
    assert ("device.network", "collect", "first_party") in found
    assert not any(t == "network.ip" for t, _, _ in found)


def test_log_of_operations_is_a_log():
    assert practices("我们可能从此类第三方应用的开发者处获取您必要的个人信息，例如设备信息、操作行为日志信息。") >= {
        ("device", "collect", "first_party"), ("usage.logs", "collect", "first_party")}
    assert "usage" not in types("我们会收集您的设备信息、操作行为日志信息。")


def test_record_of_audio_and_video_calls_is_a_call_log():
    assert types("我们会收集您的音视频通话记录。") == {"communication.call_log"}


def test_contact_person_of_a_return_is_no_address_book():
    found = types("当您申请退货时，我们会收集取件地址、联系人姓名、联系电话、联系人地址。")
    assert "social.contacts" not in found
    assert {"identity.name", "contact.phone", "contact.address"} <= found
    # the address book stays
    assert "social.contacts" in types("我们会收集您手机通讯录中的联系人姓名及手机号码。")


def test_social_media_is_no_media():
    found = practices("社交媒体和广告：利用社交媒体 cookie，您可与社交网络连接。")
    assert ("usage.cookies", "use", "first_party") in found
    assert "media" not in {t for t, _, _ in found}


def test_profile_picture_is_the_avatar():
    assert types("您可以選擇提供顯示名稱或個人檔案圖片。") == {"account.profile"}


def test_picture_attachment_is_a_picture():
    assert types("我们会存储您在对话中主动添加的图片附件。") == {"media.photos"}


def test_frequent_places_of_a_map_user_are_locations():
    assert types("当您登录后，我们会收集您输入的通勤、常用地址、行程信息。") == {"location"}
    # a delivery's frequent address stays the postal address
    assert "contact.address" in types("如使用该服务时，需要您提交姓名、手机号码、常用地址，用于寄送商品。")


def test_later_label_of_the_phone_permission_is_the_phone_permission():
    found = types("我们可能申请访问您的设备信息权限（该权限名称可能为“电话”、“读取手机状态和身份”、“读取通话状态和移动网络信息”）。")
    assert "device.id" in found
    assert "device.network" not in found


def test_company_name_is_no_credit_score():
    assert "financial.credit" not in types("当您使用转转合作的第三方金融机构（包括分期乐、芝麻分期）所提供的贷款服务时，"
                                           "我们会收集您的姓名、手机号码。")


# -- purposes: what the person will do, or a verb of aim after 以 -------------------------------------------------

def test_person_acting_in_the_purpose_of_a_permission_gives_no_data():
    found = types("当您开启外置存储读写权限之后，我们也会保存和读取您需要保存和调用的图片、视频，以供您上传或保存班级头像、"
                  "个人头像、学生头像、点评类型配图。")
    assert "media.photos" in found
    assert "account.profile" not in found


def test_person_viewing_their_history_as_a_purpose_gives_no_history():
    assert practices("1.4 当您使用本产品服务时，我们会收集您的日志信息，例如登录日志等，以便您能够在本产品内查看您的使用历史记录。") == {
        ("usage.logs", "collect", "first_party")}


def test_we_after_the_purpose_marker_keep_our_practice():
    # "以便我们基于您的地理位置…": we are the subject of the purpose; the location it is based on is used
    assert ("location", "use", "first_party") in practices(
        "在您使用“同城”服务时，我们会收集您的位置信息，以便我们基于您的地理位置为您展示“同城”用户的微博内容。")


def test_aim_after_yi_is_a_purpose():
    assert practices("如果您通过语音导航使用话费充值功能，我行将读取全部通讯录内容以匹配姓名和手机号。") == {
        ("social.contacts", "collect", "first_party")}
    assert practices("在经您授权同意后，我们仅会收集您的通讯录联系人姓名信息，以提高语音指令的识别成功率。") == {
        ("social.contacts", "collect", "first_party"), ("identity.name", "collect", "first_party")}


# -- negations naming a state -----------------------------------------------------------------------------------

def test_people_described_by_what_they_have_not_bound_is_no_denial():
    found = practices("（5）依据法律法规和监管要求，未绑定银行卡的用户在绑卡升级时，我行需要收集您的银行卡号、支付密码。")
    assert found == {("financial.payment", "collect", "first_party")}


def test_condition_on_a_things_state_is_no_denial():
    found = practices("如果财付通反馈相应的支付账户未完成实名认证，则您应当按照要求进行实名注册，您同意向我们提供您的实名身份信息。")
    assert found == {("identity", "collect", "first_party")}
    assert not any(a == "not_collect" for _, a, _ in practices(
        "当你选择使用手机号登录“汽水音乐”App并使用相关服务时，如你使用的手机号未注册过抖音帐号、我们将为你新创建抖音帐号。"))


def test_the_persons_own_condition_and_our_denial_keep_their_reading():
    assert ("clipboard", "not_collect", "first_party") in practices("如您未选择扫描剪贴板内容，我们不会读取。")
    assert practices("我们未收集您的位置信息。") == {("location", "not_collect", "first_party")}


def test_storage_named_as_the_album_permission_is_the_album():
    assert types("你使用发布图片、音视频功能时，我们会请求你授权摄像头、相册（存储空间）、照片、麦克风权限。") == {
        "media.camera", "media.photos", "media.audio"}
    assert "storage.files" in types("我们会请求您授权存储权限，用于缓存日志。")


def test_payment_account_named_as_whose_verification_is_obtained_is_no_payment_data():
    assert "financial.payment" not in types(
        "您需主动向我们提供身份信息，或授权我们自支付宝公司处获取您对应支付宝账户的上述相关认证信息，用于您身份的核验。")
    assert "financial.payment" in types("我们会收集您的支付宝账户，用于提现。")


def test_features_listed_across_a_comma_before_their_when_clause_give_no_data():
    # "当您使用…等功能时": the features the person uses, also when the list runs over a comma; the memory card accessed is
    # the storage permission, the files on it
    assert practices("1.5 当您使用QQ发消息，拍摄或编辑图片/视频、设置动态头像、分享位置、接收或保存图片/视频/文件等功能时，"
                     "我们会在获得您的明示同意后，访问您的内存卡。") == {("storage.files", "collect", "first_party")}
