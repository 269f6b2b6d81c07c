"""Data the person gives in another party's service, where the sentence then says we do not collect it, is that
party's collection (policycheck/extract/zh/postpass.py, _collected_by_others)."""

from __future__ import annotations

from conftest import statements_of


def _collectors(text: str) -> set[tuple[str, str]]:
    return {(s.data_type, s.actor) for s in statements_of(text + "\n") if s.action == "collect"}


def test_data_given_for_a_partner_service_we_say_we_do_not_collect_is_the_partners():
    found = _collectors("当您开通免流量服务时，您可能需要进行实名认证，并需要提供姓名、联系电话，此时，我们不会收集您的这些信息。")
    assert found == {("identity.name", "third_party"), ("contact.phone", "third_party")}


def test_the_named_party_of_the_service_collects():
    found = _collectors("通过该入口可以进入中国移动网站办理移动号卡，在办理移动业务时，需要收集您的姓名、电话号码，"
                        "该信息为办理业务时业务方收集，我们不进行收集和存储。")
    assert found == {("identity.name", "china_mobile"), ("contact.phone", "china_mobile")}


def test_a_refusal_that_stops_our_collection_is_no_other_partys_collection():
    found = _collectors("你可以授权我们获取你在抖音中收藏的歌单，如你不同意同步抖音收藏歌单，我们会尊重你的选择并不会获取该等信息。")
    assert all(actor == "first_party" for _, actor in found)


def test_another_partys_denial_leaves_our_collection():
    found = _collectors("我们会收集您的手机号码，第三方不会收集您的这些信息。")
    assert ("contact.phone", "first_party") in found
