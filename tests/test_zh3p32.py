"""Chinese sharing carried to the next sentence: what a thing sent out, named by no data term, holds is shared with it
("…将行动活动资料传送给…Adjust。行动活动资料包括 Google 广告 ID…", "…将请求发送给合作伙伴。请求还可能包含搜索关键词")."""

from __future__ import annotations

from conftest import statements_of


def found(text: str) -> set[tuple[int, str, str, str]]:
    """(line, data_type, action, actor) of a policy under a title."""
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of("隐私政策\n\n" + text)}


def test_the_same_noun_again_takes_the_sharing():
    text = ("iOS 及 Android 版 Firefox 預設會將行動活動資料傳送給我們的分析供應商 Adjust，該公司有自己的隱私權政策。"
            "行動活動資料包括 Google 廣告 ID、IP 位址等。")
    assert found(text) == {(3, "device.id.ad_id", "share", "first_party"), (3, "network.ip", "share", "first_party")}


def test_the_head_noun_again_takes_the_sharing():
    assert found("我们会将联网请求发送给合作伙伴。请求还可能包含您的IP地址。") == {(3, "network.ip", "share", "first_party")}
    assert found("我们会将搜索请求发送给合作伙伴。请求还可能包含您的IP地址。") == {
        (3, "usage.history", "share", "first_party"), (3, "network.ip", "share", "first_party")}


def test_a_demonstrative_takes_the_sharing():
    assert found("应用会向歌词提供方发送请求。这可能包含您的IP地址。") == {(3, "network.ip", "share", "first_party")}
    assert found("我们会将请求发送给合作伙伴。这些请求包含您的IP地址。") == {(3, "network.ip", "share", "first_party")}


def test_another_noun_or_a_thing_sent_to_the_person_takes_nothing():
    assert found("我们会将请求发送给合作伙伴。用户协议包含您的IP地址。") == set()
    assert found("我们会将推荐结果提供给您。推荐结果包含您的IP地址。") == set()
    assert found("我们会向您发送通知。这些通知包含您的IP地址。") == set()
