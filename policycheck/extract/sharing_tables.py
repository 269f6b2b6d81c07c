"""Sharing tables, as in the U.S. GLBA model privacy form: "Reasons we can share your personal information | Does
<company> share? | Can you limit this sharing?". Each body row shares personal information with others (answer
"Yes") or denies it ("No"); the reason is the purpose. The header cues are data (`sharing_table_reasons`,
`sharing_table_answer` in mappings/cues/<lang>.yaml)."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, THIRD_PARTY, Document, Statement
from .lexicon import Lexicon, any_match

YES = re.compile(r"(?i)^\s*yes\b")
NO = re.compile(r"(?i)^\s*(no\b|we don'?t share)")


def sharing_table_statements(document: Document, lexicons: dict[str, Lexicon]) -> tuple[list[Statement], set[int]]:
    """One `personal_info` share / not_share statement per answered row, and the indices of the rows read."""
    statements: list[Statement] = []
    consumed: set[int] = set()
    columns: tuple[int, int] | None = None  # (reason column, answer column) of the current sharing table
    previous_was_row = False
    for index, block in enumerate(document.blocks):
        if block.kind != "table_row":
            previous_was_row = False
            columns = None
            continue
        lang = block.language or document.language
        lex = lexicons.get(lang) or lexicons["en"]
        cells = block.cells or []
        if block.header or not previous_was_row:
            reason = next((i for i, c in enumerate(cells) if any_match(lex.sharing_table_reasons, c.text)), None)
            answer = next((i for i, c in enumerate(cells) if any_match(lex.sharing_table_answer, c.text)), None)
            columns = (reason, answer) if reason is not None and answer is not None else None
            if columns:
                consumed.add(index)
        elif columns and max(columns) < len(cells):
            reason, answer = cells[columns[0]], cells[columns[1]]
            action = "share" if YES.match(answer.text) else "not_share" if NO.match(answer.text) else None
            if action:
                statements.append(Statement(
                    data_type="personal_info", action=action, actor=FIRST_PARTY, recipient=THIRD_PARTY,
                    text=block.text, line=reason.line, purposes=[reason.text[:120]], term=reason.text[:40],
                    source="table", language=lang,
                ))
                consumed.add(index)
        previous_was_row = True
    return statements, consumed
