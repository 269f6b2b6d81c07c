"""Chinese third-party precision: the ways of positioning spelled out in parentheses after a precise location
("精确位置信息（包括网络/GPS定位与wifi定位信息）") are that location, not the general location beside it."""

from __future__ import annotations

from conftest import pairs, statements_of


def _line(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_positioning_ways_of_a_precise_location_are_that_location():
    # zh-r12-xuexitong:33 (an SDK's collection)
    text = ("（9）.支付宝支付SDK 获取软件安装应用列表，常用设备信息，精确位置信息（包括网络/GPS定位与wifi定位信息），"
            "用于账号安全环境监测，以及在学习通app内提供钱包充值功能。")
    assert _line(text) == {("device.apps", "collect", "alipay"), ("device", "collect", "alipay"),
                           ("location.precise", "collect", "alipay")}
    assert pairs("我们获取精确位置信息（包括网络/GPS定位与wifi定位信息）。") == {("location.precise", "collect")}


def test_general_location_and_aliases_keep_location():
    # network positioning named on its own or as the example of the location as a whole stays location
    assert pairs("我们获取您的位置信息（如网络定位）。") == {("location", "collect")}
    assert pairs("我们获取wifi定位信息。") == {("location", "collect")}
    # an alias for both kinds names the location as a whole (zh-r19-wendao:11)
    assert ("location", "collect") in pairs(
        "我们可能需要获取您的模糊地理位置信息或精确地理位置信息（以下简称“地理位置信息”），用于寻找附近的游戏玩家。")
    # a narrower example of a broader phrase is unchanged
    assert pairs("我们获取设备信息（如IMEI）。") == {("device", "collect"), ("device.id.imei", "collect")}


def test_sending_to_the_developer_is_to_us():
    # zh-r39-proxy-switch-protect:15, zh-r42-gazeease:59 (GUIDELINES: a denial that data is shared with the service's
    # own developer is our not_collect)
    # (代理凭据, the proxy's credentials, is account.credentials, as the gold of that line has it)
    assert _line("- 不把记事本、代理凭据或访问记录发送给开发者。") == {
        ("usage.history", "not_collect", "first_party"), ("account.credentials", "not_collect", "first_party")}
    # (the analytics SDK not included is denied usage, GUIDELINES: telemetry, as that line's gold has it since round 81;
    # a third party's analytics SDK for the third party too, "无第三方分析服务" → first_party and third_party)
    assert _line("App 不包含第三方分析或广告 SDK，不会把个人数据上传给开发者或其他服务。") == {
        ("personal_info", "not_collect", "first_party"), ("usage", "not_collect", "first_party"),
        ("usage", "not_collect", "third_party")}
    assert _line("扩展会把崩溃日志发送给本扩展的开发者。") == {("usage.logs", "collect", "first_party")}


def test_someone_elses_developer_or_handing_over_stays_a_disclosure():
    # another party's developer, or data provided to developers on a platform, is a disclosure
    assert ("usage.history", "share", "first_party") in _line("我们会把访问记录发送给第三方开发者。")
    assert ("usage.history", "share", "first_party") in _line("我们会把访问记录提供给开发者。")
