"""Determinism: the same inputs give byte-identical JSON (sorted keys, stable order), in one process, in separate
processes with different hash seeds, and in batch runs with one or several workers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from policycheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
DATA = ROOT / "tests" / "data" / "behaviour"
BEHAVIOUR = ["behaviour.json", "observations.jsonl", "capture.har", "XposedBridge.log", "camille.xls", "camille.xlsx",
             "privacysentry.xls", "privacysentry_counts.xls", "AndroidManifest.xml", "binary_manifest.axml"]
CHECK = ["check", str(DEMO / "shop-zh.html"), *[a for n in BEHAVIOUR for a in ("--behaviour", str(DATA / n))],
         "--apk", str(DATA / "synthetic_sdk.apk"), "--format", "json"]
EXTRACT_ZH = ["extract", str(DEMO / "shop-zh.html"), "--format", "json"]
EXTRACT_EN = ["extract", str(DEMO / "fitness-en.md"), "--format", "json"]
LINT = ["lint", str(DEMO / "fitness-en.md"), "--format", "json"]
TIMING_FIELDS = {"seconds", "policy_cached"}  # wall time, and whether this worker had the policy cached


def _run_all(commands: list[list[str]], seeds: list[str]) -> dict[tuple[int, str], bytes]:
    """Every command under every PYTHONHASHSEED, as separate processes, two at a time (two cores)."""
    outputs = {}
    base = {k: v for k, v in os.environ.items() if not k.startswith("POLICYCHECK_")}
    jobs = [(i, seed) for i in range(len(commands)) for seed in seeds]
    for start in range(0, len(jobs), 2):
        running = [(job, subprocess.Popen([sys.executable, "-m", "policycheck", *commands[job[0]]],
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                                          env={**base, "PYTHONHASHSEED": job[1]}))
                   for job in jobs[start:start + 2]]
        for job, process in running:
            out, err = process.communicate(timeout=300)
            assert process.returncode in (0, 1), err.decode()[-2000:]
            outputs[job] = out
    return outputs


def test_json_output_is_byte_identical_across_processes():
    commands = [CHECK, EXTRACT_ZH, EXTRACT_EN, LINT]
    outputs = _run_all(commands, ["1", "2"])
    for index, command in enumerate(commands):
        first, second = outputs[(index, "1")], outputs[(index, "2")]
        assert first == second, command[:2]
        json.loads(first)  # exactly one JSON document


def test_json_output_has_sorted_keys_and_is_stable_in_one_process(capsys):
    for argv in (CHECK, EXTRACT_ZH, EXTRACT_EN):
        assert main(argv) in (0, 1)
        first = capsys.readouterr().out
        assert main(argv) in (0, 1)
        assert capsys.readouterr().out == first
        assert first == json.dumps(json.loads(first), ensure_ascii=False, indent=2, sort_keys=True) + "\n", argv[:2]


def _batch(source: Path, out: Path, jobs: int) -> list[dict]:
    run = subprocess.run([sys.executable, "-m", "policycheck", "batch", str(source), "--out", str(out), "--jobs",
                          str(jobs), "--no-progress", "--statements"], capture_output=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(({k: v for k, v in r.items() if k not in TIMING_FIELDS} for r in records),
                  key=lambda r: (r["id"], r.get("occurrence", 1)))


def test_batch_results_do_not_depend_on_the_number_of_workers(tmp_path):
    apps = tmp_path / "apps"
    shutil.copytree(ROOT / "tests" / "data" / "batch" / "apps", apps)
    formats = ["behaviour.json", "observations.jsonl", "capture.har", "camille.xls", "camille.xlsx",
               "privacysentry.xls", "AndroidManifest.xml"]  # the names a batch folder takes behaviour files by
    for name, behaviour in (("com.example.formats", formats), ("com.example.apk", ["synthetic_sdk.apk"])):
        (apps / name).mkdir()
        shutil.copy(DEMO / "shop-zh.html", apps / name / "policy.html")
        for file in behaviour:
            shutil.copy(DATA / file, apps / name / file)
    (apps / "com.example.en").mkdir()
    shutil.copy(DEMO / "fitness-en.md", apps / "com.example.en" / "policy.md")
    one = _batch(apps, tmp_path / "one.jsonl", 1)
    two = _batch(apps, tmp_path / "two.jsonl", 2)
    assert [r["id"] for r in one] == [r["id"] for r in two]
    for a, b in zip(one, two):
        assert json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(b, sort_keys=True, ensure_ascii=False)
    assert any(r["ok"] and r["findings"] for r in one) and any(not r["ok"] for r in one)


def test_a_sentence_reads_the_same_whatever_was_extracted_before():
    """Sentence analyses are remembered across policies; one remembered from another policy must not leave out what
    it sets for the sentences after it in its block (data called anonymous stays anonymous when named again bare)."""
    from policycheck.extract import get_extractor
    from policycheck.ingest import parse_policy

    block = ("Acme collects anonymous, aggregate telemetry. You can view the repository to see where the app tracks "
             "telemetry. Telemetry is used to understand what parts of Acme are used.\n")
    other = "Acme collects anonymous, aggregate telemetry.\n\nWe collect your email address.\n"
    extractor = get_extractor()

    def statements(text: str) -> set[tuple]:
        extraction = extractor.extract(parse_policy(text, "policy.txt"))
        return {(s.line, s.data_type, s.action) for s in extraction.statements}

    extractor.forget()
    alone = statements(block)
    extractor.forget()
    statements(other)  # remembers the first sentence's analysis
    assert statements(block) == alone == set()
