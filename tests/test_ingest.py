"""Ingest: encodings, formats, structure and exact line numbers."""

from __future__ import annotations

import pytest

from policycheck.errors import InputError
from policycheck.ingest import load_policy, parse_policy
from policycheck.ingest.decode import decode_bytes
from policycheck.ingest.sentences import sentences

ZH = "我们会收集您的手机号码和设备信息。\n我们不会向第三方出售您的个人信息。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_chinese_encodings_are_detected_from_bytes(tmp_path, encoding):
    path = tmp_path / "policy.bin"  # no telling extension
    path.write_bytes(ZH.encode(encoding))
    document = load_policy(str(path))
    assert document.language == "zh"
    assert "手机号码" in document.blocks[0].text


def test_big5_traditional_chinese_is_decoded():
    text = "我們會收集您的個人資料，包括手機號碼與電子郵件地址。我們不會出售您的個人資料。"
    decoded, encoding = decode_bytes(text.encode("big5"), "p.txt")
    assert encoding == "big5"
    assert decoded == text


def test_gbk_is_not_mistaken_for_big5():
    decoded, encoding = decode_bytes(ZH.encode("gbk"), "p.txt")
    assert encoding == "gb18030"
    assert decoded == ZH


def test_windows_1252_english():
    text = "We don\u2019t sell your personal information \u2014 ever.\n"
    decoded, encoding = decode_bytes(text.encode("cp1252"), "p.txt")
    assert decoded == text and encoding == "cp1252"


@pytest.mark.parametrize("payload, message", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (bytes(range(256)) * 8, "binary"),
])
def test_binary_input_is_refused_with_a_reason(tmp_path, payload, message):
    path = tmp_path / "policy.html"
    path.write_bytes(payload)
    with pytest.raises(InputError, match=message):
        load_policy(str(path))


def test_random_high_bytes_are_undecodable(tmp_path):
    path = tmp_path / "policy.txt"
    path.write_bytes(bytes([0x80, 0xFF, 0xFE, 0x81, 0x30, 0xC0, 0xC1, 0xF5]) * 200)
    with pytest.raises(InputError, match="undecodable|binary"):
        load_policy(str(path))


def test_empty_and_whitespace_files_are_refused(tmp_path):
    for content in (b"", b"  \n\t\n", "\ufeff".encode("utf-8")):
        path = tmp_path / "empty.txt"
        path.write_bytes(content)
        with pytest.raises(InputError, match="empty"):
            load_policy(str(path))


def test_html_without_text_is_refused():
    with pytest.raises(InputError, match="no text"):
        parse_policy("<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>", "p.html")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_policy(str(tmp_path / "nope.html"))
    with pytest.raises(InputError, match="directory"):
        load_policy(str(tmp_path))


