"""Cookies listed by name: the items of a list (or the rows of a headerless table) under a lead-in or heading on
cookies that open on the cookies' own names ("Authorised cookies:" / "- `_gid` for Google Analytics", "The following
cookies are used by …:" / "| `_cfduid`, `biz_uid` | Used by the CloudFlare content delivery network … |") declare
cookies used, though no data word names them (GUIDELINES: cookies, by the party that sets them)."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, Document, Statement
from ..taxonomy import EntityCatalog
from .lexicon import Lexicon, any_match

# the names an item opens on, before what it says of them ("_gid for Google Analytics", "ga, gat, _gid, IDE | Used by
# Google Analytics …"): code-like words set side by side
NAMES_OPENING = re.compile(r"^\W{0,3}(?P<names>[\w.-]{2,60}(?:\s*(?:,|/|\band\b)\s*[\w.-]{2,60})*)"
                           r"(?=\s*(?:\||:|[-–—]\s|\(|\bfor\b|\bis\b|\bused\b|$))")
NAME_SEPARATOR = re.compile(r"\s*(?:,|/|\band\b)\s*")
# a cookie's own name, not a word: an underscore in it ("_ga", "biz_uid", "_gat_gtag_UA_84705099_3")
CODE_NAME = re.compile(r"^[\w.-]*_[\w.-]*$")


def cookie_name_statements(document: Document, statements: list[Statement], lexicons: dict[str, Lexicon],
                           entities: EntityCatalog) -> list[Statement]:
    """One `usage.cookies` use per English list item or table row that opens on cookie names (at least one with an
    underscore, or one a catalogued SDK sets) and sits in a run of such blocks right after a lead-in paragraph or
    heading that names cookies; by the party the item names ("for Google Analytics", "Used by the CloudFlare …"), else
    the SDK that sets all the names, else the first party. Lines that already have a cookie use are left alone."""
    lex = lexicons.get("en")
    if lex is None:
        return []
    have = {s.line for s in statements if s.data_type == "usage.cookies" and s.action == "use"}
    found: list[Statement] = []
    lead_in = None
    for block in document.blocks:
        if block.kind not in ("list_item", "table_row"):
            lead_in = block
            continue
        if block.header or (block.language or document.language) != "en" or lead_in is None:
            continue
        if not any_match(lex.cookie_headings, lead_in.text) or block.line in have:
            continue
        first = block.cells[0].text if block.cells else block.text
        match = NAMES_OPENING.match(first)
        if match is None:
            continue
        names = [name.strip("`*") for name in NAME_SEPARATOR.split(match.group("names")) if name.strip("`*")]
        owners = {entities.entity_for_cookie(name) for name in names}
        if not names or not any(CODE_NAME.match(name) for name in names) and owners == {None}:
            continue
        rest = block.text[len(first):] if block.cells else first[match.end():]
        named = entities.find_named(rest, "en")
        if named:
            actor, actor_text = named[0].value, rest[named[0].start:named[0].end]
        elif len(owners) == 1 and None not in owners:
            actor, actor_text = owners.pop(), match.group("names")
        else:
            actor, actor_text = FIRST_PARTY, None
        line = block.cells[0].line if block.cells else block.line
        found.append(Statement(data_type="usage.cookies", action="use", actor=actor, text=block.text, line=line,
                               term=match.group("names"), source="list", actor_text=actor_text, language="en"))
        have.add(line)
    return found


__all__ = ["cookie_name_statements"]
