"""Purposes a policy states for the data it describes in general, apart from any one statement.

Policies often name their data in one section and their purposes in another: "We use the information described above
to:" followed by a list of purposes, "We use the information we collect to provide and improve the App", 我们会出于以下
目的使用您的个人信息：…. Such a passage names no data type of its own (the data is referred back to, GUIDELINES:
demonstratives carry no tuple), so it gives no statement; its purposes are kept as the extraction's `purposes`, with
their lines, for the checks that ask whether a purpose is stated at all (`compare.regulatory`, beyond-necessary).
"""

from __future__ import annotations

import re

from ..records import Document, StatedPurpose

# Data referred to in general, not a type of its own: "the information described above", "the information we
# collect", "this information", "your personal data", "such data", "it".
EN_GENERAL_DATA = (r"(?:(?:the|this|that|such|these|those|all|any|your|all of the|all of this)\s+)?"
                   r"(?:(?:personal|collected|above|aforementioned)\s+)?(?:information|data|details)"
                   r"(?:\s+(?:described|listed|mentioned|set out|outlined)\s+(?:above|in this (?:section|policy)))?"
                   r"(?:\s+(?:that\s+)?(?:we|you)\s+(?:collect|receive|obtain|gather|provide)(?:\s+(?:from|about) you)?)?")
EN_USE_VERBS = r"(?:use|uses|process|processes|may use|may process|will use|will process|collect and use)"
# "We use the information described above to:", "We may use your personal data for the following purposes:", "We use
# the information we collect for a variety of reasons, depending on how you use the Services, including:"
EN_PURPOSE_INTRODUCTION = re.compile(
    rf"\b{EN_USE_VERBS}\s+{EN_GENERAL_DATA}\b[^:;]{{0,120}}?\b(?:to|purposes?|reasons?|including|such as|namely|"
    rf"as follows)\s*[:：]\s*$", re.I)
# "We use the information we collect to provide, maintain and improve the App."
EN_PURPOSE_SENTENCE = re.compile(
    rf"^\W*(?:we|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}})\s+(?:also\s+|may\s+|will\s+|only\s+)*(?:use|uses|process|processes)"
    rf"\s+{EN_GENERAL_DATA}\s+(?P<purpose>(?:in order to|to|for)\s+[^.;:]{{4,160}})", re.I)
# "我们会出于以下目的，收集和使用您的个人信息：", "我们将收集的信息用于以下用途："
ZH_PURPOSE_INTRODUCTION = re.compile(r"(?:(?:以下|如下|下列)(?:目的|用途)|用于|用作|用来)[^。；;]{0,30}[：:]\s*$")
# bullets and item numbers: "- ", "1. ", "(a) ", "iv) ", "（一）", "二、"
LIST_OPENING = re.compile(r"\b(?:including|such as|namely|as follows|the following)\W*$", re.I)
LEADING_MARKS = re.compile(r"^(?:[-*•·●○■□◆◇▪–—>#]+\s*|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)）、]\s+|"
                           r"[（(](?:\d{1,3}|[一二三四五六七八九十]+)[)）]\s*|[一二三四五六七八九十]+、\s*|\d{1,3}[、.]\s*)+", re.I)
TRAILING_MARKS = re.compile(r"[\s;；,，.。:：]*(?:\b(?:and|or|to|for|the|a|an|of|with|in)\b)?[\s;；,，.。:：]*$", re.I)
MARKUP = re.compile(r"\*\*|__|`")
MAX_PURPOSE = 120


def stated_purposes(document: Document) -> list[StatedPurpose]:
    """The purposes of the general purpose passages of `document`, in order, each once."""
    found: list[StatedPurpose] = []
    seen: set[str] = set()

    def add(text: str, line: int) -> None:
        text = _cleaned(text)
        if len(text) >= 4 and text.lower() not in seen:
            seen.add(text.lower())
            found.append(StatedPurpose(text=text, line=line))

    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind not in ("paragraph", "list_item"):
            continue
        text = MARKUP.sub("", block.text).strip()
        introduction = (ZH_PURPOSE_INTRODUCTION if block.language == "zh" else EN_PURPOSE_INTRODUCTION).search(text)
        if introduction is not None:
            for item in _items_after(blocks, index):
                add(item.text, item.line_at(0))
            continue
        if block.language != "zh":
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                match = EN_PURPOSE_SENTENCE.search(sentence)
                if match is not None and not LIST_OPENING.search(match.group("purpose")):
                    add(match.group("purpose"), block.line_at(text.find(sentence) if sentence in text else 0))
    return found


def _items_after(blocks, index: int):
    """The list items right after the introduction at `index` (deeper than it when it is a list item itself)."""
    introduction = blocks[index]
    items = []
    for block in blocks[index + 1:]:
        if block.kind != "list_item" or (introduction.kind == "list_item" and block.level <= introduction.level):
            break
        if items and block.level > items[0].level:
            continue  # a sub-item details its item
        items.append(block)
    return items


def _cleaned(text: str) -> str:
    """An item's or a clause's purpose: its first sentence without bullets, numbering, markup and trailing
    connectives, cut at a word before `MAX_PURPOSE` characters."""
    text = MARKUP.sub("", text).strip()
    text = LEADING_MARKS.sub("", text, count=1)
    text = re.split(r"(?<=[a-z)])\. (?=[A-Z])|。", text, maxsplit=1)[0]
    if len(text) > MAX_PURPOSE:
        cut = text.rfind(" ", 0, MAX_PURPOSE)
        text = text[:cut if cut > 40 else MAX_PURPOSE]
    previous = None
    while previous != text:
        previous = text
        text = TRAILING_MARKS.sub("", text).strip()
    return text
