"""The thirty-third gold consistency pass (Chinese dev files): the reach of introductions that state several actions
over the scenarios that follow them, and lines whose reading was doubted (GUIDELINES: "An introduction that states
several actions gives each of them to its items"; its reach runs on over lines that only sort the data into kinds or
introduce the scenarios with no practice of their own, up to a heading or line that starts something else)."""

from __future__ import annotations

import pytest
from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples

# the Alibaba template: "…需要/可能需要收集和使用的您的个人信息包括如下两种：" over the two kinds, a reminder and
# "我们会为您提供的各项具体功能场景包括：" over the scenarios, up to the cookie section
ALIBABA_TEMPLATE = [
    ("zh-r5-taobao", 9, "contact.phone"),
    ("zh-r5-taobao", 58, "device.id.imei"),
    ("zh-r19-alibaba-1688", 19, "identity.id_number"),
    ("zh-r8-quark", 20, "usage.history"),
    ("zh-r10-uc-browser", 13, "identity.name"),
    ("zh-r9-youku", 17, "media.audio"),
    ("zh-r6-eleme", 61, "device.id.mac"),
    ("zh-r4-cainiao", 19, "social.contacts"),
    ("zh-r9-xianyu", 12, "biometric.face"),
    ("zh-r6-dewu", 24, "identity.id_number"),
    ("zh-r30-lingxi-sanguozhi", 27, "device.id.imei"),
    ("zh-r13-kaixin-xiaoxiaole", 25, "location.precise"),
    ("zh-r27-fushengweiqingge", 11, "contact.phone"),
]

# the inline variant "我们收集和使用的您的个人信息类型包括两种：第一种…第二种…" (as zh-r10-mcdonalds 3) and
# "出于本政策所述的以下目的，我们会收集和使用您的个人信息" (as zh-r8-zhuanzhuan 5) over the scenarios that follow
INLINE_VARIANT = [
    ("zh-r17-yingshi-daquan", 18, "contact.phone"),
    ("zh-r18-hanju-tv", 57, "device.id.serial"),
    ("zh-r22-hanzhan", 48, "biometric.face"),
    ("zh-r19-wendao", 7, "identity.id_number"),
    ("zh-r23-yinian-xiaoyao", 20, "device.id.mac"),
    ("zh-r15-wps", 11, "biometric.face"),
]


@pytest.mark.parametrize(("slug", "line", "data_type"), ALIBABA_TEMPLATE + INLINE_VARIANT)
def test_scenario_items_take_collect_and_use_from_the_introduction(slug, line, data_type):
    assert_gold_has(slug, line, data_type, "collect", "use")


def test_items_stating_their_own_practice_keep_it():
    # the caution on what posts may contain keeps its collect alone
    for slug, line in (("zh-r5-taobao", 56), ("zh-r19-alibaba-1688", 54), ("zh-r8-quark", 34), ("zh-r6-dewu", 37)):
        assert ("personal_info", "use", "first_party") not in _tuples(slug, line), (slug, line)
    # data downloaded or kept on the device only, the calendar reminder written on the device
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r8-quark", 62)
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r9-youku", 18)
    assert ("calendar", "use", "first_party") not in _tuples("zh-r9-youku", 25)
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r18-hanju-tv", 24)
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r19-wendao", 9)
    # TrueDepth face data kept on the device only
    assert ("biometric.face", "use", "first_party") not in _tuples("zh-r27-fushengweiqingge", 19)
    # the form data kept as a technical service, its use restricted
    assert _tuples("zh-r15-wps", 28) == {("content", "collect", "first_party"), ("content", "store", "first_party")}
    # the cookie section starts something else
    assert ("usage.cookies", "collect", "first_party") not in _tuples("zh-r5-taobao", 66)


