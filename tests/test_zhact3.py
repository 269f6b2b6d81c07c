"""Chinese action: an introduction sorting what we collect and use into kinds ("…收集和使用的您的个人信息包括如下两种：")
gives `use` beside each `collect` of ours through the kinds, the line introducing the scenarios and the scenarios
themselves (goldcons33), up to the cookie section or a heading as high as the kinds that is not one of them."""

from __future__ import annotations

from conftest import tuples

TEMPLATE = ("二、信息收集及使用\n"
            "在您使用我们的产品/服务时，我们需要/可能需要收集和使用的您的个人信息包括如下两种：\n"
            "1、为实现向您提供我们产品及/或服务的基本功能，您须授权我们收集、使用的必要的信息。\n"
            "2、为实现向您提供我们产品及/或服务的附加功能，您可选择单独同意或不同意我们收集、使用的信息。\n"
            "我们会为您提供的各项具体功能场景包括：\n"
            "（一）帮助您成为我们的会员及账户管理\n"
            "1、基础会员服务\n"
            "为了创建账户，我们会收集您的手机号码。\n"
            "（二）帮助您完成下单\n"
            "当您下单时，我们会收集您的收货地址。\n"
            "（三）为您提供的其他附加服务\n"
            "1、基于系统权限的附加服务\n"
            "当您搜索附近的门店时，我们会收集您的位置信息。\n"
            "2、Cookie和同类技术的服务\n"
            "我们会收集您的设备标识符。\n")


def test_the_kinds_and_the_scenario_line_do_not_end_the_reach():
    found = tuples(TEMPLATE)
    assert (8, "contact.phone", "use", "first_party") in found
    assert (10, "contact.address", "use", "first_party") in found
    assert (13, "location", "use", "first_party") in found


def test_the_cookie_section_ends_the_reach():
    found = tuples(TEMPLATE)
    assert (15, "device.id", "collect", "first_party") in found
    assert (15, "device.id", "use", "first_party") not in found


KINDS_AS_HEADINGS = ("一. 我们如何收集和使用个人信息\n"
                     "在您使用我们的产品及/或服务时，我们需要/可能需要收集和使用您的个人信息包括如下两种：\n"
                     "（一）基础必要功能\n"
                     "1、注册、登录\n"
                     "当您注册时，我们会收集您的手机号码。\n"
                     "（二）附加业务功能\n"
                     "1、定位功能。当您搜索附近的玩家时，我们会收集您的位置信息。\n"
                     "（三）来自第三方的信息\n"
                     "1、当您使用微信登录时，我们会收集您的微信昵称。\n")


def test_headings_of_the_kinds_go_on_and_the_next_heading_as_high_ends_the_reach():
    found = tuples(KINDS_AS_HEADINGS)
    assert (5, "contact.phone", "use", "first_party") in found
    assert (7, "location", "use", "first_party") in found
    assert not {t for t in found if t[0] == 9 and t[2] == "use"}


def test_the_inline_kinds_open_a_reach():
    found = tuples("一、我们如何收集和使用您的个人信息\n"
                   "您在使用本游戏时，我们可能需要收集和使用您的一些个人信息，我们收集和使用的个人信息包括两种：第一种：本游戏的"
                   "核心功能所必需的信息；第二种：附加功能可能需要收集的信息。\n"
                   "1、注册登录\n"
                   "当您注册时，我们会收集您的手机号码。\n")
    assert (4, "contact.phone", "use", "first_party") in found


def test_data_qualified_by_the_verbs_without_kinds_opens_none():
    found = tuples("隐私政策\n我们收集和使用的您的个人信息将用于以下用途：\n1、当您注册时，我们会收集您的手机号码。\n")
    assert (3, "contact.phone", "collect", "first_party") in found
    assert (3, "contact.phone", "use", "first_party") not in found


def test_the_kinds_introduction_gives_use_to_a_following_item():
    found = tuples("我们需要收集和使用的您的个人信息包括如下两种：\n（1）我们会收集您的手机号码。\n")
    assert (2, "contact.phone", "use", "first_party") in found


def test_a_caution_on_what_posts_may_contain_takes_no_use():
    found = tuples(TEMPLATE.replace("当您下单时，我们会收集您的收货地址。\n",
                                    "请注意，您公开发布的信息中可能会涉及您或他人的个人信息，如您上传包含个人信息的图片。\n"))
    assert (10, "media.photos", "collect", "first_party") in found
    assert not {t for t in found if t[0] == 10 and t[2] == "use"}
