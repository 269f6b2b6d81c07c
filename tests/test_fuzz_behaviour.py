"""Property-based fuzzing of every behaviour reader: canonical JSON / JSON Lines, HAR, Xposed logs, camille and
PrivacySentry workbooks (.xlsx generated, .xls mutated), AndroidManifest.xml (text and binary), APKs and zips.

Invariant, for any bytes: `read_bytes` (the reader dispatch behind `policycheck check --behaviour`) raises
InputError with a one-line message, or returns a Behaviour whose observations have valid kinds, which maps
(`map_behaviour`) and serialises to JSON. Any other exception is a reader bug (the CLI would report it as
"could not be read (SomeError: …)").
"""

from __future__ import annotations

import io
import json
import os
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Bounded for CI; POLICYCHECK_FUZZ_SCALE=20 runs twenty times as many examples (a longer local soak).
SCALE = float(os.environ.get("POLICYCHECK_FUZZ_SCALE", "1"))


def examples(n: int) -> int:
    return max(1, int(n * SCALE))

from conftest import hang_guard
from policycheck import limits
from policycheck.behaviour import map_behaviour, read_behaviour, read_bytes
from policycheck.errors import InputError
from policycheck.records import OBSERVATION_KINDS, Behaviour, to_dict

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
FUZZ = settings(max_examples=examples(150), deadline=2000, suppress_health_check=[HealthCheck.too_slow])
SMALL = settings(max_examples=examples(60), deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def check_reader(data: bytes) -> Behaviour | None:
    try:
        behaviour = read_bytes(data, "input")
    except InputError as error:
        message = str(error)
        assert message and "\n" not in message and "\r" not in message, message
        return None
    for observation in behaviour.observations:
        assert observation.kind in OBSERVATION_KINDS, observation
        assert isinstance(observation.count, int) and observation.count >= 0
    for unmapped in behaviour.unmapped:
        assert isinstance(unmapped.count, int)
    mapped = map_behaviour(behaviour)
    json.dumps({"app": mapped.app, "observations": [to_dict(o) for o in mapped.observations],
                "unmapped": [to_dict(u) for u in mapped.unmapped]}, ensure_ascii=False, sort_keys=True)
    return behaviour


# --- canonical JSON and JSON Lines --------------------------------------------------------------------------------

SCALARS = (st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True) | st.text(max_size=20)
           | st.sampled_from(["api", "permission", "network", "sdk", "data", "android.telephony.TelephonyManager.getImei",
                              "android.permission.READ_CONTACTS", "imei", "location.precise",
                              "at com.umeng.commonsdk.X.y(X.java:1)", "https://x.com/?imei=490154203237518"]))
KEYS = st.sampled_from(["kind", "name", "caller", "host", "fields", "stack", "args", "count", "before_consent",
                        "data_type", "timestamp", "source", "sdk", "app", "id", "observations", "consent_time", "log",
                        "entries", "action", "stacks", "messages", "arg", "type"]) | st.text(max_size=5)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=6),
                           max_leaves=40)
OBSERVATION = st.fixed_dictionaries({"kind": st.sampled_from(OBSERVATION_KINDS + ("unknown",)) | SCALARS},
                                    optional={k: SCALARS | JSON_VALUES for k in
                                              ("name", "caller", "host", "fields", "stack", "args", "count",
                                               "before_consent", "data_type", "timestamp")})


@FUZZ
@given(JSON_VALUES | st.fixed_dictionaries({"app": JSON_VALUES, "observations": st.lists(OBSERVATION, max_size=6)}))
def test_canonical_json(document):
    check_reader(json.dumps(document).encode())


@FUZZ
@given(st.lists(OBSERVATION | JSON_VALUES, min_size=1, max_size=6), st.sampled_from(["\n", "\r\n"]))
def test_json_lines(lines, newline):
    check_reader(newline.join(json.dumps(line, ensure_ascii=False) for line in lines).encode())


# --- HAR ------------------------------------------------------------------------------------------------------------

URLS = st.sampled_from([
    "https://ulogs.umeng.com/unify_logs?imei=490154203237518&oaid=abcd1234", "http://[::1", "http://a.com:99999/",
    "ftp://x/y", "https://b.com/p?lat=31.23&lng=121.47", "https://c.com/?m=a4%3A5e%3A60%3Ac1%3A22%3A9f",
    "https://d.com/?d=" + "%25" * 30, "https://e.com/" + "a" * 500, "data:text/plain,hi"]) | st.text(max_size=30)
PAIR = st.fixed_dictionaries({"name": st.sampled_from(["Cookie", "X-OAID", "imei", "User-Agent", ":path"])
                              | st.text(max_size=8) | SCALARS, "value": st.text(max_size=40) | SCALARS
                              | st.sampled_from(["imei=490154203237518; a=b", "3f2a9c0d41b7e865", "a=1&b={\"x\":1}"])})
