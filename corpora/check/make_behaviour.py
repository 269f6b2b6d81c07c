"""Regenerate the generated behaviour files of the check corpus (corpora/check/<app-id>/).

    python corpora/check/make_behaviour.py

Writes the camille (`trace.xls`) and PrivacySentry (`privacysentry.xls`) workbooks with xlwt, as those tools do,
and the HAR captures (`capture.har`). The canonical JSON / JSON Lines files, the AndroidManifest.xml files and the
Xposed log are written by hand. Everything is synthetic (CC0-1.0): package names, hosts of the apps themselves and
identifier values are made up; SDK package prefixes and hosts are the public ones that mappings/sdks.yaml lists.
The IMEI 490154203237518 is the textbook Luhn example.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

IMEI = "490154203237518"
ANDROID_ID = "9c2f41a7d03b6e58"
OAID = "7b1e9c4d-2a6f-4e3b-8d5c-0f9a1b2c3d4e"
GAID = "38400000-8cf0-11bd-b23e-10b96e40000d"


# --- camille (zhengjim/camille): one sheet, 7 columns, 0-based months ----------------------------------------------

CAMILLE_SHEET = "App_privacy_compliance_testing"
CAMILLE_HEADERS = ["隐私政策状态", "时间点", "行为主体", "操作行为", "行为描述", "传入参数", "调用堆栈"]
BEFORE, AFTER = "同意隐私政策前", "同意隐私政策后"


def stack(*frames: str) -> str:
    """camille's stack text: frames indented by three spaces, CRLF-terminated."""
    return "".join(f"   {frame}\r\n" for frame in frames)


def write_xls(path: Path, sheets: dict[str, tuple[list[str], list[list[str]]]]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, (header, rows) in sheets.items():
        sheet = book.add_sheet(name)
        for col, title in enumerate(header):
            sheet.write(0, col, title)
        for number, row in enumerate(rows, 1):
            for col, value in enumerate(row):
                sheet.write(number, col, value)
    book.save(str(path))


def camille(path: Path, rows: list[list[str]]) -> None:
    write_xls(path, {CAMILLE_SHEET: (CAMILLE_HEADERS, rows)})


# --- PrivacySentry (allenymt/PrivacySentry): 隐私合规 + 调用次数 sheets ----------------------------------------------

SENTRY_CALL_HEADERS = ["调用时间(倒序排序)", "别名", "函数名", "调用堆栈"]
SENTRY_COUNT_HEADERS = ["别名", "函数名", "调用堆栈", "调用次数"]
SENTRY_MARKER = "点击隐私协议确认"


def sentry_stack(*frames: str) -> str:
    """PrivacySentry's stack text: 'cls.method() line' joined by ' <- ' and a line break."""
    return " <- \n".join(frames)


def privacysentry(path: Path, calls: list[list[str]]) -> None:
    """`calls` oldest first ([time, alias, function, stack]); written newest first, as PrivacySentry sorts them.

    The 调用次数 sheet aggregates the same calls per (alias, function, stack)."""
    counts: dict[tuple[str, str, str], int] = {}
    for _time, alias, function, stack_text in calls:
        if function != SENTRY_MARKER:
            key = (alias, function, stack_text)
            counts[key] = counts.get(key, 0) + 1
    write_xls(path, {
        "隐私合规": (SENTRY_CALL_HEADERS, sorted(calls, key=lambda row: row[0], reverse=True)),
        "调用次数": (SENTRY_COUNT_HEADERS, [[a, f, s, str(n)] for (a, f, s), n in counts.items()]),
    })


# --- HAR 1.2 ----------------------------------------------------------------------------------------------------

def har_entry(started: str, method: str, url: str, headers: list[tuple[str, str]] | None = None,
              body: object = None, form: list[tuple[str, str]] | None = None) -> dict:
    request = {"method": method, "url": url, "httpVersion": "HTTP/1.1", "cookies": [],
               "headers": [{"name": n, "value": v} for n, v in (headers or [])], "queryString": [],
               "headersSize": -1, "bodySize": -1}
    if body is not None:
        request["postData"] = {"mimeType": "application/json", "text": json.dumps(body, ensure_ascii=False)}
    elif form is not None:
        request["postData"] = {"mimeType": "application/x-www-form-urlencoded",
                               "params": [{"name": n, "value": v} for n, v in form]}
    return {"startedDateTime": started, "time": 48.2, "request": request,
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [],
                         "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
                         "redirectURL": "", "headersSize": -1, "bodySize": 2},
            "cache": {}, "timings": {"send": 1, "wait": 40, "receive": 7.2}}


