"""The first held-out gold re-reading: the items under a list introduction that states several actions ("收集、保存和使用
下列…", "以下附加功能可能会收集和使用…", "收集并使用如下信息") take each of them beside their first-party `collect` in held-out
(test-split) zh files, as goldcons24-28 settled for twenty-one dev files. The files were re-read for this one convention
only, from the text, the gold and the guidelines, without extractor output."""

from __future__ import annotations

from conftest import assert_gold_has, gold_line_tuples


def _tuples(slug: str, line: int) -> set[tuple[str, str, str]]:
    return gold_line_tuples(slug, line, split="test")


def _has(policy, line, data_type, *actions, actor="first_party"):
    assert_gold_has(policy, line, data_type, *actions, actor=actor, split="test")


def test_meituan_extension_features_take_use():
    # zh-r2-meituan "（二）" 44 "…收集并使用如下信息" over the extension features 45-61, up to "（三）其他"
    _has("zh-r2-meituan", 46, "media.camera", "collect", "use")
    _has("zh-r2-meituan", 48, "media.photos", "collect", "use")
    _has("zh-r2-meituan", 52, "account.profile", "collect", "use")
    _has("zh-r2-meituan", 58, "health", "collect", "use")
    # the calendar item, reminders set through the device's own calendar, keeps its own tuples
    assert ("calendar", "use", "first_party") not in _tuples("zh-r2-meituan", 56)


def test_sf_express_core_functions_take_use_and_store():
    # zh-r-sf-express "（一）" 2 "我们可能会收集、保存和使用下列与您有关的信息…这些功能包括：" over 3-21, up to "（二）"
    _has("zh-r-sf-express", 4, "contact.phone", "collect", "use", "store")
    _has("zh-r-sf-express", 6, "identity.id_number", "collect", "use", "store")
    _has("zh-r-sf-express", 8, "media.audio", "collect", "use", "store")
    _has("zh-r-sf-express", 21, "device.id", "collect", "use", "store")
    # an item with use and no collect gains nothing
    assert ("contact.address", "store", "first_party") not in _tuples("zh-r-sf-express", 7)


def test_sf_express_additional_functions_take_use():
    # zh-r-sf-express "（二）" 23 "我们的以下附加功能可能会收集和使用您的个人信息" over 24-31 (collect and use, no store)
    _has("zh-r-sf-express", 25, "media.audio", "collect", "use")
    _has("zh-r-sf-express", 27, "location", "collect", "use")
    _has("zh-r-sf-express", 31, "social.contacts", "collect", "use")
    assert ("location", "store", "first_party") not in _tuples("zh-r-sf-express", 27)
    # the permission summary after the list ("以实现这些功能所涉及的信息的收集和使用") takes nothing
    assert ("location", "use", "first_party") not in _tuples("zh-r-sf-express", 32)


def test_12306_basic_functions_take_use_and_store():
    # zh-r2-12306 "（一）" 2 "我们需要收集、保存和使用下列与您有关的个人信息…" over 3-10, up to "（二）"
    _has("zh-r2-12306", 4, "identity.id_number", "collect", "use", "store")
    _has("zh-r2-12306", 8, "contact.phone", "collect", "use", "store")
    # the biometric denial keeps its own tuples
    assert _tuples("zh-r2-12306", 5) == {
        ("biometric", "not_collect", "first_party"),
        ("biometric.face", "not_collect", "first_party"),
        ("biometric.fingerprint", "not_collect", "first_party"),
    }


def test_12306_extension_functions_take_use():
    # zh-r2-12306 "（二）" 12 "…以下扩展功能，下列功能可能会收集和使用您的个人信息" over 13-45, up to "（三）"
    _has("zh-r2-12306", 14, "device.id.mac", "collect", "use")
    _has("zh-r2-12306", 15, "location.precise", "collect", "use")
    _has("zh-r2-12306", 21, "biometric.face", "collect", "use")
    _has("zh-r2-12306", 33, "identity.birthdate", "collect", "use")
    _has("zh-r2-12306", 40, "media.camera", "collect", "use")
    assert ("identity.name", "store", "first_party") not in _tuples("zh-r2-12306", 21)
    # the album permission for saving train information to the device keeps its own tuples
    assert ("media.photos", "use", "first_party") not in _tuples("zh-r2-12306", 41)
