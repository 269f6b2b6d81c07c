"""Data named by the tool that holds it: "Google Analytics data for inactive sessions are retained for 14 months",
"delete Google Analytics data after 38 months": the retention of a catalogued tool's data is that tool's storage too
(GUIDELINES: a retention period the policy states for a named party's data)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import FIRST_PARTY, Statement
from ..taxonomy import EntityCatalog

# the data word a tool's name is set before ("Google Analytics data", "Sentry data")
DATA_AFTER_NAME = re.compile(r"\s+(?:data|information)\b", re.I)


def tool_data_storage(statements: list[Statement], entities: EntityCatalog) -> list[Statement]:
    """For each English first-party `store` whose data term is a catalogued tool's name followed by "data" (the name
    inside the term or right before it), the same storage by that tool."""
    added: list[Statement] = []
    for statement in statements:
        if (statement.language != "en" or statement.action != "store" or statement.actor != FIRST_PARTY
                or statement.start is None or not statement.term):
            continue
        end = statement.start + len(statement.term)
        for match in entities.find_named(statement.text, "en"):
            after = DATA_AFTER_NAME.match(statement.text, match.end)
            if (after is not None and after.end() == end and match.start <= statement.start <= after.start() + 1
                    and match.value != FIRST_PARTY):
                added.append(replace(statement, actor=match.value, actor_text=statement.text[match.start:match.end]))
                break
    return statements + added


__all__ = ["tool_data_storage"]
