"""The twentieth gold consistency pass (GUIDELINES: the text of the web pages a user has open, which a tool reads,
keeps or sends to be processed, is `content`)."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_page_content_kept_on_the_device_is_denied_as_content():
    # 18 "…即网页内容、PDF、图片和标签页 URL 都会保留在您的设备上，未经您的明确同意，不会被发送到 Mozilla 的服务器…"
    found = _tuples("zh-r44-firefox-notice-2025", 18)
    assert {("content", "not_collect", "first_party"), ("usage.history", "not_collect", "first_party")} <= found


def test_page_content_sent_to_be_summarised_is_collected_content():
    # 24 "…当您请求总结时，页面内容将被发送至 Mozilla 服务器进行处理…"
    assert ("content", "collect", "first_party") in _tuples("zh-r44-firefox-notice-2025", 24)
