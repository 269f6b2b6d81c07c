"""Chinese third-party recall: our shares whose recipient follows a preposition the tokenizer joined to the word
before it, and shares addressed to the person and to others besides."""

from __future__ import annotations

from conftest import statements_of


def shares(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text) if s.action == "share"}


def test_recipient_after_scope_phrase_joined_to_its_preposition():
    # jieba reads "范围内向" as 范围 + 内向: the 向 still introduces the recipient of our provision
    assert shares("我们可能在“最小必要”范围内向合作商提供解决问题、处理纠纷所需要的您的个人信息。") == {
        ("personal_info", "share", "first_party", "third_party")}
    assert shares("我们可能在最小必要范围内向合作商提供您的订单信息。") == {
        ("financial.transactions", "share", "first_party", "third_party")}


def test_person_and_others_as_recipients_is_a_share():
    # "向您或…其他用户公开": the others beside the person receive it
    assert ("personal_info", "share") in {(d, a) for d, a, _, _ in shares(
        "当您授权第三方获取您在本产品内的信息后，第三方将在您的授权范围内向您或该第三方其他用户公开您的相关信息。")}


def test_provision_to_the_person_alone_stays_no_share():
    assert shares("我们会在必要范围内向您提供您的订单信息。") == set()
    assert shares("我们会向您提供您的订单信息。") == set()


def test_a_party_after_a_joined_preposition_receives_the_share_and_is_not_its_subject():
    # "在…范围内向第三方共享": jieba's 内向 still marks the recipient, so the party is not the sharer
    assert shares("我们会在最小必要范围内向第三方共享您的设备信息。") == {("device", "share", "first_party", "third_party")}
    assert shares("我们仅在必要范围内向合作伙伴共享您的手机号码。") == {
        ("contact.phone", "share", "first_party", "third_party")}
