"""Chinese first-party precision: words read as data where the sentence names none."""

from __future__ import annotations

from conftest import pairs


def test_comment_as_act_with_object_names_no_content():
    found = pairs("（2）基于摄像头（相机）的附加功能：当您使用学习通中的扫一扫、写笔记（评论笔记）、写话题（评论话题）、"
                  "发视频、上传头像、创建课程、上传证书时，您可以选择授权学习通开启您设备的摄像头（相机），以实现信息的发布。")
    assert ("content", "collect") not in found
    assert ("media.camera", "collect") in found


def test_comment_as_place_names_no_content():
    found = pairs("为了维护网络安全、保障良好生态，您的IP地址所对应的归属地域信息将会展示在您的个人资料页、笔记发布页和评论中。")
    assert ("content", "collect") not in found
    assert ("location.coarse", "collect") in found


def test_comment_as_data_keeps_its_practice():
    assert ("content", "collect") in pairs("在绑定账号后，您可以快捷发表评论或进行活动相关提现。")
    assert ("content", "collect") in pairs("我们会收集您的浏览记录、评论等信息。")
