"""The person's own acts read as our collection (Chinese): optional fields whose filling is the person's decision, with
leaving them empty said to change nothing (GUIDELINES: such a line states their optionality and gives none); duties and
advice laid on the person as to their own data ("您应立即更新…密码", "用户应在分享前检查…", "你应自行负责"); the data the
person enters in a when-clause, which only dates the main clause after it ("当您在搜索框中输入搜索词时，我们会收集…的输入法")."""

from __future__ import annotations

from conftest import pairs


def test_fields_left_to_the_person_with_no_effect_if_empty_give_none():
    assert not pairs("为避免疑义，有关您的基本资料信息（如您的昵称、性别、生日、地区等，如有）由您自主决定是否填写，如您未填写，"
                     "不影响您使用我们产品和/或服务。")
    # with no such clause the person provides them (GUIDELINES: filling in profile fields is collect)
    assert ("account.profile", "collect") in pairs("完成产品账号注册后，您可以自行决定是否需要完善您的头像、昵称等账号资料。")


def test_duties_and_advice_laid_on_the_person_give_none():
    assert not pairs("如果您意识到您的帐户凭证已被泄露，您应立即更新这些帐户以及使用相同或类似帐户信息的其他服务的密码。")
    assert not pairs("用户应在分享前检查内容中是否包含敏感信息。")
    assert not pairs("您必須負責使用高強度的獨特密碼、安全問題及其他安全方式，藉此保護自己的線上帳號。")
    assert not pairs("对于你决定在上述情形中分享或提交的个人信息，你应自行负责。")
    assert not pairs("请勿在公共设备上保存真实简历，或使用后及时清除。")
    assert not pairs("建议您在接受相关服务和提供个人信息前阅读并确认理解该等隐私政策。")
    # our own practice before such advice keeps its tuple
    assert pairs("我们会收集您的手机号码，您应立即更新。") == {("contact.phone", "collect")}


def test_the_persons_entry_in_a_when_clause_only_dates_the_main_clause():
    assert not pairs("当您在搜索框中输入搜索词时，我们会收集的您的输入法。")
    assert not pairs("当您填写学校信息时，我们可以为您推荐课程。")
    # the main clause that takes the data up keeps it
    assert pairs("当您填写收货地址时，我们会收集您填写的收货地址。") == {("contact.address", "collect")}
    # a use of the service in the when-clause is no entry
    assert ("contact.phone", "collect") in pairs("当您使用手机号码登录我们的产品时，我们将收集您的手机号码。")

