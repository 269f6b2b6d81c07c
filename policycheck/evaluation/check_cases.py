"""End-to-end evaluation of `policycheck check` on hand-built apps (corpora/check/<app-id>/).

Each case is a folder holding the policy (`policy.txt|md|html`), the behaviour files in the formats users have
(canonical JSON, JSON Lines, camille and PrivacySentry workbooks, HAR, AndroidManifest.xml, Xposed logs) and
`expected.yaml`, the findings and violations a careful analyst expects:

    source: written for policycheck
    licence: CC0-1.0
    language: zh
    category: online_shopping                   # optional: passed as --category
    behaviour: [behaviour.json, trace.xls]      # passed as --behaviour, in this order
    findings:                                   # every finding the check should produce
      - {data_type: device.id.imei, actor: umeng, status: clear, before_consent: true}
    violations:                                 # every violation expected
      - {rule: before-consent, data_type: device.id.imei, actor: umeng}
    notes: ...

Every case runs through the same path as the CLI: read_behaviour -> merge -> map_behaviour ->
extract(load_policy) -> compare.check(category).

Scores, per language and overall:
- status accuracy: an expected finding is right when a predicted finding with the same (data_type, actor) has the
  same status; expected findings with no prediction and predicted findings no expectation names both count as
  wrong (n = expected findings + extra predicted findings);
- violations: precision / recall / F1 of (rule, data_type, actor) per case.
`mismatches` lists every disagreement (status, missing / extra finding, before_consent, missing / extra violation).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import STATUSES, CheckResult
from .metrics import Score

EXPECTED = "expected.yaml"
POLICY_NAMES = ("policy.html", "policy.htm", "policy.md", "policy.txt")
RULES = ("before-consent", "beyond-necessary", "excessive-frequency", "sensitive-without-notice",
         "third-party-undisclosed")

__all__ = ["CheckCase", "ExpectedFinding", "evaluate_check", "find_cases", "load_case", "run_case"]


@dataclass(frozen=True)
class ExpectedFinding:
    data_type: str
    actor: str
    status: str
    before_consent: bool | None = None


@dataclass
class CheckCase:
    id: str
    folder: Path
    policy: Path
    language: str
    behaviour: list[Path]
    category: str | None = None
    findings: list[ExpectedFinding] = field(default_factory=list)
    violations: set[tuple[str, str | None, str | None]] = field(default_factory=set)


def load_case(path: Path) -> CheckCase:
    """The case described by `path` (an expected.yaml file or the folder holding one)."""
    from ..taxonomy.loader import load_yaml

    expected_path = path / EXPECTED if path.is_dir() else path
    folder = expected_path.parent
    data = load_yaml(expected_path) or {}
    if not isinstance(data, dict):
        raise InputError(f"{expected_path}: expected a mapping")
    policy = next((folder / name for name in POLICY_NAMES if (folder / name).is_file()), None)
    if data.get("policy"):
        policy = folder / str(data["policy"])
    if policy is None or not policy.is_file():
        raise InputError(f"{folder}: no policy.html|htm|md|txt")
    behaviour = [folder / str(name) for name in data.get("behaviour") or []]
    if not behaviour:
        raise InputError(f"{expected_path}: 'behaviour' lists no file")
    for file in behaviour:
        if not file.is_file():
            raise InputError(f"{expected_path}: behaviour file {file.name} is missing")
    findings = []
    for item in data.get("findings") or []:
        try:
            finding = ExpectedFinding(str(item["data_type"]), str(item["actor"]), str(item["status"]),
                                      item.get("before_consent"))
        except (KeyError, TypeError) as exc:
            raise InputError(f"{expected_path}: malformed finding {item!r} ({exc})") from None
        if finding.status not in STATUSES:
            raise InputError(f"{expected_path}: unknown status {finding.status!r}")
        findings.append(finding)
    keys = [(f.data_type, f.actor) for f in findings]
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    if duplicates:
        raise InputError(f"{expected_path}: finding listed twice: {duplicates[0]}")
    violations = set()
    for item in data.get("violations") or []:
        try:
            rule = str(item["rule"])
        except (KeyError, TypeError) as exc:
            raise InputError(f"{expected_path}: malformed violation {item!r} ({exc})") from None
        if rule not in RULES:
            raise InputError(f"{expected_path}: unknown rule {rule!r}")
        violations.add((rule, item.get("data_type"), item.get("actor")))
    language = str(data.get("language") or "")
    if language not in ("zh", "en"):
        raise InputError(f"{expected_path}: language must be zh or en")
    return CheckCase(id=folder.name, folder=folder, policy=policy, language=language, behaviour=behaviour,
                     category=data.get("category") or None, findings=findings, violations=violations)


def find_cases(paths: list[Path]) -> list[CheckCase]:
    """Every case under the given folders (or expected.yaml files), sorted by id."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files += sorted(path.rglob(EXPECTED))
        elif path.name == EXPECTED:
            files.append(path)
        else:
            raise InputError(f"{path}: not a check corpus folder or {EXPECTED} file")
    return sorted((load_case(f) for f in sorted(set(files))), key=lambda case: case.id)