def test_display_items_under_the_introduction_take_its_collect_and_use():
    for slug, line in (("zh-r5-taobao", 54), ("zh-r9-xianyu", 45), ("zh-r19-alibaba-1688", 52)):
        assert_gold_has(slug, line, "content", "collect", "use", "share")
        assert_gold_has(slug, line, "media.photos", "collect", "use", "share")
    assert_gold_has("zh-r8-quark", 31, "media", "collect", "use", "share")
    assert_gold_has("zh-r10-uc-browser", 36, "content", "collect", "use", "share")
    # a display under a title only stays share
    assert not {t for t in _tuples("zh-w2-travel", 30) if t[1] == "collect"}


def test_permission_introductions_give_collect_and_use_to_their_permissions():
    # "部分单项服务可能需要您在您的设备中开启特定的访问权限，以实现这些权限所涉及信息的收集和使用：" as zh-r36-wangyi-diablo 36
    assert_gold_has("zh-r36-wangyi-diablo", 40, "social.contacts", "collect", "use")
    assert_gold_has("zh-r13-kaixin-xiaoxiaole", 37, "social.contacts", "collect", "use")
    assert_gold_has("zh-r13-kaixin-xiaoxiaole", 39, "storage.files", "collect", "use")
    assert_gold_has("zh-r19-wendao", 18, "device.apps", "collect", "use")
    assert_gold_has("zh-r19-wendao", 21, "usage.logs", "collect", "use")
    assert_gold_has("zh-r27-buluo-chongtu", 26, "location.precise", "collect", "use")
    assert_gold_has("zh-r27-buluo-chongtu", 27, "calendar", "collect", "use")
    # the game resources downloaded to the SD card stay collect alone
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r27-buluo-chongtu", 28)
    # the permissions named on the introduction's own line
    assert_gold_has("zh-r28-jianxia-shijie3", 38, "media.camera", "collect", "use")
    assert_gold_has("zh-r31-ziyi-wuxianmitu", 18, "device.apps", "collect", "use")


def test_data_from_third_parties_under_the_purpose_introduction():
    # zh-r4-jd 3 "…收集和使用…以及从第三方获取您的相关个人信息" reaches its (三) 我们从第三方获得您个人信息的情形
    assert_gold_has("zh-r4-jd", 40, "account.profile", "collect", "use")
    # zh-r16-china-unicom 40 stands under the SDK section (三), which starts something else
    assert ("personal_info", "use", "first_party") not in _tuples("zh-r16-china-unicom", 40)


def test_doubted_lines():
    # "一般情况下，腾讯不会向第三方分享儿童的个人信息。我们仅在监护人事先同意的情况下，才可能与第三方分享…": both forms
    assert_gold_has("zh-r25-qq", 73, "personal_info", "share", "not_share")
    # "您主动填写并提交的姓名、手机号码，我们会在您提交后提供给您想报名的驾校": a relative clause on the user providing data
    # that is the object of a share gives the share alone
    assert _tuples("zh-r2-jiakaobaodian", 12) == {("identity.name", "share", "first_party"),
                                                 ("contact.phone", "share", "first_party")}
    # "我们不使用：…Cookie 追踪、…跨站跟踪…": not using cookies is a denial of use; the tracking denied is usage
    assert _tuples("zh-r52-cmyw-studio", 19) == {("usage", "not_collect", "first_party")}
    # "我们需要通过百望API收集您的邮箱地址、订单号…": collected by the service and the API's provider, no share
    tuples = _tuples("zh-r3-camscanner", 30)
    assert {("contact.email", "collect", "first_party"), ("contact.email", "collect", "third_party")} <= tuples
    assert not {t for t in tuples if t[1] == "share"}
    tuples = _tuples("zh-r3-camscanner", 47)
    assert {("identity.id_number", "collect", "first_party"),
            ("identity.id_number", "collect", "third_party")} <= tuples
    assert not {t for t in tuples if t[1] == "share"}
    # the guardian's refusal and what the service then stops doing: an opt-out, no tuple
    assert not _tuples("zh-r29-duoyi-shenwu4", 78)
