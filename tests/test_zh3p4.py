"""Chinese third-party recall: data collected by other parties, shown to other users, named in SDK rows."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_data_filled_in_then_collected_by_advertisers_as_passive_agent():
    found = _found("（4）广告留资信息：你在广告主或其委托的服务提供方所提供广告展示页中主动填写你的联系方式、地址等信息时，"
                   "这些信息可能被广告主直接收集并处理。")
    assert found == {("contact", "collect", "third_party"), ("contact.address", "collect", "third_party")}


def test_demonstrative_subject_kept_by_us_is_not_another_party():
    assert _found("你的订购记录、消费记录，这些信息会存储于我们的服务器中。") == {
        ("financial.transactions", "store", "first_party")}


def test_works_recommended_to_other_users_are_shared_content():
    assert ("content", "share", "third_party") in _found(
        "我们会收集您的地理位置信息，收集地理位置信息是为了在“附近”栏推荐您的作品。")
    assert _found("系统可能会向您推荐好友（或好友作品）或者把您（或您的作品）推荐给相应用户。") == {
        ("content", "share", "third_party")}
    assert _found("我们会将您或您的内容推荐给您可能认识的人。") == {("content", "share", "third_party")}


def test_feature_name_recommending_works_is_no_share():
    assert ("content", "share", "third_party") not in _found(
        "当您使用短视频（推荐您的作品）功能时，我们会申请位置权限。")