def write_har(path: Path, entries: list[dict], creator: str = "Charles Proxy") -> None:
    document = {"log": {"version": "1.2", "creator": {"name": creator, "version": "4.6.6"}, "pages": [],
                        "entries": entries}}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# === the cases ===================================================================================================

def zh_shop_youxuan(root: Path) -> None:
    """优选鲜生 (online shopping): camille trace; the manifest is hand-written."""
    app = "com.youxuan.fresh"
    umeng_init = ("com.umeng.commonsdk.UMConfigure.init(UMConfigure.java:151)",
                  f"{app}.FreshApp.onCreate(FreshApp.java:42)",
                  "android.app.Instrumentation.callApplicationOnCreate(Instrumentation.java:1277)")
    kwad = ("com.kwad.sdk.utils.AppListUtil.getInstalledApps(AppListUtil.java:57)",
            "com.kwad.sdk.core.request.model.DeviceInfo.collect(DeviceInfo.java:130)",
            "com.kwad.sdk.KsAdSDKImpl.init(KsAdSDKImpl.java:88)", f"{app}.FreshApp.onCreate(FreshApp.java:47)")
    rows = [
        [BEFORE, "2024-4-20 10:0:1", "友盟", "获取电话相关信息", "获取IMEI", "无参数", stack(
            "android.telephony.TelephonyManager.getDeviceId(Native Method)",
            "com.umeng.commonsdk.statistics.common.DeviceConfig.getImeiNew(DeviceConfig.java:212)", *umeng_init)],
        [BEFORE, "2024-4-20 10:0:1", "APP本身", "获取系统信息", "获取安卓ID", '参数0：{}\r\n参数1："android_id"', stack(
            "android.provider.Settings$Secure.getString(Native Method)",
            f"{app}.util.DeviceUtil.androidId(DeviceUtil.java:33)", f"{app}.FreshApp.onCreate(FreshApp.java:39)")],
        [BEFORE, "2024-4-20 10:0:2", "APP本身", "申请权限", '申请具体权限看"参数1"',
         '参数0："<instance: android.app.Activity>"\r\n参数1：["android.permission.ACCESS_FINE_LOCATION"]\r\n参数2：100',
         stack("androidx.core.app.ActivityCompat.requestPermissions(Native Method)",
               f"{app}.splash.SplashActivity.onCreate(SplashActivity.java:61)")],
        *[[BEFORE, f"2024-4-20 10:0:{second}", "APP本身", "获取其他app信息", "APP获取了其他app信息", "参数0：0", stack(
            "android.app.ApplicationPackageManager.getInstalledPackages(Native Method)", *kwad)]
          for second in (3, 4, 6, 9)],
        [AFTER, "2024-4-20 10:0:15", "友盟", "获取系统信息", "获取OAID", "无参数", stack(
            "com.android.id.impl.IdProviderImpl.getOAID(Native Method)",
            "com.umeng.umsdk.ext.OaidHelper.fetch(OaidHelper.java:28)",
            "com.umeng.commonsdk.internal.UMInternalManager.run(UMInternalManager.java:77)")],
        [AFTER, "2024-4-20 10:0:20", "APP本身", "获取位置信息", "获取位置信息", '参数0："gps"\r\n参数1：5000\r\n参数2：10.0',
         stack("android.location.LocationManager.requestLocationUpdates(Native Method)",
               f"{app}.store.NearbyStoreActivity.locate(NearbyStoreActivity.java:88)")],
        [AFTER, "2024-4-20 10:0:21", "高德定位", "获取位置信息", "获取位置信息", '参数0："gps"\r\n参数1：2000\r\n参数2：0.0',
         stack("android.location.LocationManager.requestLocationUpdates(Native Method)",
               "com.loc.ap.a(Unknown Source:41)",
               "com.amap.api.location.AMapLocationClient.startLocation(Unknown Source:9)",
               f"{app}.store.NearbyStoreActivity.onCreate(NearbyStoreActivity.java:52)")],
        [AFTER, "2024-4-20 10:0:21", "高德定位", "获取网络信息", "获取wifi扫描结果", "无参数",
         stack("android.net.wifi.WifiManager.getScanResults(Native Method)", "com.loc.bj.c(Unknown Source:112)",
               "com.amap.api.location.AMapLocationClient.startLocation(Unknown Source:9)")],
        [AFTER, "2024-4-20 10:0:40", "APP本身", "获取系统信息", "读取剪切板信息", "无参数", stack(
            "android.content.ClipboardManager.getPrimaryClip(Native Method)",
            f"{app}.share.TokenDetector.check(TokenDetector.java:24)",
            f"{app}.MainActivity.onResume(MainActivity.java:130)")],
        [AFTER, "2024-4-20 10:1:10", "APP本身", "调用摄像头", "打开摄像头", "参数0：0", stack(
            "android.hardware.Camera.open(Native Method)",
            f"{app}.scan.ScanActivity.startPreview(ScanActivity.java:71)")],
        [AFTER, "2024-4-20 10:2:0", "APP本身", "获取系统信息", "获取手机通信录内容", "", stack(
            "android.content.ContentResolver.query(Native Method)",
            f"{app}.invite.ContactPicker.load(ContactPicker.java:45)")],
    ]
    camille(root / "zh-shop-youxuan" / "trace.xls", rows)


