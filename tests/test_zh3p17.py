"""Chinese third-party practices: the activities of a purpose entrusted to embedded SDKs that name the data handled
("（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计" → `share` `financial.transactions`)."""

from __future__ import annotations

from conftest import statements_of

SDK_PURPOSES = ("1、为实现本政策中声明的目的，我们会接入第三方服务商提供的SDK或其他类似的应用程序（包括以嵌入代码、插件、H5的形式）"
                "与第三方合作，以便向您提供更好的客户服务和用户体验。为实现我们服务而委托处理或共享个人信息的情形如下：\n"
                "（1）用于广告相关服务，包括广告展示、广告数据监测/统计；\n"
                "（2）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计；\n"
                "（3）用于支持产品功能模块，包括在线直播、视频播放、语音识别、AR、智能客服、弹幕播放、内容存储；\n")

SDK_KINDS = ("3、其他接入第三方服务的情形。例如，为实现本政策中声明的目的，我们可能会接入第三方服务商提供的SDK或其他类似的应用程序"
             "（如以嵌入代码、插件等形式），以便向您提供更好的客户服务和用户体验。目前，我们接入的第三方服务商主要包括以下几种类型：\n"
             "（1）用于广告相关服务，包括广告展示、广告数据监测/统计等；\n"
             "（2）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计等；\n"
             "（3）用于支持产品功能模块，包括在线直播、视频播放、语音识别、AR、智能客服、弹幕播放、内容存储等；\n")


def _line(text: str, line: int) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text) if s.line == line}


def test_payment_activities_entrusted_to_sdks_share_the_transactions():
    # GUIDELINES (processors): "（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计" under "为实现我们服务而委托
    # 处理或共享个人信息的情形如下" → share financial.transactions with third_party, not use by first_party
    for text in (SDK_PURPOSES, SDK_KINDS):
        assert _line(text, 3) == {("financial.transactions", "share", "first_party", "third_party")}, text
        assert _line(text, 4) == {("content", "share", "first_party", "third_party")}, text
        # an item whose activities name no data handled gives nothing ("广告数据监测/统计")
        assert _line(text, 2) == set(), text


def test_activities_without_an_sdk_introduction_give_nothing():
    # the same item under an introduction about our own uses is no entrusting
    text = "我们会将收集的信息用于以下目的：\n（1）用于支付相关服务，包括订单支付、交易行为核验、收入结算；\n"
    assert not any(s.action == "share" for s in statements_of(text))


def test_data_shown_on_the_website_is_shown_to_others():
    # zh-r2-xiaohongshu:5: GUIDELINES (public display): data the service shows where other people visit is `share`
    text = "如果您成功注册小红书账号，我们会在小红书应用程序及网站中显示您的名字、头像、地区、简介信息。"
    assert _line(text, 1) == {("account.profile", "share", "first_party", "third_party"),
                              ("identity.name", "share", "first_party", "third_party"),
                              ("location.coarse", "share", "first_party", "third_party")}
    # shown to the person on the website, or by the website itself to the logged-in person: no display to others
    assert _line("我们会在网站上向您展示您的订单信息。", 1) == {("financial.transactions", "use", "first_party", None)}
    text = "您在本网站登录使用中国移动手机号码，本网站只通过关联方式展示该手机号码。"
    assert not any(s.action == "share" for s in statements_of(text))


SDK_TABLE = ("目前我们接入的第三方合作伙伴权限情况如下：\n"
             "第三方服务名称 | 合作伙伴名称 | 具体功能 | 获取的权限/信息 | 合作伙伴网站\n"
             "Adjust 广告监测 | Adjust Inc. | 广告监测 | 网络、网络状态获取、获取设备标识符、广告追踪权限 | https://www.adjust.com/\n"
             "华为推送 | 华为软件技术有限公司 | 用于在华为设备上推送消息 | 应用标识信息、消息下发记录、读取/写入存储 | "
             "https://developer.huawei.com/\n")


def test_sdk_table_rows_read_their_data_column():
    # zh-r31-lilith-wanguo:42, 55: GUIDELINES: the tracking permission of iOS gives the advertising identifier
    # (广告追踪权限 → device.id.ad_id); an app-instance identifier is device.id (as AAID); a function cell opening on 用于
    # is a purpose that ends with its cell, not one that swallows the data column after it
    found = {(s.line, s.data_type, s.action, s.actor) for s in statements_of(SDK_TABLE)}
    assert (3, "device.id.ad_id", "collect", "adjust") in found
    assert {(4, "device.id", "collect", "huawei_push"), (4, "usage.logs", "collect", "huawei_push"),
            (4, "storage.files", "collect", "huawei_push")} <= found
    # the permission alone, in prose
    assert _line("我们会向您申请广告跟踪权限。", 1) == {("device.id.ad_id", "collect", "first_party", None)}