def run_case(case: CheckCase) -> CheckResult:
    """`policycheck check POLICY --behaviour ... [--category ...]` on one case, as the CLI runs it."""
    from ..behaviour import map_behaviour, merge_behaviours, read_behaviour
    from ..compare import check
    from ..extract import extract
    from ..ingest import load_policy

    behaviour = map_behaviour(merge_behaviours(read_behaviour(str(path)) for path in case.behaviour))
    extraction = extract(load_policy(str(case.policy)))
    return check(extraction, behaviour, case.category)


@dataclass
class _Tally:
    right: int = 0
    total: int = 0
    by_status: Counter = field(default_factory=Counter)  # expected status -> count
    right_by_status: Counter = field(default_factory=Counter)
    violations: Score = field(default_factory=Score)

    def as_dict(self) -> dict[str, Any]:
        return {
            "status_accuracy": round(self.right / self.total, 4) if self.total else 1.0,
            "n": self.total,
            "right": self.right,
            "by_status": {status: {"n": self.by_status[status], "right": self.right_by_status[status]}
                          for status in STATUSES if self.by_status[status]},
            "violations": self.violations.as_dict(),
        }


def _score_case(case: CheckCase, result: CheckResult, tallies: list[_Tally], mismatches: list[dict]) -> dict:
    predicted = {(f.data_type, f.actor): f for f in result.findings}
    expected = {(f.data_type, f.actor): f for f in case.findings}
    right = total = 0

    def note(kind: str, **fields: Any) -> None:
        mismatches.append({"case": case.id, "language": case.language, "kind": kind, **fields})

    for key, item in expected.items():
        total += 1
        got = predicted.get(key)
        ok = got is not None and got.status == item.status
        right += ok
        for tally in tallies:
            tally.by_status[item.status] += 1
            tally.right_by_status[item.status] += ok
        if got is None:
            note("missing_finding", data_type=key[0], actor=key[1], expected=item.status, predicted=None)
            continue
        if not ok:
            note("status", data_type=key[0], actor=key[1], expected=item.status, predicted=got.status,
                 evidence=[e.get("line") for e in got.policy_evidence])
        if item.before_consent is not None and bool(got.before_consent) != item.before_consent:
            note("before_consent", data_type=key[0], actor=key[1], expected=item.before_consent,
                 predicted=bool(got.before_consent))
    for key, got in predicted.items():
        if key not in expected:
            total += 1
            note("extra_finding", data_type=key[0], actor=key[1], expected=None, predicted=got.status)
    got_violations = {(v.rule, v.data_type, v.actor) for v in result.violations}
    score = Score()
    score.add({(case.id,) + v for v in got_violations}, {(case.id,) + v for v in case.violations})
    for kind, item in score.errors:
        note("extra_violation" if kind == "FP" else "missing_violation", rule=item[1], data_type=item[2],
             actor=item[3])
    for tally in tallies:
        tally.right += right
        tally.total += total
        tally.violations.merge(score)
    return {"id": case.id, "language": case.language, "category": case.category,
            "status_accuracy": round(right / total, 4) if total else 1.0, "n": total, "right": right,
            "violations": score.as_dict()}


def evaluate_check(paths: list[Path]) -> dict:
    """Status accuracy and violation precision/recall of `check` on the cases under `paths` (see module doc)."""
    cases = find_cases([Path(p) for p in paths])
    overall = _Tally()
    languages: dict[str, _Tally] = {}
    mismatches: list[dict] = []
    per_case = []
    for case in cases:
        result = run_case(case)
        tally = languages.setdefault(case.language, _Tally())
        per_case.append(_score_case(case, result, [overall, tally], mismatches))
    return {
        "languages": {lang: tally.as_dict() for lang, tally in sorted(languages.items())},
        "overall": overall.as_dict(),
        "cases": per_case,
        "mismatches": mismatches,
    }
