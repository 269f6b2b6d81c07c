"""Chinese first-party false positives of content: sharing content as the person's act, a feature or its moment
("向您认识的人分享内容/产品等功能", "点赞或分享内容时"), and commenting or messaging named among the acts the person
performs ("进行关注、浏览、评论、私信…时"); the content named as data stays."""

from __future__ import annotations

from conftest import tuples


def test_sharing_content_as_an_act_or_a_feature_is_no_content():
    assert tuples("在您开启通讯录权限后，我们可以获取您的通讯录好友信息，邀请您的好友使用途游服务、向您认识的人分享内容/产品等功能；") == {
        (1, "social.contacts", "collect", "first_party")}
    assert tuples("利用社交媒体 cookie，您可与社交网络连接，并通过社交媒体从耐克产品/服务上分享内容。") == {
        (1, "usage.cookies", "use", "first_party")}


def test_commenting_and_messaging_among_acts_are_no_content():
    assert tuples("您主动关注您感兴趣的账号并产生互动（进行关注、浏览、评论、私信、收藏、点赞或分享内容时）我们会收集您关注的账号。") == {
        (1, "social", "collect", "first_party")}


def test_comments_and_shared_content_named_as_data_stay():
    assert tuples("当您进行评论时，我们会收集您的评论。") == {(1, "content", "collect", "first_party")}
    assert tuples("我们会收集您的评论、分享内容。") == {(1, "content", "collect", "first_party")}
    assert ("communication.messages" in {data for _, data, _, _ in tuples("我们会收集您的评论、私信。")})


def test_a_mailbox_as_the_channel_of_a_message_is_no_email_address():
    assert tuples("若两个版本出现表述差异，请结合两者理解并通过隐私联系邮箱告知我们修正。") == set()
    assert tuples("当您使用邮箱收发文件时，我们会收集您的手机号码。") == {(1, "contact.phone", "collect", "first_party")}
    assert tuples("我们会收集您的邮箱，以便向您的邮箱发送验证码。") == {(1, "contact.email", "collect", "first_party")}
    assert tuples("我们会收集您的邮箱，并通过邮箱通知您。") == {(1, "contact.email", "collect", "first_party")}


def test_commenting_alone_after_its_verb_stays_content():
    assert tuples("您注册成功后，可对其他用户圈子内容进行评论。在此过程中，我们会收集您的设备信息。") >= {
        (1, "content", "collect", "first_party")}


def test_news_among_the_features_used_is_no_usage_information():
    assert tuples("当您开启自动化决策的服务后，您在使用资讯、社区等功能时，我们会收集您的设备信息。") == {
        (1, "device", "collect", "first_party")}
    assert ("usage" in {data for _, data, _, _ in tuples("我们会收集您的使用资讯。")})
