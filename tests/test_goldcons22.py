"""The twenty-second gold consistency pass: storage permissions whose purpose names no data, the menu item clicked,
and photographs of identity documents beside the selfie."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_storage_permission_under_a_feature_name_is_storage_files():
    # "如使用【水印相机】服务，则需要访问您的相机权限、位置权限、存储权限": the feature name names no photos, so the
    # storage permission keeps storage.files (as zh-r15-dianxin-yingyeting 31)
    assert ("storage.files", "collect", "first_party") in _tuples("zh-r12-wifi-key", 62)
    assert ("media.photos", "collect", "first_party") not in _tuples("zh-r12-wifi-key", 62)
    assert ("storage.files", "collect", "first_party") in _tuples("zh-r15-dianxin-yingyeting", 31)


def test_name_of_the_menu_item_clicked_is_usage_as_its_url():
    # "- Clicked on a supporter/translator menu item:" / "  - Name of the supporter/translator" / "  - URL of …"
    assert _tuples("en-r19-customrp-discord", 24) == {("usage", "collect", "first_party")}
    assert _tuples("en-r19-customrp-discord", 25) == {("usage", "collect", "first_party")}


def test_photographed_id_is_media_photos_beside_the_selfie():
    # "we also ask you to photograph a government-issued ID and take a selfie, which are compared by Onfido"
    tuples = _tuples("en-w14-tenant-portal", 103)
    assert {("media.photos", "collect", "first_party"), ("biometric.face", "collect", "first_party"),
            ("identity.id_number", "collect", "first_party")} <= tuples
    assert ("media.photos", "share", "first_party") in tuples
    # the same reading as a photograph of an identity document with a selfie in en-w11-bnpl 15
    assert {("media.photos", "collect", "first_party"), ("biometric.face", "collect", "first_party")} <= _tuples(
        "en-w11-bnpl", 15)
