"""Chinese SDK lists, titles and transfers: a feature item naming its tool in brackets, the reasons given after a
group of SDK rows, a bulleted title after a list, a transfer beyond a jurisdiction, carrier codes."""
from conftest import markdown_policy_tuples, tuples

FIRST = "first_party"
THIRD = "third_party"


def test_feature_item_naming_its_tool_in_brackets_starts_no_record():
    # "OCR 文字识别（Google ML Kit，端侧运行）": a feature using the tool, not the tool's name over the items after it
    found = markdown_policy_tuples(
        "## 端侧处理\n"
        "以下功能完全在您的设备上运行：\n"
        "- OCR 文字识别（Google ML Kit，端侧运行）\n"
        "- 图像标签与场景识别（Google ML Kit，端侧运行）\n"
        "- 设备计步器步数统计\n")
    assert (7, "health", "collect", FIRST) in found
    assert not any(actor == "google_mlkit" for _, _, _, actor in found)


def test_item_naming_a_platform_after_its_dash_starts_no_record():
    # "活动识别 — 用于在 Health Connect / HealthKit 数据不可用时…": the item's sentence names the platform; the next items
    # are not that platform's
    found = markdown_policy_tuples(
        "## 设备权限\n"
        "- **活动识别** — 用于在 Health Connect / HealthKit 数据不可用时，通过设备计步器进行步数统计。\n"
        "- **相机** — 用于拍照记录。\n")
    assert (5, "media.camera", "use", FIRST) in found
    assert not any(actor != FIRST for line, _, _, actor in found if line == 5)


def test_a_named_sdks_row_still_starts_a_record():
    # the SDK's own name before its provider in brackets still heads its record
    found = markdown_policy_tuples(
        "## 第三方SDK\n"
        "- 友盟SDK（友盟同欣（北京）科技有限公司）\n"
        "- 收集信息：设备标识符（IMEI）\n")
    assert (5, "device.id.imei", "collect", "umeng") in found


GROUPED_SDKS = (
    "隐私政策\n"
    "统计类：\n"
    "1.友盟移动统计SDK：设备信息、存储权限\n"
    "2.腾讯BuglySDK：手机/电话权限、定位权限、存储权限\n"
    "3.TalkingdataSDK：手机/电话权限、定位权限、存储权限、MAC地址权限\n"
    "\n"
    "获取权限原因：\n"
    "1.手机/电话权限（IMEI权限、MAC地址、ANDROID ID权限）：获取用户设备的IMEI权限、MAC地址权限，通过IMEI、MAC地址来唯一的标识用户；"
    "获取ANDROID ID用于数据统计和崩溃统计，便于后续进行性能优化，在单次使用过程中获取不超过3次。\n"
    "2.定位权限：通过获取位置信息，校正用户的地域分布数据，使报表数据更加准确\n"
    "3.存储权限：用来保存设备等相关信息，使得统计结果更加精准\n"
    "\n"
    "推送：\n"
    "1.个推推送平台SDK：手机/电话权限、定位权限\n"
    "\n"
    "获取权限原因：\n"
    "1.手机/电话权限：获取用户设备的IMEI，通过IMEI来唯一的标识用户\n")


def test_reasons_after_a_group_of_sdk_rows_are_the_groups():
    found = tuples(GROUPED_SDKS)
    assert {(8, "device.id.imei", "collect", THIRD), (8, "device.id.android_id", "collect", THIRD),
            (9, "location", "collect", THIRD), (10, "storage.files", "collect", THIRD)} <= found
    # neither ours nor the last row's SDK's
    assert not any(line in (8, 9, 10) and actor in (FIRST, "talkingdata") for line, _, _, actor in found)


def test_reasons_after_one_sdk_row_stay_that_sdks():
    assert (16, "device.id.imei", "collect", "getui") in tuples(GROUPED_SDKS)


KFC_LIKE = (
    "隐私政策\n"
    "• 第三方SDK说明\n"
    "为保障相关功能的实现与应用安全稳定的运行，我们可能会接入由第三方提供的软件开发包（SDK）实现相关功能或服务。\n"
    "我们接入的相关第三方SDK情况请点击下方链接了解：\n"
    "APP接入第三方SDK目录\n"
    "• 我们如何使用 Cookie 等技术\n"
    "1. 为使您获得更轻松的访问体验，您访问我们网络平台提供的服务时，我们可能会通过小型数据文件识别您的身份。"
    "这些数据文件可能是Cookie，您的浏览器或关联应用程序提供的其他本地存储（以下简称“Cookie”）。\n")


def test_bulleted_title_after_a_list_is_the_next_sections_title():
    from policycheck.ingest import parse_policy

    document = parse_policy(KFC_LIKE, "policy.txt")
    kinds = {block.line: block.kind for block in document.blocks}
    assert kinds[6] == "heading" and kinds[2] == "heading"
    found = tuples(KFC_LIKE)
    assert (7, "usage.cookies", "use", FIRST) in found
    assert not any(line == 7 and actor != FIRST for line, _, _, actor in found)


def test_item_after_a_list_introduction_stays_an_item():
    from policycheck.ingest import parse_policy

    document = parse_policy("隐私政策\n• 第三方SDK说明\n我们接入的SDK如下：\n• 友盟统计\n", "policy.txt")
    assert {block.line: block.kind for block in document.blocks}[4] == "list_item"


def test_transfer_beyond_a_jurisdiction_is_use():
    found = tuples("隐私政策\n您的信息（包括个人数据）可能会传输到位于其他政府管辖范围之外的计算机。\n")
    assert (2, "personal_info", "use", FIRST) in found
    assert not any(action == "share" for _, _, action, _ in found)


def test_carrier_codes_are_network_data():
    found = tuples("隐私政策\n我们会收集设备语言、sim卡信息（mcc&mnc）、系统版本、MCC、MNC。\n中国移动CMCC一键登录会收集您的手机号。\n")
    assert (2, "device.network", "collect", FIRST) in found
    assert not any(line == 3 and data_type == "device.network" for line, data_type, _, _ in found)
