"""APKs: permissions through androguard, dex class names, and refusal of zip bombs, path tricks and broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.behaviour.apk import dex_class_names, read_apk
from policycheck.behaviour.common import ZipLimits
from policycheck.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
pytest.importorskip("androguard", reason="androguard is not installed (a dependency of the APK reader)")
SYNTHETIC = DATA / "synthetic_sdk.apk"

# Permission strings of the reference APKs' manifests (shared/reference/README.md, checked with aapt).
REFERENCE_PERMISSIONS = {
    "com.politedroid_4.apk": ("com.politedroid", {"READ_CALENDAR", "RECEIVE_BOOT_COMPLETED"}),
    "com.teleca.jamendo_35.apk": ("com.teleca.jamendo", {"ACCESS_WIFI_STATE", "INTERNET", "READ_PHONE_STATE",
                                                          "WAKE_LOCK", "WRITE_EXTERNAL_STORAGE"}),
    "a2dp.Vol_137.apk": ("a2dp.Vol", {
        "ACCESS_COARSE_LOCATION", "ACCESS_FINE_LOCATION", "ACCESS_LOCATION_EXTRA_COMMANDS", "ACCESS_WIFI_STATE",
        "BLUETOOTH", "BLUETOOTH_ADMIN", "BROADCAST_STICKY", "CHANGE_WIFI_STATE", "GET_ACCOUNTS",
        "KILL_BACKGROUND_PROCESSES", "MODIFY_AUDIO_SETTINGS", "READ_CONTACTS", "READ_PHONE_STATE",
        "RECEIVE_BOOT_COMPLETED", "RECEIVE_SMS", "WRITE_EXTERNAL_STORAGE",
        "com.android.launcher.permission.READ_SETTINGS"}),
    "TestActivity.apk": ("tests.androguard", set()),
}


def full(name: str) -> str:
    return name if "." in name else f"android.permission.{name}"


@pytest.mark.parametrize("apk_name", sorted(REFERENCE_PERMISSIONS))
def test_reference_apks(reference, apk_name):
    path = reference / "apks" / apk_name
    if not path.exists():
        pytest.skip(f"{apk_name} missing")
    package, permissions = REFERENCE_PERMISSIONS[apk_name]
    behaviour = read_behaviour(str(path))
    assert behaviour.app["id"] == package
    assert {o.name for o in behaviour.observations if o.kind == "permission"} == {full(p) for p in permissions}
    assert [o for o in behaviour.observations if o.kind == "sdk"] == []  # none embeds a third-party SDK
    result = map_behaviour(behaviour)
    mapped_types = {t for o in result.observations for t in o.data_types}
    if apk_name == "a2dp.Vol_137.apk":
        assert {"social.contacts", "communication.sms", "location.precise", "device.id.imei"} <= mapped_types
        assert [u.name for u in result.unmapped] == ["com.android.launcher.permission.READ_SETTINGS"]
    if apk_name == "TestActivity.apk":
        assert result.observations == [] and result.unmapped == []


def test_reference_dex_class_names(reference):
    path = reference / "apks" / "com.teleca.jamendo_35.apk"
    if not path.exists():
        pytest.skip("reference APK missing")
    with zipfile.ZipFile(path) as archive:
        names = dex_class_names(archive.read("classes.dex"), "classes.dex")
    assert len(names) > 100 and all(name.startswith("com.teleca.jamendo") for name in names)


def test_synthetic_apk():
    behaviour = read_behaviour(str(SYNTHETIC))
    assert behaviour.app["id"] == "com.example.shop"
    assert "android.permission.CAMERA" in {o.name for o in behaviour.observations}
    with zipfile.ZipFile(SYNTHETIC) as archive:
        names = dex_class_names(archive.read("classes.dex"), "classes.dex")
    assert "com.umeng.analytics.MobclickAgent" in names and "org.json.JSONObject" in names


def rebuilt(entries: list[tuple[str, bytes]], base: Path = SYNTHETIC) -> bytes:
    """The synthetic APK's entries plus `entries` (names are written as given)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def error_of(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "app.apk"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_behaviour(str(path))
    message = str(caught.value)
    assert "\n" not in message and message.startswith("app.apk")
    return message


@pytest.mark.parametrize("name", ["../../evil.so", "/etc/cron.d/evil", "lib\\..\\evil.so", "C:/evil.dll", "a/../../b"])
def test_path_tricks_are_refused(tmp_path, name):
    assert "unsafe path" in error_of(tmp_path, rebuilt([(name, b"x")]))


def test_duplicate_entries_are_refused(tmp_path):
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate it is asked to write
        data = rebuilt([("AndroidManifest.xml", b"a second manifest")])
    assert "duplicate" in error_of(tmp_path, data)


def test_zip_bomb_is_refused(tmp_path):
    assert "zip bomb" in error_of(tmp_path, rebuilt([("assets/zeros.bin", bytes(24 * 1024 * 1024))]))


def test_entry_limit(tmp_path):
    data = rebuilt([(f"assets/f{i}.txt", b"x") for i in range(10)])
    with pytest.raises(InputError, match="zip entries"):
        read_apk(data, "app.apk", ZipLimits(max_entries=8))


def test_overlapping_entries_are_refused(tmp_path):
    data = bytearray(rebuilt([("assets/a.txt", b"hello" * 100), ("assets/b.txt", b"world" * 100)]))
    central = data.rfind(b"PK\x01\x02")  # the last central directory record: point it at the first entry's data
    first_local = data.find(b"PK\x03\x04")
    data[central + 42: central + 46] = first_local.to_bytes(4, "little")
    assert "overlapping" in error_of(tmp_path, bytes(data))


@pytest.mark.parametrize("damage", ["truncated", "garbage-manifest", "no-manifest", "garbage-dex"])
def test_broken_apks(tmp_path, damage):
    data = SYNTHETIC.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
        expected = "zip"
    elif damage == "garbage-manifest":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("AndroidManifest.xml", b"\x03\x00\x08\x00" + b"\x00\xff" * 200)
            archive.writestr("classes.dex", b"dex\n035\x00")
        data, expected = buffer.getvalue(), "broken APK"
    elif damage == "no-manifest":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("classes.dex", b"dex\n035\x00")
        data, expected = buffer.getvalue(), "no AndroidManifest.xml"
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(SYNTHETIC) as source, zipfile.ZipFile(buffer, "w") as target:
            for info in source.infolist():
                content = source.read(info.filename)
                if info.filename == "classes.dex":
                    content = content[:0x70] + b"\xff" * 64
                target.writestr(info.filename, content)
        data, expected = buffer.getvalue(), "dex"
    assert expected in error_of(tmp_path, data)


def test_an_unsupported_zip_version_is_an_input_error(tmp_path):
    """zipfile raises NotImplementedError for a central-directory entry needing a newer zip version (found by
    test_fuzz_behaviour): one input error, not a crash."""
    data = bytearray(rebuilt([("assets/a.txt", b"hello")]))
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 99  # "version needed to extract": 9.9
    assert "not a readable zip archive" in error_of(tmp_path, bytes(data))
