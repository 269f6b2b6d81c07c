"""Chinese third-party practices: the fields of a request log a host records ("请求时间、请求路径与方法") and the click
times of pushed messages ("消息创建、送达和点击时间") are usage.logs."""

from __future__ import annotations

from conftest import statements_of


def _line(text: str, line: int, fmt: str | None = None) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text, fmt) if s.line == line}


VERCEL_LOG_TABLE = ("上述接口部署在 **Vercel**（云托管平台）。在请求转发过程中，**Vercel 平台会自动记录运行时日志**，其内容通常包括：\n"
                    "\n"
                    "| 日志字段 | 说明 |\n"
                    "|---|---|\n"
                    "| 请求时间、请求路径与方法 | 用于排查故障 |\n"
                    "| 来源 IP 地址 | 由平台自动附带 |\n")


def test_request_log_fields_recorded_by_the_host():
    # zh-r39-harmonia:210: the row's fields are the host's runtime log, not our own request of anything; the path
    # requested is the page (GUIDELINES: request paths -> usage.history, as the gold of the line since goldcons24)
    assert _line(VERCEL_LOG_TABLE, 5, "md") == {("usage.logs", "collect", "vercel", None),
                                                ("usage.history", "collect", "vercel", None)}


def test_request_path_and_method_are_logs():
    assert ("usage.logs", "collect", "first_party", None) in _line("我们会记录您的请求路径与请求方法，用于排查故障。", 1)
    assert _line("第三方CDN会记录您的请求时间。", 1) == {("usage.logs", "collect", "third_party", None)}


def test_click_times_of_pushed_messages_are_logs():
    # zh-r18-psbc:28: a push SDK collecting the creation, delivery and click times of its messages
    text = ("（4）小米推送SDK。为了向您提供消息推送服务，我们使用了小米推送SDK，该SDK由小米科技有限责任公司提供，"
            "需要采集您的设备型号、收集消息创建、送达和点击时间。")
    assert ("usage.logs", "collect", "mipush", None) in _line(text, 1)


def test_a_possible_sharing_for_lawful_purposes_is_a_sharing():
    # zh-r31-jinshan-xinjianxia:34: GUIDELINES (restrictions of purpose): "我们可能会与合作伙伴共享…" states the sharing
    text = ("仅为实现本《隐私政策》中声明的目的，我们可能会出于必要、合法、正当、特定的目的同我们的合作伙伴共享您的必要信息，"
            "并将要求该等合作伙伴仅在向您提供服务的范围内使用您的信息。")
    assert _line(text, 1) == {("personal_info", "share", "first_party", "third_party")}
    # the restriction alone stays without a tuple of its own
    assert _line("我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息。", 1) == set()
    assert _line("我们会出于合法、正当的目的共享您的个人信息。", 1) == set()
