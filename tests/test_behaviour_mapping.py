"""Behaviour mapping: API arguments, actor attribution, SDK detection, unmapped counting, consent time."""

from __future__ import annotations

from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.behaviour import mapping as mapping_module
from policycheck.behaviour.mapping import SdkLookup
from policycheck.records import FIRST_PARTY, Behaviour, Observation, Unmapped
from policycheck.taxonomy import Entity, EntityCatalog

DATA = Path(__file__).resolve().parent / "data" / "behaviour"


def make_catalog() -> EntityCatalog:
    """A small SDK catalogue built the way load_entities builds one (longest prefix / host suffix first)."""
    def sdk(id_, packages=(), hosts=(), company=None):
        return Entity(id=id_, kind="sdk", name_en=id_, name_zh=id_, company=company, packages=tuple(packages),
                      hosts=tuple(hosts))

    entities = {
        "umeng": sdk("umeng", ["com.umeng"], ["umeng.com"], company="alibaba"),
        "umeng_push": sdk("umeng_push", ["com.umeng.message"], ["msg.umeng.com"], company="alibaba"),
        "getui": sdk("getui", ["com.igexin", "com.getui"], ["igexin.com", "getui.com"]),
        "msa_oaid": sdk("msa_oaid", ["com.bun.miitmdid"]),
        "gms": sdk("gms", ["com.google.android.gms"]),
        "alibaba": Entity(id="alibaba", kind="company", name_en="Alibaba", name_zh="阿里巴巴", hosts=("alibaba.com",)),
        "adnet": Entity(id="adnet", kind="company", name_en="AdNet", name_zh="AdNet", hosts=("adnet.example",)),
    }
    prefixes = sorted(((p, e.id) for e in entities.values() for p in e.packages), key=lambda item: -len(item[0]))
    hosts = sorted(((h, e.id) for e in entities.values() for h in e.hosts), key=lambda item: -len(item[0]))
    return EntityCatalog(entities=entities, _prefixes=prefixes, _hosts=hosts)


@pytest.fixture(scope="module")
def catalog() -> EntityCatalog:
    return make_catalog()


def mapped(*observations: Observation, app_id: str | None = "com.example.shop", catalog=None,
           consent=None) -> Behaviour:
    behaviour = Behaviour(app={"id": app_id} if app_id else {}, observations=list(observations), consent_time=consent)
    return map_behaviour(behaviour, catalog=catalog or make_catalog())


def one(*observations: Observation, **kwargs) -> Observation:
    return mapped(*observations, **kwargs).observations[0]


# --- API arguments ---------------------------------------------------------------------------------------------

QUERY = "android.content.ContentResolver.query"


@pytest.mark.parametrize("uri, data_types", [
    ("content://com.android.contacts/data/phones", ["social.contacts"]),
    ("content://contacts/people", ["social.contacts"]),
    ("content://media/external/images/media", ["media.photos"]),
    ("content://media/external/video/media/12", ["media.photos"]),
    ("content://media/external/audio/media", ["storage.files"]),
    ("content://sms/inbox", ["communication.sms"]),
    ("content://call_log/calls", ["communication.call_log"]),
    ("content://com.android.calendar/events", ["calendar"]),
    ("content://com.example.shop.provider/items", []),
])
def test_content_resolver_query_maps_by_uri_authority(uri, data_types):
    result = mapped(Observation(kind="api", name=QUERY, args=[uri]))
    assert result.observations[0].data_types == data_types
    assert result.unmapped == []  # a provider without personal data is known, not unmapped


def test_query_without_arguments_is_unmapped_not_guessed():
    result = mapped(Observation(kind="api", name=QUERY, count=4))
    assert result.observations[0].data_types == []
    assert [(u.kind, u.name, u.count) for u in result.unmapped] == [("api", QUERY, 4)]
    assert "argument" in result.unmapped[0].reason


@pytest.mark.parametrize("name", ["android.provider.Settings$Secure.getString",
                                  "android.provider.Settings.Secure.getString",
                                  "android.provider.Settings$System.getString"])
def test_settings_get_string_needs_android_id_argument(name):
    assert one(Observation(kind="api", name=name, args=["{}", "android_id"])).data_types == ["device.id.android_id"]
    assert one(Observation(kind="api", name=name, args=["{}", "screen_brightness"])).data_types == []
    assert one(Observation(kind="api", name=name, args=["bluetooth_address"])).data_types == ["device.id.mac"]


