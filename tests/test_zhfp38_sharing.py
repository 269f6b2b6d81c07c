"""Chinese first-party false positives in sharing sentences: a party that 我们 only introduces by a relative clause
("发送至我们基于共有或共同控制关系的关联企业") is the recipient, and 公开/分享 written with a slash is the public sharing 公开分享."""

from __future__ import annotations

from conftest import tuples  # (line, data_type, action, actor)


def test_party_after_a_relative_clause_opened_by_us_is_the_recipient():
    found = tuples("即使您的居住地是中国，您的部分个人信息也可能被发送至我们基于共有或共同控制关系的关联企业由其处理。")
    assert (1, "personal_info", "share", "first_party") in found
    assert (1, "personal_info", "collect", "first_party") not in found
    # our own servers stay ours
    assert (1, "contact.phone", "collect", "first_party") in tuples("我们会将您的手机号码发送至我们的服务器进行校验。")


def test_public_sharing_written_with_a_slash_is_public_sharing():
    text = ("我们的多项服务，可让您不仅与您的网络游戏，也与使用该服务的所有用户公开/分享您的相关信息，例如，您在我们的服务中所上传或"
            "发布的信息（包括您公开的个人信息、您建立的名单）、您对其他人上传或发布的信息做出的回应。")
    found = tuples(text)
    assert (1, "content", "share", "first_party") in found
    assert (1, "personal_info", "share", "first_party") in found
    assert not any(data_type == "content" and action == "collect" for _, data_type, action, _ in found)
