"""Chinese: a device's name (设备名称) fits no child ID of `device` (GUIDELINES, Data types)."""

from conftest import pairs


def test_a_device_name_is_device_data_and_its_model_hardware():
    found = pairs("我们会收集您的设备名称、设备型号和操作系统版本。")
    assert ("device", "collect") in found
    assert ("device.hardware", "collect") in found  # from 设备型号 and 操作系统版本, not from the name


def test_a_device_name_alone_is_no_hardware():
    found = pairs("我们会收集您的设备名称。")
    assert found == {("device", "collect")}
