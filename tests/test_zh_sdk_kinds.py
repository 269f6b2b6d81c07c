"""An SDK table row naming only a maker takes the maker's SDK of the kind its other cells name (mappings/sdks.yaml
`kinds`); with words of two of the maker's kinds the maker stays. Verification words (验证码, 行为验证, 登录验证) name a
security SDK, so a GeeTest row "用于登录验证" no longer reads as GeeTest's one-click-login SDK."""

from __future__ import annotations

from conftest import statements_of

HEADER = "公司名称\tSDK名称\t收集的个人信息\t使用场景\t使用目的\t收集方式\n"


def _actors(row: str) -> set[str]:
    return {s.actor for s in statements_of(HEADER + row + "\n") if s.action == "collect"}


def test_a_verification_row_of_a_maker_with_login_and_captcha_sdks_keeps_the_maker():
    row = "武汉极意网络科技有限公司\t极验SDK\t网络类型、设备型号、时间戳\t用户账密登录或发送手机/短信验证码前\t登录验证功能\tSDK本机采集"
    assert _actors(row) == {"geetest"}


def test_a_captcha_row_names_the_makers_captcha_sdk():
    row = "武汉极意网络科技有限公司\t极验SDK\t网络类型、设备型号\t用户进行行为验证时\t人机验证\tSDK本机采集"
    assert _actors(row) == {"geetest_captcha"}


def test_a_login_row_still_names_the_makers_login_sdk():
    row = "武汉极意网络科技有限公司\t极验SDK\t手机号码、网络类型\t用户使用一键登录时\t本机号码一键登录\tSDK本机采集"
    assert _actors(row) == {"geetest_onelogin"}


def _sentence_actors(text: str) -> set[str]:
    return {s.actor for s in statements_of(text + "\n") if s.action == "collect"}


def test_these_sdks_after_a_list_of_integrated_sdks_are_each_of_them():
    # a demonstrative that opens the generic party ("这些SDK"), as one before it ("此类SDK"), points back to the SDKs
    assert _sentence_actors("我们的产品集成友盟+、个推，这些SDK需要收集您的设备Mac地址。") == {"umeng", "merit_interactive"}
    assert _sentence_actors("我们的产品集成友盟+、个推SDK，此类SDK需要收集您的设备Mac地址。") == {"umeng", "merit_interactive"}


def test_a_generic_sdk_subject_without_a_demonstrative_stays_a_third_party():
    assert _sentence_actors("我们的产品集成友盟+、个推，第三方SDK需要收集您的设备Mac地址。") == {"third_party"}


def test_a_list_naming_an_uncatalogued_sdk_keeps_the_third_party_beside_the_named_ones():
    text = ("1.第三方内容及推荐：如果您使用的上述功能由合作的第三方提供服务时，可能涉及的第三方SDK包括：抖音直播SDK、快手SDK、今日头条API，"
            "此类SDK会收集您的设备标识信息（MAC地址）。")
    assert _sentence_actors(text) == {"kuaishou", "bytedance", "third_party"}


def test_an_open_list_of_sdks_keeps_the_third_party():
    assert _sentence_actors("我们的产品集成友盟+、个推等，这些SDK需要收集您的设备Mac地址。") == {
        "umeng", "merit_interactive", "third_party"}


def test_list_items_sharing_the_last_items_sdk_are_each_that_sdk():
    from policycheck.taxonomy.entities import load_entities
    catalog = load_entities()
    assert [m.value for m in catalog.find_named("我们使用了微信、支付宝SDK", "zh")] == ["wechat_opensdk", "alipay"]
    assert [m.value for m in catalog.find_named("QQ、新浪微博SDK", "zh")] == ["qq_connect", "weibo_sdk"]
    # an item that with "SDK" names no catalogued SDK is left alone
    assert [m.value for m in catalog.find_named("设备信息、支付宝SDK", "zh")] == ["alipay"]


def test_an_sdk_record_whose_label_lists_two_sdks_gives_each_the_records_data():
    text = ("三、第三方SDK\n"
            "5. 微信、支付宝SDK：为了便于您使用在线充缴话费功能，我们使用了微信、支付宝SDK，可能需要访问您的本机设备信息（IMEI号）。\n")
    actors = {s.actor for s in statements_of(text) if s.data_type == "device.id.imei"}
    assert actors == {"wechat_opensdk", "alipay"}


def test_a_bare_maker_as_recipient_is_its_sdk_named_as_the_means_of_the_sharing():
    # GUIDELINES (named parties): "通过在应用程序中嵌入的微信软件工具开发包（SDK）等方式与微信共享" gives wechat_opensdk
    text = ("如您选择微信进行支付的，我们会将您的订单支付相关信息通过在应用程序中嵌入的微信软件工具开发包（SDK）等方式与微信共享。\n")
    assert {(s.action, s.recipient) for s in statements_of(text)} == {("share", "wechat_opensdk")}
    # bare 微信 alone is no party name
    assert {(s.action, s.recipient) for s in statements_of("我们将在必要的范围内与微信共享您的信息。\n")} == {
        ("share", "third_party")}
