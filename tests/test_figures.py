"""The recorded figures (corpora/eval/figures.json, shown in the README) hold: no figure may drop by more than 2 points.

After an intended change of figures (new annotated data, a deliberate trade-off) record them again with
`policycheck eval --write-baseline corpora/eval/figures.json` and update the README table.
"""

from __future__ import annotations

import json

from conftest import ROOT

from policycheck.cli import main
from policycheck.evaluation import baseline

BASELINE = ROOT / "corpora" / "eval" / "figures.json"


def test_regressions_are_drops_beyond_two_points():
    recorded = {"data_type/zh/recall": 0.85, "data_type/en/precision": 0.90, "check/zh/accuracy": 0.8}
    current = {"data_type/zh/recall": 0.831, "data_type/en/precision": 0.879, "lint/en/f1": 0.1}
    assert baseline.regressions(current, recorded) == ["data_type/en/precision: 0.879 < baseline 0.900 - 0.02"]


def test_flatten_reads_tasks_and_splits():
    data = {"tasks": {"data_type": {"zh": {"precision": 0.9, "recall": 0.8, "f1": 0.85, "n": 10}},
                      "check": {"en": {"accuracy": 0.9, "violation_f1": 0.95, "n": 3}}},
            "data_type_by_split": {"test": {"en": {"precision": 0.7, "recall": 0.6, "f1": 0.65}}}}
    figures = baseline.flatten(data)
    assert figures["data_type/zh/recall"] == 0.8 and figures["check/en/violation_f1"] == 0.95
    assert figures["data_type@test/en/f1"] == 0.65 and "data_type/zh/n" not in figures


def test_recorded_figures_hold(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    recorded = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {"data_type/zh/precision", "data_type/en/recall", "check/zh/accuracy", "lint/en/f1"} <= set(recorded["figures"])
    code = main(["eval", "--baseline", str(BASELINE), "--format", "json"])
    assert code == 0, capsys.readouterr().err
