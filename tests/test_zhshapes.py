"""Chinese precision shapes: navigation, non-data senses of data words and nominal practices."""

from __future__ import annotations

from conftest import pairs, tuples

from policycheck.ingest.text import markdown_blocks


def test_in_page_links_are_navigation():
    text = ("# 隐私声明\n\n* [用户帐号和信息收集](#accounts)\n* [Cookie 和分析工具使用](#cookies)\n\n[返回顶部](#top)\n\n"
            "我们会收集您的电子邮件地址。\n")
    blocks = markdown_blocks(text)
    assert [(b.kind, b.line) for b in blocks] == [("heading", 1), ("paragraph", 8)]
    assert {(line, data) for line, data, _, _ in tuples(text, name="policy.md")} == {(8, "contact.email")}


def test_a_link_elsewhere_is_still_text():
    blocks = markdown_blocks("* [我们收集的信息](https://example.org/privacy)\n")
    assert [(b.kind, b.text) for b in blocks] == [("list_item", "我们收集的信息")]
