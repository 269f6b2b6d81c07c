"""Chinese third-party statements: parties described as working with us, further third-party nouns."""

from __future__ import annotations

from conftest import statements_of


def _actors(text: str) -> set[tuple[str, str, str | None]]:
    return {(s.data_type, s.actor, s.recipient) for s in statements_of(text)}


def test_party_that_works_with_us_is_the_subject_of_its_use():
    # 与 opens the relative clause "与我们合作的", it does not mark the party as a recipient
    found = _actors("在实名认证的过程中，与我们合作的认证服务机构需要使用你的真实姓名、身份证号码。")
    assert ("identity.name", "first_party", None) not in found
    assert all(actor != "first_party" or recipient == "third_party" for _, actor, recipient in found)
    assert {data for data, _, _ in found} == {"identity.name", "identity.id_number"}


def test_party_that_works_with_us_stays_the_recipient_of_a_share():
    assert _actors("我们会与我们合作的服务提供商共享你的真实姓名。") == {("identity.name", "first_party", "third_party")}


def test_channel_party_collects():
    found = _actors("当您通过渠道方下载、安装我们的服务时，渠道方会收集您的设备信息。")
    assert ("device", "first_party", None) not in found
    assert found


def test_standing_in_a_game_or_sport_shown_to_others_is_usage():
    found = _actors("您同意在对局内、或者游戏内的游戏好友可能看到您的游戏信息（包括您的昵称、荣誉称号、段位、头像、头衔、胜率等）。")
    assert ("usage", "first_party", "third_party") in found
    found = _actors("您的昵称、头像和跑团内的运动排名将对团内成员可见。")
    assert ("usage", "first_party", "third_party") in found
