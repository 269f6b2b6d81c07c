"""HTML to blocks, with the input line of every piece of text.

Built on the standard library's tolerant HTML tokenizer (the same one beautifulsoup4 uses with "html.parser"),
driven as a stream so that every text node keeps its exact source line. Boilerplate (script, style, nav, header,
footer, forms, hidden elements) is dropped; headings, list items and table rows become blocks; a paragraph made
only of bold text is a heading (a common way policies mark sections).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..records import Block, Cell
from .blocks import TextAccumulator, is_cjk, make_block, make_row

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "dl", "dt", "dd", "ul", "ol", "li", "table",
    "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address", "hr", "br", "body", "html", "center",
    "details", "summary", "fieldset", "legend", "aside", "form",
} | set(HEADINGS)
# Content that is never policy text. nav/header/footer are dropped only when they close (see _Boilerplate).
DROP_ALWAYS = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "button", "select",
               "option", "textarea", "iframe", "object", "canvas", "video", "audio", "map"}
DROP_WHEN_CLOSED = {"nav", "header", "footer"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen"}
BOLD = {"b", "strong"}
# A line-broken list after an English introduction: "…including: Your location <br> Your IP address <br> …" (the
# colon, then a short first item on the same line). The first item: a few words, no sentence punctuation.
_BR_FIRST_ITEM = re.compile(r"^[^.!?;:]{1,80}$")
# an item of such a list: one phrase or sentence, not a paragraph ("Cookies: <br> When you visit … . We may …")
_BR_ITEM_WORDS = 30
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


# The standard library's tolerant pattern for the extent of a start tag, except that an attribute name or a bare
# value never takes a '<': there it let one tag run on through "'<a b='>'<a b='>…" (quoted '>' keep the tail from
# being defused) to the end of the input, and each '<' scanned again from there (2.3 s for 30 KB, 9 s for 60 KB).
# A tag now ends before an unquoted '<' and what follows is read again from there (a browser reads such a '<' into the
# attribute name, but it reads the input once and drops a tag cut off by the end of the input).
_START_TAG_EXTENT = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/><][^\s/=><]*
      (?:\s*=+\s*
        (?:'[^']*'
          |"[^"]*"
          |(?!['"])[^>\s<]*
         )
        \s*
       )?(?:\s|/(?!>))*
     )*
   )?
  \s*
""", re.VERBOSE)


def _br_item(text: str) -> bool:
    """Whether `text`, a piece of a line-broken list, reads as an item (a phrase or one short sentence)."""
    text = text.strip()
    return len(text.split()) <= _BR_ITEM_WORDS and not _SENTENCE_BREAK.search(text)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if key == "hidden":
            return True
        if key == "aria-hidden" and (value or "").lower() == "true":
            return True
        if key == "style" and value:
            compact = value.replace(" ", "").lower()
            if "display:none" in compact or "visibility:hidden" in compact:
                return True
    return False


