"""Chinese party reading: other users' use of the service in a relative clause on the data it produced names the data,
not a party handling it."""

from __future__ import annotations

from conftest import tuples


def test_other_users_use_producing_data_is_no_third_party_practice():
    found = tuples("2）游戏日志信息，包括登录日志、聊天日志、游戏对局信息及其他用户使用莉莉丝游戏产品及服务过程中产生的游戏日志信息。")
    assert not any(actor == "third_party" for *_, actor in found)
    found = tuples("我们收集其他用户在使用本服务时产生的日志信息。")
    assert (1, "usage.logs", "collect", "first_party") in found
    assert not any(actor == "third_party" for *_, actor in found)


def test_other_users_as_a_party_stay():
    # other users as the subject of a verb on the person's data are still a party
    assert any(actor == "third_party" for *_, actor in tuples("其他用户可能会使用您的昵称。"))
