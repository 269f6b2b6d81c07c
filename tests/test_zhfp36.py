"""Chinese first-party false positives of personal, account, identity, media, financial and contact data: places, features,
products and notices named with a data word ("附近的学校", "订单功能：", "农行信用卡小程序", "订单状态更新"), another app's
permission, the person's own acts named as what features or data serve, a preference about other people, and prose after a
table read as one of its items."""

from __future__ import annotations

from conftest import markdown_policy_tuples, tuples


def test_schools_near_the_person_are_no_education():
    assert tuples("百度地图SDK需要获取您的网络访问权限，收集您的位置信息，用于您在完善个人资料选择学校时，定位附近的学校，为您提供更优质的服务。") == {
        (1, "location", "collect", "baidu_map")}
    assert tuples("我们会收集您的学校信息。") == {(1, "identity.education", "collect", "first_party")}


def test_a_feature_label_an_order_notice_and_a_card_product_are_no_financial_data():
    assert tuples("您可以通过我们提供的消息通知服务，以推送、短消息等形式，获得您的订单状态更新、品牌促销活动信息等信息推送服务。") == set()
    assert tuples("在某些场景或服务下，我行个人掌银、农行信用卡小程序可能会调用您的一些设备权限，我们将在首次调用相应权限前征得您的同意。") == set()
    assert tuples("我们会收集您的订单状态。") == {(1, "financial.transactions", "collect", "first_party")}
    assert tuples("我们会收集您的信用卡号码。") == {(1, "financial.payment", "collect", "first_party")}
    assert ("financial.transactions", "collect") not in {
        (data, action) for _, data, action, _ in tuples("j.订单功能：当你使用“我的订单”功能时，你可以查看历史。")}


def test_another_apps_camera_permission_is_no_camera_access_of_ours():
    assert tuples("你也可以选择使用手机QQ/微信扫码登录，此时你需保证开启手机QQ/微信的相机权限。") == set()
    assert tuples("当您扫码时，我们会申请您的相机权限。") == {(1, "media.camera", "collect", "first_party")}


def test_media_the_person_sends_or_uploads_named_as_what_features_serve_are_no_media():
    assert tuples("b) 对于家长用户，使用提交作业、打卡、提升计划功能进行发送或保存照片、音频、视频和文件。") == set()
    assert tuples("上述信息为您在我方平台上传、发布音频、视频、信息所必需，但不提供上述信息不影响您使用基础服务功能。") == set()
    assert tuples("我们会保存您发送的照片。") == {(1, "media.photos", "store", "first_party")}


def test_the_gender_of_the_friends_sought_is_no_gender_of_the_person():
    assert tuples("当您使用「用户匹配」功能时，您可以选择希望聊天的好友性别。") == set()


def test_prose_after_a_table_of_items_is_no_item():
    text = ("以下数据由本项目在您的设备上生成并保存，不会上传至我们：\n\n"
            "| 类别 | 具体内容 |\n|---|---|\n| 播放内容数据 | 播放列表、播放历史 |\n\n"
            "> 上述数据完全由您控制。您可以通过清除浏览器站点数据删除它们。\n\n"
            "**⚠️ 关于导出功能**：当您主动使用该功能导出配置时，生成的文件为 JSON 明文，其中包含您的登录令牌与账号信息（如昵称）。请您：\n")
    found = markdown_policy_tuples(text)
    assert (7, "usage.history", "not_collect", "first_party") in found
    assert not any(line >= 10 for line, *_ in found)


def test_the_payment_method_glossing_payment_information_is_a_transaction_detail():
    found = tuples("我们需要收集支付信息（支付方式、支付流水号、支付状态）。")
    assert (1, "financial.transactions", "collect", "first_party") in found
    assert (1, "financial.payment", "collect", "first_party") not in found


def test_the_data_set_aside_by_an_exception_phrase_has_no_practice_there():
    found = tuples("除我们主动收集的个人信息，您通过本应用发布的文字、上传的照片，我们仅作为数据存储于服务器。")
    assert "personal_info" not in {data for _, data, _, _ in found}
    assert "media.photos" in {data for _, data, _, _ in found}


def test_places_rules_and_features_named_with_a_data_word_are_no_data():
    assert tuples("有了实名好友功能，好友们可以在战网平台下的产品和服务中跨区域，跨游戏种族进行聊天。") == set()
    assert "identity.age" not in {data for _, data, _, _ in tuples("本应用不面向未成年人定向收集数据,亦不设置年龄限制门槛。")}
    assert tuples("您通过关联账户向我们提供的一些信息可能会在您的账号个人资料中发布；") == set()
    assert tuples("我们 **會** 蒐集下列可能與您個人資訊有關聯之資料：") == set()
    assert tuples("手机号码绑定解除：码号公共服务平台对符合条件的手机号码提供一键解绑服务。") == set()
    assert tuples("认证标记及认证信息将在你的帐号和/或你授权登录本应用的抖音帐号中公开展示。") == set()
    assert tuples("我们会收集您的种族、年龄和个人资料。") == {
        (1, "identity.ethnicity", "collect", "first_party"), (1, "identity.age", "collect", "first_party"),
        (1, "personal_info", "collect", "first_party")}


def test_the_address_that_names_whose_phone_number_is_no_address():
    found = tuples("我们会使用您用来进行关联登录的淘宝账户中默认收货地址的手机号码。")
    assert "contact.address" not in {data for _, data, _, _ in found}
    assert "contact.phone" in {data for _, data, _, _ in found}


def test_keys_the_person_removes_or_revokes_and_credentials_a_log_masks_are_no_practice():
    assert tuples("你可以在设置中移除或替换保存的 API key。") == set()
    assert tuples("若要停止模型处理，也可在服务商处撤销 API Key。") == set()
    assert "account.credentials" not in {data for _, data, _, _ in tuples("日志会尝试屏蔽已识别凭据，但仍可能包含路径。")}
    assert tuples("我们会保存您的 API Key。") == {(1, "account.credentials", "store", "first_party")}


def test_the_duty_to_hold_the_right_to_other_peoples_data_is_no_practice():
    assert tuples("您应确保有权录入、保存并提交家庭成员、紧急联系人、证明人等第三方信息；相关信息的合法性由您自行负责。") == set()


def test_a_need_lacking_in_a_when_clause_denies_no_use():
    found = tuples("当我们没有这些需要使用到您的个人信息的正当业务需求时，应您的要求，我们会删除您的个人数据。")
    assert not any(action == "not_collect" for _, _, action, _ in found)
    assert tuples("我们没有收集您的个人信息。") == {(1, "personal_info", "not_collect", "first_party")}
    # the consent the person obtains for a consignee, inside the list of the data collected, is no such duty
    assert ("financial.payment", "collect") in {(data, action) for _, data, action, _ in tuples(
        "我们需要收集如下个人信息，包括：收货人信息（收货人姓名、收货地址及联系电话，若收货人非您本人的，您应当确保已经获得收货人"
        "相关授权）、交易金额、订单编号、支付方式、支付账号、支付状态。")}
