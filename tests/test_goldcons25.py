"""The twenty-fifth gold consistency pass: the items under an introduction that states several actions over a list
(收集和使用 / 收集、使用 → collect and use; 收集、储存或以其他合法方式使用 → collect, use and store) take each of them,
as goldcons24 settled for zh-r14-kfc and zh-r10-mcdonalds."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def _has(policy, line, data_type, *actions, actor="first_party"):
    tuples = _tuples(policy, line)
    missing = {(data_type, action, actor) for action in actions} - tuples
    assert not missing, (policy, line, missing)


def test_items_under_scenarios_for_optional_authorisation_take_use():
    # "以下情形中，您可以选择授权我们收集和使用个人信息的场景：" (zh-r11-ccb-life 40)
    _has("zh-r11-ccb-life", 41, "media.camera", "collect", "use")
    _has("zh-r11-ccb-life", 43, "biometric.voiceprint", "collect", "use", "store")
    _has("zh-r11-ccb-life", 54, "usage.logs", "collect", "use")
    # "7.以下情形中，您可选择是否授权我行收集、使用您的个人信息：" (zh-r13-jianhang 47)
    _has("zh-r13-jianhang", 48, "media.camera", "collect", "use")
    _has("zh-r13-jianhang", 52, "location", "collect", "use", "store")


def test_items_of_additional_functions_take_use():
    # "我们的以下附加功能中可能会收集和使用您的个人信息" (zh-r12-xuexitong 8)
    _has("zh-r12-xuexitong", 9, "location", "collect", "use")
    _has("zh-r12-xuexitong", 14, "storage.files", "collect", "use")
    # "我们的以下扩展功能中会涉及调用设备的权限，可能会收集和使用您的个人信息" (zh-r21-qidian-reading 47)
    _has("zh-r21-qidian-reading", 48, "media.camera", "collect", "use")
    _has("zh-r21-qidian-reading", 54, "device.id.ad_id", "collect", "use")
    # "我们在向您提供的以下附加服务中可能会收集和使用您的个人信息" (zh-r6-dewu 80)
    _has("zh-r6-dewu", 82, "clipboard", "collect", "use")
    _has("zh-r6-dewu", 84, "contact.address", "collect", "use")


def test_scenarios_under_collect_and_use_take_use():
    # "通常情况下，我们会在以下场景收集和使用您的个人信息：" (zh-r20-kugou-music 5) over 1.1-1.13
    _has("zh-r20-kugou-music", 15, "biometric.face", "collect", "use")
    _has("zh-r20-kugou-music", 42, "device.id.imei", "collect", "use")
    _has("zh-r20-kugou-music", 57, "location.precise", "collect", "use")
    # collection by third parties keeps its own action
    assert ("contact.address", "use", "third_party") not in _tuples("zh-r20-kugou-music", 47)
    # "我们通常情况下会在以下场景中收集和使用您的个人信息：" (zh-r31-lilith-wanguo 6)
    _has("zh-r31-lilith-wanguo", 8, "contact.phone", "collect", "use")
    _has("zh-r31-lilith-wanguo", 19, "device.id.mac", "collect", "use")


def test_items_under_collect_store_and_use_take_all_three():
    # "我们向您提供服务时会收集、储存或以其他合法方式使用下列与您有关的信息" (zh-r21-honkai3 8, zh-r22-genshin 18)
    _has("zh-r21-honkai3", 11, "identity.id_number", "collect", "use", "store")
    _has("zh-r21-honkai3", 17, "financial.transactions", "collect", "use", "store")
    _has("zh-r21-honkai3", 28, "clipboard", "collect", "use", "store")
    _has("zh-r22-genshin", 20, "contact.email", "collect", "use", "store")
    _has("zh-r22-genshin", 25, "device.id.android_id", "collect", "use", "store")
    _has("zh-r22-genshin", 31, "media.camera", "collect", "use", "store")
    # "学习通提供服务时，可能会收集、储存和使用下列与您有关的信息：" (zh-r12-xuexitong 3)
    _has("zh-r12-xuexitong", 7, "account.credentials", "collect", "use", "store")
    _has("zh-r12-xuexitong", 21, "device.id.imei", "collect", "use", "store")
    _has("zh-r12-xuexitong", 53, "identity.id_number", "collect", "use", "store")
