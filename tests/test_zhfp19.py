"""Chinese first-party precision: data another party applies to us to obtain ("权利人…而向闲鱼申请获取您的姓名", "用户均有
权向平台申请获取或查看…") is no collection of ours (policycheck/extract/zh/postpass.py, _applied_for_from_us); the short
paragraphs under "您有权：" are rights, not practices (policycheck/extract/__init__.py, ZH_RIGHTS_INTRO)."""

from __future__ import annotations

from conftest import pairs


def test_data_applied_for_to_us_is_no_collection_of_ours():
    assert pairs("在法律允许的范围内，如用户、权利人基于向有关主管部门投诉或向法院起诉的合理维权需要，而向我们申请获取您的姓名、"
                 "身份证号（如有）、地址及联系方式，您同意我们可向其披露前述信息。") == set()
    assert pairs("平台用户均有权向平台申请获取或查看您的手机号码。") == set()


def test_our_own_applications_stay():
    # we apply to the person, to a named party or to an institution: our (or the party's) collection stays
    assert ("media.camera", "collect") in pairs("我们会向您申请获取相机权限。")
    assert ("financial.credit", "collect") in pairs("我们会向征信机构申请获取您的信用报告。")
    assert ("personal_info", "collect") in pairs("我行使用了银联提供的云闪付SDK，需要向云闪付APP申请获取您的信息，用于龙支付开通服务。")


def test_items_under_a_rights_introduction_state_no_practice():
    assert pairs("关于您的个人信息，您有权：\n访问和查看您的个人资料信息。\n更正不准确或不完整的信息。\n") == set()
    # a paragraph after them with us as its subject states our practice
    assert ("contact.email", "collect") in pairs(
        "您有权：\n访问和查看您的个人资料信息。\n\n我们会收集您的电子邮箱地址和手机号码，用于向您发送通知和处理您的请求。\n")
