"""Chinese device-local list introductions (zhlocal3): the paragraph right before a list's items marks the list
device-local when any of its sentences keeps what it lists on the person's device and denies uploading it, also when the
sentence opening the list ("以下") states no practice and the device-local sentence comes after it (zh-r47-memex); each
item's own practice then comes with our not_collect, and the mark ends with the list."""

from __future__ import annotations

from conftest import tuples

PERMISSIONS = "# P\n\n## 设备权限\n\n{}\n\n- **相机** — 用于拍照记录。\n- **麦克风** — 用于语音录入。\n{}"
OPENING = "Memex 可能会请求以下设备权限。"
DEVICE_LOCAL = "通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。"


def test_a_device_local_sentence_after_the_opening_sentence_denies_the_upload_of_items_with_a_practice_of_their_own():
    found = tuples(PERMISSIONS.format(OPENING + DEVICE_LOCAL, ""), name="policy.md")
    assert {(7, "media.camera", "use", "first_party"), (7, "media.camera", "not_collect", "first_party"),
            (8, "media.audio", "use", "first_party"), (8, "media.audio", "not_collect", "first_party")} <= found


def test_the_device_local_sentence_may_come_before_the_opening_sentence():
    found = tuples(PERMISSIONS.format(DEVICE_LOCAL + "Memex 可能会请求以下设备权限：", ""), name="policy.md")
    assert {(7, "media.camera", "not_collect", "first_party"), (8, "media.audio", "not_collect", "first_party")} <= found


def test_the_mark_ends_with_the_list():
    found = tuples(PERMISSIONS.format(OPENING + DEVICE_LOCAL, "\n我们还会收集以下信息：\n\n- 电子邮箱地址，用于登录。\n"),
                   name="policy.md")
    assert (7, "media.camera", "not_collect", "first_party") in found
    assert (12, "contact.email", "collect", "first_party") in found
    assert not {t for t in found if t[0] == 12 and t[2] == "not_collect"}


def test_without_the_device_local_sentence_the_items_keep_their_own_practice_alone():
    found = tuples(PERMISSIONS.format(OPENING + "这些权限仅在您使用相应功能时请求。", ""), name="policy.md")
    assert (7, "media.camera", "use", "first_party") in found
    assert not {t for t in found if t[2] == "not_collect"}
