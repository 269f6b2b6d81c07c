"""Chinese denials of analytics, statistics and crash-reporting services, tools and SDKs ("没有项目自有的分析服务",
"不使用任何分析或追踪工具", "无第三方分析服务", "无崩溃报告服务", "不使用统计分析 SDK…或崩溃上报服务", "项目方不运营账号系统、
分析服务…"): the service denied is the denial of the data it would make, `not_collect` `usage` (crash reports:
`usage.logs`) by the service itself (GUIDELINES: "No analytics, advertising, telemetry, or tracking" → not_collect
usage); a service or tool of that kind used, with no denying lead, names no data."""

from __future__ import annotations

from conftest import gold_line_tuples, markdown_policy_tuples, pairs


def test_analytics_services_tools_and_sdks_denied_are_usage_not_collected():
    assert pairs("扩展当前没有项目自有的分析服务、账号系统、云同步服务或远程存储后端。") == {("usage", "not_collect")}
    assert pairs("我们不使用任何分析或追踪工具（如 Google Analytics、Firebase 等）。") == {("usage", "not_collect")}
    assert pairs("项目方不运营账号系统、分析服务或共享存储。") == {("usage", "not_collect")}
    assert pairs("扩展当前没有 usage tracking 服务。") == {("usage", "not_collect")}
    assert pairs("AirLyrics 不使用统计分析 SDK、广告 SDK、追踪 SDK、账号系统或崩溃上报服务。") == {
        ("usage", "not_collect"), ("usage.logs", "not_collect")}


def test_a_bare_wu_lead_denies_as_meiyou_does():
    assert pairs("本应用无第三方分析服务。") == {("usage", "not_collect")}
    assert pairs("本应用无崩溃报告服务。") == {("usage.logs", "not_collect")}
    found = markdown_policy_tuples("## 隐私承诺\n\n- ❌ 无第三方分析服务\n- ❌ 无崩溃报告服务")
    assert (5, "usage", "not_collect", "first_party") in found
    assert (6, "usage.logs", "not_collect", "first_party") in found
    assert not {t for t in found if t[2] != "not_collect"}


def test_a_service_of_that_kind_used_or_named_as_a_purpose_is_no_data():
    assert pairs("我们使用分析工具收集设备信息。") == {("device", "collect")}
    assert pairs("我们使用分析或追踪工具收集设备信息。") == {("device", "collect")}
    assert not pairs("我们为合作伙伴提供统计分析服务。")
    assert not pairs("无需使用分析工具。")
    # another kind of analysis before the service, or tracking beside advertising, is no usage statistics
    assert not pairs("我们不使用风险分析服务。")
    assert not pairs("应用不集成任何广告或追踪 SDK。")


def test_corpus_denials_match_the_gold():
    assert ("usage", "not_collect", "first_party") in gold_line_tuples("zh-r39-bilibili-subtitle-vocab", 9)
    assert ("usage", "not_collect", "first_party") in gold_line_tuples("zh-r34-lumi", 89)
    assert ("usage.logs", "not_collect", "first_party") in gold_line_tuples("zh-r34-lumi", 93)


def test_a_service_of_that_kind_in_a_partys_description_stays_in_the_party():
    from conftest import statements_of

    statement = statements_of("我们可能会与提供广告、分析服务的合作伙伴共享您的设备信息。")[0]
    assert (statement.data_type, statement.action, statement.recipient_text) == (
        "device", "share", "提供广告、分析服务的合作伙伴")
