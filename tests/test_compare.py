"""Consistency statuses and regulatory checks on hand-made observations (readers are tested separately)."""

from __future__ import annotations

from policycheck.compare import check
from policycheck.extract import extract
from policycheck.ingest import parse_policy
from policycheck.records import Behaviour, Observation

POLICY_ZH = """一、我们如何收集和使用您的个人信息
在您授权后，我们会获取您的精确位置信息，用于向您推荐附近门店。
为保障账号安全，我们会收集您的设备信息，包括设备型号、IMEI。
我们不会收集您的通讯录。
我们会与合作方共享您的IP地址。
我们会读取您的短信内容用于自动填写验证码，但不会上传您的短信内容。
二、第三方SDK目录
SDK名称：某某统计SDK
收集个人信息类型：OAID
"""


def run(policy: str, observations: list[Observation], category: str | None = None, fmt: str | None = None):
    extraction = extract(parse_policy(policy, "policy.txt", fmt=fmt))
    return check(extraction, Behaviour(app={"id": "com.example"}, observations=observations), category)


def status(result, data_type: str, actor: str = "first_party") -> str:
    return next(f.status for f in result.findings if f.data_type == data_type and f.actor == actor)


def obs(data_type: str, actor: str = "first_party", **kwargs) -> Observation:
    return Observation(kind=kwargs.pop("kind", "api"), name=kwargs.pop("name", "api.Method"),
                       data_types=[data_type], actor=actor, **kwargs)


def test_statuses():
    result = run(POLICY_ZH, [
        obs("location.precise"),                 # named exactly -> clear
        obs("device.id.imei"),                   # named exactly -> clear
        obs("device.id.android_id"),             # only "设备信息" covers it -> vague
        obs("social.contacts"),                  # denied -> incorrect
        obs("calendar"),                         # nothing -> omitted
        obs("communication.sms"),                # both -> ambiguous
    ])
    assert status(result, "location.precise") == "clear"
    assert status(result, "device.id.imei") == "clear"
    assert status(result, "device.id.android_id") == "vague"
    assert status(result, "social.contacts") == "incorrect"
    assert status(result, "calendar") == "omitted"
    assert status(result, "communication.sms") == "ambiguous"


def test_first_party_statements_do_not_cover_sdks():
    result = run(POLICY_ZH, [obs("device.id.imei", actor="umeng")])
    # the policy says *we* collect IMEI; it names no SDK collecting IMEI
    assert status(result, "device.id.imei", "umeng") == "omitted"


def test_third_parties_cover_sdks_vaguely_and_names_clearly():
    result = run(POLICY_ZH, [obs("network.ip", actor="umeng"), obs("device.id.ad_id", actor="umeng")])
    assert status(result, "network.ip", "umeng") == "vague"      # shared with 合作方 (third parties in general)
    finding = next(f for f in result.findings if f.data_type == "network.ip")
    assert finding.vagueness == "actor"
    # the SDK record names an unknown SDK: third parties in general, so also vague
    assert status(result, "device.id.ad_id", "umeng") == "vague"


def test_named_sdk_and_provider_are_clear():
    policy = "我们接入了友盟SDK，友盟会收集您的IMEI。\nWe share your email address with Google."
    result = run(policy, [obs("device.id.imei", actor="umeng"), obs("contact.email", actor="firebase")])
    from policycheck.taxonomy import load_entities

    entities = load_entities()
    if entities.get("umeng") is None:
        return  # the SDK catalogue is not installed in this build
    assert status(result, "device.id.imei", "umeng") == "clear"
    if entities.get("firebase") and entities.get("firebase").company == "google":
        assert status(result, "contact.email", "firebase") == "clear"


def test_evidence_quotes_policy_line_and_call():
    result = run(POLICY_ZH, [obs("device.id.imei", name="android.telephony.TelephonyManager.getDeviceId",
                                 caller="com.example.MainActivity", before_consent=True, count=3)])
    finding = result.findings[0]
    assert finding.policy_evidence[0]["line"] == 3 and "IMEI" in finding.policy_evidence[0]["text"]
    assert finding.behaviour_evidence[0]["caller"] == "com.example.MainActivity"
    assert finding.before_consent and finding.observations == 3


def test_before_consent_violation_cites_its_basis():
    result = run(POLICY_ZH, [obs("device.id.imei", before_consent=True), obs("location.precise", before_consent=False)])
    rules = [(v.rule, v.data_type) for v in result.violations]
    assert ("before-consent", "device.id.imei") in rules and ("before-consent", "location.precise") not in rules
    assert "三.1" in next(v.basis for v in result.violations if v.rule == "before-consent")


def test_beyond_necessary_with_category():
    result = run(POLICY_ZH, [obs("location.precise"), obs("device.id.imei"), obs("calendar")],
                 category="map_navigation")
    flagged = {v.data_type for v in result.violations if v.rule == "beyond-necessary"}
    # location is necessary for navigation; IMEI is a device identifier (always flagged); calendar has no purpose
    assert flagged == {"device.id.imei", "calendar"}


def test_excessive_frequency_with_timestamps_and_counts():
    reads = [obs("device.id.android_id", timestamp=f"2024-03-01T10:00:{second:02d}") for second in range(0, 30, 2)]
    result = run(POLICY_ZH, reads + [obs("device.apps", count=25)])
    flagged = {v.data_type for v in result.violations if v.rule == "excessive-frequency"}
    assert flagged == {"device.id.android_id", "device.apps"}
    relaxed = run(POLICY_ZH, [obs("device.id.android_id", timestamp=f"2024-03-01T10:{m:02d}:00") for m in range(30)])
    assert not [v for v in relaxed.violations if v.rule == "excessive-frequency"]


def test_sensitive_without_notice():
    result = run(POLICY_ZH, [obs("location.precise"), obs("device.hardware")])
    assert {v.data_type for v in result.violations if v.rule == "sensitive-without-notice"} == {"location.precise"}
    noticed = run(POLICY_ZH + "精确位置信息属于敏感个人信息，我们会在收集前征得您的单独同意，并告知其必要性及对您个人权益的影响。\n",
                  [obs("location.precise")])
    assert not [v for v in noticed.violations if v.rule == "sensitive-without-notice"]


def test_third_party_undisclosed():
    result = run(POLICY_ZH, [obs("device.apps", actor="pangle")])
    assert [(v.rule, v.actor) for v in result.violations if v.rule == "third-party-undisclosed"] == [
        ("third-party-undisclosed", "pangle")]


def test_declared_not_observed_is_informational():
    result = run(POLICY_ZH, [obs("location.precise")])
    declared = {(d["data_type"], d["actor"]) for d in result.declared_not_observed}
    assert ("device.id.imei", "first_party") in declared
    assert ("location.precise", "first_party") not in declared


def test_denial_about_children_does_not_contradict_collection_from_users():
    policy = "We do not knowingly collect personal information from children under 13.\n"
    statements = extract(parse_policy(policy, "policy.txt")).statements
    assert {(s.data_type, s.action) for s in statements} == {("personal_info", "not_collect")}
    result = run(policy, [obs("device.sensors")])
    assert status(result, "device.sensors") == "omitted"
    # a plain denial still contradicts
    assert status(run("We do not collect personal information.\n", [obs("device.sensors")]), "device.sensors") == "incorrect"
