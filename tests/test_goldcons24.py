"""The twenty-fourth gold consistency pass: the items of a list whose introduction states two actions (收集和使用) take
both, and a request path among the fields of a log is the address requested (usage.history)."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_items_take_each_action_their_introduction_states():
    # "我们的以下附加功能中可能会收集和使用您的个人信息。…这些附加功能包括：" (zh-r14-kfc 32)
    assert {("location", "collect", "first_party"), ("location", "use", "first_party")} <= _tuples("zh-r14-kfc", 33)
    assert {("media.camera", "use", "first_party"), ("media.photos", "use", "first_party")} <= _tuples("zh-r14-kfc", 34)
    assert ("media.audio", "use", "first_party") in _tuples("zh-r14-kfc", 35)
    # "使用以下附加功能时，我们可能会收集和使用您的个人信息。…这些附加功能包括：" (zh-r10-mcdonalds 41)
    for line, data_type in ((43, "media.camera"), (44, "media.photos"), (45, "calendar"), (46, "media.audio"),
                            (46, "communication.messages")):
        tuples = _tuples("zh-r10-mcdonalds", line)
        assert {(data_type, "collect", "first_party"), (data_type, "use", "first_party")} <= tuples, (line, data_type)
    # as the items of "以下情形中，您可选择是否授权我行收集、使用您的个人信息："
    assert ("media.camera", "use", "first_party") in _tuples("zh-r18-icbc-rongexing", 10)
    assert ("media.camera", "use", "first_party") in _tuples("zh-r18-psbc", 46)


def test_request_path_in_a_log_is_the_address_requested():
    # "| 请求时间、请求路径与方法 | 用于排查故障 |" among the fields of Vercel's runtime log
    tuples = _tuples("zh-r39-harmonia", 210)
    assert {("usage.logs", "collect", "vercel"), ("usage.history", "collect", "vercel")} <= tuples
    # "并可见来源 IP、请求路径和浏览器信息" (Cloudflare)
    assert ("usage.history", "collect", "cloudflare") in _tuples("zh-r49-peerto", 37)