def zh_map_tujing(root: Path) -> None:
    """途径地图 (map and navigation): HAR capture next to the hand-written JSON Lines trace."""
    entries = [
        # an analytics SDK the policy does not list, sending before the privacy dialog is accepted (09:30:12)
        har_entry("2024-05-20T09:30:05.120+08:00", "POST",
                  "https://tujing.datasink.sensorsdata.cn/sa?project=production",
                  [("Content-Type", "application/json"), ("User-Agent", "SensorsAnalytics Android SDK/6.6.9")],
                  {"distinct_id": "u_84fd21", "type": "track", "event": "$AppStart",
                   "properties": {"$model": "M2012K11AC", "$os_version": "13", "$device_id": ANDROID_ID,
                                  "$carrier": "中国移动", "$app_version": "11.2.0"}}),
        har_entry("2024-05-20T09:30:25.400+08:00", "POST", "https://api.tujing-map.cn/v1/device/register",
                  [("Content-Type", "application/json")], {"androidid": ANDROID_ID, "app_ver": "11.2.0"}),
        har_entry("2024-05-20T09:35:01.010+08:00", "GET",
                  "https://api.tujing-map.cn/v3/navi/route?lat=31.230416&lng=121.473701&dest=poi_88213&mode=drive"),
        har_entry("2024-05-20T09:35:01.300+08:00", "GET", "https://tile.tujing-map.cn/v2/tiles/15/27441/13396.pbf"),
    ]
    write_har(root / "zh-map-tujing" / "capture.har", entries)


