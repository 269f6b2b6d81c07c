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


def test_the_sharing_feature_named_as_a_noun_states_no_sharing():
    # "分享功能", "分享等功能", "分享历史": the feature, not a share with anyone
    assert tuples("当您在得物使用分享功能时，我们将把链接或口令写入剪切板，以便帮助您快捷地实现分享功能。") == set()
    assert tuples("我们会收集包括您的收藏及添加购物车的记录、关注关系、分享历史在内的服务日志信息。") == {
        (1, "social", "collect", "first_party"), (1, "usage.history", "collect", "first_party"),
        (1, "usage.logs", "collect", "first_party")}
    assert ("media.photos", "share") not in {(t[1], t[2]) for t in tuples("提供图片保存功能，体验精彩内容分享等功能\t照片、媒体内容和文件")}
    # the verb with its object and recipient stays a share
    assert tuples("我们会与合作伙伴分享您的设备信息。") == {(1, "device", "share", "first_party")}
    assert tuples("当您使用分享功能时，我们会将您的昵称分享给第三方平台。") == {(1, "account.profile", "share", "first_party")}