class _BlockParser(HTMLParser):
    def __init__(self, line_offset: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.line_offset = line_offset
        self.blocks: list[Block] = []
        self.text = TextAccumulator()
        self.kind = "paragraph"
        self.level = 0
        self.list_depth = 0
        self.drop_stack: list[str] = []  # open elements whose content is dropped
        self.boilerplate: list[tuple[str, int]] = []  # (tag, index in self.blocks where it started)
        self.bold_depth = 0
        self.bold_chars = 0
        self.plain_chars = 0
        self.label_end = 0  # end offset of a leading bold run followed by plain text
        self.pre: list[tuple[str, int]] | None = None  # (text, line) pieces of an open <pre>
        self.br_level = 0  # list depth of the items of an open line-broken list (see _line_break), 0 when none
        self._no_closer: dict[str, tuple[str, int]] = {}  # see _unclosed
        # tables
        self.row: list[Cell] | None = None
        self.row_header = True
        self.cell: TextAccumulator | None = None
        self.cell_line = 0
        self.cell_items: list[tuple[int, int]] = []  # (offset, line) of each list item of the open cell
        self.in_thead = False

    # -- helpers ----------------------------------------------------------------------------------------
    def _line(self) -> int:
        return self.getpos()[0] + self.line_offset

    def _flush(self) -> None:
        text, marks = self.text.take()
        if self.br_level and not _br_item(text):
            self.br_level = 0  # a paragraph after the list: the list has ended
        if self.br_level and self.kind in ("paragraph", "list_item"):
            self._emit("list_item", text, marks, self.br_level)
        else:
            self._emit(self.kind, text, marks, self.level if self.kind == "heading" else self.list_depth)
        self.kind = "paragraph"
        self.level = 0
        self.bold_chars = 0
        self.plain_chars = 0
        self.label_end = 0

    def _emit(self, kind: str, text: str, marks: list[tuple[int, int]], level: int) -> None:
        block = make_block(kind, text, marks, level)
        if block is not None:
            # (not a bold sentence: "…仅在您的穿戴设备上显示，不会上传至我们的服务器。" states a practice)
            if (kind == "paragraph" and self.bold_chars and not self.plain_chars and len(block.text) <= 80
                    and not block.text.rstrip().endswith("。")):
                block.kind = "heading"
                block.level = 0  # level decided by numbering later
            elif self.label_end and self.plain_chars:
                block.label_end = min(self.label_end, len(block.text))
            self.blocks.append(block)

    def _line_break(self) -> None:
        """A <br> outside tables: the text so far is a block of its own.

        After an English introduction that ends with a colon, or with a colon and a short first item on the same
        line ("…we receive information from your device, including: Your location <br> Your IP address <br>"), the
        pieces the line breaks separate are the items of a list under that introduction (one level deeper than the
        list around them), up to the end of the enclosing block. Other line-broken text stays paragraphs.
        """
        if self.br_level and (not _br_item(self.text.text) or self.text.text.rstrip().endswith(":")):
            self.br_level = 0  # not an item, or the introduction of the next list: the list has ended
        if self.br_level or self.kind not in ("paragraph", "list_item") or not self.text.length:
            if self.text.length:
                self._flush()
            return
        text = self.text.text
        colon = text.rfind(":")
        if colon < 0 or _CJK.search(text):
            self._flush()
            return
        tail = text[colon + 1:]
        head_words = text[:colon].split()
        if tail.strip() and not (tail[:1].isspace() and len(head_words) >= 4 and _BR_FIRST_ITEM.match(tail.strip())
                                 and len(tail.split()) <= 10):
            self._flush()
            return
        level = self.list_depth + 1
        if not tail.strip():
            self._flush()
            self.br_level = level
            return
        # split the introduction from its first item
        whole, marks = self.text.take()
        cut = colon + 1
        head_marks = [(offset, line) for offset, line in marks if offset < cut]
        tail_line = head_marks[-1][1] if head_marks else 1
        tail_marks = [(0, tail_line)] + [(offset - cut, line) for offset, line in marks if offset > cut]
        # the first item starts on its own line ("including:\nYour location <br>"): that line, not the colon's
        lead = len(whole[cut:]) - len(whole[cut:].lstrip())
        while len(tail_marks) > 1 and tail_marks[1][0] <= lead:
            del tail_marks[0]
        kind = self.kind
        self._emit(kind, whole[:cut], head_marks, self.list_depth)
        self._emit("list_item", whole[cut:], tail_marks, level)
        self.kind, self.level = "paragraph", 0
        self.bold_chars = self.plain_chars = self.label_end = 0
        self.br_level = level

    def _flush_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            text, marks = self.cell.take()
            text = text.strip()
            items = [(offset, line) for offset, line in self.cell_items if offset < len(text)]
            if text:
                self.row.append(Cell(text=text, line=marks[0][1] if marks else self.cell_line, items=items or None))
        self.cell = None
        self.cell_items = []

    def _cell_item(self) -> None:
        """A list item inside a table cell ("<td><ul><li>位置</li><li>语言偏好</li></ul></td>"): an item of its own,
        set off from the text before it by a semicolon (not run together with it, "位置语言偏好"), starting on its
        own line."""
        cell = self.cell
        if cell is None:
            return
        if cell.length and cell.last_char not in "；;。.，,、:：":
            cell.pending_space = False
            cell.add("；" if is_cjk(cell.last_char) else ";", self._line())
        cell.break_soft()
        self.cell_items.append((cell.length, self._line()))

    def _flush_row(self) -> None:
        self._flush_cell()
        if self.row is not None:
            block = make_row(self.row, self.row_header or self.in_thead)
            if block is not None:
                self.blocks.append(block)
        self.row = None

    # -- events -----------------------------------------------------------------------------------------
    # The tokenizer searches the rest of the input for the end of every comment or marked section it meets; at EOF
    # it then takes the construct as text up to the next '>' and tries again at the next '<!--', so a page full of
    # unclosed '<!--x>' was quadratic (8 s for 200 KB). A search that failed from position p fails from any later
    # position of the same input: remember it (per kind of closer) and answer at once.
    def _unclosed(self, kind: str, i: int, parse) -> int:
        known = self._no_closer.get(kind)
        if known is not None and known[0] is self.rawdata and i >= known[1]:
            return -1
        result = parse()
        if result < 0:
            self._no_closer[kind] = (self.rawdata, i)
        return result

    def check_for_whole_start_tag(self, i: int) -> int:
        """The end of the start tag at `i` (-1 when the input ends inside it), as the standard library finds it but
        with `_START_TAG_EXTENT`."""
        rawdata = self.rawdata
        end = _START_TAG_EXTENT.match(rawdata, i).end()
        following = rawdata[end:end + 1]
        if following == ">":
            return end + 1
        if following == "/":
            if rawdata.startswith("/>", end):
                return end + 2
            return end if end > i else i + 1
        if following == "" or following.isascii() and (following.isalpha() or following in "=/"):
            return -1  # the input ends in or before an attribute value
        return end if end > i else i + 1

    def parse_comment(self, i: int, report: int = 1) -> int:
        return self._unclosed("-->", i, lambda: super(_BlockParser, self).parse_comment(i, report))

    def parse_html_declaration(self, i: int) -> int:
        rawdata = self.rawdata
        kind = ">"  # <!doctype …>, bogus comments
        if rawdata.startswith("<!--", i):
            kind = "-->"
        elif rawdata.startswith("<![", i):
            name = rawdata[i + 3:i + 12].lower()
            kind = "]]>" if name.startswith(("temp", "cdata", "ignore", "include", "rcdata")) else "]>"
        try:
            return self._unclosed(kind, i, lambda: super(_BlockParser, self).parse_html_declaration(i))
        except AssertionError:
            # A malformed '<![…' ("<![ x", "<![foo[") makes Python 3.11's tokenizer raise AssertionError; browsers
            # read it as a bogus comment up to the next '>', and so do we.
            end = rawdata.find(">", i + 2)
            return -1 if end < 0 else end + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.drop_stack:
            if tag not in VOID:
                self.drop_stack.append(tag)
            return
        if tag in DROP_ALWAYS or (_hidden(attrs) and tag not in VOID):
            if tag not in VOID:
                self.drop_stack.append(tag)
            return
        if tag in DROP_WHEN_CLOSED:
            self._flush_text()
            self.boilerplate.append((tag, len(self.blocks)))
            return
        if tag == "tr":
            self._flush_text()
            self._flush_row()
            self.row = []
            self.row_header = True
            return
        if tag in ("td", "th"):
            if self.row is None:
                self._flush_text()
                self.row = []
                self.row_header = True
            self._flush_cell()
            self.cell = TextAccumulator()
            self.cell_line = self._line()
            if tag == "td":
                self.row_header = False
            return
        if tag == "thead":
            self.in_thead = True
        if tag == "pre" and self.cell is None:
            self._flush_text()
            self.pre = []
            return
        if self.cell is not None:
            if tag == "li":
                self._cell_item()
            elif tag in BLOCK_TAGS:
                self.cell.break_soft()
            return
        if tag in BOLD:
            self.bold_depth += 1
        if tag == "br":
            self._line_break()
            return
        if tag in BLOCK_TAGS:
            self._flush_text()
            if tag in ("ul", "ol"):
                self.list_depth += 1
            elif tag == "li":
                self.kind = "list_item"
            elif tag in HEADINGS:
                self.kind = "heading"
                self.level = HEADINGS[tag]
            elif tag == "table":
                self._flush_row()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID or tag in BLOCK_TAGS:
            self.handle_starttag(tag, attrs)
        # a self-closed non-void element opens and closes at once: nothing to drop

    def handle_endtag(self, tag: str) -> None:
        if self.drop_stack:
            # close the innermost matching element; tolerate mis-nesting
            if tag in self.drop_stack:
                while self.drop_stack:
                    if self.drop_stack.pop() == tag:
                        break
            return
        if tag in DROP_WHEN_CLOSED:
            for index in range(len(self.boilerplate) - 1, -1, -1):
                if self.boilerplate[index][0] == tag:
                    self._flush_text()
                    start = self.boilerplate[index][1]
                    del self.blocks[start:]
                    del self.boilerplate[index:]
                    break
            return
        if tag in ("td", "th"):
            self._flush_cell()
            return
        if tag == "tr":
            self._flush_row()
            return
        if tag == "thead":
            self.in_thead = False
            return
        if tag == "pre" and self.pre is not None:
            self._flush_pre()
            return
        if tag == "table":
            self._flush_row()
            return
        if self.cell is not None:
            if tag in BLOCK_TAGS:
                self.cell.break_soft()
            return
        if tag in BOLD and self.bold_depth:
            self.bold_depth -= 1
        if tag == "br":  # "</br>", read as <br> (as browsers do)
            self._line_break()
            return
        if tag in BLOCK_TAGS:
            self._flush_text()
            if tag in ("ul", "ol") and self.list_depth:
                self.list_depth -= 1
            if tag in HEADINGS or tag == "li":
                self.kind, self.level = "paragraph", 0

    def _flush_pre(self) -> None:
        """Preformatted text keeps its lines: split it like a plain-text file."""
        from .text import text_blocks

        pieces, self.pre = self.pre or [], None
        if not pieces:
            return
        first_line = pieces[0][1]
        text = "".join(piece for piece, _ in pieces)
        self.blocks.extend(text_blocks(text, line_offset=first_line - 1))

    def _flush_text(self) -> None:
        """The text so far is a block; a line-broken list (see _line_break) ends here."""
        if self.text.length:
            self._flush()
        self.br_level = 0

    def handle_data(self, data: str) -> None:
        if self.drop_stack:
            return
        line = self._line()
        if self.pre is not None:
            self.pre.append((data, line))
            return
        if "|||" in data and self.cell is None and self.row is None:
            # a run of pipes used as a segment separator (e.g. exported annotation tools)
            parts = data.split("|||")
            for index, part in enumerate(parts):
                if index:
                    self._flush_text()
                    line += parts[index - 1].count("\n")
                self.handle_data(part) if part.strip() else None
            return
        if self.cell is not None:
            self.cell.add(data, line)
            return
        if self.row is not None and data.strip():
            # text between cells of a row: keep it with the row
            self.cell = TextAccumulator()
            self.cell_line = line
            self.cell.add(data, line)
            return
        before = self.text.length
        self.text.add(data, line)
        added = self.text.length - before
        if self.bold_depth:
            self.bold_chars += added
            if not self.plain_chars:
                self.label_end = self.text.length
        else:
            if data.strip() and self.bold_chars and not self.plain_chars and data.strip()[0] in ":：.。":
                self.label_end = self.text.length - len(data.lstrip()) + 1  # the label's own colon
            self.plain_chars += len(data.strip())

    def close(self) -> None:
        super().close()
        if self.pre is not None:
            self._flush_pre()
        self._flush_row()
        self._flush_text()


def _defuse_unclosed(text: str) -> str:
    """`text` with every '<' after the last '>' written as '&lt;' (the same text once parsed, same lines).

    Such a '<' can never start a complete tag, and the standard library's tokenizer rescans the rest of the input
    for each of them at EOF: a truncated page ending in a run of '<a <a …' took minutes for 100 KB (quadratic and
    worse). As '&lt;' it is plain text, read in one pass.
    """
    tail = text.rfind(">") + 1
    if text.find("<", tail) < 0:
        return text
    return text[:tail] + text[tail:].replace("<", "&lt;")


def html_blocks(text: str, line_offset: int = 0) -> list[Block]:
    """Blocks of an HTML document (or fragment). `line_offset` is added to every line (for embedded HTML)."""
    parser = _BlockParser(line_offset)
    parser.feed(_defuse_unclosed(text))
    parser.close()
    return parser.blocks


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    if "<!doctype html" in head or "<html" in head or "<body" in head:
        return True
    sample = text[:200000].lower()
    tags = sum(sample.count(tag) for tag in ("<p>", "<p ", "<div", "<br", "<li", "<td", "<h1", "<h2", "<h3", "<span"))
    return tags >= 3


_BLOCK_TAGS = ("<p>", "<p ", "<div", "<li", "<td", "<h1", "<h2", "<h3", "<table", "<ul", "<ol")


def html_document(text: str) -> bool:
    """Whether `text` is an HTML page (a doctype, <html> or <body> near its start), not text with HTML in it."""
    head = text[:4096].lower()
    return "<!doctype html" in head or "<html" in head or "<body" in head


def _inline_html_only(text: str) -> bool:
    """Whether the HTML of a text is only inline (`<br>` in table cells, `<span>`): fewer than three block tags."""
    sample = text[:200000].lower()
    return sum(sample.count(tag) for tag in _BLOCK_TAGS) < 3


def markdown_with_html(text: str) -> bool:
    """A Markdown file with HTML in it, inline or as blocks (an HTML <table> of legal bases under "## Legal basis"):
    it stays Markdown, each HTML block read as HTML where it stands (`markdown_blocks`). Not an HTML page, nor a
    file with no Markdown of its own (a page saved with a .md name) that is made of HTML blocks."""
    from .text import looks_like_markdown

    if html_document(text):
        return False
    return _inline_html_only(text) or looks_like_markdown(text)
