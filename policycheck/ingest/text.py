"""Plain text and Markdown to blocks, with input lines.

Plain text: a block is a run of non-blank lines; a line starts a new block when it is a list item or heading, or
when the previous line ended a sentence (so files with one paragraph per line and hard-wrapped files both work).
Markdown: ATX/setext headings, bullet and numbered lists, pipe tables, inline markup stripped, and embedded HTML
blocks (e.g. SDK tables written as <table>) parsed as HTML with their own lines.
"""

from __future__ import annotations

import re
import unicodedata

from ..records import Block, Cell
from .blocks import TextAccumulator, make_block, make_row, numbering_style
from .html import html_blocks

# the symbols that open a bulleted line ("• 姓名", "● Camera")
SYMBOL_BULLETS = "•●◆◇■□▪▫·"
# (Ø before Chinese text is the arrow bullet of a word processor's symbol font: "Ø读取手机状态", "Ø 相机")
LIST_MARKER = re.compile(
    r"^(\s*)(?:[-+" + SYMBOL_BULLETS + r"]|Ø(?=\s?[\u4e00-\u9fff])|\*(?!\*)|\d{1,3}[.)、．](?!\d)|[（(]\d{1,3}[)）]|[（(](?:[ivx]{1,4}|[a-zA-Z])[)）](?=\s)|(?:[ivx]{1,4}|[IVX]{1,4}|[a-zA-Z])[.)](?=\s)|[①-⑳]|[ⅰ-ⅻ][.)、])\s*"
)
SENTENCE_END = tuple("。！？!?；;：:") + (".", "…", "”", "」")


def _strip_list_marker(line: str) -> tuple[str, int, bool]:
    match = LIST_MARKER.match(line)
    if not match:
        return line, 0, False
    indent = len(match.group(1).expandtabs(4))
    return line, indent // 2 + 1, True


def _item_title(item: str, line: str) -> bool:
    """A list item of a few words ("Camera", "Background operation") followed by an unindented sentence: the item
    titles the sentence, which is a block of its own, not a lazy continuation of the item."""
    words = item.split()
    return (0 < len(words) <= 4 and not item.endswith(SENTENCE_END + (",",))
            and line[:1].isupper() and len(line.split()) > 4)


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped file was wrapped at, or 0 when lines are whole paragraphs."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return 0
    width = lengths[int(len(lengths) * 0.9) - 1]
    near = sum(1 for length in lengths if length >= 0.75 * width)
    if width > 120 or width < 30 or near < 0.4 * len(lengths):
        return 0
    return width


FIELD_LINE = re.compile(r"^[^：:。；;]{1,24}[：:]\s*\S")


def _symbol_marked(stripped: str) -> bool:
    """Whether a line opens with a pictographic symbol used as a bullet ("✅ No Location Data: …", "❌ …", "🔒 …"):
    such a line is an item of its own, as the file shows it, not the continuation of the line before."""
    return bool(stripped) and unicodedata.category(stripped[0]) == "So"


def _first_letter(stripped: str) -> str:
    """The first letter or digit of a line, past leading markup and symbols ("**Last Updated**:", "✅ **No …**")."""
    for char in stripped:
        if char.isalnum():
            return char
    return ""


