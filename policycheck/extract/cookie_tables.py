"""Cookie tables: every row of a table whose header names cookies ("Cookie", "Name of Cookie", "Cookie名称") declares
a cookie the service uses, whether or not its description names a data type. The header cue is data
(`cookie_table_header` in mappings/cues/<lang>.yaml)."""

from __future__ import annotations

from ..records import FIRST_PARTY, Document, Statement
from .lexicon import Lexicon, any_match
from .tables import tables

MAX_HEADER_CELL = 40  # a header cell is a short label, not a sentence that mentions cookies


def cookie_table_statements(document: Document, lexicons: dict[str, Lexicon]) -> tuple[list[Statement], set[int]]:
    """One `usage.cookies` use statement per body row of each cookie table, on the row's first line; and the
    indices of those rows, whose descriptions say what the cookie records ("Tracks if a visitor has clicked an
    ad")."""
    statements: list[Statement] = []
    rows: set[int] = set()
    for header_index, body in tables(document):
        header = document.blocks[header_index]
        lex = lexicons.get(header.language or document.language) or lexicons["en"]
        if not any(len(cell.text) <= MAX_HEADER_CELL and any_match(lex.cookie_table_header, cell.text)
                   for cell in header.cells or []) and not _under_cookie_heading(document, header_index, lex):
            continue
        for index in body:
            block = document.blocks[index]
            if not block.text.strip():
                continue
            rows.add(index)
            line = block.cells[0].line if block.cells else block.line_at(0)
            statements.append(Statement(
                data_type="usage.cookies", action="use", actor=FIRST_PARTY, text=block.text, line=line,
                term=block.cells[0].text if block.cells else "", source="table",
                language=block.language or document.language,
            ))
    return statements, rows


def _under_cookie_heading(document: Document, header_index: int, lex: Lexicon) -> bool:
    """A table whose header has two cookie-list columns ("| Name | Purpose | Expires |") under a heading on cookies
    ("## Essential cookies")."""
    header = document.blocks[header_index]
    if sum(1 for cell in header.cells or [] if any_match(lex.cookie_table_columns, cell.text.strip())) < 2:
        return False
    heading = next((block for block in reversed(document.blocks[:header_index]) if block.kind == "heading"), None)
    return heading is not None and bool(any_match(lex.cookie_headings, heading.text))
