"""Chinese wording of round 81 (local-first apps and tools): the upload denial of a list introduction that keeps what it
lists on the person's device covers the items that state a practice of their own (the permissions requested); analytics
named before more kinds of SDK or as tracking points ("分析埋点"), and after two determiners ("任何第三方分析服务"), is
denied usage; "儿童的任何信息" is children's personal information; iOS reminders (提醒事项) are no calendar; a photo's
metadata is no photo; the text OCR reads out of photos is content; a support contact is the service's, no data."""

from __future__ import annotations

from conftest import pairs, tuples

PERMISSIONS = ("# P\n\n## 设备权限\n\nMemex 可能会请求以下设备权限。{}\n\n- **相机** — 用于拍照记录。\n"
               "- **麦克风** — 用于语音录入。\n")


def test_a_device_local_introduction_denies_the_upload_of_its_permission_items():
    found = tuples(PERMISSIONS.format("通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。"),
                   name="policy.md")
    assert {(7, "media.camera", "not_collect", "first_party"), (8, "media.audio", "not_collect", "first_party")} <= found
    assert (7, "media.camera", "use", "first_party") in found
    # without the upload denial the items keep their own practice alone
    found = tuples(PERMISSIONS.format("这些权限仅在您使用相应功能时请求。"), name="policy.md")
    assert (7, "media.camera", "use", "first_party") in found
    assert not {t for t in found if t[2] == "not_collect"}


def test_analytics_before_more_kinds_or_as_tracking_points_is_denied_usage():
    assert ("usage", "not_collect") in pairs("Memex 不包含任何分析、追踪或广告 SDK。")
    assert ("usage", "not_collect") in pairs("无需账号；项目没有云端论文库、分析埋点或数据销售业务。")
    assert ("usage", "not_collect") in pairs("我们不使用任何第三方分析服务。")
    # a tool of that kind used names no data
    assert not {p for p in pairs("我们使用分析、追踪或广告 SDK收集设备信息。") if p[0] == "usage"}


def test_any_information_of_children_is_their_personal_information():
    assert ("personal_info", "not_collect") in pairs("Memex 不会故意收集 13 岁以下儿童的任何信息。")


def test_reminders_are_no_calendar():
    assert pairs("应用会读取您的提醒事项。") == set()
    assert ("calendar", "collect") in pairs("应用会读取您的提醒事项和日历。")


def test_photo_metadata_is_no_photo_and_ocr_text_is_content():
    assert pairs("我们会读取照片元数据。") == set()
    assert ("media.photos", "collect") in pairs("我们会读取照片元数据和您的照片。")
    assert ("content", "use") in pairs("我们会使用 OCR 提取的文字。")


def test_a_support_contact_is_no_data():
    assert pairs("商店页面发布后，也可使用其经过验证的支持联系方式。") == set()
