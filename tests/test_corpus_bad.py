"""tests/corpus_bad/: real-world-shaped broken inputs, each with the one-line error it must give (expected.yaml).

Every entry runs through `policycheck` (in this process, and a sample in a real subprocess): exit code 2, nothing on
stdout, exactly one line on stderr, no traceback. Then every input a batch run can meet is put in one batch: each
must be recorded as its app's one-line error, and the run must go on to the good app.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from policycheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus_bad"
POLICY = ROOT / "corpora" / "demo" / "shop-zh.html"
BEHAVIOUR = ROOT / "corpora" / "demo" / "shop-zh.behaviour.json"
ENTRIES = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))


def _id(entry: dict) -> str:
    return f"{entry['command'].split()[0]}:{entry['file']}"


def _argv(entry: dict) -> list[str]:
    values = {"file": str(CORPUS / entry["file"]), "policy": str(POLICY), "behaviour": str(BEHAVIOUR)}
    return [part.format(**values) for part in shlex.split(entry["command"])]


def _assert_one_line_error(code: int, out: str, err: str, entry: dict) -> None:
    assert code == 2, (code, err)
    assert out == "", out
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    prefix = "policycheck: error: "
    assert lines[0].startswith(prefix), lines[0]
    assert re.search(entry["error"], lines[0][len(prefix):]), (entry["error"], lines[0])


def test_expected_yaml_is_complete():
    """Every file of the corpus is used, every entry names a file (or a deliberately missing one)."""
    used = {entry["file"] for entry in ENTRIES}
    present = {p.name for p in CORPUS.iterdir() if p.name not in ("expected.yaml", "make_corpus.py", "__pycache__")}
    assert present - used == set(), "files without an expected error"
    assert {name for name in used - present if not name.startswith("no_such_")} == set()
    for entry in ENTRIES:
        assert set(entry) == {"file", "command", "error", "batch"}, entry
        assert entry["batch"] in ("policy", "behaviour", "no"), entry
        re.compile(entry["error"])


@pytest.mark.parametrize("entry", ENTRIES, ids=[_id(e) for e in ENTRIES])
def test_bad_input_gives_one_line(entry, capfd):
    code = main(_argv(entry))
    out, err = capfd.readouterr()
    _assert_one_line_error(code, out, err, entry)


SUBPROCESS_SAMPLE = ["pdf_renamed.html", "zip_bomb.apk", "slow_policy.md", "deep_nesting.json", "billion_laughs.xml"]


def test_bad_inputs_in_a_real_process():
    """The same through the installed entry point, several processes at once (both cores)."""
    entries = [e for e in ENTRIES if e["file"] in SUBPROCESS_SAMPLE]
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYCHECK_")}
    runs = [(e, subprocess.Popen([sys.executable, "-m", "policycheck", *_argv(e)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env, cwd=ROOT)) for e in entries]
    for entry, process in runs:
        out, err = process.communicate(timeout=60)
        _assert_one_line_error(process.returncode, out.decode(), err.decode("utf-8", "replace"), entry)


def test_batch_records_each_bad_input_and_goes_on(tmp_path):
    """One batch over every bad policy and behaviour file: each is its app's one-line error; the good app is ok."""
    work = tmp_path / "inputs"
    work.mkdir()
    shutil.copy(POLICY, work / "good-policy.html")
    shutil.copy(BEHAVIOUR, work / "good-behaviour.json")
    lines = [{"id": "good", "policy": "good-policy.html", "behaviour": ["good-behaviour.json"]}]
    expected = {}
    for number, entry in enumerate(e for e in ENTRIES if e["batch"] != "no"):
        app_id = f"bad{number:02d}-{entry['file']}"
        shutil.copy(CORPUS / entry["file"], work / entry["file"])
        if entry["batch"] == "policy":
            lines.append({"id": app_id, "policy": entry["file"]})
        else:
            lines.append({"id": app_id, "policy": "good-policy.html", "behaviour": [entry["file"]]})
        expected[app_id] = entry["error"]
    manifest = work / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    results = tmp_path / "results.jsonl"
    run = subprocess.run([sys.executable, "-m", "policycheck", "batch", str(manifest), "--out", str(results),
                          "--jobs", "2", "--no-progress"], capture_output=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr.decode()
    assert b"Traceback" not in run.stderr
    records = {r["id"]: r for r in map(json.loads, results.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"good", *expected}
    assert records["good"]["ok"] is True and records["good"]["findings"]
    wrong = {}
    for app_id, pattern in expected.items():
        record = records[app_id]
        if record["ok"] or "\n" in record["error"] or not re.search(pattern, record["error"]) \
                or record.get("error_kind") != "input":
            wrong[app_id] = (record.get("error_kind"), record.get("error"))
    assert wrong == {}
