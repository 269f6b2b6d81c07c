"""Chinese first-party precision: the count of items is no item, and the site a browser tool contacts is a third party."""

from __future__ import annotations

from conftest import tuples


def test_the_count_of_items_is_not_the_items():
    assert tuples("我们会显示排行榜，展示用户录制的录音数量。") == set()
    assert (1, "usage.history", "collect", "first_party") not in tuples(
        "Firefox Lite会向我们发送有关您与Firefox Lite互动的数据（访问的网页数量和会话长度）。")
    # the items themselves still count
    assert tuples("我们会收集您访问的网页。") == {(1, "usage.history", "collect", "first_party")}
    assert tuples("我们会收集您的录音。") == {(1, "media.audio", "collect", "first_party")}


def test_the_target_site_of_a_request_is_a_third_party():
    assert tuples("目标网站可能会像普通页面加载一样接收请求、Cookie 和会话信息。") == {
        (1, "usage.cookies", "use", "third_party")}
