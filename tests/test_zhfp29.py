"""Chinese first-party false positives: a line that is only the head of a category named before by a demonstrative
("b.上述日志信息包括："), what it contains listed on the lines after it, names no data itself; the lines carry the
practice (GUIDELINES: 上述 / 前述 before a type noun); a bulleted type name over its paragraph ("·日志信息") is a title;
services named by uncatalogued names and taken up by a demonstrative ("Convert.com 和 ShareProgress，这些服务会…放置
cookie") are another party."""

from __future__ import annotations

from conftest import tuples

SECTION = "1.我们如何收集和使用个人信息\n我们会按照如下方式收集你在使用服务时主动提供的信息。\n"


def test_a_demonstrative_category_head_alone_names_no_data():
    found = tuples(SECTION + "a.为保障推荐内容的质量，我们可能会收集必要的日志信息。\nb.上述日志信息包括：\n"
                   "你操作、使用的行为信息：点击、关注、收藏、搜索、浏览\n")
    assert (3, "usage.logs", "collect", "first_party") in found
    assert not any(line == 4 for line, *_ in found)
    assert (5, "usage.history", "collect", "first_party") in found


def test_a_category_head_with_its_contents_on_the_line_keeps_its_practice():
    found = tuples("当你使用浏览功能时，我们需要记录你的设备信息。\n前述设备信息包括：网络相关信息（IP地址）和设备型号。\n")
    assert (2, "device", "collect", "first_party") in found
    assert (2, "network.ip", "collect", "first_party") in found


def test_a_bulleted_type_name_over_its_paragraph_is_a_title():
    found = tuples("我们收集的信息\n我们仅收集实现产品功能所必要的个人信息。这些信息包括：\n我们在您使用服务时获取的信息\n"
                   "·日志信息\n例如，当您使用我们的服务时，我们可能会收集设备信息、服务日志信息等相关信息。\n·位置信息\n"
                   "例如，当您使用与位置有关的服务时，我们可能会记录您设备所在的位置信息。\n")
    assert not any(line in (4, 6) for line, *_ in found)
    assert (5, "usage.logs", "collect", "first_party") in found
    assert (7, "location", "collect", "first_party") in found


def test_a_bulleted_item_that_lists_data_keeps_the_list_practice():
    found = tuples("我们会收集以下信息：\n·设备信息\n·日志信息\n")
    assert (2, "device", "collect", "first_party") in found
    assert (3, "usage.logs", "collect", "first_party") in found


def test_services_named_before_a_demonstrative_place_their_own_cookies():
    assert tuples("Convert.com 和 ShareProgress，这些服务会在您的设备上放置 cookie，以帮助我们测试网站内容。") == {
        (1, "usage.cookies", "use", "third_party")}
    assert tuples("这些服务会在您的设备上放置 cookie。") == {(1, "usage.cookies", "use", "first_party")}
    assert tuples("Pocket，这些服务会在您的设备上放置 cookie。") == {(1, "usage.cookies", "use", "first_party")}
