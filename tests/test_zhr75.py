"""Chinese wording of a browser maker's notice and an app template: the location inferred from the IP address ("基于 IP
推断的位置信息") is the coarse location, neither the IP address nor a location of unknown precision; interaction data
(交互数据) is usage data, also as the second conjunct of an elided list glued to its verb ("收集技术和交互数据": 技术数据 too);
the position of an ad or a content item ("广告的位置、大小") is no location."""

from __future__ import annotations

from conftest import pairs, tuples


def test_ip_inferred_location_is_coarse():
    found = pairs("我们使用技术数据、语言偏好和基于 IP 推断的位置信息，以正确的格式提供这些内容。")
    assert found == {("device", "use"), ("location.coarse", "use")}
    found = tuples("为此，我们可能会与广告提供商共享有限的信息（例如设备类型、基于 IP 推断的位置信息以及所浏览内容的类别）。\n")
    assert (1, "location.coarse", "share", "first_party") in found
    assert not {t for t in found if t[1] in ("network.ip", "location")}
    assert pairs("我們使用根據 IP 位址推斷的位置資料。") == {("location.coarse", "use")}
    # the IP address named as such stays the IP address
    assert ("network.ip", "collect") in pairs("我们会收集您的 IP 地址和设备型号。")


def test_interaction_data_is_usage():
    assert pairs("Mozilla 会收集有关您使用该网站的技术与交互数据。") == {("device", "collect"), ("usage", "collect")}
    assert pairs("我们会收集您的交互数据。") == {("usage", "collect")}


def test_elided_conjunct_glued_to_its_verb():
    assert pairs("Mozilla 收集技术和交互数据，例如新标签页内容或广告的位置、大小、浏览量和点击量。") == {
        ("device", "collect"), ("usage", "collect")}
    assert pairs("我们收集设备和网络信息。") == {("device", "collect"), ("device.network", "collect")}
