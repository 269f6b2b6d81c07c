"""Chinese third-party statements: recipients, SDK records and their purposes."""

from __future__ import annotations

from conftest import statements_of


def shares(text: str) -> set[str]:
    return {s.data_type for s in statements_of(text) if s.action == "share"}


def test_provider_noun_after_recipient_marker_is_no_predicate():
    # 提供 + 方 after 与 names the party the data goes to; the share verb after it governs the list
    found = shares("我们会将您的游戏账户名、对应的支付机构账户名、订单支付相关信息、订单安全相关设备信息与支付信息服务提供方共享。")
    assert {"account.credentials", "financial.transactions", "financial.payment", "device"} <= found
