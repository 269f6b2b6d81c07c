"""Scoring `lint` against the annotated cases of corpora/lint/.

Each case is a policy `<slug>.<ext>` with `<slug>.lint.yaml`:

    policy: zh-w-example.txt
    language: zh
    complete: false            # true: a complete policy, expected to fire nothing
    jurisdictions: [cn]        # optional; default from the language (zh -> cn, en -> all)
    manifest: app.xml          # optional: an AndroidManifest.xml next to the policy (undeclared-permission)
    expected:
      - {rule: missing-contact}                 # document-level: any line
      - {rule: vague-data-types, line: 12}      # must be reported at this line
      - {rule: contradiction, lines: [15, 17]}  # both lines among the result's line and related lines

A predicted firing is right when it matches an expected one of the same rule (and line(s) where given); each
expected firing matches at most one prediction. Precision, recall and F1 are computed per language over all cases.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..records import LintResult

SUFFIX = ".lint.yaml"


def default_lint_corpus() -> Path:
    from ..resources import PACKAGE_DIR

    return PACKAGE_DIR.parent / "corpora" / "lint"


def lint_cases(paths: list[Path] | list[str]) -> list[Path]:
    """The .lint.yaml files under the given folders (or the files themselves)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(path.rglob(f"*{SUFFIX}"))
        elif path.name.endswith(SUFFIX):
            found.append(path)
        elif not path.exists():
            raise InputError(f"{path}: no such lint corpus")
    return found


def _matches(expected: dict[str, Any], result: LintResult) -> bool:
    if expected["rule"] != result.rule:
        return False
    lines = {result.line, *result.related_lines}
    if "lines" in expected:
        return set(expected["lines"]) <= lines
    if "line" in expected:
        return expected["line"] == result.line
    return True


def score_case(expected: list[dict[str, Any]], results: list[LintResult]) -> tuple[list, list, list]:
    """(true positives, false positives, false negatives): lined expectations are matched first."""
    remaining = list(results)
    true_positives, false_negatives = [], []
    for item in sorted(expected, key=lambda e: 0 if ("line" in e or "lines" in e) else 1):
        match = next((r for r in remaining if _matches(item, r)), None)
        if match is None:
            false_negatives.append(item)
        else:
            remaining.remove(match)
            true_positives.append((item, match))
    return true_positives, remaining, false_negatives


def _metrics(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "n": tp + fn,
            "tp": tp, "fp": fp, "fn": fn}


def evaluate_lint(paths: list[Path] | list[str] | None = None) -> dict[str, Any]:
    """Precision/recall/F1 of rule firings per language on annotated lint cases, and false firings on complete
    policies.

    Returns {"languages": {"zh": metrics, "en": metrics}, "overall": metrics,
             "complete": {"policies": n, "false_firings": n}, "cases": [per-case detail], "seconds_per_policy": s}
    where metrics = {"precision", "recall", "f1", "n" (expected firings), "tp", "fp", "fn"}.
    """
    from ..extract import extract
    from ..ingest import load_policy
    from . import lint
    from .config import LintConfig, parse_jurisdiction

    files = lint_cases(list(paths) if paths else [default_lint_corpus()])
    counts: dict[str, list[int]] = {}
    cases = []
    complete_policies = complete_false = 0
    lint_seconds = 0.0
    for case_file in files:
        with case_file.open(encoding="utf-8") as handle:
            spec = yaml.safe_load(handle) or {}
        policy_path = case_file.parent / spec["policy"]
        document = load_policy(str(policy_path))
        config = LintConfig()
        if spec.get("jurisdictions"):
            config.jurisdictions = parse_jurisdiction(spec["jurisdictions"], str(case_file))
        manifest = str(case_file.parent / spec["manifest"]) if spec.get("manifest") else None
        extraction = extract(document)
        started = time.perf_counter()
        results = lint(document, extraction, config, manifest=manifest)
        lint_seconds += time.perf_counter() - started
        expected = [dict(item) for item in spec.get("expected") or []]
        tps, fps, fns = score_case(expected, results)
        language = spec.get("language") or document.language
        tally = counts.setdefault(language, [0, 0, 0])
        tally[0] += len(tps)
        tally[1] += len(fps)
        tally[2] += len(fns)
        if spec.get("complete"):
            complete_policies += 1
            complete_false += len(results)
        cases.append({
            "case": str(case_file), "language": language, "complete": bool(spec.get("complete")),
            "tp": len(tps), "fp": len(fps), "fn": len(fns),
            "false_positives": [{"rule": r.rule, "line": r.line, "message": r.message} for r in fps],
            "false_negatives": fns,
        })
    languages = {lang: _metrics(*tally) for lang, tally in sorted(counts.items())}
    total = [sum(t[i] for t in counts.values()) for i in range(3)]
    return {
        "languages": languages,
        "overall": _metrics(*total),
        "complete": {"policies": complete_policies, "false_firings": complete_false},
        "cases": cases,
        "seconds_per_policy": round(lint_seconds / len(files), 4) if files else 0.0,
    }


def evaluation_table(result: dict[str, Any]) -> str:
    """A short text table of evaluate_lint's result (for `policycheck eval`)."""
    lines = ["lint rule firings", f"{'lang':<8}{'precision':>10}{'recall':>8}{'f1':>8}{'n':>6}{'fp':>5}{'fn':>5}"]
    for lang, m in [*result["languages"].items(), ("all", result["overall"])]:
        lines.append(f"{lang:<8}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['n']:>6}{m['fp']:>5}{m['fn']:>5}")
    complete = result["complete"]
    lines.append(f"complete policies: {complete['policies']}, false firings on them: {complete['false_firings']}")
    for case in result["cases"]:
        for fp in case["false_positives"]:
            lines.append(f"  FP {case['case']}:{fp['line']}: {fp['rule']}")
        for fn in case["false_negatives"]:
            where = fn.get("line") or fn.get("lines") or ""
            lines.append(f"  FN {case['case']}: {fn['rule']} {where}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(evaluation_table(evaluate_lint(sys.argv[1:] or None)))
