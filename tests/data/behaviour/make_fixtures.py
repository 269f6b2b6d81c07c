"""Regenerate the behaviour test fixtures in this folder (all synthetic; no third-party data).

    python tests/data/behaviour/make_fixtures.py

Needs xlwt and openpyxl; the binary manifest and the synthetic APK also need Debian's `aapt` and
`android-framework-res` (skipped, keeping the committed files, when absent). Identifiers are made up: the IMEI
490154203237518 is the textbook Luhn example, the ID number 11010519491231002X the GB 11643 example.
behaviour.json and observations.jsonl (the canonical format) are written by hand.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent

IMEI = "490154203237518"
ANDROID_ID = "3f2a9c0d41b7e865"
MAC = "a4:5e:60:c1:22:9f"
OAID = "0f2c8e6a-5b1d-4c3e-9a7f-2d4b6c8e0a1b"
PHONE = "13812345678"


def stack(*frames: str) -> str:
    """camille's stack text: frames indented by three spaces, CRLF-terminated."""
    return "".join(f"   {frame}\r\n" for frame in frames)


CAMILLE_HEADERS = ["隐私政策状态", "时间点", "行为主体", "操作行为", "行为描述", "传入参数", "调用堆栈"]
CAMILLE_ROWS = [
    # row 2: Umeng reads the IMEI before consent; month 3 is April (camille's month is 0-based)
    ["同意隐私政策前", "2023-3-5 9:7:2", "友盟统计", "获取电话相关信息", "获取IMEI", "无参数", stack(
        "android.telephony.TelephonyManager.getDeviceId(Native Method)",
        "com.umeng.commonsdk.statistics.common.DeviceConfig.getImeiNew(DeviceConfig.java:212)",
        "com.umeng.commonsdk.UMConfigure.init(UMConfigure.java:88)",
        "com.example.shop.ShopApp.onCreate(ShopApp.java:31)",
        "android.app.Instrumentation.callApplicationOnCreate(Instrumentation.java:1189)")],
    # row 3: the app reads the Android ID; month 0 is January
    ["同意隐私政策前", "2023-0-15 10:20:30", "APP本身", "获取系统信息", "获取安卓ID", "参数0：{}\r\n参数1：\"android_id\"", stack(
        "android.provider.Settings$Secure.getString(Native Method)",
        "com.example.shop.util.DeviceUtil.androidId(DeviceUtil.java:40)",
        "com.example.shop.MainActivity.onCreate(MainActivity.java:55)")],
    # row 4: contacts query after consent (camille logs no argument for query; its message names the provider)
    ["同意隐私政策后", "2023-11-31 23:59:59", "APP本身", "获取系统信息", "获取手机通信录内容", "", stack(
        "android.content.ContentResolver.query(Native Method)",
        "com.example.shop.invite.ContactPicker.load(ContactPicker.java:77)")],
    # row 5: photo album query after consent
    ["同意隐私政策后", "2023-11-31 23:59:59", "APP本身", "获取系统信息", "获取相册内容", "", stack(
        "android.content.ContentResolver.query(Native Method)",
        "com.example.shop.review.PhotoPicker.load(PhotoPicker.java:12)")],
    # row 6: app frames on top, a push SDK frame below them: the SDK is the actor
    ["同意隐私政策后", "2023-4-1 8:0:0", "APP本身", "获取电话相关信息", "获取IMSI", "无参数", stack(
        "android.telephony.TelephonyManager.getSubscriberId(Native Method)",
        "com.example.shop.push.PushHelper.imsi(PushHelper.java:20)",
        "com.example.shop.push.PushHelper.onRegister(PushHelper.java:9)",
        "com.igexin.push.core.CoreLogic.run(Unknown Source:14)",
        "java.lang.Thread.run(Thread.java:764)")],
    # row 7: runtime permission request before consent
    ["同意隐私政策前", "2023-3-5 9:7:3", "APP本身", "申请权限", "申请具体权限看\"参数1\"",
     "参数0：\"<instance: android.app.Activity>\"\r\n参数1：[\"android.permission.CAMERA\",\"android.permission.ACCESS_FINE_LOCATION\"]\r\n参数2：1", stack(
        "androidx.core.app.ActivityCompat.requestPermissions(Native Method)",
        "com.example.shop.MainActivity.askPermissions(MainActivity.java:90)")],
    # row 8: network location; status unknown (camille -npp leaves no phase we can trust only when blank)
    ["", "2023-3-5 9:8:0", "APP本身", "获取位置信息", "获取位置信息", "参数0：\"network\"\r\n参数1：1000\r\n参数2：0.0", stack(
        "android.location.LocationManager.requestLocationUpdates(Native Method)",
        "com.example.shop.nearby.NearbyStores.start(NearbyStores.java:33)")],
    # row 9: a user-defined hook on an API no mapping knows
    ["同意隐私政策后", "2023-3-5 9:9:0", "APP本身", "用户自定义hook", "自定义", "无参数", stack(
        "com.example.shop.secret.Fingerprinter.collect(Native Method)",
        "com.example.shop.MainActivity.onResume(MainActivity.java:120)")],
]

