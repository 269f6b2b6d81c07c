"""Rendering lint results: compiler-style text, JSON and SARIF 2.1.0."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import Document, LintResult, to_dict
from .rules import SEVERITY_ORDER, load_rules

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _path(document: Document | str) -> str:
    return document.path if isinstance(document, Document) else str(document)


def summary(results: list[LintResult]) -> dict[str, int]:
    counts = Counter(r.severity for r in results)
    return {severity: counts.get(severity, 0) for severity in ("error", "warning", "info")}


def lint_text(results: list[LintResult], document: Document | str) -> str:
    """One line per result, `path:line: rule message`, like a compiler (editors and CI parse it)."""
    path = _path(document)
    lines = [f"{path}:{r.line}: {r.rule} {r.message}" for r in results]
    return "\n".join(lines) + ("\n" if lines else "")


def lint_text_summary(results: list[LintResult], jurisdictions: tuple[str, ...] = ()) -> str:
    counts = summary(results)
    where = f" (jurisdictions: {', '.join(jurisdictions)})" if jurisdictions else ""
    return (f"policycheck lint: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} info{where}")


def lint_json(results: list[LintResult], document: Document | str, jurisdictions: tuple[str, ...] = ()) -> dict[str, Any]:
    """The results as one JSON document: policy, jurisdictions, results (contract §6 fields) and a summary."""
    policy: dict[str, Any] = {"path": _path(document)}
    if isinstance(document, Document):
        policy.update({"language": document.language, "sha256": document.sha256})
    return {
        "schema_version": "1",
        "policy": policy,
        "jurisdictions": list(jurisdictions),
        "results": [to_dict(r) for r in results],
        "summary": summary(results),
    }


def _uri(path: str) -> str:
    if path in ("<stdin>", "-"):
        return "stdin"
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate.as_uri()
    return candidate.as_posix()


def _rule_descriptor(rule, lang: str) -> dict[str, Any]:
    from .explain import rule_markdown

    key = "zh" if lang == "zh" else "en"
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title[key]},
        "fullDescription": {"text": rule.doc["what"][key]},
        "help": {"text": rule.doc["fix"][key], "markdown": rule_markdown(rule.id, key)},
        "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
        "properties": {"tags": ["privacy", "compliance", *rule.jurisdictions], "kind": rule.kind,
                       "basis": [b[key] + ("" if b.get("verified", True) else " (unverified)") for b in rule.basis]},
    }


def lint_sarif(results: list[LintResult], document: Document | str, jurisdictions: tuple[str, ...] = ()) -> dict[str, Any]:
    """SARIF 2.1.0 log: one run, every rule described, one result per lint result located at its line."""
    ruleset = load_rules()
    lang = document.language if isinstance(document, Document) else "en"
    rule_ids = list(ruleset.rules)
    for result in results:  # a rule unknown to the rule set (never expected) still gets a descriptor slot
        if result.rule not in rule_ids:
            rule_ids.append(result.rule)
    descriptors = [_rule_descriptor(ruleset.rules[r], lang) if r in ruleset.rules
                   else {"id": r, "shortDescription": {"text": r}} for r in rule_ids]
    uri = _uri(_path(document))
    sarif_results = []
    for result in results:
        location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": max(1, result.line)}}}
        entry: dict[str, Any] = {
            "ruleId": result.rule,
            "ruleIndex": rule_ids.index(result.rule),
            "level": SARIF_LEVEL.get(result.severity, "warning"),
            "message": {"text": result.message + (f" [{result.basis}]" if result.basis else "")},
            "locations": [location],
            "partialFingerprints": {"ruleLine/v1": f"{result.rule}:{result.line}"},
            "properties": {"severity": result.severity, "basis": result.basis, "language": result.language},
        }
        if result.data_type:
            entry["properties"]["data_type"] = result.data_type
        if result.related_lines:
            entry["relatedLocations"] = [
                {"id": index + 1,
                 "physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": max(1, line)}},
                 "message": {"text": f"related line {line}"}}
                for index, line in enumerate(result.related_lines)
            ]
        sarif_results.append(entry)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "policycheck", "version": __version__, "semanticVersion": __version__, "rules": descriptors}},
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "properties": {"jurisdictions": list(jurisdictions)},
    }
    if isinstance(document, Document):
        run["artifacts"] = [{"location": {"uri": uri}, "encoding": document.encoding,
                             "hashes": {"sha-256": document.sha256}}]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def sort_key(result: LintResult) -> tuple[int, int, str]:
    return (result.line, -SEVERITY_ORDER.get(result.severity, 0), result.rule)


def lint_sarif_many(runs: list[tuple[Document, list[LintResult], tuple[str, ...]]]) -> dict[str, Any]:
    """One SARIF log for several policies: a single run whose results and artifacts cover all of them."""
    logs = [lint_sarif(results, document, jurisdictions) for document, results, jurisdictions in runs]
    if len(logs) == 1:
        return logs[0]
    merged = logs[0]
    run = merged["runs"][0]
    run["properties"] = {"jurisdictions": sorted({j for _, _, js in runs for j in js})}
    for log in logs[1:]:
        other = log["runs"][0]
        run["results"].extend(other["results"])
        run.setdefault("artifacts", []).extend(other.get("artifacts", []))
    return merged
