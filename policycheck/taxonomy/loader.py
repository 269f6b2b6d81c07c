"""Loading and validating the YAML mappings under mappings/.

Loading is cached per process. `validate_mappings` runs the JSON Schemas of mappings/schema/ plus the
cross-file checks (every term points at a taxonomy ID, no phrase under two IDs or twice under one, SDK ids unique…); the test suite
and `policycheck taxonomy --validate` run it, so a bad edit to a mapping fails CI, not a user's run.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import MappingError
from ..resources import mapping_path, mappings_dir
from .model import DataType, Taxonomy

try:
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader  # type: ignore[assignment,misc]


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader that rejects a key written twice in one mapping: YAML would keep only the last value, so a
    second `health:` under `in_lists` would silently drop the first one's words."""

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)

LANGUAGES = ("zh", "en")
NO_DATA = "none"  # the type of a sense whose term names no data in its context


def load_yaml(path: Path) -> Any:
    try:
        with path.open("r", encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except FileNotFoundError:
        raise MappingError(f"{path}: mapping file missing") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise MappingError(f"{path}:{where} invalid YAML ({getattr(exc, 'problem', exc)})") from None


@lru_cache(maxsize=None)
def load_mapping(name: str) -> Any:
    """A mapping file by its path under mappings/ (e.g. 'taxonomy.yaml', 'cues/zh.yaml')."""
    return load_yaml(mapping_path(*name.split("/")))


def _strings_by_id(term_data: dict, key: str) -> dict[str, list[str]]:
    """A terms-file map from data-type id to words, phrases or regexes (`terms`, `in_lists`, `patterns`, …)."""
    return {type_id: [str(item) for item in items or []] for type_id, items in (term_data.get(key) or {}).items()}


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    data = load_mapping("taxonomy.yaml")
    try:
        types = {
            entry["id"]: DataType(
                id=entry["id"],
                en=entry.get("en", entry["id"]),
                zh=entry.get("zh", entry["id"]),
                sensitive=bool(entry.get("sensitive", False)),
                contract=bool(entry.get("contract", False)),
            )
            for entry in data["data_types"]
        }
        root = data.get("root", "personal_info")
    except (KeyError, TypeError) as exc:
        raise MappingError(f"mappings/taxonomy.yaml: malformed entry ({exc})") from None
    terms: dict[str, dict[str, list[str]]] = {}
    ignore: dict[str, list[str]] = {}
    list_terms: dict[str, dict[str, list[str]]] = {}
    run_terms: dict[str, dict[str, list[str]]] = {}
    run_endings: dict[str, list[str]] = {}
    senses: dict[str, list[dict]] = {}
    patterns: dict[str, dict[str, list[str]]] = {}
    also: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        term_data = load_mapping(f"terms/{lang}.yaml") or {}
        terms[lang] = _strings_by_id(term_data, "terms")
        ignore[lang] = [str(p) for p in term_data.get("ignore") or []]
        list_terms[lang] = _strings_by_id(term_data, "in_lists")
        run_terms[lang] = _strings_by_id(term_data, "in_runs")
        run_endings[lang] = [str(p) for p in term_data.get("run_endings") or []]
        senses[lang] = [dict(entry) for entry in term_data.get("senses") or []]
        patterns[lang] = _strings_by_id(term_data, "patterns")
        also[lang] = _strings_by_id(term_data, "also")
    return Taxonomy(root=root, types=types, terms=terms, ignore=ignore, list_terms=list_terms, run_terms=run_terms,
                    run_endings=run_endings, senses=senses, patterns=patterns, also=also)


# --- validation --------------------------------------------------------------------------------------------------

SCHEMAS = {
    "taxonomy.yaml": "taxonomy.schema.json",
    "terms/zh.yaml": "terms.schema.json",
    "terms/en.yaml": "terms.schema.json",
    "cues/zh.yaml": "cues.schema.json",
    "cues/en.yaml": "cues.schema.json",
    "actors.yaml": "actors.schema.json",
    "sdks.yaml": "sdks.schema.json",
    "app_categories.yaml": "app_categories.schema.json",
    "checks.yaml": "checks.schema.json",
    "zh_t2s.yaml": "zh_t2s.schema.json",
    "zh_tw_words.yaml": "zh_tw_words.schema.json",
}


def _schema(name: str) -> dict:
    with (mappings_dir() / "schema" / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def validate_mappings() -> list[str]:
    """All problems found in mappings/ (empty when valid)."""
    import jsonschema

    problems: list[str] = []
    data: dict[str, Any] = {}
    for name, schema_name in SCHEMAS.items():
        path = mapping_path(*name.split("/"))
        if not path.exists():
            if name != "sdks.yaml":  # the SDK catalogue is optional: without it, named SDKs are third parties
                problems.append(f"{name}: missing")
            continue
        try:
            data[name] = load_yaml(path)
        except MappingError as exc:
            problems.append(str(exc))
            continue
        validator = jsonschema.Draft202012Validator(_schema(schema_name))
        for error in sorted(validator.iter_errors(data[name]), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.path) or "(top)"
            problems.append(f"{name}: {where}: {error.message}")
    if problems:
        return problems
    characters = (data.get("zh_t2s.yaml") or {}).get("characters") or {}
    for traditional, simplified in characters.items():
        if simplified == traditional or simplified in characters:
            problems.append(f"zh_t2s.yaml: {traditional} -> {simplified} is not final (folding is one pass)")
    for word, mainland in ((data.get("zh_tw_words.yaml") or {}).get("words") or {}).items():
        if len(word) < len(mainland) or word == mainland:
            problems.append(f"zh_tw_words.yaml: {word} -> {mainland} must be another word, not longer")
        if any(char in characters for char in word + mainland):
            problems.append(f"zh_tw_words.yaml: {word} -> {mainland} must be written in simplified characters")
    ids = [entry["id"] for entry in data["taxonomy.yaml"]["data_types"]]
    id_set = set(ids)
    if len(ids) != len(id_set):
        problems.append("taxonomy.yaml: duplicate data-type ids")
    root = data["taxonomy.yaml"].get("root", "personal_info")
    for type_id in ids:
        if type_id != root and "." in type_id and type_id.rsplit(".", 1)[0] not in id_set:
            problems.append(f"taxonomy.yaml: {type_id} has no parent entry {type_id.rsplit('.', 1)[0]}")
    for lang in LANGUAGES:
        for entry in data[f"terms/{lang}.yaml"].get("senses") or []:
            if entry.get("type") not in id_set and not (entry.get("type") == NO_DATA and not entry.get("also")):
                problems.append(f"terms/{lang}.yaml: senses: {entry.get('type')} is not a taxonomy id")
        for type_id, regexes in (data[f"terms/{lang}.yaml"].get("patterns") or {}).items():
            if type_id not in id_set:
                problems.append(f"terms/{lang}.yaml: patterns: {type_id} is not a taxonomy id")
            for regex in regexes or []:
                try:
                    re.compile(str(regex))
                except re.error as exc:
                    problems.append(f"terms/{lang}.yaml: patterns: {type_id}: {regex!r} is not a regular expression ({exc})")
        for key in ("in_lists", "in_runs", "also"):
            for type_id in data[f"terms/{lang}.yaml"].get(key) or {}:
                if type_id not in id_set:
                    problems.append(f"terms/{lang}.yaml: {key}: {type_id} is not a taxonomy id")
        seen: dict[str, str] = {}
        for type_id, phrases in data[f"terms/{lang}.yaml"]["terms"].items():
            if type_id not in id_set:
                problems.append(f"terms/{lang}.yaml: {type_id} is not a taxonomy id")
            written: set[str] = set()  # (case variants stay: "WIFI密码" is a word of its own to the segmenter)
            for phrase in phrases:
                key = " ".join(str(phrase).lower().split())
                if key in seen and seen[key] != type_id:
                    problems.append(f"terms/{lang}.yaml: '{phrase}' is listed under {seen[key]} and {type_id}")
                if str(phrase) in written:
                    problems.append(f"terms/{lang}.yaml: '{phrase}' is listed twice under {type_id}")
                seen[key] = type_id
                written.add(str(phrase))
        for phrases in (data[f"terms/{lang}.yaml"].get("also") or {}).values():
            for phrase in phrases:
                if " ".join(str(phrase).lower().split()) not in seen:
                    problems.append(f"terms/{lang}.yaml: also: '{phrase}' is not a term")
    if "sdks.yaml" in data:
        problems += _validate_sdks(data["sdks.yaml"], id_set)
    for entry in data["app_categories.yaml"]["categories"]:
        for type_id in entry["necessary"]:
            if type_id not in id_set:
                problems.append(f"app_categories.yaml: {entry['id']} lists unknown data type {type_id}")
    for rule in data["checks.yaml"]["rules"].values():
        for table in ("max_reads_per_window", "max_reads_per_trace"):
            for type_id in rule.get(table, {}):
                if type_id not in id_set:
                    problems.append(f"checks.yaml: {table} names unknown data type {type_id}")
    from ..behaviour.mappings import validate_behaviour_mappings
    from ..lint.rules import validate_lint_rules

    problems += validate_behaviour_mappings()
    problems += validate_lint_rules()
    return problems


def _validate_sdks(data: dict, id_set: set[str]) -> list[str]:
    problems: list[str] = []
    entity_ids: set[str] = set()
    names: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    companies = {company["id"] for company in data.get("companies", [])}
    for kind in ("companies", "sdks"):
        for entry in data.get(kind, []):
            entity = entry["id"]
            if entity in entity_ids:
                problems.append(f"sdks.yaml: id {entity} used twice")
            entity_ids.add(entity)
            labels = list(entry.get("names", [])) + list(entry.get("aliases", []))
            labels += [v for v in (entry.get("name") or {}).values()]
            for label in labels:
                key = " ".join(str(label).lower().split())
                if key in names and names[key] != entity:
                    problems.append(f"sdks.yaml: name '{label}' belongs to {names[key]} and {entity}")
                names[key] = entity
            if kind == "sdks":
                if entry.get("company") and entry["company"] not in companies:
                    problems.append(f"sdks.yaml: {entity} refers to unknown company {entry['company']}")
                for prefix in entry.get("packages", []):
                    if prefix in prefixes and prefixes[prefix] != entity:
                        problems.append(f"sdks.yaml: package prefix {prefix} claimed by {prefixes[prefix]} and {entity}")
                    prefixes[prefix] = entity
                for type_id in entry.get("data_types", []):
                    if type_id not in id_set:
                        problems.append(f"sdks.yaml: {entity} lists unknown data type {type_id}")
    # a maker brand is looked up beside the company ids and only where the catalogue names no party: one that is a
    # company's id or a catalogued name would never be read as this SDK's maker
    for entry in data.get("sdks", []):
        for maker in entry.get("makers", []):
            key = " ".join(str(maker).lower().split())
            if key in companies:
                problems.append(f"sdks.yaml: maker '{maker}' of {entry['id']} is the id of company {key}")
            if key in names:
                problems.append(f"sdks.yaml: maker '{maker}' of {entry['id']} is a name of {names[key]}")
    kind_of: dict[str, str] = {}
    for kind, words in (data.get("kinds") or {}).items():
        for word in words:
            key = str(word).lower()
            if key in kind_of and kind_of[key] != kind:
                problems.append(f"sdks.yaml: kind word '{word}' is listed under {kind_of[key]} and {kind}")
            kind_of[key] = kind
    return problems
