"""Chinese third-party data types: a third party's analytics tool denied is denied for the third party too, and what a
request to another service is said not to carry is not shared with it."""

from __future__ import annotations

from conftest import tuples


def test_a_denied_third_party_analytics_tool_is_denied_for_both():
    assert tuples("我们不使用任何第三方分析服务。") == {(1, "usage", "not_collect", "first_party"),
                                              (1, "usage", "not_collect", "third_party")}
    assert (1, "usage", "not_collect", "third_party") in tuples("App 不包含第三方分析或广告 SDK，不会把个人数据上传给开发者或其他服务。")


def test_a_denied_analytics_tool_of_no_third_party_stays_ours():
    assert tuples("我们不使用任何分析服务。") == {(1, "usage", "not_collect", "first_party")}


def test_what_a_request_does_not_carry_is_not_shared():
    assert tuples("图片从来源网站下载，请求不携带 Cookie 或凭据。") >= {(1, "usage.cookies", "not_share", "first_party"),
                                                     (1, "account.credentials", "not_share", "first_party")}
    assert tuples("AirLyrics 不会在这些请求中主动加入账号或广告标识。") == {
        (1, "account.credentials", "not_share", "first_party"), (1, "device.id.ad_id", "not_share", "first_party")}


def test_a_browser_carrying_data_in_a_request_is_no_denial():
    assert not any(t[2] == "not_share" for t in tuples("浏览器会在请求中自动携带您的 Cookie。"))


def test_a_pronoun_after_a_demonstrative_object_names_no_data():
    text = ("我们需要在本地识别、处理你的面部特征信息用于渲染效果，我们不会将这些信息回传至服务器，也不会将这些信息用于其他目的，"
            "更不会将其提供给任何第三方。")
    assert not any(t[2] == "not_share" for t in tuples(text))


def test_a_pronoun_after_a_named_object_names_no_data():
    """GUIDELINES: personal pronouns (it, them, 其) are read as demonstratives and name no data."""
    assert not any(t[2] == "not_share" for t in tuples("我们不会将日志用于用户画像，也不会将其出售或共享给第三方。"))
    found = tuples("我们会收集您的手机号码，并将其共享给短信服务商。")
    assert (1, "contact.phone", "collect", "first_party") in found
    assert not any(t[2] == "share" for t in found)


def test_the_referring_address_is_the_page_the_person_came_from():
    assert tuples("请求不携带 Cookie 或 Referrer。") == {(1, "usage.cookies", "not_share", "first_party"),
                                                   (1, "usage.history", "not_share", "first_party")}
    assert tuples('对第三方资源不携带来源标识（`referrerpolicy="no-referrer"`）。') == set()


def test_an_analytics_service_named_as_the_tool_of_a_purpose_is_no_statistics_of_the_product():
    assert tuples("我们不使用任何第三方分析服务来追踪您的使用情况。") == {(1, "usage", "not_collect", "first_party"),
                                                          (1, "usage", "not_collect", "third_party")}
    assert tuples("为统计我们的产品/服务使用情况，我们会收集您的设备信息。") == {(1, "device", "collect", "first_party")}
