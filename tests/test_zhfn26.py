"""Chinese first-party misses (zhfn26): data terms missing from mappings/terms/zh.yaml — the previews and metadata of
messages, the facial features read for recognition (脸部识别特征), the times of sleep, crash files, application errors
and failures to load resources, the app a copied item came from, a pupil's conduct in class, cash withdrawn from
rewards; a verb right before a relative saying what the data is needed for, with no 为 ("收集提供服务所需的信息：…",
"收集提供服务必须的基础信息：…"), names that purpose, the earlier verb taking the data; 应用 owning data after a word
picking out apps ("其他应用的消息预览") is the app, no verb of use."""

from __future__ import annotations

from conftest import pairs, tuples


def test_message_previews_and_metadata_are_messages():
    found = tuples("开启后，本App会读取您所选应用的通知内容，包括短信以及微信、QQ等即时通讯应用的消息预览。\n"
                   "我们会收集消息元数据，包括消息发送时间、接收状态、已读状态。\n")
    assert any(line == 1 and data_type == "communication.messages" for line, data_type, *_ in found)
    assert (2, "communication.messages", "collect", "first_party") in found


def test_facial_recognition_features_are_face_data():
    assert (1, "biometric.face", "collect", "first_party") in tuples("我们收集脸部识别特征，并传递给第三方验证机构进行验证。\n")


def test_times_of_sleep_are_health_data():
    assert (1, "health", "collect", "first_party") in tuples("我们会记录您的入睡时间、醒来时间。\n")


def test_crash_files_errors_and_failed_loads_are_logs():
    found = tuples("我们会收集本地崩溃文件。\n我们会收集应用程序错误的详细信息。\n我们会收集静态资源加载失败信息。\n")
    assert {(line, "usage.logs", "collect", "first_party") for line in (1, 2, 3)} <= found


def test_the_app_a_copied_item_came_from_is_app_data():
    found = tuples("本应用可能保存受支持的剪贴板内容、来源应用信息和设置。\n")
    assert any(data_type == "device.apps" for _, data_type, *_ in found)


def test_a_pupils_conduct_in_class_is_education_data():
    found = tuples("我们会收集学生的姓名、课堂表现、提交的作业、打卡信息。\n")
    assert (1, "identity.education", "collect", "first_party") in found


def test_cash_withdrawn_from_rewards_is_a_transaction():
    found = tuples("当您使用领取福利功能时，我们会记录红包/金币领取、现金提现和签到情况。\n")
    assert (1, "financial.transactions", "collect", "first_party") in found


def test_a_verb_right_before_a_needed_relative_names_what_the_data_is_needed_for():
    found = tuples("当您使用云服务时，我们会收集提供服务必须的基础信息：你的设备型号、操作系统、登陆 IP 地址、设备标识符等基础信息。\n"
                   "我们会收集提供服务所需的设备型号。\n")
    assert {(1, "device.hardware", "collect", "first_party"), (1, "network.ip", "collect", "first_party"),
            (1, "device.id", "collect", "first_party"), (2, "device.hardware", "collect", "first_party")} <= found


def test_providing_the_service_the_data_is_needed_for_is_no_sharing_of_it():
    found = tuples("我们会收集提供服务所需的设备型号。\n")
    assert not any(action == "share" for _, _, action, _ in found)


def test_other_apps_data_shown_only_on_the_device_is_not_used():
    found = pairs("来电号码、联系人姓名、短信内容及其他应用的消息预览仅在您的穿戴设备上显示，不会上传至我们的服务器。")
    assert ("communication.messages", "not_collect") in found
    assert not any(action == "use" for _, action in found)
