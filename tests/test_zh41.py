"""Chinese extraction: provisions at another party's request, permission appendices, word senses."""

from __future__ import annotations

from conftest import pairs, tuples


def test_provision_at_a_guardians_request_is_a_share():
    text = ("2.1我们如何共享您的信息\n通常情况下，除以下情形外，未经您同意，我们不会与任何第三方共享您的个人信息：\n"
            "（2）应您的监护人合法要求而提供您的信息；\n")
    assert (3, "personal_info", "share", "first_party") in tuples(text)
    assert (3, "personal_info", "collect", "first_party") not in tuples(text)
    assert ("personal_info", "share") in pairs(
        "当我们被司法机关强制要求，或者需要应权利人因识别涉嫌侵权行为人的要求而提供您的信息时，我们将善意地披露您的资料。")


def test_numbered_title_naming_indirectly_collected_information_is_no_collection():
    text = "7、我们通过间接方式收集到的您的个人信息：\n基于您选择使用的服务，我们可能从关联方获取您授权共享的相关信息。\n"
    assert not any(line == 1 for line, *_ in tuples(text))


PERMISSION_APPENDIX = """附表一
（一）安卓系统调用的设备权限如下：
Ø读取手机状态
对应业务功能:未成年人防沉迷。
获取权限方式：首次启动APP时向您弹窗申请。
您可否关闭权限：可以。
Ø存储
对应业务功能:保存游戏截图；角色捏脸或上传空间头像；人证合一的人脸识别。
获取权限方式：首次启动APP时或触发人脸识别功能时或访问相册时向您申请。
Ø 相机
对应业务功能:个人空间拍照功能/人证合一的人脸识别；
Ø 麦克风和录音
获取权限方式：进入语音频道聊天室/触发人脸识别功能需要录制视频时申请。
"""


def test_bulleted_permissions_after_field_lines_are_items_of_the_list():
    found = tuples(PERMISSION_APPENDIX)
    assert {(3, "device.id", "collect", "first_party"), (7, "storage.files", "collect", "first_party"),
            (10, "media.camera", "collect", "first_party"), (12, "media.audio", "collect", "first_party")} <= found


def test_feature_and_procedure_fields_of_a_permission_list_state_no_practice():
    found = tuples(PERMISSION_APPENDIX)
    assert not {line for line, *_ in found} & {4, 5, 6, 8, 9, 11, 13}


def test_bullet_symbol_before_chinese_text_is_a_list_marker():
    from policycheck.ingest import parse_policy
    blocks = parse_policy("安卓系统调用的设备权限如下：\nØ读取手机状态\n对应业务功能:游戏运行；\nØ 相机\n", "p.txt").blocks
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "paragraph", "list_item"]


def test_sn_among_device_identifiers_is_the_serial_number():
    assert ("device.id.serial", "collect") in pairs("此SDK会直接收集您的设备标识信息（AndroidID 、SN）、应用列表。")
    assert ("device.id.serial", "collect") in pairs("我们会收集设备标识符（Android ID/SN/IDFA/IMEI）。")
    assert ("device.id.serial", "collect") not in pairs("我们会收集您的SNS账号、IMEI。")


def test_video_information_listed_with_face_images_is_face_data():
    found = pairs("在人脸识别过程中，我们会获取您的人脸图像及视频信息。")
    assert ("biometric.face", "collect") in found and ("media.photos", "collect") not in found


def test_payment_method_after_a_top_up_record_is_part_of_the_order():
    found = pairs("该订单会载明订单号、您应支付的金额、充值记录及支付方式。")
    assert ("financial.transactions", "collect") in found and ("financial.payment", "collect") not in found


def test_basic_personal_data_is_personal_information_as_a_whole():
    found = pairs("我们将获取您在注册或者登录时向我们提供的个人基本资料，包括手机号码及短信验证码。")
    assert ("personal_info", "collect") in found and ("identity", "collect") not in found


def test_the_persons_other_additional_information_is_personal_information():
    assert ("personal_info", "collect") in pairs(
        "您也可以在注册、登录或后续使用过程中，填写或补充您的其他额外信息（例如您的昵称、头像、性别、出生日期）。")


def test_provision_the_law_requires_is_a_share_not_a_collection():
    found = pairs("根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您个人信息的情况下，"
                  "我们可能会依据所要求的个人信息类型和披露方式公开披露您的个人信息。")
    assert found == {("personal_info", "share")}
    # what the law requires the person to give, as a relative clause, stays our collection
    assert ("contact.email", "collect") in pairs("当您创建账户时，我们会收集法律法规要求提供的基础信息：您的电子邮件地址。")


def test_data_the_person_provided_as_the_object_of_their_deletion_is_no_collection():
    assert pairs("您可以自主选择删除观看历史、收藏、订阅等您在使用本服务时提供的和产生的个人信息。") == set()
    assert pairs("您可以删除您在使用本服务时提供的个人信息。") == set()


def test_colon_inside_the_brackets_of_a_data_phrase_makes_no_run_in_label():
    text = "（一）安卓系统调用的设备权限如下：\nØ读取手机状态 （包含：本机手机号码、IMEI、IMSI）\n"
    found = tuples(text)
    assert {(2, "device.id", "collect", "first_party"), (2, "device.id.imei", "collect", "first_party")} <= found


def test_income_and_family_situation_are_named_types():
    found = pairs("我们会收集您的职业、教育程度、收入状况、婚姻、家庭状况。")
    assert {("financial.credit", "collect"), ("identity.marital_status", "collect")} <= found