def zh_game_xinghe(root: Path) -> None:
    """星河征途 (online game with ad SDKs): PrivacySentry export; the manifest is hand-written."""
    app = "com.xinghe.starquest"
    pangle = sentry_stack("com.bytedance.sdk.openadsdk.core.z.a.b() 214", "com.bytedance.sdk.openadsdk.core.z.a.a() 96",
                          "com.bytedance.sdk.openadsdk.TTAdSdk.init() 71", f"{app}.ads.AdBootstrap.init() 38",
                          f"{app}.GameApp.onCreate() 66")
    pangle_later = sentry_stack("com.bytedance.sdk.openadsdk.core.z.a.b() 214",
                                "com.bytedance.sdk.openadsdk.core.n.e.run() 52")
    mbridge = sentry_stack("com.mbridge.msdk.foundation.tools.SameDiTool.k() 377",
                           "com.mbridge.msdk.foundation.controller.MBSDKContext.init() 140",
                           f"{app}.ads.AdBootstrap.initMediation() 57")
    apps = ("安装包-getInstalledPackages()", "PackageManager-getInstalledPackages-\n线程名: main")
    calls = [
        ["05-20 20:01:00.104", "IMEI-getDeviceId()", "TelephonyManager-getDeviceId-\n线程名: main",
         sentry_stack(f"{app}.anticheat.DeviceProbe.imei() 44", f"{app}.GameApp.onCreate() 60")],
        *[[f"05-20 20:01:0{i // 10}.{i % 10}31", *apps, pangle] for i in range(8)],
        ["05-20 20:01:05.000", SENTRY_MARKER, SENTRY_MARKER, SENTRY_MARKER],
        ["05-20 20:01:06.220", "当前运行中的进程-getRunningAppProcesses()",
         "ActivityManager-getRunningAppProcesses-\n线程名: ace-scan",
         sentry_stack(f"{app}.anticheat.ProcessScanner.scan() 81", f"{app}.anticheat.AntiCheat.tick() 23")],
        *[[f"05-20 20:{2 + i // 6:02d}:{(i % 6) * 9 + 1:02d}.500", *apps, pangle_later] for i in range(17)],
        ["05-20 20:02:10.010", "IMEI-getDeviceId()", "TelephonyManager-getDeviceId-\n线程名: tt_pangle_thread_init",
         pangle_later],
        ["05-20 20:02:10.020", "基站信息-getAllCellInfo()", "TelephonyManager-getAllCellInfo-\n线程名: tt_pangle_thread_init",
         pangle_later],
        ["05-20 20:02:30.700", "mac地址-getMacAddress()", "WifiInfo-getMacAddress-\n线程名: mb-worker-2", mbridge],
        ["05-20 20:02:30.710", *apps[:1], "PackageManager-getInstalledPackages-\n线程名: mb-worker-2", mbridge],
        ["05-20 20:04:30.710", *apps[:1], "PackageManager-getInstalledPackages-\n线程名: mb-worker-2", mbridge],
    ]
    privacysentry(root / "zh-game-xinghe" / "privacysentry.xls", calls)


def zh_news_qingliu(root: Path) -> None:
    """清流资讯 (news): HAR capture next to the hand-written canonical JSON trace."""
    umeng = har_entry("2024-08-12T20:15:20.300+08:00", "POST", "https://ulogs.umeng.com/unify_logs",
                      [("Content-Type", "application/json"), ("User-Agent", "okhttp/4.9.3")],
                      {"header": {"imei": IMEI, "os": "Android", "app_version": "4.8.0"},
                       "content": {"events": [{"id": "$$_page_start", "ts": 1723464920}]}})
    # the ad SDK refreshes a banner every few seconds, each bid request carrying the OAID and the device model
    gdt = [har_entry(f"2024-08-12T20:17:{4 * n:02d}.250+08:00", "POST", "https://mi.gdt.qq.com/gdt_mview.fcg",
                     [("Content-Type", "application/json")],
                     {"app": {"pkg": "cn.qingliu.news"}, "dev": {"oaid": OAID, "model": "V2049A", "os": 1},
                      "pos": {"id": "8051889913", "ad_count": 1}})
           for n in range(12)]
    static = har_entry("2024-08-12T20:15:12.000+08:00", "GET", "https://static.qingliu-news.cn/feed/hot.json")
    write_har(root / "zh-news-qingliu" / "capture.har", [umeng, static, *gdt])


def en_fitness_stridefit(root: Path) -> None:
    """StrideFit (fitness): HAR capture next to the hand-written canonical JSON trace."""
    entries = [
        har_entry("2024-09-02T07:11:05.100Z", "POST", "https://app-measurement.com/a",
                  [("Content-Type", "application/x-www-form-urlencoded")],
                  form=[("v", "2"), ("adid", GAID), ("model", "Pixel 8"), ("os_version", "14"),
                        ("en", "session_start")]),
        har_entry("2024-09-02T07:16:10.500Z", "POST", "https://events.mapbox.com/events/v2",
                  [("Content-Type", "application/json")],
                  [{"event": "map.load", "lat": 47.60621, "lng": -122.33207, "created": "2024-09-02T07:16:10Z"}]),
        har_entry("2024-09-02T07:16:11.000Z", "GET", "https://api.stridefit.example/v3/workouts/current"),
    ]
    write_har(root / "en-fitness-stridefit" / "capture.har", entries, creator="mitmproxy")


