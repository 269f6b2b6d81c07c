"""Chinese third-party precision: the data a third party collects named only as the topic of what binds it or of what
we cannot obtain, and the notice promised before a collection, state no collection by that party."""

from __future__ import annotations

from conftest import statements_of


def practices(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_third_party_collection_under_its_own_rules_is_no_collection():
    assert practices("第三方收集的、其中可能含有位置数据或联系方式等的信息，须遵守第三方关于隐私权的规定。") == set()


def test_data_given_to_or_collected_by_outside_parties_we_cannot_obtain():
    assert practices("您知悉，您向外部第三方提供的个人信息，或外部第三方收集的您的个人信息，我方无法获取，"
                     "更不会使用非常规方式擅自以软件程序获得您的个人信息。") == {
        ("personal_info", "not_collect", "first_party")}


def test_notice_before_collection_names_no_collector():
    assert practices("如果需要从第三方间接收集您的个人信息的，我们（或第三方）在收集前会向您明示共享的您个人信息的来源、类型、"
                     "使用目的。") == {("personal_info", "collect", "first_party")}


def test_third_party_collection_stated_still_counts():
    # a list of what the SDK collects stays a collection by it
    assert ("device", "collect", "alipay") in practices("支付宝SDK收集的信息包括：设备信息。") | practices(
        "支付宝SDK会收集您的设备信息。")


def test_person_sharing_goods_with_third_parties_is_no_share_of_their_data():
    # the person shares product information through a share widget; the follow relation is collected, not shared
    text = ("在您浏览我们网站或客户端的过程中，您可以选择对感兴趣的商品及/或服务进行收藏、与您感兴趣的卖家/其他会员建立关注关系、"
            "通过我们提供的功能组件向第三方分享商品/服务信息。在您使用上述功能的过程中，我们会收集包括您的收藏记录、关注关系、"
            "分享历史在内的服务日志信息用于实现上述功能。")
    found = practices(text)
    assert ("social", "share", "first_party") not in found
    assert {("social", "collect", "first_party"), ("usage.logs", "collect", "first_party")} <= found


def test_advice_not_to_disclose_is_no_share():
    assert practices("若您为未成年人，请在监护人陪同与同意下使用，并注意保护个人隐私，勿向 AI 透露真实姓名、住址、学校等敏感信息。") == set()
