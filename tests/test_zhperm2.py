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


def test_users_act_in_when_clause_before_permission_names_no_data():
    # "当用户…时" as "当您…时": the features the user uses name no data; the permission and the data collected count
    found = tuples("当用户使用录制视频、语音搜索、短视频语音评论等时，我们将访问用户的设备录音相关权限，我们需要收集用户的语音信息。")
    assert (1, "media.camera", "collect", "first_party") not in found
    assert (1, "content", "collect", "first_party") not in found
    assert (1, "media.audio", "collect", "first_party") in found


def test_permission_label_with_permission_named_again_drops_what_the_person_does():
    # the label's 本地存储 is no data term; the rest names the permission again
    found = tuples("访问本地存储：您可以通过开启本地存储权限实现下载视频保存到您的手机存储；通过访问本地存储将您的本地图片上传并发布。")
    assert found == {(1, "storage.files", "collect", "first_party")}


def test_permission_label_naming_no_permission_keeps_its_data():
    # no permission named in the label or again in the rest: not a permission item
    found = tuples("访问帮助中心：您可以上传您的照片进行反馈。")
    assert (1, "media.photos", "collect", "first_party") in found
