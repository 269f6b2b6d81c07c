"""Chinese first-party recall: a call the notice says may be recorded is a message as well as audio, the Traditional term
for browsing history, and the times of signing in and out named together."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_a_call_that_may_be_recorded_is_a_message_and_audio():
    # zh-r15-nike:16
    found = _found("如果您通过电话联系我们，为保证服务质量以及响应您的请求，您的电话可能会被录音。")
    assert {("communication.messages", "collect", "first_party"), ("media.audio", "collect", "first_party")} <= found
    # a recording with no call is audio only
    assert ("communication.messages", "collect", "first_party") not in _found("我们会录音。")


def test_traditional_browsing_history():
    assert ("usage.history", "collect", "first_party") in _found("我們會收集您的瀏覽歷程記錄。")


def test_the_times_of_signing_in_and_out_are_log_data():
    assert ("usage.logs", "collect", "first_party") in _found("我们会记录您登录和退出的时间。")
    assert ("usage.logs", "collect", "first_party") in _found("我們會收集您登入和登出的時間。")
