"""Chinese first-party precision and recall: list items read as nouns, definitions, vocabulary."""

from __future__ import annotations

from conftest import pairs, tuples


def test_app_before_a_noun_of_its_data_is_no_verb():
    # 应用 in "应用信息", "其他应用相关信息" names the app, not "to apply": a definition's list states no use
    assert pairs("设备信息：包括设备标识符（IMEI、MAC）、应用信息（应用崩溃信息、应用安装列表及其他应用相关信息）、"
                 "设备网络环境信息（IP地址，基站信息）。") == set()


def test_verbs_inside_a_list_item_name_records():
    # "、点击查看记录、", "、关注分享信息、": the item's verbs and its head noun make one noun, no predicate
    assert pairs("日志信息：包括登录日志、交友记录、浏览记录、点击查看记录、搜索查询记录、关注分享信息、发布信息，"
                 "以及IP地址、设备类型、电信运营商。") == set()
    # a real predicate after the items keeps its practice
    assert ("usage.history", "collect") in pairs("我们会记录您的浏览记录。")
    assert ("usage.history", "collect") in pairs("我们会收集并记录您的浏览记录、点击查看记录。")


def test_game_identification_information_is_no_account():
    # "游戏识别信息" beside hardware, app list and crash records identifies the game client, not the person's account
    found = pairs("为保障帐号安全，我们会收集您的游戏识别信息、硬件及操作系统信息、已安装应用列表、进程及游戏崩溃记录信息。")
    assert ("account", "collect") not in found
    assert ("device.hardware", "collect") in found


def test_activities_listed_under_a_purpose_item_name_no_data():
    assert pairs("（1）用于广告相关服务，包括广告展示、广告数据监测/统计；") == set()
    assert pairs("（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计；") == set()
    # a purpose item that names acts on data keeps them
    found = pairs("（4）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息；")
    assert {("device", "collect"), ("usage.logs", "collect")} <= found


def test_person_asking_us_describes_a_log_item():
    # "您请求我行的网页记录": the person's request to us describes the item; the list keeps the log's collection
    found = tuples("我们会自动收集您使用我们服务的详细情况，并作为网络日志进行保存，网络日志包括您使用的语言、"
                   "访问的日期和时间以及您请求我行的网页记录、操作系统、设备MAC地址信息、登录IP信息。")
    assert {(1, "device.hardware", "collect", "first_party"), (1, "device.id.mac", "collect", "first_party"),
            (1, "network.ip", "collect", "first_party")} <= found


def test_log_kept_is_collected_as_well():
    found = tuples("我们会自动收集您使用我们服务的详细情况，并作为网络日志进行保存。")
    assert {(1, "usage.logs", "collect", "first_party"), (1, "usage.logs", "store", "first_party")} <= found


def test_rights_in_personal_information_are_no_data():
    # "侵害您的个人信息权益": the person's rights in the data, no data handled by the processing named before
    assert ("personal_info", "use") not in pairs(
        "如果我们与第三方个人信息处理者共同决定您个人信息的处理目的和处理方式的，将与合作商约定各自的权利和义务，"
        "若侵害您的个人信息权益造成损害的，我们将依法承担连带责任。")


def test_person_after_a_preposition_does_not_end_a_purpose():
    # "以便向您提供…、向您认识的人分享内容/产品的功能": 您 after 向 is no subject of a main clause; the purpose runs on,
    # and the content named in it is a feature, no data
    found = pairs("在您同意访问通讯录权限后，我们可以获取您的通讯录好友信息，以便向您提供好友状态查询、"
                  "邀请您的好友使用网易游戏、向您认识的人分享内容/产品的功能。")
    assert ("social.contacts", "collect") in found
    assert not any(data_type == "content" for data_type, _ in found)


def test_clause_opening_with_achieve_is_a_purpose():
    # "，实现发布信息和评论、…的功能": what the permission lets the person achieve, a purpose naming features, no data
    found = pairs("在您同意访问相机权限后，您能够使用“扫一扫”功能，实现发布信息和评论、视频直播、添加好友的功能。")
    assert not any(data_type == "content" for data_type, _ in found)


