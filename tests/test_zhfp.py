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


def test_management_or_limitation_of_named_practices_and_discovered_data_state_no_practice():
    assert pairs("我们建立了各项有关的政策和流程，来管理和规范个人信息的存储和使用。") == set()
    assert pairs("我们遵照法律法规的规定，严格限制共享、转移、披露儿童个人信息的情形。") == set()
    assert pairs("如果您是儿童的监护人，发现儿童可能向本应用提供了个人信息，请联系我们，我们将及时删除相关信息。") == set()
    # the denial before it stays, and so does a sharing stated in another sentence
    assert pairs("本应用不会故意收集儿童的个人信息。如果您是儿童的监护人，发现儿童可能向本应用提供了个人信息，请联系我们。") == {
        ("personal_info", "not_collect")}
    assert pairs("我们会通过签订协议的方式严格限制第三方使用您个人信息的行为。我们只会共享必要的个人信息。") == {
        ("personal_info", "share")}


def test_payment_information_on_the_progress_of_a_transaction_is_the_transaction():
    # GUIDELINES: "与交易进度相关的您的交易、支付…等信息" is `financial.transactions` only
    assert pairs("我们须通过您基于交易所确定的交易对象、第三方支付机构、物流公司等收集与交易进度相关的您的交易、支付、物流信息，"
                 "或将您的交易信息共享给上述服务提供者。") == {
        ("financial.transactions", "collect"), ("financial.transactions", "share")}
    # the account listed first, in a list ending on 信息, is the account (帐号信息)
    assert ("account", "collect") in pairs("我们会收集与交易进度相关的您的帐号、订单、交易、物流信息。")
    assert ("account.credentials", "collect") not in pairs("我们会收集与交易进度相关的您的帐号、订单、交易、物流信息。")
    # elsewhere 支付信息 keeps its reading
    assert ("financial.payment", "collect") in pairs("我们会收集您的支付信息。")


def test_the_persons_request_a_consent_topic_and_a_principles_requirement_state_no_practice():
    assert pairs("「每日科技」不会共享或转让你的个人信息至「每日科技」外的第三方，如果你需要我们将你的个人信息共享或转让至「每日科技」外的"
                 "第三方情形时，我们会直接或确认第三方征得你对上述行为的明示同意。") == {("personal_info", "not_share")}
    assert pairs("如您要求将您的个人信息传输到境外，请您通过邮箱联系我们。") == set()
    assert pairs("对于服务过程中收集的包括生物识别、特定身份、金融账户、行踪轨迹等在内的敏感个人信息，我们将取得您的单独同意，"
                 "向您告知处理敏感个人信息的必要性。") == set()
    assert pairs("（1）授权同意原则： 向我们的关联方、第三方共享您的个人信息，需经过您的授权同意，除非共享的个人信息是去标识化处理后的"
                 "信息。") == set()
    # a principle whose subject is the app keeps its denial, and a collection of named data with consent stays
    assert pairs("核心原则：本应用不收集、不传输任何个人信息。") == {("personal_info", "not_collect")}
    assert ("location", "collect") in pairs("在征得您的单独同意后，我们会收集您的行踪轨迹。")


def test_profile_of_a_registration_a_profile_picture_or_preferences_is_the_profile():
    assert pairs("当你同意建立紫龙游戏网络游戏会员的时候，会要求你提供一些个人资料。") == {("account.profile", "collect")}
    assert {t for t, _ in pairs("您可以选择提供您的年龄，以及显示名称或个人资料图像。")} == {"identity.age", "account.profile"}
    assert ("account.profile", "use") in pairs("我们可能使用您的个人资料和偏好为您提供个性化体验。")
    # elsewhere 个人资料 stays personal data
    assert ("personal_info", "collect") in pairs("我们会收集您的个人资料。")


def test_account_a_service_is_opened_or_registered_with_is_the_means_of_login():
    # GUIDELINES: logging in with a third-party account is the means of login and gives no tuple of its own
    assert ("account.credentials", "use") not in pairs("对于使用QQ帐号开通QQ邮箱的用户，我们将获取你的QQ好友关系。")
    assert ("social", "collect") in pairs("对于使用QQ帐号开通QQ邮箱的用户，我们将获取你的QQ好友关系。")
    assert ("account.credentials", "use") not in pairs("请你注意，使用QQ帐号注册的邮箱帐号与微信帐号注册的邮箱帐号是两个独立的帐号。")
    assert pairs("相关服务需依赖于使用抖音帐号登录，使用统一的抖音帐号服务。") == set()
    # account data used among other data stays
    assert ("account", "use") in pairs("我们会使用您的设备信息、账号信息、使用本服务的行为数据，判断您是否为活跃用户。")
