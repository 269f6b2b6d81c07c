"""The second held-out gold re-reading (goldtest2): an introduction that states several actions gives each of them to
its items (GUIDELINES, as goldcons24-28 settled for dev files), read in nineteen held-out zh files from their text,
gold and the guidelines only, without extractor output. One of them has such an introduction over items with a
first-party `collect` alone: zh-r-tencent-meeting 2, "按照本隐私保护指引如下所述方式收集、使用您在使用服务时主动提供的或因为使用服务
而产生的信息", over the items 2.1-2.34 (lines 3-60)."""

from __future__ import annotations

from conftest import assert_gold_has, gold_line_tuples


def _tuples(slug: str, line: int) -> set[tuple[str, str, str]]:
    return gold_line_tuples(slug, line, split="test")


def _has(policy, line, data_type, *actions, actor="first_party"):
    assert_gold_has(policy, line, data_type, *actions, actor=actor, split="test")


def test_tencent_meeting_items_take_use():
    # zh-r-tencent-meeting 2 "…如下所述方式收集、使用…的信息" over 2.1-2.34, lines 3-60
    _has("zh-r-tencent-meeting", 4, "contact.phone", "collect", "use")
    _has("zh-r-tencent-meeting", 5, "identity.gender", "collect", "use")
    _has("zh-r-tencent-meeting", 14, "network.ip", "collect", "use")
    _has("zh-r-tencent-meeting", 16, "device.id.imei", "collect", "use")
    _has("zh-r-tencent-meeting", 28, "identity.occupation", "collect", "use")
    _has("zh-r-tencent-meeting", 50, "identity.id_number", "collect", "use")
    _has("zh-r-tencent-meeting", 54, "social.contacts", "collect", "use")
    _has("zh-r-tencent-meeting", 60, "contact", "collect", "use")
    # the clipboard item keeps its denial beside its collect and use
    _has("zh-r-tencent-meeting", 17, "clipboard", "collect", "use", "not_collect")
    # the sub-introduction 2.3 (8) lies within it: its verbless items 9-10 take use as well
    _has("zh-r-tencent-meeting", 9, "identity.name", "collect", "use")
    _has("zh-r-tencent-meeting", 10, "contact.email", "collect", "use")


def test_tencent_meeting_device_local_items_keep_their_tuples():
    # the beauty effect processes the face only on the device: its camera takes no use, its denial stays
    assert ("media.camera", "use", "first_party") not in _tuples("zh-r-tencent-meeting", 48)
    _has("zh-r-tencent-meeting", 48, "biometric.face", "use", "not_collect")
    _has("zh-r-tencent-meeting", 48, "device.sensors", "collect", "use")
    # the iOS contacts permission for the invitees of the device's own calendar
    assert ("social.contacts", "use", "first_party") not in _tuples("zh-r-tencent-meeting", 53)
    # items with no first-party collect gain nothing (the notes' retention, the local captions)
    assert _tuples("zh-r-tencent-meeting", 33) == {("content", "store", "first_party")}
    assert _tuples("zh-r-tencent-meeting", 34) == {("media.audio", "use", "first_party")}


def test_introductions_stating_collection_only_give_no_use():
    # zh-r-honor-of-kings 2 "我们会按照如下方式收集…" states collection alone (its heading 1 is a section heading)
    assert ("account", "use", "first_party") not in _tuples("zh-r-honor-of-kings", 3)
    assert ("device.id.imei", "use", "first_party") not in _tuples("zh-r-honor-of-kings", 10)
    # zh-r2-douyu's table under "1. 我们如何收集和使用您的个人信息" has the column "可能收集的个人信息字段"
    assert ("contact.phone", "use", "first_party") not in _tuples("zh-r2-douyu", 5)
    # zh-w2-dating 11 "您需要提供以下信息："
    assert ("contact.phone", "use", "first_party") not in _tuples("zh-w2-dating", 13)
