"""The behaviour mapping files: loading, precompiling and validation.

- `mappings/apis.yaml`: sensitive APIs (class + methods) -> data types, with argument conditions;
- `mappings/permissions.yaml`: Android permissions -> protection level and data types;
- `mappings/network_fields.yaml`: request field names and value patterns -> data types.

Each file is validated against its JSON Schema in `mappings/schema/` and its data types against the taxonomy by
`validate_behaviour_mappings()`. The loaders precompile the files into dicts so that mapping is a few lookups.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import MappingError
from ..resources import mapping_path, mappings_dir
from ..taxonomy.loader import load_mapping, load_taxonomy, load_yaml

FILES = {
    "apis.yaml": "apis.schema.json",
    "permissions.yaml": "permissions.schema.json",
    "network_fields.yaml": "network_fields.schema.json",
}
CHECKS = ("luhn", "cn_id")


@lru_cache(maxsize=65536)
def normalise_api(name: str) -> str:
    """'pkg.Outer$Inner.method(args)' / Soot '<pkg.Cls: ret method(args)>' -> 'pkg.Outer.Inner.method'."""
    name = name.strip()
    soot = re.match(r"^<([\w.$]+):\s*[\w.$\[\]*]+\s+([\w$<>*]+)\s*\(", name)
    if soot:
        name = f"{soot.group(1)}.{soot.group(2)}"
    name = name.split("(", 1)[0].strip().replace("::", ".").replace("#", ".").replace("$", ".")
    return name


@lru_cache(maxsize=65536)
def normalise_field(name: str) -> str:
    """Network field names compare lower-case and without separators: 'Android-ID' -> 'androidid'."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", name.lower())


def normalise_permission(name: str) -> str:
    name = name.strip()
    return name if "." in name else f"android.permission.{name}"


# --- APIs -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Condition:
    kind: str  # "arg_regex" | "arg_equals" | "other_package"
    data_types: tuple[str, ...]
    regex: re.Pattern[str] | None = None
    values: frozenset[str] = frozenset()

    def matches(self, args: list[str], app_id: str | None) -> bool:
        if self.kind == "arg_regex":
            return any(self.regex.search(arg) for arg in args)  # type: ignore[union-attr]
        if self.kind == "arg_equals":
            return any(arg.strip().strip('"').lower() in self.values for arg in args)
        packages = [a.strip().strip('"') for a in args if _PACKAGE.match(a.strip().strip('"'))]
        return any(p != app_id for p in packages)


_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)+$")


@dataclass(frozen=True)
class ApiRule:
    key: str  # normalised "pkg.Class.method"
    data_types: tuple[str, ...]  # unconditional, or the default when no condition matches
    conditions: tuple[Condition, ...] = ()

    def data_types_for(self, args: list[str], app_id: str | None = None) -> tuple[str, ...]:
        if self.conditions and args:
            for condition in self.conditions:
                if condition.matches(args, app_id):
                    return condition.data_types
        return self.data_types

    @property
    def needs_args(self) -> bool:
        """An API whose data type depends on its arguments and has no default (ContentResolver.query)."""
        return bool(self.conditions) and not self.data_types


@dataclass
class ApiTable:
    rules: dict[str, ApiRule] = field(default_factory=dict)
    # lower-cased "telephonymanager.getimei" / "getimei" -> key (None: ambiguous); logs do not always keep the case
    by_short_name: dict[str, str | None] = field(default_factory=dict)
    by_method: dict[str, str | None] = field(default_factory=dict)

    def find(self, name: str) -> ApiRule | None:
        """The rule for an API name: fully qualified; 'Class.method' or a bare method only when unambiguous."""
        key = normalise_api(name)
        rule = self.rules.get(key)
        if rule is not None:
            return rule
        parts = key.lower().split(".")
        if len(parts) == 1:
            full = self.by_method.get(parts[0])
        else:
            full = self.by_short_name.get(".".join(parts[-2:])) if len(parts) == 2 else None
        return self.rules.get(full) if full else None

    def resolve(self, name: str) -> str:
        """The fully qualified name for a short or bare API name when the table knows it, else `name`."""
        rule = self.find(name)
        return rule.key if rule else name


def _index(index: dict[str, str | None], key: str, value: str, rules: dict[str, ApiRule] | None = None) -> None:
    """Record key -> value; a key claimed by two values that map differently becomes ambiguous (None)."""
    if key not in index:
        index[key] = value
        return
    current = index[key]
    if current is None or current == value:
        return
    if rules is not None and (rules[current].data_types, rules[current].conditions) == (
            rules[value].data_types, rules[value].conditions):
        return  # aliases of one rule (PackageManager / ApplicationPackageManager): keep the first
    index[key] = None