SENTRY_CALL_HEADERS = ["调用时间(倒序排序)", "别名", "函数名", "调用堆栈"]
SENTRY_COUNT_HEADERS = ["别名", "函数名", "调用堆栈", "调用次数"]


def sentry_stack(*frames: str) -> str:
    """PrivacySentry's stack text: 'cls.method() line' joined by ' <- ' and a line break."""
    return " <- \n".join(frames)


UMENG_STACK = sentry_stack("com.umeng.commonsdk.statistics.common.DeviceConfig.getImeiNew() 212",
                           "com.umeng.commonsdk.UMConfigure.init() 88", "com.example.shop.ShopApp.onCreate() 31",
                           "android.app.Instrumentation.callApplicationOnCreate() 1,189")
APP_STACK = sentry_stack("com.example.shop.util.DeviceUtil.imei() 40", "com.example.shop.MainActivity.onCreate() 1,055")
SENTRY_ROWS = [
    ["01-05 10:00:00.100", "IMEI-getDeviceId()", "TelephonyManager-getDeviceId-\n线程名: main", UMENG_STACK],
    ["01-05 10:00:00.900", "移动设备标识符-getMeid()", "getMeid-\n线程名: pool-3-thread-1", UMENG_STACK],
    ["01-05 10:00:01.000", "点击隐私协议确认", "点击隐私协议确认", "点击隐私协议确认"],
    ["01-05 10:00:02.500", "命中缓存--IMEI-getDeviceId()", "TelephonyManager-getDeviceId-\n线程名: main", APP_STACK],
    ["01-05 10:00:03.000", "读取剪贴板-getPrimaryClip()", "ClipboardManager-getPrimaryClip-\n线程名: main",
     sentry_stack("com.example.shop.search.PasteHint.check() 18", "com.example.shop.MainActivity.onResume() 130")],
    ["01-05 10:00:04.000", "IMEI-getDeviceId(I)", "TelephonyManager-getDeviceId-1-\n线程名: main", APP_STACK],
]
SENTRY_COUNTS = [
    ["IMEI-getDeviceId()", "TelephonyManager-getDeviceId-\n线程名: main", UMENG_STACK, "7"],
    ["读取剪贴板-getPrimaryClip()", "ClipboardManager-getPrimaryClip-\n线程名: main", APP_STACK, "2"],
]

