"""Chinese action: the items under a purpose introduction stating several actions of ours ("（二）我们会出于以下目的，
收集和使用您以下类型的个人信息：") take each of them beside their own `collect` (GUIDELINES: an introduction stating
several actions gives each to its items; goldcons26, goldcons27)."""

from __future__ import annotations

from conftest import tuples

PURPOSES = ("一、我们如何收集和使用您的个人信息\n"
            "（二）我们会出于以下目的，收集和使用您以下类型的个人信息：\n"
            "1、帮助您完成注册及登录\n"
            "为了创建您的账号，您需要提供您的手机号码。\n"
            "2、为您提供安全保障\n"
            "我们会收集您的设备型号。\n"
            "以上由您提供或我们收集的信息中，可能包含您的个人敏感信息，我们会收集您的真实姓名。\n"
            "二、我们如何使用COOKIES或同类技术\n"
            "我们会收集您的位置信息。\n")


def test_items_under_a_purpose_introduction_take_use_beside_collect():
    found = tuples(PURPOSES)
    assert {(4, "contact.phone", "collect", "first_party"), (4, "contact.phone", "use", "first_party")} <= found
    assert any(line == 6 and action == "use" and data.startswith("device") for line, data, action, _ in found)


def test_a_paragraph_on_the_items_above_and_the_next_section_take_nothing():
    found = tuples(PURPOSES)
    assert not any(line in (7, 9) and action == "use" for line, _, action, _ in found)


def test_a_purpose_introduction_stating_collection_alone_or_another_party_gives_no_use():
    for intro in ("我们会出于以下目的，收集您的个人信息：", "第三方SDK会出于以下目的，收集和使用您的个人信息："):
        found = tuples(intro + "\n1、我们会收集您的手机号码。\n")
        assert (2, "contact.phone", "use", "first_party") not in found, intro