@pytest.mark.parametrize("args, data_types", [
    (["gps", "1000", "0"], ["location.precise"]),
    (["network", "1000", "0"], ["location.coarse"]),
    (["passive"], ["location.precise"]),
    ([], ["location.precise"]),
])
def test_location_provider_decides_precision(args, data_types):
    name = "android.location.LocationManager.requestLocationUpdates"
    assert one(Observation(kind="api", name=name, args=args)).data_types == data_types


def test_package_info_of_own_package_is_not_the_app_list():
    name = "android.app.ApplicationPackageManager.getPackageInfo"
    assert one(Observation(kind="api", name=name, args=["com.example.shop", "0"])).data_types == []
    assert one(Observation(kind="api", name=name, args=["com.tencent.mm", "0"])).data_types == ["device.apps"]


@pytest.mark.parametrize("name, full, data_types", [
    ("TelephonyManager.getImei", "android.telephony.TelephonyManager.getImei", ["device.id.imei"]),
    ("getSubscriberId", "android.telephony.TelephonyManager.getSubscriberId", ["device.id.imsi"]),
    ("<android.telephony.TelephonyManager: java.lang.String getDeviceId(int)>",
     "android.telephony.TelephonyManager.getDeviceId", ["device.id.imei"]),
    ("android.net.wifi.WifiInfo.getMacAddress()", "android.net.wifi.WifiInfo.getMacAddress", ["device.id.mac"]),
    ("BluetoothAdapter.getAddress", "android.bluetooth.BluetoothAdapter.getAddress", ["device.id.mac"]),
    ("android.os.Build.getSerial", "android.os.Build.getSerial", ["device.id.serial"]),
    ("com.bun.miitmdid.interfaces.IdSupplier.getOAID", "com.bun.miitmdid.interfaces.IdSupplier.getOAID",
     ["device.id.ad_id"]),
    ("com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo",
     "com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo", ["device.id.ad_id"]),
    ("android.content.ClipboardManager.getPrimaryClip", "android.content.ClipboardManager.getPrimaryClip",
     ["clipboard"]),
])
def test_api_names_in_every_written_form(name, full, data_types):
    observation = one(Observation(kind="api", name=name))
    assert observation.data_types == data_types
    assert observation.name.replace("$", ".") == full


# --- actor attribution -----------------------------------------------------------------------------------------

PUSH_STACK = [
    "android.telephony.TelephonyManager.getSubscriberId(Native Method)",
    "com.example.shop.push.PushHelper.imsi(PushHelper.java:20)",
    "com.example.shop.push.PushHelper.onRegister(PushHelper.java:9)",
    "com.igexin.push.core.CoreLogic.run(Unknown Source:14)",
    "com.umeng.commonsdk.Worker.run(Unknown Source:3)",
    "java.lang.Thread.run(Thread.java:764)",
]


def test_sdk_frame_below_app_frames_is_the_actor():
    observation = one(Observation(kind="api", name="android.telephony.TelephonyManager.getSubscriberId",
                                  caller="com.example.shop.push.PushHelper", stack=PUSH_STACK))
    assert observation.actor == "getui"  # the first SDK frame from the top, not the last (camille's rule)
    assert observation.sdk == "getui"


def test_app_frames_only_is_first_party():
    observation = one(Observation(kind="api", name="android.telephony.TelephonyManager.getSubscriberId",
                                  caller="com.example.shop.push.PushHelper", stack=PUSH_STACK[:3]))
    assert observation.actor == FIRST_PARTY and observation.sdk is None


def test_caller_wins_and_longest_prefix_wins():
    observation = one(Observation(kind="api", name="android.telephony.TelephonyManager.getImei",
                                  caller="com.umeng.message.PushAgent", stack=PUSH_STACK))
    assert observation.actor == "umeng_push"


def test_frames_of_the_api_class_itself_do_not_make_its_sdk_the_actor():
    name = "com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo"
    stack = [f"{name}(AdvertisingIdClient.java:1)", "com.example.shop.ads.AdLoader.load(AdLoader.java:5)"]
    assert one(Observation(kind="api", name=name, stack=stack)).actor == FIRST_PARTY
    stack.append("com.bun.miitmdid.core.Worker.run(Worker.java:3)")
    assert one(Observation(kind="api", name=name, stack=stack)).actor == "msa_oaid"


def test_app_own_package_is_never_an_sdk():
    observation = one(Observation(kind="api", name="android.telephony.TelephonyManager.getImei",
                                  caller="com.igexin.demo.MainActivity"), app_id="com.igexin.demo")
    assert observation.actor == FIRST_PARTY


