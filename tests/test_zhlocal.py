"""Chinese device-local data (zhlocal): data handled only on the person's device with an upload denial in its sentence
is not collected by us; a verb after 的 that modifies a list item's head noun ("您的登录状态、…") is no predicate of
the list."""

from __future__ import annotations

from conftest import pairs


def test_data_handled_only_on_the_device_with_an_upload_denial_is_not_collected():
    assert ("usage.history", "not_collect") in pairs("您的阅读记录仅在您的设备本地解析，不会上传至我们的服务器。")


def test_a_verb_modifying_a_list_items_head_noun_keeps_the_list():
    assert ("usage", "collect") in pairs("我们会搜集您的登录状态、服务使用数据。")
    assert ("device.hardware", "collect") in pairs("我们会收集您的登录状态和设备型号。")
