"""Chinese: telling a guardian, label-opened items under a collection introduction, headings and scope sentences."""

from __future__ import annotations

from conftest import pairs


def test_telling_the_guardian_is_sharing():
    found = pairs("我们将尝试联系其监护人，将其相关的游戏时长、消费交易记录告知其监护人，进行提醒、确认和处理。")
    assert {("usage", "share"), ("financial.transactions", "share")} <= found
    assert pairs("我们会将您的游戏时长告知您的监护人。") == {("usage", "share")}


def test_section_title_naming_ways_and_purposes_is_no_practice():
    assert pairs("一 我们收集和使用个人信息的方式、目的及范围") == set()
    assert pairs("二 我们共享、转让、或者公开披露个人信息的方式及原因") == set()
    assert ("contact.phone", "collect") in pairs("我们收集和使用个人信息的方式包括注册时收集您的手机号码。")
