"""Chinese first-party false positives of term senses: information the service itself publishes ("我们有时会发布信息"),
the e-mails and texts it sends ("您和我們的電子郵件及簡訊的互動情形"), a device model or version named as what something
varies with ("因您使用的设备型号、系统版本不同而存在差异"), the cookie settings of a browser ("Cookie 设置"), comments and
bullet comments named as features ("发送弹幕、留言评论等功能"), and the reading progress, which is usage and no record of
what was read (GUIDELINES: 阅读进度 -> usage); books on the shelf named beside it are saved items."""

from __future__ import annotations

from conftest import pairs, tuples


def test_information_the_service_publishes_is_no_post_of_the_person():
    found = tuples("为提供上述服务，我们可能会向以下各方披露个人数据：\n\n|  |  |\n| ----- | ----- |\n| 研究人员 | 当我们履行开放使命时。"
                   "我们有时会发布信息以改进产品并促进开放网络，但在发布时，我们将以去标识化和/或聚合化的形式提供数据。 |\n",
                   name="policy.md")
    assert not any(line == 5 for line, *_ in found)
    assert ("content", "collect") in pairs("当您与其他用户进行互动、或主动发布信息时，我们会收集并保存您发送的相关信息内容。")


def test_the_emails_and_texts_the_service_sends_are_no_data_of_the_person():
    found = tuples("### Firefox 帳戶\n\n* __互動資料__：我們會收到您進入 Firefox 帳戶網站、儀表板、選單喜好設定、您透過 Firefox 帳戶"
                   "使用的產品及服務、您和我們的電子郵件及簡訊的互動情形等資料。\n", name="policy.md")
    assert not any(data_type in ("contact.email", "communication.sms") for _, data_type, _, _ in found)
    assert ("contact.email", "collect") in pairs("我们会收集您的姓名、手机号码、电子邮件。")


def test_a_device_model_named_as_what_varies_is_no_device_data():
    assert tuples("我们将在必要时申请访问您的系统权限（具体权限因您使用的设备型号、系统版本不同而存在差异）。") == set()
    assert tuples("以下 App 不会发送至服务器端，此列表可能会根据应用版本更新有所改变：") == set()
    assert ("device.hardware", "use") in pairs("我们会根据您的设备型号为您适配界面。")


def test_the_cookie_settings_of_a_browser_are_no_cookie():
    assert tuples("| 设置 | 您对服务提供方式的偏好 | 增强的跟踪保护设置、Cookie 设置、工具栏自定义。 |") == set()
    assert ("usage.cookies", "use") in pairs("我们会在您的设备上设置 Cookie。")


def test_bullet_comments_and_messages_named_as_features_are_no_content():
    assert tuples("注册后，您将能够在平台上使用参与游戏、发送弹幕、留言评论等功能。") == set()
    assert ("content", "collect") in pairs("当您发布弹幕、评论时，我们会收集您发布的弹幕。")


def test_reading_progress_is_usage_and_the_shelf_beside_it_saved_items():
    assert pairs("备份包含论文库记录和阅读进度。") <= {("usage", "collect"), ("usage", "store")}
    assert pairs("未登录时，您的书架和阅读进度仅保存在您的设备本地，不会上传至我们的服务器。") == {
        ("usage.history", "not_collect"), ("usage", "not_collect")}
    assert tuples("您可以在书架中管理书籍。") == set()


def test_the_items_of_an_index_of_sections_are_titles():
    found = tuples("如你想了解更加详尽的信息，请根据以下索引阅读相应章节：\n我们收集哪些个人信息\n非个人信息的收集和使用\n"
                   "Cookie 和其他技术\n向第三方披露\n")
    assert found == set()
    assert (2, "usage.cookies", "use", "first_party") in tuples("我们会根据以下方式使用：\nCookie 和其他技术\n")


def test_device_identifiers_named_as_a_cookie_like_technology_are_no_device_data():
    found = tuples("1.17 Cookie等同类技术的使用\n（1）Cookie 和设备信息标识等同类技术是互联网中普遍使用的技术。当你使用剪映及相关服务时，"
                   "我们可能会使用相关技术向你的设备发送一个或多个Cookie 或匿名标识符，以收集、标识你访问、使用本产品时的信息。\n")
    assert not any(data_type == "device" for _, data_type, _, _ in found)
    assert (2, "usage.cookies", "use", "first_party") in found
    assert pairs("我们会使用 Cookie 和设备信息标识等同类技术。") == {("usage.cookies", "use")}


def test_a_participle_naming_data_by_its_keeping_after_dui_adds_no_practice():
    # GUIDELINES: a restrictive participle identifying the data by its keeping adds no store; encrypting or editing the
    # data is no practice
    assert tuples("您可通过本APP“我-设置-收货地址”的路径对留存的常用收货信息进行增加、修改、删除操作。") == set()
    assert tuples("我们会对收集的个人信息进行加密。") == set()
    assert pairs("我们会对所收集的个人信息进行使用。") == {("personal_info", "use")}
    assert pairs("我们会保存您的收货信息。") == {("contact", "store")}
