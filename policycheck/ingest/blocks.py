"""Building blocks with exact line numbers, and recognising headings in unmarked text.

`BlockBuilder` accumulates text pieces, each with the input line it came from, collapsing whitespace the way a
browser does but without inserting spaces between Chinese characters that a line break separated;
`close_block_zh_gaps` removes the spaces a PDF conversion left inside Chinese words ("共 享给").
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

from ..records import Block, Cell

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef" or (
        "\u3000" <= char <= "\u303f"
    )


class TextAccumulator:
    """Collects text pieces with their lines; whitespace collapsed, line marks kept."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[tuple[int, int]] = []
        self.pending_space = False
        self.last_char = ""

    def add(self, data: str, line: int) -> None:
        data = data.translate(_ZERO_WIDTH)
        pieces = data.split("\n")
        for index, piece in enumerate(pieces):
            piece_line = line + index
            if index > 0:
                self.pending_space = True
            words = piece.split()
            if not words:
                if piece:
                    self.pending_space = True
                continue
            if piece[0].isspace():
                self.pending_space = True
            first = words[0][0]
            if self.pending_space and self.length and not (is_cjk(self.last_char) and is_cjk(first)):
                self._put(" ")
            if not self.marks or self.marks[-1][1] != piece_line:
                if self.marks and self.marks[-1][0] == self.length:
                    self.marks[-1] = (self.length, piece_line)
                else:
                    self.marks.append((self.length, piece_line))
            self._put(" ".join(words))
            self.pending_space = piece[-1].isspace()

    def break_soft(self) -> None:
        """A separator that is at most a space (e.g. between inline elements)."""
        self.pending_space = True

    def _put(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.last_char = text[-1]

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def take(self) -> tuple[str, list[tuple[int, int]]]:
        text, marks = self.text, self.marks
        self.__init__()
        return text, marks


class BlockLimitExceeded(Exception):
    """More blocks were built than the budget of the current parse allows (see `block_budget`)."""


_budget: ContextVar[list[int] | None] = ContextVar("policycheck_block_budget", default=None)


@contextmanager
def block_budget(limit: int | None) -> Iterator[None]:
    """Within the block, building more than `limit` blocks raises BlockLimitExceeded at once (None: no limit).

    The parsers build every block through `make_block` / `make_row`, so a file of millions of one-line paragraphs
    is refused after `limit` blocks instead of after minutes and gigabytes of parsing.
    """
    token = _budget.set(None if limit is None else [limit])
    try:
        yield
    finally:
        _budget.reset(token)


def _spend() -> None:
    budget = _budget.get()
    if budget is not None:
        budget[0] -= 1
        if budget[0] < 0:
            raise BlockLimitExceeded()


def make_block(kind: str, text: str, marks: list[tuple[int, int]], level: int = 0) -> Block | None:
    stripped = text.strip()
    if not stripped:
        return None
    _spend()
    shift = len(text) - len(text.lstrip())
    if shift:
        marks = [(max(0, offset - shift), line) for offset, line in marks]
    return Block(kind=kind, text=stripped, line_marks=marks or [(0, 1)], level=level)


def make_row(cells: list[Cell], header: bool) -> Block | None:
    """A table row; empty cells keep their column (so cells line up with the header) but add no text."""
    if not any(cell.text.strip() for cell in cells):
        return None
    _spend()
    text, marks = _row_text(cells)
    return Block(kind="table_row", text=text, line_marks=marks, cells=cells, header=header)


def _row_text(cells: list[Cell]) -> tuple[str, list[tuple[int, int]]]:
    """The text of a row ("cell | cell"), of its filled cells, with the line of each cell."""
    text = ""
    marks: list[tuple[int, int]] = []
    for cell in cells:
        if not cell.text.strip():
            continue
        if text:
            text += " | "
        marks.append((len(text), cell.line))
        # the items of a list inside the cell each keep their own line
        marks += [(len(text) + offset, line) for offset, line in cell.items or [] if offset > 0]
        text += cell.text.strip()
    return text, marks


# --- spaces inside Chinese words ----------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_ZH_PUNCTUATION = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019"
# a space between two Chinese characters, or between a Chinese character and Chinese punctuation
_ZH_GAP = re.compile(rf"(?<=[{_HAN}])\s+(?=[{_HAN}{_ZH_PUNCTUATION}])|(?<=[{_ZH_PUNCTUATION}])\s+(?=[{_HAN}])")
# a short title or label at the start of a block that a space sets off from the text it introduces: after a bullet
# or number ("•与您沟通 用于…", "2) 支付信息 在您下单后"), a chapter or article ("第一部分 相关定义", "第二条 信息的
# 收集"), or a kind of information ("客户支持信息 您或其他用户…"); the extractor reads it as a label or title
_ZH_LABEL = re.compile(r"^(?:[•·●▪◆■◇□\-*]\s*|[（(]?[0-9一二三四五六七八九十]{1,3}(?:[.．][0-9]{1,3})*[.．)）、]+\s*)"
                       r"[^\s，。；：,;:！？]{2,20}(?=\s)"
                       r"|^第[0-9一二三四五六七八九十百]+(?:章|节|条|部分)(?=\s)"
                       r"|^[^\s，。；：,;:！？]{0,12}(?:信息|数据|资料)(?=\s)")


def close_zh_gaps(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` without the spaces inside Chinese words and phrases, and the (offset, length) of each space removed.

    Text converted from PDF or wrapped by hand keeps a space where a line broke ("共 享给", "个 人信息", "泄 露、非法
    提供"), which splits the words for segmentation; Chinese sets no words apart with spaces, so a space between two
    Chinese characters, or before or after Chinese punctuation ("姓名 、身份证号"), goes. Kept: spaces next to Latin
    words and numbers ("IP 地址", "Android 10"), and the space after a label or title that opens the text
    ("•基本信息 姓名、家庭地址", see `_ZH_LABEL`).
    """
    label = _ZH_LABEL.match(text)
    kept = label.end() if label else -1
    removed = [(m.start(), m.end() - m.start()) for m in _ZH_GAP.finditer(text) if m.start() != kept]
    if not removed:
        return text, []
    parts, last = [], 0
    for start, length in removed:
        parts.append(text[last:start])
        last = start + length
    parts.append(text[last:])
    return "".join(parts), removed


def _shifted(offset: int, removed: list[tuple[int, int]]) -> int:
    """Where `offset` of a text lands once the spaces `removed` (see `close_zh_gaps`) are taken out."""
    shift = 0
    for start, length in removed:
        if start >= offset:
            break
        shift += min(length, offset - start)
    return offset - shift


def close_block_zh_gaps(block: Block) -> None:
    """Remove the spaces inside Chinese words from a Chinese block (`close_zh_gaps`), keeping its line marks right.

    "我们将与物 流公司共 享您的收货地址" becomes "我们将与物流公司共享您的收货地址"; each offset of `line_marks` (and
    `label_end`) moves back by the spaces removed before it. A table row closes the gaps in each cell.
    """
    if block.kind == "table_row" and block.cells:
        changed = False
        for cell in block.cells:
            text, removed = close_zh_gaps(cell.text)
            if removed:
                cell.text, changed = text, True
                if cell.items:
                    cell.items = [(_shifted(offset, removed), line) for offset, line in cell.items]
        if changed:
            block.text, block.line_marks = _row_text(block.cells)
        return
    text, removed = close_zh_gaps(block.text)
    if removed:
        block.text = text
        block.line_marks = [(_shifted(offset, removed), line) for offset, line in block.line_marks]
        block.label_end = _shifted(block.label_end, removed)


# --- headings in unmarked text ------------------------------------------------------------------------------

_ZH_NUM = "一二三四五六七八九十百零〇"
_HEADING_NUMBERING = [  # (pattern, style name)
    (re.compile(rf"^第[{_ZH_NUM}\d]+[章节部分]"), "chapter"),
    (re.compile(rf"^第[{_ZH_NUM}\d]+条"), "article"),
    (re.compile(rf"^[{_ZH_NUM}]+\s*、"), "zh-dun"),
    (re.compile(rf"^[{_ZH_NUM}]+\s*[.．]"), "zh-dot"),
    (re.compile(rf"^[（(][{_ZH_NUM}]+[)）]"), "zh-paren"),
    (re.compile(r"^【[^】]{1,30}】$"), "bracket"),
    (re.compile(r"^\d+\.\d+\.\d+"), "decimal3"),
    (re.compile(r"^\d+\.\d+(?!\d)"), "decimal2"),
    (re.compile(r"^\d+\s*、"), "arabic-dun"),
    (re.compile(r"^\d+\s*[.．](?!\d)"), "arabic-dot"),
    (re.compile(r"^\d+\s*[)）]"), "arabic-paren-right"),
    (re.compile(r"^[（(]\d+[)）]"), "arabic-paren"),
    (re.compile(r"^[IVX]+[.)]\s"), "roman"),
    (re.compile(r"^[（(][IVX]+[)）]\s"), "roman-paren"),  # "(II) Real-name authentication", as translated from （二）
    (re.compile(r"^[ivx]+[.)]\s"), "roman-lower"),
    (re.compile(r"^[A-H][.)]\s"), "letter"),
    (re.compile(r"^[a-h][.)]\s"), "letter-lower"),
]
_TERMINAL = tuple("。；;！!？?，,：:") + ("…",)
# a section title under Chinese-numeral numbering with a full stop, as some Chinese policies set all their titles
# ("（三）我行个人掌银设备权限调用情况。", "（一）共享。"): short, one clause, no colon
_ZH_STOPPED_TITLE = re.compile(r"^(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)[^，,。；;：:！？!?]{2,30}。$"
                               # or with a semicolon under a chapter numeral ("五、我们如何保存您的个人信息；")
                               r"|^[一二三四五六七八九十]{1,3}、[^，,。；;：:！？!?]{2,30}[；;]$")
# a Chinese title numbered by an Arabic number and a plain space ("2 数据使用过程中涉及的合作方以及转移、公开个人信息")
_ZH_SPACE_NUMBERED = re.compile(r"^\d{1,2}[ \u3000]+(?=[^\d\s.．、)）])")
# an SDK item whose name is followed by what the SDK does ("（28）.声网SDK、获取常用设备型号、视频和音频内容 用于…"): an item of
# an SDK list however short and unstopped, not a title (the shape of extract.zh.words.SDK_THEN_VERB)
_ZH_SDK_THEN_VERB = re.compile(r"(?i)sdk\s*、\s*(?:获取|访问|收集|采集|读取)")
# pronouns that open a short sentence, not a title ("We use cookies.")
_EN_SENTENCE_SUBJECTS = {"We", "You", "It", "They", "Our", "Your", "This", "These"}
# the number that opens a numbered line ("3.1", "2.", "(a)", "iv)")
_EN_NUMBER = re.compile(r"^[(\[]?(?:\d+(?:\.\d+)*|[a-zA-Z]|[ivxIVX]{1,4})[.)\]]?$")
_EN_TITLE_FUNCTION_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from"}
_EN_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "we", "your", "you", "our",
                   "how", "what", "do", "is", "are", "by", "from", "about", "this", "that", "at", "as", "use", "us"}


def numbering_style(text: str) -> str:
    """The numbering style of a heading or item ('zh-dun' for 一、, 'arabic-dot' for 1. …), '' when unnumbered."""
    for pattern, style in _HEADING_NUMBERING:
        if pattern.match(text):
            return style
    return ""


def looks_like_heading(text: str, language: str) -> bool:
    """Whether `text` (a paragraph of unmarked text) reads as a section heading."""
    text = text.strip()
    if not text or text.endswith(_TERMINAL) and not (language == "zh" and _ZH_STOPPED_TITLE.match(text)):
        return False
    numbered = bool(numbering_style(text)) or language == "zh" and bool(_ZH_SPACE_NUMBERED.match(text))
    colon = re.search(r"[：:]\s*\S", text)
    if colon and colon.start() >= 2:
        return False  # "手机号码：用于注册" is a labelled item, not a title
    if language == "zh":
        if len(text) > 40 or ("，" in text and len(text) > 20) or _ZH_SDK_THEN_VERB.search(text):
            return False
        return numbered or (len(text) <= 20 and not re.search(r"[：:]", text))
    words = text.split()
    if len(words) > 12 or len(text) > 90:
        return False
    # a numbered sentence is a clause, not a title ("3.1 We do not sell your personal information."): the sentence
    # tests below read the words after the number
    body = words[1:] if numbered and len(words) > 1 and _EN_NUMBER.match(words[0]) else words
    content_words = [w for w in body if w.lower() not in _EN_SMALL_WORDS]
    if text.endswith(".") and sum(1 for w in content_words if w[:1].islower()) >= 2:
        return False  # "We and Google collect your IP address.": a sentence, however many names it has
    if (text.endswith(".") and len(body) >= 3 and body[0] in _EN_SENTENCE_SUBJECTS
            and any(w[:1].islower() and w not in _EN_TITLE_FUNCTION_WORDS for w in body[1:])):
        return False  # "We use cookies.", "We collect Usage Data.": a subject and a lowercase verb make a sentence
        # (not "Our Use of Cookies.", a title whose only lowercase words are a title's function words)
    if numbered:
        return True
    if text.isupper() and len(words) <= 10:
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    if content_words and len(capitalised) >= max(1, len(content_words) - 1) and len(words) <= 8:
        return True
    return text.endswith("?") and len(words) <= 10