def test_network_actor_from_host(catalog):
    def request(host: str, field: str) -> Observation:
        return Observation(kind="network", name=host, host=host, fields=[field])

    result = mapped(request("ulogs.umeng.com", "imei"), request("track.adnet.example", "oaid"),
                    request("api.example-shop.com", "lat"), catalog=catalog)
    umeng, adnet, own = result.observations
    assert (umeng.actor, umeng.sdk, umeng.data_types) == ("umeng", "umeng", ["device.id.imei"])
    assert (adnet.actor, adnet.sdk, adnet.data_types) == ("adnet", None, ["device.id.ad_id"])
    assert (own.actor, own.data_types) == (FIRST_PARTY, ["location.precise"])


def test_har_capture_hosts_are_attributed(catalog):
    result = map_behaviour(read_behaviour(str(DATA / "capture.har")), catalog=catalog)
    actors = {o.host: o.actor for o in result.observations}
    assert actors["ulogs.umeng.com"] == "umeng"
    assert actors["track.adnet.example"] == "adnet"
    assert actors["api.example-shop.com"] == FIRST_PARTY
    assert result.unmapped == []  # requests without personal data are not unmapped


def test_camille_trace_attributes_sdks(catalog):
    pytest.importorskip("xlrd", reason="xlrd is not installed")
    result = map_behaviour(read_behaviour(str(DATA / "camille.xls")), catalog=catalog)
    by_source = {o.source: o for o in result.observations}
    assert by_source["camille.xls row 2"].actor == "umeng"  # caller DeviceConfig is Umeng code
    assert by_source["camille.xls row 6"].actor == "getui"  # Getui frame below the app's own frames
    assert by_source["camille.xls row 3"].actor == FIRST_PARTY


def test_sdk_observations_carry_the_sdk_id(catalog):
    result = mapped(Observation(kind="sdk", name="com.umeng.analytics"), Observation(kind="sdk", name="getui"),
                    Observation(kind="sdk", name="com.unknown.tracker"), catalog=catalog)
    umeng, getui, unknown = result.observations
    assert (umeng.sdk, umeng.actor, umeng.data_types) == ("umeng", "umeng", [])
    assert (getui.sdk, getui.actor) == ("getui", "getui")
    assert unknown.sdk is None
    assert [(u.kind, u.name) for u in result.unmapped] == [("sdk", "com.unknown.tracker")]


# --- SDK detection in manifests and APKs -------------------------------------------------------------------------

@pytest.fixture
def patched_catalog(monkeypatch, catalog):
    monkeypatch.setattr(mapping_module, "sdk_lookup", lambda: SdkLookup(catalog))
    return catalog


def test_manifest_components_reveal_sdks(patched_catalog):
    pytest.importorskip("defusedxml", reason="defusedxml is not installed")
    behaviour = read_behaviour(str(DATA / "AndroidManifest.xml"))
    sdks = {o.name: o for o in behaviour.observations if o.kind == "sdk"}
    assert set(sdks) == {"com.umeng.message", "com.igexin.sdk"}
    result = map_behaviour(behaviour, catalog=patched_catalog)
    assert {o.sdk for o in result.observations if o.kind == "sdk"} == {"umeng_push", "getui"}


def test_apk_dex_classes_reveal_sdks(patched_catalog):
    pytest.importorskip("androguard", reason="androguard is not installed")
    behaviour = read_behaviour(str(DATA / "synthetic_sdk.apk"))
    result = map_behaviour(behaviour, catalog=patched_catalog)
    sdks = {o.sdk: o for o in result.observations if o.kind == "sdk"}
    assert set(sdks) == {"umeng", "umeng_push", "getui", "msa_oaid"}  # org.json and the app's classes are not SDKs
    assert sdks["umeng"].name == "com.umeng.analytics"
    assert "com.umeng.commonsdk" in sdks["umeng"].args
    assert all(o.actor == o.sdk for o in sdks.values())


def test_real_catalogue_finds_no_sdk_in_reference_apks(reference):
    pytest.importorskip("androguard", reason="androguard is not installed")
    apks = sorted((reference / "apks").glob("*.apk"))
    if not apks:
        pytest.skip("no reference APKs")
    for apk in apks:
        result = map_behaviour(read_behaviour(str(apk)))
        assert [o for o in result.observations if o.kind == "sdk"] == [], apk.name


