"""Lint configuration: `.policycheck.toml` or `[tool.policycheck]` in `pyproject.toml`.

Found by walking up from the policy's folder; the first file that has lint settings wins (a `.policycheck.toml`
before a `pyproject.toml` in the same folder). Keys (in `.policycheck.toml` at the top level or under `[lint]`;
in `pyproject.toml` under `[tool.policycheck]` or `[tool.policycheck.lint]`):

    jurisdiction = "cn"            # cn | eu | us | all, or a list such as ["cn", "eu"]; default from the language
    enable  = ["missing-dpo"]      # rules to run even outside the jurisdictions in force
    disable = ["missing-minors"]   # rules never to run
    fail-on = "warning"            # error | warning | info | never (the command line wins)
    [severity]                     # per-rule severity overrides
    missing-minors = "error"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

try:
    import tomllib
except ImportError:  # Python 3.10
    try:
        import tomli as tomllib  # type: ignore[no-redef]
    except ImportError:  # pragma: no cover - neither available
        tomllib = None  # type: ignore[assignment]

CONFIG_NAMES = (".policycheck.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("info", "warning", "error")
JURISDICTION_NAMES = ("cn", "eu", "us")


@dataclass
class LintConfig:
    """What to lint for. `jurisdictions` None: from the policy's language (zh -> cn, en -> all)."""

    jurisdictions: tuple[str, ...] | None = None
    enable: set[str] = field(default_factory=set)
    disable: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    path: Path | None = None  # the file the settings came from


def parse_jurisdiction(value: Any, where: str = "jurisdiction") -> tuple[str, ...]:
    """'cn' | 'all' | 'cn,eu' | ['cn', 'eu'] -> ('cn', 'eu')."""
    if isinstance(value, str):
        items = [part.strip().lower() for part in value.split(",") if part.strip()]
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [v.strip().lower() for v in value]
    else:
        raise InputError(f"{where}: expected cn, eu, us, all or a list of them")
    if "all" in items:
        return JURISDICTION_NAMES
    unknown = [item for item in items if item not in JURISDICTION_NAMES]
    if unknown or not items:
        raise InputError(f"{where}: unknown jurisdiction {', '.join(unknown) or '(empty)'} (use cn, eu, us or all)")
    return tuple(dict.fromkeys(items))


def _rule_list(value: Any, where: str, known: set[str]) -> set[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: expected a list of rule ids")
    unknown = [v for v in value if v not in known]
    if unknown:
        raise InputError(f"{where}: unknown rule {', '.join(unknown)} (see 'policycheck lint --explain RULE')")
    return set(value)


def config_from_table(table: dict[str, Any], path: Path | None = None) -> LintConfig:
    """A LintConfig from the lint settings table of a config file."""
    from .rules import load_rules

    known = set(load_rules().rules)
    where = str(path) if path else "configuration"
    config = LintConfig(path=path)
    for key, value in table.items():
        name = key.replace("_", "-")
        if name in ("jurisdiction", "jurisdictions"):
            config.jurisdictions = parse_jurisdiction(value, f"{where}: {key}")
        elif name in ("enable", "select"):
            config.enable = _rule_list(value, f"{where}: {key}", known)
        elif name in ("disable", "ignore"):
            config.disable = _rule_list(value, f"{where}: {key}", known)
        elif name == "severity":
            if not isinstance(value, dict):
                raise InputError(f"{where}: severity: expected a table of rule = \"error|warning|info\"")
            for rule, severity in value.items():
                if rule not in known:
                    raise InputError(f"{where}: severity: unknown rule {rule}")
                if severity not in SEVERITIES:
                    raise InputError(f"{where}: severity.{rule}: expected error, warning or info")
                config.severity[rule] = severity
        elif name == "fail-on":
            if value not in FAIL_ON:
                raise InputError(f"{where}: fail-on: expected one of {', '.join(FAIL_ON)}")
            config.fail_on = value
        # other keys belong to other policycheck commands
    return config


def _read_toml(path: Path) -> dict[str, Any]:
    if tomllib is None:  # pragma: no cover
        raise InputError(f"{path}: reading TOML needs Python 3.11 or the 'tomli' package")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML ({exc})") from None


def _settings(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """The lint settings table of a parsed file, None when it has none."""
    if path.name == "pyproject.toml":
        table = (data.get("tool") or {}).get("policycheck")
    else:
        table = (data.get("tool") or {}).get("policycheck", data)
    if not isinstance(table, dict):
        return None
    lint = table.get("lint")
    if isinstance(lint, dict):
        merged = {k: v for k, v in table.items() if k != "lint"}
        merged.update(lint)
        return merged
    return table


def load_config_file(path: Path | str) -> LintConfig:
    """The settings of one file given with --config (any name; pyproject.toml is read from [tool.policycheck])."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such configuration file")
    settings = _settings(path, _read_toml(path))
    return config_from_table(settings or {}, path)


def find_config(start: Path) -> Path | None:
    """The nearest .policycheck.toml, or pyproject.toml with a [tool.policycheck] table, from `start` upwards."""
    start = Path(start).resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    data = _read_toml(candidate)
                except InputError:
                    continue  # a broken pyproject.toml of another project is not ours to report
                if not isinstance((data.get("tool") or {}).get("policycheck"), dict):
                    continue
            return candidate
    return None


def load_config(start: Path) -> LintConfig:
    """The configuration in force for a policy in (or at) `start`; defaults when no file is found."""
    found = find_config(start)
    if found is None:
        return LintConfig()
    return load_config_file(found)
