"""A Markdown policy with HTML blocks in it (a <table> of legal bases, lists in its cells) stays Markdown: its own
lines, headings and list items, each HTML block read as HTML where it stands."""

from __future__ import annotations

from policycheck.ingest import detect_format, parse_policy
from policycheck.ingest.text import markdown_blocks

from conftest import hang_guard, tuples

# the shape of Mozilla's legal-docs notices: Markdown headings and paragraphs, then an HTML table whose cells hold
# lists and paragraphs, then Markdown again
MARKDOWN_WITH_TABLE = """# 隐私声明

## 法律依据

<table>
    <thead>
        <tr>
            <th>我们使用您的数据的目的</th>
            <th>我们处理哪些数据</th>
            <th>我们的法律依据</th>
        </tr>
    </thead>
        <tr>
            <td>为提供和改进搜索功能</td>
            <td>
                <ul>
                    <li>位置</li>
                    <li>语言偏好</li>
                    <li>设备标识符</li>
                </ul>
            </td>
            <td>
                <p>在提供搜索功能方面的<strong>合法权益</strong>。</p>
                <p>您给予的<strong>同意</strong>。</p>
            </td>
        </tr>
</table>

## 您的权利

我们会收集您的手机号码，用于登录。

- 要求获取您的数据副本
"""


def _blocks(text: str, name: str = "policy.md"):
    return parse_policy(text, name).blocks


def test_markdown_with_an_html_table_stays_markdown_with_its_own_lines():
    document = parse_policy(MARKDOWN_WITH_TABLE, "policy.md")
    assert document.format == "markdown"
    kinds = [(b.kind, b.text, b.line) for b in document.blocks]
    # headings stay headings of their own, before and after the table
    assert ("heading", "法律依据", 3) in kinds
    assert ("heading", "您的权利", 29) in kinds
    # the paragraph and the list item after the table keep their lines
    assert ("paragraph", "我们会收集您的手机号码，用于登录。", 31) in kinds
    assert ("list_item", "要求获取您的数据副本", 33) in kinds


def test_table_row_cells_are_read_with_their_header_and_lines():
    rows = [b for b in _blocks(MARKDOWN_WITH_TABLE) if b.kind == "table_row"]
    assert len(rows) == 2
    header, body = rows
    assert header.header and [c.text for c in header.cells] == ["我们使用您的数据的目的", "我们处理哪些数据", "我们的法律依据"]
    assert [c.line for c in header.cells] == [8, 9, 10]
    assert not body.header
    assert [c.line for c in body.cells] == [14, 17, 23]
    # the paragraphs of a cell stay apart
    assert body.cells[2].text == "在提供搜索功能方面的合法权益。您给予的同意。"


def test_a_list_inside_a_cell_gives_items_with_their_lines():
    body = [b for b in _blocks(MARKDOWN_WITH_TABLE) if b.kind == "table_row"][1]
    cell = body.cells[1]
    assert cell.text == "位置；语言偏好；设备标识符"  # items set apart, not run together ("位置语言偏好…")
    assert [(cell.text[offset:].split("；")[0], line) for offset, line in cell.items] == [
        ("位置", 17), ("语言偏好", 18), ("设备标识符", 19)]
    # the row's text keeps the line of each item
    assert body.line_at(body.text.index("设备标识符")) == 19
    assert body.line_at(body.text.index("位置")) == 17


def test_an_english_cell_list_is_set_apart_by_semicolons():
    html = ("<table><tr><th>Purpose</th><th>Data</th></tr>\n<tr><td>Search</td><td><ul>\n<li>Location</li>\n"
            "<li>Language</li>\n</ul></td></tr></table>")
    body = [b for b in parse_policy(html, "p.html").blocks if b.kind == "table_row"][1]
    assert body.cells[1].text == "Location; Language"
    assert body.line_at(body.text.index("Language")) == 4


