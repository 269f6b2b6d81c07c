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


def test_label_opened_items_name_software_and_referrer_data():
    found = pairs("我们可能还会收集如下信息：\n(1) 您的广告信息：通过cookies等技术收集的信息（如网站URL等信息）。\n"
                  "(2) 您的软件信息：如软件特征（包括软件类型和配置）、连接信息、页面浏览量统计、引用源（如引用URL）、IP地址等。")
    assert {("device.hardware", "collect"), ("device.network", "collect"), ("usage", "collect"),
            ("usage.history", "collect"), ("network.ip", "collect")} <= found


def test_third_party_terms_and_policy_scope_are_no_practice():
    assert pairs("您使用该等第三方服务，须受第三方自己的服务条款及个人信息保护相关规则（而非本政策）约束，相关个人信息的调取频率、"
                 "收集范围等，均以第三方平台自行公布的《隐私政策》为准。") == set()
    assert pairs("我们会收集您的手机号码。本政策仅适用于我们所收集的个人信息，并不适用于任何第三方提供的服务。") == {
        ("contact.phone", "collect")}
