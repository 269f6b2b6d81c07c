"""Extraction over real policies of the public corpora (read from ../shared/reference; skipped when absent):
no errors, statements on every policy, and every statement's line holds the start of its sentence."""

from __future__ import annotations

import re

from policycheck.extract import extract
from policycheck.ingest import load_policy


def _sample(folder, pattern: str, count: int):
    files = sorted(folder.glob(pattern))
    step = max(1, len(files) // count)
    return files[::step][:count]


def _squash(text: str) -> str:
    return re.sub(r"[\s|]+", "", text)  # table rows join their cells with " | "


def test_chinese_policies_give_statements_on_the_right_lines(reference):
    for path in _sample(reference / "corpora" / "zh-capp130" / "Original_policies", "*.txt", 8):
        lines = path.read_text(encoding="utf-8").splitlines()
        statements = extract(load_policy(str(path))).statements
        assert len(statements) >= 10, path.name
        for statement in statements:
            assert 1 <= statement.line <= len(lines), (path.name, statement.line)
            head = _squash(statement.text)[:8]
            window = _squash(lines[statement.line - 1])
            assert head in window, (path.name, statement.line, statement.text[:40])


def test_english_policies_give_statements_within_the_file(reference):
    for path in _sample(reference / "corpora" / "en-opp115" / "sanitized_policies", "*.html", 8):
        line_count = len(path.read_text(encoding="utf-8", errors="replace").splitlines())
        statements = extract(load_policy(str(path))).statements
        assert statements, path.name
        assert all(1 <= s.line <= line_count for s in statements), path.name
        assert {s.data_type for s in statements} & {"contact.email", "network.ip", "usage.cookies", "personal_info"}
