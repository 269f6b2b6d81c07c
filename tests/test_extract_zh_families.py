"""Chinese extraction: families of wordings common to many policies (GB/T 35273 templates, app policies, SDK lists)."""

from __future__ import annotations

from conftest import pairs


def test_use_as_a_noun_in_a_merger_clause_is_no_security_measure():
    # "使用目的、使用规则、安全保护措施" lists what the new holder must keep to; the clause still transfers the data
    # (GUIDELINES: the merger clause is `share` `personal_info`)
    text = ("如我们进行兼并、收购、重组、分立、破产、资产转让或类似的交易，而您的个人信息有可能作为此类交易的一部分而被转移，"
            "我们会要求新持有人继续遵守和履行该隐私政策的全部内容（包括使用目的、使用规则、安全保护措施等），"
            "否则我们将要求其重新获取您的明示授权同意；")
    assert pairs(text) == {("personal_info", "share")}
    # a security measure stays no practice
    assert pairs("我们会使用加密技术等安全保护措施保护您的个人信息。") == set()
