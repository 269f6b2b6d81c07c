"""The annotated lint corpus (corpora/lint/): its composition, the quality bar, documentation and speed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from policycheck.lint.evaluation import evaluate_lint, lint_cases, score_case
from policycheck.lint.explain import index_page, rule_page
from policycheck.lint.rules import load_rules
from policycheck.records import LintResult

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "lint"
DOCS = ROOT / "docs" / "rules"


@pytest.fixture(scope="module")
def evaluation():
    return evaluate_lint([CORPUS])


def test_corpus_composition():
    cases = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in lint_cases([CORPUS])]
    for lang in ("zh", "en"):
        of_lang = [c for c in cases if c["language"] == lang]
        assert len(of_lang) >= 8
        assert sum(1 for c in of_lang if c["complete"]) >= 2
        assert sum(1 for c in of_lang if not c["complete"]) >= 4
    known = set(load_rules().rules)
    for case in cases:
        assert case["source"] and case["licence"] and (CORPUS / case["policy"]).is_file()
        assert not case["complete"] or case["expected"] == []
        for item in case["expected"]:
            assert item["rule"] in known


def test_quality_bar(evaluation):
    """>= 95% of expected rule firings found and >= 95% of firings right, per language; none on complete policies."""
    for lang in ("zh", "en"):
        metrics = evaluation["languages"][lang]
        assert metrics["recall"] >= 0.95, (lang, metrics, evaluation["cases"])
        assert metrics["precision"] >= 0.95, (lang, metrics, evaluation["cases"])
    assert evaluation["complete"]["policies"] >= 4
    assert evaluation["complete"]["false_firings"] == 0


def test_scoring_matches_lines():
    results = [LintResult("contradiction", "error", "m", 7, related_lines=[9]),
               LintResult("vague-data-types", "warning", "m", 12), LintResult("missing-contact", "error", "m", 1)]
    expected = [{"rule": "contradiction", "lines": [7, 9]}, {"rule": "vague-data-types", "line": 13},
                {"rule": "missing-contact"}, {"rule": "missing-minors"}]
    tps, fps, fns = score_case(expected, results)
    assert len(tps) == 2 and [r.rule for r in fps] == ["vague-data-types"]
    assert [e["rule"] for e in fns] == ["vague-data-types", "missing-minors"]


def test_docs_pages_match_the_rules():
    """docs/rules/ is generated from mappings/lint_rules.yaml (python -m policycheck.lint.explain docs/rules)."""
    for rule_id in load_rules().rules:
        page = DOCS / f"{rule_id}.md"
        assert page.is_file(), f"missing {page}"
        assert page.read_text(encoding="utf-8") == rule_page(rule_id), f"{page} is stale: regenerate it"
    assert (DOCS / "README.md").read_text(encoding="utf-8") == index_page()

