"""Plain typed records that flow between the pipeline stages.

ingest -> Document(blocks) -> extract -> Statement -> compare (with behaviour Observation) -> Finding -> report.
Every record is a dataclass with only plain fields, so it serialises with `to_dict` and crosses process boundaries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Actions of the public contract (§5). Positive actions first.
POSITIVE_ACTIONS = ("collect", "use", "share", "store")
NEGATIVE_ACTIONS = ("not_collect", "not_share")
ACTIONS = POSITIVE_ACTIONS + NEGATIVE_ACTIONS

FIRST_PARTY = "first_party"
THIRD_PARTY = "third_party"


def polarity(action: str) -> str:
    """'+' for a practice that happens, '-' for a denial."""
    return "-" if action in NEGATIVE_ACTIONS else "+"


def entity_of(action: str, actor: str, recipient: str | None) -> str:
    """Who ends up with the data: the recipient of a share, otherwise the actor."""
    return recipient if action in ("share", "not_share") and recipient else actor


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a JSON-ready dict, without None fields."""
    return {k: v for k, v in asdict(record).items() if v is not None}


def line_at(marks: list[tuple[int, int]], offset: int, line: int) -> int:
    """The line of the character at `offset` of a text whose (offset, line) `marks` say where each line starts
    (sorted by offset), `line` before the first mark."""
    for start, mark_line in marks:
        if start > offset:
            break
        line = mark_line
    return line


@dataclass
class Block:
    """A structural unit of a policy: heading, paragraph, list item or table row.

    `text` is the block's visible text with whitespace collapsed. `line_marks` maps character offsets of `text`
    to 1-based lines of the input file: each pair (offset, line) says that text from `offset` on starts on `line`.
    Table rows keep their cells (each with its own line) in `cells`.
    """

    kind: str  # "heading" | "paragraph" | "list_item" | "table_row"
    text: str
    line_marks: list[tuple[int, int]]
    level: int = 0  # heading level (1-6) or list depth
    cells: list[Cell] | None = None
    header: bool = False  # a table row made of header cells
    language: str = ""  # "zh" | "en", set by language detection
    label_end: int = 0  # end of a run-in bold label ("**Location data:** We collect…"), 0 when none

    @property
    def line(self) -> int:
        return self.line_marks[0][1] if self.line_marks else 1

    def line_at(self, offset: int) -> int:
        """The input-file line of the character at `offset` of `text`."""
        return line_at(self.line_marks, offset, self.line)


@dataclass
class Cell:
    text: str
    line: int
    # (offset in `text`, line) where each item of a list inside the cell starts ("<td><ul><li>位置</li>…"), else None
    items: list[tuple[int, int]] | None = None


@dataclass
class Document:
    """A decoded, structured policy."""

    path: str
    sha256: str
    encoding: str
    format: str  # "html" | "markdown" | "text"
    language: str  # "zh" | "en": the majority language; blocks carry their own
    blocks: list[Block]
    line_count: int = 0


@dataclass
class Sentence:
    """A sentence (or table row) with its place in the document."""

    text: str
    line: int
    language: str
    block_index: int
    start: int  # offset of the sentence in its block's text
    section: tuple[str, ...] = ()  # heading path, outermost first
    kind: str = "paragraph"


@dataclass
class Statement:
    """One declared data practice (contract §5)."""

    data_type: str
    action: str
    actor: str
    text: str
    line: int
    purposes: list[str] = field(default_factory=list)
    recipient: str | None = None
    condition: str | None = None
    term: str = ""  # the phrase that named the data type
    actor_text: str | None = None  # the words that named the actor, when not first party
    recipient_text: str | None = None  # the words that named a `third_party` recipient ("Acme Payments Ltd")
    source: str = "sentence"  # "sentence" | "list" | "sdk_table" | "table" | "heading_context"
    language: str = ""
    verb: str = ""  # the predicate word of the sentence ("收集", "sell"); empty for tables and context
    start: int | None = None  # offset of `term` in `text`, when known

    @property
    def polarity(self) -> str:
        return polarity(self.action)

    @property
    def entity(self) -> str:
        """Who ends up with the data: the recipient of a share, otherwise the actor."""
        return entity_of(self.action, self.actor, self.recipient)


