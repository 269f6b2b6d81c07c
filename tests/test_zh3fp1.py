"""The name of a page element, a page or an event an analytics SDK records (元素名字, 页面名字) is no name of the person."""

from __future__ import annotations

from conftest import tuples


def test_element_and_page_names_are_no_personal_name():
    found = tuples("我们使用了神策SDK，该SDK由神策网络科技(北京)有限公司提供，需要采集元素名字、页面名字、纬度、经度。\n")
    assert not any(t[1] == "identity.name" for t in found)
    assert (1, "location.precise", "collect", "sensorsdata") in found


def test_the_persons_name_stays():
    assert (1, "identity.name", "collect", "first_party") in tuples("我们会收集您的名字和手机号码。\n")


def test_a_position_on_the_page_is_no_location():
    found = tuples("我们使用了神策SDK，该SDK由神策网络科技(北京)有限公司提供，需要采集视区宽度、视区距顶部的位置、视区高度。\n")
    assert not any(t[1].startswith("location") for t in found)
    assert (1, "location", "collect", "first_party") in tuples("我们会收集您的位置。\n")
