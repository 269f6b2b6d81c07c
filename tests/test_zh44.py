"""Chinese extraction: word senses and shapes of game publishers' policies read as practices."""

from __future__ import annotations

from conftest import pairs


def test_hardware_and_operating_system_information_is_the_devices_make_up():
    found = pairs("我们会收集您的游戏识别信息、硬件及操作系统信息、应用列表、进程及游戏崩溃记录等信息。")
    assert ("device.hardware", "collect") in found
    assert ("device", "collect") not in found


def test_record_of_posting_among_logs_is_usage_history():
    found = pairs("我们会收集您的日志信息，包括:您的登录帐号、IP地址、刷新记录、发布记录、关注、订阅、收藏及分享。")
    assert ("usage.history", "collect") in found
    assert ("content", "collect") not in found


def test_verb_inside_a_document_title_states_no_practice():
    assert not pairs("我们制定了《第三方共享及SDK清单》向您清晰、简洁的介绍我们主要的有关您个人信息共享及接入的软件工具开发包（SDK）的情况。")
    assert ("personal_info", "share") in pairs("根据《个人信息保护法》，我们可能会向第三方共享您的个人信息。")


def test_question_heading_asking_who_or_whether_states_no_practice():
    assert not pairs("您的个人信息会被提供给谁？")
    assert not pairs("我们是否收集未成年人的个人信息？")
    assert ("contact.phone", "collect") in pairs("我们会收集您的手机号码，您是否同意？")


def test_pictures_with_text_paired_with_video_are_photos():
    found = pairs("当您使用内容发布、评论、提问、回答等功能时，我们将展示您的昵称、头像、发布内容（图文、视音频）。")
    assert {("media.photos", "share"), ("media", "share")} <= found
    assert ("media.photos", "collect") in pairs("您可能会主动提供相关图文、视频、分享、互动行为信息。我们会收集记录您的上述信息。")
    assert not any(t.startswith("media") for t, _ in pairs(
        "其他用户发布的信息中可能含有你的部分信息（如：在评论、留言、发布图文、音视频中涉及到与你相关的信息）。"))


def test_bare_country_among_read_data_is_coarse_location_and_system_locale_is_none():
    assert ("location.coarse", "use") in pairs("极验SDK需要使用应用名称、电量状态、设备版本、网络类型、网络环境、国别、屏幕的高度。")
    assert not any(t.startswith("location") for t, _ in pairs(
        "我们会收集您的设备屏幕分辨率及尺寸、系统启动时间、是否运行在模拟器、语言地区、内存大小及剩余内存、系统国别。"))


def test_space_taken_up_on_the_phone_is_no_data():
    assert not pairs("调用目的：启动游戏时，需解压缩文件，占用手机存储空间，否则游戏无法运行。")
    assert ("storage.files", "store") in pairs("游戏更新活动和新玩法，需要从服务器上下载内容，保存在手机存储中。")


def test_exclusion_ends_with_its_bracket():
    found = pairs("您还可以通过登录与我们合作的第三方平台的相关账号使用我们的产品/服务（应用商店或渠道、微信等，但不包括实名认证信息）"
                  "我们经过您的授权会获取您在该等第三方账号项下的账号名称、昵称、open ID等信息。")
    assert {("account.credentials", "collect"), ("account.profile", "collect")} <= found
    assert ("account.profile", "not_collect") not in found


def test_records_and_contents_of_communication_with_us_are_messages():
    found = pairs("我们可能还会保存您的联系方式、您与我们的通信记录和内容，以及其他必要信息，以便为您提供和记录客户服务。")
    assert ("communication.messages", "store") in found
    assert ("communication", "store") not in found


def test_our_query_of_the_persons_orders_is_a_use():
    found = pairs("当您需要我们提供与您订单信息相关的客服与售后服务时，我们将会查询您的订单信息。")
    assert found == {("financial.transactions", "use")}
    assert ("financial.transactions", "use") in pairs("我行将会查询您的订单信息。")


def test_data_collected_and_kept_as_network_logs_is_stored():
    found = pairs("当您使用我们的服务时，我们可能会自动收集您对我们服务的详细使用情况，作为有关网络日志保存。")
    assert {("usage", "collect"), ("usage", "store")} <= found


def test_persons_own_provision_abroad_is_no_practice():
    assert not pairs("（3）您使用的产品与/或服务涉及跨境，您主动向境外提供个人信息的。")
    found = pairs("仅在以下情形，我们可能会向境外主体提供您的个人信息：（3）您使用的产品与/或服务涉及跨境，您主动向境外提供个人信息。")
    assert ("personal_info", "share") in found and ("personal_info", "collect") not in found


def test_combination_that_would_make_data_personal_is_no_use():
    assert not pairs("如果我们将该类信息与其他信息结合用于识别特定自然人身份，或者将其与个人信息结合使用，则在结合使用期间，"
                     "该类信息将被视为个人信息。")


def test_sensitivity_of_a_demonstrative_is_no_practice():
    found = pairs("我们会在获得您同意或您主动提供的情况下收集您的实名身份信息（包括姓名、身份证号、照片等信息），该信息包含敏感个人信息，"
                  "拒绝提供实名身份信息可能会导致您无法登录我们的平台及游戏。")
    assert ("identity.name", "collect") in found
    assert ("personal_info", "collect") not in found