def text_blocks(text: str, line_offset: int = 0) -> list[Block]:
    """Blocks of a plain-text policy (`line_offset` is added to every line, for embedded text)."""
    blocks: list[Block] = []
    acc = TextAccumulator()
    kind = "paragraph"
    level = 0
    previous = ""
    lines = text.split("\n")
    wrap = _wrap_width(lines)
    rows = _tab_rows(lines)
    pipes = _pipe_rows(lines)

    def flush() -> None:
        nonlocal kind, level
        content, marks = acc.take()
        block = make_block(kind, content, marks, level)
        if block is not None:
            blocks.append(block)
        kind, level = "paragraph", 0

    for number, raw in enumerate(lines, start=1 + line_offset):
        line = raw.rstrip("\r")
        stripped = line.strip()
        if not stripped or _is_rule(stripped):
            flush()
            previous = ""
            continue
        index = number - 1 - line_offset
        if index in rows or index in pipes:
            flush()
            previous = ""
            table = rows if index in rows else pipes
            if table is pipes and TABLE_SEPARATOR.match(line):
                continue
            cells = ([Cell(text=cell.strip(), line=number) for cell in line.strip(" \r\u3000").split("\t")]
                     if table is rows else _pipe_cells(line, number))
            row = make_row(cells, header=index - 1 not in table and not _continues_table(lines, index, table))
            if row is not None:
                blocks.append(row)
            continue
        _, depth, is_item = _strip_list_marker(line)
        continues = (
            wrap
            and previous
            and not is_item
            and not FIELD_LINE.match(stripped)
            and not _symbol_marked(stripped)
            and not numbering_style(stripped)
            and not previous.endswith(SENTENCE_END)
            and len(previous) >= 0.7 * wrap
        )
        if not continues:
            flush()
            if is_item:
                kind, level = "list_item", depth
        if acc.length:
            acc.break_soft()
        acc.add(stripped, number)
        previous = stripped
    flush()
    return blocks


def _tab_cells(line: str) -> int:
    return sum(1 for cell in line.split("\t") if cell.strip()) if "\t" in line.strip() else 0


def _tab_rows(lines: list[str]) -> set[int]:
    """Indexes of lines that are rows of a tab-separated table: runs of at least two adjacent lines with two or more
    tab-separated cells (a table pasted from a web page or a spreadsheet). The first row of a run is its header."""
    tabbed = [index for index, line in enumerate(lines) if _tab_cells(line) >= 2]
    rows: set[int] = set()
    for before, after in zip(tabbed, tabbed[1:]):
        if after - before == 1:
            rows.update((before, after))
        elif after - before == 2 and lines[before + 1].strip():  # a line break inside a cell: one line between rows
            rows.update((before, before + 1, after))
    return rows


def _pipe_rows(lines: list[str]) -> set[int]:
    """Indexes of lines that are rows of a pipe table in plain text ("| 传感器名称 | 适用场景 | 使用目的 |"): runs of at
    least two adjacent lines that start and end with "|" and hold two or more cells. The first row is the header."""
    piped = [index for index, line in enumerate(lines)
             if line.strip().startswith("|") and line.strip().endswith("|") and line.strip().count("|") >= 3]
    rows: set[int] = set()
    for before, after in zip(piped, piped[1:]):
        if after - before == 1:
            rows.update((before, after))
    # a table flattened one row per line with its cells joined by " | " and no outer bars ("功能场景 | 您的个人信息 |
    # 收集目的及用途"): runs of at least two adjacent lines with the same number (three or more) of cells
    joined = {index: line.count(" | ") + 1 for index, line in enumerate(lines)
              if not line.strip().startswith("|") and line.count(" | ") >= 2}
    for index, cells in joined.items():
        if joined.get(index + 1) == cells:
            rows.update((index, index + 1))
    return rows


def _continues_table(lines: list[str], index: int, table: set[int]) -> bool:
    """Whether the run of flattened rows starting at `index` goes on with the table above it past one line of a merged
    cell ("极光推送 | … |" / "如您使用华为、魅族…品牌手机，…整合了上述手机厂商 Push SDK" / "华为推送 | … |"): the run before
    that line has as many cells, so the row is a body row under the earlier header, not a header of its own."""
    if index < 2 or index - 2 not in table or index - 1 in table or not lines[index - 1].strip():
        return False
    if lines[index].strip().startswith("|"):
        return False  # a bordered pipe table ("| a | b |") names its own header
    return lines[index].count(" | ") == lines[index - 2].count(" | ")


