"""Hegui3.0-style Xposed logs."""

from __future__ import annotations

from pathlib import Path

from policycheck.behaviour import map_behaviour, read_behaviour

DATA = Path(__file__).resolve().parent / "data" / "behaviour"


def test_reports_with_their_stacks():
    behaviour = read_behaviour(str(DATA / "XposedBridge.log"))
    assert behaviour.app == {"id": "com.example.shop", "platform": "android"}
    imei, android_id, mac = behaviour.observations
    # the hooking module's own frames (DumpMethodHook, XposedBridge) are dropped; the API is the reported method
    assert imei.name == "android.telephony.TelephonyManager.getDeviceId"
    assert imei.stack[0] == "android.telephony.TelephonyManager.getDeviceId(TelephonyManager.java:1922)"
    assert imei.caller == "com.umeng.commonsdk.statistics.common.DeviceConfig"
    assert imei.timestamp == "2024-05-20T10:15:01.120"
    assert imei.before_consent is None and imei.source == "XposedBridge.log line 1"
    assert android_id.name == "android.provider.Settings$Secure.getString"
    assert android_id.args == ["android_id"] and android_id.caller == "com.example.shop.util.DeviceUtil"
    assert mac.name == "android.net.wifi.WifiInfo.getMacAddress"  # no stack: resolved from the method name
    assert mac.stack == [] and mac.caller is None


def test_mapping_of_the_log():
    result = map_behaviour(read_behaviour(str(DATA / "XposedBridge.log")))
    assert [o.data_types for o in result.observations] == [["device.id.imei"], ["device.id.android_id"],
                                                          ["device.id.mac"]]


def test_logcat_prefix_and_lowercase_method(tmp_path):
    log = tmp_path / "logcat.txt"
    log.write_text(
        "05-20 10:15:01.120  2468  2468 I Xposed  : com.example.app调用Settings.Secure.getstring获取了android_id\n"
        "05-20 10:15:01.121  2468  2468 I Xposed  : com.example.app调用getImei(int)获取了imei\n", encoding="utf-8")
    first, second = read_behaviour(str(log)).observations
    assert first.name == "android.provider.Settings.Secure.getString" and first.args == ["android_id"]
    assert second.name == "android.telephony.TelephonyManager.getImei"
    assert first.timestamp is None  # logcat lines carry no year
    assert map_behaviour(read_behaviour(str(log))).observations[0].data_types == ["device.id.android_id"]
