"""Chinese third-party recall: data collected by other parties, shown to other users, named in SDK rows."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_data_filled_in_then_collected_by_advertisers_as_passive_agent():
    found = _found("（4）广告留资信息：你在广告主或其委托的服务提供方所提供广告展示页中主动填写你的联系方式、地址等信息时，"
                   "这些信息可能被广告主直接收集并处理。")
    assert found == {("contact", "collect", "third_party"), ("contact.address", "collect", "third_party")}


def test_demonstrative_subject_kept_by_us_is_not_another_party():
    assert _found("你的订购记录、消费记录，这些信息会存储于我们的服务器中。") == {
        ("financial.transactions", "store", "first_party")}


def test_works_recommended_to_other_users_are_shared_content():
    assert ("content", "share", "third_party") in _found(
        "我们会收集您的地理位置信息，收集地理位置信息是为了在“附近”栏推荐您的作品。")
    assert _found("系统可能会向您推荐好友（或好友作品）或者把您（或您的作品）推荐给相应用户。") == {
        ("content", "share", "third_party")}
    assert _found("我们会将您或您的内容推荐给您可能认识的人。") == {("content", "share", "third_party")}


def test_feature_name_recommending_works_is_no_share():
    assert ("content", "share", "third_party") not in _found(
        "当您使用短视频（推荐您的作品）功能时，我们会申请位置权限。")


def test_sdk_record_purpose_field_acquiring_data_is_the_sdks_collection():
    text = ("第三方SDK目录\n华为推送SDK\n第三方主体：华为软件技术有限公司\n使用目的：消息推送，并获取已安装应用列表信息\n"
            "涉及个人信息类型：设备标识信息\n")
    found = {(s.line, s.data_type, s.action, s.entity) for s in statements_of(text)}
    assert (4, "device.apps", "collect", "huawei_push") in found
    assert (5, "device.id", "collect", "huawei_push") in found


def test_sdk_record_purpose_field_without_acquisition_names_no_data():
    text = ("第三方SDK目录\n华为推送SDK\n第三方主体：华为软件技术有限公司\n使用目的：向您推送位置相关的消息\n"
            "涉及个人信息类型：设备标识信息\n")
    assert not any(s.line == 4 for s in statements_of(text))


def test_collected_to_show_to_other_users_is_also_shared():
    found = _found("我们将会收集你主动填写的个人资料用于向其他用户展示，以及向你提供推荐内容。")
    assert {("account.profile", "collect", "first_party"), ("account.profile", "share", "third_party")} <= found
    assert ("account.profile", "share", "third_party") not in _found("我们会收集您的昵称，用于向您展示。")


def test_country_among_sdk_data_is_coarse_location_but_system_country_is_a_setting():
    assert ("location.coarse", "collect", "geetest") in _found(
        "极验SDK会收集应用名称、电量状态、设备版本、网络类型、网络环境、国别、屏幕的高度。")
    found = _found("我们会收集您的设备名称、设备类型和版本、系统国别、时间戳。")
    assert not any(data_type == "location.coarse" for data_type, _, _ in found)


def test_other_users_among_the_viewers_of_a_purpose_make_it_a_display():
    found = _found("我们会收集您的日志信息，以便您或您的好友或其他用户能够在本产品内查看您的使用历史记录。")
    assert ("usage.history", "share", "third_party") in found


def test_game_history_records_are_usage():
    found = _found("我们会向关联游戏调取您的日志信息，包括登录日志、交友记录等信息，以便您或您的好友或其他用户能够在本产品内"
                   "查看您在关联游戏中的游戏历史记录。")
    assert ("usage", "share", "third_party") in found


def test_relative_used_for_clause_of_a_listed_item_leaves_the_item_to_its_list():
    text = ("您使用我们服务时我们可能收集如下信息：\n"
            "• 设备或软件信息，例如您的移动设备、网页浏览器或您用于接入我们的服务的其他程序所提供的配置信息、您的IP地址和"
            "您的移动设备所用的版本和设备识别码；\n")
    found = {(s.line, s.data_type, s.action) for s in statements_of(text)}
    assert {(2, "network.ip", "collect"), (2, "device.id", "collect"), (2, "device.hardware", "collect")} <= found


def test_device_and_app_information_names_both():
    found = _found("优量汇SDK\n收集的个人信息的类型/字段：基于用户授权获取：设备及应用信息、移动网络信息、位置信息\n")
    assert {"device", "device.apps"} <= {data_type for data_type, _, _ in found}


def test_storage_information_among_device_data_is_storage():
    found = _found("此类SDK收集的信息包括：设备品牌、设备型号、软件系统版本、存储信息、运营商信息。")
    assert "storage" in {data_type for data_type, _, _ in found}
    assert _found("八、存储信息的地点和期限") == set()
    assert "storage" in {d for d, _, _ in _found("推送合作伙伴可能会收集您的设备信息、外部存储状态、网络类型。")}


def test_account_synced_between_several_apps_is_shared():
    found = _found("当你参与我们和我们的关联方共同举办的营销活动时，可能会在多个参与活动的移动应用程序（简称“活动平台”）之间"
                   "同步你参与活动的帐号（含标识符）、参与进度、收益等信息，以保障你在活动中获得完整的服务体验。")
    assert found == {("account", "share", "third_party")}


def test_unique_identifier_of_an_account_is_its_credentials_but_not_a_devices():
    assert ("account.credentials", "collect", "first_party") in _found(
        "我们可能从第三方获取您授权共享的账号信息（包括唯一标识、头像、昵称）。")
    assert any(data_type == "account.credentials" and entity == "tencent" for data_type, _, entity in _found(
        "我们将会把您在QQ浏览器的唯一标识上传至腾讯云为您申请即时通讯IM服务。"))
    found = _found("我们会收集您的设备名称、安装唯一标识、应用的唯一标识。")
    assert "account.credentials" not in {data_type for data_type, _, _ in found}


def test_other_users_described_at_length_are_the_recipients_of_a_share():
    found = _found("我们的产品/服务，可让您不仅与自己的社交网络，也与使用该产品/服务的其他用户分享您的相关信息，例如，您在我们的"
                   "产品／服务中所上传或发布的信息（包括您公开的个人信息）。")
    assert {("personal_info", "share", "third_party"), ("content", "share", "third_party")} <= found
    found = _found("我们的多项服务，可让您不仅与您的网络游戏，也与使用该服务的所有用户公开/分享您的相关信息。")
    assert any(data_type == "personal_info" and entity == "third_party" for data_type, _, entity in found)


def test_profile_data_and_profile_media_of_a_messenger():
    found = _found("允许与其他 WeChat 和微信用户共享您的个人资料数据；")
    assert any(data_type == "account.profile" and entity == "third_party" for data_type, _, entity in found)
    assert "personal_info" not in {data_type for data_type, _, _ in found}


def test_pictures_and_text_among_posted_content_are_photos():
    found = _found("当您使用内容发布、评论等功能时，我们将展示您的昵称、头像、发布内容（图文、视音频）。")
    assert ("media.photos", "share", "third_party") in found
    assert not any(d == "media.photos" for d, _, _ in _found("我们会向您推荐相关性更强的图文/音视频内容。"))