@lru_cache(maxsize=1)
def load_api_table() -> ApiTable:
    data = _load("apis.yaml")
    table = ApiTable()
    try:
        for entry in data["apis"]:
            conditions = tuple(_condition(c) for c in entry.get("when", []))
            for cls in [entry["class"], *entry.get("aliases", [])]:
                cls_key = normalise_api(cls)
                for method in entry["methods"]:
                    key = f"{cls_key}.{method}"
                    table.rules[key] = ApiRule(key, tuple(entry.get("data_types", [])), conditions)
                    short = f"{cls_key.rsplit('.', 1)[-1]}.{method}".lower()
                    _index(table.by_short_name, short, key, table.rules)
                    _index(table.by_method, method.lower(), key, table.rules)
    except (KeyError, TypeError, re.error) as exc:
        raise MappingError(f"mappings/apis.yaml: malformed entry ({exc})") from None
    return table


def _condition(entry: dict[str, Any]) -> Condition:
    types = tuple(entry.get("data_types", []))
    if "arg_regex" in entry:
        return Condition("arg_regex", types, regex=re.compile(entry["arg_regex"], re.IGNORECASE))
    if "arg_equals" in entry:
        return Condition("arg_equals", types, values=frozenset(str(v).lower() for v in entry["arg_equals"]))
    if entry.get("other_package"):
        return Condition("other_package", types)
    raise KeyError("condition needs arg_regex, arg_equals or other_package")


# --- permissions ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PermissionInfo:
    name: str
    level: str  # AOSP protectionLevel, e.g. "dangerous|instant"
    data_types: tuple[str, ...]

    @property
    def dangerous(self) -> bool:
        return "dangerous" in self.level.split("|")


@lru_cache(maxsize=1)
def load_permission_table() -> dict[str, PermissionInfo]:
    """Permission name -> PermissionInfo."""
    data = _load("permissions.yaml")
    try:
        return {
            name: PermissionInfo(name, str(entry["level"]), tuple(entry.get("data_types", [])))
            for name, entry in data["permissions"].items()
        }
    except (KeyError, TypeError, AttributeError) as exc:
        raise MappingError(f"mappings/permissions.yaml: malformed entry ({exc})") from None


def permission_info(name: str) -> PermissionInfo | None:
    """Protection level and data types of a permission ('READ_CONTACTS' means android.permission.READ_CONTACTS)."""
    return load_permission_table().get(normalise_permission(name))


# --- network fields ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldRule:
    id: str
    data_types: tuple[str, ...]
    require_value: str | None = None  # a value pattern id the value must match
    hashable: bool = False  # look for hashed / encoded forms of its values elsewhere


@dataclass(frozen=True)
class ValueRule:
    id: str
    field: str  # the FieldRule id reported when a value matches
    regex: re.Pattern[str]
    check: str | None = None
    in_text: bool = False  # also searched inside unstructured bodies
    detect: bool = True  # False: only used as a field's require_value


@dataclass
class NetworkFields:
    fields: dict[str, FieldRule]  # id -> rule
    names: dict[str, str]  # normalised name -> field id
    patterns: list[tuple[re.Pattern[str], str]]  # regex on normalised names -> field id
    values: list[ValueRule]
    ignore_names: frozenset[str]
    placeholders: frozenset[str]
    _by_name: dict[str, FieldRule | None] = field(default_factory=dict)  # cache of field_for_name

    def field_for_name(self, name: str) -> FieldRule | None:
        if name in self._by_name:
            return self._by_name[name]
        key = normalise_field(name)
        field_id = self.names.get(key)
        if field_id is None and key:
            field_id = next((fid for regex, fid in self.patterns if regex.search(key)), None)
        rule = self.fields.get(field_id) if field_id else None
        if len(self._by_name) < 100_000:
            self._by_name[name] = rule
        return rule

    def is_ignored(self, name: str) -> bool:
        return normalise_field(name) in self.ignore_names

    def is_placeholder(self, value: str) -> bool:
        lowered = value.strip().lower()
        if lowered in self.placeholders:
            return True
        if len(lowered) <= 3 or len(lowered) > 64 or lowered[0] != lowered[-1]:
            return False
        return len(set(lowered.replace(":", "").replace("-", ""))) <= 1  # 0000…, ffff…

    def value_matches(self, value: str, rule: ValueRule) -> bool:
        if not rule.regex.fullmatch(value):
            return False
        return rule.check is None or _CHECK_FUNCTIONS[rule.check](value)

    def match_value(self, value: str) -> ValueRule | None:
        """The first value pattern that the whole `value` matches (placeholders never match)."""
        value = value.strip()
        if not value or len(value) > 200 or self.is_placeholder(value):
            return None
        return next((rule for rule in self.values if rule.detect and self.value_matches(value, rule)), None)

    def value_rule(self, rule_id: str) -> ValueRule | None:
        return next((rule for rule in self.values if rule.id == rule_id), None)


