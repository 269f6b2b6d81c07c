"""Permission lines: data named only in the purpose a permission is asked for, as what the person will do with it, gets
no tuple of its own while the permission keeps its data; the storage permission asked for pictures the app loads, shows
or processes, or for the text read out of a picture, is file access, not photo access."""

from __future__ import annotations

from conftest import tuples


def test_purpose_before_storage_request_names_no_data():
    found = tuples("1.5.2 为了实现添加或接收附件或图片，我们将申请获取你的存储权限，这是实现收发邮件基本功能所必需。")
    assert found == {(1, "storage.files", "collect", "first_party")}


def test_purpose_before_camera_and_storage_request_names_no_data():
    found = tuples("当您使用文档去水印功能时，为了获取您上传的文档并为您保存处理后的文档，我们需要调用您的相机、存储权限。")
    assert (1, "content", "collect", "first_party") not in found
    assert {(1, "media.camera", "collect", "first_party"), (1, "storage.files", "collect", "first_party")} <= found


def test_purpose_before_a_collection_keeps_its_data():
    # no permission is asked for after the purpose: the collection of the main clause stands
    found = tuples("为了向您提供配送服务，我们会收集您的收货地址。")
    assert (1, "contact.address", "collect", "first_party") in found


def test_purpose_naming_photos_keeps_photo_access_of_storage_permission():
    # the purpose still types the storage permission (GUIDELINES: 存储权限 for photos is media.photos)
    found = tuples("为了获取您的照片并保存处理后的照片，我们需要调用您的相机和存储权限。")
    assert found == {(1, "media.camera", "collect", "first_party"), (1, "media.photos", "collect", "first_party")}


def test_storage_permission_for_pictures_the_app_loads_is_file_access():
    found = tuples("由于图片处理涉及到设备的存储功能，在首次运行APP时我们会请求您授权使用存储权限。")
    assert (1, "storage.files", "collect", "first_party") in found
    assert not any(t[1] == "media.photos" and t[2] == "collect" for t in found)


def test_storage_permission_for_text_read_from_pictures_is_file_access():
    found = tuples("当您使用OCR翻译服务时，我们需要调用您设备的存储权限，我们需要将您图片中识别出来的文字上传给翻译服务商。")
    assert (1, "storage.files", "collect", "first_party") in found
    assert (1, "media.photos", "collect", "first_party") not in found
