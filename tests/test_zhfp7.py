"""Chinese party reading: other users' use of the service in a relative clause on the data it produced names the data,
not a party handling it."""

from __future__ import annotations

from conftest import statements_of, tuples


def test_other_users_use_producing_data_is_no_third_party_practice():
    found = tuples("2）游戏日志信息，包括登录日志、聊天日志、游戏对局信息及其他用户使用莉莉丝游戏产品及服务过程中产生的游戏日志信息。")
    assert not any(actor == "third_party" for *_, actor in found)
    found = tuples("我们收集其他用户在使用本服务时产生的日志信息。")
    assert (1, "usage.logs", "collect", "first_party") in found
    assert not any(actor == "third_party" for *_, actor in found)


def test_other_users_as_a_party_stay():
    # other users as the subject of a verb on the person's data are still a party
    assert any(actor == "third_party" for *_, actor in tuples("其他用户可能会使用您的昵称。"))


def _names_of(text: str):
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import policy_names
    from policycheck.ingest import parse_policy
    extractor = get_extractor()
    return policy_names(parse_policy(text, "policy.txt"), extractor.entities, extractor.lexicons)


def test_a_name_quoted_beside_we_is_an_own_name():
    names = _names_of("示例隐私保护指引\n示例是一款由深圳市腾讯计算机系统有限公司（以下简称“我们”或“腾讯公司”）提供服务的社交产品。\n")
    assert "腾讯公司" in names.own and "腾讯" in names.own
    assert "途游" in _names_of("示例隐私政策\n北京途游网络科技有限公司（以下统称“途游”或“我们”）非常重视您的隐私。\n").own
    # "公司" beside 我们 is no name
    assert "公司" not in _names_of("示例隐私政策\n示例科技有限公司（以下简称“我们”或“公司”）非常重视您的隐私。\n").own


def test_the_operators_group_name_under_its_short_name_gives_the_operator():
    text = ("示例隐私保护指引\n示例是一款由深圳市腾讯计算机系统有限公司（以下简称“我们”或“腾讯公司”）提供服务的社交产品。\n"
            "腾讯严格遵守法律法规的规定，收集您的以下个人信息。\n")
    assert (3, "personal_info", "collect", "first_party") in tuples(text)
    text = ("阿瓦隆隐私政策\n北京阿瓦隆科技有限公司（以下简称“我们”或“阿瓦隆”）非常重视您的隐私。\n"
            "我们不会与阿瓦隆集团公司以外的任何公司分享您的个人信息。\n")
    assert {(s.data_type, s.action, s.recipient) for s in statements_of(text) if s.line == 3} == {
        ("personal_info", "not_share", "third_party")}


def test_embedding_an_sdk_and_collecting_gives_both_collections():
    # GUIDELINES: when the first party collects through an SDK it embeds, both collect; also with 并 between them
    assert {("device", "collect", "first_party"), ("device", "collect", "third_party")} <= {
        t[1:] for t in tuples("我们会接入第三方SDK并收集您的设备信息。")}
    assert {("device", "collect", "first_party"), ("device", "collect", "third_party")} <= {
        t[1:] for t in tuples("我们会接入第三方SDK收集您的设备信息。")}
