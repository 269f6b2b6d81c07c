"""Chinese third-party recall: our sharing stated beside the safeguards we require of the recipients, data about the
person (与您…相关的) that is no recipient, and a provision granted on consent after a denial that names the recipients."""

from __future__ import annotations

from conftest import statements_of


def shared(text: str) -> set[tuple[str, str, str, str | None]]:
    """(data_type, action, actor, entity) of a one-sentence policy."""
    return {(s.data_type, s.action, s.actor, s.entity) for s in statements_of(text)}


def test_share_with_measures_required_of_the_recipients_stays_a_share():
    # zh-r10-mcdonalds:85: the safeguards the recipients must take do not make the sentence a security statement
    found = shared("请您知悉，我们会出于实现特定功能，并基于合法、正当、最小必要的原则与第三方共享您的个人信息，对我们仅为实现本政策中"
                   "声明的目的与之共享个人信息的公司、组织和个人，我们会与其签署相关信息保护和保密条款，要求他们遵守协议并采取相关的安全"
                   "措施来保护您的个人信息。")
    assert found == {("personal_info", "share", "first_party", "third_party")}


def test_our_own_security_measures_stay_no_practice():
    assert shared("我们会采取符合业界标准的安全措施来保护您的个人信息。") == set()
    assert shared("我们通过加密等安全措施确保您的个人信息不丢失。") == set()


def test_data_related_to_the_person_after_yu_is_no_recipient():
    # zh-r12-wifi-key:88: "与您投诉、起诉相关的": the person is what the data is about; the recipient is 该机构
    found = shared("我们可能会聘请外部专业中介机构(如律师事务所、会计师事务所)，将与您投诉、起诉相关的个人身份信息、账号信息、"
                   "交易信息提供给该机构。")
    assert found == {(t, "share", "first_party", "third_party")
                     for t in ("identity", "account", "financial.transactions")}
    assert shared("我们不会将与您有关的交易信息共享给第三方。") == {
        ("financial.transactions", "not_share", "first_party", "third_party")}


def test_sharing_with_the_person_stays_no_share():
    # 与您 + a share verb: the person receives it, a service to them
    assert not any(action == "share" for _, action, _, _ in shared("我们会与您分享相关的交易信息。"))


def test_provision_on_consent_after_a_denial_naming_the_recipients():
    # zh-r-unionpay:32: the later 提供 with no recipient goes to those the denial names
    found = shared("除非获得您的同意 ，我们不会向银联以外的任何公司、组织和个人提供您的个人信息，在您单独同意后，我们仅会处于合法、正当、"
                   "必要、明确的目的提供您的个人信息，并且只会提供服务所必要的个人信息，法律法规另有规定的除外。")
    assert found == {("personal_info", "not_share", "first_party", "third_party"),
                     ("personal_info", "share", "first_party", "third_party")}


def test_provision_after_an_affirmed_provision_keeps_its_reading():
    # only an earlier denial lends its recipients: "…向合作方提供…，我们仅会提供…" reads as before
    before = shared("我们会向合作方提供您的订单信息，我们仅会提供必要的个人信息。")
    assert ("financial.transactions", "share", "first_party", "third_party") in before
    assert ("personal_info", "share", "first_party", "third_party") not in before


def test_party_right_after_provide_with_the_object_put_before_by_jiang():
    # zh-r19-alibaba-1688:79: "将…提供服务提供商" leaves out 给; the login time is a noun, no login
    found = shared("以及在您选择“成为卖家”时，将您的姓名，联系方式、平台账户信息、您的注册时间和最近登录系统时间提供服务提供商以便其联系您"
                   "来帮助您成为我们的商家会员。")
    assert {("contact", "share", "first_party", "third_party"),
            ("account", "share", "first_party", "third_party")} <= found
    assert not any(action == "collect" for _, action, _, _ in found)
    assert shared("我们会将您的手机号码提供合作方。") == {("contact.phone", "share", "first_party", "third_party")}


def test_party_service_after_provide_is_what_is_provided():
    assert not any(action == "share" for _, action, _, _ in shared("我们会将您的手机号码提供第三方服务。"))


def test_bare_transfer_to_a_party_named_before_it_is_a_share():
    # zh-r29-wangzhiyi-lushi:48: 向境外合作方传输 (GUIDELINES: a provision to a party abroad stays share)
    assert shared("若我们需向境外合作方传输您的个人信息，我们也将采取合理且必要的措施，以符合适用法律项下规定和要求。") == {
        ("personal_info", "share", "first_party", "third_party")}
    assert shared("我们会向合作方传输您的手机号码。") == {("contact.phone", "share", "first_party", "third_party")}


def test_bare_transfer_to_a_party_after_its_object_is_denied_as_a_share():
    # zh-r34-zorvai:219
    found = shared("本应用不会主动收集或传输您的 API Key 至第三方服务器。")
    assert ("account.credentials", "not_share", "first_party", "third_party") in found


def test_bare_transfer_without_a_party_stays_no_share():
    for text in ("Cookie是我们网站、应用程序或服务传输并存储在您设备上的小文件。",
                 "我们采用TLS加密传输、AES-256加密存储等措施保护您的个人信息，健康生理信息在穿戴设备与本App之间通过加密的蓝牙通道传输。",
                 "如将来涉及向境外传输个人信息，我们将明确向您告知个人信息出境的目的。"):
        assert not any(action in ("share", "not_share") for _, action, _, _ in shared(text)), text


def test_topped_up_number_and_contact_person_name_passed_on():
    # zh-r2-boc:21, zh-r20-kugou-music:38: the data collected and handed on by 并提交给 / 并共享给
    found = shared("当您使用话费充值功能时，我行会收集您的充值号码、网银客户号并提交给话费充值服务商用于为您指定的号码进行充值。")
    assert {("contact.phone", "collect", "first_party", "first_party"),
            ("contact.phone", "share", "first_party", "third_party")} <= found
    found = shared("我们需要收集您的收货信息（收货地址、联系人名称及联系人电话）并共享给提供物流服务的第三方合作商。")
    assert ("identity.name", "share", "first_party", "third_party") in found


def test_relative_clause_on_the_object_of_jiang_leaves_the_share_verb_after_it():
    # zh-r13-kaixin-xiaoxiaole:32: 提供给/收集 describe the data; 与第三方服务商共享 is the predicate
    found = shared("我们不会将您提供给我们或者我们收集的您的个人信息（如手机号码、昵称、头像、好友列表）与第三方服务商共享。")
    assert {("personal_info", "not_share", "first_party", "third_party"),
            ("contact.phone", "not_share", "first_party", "third_party"),
            ("account.profile", "not_share", "first_party", "third_party"),
            ("social", "not_share", "first_party", "third_party")} <= found
    assert not any(action in ("collect", "not_collect") for _, action, _, _ in found)
