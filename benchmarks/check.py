"""Time of one `check` after start-up: a policy plus N observations, for growing N.

    python benchmarks/check.py [--policy corpora/demo/shop-zh.html] [--sizes 1000,10000,100000]

Observations are synthetic but realistic: a mix of sensitive API calls from app classes and SDK classes (with
arguments and timestamps), network requests carrying identifiers, and permissions. Reported per size: seconds for
mapping the observations, for comparing them with the (already extracted) policy, and in all, plus peak memory;
once, the time of linting the policy.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APIS = [
    ("android.telephony.TelephonyManager.getDeviceId", []),
    ("android.telephony.TelephonyManager.getSubscriberId", []),
    ("android.provider.Settings$Secure.getString", ["android_id"]),
    ("android.net.wifi.WifiInfo.getMacAddress", []),
    ("android.location.LocationManager.getLastKnownLocation", ["gps"]),
    ("android.content.ContentResolver.query", ["content://com.android.contacts/data/phones"]),
    ("android.content.ClipboardManager.getPrimaryClip", []),
    ("android.app.ApplicationPackageManager.getInstalledPackages", []),
    ("android.os.Build.getSerial", []),
    ("com.example.internal.Unknown.method", []),
]
CALLERS = ["com.example.shop.MainActivity", "com.example.shop.nearby.NearbyActivity",
           "com.umeng.commonsdk.statistics.common.DeviceConfig", "com.bytedance.sdk.openadsdk.core.AppInfo",
           "cn.jpush.android.service.PushService", "com.tencent.bugly.crashreport.CrashReport"]


def observations(count: int, seed: int = 7):
    from policycheck.records import Observation

    rng = random.Random(seed)
    result = []
    for index in range(count):
        roll = rng.random()
        second = index // 20
        stamp = f"2024-03-01T{10 + second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        if roll < 0.85:
            name, args = rng.choice(APIS)
            result.append(Observation(kind="api", name=name, args=list(args), caller=rng.choice(CALLERS),
                                      before_consent=index < count // 20, timestamp=stamp, source=f"row {index}"))
        elif roll < 0.97:
            result.append(Observation(kind="network", name="", host=rng.choice(["ulogs.umeng.com", "api.example.com"]),
                                      fields=rng.sample(["imei", "oaid", "android_id", "mac", "lat", "lng"], 2),
                                      timestamp=stamp, source=f"entry {index}"))
        else:
            result.append(Observation(kind="permission",
                                      name=rng.choice(["android.permission.READ_PHONE_STATE",
                                                       "android.permission.ACCESS_FINE_LOCATION",
                                                       "android.permission.CAMERA"])))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default=str(ROOT / "corpora" / "demo" / "shop-zh.html"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--category", default="online_shopping")
    args = parser.parse_args()
    started = time.perf_counter()
    from policycheck.behaviour import map_behaviour
    from policycheck.compare import check
    from policycheck.extract import extract
    from policycheck.ingest import load_policy
    from policycheck.lint import lint
    from policycheck.records import Behaviour

    document = load_policy(args.policy)
    extraction = extract(document)
    map_behaviour(Behaviour(observations=observations(10)))  # load the mappings
    lint(document, extraction)  # load the rules
    print(f"start-up (imports, mappings, extraction of the policy): {time.perf_counter() - started:.2f} s")
    t0 = time.perf_counter()
    lint(document, extraction)
    print(f"lint of the extracted policy: {time.perf_counter() - t0:.3f} s")
    for size in (int(s) for s in args.sizes.split(",")):
        behaviour = Behaviour(app={"id": "bench"}, observations=observations(size))
        t0 = time.perf_counter()
        mapped = map_behaviour(behaviour)
        t1 = time.perf_counter()
        result = check(extraction, mapped, args.category)
        t2 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>7} observations: map {t1 - t0:.3f} s, compare {t2 - t1:.3f} s, total {t2 - t0:.3f} s; "
              f"{len(result.findings)} findings, {len(result.violations)} violations; peak {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
