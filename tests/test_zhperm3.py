"""Permission records written one field a line: a Chinese paragraph whose lines each open with a short label and a
colon ("系统权限：…", "权限功能说明：…", "使用场景与目的：…") is read line by line, so that what the function line says
is read on its own line and not onto the permission's label line (GUIDELINES: permissions count as their data)."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples

from policycheck.ingest import parse_policy
from policycheck.ingest.sentences import sentences

PERMISSION_RECORD = """# 系统权限使用清单

## 系统权限使用清单
系统权限：读取手机状态和身份（电话权限）
权限功能说明：提供读取手机设备标识等信息
使用场景与目的：用于完成账号登录、安全保障等主要功能

## 系统权限使用清单
系统权限：录音 android.permission.RECORD_AUDIO
权限功能说明：使用麦克风录制音频
使用场景与目的：用于帮助您完成音视频信息发布
"""


def test_each_labelled_line_of_a_paragraph_is_a_sentence():
    document = parse_policy(PERMISSION_RECORD, "policy.md")
    lines = [s.line for s in sentences(document) if s.kind != "heading"]
    assert lines == [4, 5, 6, 9, 10, 11]


def test_function_line_of_a_permission_record_states_its_data_on_its_own_line():
    found = tuples(PERMISSION_RECORD, name="policy.md")
    assert (4, "device.id", "collect", "first_party") in found
    assert (5, "device.id", "collect", "first_party") in found
    assert (9, "media.audio", "collect", "first_party") in found
    assert any(t[0] == 10 and t[1] == "media.audio" for t in found)
    assert not any(t[0] == 6 for t in found)


def test_line_continuing_a_sentence_is_not_cut():
    # a wrapped line with no label of its own stays in its sentence
    document = parse_policy("# 隐私政策\n\n我们会收集您的手机号码\n用于账号注册。\n", "policy.md")
    texts = [s.text for s in sentences(document) if s.kind != "heading"]
    assert texts == ["我们会收集您的手机号码用于账号注册。"]


def test_photos_the_camera_takes_are_the_camera():
    # GUIDELINES: 相机权限 → media.camera; photos and videos named as what the camera takes are its capability
    found = tuples("（3）在您同意访问相机权限后，您能够上传、拍摄照片/图片/视频、使用“扫一扫”功能。")
    assert found == {(1, "media.camera", "collect", "first_party")}


def test_camera_permission_label_taking_photos_and_videos():
    found = tuples("我们会申请以下系统权限：\n\n系统权限：拍摄照片和视频 android.permission.CAMERA\n", name="policy.md")
    assert not any(t[1] == "media.photos" for t in found)


def test_photos_taken_stay_photos():
    assert tuples("我们会收集您拍摄的照片。") == {(1, "media.camera", "collect", "first_party"),
                                           (1, "media.photos", "collect", "first_party")}


def test_telemetry_is_usage():
    # GUIDELINES: telemetry named as data is usage statistics → usage alone, with the line's action
    assert tuples("我们不收集任何统计数据、行为埋点或遥测数据。") == {(1, "usage", "not_collect", "first_party")}
    assert tuples("应用会上报埋点数据，用于改进产品。") == {(1, "usage", "collect", "first_party")}


def test_items_kept_on_the_device_under_a_denial_of_sending_them_to_a_server():
    # GUIDELINES: device-local data, a denial of uploading it → not_collect by us (发往 sends as 上传至 does)
    found = markdown_policy_tuples("以下数据只保存在你的设备本地，不会发往开发者的服务器：\n\n"
                                   "- **对话记录**：聊天内容，保存在应用私有目录的本地数据库中\n")
    assert found == {(5, "communication.messages", "not_collect", "first_party")}


def test_storage_permission_label_naming_deletion_is_write_access():
    # Android's label of the write permission names deleting as what it allows: storage.files, not a blocking 删除
    found = tuples("4. 如使用【下载】服务，我们为在SD卡中写入存储信息，需要使用到访问、修改/删除SD卡中的内容的权限。")
    assert (1, "storage.files", "collect", "first_party") in found


def test_people_unable_to_do_something_is_no_denial():
    # "不会操作手机输入法的用户": people who cannot use an input method; the permission list is not denied
    found = tuples("麦克风权限，主要目的为方便不会操作手机输入法的用户快捷的输入发布的信息；相机权限，主要目的为拍摄房源图片，用于信息展示。")
    assert (1, "media.camera", "collect", "first_party") in found
    assert not any(t[2] == "not_collect" for t in found)


def test_denial_before_a_verb_stays_a_denial():
    assert tuples("我们不会收集您的通讯录。") == {(1, "social.contacts", "not_collect", "first_party")}


def test_list_items_named_by_api_names_do_not_end_the_permission_list():
    text = ("为保障核心功能正常运行，本应用会在你主动授权后按需使用下列系统权限。\n"
            "九、无障碍与自动化权限\n"
            "1. 无障碍服务（AccessibilityService）\n"
            "用途：跨应用操作。\n"
            "十一、包可见性权限\n"
            "1. 查询所有应用（QUERY_ALL_PACKAGES）\n")
    assert (6, "device.apps", "collect", "first_party") in tuples(text)


def test_folder_the_app_accesses_is_files_its_path_is_none():
    assert (1, "storage.files", "collect", "first_party") in tuples("仅当你主动授权某个文件夹后，我们才会访问该文件夹。")
    assert tuples("我们不会收集文件夹路径。") == set()