XPOSED_LOG = """\
[ 2024-05-20T10:15:01.120     2468:  2468 I/LSPosed-Bridge  ] com.example.shop调用getDeviceId()获取了imei
[ 2024-05-20T10:15:01.121     2468:  2468 I/LSPosed-Bridge  ] Dump Stack: ---------------start----------------
[ 2024-05-20T10:15:01.121     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]0: com.cjs.hegui30.DumpMethodHook----DumpMethodHook.java----57----dump2
[ 2024-05-20T10:15:01.121     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]1: com.cjs.hegui30.DumpMethodHook----DumpMethodHook.java----24----afterHookedMethod
[ 2024-05-20T10:15:01.121     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]2: de.robv.android.xposed.XposedBridge----XposedBridge.java-----1----handleHookedMethod
[ 2024-05-20T10:15:01.122     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]3: android.telephony.TelephonyManager----TelephonyManager.java----1922----getDeviceId
[ 2024-05-20T10:15:01.122     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]4: com.umeng.commonsdk.statistics.common.DeviceConfig----DeviceConfig.java----212----getImeiNew
[ 2024-05-20T10:15:01.122     2468:  2468 I/LSPosed-Bridge  ] [Dump Stack]5: com.example.shop.ShopApp----ShopApp.java----31----onCreate
[ 2024-05-20T10:15:01.122     2468:  2468 I/LSPosed-Bridge  ] Dump Stack: ---------------over----------------
[ 2024-05-20T10:15:02.500     2468:  2470 I/LSPosed-Bridge  ] com.example.shop调用Settings.Secure.getstring获取了android_id
[ 2024-05-20T10:15:02.501     2468:  2470 I/LSPosed-Bridge  ] Dump Stack: ---------------start----------------
[ 2024-05-20T10:15:02.501     2468:  2470 I/LSPosed-Bridge  ] [Dump Stack]0: com.cjs.hegui30.DumpMethodHook----DumpMethodHook.java----57----dump2
[ 2024-05-20T10:15:02.501     2468:  2470 I/LSPosed-Bridge  ] [Dump Stack]1: android.provider.Settings$Secure----Settings.java----5188----getString
[ 2024-05-20T10:15:02.501     2468:  2470 I/LSPosed-Bridge  ] [Dump Stack]2: com.example.shop.util.DeviceUtil----DeviceUtil.java----40----androidId
[ 2024-05-20T10:15:02.502     2468:  2470 I/LSPosed-Bridge  ] Dump Stack: ---------------over----------------
[ 2024-05-20T10:15:03.000     2468:  2468 I/LSPosed-Bridge  ] com.example.shop调用getMacAddress()获取了mac地址
[ 2024-05-20T10:15:03.001     2468:  2468 I/LSPosed-Bridge  ] Loading hooks for com.example.shop finished
"""


