"""Chinese action: the reach of an introduction stating several actions of ours (goldcons30) goes on through the
numbered sub-headings of its unnumbered sub-sections, ends at the statutory exemptions, and a "以下情形" after a consent
sentence that names the user's choice opens none."""

from __future__ import annotations

from conftest import tuples

INTRO = "一、我们如何收集和使用您的个人信息\n我们仅会出于本隐私政策所述的以下目的，收集和使用您的个人信息。\n"


def test_a_numbered_heading_under_an_unnumbered_sub_heading_goes_on():
    found = tuples(INTRO + "（一）帮助您成为我们的用户\n1、当您注册时，我们会收集您的手机号码。\n"
                   "（二）向您提供我们的产品或服务\n1、信息发布功能\n当您发布商品时，我们会收集您的位置信息。\n")
    assert {(7, "location", "collect", "first_party"), (7, "location", "use", "first_party")} <= found


def test_the_statutory_exemptions_end_the_reach():
    found = tuples(INTRO + "1. 会员账号注册\n当您注册时，我们会收集您的手机号码。\n2. 征得授权同意的例外\n"
                   "请您理解，根据法律法规，我们在如下情况中处理您的个人信息无需征得您的同意：\n"
                   "2.1 为履行法定职责或者法定义务所必需。\n3. 设备权限调用说明\n位置：当您搜索餐厅时，我们会收集您的位置信息。\n")
    assert (4, "contact.phone", "use", "first_party") in found
    assert (9, "location", "collect", "first_party") in found
    assert (9, "location", "use", "first_party") not in found


def test_the_users_choice_named_after_a_consent_sentence_opens_no_reach():
    found = tuples("隐私政策\n您开启该权限即视为您授权我们可以访问、获取、收集、使用您的相应个人信息；当您取消该授权后，我们将不再"
                   "收集该信息。您可在以下情形自主选择是否提供个人信息：\n1）基于位置权限的相关功能：当您搜索附近的歌房时，"
                   "我们会收集您的位置信息。\n")
    assert (3, "location", "collect", "first_party") in found
    assert (3, "location", "use", "first_party") not in found
