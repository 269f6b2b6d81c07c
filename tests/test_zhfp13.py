"""Chinese first-party precision on lines that state no practice of ours: the operator's affiliates added to a
definition of us, definitions opening on whose reading they give, and placeholders a policy template leaves for its
author."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs, statements_of, tuples


def test_affiliates_in_a_definition_of_us_are_no_own_name():
    # "…有限公司及关联公司（以下简称“…”或“我们”）": sharing with 关联公司 stays a share with a third party, no collection
    text = ("竞技世界（北京）网络技术有限公司及关联公司（以下简称“竞技世界”或“我们”）是一家依照中国法律成立的互联网企业。\n"
            "我们可能会与我们的关联公司共享您的个人信息。\n")
    assert tuples(text) == {(2, "personal_info", "share", "first_party")}
    shares = [s for s in statements_of(text) if s.action == "share"]
    assert [s.recipient for s in shares] == ["third_party"]
    text = ("本服务运营方“成都西山居世游科技有限公司”及其关联公司（以下简称“我们”）深知个人信息对您的重要性。\n"
            "我们可能会与我们的关联公司共享您的个人信息。\n")
    assert tuples(text) == {(2, "personal_info", "share", "first_party")}
    # the operator's own name stays ours
    from policycheck.extract import get_extractor
    from policycheck.extract.party_names import policy_names
    from policycheck.ingest import parse_policy
    extractor = get_extractor()
    names = policy_names(parse_policy("深圳雷霆信息技术有限公司及关联公司（以下简称“雷霆公司”或“我们”）为您提供服务。\n",
                                      "policy.txt"), extractor.entities, extractor.lexicons)
    assert "深圳雷霆信息技术有限公司" in names.own and "关联公司" not in names.own


def test_definition_opening_on_whose_reading_it_gives_states_no_practice():
    assert pairs("对我们来说，“个人信息”是指可以直接识别您身份的信息（例如您的姓名、电子邮件地址或账单信息），或者可以合理地关联或"
                 "组合以识别您身份的信息（例如账户标识号或 IP 地址）。") == set()
    assert pairs("對我們來說，「個人資訊」意指可以直接辨識您身分（如您的姓名、電子郵件地址、帳單資訊等）的資訊。") == set()
    assert pairs("个人信息意指可以识别您身份的信息，例如您的姓名、电话号码。") == set()
    # a practice stated in the same words stays
    assert pairs("对我们来说，我们会收集您的姓名和电子邮件地址。") == {("identity.name", "collect"),
                                                                  ("contact.email", "collect")}


def test_template_placeholder_asks_nothing_of_the_person():
    assert pairs("**电话**：[请填写联系电话]") == set()
    assert pairs("- **电子邮件**：[请填写您的联系邮箱]") == set()
    # the person asked to fill in data still provides it
    assert pairs("注册时请填写您的联系电话。") == {("contact.phone", "collect")}


def test_permission_field_giving_when_or_why_it_is_called_takes_no_practice():
    # GUIDELINES: the permission is annotated on its entry's own line, not on the fields under it
    text = ("我们会调用以下权限：\n"
            "Ø 相机\n"
            "调用目的：玩家拍摄、上传照片作为个人头像；手游模拟器登录；\n"
            "获取权限方式：当您使用空间拍照功能时向您弹窗申请。\n"
            "Ø 电话\n"
            "调用目的：读取手机本机号码、IMEI。\n")
    assert tuples(text) == {(2, "media.camera", "collect", "first_party"),
                            (6, "contact.phone", "collect", "first_party"),
                            (6, "device.id.imei", "collect", "first_party")}
    assert pairs("调用时机：语音对话或语音输入按下录音键时启用。") == set()
    assert pairs("- **调用目的**：玩家拍摄照片作为个人头像。") == set()
    # the verb of the label is a practice when it is no label ("我们会调用您的相机拍摄照片")
    assert ("media.camera", "collect") in pairs("我们会调用您的相机拍摄照片。")


def test_table_of_third_party_services_lists_their_practice_not_ours():
    # "| 第三方服务 | … | 涉及信息 |": each row's service receives the data, a third party (GUIDELINES: web tools, CDN)
    text = ("| 第三方服务 | 域名 / 地址 | 涉及信息 | 触发场景 |\n"
            "|---|---|---|---|\n"
            "| 示例音乐台开发者 API | `music-api.example.xyz` | 搜索关键词、歌曲 ID | 搜索、获取播放地址 |\n")
    found = markdown_policy_tuples(text)
    assert {t for t in found if t[3] == "first_party"} == set()
    assert (5, "usage.history", "collect", "third_party") in found
    # as a run-in title of a paragraph it names no record: the paragraph keeps its own practice
    assert ("account.profile", "collect") in pairs(
        "第三方服务：如果您使用第三方服务平台（例如：微信）关联、连接或登录本平台，即意味着您授权该服务平台向我们发送相关信息，"
        "例如由其控制的您的注册信息和个人资料。")
