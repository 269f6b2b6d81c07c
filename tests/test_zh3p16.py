"""Chinese sharing denials: recipients that are everyone but a named party, described by a relative clause with a
quantifier after its 的 ("与本公司以外的任何第三方共享"), keep the denial ours; and our denial after a guardian's consent
("未经监护人的同意，我们不会向任何第三方提供") is no guidance to the minor."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_recipient_described_through_a_quantifier_is_no_subject():
    # GUIDELINES (denials with an exception): "我们不会向除百度公司以外的第三方共享您的个人信息" → not_share with third_party
    for text in ("我们不会与本公司以外的任何第三方共享您的个人信息。",
                 "未经监护人的同意，我们不会与网易集团之外的任何第三方共享儿童的个人信息，但在下述场景下我们会请求监护人的授权同意：",
                 "我们不会向本公司之外的任何第三方提供您的个人信息。",
                 "我们不会与百度公司以外的其他公司共享您的个人信息。"):
        assert tuples(text) == {(1, "personal_info", "not_share", "first_party")}, text
        assert [s.recipient for s in statements_of(text)] == ["third_party"], text


def test_positive_share_to_a_described_recipient_stays_ours():
    text = "我们会向提供支付服务的合作伙伴提供您的订单信息。"
    assert tuples(text) == {(1, "financial.transactions", "share", "first_party")}
    text = "我们会与提供广告服务的任何第三方共享您的设备信息。"
    assert tuples(text) == {(1, "device", "share", "first_party")}


def test_party_subject_before_the_verb_stays():
    # a party that is the verb's own subject keeps the practice
    assert tuples("第三方SDK会收集您的设备信息。") == {(1, "device", "collect", "third_party")}


def test_our_denial_after_a_guardians_consent_is_no_guidance_to_the_minor():
    # zh-r30-wangyi-youxi:82: the sharing denial behind "未经监护人的同意" is ours, not a minor's providing of data
    text = ("未经监护人的同意，我们不会与网易集团之外的任何第三方提供儿童的个人信息，但在下述场景下我们会请求监护人的授权同意：")
    assert tuples(text) == {(1, "personal_info", "not_share", "first_party")}
    assert tuples("未经监护人的同意，我们不会向任何第三方提供儿童的个人信息。") == {
        (1, "personal_info", "not_share", "first_party")}
    # guidance to the minor stays no practice
    assert tuples("已满十四周岁的未成年人应在监护人同意和指导下提交个人信息。") == set()
    assert tuples("如果您的监护人不同意您向我们提供个人信息，请您停止使用。") == set()
