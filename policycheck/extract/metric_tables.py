"""Metric tables: the tables in which a telemetry notice lists what it measures ("| Metric | Description |
Justification |" over "| `osVersion` | The OS version. | To identify the most common versions … |"). Each body row is
a value the app measures and sends, so the first party collects the data that the metric's name and description name
(the name's camelCase words read apart: "dotComAccount" flags an account). Where they name no data term, a software
version or operating system is device data, a timing ("The time (in milliseconds) it takes …") is performance data
and a count or flag of what the user does ("The number of times the user has opened a shell") is usage of the app
(GUIDELINES: usage statistics an app sends about its own use). The justification column is the purpose, not a
further use.

Event tables: the tables in which a diagnostic-data notice lists the events its app sends ("| Event Name | Description
|" over "| Microsoft.PowerToys.Runner_Launch | Indicates when the PowerToys Runner is launched. |"), under a heading or
introduction saying the events are diagnostic or telemetry data or are collected ("## List of Diagnostic Data Events").
Each body row is an occurrence the app records and sends, so the first party collects usage of the app (GUIDELINES:
usage statistics an app sends about its own use), or diagnostic data (usage.logs) for an error, failure, debugging or
timing event, both when the row records other values beside the diagnostic ones ("Logs the AI provider, model, and
processing duration"). The description's words for when the event fires name no data of their own ("when a clipboard
item is selected", "when a user gives feedback"): only what a row says it logs or records is read for data terms."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, Block, Document, Statement
from .tables import tables

# the first column label of a metric table: "Metric", "Metrics", "Measure", "Telemetry field", "Metric name"
METRIC_COLUMN = re.compile(r"(?i)^\W*(?:metrics?|measures?|measurements?|telemetry(?:\s+(?:fields?|events?|metrics?))?)"
                           r"(?:\s+names?)?\W*$")
# the first column label of an event table: "Event", "Event Name", "Telemetry event", "Event ID"
EVENT_COLUMN = re.compile(r"(?i)^\W*(?:(?:diagnostic|telemetry|analytics|usage)\s+)?events?(?:\s+(?:names?|ids?|types?))?\W*$")
# a heading or introduction over an event table saying its events are data the app sends ("List of Diagnostic Data
# Events", "Telemetry events", "Events we collect", "The app sends the following events:")
COLLECTED_EVENTS = re.compile(r"(?i)\b(?:diagnostic|telemetry|analytics|usage)\s+(?:data\s+)?events?\b"
                              r"|\b(?:collect(?:s|ed)?|send(?:s)?|sent|record(?:s|ed)?|log(?:s|ged)?|track(?:s|ed)?)\b")
# an event row's description naming a diagnostic occurrence: an error, a failure, debugging, a crash or a timing
# ("processing duration"; not the length of a setting: "kept awake for a specified time duration")
DIAGNOSTIC_EVENT = re.compile(r"(?i)\b(?:errors?|fail(?:s|ed|ures?)?|debug\w*|diagnos\w*|crash\w*|exceptions?|"
                              r"latency|performance|timeouts?|(?:processing|load(?:ing)?|response|execution|"
                              r"render(?:ing)?|start-?up)\s+(?:durations?|times?))\b")
# what an event row says it logs or records ("Logs the AI provider, model, and processing duration for each endpoint
# call", "Records provider, model, and status details when a custom action fails"), not when it fires ("Logs when …")
RECORDED_VALUES = re.compile(r"(?i)^\W*(?:logs|records|captures|reports|tracks|includes|contains)\s+"
                             r"(?!when\b|whether\b|if\b|that\b)(.+?)(?=\s+(?:when|for|during|if|after|before|within)\b|\W*$)")
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
        if (header.language or document.language) != "en" or len(cells) < 2:
            continue
        if METRIC_COLUMN.match(cells[0].text):
            read = _row_statements
        elif EVENT_COLUMN.match(cells[0].text) and _introduced_as_collected(document, header_index):
            read = _event_row_statements
        else:
            continue
        for index in body:
            block = document.blocks[index]
            statements += read(block, find_terms)
            rows.add(index)
    return statements, rows


def _introduced_as_collected(document: Document, header_index: int) -> bool:
    """Whether a heading over the table (the nearest of each higher level) or the paragraph just before it says its
    events are diagnostic or telemetry data or are collected (`COLLECTED_EVENTS`)."""
    level = 7
    intro = True
    for block in reversed(document.blocks[:header_index]):
        if block.kind == "heading":
            intro = False
            if block.level < level:
                level = block.level
                if COLLECTED_EVENTS.search(block.text):
                    return True
        elif intro and block.kind == "paragraph":
            intro = False
            if COLLECTED_EVENTS.search(block.text):
                return True
        if level <= 1:
            break
    return False


def _event_row_statements(block: Block, find_terms) -> list[Statement]:
    cells = [cell.text.strip() for cell in block.cells or []]
    if len(cells) < 2 or not cells[1]:
        return []
    description = cells[1]
    found: dict[str, str] = {}
    recorded = RECORDED_VALUES.match(description)
    values = recorded.group(1) if recorded else ""
    for match in find_terms(values):
        found.setdefault(match.value, values[match.start:match.end])
    diagnostic = DIAGNOSTIC_EVENT.search(description)
    if diagnostic:
        found.setdefault("usage.logs", diagnostic.group(0))
    # usage: the event of an interaction, or values recorded beside the diagnostic ones ("the AI provider, model, and
    # processing duration"); not a row that records only diagnostic data ("Logs debugging information")
    other_values = [part for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", values)
                    if part.strip() and not DIAGNOSTIC_EVENT.search(part)]
    if not diagnostic or other_values:
        found.setdefault("usage", description)
    return [Statement(data_type=data_type, action="collect", actor=FIRST_PARTY, text=block.text, line=block.line,
                      term=term[:80], source="table", language="en")
            for data_type, term in found.items()]


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
