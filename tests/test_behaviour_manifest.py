"""AndroidManifest.xml as text and as binary AXML; hostile and malformed XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
pytest.importorskip("defusedxml", reason="defusedxml is not installed (a dependency of the manifest reader)")
pytest.importorskip("androguard", reason="androguard is not installed (a dependency of the binary manifest reader)")
PERMISSIONS = ["android.permission.INTERNET", "android.permission.READ_PHONE_STATE",
               "android.permission.ACCESS_FINE_LOCATION", "android.permission.READ_CONTACTS",
               "android.permission.CAMERA", "com.example.shop.permission.C2D_MESSAGE"]


@pytest.mark.parametrize("name", ["AndroidManifest.xml", "binary_manifest.axml"])
def test_manifest_permissions_and_app(name):
    behaviour = read_behaviour(str(DATA / name))
    assert behaviour.app == {"platform": "android", "id": "com.example.shop", "version": "4.2.0"}
    assert [o.name for o in behaviour.observations if o.kind == "permission"] == PERMISSIONS
    camera = next(o for o in behaviour.observations if o.name == "android.permission.CAMERA")
    assert camera.source == f"{name} <uses-permission-sdk-23>"
    result = map_behaviour(behaviour)
    assert [(u.kind, u.name) for u in result.unmapped] == [("permission", "com.example.shop.permission.C2D_MESSAGE")]
    assert next(o for o in result.observations if o.name.endswith("READ_CONTACTS")).data_types == ["social.contacts"]


def test_binary_manifest_from_a_reference_apk(reference, tmp_path):
    apk = reference / "apks" / "a2dp.Vol_137.apk"
    if not apk.exists():
        pytest.skip("reference APK missing")
    with zipfile.ZipFile(apk) as archive:
        (tmp_path / "AndroidManifest.xml").write_bytes(archive.read("AndroidManifest.xml"))
    behaviour = read_behaviour(str(tmp_path / "AndroidManifest.xml"))
    assert behaviour.app["id"] == "a2dp.Vol"
    assert "android.permission.READ_CONTACTS" in {o.name for o in behaviour.observations}


HOSTILE = {
    "entity": """<?xml version="1.0"?>
<!DOCTYPE manifest [<!ENTITY p "android.permission.CAMERA">]>
<manifest package="x.y"><uses-permission name="&p;"/></manifest>""",
    "external": """<?xml version="1.0"?>
<!DOCTYPE manifest [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<manifest package="x.y"><uses-permission name="&leak;"/></manifest>""",
    "billion-laughs": """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<manifest package="x.y"><application android:label="&lol3;"/></manifest>""",
    "dtd-only": """<?xml version="1.0"?>
<!DOCTYPE manifest SYSTEM "http://example.com/manifest.dtd">
<manifest package="x.y"/>""",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_dtds_and_entities_are_refused(tmp_path, kind):
    path = tmp_path / "AndroidManifest.xml"
    path.write_text(HOSTILE[kind], encoding="utf-8")
    with pytest.raises(InputError, match="refused") as caught:
        read_behaviour(str(path))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("content, expected", [
    (b'<manifest package="x.y"><uses-permission', "malformed XML"),
    (b"<html><body>not a manifest</body></html>", "not an AndroidManifest.xml"),
    (b"\x03\x00\x08\x00" + b"\xff" * 64, "corrupt binary XML"),
])
def test_malformed_manifests(tmp_path, content, expected):
    path = tmp_path / "AndroidManifest.xml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as caught:
        read_behaviour(str(path))
    assert "\n" not in str(caught.value)
