"""Chinese: relative 用于 clauses with a short list, headings, display verbs and data terms."""

from __future__ import annotations

from conftest import pairs


def test_relative_used_for_clause_with_a_short_list_keeps_later_items():
    found = pairs("我们需要收集您提供的证明文件，包括学生证、职业证件或用于证明身份职业或技能、专长的其他文件及相关信息、"
                  "电子邮箱、性别。")
    assert {("contact.email", "collect"), ("identity.gender", "collect")} <= found
    # 用于 whose object is a list of purposes (no 的 closing it) still opens a purpose
    assert ("contact.email", "collect") not in pairs("我们会收集您的手机号码，或用于识别和预防洗钱、电子邮箱诈骗。")
