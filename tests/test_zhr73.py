"""Chinese notices of an SDK by its maker and of desktop tools: in the SDK's own notice ("# SeelWidget SDK 隐私说明") the
SDK is the service itself, so a heading or label naming it, or naming a bare "SDK", starts no record of another party's
SDK and opens no SDK section; a label or heading that states a practice ("SDK 内部没有调用任何设备标识或传感器 API：")
names no SDK; a list of the data the requests transmit ("数据传输清单") is collected by the service; the iOS APIs named
for the data they return (identifierForVendor, advertisingIdentifier, UIDevice, CoreLocation) are that data; 无 opening a
clause a collection verb ends ("无 `UIDevice` 相关采集") denies it."""

from __future__ import annotations

from conftest import pairs, tuples


def md(text: str) -> set[tuple]:
    return tuples(text + "\n", name="policy.md")


SDK_NOTICE = """# SeelWidget SDK 隐私说明

## 1. 一个前提：SDK 不主动采集任何设备信息

SDK 内部**没有**调用任何设备标识或传感器 API：

- 无 `identifierForVendor` / `advertisingIdentifier`
- 无 `UIDevice` 相关采集
- 无 `CoreLocation`

## 2. 数据传输清单（按接口）

| 请求字段 | 内容 | Apple 数据类型 | 用途 |
|---|---|---|---|
| `customer.email` | 邮箱 | Email Address | App Functionality |
| `device_id` | 设备标识 | Device ID | App Functionality |"""


def test_sdk_notice_by_its_maker_is_the_first_partys():
    found = md(SDK_NOTICE)
    assert (5, "device.id", "not_collect", "first_party") in found
    assert (5, "device.sensors", "not_collect", "first_party") in found
    assert (7, "device.id", "not_collect", "first_party") in found
    assert (7, "device.id.ad_id", "not_collect", "first_party") in found
    assert (8, "device", "not_collect", "first_party") in found
    assert (9, "location", "not_collect", "first_party") in found
    assert (15, "contact.email", "collect", "first_party") in found
    assert (16, "device.id", "collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}
    assert not {t for t in found if t[0] < 10 and t[2] == "collect"}


def test_sdk_list_headings_of_other_parties_stay_theirs():
    # a policy naming no SDK of its own: the SDK a heading names is another party's
    found = md("# 某某App隐私政策\n\n## 第三方SDK清单\n\n### 友盟统计 SDK\n\n收集设备信息，用于统计分析。")
    assert found and all(t[3] != "first_party" for t in found if t[2] == "collect")
    found = md("# 某某App隐私政策\n\n## 1. 一个前提：SDK 不主动采集任何设备信息\n\n本应用会收集您的邮箱。")
    assert (5, "contact.email", "collect", "first_party") in found


def test_transmitted_data_list_heading_is_collection():
    found = md("# 某工具隐私说明\n\n## 数据传输清单\n\n| 字段 | 内容 |\n|---|---|\n| `email` | 邮箱 |")
    assert (7, "contact.email", "collect", "first_party") in found


def test_nominal_denial_opened_by_wu():
    assert pairs("无任何设备信息采集。") == {("device", "not_collect")}
    # 无法 is an inability, 无论 a concession: no denial
    assert not pairs("我们无法收集您的位置信息。")
    assert pairs("无论如何我们都会收集您的位置信息。") == {("location", "collect")}


def test_analytics_telemetry_and_crash_reporting_denied_as_what_the_app_has_not():
    # GUIDELINES: "No analytics, advertising, telemetry, or tracking" -> not_collect usage; crash reports are logs
    from conftest import statements_of
    found = {(s.data_type, s.action, s.actor) for s in statements_of(
        "应用不包含分析统计、广告 SDK、崩溃报告服务、账户系统或网络客户端代码。")}
    assert found == {("usage", "not_collect", "first_party"), ("usage.logs", "not_collect", "first_party")}
    # 应用 opening a denial is the app, not the verb "to apply" (no use of the account)
    assert pairs("应用没有账号、云同步、遥测、广告或内容分析服务。") == {("usage", "not_collect")}
    assert pairs("RightHere 不收集 analytics，不会自动发送诊断信息。") == {
        ("usage", "not_collect"), ("usage.logs", "not_collect")}
    assert pairs("开发者不运营后端，也不使用数据统计或遥测服务。") == {("usage", "not_collect")}


def test_analytics_denial_under_a_third_party_heading_stays_ours():
    found = md("# 某扩展隐私说明\n\n## 第三方服务\n\n扩展当前不使用远程翻译、分析、遥测、账号或广告接口。")
    assert (5, "usage", "not_collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}


def test_statistics_as_a_purpose_or_a_named_tool_is_no_denied_usage():
    assert not pairs("提供数据服务（包括网络广告监测、数据统计、数据分析）的合作伙伴。")
    assert pairs("我们使用 Google Analytics 收集您的使用信息。") == {("usage", "collect")}
    # a crash report sent is the logs; the reporting tool is no data
    assert ("usage.logs", "collect") in pairs("我们会收集您选择发送的崩溃报告。")
    assert not pairs("Mozilla 崩溃报告器会在您同意后运行。")


def test_clipboard_history_and_diagnostic_records_are_their_data():
    assert ("clipboard", "collect") in pairs("我们会读取您的剪贴历史。")
    assert pairs("扩展会收集诊断记录和诊断文本。") == {("usage.logs", "collect")}
