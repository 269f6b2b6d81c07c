"""The behaviour mapping files: schemas, taxonomy ids, coverage, and the validator catching bad edits."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from policycheck.behaviour import mappings
from policycheck.behaviour.mappings import (
    load_api_table,
    load_network_fields,
    load_permission_table,
    luhn,
    permission_info,
    validate_behaviour_mappings,
)
from policycheck.resources import mapping_path


def test_mapping_files_are_valid():
    assert validate_behaviour_mappings() == []


def test_api_coverage():
    entries = yaml.safe_load(mapping_path("apis.yaml").read_text(encoding="utf-8"))["apis"]
    assert len(entries) >= 80
    table = load_api_table()
    assert len(table.rules) >= 200
    for api, data_types in [
        ("android.telephony.TelephonyManager.getImei", ("device.id.imei",)),
        ("android.telephony.TelephonyManager.getSubscriberId", ("device.id.imsi",)),
        ("android.telephony.TelephonyManager.getSimSerialNumber", ("device.id.iccid",)),
        ("android.telephony.TelephonyManager.getLine1Number", ("contact.phone",)),
        ("android.net.wifi.WifiInfo.getBSSID", ("device.network",)),
        ("android.net.wifi.WifiInfo.getIpAddress", ("network.ip",)),
        ("android.app.ApplicationPackageManager.getInstalledPackages", ("device.apps",)),
        ("android.hardware.Camera.open", ("media.camera",)),
        ("android.media.AudioRecord.startRecording", ("media.audio",)),
        ("android.media.MediaRecorder.start", ("media.audio",)),
        ("android.hardware.SensorManager.registerListener", ("device.sensors",)),
        ("com.android.id.impl.IdProviderImpl.getOAID", ("device.id.ad_id",)),
        ("com.huawei.hms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo", ("device.id.ad_id",)),
    ]:
        assert table.find(api).data_types == data_types, api


def test_all_dangerous_permissions_are_listed():
    table = load_permission_table()
    dangerous = [p for p in table.values() if p.dangerous]
    assert len(dangerous) == 50
    for name in ("android.permission.QUERY_ALL_PACKAGES", "com.google.android.gms.permission.AD_ID",
                 "android.permission.ACCESS_WIFI_STATE", "android.permission.BLUETOOTH",
                 "android.permission.BLUETOOTH_SCAN"):
        assert table[name].data_types, name
    assert permission_info("READ_SMS").data_types == ("communication.sms",)
    assert permission_info("android.permission.INTERNET").data_types == ()


def test_permission_levels_match_aosp(reference):
    source = reference / "data" / "android" / "aosp_permissions_api36.androguard.json"
    if not source.exists():
        pytest.skip("AOSP permission dump missing")
    aosp = json.loads(source.read_text(encoding="utf-8"))["permissions"]
    ours = load_permission_table()
    dangerous = {name for name, entry in aosp.items() if "dangerous" in entry["protectionLevel"]}
    assert dangerous <= set(ours)
    for name, info in ours.items():
        if name in aosp:
            assert info.level == aosp[name]["protectionLevel"], name


def test_network_field_names_and_values():
    fields = load_network_fields()
    for name, field_id in [("IMEI", "imei"), ("imei_md5", "imei"), ("Android-ID", "android_id"), ("OAID", "oaid"),
                           ("idfa", "idfa"), ("gaid", "gaid"), ("wifi_mac", "mac"), ("shoujihao", "phone"),
                           ("jingdu", "longitude"), ("weidu", "latitude"), ("utdid", "device_id"), ("ssid", "ssid")]:
        rule = fields.field_for_name(name)
        assert rule is not None and rule.id == field_id, name
    assert fields.field_for_name("page") is None
    assert fields.match_value("490154203237518").field == "imei"
    assert fields.match_value("490154203237519") is None  # Luhn fails
    assert fields.match_value("02:00:00:00:00:00") is None  # Android's fake MAC is a placeholder
    assert fields.match_value("1.2.3.4") is None  # the IP pattern only checks ip fields' values
    assert luhn("79927398713") and not luhn("79927398710")


@pytest.mark.parametrize("name, edit, expected", [
    ("apis.yaml", lambda d: d["apis"][0].__setitem__("data_types", ["device.id.imeii"]), "not a taxonomy id"),
    ("apis.yaml", lambda d: d["apis"][0].__setitem__("colour", "red"), "Additional properties"),
    ("apis.yaml", lambda d: d["apis"].append(copy.deepcopy(d["apis"][0])), "is also in apis/0"),
    ("apis.yaml", lambda d: d["apis"][0].__setitem__("when", [{"arg_regex": "(", "data_types": []}]), "bad arg_regex"),
    ("permissions.yaml",
     lambda d: d["permissions"].__setitem__("android.permission.FOO", {"level": "loud", "data_types": []}),
     "does not match"),
    ("permissions.yaml", lambda d: d["permissions"]["android.permission.CAMERA"].__setitem__("data_types", ["camera"]),
     "not a taxonomy id"),
    ("network_fields.yaml", lambda d: d["fields"][1].setdefault("names", []).append("imei"), "also belongs to"),
    ("network_fields.yaml", lambda d: d["fields"][0]["names"].append("Device-IMEI"), "not normalised"),
    ("network_fields.yaml", lambda d: d["values"][0].__setitem__("field", "nothing"), "is not a field id"),
    ("network_fields.yaml", lambda d: d["values"][0]["examples"].append("490154203237519"), "does not match"),
])
def test_validator_catches_bad_edits(monkeypatch, name, edit, expected):
    original = mappings.load_yaml

    def edited(path):
        data = original(path)
        if path.name == name:
            data = copy.deepcopy(data)
            edit(data)
        return data

    monkeypatch.setattr(mappings, "load_yaml", edited)
    problems = validate_behaviour_mappings()
    assert any(expected in problem and name in problem for problem in problems), problems
