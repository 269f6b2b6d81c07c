"""The canonical JSON / JSON Lines reader and the content-sniffing dispatcher."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, merge_behaviours, read_behaviour, sniff
from policycheck.errors import InputError
from policycheck.records import Behaviour, Observation, Unmapped

DATA = Path(__file__).resolve().parent / "data" / "behaviour"


def read_text(tmp_path: Path, text: str, name: str = "input.json"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_behaviour(str(path))


def error_of(tmp_path: Path, content: bytes | str, name: str = "input.bin") -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    with pytest.raises(InputError) as caught:
        read_behaviour(str(path))
    message = str(caught.value)
    assert "\n" not in message and message.startswith(name), message
    return message


def test_canonical_document():
    behaviour = read_behaviour(str(DATA / "behaviour.json"))
    assert behaviour.app == {"id": "com.example.shop", "name": "Example Shop", "platform": "android"}
    assert behaviour.consent_time == "2024-05-20T10:15:05+08:00"
    kinds = [o.kind for o in behaviour.observations]
    assert kinds == ["api", "permission", "network", "sdk", "data", "api"]
    api = behaviour.observations[0]
    assert api.caller == "com.umeng.commonsdk.statistics.common.DeviceConfig"
    assert (api.before_consent, api.count) == (True, 3)
    network = behaviour.observations[2]
    assert (network.host, network.name, network.fields) == ("ulogs.umeng.com", "ulogs.umeng.com", ["imei", "oaid"])
    assert behaviour.observations[4].name == "location.precise"
    assert behaviour.unmapped == [Unmapped("screenshot", "MainActivity", 2, "unknown observation kind 'screenshot'")]
    assert behaviour.sources == [str(DATA / "behaviour.json")]


def test_canonical_document_maps_to_data_types():
    result = map_behaviour(read_behaviour(str(DATA / "behaviour.json")))
    types = [o.data_types for o in result.observations]
    assert types[:3] == [["device.id.imei"], ["social.contacts"], ["device.id.imei", "device.id.ad_id"]]
    assert types[4] == ["location.precise"] and types[5] == ["media.photos"]
    assert result.observations[2].before_consent is True  # timestamp earlier than consent_time
    assert ("screenshot", "MainActivity", 2) in {(u.kind, u.name, u.count) for u in result.unmapped}


def test_json_lines_with_app_line_unknown_kind_and_camille_payload():
    behaviour = read_behaviour(str(DATA / "observations.jsonl"))
    assert behaviour.app == {"id": "com.example.shop", "platform": "android"}
    assert [o.kind for o in behaviour.observations] == ["api", "permission", "api"]
    assert [(u.kind, u.name) for u in behaviour.unmapped] == [("telemetry", "battery")]
    camille = behaviour.observations[2]
    assert camille.name == "android.telephony.TelephonyManager.getImei"
    assert camille.caller == "com.example.shop.util.DeviceUtil"
    assert camille.timestamp == "2023-01-02T03:04:05"  # 0-based month 0 is January
    assert camille.source.endswith("line 5")


def test_a_single_observation_on_one_line(tmp_path):
    behaviour = read_text(tmp_path, '{"kind": "permission", "name": "android.permission.CAMERA"}\n')
    assert [o.name for o in behaviour.observations] == ["android.permission.CAMERA"]


def test_a_bare_list_and_a_stack_given_as_text(tmp_path):
    stack = ("java.lang.Throwable\n\tat android.telephony.TelephonyManager.getImei(Native Method)\n"
             "\tat com.a.B.c(B.java:3)")
    behaviour = read_text(tmp_path, json.dumps([{"kind": "api", "name": "x.Y.z", "stack": stack}]))
    assert behaviour.observations[0].stack == ["android.telephony.TelephonyManager.getImei(Native Method)",
                                               "com.a.B.c(B.java:3)"]


def test_format_is_sniffed_from_content_not_extension(tmp_path):
    pytest.importorskip("xlrd", reason="xlrd is not installed")
    shutil.copy(DATA / "capture.har", tmp_path / "trace.xls")
    shutil.copy(DATA / "camille.xls", tmp_path / "capture.har")
    shutil.copy(DATA / "XposedBridge.log", tmp_path / "manifest.json")
    assert read_behaviour(str(tmp_path / "trace.xls")).observations[0].kind == "network"
    assert read_behaviour(str(tmp_path / "capture.har")).observations[0].source.startswith("capture.har row 2")
    assert read_behaviour(str(tmp_path / "manifest.json")).observations[0].kind == "api"
    assert sniff((DATA / "AndroidManifest.xml").read_bytes()) == "xml"
    assert sniff((DATA / "binary_manifest.axml").read_bytes()) == "axml"
    assert sniff((DATA / "synthetic_sdk.apk").read_bytes()) == "apk"
    assert sniff((DATA / "camille.xlsx").read_bytes()) == "workbook"


@pytest.mark.parametrize("content, expected", [
    ('{"app": {}, "observations": [{"kind": "api", "name": "a.B.c", "count": "3"}]}', "'count' must be"),
    ('{"observations": [{"name": "a.B.c"}]}', "missing 'kind'"),
    ('{"observations": {"kind": "api"}}', "'observations' must be a list"),
    ('{"observations": [{"kind": "api", "before_consent": "yes"}]}', "'before_consent'"),
    ('{"observations": [{"kind": "api", "args": [{"a": 1}]}]}', "'args' must be a list of strings"),
    ('{"observations": [{"kind": "data"}]}', "needs 'data_type'"),
    ('{"app": [], "observations": []}', "'app' must be an object"),
    ('[1, 2]', "must be a JSON object"),
    ('{"observations": [{"kind": "api", "name": "a.B.c"}', "invalid or truncated JSON"),
    ('{"kind": "api"}\n{"kind": "api", "name": ', "line 2"),
])
def test_malformed_json_is_one_line_input_error(tmp_path, content, expected):
    assert expected in error_of(tmp_path, content, "bad.json")


@pytest.mark.parametrize("content, expected", [
    (b"", "empty file"),
    (b"   \n", "empty file"),
    (b"hello world, this is not a trace\n", "unrecognised behaviour format"),
    (b"\x00\x01\x02binary" * 10, "unknown kind"),
    (b"PK\x03\x04" + b"\x00" * 40, "zip"),
])
def test_unreadable_inputs(tmp_path, content, expected):
    assert expected in error_of(tmp_path, content)


def test_missing_file_and_size_limit(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_behaviour(str(tmp_path / "nope.json"))
    with pytest.raises(InputError, match="not a file"):
        read_behaviour(str(tmp_path))
    with pytest.raises(InputError, match="over the limit"):
        read_behaviour(str(DATA / "capture.har"), max_bytes=100)


def test_utf8_bom_and_gb18030_text(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf{" + b'"observations": [{"kind": "permission", "name": "android.permission.CAMERA"}]}')
    assert read_behaviour(str(path)).observations[0].name == "android.permission.CAMERA"
    log = tmp_path / "gbk.log"
    log.write_bytes("com.example.shop调用getImei获取了imei\n".encode("gb18030"))
    assert read_behaviour(str(log)).observations[0].name == "android.telephony.TelephonyManager.getImei"


def test_merge_behaviours_sums_unmapped_and_keeps_first_app():
    first = Behaviour(app={"id": "a"}, observations=[Observation(kind="permission", name="p")],
                      unmapped=[Unmapped("x", "y", 2, "r")], sources=["one"])
    second = Behaviour(app={"id": "b", "name": "B"}, unmapped=[Unmapped("x", "y", 3, "r")], sources=["two"],
                       consent_time="2024-01-01T00:00:00")
    merged = merge_behaviours([first, second])
    assert merged.app == {"id": "a", "name": "B"}
    assert merged.unmapped == [Unmapped("x", "y", 5, "r")]
    assert merged.sources == ["one", "two"] and merged.consent_time == "2024-01-01T00:00:00"