@dataclass
class StatedPurpose:
    """A purpose the policy states for its data in general ("We use the information described above to: …")."""

    text: str
    line: int


@dataclass
class Extraction:
    """Output of `extract` for one document."""

    document: Document
    statements: list[Statement]
    sentences: int = 0
    purposes: list[StatedPurpose] = field(default_factory=list)  # general purposes, in no one statement


# --- observed behaviour (input of `check`) -------------------------------------------------------------------

OBSERVATION_KINDS = ("api", "permission", "network", "sdk", "data")


@dataclass
class Observation:
    """One observed behaviour, normalised from any supported source (contract §3).

    `data_types` and `actor` are filled by behaviour mapping (API/permission/network-field/SDK mappings);
    `source` says where the evidence is ("trace.xls row 12", "capture.har entry 3").
    """

    kind: str  # api | permission | network | sdk | data
    name: str = ""  # API as package.Class.method, permission, host, SDK package or id, or data type (kind "data")
    caller: str | None = None  # class that made the call (first non-framework stack frame)
    stack: list[str] = field(default_factory=list)
    args: list[str] = field(default_factory=list)  # call arguments as text (URIs, Settings keys, permissions…)
    host: str | None = None
    fields: list[str] = field(default_factory=list)  # network field names carrying personal data
    before_consent: bool | None = None  # None: unknown
    count: int = 1
    timestamp: str | None = None  # ISO 8601
    data_types: list[str] = field(default_factory=list)
    actor: str = FIRST_PARTY  # sdk id from the caller / host, else first_party
    sdk: str | None = None  # the SDK the observation belongs to, when known
    source: str = ""


@dataclass
class Unmapped:
    """Something observed that no mapping covers: reported with its count, never dropped."""

    kind: str
    name: str
    count: int = 1
    reason: str = ""


@dataclass
class Behaviour:
    app: dict[str, Any] = field(default_factory=dict)  # id, name, platform, version
    observations: list[Observation] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    consent_time: str | None = None  # when the user agreed to the policy, if the source records it


# --- consistency findings (output of `check`) -----------------------------------------------------------------

STATUSES = ("clear", "vague", "omitted", "incorrect", "ambiguous")
# Severity order used by --fail-on: a status fails the run when it is at or above the threshold.
STATUS_SEVERITY = {"clear": 0, "vague": 1, "ambiguous": 2, "omitted": 3, "incorrect": 4}


@dataclass
class Finding:
    """The policy's coverage of one observed flow: a data type reaching an actor (contract §4)."""

    data_type: str
    actor: str
    status: str
    before_consent: bool
    policy_evidence: list[dict[str, Any]] = field(default_factory=list)
    behaviour_evidence: list[dict[str, Any]] = field(default_factory=list)
    observations: int = 0  # total observations behind the flow (evidence lists are samples)
    vagueness: str | None = None  # "data" | "actor" | "data+actor" for vague findings
    explanation: str = ""


@dataclass
class Violation:
    """A regulatory check that fired (contract §4, "Regulatory checks")."""

    rule: str
    data_type: str | None
    actor: str | None
    basis: str
    message: str
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CheckResult:
    app: dict[str, Any]
    policy: dict[str, Any]
    findings: list[Finding]
    violations: list[Violation] = field(default_factory=list)
    declared_not_observed: list[dict[str, Any]] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    category: str | None = None


# --- lint results (output of `lint`) ------------------------------------------------------------------------------

SEVERITIES = ("info", "warning", "error")


@dataclass
class LintResult:
    """One lint rule firing on a policy (contract §6)."""

    rule: str
    severity: str  # info | warning | error
    message: str  # in the policy's language
    line: int  # 1-based line in the policy file the result concerns (1 for whole-document results)
    basis: str = ""  # legal basis (regulation and article)
    related_lines: list[int] = field(default_factory=list)  # e.g. the other line of a contradiction
    data_type: str | None = None
    language: str = ""