def test_a_class_of_a_class_app_is_no_education_data():
    # "创建班级": the class the app manages, not the person's schooling; "班级信息" in a list of school data still counts
    assert not any(t == "identity.education" for t, _ in pairs("当您使用创建班级功能时，我们需要获取您的外置存储读写权限。"))
    assert ("identity.education", "collect") in pairs("您可以自行选择填写用户身份、省份、学科、班级信息。")


def test_we_in_the_persons_means_or_a_relative_clause_is_no_subject():
    # "您通过我们的客服或参加我们举办的活动时所提交的信息": the person submits; 我们 only owns the staff and runs the event
    found = pairs("您通过我们的客服或参加我们举办的活动/问卷调查时所提交的信息，即您的姓名、性别、电话、地址。")
    assert {("identity.name", "collect"), ("contact.phone", "collect"), ("contact.address", "collect")} <= found


def test_photo_holding_the_id_card_shows_the_face():
    found = pairs("在您需要重置密码时，我们还需要您上传您的手持身份证照片信息进行人工的申诉。")
    assert {("identity.id_number", "collect"), ("biometric.face", "collect")} <= found
    assert ("biometric.face", "collect") in pairs("我们会收集您手持身份证件的照片。")


def test_pictures_naming_a_tool_or_feature_are_no_data():
    assert not pairs("提供颇具个性的图片、视频美化工具（滤镜、美妆、美颜等）、修图模板等是醒图的核心功能及服务。")
    assert not any(t == "media.photos" for t, _ in pairs(
        "“百度”移动应用为您提供了基于设备的语音识别功能、图片识别功能，以便给您提供语音搜索服务、图片搜索服务。"))
    # pictures taken stay data
    assert ("media.photos", "collect") in pairs("我们会收集您上传的图片。")


def test_run_of_verbs_goes_on_past_a_manner_phrase():
    found = pairs("我们向您提供服务时会收集、储存或以其他合法方式使用下列与您有关的信息。")
    assert {("personal_info", "collect"), ("personal_info", "store"), ("personal_info", "use")} <= found


def test_editing_profile_fields_is_providing_them():
    # GUIDELINES: filling in or editing profile fields is `collect`, not a control
    found = pairs("当您编辑您的个人主页时，您可以编辑您的昵称、头像、性别、生日和所在地信息。")
    assert {("identity.gender", "collect"), ("identity.birthdate", "collect"), ("location.coarse", "collect")} <= found
    # a right to correct or delete them is no collection
    assert ("identity.gender", "collect") not in pairs("您可以修改、删除您的性别信息。")


def test_attachments_sent_are_content_not_an_appendix():
    assert ("content", "collect") in pairs("我们会收集你发送和收取的邮件内容、附件、往来联系人邮箱地址。")
    assert not pairs("具体内容请详见附件一：《第三方SDK目录》。")
    assert not any(t == "content" for t, _ in pairs("我们会收集您上传的附件简历。"))


def test_introduction_using_permissions_collects_their_data():
    found = tuples("6、以下功能中，您可选择是否授权我行使用您的个人信息或权限：\n"
                   "（1）摄像头（或相机）：用于识别二维码、人脸识别认证、扫一扫。\n")
    assert (2, "media.camera", "collect", "first_party") in found
    assert (2, "media.camera", "use", "first_party") not in found

def test_deletion_after_the_necessary_period_states_retention():
    # GUIDELINES: a retention stated by the purpose (deleted when no longer needed) is `store`, even phrased as deletion
    assert ("personal_info", "store") in pairs(
        "如果你注销帐户、主动删除个人信息或超出必要的期限后，我们将对你的个人信息进行删除或匿名化处理，但以下情况除外：")
    assert ("personal_info", "store") in pairs("我们将在15个工作日内对你的个人信息进行删除或匿名化处理。")
    # a period of something else, a reasonable period or the shutdown of the service states none
    assert not pairs("当您成功申请注销账户后，我们将在您提出申请后的48小时内完成审核，审核通过后，我们将对您的个人信息进行删除或匿名化处理。")
    assert not pairs("如果我们终止服务或运营，我们会至少提前三十日向您通知，并在终止服务或运营后对您的个人信息进行删除或匿名化处理。")