def test_childrens_information_is_personal_information():
    # zh-r30-wangyi-youxi:83: GUIDELINES: "您的信息", "用户信息" → personal_info; a child's information alike
    text = "我们向合作伙伴共享儿童的信息，以实现网易游戏服务的功能。"
    assert _line(text, 1) == {("personal_info", "share", "first_party", "third_party")}
    # a concern for children's information security names no practice
    assert statements_of("我们高度重视未成年人的信息安全与保护问题。") == []


def test_comma_of_a_company_name_ends_no_clause():
    # zh-r3-airbnb:73: "与 Airbnb, Inc.共享": the comma before the legal form is part of the name
    text = "即使您的居住地不是美国，您的信息也将与 Airbnb, Inc.共享，Airbnb, Inc.为爱彼迎平台提供技术基础设施。"
    assert _line(text, 1) == {("personal_info", "share", "first_party", "third_party")}
    assert _line("您的信息也将与 Acme, LLC共享。", 1) == {("personal_info", "share", "first_party", "third_party")}
    # a comma between data items still divides them
    assert _line("我们会收集您的姓名, 手机号码。", 1) == {("identity.name", "collect", "first_party", None),
                                                      ("contact.phone", "collect", "first_party", None)}


def test_possessive_data_reading_history_and_software_version():
    # zh-r34-mdn-plus:30: "your data" with the quantifier of a denial (GUIDELINES: possessive generic phrases)
    assert _line("MDN Plus 不会与第三方共享您的任何数据。", 1) == {
        ("personal_info", "not_share", "first_party", "third_party")}
    # zh-r19-dejian-novel:76: the books read are the reading history, a software version information device data
    text = "对外共享可能涉及的个人信息类型：设备识别码、软件版本信息；对外公开披露可能涉及的个人信息类型：阅读书籍、阅读时长。"
    found = _line(text, 1)
    assert {("device.hardware", "share", "first_party", "third_party"),
            ("usage.history", "share", "first_party", "third_party")} <= found
    text = "您的阅读时长和最近在读的书籍将展示在您的个人主页上，关注您的书友可以查看。"
    assert ("usage.history", "share", "first_party", "third_party") in _line(text, 1)


def test_sdk_prose_page_address_menu_and_region():
    # zh-r18-psbc:40: the menu being visited is the person's use of the app (usage.history)
    text = ("（16）视频SDK。为了向您提供视频坐席服务，我们使用了视频SDK，该SDK由易谷网络科技有限公司提供，需要采集您的客户号、"
            "客户类型、手机号码、手机型号、当前访问菜单信息，以便更好为您提供咨询。")
    assert ("usage.history", "collect", "third_party", None) in _line(text, 1)
    # zh-r18-icbc-rongexing:38: the region of the network IP is a coarse location
    text = "我行使用了百度统计SDK，此SDK需要获取您的设备唯一标识和网络ip所在区域信息，用于实现PV、UV统计。"
    assert ("location.coarse", "collect", "baidu_mobstat", None) in _line(text, 1)
    # zh-r18-psbc:36: a page address among what an analytics SDK records is the browsing history
    text = "我们使用了神策SDK，该SDK由神策网络科技(北京)有限公司提供，需要采集用户 ID、页面地址、页面路径。"
    assert ("usage.history", "collect", "sensorsdata", None) in _line(text, 1)


def test_unstopped_sdk_item_is_no_title():
    # zh-r12-xuexitong:52: a numbered SDK item whose name is followed by 、 and what it obtains is an item, not a heading
    text = "（28）.声网SDK、获取常用设备型号、视频和音频内容 用于学习通音视频实时互动\n"
    found = _line(text, 1)
    assert found == {("device.hardware", "collect", "agora", None), ("media", "collect", "agora", None)}
    # a short numbered title stays a heading with no practice
    assert statements_of("（三）我们如何收集和使用您的个人信息\n") == []


def test_item_whose_only_verb_is_a_relative_providing_takes_its_list_practice():
    # zh-r20-kugou-music:11: GUIDELINES: a relative clause on the user providing data that is the object of another
    # practice gives no collect; the examples in the bracket are shared as the item's other data
    text = ("为便于我们提供一致化服务，我们会与关联公司共享以下信息：\n"
            "(1) 您的头像、昵称、绑定状态和您根据自身需求填写的基本资料（包括简介、性别、生日、地区等，详见本隐私政策第1.3条约定）；\n")
    assert _line(text, 2) == {("account.profile", "share", "first_party", "third_party"),
                              ("identity.gender", "share", "first_party", "third_party"),
                              ("identity.birthdate", "share", "first_party", "third_party"),
                              ("location.coarse", "share", "first_party", "third_party")}
    # an item with a main verb of its own keeps it
    text = "个人信息的使用规则：\n(1) 我们会收集、使用您填写的基本资料（包括性别、生日）；\n"
    assert ("identity.gender", "collect", "first_party", None) in _line(text, 2)
    # the data the relative clause ends in keeps the collection it states
    assert _line("在使用过程中可能涉及以下信息：\n- 您亲自填写的手机号码、姓名；\n", 2) == {
        ("contact.phone", "collect", "first_party", None), ("identity.name", "collect", "first_party", None)}