def test_the_data_of_each_cell_item_is_used_on_the_item_line():
    found = tuples(MARKDOWN_WITH_TABLE, name="policy.md")
    assert (17, "location", "use", "first_party") in found
    assert (19, "device.id", "use", "first_party") in found
    # nothing on the row's first line nor on a heading
    assert not any(line in (3, 14, 29) for line, *_ in found)
    assert (31, "contact.phone", "collect", "first_party") in found


def test_an_html_table_with_blank_lines_inside_is_one_table():
    # (indented rows after a blank line would otherwise be loose Markdown text, tags and all)
    text = ("# Policy\n\n<table>\n    <tr><th>Purpose</th><th>Data</th></tr>\n\n        <tr>\n            <td>Ads</td>\n"
            "            <td>Device ID</td>\n        </tr>\n\n</table>\n\nWe collect your email address.\n")
    blocks = markdown_blocks(text)
    rows = [b for b in blocks if b.kind == "table_row"]
    assert len(rows) == 2 and rows[0].header and not rows[1].header
    assert [(c.text, c.line) for c in rows[1].cells] == [("Ads", 7), ("Device ID", 8)]
    assert [(b.kind, b.line) for b in blocks if b.kind != "table_row"] == [("heading", 1), ("paragraph", 13)]


def test_many_unclosed_html_blocks_are_read_quickly():
    text = "# Policy\n\n" + "<div>text\n\n" * 20000
    with hang_guard(12.0):
        blocks = markdown_blocks(text)
    assert len(blocks) > 1000


def test_an_html_page_is_still_read_as_html():
    page = ("<!DOCTYPE html><html><body><h1>Privacy</h1>\n<p>We collect your email.</p>\n<ul><li>a</li><li>b</li></ul>"
            "\n<table><tr><td>x</td></tr></table></body></html>")
    assert detect_format(page, "policy.html") == "html"
    assert parse_policy(page, "policy.html").format == "html"
    # also under a Markdown name, a whole HTML page is HTML
    assert detect_format(page, "policy.md") == "html"
    # and a .md file made only of HTML blocks, with no Markdown of its own
    fragment = "<div>\n<p>We collect your email.</p>\n<p>We use it.</p>\n<ul><li>a</li></ul>\n</div>\n"
    assert detect_format(fragment, "policy.md") == "html"
    # an .html file with the same table reads it as before (one row a line)
    rows = [b for b in parse_policy(page, "policy.html").blocks if b.kind == "table_row"]
    assert [c.text for c in rows[0].cells] == ["x"] and rows[0].cells[0].items is None


def test_markdown_detection_with_block_html():
    assert detect_format(MARKDOWN_WITH_TABLE, "policy.md") == "markdown"
    assert detect_format(MARKDOWN_WITH_TABLE, "policy.txt") == "html"  # no Markdown name: content decides, as before



def test_a_spaced_sdk_name_label_starts_a_new_sdk_record():
    # "第三方 SDK 名称：" (spaces around the Latin word) is the label "第三方SDK名称：", not text of the previous record
    text = ("第三方SDK目录\n\n第三方SDK名称：友盟统计SDK\n使用目的：统计分析\n收集个人信息类型：设备标识符\n"
            "第三方 SDK 名称：极光推送SDK\n使用目的：消息推送\n收集个人信息类型：手机号码\n")
    found = tuples(text)
    assert (5, "device.id", "collect", "umeng") in found
    assert (8, "contact.phone", "collect", "jpush") in found
    assert not any(line == 8 and actor != "jpush" for line, _, _, actor in found)


def test_a_line_ending_in_br_ends_its_paragraph():
    document = parse_policy("# T\n\nWrite to us at:\n\nBird & Bird DPO Services SRL<br>\nAvenue Louise 235 b 1<br>\n"
                            "1050 Brussels\n", "p.md")
    assert [(b.line, b.text) for b in document.blocks if b.kind == "paragraph"][1:3] == [
        (5, "Bird & Bird DPO Services SRL;"), (6, "Avenue Louise 235 b 1;")]