POST = st.fixed_dictionaries({
    "text": st.text(max_size=60) | st.sampled_from([
        '{"imei":"490154203237518","d":{"android_id":"3f2a9c0d41b7e865","mac":"a4:5e:60:c1:22:9f"}}',
        "a=1&imei=490154203237518", "H4sIAAAAAAAA/w==", "!!!", "[" * 2000]) | SCALARS,
    "encoding": st.sampled_from(["", "base64", "BASE64"]) | SCALARS,
    "params": st.lists(PAIR, max_size=3) | SCALARS})
ENTRY = st.fixed_dictionaries({"request": st.fixed_dictionaries({
    "url": URLS, "method": st.sampled_from(["GET", "POST"]) | SCALARS, "headers": st.lists(PAIR, max_size=3) | SCALARS,
    "postData": POST | JSON_VALUES, "queryString": st.lists(PAIR, max_size=2) | SCALARS,
    "cookies": st.lists(PAIR, max_size=2) | SCALARS}), "startedDateTime": st.text(max_size=5) | SCALARS})


@FUZZ
@given(st.lists(ENTRY | JSON_VALUES, max_size=6))
def test_har(entries):
    check_reader(json.dumps({"log": {"version": "1.2", "entries": entries}}).encode())


def test_har_with_many_distinct_identifiers_is_bounded():
    """60000 distinct IMEIs once built an automaton of 1.3 million encoded forms (47 s, 3.6 GB for 95 MB); the
    encoded-form search now takes MAX_KNOWN values per field."""
    from policycheck.behaviour.har import MAX_KNOWN, _encoded_forms
    from policycheck.behaviour.mappings import load_network_fields

    known = {"imei": {f"86{i:013d}" for i in range(5000)}, "android_id": {f"{i:016x}" for i in range(5000)}}
    with hang_guard(2.0):
        forms = _encoded_forms(known, load_network_fields())
        assert len(forms) <= 2 * MAX_KNOWN * 20
    assert forms == _encoded_forms({k: set(sorted(v, reverse=True)) for k, v in known.items()},
                                   load_network_fields())  # the same forms whatever the set order


# --- Xposed logs ----------------------------------------------------------------------------------------------------

XPOSED_LINES = st.sampled_from([
    "com.example.app调用getDeviceId()获取了imei", "Dump Stack: ---------------start----------------",
    "[Dump Stack]0: com.umeng.commonsdk.X----X.java----12----getDeviceId",
    "[Dump Stack]1: android.telephony.TelephonyManager----T.java----1----getDeviceId",
    "Dump Stack: ---------------over----------------",
    "2024-01-01 10:00:00.123 I/Xposed: com.a调用Settings.Secure.getstring获取了android_id",
    "调用获取了", "[Dump Stack]x", "获取了", "[Dump Stack]99999999999999999999: a----b----c----d",
    "2024-13-45T99:99:99 调用a.b()获取了", "\x00", "\ufeff"]) | st.text(max_size=40)


@FUZZ
@given(st.lists(XPOSED_LINES, min_size=1, max_size=20), st.sampled_from(["\n", "\r\n", "\r"]),
       st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_xposed_logs(lines, newline, encoding):
    text = newline.join(["x调用a获取了b", *lines])
    check_reader(text.encode(encoding, errors="ignore"))


# --- workbooks -------------------------------------------------------------------------------------------------------

CELLS = st.none() | st.text(max_size=30) | st.integers(-10**15, 10**15) | st.floats(allow_nan=True,
                                                                                     allow_infinity=True) \
    | st.sampled_from(["同意隐私政策前", "同意隐私政策后", "2023-3-5 9:7:2", "2023-13-45 99:99:99", "无参数",
                       "参数0：\"android.permission.READ_PHONE_STATE\"\r\n参数1：[1,2]", "参数0：" + "[" * 3000,
                       "java.lang.Throwable\n\tat android.telephony.TelephonyManager.getDeviceId(Native Method)\n"
                       "\tat com.umeng.X.y(X.java:1)", "TelephonyManager-getDeviceId-\n线程名: main", "IMEI-getDeviceId()",
                       "点击隐私协议确认", "01-02 10:00:00.000", "com.a.B.c() 1,234 <- com.d.E.f() 5", "1e400", "-3"])
CAMILLE = ["隐私政策状态", "时间点", "行为主体", "操作行为", "行为描述", "传入参数", "调用堆栈"]
SENTRY = ["调用时间(倒序排序)", "别名", "函数名", "调用堆栈", "调用次数"]


@SMALL
@given(st.sampled_from(["App_privacy_compliance_testing", "隐私合规", "调用次数", "Sheet1"]),
       st.permutations(CAMILLE + SENTRY), st.integers(0, 12), st.lists(st.lists(CELLS, max_size=12), max_size=6))
def test_xlsx_workbooks(sheet, header, width, rows):
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = openpyxl.Workbook()
    book.active.title = sheet
    book.active.append(list(header[:width]))
    for row in rows:
        try:
            book.active.append(row)
        except (ValueError, IllegalCharacterError):  # openpyxl refuses control characters and some values
            continue
    buffer = io.BytesIO()
    book.save(buffer)
    check_reader(buffer.getvalue())


FIXTURES = ["camille.xls", "camille.xlsx", "privacysentry.xls", "privacysentry_counts.xls", "binary_manifest.axml",
            "AndroidManifest.xml", "synthetic_sdk.apk", "XposedBridge.log", "capture.har", "behaviour.json",
            "observations.jsonl"]
ORIGINALS = {name: (DATA / name).read_bytes() for name in FIXTURES}


@settings(max_examples=examples(200), deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURES), st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=8),
       st.none() | st.integers(0, 10**7))
