"""Chinese first-party false positives in share lines: the person's act inside the object that 将 puts before a share
verb only describes the data ("将您注册时填写的手机号码共享给合作方"); a processor entrusted (委托) after a modifier closed
by 的 and our own 我们的 ("委托有能力的我们的关联公司…处理") is a recipient; 对 after 向 opens a relative clause on the
recipient ("向对我们进行审计的机构共享"), not us as the recipient, and a relative clause listing services ("提供给向我们提供
广告、分析服务的合作伙伴") leads to the party after it; data uploaded to a public body's system ("上传至医保结算系统") is
shared; a company named as the agent of a passive
("已被暴雪娱乐有限公司…（统称为“暴雪”）指定为…") is no short name of the operator."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_the_persons_act_inside_a_disposed_object_gives_way_to_the_share_verb():
    found = tuples("我们会将您注册时填写的手机号码共享给合作方。\n"
                   "我们可能将您使用本产品相关的信息（包括您账号的登录信息、使用时间等）提供给您的监护人。\n")
    assert (1, "contact.phone", "share", "first_party") in found
    assert (1, "contact.phone", "collect", "first_party") not in found
    assert (2, "account.credentials", "share", "first_party") in found
    assert (2, "account.credentials", "collect", "first_party") not in found


def test_the_future_jiang_keeps_its_verb():
    found = tuples("我们将收集您使用的设备信息并提供给合作方。\n我们会使用您注册时提供的手机号码。\n")
    assert (1, "device", "collect", "first_party") in found
    assert (2, "contact.phone", "use", "first_party") in found


def test_a_processor_entrusted_after_a_modifier_is_a_recipient():
    found = statements_of("我们可能会委托有能力的我们的关联公司代表我们来处理用户信息。\n")
    assert {(s.data_type, s.action, s.recipient) for s in found} == {("personal_info", "share", "third_party")}


def test_dui_after_xiang_opens_a_relative_clause_on_the_recipient():
    found = statements_of("我们会向对我们进行审计的会计师事务所提供您的个人信息。\n")
    assert {(s.data_type, s.action, s.actor, s.recipient) for s in found} == {
        ("personal_info", "share", "first_party", "third_party")}


def test_the_agent_of_a_passive_is_no_short_name_of_ours():
    found = tuples("示例网络科技有限公司（以下简称“我们”）已被某某娱乐有限公司（Example Entertainment, Inc.）及其关联公司"
                   "（统称为“某某”）指定为某某游戏服务的独家被许可方。\n"
                   "我们可能会向某某提供您的个人信息。\n")
    assert (2, "personal_info", "share", "first_party") in found
    assert (2, "personal_info", "collect", "first_party") not in found


def test_a_relative_clause_listing_services_leads_to_the_party_after_it():
    found = statements_of("除非得到您的许可，否则我们不会将您的个人身份信息提供给向我们提供广告、分析服务的合作伙伴。\n")
    assert {(s.data_type, s.action, s.recipient) for s in found} == {("identity", "not_share", "third_party")}


def test_data_uploaded_to_a_public_bodys_system_is_shared():
    found = tuples("我们会将您的姓名、身份证号码及处方费用明细上传至医保结算系统。\n我们会将您的照片上传至服务器。\n")
    assert (1, "identity.name", "share", "first_party") in found
    assert (1, "identity.name", "collect", "first_party") not in found
    assert (2, "media.photos", "collect", "first_party") in found
