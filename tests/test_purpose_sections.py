"""General purpose passages: `Extraction.purposes` (policycheck/extract/purpose_sections.py)."""

from __future__ import annotations

from policycheck.extract import extract
from policycheck.ingest import parse_policy
from policycheck.report.extraction import extraction_json


def purposes(policy: str, fmt: str = "markdown") -> list[tuple[str, int]]:
    extraction = extract(parse_policy(policy, "policy.md", fmt=fmt))
    return [(p.text, p.line) for p in extraction.purposes]


def test_a_list_after_a_general_purpose_introduction():
    policy = ("# How we use your information\n\n"
              "We use the information described above to:\n\n"
              "1. **Provide** the Service, including syncing your progress;\n"
              "2. detect fraud and abuse; and\n"
              "   - a sub-item detailing the second one\n"
              "3. comply with the law.\n\n"
              "Other text.\n")
    assert purposes(policy) == [("Provide the Service, including syncing your progress", 5),
                                ("detect fraud and abuse", 6), ("comply with the law", 8)]


def test_a_general_purpose_sentence_and_what_is_no_general_purpose():
    assert purposes("We use the information we collect to provide, maintain and improve the App.\n") == [
        ("to provide, maintain and improve the App", 1)]
    # named data is a statement's purpose, not a general one; a list after "collect … :" lists data
    assert purposes("We use your email address to send you receipts.\n") == []
    assert purposes("We collect the following information:\n\n- your name\n- your email address\n") == []


def test_chinese_purpose_introduction():
    policy = "我们会出于以下目的，收集和使用您的个人信息：\n1. 为您提供账号注册服务；\n2. 保障交易安全。\n"
    assert purposes(policy, fmt="text") == [("为您提供账号注册服务", 2), ("保障交易安全", 3)]


def test_chinese_general_purpose_sentences():
    policy = ("我们会将收集到的个人信息用于向您提供服务、改进我们的产品，未经您的同意不会用作其他用途。\n"
              "我们会出于保障账户安全的目的使用您的个人信息。\n"
              "您的个人信息仅用于身份验证、安全防范等用途。\n")
    assert purposes(policy, fmt="text") == [("向您提供服务、改进我们的产品", 1), ("保障账户安全", 2),
                                            ("身份验证、安全防范", 3)]
    # data just named ("上述信息") and a pointer to a list elsewhere ("本政策所述的以下…") give no general purpose
    assert purposes("我们会收集儿童的年龄和年级。上述信息用于为儿童匹配课程内容。\n", fmt="text") == []
    assert purposes("我们会将您的个人信息用于本政策所述的以下用途，包括提供服务。\n", fmt="text") == []


def test_json_output_lists_them_with_lines():
    extraction = extract(parse_policy("We use this information to improve the App.\n", "p.txt", fmt="text"))
    assert extraction_json(extraction)["purposes"] == [{"text": "to improve the App", "line": 1}]


def test_table_output_lists_them_after_the_statements():
    from policycheck.report.extraction import extraction_table
    extraction = extract(parse_policy("We collect your email address.\n\nWe use this information to improve the App.\n",
                                      "p.txt", fmt="text"))
    assert extraction_table(extraction).endswith("purposes stated for the data in general:\n  line 3: to improve the App")
