"""Cookie tables: every row of a table whose header names cookies ("Cookie", "Name of Cookie", "Cookie名称") declares
a cookie the service uses, whether or not its description names a data type. The header cue is data
(`cookie_table_header` in mappings/cues/<lang>.yaml)."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, Document, Statement
from ..taxonomy import EntityCatalog
from .lexicon import Lexicon, any_match
from .tables import tables

MAX_HEADER_CELL = 40  # a header cell is a short label, not a sentence that mentions cookies
# A row naming the party whose cookie it is: "This cookie is used by Google Analytics", "set by Stripe".
SET_BY = re.compile(r"\b(?:used|set|placed|dropped|served|provided)\s+by\s+$", re.I)


def cookie_table_statements(document: Document, lexicons: dict[str, Lexicon],
                            entities: EntityCatalog) -> tuple[list[Statement], set[int]]:
    """One `usage.cookies` use statement per body row of each cookie table, on the row's first line, by the party
    that sets the cookie (GUIDELINES: cookies), see `_cookie_party`; and the indices of those rows, whose
    descriptions say what the cookie records ("Tracks if a visitor has clicked an ad")."""
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
            actor, actor_text = _cookie_party(block, entities, block.language or document.language)
            statements.append(Statement(
                data_type="usage.cookies", action="use", actor=actor, text=block.text, line=line,
                term=block.cells[0].text if block.cells else "", source="table", actor_text=actor_text,
                language=block.language or document.language,
            ))
    return statements, rows


def _cookie_party(row, entities: EntityCatalog, lang: str) -> tuple[str, str | None]:
    """The known party a cookie row names as the cookie's own, in its first cell ("| Stripe | Strictly necessary |
    …") or as the one that sets or uses it ("This cookie is used by Google Analytics"); else the first party."""
    first = row.cells[0].text.strip(" `*") if row.cells else ""
    named = entities.find_named(first, lang)
    if named and named[0].start == 0 and named[0].end >= len(first) - 1:
        return named[0].value, first[named[0].start:named[0].end]
    for match in entities.find_named(row.text, lang):
        if SET_BY.search(row.text, 0, match.start):
            return match.value, row.text[match.start:match.end]
    return FIRST_PARTY, None


def _under_cookie_heading(document: Document, header_index: int, lex: Lexicon) -> bool:
    """A table whose header has two cookie-list columns ("| Name | Purpose | Expires |") under a heading on cookies
    ("## Essential cookies")."""
    header = document.blocks[header_index]
    if sum(1 for cell in header.cells or [] if any_match(lex.cookie_table_columns, cell.text.strip())) < 2:
        return False
    heading = next((block for block in reversed(document.blocks[:header_index]) if block.kind == "heading"), None)
    return heading is not None and bool(any_match(lex.cookie_headings, heading.text))
