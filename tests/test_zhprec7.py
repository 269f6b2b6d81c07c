"""Chinese first-party precision: practices named only as nouns, parties whose requirements are followed or that label a topic, 其 taking up a party, party nouns, demonstrative cookies, duties of other parties, titles."""

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


def tuples_of(text: str) -> set[tuple]:
    from conftest import statements_of
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_party_whose_requirements_are_followed_is_no_subject():
    # "按照X的要求" / "根据X的规定": X sets the standard of the act, the subject is the person or us
    assert tuples_of("您需要按照合作方的要求填写您的姓名和手机号码。") == {
        ("identity.name", "collect", "first_party"), ("contact.phone", "collect", "first_party")}
    assert tuples_of("我们会根据第三方支付机构的规定收集您的银行卡号。") == {("financial.payment", "collect", "first_party")}
    assert tuples_of("您可能需要按照保险公司对具体理赔的要求填写信息、上传理赔材料，包括身份信息。") == {
        ("identity", "collect", "first_party")}


def test_sellers_riders_and_insurers_are_third_parties():
    assert tuples_of("为完成配送，骑手会获取您的收货地址和联系电话。") == {
        ("contact.address", "collect", "third_party"), ("contact.phone", "collect", "third_party")}
    assert tuples_of("卖家可能会收集您的姓名和收货地址。") == {
        ("identity.name", "collect", "third_party"), ("contact.address", "collect", "third_party")}
    assert tuples_of("保险公司会收集您的身份证号码用于理赔。") == {("identity.id_number", "collect", "third_party")}


def test_hosts_are_third_parties():
    assert tuples_of("房东可能会直接通过爱彼迎平台收集您的一些信息，例如您的姓名。") == {
        ("identity.name", "collect", "third_party"), ("personal_info", "collect", "third_party")}


def test_party_in_a_run_in_label_is_no_subject():
    # the label names the topic; what follows is our collection
    assert tuples_of("房东和体验达人服务：所需信息包括您的姓名、手机号码。") == {
        ("identity.name", "collect", "first_party"), ("contact.phone", "collect", "first_party")}
    # a party named again after the label stays the subject
    assert tuples_of("合作伙伴：合作伙伴可能会收集您的设备信息。") == {("device", "collect", "third_party")}


def test_pronoun_opening_a_clause_takes_up_the_party_named_before():
    assert tuples_of("如您主动为特定第三方合作伙伴留下您的联系方式以供其与您取得联系，其将直接处理您的个人信息。") == {
        ("contact", "collect", "third_party"), ("personal_info", "use", "third_party")}
    assert ("financial.transactions", "use", "third_party") in tuples_of(
        "我们会与支付机构共享您的订单信息，其会使用您的订单信息完成支付。")
    # 其 taking up our own practice or data changes nothing
    assert tuples_of("我们会收集您的手机号码，其将用于登录。") == {("contact.phone", "collect", "first_party")}


def test_these_cookies_are_a_demonstrative():
    # GUIDELINES: demonstratives are not annotated, even when their antecedent is on the same line
    text = ("我们的产品和服务上可能会有我们的第三方合作方放置的cookies和web beacon等同类技术。"
            "这些cookies和web beacon等同类技术可能会收集与您相关的非个人身份信息，以用于分析用户如何使用该等服务。")
    assert tuples_of(text) == {("usage.cookies", "use", "third_party")}
    assert tuples_of("这些COOKIES和或同类技术可能会收集与您相关的非个人身份信息。") == set()
    assert tuples_of("这些 cookies 和 web beacon 可能会收集与您相关的非个人身份信息。") == set()
    # a conjunction to data named with a possessive does not join the demonstrative phrase
    assert tuples_of("我们仍然会收集上述设备信息和您的位置信息。") == {("location", "collect", "first_party")}


def test_duty_laid_on_parties_taken_up_or_to_follow_rules_states_no_practice():
    assert tuples_of("但我们要求这些服务提供商只能出于为我们提供服务的目的使用您的信息，而不得出于其自身利益使用您的信息。") == set()
    assert tuples_of("我们会要求新的公司继续按本隐私政策接收、管理、使用和转让您的信息。") == set()
    # our own practice by the policy stays
    assert tuples_of("我们会按本政策收集您的手机号码。") == {("contact.phone", "collect", "first_party")}


def test_noun_phrase_whose_only_verb_is_the_use_of_the_service_states_no_practice():
    text = "1.1.2 您在使用产品或服务时上传的信息。\n我们会收集您的手机号码。"
    from conftest import statements_of
    assert {(s.line, s.data_type, s.action) for s in statements_of(text)} == {(2, "contact.phone", "collect")}
    # a main verb keeps the practice of data named after the time phrase
    assert tuples_of("我们会收集您在使用服务时上传的照片。") == {("media.photos", "collect", "first_party")}


def test_grant_to_a_party_named_after_a_demonstrative_is_our_share():
    # 房东 is a party now; the user granting "该共同房东" access still makes our disclosure to it
    assert tuples_of("您授权该共同房东访问和更新您的姓名和电话号码。") == {
        ("identity.name", "share", "first_party"), ("contact.phone", "share", "first_party")}
