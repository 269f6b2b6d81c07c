"""Chinese first-party precision: statements of principle on personal information in general (lawful handling, a
clause's own requirements, data minimisation, purpose restriction, confidentiality) state no practice."""

from __future__ import annotations

from conftest import pairs


def test_handling_as_the_law_requires_states_no_practice():
    assert pairs("我们深知个人信息对您的重要性，并会按照《中华人民共和国个人信息保护法》及国家标准《信息安全技术 个人信息安全规范》"
                 "（GB/T 35273-2020）的要求处理您的个人信息。") == set()
    # the rest of the sentence keeps its practices
    assert pairs("1、根据法律及监管要求，我们需要用户填写姓名和有效身份证件信息进行实名认证，如果认证为儿童，我们将按照法律法规的规定"
                 "进行个人信息的处理。") == {("identity.name", "collect"), ("identity.id_number", "collect")}
    # a concrete verb under a law or a principle stays a practice, and so does handling as this policy says
    assert pairs("西瓜视频仅为保障软件及服务的安全运行，依据法律法规的相关规定收集你的个人信息。") == {("personal_info", "collect")}
    assert pairs("我们将根据具体产品和/或服务范围和不同功能，遵循合法、正当和必要原则收集和使用您的个人信息。") == {
        ("personal_info", "collect"), ("personal_info", "use")}
    assert pairs("我们会按照本政策收集、使用您的个人信息。") == {("personal_info", "collect"), ("personal_info", "use")}


def test_commitment_to_the_clauses_own_requirements_states_no_disclosure():
    assert pairs("我们承诺按照本条款的要求共享提供、转让、公开披露您的个人信息，按照法律法规及国家标准的要求以确认协议、弹窗、提示等"
                 "形式征得您的同意。") == set()
    assert pairs("我们会与合作伙伴共享您的个人信息。") == {("personal_info", "share")}


def test_data_minimisation_principle_states_no_collection():
    assert pairs("我们根据法律法规的要求，遵循合法、正当、必要和诚信的原则，仅收集实现产品功能所必要的个人信息。") == set()
    assert pairs("2.在收集个人信息过程中，我们将严格遵守相关法律法规及监管政策，不收集任何法律法规及监管政策禁止收集的个人信息。") == set()
    # a purpose that follows keeps the statement
    assert ("personal_info", "collect") in pairs("我们会收集您的个人信息，用于实现明确、合理的处理目的。")


def test_obtaining_or_using_only_for_one_purpose_and_confidentiality_state_no_practice():
    assert pairs("您理解并确认，我们会以最大努力保障您的个人信息安全，并严格对您的个人信息保密，只以实名认证之目的获悉和使用您的"
                 "个人信息。") == set()
    # data named with a practice verb after 保密 stays
    assert ("contact.phone", "collect") in pairs("我们会收集您的手机号码，用于登录。")
