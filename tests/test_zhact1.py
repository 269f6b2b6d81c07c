"""Chinese action: the items and scenarios under an introduction that states several actions of ours (收集和使用 →
collect and use; 收集、储存或以其他合法方式使用 → collect, use and store) take each of them beside their own `collect`
(goldcons24, goldcons25)."""

from __future__ import annotations

from conftest import tuples

SCENARIOS = """# 隐私政策

## 1. 我们如何收集和使用您的个人信息

通常情况下，我们会在以下场景收集和使用您的个人信息：

### 1.1 帐号注册

当您注册时，我们将收集您的手机号码。

### 1.2 实名认证

我们会收集您的真实姓名。

## 2. 我们如何共享您的个人信息

我们会收集您的设备型号。
"""


def test_scenarios_under_collect_and_use_take_use_up_to_the_next_section():
    found = tuples(SCENARIOS, name="policy.md")
    assert {(9, "contact.phone", "collect", "first_party"), (9, "contact.phone", "use", "first_party"),
            (13, "identity.name", "collect", "first_party"), (13, "identity.name", "use", "first_party")} <= found
    # the next section is out of the introduction's reach
    assert (17, "device", "use", "first_party") not in {(l, d.split(".")[0], a, p) for l, d, a, p in found}


def test_items_under_collect_store_and_use_take_store_and_use():
    text = ("我们向您提供服务时会收集、储存或以其他合法方式使用下列与您有关的信息：\n"
            "1）当您注册账号时，我们会收集您的手机号码。\n")
    found = tuples(text)
    assert {(2, "contact.phone", action, "first_party") for action in ("collect", "use", "store")} <= found


def test_a_numbered_introduction_ends_at_its_next_sibling_and_summaries_take_nothing():
    text = ("1. 我们的以下附加功能中可能会收集和使用您的个人信息。这些附加功能包括：\n"
            "(1) 基于位置信息的功能：我们会收集您的位置信息。\n"
            "2、以上权限均不会默认开启，我们会收集您的手机号码。\n")
    found = tuples(text)
    assert (2, "location", "use", "first_party") in found
    assert (3, "contact.phone", "use", "first_party") not in found


def test_no_other_action_from_a_relative_clause_another_party_or_a_denial():
    # "我们需要收集和使用的您的个人信息包括如下两种：" sorts our data into kinds and gives `use` (goldcons33,
    # tests/test_zhact3.py); another party's verbs and a denial give none
    for intro in ("这些SDK可能会收集和使用以下信息：",
                  "我们不会收集和使用以下信息："):
        found = tuples(intro + "\n（1）我们会收集您的手机号码。\n")
        assert (2, "contact.phone", "use", "first_party") not in found, intro
