"""Chinese permission lines: a data term that opens with the verb reading or writing its data ("读取外部存储",
"读取手机状态") is, where no verb of the sentence governs it (a permission table's description cell), the service's
collection of that data (GUIDELINES: permissions count as their data)."""

from __future__ import annotations

from conftest import tuples

TABLE_HEADER = "APP权限\t权限与获取信息描述\t权限使用目的及业务场景\n"


def test_phone_state_cell_reads_the_device_id():
    found = tuples(TABLE_HEADER + "电话权限/设备权限\t读取手机状态\t读取手机状态，涉及到用户设备的IMEI信息，用于识别用户。")
    assert (2, "device.id", "collect", "first_party") in found


def test_external_storage_cell_reads_the_files():
    found = tuples(TABLE_HEADER + "存储权限（读取）\t读取外部存储\t读取本地图片、视频等文件，用于帮助用户进行图片、视频美化。")
    assert (2, "storage.files", "collect", "first_party") in found
    assert (2, "media.photos", "collect", "first_party") in found


def test_reading_refused_by_the_person_is_no_collection():
    found = tuples("如您拒绝通讯信息（短信）授权，我们将不读取短信内容，系统后台不保存短信内容。")
    assert not any(data_type == "communication.sms" and action == "not_collect" for _, data_type, action, _ in found)


def test_the_permission_named_as_a_subject_is_not_read_from_its_verb():
    found = tuples("读取设备信息和存储权限是本应用实现基础功能所需的必要权限。")
    assert (1, "device.id", "collect", "first_party") not in found


SENSOR_TABLE = ("2. 共享\n"
                "我们不会向其他个人信息处理者提供您通过 Acme App 发布的信息。\n"
                "传感器类型\t中文名\t应用场景\t接收方\n"
                "TYPE_PRESSURE\t气压传感器\t户外跑步、行走、骑行时使用，根据大气压获取海拔信息\t{recipient}\n"
                "TYPE_GYROSCOPE\t陀螺仪\t户外跑步时使用，计算户外运动速度\t{recipient}\n")


def test_recipient_column_naming_the_app_is_its_own_access():
    found = tuples(SENSOR_TABLE.format(recipient="Acme"))
    assert (4, "device.sensors", "collect", "first_party") in found
    assert not any(action == "share" for _, _, action, _ in found)


def test_recipient_column_naming_another_party_stays_a_share():
    found = tuples(SENSOR_TABLE.format(recipient="某合作方"))
    assert (4, "device.sensors", "collect", "first_party") not in found


def test_purpose_opened_by_mudi_wei_is_no_data():
    # "主要目的为…" opens a purpose as "目的是" does: the photos taken in it are what the camera is for
    found = tuples("我们会申请相机权限，主要目的为拍摄房源图片，用于信息展示。")
    assert (1, "media.camera", "collect", "first_party") in found
    assert not any(data_type == "media.photos" for _, data_type, _, _ in found)


def test_permissions_off_by_default_are_taken_by_the_later_request():
    found = tuples("位置、相机、相册（存储）、麦克风、日历等系统权限并不会默认开启，只有在您触发相关业务功能时，我们才会向您申请相关权限"
                   "并获取相应信息（如涉及）。")
    for data_type in ("location", "media.camera", "media.photos", "media.audio", "calendar"):
        assert (1, data_type, "collect", "first_party") in found


def test_permissions_off_by_default_alone_state_nothing():
    assert tuples("位置、相机等系统权限并不会默认开启。") == set()
