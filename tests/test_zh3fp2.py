"""Chinese third-party precision: wordings read as sharing with a third party where no other party receives the data."""

from __future__ import annotations

from conftest import tuples


def test_sent_to_the_cloud_naming_no_party_is_our_collection():
    # the service's own servers take it (GUIDELINES: as 同步到云端), no share with a third party
    assert tuples("您选定的照片将被发送至云端进行处理。") == {(1, "media.photos", "collect", "first_party")}
    assert tuples("当您选择保存扫描后的文件时，您的文件将会被发送至云端，我们承诺您的文件内容加密传输。") == {
        (1, "storage.files", "collect", "first_party")}
    assert tuples("我们会将您的照片上传至服务器。") == {(1, "media.photos", "collect", "first_party")}
    # a party named stays a share, and a place abroad stays the transfer abroad
    assert tuples("我们会将您的照片发送至第三方服务器。") == {(1, "media.photos", "share", "first_party")}
    assert tuples("我们会将您的手机号发送给合作伙伴。") == {(1, "contact.phone", "share", "first_party")}
    assert tuples("您的个人信息可能会被传输至境外服务器。") == {(1, "personal_info", "use", "first_party")}
