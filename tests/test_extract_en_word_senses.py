"""Bare words that name data in some sentences and none in others: errors, comments, feedback."""

from __future__ import annotations

from policycheck.taxonomy import data_matcher


def _types(text: str) -> set[str]:
    return {m.value for m in data_matcher("en").find(text)}


def test_errors_a_purpose_detects_or_fixes_name_no_logs():
    assert "usage.logs" not in _types("Sentry is used for detecting browser errors that occur while using the website.")
    assert "usage.logs" not in _types("We use this data for identifying common errors or issues.")
    assert "usage.logs" not in _types("We use it to diagnose and debug technical errors.")


def test_errors_that_are_collected_stay_logs():
    assert "usage.logs" in _types("The extension may collect data associated with JavaScript errors.")
    assert "usage.logs" in _types("Certain usage data and errors are collected.")
    assert "usage.logs" in _types("Browser errors are reported to our error tracking provider.")
