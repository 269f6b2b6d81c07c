"""Metric tables: the tables in which a telemetry notice lists what it measures ("| Metric | Description |
Justification |" over "| `osVersion` | The OS version. | To identify the most common versions … |"). Each body row is
a value the app measures and sends, so the first party collects the data that the metric's name and description name
(the name's camelCase words read apart: "dotComAccount" flags an account). Where they name no data term, a software
version or operating system is device data, a timing ("The time (in milliseconds) it takes …") is performance data
and a count or flag of what the user does ("The number of times the user has opened a shell") is usage of the app
(GUIDELINES: usage statistics an app sends about its own use). The justification column is the purpose, not a
further use."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, Block, Document, Statement
from .tables import tables

# the first column label of a metric table: "Metric", "Metrics", "Measure", "Telemetry field", "Metric name"
METRIC_COLUMN = re.compile(r"(?i)^\W*(?:metrics?|measures?|measurements?|telemetry(?:\s+(?:fields?|events?|metrics?))?)"
                           r"(?:\s+names?)?\W*$")
# the words of a camelCase or snake_case metric name ("osVersion", "load_time")
NAME_WORD_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|_")
# "The version of Desktop.", "The OS version.", "The OS.": the software's version or the operating system
VERSION_OR_SYSTEM = re.compile(r"(?i)^\W*the\s+(?:(?:os|operating\s+system|app|application|software)\s+)?version\b"
                               r"|^\W*the\s+(?:os|operating\s+system)\W*$")
# "The time (in milliseconds) it takes from when loading begins to loading end.", "Startup duration": a timing
TIMING = re.compile(r"(?i)^\W*(?:the\s+)?(?:time|duration)\b[^.;]*?\b(?:takes?|took|spent|elapsed)\b"
                    r"|\b(?:load|loading|startup|start-up|launch|render(?:ing)?)\s+(?:times?|durations?)\b")
# "The number of commits made.", "Flag indicating whether the app has been interacted with …": a count or flag of use
USE_COUNT = re.compile(r"(?i)^\W*(?:the\s+)?(?:total\s+)?numbers?\s+of\b|^\W*(?:the\s+)?count\s+of\b"
                       r"|^\W*(?:a\s+)?flag\b[^.;]*?\b(?:interact\w*|used|opened|clicked|active)\b")
# the name of a thing, not of a person ("The name of the currently selected theme")
NAME_OF_THING = re.compile(r"(?i)\bnames?\s+of\s+(?:the|a|an|its|each)\b(?!\s+(?:user|person|customer|member)\b)")


def metric_table_statements(document: Document, find_terms) -> tuple[list[Statement], set[int]]:
    """One collect statement by the first party per data type of each body row of a metric table, on the row's line,
    and the indices of the rows read. `find_terms(text)`: the English data terms of a text (only called when the
    document has a metric table)."""
    statements: list[Statement] = []
    rows: set[int] = set()
    for header_index, body in tables(document):
        header = document.blocks[header_index]
        cells = header.cells or []
        if (header.language or document.language) != "en" or len(cells) < 2 or not METRIC_COLUMN.match(cells[0].text):
            continue
        for index in body:
            block = document.blocks[index]
            statements += _row_statements(block, find_terms)
            rows.add(index)
    return statements, rows


def _row_statements(block: Block, find_terms) -> list[Statement]:
    cells = [cell.text.strip() for cell in block.cells or []]
    if len(cells) < 2:
        return []
    name = NAME_WORD_BREAK.sub(" ", cells[0]).strip(" `*")
    description = cells[1]
    text = f"{name}. {description}"
    found: dict[str, str] = {}
    for match in find_terms(text):
        term = text[match.start:match.end]
        if match.value == "identity.name" and NAME_OF_THING.match(text, match.start):
            continue  # "The name of the currently selected theme"
        found.setdefault(match.value, term)
    if not found:
        if VERSION_OR_SYSTEM.search(description):
            found["device.hardware"] = description
        elif TIMING.search(description) or TIMING.search(name):
            found["usage.logs"] = description
        elif USE_COUNT.search(description):
            found["usage"] = description
    purposes = [cells[2][:120]] if len(cells) > 2 and cells[2] else []
    return [Statement(data_type=data_type, action="collect", actor=FIRST_PARTY, text=block.text, line=block.line,
                      purposes=purposes, term=term[:80], source="table", language="en")
            for data_type, term in found.items()]
