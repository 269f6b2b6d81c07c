"""camille exports (.xls written by xlwt, and .xlsx) and camille's time and argument formats."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.behaviour.camille import consent_phase, parse_args, parse_time
from policycheck.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
pytest.importorskip("xlrd", reason="xlrd is not installed (a dependency of the .xls readers)")


@pytest.fixture(scope="module")
def trace():
    return read_behaviour(str(DATA / "camille.xls"))


def by_row(behaviour, row: int):
    return [o for o in behaviour.observations if o.source == f"camille.xls row {row}"]


def test_every_row_is_read(trace):
    assert len(trace.observations) == 9  # 8 rows; the permission request names two permissions
    assert trace.unmapped == []


def test_api_is_the_first_stack_frame_and_caller_the_first_app_or_sdk_frame(trace):
    (imei,) = by_row(trace, 2)
    assert imei.kind == "api" and imei.name == "android.telephony.TelephonyManager.getDeviceId"
    assert imei.caller == "com.umeng.commonsdk.statistics.common.DeviceConfig"
    assert imei.stack[0] == "android.telephony.TelephonyManager.getDeviceId(Native Method)"
    assert imei.stack[-1].startswith("android.app.Instrumentation.callApplicationOnCreate")
    (subscriber,) = by_row(trace, 6)
    assert subscriber.caller == "com.example.shop.push.PushHelper"


def test_zero_based_month_is_shifted(trace):
    assert by_row(trace, 2)[0].timestamp == "2023-04-05T09:07:02"  # '2023-3-5 9:7:2'
    assert by_row(trace, 3)[0].timestamp == "2023-01-15T10:20:30"  # month 0 is January
    assert by_row(trace, 4)[0].timestamp == "2023-12-31T23:59:59"  # month 11 is December


@pytest.mark.parametrize("text, expected", [
    ("2023-3-5 9:7:2", "2023-04-05T09:07:02"),
    ("2024-1-29 0:0:0", "2024-02-29T00:00:00"),
    ("2023-1-29 0:0:0", None),  # 29 February 2023 does not exist
    ("2023-12-1 1:1:1", None),  # month 12 is out of range in a 0-based month
    ("2023-04-05T09:07:02", "2023-04-05T09:07:02"),  # a real date cell keeps its calendar month
    ("yesterday", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def test_consent_phase(trace):
    assert [o.before_consent for o in by_row(trace, 2)] == [True]
    assert [o.before_consent for o in by_row(trace, 4)] == [False]
    assert [o.before_consent for o in by_row(trace, 8)] == [None]
    assert (consent_phase("同意隐私政策前"), consent_phase("同意隐私政策后"), consent_phase("未知")) == (True, False, None)


def test_arguments_are_decoded(trace):
    assert by_row(trace, 3)[0].args == ["{}", "android_id"]
    assert by_row(trace, 8)[0].args == ["network", "1000", "0.0"]
    assert parse_args("无参数") == []
    assert parse_args('参数0：["a","b"]\r\n参数1：null\r\n参数2：{"k": 1}') == ["a", "b", '{"k": 1}']


def test_permission_requests_become_permission_observations(trace):
    requested = by_row(trace, 7)
    assert [(o.kind, o.name) for o in requested] == [("permission", "android.permission.CAMERA"),
                                                      ("permission", "android.permission.ACCESS_FINE_LOCATION")]
    assert all(o.before_consent is True and o.caller == "com.example.shop.MainActivity" for o in requested)


def test_mapping_of_the_trace(trace):
    result = map_behaviour(trace)
    types = {o.source: o.data_types for o in result.observations}
    assert types["camille.xls row 2"] == ["device.id.imei"]
    assert types["camille.xls row 3"] == ["device.id.android_id"]
    assert types["camille.xls row 4"] == ["social.contacts"]  # message 获取手机通信录内容 names the provider
    assert types["camille.xls row 5"] == ["media.photos"]  # 获取相册内容
    assert types["camille.xls row 8"] == ["location.coarse"]  # provider "network"
    assert [(u.kind, u.name, u.count) for u in result.unmapped] == [
        ("api", "com.example.shop.secret.Fingerprinter.collect", 1)]


def test_xlsx_variant_reads_the_same():
    pytest.importorskip("openpyxl", reason="openpyxl is not installed (a dependency of the .xlsx reader)")
    xls = read_behaviour(str(DATA / "camille.xls"))
    xlsx = read_behaviour(str(DATA / "camille.xlsx"))

    def key(o):
        return o.kind, o.name, o.caller, tuple(o.args), o.before_consent, o.timestamp, tuple(o.stack)

    assert [key(o) for o in xlsx.observations] == [key(o) for o in xls.observations]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_xls_is_one_line_input_error(tmp_path, damage):
    data = (DATA / "camille.xls").read_bytes()
    broken = data[:8] + bytes(range(256)) * 8 if damage == "garbage" else data[: len(data) // 3]
    path = tmp_path / "trace.xls"
    path.write_bytes(broken)
    with pytest.raises(InputError) as caught:
        read_behaviour(str(path))
    assert "\n" not in str(caught.value) and "trace.xls" in str(caught.value)


def test_workbook_of_another_tool_is_refused(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["name", "value"])
    path = tmp_path / "other.xlsx"
    book.save(path)
    with pytest.raises(InputError, match="neither a camille nor a PrivacySentry"):
        read_behaviour(str(path))


def test_xlsx_zip_bomb_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(DATA / "camille.xlsx") as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr("xl/media/padding.bin", bytes(24 * 1024 * 1024))
    path = tmp_path / "trace.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="zip bomb"):
        read_behaviour(str(path))
