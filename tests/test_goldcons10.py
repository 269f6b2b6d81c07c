"""The tenth gold consistency pass: template wordings read alike across dev files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import dev_gold_statements as _statements
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


@pytest.mark.parametrize(("slug", "line"), [("zh-r21-xinyue-club", 71), ("zh-r32-tencent-qqxuanwu", 57)])
def test_third_party_obtaining_at_the_users_authorisation_collects(slug, line):
    # "当您授权第三方获取您在本产品内的信息后，第三方将在您的授权范围内向您或该第三方其他用户公开您的相关信息"
    assert _tuples(slug, line) == {("personal_info", "collect", "third_party"),
                                   ("personal_info", "share", "third_party")}


def test_reading_progress_is_usage():
    assert _tuples("zh-w3-novel", 23) >= {("usage", "collect", "first_party"), ("usage", "store", "first_party"),
                                          ("usage.history", "collect", "first_party")}
    assert _tuples("zh-w3-novel", 24) == {("usage", "not_collect", "first_party"),
                                          ("usage.history", "not_collect", "first_party")}
    assert _tuples("zh-r34-lumi", 48) == {("usage", "use", "first_party"), ("usage", "not_collect", "first_party")}


@pytest.mark.parametrize(("slug", "line"), [("zh-r8-zhuanzhuan", 29), ("zh-r15-58tongcheng", 31)])
def test_data_treated_as_personal_information_while_combined_is_no_use(slug, line):
    # "…则在结合使用期间，我们会将您的搜索关键词信息作为您的个人信息，与您的搜索历史记录一同按照本政策对其进行处理与保护"
    expected = {("usage.history", "collect", "first_party")}
    if slug == "zh-r8-zhuanzhuan":
        # the use comes from the section's introduction 5 "…收集和使用您的个人信息" (goldcons30), not from the sentence
        expected.add(("usage.history", "use", "first_party"))
    assert _tuples(slug, line) == expected


def test_combined_use_definition_keeps_a_use_the_line_states():
    # "…因此我们有权以任何的目的对其进行使用；只有当…则在结合使用期间…"
    assert ("usage.history", "use", "first_party") in _tuples("zh-r8-zhuanzhuan", 17)


@pytest.mark.parametrize(("slug", "line"), [("zh-r30-wangyi-youxi", 47), ("zh-r12-xuexitong", 60),
                                            ("zh-r4-netease-music", 99)])
def test_user_name_kept_in_a_cookie_is_credentials(slug, line):
    # "比如，为使得…的登录过程更快捷，您可以选择把用户名存在一个COOKIES中"
    assert {("usage.cookies", "use", "first_party"), ("account.credentials", "use", "first_party")} <= _tuples(slug, line)


@pytest.mark.parametrize(("slug", "line"), [("zh-r24-mangguo-tv", 29), ("zh-r4-jd", 36), ("zh-r6-dianping", 48)])
def test_numbered_scenario_titles_give_none(slug, line):
    assert _tuples(slug, line) == set()


def test_unnumbered_scenario_introduction_is_collect_and_use():
    assert _tuples("zh-r6-dianping", 2) == {("personal_info", "collect", "first_party"),
                                            ("personal_info", "use", "first_party")}


@pytest.mark.parametrize(("slug", "line"), [("zh-r13-kaixin-xiaoxiaole", 20), ("zh-r27-fushengweiqingge", 23)])
def test_payment_password_is_payment_data(slug, line):
    # "我们并不会获取与您付款相关的支付账号、密码信息"
    tuples = _tuples(slug, line)
    assert ("financial.payment", "not_collect", "first_party") in tuples
    assert ("account.credentials", "not_collect", "first_party") not in tuples


@pytest.mark.parametrize(("slug", "line"), [("zh-r13-kaixin-xiaoxiaole", 8), ("zh-r17-fanqie-novel", 4),
                                            ("zh-r27-fushengweiqingge", 11), ("zh-r8-dongchedi", 5),
                                            ("zh-r20-migu-video", 13)])
def test_account_created_through_the_phone_number_is_collect_only(slug, line):
    # "您可以通过手机号创建账号，…收集这些信息是为了帮助您完成注册"
    tuples = _tuples(slug, line)
    assert ("contact.phone", "collect", "first_party") in tuples
    if slug in ("zh-r13-kaixin-xiaoxiaole", "zh-r27-fushengweiqingge"):
        # the use comes from the section's introduction "我们需要/可能需要收集和使用您的个人信息包括如下两种：" (goldcons33),
        # not from the sentence
        assert ("contact.phone", "use", "first_party") in tuples
    else:
        assert ("contact.phone", "use", "first_party") not in tuples


@pytest.mark.parametrize(("slug", "line"), [("zh-r24-xingtu", 12), ("zh-r25-xigua-shipin", 9)])
def test_phone_number_used_to_register_and_log_in_is_use(slug, line):
    # "如果您不提供手机号码用于注册、登录"
    assert ("contact.phone", "use", "first_party") in _tuples(slug, line)


def test_lines_checked_and_kept():
    # 帐号 with no closing 信息 is account.credentials (GUIDELINES' coordination rule)
    assert ("account.credentials", "collect", "first_party") in _tuples("zh-r26-tuyou-doudizhu", 34)
    assert ("account", "collect", "first_party") in _tuples("zh-r28-longzhiguo-wuyu", 36)
    # reading time with its start and end times in the description column
    assert _tuples("zh-r34-lumi", 50) >= {("usage", "use", "first_party"), ("usage.logs", "use", "first_party")}
    # "We do not transmit purchase tokens to any party besides RevenueCat": the excepted party gets no share
    assert ("financial.transactions", "not_share", "first_party") in _tuples("en-r24-ai-trivia-game", 81)
    recipients = {s.get("recipient") for s in _statements("en-r24-ai-trivia-game")
                  if s["line"] == 81 and s["action"] == "share"}
    assert recipients == {"cloudflare"}  # the records kept in Cloudflare KV; RevenueCat's share is on lines 26 and 43


def test_guidelines_write_the_readings_down():
    text = (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")
    for phrase in ("So a third party said to obtain the user's data once the user authorises it",
                   "the reading progress (阅读进度, the chapter and page reached) is progress",
                   "a numbered title naming a kind of case or scenario (…的情形 / …的场景)",
                   "treated as personal information while it is combined",
                   "我们并不会获取与您付款相关的支付账号、密码信息",
                   "through the number (\"您可以通过手机号创建账号，收集这些信息是为了帮助您完成注册\")"):
        assert phrase in text, phrase
