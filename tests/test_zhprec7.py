"""Chinese first-party precision: practices named only as nouns, ..."""

from __future__ import annotations

from conftest import pairs


def test_manner_or_rules_of_named_practices_state_no_practice():
    # the manner, rules or regulations of practices named as nouns after the data are the topic, not a practice
    assert pairs("如果本指引中约定的个人信息的收集、处理方式发生任何改变，该公司、组织将重新向您征求授权同意。") == set()
    assert pairs("关于我们对未满十四周岁的未成年人个人信息的收集、使用、存储、保护规则等，我们制定了专门的条款。") == set()
    assert pairs("请您仔细阅读本政策，了解其中对于您个人数据收集的相关规定。") == set()
    # the practice stated with a verb stays
    assert pairs("我们会按照本政策收集、使用您的个人信息。") == {("personal_info", "collect"), ("personal_info", "use")}
    # a retention period stays a retention statement
    assert ("personal_info", "store") in pairs("我们对您的个人信息的存储时间将限于实现您授权使用的目的所必需的最短时间。")
