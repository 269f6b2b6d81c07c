"""Chinese names of device permissions that count as their data (GUIDELINES: permissions count as their data): the
speech-recognition permission uses the microphone (语音识别权限 → media.audio), the phone-management permission reads
the phone's state (电话管理权限, 管理电话权限, 电话设备权限 → device.id, like 电话权限)."""

from __future__ import annotations

from conftest import tuples


def test_speech_recognition_permission_is_the_microphone():
    found = tuples("语音识别权限：您可以授权咪咕视频使用语音识别权限，以实现语音搜索和AI助手的语音识别，方便进行语音输入。")
    assert (1, "media.audio", "collect", "first_party") in found


def test_phone_device_permission_reads_the_phone_state():
    found = tuples("当您使用一键登录服务时，我们需要调用您设备的电话设备权限。")
    assert (1, "device.id", "collect", "first_party") in found


def test_phone_management_permission_reads_the_phone_state():
    found = tuples("当您开启设备电话管理权限时，我们可能会查看和读取您的设备正在拨打的号码、中止通话的信息。")
    assert (1, "device.id", "collect", "first_party") in found
    assert (1, "communication.call_log", "collect", "first_party") in found
