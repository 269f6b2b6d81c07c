"""Chinese precision shapes: navigation, non-data senses of data words and nominal practices."""

from __future__ import annotations

from conftest import pairs, tuples

from policycheck.ingest.text import markdown_blocks


def test_in_page_links_are_navigation():
    text = ("# 隐私声明\n\n* [用户帐号和信息收集](#accounts)\n* [Cookie 和分析工具使用](#cookies)\n\n[返回顶部](#top)\n\n"
            "我们会收集您的电子邮件地址。\n")
    blocks = markdown_blocks(text)
    assert [(b.kind, b.line) for b in blocks] == [("heading", 1), ("paragraph", 8)]
    assert {(line, data) for line, data, _, _ in tuples(text, name="policy.md")} == {(8, "contact.email")}


def test_a_link_elsewhere_is_still_text():
    blocks = markdown_blocks("* [我们收集的信息](https://example.org/privacy)\n")
    assert [(b.kind, b.text) for b in blocks] == [("list_item", "我们收集的信息")]


def test_user_account_information_is_account_data():
    found = pairs("如果选择使用 Pocket 技术与他人共享内容，我们将使用收件人的电子邮件地址或用户帐号信息提供该服务。")
    assert ("account", "use") in found
    assert not any(data == "account.credentials" for data, _ in found)
    found = pairs("我们需要收集如下个人信息，包括：用户账号信息、购买物品类型。")
    assert ("account", "collect") in found and ("account.credentials", "collect") not in found


def test_locale_setting_is_no_location():
    found = pairs("这些服务需要一个 Mozilla 帐户，该帐户会向 Mozilla 发送您的电子邮箱地址、区域设置以及 IP 地址。")
    assert not any(data.startswith("location") for data, _ in found)
    assert ("contact.email", "collect") in found and ("network.ip", "collect") in found


def test_place_of_something_else_is_no_location():
    for text in ("我们所收集的信息可能会从我们员工所在的位置进行访问。",
                 "如果从其他位置获取 Focus 或 Klar，或者运行旧版本，您的副本可能包含不同的隐私特征信息。",
                 "Firefox Lite 向我们传送像是我们所建议内容的位置、大小与置入资料。",
                 "通常游戏内个性化推荐的按钮位置是：设置-更多设置-个性化推荐。"):
        assert not any(data.startswith("location") for data, _ in pairs(text)), text
    assert ("location", "collect") in pairs("我们会收集您所在的位置。")
    assert ("location", "collect") in pairs("我们会收集设备所在的位置相关信息。")


def test_practice_named_as_a_noun_that_complies_states_no_practice():
    text = ("我们可能与开发主体或相关第三方共享您在游戏中产生的日志及相关信息（如登录日志等），用于游戏安全分析。"
            "如我们共享前述信息的，我们会严格按照相关法律规定采取相应的合规措施，确保个人信息共享符合相应法律规定。")
    assert pairs(text) == {("usage.logs", "share")}
    assert ("personal_info", "share") in pairs("我们会与合作伙伴共享您的个人信息。")
    # a verb whose object is data that complies is still a practice
    assert ("personal_info", "collect") in pairs("我们会收集符合法律规定的个人信息。")


def test_a_request_about_data_is_no_request_for_it():
    assert pairs("如果您对于您的个人数据有任何请求，请通过我们的数据主体访问请求门户与我们联系。") == set()
    assert ("location", "collect") in pairs("我们会请求您的位置权限。")


def test_data_words_in_a_list_of_features_used_name_no_data():
    text = ("（5）添加/使用相册权限（Photo-仅iOS端）：当您使用上传/更新账号头像、扫一扫、图文/视频制作与发布、评论（带图片/视频内容）"
            "等业务功能，选择上传/保存至相册照片时，我们将需要获取您的相册权限。")
    found = pairs(text)
    assert ("media.photos", "collect") in found
    assert not any(data in ("account.profile", "content") for data, _ in found)


def test_our_stated_inability_to_obtain_is_a_denial():
    found = pairs("· 我们无法通过您设备自带的深度摄像头获取到您的个人信息（包括您的Face ID）。")
    assert ("personal_info", "not_collect") in found and ("biometric.face", "not_collect") in found
    assert not any(action == "collect" for _, action in found)
    # the consequence of a refusal states nothing
    assert pairs("如您拒绝，我们将无法通过GPS获取您的位置信息。") == set()


def test_aaid_is_an_application_identifier_not_an_advertising_id():
    found = pairs("华为推送SDK:为了向您及时推送消息通知，我行使用了华为推送SDK，该SDK需要获取您的手机IMEI、AAID、Token信息。")
    assert ("device.id", "collect") in found
    assert ("device.id.ad_id", "collect") not in found


def test_disk_and_sd_card_space_in_use_is_storage():
    found = pairs("我们可能收集的个人信息包括：手机型号、设备是否root、磁盘空间占用大小、SDCard空间占用大小、内存空间占用大小。")
    assert ("storage", "collect") in found


def test_information_about_the_use_of_the_service_is_usage():
    found = pairs("我们还会收集与您使用 Pocket 技术相关的信息，以便我们提供服务。")
    assert found == {("usage", "collect")}


def test_basic_information_a_service_needs_names_no_identity():
    found = pairs("（c）我们使用您在注册账号时提供的手机号码、身份证号码来识别您的身份，这是我们为您服务所必需的基本信息。")
    assert ("identity", "use") not in found and ("identity", "collect") not in found
    assert ("identity.id_number", "use") in found
    assert ("identity", "collect") in pairs("我们会收集您的基本信息。")


def test_name_and_contact_of_a_company_are_not_the_persons():
    assert pairs("我们将在合理期间内会公示新的持有您信息的公司的名称、联系方式等。") == set()
    assert pairs("关于我们的合作方处理个人信息种类、处理目的、合作方的名称或者姓名、联系方式等详情请参阅《第三方SDK处理个人信息列表》。") == set()
    assert pairs("我们会向物流公司提供收货人的姓名、联系方式。") == {("identity.name", "share"), ("contact", "share")}


def test_manner_rules_and_purposes_of_practices_named_as_topics():
    assert pairs("第三方SDK可能由于版本或功能升级等原因改变其个人信息收集处理规则，请以其公示的官方说明为准：") == set()
    assert pairs("以下列举了具体的授权合作伙伴，并提供了该第三方的隐私政策链接，其中明示了收集个人信息等的目的、方式、范围，"
                 "我们建议您阅读该第三方的隐私政策：") == set()
    assert pairs("6.在某些情况下，限制或反对我们使用您的个人数据的方式") == set()


def test_place_of_a_listing_or_a_recipient_is_no_location():
    assert not any(data.startswith("location") for data, _ in pairs(
        "房客的预订和个人信息可能与房东居住地和/或房源/体验所在地的大厦、综合大楼或社区的物业管理方共享。"))
    assert not any(data.startswith("location") for data, _ in pairs(
        "境外接收方将按照其所在地法律和与我们签订的数据处理协议处理您的个人信息。"))
    assert ("location.coarse", "collect") in pairs("您可以选择填写签名、性别、生日、职业、所在地。")


def test_address_of_a_page_is_no_postal_address():
    found = pairs("神策SDK需要采集用户 ID、时间、应用版本、页面地址、最近一次站外地址、前向地址、操作系统。")
    assert not any(data == "contact.address" for data, _ in found)
    assert ("contact.address", "collect") in pairs("我们会收集您的姓名、电话、地址。")
