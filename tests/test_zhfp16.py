"""Chinese first-party precision: lines with no first-party statement (the user's controls and rights, numbered
titles of cases, denials read as practices) give no first-party tuple."""

from __future__ import annotations

from conftest import pairs


def test_turning_a_feature_or_setting_on_or_off_is_a_user_control():
    # GUIDELINES: user rights and controls
    assert pairs("您可以通过手机银行“安全中心-安全验证-刷脸”开启或关闭上述单独一项或多项功能，您也可以在该菜单栏进行人脸信息更新。") == set()
    assert pairs("您可以在【设置】-【账号与安全中心】-【简历隐私保护】中，通过【隐藏简历联系方式】开启/关闭相应的简历隐私保护功能。") == set()
    # a practice of ours in the sentence keeps it, and so does a grant the user gives us
    assert ("location", "collect") in pairs("您可以开启位置权限，我们会收集您的位置信息。")
    assert ("personal_info", "collect") in pairs("您开启任一权限即代表您授权我们可以收集和使用相关个人信息。")


def test_numbered_title_of_cases_and_rights_introduction_state_no_practice():
    # GUIDELINES: a numbered title naming a kind of case, also when it ends in 包括：; user rights
    assert pairs("（二）您可自主选择提供个人信息的情形包括：") == set()
    assert pairs("根据相关法律法规，您对自己的个人信息享有以下权利：") == set()
    # an unnumbered introduction of the scenarios states its practice
    assert ("personal_info", "collect") in pairs("在您使用我们的产品时，您需要授权我们收集和使用个人信息的场景包括：")


def test_bare_bu_zai_before_a_place_denies_the_verb():
    assert pairs("我们不在服务器上收集您的位置信息。") == {("location", "not_collect")}
    # a denial of storage gives none (GUIDELINES: denials of use or storage)
    assert pairs("我们不在我们的服务器上保留您的任何个人数据。") == set()
    # 不在 as "not in a place" in a condition denies nothing after it
    assert pairs("如您不在中国境内，我们会收集您的位置信息。") == {("location", "collect")}
