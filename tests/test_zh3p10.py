"""Chinese third-party recall: sharing wordings whose recipient is a service provider or whose data is what the person
posted in a place, consent to our act put before its data by 将, and parties or hypotheticals that read as data."""

from __future__ import annotations

from conftest import ROOT, gold_line_tuples, statements_of

from policycheck.extract import extract
from policycheck.ingest import load_policy


def shared(text: str) -> set[tuple[str, str, str, str | None]]:
    """(data_type, action, actor, recipient) of a one-sentence policy."""
    return {(s.data_type, s.action, s.actor, s.entity) for s in statements_of(text)}


def test_a_photo_provided_to_a_service_provider_is_shared():
    # 服务提供商 after the photo is the recipient, not the end of a feature name ("照片服务")
    assert shared("我们会将您的照片提供给服务提供商。") == {("media.photos", "share", "first_party", "third_party")}
    assert shared("我们会将您的图片提供给服务提供者。") == {("media.photos", "share", "first_party", "third_party")}


def test_a_feature_named_by_its_service_is_still_no_data():
    assert {(s[0], s[1]) for s in shared("当您使用评论服务时，我们会收集您的手机号码。")} == {("contact.phone", "collect")}
    assert not any(s[0] == "media.photos" for s in shared("您可以使用图片服务提供的功能美化图像。"))


def test_what_the_person_posted_in_a_place_is_the_object_we_share():
    # "您在社区发布的": the person is the subject of the relative clause on the data after 将, not of 提供给
    assert shared("我们会将您在社区发布的图文、视频等内容提供给合作伙伴。") == {
        ("media.photos", "share", "first_party", "third_party")}


def test_consent_to_our_act_that_puts_the_data_before_its_verb():
    found = shared("您同意我们为了上述目的将您在社区发布的图文、视频等内容提供给我们的服务提供商，"
                   "并由我们的服务提供商对上述内容进行审核、标注后向我们反馈结果。")
    assert ("media.photos", "share", "first_party", "third_party") in found
    assert not any(action == "collect" for _, action, _, _ in found)


def test_consent_with_others_beside_us_keeps_its_reading():
    # "您知晓并同意我们或转转平台用户将您填写的的收件/寄件信息（…）共享至前述物流服务提供方" (zh-r8-zhuanzhuan:26): with a party
    # beside us the consent keeps the reading it had (the data still found; its share to the carriers is a known miss)
    slug = "zh-r8-zhuanzhuan"
    document = load_policy(str(ROOT / "corpora" / "eval" / "zh" / f"{slug}.txt"))
    found = {s.data_type for s in extract(document).statements if s.line == 26}
    assert {"contact.phone", "contact.address", "identity.name"} <= found
    assert {"contact.phone", "contact.address", "identity.name"} <= {t[0] for t in gold_line_tuples(slug, 26)}


def test_a_transfer_to_other_jurisdictions_only_if_needed_is_no_share():
    # GUIDELINES: a transfer abroad promised only for the case that one becomes needed gives no share
    found = shared("我们目前未跨境传输在中华人民共和国大陆地区运营中所收集和产生的信息，若我们需要将您在中国大陆地区采集的"
                   "个人信息转移到其他司法管辖区的，我们会遵照相关适用法律的要求，进行数据出境安全影响评估并征求您的同意。")
    assert not any(action == "share" for _, action, _, _ in found)


def test_a_bank_card_organisation_is_a_party_not_a_card():
    found = shared("我行会与其他授权合作伙伴共享您的某些个人信息，例如其他金融机构、行业协会、银行卡组织、信用评级机构、"
                   "征信机构、信息服务提供商。")
    assert ("personal_info", "share", "first_party", "third_party") in found
    assert not any(data_type.startswith("financial") for data_type, _, _, _ in found)


def test_the_name_bound_to_the_account_and_the_adult_status_are_data_items():
    # "帐号绑定姓名" is the name bound to the account (绑定 no verb of its own), "是否成年的状态" the person's age bracket;
    # the items after them stay shared
    found = shared("我们会向YY直播服务提供方（广州津虹网络传媒有限公司）共享您的用户名、昵称、头像、绑定手机号、是否成年的状态、"
                   "帐号绑定姓名及身份证件号码（仅在保障用户权益所必需或履行法律义务时支持查询）、IP信息。")
    for data_type in ("contact.phone", "identity.age", "identity.name", "identity.id_number", "network.ip"):
        assert (data_type, "share", "first_party", "third_party") in found


def test_the_users_the_person_follows_shown_on_the_profile_are_the_social_graph():
    found = shared("你公开发布的作品（包括使用量、总使用量、获赞/获得喜欢/被收藏数量、获得的评论）、粉丝数量、喜欢（点赞）的作品，"
                   "关注的用户将会在个人主页中展示。")
    assert ("social", "share", "first_party", "third_party") in found


def test_the_updates_of_followed_users_are_not_the_follow_list():
    # "向你推送你的帐号动态、你关注的用户或内容动态、推荐内容等" (zh-r11-jianying:69): the followed users' posts, no social
    document = load_policy(str(ROOT / "corpora" / "eval" / "zh" / "zh-r11-jianying.txt"))
    assert not any(s.data_type == "social" for s in extract(document).statements if s.line == 69)
    assert not any(t[0] == "social" for t in gold_line_tuples("zh-r11-jianying", 69))
