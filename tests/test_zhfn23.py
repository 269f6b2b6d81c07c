"""Chinese first-party misses: an item of a list that opens on the person's own 您的 after an earlier item with a
relative clause ("您先前访问的援引页面的位置、您的浏览环境") continues the list's predicate, not that relative clause;
the browsing environment a web beacon records is device data; the website domain that referred the person to a
download page is a page visited (GUIDELINES: referring pages); the pictures and videos picked for an effect
(媒体资料) are media; a crash-reporting SDK denied beside other kinds sharing its SDK noun
("不集成任何崩溃上报、广告或追踪 SDK") is a denial of crash reports."""

from __future__ import annotations

from conftest import tuples


def test_an_item_after_an_earlier_items_relative_clause_keeps_the_list_predicate():
    found = tuples("我们会通过网络Beacon收集您浏览网页活动的信息，例如：您访问的页面地址、您先前访问的援引页面的位置、"
                   "您的浏览环境以及显示设定。\n")
    assert (1, "device", "collect", "first_party") in found


def test_the_referring_website_domain_is_a_page_visited():
    found = tuples("Firefox Lite 可能會使用「參考資料」，例如導引您下載並安裝 Firefox Lite 的網站網域或廣告宣傳活動。\n"
                   "我们会收集将您转介到下载页面的网站域名或广告活动。\n")
    assert (1, "usage.history", "use", "first_party") in found
    assert (2, "usage.history", "collect", "first_party") in found


def test_our_own_website_domain_is_no_page_visited():
    found = tuples("我们会使用我们的网站域名向您发送邮件。\n")
    assert not any(data_type == "usage.history" for _, data_type, *_ in found)


def test_the_media_picked_for_an_effect_are_media_and_a_social_media_profile_is_none():
    found = tuples("我们需要将你选择导入的待处理图片、视频等媒体资料暂时上传至服务器进行效果优化处理。\n"
                   "我们会收集您访问的社交媒体资料。\n")
    assert (1, "media", "collect", "first_party") in found
    assert not any(line == 2 and data_type == "media" for line, data_type, *_ in found)


def test_a_denied_crash_reporting_sdk_before_other_kinds_of_sdk_denies_crash_reports():
    found = tuples("- 不集成任何崩溃上报、广告或追踪 SDK\n本应用不集成任何崩溃上报或广告 SDK。\n")
    assert (1, "usage.logs", "not_collect", "first_party") in found
    assert (2, "usage.logs", "not_collect", "first_party") in found


def test_analytics_denied_before_three_more_kinds_of_sdk_is_denied_usage_statistics():
    found = tuples("本项目**未集成任何统计分析、崩溃上报、广告或用户行为追踪 SDK**；\n")
    assert (1, "usage", "not_collect", "first_party") in found
    assert (1, "usage.logs", "not_collect", "first_party") in found


def test_a_crash_reporting_tool_used_names_no_data():
    found = tuples("我们使用统计分析、崩溃上报工具改进产品。\n")
    assert not any(data_type in ("usage", "usage.logs") for _, data_type, *_ in found)
