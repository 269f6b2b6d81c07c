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
        obs("communication.sms"),                # read, "but not uploaded": a limit, not a denial -> clear
    ])
    assert status(result, "location.precise") == "clear"
    assert status(result, "device.id.imei") == "clear"
    assert status(result, "device.id.android_id") == "vague"
    assert status(result, "social.contacts") == "incorrect"
    assert status(result, "calendar") == "omitted"
    assert status(result, "communication.sms") == "clear"
    both = run("我们会收集您的日历信息，用于提醒您的日程。\n我们不会收集您的日历信息。\n", [obs("calendar")])
    assert status(both, "calendar") == "ambiguous"                 # stated and denied -> ambiguous


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


def violations(result, rule: str) -> set[tuple[str, str]]:
    return {(v.data_type, v.actor) for v in result.violations if v.rule == rule}


def test_transfers_and_public_disclosure_say_nothing_about_sdks():
    """转让 (mergers, PIPL Art. 22) and 公开披露 (Art. 25) are not providing data to an SDK, by either polarity."""
    denied = run("我们不会将您的个人信息转让给任何公司、组织和个人。\n我们不会公开披露您的个人信息。\n",
                 [obs("device.id.android_id", actor="sensorsdata")])
    assert status(denied, "device.id.android_id", "sensorsdata") == "omitted"
    stated = run("如涉及合并、收购，我们会将您的个人信息转让给新的持有方。\n", [obs("device.id.android_id", actor="mipush")])
    assert status(stated, "device.id.android_id", "mipush") == "omitted"
    # the exception of a denial for a merger is read as the merger's share of personal information; the denial stands
    excepted = run("我们不会将您的个人信息转让给第三方，除非因合并、收购、资产转让等原因需要。\n我们不会与第三方共享您的个人信息。\n",
                   [obs("device.id.android_id", actor="sensorsdata")])
    assert status(excepted, "device.id.android_id", "sensorsdata") == "incorrect"
    shared = run("我们不会与第三方共享您的个人信息。\n", [obs("device.id.android_id", actor="sensorsdata")])
    assert status(shared, "device.id.android_id", "sensorsdata") == "incorrect"  # a sharing denial still counts


def test_what_third_parties_do_with_data_discloses_no_flow_to_them():
    policy = "第三方SDK收集的个人信息将由其依据各自的隐私政策进行处理。\n除本指引已说明的情形外，我们不会与第三方共享您的个人信息。\n"
    result = run(policy, [obs("device.id.mac", actor="mintegral")])
    # the processing sentence is about the listed SDKs; the unlisted SDK meets only the denial
    assert status(result, "device.id.mac", "mintegral") == "incorrect"
    named = run("Jumio uses your selfie to verify your identity.\n", [obs("biometric.face", actor="jumio")])
    assert status(named, "biometric.face", "jumio") != "omitted"  # a statement about the SDK itself still counts


def test_split_exception_form_makes_a_denial_yield():
    policy = "除本政策已说明的情形外，我们不会与第三方共享您的个人信息。\n我们会与合作方共享您的个人信息。\n"
    result = run(policy, [obs("device.id.android_id", actor="umeng")])
    assert status(result, "device.id.android_id", "umeng") == "vague"  # not ambiguous: 除…外 is an exception


def test_a_denial_of_uploading_limits_a_stated_reading():
    scoped = run("我们会读取您的通讯录，用于选择收款人，但不会上传您的整个通讯录。\n", [obs("social.contacts")])
    assert status(scoped, "social.contacts") == "clear"
    # only a broader statement: the upload denial of this very data stands
    broad = run("我们会收集您的设备信息，用于安全风控。\n我们不会上传您的应用安装列表。\n", [obs("device.apps")])
    assert status(broad, "device.apps") == "incorrect"


def test_the_provider_of_an_sdk_without_a_vendor_of_its_own_discloses_it():
    from policycheck.taxonomy import load_entities

    entities = load_entities()
    if entities.get("firebase_analytics") is None or entities.get("umeng") is None:
        return
    google = run("Payments are processed by Google Play. We do not use Google Analytics.\n",
                 [obs("device.id.ad_id", actor="firebase_analytics")])
    assert status(google, "device.id.ad_id", "firebase_analytics") == "omitted"
    assert violations(google, "third-party-undisclosed") == set()  # Google is Firebase Analytics' provider
    # 友盟's provider is 友盟同欣; 阿里云 (its group) named as a cloud processor discloses nothing
    group = run("我们使用阿里云存储您的数据。\n阿里巴巴会收集您的IMEI。\n", [obs("device.id.imei", actor="umeng")])
    assert status(group, "device.id.imei", "umeng") == "omitted"
    assert violations(group, "third-party-undisclosed") == {("device.id.imei", "umeng")}


