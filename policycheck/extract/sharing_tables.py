"""Sharing tables, as in the U.S. GLBA model privacy form: "Reasons we can share your personal information | Does
<company> share? | Can you limit this sharing?". Each body row shares personal information with others (answer
"Yes") or denies it ("No"); the reason is the purpose. The header cues are data (`sharing_table_reasons`,
`sharing_table_answer` in mappings/cues/<lang>.yaml). The form is also written as paragraphs, one reason each: "(b) For
our marketing purposes … Does <company> share? Yes. Can you limit this sharing? No."."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, THIRD_PARTY, Block, Document, Statement
from ..taxonomy import data_matcher
from .lexicon import Lexicon, any_match
from .tables import tables

# An answer cell: yes / no (是 / 否), also in data tables' "Sold or shared?" columns, where "None", "Never" and "We
# don’t sell it" (either apostrophe) answer no.
YES = re.compile(r"(?i)^\s*(yes\b|是)")
NO = re.compile(r"(?i)^\s*(no\b|none\b|never\b|not (sold|shared)\b|we (don['’]?t|do not|never) (share|sell)|否)")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# The part of a reason after its dash: "— information about your transactions and experiences" (the data an affiliate
# row shares), "— such as to process your transactions" (a purpose).
REASON_DETAIL = re.compile(r"\s[—–-]\s+(.+)$")
SHARED_INFORMATION = re.compile(r"(?i)^information (about|on|regarding) ")


def answer_action(text: str) -> str | None:
    """share for a yes answer, not_share for a no, None for anything else."""
    return "share" if YES.match(text) else "not_share" if NO.match(text) else None


def _reason_data(reason: str, action: str, block: Block, line: int, lang: str) -> list[Statement]:
    """The data a reason names after its dash (GUIDELINES): "information about your transactions" in an affiliate row
    takes the row's share / not_share; data in a purpose ("to process your transactions") is used by the company."""
    detail = REASON_DETAIL.search(reason)
    if not detail:
        return []
    shared = bool(SHARED_INFORMATION.match(detail.group(1)))
    return [Statement(
        data_type=match.value, action=action if shared else "use", actor=FIRST_PARTY,
        recipient=THIRD_PARTY if shared else None, text=block.text, line=line, purposes=[reason[:120]],
        term=detail.group(1)[match.start:match.end], source="table", language=lang,
    ) for match in data_matcher(lang).find(detail.group(1))]


def sharing_table_statements(document: Document, lexicons: dict[str, Lexicon]) -> tuple[list[Statement], set[int]]:
    """One `personal_info` share / not_share statement per answered row, and the indices of the rows read."""
    statements: list[Statement] = []
    consumed: set[int] = set()
    for header_index, body in tables(document):
        header = document.blocks[header_index]
        lex = lexicons.get(header.language or document.language) or lexicons["en"]
        cells = header.cells or []
        reason_column = next((i for i, c in enumerate(cells) if any_match(lex.sharing_table_reasons, c.text)), None)
        answer_column = next((i for i, c in enumerate(cells) if any_match(lex.sharing_table_answer, c.text)), None)
        if reason_column is None or answer_column is None:
            continue
        consumed.add(header_index)
        for index in body:
            block = document.blocks[index]
            cells = block.cells or []
            if max(reason_column, answer_column) >= len(cells):
                continue
            reason, answer = cells[reason_column], cells[answer_column]
            action = answer_action(answer.text)
            if action:
                statements.append(Statement(
                    data_type="personal_info", action=action, actor=FIRST_PARTY, recipient=THIRD_PARTY,
                    text=block.text, line=reason.line, purposes=[reason.text[:120]], term=reason.text[:40],
                    source="table", language=block.language or document.language,
                ))
                statements += _reason_data(reason.text, action, block, reason.line, block.language or document.language)
                consumed.add(index)
    for index, block in enumerate(document.blocks):
        if block.kind == "table_row" or index in consumed:
            continue
        lex = lexicons.get(block.language or document.language) or lexicons["en"]
        pieces = SENTENCE_END.split(block.text)
        for number, (question, answer) in enumerate(zip(pieces, pieces[1:])):
            action = answer_action(answer) if any_match(lex.sharing_table_answer, question) else None
            if action:
                reason = " ".join(pieces[:number])
                statements.append(Statement(
                    data_type="personal_info", action=action, actor=FIRST_PARTY, recipient=THIRD_PARTY,
                    text=block.text, line=block.line, purposes=[reason[:120]], term=reason[:40],
                    source="table", language=block.language or document.language,
                ))
                statements += _reason_data(reason, action, block, block.line, block.language or document.language)
                consumed.add(index)
                previous = document.blocks[index - 1] if index else None
                if previous is not None and any_match(lex.sharing_table_reasons, previous.text):
                    consumed.add(index - 1)  # "Reasons we can share your personal information:", the form's heading
                break
    return statements, consumed
