"""`policycheck lint` on the command line: formats (text, JSON, SARIF 2.1.0 checked against its schema), exit
codes, --explain, --fail-on, --config, and the pre-commit hook definition.

The SARIF schema in tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 JSON schema (rtm.5, the schema
released with the standard), as shipped in the npm package @microsoft/jest-sarif 1.0.0-beta.0 (MIT).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from policycheck.cli import _Parser
from policycheck.errors import InputError, PolicycheckError, UsageError
from policycheck.lint.cli import add_lint_parser, cmd_lint

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "lint"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
MINIMAL_ZH = CORPUS / "zh-w-qinglang-weather-minimal.txt"
COMPLETE_ZH = CORPUS / "zh-w-moye-reader-complete.md"
CONTRADICTIONS_EN = CORPUS / "en-w-sprout-contradictions.md"


def parser():
    root = _Parser(prog="policycheck")
    commands = root.add_subparsers(dest="command", parser_class=_Parser)
    add_lint_parser(commands)
    return root


def main(argv: list[str]) -> int:
    """What policycheck/cli.py's main does once `lint` is wired: errors become exit code 2."""
    try:
        return cmd_lint(parser().parse_args(["lint", *argv]))
    except PolicycheckError as exc:
        return exc.exit_code


def test_text_output_is_path_line_rule_message(capsys):
    assert main([str(MINIMAL_ZH)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(re.match(rf"^{re.escape(str(MINIMAL_ZH))}:\d+: [a-z-]+ \S", line) for line in out)
    assert any(line.startswith(f"{MINIMAL_ZH}:5: missing-purpose 隐私政策收集以下个人信息") for line in out)
    assert any(f"{MINIMAL_ZH}:1: missing-contact " in line for line in out)


def test_clean_policy_exits_zero(capsys):
    assert main([str(COMPLETE_ZH)]) == 0
    assert capsys.readouterr().out == ""


def test_fail_on_thresholds(tmp_path, capsys):
    policy = tmp_path / "policy.txt"
    # complete but for the info-level response time and the warning-level update notice
    text = COMPLETE_ZH.read_text(encoding="utf-8")
    text = text.replace("我们将在15个工作日内答复。", "").replace("本政策发生变更时，我们会通过弹窗或站内信通知您；重大变更将再次征得您的同意。", "")
    policy.write_text(text, encoding="utf-8")
    assert main([str(policy)]) == 0  # default: errors only
    assert main([str(policy), "--fail-on", "warning"]) == 1
    assert main([str(policy), "--fail-on", "info"]) == 1
    assert main([str(MINIMAL_ZH), "--fail-on", "never"]) == 0
    (tmp_path / ".policycheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert main([str(policy)]) == 1  # the config's threshold
    assert main([str(policy), "--fail-on", "error"]) == 0  # the command line wins
    capsys.readouterr()


def test_json_is_one_document(capsys):
    assert main([str(CONTRADICTIONS_EN), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["policy"]["language"] == "en" and data["jurisdictions"] == ["cn", "eu", "us"]
    contradictions = [r for r in data["results"] if r["rule"] == "contradiction"]
    assert {(r["line"], tuple(r["related_lines"])) for r in contradictions} >= {(7, (9,)), (13, (15,))}
    for result in data["results"]:
        assert {"rule", "severity", "message", "line", "basis", "language"} <= set(result)
    assert data["summary"]["error"] == len([r for r in data["results"] if r["severity"] == "error"])


def _validate_sarif(log: dict) -> None:
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_is_valid_sarif_2_1_0(capsys):
    assert main([str(CONTRADICTIONS_EN), "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    _validate_sarif(log)
    run = log["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "contradiction" in rule_ids and "undeclared-permission" in rule_ids
    contradiction = next(r for r in run["results"] if r["ruleId"] == "contradiction")
    assert contradiction["level"] == "error" and rule_ids[contradiction["ruleIndex"]] == "contradiction"
    assert contradiction["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert contradiction["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 9


def test_sarif_for_several_policies_and_clean_policy(capsys):
    assert main([str(MINIMAL_ZH), str(COMPLETE_ZH), "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    _validate_sarif(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert len(uris) == 1 and len(log["runs"][0]["artifacts"]) == 2
    assert main([str(COMPLETE_ZH), "--format", "sarif"]) == 0
    clean = json.loads(capsys.readouterr().out)
    _validate_sarif(clean)
    assert clean["runs"][0]["results"] == []
    note = [r for r in clean["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "missing-response-time"][0]
    assert note["defaultConfiguration"]["level"] == "note"


def test_several_text_policies_and_stdin(capsys, monkeypatch):
    import io
    import sys

    assert main([str(COMPLETE_ZH), str(MINIMAL_ZH)]) == 1
    out = capsys.readouterr().out
    assert str(MINIMAL_ZH) in out and str(COMPLETE_ZH) not in out
    data = MINIMAL_ZH.read_bytes()
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": io.BytesIO(data)})())
    assert main(["-"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:")


def test_bad_input_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 2
    assert main([]) == 2
    assert main([str(COMPLETE_ZH), "--manifest", str(tmp_path / "nope.xml")]) == 2
    assert main([str(COMPLETE_ZH), "--jurisdiction", "mars"]) == 2
    assert main([str(COMPLETE_ZH), "--format", "xml"]) == 2
    assert main([str(COMPLETE_ZH), "--manifest", "a.xml", "--apk", "b.apk"]) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("disable = [\"nope\"]\n", encoding="utf-8")
    assert main([str(COMPLETE_ZH), "--config", str(bad)]) == 2
    with pytest.raises(InputError):
        cmd_lint(parser().parse_args(["lint", str(tmp_path / "missing.txt")]))
    with pytest.raises(UsageError):
        cmd_lint(parser().parse_args(["lint"]))


def test_config_option_and_jurisdiction_option(tmp_path, capsys):
    config = tmp_path / "lint.toml"
    config.write_text('jurisdiction = "eu"\ndisable = ["missing-dpo"]\n', encoding="utf-8")
    assert main([str(MINIMAL_ZH), "--config", str(config), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    rules = {r["rule"] for r in data["results"]}
    assert data["jurisdictions"] == ["eu"] and "missing-legal-basis" in rules and "missing-dpo" not in rules
    assert "missing-account-deletion" not in rules  # a cn rule
    assert main([str(MINIMAL_ZH), "--jurisdiction", "us", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["jurisdictions"] == ["us"] and "missing-controller-identity" not in {r["rule"] for r in data["results"]}


def test_explain_in_both_languages(capsys):
    assert main(["--explain", "contradiction"]) == 0
    english = capsys.readouterr().out
    assert english.startswith("# contradiction: contradictory statements") and "How to fix" in english
    assert main(["--explain", "missing-sensitive-notice", "--lang", "zh"]) == 0
    chinese = capsys.readouterr().out
    assert "敏感个人信息" in chinese and "如何修改" in chinese and "第三十条" in chinese
    assert main(["--explain", "no-such-rule"]) == 2


def test_explain_language_from_locale(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["--explain", "missing-contact"]) == 0
    assert "检查内容" in capsys.readouterr().out


def test_pre_commit_hooks_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {hook["id"]: hook for hook in hooks}
    assert ids["policycheck-lint"]["entry"] == "policycheck lint"
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
        re.compile(hook["files"])
    assert re.search(ids["policycheck-lint"]["files"], "docs/privacy-policy.md")
    assert re.search(ids["policycheck-lint"]["files"], "legal/隐私政策.html")
