"""Recorded figures and the regression guard: `policycheck eval --baseline FILE` fails when a figure drops.

A baseline is the `tasks` and `data_type_by_split` blocks of `eval --format json`, flattened to
`task/lang/metric` keys (`data_type/zh/recall`, `check/en/accuracy`, `data_type@test/en/precision`), with the date and
command that produced it. Only figures present in both runs are compared, so adding a task never fails a run.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from ..errors import InputError

TOLERANCE = 0.02  # two points
METRICS = ("precision", "recall", "f1", "accuracy", "violation_precision", "violation_recall", "violation_f1")


def flatten(data: dict) -> dict[str, float]:
    """`task/lang/metric` -> value for every figure of an `eval --format json` document."""
    figures: dict[str, float] = {}
    for task, languages in (data.get("tasks") or {}).items():
        for lang, block in languages.items():
            for metric in METRICS:
                if isinstance(block, dict) and isinstance(block.get(metric), (int, float)):
                    figures[f"{task}/{lang}/{metric}"] = round(float(block[metric]), 4)
    for split, languages in (data.get("data_type_by_split") or {}).items():
        for lang, block in languages.items():
            for metric in ("precision", "recall", "f1"):
                if isinstance(block.get(metric), (int, float)):
                    figures[f"data_type@{split}/{lang}/{metric}"] = round(float(block[metric]), 4)
    return figures


def write(path: Path, data: dict, command: str) -> None:
    record = {"date": _dt.date.today().isoformat(), "command": command, "tolerance": TOLERANCE,
              "figures": flatten(data)}
    path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read(path: Path) -> dict[str, float]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        figures = record["figures"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a figures baseline ({exc.__class__.__name__})") from None
    return {str(key): float(value) for key, value in figures.items()}


def regressions(current: dict[str, float], baseline: dict[str, float], tolerance: float = TOLERANCE) -> list[str]:
    """One line per figure that dropped by more than `tolerance` below the baseline."""
    lines = []
    for key in sorted(set(current) & set(baseline)):
        if current[key] < baseline[key] - tolerance - 1e-9:
            lines.append(f"{key}: {current[key]:.3f} < baseline {baseline[key]:.3f} - {tolerance:.2f}")
    return lines
