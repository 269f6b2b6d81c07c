"""`policycheck lint`: every rule firing and not firing, in Chinese and English, and the configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from policycheck.errors import InputError
from policycheck.extract import extract
from policycheck.ingest import parse_policy
from policycheck.lint import LintConfig, active_rules, jurisdictions_for, lint, load_config, validate_lint_rules
from policycheck.lint.config import load_config_file, parse_jurisdiction
from policycheck.lint.rules import CONTRACT_RULES, load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "lint"


def run(text: str, jurisdictions: str | None = None, name: str = "policy.txt", manifest: str | None = None,
        config: LintConfig | None = None):
    document = parse_policy(text, name)
    config = config or LintConfig()
    if jurisdictions:
        config.jurisdictions = parse_jurisdiction(jurisdictions)
    return lint(document, extract(document), config, manifest=manifest)


def fired(results, rule: str) -> list:
    return [r for r in results if r.rule == rule]


def test_rules_file_is_valid():
    assert validate_lint_rules() == []


def test_contract_rule_ids_exist_with_basis_and_messages():
    rules = load_rules().rules
    for rule_id in CONTRACT_RULES:
        rule = rules[rule_id]
        assert rule.severity in ("error", "warning", "info")
        assert rule.message["zh"] and rule.message["en"] and rule.basis


# --- presence rules: (rule, jurisdictions, zh trigger-only text, zh fix, en trigger-only text, en fix) ---------

ZH_BASE = "我们会收集您的手机号码，用于注册账号。"
EN_BASE = "We collect your email address to create your account."

PRESENCE = [
    ("missing-contact", None,
     ZH_BASE, "如有疑问，请发送邮件至 privacy@example.cn 联系我们。",
     EN_BASE, "Questions? Email privacy@example.com."),
    ("missing-controller-identity", None,
     ZH_BASE, "本应用由北京示例科技有限公司（以下简称“我们”）运营。",
     EN_BASE, "This app is operated by Example Labs Ltd. (\"we\")."),
    ("missing-retention", None,
     ZH_BASE, "账号信息在您注销账号后15日内删除。",
     EN_BASE, "We delete your data within 30 days after you close your account."),
    ("missing-user-rights", "cn",
     ZH_BASE, "您可以在“设置”中查阅、复制和更正您的个人信息，也可以申请删除您的个人信息，并可随时撤回同意。",
     EN_BASE, "You can access, correct and delete your data in Settings, and withdraw your consent at any time."),
    ("missing-account-deletion", None,
     ZH_BASE, "您可以在“我的-设置-注销账号”中注销账号。",
     EN_BASE, "You can delete your account in Settings > Account."),
    ("missing-minors", None,
     ZH_BASE, "若您是不满十四周岁的儿童，须取得监护人同意后使用本服务。",
     EN_BASE, "The app is not directed to children under 13."),
    ("missing-update-notice", None,
     ZH_BASE, "本政策更新时，我们会通过弹窗通知您。",
     EN_BASE, "If we change this policy, we will notify you in the app."),
    ("missing-complaint-right", None,
     ZH_BASE, "您可以向网信等监管部门投诉或举报。",
     EN_BASE, "You can complain to us, and you may lodge a complaint with your supervisory authority."),
    ("missing-response-time", None,
     ZH_BASE, "我们将在15个工作日内答复您的请求。",
     EN_BASE, "We respond to requests within 15 working days."),
    ("missing-legal-basis", "eu",
     ZH_BASE, "我们处理上述信息的法律依据为履行与您的合同。",
     EN_BASE, "The legal basis is the performance of our contract with you."),
    ("missing-dpo", "eu",
     ZH_BASE, "您可以通过 dpo@example.cn 联系我们的数据保护官。",
     EN_BASE, "Our Data Protection Officer: dpo@example.com."),
]


@pytest.mark.parametrize("rule,jurisdictions,zh,zh_fix,en,en_fix", PRESENCE, ids=[p[0] for p in PRESENCE])
def test_presence_rules_fire_and_stop_firing(rule, jurisdictions, zh, zh_fix, en, en_fix):
    for text, fix in ((zh, zh_fix), (en, en_fix)):
        results = fired(run(text, jurisdictions or "all"), rule)
        assert len(results) == 1, (rule, text)
        assert results[0].line == 1 and results[0].basis
        assert not fired(run(text + "\n\n" + fix, jurisdictions or "all"), rule), (rule, fix)


def test_messages_follow_the_policy_language():
    zh = fired(run(ZH_BASE), "missing-contact")[0]
    en = fired(run(EN_BASE), "missing-contact")[0]
    assert zh.language == "zh" and "联系方式" in zh.message and "个人信息保护法" in zh.basis
    assert en.language == "en" and "contact" in en.message and "PIPL" in en.basis


def test_missing_heading_line_points_at_the_section():
    text = "示例隐私政策\n\n一、我们如何收集信息\n\n" + ZH_BASE + "\n\n二、如何联系我们\n\n请联系我们。\n"
    result = fired(run(text), "missing-contact")[0]
    assert result.line == 7


def test_user_rights_lists_what_is_missing():
    result = fired(run(ZH_BASE + "\n\n您可以在“设置”中更正您的个人信息。"), "missing-user-rights")[0]
    assert "查阅" in result.message and "删除" in result.message and "更正" not in result.message.split("：")[1]
    eu = fired(run(EN_BASE + "\n\nYou can access, correct and delete your data, and withdraw your consent.", "eu"),
               "missing-user-rights")[0]
    assert "portability" in eu.message and "access" not in eu.message


# --- triggered rules ------------------------------------------------------------------------------------------

def test_sensitive_notice():
    zh = "为完成实名认证，我们会收集您的身份证号码。"
    assert fired(run(zh), "missing-sensitive-notice")
    assert not fired(run(zh + "身份证号码属于敏感个人信息，是实名认证所必需的，泄露可能影响您的财产安全，我们将取得您的单独同意后收集。"),
                     "missing-sensitive-notice")
    en = "To verify your identity, we collect your government ID number."
    assert fired(run(en), "missing-sensitive-notice")
    assert not fired(run(en + " Your ID number is sensitive personal information and we collect it only with your "
                              "separate consent."), "missing-sensitive-notice")
    assert not fired(run(ZH_BASE), "missing-sensitive-notice")  # no sensitive data: no trigger


def test_cross_border_notice():
    zh = "为使用海外云服务，您的个人信息会被传输至境外服务器。"
    result = fired(run(zh), "missing-cross-border-notice")
    assert result and result[0].line == 1 and "单独同意" in result[0].message
    assert not fired(run("我们不会将您的个人信息传输至境外。"), "missing-cross-border-notice")
    full = ("为提供海外赛事报名，我们需要向境外接收方新加坡示例有限公司提供您的姓名。我们会告知境外接收方的名称、联系方式（a@b.sg），"
            "并取得您的单独同意。")
    assert not fired(run(full), "missing-cross-border-notice")
    en = "Your data is transferred to and processed in the United States."
    assert fired(run(en, "eu"), "missing-cross-border-notice")
    assert not fired(run(en + " We rely on the Standard Contractual Clauses for these transfers.", "eu"),
                     "missing-cross-border-notice")
    assert not fired(run(EN_BASE, "eu"), "missing-cross-border-notice")


def test_personalization_opt_out():
    zh = "我们会根据您的浏览记录为您进行个性化推荐。"
    assert fired(run(zh), "missing-personalization-opt-out")
    assert not fired(run(zh + "您可以在“设置-隐私”中关闭个性化推荐。"), "missing-personalization-opt-out")
    assert not fired(run("我们不会基于您的个人信息进行个性化推荐。"), "missing-personalization-opt-out")
    en = "We use your activity to show you personalized ads."
    assert fired(run(en), "missing-personalization-opt-out")
    assert not fired(run(en + " You can turn off personalized ads in Settings."), "missing-personalization-opt-out")


def test_do_not_sell():
    en = "We share your advertising ID with advertising partners for targeted advertising."
    assert fired(run(en, "us"), "missing-do-not-sell")
    assert not fired(run(en + " You can opt out of the sale or sharing of your data through the \"Do Not Sell or "
                              "Share My Personal Information\" link.", "us"), "missing-do-not-sell")
    assert not fired(run("We do not sell your personal information.", "us"), "missing-do-not-sell")
    assert fired(run("我们会向数据经纪商出售您的个人信息。", "us"), "missing-do-not-sell")


def test_third_party_list():
    zh = "我们可能会与合作伙伴共享您的手机号码。"
    assert fired(run(zh), "missing-third-party-list")
    listed = zh + ("\n\n我们接入了友盟统计SDK（友盟同欣（北京）科技有限公司），收集设备型号，用于统计分析。"
                   "\n\n为完成配送，我们会将您的收货地址提供给顺丰速运。")
    assert not fired(run(listed), "missing-third-party-list")
    assert not fired(run(zh + "\n\n详见《第三方SDK目录》。"), "missing-third-party-list")
    en = "We may share your email address with our partners."
    assert fired(run(en), "missing-third-party-list")
    # EU/US alone: categories of recipients are enough; China needs names
    assert not fired(run("We share your email address with our service providers.", "eu"), "missing-third-party-list")
    assert fired(run("We share your email address with our service providers.", "cn"), "missing-third-party-list")
    assert not fired(run(ZH_BASE), "missing-third-party-list")


def test_third_party_list_counts_a_transfer_abroad_to_no_named_recipient():
    # PIPL Art. 39: the overseas recipient must be named; one named SDK is no list of the others
    sdk = "为实现分享功能，我们接入了微信OpenSDK（深圳市腾讯计算机系统有限公司），该SDK会收集您的设备型号，用于分享至微信。"
    abroad = "\n\n为使用海外云服务，您的个人信息可能会被传输至境外服务器进行处理。"
    assert not fired(run(sdk), "missing-third-party-list")
    assert fired(run(sdk + abroad), "missing-third-party-list")
    assert not fired(run(sdk + "\n\n我们不会将您的个人信息传输至境外。"), "missing-third-party-list")


def test_purpose():
    zh = "我们会收集您的位置信息、通讯录和设备型号。"
    result = fired(run(zh), "missing-purpose")
    assert result and "通讯录" in result[0].message
    ok = "为推荐附近门店，我们会收集您的位置信息；为邀请好友，我们会读取您的通讯录；为保障账号安全，我们会收集您的设备型号。"
    assert not fired(run(ok), "missing-purpose")
    en = "We collect your location, your contacts and your device model."
    assert fired(run(en), "missing-purpose")
    assert not fired(run("We collect your location to show nearby stores, and your contacts to let you invite "
                         "friends."), "missing-purpose")


def test_vague_data_types():
    text = "示例隐私政策\n\n为保障账号安全，我们会收集您的设备型号、IMEI等信息。\n\n为完成注册，我们会收集您的手机号码。\n"
    result = fired(run(text), "vague-data-types")
    assert [r.line for r in result] == [3] and "等信息" in result[0].message
    assert fired(run("为提供服务，我们会收集包括但不限于您的姓名、手机号码。"), "vague-data-types")
    assert not fired(run("我们不会收集您的银行卡号等支付信息。"), "vague-data-types")  # inside a denial
    assert not fired(run("我们会将信息提供给其他用户可见的主页。"), "vague-data-types")
    en = fired(run("To create your account, we collect your name, email address and other information."),
               "vague-data-types")
    assert en and "other information" in en[0].message
    assert fired(run("We collect device identifiers, usage data, etc. to show ads."), "vague-data-types")
    assert not fired(run("We collect your name and email address to create your account."), "vague-data-types")


# --- contradiction --------------------------------------------------------------------------------------------

def test_contradiction_exact_and_narrowing_with_both_lines():
    zh = "示例隐私政策\n\n我们不会收集您的通讯录。\n\n为方便您邀请好友，我们会读取您的通讯录。\n"
    result = fired(run(zh), "contradiction")
    assert len(result) == 1 and result[0].line == 3 and result[0].related_lines == [5]
    assert "第3行" in result[0].message and "第5行" in result[0].message
    en = "Example policy\n\nWe do not collect your location.\n\nTo show nearby stores, we collect your precise GPS location.\n"
    result = fired(run(en), "contradiction")
    assert len(result) == 1 and result[0].line == 3 and result[0].related_lines == [5]
    assert result[0].data_type == "location"


def test_contradiction_shares():
    zh = "我们不会向任何第三方共享您的手机号码。\n\n为完成配送，我们会将您的手机号码提供给顺丰速运。\n"
    assert fired(run(zh), "contradiction")
    en = ("We do not share your email address with third parties.\n\n"
          "To send our newsletter, we share your email address with Mailchimp.\n")
    assert fired(run(en), "contradiction")


@pytest.mark.parametrize("text", [
    # a denial with an exception against a conditioned statement
    "我们不会向第三方提供您的设备标识符，但以下情况除外：\n\n1. 在取得您的单独同意后，我们会向广告合作伙伴提供您的OAID。\n",
    "We do not share your device identifiers without your consent.\n\nWith your consent, we share your advertising ID with partners.\n",
    # different actors
    "我们不会收集您的IMEI。\n\n为进行统计分析，我们接入的友盟统计SDK会收集您的IMEI。\n",
    "We do not collect your advertising ID.\n\nThe Firebase Analytics SDK collects your advertising ID to measure usage.\n",
    # different actions (store vs collect)
    "我们不会保存您的人脸图像。\n\n为完成实名认证，我们会收集您的面部识别特征。\n",
    "We do not store your photos.\n\nTo identify plants, we collect the photos you upload.\n",
    # scope limits and different conditions
    "我们不会在后台收集您的位置信息。\n\n为推荐附近门店，我们会收集您的精确位置。\n",
    "We do not collect your location in the background.\n\nTo show the planting calendar, we collect your precise GPS location.\n",
    "在您未使用语音搜索时，我们不会收集您的麦克风音频。\n\n当您使用语音搜索时，我们会收集您的语音信息。\n",
    # selling is not sharing; advertisers are not other users
    "We do not sell your personal information.\n\nWe share your email address with our service providers.\n",
    "We do not share your precise location with advertisers.\n\nYour route maps, which show your GPS location, are shared with other users.\n",
])
def test_contradiction_avoids_policylint_false_alarms(text):
    assert not fired(run(text), "contradiction")


# --- undeclared-permission ------------------------------------------------------------------------------------

MANIFEST = """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.reader">
  <uses-permission android:name="android.permission.INTERNET"/>
  <uses-permission android:name="android.permission.READ_CONTACTS"/>
  <uses-permission android:name="android.permission.CAMERA"/>
  <uses-permission android:name="android.permission.QUERY_ALL_PACKAGES"/>
