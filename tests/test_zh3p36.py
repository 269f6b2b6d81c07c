"""Chinese first- and third-party data types: the person's place and entry verb closed by 的 make a relative clause on
the data, not the subject of the sending verb after it ("你在小组云空间上传的所有内容会回传至我们的服务器"); a sending verb
whose destinations are ours (or the developer's) and another party's ("不会上传到本站或任何第三方服务器", "发送给开发者或
插件引入的第三方服务") is our collection and a disclosure to that party; the name in brackets right after a generic party
names it ("托管服务商（Cloudflare）的访问日志"); 寄件信息 is contact data; jieba's 服务器发送 is cut into the server and
the verb."""

from __future__ import annotations

from conftest import statements_of, tuples


def with_recipients(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_the_persons_place_and_upload_before_de_describe_the_data_sent_back():
    assert tuples("你在小组云空间上传的所有内容会回传至我们的服务器。") == {(1, "content", "collect", "first_party")}
    assert (1, "content", "collect", "first_party") in tuples(
        "你在小组云空间上传、发布、共享的所有内容会回传至我们的服务器并在你使用该服务期间对其予以安全存储。")


def test_the_person_at_a_place_with_a_possessive_stays_the_subject():
    assert tuples("您在我们的App中可以删除您的头像。") == set()


def test_a_sending_denial_to_us_or_another_party_denies_both():
    assert with_recipients("图片不会上传到本站或任何第三方服务器。") == {
        (1, "media.photos", "not_collect", "first_party", None),
        (1, "media.photos", "not_share", "first_party", "third_party")}
    assert with_recipients("您的照片不会被上传到我们或第三方的服务器。") == {
        (1, "media.photos", "not_collect", "first_party", None),
        (1, "media.photos", "not_share", "first_party", "third_party")}


def test_a_sending_denial_to_us_alone_is_no_disclosure():
    assert with_recipients("图片不会上传到本站。") == {(1, "media.photos", "not_collect", "first_party", None)}


def test_the_name_in_brackets_after_a_generic_party_is_the_actor():
    assert tuples("托管服务商（Cloudflare）的访问日志会记录您的IP地址。") == {
        (1, "network.ip", "collect", "cloudflare"), (1, "usage.logs", "collect", "cloudflare")}
    assert tuples("| IP 地址、浏览器类型 | 托管服务商（Cloudflare）的访问日志 | 安全防护 |") == {
        (1, "usage.logs", "collect", "cloudflare")}


def test_a_list_in_brackets_after_a_party_names_no_single_actor():
    assert tuples("根据服务提供方（包括电信运营商等）的要求提供您的实名信息。") == {(1, "identity", "collect", "first_party")}


def test_sender_information_is_contact_data():
    assert with_recipients("我们将您填写的收件/寄件信息共享至物流服务提供方。") == {
        (1, "contact", "share", "first_party", "third_party")}


def test_a_denial_to_the_developer_or_another_service_denies_both():
    assert with_recipients("插件不会把您的浏览记录发送给开发者或插件引入的第三方服务。") == {
        (1, "usage.history", "not_collect", "first_party", None),
        (1, "usage.history", "not_share", "first_party", "third_party")}
    assert with_recipients("插件不会把您的浏览记录发送给开发者。") == {
        (1, "usage.history", "not_collect", "first_party", None)}


def test_sending_after_a_server_is_a_verb_of_its_own():
    assert with_recipients("我们不会向任何第三方服务器发送您的个人信息。") == {
        (1, "personal_info", "not_share", "first_party", "third_party")}
