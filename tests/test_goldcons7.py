"""The seventh gold consistency pass: each family decided by the guidelines and the dev majority stays decided."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


# (file, line, tuples the line must carry, tuples it must not carry)
CASES = [
    # AAID (应用匿名标识) is an app-instance identifier, not an advertising ID
    ("zh-r2-boc", 69, {("device.id", "collect", "huawei_push")}, {("device.id.ad_id", "collect", "huawei_push")}),
    ("zh-r2-boc", 70, {("device.id", "collect", "mipush")}, {("device.id.ad_id", "collect", "mipush")}),
    # the encrypted names and numbers of the address book are still names and numbers
    ("zh-r17-tencent-map", 15, {("identity.name", "collect", "first_party"), ("contact.phone", "collect", "first_party")}, set()),
    # 系统属性 is device.hardware
    ("zh-r33-simpfun", 56, {("device.hardware", "collect", "alipay")}, {("device", "collect", "alipay")}),
    # 相关个人信息 in the permission clause is personal_info
    ("zh-r24-mangguo-tv", 24, {("personal_info", "collect", "first_party"), ("personal_info", "use", "first_party")}, set()),
    # a 信息 closing a coordination belongs to each noun: 账号信息 is account
    ("zh-r29-menghuan-xinzhuxian", 32, {("account", "collect", "first_party")}, {("account.credentials", "collect", "first_party")}),
    ("zh-r28-longzhiguo-wuyu", 36, {("account", "collect", "first_party")}, {("account.credentials", "collect", "first_party")}),
    # 网络身份识别信息 is account
    ("zh-r24-xingtu", 12, {("account", "collect", "first_party")}, {("identity", "collect", "first_party")}),
    ("zh-r25-xigua-shipin", 9, {("account", "collect", "first_party")}, {("identity", "collect", "first_party")}),
    # a conditional sharing of sensitive information before a consent commitment is a sharing
    ("zh-r5-kuaishou", 51, {("personal_info", "share", "first_party")}, set()),
    # device-local data with an upload denial: not_collect, no store
    ("en-w4-cycle-tracker", 35, {("health", "not_collect", "first_party"), ("content", "not_collect", "first_party")},
     {("health", "store", "first_party"), ("content", "store", "first_party")}),
    ("en-w4-cycle-tracker", 112, set(), {("health", "store", "first_party")}),
    ("en-r15-vytallink-health-relay", 29, {("health", "not_collect", "first_party")}, set()),
    # the actor introducing its legal bases uses the data it names
    ("en-r12-dfe-teaching-vacancies", 132, {("personal_info", "use", "first_party")}, set()),
    ("en-r21-explore-education-statistics", 12, {("personal_info", "use", "first_party")}, set()),
    # deletion once the account is no longer required is a retention by need
    ("en-r50-govuk-paas-tenant-privacy", 32, {("personal_info", "store", "first_party")}, set()),
]


@pytest.mark.parametrize(("slug", "line", "present", "absent"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_family_reading(slug, line, present, absent):
    tuples = _tuples(slug, line)
    assert present <= tuples
    assert not (absent & tuples)


def test_guidelines_write_the_readings_down():
    text = (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")
    for phrase in ("应用匿名标识", "系统属性", "网络身份识别信息", "您的账号和订单信息", "并仅收集加密后的信息",
                   "In order for our use of", "when\n  your user account is no longer required",
                   "The exception covers only data kept or processed on the user's device"):
        assert phrase in text, phrase
