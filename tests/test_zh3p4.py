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