def test_size_limit(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>x</p>" * 200_000)
    with pytest.raises(InputError, match="input limit"):
        load_policy(str(path), max_bytes=1_000_000)


HTML = """<!DOCTYPE html>
<html><head><title>Policy</title><style>p { color: red }</style>
<script>
  var tracking = "we collect your contacts";
</script></head>
<body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<h1>隐私政策</h1>
<p>我们会收集您的
手机号码。</p>
<div style="display:none">我们会收集您的通讯录。</div>
<h2>第三方SDK目录</h2>
<table>
<tr><th>SDK名称</th><th>使用目的</th><th>收集个人信息类型</th></tr>
<tr><td>友盟SDK</td><td>统计分析</td>
<td>设备信息（IMEI、OAID）</td></tr>
</table>
<ul><li>第一项 &amp; 说明</li><li>第二项</li></ul>
<footer>© 2024 Example · 联系电话</footer>
</body></html>
"""


def test_html_structure_lines_and_boilerplate():
    document = parse_policy(HTML, "p.html")
    assert document.format == "html"
    texts = [b.text for b in document.blocks]
    assert not any("tracking" in t or "Home" in t or "通讯录" in t or "© 2024" in t for t in texts)
    heading = document.blocks[0]
    assert heading.kind == "heading" and heading.text == "隐私政策" and heading.line == 8
    paragraph = document.blocks[1]
    assert paragraph.text == "我们会收集您的手机号码。"  # no space between Chinese characters across a line break
    assert paragraph.line == 9 and paragraph.line_at(paragraph.text.index("手机号码")) == 10
    rows = [b for b in document.blocks if b.kind == "table_row"]
    assert rows[0].header and [c.text for c in rows[0].cells] == ["SDK名称", "使用目的", "收集个人信息类型"]
    assert [c.line for c in rows[1].cells] == [15, 15, 16]
    items = [b for b in document.blocks if b.kind == "list_item"]
    assert [i.text for i in items] == ["第一项 & 说明", "第二项"]


def test_unclosed_nav_does_not_swallow_the_policy():
    document = parse_policy("<body><nav>Menu<p>We collect your email address.</p>", "p.html")
    assert any("email address" in b.text for b in document.blocks)


MARKDOWN = """# Privacy Policy

## Information we collect

We collect:

- your **email address**;
- your [IP address](https://example.com/ip).

| SDK | Purpose | Data collected |
|-----|---------|----------------|
| Firebase Analytics | analytics | device identifiers |

<table>
<tr><td>Adjust</td><td>attribution</td></tr>
</table>
"""


def test_markdown_headings_lists_tables_and_embedded_html():
    document = parse_policy(MARKDOWN, "p.md")
    assert document.format == "markdown"
    kinds = [(b.kind, b.text, b.line) for b in document.blocks]
    assert ("heading", "Information we collect", 3) in kinds
    assert ("list_item", "your email address;", 7) in kinds
    assert ("list_item", "your IP address.", 8) in kinds
    rows = [b for b in document.blocks if b.kind == "table_row"]
    assert rows[0].header and rows[0].line == 10
    assert rows[1].cells[0].text == "Firebase Analytics" and rows[1].line == 12
    assert rows[2].cells[0].text == "Adjust" and rows[2].line == 15


def test_plain_text_one_paragraph_per_line_and_headings():
    text = "隐私政策\n\n一、我们如何收集和使用您的个人信息\n（一）注册\n我们会收集您的手机号码。\n\n二、我们如何共享\n"
    document = parse_policy(text, "p.txt")
    headings = [(b.text, b.level) for b in document.blocks if b.kind == "heading"]
    assert [h for h, _ in headings] == ["隐私政策", "一、我们如何收集和使用您的个人信息", "（一）注册", "二、我们如何共享"]
    levels = dict(headings)
    assert levels["（一）注册"] > levels["一、我们如何收集和使用您的个人信息"] == levels["二、我们如何共享"]
    sentence = [s for s in sentences(document) if "手机号码" in s.text][0]
    assert sentence.line == 5 and sentence.section[-1] == "（一）注册"


def test_items_after_a_colon_are_list_items_not_headings():
    text = "我们会收集以下信息：\n手机号码\n设备信息\n"
    document = parse_policy(text, "p.txt")
    assert [b.kind for b in document.blocks] == ["paragraph", "list_item", "list_item"]


def test_hard_wrapped_english_paragraphs_are_joined_with_exact_lines():
    lines = [
        "We collect information that you provide directly to us when you create an",
        "account, including your name, email address and phone number, and information",
        "about the device you use to access the service, such as its IP address.",
        "",
        "We do not sell your personal information to anyone for any reason at all.",
        "",
        "We keep the information we collect for as long as your account is active and",
        "for a reasonable period after that, unless a longer period is required by law",
        "or needed to resolve disputes, enforce our agreements or protect our users.",
        "",
        "If you have questions about this policy, please write to the address given at",
        "the end of this page and we will answer within thirty days of your request.",
    ]
    document = parse_policy("\n".join(lines) + "\n", "p.txt")
    first = document.blocks[0]
    assert first.text.startswith("We collect information") and first.text.endswith("IP address.")
    assert first.line_at(first.text.index("IP address")) == 3
    assert len(document.blocks) == 4
    found = {s.text: s.line for s in sentences(document)}
    assert found["We do not sell your personal information to anyone for any reason at all."] == 5


def test_english_sentence_splitting_respects_abbreviations():
    document = parse_policy("We use e.g. Google Analytics. It collects your IP address! We don't sell it.", "p.txt")
    assert [s.text for s in sentences(document)] == [
        "We use e.g. Google Analytics.", "It collects your IP address!", "We don't sell it."]


def test_etc_before_a_capital_ends_an_english_sentence():
    # "etc." closing a list ends the sentence when a capital follows, so the next sentence can resume what the list
    # named ("Drafts include titles, tags, etc. Drafts are never uploaded to a remote server")
    text = "Drafts include titles, tags, etc. Drafts are never uploaded. We use tags, notes, etc. for search."
    assert [s.text for s in sentences(parse_policy(text, "p.txt"))] == [
        "Drafts include titles, tags, etc.", "Drafts are never uploaded.", "We use tags, notes, etc. for search."]


def test_english_abbreviation_opening_a_bracket_ends_no_sentence():
    text = ("Insofar as the processing of your personal data is carried out on the basis of legitimate interests "
            "(Art. 6(1)(f) GDPR), you have the right to object to this processing. We keep logs.")
    assert [s.text for s in sentences(parse_policy(text, "p.txt"))] == [text[:-14], "We keep logs."]


def test_an_abbreviation_joined_by_a_hyphen_ends_no_english_sentence():
    text = "Orders go through our EU-U.S. Data Hub and our non-U.S. Partners. We keep logs."
    assert [s.text for s in sentences(parse_policy(text, "p.txt"))] == [text[:-14], "We keep logs."]


def test_mixed_language_document_labels_blocks():
    document = parse_policy("我们会收集您的手机号码和设备信息。\n\nWe collect your email address.\n", "p.txt")
    assert [b.language for b in document.blocks] == ["zh", "en"]


def test_preformatted_text_keeps_its_lines_and_paragraphs():
    html = "<html><body><pre>隐私政策\n==========\n一、我们如何收集\n我们会收集您的手机号码。\n</pre></body></html>"
    document = parse_policy(html, "p.html")
    texts = [(b.kind, b.text, b.line) for b in document.blocks]
    assert ("heading", "一、我们如何收集", 3) in texts
    assert ("paragraph", "我们会收集您的手机号码。", 4) in texts


def test_pipe_runs_separate_segments():
    document = parse_policy("<p>Privacy Policy|||We collect your email address.|||We do not sell it.</p>", "p.html")
    assert [b.text for b in document.blocks] == ["Privacy Policy", "We collect your email address.",
                                                 "We do not sell it."]


def test_markdown_with_inline_br_stays_markdown(tmp_path):
    from policycheck.ingest import load_policy

    path = tmp_path / "policy.md"
    rows = "".join(f"| c{i} | a<br>b<br/>c |\n" for i in range(5))
    path.write_text("# Cookies\n\n| Cookie | Purpose |\n|---|---|\n" + rows, encoding="utf-8")
    document = load_policy(str(path))
    table = [b for b in document.blocks if b.kind == "table_row" and not b.header]
    assert len(table) == 5 and table[0].line_at(0) == 5 and "<br" not in table[0].text


def test_english_clauses_joined_by_a_semicolon_are_sentences_of_their_own():
    from policycheck.ingest import parse_policy
    from policycheck.ingest.sentences import sentences

    document = parse_policy("Reports are sent to Sentry; they do not include your IP address; see below.\n", "p.txt")
    texts = [s.text for s in sentences(document)]
    assert texts == ["Reports are sent to Sentry;", "they do not include your IP address; see below."]


def test_a_short_sentence_full_of_names_is_not_a_heading():
    from policycheck.ingest.blocks import looks_like_heading

    assert not looks_like_heading("We and Google collect your IP address.", "en")
    assert looks_like_heading("Information We Collect", "en")
    assert looks_like_heading("Location information.", "en")


def test_a_short_sentence_with_a_subject_pronoun_and_defined_terms_is_not_a_heading():
    from policycheck.ingest.blocks import looks_like_heading

    assert not looks_like_heading("We use cookies.", "en")
    assert not looks_like_heading("We collect Usage Data.", "en")
    assert not looks_like_heading("We collect your Personally Identifiable Information.", "en")
    assert looks_like_heading("Our Use of Cookies.", "en")
    assert looks_like_heading("This Privacy Policy.", "en")


def test_tab_separated_lines_are_table_rows_and_a_line_inside_a_cell_stays_in_the_table():
    text = ("我们收集的信息如下。\n"
            "业务功能\t收集的个人信息\t使用目的\n"
            "注册\t手机号码、昵称\t用于注册\n"
            "Apple ID、头像\n"
            "实名认证\t真实姓名\t\n"
            "一行\t说明\n")
    document = parse_policy(text, "p.txt")
    rows = [b for b in document.blocks if b.kind == "table_row"]
    assert [(r.line, r.header) for r in rows] == [(2, True), (3, False), (4, False), (5, False), (6, False)]
    assert [c.text for c in rows[3].cells] == ["实名认证", "真实姓名", ""]  # an empty cell keeps its column
    assert rows[1].text == "注册 | 手机号码、昵称 | 用于注册"
    assert document.blocks[0].kind == "paragraph"
    # a single line with a tab is not a table
    lone = parse_policy("说明\t我们收集您的手机号码。\n", "p.txt")
    assert [b.kind for b in lone.blocks] == ["paragraph"]


def test_underscore_emphasis_is_stripped_but_not_leading_underscores_of_names():
    from policycheck.ingest.text import strip_inline_markdown
    assert strip_inline_markdown("1. _Basic account information, such as:_") == "1. Basic account information, such as:"
    assert strip_inline_markdown("the _ga and _gid cookies") == "the _ga and _gid cookies"
    assert strip_inline_markdown("user_id and snake_case") == "user_id and snake_case"


def test_pipe_table_rows_in_plain_text_are_table_rows():
    from policycheck.ingest import parse_policy
    text = ("（八）传感器应用场景声明\n| 传感器名称 | 适用场景 | 使用目的 |\n| 加速度传感器 | 摇一摇 | 展示互动 |\n"
            "| 计步器 | 记录每日运动步数 | 记录运动步数 |\n我们会在您使用摇一摇功能时调用加速度传感器，这一行 | 不是表格。\n")
    blocks = parse_policy(text, "p.txt").blocks
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [b.header for b in rows] == [True, False, False]
    assert [c.text for c in rows[1].cells] == ["加速度传感器", "摇一摇", "展示互动"]
    assert rows[2].cells[0].line == 4
    assert blocks[-1].kind == "paragraph"


def test_markdown_bold_title_line_over_a_paragraph_is_a_heading_of_its_own():
    text = ("# Privacy\n\n**Location Information**\nWhen you use the site, we infer your general location from your IP "
            "address.\n**Note:** we keep it for a day.\n\n**Cookies** are small files.\n")
    document = parse_policy(text, "p.md")
    kinds = [(b.kind, b.text, b.line) for b in document.blocks]
    assert ("heading", "Location Information", 3) in kinds
    located = [s for s in sentences(document) if "general location" in s.text][0]
    assert located.line == 4 and located.section[-1] == "Location Information"
    assert ("heading", "Cookies are small files.", 7) not in kinds  # bold words opening a sentence stay its text
    assert any(b.kind == "paragraph" and b.text.startswith("Cookies are") for b in document.blocks)


def test_markdown_italic_title_line_over_a_paragraph_is_a_heading_not_an_item():
    text = ("# Privacy\n\n- Personal data shall be deleted after the retention period.\n"
            "*Detailed information on the processing of personal data*\nWe use the following processors:\n\n"
            "*We do not sell your data.*\nMore text.\n")
    document = parse_policy(text, "p.md")
    kinds = [(b.kind, b.text, b.line) for b in document.blocks]
    assert ("heading", "Detailed information on the processing of personal data", 4) in kinds
    following = [s for s in sentences(document) if "following processors" in s.text][0]
    assert following.section[-1] == "Detailed information on the processing of personal data"
    assert not any(b.kind == "heading" and b.text.startswith("We do not sell") for b in document.blocks)


def test_a_web_address_is_no_english_text_and_its_question_mark_ends_no_sentence():
    document = parse_policy("SDK官网：https://x5.tencent.com/\n火狐浏览器：https://support.mozilla.org/kb/cookies?locale=en-US;"
                            "以上为浏览器帮助页面。\n", "p.txt")
    assert [block.language for block in document.blocks] == ["zh", "zh"]
    assert [s.text for s in sentences(document)] == [
        "SDK官网：https://x5.tencent.com/",
        "火狐浏览器：https://support.mozilla.org/kb/cookies?locale=en-US;以上为浏览器帮助页面。"]


def test_spaces_inside_chinese_words_are_closed_with_lines_kept():
    # a PDF-converted paragraph: spaces where the original lines broke, and a line break inside the paragraph
    html = "<html><body>\n<p>我们会将您的收货地址共 享给物 流公司，并收集您的手 机号码\n以及 IP 地址和 Android 10 设备的 信息 。</p>\n</body></html>"
    block = parse_policy(html, "p.html").blocks[0]
    assert block.text == "我们会将您的收货地址共享给物流公司，并收集您的手机号码以及 IP 地址和 Android 10 设备的信息。"
    assert block.line_at(block.text.index("手机号码")) == 2
    assert block.line_at(block.text.index("IP 地址")) == 3 and block.line_at(block.text.index("信息。")) == 3
    [sentence] = sentences(parse_policy(html, "p.html"))
    assert sentence.text == block.text and sentence.line == 2


def test_label_spaces_and_latin_spaces_in_chinese_text_stay():
    document = parse_policy("第一部分 相关定义\n\n•基本信息 姓名、家庭地 址\n\n2) 支付信息 在您下单 后，SDK 名称 为 微信支付 SDK。\n",
                            "p.txt")
    assert [block.text for block in document.blocks] == [
        "第一部分 相关定义", "•基本信息 姓名、家庭地址", "2) 支付信息 在您下单后，SDK 名称为微信支付 SDK。"]


def test_spaces_inside_chinese_words_are_closed_in_table_cells_but_not_in_english_text():
    document = parse_policy("| 第三方 | 共享的信息 |\n|---|---|\n| 物 流公司 | 收货 地址 、手机号码 |\n", "p.md")
    row = document.blocks[-1]
    assert [cell.text for cell in row.cells] == ["物流公司", "收货地址、手机号码"]
    assert row.text == "物流公司 | 收货地址、手机号码" and row.line_at(row.text.index("收货")) == 3
    english = parse_policy("We share your data with 物 流 partners such as SF Express in China.\n", "p.txt")
    assert english.blocks[0].text == "We share your data with 物 流 partners such as SF Express in China."


def test_a_web_address_ends_where_chinese_text_or_a_comma_follows_it():
    # Chinese text is often written straight after an address; its words are no part of it
    from policycheck.ingest.language import URL
    from policycheck.taxonomy import data_matcher

    text = "您可以通过账号系统https://user.mihoyo.com查询到您的其他信息，如昵称、性别、生日"
    assert [m.group() for m in URL.finditer(text)] == ["https://user.mihoyo.com"]
    assert [m.group() for m in URL.finditer("see https://example.com/a?b=c, or www.example.org)")] == [
        "https://example.com/a?b=c", "www.example.org"]
    found = {m.value for m in data_matcher("zh").find("账号系统https://user.mihoyo.com查询昵称、性别")}
    assert found >= {"account.profile", "identity.gender"}


def test_markdown_table_row_without_outer_pipes_after_a_row_stays_in_the_table():
    text = ("# Notice\n\n| Category | Sources | Purposes |\n| --- | --- | --- |\n"
            "| Identifiers (such as real name) | Provided directly | Security |\n"
            "Geolocation data (such as IP address) | Provided automatically | Debugging |\n"
            "Our handling | is described below.\n\nA paragraph | with a pipe.\n")
    blocks = parse_policy(text, "p.md").blocks
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [c.text for c in rows[2].cells] == ["Geolocation data (such as IP address)", "Provided automatically",
                                               "Debugging"]
    assert rows[2].cells[0].line == 6 and len(rows) == 4
    assert blocks[-1].kind == "paragraph" and blocks[-1].text == "A paragraph | with a pipe."


def test_a_paragraph_opening_with_a_bold_label_right_after_a_list_item_ends_the_list():
    # "- mailing addresses" then "**Payment Data.** We may collect …": a paragraph of its own, no lazy continuation
    text = ("# Privacy\n\nThe personal information we collect may include the following:\n- names\n- mailing addresses\n"
            "**Payment Data.** We may collect data necessary to process your payment.\n")
    blocks = [(b.kind, b.text, b.line) for b in parse_policy(text, "p.md").blocks]
    assert ("list_item", "mailing addresses", 5) in blocks
    assert ("paragraph", "Payment Data. We may collect data necessary to process your payment.", 6) in blocks


def test_line_broken_list_after_a_colon_introduction_is_a_list():
    html = ("<div>When you use our services, we automatically receive and record information from your browser,\n"
            "including: Your location <br> The unique identifier for your mobile device <br> Your IP address <br>\n"
            "Time and date of access <br> </div><p>We use cookies to remember your settings.</p>")
    blocks = parse_policy(html, "p.html").blocks
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("paragraph", 0, "When you use our services, we automatically receive and record information from your "
                         "browser, including:"),
        ("list_item", 1, "Your location"),
        ("list_item", 1, "The unique identifier for your mobile device"),
        ("list_item", 1, "Your IP address"),
        ("list_item", 1, "Time and date of access"),
        ("paragraph", 0, "We use cookies to remember your settings."),
    ]
    assert blocks[0].line_at(blocks[0].text.index("including")) == 2 and blocks[1].line == 2
    assert blocks[4].line == 3
    # the introduction alone on its line; inside a list, the items are one level deeper
    blocks = parse_policy("<ul><li>We collect the following information:<br>Name<br>Email address</li></ul>"
                          "<p>Contact us.</p>", "p.html").blocks
    assert [(b.kind, b.level) for b in blocks[:3]] == [("list_item", 1), ("list_item", 2), ("list_item", 2)]
    # the first item on the line after the colon's
    blocks = parse_policy("<p>We receive information from your browser, including:\nYour location<br>Your IP address"
                          "</p>", "p.html").blocks
    assert [(b.kind, b.line) for b in blocks] == [("paragraph", 1), ("list_item", 2), ("list_item", 2)]
    # a piece ending with a colon introduces the next list
    blocks = parse_policy("<p><b>Information You Provide To Us:</b><br>We may ask for your personal information when"
                          " you:<br>Register for an account<br>Make a purchase</p>", "p.html").blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list_item", "list_item"]


