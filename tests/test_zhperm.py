"""Permission statements: items naming an Android permission only by its label and constant take the data the
permission gives access to (mappings/permissions.yaml) with the practice of the list's introduction; consequences of
refusing or revoking a permission state no practice."""

from __future__ import annotations

from conftest import tuples

from policycheck.taxonomy import permission_data_types

STATEMENT = ("权限使用声明\n"
             "为保障核心功能正常运行，本应用会在你主动授权后按需使用下列系统权限：\n"
             "一、基础网络与设备权限\n"
             "1. 网络访问（INTERNET / ACCESS_NETWORK_STATE）\n"
             "是否必需：是。\n"
             "2. 震动（VIBRATE）\n"
             "二、位置权限\n"
             "1. 后台定位（ACCESS_BACKGROUND_LOCATION）\n"
             "2. 电话状态（READ_PHONE_STATE / READ_PHONE_NUMBERS）\n"
             "撤销后果：位置相关功能不可用。\n")


def test_permission_of_several_types_names_its_main_type():
    # the first data type listed, widened to the parent of the siblings listed with it
    types = permission_data_types()
    assert types["READ_PHONE_STATE"] == ("device.id",)
    assert types["ACCESS_BACKGROUND_LOCATION"] == ("location",)
    assert types["READ_EXTERNAL_STORAGE"] == ("storage.files",)
    assert types["ACCESS_FINE_LOCATION"] == ("location.precise",)
    assert "INTERNET" not in types  # reads no data


def test_item_naming_permission_constants_takes_the_introductions_request():
    found = tuples(STATEMENT)
    assert (4, "device.network", "collect", "first_party") in found
    assert (8, "location", "collect", "first_party") in found
    assert {(9, "device.id", "collect", "first_party"), (9, "contact.phone", "collect", "first_party")} <= found


def test_permission_reading_no_data_gives_nothing():
    found = tuples(STATEMENT)
    assert not any(line == 6 for line, *_ in found)
    assert {t for t in found if t[0] == 4} == {(4, "device.network", "collect", "first_party")}


def test_permission_row_under_a_request_introduction():
    found = tuples("本应用仅申请以下 Android 系统权限：\n\n"
                   "| 权限 | 用途 |\n|------|------|\n"
                   "| `READ_EXTERNAL_STORAGE` | 读取您设备上的电子书文件 |\n", fmt="markdown", name="p.md")
    assert (5, "storage.files", "collect", "first_party") in found


def test_permissions_under_a_denied_request_are_not_collected():
    found = tuples("本应用不申请以下权限：\n- 位置（ACCESS_FINE_LOCATION）\n- 通讯录（READ_CONTACTS）\n")
    assert (2, "location.precise", "not_collect", "first_party") in found
    assert (3, "social.contacts", "not_collect", "first_party") in found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_permission_constants_without_a_list_introduction_give_nothing():
    # a heading over the permissions is no request of them: the item's own text says what is done
    found = tuples("四. App获取的权限\n（1）READ_EXTERNAL_STORAGE（读取外置存储器）\n为了提供服务，我们会保存您的偏好。\n")
    assert not any(line == 2 for line, *_ in found)


def test_consequence_of_revoking_states_no_practice():
    found = tuples(STATEMENT)
    assert not any(line == 10 for line, *_ in found)
    # under a heading naming the permissions, the consequence line named data of a feature that will not work
    found = tuples("五、联系人与日历权限\n1. 日历读取（READ_CALENDAR）\n用途：读取日历事件。\n撤销后果：联系人和日历相关功能不可用。\n")
    assert (3, "calendar", "collect", "first_party") in found
    assert not any(line == 4 for line, *_ in found)


def test_inability_after_a_refusal_states_no_practice_but_the_main_clause_does():
    found = tuples("（7）在您同意访问位置权限后，我们可以获取您的位置信息，以便向您推送个性化内容；如您不同意，只会使得您无法与附近玩家"
                   "互动、精准位置移动或接受对应的个性化内容，但不会影响您使用与位置权限无关的其他功能。\n")
    assert {t for t in found if t[1].startswith("location")} == {(1, "location", "collect", "first_party")}


def test_device_local_data_with_an_unsaid_upload_denial_is_not_collected():
    found = tuples("对话记录、模型配置与 API Key 等信息默认存储于本机，不会自动上传。诊断日志写入本机「下载」目录，不会主动外传。\n")
    assert found == {(1, "communication.messages", "not_collect", "first_party"),
                     (1, "account.credentials", "not_collect", "first_party"),
                     (1, "usage.logs", "not_collect", "first_party")}
    # kept on our servers: still stored
    assert (1, "location", "store", "first_party") in tuples("我们会收集您的位置信息并存储在服务器，不会上传至第三方。\n")


def test_list_introduction_keeping_items_on_the_device_and_denying_their_upload():
    found = tuples("以下数据仅存储在您的本地设备上，不会被传输至任何外部服务器：\n- 阅读记录\n- 聊天记录\n")
    assert found == {(2, "usage.history", "not_collect", "first_party"),
                     (3, "communication.messages", "not_collect", "first_party")}
    assert tuples("## 数据收集\n以下数据仅存储在您的本地设备上：\n- 阅读记录\n- 聊天记录\n", fmt="markdown", name="p.md") == set()


def test_table_of_device_local_data_under_a_processing_heading():
    found = tuples("### 3.1 本应用处理的数据\n\n以下数据仅存储在您的本地设备上，不会被传输至任何外部服务器：\n\n"
                   "| 数据类型 | 说明 | 存储位置 |\n|---------|------|---------|\n"
                   "| 书签记录 | 您手动添加的书签 | 应用私有数据库 |\n", fmt="markdown", name="p.md")
    assert found == {(7, "usage.history", "use", "first_party"), (7, "usage.history", "not_collect", "first_party")}
