"""Cookie tables: every row of a table whose header names cookies ("Cookie", "Name of Cookie", "Cookie名称") declares
a cookie the service uses, whether or not its description names a data type. The header cue is data
(`cookie_table_header` in mappings/cues/<lang>.yaml)."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, THIRD_PARTY, Document, Statement
from ..taxonomy import EntityCatalog
from .lexicon import Lexicon, any_match
from .tables import tables

MAX_HEADER_CELL = 40  # a header cell is a short label, not a sentence that mentions cookies
# A row naming the party whose cookie it is: "This cookie is used by Google Analytics", "set by Stripe", or the vendor
# an embedded component relies on ("We use an open source font Inter UI which uses Cloudflare").
SET_BY = re.compile(r"\b(?:(?:used|set|placed|dropped|served|provided)\s+by|(?:which|that)\s+uses)\s+$", re.I)
# A row whose cookie serves the makers of a component the site embeds, another party than the service ("This helps
# the makers of the GOV.UK prototype kit count how many times the kit is used").
OTHER_MAKERS = re.compile(r"\b(?:helps|lets|allows|enables)\s+the\s+(?:makers|developers|authors|providers)\s+of\b",
                          re.I)
# A header cell over the party whose cookie a row lists: "Provider", "Set by", "Third party", "Vendor".
PROVIDER_COLUMN = re.compile(r"^(?:cookie\s+)?(?:provider|set\s+by|third[\s-]+party|vendor|company|owner)\b", re.I)
# A cell pointing to a party's own notice on its cookies: "hCaptcha Privacy Policy", "Google Cookie Policy", or
# "Cloudflare Cookies" in the row of Cloudflare's cookie ("Analytics cookies" alone is a kind of cookie).
NOTICE_OF = re.compile(r"^(?P<name>[\w.&' -]{2,40}?)(?:'s|’s)?\s+(?:privacy|cookies?)"
                       r"(?P<notice>\s+(?:policy|notice|statement|settings))?\W*$", re.I)
# between the names of the cookies a row lists in its first cell ("_ga / _gid", "_ga, _gat")
COOKIE_NAMES = re.compile(r"\s*(?:[/,;]|<br>|\band\b)\s*|\s+")
# the answer of a yes / no column such as "Third party" ("| _ga | Yes | … |"), which names no party
YES_NO = re.compile(r"^(?:(?P<yes>yes|y|true|✓|✔|是)|no|n|false|✗|否|-|–)$", re.I)
# a provider cell or notice owner naming the policy's own service: "First party", "Us", "Our own", "This website"
OWN_WORDS = re.compile(r"^(?:first[\s-]+party|us|we|our\b|this\b|the\b|own\b)", re.I)


def cookie_table_statements(document: Document, lexicons: dict[str, Lexicon], entities: EntityCatalog,
                            own_names: list[str] | tuple[str, ...] = ()) -> tuple[list[Statement], dict[int, str]]:
    """One `usage.cookies` use statement per body row of each cookie table, on the row's first line, by the party
    that sets the cookie (GUIDELINES: cookies), see `_cookie_party`; and the indices of those rows, whose
    descriptions say what the cookie records ("Tracks if a visitor has clicked an ad"), with that party.
    `own_names` are the policy's names for its own service, which are no other party."""
    statements: list[Statement] = []
    rows: dict[int, str] = {}
    own = {name.lower() for name in own_names}
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
            line = block.cells[0].line if block.cells else block.line_at(0)
            actor, actor_text = _cookie_party(block, header, entities, block.language or document.language, own)
            rows[index] = actor
            statements.append(Statement(
                data_type="usage.cookies", action="use", actor=actor, text=block.text, line=line,
                term=block.cells[0].text if block.cells else "", source="table", actor_text=actor_text,
                language=block.language or document.language,
            ))
    return statements, rows


