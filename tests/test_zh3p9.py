"""Chinese third-party recall: SDK records written one field a line, the provider's SDK of the kind an uncatalogued
SDK name writes, and the requested system permissions of an SDK record."""

from __future__ import annotations

from conftest import markdown_policy_tuples


SDK_RECORDS = (
    "## 第三方SDK列表\n\n"
    "## 声网语音SDK\n"
    "第三方机构名称：上海兆言网络科技有限公司\n"
    "第三方SDK使用信息：麦克风，读写本地文件\n"
    "申请的系统权限：网络权限、麦克风权限\n"
    "使用场景：在用户进房和上麦，与其他人语音沟通的时候使用\n\n"
    "## VIVOPUSHSDK\n"
    "第三方机构名称：广东天宸网络科技有限公司\n"
    "第三方SDK使用信息：读写本地文件，唯一设备识别码（IDFA）\n"
    "申请的系统权限：网络权限\n"
    "使用场景：后台系统会推送一些通知给用户\n\n"
    "## 阿里云实名认证SDK\n"
    "第三方机构名称：阿里云计算有限公司\n"
    "申请的系统权限：摄像头权限、网络权限\n")


def test_a_record_written_one_field_a_line_takes_its_provider():
    # the lines of the record form one paragraph joined with nothing between them: each label starts its own line
    found = markdown_policy_tuples(SDK_RECORDS)
    assert (7, "media.audio", "collect", "agora") in found
    assert (7, "storage.files", "collect", "agora") in found
    assert not any(actor == "third_party" for line, _, _, actor in found if line in (7, 8))


def test_the_requested_system_permissions_of_a_record_are_its_data():
    found = markdown_policy_tuples(SDK_RECORDS)
    assert (8, "media.audio", "collect", "agora") in found
    assert (19, "media.camera", "collect", "alibaba") in found


def test_an_uncatalogued_sdk_name_of_a_kind_is_the_providers_sdk_of_that_kind():
    found = markdown_policy_tuples(SDK_RECORDS)
    assert (13, "device.id.ad_id", "collect", "vivo_push") in found
    assert (13, "storage.files", "collect", "vivo_push") in found
    oppo = markdown_policy_tuples("## 第三方SDK列表\n\n## GpushOPPOSDK\n第三方机构名称：广东欢太科技有限公司\n"
                                  "第三方SDK使用信息：读写本地文件\n")
    assert (7, "storage.files", "collect", "oppo_push") in oppo


def test_a_provider_with_no_sdk_of_the_named_kind_stays_the_provider():
    found = markdown_policy_tuples("## 第三方SDK列表\n\n## 某某SDK\n第三方机构名称：广东欢太科技有限公司\n"
                                   "第三方SDK使用信息：读写本地文件\n")
    assert (7, "storage.files", "collect", "oppo") in found


def test_data_sent_to_a_service_the_person_configures_is_shared_with_it():
    found = markdown_policy_tuples("工具的执行结果（如日历事件、位置坐标）会作为对话上下文发往你配置的大模型服务。")
    assert (3, "calendar", "share", "first_party") in found
    assert (3, "location.precise", "share", "first_party") in found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_data_not_sent_to_our_servers_is_not_collected():
    found = markdown_policy_tuples("您的聊天记录只保存在你的设备本地，不会发往开发者的服务器。")
    assert not any(action in ("share", "collect") for _, _, action, _ in found)
    sent = markdown_policy_tuples("您的照片会发往我们的服务器进行处理。")
    assert (3, "media.photos", "collect", "first_party") in sent
    assert not any(action == "share" for _, _, action, _ in sent)


def test_a_party_we_authorise_to_process_the_data_receives_it():
    found = markdown_policy_tuples(
        "例如，我们会授权秒针系统（秒针系统隐私政策链接：https://www.miaozhen.com/cn/privacy）处理您用于浏览广告的设备信息，"
        "包括IP、IMEI等。")
    assert (3, "network.ip", "share", "first_party") in found
    assert (3, "device.id.imei", "share", "first_party") in found
    assert not any(actor == "miaozhen" for _, _, _, actor in found)


def test_the_persons_used_for_clause_describes_the_object_of_the_verb_before_it():
    assert (3, "device", "use", "first_party") in markdown_policy_tuples("我们会处理您用于浏览广告的设备信息。")


def test_a_table_of_the_data_sent_to_services_shares_it_with_them():
    found = markdown_policy_tuples(
        "## 发往第三方服务的数据\n\n"
        "| 服务 | 发送的内容 | 何时发生 |\n"
        "|---|---|---|\n"
        "| 你配置的大模型服务（OpenAI 或任何兼容端点） | 对话内容、你发送的图片 | 你发送消息时 |\n"
        "| 你配置的语音识别服务 | 录制的音频 | 你使用语音输入时 |\n"
        "| GitHub（api.github.com） | 仅版本检查请求，不涉及个人数据 | 你检查更新时 |\n")
    assert (7, "communication.messages", "share", "first_party") in found
    assert (7, "media.photos", "share", "first_party") in found
    assert (8, "media.audio", "share", "first_party") in found
    assert (9, "personal_info", "not_share", "first_party") in found
    assert not any(action == "collect" for _, _, action, _ in found)


def test_conversation_content_is_messages():
    found = markdown_policy_tuples("选用云端模型时，对话内容会发往对应的服务商。")
    assert (3, "communication.messages", "share", "first_party") in found