def test_beyond_necessary_reads_the_purposes_of_every_covering_statement():
    policy = ("我们会收集您的网络类型、Wi-Fi信息。\n我们会收集您的设备信息，用于识别异常登录。\n"
              "我们会收集您的短信验证码。\n我们会保存您与客服的沟通记录，用于处理您的投诉。\n我们不会收集您的短信内容。\n")
    result = run(policy, [obs("device.network"), obs("communication.sms"), obs("calendar")],
                 category="mobile_banking")
    flagged = violations(result, "beyond-necessary")
    assert ("device.network", "first_party") not in flagged  # the purpose of the broader 设备信息 statement
    assert ("communication.sms", "first_party") in flagged  # denied specifically: 沟通记录's purpose is not for it
    assert ("calendar", "first_party") in flagged  # nothing covers it


def test_a_declared_continuous_stream_is_not_excessive_frequency():
    reads = [obs("location.precise", timestamp=f"2024-03-01T10:00:{second:02d}") for second in range(60)]
    policy = "在导航过程中，我们会持续收集您的实时位置，用于导航。\n"
    assert not violations(run(policy, reads), "excessive-frequency")
    plain = "我们会收集您的位置信息，用于导航。\n"
    assert violations(run(plain, reads), "excessive-frequency") == {("location.precise", "first_party")}
    ids = [obs("device.id.android_id", timestamp=f"2024-03-01T10:00:{second:02d}") for second in range(30)]
    assert violations(run("我们会持续收集您的Android ID。\n", ids), "excessive-frequency")  # not for identifiers


def test_english_transfer_to_a_processor_is_sharing():
    """'transfer' in English policies is ordinary sharing with processors, unlike 转让 (a change of controller)."""
    result = run("We transfer your device identifiers to our analytics providers.\n",
                 [obs("device.id.android_id", actor="sensorsdata")])
    assert status(result, "device.id.android_id", "sensorsdata") == "vague"


def test_a_qualified_sharing_denial_does_not_apply_to_sdks_the_policy_names():
    policy = ("除以下情形外，我们不会与任何公司、组织和个人共享您的个人信息：\n1. 与授权合作伙伴共享。\n"
              "SDK名称：小米推送SDK；收集个人信息类型：设备型号。\n")
    listed = run(policy, [obs("device.network", actor="mipush")])
    assert status(listed, "device.network", "mipush") == "omitted"  # named in the list: among the exceptions
    unlisted = run(policy, [obs("device.network", actor="sensorsdata")])
    assert status(unlisted, "device.network", "sensorsdata") == "incorrect"  # not named: the denial holds


def test_a_statement_about_a_product_suite_covers_its_products():
    result = run("We do not allow Firebase to collect the advertising ID.\n",
                 [obs("device.id.ad_id", actor="firebase_analytics")])
    assert status(result, "device.id.ad_id", "firebase_analytics") == "incorrect"


def test_a_sharing_table_no_for_one_reason_does_not_deny_sharing_for_others():
    policy = ("| Reasons we can share your personal information | Does Acme share? |\n|---|---|\n"
              "| For our everyday business purposes | Yes |\n| For joint marketing with other companies | No |\n")
    result = run(policy, [obs("device.id.android_id", actor="threatmetrix")], fmt="markdown")
    assert status(result, "device.id.android_id", "threatmetrix") == "vague"


def test_a_denial_for_users_below_an_age_does_not_contradict_collection_from_users():
    policy = ("We collect your advertising ID to show personalised ads.\n"
              "If the age you enter is below the applicable age, we will not collect your advertising ID.\n")
    assert status(run(policy, [obs("device.id.ad_id")]), "device.id.ad_id") == "clear"


def test_beyond_necessary_reads_general_purposes_and_named_roles():
    policy = ("## Information we collect\n\n"
              "- Device model, operating system version and mobile network type.\n"
              "- We do not collect your calendar.\n\n"
              "## How we use your information\n\n"
              "We use the information described above to:\n\n"
              "- provide and improve the App;\n"
              "- detect fraud and abuse.\n\n"
              "We use service providers such as Google Firebase (analytics and crash reporting) and Mixpanel.\n"
              "Firebase Crashlytics collects crash traces and device information. Mixpanel collects device information.\n")
    result = run(policy, [obs("device.network"), obs("calendar"), obs("device.hardware", actor="crashlytics"),
                          obs("device.hardware", actor="mixpanel")], category="mobile_banking", fmt="markdown")
    flagged = violations(result, "beyond-necessary")
    # the app's own flow: the purposes of "We use the information described above to:" are stated for it
    assert ("device.network", "first_party") not in flagged
    assert ("calendar", "first_party") in flagged  # denied: the general purposes are not about it
    # the role given to Google's Firebase platform speaks for Firebase Crashlytics; Mixpanel is given none
    assert ("device.hardware", "crashlytics") not in flagged
    assert ("device.hardware", "mixpanel") in flagged
    detail = next(v.message for v in result.violations if v.rule == "beyond-necessary" and v.actor == "mixpanel")
    assert "no purpose stated" in detail
