"""Rendering `extract` output (contract §5)."""

from __future__ import annotations

from typing import Any

from ..records import Extraction, Statement
from .text import table


def statement_json(statement: Statement) -> dict[str, Any]:
    data: dict[str, Any] = {
        "data_type": statement.data_type,
        "action": statement.action,
        "actor": statement.actor,
        "purposes": statement.purposes,
        "text": statement.text,
        "line": statement.line,
        "term": statement.term,
        "source": statement.source,
        "language": statement.language,
    }
    if statement.action in ("share", "not_share"):
        data["recipient"] = statement.recipient
    if statement.condition:
        data["condition"] = statement.condition
    if statement.actor_text:
        data["actor_text"] = statement.actor_text
    if statement.recipient_text and statement.action in ("share", "not_share"):
        data["recipient_text"] = statement.recipient_text
    if statement.verb:
        data["verb"] = statement.verb
    return data


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    document = extraction.document
    return {
        "schema_version": "1",
        "language": document.language,
        "policy": {"path": document.path, "sha256": document.sha256, "encoding": document.encoding,
                   "format": document.format, "lines": document.line_count},
        "statements": [statement_json(s) for s in extraction.statements],
        "purposes": [{"text": p.text, "line": p.line} for p in extraction.purposes],
        "summary": {"sentences": extraction.sentences, "statements": len(extraction.statements)},
    }


def extraction_table(extraction: Extraction) -> str:
    document = extraction.document
    rows = []
    for s in extraction.statements:
        actor = s.actor if not s.actor_text or s.actor_text == s.actor else f"{s.actor} ({s.actor_text})"
        if s.action in ("share", "not_share") and s.recipient:
            actor += f" -> {s.recipient}" + (f" ({s.recipient_text})" if s.recipient_text else "")
        rows.append([str(s.line), s.action, s.data_type, actor, s.term, "; ".join(s.purposes), s.text])
    header = (f"{document.path}: {document.language}, {document.format}, {document.encoding}; "
              f"{len(extraction.statements)} statements from {extraction.sentences} sentences")
    general = "".join(f"\n  line {p.line}: {p.text}" for p in extraction.purposes)
    general = "\n\npurposes stated for the data in general:" + general if general else ""
    if not rows:
        return header + "\n(no data practices found)" + general
    return header + "\n\n" + table(["line", "action", "data type", "actor", "term", "purpose", "text"], rows,
                                    [6, 11, 24, 44, 20, 24, 52]) + general
