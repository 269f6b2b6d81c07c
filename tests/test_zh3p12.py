"""Chinese third-party recall: data listed as further contents of what another party keeps ("这些数据由我们的分析供应商
保存，…并且还包含…") is that party's collection (GUIDELINES: processors)."""

from __future__ import annotations

from conftest import statements_of


def found(text: str) -> set[tuple[str, str, str]]:
    """(data_type, action, actor) of a one-sentence policy."""
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_contents_of_data_a_vendor_keeps_are_collected_by_the_vendor():
    # the clause in between ("并在您启动…时提供") gave nothing; the contents continue the vendor's keeping
    assert found("这些数据由我们的分析供应商保存，并在您启动本应用时提供，并且还包含Google广告ID、国家/地区。") == {
        ("device.id.ad_id", "collect", "third_party"), ("location.coarse", "collect", "third_party")}


def test_traditional_contents_after_a_demonstrative_subject():
    # "為您提供" no longer takes the contents as our own collection; 分析法廠商 is the analytics vendor
    assert found("這種資料會由我們的分析法廠商保存，並在您啟動本應用的時候為您提供；這種資料也包括一組 Google 廣告識別碼、國家。") == {
        ("device.id.ad_id", "collect", "third_party"), ("location.coarse", "collect", "third_party")}


def test_contents_the_vendor_also_provides_to_us_are_collected_by_both():
    assert found("這種資料會由我們的分析法廠商 Adjust 留存，並在您啟動本應用的時候提供給我們；這種資料也包括一組 Google 廣告識別碼。") == {
        ("device.id.ad_id", "collect", "adjust"), ("device.id.ad_id", "collect", "first_party")}


def test_a_keeping_with_a_period_stays_a_storage():
    assert ("device.id.ad_id", "store", "third_party") in found(
        "这些数据由我们的分析供应商保存90天，并在您启动本应用时提供，并且还包含Google广告ID。")


def test_data_kept_by_us_adds_no_other_party():
    assert all(actor == "first_party" for _, _, actor in found(
        "这些数据由我们保存，并在您启动本应用时提供，并且还包含Google广告ID。"))


def test_data_shown_where_the_person_posts_with_fabiao_is_shared():
    # 发表 (to post a comment or an update) is a publication word as 发布 and 发帖 are (GUIDELINES: public display)
    assert found("您发表评论时，我们会展示您的昵称和头像。") == {("account.profile", "share", "first_party")}
    assert ("location", "share", "first_party") in found(
        "我们会收集您的地理位置信息，用于在您发表动态时展示您的地理位置。")


def test_a_display_to_the_person_is_no_sharing():
    assert ("account.profile", "share", "first_party") not in found("您发表评论时，我们会向您展示您的昵称。")


def test_cdn_and_hosting_platform_operators_record_logs_themselves():
    assert found("这些 CDN 的运营方可能依据其自身隐私政策记录访问日志。") == {("usage.logs", "collect", "third_party")}
    assert found("托管平台可能记录访问日志。") == {("usage.logs", "collect", "third_party")}


def test_the_user_agent_string_is_device_software_data():
    assert found("这些 CDN 可能记录您的 IP 地址与 User-Agent。") == {
        ("network.ip", "collect", "third_party"), ("device.hardware", "collect", "third_party")}
    # "user agent" named among tracking technologies beside cookies is no data (not matched with a space)
    assert not any(dt == "device.hardware" for dt, _, _ in found(
        "我们的网站可能会使用Cookie和其他同类技术，如像素标签和网站信标、user agent。"))


def test_what_we_collect_as_the_integrated_sdks_are_initialised_the_sdks_collect_too():
    assert found("在您同意本隐私政策后，我们将进行集成 SDK 的初始化工作，会收集您的 AndroidID、IMEI。") == {
        ("device.id.android_id", "collect", "first_party"), ("device.id.android_id", "collect", "third_party"),
        ("device.id.imei", "collect", "first_party"), ("device.id.imei", "collect", "third_party")}


def test_an_item_collected_in_the_form_of_an_sdk_is_the_sdks_collection_too():
    assert found("我们可能会通过了解您的应用列表（应用名称、应用包名、安装时间，通过 SDK 形式）、设备型号来判断账户风险。") == {
        ("device.apps", "collect", "first_party"), ("device.apps", "collect", "third_party"),
        ("device.hardware", "collect", "first_party")}


def test_our_own_collection_names_no_sdk():
    assert found("我们会收集您的应用列表、设备型号。") == {
        ("device.apps", "collect", "first_party"), ("device.hardware", "collect", "first_party")}


def test_an_uncatalogued_sdk_with_a_gloss_in_brackets_before_sdk_is_a_party():
    # "OCR（光学字符识别）SDK": the gloss no longer hides the SDK, so "该SDK…需要采集" is the SDK's collection
    assert found("我们使用了OCR（光学字符识别）SDK，该SDK由某某科技股份有限公司提供，需要采集您的身份证、银行卡信息。") == {
        ("identity.id_number", "collect", "third_party"), ("financial.payment", "collect", "third_party")}


def test_the_provider_of_a_service_collects_the_data_we_deny_collecting():
    assert found("此外，我们会请您进行人脸识别验证，该服务由第三方（阿里云）提供，我们仅收集验证结果，不会收集您的面部信息。") == {
        ("biometric.face", "not_collect", "first_party"), ("biometric.face", "collect", "alibaba")}
    assert found("该功能由第三方提供，我们不会收集您的指纹信息。") == {
        ("biometric.fingerprint", "not_collect", "first_party"), ("biometric.fingerprint", "collect", "third_party")}


def test_a_denial_with_no_provider_adds_no_party():
    assert found("我们不会收集您的指纹信息。") == {("biometric.fingerprint", "not_collect", "first_party")}