def en_game_pixelquest(root: Path) -> None:
    """Pixel Quest Legends (game with ad SDKs), audited with camille for a store release; manifest hand-written."""
    app = "com.lanternfish.pixelquest"
    gaid = "com.google.android.gms.ads.identifier.AdvertisingIdClient.getAdvertisingIdInfo(Unknown Source:21)"
    unity_main = ("com.unity3d.player.UnityPlayer.nativeRender(Native Method)",
                  "com.unity3d.player.UnityPlayer$e$1.handleMessage(Unknown Source:95)")
    applovin = ("com.applovin.impl.sdk.utils.AppUtils.getInstalledApps(Unknown Source:33)",
                "com.applovin.impl.sdk.d.c.run(Unknown Source:210)", "java.lang.Thread.run(Thread.java:1012)")
    rows = [
        [BEFORE, "2024-2-11 18:30:2", "谷歌广告", "获取系统信息", "获取广告标识符", "无参数", stack(
            gaid,
            "com.google.android.gms.ads.internal.util.zzbv.zza(com.google.android.gms:play-services-ads@@22.6.0:14)",
            "com.google.android.gms.ads.MobileAds.initialize(com.google.android.gms:play-services-ads@@22.6.0:3)",
            f"{app}.ads.AdsBootstrap.init(AdsBootstrap.java:27)")],
        [BEFORE, "2024-2-11 18:30:2", "APP本身", "获取系统信息", "获取安卓ID", '参数0：{}\r\n参数1："android_id"', stack(
            "android.provider.Settings$Secure.getString(Native Method)",
            f"{app}.core.DeviceInfo.androidId(DeviceInfo.java:19)",
            f"{app}.core.PlayerSession.start(PlayerSession.java:44)")],
        [AFTER, "2024-2-11 18:30:31", "APP本身", "获取网络信息", "获取mac地址", "无参数", stack(
            "android.net.wifi.WifiInfo.getMacAddress(Native Method)",
            f"{app}.anticheat.DeviceFingerprint.mac(DeviceFingerprint.java:58)",
            *unity_main)],
        [AFTER, "2024-2-11 18:30:32", "APP本身", "获取网络信息", "获取网络类型", "无参数", stack(
            "android.net.ConnectivityManager.getActiveNetworkInfo(Native Method)",
            f"{app}.net.NetMonitor.refresh(NetMonitor.java:30)")],
        [AFTER, "2024-2-11 18:30:40", "APP本身", "获取系统信息", "获取广告标识符", "无参数", stack(
            gaid, "com.unity3d.services.core.device.AdvertisingId.fetchAdvertisingId(Unknown Source:17)",
            "com.unity3d.services.core.device.Device.getAdvertisingTrackingId(Unknown Source:4)")],
        [AFTER, "2024-2-11 18:30:40", "APP本身", "获取网络信息", "获取网络类型", "无参数", stack(
            "android.net.ConnectivityManager.getActiveNetworkInfo(Native Method)",
            "com.unity3d.services.core.device.Device.getNetworkType(Unknown Source:12)")],
        [AFTER, "2024-2-11 18:30:41", "APP本身", "获取系统信息", "获取广告标识符", "无参数", stack(
            gaid, "com.applovin.impl.sdk.utils.DataCollector.collectAdvertisingId(Unknown Source:58)",
            "com.applovin.impl.sdk.CoreSdk.initialize(Unknown Source:140)")],
        *[[AFTER, f"2024-2-11 18:30:{second}", "APP本身", "获取其他app信息", "APP获取了其他app信息", "参数0：128", stack(
            "android.app.ApplicationPackageManager.getInstalledApplications(Native Method)", *applovin)]
          for second in (42, 47, 53, 58, 59)],
        [AFTER, "2024-2-11 18:31:5", "APP本身", "获取系统信息", "获取广告标识符", "无参数", stack(
            gaid, "com.vungle.ads.internal.platform.AndroidPlatform.updateAdvertisingId(Unknown Source:23)",
            "com.vungle.ads.internal.VungleInitializer.init(Unknown Source:77)")],
        [AFTER, "2024-2-11 18:32:0", "APP本身", "获取位置信息", "获取位置信息", '参数0："gps"', stack(
            "android.location.LocationManager.getLastKnownLocation(Native Method)",
            f"{app}.events.RegionalEvents.pickRegion(RegionalEvents.java:36)", *unity_main)],
    ]
    camille(root / "en-game-pixelquest" / "trace.xls", rows)