@lru_cache(maxsize=1)
def load_network_fields() -> NetworkFields:
    data = _load("network_fields.yaml")
    try:
        fields: dict[str, FieldRule] = {}
        names: dict[str, str] = {}
        patterns: list[tuple[re.Pattern[str], str]] = []
        for entry in data["fields"]:
            fields[entry["id"]] = FieldRule(entry["id"], tuple(entry["data_types"]), entry.get("require_value"),
                                            bool(entry.get("hashable", False)))
            for name in [entry["id"], *entry.get("names", [])]:
                names[normalise_field(str(name))] = entry["id"]
            patterns += [(re.compile(p), entry["id"]) for p in entry.get("patterns", [])]
        values = [ValueRule(v["id"], v["field"], re.compile(v["regex"], re.IGNORECASE), v.get("check"),
                            bool(v.get("in_text", False)), bool(v.get("detect", True))) for v in data["values"]]
        return NetworkFields(fields, names, patterns, values,
                             frozenset(normalise_field(str(n)) for n in data.get("ignore_names", [])),
                             frozenset(str(p).lower() for p in data.get("placeholders", [])))
    except (KeyError, TypeError, re.error) as exc:
        raise MappingError(f"mappings/network_fields.yaml: malformed entry ({exc})") from None


def luhn(digits: str) -> bool:
    """The Luhn check digit of IMEIs (and payment cards)."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def cn_id(number: str) -> bool:
    """The ISO 7064 MOD 11-2 check character of an 18-character PRC resident identity card number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(d) * w for d, w in zip(number, weights)) % 11]
    return number[17].upper() == check


_CHECK_FUNCTIONS = {"luhn": luhn, "cn_id": cn_id}


# --- loading and validation -------------------------------------------------------------------------------------

def _load(name: str) -> dict[str, Any]:
    data = load_mapping(name)
    if not isinstance(data, dict):
        raise MappingError(f"mappings/{name}: expected a mapping at the top level")
    return data


def _schema(name: str) -> dict[str, Any]:
    with (mappings_dir() / "schema" / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def validate_behaviour_mappings() -> list[str]:
    """Problems in apis.yaml, permissions.yaml and network_fields.yaml (schemas, taxonomy ids, regexes, duplicates)."""
    import jsonschema

    problems: list[str] = []
    data: dict[str, Any] = {}
    for name, schema_name in FILES.items():
        try:
            data[name] = load_yaml(mapping_path(name))
            schema = _schema(schema_name)
        except MappingError as exc:
            problems.append(str(exc))
            continue
        except (OSError, ValueError) as exc:
            problems.append(f"schema/{schema_name}: {exc}")
            continue
        validator = jsonschema.Draft202012Validator(schema)
        for error in sorted(validator.iter_errors(data[name]), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.path) or "(top)"
            problems.append(f"{name}: {where}: {error.message}")
    if problems:
        return problems
    try:
        type_ids = set(load_taxonomy().types)
    except MappingError as exc:
        return [str(exc)]

    def check_types(where: str, types: list[str]) -> None:
        for type_id in types:
            if type_id not in type_ids:
                problems.append(f"{where}: {type_id} is not a taxonomy id")

    seen: dict[str, int] = {}
    for number, entry in enumerate(data["apis.yaml"]["apis"]):
        where = f"apis.yaml: apis/{number} ({entry['class']})"
        check_types(where, entry.get("data_types", []))
        for condition in entry.get("when", []):
            check_types(where, condition.get("data_types", []))
            if "arg_regex" in condition:
                try:
                    re.compile(condition["arg_regex"])
                except re.error as exc:
                    problems.append(f"{where}: bad arg_regex ({exc})")
        for cls in [entry["class"], *entry.get("aliases", [])]:
            for method in entry["methods"]:
                key = f"{normalise_api(cls)}.{method}"
                if key in seen:
                    problems.append(f"{where}: {key} is also in apis/{seen[key]}")
                seen[key] = number
    for name, entry in data["permissions.yaml"]["permissions"].items():
        check_types(f"permissions.yaml: {name}", entry.get("data_types", []))
    network = data["network_fields.yaml"]
    field_ids = {entry["id"] for entry in network["fields"]}
    value_ids = {entry["id"] for entry in network["values"]}
    owner: dict[str, str] = {}
    for entry in network["fields"]:
        where = f"network_fields.yaml: field {entry['id']}"
        check_types(where, entry["data_types"])
        if entry.get("require_value") and entry["require_value"] not in value_ids:
            problems.append(f"{where}: require_value {entry['require_value']} is not a value pattern id")
        for name in [entry["id"], *entry.get("names", [])]:
            key = normalise_field(str(name))
            if key != str(name) and name != entry["id"]:
                problems.append(f"{where}: name {name!r} is not normalised (write {key!r})")
            if key in owner and owner[key] != entry["id"]:
                problems.append(f"{where}: name {name!r} also belongs to {owner[key]}")
            owner[key] = entry["id"]
        for pattern in entry.get("patterns", []):
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"{where}: bad pattern {pattern!r} ({exc})")
    for entry in network["values"]:
        where = f"network_fields.yaml: value {entry['id']}"
        if entry["field"] not in field_ids:
            problems.append(f"{where}: field {entry['field']} is not a field id")
        try:
            re.compile(entry["regex"])
        except re.error as exc:
            problems.append(f"{where}: bad regex ({exc})")
        for example in entry.get("examples", []):
            rule = ValueRule(entry["id"], entry["field"], re.compile(entry["regex"], re.IGNORECASE), entry.get("check"))
            if not (rule.regex.fullmatch(example) and (rule.check is None or _CHECK_FUNCTIONS[rule.check](example))):
                problems.append(f"{where}: example {example!r} does not match")
    return problems