def _cookie_party(row, header, entities: EntityCatalog, lang: str, own: set[str]) -> tuple[str, str | None]:
    """The party a cookie row names as the cookie's own: a known one in its first cell ("| Stripe | Strictly
    necessary | …") or as the one that sets or uses it ("This cookie is used by Google Analytics"); the party of a
    provider column ("| _cf_bm | Cloudflare | …" under "| Cookie | Provider | …"; a yes / no answer there names no one), or the party whose notice the row
    points to ("| Cloudflare | … | Cloudflare Cookies |"), a third party when no known one and not the policy's own
    service; else the SDK whose documented cookies are all the first cell names ("| _ga | … |", `cookies` of
    mappings/sdks.yaml); else the first party."""
    first = row.cells[0].text.strip(" `*") if row.cells else ""
    named = entities.find_named(first, lang)
    if named and named[0].start == 0 and named[0].end >= len(first) - 1:
        return named[0].value, first[named[0].start:named[0].end]
    for match in entities.find_named(row.text, lang):
        if SET_BY.search(row.text, 0, match.start):
            return match.value, row.text[match.start:match.end]
    cells = [cell.text.strip(" `*") for cell in row.cells or []]
    if len(cells) > 1:
        # a description opening on a known name as its label: "| _ga | Google Analytics. Gathers information … |"
        named = entities.find_named(cells[1], lang)
        if named and named[0].start == 0 and cells[1][named[0].end:named[0].end + 1] in (".", ":"):
            return named[0].value, cells[1][:named[0].end]
    columns = [cell.text.strip(" `*") for cell in header.cells or []]
    providers = [cells[i] for i, label in enumerate(columns) if i < len(cells) and PROVIDER_COLUMN.match(label)]
    answers = [YES_NO.match(name) for name in providers]
    notices = [m.group("name").strip() for m in map(NOTICE_OF.match, cells[1:])
               if m and (m.group("notice") or m.group("name").strip().lower() == first.lower())]
    for name in [name for name, answer in zip(providers, answers) if answer is None] + notices:
        party = _named_party(name, entities, lang, own)
        if party is not None:
            return party
    # a cookie the row names by the name its vendor's script gives it ("| _ga | Checks if you've visited … |")
    owners = {entities.entity_for_cookie(name.strip("`")) for name in COOKIE_NAMES.split(first) if name.strip("`")}
    if len(owners) == 1 and None not in owners:
        return owners.pop(), first
    if any(answer and answer.group("yes") for answer in answers):  # "| Third party | Yes |" naming no one
        return THIRD_PARTY, None
    if OTHER_MAKERS.search(row.text):
        return THIRD_PARTY, None
    return FIRST_PARTY, None


def _named_party(name: str, entities: EntityCatalog, lang: str, own: set[str]) -> tuple[str, str | None] | None:
    """The party a provider cell or a notice's owner names: a known one, a third party for another name
    ("Cloudflare", "Third party"), None for our own service or no name ("First party", "Acme" in Acme's policy)."""
    if not name or name.lower() in own or OWN_WORDS.match(name):
        return None
    named = entities.find_named(name, lang)
    if named:
        return named[0].value, name[named[0].start:named[0].end]
    return THIRD_PARTY, name


def _under_cookie_heading(document: Document, header_index: int, lex: Lexicon) -> bool:
    """A table whose header has two cookie-list columns ("| Name | Purpose | Expires |") under a heading on cookies
    ("## Essential cookies") or right after a lead-in on cookies ("Google Analytics sets the following cookies:")."""
    header = document.blocks[header_index]
    if sum(1 for cell in header.cells or [] if any_match(lex.cookie_table_columns, cell.text.strip())) < 2:
        return False
    heading = next((block for block in reversed(document.blocks[:header_index]) if block.kind == "heading"), None)
    if heading is not None and any_match(lex.cookie_headings, heading.text):
        return True
    lead_in = document.blocks[header_index - 1] if header_index else None
    return (lead_in is not None and lead_in.kind == "paragraph" and lead_in.text.rstrip().endswith(":")
            and bool(any_match(lex.cookie_headings, lead_in.text)))
