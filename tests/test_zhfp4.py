"""Chinese precision, first party before third: data that other parties' features or SDKs collect, credited to us
before (the features a sentence before has just named, the kinds of SDKs an introduction lists), and a transfer abroad
to no one named, read as a disclosure to a third party before."""

from __future__ import annotations

from conftest import pairs, tuples


def test_the_features_the_sentence_before_names_are_the_subject():
    # the sharing buttons and third-party login of the sentence before collect, not us (GUIDELINES: third parties'
    # own collection)
    text = ("• 您利用“分享”键将某些内容分享到我们的服务，或您利用第三方连线服务登录我们的服务。这些功能可能会收集您的相关信息"
            "（包括您的日志信息），并可能在您的电脑装置 cookies，从而正常运行上述功能；")
    assert tuples(text) == {(1, "personal_info", "collect", "third_party"), (1, "usage.logs", "collect", "third_party"),
                            (1, "usage.cookies", "use", "third_party")}
    # features of our own, with no other party named before, stay ours
    assert tuples("我们提供分享功能。这些功能可能会收集您的信息（包括您的日志信息）。") == {
        (1, "personal_info", "collect", "first_party"), (1, "usage.logs", "collect", "first_party")}


def test_an_item_of_the_kinds_of_sdks_we_embed_is_what_those_sdks_do():
    text = ("3、其他接入第三方服务的情形。例如，为实现本政策中声明的目的，我们可能会接入第三方服务商提供的SDK或其他类似的应用程序"
            "（如以嵌入代码、插件等形式），以便向您提供更好的客户服务和用户体验。目前，我们接入的第三方服务商主要包括以下几种类型：\n"
            "（1）用于广告相关服务，包括广告展示、广告数据监测/统计等；\n"
            "（4）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等；\n")
    assert {t for t in tuples(text) if t[0] == 3} == {
        (3, "location", "collect", "third_party"), (3, "device", "collect", "third_party"),
        (3, "usage.logs", "collect", "third_party")}
    # an item of purposes under an introduction that lists no kinds of SDKs stays ours
    plain = ("我们会收集您的以下信息：\n"
             "（1）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等；\n")
    assert (2, "device", "collect", "first_party") in tuples(plain)


def test_a_transfer_abroad_naming_no_recipient_is_processing_not_a_disclosure():
    # GUIDELINES: a transfer abroad that names no recipient, only countries or jurisdictions, is `use`
    assert pairs("但为处理跨境业务，您的个人信息可能需要转移到境外。") == {("personal_info", "use")}
    assert pairs("我们确保，将您的个人信息传输至其他区域时，该等个人信息仍然由百胜中国控制。") == {("personal_info", "use")}
    assert pairs("您的部分个人信息（如汇款人名称、联系电话）将作为交易信息的一部分被传输到境外。") == {
        ("personal_info", "use"), ("contact.phone", "use"), ("financial.transactions", "use")}
    # a party abroad receiving it stays a disclosure, and a denial stays a denial of one
    assert pairs("我们会将您的个人信息传输至境外接收方。") == {("personal_info", "share")}
    assert pairs("我们会将您的个人信息传输至境外的合作方。") == {("personal_info", "share")}
    assert pairs("我们会向境外接收方提供您的个人信息。") == {("personal_info", "share")}
    assert pairs("您的信息不会被我们主动传输到境外。") == {("personal_info", "not_share")}
    # across the border with no one named, and on a condition that one is needed
    assert pairs("若根据适用的法律有明确的要求，我们将根据评估结果决定是否继续跨境传输您的个人信息。") == {("personal_info", "use")}
    assert pairs("我们会跨境传输您的个人信息至境外接收方。") == {("personal_info", "share")}
    assert pairs("如果需要将您的个人信息转移到境外，我们将另行获得您的授权同意。") == set()


def test_a_pointer_to_further_reading_states_no_practice():
    assert pairs("在儿童使用产品或服务过程中，我们会收集相关信息，具体请查阅《腾讯隐私政策》“我们收集的信息”一节，"
                 "详细了解我们收集的其他儿童个人信息。") == set()
    # what we learn about the person for a purpose stays a practice
    assert pairs("我们会收集您的反馈信息，以便我们详细了解您的需求。") == {("content", "collect")}
    assert pairs("* [详细了解](https://www.mozilla.org/privacy/websites/#cookies)我们的 cookie 和分析，以及如何选择退出。",
                 "markdown") == set()


def test_the_account_of_a_named_mail_service_is_no_email_address():
    assert pairs("1.1.3 当你将QQ邮箱帐号绑定了安全手机，我们将保存你的手机号码，在必要时通过该手机号码进行两步验证，确保你的帐号安全。") == {
        ("contact.phone", "store"), ("contact.phone", "use")}
    assert ("contact.email", "collect") not in pairs(
        "当您使用网易邮箱帐号、网易手机帐号或网易认可第三方平台的帐号登录网易游戏时，我们将根据您的授权获取该等帐号下的相关信息"
        "（包括：用户名、昵称、头像）。")
    assert ("contact.email", "collect") not in pairs("您在注册我们的网易手机帐号/邮箱帐号后无需重复注册即可登录部分单项服务。")
    # the person's mailbox account given to us stays an e-mail address
    assert ("contact.email", "collect") in pairs("您需要提供您的邮箱帐号和我们发送给您的短信验证码进行验证。")
