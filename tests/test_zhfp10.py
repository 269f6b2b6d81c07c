"""Chinese share clauses: a relative clause of two joined verbs on a later item of the shared list ("及其他您选择共享和
提交的信息", "及其他您上传或发布的信息") only says which data is meant (GUIDELINES: relative clauses), so the items before
it stay shared and take no collection of ours from it."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor): a share is by first_party


def test_joined_relative_verbs_on_a_later_item_leave_the_items_shared():
    found = tuples("我们可能与合作伙伴共享某些信息，包括个人资料、名字及其他您选择共享和提交的信息。")
    assert {(1, "personal_info", "share", "first_party"), (1, "identity.name", "share", "first_party")} <= found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_joined_relative_verbs_opening_a_data_phrase():
    # "发布的信息" is a data phrase of its own: 上传 joined to it describes it, not the items before
    found = tuples("我们可能与合作伙伴共享某些信息，包括个人资料、名字及其他您上传或发布的信息。")
    assert (1, "identity.name", "share", "first_party") in found
    assert (1, "identity.name", "collect", "first_party") not in found


def test_a_single_relative_verb_still_leaves_the_items_shared():
    # unchanged: one relative verb ("您提交的信息") already left the items to the sharing verb
    found = tuples("我们可能与合作伙伴共享某些信息，包括个人资料、名字及其他您提交的信息。")
    assert (1, "identity.name", "share", "first_party") in found
    assert (1, "identity.name", "collect", "first_party") not in found


def test_joined_verbs_that_are_the_predicate_still_govern():
    # "收集和处理" followed by no 的 is the clause's predicate, not a relative clause
    found = tuples("第三方SDK可能会收集您的姓名、IP地址，第三方SDK收集和处理信息等行为遵守其自身的隐私条款。")
    assert (1, "identity.name", "collect", "third_party") in found
    found = tuples("您的手机号码、设备信息将被收集和处理。")
    assert (1, "contact.phone", "collect", "first_party") in found


def test_a_verb_modifying_the_head_noun_of_a_list_item_is_no_predicate():
    # "争议处理结果": 处理 modifies 结果 inside an item; the items before it stay with the sharing verb
    found = tuples("房东和房客之间可能共享某些信息，包括名字、评价信息、房客的年龄、争议处理结果（如适用）及其他您选择共享和提交的信息。")
    assert {(1, "identity.name", "share", "third_party"), (1, "identity.age", "share", "third_party")} <= found
    assert not any(action in ("use", "collect") for _, _, action, _ in found)
    found = tuples("房源页面，包括如下信息：精确位置、可预订日期、头像、某些统计数据（如查看页面的次数）及您选择共享或提交的任何其他信息。")
    assert not any(action == "collect" for _, _, action, _ in found)


def test_a_verb_after_an_adverb_between_items_stays_a_verb():
    found = tuples("我们不要求、也不提供手机号、邮箱、真实姓名等注册类信息。")
    assert (1, "contact.phone", "not_collect", "first_party") in found
