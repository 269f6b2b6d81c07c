"""The consequence of refusing or revoking a permission or a request names what will not work, no practice
(GUIDELINES: hypotheticals about the user refusing): a line labelled so ("撤销后果：位置相关功能不可用。", "- **When
denied**: You will need to pick an existing photo…") and, after a refusal condition ("如您拒绝授权，…", "撤销授权后，…"),
a clause saying something cannot be used or done."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Sentence, Statement

REFUSAL_CONSEQUENCE_LABEL = re.compile(r"^[\s·•*-]*(?:撤销|撤回|拒绝|关闭|取消)(?:授权|权限)?(?:后的?|的)?(?:后果|影响)[：:]")
REFUSAL_CONDITION = re.compile(r"(?:拒绝|撤销|撤回|关闭|取消|不同意|不授权|未授权|不开启)(?:授权|授予|开启|提供)?"
                               r"[^，,。；;]{0,16}?(?:后|的话|时)?[，,]")
# an English run-in label saying that what follows is what happens when the permission is refused ("When denied:",
# "If the permission is not granted:", "If you deny this permission:", "Without this permission:"): every sentence of
# its block is the consequence
REFUSAL_LABEL_EN = re.compile(
    r"^[\s·•*-]*(?:(?:when|if|once)\s+(?:(?:the|this|that|it|access|permission)\s+){0,2}(?:is\s+|was\s+)?"
    r"(?:denied|refused|declined|revoked|not\s+granted|not\s+allowed)"
    r"|(?:when|if)\s+you\s+(?:deny|refuse|decline|revoke)(?:\s+(?:it|this|the|that)(?:\s+permission|\s+access)?)?"
    r"|without\s+(?:this|the|that)\s+permission)\s*[:：]", re.I)
INABILITY = re.compile(r"无法|不能|不可用|不可使用|受限|不再可用")
CLAUSE_END = re.compile(r"[。；;！!？?]")


def _consequence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that state the consequence of a refusal."""
    if REFUSAL_CONSEQUENCE_LABEL.match(text):
        return [(0, len(text))]
    spans = []
    for condition in REFUSAL_CONDITION.finditer(text):
        end = CLAUSE_END.search(text, condition.end())
        stop = end.start() if end else len(text)
        start = condition.end()
        for part in re.finditer(r"[^，,]+", text[start:stop]):
            if INABILITY.search(part.group()):
                spans.append((start + part.start(), start + part.end()))
    return spans


def without_refusal_consequences(statements: list[Statement], sentences: Sequence[Sentence] = ()) -> list[Statement]:
    """`statements` less the data a refusal's consequence names (Chinese; and in English, the sentences of a block
    that opens on a refusal label, `REFUSAL_LABEL_EN`)."""
    refused_blocks = {s.block_index for s in sentences
                      if s.language == "en" and s.start == 0 and REFUSAL_LABEL_EN.match(s.text)}
    refused = {(s.line, s.text) for s in sentences if s.block_index in refused_blocks}
    spans: dict[str, list[tuple[int, int]]] = {}
    kept = []
    for statement in statements:
        if refused and statement.language == "en" and (statement.line, statement.text) in refused:
            continue
        if statement.language == "zh" and statement.text:
            found = spans.get(statement.text)
            if found is None:
                found = spans[statement.text] = _consequence_spans(statement.text)
            if found and (statement.start is None and found == [(0, len(statement.text))]
                          or statement.start is not None and any(a <= statement.start < b for a, b in found)):
                continue
        kept.append(statement)
    return kept
