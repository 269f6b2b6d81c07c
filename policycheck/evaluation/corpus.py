"""Annotated evaluation corpora: `<slug>.<ext>` policy texts with `<slug>.gold.yaml` annotations.

The format and the annotation rules are in corpora/eval/GUIDELINES.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..records import ACTIONS, entity_of, polarity
from ..taxonomy.loader import load_yaml


@dataclass(frozen=True)
class GoldStatement:
    line: int
    data_type: str
    action: str
    actor: str
    recipient: str | None = None

    @property
    def polarity(self) -> str:
        return polarity(self.action)

    @property
    def entity(self) -> str:
        return entity_of(self.action, self.actor, self.recipient)


@dataclass
class GoldDocument:
    slug: str
    policy_path: Path
    language: str
    split: str
    source: str
    licence: str
    statements: list[GoldStatement] = field(default_factory=list)


def load_gold(path: Path) -> GoldDocument:
    data = load_yaml(path) or {}
    try:
        policy = path.parent / data["policy"]
        statements = [
            GoldStatement(int(item["line"]), str(item["data_type"]), str(item["action"]), str(item.get("actor", "first_party")),
                          item.get("recipient"))
            for item in data.get("statements") or []
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: malformed gold file ({exc})") from None
    for statement in statements:
        if statement.action not in ACTIONS:
            raise InputError(f"{path}: line {statement.line}: unknown action {statement.action}")
    return GoldDocument(
        slug=path.name[: -len(".gold.yaml")], policy_path=policy, language=str(data.get("language", "")),
        split=str(data.get("split", "test")), source=str(data.get("source", "")), licence=str(data.get("licence", "")),
        statements=statements,
    )


def find_gold(paths: list[Path]) -> list[GoldDocument]:
    """All gold documents under the given files or folders, sorted by slug."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.rglob("*.gold.yaml"))
        elif path.name.endswith(".gold.yaml"):
            files.append(path)
        else:
            raise InputError(f"{path}: not a corpus folder or .gold.yaml file")
    return [load_gold(f) for f in sorted(set(files))]
