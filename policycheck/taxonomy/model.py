"""The data-type taxonomy: IDs, hierarchy, names and sensitivity."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DataType:
    id: str
    en: str
    zh: str
    sensitive: bool = False
    contract: bool = False


@dataclass
class Taxonomy:
    """Hierarchical data-type IDs. The parent of `a.b.c` is `a.b`; of `a` it is the root."""

    root: str
    types: dict[str, DataType]
    terms: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> id -> phrases
    ignore: dict[str, list[str]] = field(default_factory=dict)  # lang -> phrases that are not personal data
    list_terms: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> id -> words data only in lists
    run_terms: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> id -> words data only in runs
    run_endings: dict[str, list[str]] = field(default_factory=dict)  # lang -> regexes after a run naming features
    senses: dict[str, list[dict]] = field(default_factory=dict)  # lang -> [{term(s), type, after, near, unless}]
    patterns: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> id -> regexes of descriptions
    also: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang -> id -> terms that name it as well

    def __contains__(self, type_id: str) -> bool:
        return type_id in self.types

    def parent(self, type_id: str) -> str | None:
        if type_id == self.root:
            return None
        if "." in type_id:
            return type_id.rsplit(".", 1)[0]
        return self.root

    def ancestors(self, type_id: str) -> list[str]:
        """Parents of `type_id`, nearest first, ending with the root."""
        chain = []
        current = self.parent(type_id)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return chain

    def covers(self, broad: str, specific: str) -> bool:
        """True when `broad` is `specific` or one of its ancestors."""
        return broad == specific or broad in self.ancestors(specific)

    def children(self, type_id: str) -> list[str]:
        return [t for t in self.types if self.parent(t) == type_id]

    def depth(self, type_id: str) -> int:
        return len(self.ancestors(type_id))

    def name(self, type_id: str, lang: str = "en") -> str:
        data_type = self.types.get(type_id)
        if data_type is None:
            return type_id
        return data_type.zh if lang == "zh" else data_type.en

    def is_sensitive(self, type_id: str) -> bool:
        data_type = self.types.get(type_id)
        return bool(data_type and data_type.sensitive)
