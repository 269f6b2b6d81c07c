"""Chinese first-party false positives: a store, folder or rule named after user data is no data, and a relative
clause on another party says what that party does, not what we do."""

from __future__ import annotations

from conftest import tuples


def test_a_database_folder_or_rule_named_after_user_data_is_no_data():
    assert tuples("在不透露您个人信息的前提下，我们有权对用户数据库进行分析并予以商业化的利用。") == set()
    assert tuples("使用 Google API 获得的信息遵守 Chrome Web Store 用户数据政策，包括 Limited Use 要求。") == set()
    assert tuples("本项目没有提供账号体系或集中式用户数据库。") == set()


def test_user_data_itself_is_still_personal_information():
    assert tuples("我们会收集您的用户数据，用于改进服务。") == {(1, "personal_info", "collect", "first_party")}


def test_a_relative_clause_on_another_party_is_that_partys_act():
    assert tuples("我们亦会对使用简历的招聘方进行资质审核。") == set()
    assert tuples("只有接收您的信息的这些实体在合同上有责任按照我们批准的方式处理数据时才可以。") == set()


def test_the_data_we_handle_ourselves_keeps_its_practice():
    assert (1, "identity.occupation", "collect", "first_party") in tuples("我们会收集您的简历，以便为您推荐职位。")
    assert (1, "identity.occupation", "share", "first_party") in tuples("我们会将您的简历提供给招聘方。")


def test_the_profile_data_of_an_account_is_the_profile():
    assert tuples("我们将收集您的微信号、QQ号及账号资料，以验证您的用户身份。") >= {
        (1, "account.profile", "collect", "first_party")}
    assert (1, "account", "collect", "first_party") not in tuples("我们将收集您的账号资料，以验证您的用户身份。")


def test_an_app_named_after_the_camera_is_no_camera():
    assert tuples("美图帐号可登录美图公司旗下各APP（包括但不限于美图秀秀、美拍、美颜相机、海报工厂等）。") == set()


def test_a_denial_of_dealing_with_such_parties_still_denies_the_collection():
    assert tuples("本应用程序不与任何收集用户数据的第三方服务整合。") == {(1, "personal_info", "not_collect", "first_party")}


def test_a_purpose_opening_a_numbered_item_names_no_data():
    text = "一、我们如何收集您的个人信息\n（6) 为完成订单支付，我们会将订单支付相关信息与第三方支付公司共享。"
    assert (2, "financial.transactions", "collect", "first_party") not in tuples(text)
    assert (2, "financial.transactions", "share", "first_party") in tuples(text)
