"""Chinese wording that keeps data on the person's own device and denies uploading it: the data is not collected.

"Memex 可能会请求以下设备权限。通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。": a paragraph
opening a list that keeps what it lists on the device and denies uploading it (`_device_local_paragraph`); "简历数据由您
自行录入，仅保存在本机浏览器本地存储中。本扩展**不联网上传**": a sentence keeping its data only on the device, with a later
sentence of its line denying any upload or taking the data up by a demonstrative to deny uploading it
(`_later_upload_denials_zh`). GUIDELINES: data kept only on the user's own device.
"""

from __future__ import annotations

import re

from ...records import Sentence, Statement
from ..base import SentenceAnalysis, _not_collected_by_us
from .words import denies_upload, keeps_on_own_device


# a paragraph opening a list: it says what follows ("以下", "如下") or ends on a colon
ZH_LIST_OPENER = re.compile(r"以下|如下|[：:]\s*$")


def _device_local_paragraph(blocks, block_index: int) -> bool:
    """Whether the block at `block_index` is a paragraph right before a list item that, in any of its sentences, opens
    the list ("以下", "如下", a colon), keeps what it lists on the person's own device and denies uploading it ("Memex
    可能会请求以下设备权限。通过这些权限获取的所有数据均在您的设备本地处理和存储，不会上传到我们的服务器。"; GUIDELINES: device-local
    data, a denial of uploading on the same line), whether or not a sentence of it opens the list with a practice."""
    if (blocks[block_index].kind != "paragraph" or block_index + 1 >= len(blocks)
            or blocks[block_index + 1].kind != "list_item"):
        return False
    text = blocks[block_index].text
    return bool(ZH_LIST_OPENER.search(text)) and keeps_on_own_device(text) and denies_upload(text)


# a Chinese sentence keeping or handling its data only on the person's own device ("简历数据由您自行录入，仅保存在本机浏览器本地
# 存储中", "通知访问权限只在设备本地用于检测媒体播放信息") ...
ZH_ONLY_ON_DEVICE = re.compile(r"(?:仅|只)[^，,。；;]{0,10}?(?:本地|本机(?!号)|终端|(?:设备|手机)(?:上|中|之中|里|本地))")
# ... and a later sentence of its line whose own predicate denies uploading, naming no data ("本扩展**不联网上传**、不采集遥测",
# "AirLyrics 不会上传通知内容。"; up to the end of its clause, `ZH_CLAUSE_END`)
ZH_SENTENCE_UPLOAD_DENIAL = re.compile(r"^[\s*]*[^，,。；;：:]{0,20}?(?:不会|并不会|绝不会|从不|不)(?:被)?(?:联网|自动|主动)?"
                                       r"(?:上传|上报|回传|外传)")
ZH_CLAUSE_END = re.compile(r"[、，,。；;！!？?]")
# ... or a later sentence of the line whose subject takes the data up by a demonstrative and denies uploading it ("这些凭据
# 安全地存储在您的浏览器本地存储中，绝不会发送到我们的服务器", `denies_upload`)
ZH_DEMONSTRATIVE_SUBJECT = re.compile(r"^[\s*]*(?:这些|这类|此类|此等|该等|上述|前述|以上|它们|其)")


def _later_upload_denials_zh(sentences: list[Sentence], analyses: list[SentenceAnalysis],
                             index: int) -> list[Statement]:
    """"简历数据由您自行录入，仅保存在本机浏览器本地存储中。本扩展**不联网上传**、…": the data a Chinese sentence keeps or
    handles only on the person's own device is not collected by us when a later sentence of its line denies, naming no
    data, that anything is uploaded; so is any data it names when a later sentence of the line takes it up by a
    demonstrative and denies uploading it ("…WebDAV 凭据（用户名/密码）…。这些凭据…绝不会发送到我们的服务器"). GUIDELINES:
    data kept only on the user's own device, a denial of uploading on the same line, also when it repeats the data by
    这些信息 or leaves it unsaid."""
    sentence = sentences[index]
    local = ZH_ONLY_ON_DEVICE.search(sentence.text) is not None or keeps_on_own_device(sentence.text)
    for later in range(index + 1, min(len(sentences), index + 3)):
        text = sentences[later].text
        if sentences[later].line != sentence.line or sentences[later].block_index != sentence.block_index:
            return []
        denial = ZH_SENTENCE_UPLOAD_DENIAL.match(text) if local else None
        if denial is not None:
            clause_end = ZH_CLAUSE_END.search(text, denial.end())
            end = clause_end.start() if clause_end else len(text)
            if any(m.start < end for m in analyses[later].mentions):
                return []  # the denial names data of its own
        elif not (ZH_DEMONSTRATIVE_SUBJECT.match(text) and denies_upload(text)
                  and all(m.skip for m in analyses[later].mentions)):
            continue
        return [_not_collected_by_us(sentence, mention)
                for mention in analyses[index].mentions
                if not mention.skip and not any(f.negated for f in mention.frames)]
    return []
