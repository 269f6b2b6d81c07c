"""The twenty-eighth gold consistency pass: the items under the purpose template "我们会出于以下目的，收集和使用您(以下类型
的)个人信息：" take `use` beside their first-party `collect` in more zh dev files, an introduction that states several
actions giving each of them to its items, as goldcons24-27 settled for nineteen other files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def _has(policy, line, data_type, *actions, actor="first_party"):
    tuples = _tuples(policy, line)
    missing = {(data_type, action, actor) for action in actions} - tuples
    assert not missing, (policy, line, missing)


def test_wangyi_diablo_purposes_take_use():
    # zh-r36-wangyi-diablo 13 over the items 14-43 (up to "三、我们可能共享…")
    _has("zh-r36-wangyi-diablo", 16, "contact.phone", "collect", "use")
    _has("zh-r36-wangyi-diablo", 19, "identity.id_number", "collect", "use")
    _has("zh-r36-wangyi-diablo", 28, "account.profile", "collect", "use")
    _has("zh-r36-wangyi-diablo", 40, "social.contacts", "collect", "use")
    _has("zh-r36-wangyi-diablo", 43, "calendar", "collect", "use")


def test_jianxia_shijie3_purposes_take_use():
    # zh-r28-jianxia-shijie3 12 "（二）" over the items (1)-(9), 13-36, up to "（三）设备权限调用"
    _has("zh-r28-jianxia-shijie3", 18, "identity.id_number", "collect", "use")
    _has("zh-r28-jianxia-shijie3", 26, "contact.address", "collect", "use")
    _has("zh-r28-jianxia-shijie3", 31, "device.id.imei", "collect", "use")
    # the clipboard item keeps its denial beside its collect and use
    _has("zh-r28-jianxia-shijie3", 36, "clipboard", "collect", "use", "not_collect")
    # the permission section (三) is no item of (二); its line 38 takes its use from its own wording
    # "以实现这些权限所涉及信息的收集和使用" (goldcons33), its permissions being named on the same line
    assert ("media.camera", "use", "first_party") in _tuples("zh-r28-jianxia-shijie3", 38)


def test_dejian_novel_purposes_take_use():
    # zh-r19-dejian-novel 3 ("…以下目的，在为您提供阅读服务时收集和使用…") over the items 1-7, 4-53, up to "二、我们如何使用Cookie…"
    _has("zh-r19-dejian-novel", 5, "contact.phone", "collect", "use")
    _has("zh-r19-dejian-novel", 9, "usage.history", "collect", "use")
    _has("zh-r19-dejian-novel", 25, "device.id.imei", "collect", "use")
    _has("zh-r19-dejian-novel", 31, "calendar", "collect", "use")
    # the SDKs' collection in item 7 gains no first-party use
    assert ("device.id", "use", "first_party") not in _tuples("zh-r19-dejian-novel", 39)


def test_kuaishou_purposes_take_use():
    # zh-r5-kuaishou 2 over the items （一）-（七）, 3-23 (（八）, the consent exceptions 24-36, carries no tuple)
    _has("zh-r5-kuaishou", 4, "contact.phone", "collect", "use")
    _has("zh-r5-kuaishou", 10, "device.id.mac", "collect", "use")
    _has("zh-r5-kuaishou", 17, "contact.address", "collect", "use")
    _has("zh-r5-kuaishou", 19, "content", "collect", "use")
    # the calendar item, written into the device's own calendar, keeps its own tuples
    assert ("calendar", "use", "first_party") not in _tuples("zh-r5-kuaishou", 13)


def test_zhongxiaoxue_yunpingtai_purposes_take_use():
    # zh-r13-zhongxiaoxue-yunpingtai 2 over the items （一）-（五）, 3-21, the permission items 7-15 of （二） within it
    _has("zh-r13-zhongxiaoxue-yunpingtai", 4, "contact.phone", "collect", "use")
    _has("zh-r13-zhongxiaoxue-yunpingtai", 7, "device.id.imei", "collect", "use")
    _has("zh-r13-zhongxiaoxue-yunpingtai", 15, "location.coarse", "collect", "use")
    _has("zh-r13-zhongxiaoxue-yunpingtai", 17, "content", "collect", "use")


def test_china_unicom_purposes_take_use_and_store():
    # zh-r16-china-unicom: "（一）" 5 "我们收集、保存和使用下列…具体包括：" over 6-24 (collect, store, use)
    _has("zh-r16-china-unicom", 9, "contact.address", "collect", "store", "use")
    _has("zh-r16-china-unicom", 11, "identity.id_number", "collect", "store", "use")
    _has("zh-r16-china-unicom", 21, "social.contacts", "collect", "store", "use")
    _has("zh-r16-china-unicom", 24, "device.id.android_id", "collect", "store", "use")
    # "（二）" 26 "…再收集、使用您的个人信息" over 27-38 (collect, use)
    _has("zh-r16-china-unicom", 29, "clipboard", "collect", "use")
    _has("zh-r16-china-unicom", 32, "social.contacts", "collect", "use")
    assert ("social.contacts", "store", "first_party") not in _tuples("zh-r16-china-unicom", 32)
    # the calendar item, reminders written into the device's own calendar, keeps its own tuples
    assert ("calendar", "use", "first_party") not in _tuples("zh-r16-china-unicom", 35)


def test_wifi_key_purposes_take_use():
    # zh-r12-wifi-key 4 "我们仅会出于以下合法目的，收集和使用…" over （一）-（七）, 5-75, up to "三、我们如何使用 Cookie…"
    _has("zh-r12-wifi-key", 8, "contact.phone", "collect", "use")
    _has("zh-r12-wifi-key", 11, "device.id.imei", "collect", "use")
    _has("zh-r12-wifi-key", 21, "identity.id_number", "collect", "use")
    _has("zh-r12-wifi-key", 34, "usage.logs", "collect", "use")
    _has("zh-r12-wifi-key", 69, "contact.address", "collect", "use")
    # the local encrypted temporary storage and the SD-card items, processed on the device, keep their own tuples
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r12-wifi-key", 24)
    assert ("storage.files", "use", "first_party") not in _tuples("zh-r12-wifi-key", 63)


def test_shopping_purposes_take_use():
    # zh-w-shopping 15 over （一）-（七）, 16-47, up to "二、我们如何使用Cookie…"
    _has("zh-w-shopping", 17, "contact.phone", "collect", "use")
    _has("zh-w-shopping", 19, "identity.id_number", "collect", "use")
    _has("zh-w-shopping", 25, "contact.address", "collect", "use")
    _has("zh-w-shopping", 43, "social.contacts", "collect", "use")
    # the payment item keeps its denials beside the payment status it receives, collected and used
    _has("zh-w-shopping", 27, "financial.transactions", "collect", "use")
    _has("zh-w-shopping", 27, "financial.payment", "not_collect")
    # the calendar reminders, set in the device's own calendar, keep their own tuples
    assert ("calendar", "use", "first_party") not in _tuples("zh-w-shopping", 44)
