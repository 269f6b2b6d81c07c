"""The command line: formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policycheck.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policycheck", *args], input=stdin, capture_output=True, timeout=300)


def test_extract_json_is_one_document_on_stdout(tmp_path):
    policy = tmp_path / "p.txt"
    policy.write_text("我们会收集您的手机号码。\n我们不会收集您的通讯录。\n", encoding="utf-8")
    result = run("extract", str(policy), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "zh"
    assert [(s["line"], s["data_type"], s["action"], s["actor"]) for s in data["statements"]] == [
        (1, "contact.phone", "collect", "first_party"), (2, "social.contacts", "not_collect", "first_party")]
    assert set(data["statements"][0]) >= {"data_type", "action", "actor", "purposes", "text", "line"}


def test_extract_reads_stdin():
    result = run("extract", "-", "--format", "json", stdin="We collect your email address.".encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["statements"][0]["data_type"] == "contact.email"


def test_forced_language(tmp_path, capsys):
    policy = tmp_path / "p.txt"
    policy.write_text("We collect your email address.", encoding="utf-8")
    assert main(["extract", str(policy), "--lang", "en", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "en"


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 binary", bytes(range(256)) * 4])
def test_bad_input_is_one_line_exit_2(tmp_path, content):
    policy = tmp_path / "p.html"
    policy.write_bytes(content)
    result = run("extract", str(policy))
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policycheck: error:")
    assert b"Traceback" not in result.stderr


def test_usage_errors_are_one_line_exit_2(capsys):
    assert main(["extract"]) == 2
    assert main(["extract", "x", "--format", "yaml"]) == 2
    assert main(["nosuchcommand"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("policycheck: error:") for line in err)


def test_taxonomy_table_and_json(capsys):
    assert main(["taxonomy", "--lang", "zh"]) == 0
    assert "device.id.imei" in capsys.readouterr().out
    assert main(["taxonomy", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = {t["id"]: t for t in data["data_types"]}
    assert ids["device.id.imei"]["parent"] == "device.id"


def test_taxonomy_validate(capsys):
    assert main(["taxonomy", "--validate"]) == 0


def test_oversized_page_is_refused_fast(tmp_path):
    from policycheck.ingest import DEFAULT_MAX_BYTES

    assert DEFAULT_MAX_BYTES < 50 * 1024 * 1024  # a 50 MB crawled page is refused by default
    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body>" + b"<p>We collect your email address.</p>\n" * 60000 + b"</body></html>")
    result = run("extract", str(page), "--max-input-mb", "1")
    assert result.returncode == 2 and b"input limit" in result.stderr and len(result.stderr.splitlines()) == 1


def test_block_limit(tmp_path):
    page = tmp_path / "many.html"
    page.write_text("<p>We collect your email address.</p>\n" * 50, encoding="utf-8")
    result = run("extract", str(page), "--max-sentences", "10")
    assert result.returncode == 2 and b"text blocks" in result.stderr


def _annotated_policy(tmp_path, text: str, *statements: str):
    """An English dev policy `p.md` with `text` and its gold file holding `statements` (flow mappings); the gold path."""
    (tmp_path / "p.md").write_text(text, encoding="utf-8")
    gold = tmp_path / "p.gold.yaml"
    gold.write_text("policy: p.md\ntitle: T\nsource: written for this test\nlicence: CC0\nlanguage: en\nsplit: dev\n"
                    "statements:\n" + "".join(f"  - {s}\n" for s in statements), encoding="utf-8")
    return gold


def test_eval_errors_are_listed_in_json_as_in_the_table(tmp_path, capsys):
    gold = _annotated_policy(tmp_path, "# Privacy\n\nWe collect your email address.\n\nWe collect your phone number.\n",
                             "{line: 3, data_type: contact.email, action: collect, actor: first_party}",
                             "{line: 3, data_type: location, action: collect, actor: first_party}")
    assert main(["eval", str(gold), "--errors", "--format", "json"]) == 0
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert {(e["policy"], e["line"], e["kind"], e["data_type"], e["polarity"]) for e in errors} == {
        ("p", 5, "FP", "contact.phone", "+"), ("p", 3, "FN", "location", "+")}
    assert next(e["text"] for e in errors if e["line"] == 5) == "We collect your phone number."
    assert main(["eval", str(gold), "--errors"]) == 0
    assert "p:3: FN location +  | We collect your email address." in capsys.readouterr().out
    assert main(["eval", str(gold), "--format", "json"]) == 0
    assert "errors" not in json.loads(capsys.readouterr().out)


def test_eval_errors_of_the_action_and_actor_tasks(tmp_path, capsys):
    gold = _annotated_policy(tmp_path, "# Privacy\n\nWe share your email address with Acme Payments Ltd.\n",
                             "{line: 3, data_type: contact.email, action: collect, actor: first_party}")
    assert main(["eval", str(gold), "--errors", "--errors-task", "action", "--format", "json"]) == 0
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert {(e["kind"], e["data_type"], e["action"]) for e in errors} == {
        ("FP", "contact.email", "share"), ("FN", "contact.email", "collect")}
    assert main(["eval", str(gold), "--errors", "--errors-task", "action"]) == 0
    assert "p:3: FN contact.email collect  | We share" in capsys.readouterr().out
    assert main(["eval", str(gold), "--errors", "--errors-task", "actor", "--format", "json"]) == 0
    assert {e["kind"]: e["actor"] for e in json.loads(capsys.readouterr().out)["errors"]}["FN"] == "first_party"
    # the data-type task finds no error here: the type and polarity agree
    assert main(["eval", str(gold), "--errors", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["errors"] == []


def test_eval_json_of_one_split_shows_no_other_split(tmp_path, capsys):
    gold = _annotated_policy(tmp_path, "# Privacy\n\nWe collect your email address.\n",
                             "{line: 3, data_type: contact.email, action: collect, actor: first_party}")
    assert main(["eval", str(gold), "--split", "dev", "--format", "json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["data_type_by_split"]) == {"dev"}
    assert main(["eval", str(gold), "--format", "json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["data_type_by_split"]) == {"dev", "test"}


def test_eval_errors_task_choices_are_the_extraction_tasks():
    # the command line lists the tasks itself, so that it need not import the evaluation at start-up
    from policycheck.cli import build_parser
    from policycheck.evaluation import EXTRACTION_TASKS
    from policycheck.evaluation.report import ERROR_FIELDS

    parser = build_parser()
    evaluate = next(a for a in parser._subparsers._group_actions[0].choices.values() if a.prog.endswith(" eval"))
    choices = next(a.choices for a in evaluate._actions if a.dest == "errors_task")
    assert tuple(choices) == EXTRACTION_TASKS == tuple(ERROR_FIELDS)
