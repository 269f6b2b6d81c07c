"""Purposes a policy states for the data it describes in general, apart from any one statement.

Policies often name their data in one section and their purposes in another: "We use the information described above
to:" followed by a list of purposes, "We use the information we collect to provide and improve the App", 我们会出于以下
目的使用您的个人信息：…, 我们会将收集到的个人信息用于向您提供服务. Such a passage names no data type of its own (the data is referred back to, GUIDELINES:
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
# Data referred to in general in Chinese: "收集到的个人信息", "您的个人信息"; not "上述信息" / "这些信息", which refer to
# the data just named ("…年龄和年级。上述信息用于为儿童匹配课程": the purpose of that data only).
ZH_GENERAL_DATA = r"(?:(?:我们|我方)?(?:所|依法)?(?:收集(?:到|和获取)?的|获取的|取得的|您的|你的)\s*)+(?:个人)?(?:信息|数据)"
# "我们会将收集到的个人信息用于向您提供服务、改进产品", "您的个人信息仅用于实现本政策所述目的", "我们会出于向您提供服务的目的使用
# 您的个人信息"; not a list introduction ("用于以下目的："), read before this.
ZH_PURPOSE_SENTENCES = [
    re.compile(rf"(?:^|[，,。；;])\s*(?:我们|我方|本应用|本产品)?(?:会|将|可能会|仅会|只会|仅|只)?(?:将|把)\s*{ZH_GENERAL_DATA}"
               r"(?:仅|只)?用于(?P<purpose>(?!以下|如下|下列)[^。；;：:]{4,120})"),
    re.compile(rf"(?:^|[，,。；;])\s*{ZH_GENERAL_DATA}(?:将|会|仅|只|均|也)*(?:被)?(?:仅|只)?用于"
               r"(?P<purpose>(?!以下|如下|下列)[^。；;：:]{4,120})"),
    re.compile(rf"出于(?P<purpose>[^。；;：:，,]{{4,80}}?)的?目的[，,]?\s*(?:我们)?(?:会|将)?(?:收集(?:和|、|及|并)?)?使用\s*{ZH_GENERAL_DATA}"),
]
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
        if block.language == "zh":
            for pattern in ZH_PURPOSE_SENTENCES:
                for match in pattern.finditer(text):
                    purpose = _zh_purpose(match.group("purpose"))
                    if purpose:
                        add(purpose, block.line_at(match.start("purpose")))
        else:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                match = EN_PURPOSE_SENTENCE.search(sentence)
                if match is not None and not LIST_OPENING.search(match.group("purpose")):
                    add(match.group("purpose"), block.line_at(text.find(sentence) if sentence in text else 0))
    return found


# where a Chinese purpose clause ends: a comma before a condition, a restriction or a new subject ("…，未经您的授权不会用作
#其他用途", "…，如您不希望…", "…，完成身份核验后将…")
ZH_PURPOSE_END = re.compile(r"[，,](?=\s*(?:如|若|未经|当|完成|我们|您|你|在|并且?|同时|但))")
ZH_PURPOSE_TAIL = re.compile(r"(?:之|的|等)(?:目的|用途)$")
ZH_REFERRED_PURPOSES = re.compile(r"以下|如下|下列|上述|前述")


def _zh_purpose(text: str) -> str | None:
    """A Chinese purpose clause up to its first condition or new subject, without a closing "(等)用途" / "之目的";
    None for a pointer to purposes listed elsewhere ("本政策所述的以下", "上述目的")."""
    text = ZH_PURPOSE_END.split(text, maxsplit=1)[0].strip()
    text = ZH_PURPOSE_TAIL.sub("", text).strip()
    return None if ZH_REFERRED_PURPOSES.search(text) or len(text) < 4 else text


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