</manifest>
"""


@pytest.fixture
def manifest(tmp_path):
    pytest.importorskip("policycheck.behaviour", reason="behaviour readers not installed")
    from policycheck import behaviour

    if not hasattr(behaviour, "read_behaviour"):
        pytest.skip("policycheck.behaviour.read_behaviour not available yet")
    path = tmp_path / "AndroidManifest.xml"
    path.write_text(MANIFEST, encoding="utf-8")
    return str(path)


def test_undeclared_permission(manifest):
    zh = "示例隐私政策\n\n设备权限\n\n相机权限：用于拍摄头像。\n"
    results = fired(run(zh, manifest=manifest), "undeclared-permission")
    names = sorted(r.message.split("权限")[0].replace("应用申请了", "") for r in results)
    assert names == ["QUERY_ALL_PACKAGES", "READ_CONTACTS"]  # INTERNET is normal; CAMERA is declared
    assert all(r.line == 3 for r in results)  # the permissions heading
    en = "We use the camera to take your profile photo and read your contacts to invite friends."
    results = fired(run(en, manifest=manifest), "undeclared-permission")
    assert [r.data_type for r in results] == ["device.apps"]
    denied = fired(run("我们不会收集您的通讯录。相机权限用于拍摄头像，我们会读取应用安装列表用于安全检测。", manifest=manifest),
                   "undeclared-permission")
    assert len(denied) == 1 and "声明不收集" in denied[0].message


def test_undeclared_permission_needs_a_manifest():
    assert not fired(run(ZH_BASE), "undeclared-permission")


# --- jurisdictions and configuration --------------------------------------------------------------------------

def test_default_jurisdictions_follow_the_language():
    zh = parse_policy(ZH_BASE, "p.txt")
    en = parse_policy(EN_BASE, "p.txt")
    assert jurisdictions_for(zh) == ("cn",)
    assert jurisdictions_for(en) == ("cn", "eu", "us")
    assert "missing-dpo" not in active_rules(("cn",)) and "missing-account-deletion" in active_rules(("cn",))
    assert not fired(run(ZH_BASE), "missing-dpo")
    assert fired(run(EN_BASE), "missing-dpo")
    assert not fired(run(EN_BASE, "us"), "missing-account-deletion")
    assert fired(run(ZH_BASE, "eu"), "missing-legal-basis")


def test_config_file_enable_disable_severity(tmp_path):
    folder = tmp_path / "site" / "privacy"
    folder.mkdir(parents=True)
    (tmp_path / ".policycheck.toml").write_text(
        'jurisdiction = "cn"\nenable = ["missing-dpo"]\ndisable = ["missing-minors"]\nfail-on = "warning"\n'
        '[severity]\nmissing-contact = "warning"\n', encoding="utf-8")
    config = load_config(folder)
    assert config.jurisdictions == ("cn",) and config.fail_on == "warning"
    results = run(EN_BASE, config=config)
    rules = {r.rule for r in results}
    assert "missing-minors" not in rules and "missing-dpo" in rules and "missing-legal-basis" not in rules
    assert fired(results, "missing-contact")[0].severity == "warning"
    assert "GDPR" in fired(results, "missing-dpo")[0].basis  # enabled outside its jurisdiction: its own basis


def test_pyproject_tool_table_and_nearest_file_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.policycheck]\njurisdiction = ["eu", "us"]\n', encoding="utf-8")
    inner = tmp_path / "docs"
    inner.mkdir()
    assert load_config(inner).jurisdictions == ("eu", "us")
    (inner / ".policycheck.toml").write_text('[lint]\njurisdiction = "all"\n', encoding="utf-8")
    assert load_config(inner).jurisdictions == ("cn", "eu", "us")
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # no [tool.policycheck]
    assert load_config(other).jurisdictions == ("eu", "us")


def test_bad_configuration_is_an_input_error(tmp_path):
    bad = tmp_path / ".policycheck.toml"
    bad.write_text('disable = ["no-such-rule"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown rule"):
        load_config_file(bad)
    bad.write_text('jurisdiction = "mars"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown jurisdiction"):
        load_config_file(bad)
    bad.write_text('jurisdiction = [\n', encoding="utf-8")
    with pytest.raises(InputError, match="invalid TOML"):
        load_config_file(bad)


# --- complete policies fire nothing ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["zh-w-moye-reader-complete.md", "zh-w-yuedong-fitness-complete.txt",
                                  "en-w-inkwell-notes-complete.md", "en-w-trailhead-market-complete.md"])
def test_complete_policies_fire_nothing(name):
    from policycheck.ingest import load_policy

    document = load_policy(str(CORPUS / name))
    assert lint(document, extract(document)) == []