def test_mutated_fixtures(name, flips, cut):
    """Every fixture (xls, xlsx, AXML, XML, APK, log, HAR, JSON) with bytes changed and/or cut short."""
    data = bytearray(ORIGINALS[name])
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    check_reader(bytes(data))


# --- manifests, APKs, zips --------------------------------------------------------------------------------------------

XML_PIECES = st.sampled_from([
    "<manifest ", 'package="com.a"', ' xmlns:android="http://schemas.android.com/apk/res/android"', ">",
    "</manifest>", '<uses-permission android:name="android.permission.READ_CONTACTS"/>', "<application>",
    "</application>", '<activity android:name=".Main"/>', '<service android:name="com.umeng.X"/>',
    "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;", "<?xml version='1.0' encoding='gbk'?>",
    "<?xml version='1.0' encoding='nope'?>", "<![CDATA[x]]>", "<!-- c -->", "<", "&", "\x00", "<a:b xmlns:a='u'/>",
    ' android:name=""', "<uses-permission/>"]) | st.text(max_size=10)


@FUZZ
@given(st.lists(XML_PIECES, max_size=15))
def test_manifest_xml(pieces):
    check_reader(("<" + "".join(pieces)).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(max_size=400))
def test_binary_xml(tail):
    check_reader(b"\x03\x00\x08\x00" + tail)


ZIP_NAMES = st.sampled_from(["AndroidManifest.xml", "classes.dex", "classes2.dex", "../evil", "/abs", "a\\b",
                             "xl/workbook.xml", "[Content_Types].xml", "resources.arsc", "C:x", "a/../../b",
                             "x\x00y"]) | st.text(min_size=1, max_size=10)
ZIP_CONTENT = st.sampled_from([ORIGINALS["binary_manifest.axml"], b"", b"dex\n035\x00" + bytes(200),
                               b"\x03\x00\x08\x00" + b"\xff" * 50, b"<manifest package='a'/>"]) | st.binary(max_size=200)


@FUZZ
@given(st.lists(st.tuples(ZIP_NAMES, ZIP_CONTENT, st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])),
                max_size=6))
def test_zip_archives(entries):
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # zipfile warns when asked to write a duplicate name: that is the point
        for name, content, method in entries:
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=method)
    check_reader(buffer.getvalue())


@FUZZ
@given(st.binary(max_size=300) | st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b))
def test_any_bytes(data):
    check_reader(data)


def test_manifest_with_unknown_encoding_is_input_error(tmp_path):
    """<?xml encoding="u-f-8"?> raised LookupError (reported as "could not be read (LookupError: …)")."""
    with pytest.raises(InputError, match=r"malformed XML \(unknown encoding"):
        read_bytes(b'<?xml version="1.0" encoding="u-f-8"?>\n<manifest package="a"/>\n', "AndroidManifest.xml")


def test_json_lines_nested_too_deeply_is_input_error():
    with pytest.raises(InputError, match=r"line 2: JSON nested too deeply"):
        read_bytes(b'{"kind": "permission", "name": "android.permission.CAMERA"}\n' + b"[" * 100000 + b"\n", "t.jsonl")


def test_read_behaviour_limit_message(tmp_path):
    path = tmp_path / "capture.har"
    path.write_bytes(ORIGINALS["capture.har"])
    with pytest.raises(InputError, match=r"over the limit of 100 bytes$"):  # batch passes its own limit
        read_behaviour(str(path), max_bytes=100)
    with limits.configured(max_behaviour_mb=0.0001):
        with pytest.raises(InputError, match=r"over the limit of 104 bytes \(raise it with --max-behaviour-mb\)"):
            read_behaviour(str(path))