def test_line_broken_text_without_a_colon_introduction_keeps_its_paragraphs():
    blocks = parse_policy("<p>Privacy Policy <br><br> We collect your email address. <br> We do not sell it.</p>"
                          "<p>Cookies and similar technologies: <br><br> When you visit the Service, we may use "
                          "cookies to collect information. We may ask partners to serve ads.</p>", "p.html").blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph"]
    # a label and its value, and a colon with a long sentence after it, start no list
    blocks = parse_policy("<p>Email: privacy@example.com<br>Phone: 555 0100</p><p>Note: we keep your data for as long"
                          " as your account is open.<br>Other text</p>", "p.html").blocks
    assert "list_item" not in [b.kind for b in blocks]


def test_acronyms_count_half_a_word_so_a_chinese_item_of_acronyms_stays_chinese():
    from policycheck.ingest import language

    assert language.detect("- IMEI、MAC地址。") == "zh"
    assert language.detect("We collect your IMEI and MAC address.") == "en"
    document = parse_policy("我们会收集以下设备信息：\n\n- IMEI、MAC地址。\n- 设备型号。\n", "p.md")
    assert [block.language for block in document.blocks] == ["zh", "zh", "zh"]


def test_a_short_markdown_line_all_in_bold_before_a_blank_line_is_a_title_whatever_its_case():
    from policycheck.ingest import parse_policy

    text = "**Data not collected**\n\n- Location\n\n**We never sell your data.**\n\n**We collect:**\n\n- Email\n"
    blocks = parse_policy(text, "p.md").blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Data not collected"] == "heading"
    assert kinds["We never sell your data."] != "heading"  # a sentence in bold
    assert kinds["We collect:"] != "heading"  # a list introduction


def test_a_numbered_sentence_is_a_clause_not_a_heading():
    from policycheck.ingest.blocks import looks_like_heading

    assert not looks_like_heading("3.1 We do not sell your personal information.", "en")
    assert not looks_like_heading("(a) We collect your name.", "en")
    assert looks_like_heading("3. SHARING", "en")
    assert looks_like_heading("2. How we use your information.", "en")
    assert looks_like_heading("1.1 Information you provide.", "en")


def test_short_lines_right_under_a_plain_text_title_are_its_items():
    from policycheck.ingest import parse_policy

    text = ("PRIVACY POLICY\n\n4. DATA WE COLLECT\nEmail address\nPhone number\n\nInformation We Collect\n"
            "Personal Information\nWe collect your name when you register.\n")
    kinds = {b.text: b.kind for b in parse_policy(text, "p.txt").blocks}
    assert kinds["Email address"] == "list_item" and kinds["Phone number"] == "list_item"
    assert kinds["4. DATA WE COLLECT"] == "heading"
    assert kinds["Personal Information"] == "heading"  # a single short line under a title stays a subtitle
