"""Chinese extraction recall: data wordings and sentence shapes of SDK lists, sharing and advertising paragraphs that
were missed."""

from __future__ import annotations

from conftest import pairs, statements_of


def _types(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text)}


def test_advertising_data_and_ad_records_are_usage():
    # the ads' impressions, clicks and conversions, and the records of ads shown or played, are interactions with the
    # service (usage)
    assert ("usage", "use") in pairs("我们可能使用您的设备标识符（如IMEI、OAID等），广告数据（如曝光、点击、转化数据等），用于广告投放。")
    assert ("usage", "share") in pairs("我们可能会与提供该服务的指定合作伙伴共享您的相关信息（例如：视频播放记录、广告展示记录）。")
    assert ("usage", "share") in pairs("我们可能会与合作伙伴共享您的相关信息（含广告播放/展示记录、设备标识符）。")


def test_user_ids_written_in_latin_or_as_account_codes_are_credentials():
    assert "account.credentials" in _types("该SDK需要获取您的手机IMEI、IMSI、User ID、Android ID等信息，用于实现推送服务。")
    assert "account.credentials" in _types("该SDK需要采集用户 ID、时间、应用版本、操作系统等信息。")
    assert "account.credentials" in _types("我们会收集您的设备识别码、账号UID、订单号。")
    assert "account.credentials" in _types("我们会收集您的设备识别码、账号识别码、支付订单。")


def test_running_programs_are_the_app_list():
    assert "device.apps" in _types("该SDK需要采集您的手机终端唯一标志信息（IMEI号）、正在运行程序。")
    assert "device.apps" in _types("为判断是否弹出客服窗口，我们需要获取当前运行程序。")


def test_local_network_permission_is_network_data():
    assert ("device.network", "collect") in pairs("当您需要使用投屏功能时，我们需要申请您的本地网络权限。")