def en_vpn_quietline(root: Path) -> None:
    """Quietline VPN: HAR capture next to the hand-written canonical JSON trace and manifest."""
    entries = [
        # an attribution SDK the policy does not mention, before the onboarding consent (08:40:30)
        har_entry("2024-11-20T08:40:12.800+01:00", "POST",
                  "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=com.quietline.vpn&buildnumber=6.13.0",
                  [("Content-Type", "application/json")],
                  {"advertiserId": GAID, "af_timestamp": "1732088412800", "model": "SM-S918B", "brand": "samsung",
                   "deviceType": "user", "isFirstCall": "true"}),
        har_entry("2024-11-20T08:40:45.000+01:00", "POST", "https://app-measurement.com/a",
                  [("Content-Type", "application/x-www-form-urlencoded")],
                  form=[("v", "2"), ("adid", GAID), ("en", "first_open")]),
        har_entry("2024-11-20T08:41:30.200+01:00", "POST", "https://api.quietline.example/v1/session",
                  [("Content-Type", "application/json")], {"client_ip": "203.0.113.45", "plan": "free"}),
        har_entry("2024-11-20T08:44:09.900+01:00", "POST", "https://o450123.ingest.sentry.io/api/5512345/envelope/",
                  [("Content-Type", "application/x-sentry-envelope")],
                  {"event_id": "9f1c2e7a", "platform": "java", "level": "fatal",
                   "contexts": {"device": {"model": "SM-S918B", "manufacturer": "samsung"}},
                   "tags": {"android_id": ANDROID_ID, "tunnel": "wireguard"}}),
    ]
    write_har(root / "en-vpn-quietline" / "capture.har", entries, creator="mitmproxy")


def en_weather_skypulse(root: Path) -> None:
    """SkyPulse Weather: HAR capture of the ad traffic next to the hand-written JSON Lines hook trace."""
    entries = [
        har_entry("2024-10-21T07:00:44.210-04:00", "GET",
                  "https://googleads.g.doubleclick.net/mads/gma?request_id=83120&format=320x50_mb&adid=" + GAID
                  + "&msid=com.skypulse.weather&an=12.0.3.android.com.skypulse.weather"),
        har_entry("2024-10-21T07:00:45.900-04:00", "POST", "https://a.applovin.com/4.0/ad",
                  [("Content-Type", "application/json")],
                  {"app": {"package_name": "com.skypulse.weather"},
                   "device": {"gaid": GAID, "lat": 42.35843, "lon": -71.05977, "os": "android"},
                   "zone_id": "forecast_banner"}),
        har_entry("2024-10-21T07:00:46.000-04:00", "GET", "https://tiles.skypulse.example/radar/7/38/47.png"),
    ]
    write_har(root / "en-weather-skypulse" / "capture.har", entries, creator="HTTP Toolkit")


# zh-bank-dongjiang, zh-kids-doumiao, en-bank-meridian and en-kids-littleowl have only hand-written behaviour files.
CASES = [zh_game_xinghe, zh_map_tujing, zh_news_qingliu, zh_shop_youxuan,
         en_fitness_stridefit, en_game_pixelquest, en_vpn_quietline, en_weather_skypulse]


def main(root: Path = HERE) -> list[Path]:
    """Write the generated behaviour files of every case under `root` (default: this folder)."""
    written = []
    for make in CASES:
        folder = root / make.__name__.replace("_", "-")
        folder.mkdir(parents=True, exist_ok=True)
        make(root)
        written += sorted(p for p in folder.iterdir() if p.suffix in (".xls", ".har"))
    return written


if __name__ == "__main__":
    for path in main():
        print(f"wrote {path}")
