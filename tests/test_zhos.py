"""Data the device's operating system handles for the app on the device is no practice (GUIDELINES: device-local
data); the app's own denial after it stays its not_collect."""

from __future__ import annotations

from conftest import tuples


def test_biometric_data_handled_by_the_operating_system_is_no_practice():
    assert tuples("生物识别数据完全由操作系统处理。") == set()
    assert tuples("面容数据由系统在本地验证，本应用不会获取。") == set()


def test_the_apps_denial_after_it_is_its_own_not_collect():
    assert tuples("生物识别数据完全由操作系统处理，我们不会访问或存储您的生物识别数据。") == {
        (1, "biometric", "not_collect", "first_party")}


def test_the_operating_system_named_as_data_is_still_collected():
    assert (1, "device.hardware", "collect", "first_party") in tuples("我们收集您的设备信息，包括操作系统版本。")