# --- unmapped, data observations, consent time, immutability -----------------------------------------------------

def test_unmapped_things_are_counted_not_dropped():
    behaviour = Behaviour(app={"id": "com.example.shop"}, observations=[
        Observation(kind="api", name="com.example.Secret.read", count=3),
        Observation(kind="api", name="com.example.Secret.read", count=2),
        Observation(kind="permission", name="com.example.permission.PUSH"),
        Observation(kind="network", host="h.example", name="h.example", fields=["imei", "frobnicator"]),
        Observation(kind="data", name="device.id.quantum"),
        Observation(kind="data", name="location.coarse"),
    ], unmapped=[Unmapped("screenshot", "Main", 2, "unknown observation kind 'screenshot'")])
    result = map_behaviour(behaviour, catalog=make_catalog())
    counts = {(u.kind, u.name): u.count for u in result.unmapped}
    assert counts == {("api", "com.example.Secret.read"): 5, ("permission", "com.example.permission.PUSH"): 1,
                      ("network", "frobnicator"): 1, ("data", "device.id.quantum"): 1, ("screenshot", "Main"): 2}
    assert all(u.reason for u in result.unmapped)
    assert result.observations[3].data_types == ["device.id.imei"]  # the known field still maps
    assert result.observations[5].data_types == ["location.coarse"]
    assert len(result.observations) == 6  # unmapped observations stay as evidence


def test_permissions_map_to_data_types():
    result = mapped(Observation(kind="permission", name="android.permission.READ_CONTACTS"),
                    Observation(kind="permission", name="ACCESS_COARSE_LOCATION"),
                    Observation(kind="permission", name="android.permission.INTERNET"))
    contacts, coarse, internet = result.observations
    assert contacts.data_types == ["social.contacts"]
    assert (coarse.name, coarse.data_types) == ("android.permission.ACCESS_COARSE_LOCATION", ["location.coarse"])
    assert internet.data_types == [] and result.unmapped == []


def test_consent_time_places_timestamped_observations():
    def request(timestamp: str) -> Observation:
        return Observation(kind="network", host="a.example", name="a.example", fields=["imei"], timestamp=timestamp)

    result = mapped(
        request("2024-05-20T10:00:00+08:00"), request("2024-05-20T10:30:00+08:00"), request("2024-05-20T10:00:00"),
        Observation(kind="api", name="android.telephony.TelephonyManager.getImei", before_consent=False,
                    timestamp="2024-05-20T09:00:00+08:00"),
        consent="2024-05-20T02:15:00Z")
    assert [o.before_consent for o in result.observations] == [True, False, None, False]


def test_map_behaviour_returns_a_copy():
    original = Observation(kind="permission", name="android.permission.CAMERA")
    behaviour = Behaviour(observations=[original])
    result = map_behaviour(behaviour, catalog=make_catalog())
    assert result.observations[0].data_types == ["media.camera"]
    assert original.data_types == [] and behaviour.unmapped == []


def test_mapping_ten_thousand_observations():
    """Many observations over few distinct calls and stacks (their speed: benchmarks/check.py)."""
    catalog = make_catalog()
    map_behaviour(Behaviour(observations=[Observation(kind="permission", name="android.permission.CAMERA")]),
                  catalog=catalog)  # load the mapping files once
    apis = ["android.telephony.TelephonyManager.getDeviceId", QUERY, "android.provider.Settings$Secure.getString",
            "android.location.LocationManager.getLastKnownLocation", "com.example.Unknown.call"]
    observations = []
    for index in range(10_000):
        stack = [f"{apis[index % 5]}(X.java:1)", f"com.example.shop.m{index % 300}.C{index % 7}.run(C.java:2)",
                 f"com.igexin.push.p{index % 50}.W.run(W.java:3)", "java.lang.Thread.run(Thread.java:764)"]
        observations.append(Observation(kind="api", name=apis[index % 5], args=["content://sms/inbox", "android_id"],
                                        caller=f"com.example.shop.m{index % 300}.C{index % 7}", stack=stack))
        if index % 10 == 0:
            host = f"h{index % 40}.umeng.com"
            observations.append(Observation(kind="network", host=host, name=host, fields=["imei", "lat"]))
    behaviour = Behaviour(app={"id": "com.example.shop"}, observations=observations)
    result = map_behaviour(behaviour, catalog=catalog)
    assert len(result.observations) == 11_000
    assert result.observations[0].actor == "getui"
    assert {u.name for u in result.unmapped} == {"com.example.Unknown.call"}
