"""Chinese list items opening on the purpose of the SDKs their introduction says we embed.

"我们会接入第三方服务商提供的SDK或其他类似的应用程序…。目前，我们接入的第三方服务商主要包括以下几种类型：" /
"（4）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等": an item opening on "用于" with no subject of its own
says what the embedded SDKs do. This module reads whose SDKs such an item is a purpose of (`_sdk_of_purpose_item`, the
recipient of the introduction's disclosure; `_sdk_kind_item`, `third_party` under an introduction listing the SDKs'
kinds) and the data the activities it lists are entrusted to them with (`_entrusted_activity_statements`: "（3）用于支付
相关服务，包括订单支付、…" -> `share` of `financial.transactions`).
"""

from __future__ import annotations

import re

from ...records import FIRST_PARTY, THIRD_PARTY, Sentence, Statement
from ..base import Frame, _frame_statement


# a list item that opens on the purpose its introduction's subject serves, with no subject of its own: "（4）用于在您同意
# 的情况下获取设备位置权限…"
ZH_PURPOSE_ITEM = re.compile(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[.．、)）]|[•·●\-*])?\s*(?:主要)?用于")
# an introduction that says we embed other parties' SDKs: "我们会接入第三方服务商提供的SDK或其他类似的应用程序"
ZH_EMBEDS_SDK = re.compile(r"(?:接入|集成|嵌入|使用)[^。；;]{0,16}(?:SDK|sdk)")
# ... and lists their kinds: "目前，我们接入的第三方服务商主要包括以下几种类型："
ZH_KINDS_LISTED = re.compile(r"第三方[^。；;：:]{0,16}(?:包括|分为|有)(?:以下|如下|下列)(?:几种|几类)?(?:类型|种类)[：:]\s*$")


def _sdk_of_purpose_item(sentence: Sentence, intro_text: str, intro_frames: list[Frame]) -> str | None:
    """The party whose SDKs a Chinese list item is a purpose of: the recipient of its introduction's disclosure when
    the introduction says we embed SDKs ("我们会接入第三方服务商提供的SDK…。为实现我们服务而委托处理或共享个人信息的情形
    如下：") and the item opens on "用于" with no subject ("（4）用于…搜集设备信息和日志信息"); else None."""
    if not ZH_PURPOSE_ITEM.match(sentence.text) or not ZH_EMBEDS_SDK.search(intro_text):
        return None
    shared = [f.recipient for f in intro_frames
              if f.action == "share" and not f.negated and f.recipient and f.recipient != FIRST_PARTY]
    return shared[0] if shared else None


# the activities a purpose item lists: "用于支付相关服务，包括订单支付、…"
ZH_ITEM_ACTIVITIES = re.compile(r"[，,]\s*(?:包括|包含|例如|比如|如)[:：]?")


def _entrusted_activity_statements(sentence: Sentence, party: str, statements: list[Statement],
                                   lexicon) -> list[Statement]:
    """`share` with `party` (the embedded SDKs) of the data the activities of a Chinese purpose item name
    (`entrusted_activities`: "（3）用于支付相关服务，包括订单支付、交易行为核验、收入结算、支付信息汇总统计" →
    `financial.transactions`; "…，包括在线直播、…、内容存储" → `content`), the item being a purpose for which data is
    entrusted to the SDKs (GUIDELINES: processors); none for a type the line already shares."""
    listed = ZH_ITEM_ACTIVITIES.search(sentence.text)
    if listed is None:
        return []
    activities = sentence.text[listed.end():]
    shared = {s.data_type for s in statements if s.line == sentence.line and s.action == "share"}
    frame = Frame("share", actor=FIRST_PARTY, recipient=party, source="list")
    return [_frame_statement(sentence, data_type, frame, "share")
            for data_type, words in lexicon.entrusted_activities.items()
            if data_type not in shared and any(word in activities for word in words)]


def _sdk_kind_item(sentence: Sentence, blocks) -> str | None:
    """`third_party` for a Chinese list item opening on "用于" with no subject under an introduction that says we embed
    other parties' SDKs and lists their kinds ("我们可能会接入第三方服务商提供的SDK…。目前，我们接入的第三方服务商主要包括以下
    几种类型：" / "（4）用于在您同意的情况下获取设备位置权限、搜集设备信息和日志信息等"): the item is a kind of those SDKs and
    says what they do (GUIDELINES: an SDK the first party embeds); else None. The introduction is the nearest block
    before the item's run of such items."""
    if not ZH_PURPOSE_ITEM.match(sentence.text):
        return None
    index = sentence.block_index - 1
    while index >= 0 and blocks[index].kind == "list_item" and ZH_PURPOSE_ITEM.match(blocks[index].text):
        index -= 1
    if index < 0 or index == sentence.block_index - 1 and blocks[index].kind == "heading":
        return None
    intro = blocks[index].text
    return THIRD_PARTY if ZH_EMBEDS_SDK.search(intro) and ZH_KINDS_LISTED.search(intro) else None
