"""The thirtieth gold consistency pass (Chinese dev files): an introduction that states several actions gives each
of them to its items whatever its punctuation ("我们会按照如下方式收集和使用…"); a display to other users is `share` with
`third_party` and adds no first-party `collect` of its own; a pronoun (其) taking up data named earlier names no data
for the share it is the object of; information qualified only by whom it is about, when that is someone other than the
user, gives no tuple (GUIDELINES: "An introduction that states several actions", "Making data visible to other
users", "pronoun", "whom it is about when that is someone other than the user")."""

from __future__ import annotations

from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples


def test_introduction_collecting_and_using_as_follows_gives_use_to_its_items():
    # zh-r30-yizu-jueqi 4 "我们会按照如下方式收集和使用您…的信息" over items 1-11, as the held-out zh-r-tencent-meeting 2
    assert_gold_has("zh-r30-yizu-jueqi", 5, "contact.phone", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 7, "device.id.imei", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 8, "usage.logs", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 13, "location", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 16, "financial.payment", "collect", "use")
    assert_gold_has("zh-r-tencent-meeting", 4, "contact.phone", "collect", "use", split="test")
    # the SDK entry under its own sub-introduction takes no first-party use
    assert not {t for t in _tuples("zh-r30-yizu-jueqi", 22) if t[2] == "first_party"}


def test_display_to_other_users_adds_no_collect_of_its_own():
    # "您发布的点评、游记、照片和视频以及您的昵称、头像会公开展示给其他用户" under a title -> share with third_party only
    tuples = _tuples("zh-w2-travel", 30)
    assert ("content", "share", "first_party") in tuples
    assert not {t for t in tuples if t[1] == "collect"}
    # the display lines of the Alibaba template (zh-r8-quark 31, zh-r10-uc-browser 36, zh-r5-taobao 54, zh-r9-xianyu 45,
    # zh-r19-alibaba-1688 52) take collect and use from the introduction "…收集和使用的您的个人信息包括如下两种：", whose reach
    # goldcons33 carried over the scenarios, as zh-w-shopping 32 below; the share of the display stays
    for slug, line in (("zh-r8-quark", 31), ("zh-r10-uc-browser", 36), ("zh-r5-taobao", 54),
                       ("zh-r9-xianyu", 45), ("zh-r19-alibaba-1688", 52)):
        tuples = _tuples(slug, line)
        assert {("content", "share", "first_party"), ("content", "collect", "first_party"),
                ("content", "use", "first_party")} <= tuples, (slug, line)
    # the permission request on the uc-browser line keeps its collect
    assert {("media.camera", "collect", "first_party"), ("media.photos", "collect", "first_party"),
            ("media.audio", "collect", "first_party")} <= _tuples("zh-r10-uc-browser", 36)


def test_display_lines_keep_a_collect_the_line_or_its_introduction_states():
    # "我们将收集您发布的信息，并展示…" states the collection
    assert_gold_has("zh-r7-meituan-waimai", 26, "content", "collect")
    # zh-w-shopping 32 under the introduction "收集和使用您的个人信息：" (line 15)
    assert_gold_has("zh-w-shopping", 32, "content", "collect", "use")


def test_a_pronoun_taking_up_data_named_earlier_names_no_data_for_the_share():
    # "BOSS直聘会收集您的附件简历，以便将其通过平台传递至招聘者…" -> collect only
    tuples = _tuples("zh-r3-boss-zhipin", 12)
    assert ("identity.education", "collect", "first_party") in tuples
    assert not {t for t in tuples if t[1] == "share"}
    # "收集您的设备类型、设备型号、操作系统信息 并将其共享至第三方SDK" -> collect only
    for slug, line in (("zh-r18-hanju-tv", 39), ("zh-r22-hanzhan", 35)):
        # (the use comes from the section's introduction "…收集和使用…包括两种", goldcons33, not from the sentence)
        assert _tuples(slug, line) == {("device.hardware", "collect", "first_party"),
                                       ("device.hardware", "use", "first_party")}, (slug, line)
    # "我们不会将日志用于用户画像…，也不会将其出售或共享给第三方" -> no not_share (as 拼多多…不会将其披露…)
    assert not _tuples("zh-r39-harmonia", 223)


def test_information_about_minors_names_no_type_while_their_personal_information_does():
    # general policies: 未成年人信息 (no 个人) names no type ...
    tuples = _tuples("zh-r43-bilimuzhi", 23)
    assert ("personal_info", "not_collect", "first_party") not in tuples
    assert ("health", "not_collect", "first_party") in tuples
    assert not _tuples("zh-r51-fn-filemanager", 29)  # "本应用不会有意收集13岁以下儿童的信息"
    # ... while 儿童的个人信息 / 未成年人个人信息 name personal information
    assert_gold_has("zh-r34-lumi", 99, "personal_info", "not_collect")
    assert_gold_has("zh-r39-harmonia", 256, "personal_info", "not_collect")
    # a children's policy, the child being its user: 儿童的信息 is the user's information
    assert_gold_has("zh-r30-wangyi-youxi", 83, "personal_info", "share")


def test_other_dev_introductions_collecting_and_using_give_use_to_their_items():
    # zh-r29-duoyi-shenwu4 15 "（二）我们会出于以下目的，收集和使用您的个人信息", as the template in zh-r30-wangyi-youxi 11
    assert_gold_has("zh-r29-duoyi-shenwu4", 17, "contact.phone", "collect", "use")
    assert_gold_has("zh-r29-duoyi-shenwu4", 32, "location", "collect", "use")
    assert_gold_has("zh-r30-wangyi-youxi", 18, "usage.logs", "collect", "use")
    # zh-r10-soul 61 "我们会收集和使用您…产生的如下信息："
    assert_gold_has("zh-r10-soul", 66, "network.ip", "collect", "use")
    # zh-r4-pinduoduo 3 "您须授权拼多多收集、使用您的如下信息:" and 19 "我们可能会附加收集和使用您的信息"
    assert_gold_has("zh-r4-pinduoduo", 11, "contact.address", "collect", "use")
    assert_gold_has("zh-r4-pinduoduo", 24, "calendar", "collect", "use")
    # zh-r22-avalon 5 "为实现本政策下述的各项功能，收集和使用您的个人信息："
    assert_gold_has("zh-r22-avalon", 13, "identity.id_number", "collect", "use")
    # zh-r14-banji-youhua-dashi 6 and 33
    assert_gold_has("zh-r14-banji-youhua-dashi", 8, "contact.phone", "collect", "use")
    assert_gold_has("zh-r14-banji-youhua-dashi", 40, "social.contacts", "collect", "use")
    # zh-r8-zhuanzhuan 5, zh-r6-dianping 6 and 49, zh-r7-meituan-waimai 6 and 44
    assert_gold_has("zh-r8-zhuanzhuan", 7, "device.id.android_id", "collect", "use")
    assert_gold_has("zh-r6-dianping", 13, "location", "collect", "use")
    assert_gold_has("zh-r7-meituan-waimai", 8, "contact.phone", "collect", "use")
    assert_gold_has("zh-r10-mcdonalds", 5, "contact.phone", "collect", "use")