def write_workbook_xls(path: Path, sheets: dict[str, tuple[list[str], list[list[str]]]]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, (header, rows) in sheets.items():
        sheet = book.add_sheet(name)
        for col, title in enumerate(header):
            sheet.write(0, col, title)
        for row_number, row in enumerate(rows, 1):
            for col, value in enumerate(row):
                sheet.write(row_number, col, value)
    book.save(str(path))


def write_workbook_xlsx(path: Path, sheets: dict[str, tuple[list[str], list[list[str]]]]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(str(path))


def har() -> dict:
    md5_imei = hashlib.md5(IMEI.encode()).hexdigest()
    sha256_android_id = hashlib.sha256(ANDROID_ID.encode()).hexdigest()
    sha1_mac_upper = hashlib.sha1(MAC.replace(":", "").upper().encode()).hexdigest()
    encoded_json = quote(json.dumps({"androidid": ANDROID_ID, "ver": "2.1"}), safe="")

    def entry(started: str, method: str, url: str, headers=(), post=None) -> dict:
        request = {"method": method, "url": url, "httpVersion": "HTTP/1.1", "cookies": [],
                   "headers": [{"name": n, "value": v} for n, v in headers], "queryString": [],
                   "headersSize": -1, "bodySize": -1}
        if post is not None:
            request["postData"] = post
        return {"startedDateTime": started, "time": 12.5, "request": request,
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                             "headers": [], "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
                             "redirectURL": "", "headersSize": -1, "bodySize": 2},
                "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2.5}}

    entries = [
        # 1: Umeng log upload: IMEI and OAID by name, MAC by value under an opaque key
        entry("2024-05-20T10:15:04.000+08:00", "POST", "https://ulogs.umeng.com/unify_logs",
              [("Content-Type", "application/json"), ("User-Agent", "okhttp/4.9.0")],
              {"mimeType": "application/json", "text": json.dumps(
                  {"header": {"imei": IMEI, "oaid": OAID, "mc": MAC, "os": "Android", "model": "Pixel 7"},
                   "content": {"events": [{"id": "launch", "ts": 1716171304}]}})}),
        # 2: first-party API: MD5 of the IMEI in a signature-like field, a lat/lng pair, a URL-encoded JSON blob
        entry("2024-05-20T10:15:05.000+08:00", "GET",
              f"https://api.example-shop.com/v1/feed?page=1&sign={md5_imei}&lat=39.908722&lng=116.397499"
              f"&d={encoded_json}"),
        # 3: tracker: SHA-256 of the Android ID in a header, SHA-1 of the upper-case MAC without colons in a
        #    form body, the MAC URL-encoded inside an opaque text body
        entry("2024-05-20T10:15:06.000+08:00", "POST", "https://track.adnet.example/collect",
              [("X-Device-Token", sha256_android_id), ("Accept", "*/*")],
              {"mimeType": "application/x-www-form-urlencoded", "params": [
                  {"name": "h", "value": sha1_mac_upper}, {"name": "evt", "value": "open"}]}),
        entry("2024-05-20T10:15:06.500+08:00", "POST", "https://track.adnet.example/raw",
              [], {"mimeType": "text/plain", "text": f"v3 payload {quote(MAC, safe='')} end"}),
        # 5: static file: no personal data
        entry("2024-05-20T10:15:07.000+08:00", "GET", "https://cdn.example-shop.com/static/app.js"),
        # 6: latitude alone (not counted), a phone number and an e-mail under opaque keys
        entry("2024-05-20T10:15:08.000+08:00", "POST", "https://crm.example-shop.com/lead",
              [("X-OAID", OAID)], {"mimeType": "application/json", "text": json.dumps(
                  {"lat": 39.9, "u": PHONE, "contact": "li.lei@example.com", "phone": "Pixel 7"})}),
        # 7: another static request to the same CDN
        entry("2024-05-20T10:15:09.000+08:00", "GET", "https://cdn.example-shop.com/static/logo.png"),
    ]
    return {"log": {"version": "1.2", "creator": {"name": "policycheck fixtures", "version": "1"},
                    "pages": [], "entries": entries}}


MANIFEST = """\
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.example.shop" android:versionCode="42" android:versionName="4.2.0">
    <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="34" />
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.READ_PHONE_STATE" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.READ_CONTACTS" />
    <uses-permission-sdk-23 android:name="android.permission.CAMERA" />
    <uses-permission android:name="com.example.shop.permission.C2D_MESSAGE" />
    <application android:label="Example Shop">
        <activity android:name=".MainActivity" android:exported="true" />
        <service android:name="com.umeng.message.UmengIntentService" />
        <service android:name="com.igexin.sdk.PushService" android:exported="false" />
        <receiver android:name="com.example.shop.BootReceiver" />
    </application>
</manifest>
"""

DEX_CLASSES = [
    "com.example.shop.MainActivity", "com.example.shop.ShopApp", "com.umeng.analytics.MobclickAgent",
    "com.umeng.analytics.pro.a", "com.umeng.commonsdk.UMConfigure", "com.igexin.sdk.PushManager",
    "com.bun.miitmdid.core.MdidSdkHelper", "org.json.JSONObject",
]


def uleb128(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def minimal_dex(classes: list[str]) -> bytes:
    """A dex file holding only the class definitions of `classes` (enough for class-name parsing)."""
    descriptors = sorted(f"L{name.replace('.', '/')};" for name in classes)
    header_size = 0x70
    string_ids_off = header_size
    type_ids_off = string_ids_off + 4 * len(descriptors)
    class_defs_off = type_ids_off + 4 * len(descriptors)
    data_off = class_defs_off + 32 * len(descriptors)
    string_data = bytearray()
    offsets = []
    for descriptor in descriptors:
        offsets.append(data_off + len(string_data))
        encoded = descriptor.encode("ascii")
        string_data += uleb128(len(encoded)) + encoded + b"\x00"
    body = bytearray()
    body += b"".join(struct.pack("<I", o) for o in offsets)
    body += b"".join(struct.pack("<I", i) for i in range(len(descriptors)))
    for index in range(len(descriptors)):
        body += struct.pack("<8I", index, 1, 0xFFFFFFFF, 0, 0xFFFFFFFF, 0, 0, 0)
    body += string_data
    file_size = header_size + len(body)
    header = bytearray(header_size)
    header[0:8] = b"dex\n035\x00"
    struct.pack_into("<I", header, 0x20, file_size)
    struct.pack_into("<I", header, 0x24, header_size)
    struct.pack_into("<I", header, 0x28, 0x12345678)
    struct.pack_into("<4I", header, 0x38, len(descriptors), string_ids_off, len(descriptors), type_ids_off)
    struct.pack_into("<2I", header, 0x60, len(descriptors), class_defs_off)
    struct.pack_into("<2I", header, 0x68, len(body), header_size)
    data = bytes(header) + bytes(body)
    signature = hashlib.sha1(data[32:]).digest()
    data = data[:12] + signature + data[32:]
    checksum = zlib.adler32(data[12:])
    return data[:8] + struct.pack("<I", checksum) + data[12:]


def build_with_aapt() -> None:
    aapt = shutil.which("aapt")
    framework = Path("/usr/share/android-framework-res/framework-res.apk")
    if not aapt or not framework.exists():
        print("aapt or android-framework-res missing: keeping the committed binary manifest and APK", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "AndroidManifest.xml"
        manifest.write_text(MANIFEST, encoding="utf-8")
        out = Path(tmp) / "out.apk"
        subprocess.run([aapt, "package", "-f", "-M", str(manifest), "-I", str(framework), "-F", str(out)], check=True)
        with zipfile.ZipFile(out) as built:
            binary = built.read("AndroidManifest.xml")
            others = {name: built.read(name) for name in built.namelist() if name != "AndroidManifest.xml"}
    (HERE / "binary_manifest.axml").write_bytes(binary)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as apk:
        apk.writestr("AndroidManifest.xml", binary)
        for name, data in others.items():
            apk.writestr(name, data)
        apk.writestr("classes.dex", minimal_dex(DEX_CLASSES))
    (HERE / "synthetic_sdk.apk").write_bytes(buffer.getvalue())


def main() -> None:
    camille = {"App_privacy_compliance_testing": (CAMILLE_HEADERS, CAMILLE_ROWS)}
    write_workbook_xls(HERE / "camille.xls", camille)
    write_workbook_xlsx(HERE / "camille.xlsx", camille)
    write_workbook_xls(HERE / "privacysentry.xls", {"隐私合规": (SENTRY_CALL_HEADERS, SENTRY_ROWS),
                                                     "调用次数": (SENTRY_COUNT_HEADERS, SENTRY_COUNTS)})
    write_workbook_xls(HERE / "privacysentry_nomarker.xls", {"隐私合规": (SENTRY_CALL_HEADERS, [
        row for row in SENTRY_ROWS if row[2] != "点击隐私协议确认"])})
    write_workbook_xls(HERE / "privacysentry_counts.xls", {"隐私合规": (SENTRY_CALL_HEADERS, []),
                                                            "调用次数": (SENTRY_COUNT_HEADERS, SENTRY_COUNTS)})
    (HERE / "XposedBridge.log").write_text(XPOSED_LOG, encoding="utf-8")
    (HERE / "capture.har").write_text(json.dumps(har(), ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "AndroidManifest.xml").write_text(MANIFEST, encoding="utf-8")
    build_with_aapt()


if __name__ == "__main__":
    main()
