"""Chinese display to other people: a display verb joined to a share verb is the same disclosure, not our use."""

from __future__ import annotations

from conftest import gold_line_tuples, tuples

LEAD_IN = ("1.1.4. 您理解并同意，我们将与适用酷狗帐号体系的全部产品共同收集您登录、使用产品的个人信息。我们可能会联动展示或共享"
           "您在同一酷狗帐号下的以下信息（根据产品特点和功能场景，不同产品中具体呈现的内容可能会有不同）：\n")


def test_display_or_share_lead_in_gives_items_the_share_only():
    found = tuples(LEAD_IN + "(2) 您的真实姓名、手机号码信息。\n")
    assert (2, "identity.name", "share", "first_party") in found
    assert (2, "contact.phone", "share", "first_party") in found
    assert (2, "identity.name", "use", "first_party") not in found
    assert (2, "contact.phone", "use", "first_party") not in found


def test_display_or_share_matches_gold_of_kugou_items():
    gold = gold_line_tuples("zh-r20-kugou-music", 13)
    assert ("usage.history", "share", "first_party") in gold
    assert ("usage.history", "use", "first_party") not in gold
    found = tuples(LEAD_IN + "(3) 您的浏览记录、评论记录、点赞记录，您的关注关系（包括关注列表、粉丝列表、黑名单）。\n")
    assert (2, "usage.history", "share", "first_party") in found
    assert (2, "usage.history", "use", "first_party") not in found
    assert (2, "social", "use", "first_party") not in found


def test_display_alone_keeps_its_reading():
    # a display naming no audience, with no share verb joined to it, stays our use (GUIDELINES: public display)
    found = tuples("我们会展示您的浏览记录。\n")
    assert (1, "usage.history", "share", "first_party") not in found
    # joined to a collection verb, not a share: no share
    assert (1, "usage.history", "share", "first_party") not in tuples("我们会收集或展示您的浏览记录。\n")


def test_publicly_visible_profile_shares_the_items_it_includes():
    # zh-r7-wechat:31: "公开可见的" is visible to the public (GUIDELINES: public display is share with third_party)
    found = tuples("共享信息 - 个人资料数据。 您公开可见的 WeChat个人资料中包含的任何信息，其中可能包括您的 WeChat ID、名字、"
                   "性别、地区和照片。\n")
    for data_type in ("identity.name", "identity.gender", "location.coarse", "media.photos"):
        assert (1, data_type, "share", "first_party") in found
        assert (1, data_type, "collect", "first_party") not in found
    gold = gold_line_tuples("zh-r7-wechat", 31)
    assert ("identity.gender", "share", "first_party") in gold


def test_visible_without_public_keeps_its_reading():
    # 可见 alone, to the person only, is no share
    found = tuples("作品默认仅在家长账号中可见。\n")
    assert not any(action == "share" for _, _, action, _ in found)
