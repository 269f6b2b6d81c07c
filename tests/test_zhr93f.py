"""Round (93) families (Chinese): the policy's table of contents and its sentences describing itself, a bare label line
over its definition, the introduction of what a granted permission lets the app do, a contact channel named as the role
of data, the login account of a named system the person gives, a subject-less item under "我们不会：", and the policy's
own title naming a product whose maker also has an SDK of that name."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def test_table_of_contents_and_self_description_state_no_practice():
    found = tuples("本隐私政策将帮助您了解以下内容：\n我们如何收集和使用您的个人信息；\n我们如何使用 Cookie 和其他技术；\n"
                   "我们如何共享、转让、公开披露您的个人信息；\n我们如何保护和存储您的个人信息；\n")
    assert found == set()
    assert tuples("本指引是本应用开发者（以下简称“开发者”）为处理你的个人信息而制定。\n") == set()
    assert tuples("本隐私政策文件旨在提供有关在使用时软件所收集、使用及披露的个人信息的内容、来源以及使用方式。\n") == set()
    # a practice stated after the contents is still read
    assert (2, "contact.phone", "collect", "first_party") in tuples(
        "本隐私政策将帮助您了解以下内容：\n我们会收集您的手机号码。\n")


def test_bare_label_over_its_definition_states_nothing():
    found = tuples("您使用服务时我们可能收集如下信息：\n日志信息：\n指您使用我们的服务时，系统可能通过cookies自动采集的技术信息，"
                   "包括您的IP地址；\n位置信息：\n指您开启设备定位功能时，收集的有关您位置的信息。\n")
    assert not any(t[0] in (2, 4) for t in found)
    assert (3, "network.ip", "collect", "first_party") in found


def test_granted_permission_introduction_names_no_access_of_its_own():
    found = markdown_policy_tuples("授予APP存储权限后，APP可以：\n- 读取手机中存储的内容\n\n"
                                   "授予APP手机状态身份权限后，APP可以：\n- 读取手机状态和身份信息")
    # (the helper's own heading lines come first: the introductions are lines 3 and 6)
    assert found == {(4, "storage.files", "collect", "first_party"), (7, "device.id", "collect", "first_party")}


def test_contact_channel_named_as_role_of_data_is_no_contact():
    found = tuples("您提供的手机号和邮箱将用于接收验证码，并且作为您与我们指定的联系方式，用来接收相关业务通知。\n")
    assert not any(t[1] == "contact" for t in found)
    assert (1, "contact.phone", "use", "first_party") in found


def test_account_of_named_system_given_is_its_login():
    assert (1, "account.credentials", "collect", "first_party") in tuples(
        "在您使用本应用时，您需提供西南科技大学统一认证接口账号及相关信息。\n")
    assert (1, "account.credentials", "collect", "first_party") in tuples("您需提供学习通账号及相关信息。\n")
    found = tuples("客户服务提供商需要使用你的帐号及相关信息。\n")
    assert (1, "account", "share", "first_party") in found
    assert not any(t[1] == "account.credentials" for t in found)


def test_subjectless_paragraph_under_denial_introduction_is_denied():
    found = tuples("1. 我们不会：\n出售、出租、共享或交易您的个人信息，除非符合法律法规要求或特殊情况（如涉及国家安全、公共安全等）。\n"
                   "2. 本应用可能需要的权限：\n存储权限（用于缓存和存储数据）\n")
    assert (2, "personal_info", "not_share", "first_party") in found
    assert not any(t[0] == 2 and t[2] == "share" for t in found)
    assert (4, "storage.files", "collect", "first_party") in found
    # a later paragraph with a subject of its own is no item of the denial
    assert (3, "contact.phone", "collect", "first_party") in tuples("我们不会：\n出售您的个人信息。\n我们会收集您的手机号。\n")


def test_policy_title_naming_own_product_is_no_sdk_record():
    found = tuples("融云 RTC 隐私政策\n更新时间：2020 年 8 月 20 日\n"
                   "融云 RTC 互联网通信云服务（以下简称：“融云服务/本服务”）是北京云中融信网络科技有限公司（“融云”或“我们”）"
                   "向融云客户提供的服务。本隐私政策为了说明融云在提供相关服务过程中如何收集、使用、存储您的个人信息。\n")
    assert not any(t[3] == "rongcloud" for t in found)
