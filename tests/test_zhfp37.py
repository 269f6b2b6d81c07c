"""Chinese first-party false positives of device, storage and log data: the operating system as a user account, a
handler or the owner of notifications; a backup the person exports and keeps; logs as the form data is kept in; the
phone permission named 电话或手机信息; device settings a result depends on; and a caution that something cannot be
guaranteed or a description of material free of some data. The data named as such keeps its tuple."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def _types(text: str) -> set[str]:
    return {data for _, data, _, _ in tuples(text)}


def test_the_operating_system_as_a_user_account_or_a_handler_is_no_device_data():
    assert "device.hardware" not in _types("受管 YAML 不会加密；以同一操作系统用户运行的工具或模型可以刻意读取它。")
    assert "device.hardware" not in _types(
        "通知由本机操作系统处理，不经过远程推送服务；操作系统的通知历史或跨设备同步取决于您的系统账户设置。")
    assert tuples("我们会收集您的操作系统、设备型号。") == {(1, "device.hardware", "collect", "first_party")}


def test_a_backup_the_person_exports_and_keeps_is_no_file_of_the_device():
    assert markdown_policy_tuples("| 数据 | 说明 | 存储位置 | 是否离机 |\n|---|---|---|---|\n"
                                  "| 备份文件 | 您主动导出的加密备份 | 由您自行保管 | 由您控制 |") == set()


def test_logs_as_the_form_data_is_kept_in_are_no_log_data():
    assert "usage.logs" not in _types("我们将基于此标识符记录您当前身份下的操作信息，即您浏览、收藏等记录，并以日志文件的形式进行保存。")
    assert "usage.logs" in _types("我们会收集您的日志信息，并以加密的形式进行保存。")


def test_the_phone_permission_named_as_phone_or_phone_information_is_device_identifiers():
    types = _types("上述附加功能可能需要您在您的设备中向我们开启您的通讯录、日历、电话或手机信息、广告跟踪，以实现这些功能。")
    assert "device.id" in types and "device" not in types
    assert "device" in _types("我们会收集您的手机信息。")


def test_the_device_settings_a_result_depends_on_are_no_device_data():
    assert tuples("我们会收集您的地理位置信息，具体取决于您的设备设置。") == {(1, "location", "collect", "first_party")}
    assert tuples("我们会收集您的设备设置。") == {(1, "device", "collect", "first_party")}


def test_a_caution_or_material_free_of_data_states_no_practice():
    assert tuples("凭据脱敏只能降低风险，不能保证日志或诊断包不含敏感信息。分享诊断包前，请先检查内容。") == set()
    assert tuples("若需报告安全或隐私问题，请在 Issues 使用不含凭据和私密日志的内容。") == set()
    assert tuples("我们不会收集您的日志。") == {(1, "usage.logs", "not_collect", "first_party")}


def test_the_app_starting_now_or_its_files_is_no_verb_of_use():
    assert tuples("单文件达到 10 MiB 后轮转；应用启动时清理超过 7 天的日志，并将日志目录限制在 200 MiB 以内。") == set()
    assert tuples("卸载程序只移除应用文件，不自动删除这份用户数据，以免意外丢失历史记录。") == set()
    assert tuples("**运行信息**：应用当前正在运行的进程名和PID 。") == set()
    assert tuples("我们会应用您的位置信息为您推荐内容。") == {(1, "location", "use", "first_party")}


def test_what_the_person_types_into_a_search_box_is_a_search():
    assert tuples("我们会收集您在搜索框中输入的内容。") == {(1, "usage.history", "collect", "first_party")}
    assert tuples("我们会收集您输入的内容。") == {(1, "content", "collect", "first_party")}


def test_the_phone_among_device_permissions_after_call_logs_or_qr_codes_is_the_phone_permission():
    types = _types("上述功能可能需要您在您的设备中向我们开启您的日历、通讯录、通话记录、二维码、电话、短信、NFC权限。")
    assert "device.id" in types and "contact.phone" not in types


def test_a_bluetooth_peripheral_or_connecting_one_is_no_network_data():
    assert tuples("用途：蓝牙设备连接（如蓝牙耳机、蓝牙键盘）。") == set()
    assert tuples("当您使用的小程序服务涉及连接蓝牙设备的，我们会收集您手机的蓝牙地址，用于设备连接。") == {
        (1, "device.id.mac", "collect", "first_party")}
    assert tuples("为了您在观看直播时可以使用蓝牙耳机，我们需要获取您本机的蓝牙权限。") == {
        (1, "device.network", "collect", "first_party")}
