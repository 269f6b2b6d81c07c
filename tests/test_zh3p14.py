"""Chinese third parties' own collection: the data an SDK table row's function cell says the SDK obtains ("访问WI-FI状态、
获取位置"), and usage data named beside other data an SDK collects ("第三方 SDK 可能会收集设备信息和使用数据")."""

from __future__ import annotations

from conftest import statements_of


def found(text: str) -> set[tuple[str, str, str]]:
    """(data_type, action, actor) of a policy."""
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


SDK_TABLE = """第三方SDK目录

SDK名称\t用途\t收集的个人信息类型\t隐私链接
百度定位SDK\t访问WI-FI状态、获取位置\t设备信息（IMEI）\thttps://lbsyun.baidu.com/index.php?title=open/privacy
小米推送SDK\t推送技术服务\t设备信息（IMEI）\thttps://dev.mi.com/console/doc/detail?pId=1822
"""


def line_tuples(text: str, line: int) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text) if s.line == line}


def test_function_items_that_obtain_data_are_the_sdks_collection():
    # the function column's obtaining items name data the SDK takes, beside the data column
    assert line_tuples(SDK_TABLE, 4) == {
        ("device", "collect", "baidu_location"), ("device.id.imei", "collect", "baidu_location"),
        ("device.network", "collect", "baidu_location"), ("location", "collect", "baidu_location")}


def test_a_function_that_obtains_nothing_adds_nothing():
    assert line_tuples(SDK_TABLE, 5) == {("device", "collect", "mipush"), ("device.id.imei", "collect", "mipush")}


def test_a_purpose_item_naming_data_without_obtaining_it_adds_nothing():
    table = ("第三方SDK目录\n\nSDK名称\t使用目的\t收集的个人信息类型\n"
             "百度定位SDK\t为您推荐位置相关的内容\t设备信息（IMEI）\n")
    assert line_tuples(table, 4) == {("device", "collect", "baidu_location"),
                                     ("device.id.imei", "collect", "baidu_location")}


def test_usage_data_beside_device_data_an_sdk_collects():
    assert found("第三方 SDK 可能会收集设备信息和使用数据。") == {
        ("device", "collect", "third_party"), ("usage", "collect", "third_party")}


def test_collecting_and_using_data_names_no_usage_data():
    assert not any(data_type == "usage" for data_type, _, _ in found("合作方会依法收集和使用数据。"))


def test_a_demonstrative_sdk_after_a_catalogued_name_written_with_sdk_after_it():
    # "移动推送TPNS SDK": the catalogued name is "移动推送TPNS", "SDK" written after it still names an SDK the next
    # sentence's 该SDK points back to (it said first_party)
    assert found("我们接入了移动推送TPNS SDK。该SDK会定时在后台拉起应用进程，但该过程不会收集您的任何个人信息。") == {
        ("personal_info", "not_collect", "tpns")}
    assert found("我们接入了移动推送TPNS SDK。该SDK会收集您的设备信息。") == {("device", "collect", "tpns")}


def test_no_sdk_named_before_leaves_us_the_subject():
    assert found("我们接入了TPNS。需要收集您的设备信息。") == {("device", "collect", "first_party")}


SDK_LIST = """第三方SDK列表

SDK名称：小米推送SDK
使用目的：推送消息
数据类型：设备型号、SIM卡运营商名称、当前网络类型（其中当前网络类型、SIM卡运营商名称仅在设备本地读取，不会上传至小米服务器）
SDK名称：云闪付SDK
使用目的：支付
数据类型：采集您的IMEI设备信息，只用于客户端密钥生成，并不传输至后台。
"""


def test_data_not_uploaded_to_the_sdk_makers_servers_is_not_collected_by_the_sdk():
    # GUIDELINES: "当前网络类型、SIM卡运营商名称仅在设备本地读取，不会上传至小米服务器" -> collect and not_collect by the SDK
    assert line_tuples(SDK_LIST, 5) == {
        ("device.hardware", "collect", "mipush"), ("device.network", "collect", "mipush"),
        ("device.network", "not_collect", "mipush")}


def test_data_not_uploaded_to_the_backend_is_not_collected_by_us():
    assert ("device.id.imei", "not_collect", "first_party") in line_tuples(SDK_LIST, 8)


def test_a_user_identifier_glossed_by_a_device_identifier_is_a_device_id():
    # "用户标识符（AndroidID）" names the parent as "设备标识符（IMEI）" does
    assert found("华为SDK会在您打开应用时收集您的用户标识符（AndroidID）、消息记录信息。") == {
        ("device.id", "collect", "huawei"), ("device.id.android_id", "collect", "huawei"),
        ("communication.messages", "collect", "huawei")}


def test_a_bare_user_identifier_at_the_service_is_no_device_id():
    assert not any(data_type == "device.id" for data_type, _, _ in found(
        "我行可能会收集您在微信银行绑定的银行卡号及对应的用户标识、年龄。"))


def test_the_apps_currently_or_recently_running_are_the_device_apps():
    # Android's permission wording ("检索当前运行的应用程序", "获取当前或最近运行的应用")
    assert ("device.apps", "collect", "baidu") in found(
        "我们使用了百度音视频直播 SDK，在进行直播观看时，需要获取完全的网络访问权限及检索当前运行的应用程序。")
    assert ("device.apps", "collect", "first_party") in found("我们会申请允许程序获取当前或最近运行的应用权限用于安全风控。")


def test_an_sdk_accessing_the_persons_data_collects_it():
    # "访问您的" is one word for the person's own right of access; an SDK before it (written in any case) accesses the data
    assert found("友盟SDK访问您的位置信息。") == {("location", "collect", "umeng")}
    # ... also in a clause of its own right after the one naming the SDK we integrate
    assert found("作业帮APP集成了华为终端有限公司的华为Audio Engine SDK，访问您的麦克风（录音）权限，用于录音过程中进行音频的采集。") == {
        ("media.audio", "collect", "third_party")}


def test_the_persons_own_access_stays_no_practice():
    assert found("您可以登录账号，访问您的个人信息。") == set()
