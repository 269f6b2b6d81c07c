"""Taxonomy: data-type IDs and their surface terms, actors (first party, third parties, SDKs), and matchers."""

from __future__ import annotations

from functools import lru_cache

from .entities import Entity, EntityCatalog, load_entities
from .loader import load_mapping, load_taxonomy, validate_mappings
from .matcher import Match, PhraseMatcher, english_variants, fold
from .model import DataType, Taxonomy

__all__ = [
    "DataType", "Entity", "EntityCatalog", "Match", "PhraseMatcher", "Taxonomy", "data_matcher", "english_variants",
    "fold", "load_entities", "load_mapping", "load_taxonomy", "validate_mappings",
]


class DataMatcher:
    """Finds data-type phrases; phrases of the `ignore` list ("non-personal information") win and are dropped."""

    def __init__(self, lang: str) -> None:
        taxonomy = load_taxonomy()
        self._matcher: PhraseMatcher[str] = PhraseMatcher()
        for phrase in taxonomy.ignore.get(lang, []):
            for form in english_variants(phrase) if lang == "en" else (phrase,):
                self._matcher.add(form, "")
        for type_id, phrases in taxonomy.terms.get(lang, {}).items():
            for phrase in phrases:
                for form in english_variants(str(phrase)) if lang == "en" else (str(phrase),):
                    self._matcher.add(form, type_id)

    def find(self, text: str) -> list[Match[str]]:
        return [match for match in self._matcher.find(text) if match.value]

    def __len__(self) -> int:
        return len(self._matcher)


@lru_cache(maxsize=None)
def data_matcher(lang: str) -> DataMatcher:
    """Phrase -> data-type id matcher for one language (English phrases with their plural variants)."""
    return DataMatcher(lang)
