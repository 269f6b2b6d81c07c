"""`policycheck eval --duplicates`: identical policy lines whose gold statements differ between files
(policycheck/evaluation/duplicates.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policycheck.evaluation.corpus import find_gold
from policycheck.evaluation.duplicates import inconsistent_duplicates

LINE = "We collect your email address and your phone number when you register."


def _write(folder: Path, slug: str, lines: list[str], statements: list[str]) -> None:
    (folder / f"{slug}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    body = "\n".join(f"  - {s}" for s in statements)
    (folder / f"{slug}.gold.yaml").write_text(
        f"policy: {slug}.txt\nlanguage: en\nsplit: dev\nsource: written\nlicence: CC0\nstatements:\n{body}\n",
        encoding="utf-8")


def test_an_identical_line_annotated_differently_is_listed_with_what_only_one_file_has(tmp_path):
    _write(tmp_path, "a", ["# Privacy", LINE], ["{line: 2, data_type: contact.email, action: collect}",
                                                 "{line: 2, data_type: contact.phone, action: collect}"])
    _write(tmp_path, "b", ["- " + LINE], ["{line: 1, data_type: contact.email, action: collect}"])
    groups = inconsistent_duplicates(find_gold([tmp_path]))
    assert len(groups) == 1
    places = {p.policy: p for p in groups[0].places}
    assert places["a"].line == 2 and places["a"].extra == [("contact.phone", "collect", "first_party", None)]
    assert places["b"].extra == []


def test_lines_annotated_alike_and_short_lines_are_not_listed(tmp_path):
    _write(tmp_path, "a", ["Contact", LINE], ["{line: 2, data_type: contact.email, action: collect}"])
    _write(tmp_path, "b", ["Contact", LINE], ["{line: 1, data_type: contact, action: collect}",
                                               "{line: 2, data_type: contact.email, action: collect}"])
    assert inconsistent_duplicates(find_gold([tmp_path])) == []


def test_the_command_lists_them_as_json_without_scoring(tmp_path):
    _write(tmp_path, "a", [LINE], ["{line: 1, data_type: contact.email, action: collect}"])
    _write(tmp_path, "b", [LINE], [])
    run = subprocess.run([sys.executable, "-m", "policycheck", "eval", str(tmp_path), "--duplicates", "--format",
                          "json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [p["policy"] for p in data["duplicates"][0]["places"]] == ["a", "b"]
    assert "tasks" not in data
