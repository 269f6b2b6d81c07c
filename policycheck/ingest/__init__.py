"""Ingest: read a policy file (HTML, Markdown or text, any supported encoding) into a structured Document."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .. import limits
from ..errors import InputError
from ..records import Document
from . import language
from .blocks import BlockLimitExceeded, block_budget, close_block_zh_gaps, looks_like_heading, numbering_style
from .decode import DEFAULT_MAX_BYTES, decode_bytes, read_input
from .html import html_blocks, looks_like_html, markdown_with_html
from .sentences import count_sentences
from .text import SYMBOL_BULLETS, looks_like_markdown, markdown_blocks, text_blocks

__all__ = ["load_policy", "parse_policy", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_BLOCKS"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}


def detect_format(text: str, name: str) -> str:
    """'html', 'markdown' or 'text', from the content (the file name only breaks ties)."""
    suffix = Path(name).suffix.lower()
    # a Markdown file keeps its own lines, headings and lists, its HTML blocks read where they stand
    if looks_like_html(text) and not (suffix in MARKDOWN_SUFFIXES and markdown_with_html(text)):
        return "html"
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        return "markdown"
    if suffix in HTML_SUFFIXES and "<" in text and ">" in text:
        return "html"
    return "text"


def parse_policy(text: str, name: str = "<text>", encoding: str = "utf-8", sha256: str = "",
                 fmt: str | None = None, max_blocks: int | None = None) -> Document:
    """Structure already-decoded policy text into a Document (InputError past `max_blocks` blocks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = fmt or detect_format(text, name)
    try:
        with block_budget(max_blocks):
            if fmt == "html":
                blocks = html_blocks(text)
            elif fmt == "markdown":
                blocks = markdown_blocks(text)
            else:
                blocks = text_blocks(text)
    except BlockLimitExceeded:
        raise InputError(f"{name}: more than {max_blocks} text blocks, more than a privacy policy has "
                         f"(limit {max_blocks}; raise it with --max-sentences)") from None
    zh_total = en_total = 0.0
    for block in blocks:
        zh, en = language.counts(block.text)
        block.language = ("zh" if zh >= en else "en") if zh + en >= 3 else ""
        if block.language == "zh":
            close_block_zh_gaps(block)  # "共 享给" -> "共享给": spaces a PDF or hard wrap left inside words
        zh_total += zh
        en_total += en
    doc_language = "zh" if zh_total >= en_total and zh_total > 0 else "en"
    _mark_headings(blocks, fmt, doc_language)
    if not any(block.text.strip() for block in blocks):
        raise InputError(f"{name}: no text found (empty policy)")
    return Document(
        path=name,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        format=fmt,
        language=doc_language,
        blocks=blocks,
        line_count=text.count("\n") + 1,
    )


def _mark_headings(blocks: list, fmt: str, doc_language: str) -> None:
    """Decide which blocks are headings and their levels.

    Explicit headings (h1-h6, #) keep their level. Short title-like paragraphs become headings unless they are
    items of a list introduced by a line ending with a colon. Levels of inferred headings follow the order in which
    numbering styles first appear (一、 then （一） then 1. …), nested under the last explicit heading. A title
    numbered next after a title-like item taken into a list ("我们仅会出于以下目的…：" then "（一）账号服务", later
    "（二）热点搜索与连接服务") takes that item's level, not one under the headings met in between ("A. …", "B. …").
    """
    in_list = False
    previous = None
    base_level = 0
    styles: list[str] = []
    tight_items = _tight_item_runs(blocks, doc_language) if fmt == "text" else set()
    run_bullet = ""  # the bullet of the last Chinese item while only its field lines ("调用目的：…") follow it
    heading_bullet = ""  # the bullet of the last title found in the text ("• 第三方SDK说明"), '' if it has none
    # numbering style -> (depth of the styles list, ordinal) of the last title-like item of that style kept in a list
    listed: dict[str, tuple[int, int]] = {}
    for index, block in enumerate(blocks):
        if not block.language:
            block.language = doc_language
        if index in tight_items:
            block.kind = "list_item"
            in_list = False  # the run ends at its blank line: a title-like line after it is a title again
            previous = block
            continue
        if block.kind == "heading" and block.level:
            base_level, styles = block.level, []
            in_list, run_bullet, heading_bullet = False, "", ""
            listed.clear()
        elif block.kind == "heading" or block.kind == "paragraph" or (block.kind == "list_item" and fmt == "text"):
            title_like = block.kind == "heading" or looks_like_heading(block.text, block.language)
            introduced = previous is not None and previous.text.rstrip().endswith(("：", ":"))
            style = numbering_style(block.text)
            same_run = in_list and previous is not None and numbering_style(previous.text) == style
            # "您输入的通勤、常用地址…" then "您的设备信息": a phrase naming the person's data after an unfinished item
            # is the next item, not a title
            next_item = (block.language == "zh" and block.text.lstrip().startswith(("您的", "你的"))
                         and previous is not None and previous.kind in ("paragraph", "list_item")
                         and not previous.text.rstrip().endswith(("。", ".", "！", "？")))
            # "Ø读取手机状态" / "对应业务功能:…" / "调用目的：…" / "Ø 相机": the next item of the same bullet after the
            # field lines of the one before, not a title
            bullet = _zh_bullet(block.text) if block.language == "zh" else ""
            next_item = next_item or bool(bullet) and bullet == run_bullet
            # "• 第三方SDK说明" … "APP接入第三方SDK目录" then "• 我们如何使用 Cookie 等技术": a title with the bullet of the
            # title over the section, after a line without it and with no colon introducing it, is that title's next
            # sibling, not an item of the list before it
            sibling_title = (bool(bullet) and bullet == heading_bullet and not introduced and previous is not None
                             and _zh_bullet(previous.text) != bullet)
            if not bullet and not (block.kind == "paragraph" and ZH_FIELD_LINE.match(block.text)):
                run_bullet = ""
            if title_like and (block.kind == "heading" or sibling_title or not (introduced or same_run or next_item)):
                block.kind = "heading"
                heading_bullet = bullet
                earlier = listed.get(style) if style not in styles else None
                if earlier and earlier[0] <= len(styles) and _ordinal(block.text, style) == earlier[1] + 1:
                    del styles[earlier[0]:]  # the next sibling of a title kept in a list: that title's level
                if style in styles:
                    del styles[styles.index(style) + 1:]
                else:
                    styles.append(style)
                block.level = min(6, base_level + len(styles))
                in_list, run_bullet = False, ""
                listed = {key: value for key, value in listed.items() if value[0] < len(styles)}
            elif title_like or (block.kind == "list_item" and in_list):
                block.kind = "list_item"
                in_list = True
                ordinal = _ordinal(block.text, style) if title_like else 0
                if ordinal:
                    listed[style] = (len(styles), ordinal)
            else:
                # an item that reads as a sentence ("1. hard braking events per 100 miles;") opens or continues the
                # list its colon introduction starts, so that its short siblings are items too, not headings (English
                # only: on the Chinese dev policies it turned more titles into items than it fixed)
                in_list = block.kind == "list_item" and block.language == "en" and (introduced or in_list)
            if block.kind == "list_item" and bullet:
                run_bullet = bullet
        else:
            in_list = block.kind == "list_item" and in_list
            run_bullet = ""
        previous = block


_ORDINAL_DIGITS = {ch: n for n, ch in enumerate("零一二三四五六七八九", 0)}
_ORDINAL_NUMBER = re.compile(r"^[（(]?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})")


def _ordinal(text: str, style: str) -> int:
    """The number of a line numbered in a counted style ("（三）" -> 3, "12." -> 12, "十一、" -> 11), 0 otherwise."""
    if style not in ("zh-dun", "zh-paren", "arabic-dot", "arabic-dun", "arabic-paren", "arabic-paren-right"):
        return 0
    found = _ORDINAL_NUMBER.match(text.lstrip())
    if not found:
        return 0
    number = found.group(1)
    if number.isdigit():
        return int(number)
    if "十" not in number:
        return _ORDINAL_DIGITS.get(number, 0) if len(number) == 1 else 0
    tens, _, units = number.partition("十")
    return (_ORDINAL_DIGITS.get(tens, 0) if tens else 1) * 10 + (_ORDINAL_DIGITS.get(units, 0) if units else 0)


ZH_BULLET = re.compile(rf"^\s*([{SYMBOL_BULLETS}Ø])")
ZH_FIELD_LINE = re.compile(r"^[^：:，,。；;、]{2,10}[：:]\s*\S")  # "对应业务功能:游戏运行；", "您可否关闭权限：可以。"


def _zh_bullet(text: str) -> str:
    """The bullet symbol a Chinese line opens with ("Ø", "●"), or ''."""
    found = ZH_BULLET.match(text)
    return found.group(1) if found else ""


def _tight_item_runs(blocks: list, doc_language: str) -> set[int]:
    """Indexes of the short lines of a plain-text English policy that list items under the title right above them,
    with no blank line between: "4. DATA WE COLLECT" then "Email address", "Phone number" (two or more such lines,
    each title-like, none numbered; a single short line under a title stays a subtitle)."""
    found: set[int] = set()
    index = 0
    while index < len(blocks):
        title = blocks[index]
        language = title.language or doc_language
        if language != "en" or title.kind == "table_row" or not looks_like_heading(title.text, "en"):
            index += 1
            continue
        run = []
        last_line = title.line_marks[-1][1] if title.line_marks else title.line
        following = index + 1
        while following < len(blocks):
            block = blocks[following]
            if (block.kind not in ("heading", "paragraph") or block.line != last_line + 1
                    or (block.language or doc_language) != "en" or numbering_style(block.text)
                    or not looks_like_heading(block.text, "en") or len(block.text.split()) > 6):
                break
            run.append(following)
            last_line = block.line_marks[-1][1] if block.line_marks else block.line
            following += 1
        if len(run) >= 2:
            found.update(run)
        index = following if run else index + 1
    return found


DEFAULT_MAX_BLOCKS = limits.DEFAULTS.max_sentences  # the longest real policies have a few thousand blocks


def load_policy(path: str, max_bytes: int | None = None, max_blocks: int | None = None) -> Document:
    """Read and structure a policy file ('-' for stdin). Raises InputError with a one-line message.

    `max_bytes` (file size) and `max_blocks` (text blocks, and sentences) default to the limits in force
    (policycheck.limits: --max-input-mb / --max-sentences, POLICYCHECK_MAX_INPUT_MB / POLICYCHECK_MAX_SENTENCES).
    """
    in_force = limits.current()
    max_bytes = in_force.max_input_bytes if max_bytes is None else max_bytes
    max_blocks = in_force.max_sentences if max_blocks is None else max_blocks
    data, name = read_input(path, max_bytes)
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise InputError(f"{name}: empty file")
    document = parse_policy(text, name, encoding, hashlib.sha256(data).hexdigest(), max_blocks=max_blocks)
    if count_sentences(document, stop_after=max_blocks) > max_blocks:
        raise InputError(f"{name}: more than {max_blocks} sentences, more than a privacy policy has "
                         f"(limit {max_blocks}; raise it with --max-sentences)")
    return document
