"""The twenty-sixth gold consistency pass: the items and scenarios under an introduction that states several actions
(收集、保存和使用 / 收集、存储和使用下列与您有关的信息 → collect, use and store; 在以下场景 / 出于以下功能/场景的实现 …收集和使用 →
collect and use) take each of them, as goldcons24 and goldcons25 settled for eleven other files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def _has(policy, line, data_type, *actions, actor="first_party"):
    tuples = _tuples(policy, line)
    missing = {(data_type, action, actor) for action in actions} - tuples
    assert not missing, (policy, line, missing)


def test_items_under_collect_keep_and_use_take_all_three():
    # "我们可能会收集、保存和使用下列与您有关的信息才能实现上述这些功能。…这些功能包括：" (zh-r4-jd 5) over 6-35
    _has("zh-r4-jd", 8, "account.credentials", "collect", "use", "store")
    _has("zh-r4-jd", 12, "device.id.imei", "collect", "use", "store")
    _has("zh-r4-jd", 23, "contact.address", "collect", "use", "store")
    _has("zh-r4-jd", 35, "network.ip", "collect", "use", "store")
    # a denial keeps its own action
    assert ("identity.id_number", "store", "first_party") not in _tuples("zh-r4-jd", 30)


def test_items_under_collect_store_and_use_take_all_three():
    # "我们需要收集、存储和使用下列与您有关的信息：" (zh-r8-china-mobile 3) over 4-20
    _has("zh-r8-china-mobile", 5, "identity.id_number", "collect", "use", "store")
    _has("zh-r8-china-mobile", 11, "network.ip", "collect", "use", "store")
    _has("zh-r8-china-mobile", 14, "location.precise", "collect", "use", "store")
    _has("zh-r8-china-mobile", 18, "account", "collect", "use", "store")


def test_scenarios_under_collect_and_use_take_use():
    # "通常情况下，我们会出于以下功能/场景的实现，收集和使用您的个人信息或申请相关权限：" (zh-r6-iqiyi 9) over (一)-(十二)
    _has("zh-r6-iqiyi", 11, "contact.phone", "collect", "use")
    _has("zh-r6-iqiyi", 36, "device.id.imsi", "collect", "use")
    _has("zh-r6-iqiyi", 68, "calendar", "collect", "use")
    _has("zh-r6-iqiyi", 88, "media.audio", "collect", "use")
    # the eye-care mode processed on the device only (我们不会回传、存储) keeps its own tuples
    assert ("media.camera", "use", "first_party") not in _tuples("zh-r6-iqiyi", 34)


def test_business_scenarios_under_collect_and_use_take_use():
    # "我们将在以下业务场景收集和使用您的个人信息：" (zh-r4-zhihu 7) over the scenarios up to 知乎 App 所调用的系统权限
    _has("zh-r4-zhihu", 9, "contact.phone", "collect", "use")
    _has("zh-r4-zhihu", 17, "clipboard", "collect", "use")
    _has("zh-r4-zhihu", 44, "financial.payment", "collect", "use")
    _has("zh-r4-zhihu", 64, "device.id.imei", "collect", "use")
    # the permissions section after the scenarios is not reached
    assert ("personal_info", "use", "first_party") not in _tuples("zh-r4-zhihu", 66)
