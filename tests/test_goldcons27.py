"""The twenty-seventh gold consistency pass: the items under the purpose template "（二）我们会出于以下目的，收集和使用您
(以下类型的)个人信息：" take `use` beside their first-party `collect`, an introduction that states several actions giving each
of them to its items, as goldcons24-26 settled for fifteen other files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def _has(policy, line, data_type, *actions, actor="first_party"):
    tuples = _tuples(policy, line)
    missing = {(data_type, action, actor) for action in actions} - tuples
    assert not missing, (policy, line, missing)


def test_netease_music_purposes_take_use():
    # zh-r4-netease-music 10 over the items 11-95
    _has("zh-r4-netease-music", 20, "contact.phone", "collect", "use")
    _has("zh-r4-netease-music", 23, "biometric.face", "collect", "use")
    _has("zh-r4-netease-music", 42, "clipboard", "collect", "use")
    _has("zh-r4-netease-music", 58, "device.id.imei", "collect", "use")
    # the note on sensitive information about the items above takes nothing
    assert ("biometric.face", "use", "first_party") not in _tuples("zh-r4-netease-music", 96)


def test_tuyou_doudizhu_purposes_take_use():
    # zh-r26-tuyou-doudizhu 17 over 18-62
    _has("zh-r26-tuyou-doudizhu", 19, "account.credentials", "collect", "use")
    _has("zh-r26-tuyou-doudizhu", 29, "device.id.ad_id", "collect", "use")
    _has("zh-r26-tuyou-doudizhu", 32, "contact.address", "collect", "use")
    _has("zh-r26-tuyou-doudizhu", 62, "communication.sms", "collect", "use")


def test_longzhiguo_wuyu_purposes_take_use():
    # zh-r28-longzhiguo-wuyu 16 over 17-42
    _has("zh-r28-longzhiguo-wuyu", 19, "contact.email", "collect", "use")
    _has("zh-r28-longzhiguo-wuyu", 22, "biometric.fingerprint", "collect", "use")
    _has("zh-r28-longzhiguo-wuyu", 28, "device.id.imei", "collect", "use")
    _has("zh-r28-longzhiguo-wuyu", 40, "account.profile", "collect", "use")


def test_wangyi_youxi_purposes_take_use():
    # zh-r30-wangyi-youxi 11 (without 以下类型) over 12-44
    _has("zh-r30-wangyi-youxi", 14, "identity.id_number", "collect", "use")
    _has("zh-r30-wangyi-youxi", 19, "device.id.android_id", "collect", "use")
    _has("zh-r30-wangyi-youxi", 38, "media.camera", "collect", "use")
    _has("zh-r30-wangyi-youxi", 43, "calendar", "collect", "use")
    # the clipboard item keeps its denial beside its collect and use
    _has("zh-r30-wangyi-youxi", 26, "clipboard", "collect", "use", "not_collect")
