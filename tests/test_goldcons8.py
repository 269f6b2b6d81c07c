"""The eighth gold consistency pass: near-identical template sentences read alike across dev files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


# (file, line, tuples the line must carry, tuples it must not carry)
CASES = [
    # what the Alibaba-template cookies "store" is kept in the browser: no store by the actor
    ("zh-r4-cainiao", 40, {("personal_info", "collect", "first_party")}, {("personal_info", "store", "first_party")}),
    ("zh-r8-quark", 84, {("personal_info", "collect", "first_party")}, {("personal_info", "store", "first_party")}),
    ("zh-r9-xianyu", 57, {("personal_info", "collect", "first_party")}, {("personal_info", "store", "first_party")}),
    ("zh-r8-dongchedi", 73, {("personal_info", "collect", "first_party")}, {("personal_info", "store", "first_party")}),
    ("zh-r12-fanzha", 27, {("personal_info", "collect", "first_party")}, {("personal_info", "store", "first_party")}),
    # the logistics-system provider passing the delivery information on is a processor's own handling
    ("zh-r19-alibaba-1688", 45, {("contact", "share", "first_party"), ("contact", "collect", "third_party")},
     {("contact", "share", "third_party")}),
    # identity data checked through the state authentication institution go to it
    ("zh-r19-alibaba-1688", 19, {("identity", "share", "first_party"), ("identity", "collect", "first_party")}, set()),
    # the public-area caution makes the information public: share, no collect
    ("zh-r26-tuyou-doudizhu", 10, {("personal_info", "share", "first_party"), ("content", "share", "first_party")},
     {("personal_info", "collect", "first_party")}),
    # the occasion worded as the user's act on bare 信息 and 上述信息内容: no tuple
    ("zh-r31-ziyi-wuxianmitu", 14, set(), {("content", "collect", "first_party"), ("content", "store", "first_party")}),
    # a retention example of the storage section is store only
    ("zh-r18-icbc-rongexing", 60, {("account.profile", "store", "first_party")},
     {("account.profile", "collect", "first_party"), ("account.profile", "use", "first_party")}),
    # uploaded pictures said to carry the location
    ("zh-r15-58tongcheng", 26, {("media.photos", "collect", "first_party"), ("location", "collect", "first_party")}, set()),
    # VAID is device.id (the line keeps device.id.ad_id from OAID / GAID)
    ("zh-r18-icbc-rongexing", 28, {("device.id", "collect", "mipush")}, {("device.id.ad_id", "collect", "mipush")}),
]


@pytest.mark.parametrize(("slug", "line", "present", "absent"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_family_reading(slug, line, present, absent):
    tuples = _tuples(slug, line)
    assert present <= tuples
    assert not (absent & tuples)


def test_ziyi_occasion_line_has_no_tuple():
    assert _tuples("zh-r31-ziyi-wuxianmitu", 14) == set()


def test_guidelines_write_the_readings_down():
    text = (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")
    for phrase in ("以收集、标识和存储您访问", "以收集和存储…\" add no", "浙江菜鸟供应链管理有限公司披露订单相关的配送信息", "身份认证机构进行信息核验",
                   "上传和/或发布信息以及相关的互动行为", "用户头像：当您设置了头像以后", "图片、视频中的地理标记信息",
                   "so is VAID", "nor `collect` `personal_info` by `first_party`"):
        assert phrase in text, phrase