def _is_rule(stripped: str) -> bool:
    return len(stripped) >= 3 and len(set(stripped)) == 1 and stripped[0] in "=-_*~#"


# --- Markdown ------------------------------------------------------------------------------------------------

ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# "##用户文件", "##COOKIE": hashes written without the space Markdown asks for, as Chinese Markdown often has them,
# still open a heading when a Chinese character follows, or when two hashes or more stand before one Latin word in
# capitals (never a "#hashtag" in running text)
ATX_UNSPACED = re.compile(r"^\s{0,3}(#{1,6})([\u4e00-\u9fff].*?|(?<=##)[A-Z][A-Z0-9-]*)\s*#*\s*$")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# the full stops that close a Chinese sentence, never a title
CJK_SENTENCE_END = ("。", "！", "？")
# A delimiter row: cells of hyphens ("|---|:--|"); a single hyphen per cell is enough when the row is piped on the
# left and has two cells or more ("|- |- |- |"), which a list item or a rule never is.
TABLE_SEPARATOR = re.compile(r"^\s*(?:\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*|\|(\s*:?-+:?\s*\|){1,}\s*:?-+:?\s*)\|?\s*$")
HTML_BLOCK_START = re.compile(
    r"^\s{0,3}<(?:table|div|p|ul|ol|dl|h[1-6]|section|article|blockquote|pre|details|figure|br|hr|center|tr|td|th)\b",
    re.I,
)
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
LEADING_COLON_LABEL = re.compile(r"^(\*\*|__)(?!\s)(.{1,80}?)(?:\1\s*[:：]|[:：]\s*\1)")
LEADING_LABEL = re.compile(r"^(\*\*|__)(?!\s)(.{1,80}?)\1\s*[:：.。]?")
# a section number or letter in bold opening a line ("**3.**  This government computer system …", "**b.** If you …")
BOLD_ENUMERATOR = re.compile(r"^(\*\*|__)(?:\d{1,3}|[a-zA-Z])[.)]\1\s")
# the type marker of a GitHub alert, on the first line of its block quote ("> [!NOTE]", "> [!IMPORTANT]")
GITHUB_ALERT = re.compile(r"^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$", re.I)
# the markers of a block quote line, with the one space each may take ("> ", ">>", ">   * item" keeps "  * item")
QUOTE_MARKERS = re.compile(r"^\s{0,3}(?:>\s?)+")
# a whole line in italics that is no sentence ("*Detailed information on the processing of personal data*")
ITALIC_TITLE = re.compile(r"^([*_])(?![\s*_])([^*_]{1,80}?)(?<![\s.;!?。])\1\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# a reference-style link ("[feedback form][feedback]", "[GitHub][]"): its text, the label only names the definition
_REFERENCE_LINK = re.compile(r"!?\[([^\]]*)\]\[[^\]]*\]")
# a link reference definition ("[CAMERA]: https://developer.android.com/…#CAMERA", "[email]: mailto:…", with an
# optional title), a line of its own that a renderer never shows: no text of the policy (its label would read as the
# permission or the service it points to)
_LINK_DEFINITION = re.compile(r"""^ {0,3}\[[^\]]+\]:\s*(?:<[^>\s]*>|\S+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# a line that is only links to places in the same page ("* [用户帐号和信息收集](#accounts)", "- [Cookies](#cookies)"): an
# entry of the table of contents, navigation and no text of the policy (GUIDELINES: navigation gives no tuple)
_IN_PAGE_LINKS = re.compile(r"^(?:\[[^\]]*\]\(#[^)\s]*\)\s*[|·•,，、]?\s*)+$")
# a line that is only images ("![The SDK in your app sends telemetry to the service.](./media/01-scheme.png)"): a
# figure, whose alternative text describes a picture for those who cannot see it, no text of the policy
_IMAGES_ONLY = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)\s*)+$")
_INLINE_TAG = re.compile(r"</?(?:span|a|b|strong|em|i|u|font|small|sup|sub|mark|code|br)\b[^>]*>", re.I)
# an inline component of MDX documentation pages (JSX, named in PascalCase), opening with at least one attribute
# ('<PlatformLink to="/configuration/options/#send-default-pii">sendDefaultPii option</PlatformLink>') or closing:
# markup, not text (its attribute values, a link target here, would read as the data they spell, "pii")
_COMPONENT_TAG = re.compile(r"<[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*(?:\s+[A-Za-z_:][\w:.-]*="
                            r"(?:\"[^\"<>]*\"|'[^'<>]*'|\{[^{}<>]*\}))+\s*/?>"
                            r"|</[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*>")
_EMPHASIS = re.compile(r"(\*\*|__|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")  # "_such as:_", not "_ga"


def strip_inline_markdown(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _INLINE_TAG.sub(" ", text)
    if "<" in text:
        text = _COMPONENT_TAG.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub(r"\1", text)
    return text.replace("\\", "") if "\\" in text else text


def _table_cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", body)]


def _pipe_cells(line: str, number: int) -> list[Cell]:
    """The cells of a pipe-table row ("| a | b |"), inline markup stripped, all on line `number`."""
    return [Cell(text=strip_inline_markdown(cell), line=number) for cell in _table_cells(line)]


_INLINE_BREAK = re.compile(r"<br\s*/?>", re.I)


def markdown_blocks(text: str) -> list[Block]:
    """Blocks of a Markdown policy. Inline `<br>` (line breaks inside table cells) reads as a separator."""
    text = _INLINE_BREAK.sub(lambda m: ";" + " " * (len(m.group(0)) - 1), text)  # same length: offsets hold
    lines = text.split("\n")
    blocks: list[Block] = []
    acc = TextAccumulator()
    kind, level = "paragraph", 0
    in_fence = False
    index = 0
    whole_lines = not _wrap_width(lines)  # one paragraph per line: no lazy continuation of a finished item
    html_depths: dict[tuple[str, int], int] = {}  # see _html_block_end

    label_end = 0
    quoted = False  # the open block is a block quote's text

    def flush() -> None:
        nonlocal kind, level, label_end, quoted
        quoted = False
        content, marks = acc.take()
        block = make_block(kind, content, marks, level)
        if block is not None:
            if label_end and label_end < len(block.text):
                block.label_end = label_end
            blocks.append(block)
        kind, level, label_end = "paragraph", 0, 0

    while index < len(lines):
        line = lines[index].rstrip("\r")
        number = index + 1
        stripped = line.strip()
        index += 1
        if stripped.startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            acc.add(stripped, number)
            flush()
            continue
        if not stripped:
            flush()
            continue
        if stripped.startswith("[") and _LINK_DEFINITION.match(line):
            flush()
            continue
        if HTML_BLOCK_START.match(line):
            flush()
            start = index - 1
            end = start
            while end < len(lines) and lines[end].strip():
                end += 1
            end = _html_block_end(lines, start, end, html_depths)
            fragment = "\n".join(lines[start:end])
            blocks.extend(html_blocks(fragment, line_offset=start))
            index = end
            continue
        atx = ATX.match(line) or ATX_UNSPACED.match(line)
        if atx:
            flush()
            acc.add(strip_inline_markdown(atx.group(2)), number)
            kind, level = "heading", len(atx.group(1))
            flush()
            continue
        if SETEXT.match(line) and acc.length and kind == "paragraph":
            if stripped.startswith("-") and acc.text.rstrip().endswith(CJK_SENTENCE_END):
                # "这些日志 **不包含** 用户 IP 或浏览器信息。" over "---": a Chinese sentence closed by its full stop is no
                # title; the hyphens are a rule between the sections, the line before stays a paragraph
                flush()
                continue
            kind, level = "heading", 1 if stripped.startswith("=") else 2
            flush()
            continue
        # a row also without its outer pipes: over a delimiter row, or on the line right after a row of the table
        # ("| Identifiers | … |" then "Geolocation data | … |", as GitHub Flavored Markdown reads it)
        if stripped.startswith("|") or "|" in stripped and (
                stripped.count("|") >= 2 and index < len(lines) and TABLE_SEPARATOR.match(lines[index])
                or not acc.length and blocks and blocks[-1].kind == "table_row" and lines[index - 2].strip()):
            flush()
            if TABLE_SEPARATOR.match(line):
                continue
            next_is_separator = index < len(lines) and bool(TABLE_SEPARATOR.match(lines[index]))
            row = make_row(_pipe_cells(line, number), header=next_is_separator)
            if row is not None:
                blocks.append(row)
            continue
        if _is_rule(stripped) and not acc.length:
            continue
        # "*Detailed information …*" is a line in italics, not an item marked "*"
        italic = ITALIC_TITLE.match(stripped)
        marker = LIST_MARKER.match(line) if italic is None else None
        quote = stripped.startswith(">")
        if not marker and not quote and not acc.length and _IN_PAGE_LINKS.match(stripped):
            continue  # "[返回顶部](#top)" on a line of its own: navigation
        if not marker and not quote and (whole_lines or not acc.length) and _IMAGES_ONLY.match(stripped):
            # "![Press F12 and open the Network tab.](./media/08-browser.png)" on a line of its own: a figure, which
            # ends the paragraph before it when the file has one paragraph per line
            flush()
            continue
        if marker:
            flush()
            kind, level = "list_item", len(marker.group(1).expandtabs(4)) // 2 + 1
            if stripped[0] in "-*+":
                stripped = line[marker.end():].strip()
            if _IN_PAGE_LINKS.match(line[marker.end():].strip()):
                kind, level = "paragraph", 0
                continue
        elif quote:
            stripped = stripped.lstrip("> ").strip()
            if GITHUB_ALERT.match(stripped):
                # "> [!NOTE]" over "> Organizations cannot see …": the alert's label, which a renderer shows as a
                # title; the quote's text starts on the next line and keeps that line
                flush()
                continue
            inner = QUOTE_MARKERS.sub("", line)
            inner_marker = LIST_MARKER.match(inner) if ITALIC_TITLE.match(inner.strip()) is None else None
            if inner_marker:
                # ">   * We collect and store only …": an item of a list inside the block quote, a block of its own
                flush()
                kind, level = "list_item", len(inner_marker.group(1).expandtabs(4)) // 2 + 1
                if inner.lstrip()[:1] in "-*+":
                    stripped = inner[inner_marker.end():].strip()
            elif acc.length and not quoted and (kind == "paragraph" or kind == "list_item" and (
                    len(line) - len(line.lstrip()) < 2 * level)):
                # "**In Plain English:**" then "> **The App does not collect any personal data.**": a block quote
                # interrupts the paragraph before it (CommonMark), so that its sentence keeps its own line, and ends
                # the list item it is not indented into ("  - On corporate-owned devices …" then " > Organizations
                # cannot see …")
                flush()
            elif (whole_lines and quoted and kind == "list_item" and acc.length and not inner[:1].isspace()
                  and (stripped.lstrip("*_")[:1].isupper() or BOLD_ENUMERATOR.match(stripped))):
                # ">   * We use the information …" then "> **b.** If you identify yourself …": the quote's next
                # paragraph after its list, as outside a quote
                flush()
        if not marker and not quote and kind == "list_item" and _item_title(acc.text, stripped):
            flush()  # "- Camera" then "The App requires access to the camera…": a titled item, then its text
        elif (whole_lines and not marker and not quote and kind == "list_item" and acc.length
              and not line[:1].isspace()
              and (stripped.lstrip("*_")[:1].isupper() or CJK_CHAR.match(stripped.lstrip("*_")[:1])
                   or BOLD_ENUMERATOR.match(stripped))):
            # "- share your data …" then "We will share your data if …" or "**Payment Data.** We may collect …": a
            # paragraph after the list; so is a Chinese line under a numbered title ("5. 信息存储与国际传输" then
            # "我们可能在您所在国家/地区以外的服务器上处理和存储您的信息。"), which has no capital letter to show it,
            # and a section numbered in bold ("* the completion status of the request." then "**3.**  This …")
            flush()
        elif (whole_lines and not marker and not quote and kind == "paragraph" and acc.length
              and (acc.text.rstrip().endswith(SENTENCE_END) or _first_letter(stripped).isupper())):
            # "Information we collect includes:" then "IP address;", or "**Effective Date**: …" then "**Last
            # Updated**: …": lines of their own, as the file has them
            flush()
        elif (not marker and not quote and acc.length and not (kind == "list_item" and line[:1].isspace())
              and (_symbol_marked(stripped) or LEADING_COLON_LABEL.match(stripped))):
            # "✅ **No Location Data**: We never collect …" or "**Cookies**: …" under a line of text: an item of its
            # own, as a renderer shows it when the line before ends in a hard break, so that its sentence keeps its
            # line (an indented line under a list item stays part of the item)
            flush()
        bold = LEADING_LABEL.match(stripped)
        title_line = ((bold is not None and bold.end() == len(stripped) and not _bold_sentence(stripped)
                       or italic is not None) and not marker and not quote and _next_is_text(lines, index))
        if (bold is not None and bold.end() == len(stripped) and not marker and not quote and not acc.length
                and _bold_title(stripped) and index < len(lines) and not lines[index].strip()):
            # "**Data not collected**" on a line of its own before a blank line (and a list): a title, as a short
            # paragraph all in bold is in HTML, whatever its case
            title_line = True
        if title_line and acc.length and acc.text.rstrip().endswith(SENTENCE_END):
            # "**Communications**" right under a finished paragraph or list item, over a paragraph of its own: a
            # title, not a lazy continuation of the text before it
            flush()
        if not marker and not quote and not acc.length and _numbered_title(stripped):
            # "**9.**   Cookies:" / "**11.**   Links to Other Sites" over the section's text: a numbered title
            title_line = True
        label = bold if not acc.length else None
        if title_line and not acc.length:
            # "**Location Information**" over a paragraph on the next line: a title of its own, not the paragraph's
            # first words (its sentence would take the title's line)
            acc.add(strip_inline_markdown(stripped), number)
            kind, level = "heading", 6
            flush()
            continue
        if acc.length:
            acc.break_soft()
        elif quote:
            quoted = True
        acc.add(strip_inline_markdown(stripped), number)
        if label:
            label_end = len(strip_inline_markdown(label.group(0)).rstrip())
        elif marker and stripped[:1] not in "-*+" and bold is None:
            # "1. **账号信息**：注册时提供的邮箱…": a numbered item keeps its number, and a Chinese bold label with its
            # colon after the number is the item's run-in label, as it is after a bullet (English numbered items are
            # left as they were)
            after = line[marker.end():].strip()
            numbered = LEADING_COLON_LABEL.match(after)
            if (numbered is not None and CJK_CHAR.search(numbered.group(2))
                    and acc.text.endswith(strip_inline_markdown(after))):
                number_mark = stripped[:len(stripped) - len(after)]
                label_end = len(strip_inline_markdown(number_mark + numbered.group(0)).rstrip())
        if line.endswith("  "):  # a hard break, also a line-ending <br> (replaced above by ";" and spaces)
            flush()
    flush()
    return blocks


# elements that hold other blocks: an HTML block opened by one of them goes on, past blank lines, to its end tag
_HTML_CONTAINERS = {"table", "ul", "ol", "dl", "div", "section", "article", "blockquote", "details", "figure",
                    "center", "pre"}
_HTML_BLOCK_REACH = 400  # lines an open container is followed before it counts as never closed


def _html_block_end(lines: list[str], start: int, end: int, depths: dict[tuple[str, int], int]) -> int:
    """Where the HTML block opening at line `start` ends (the index after its last line): at the blank line `end`, or,
    when the block opens a container element (<table>, <ul>, <div>…) still open there, at the line that closes it
    (a <table> with blank lines between its rows is one table, not a table and rows of loose text). An element not
    closed within `_HTML_BLOCK_REACH` lines, or before a Markdown heading, ends at the blank line. `depths` caches
    each line's opening minus closing tags per element, so that a file of many unclosed blocks is read in one pass."""
    opening = re.match(r"\s*<([a-zA-Z][a-zA-Z0-9]*)", lines[start])
    tag = opening.group(1).lower() if opening else ""
    if tag not in _HTML_CONTAINERS:
        return end
    depth = 0
    for number in range(start, min(len(lines), start + _HTML_BLOCK_REACH)):
        if number >= end and ATX.match(lines[number]):
            break
        key = (tag, number)
        if key not in depths:
            line = lines[number].lower()
            depths[key] = (len(re.findall(rf"<{tag}\b", line)) - len(re.findall(rf"</{tag}\s*>", line))
                           if "<" in line else 0)
        depth += depths[key]
        if depth <= 0:
            return max(end, number + 1)
    return end


def _bold_title(stripped: str) -> bool:
    """Whether a line all in bold reads as a title: short, and not a sentence or a list introduction (no full stop or
    colon at its end: "**We never sell your data.**", "**We collect:**")."""
    text = strip_inline_markdown(stripped).strip()
    return 0 < len(text) <= 80 and not text.endswith((".", "。", ":", "：", "!", "！"))


# a lower-case word of running text (a title capitalises its words: "How We Use Your Information.")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*\b")
# the small words a title leaves in lower case ("Links to Other Sites", "Information Collected from Forms")
_TITLE_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _numbered_title(stripped: str) -> bool:
    """Whether a line is a section number in bold and a short title ("**8.**   Information Collected from Interactive
    Forms", "**9.**   Cookies:"), every word capitalised but the small ones; not a sentence ("**7.**  The information we
    receive depends upon …", "**2.** We collect:")."""
    number = BOLD_ENUMERATOR.match(stripped)
    if number is None:
        return False
    title = strip_inline_markdown(stripped[number.end():]).strip().rstrip(":：").rstrip()
    return (0 < len(title.split()) <= 6 and title[:1].isupper() and not title.endswith((".", ",", ";", "!", "?"))
            and all(word in _TITLE_SMALL_WORDS for word in _LOWER_WORD.findall(title)))


def _bold_sentence(stripped: str) -> bool:
    """Whether a line all in bold is a sentence set in bold for emphasis, not a title over the text under it: a full
    stop or exclamation mark at its end and at least three words in lower case ("**The App does NOT collect any personal
    data.**")."""
    text = strip_inline_markdown(stripped).strip()
    return text.endswith((".", "!")) and len(_LOWER_WORD.findall(text)) >= 3


def _next_is_text(lines: list[str], index: int) -> bool:
    """Whether line `index` (0-based) is a plain text line: not blank, not a list item, table row or heading."""
    if index >= len(lines):
        return False
    following = lines[index].strip()
    return bool(following) and not LIST_MARKER.match(lines[index]) and not following.startswith(("|", "#", ">"))


def looks_like_markdown(text: str) -> bool:
    sample = text[:100000]
    score = 0
    score += 3 * len(re.findall(r"(?m)^#{1,6}\s+\S", sample))
    score += 3 * len(re.findall(r"(?m)^\s*\|?\s*:?-{3,}:?\s*\|", sample))
    score += len(re.findall(r"\*\*[^*\n]+\*\*", sample))
    score += len(re.findall(r"\[[^\]\n]+\]\([^)\s]+\)", sample))
    return score >= 3
