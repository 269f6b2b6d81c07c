"""Rendering `check` results: JSON (contract §4), a terminal table, Markdown and SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import STATUSES, CheckResult, to_dict
from .text import table

STATUS_LABEL_ZH = {"clear": "明确", "vague": "模糊", "omitted": "未声明", "incorrect": "与声明相反", "ambiguous": "自相矛盾"}


def summary(result: CheckResult) -> dict[str, int]:
    counts = Counter(f.status for f in result.findings)
    return {status: counts.get(status, 0) for status in STATUSES}


def check_json(result: CheckResult) -> dict[str, Any]:
    data = {
        "schema_version": "1",
        "app": result.app,
        "policy": result.policy,
        "findings": [
            {"data_type": f.data_type, "actor": f.actor, "status": f.status, "before_consent": f.before_consent,
             "policy_evidence": f.policy_evidence, "behaviour_evidence": f.behaviour_evidence,
             "observations": f.observations, "explanation": f.explanation,
             **({"vagueness": f.vagueness} if f.vagueness else {})}
            for f in result.findings
        ],
        "violations": [to_dict(v) for v in result.violations],
        "declared_not_observed": result.declared_not_observed,
        "unmapped": [to_dict(u) for u in result.unmapped],
        "summary": summary(result),
    }
    if result.category:
        data["category"] = result.category
    return data


def _policy_cell(finding) -> str:
    if not finding.policy_evidence:
        return "-"
    first = finding.policy_evidence[0]
    return f"L{first['line']} {first['action']} {first['data_type']}: {first['text']}"


def _behaviour_cell(finding) -> str:
    if not finding.behaviour_evidence:
        return "-"
    first = finding.behaviour_evidence[0]
    where = first.get("caller") or first.get("host") or ""
    more = f" (+{finding.observations - 1})" if finding.observations > 1 else ""
    return f"{first['kind']} {first['name']}" + (f" @ {where}" if where else "") + more


def check_table(result: CheckResult) -> str:
    counts = summary(result)
    head = (f"app {result.app.get('id', '?')} vs policy {result.policy.get('path')} ({result.policy.get('language')}): "
            + ", ".join(f"{counts[s]} {s}" for s in STATUSES))
    order = {"incorrect": 0, "omitted": 1, "ambiguous": 2, "vague": 3, "clear": 4}
    rows = []
    for f in sorted(result.findings, key=lambda f: (order[f.status], f.actor, f.data_type)):
        rows.append([f.status, f.data_type, f.actor, "yes" if f.before_consent else "", _policy_cell(f),
                     _behaviour_cell(f)])
    parts = [head]
    if rows:
        parts += ["", table(["status", "data type", "actor", "before consent", "policy evidence", "behaviour evidence"],
                            rows, [10, 24, 18, 14, 60, 60])]
    if result.violations:
        parts += ["", "regulatory checks:"]
        vrows = [[v.rule, v.data_type or "", v.actor or "", v.message, v.basis] for v in result.violations]
        parts.append(table(["rule", "data type", "actor", "message", "basis"], vrows, [24, 22, 16, 60, 50]))
    if result.unmapped:
        total = sum(u.count for u in result.unmapped)
        parts += ["", f"unmapped: {len(result.unmapped)} kinds, {total} observations (see --format json)"]
    return "\n".join(parts)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def check_markdown(result: CheckResult) -> str:
    counts = summary(result)
    lines = [f"# Privacy-policy consistency: {result.app.get('id', 'app')}", "",
             f"Policy: `{result.policy.get('path')}` ({result.policy.get('language')}); "
             + ", ".join(f"**{counts[s]}** {s}" for s in STATUSES), "",
             "| status | data type | actor | before consent | policy evidence | behaviour evidence |",
             "|---|---|---|---|---|---|"]
    for f in result.findings:
        lines.append(f"| {f.status} | `{f.data_type}` | {f.actor} | {'yes' if f.before_consent else ''} | "
                     f"{_md_escape(_policy_cell(f))} | {_md_escape(_behaviour_cell(f))} |")
    if result.violations:
        lines += ["", "## Regulatory checks", "", "| rule | data type | actor | message | basis |", "|---|---|---|---|---|"]
        for v in result.violations:
            lines.append(f"| {v.rule} | {v.data_type or ''} | {v.actor or ''} | {_md_escape(v.message)} | "
                         f"{_md_escape(v.basis)} |")
    if result.unmapped:
        lines += ["", "## Unmapped observations", ""]
        lines += [f"- {u.kind} `{u.name}` ×{u.count} {u.reason}" for u in result.unmapped]
    return "\n".join(lines) + "\n"


SARIF_LEVEL = {"incorrect": "error", "omitted": "error", "ambiguous": "warning", "vague": "note"}


def check_sarif(result: CheckResult) -> dict[str, Any]:
    """SARIF 2.1.0: one result per non-clear finding and per violation, located at the policy line when known."""
    policy_uri = Path(result.policy.get("path") or "policy").as_posix()
    rules = [{"id": status, "shortDescription": {"text": f"data flow {status} in the privacy policy"}}
             for status in ("omitted", "incorrect", "ambiguous", "vague")]
    rule_ids = {r["id"] for r in rules}
    results = []
    for f in result.findings:
        if f.status == "clear":
            continue
        line = f.policy_evidence[0]["line"] if f.policy_evidence else 1
        behaviour = _behaviour_cell(f)
        results.append({
            "ruleId": f.status, "level": SARIF_LEVEL[f.status],
            "message": {"text": f"{f.data_type} reaches {f.actor}: {f.status} ({f.explanation}); observed: {behaviour}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": policy_uri},
                                                "region": {"startLine": max(1, int(line))}}}],
            "properties": {"data_type": f.data_type, "actor": f.actor, "before_consent": f.before_consent},
        })
    for v in result.violations:
        if v.rule not in rule_ids:
            rules.append({"id": v.rule, "shortDescription": {"text": v.rule}, "properties": {"basis": v.basis}})
            rule_ids.add(v.rule)
        results.append({
            "ruleId": v.rule, "level": "error",
            "message": {"text": f"{v.message} [{v.basis}]"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": policy_uri}, "region": {"startLine": 1}}}],
            "properties": {"data_type": v.data_type, "actor": v.actor},
        })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "policycheck", "version": __version__, "rules": rules}},
                  "results": results}],
    }


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
