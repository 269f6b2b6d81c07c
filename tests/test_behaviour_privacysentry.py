"""PrivacySentry .xls exports: per-call sheet with the consent marker, call-count sheet, API names."""

from __future__ import annotations

from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.behaviour.privacysentry import api_name
from policycheck.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
pytest.importorskip("xlrd", reason="xlrd is not installed (a dependency of the .xls readers)")


@pytest.fixture(scope="module")
def export():
    return read_behaviour(str(DATA / "privacysentry.xls"))


def test_calls_before_the_consent_marker_are_before_consent(export):
    phases = [(o.name.rsplit(".", 1)[-1], o.before_consent) for o in export.observations]
    assert phases == [("getDeviceId", True), ("getMeid", True), ("getDeviceId", False), ("getPrimaryClip", False),
                      ("getDeviceId", False)]  # the marker row itself is not an observation


def test_without_the_marker_the_phase_is_unknown():
    behaviour = read_behaviour(str(DATA / "privacysentry_nomarker.xls"))
    assert len(behaviour.observations) == 5
    assert {o.before_consent for o in behaviour.observations} == {None}


def test_stack_and_caller(export):
    first = export.observations[0]
    assert first.caller == "com.umeng.commonsdk.statistics.common.DeviceConfig"
    assert first.stack[0] == "com.umeng.commonsdk.statistics.common.DeviceConfig.getImeiNew(:212)"
    assert first.stack[-1] == "android.app.Instrumentation.callApplicationOnCreate(:1189)"  # '1,189' in the sheet
    assert "01-05 10:00:00.100" in first.source and first.timestamp is None  # the sheet has no year


@pytest.mark.parametrize("function, alias, expected", [
    ("TelephonyManager-getDeviceId-\n线程名: main", "IMEI-getDeviceId()",
     "android.telephony.TelephonyManager.getDeviceId"),
    ("TelephonyManager-getImei-1-\n线程名: main", "设备id-getImei(I)", "android.telephony.TelephonyManager.getImei"),
    ("meid-\n线程名: main", "移动设备标识符-getMeid()", "android.telephony.TelephonyManager.getMeid"),
    ("getSubscriberId", "", "android.telephony.TelephonyManager.getSubscriberId"),
    ("Custom-doThing-\n线程名: main", "自定义", "Custom.doThing"),
])
def test_api_names_from_function_and_alias(function, alias, expected):
    assert api_name(function, alias) == expected


def test_count_sheet_is_read_when_there_are_no_call_rows():
    behaviour = read_behaviour(str(DATA / "privacysentry_counts.xls"))
    assert [(o.name, o.count, o.before_consent) for o in behaviour.observations] == [
        ("android.telephony.TelephonyManager.getDeviceId", 7, None),
        ("android.content.ClipboardManager.getPrimaryClip", 2, None)]


def test_mapping_of_the_export(export):
    result = map_behaviour(export)
    assert [o.data_types for o in result.observations] == [["device.id.imei"]] * 3 + [["clipboard"], ["device.id.imei"]]
    assert result.unmapped == []


def test_corrupt_export_is_one_line_input_error(tmp_path):
    data = (DATA / "privacysentry.xls").read_bytes()
    path = tmp_path / "sentry.xls"
    path.write_bytes(data[:2000])
    with pytest.raises(InputError) as caught:
        read_behaviour(str(path))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("count", ["1e400", "nan", "many"])
def test_a_count_that_is_no_finite_number_is_one_line_input_error(count):
    from policycheck.behaviour.privacysentry import _counts

    rows = [["别名", "函数名", "调用堆栈", "调用次数"], ["获取IMEI", "getDeviceId", "", count]]
    with pytest.raises(InputError) as caught:
        _counts(rows, "sheet")
    assert "调用次数 is not a number" in str(caught.value) and "\n" not in str(caught.value)
