"""Chinese third-party statements: data open to anyone, data shown to other people."""

from __future__ import annotations

from conftest import statements_of


def found(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_data_anyone_may_take_is_shared():
    got = found("您在使用本应用过程中主动公开的个人信息（包括您发布的帖子、评论）可被任何第三方阅读、收集和使用。")
    assert ("personal_info", "share", "first_party", "third_party") in got
    assert ("content", "share", "first_party", "third_party") in got
    assert not any(action == "collect" for _, action, _, _ in got)


def test_collection_by_us_is_not_taken_by_anyone():
    assert found("我们会收集您的个人信息。") == {("personal_info", "collect", "first_party", None)}


def test_later_display_clause_shares_the_collected_data():
    got = found("如果您使用QQ账号登录本产品的，我们会收集您的QQ号码、昵称、头像，以及您在本产品中的相关操作信息进行使用，"
                "并可向您本人或其他用户或好友展示。")
    assert ("account.profile", "share", "first_party", "third_party") in got
    assert ("account.profile", "collect", "first_party", None) in got
    assert ("account.profile", "share", "first_party", "third_party") not in found(
        "我们会收集您的昵称、头像，并可向您展示搜索结果内容。")


def test_later_display_to_players_shares_the_data():
    got = found("您同意我们将您的昵称、头像用于排行榜功能，展示给参与排行榜功能的玩家。")
    assert ("account.profile", "share", "first_party", "third_party") in got
