"""Chinese recall on the shapes of translated notices (Mozilla's subscription-services and Common Voice notices) and
the same shapes in other policies: technical data, how users interact, locations inferred from the IP address."""

from __future__ import annotations

from conftest import pairs, statements_of


def _parties(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_technical_data_is_device_data():
    # (what the partner receives is our share with it, GUIDELINES)
    assert ("device", "share", "sentry") in _parties(
        "此外，如果您已在应用程序内同意数据收集，我们的合作伙伴 Sentry.io 将接收技术数据，用于错误排查与性能监控。")
    assert ("device", "collect") in pairs("进行网络分析以改进我们的网站或通过收集相关技术数据解决技术问题。")


def test_how_users_interact_with_the_service_is_usage():
    assert ("usage", "collect", "google_analytics") in _parties(
        "Mozilla Monitor 使用 Google Analytics 来获取有关用户如何与我们网站互动的指标数据。这可以帮助我们改善网站内容。")
    assert ("usage", "collect", "google_analytics") in _parties(
        "Google Analytics，在您的设备上放置 Cookie，以获取关于用户如何与我们的网站交互的指标。")
    assert "usage" in {d for d, _ in pairs(
        "我们使用 Google Analytics 更好地了解您与 Common Voice 应用或网站的交互方式。")}
    # how people interact with other parties' sites (aggregated for advertisers) names no data of the person's
    assert "usage" not in {d for d, _ in pairs(
        "我们使用所掌握的信息来帮助广告主评估他们广告的成效，并了解人们如何与其网站、应用和服务互动。")}


def test_a_location_inferred_from_the_ip_address_is_coarse_and_collected():
    found = pairs("当您注册并使用服务时，我们会获取您的 IP 地址。我们会使用 IP 地址来大致判断您的地理位置，因为服务的可用性可能会因"
                  "您所在的国家/地区而有所不同。")
    assert ("location.coarse", "collect") in found and ("network.ip", "use") in found
    assert "location" not in {d for d, _ in found}
    found = pairs("我们可能会使用您的IP地址识别设备连接至互联网时的所在位置，以用于实现特定活动内容。")
    assert ("location.coarse", "collect") in found and "location" not in {d for d, _ in found}
    # a location obtained from several sources stays the location
    assert "location" in {d for d, _ in pairs("在访问时，我们会自动从您的 IP 地址、设备或互联网服务中获取位置数据，以用于保护安全。")}


def test_what_an_analytics_tool_we_use_lets_us_learn_it_collects():
    # the 使 of 使用 is no purpose word ("帮助我们了解", "使我们了解" are)
    assert ("usage", "collect", "google_analytics") in _parties(
        "我们使用 Google Analytics 更好地了解您与 Common Voice 应用或网站的交互方式。")
    assert ("device", "collect", "third_party") in _parties("我们使用第三方工具了解您的设备信息。")


def test_receiving_the_persons_data_is_a_collection():
    found = pairs("我们会收到您的帐户记录（包括您的账单地址和付款方式的最后四位数字）以及您的帐户订阅状态。")
    assert {("account", "collect"), ("contact.address", "collect"), ("financial.payment", "collect")} <= found
    assert ("personal_info", "collect") in pairs("当我们收到您的信息时，我们会将其存储在服务器上。")
    # (a receipt named only to point to the policy that governs it gives none: the re-read gold of zh-r32-common-voice 7,
    # "Mozilla 收到您的信息时，Mozilla 隐私政策描述了我们如何处理此类信息", see test_zhfp14.py)
    assert pairs("我们收到您的信息时，我们的隐私政策描述了我们如何处理此类信息。") == set()
    assert ("usage.history", "not_collect") in pairs("您可以直接從搜尋欄執行搜尋。我們不會收到您的搜尋字串。")
    # notices the person receives, and the time a server gets a message, are no receipt of the person's data
    assert pairs("如您不希望收到手机银行APP页面上的消息通知，可以在首次安装APP时拒绝接受消息通知。") == set()
    # the verb 记录 after an account stays the verb
    assert ("account", "collect") not in pairs("我们会通过你的剪映帐号记录你的浏览、点击等操作行为信息。")


def test_game_records_and_device_readings_named_by_translated_and_game_policies():
    found = pairs("为了向您提供游戏娱乐以及与此相关的玩家互动、消费等服务，我们需要收集您的游戏历史、设备信息、登录日志等信息。")
    assert ("usage", "collect") in found and ("usage.history", "collect") not in found
    assert ("usage", "share") in pairs(
        "1）您的游戏账号基本信息（头像、昵称、角色等级）将会在您的个人主页、您参与的排行或相关功能中进行展示。")
    assert ("device.hardware", "use") in pairs(
        "我们可能使用您的设备信息如系统语言、屏幕高宽、屏幕方向等信息，在相关产品中向您提供您可能感兴趣的广告。")
    assert ("device.sensors", "collect") in pairs(
        "我们还可能会收集您在终端设备操作游戏时形成的点击压力和半径、点击相对位置、加速度方向、重力方向等数据。")
    assert ("account.credentials", "collect") in pairs(
        "如果您使用第三方账号作为游戏账号关联登录游戏的，我们会收集您使用的第三方账号涉及的唯一标识、昵称、头像。")


def test_a_basis_that_is_the_persons_choice_is_no_predicate_before_the_clauses_own_verb():
    found = pairs("2）您的游戏历史信息（具体包括但不限于您的登录状态、对战信息/状态、成就信息）将根据您的选择向您本人或其他用户或好友展示。")
    assert ("usage", "share") in found and ("usage", "use") not in found
    assert {("identity.gender", "collect"), ("identity.birthdate", "collect")} <= pairs(
        "我们会收集您根据自身需求填写的基本资料（包括简介、性别、生日、地区等）。")
    # the person's authorised data after 基于 stays the basis of the use
    found = pairs("我们也可能基于您授权的通讯录信息、设备信息为您推荐好友或将您推荐给其他用户，帮助您拓展社交圈。")
    assert ("device", "use") in found and ("device", "collect") not in found
    # with no practice verb after it, the basis still takes the data out of any practice
    assert ("contact.phone", "use") not in pairs("同时您可以根据自身意愿自主设置是否在该附件简历中隐藏您的手机号码。")


def test_the_numbers_the_person_calls_are_the_call_log():
    assert ("communication.call_log", "collect") in pairs("我们可能会查看和读取您的设备正在拨打的号码、中止通话的信息。")
    found = pairs("Twilio 会接收您的电话号码、您的电话别名，以及您与之通话和收发短信的电话号码。")
    assert {("communication.call_log", "share"), ("contact.phone", "share")} <= found  # Twilio receives it from us
    found = pairs("我们会存储您通过 Relay 联系过的电话号码日志，以便显示您的通话和短信日志。")
    assert ("communication.call_log", "store") in found
    assert "usage.logs" not in {d for d, _ in found} and "contact.phone" not in {d for d, _ in found}


def test_a_practice_followed_by_a_pointer_on_the_topics_is_no_list_of_topics():
    found = pairs("1.13 我们可能通过Cookie、标识符及相关技术收集您的信息，为您提供更好的用户体验、保障服务安全，我们如何使用Cookie及相关技术，"
                  "以及您如何管理我们对Cookie及相关技术的使用请见《腾讯隐私政策Cookie政策》。")
    assert {("personal_info", "collect"), ("usage.cookies", "use")} <= found
    # the policy's list of its topics stays no statement
    assert pairs("本政策将帮助您了解以下内容：一、我们如何收集和使用您的个人信息；二、我们如何使用Cookie和同类技术；"
                 "三、我们如何共享、转让、公开披露您的个人信息。") == set()


def test_demographic_data_is_identity():
    assert ("identity", "use") in pairs("您的电子邮件地址与人口统计数据和互动数据相关联，但不会向公众公开。")


def test_pages_visited_named_with_the_site_between_and_the_content_of_mails():
    assert ("usage.history", "collect") in pairs("我们还会收集您访问的 Common Voice 页面的 URL 和标题。")
    assert ("communication.messages", "not_collect") in pairs("我们不会读取或存储您任何邮件的内容。")
