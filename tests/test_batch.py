"""`batch` (contract §7): items, per-item errors, duplicates, time limits, dying workers, durable RESULTS, resume,
SQLite, and a real process killed with SIGKILL mid-run and resumed."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policycheck.batch import cli as batch_cli
from policycheck.batch import run_batch
from policycheck.batch import worker as batch_worker
from policycheck.batch.items import discover
from policycheck.batch.output import ResultsWriter, dumps_line, scan_results
from policycheck.errors import InputError, PolicycheckError, UsageError
from policycheck.records import Behaviour, Observation

DATA = Path(__file__).resolve().parent / "data" / "batch"
ROOT = Path(__file__).resolve().parent.parent
FOLDER_IDS = {"com.example.shop", "com.example.fit", "com.vendor.alpha", "com.vendor.beta", "com.example.broken",
              "com.example.nopolicy", "com.example.quiet"}


# --- helpers -----------------------------------------------------------------------------------------------------

def fake_read_behaviour(path, max_bytes=0):
    """A stand-in for policycheck.behaviour.read_behaviour: canonical JSON with kind "data" observations."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    observations = [Observation(kind="data", name=o["data_type"], data_types=[o["data_type"]],
                                actor=o.get("actor", "first_party"), caller=o.get("caller"),
                                before_consent=o.get("before_consent"), source=f"{Path(path).name} #{i}")
                    for i, o in enumerate(data["observations"])]
    return Behaviour(app=data.get("app", {}), observations=observations, sources=[str(path)])


@pytest.fixture(scope="session", autouse=True)
def _loaded_worker():
    """Load the analysers once in the test process: forked workers then start at once."""
    batch_worker.init_worker()
    yield


@pytest.fixture
def behaviour(monkeypatch):
    monkeypatch.setattr(batch_worker, "_read_behaviour", fake_read_behaviour)
    monkeypatch.setattr(batch_worker, "_map_behaviour", lambda b: b)
    batch_worker._cache({"cache_size": 128}).__init__(128)  # empty the inherited cache


@pytest.fixture
def apps(tmp_path) -> Path:
    target = tmp_path / "apps"
    shutil.copytree(DATA / "apps", target)
    return target


def lines_of(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(line) for line in raw.split(b"\n")[:-1]]


def by_id(lines: list[dict]) -> dict[str, dict]:
    return {line["id"]: line for line in lines if int(line.get("occurrence", 1)) == 1}


def run(source, out, **kwargs):
    kwargs.setdefault("jobs", 2)
    kwargs.setdefault("start_method", "fork")
    kwargs.setdefault("progress", False)
    return run_batch(str(source), str(out), **kwargs)


# --- a folder of apps --------------------------------------------------------------------------------------------

def test_folder_run_one_line_per_app(apps, tmp_path, behaviour):
    out = tmp_path / "results.jsonl"
    summary = run(apps, out, jobs=1)
    lines = lines_of(out)
    assert [line["id"] for line in lines].count("com.example.shop") == 1
    results = by_id(lines)
    assert set(results) == FOLDER_IDS  # README.txt at the top is not an app
    for line in lines:
        assert {"id", "ok", "findings", "summary", "seconds"} <= set(line)
        assert isinstance(line["seconds"], float)
        assert ("error" in line) == (not line["ok"])
    shop = results["com.example.shop"]
    assert shop["ok"] and shop["language"] == "zh" and shop["statement_count"] > 0
    assert len(shop["policy"]["sha256"]) == 64
    statuses = {(f["data_type"], f["actor"]): f["status"] for f in shop["findings"]}
    assert statuses[("device.id.imei", "first_party")] == "clear"
    assert statuses[("social.contacts", "first_party")] == "incorrect"
    assert statuses[("location.precise", "first_party")] == "omitted"
    assert shop["summary"]["incorrect"] == 1 and sum(shop["summary"].values()) == len(shop["findings"])
    assert results["com.example.fit"]["language"] == "en"
    # policy alone: extraction only
    quiet = results["com.example.quiet"]
    assert quiet["ok"] and quiet["findings"] == [] and quiet["statement_count"] >= 1
    # the bad ones, each with a one-line reason
    broken = results["com.example.broken"]
    assert not broken["ok"] and broken["error_kind"] == "input" and "binary" in broken["error"]
    assert "no policy file" in results["com.example.nopolicy"]["error"]
    assert all("\n" not in line.get("error", "") for line in lines)
    # one vendor policy shared by two apps is extracted once per worker
    assert [results["com.vendor.alpha"]["policy_cached"], results["com.vendor.beta"]["policy_cached"]] == [False, True]
    assert results["com.vendor.beta"]["policy"]["path"].endswith("com.vendor.beta/policy.txt")
    assert summary.stats.ok == 5 and summary.stats.failed == 2 and summary.processed == 7
    assert summary.stats.statuses["incorrect"] >= 1


def test_no_cache_extracts_every_policy(apps, tmp_path, behaviour):
    out = tmp_path / "results.jsonl"
    run(apps, out, jobs=1, options={"cache_size": 0})
    assert not any(line.get("policy_cached") for line in lines_of(out))


def test_summary_and_progress_on_stderr(apps, tmp_path, behaviour, capsys):
    out = tmp_path / "r.jsonl"
    parser = argparse.ArgumentParser()
    batch_cli.add_batch_parser(parser.add_subparsers())
    args = parser.parse_args(["batch", str(apps), "--out", str(out), "--jobs", "2"])
    assert batch_cli.cmd_batch(args) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "7 apps in" in captured.err and "5 ok, 2 failed" in captured.err
    assert "apps/s" in captured.err and "incorrect" in captured.err
    assert "\r" not in captured.err  # no progress bar when stderr is not a terminal


def test_progress_bar_has_rate_and_eta():
    import io

    from policycheck.batch.runner import Progress

    stream = io.StringIO()
    progress = Progress(10, stream, enabled=True)
    progress.update(True)
    progress.update(False)
    progress.draw(force=True)
    text = stream.getvalue()
    assert "2/10" in text and "apps/s" in text and "ETA" in text and "1 failed" in text


# --- a manifest ----------------------------------------------------------------------------------------------------

def test_manifest_duplicates_and_bad_lines(tmp_path, behaviour):
    manifest = tmp_path / "manifest.jsonl"
    shutil.copytree(DATA / "apps", tmp_path / "apps")
    shutil.copy(DATA / "vendor-policy.txt", tmp_path / "vendor-policy.txt")
    shutil.copy(DATA / "manifest.jsonl", manifest)
    out = tmp_path / "results.jsonl"
    run(manifest, out)
    lines = lines_of(out)
    keys = [(line["id"], line.get("occurrence", 1)) for line in lines]
    assert len(keys) == len(set(keys)) == 10  # every manifest line once
    first = by_id(lines)
    assert first["shop"]["ok"] and first["shop"]["category"] == "online_shopping"
    assert first["shop"]["findings"]  # the first "shop" is the one processed
    duplicates = [line for line in lines if line.get("occurrence", 1) > 1]
    assert {(d["id"], d["occurrence"], d["error_kind"]) for d in duplicates} == {("shop", 2, "duplicate"),
                                                                               ("alpha", 2, "duplicate")}
    assert all("first at manifest line" in d["error"] for d in duplicates)
    assert first["alpha"]["meta"] == {"store": "example-store", "downloads": 1000}
    assert first["beta"]["ok"]
    assert "not valid JSON" in first["manifest.jsonl:6"]["error"]
    assert "no \"id\"" in first["manifest.jsonl:7"]["error"]
    assert "no such file" in first["missing"]["error"]
    assert "directory" in first["folder-as-policy"]["error"]
    assert "no \"policy\"" in first["no-policy-field"]["error"]


def test_discover_resolves_paths_relative_to_the_manifest(tmp_path):
    (tmp_path / "sub").mkdir()
    manifest = tmp_path / "sub" / "m.jsonl"
    manifest.write_text('{"id": 7, "policy": "p.txt", "behaviour": "b.json"}\n', encoding="utf-8")
    [item] = discover(str(manifest))
    assert item["id"] == "7"
    assert item["policy"] == str(tmp_path / "sub" / "p.txt")
    assert item["behaviour"] == [str(tmp_path / "sub" / "b.json")]


@pytest.mark.parametrize("kind", ["folder", "manifest"])
def test_empty_input_is_exit_2(tmp_path, kind):
    source = tmp_path / "empty"
    if kind == "folder":
        source.mkdir()
    else:
        source.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no app"):
        run(source, tmp_path / "r.jsonl")
    assert not (tmp_path / "r.jsonl").exists()
    from policycheck.batch.__main__ import main

    assert main(["batch", str(source), "--out", str(tmp_path / "r.jsonl")]) == 2


def test_missing_source_and_bad_usage(tmp_path, capsys):
    from policycheck.batch.__main__ import main

    assert main(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "r.jsonl")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["batch", str(DATA / "apps"), "--out", str(tmp_path / "r.jsonl"), "--jobs", "0"]) == 2
    assert main(["batch", str(DATA / "apps"), "--out", str(tmp_path / "r.jsonl"), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert "--scheduler" in err and err.count("\n") == 2
    with pytest.raises(UsageError, match="category"):
        run(DATA / "apps", tmp_path / "r.jsonl", category="no_such_type")


def test_unreadable_files(tmp_path, behaviour):
    apps = tmp_path / "apps"
    for name in ("dangling", "dir-policy", "locked", "ok"):
        (apps / name).mkdir(parents=True)
    (apps / "dangling" / "policy.txt").symlink_to(tmp_path / "gone.txt")
    (apps / "dir-policy" / "policy.txt").mkdir()
    (apps / "locked" / "policy.txt").write_text("We collect your email address.", encoding="utf-8")
    (apps / "locked" / "policy.txt").chmod(0)
    (apps / "ok" / "policy.txt").write_text("We collect your email address.", encoding="utf-8")
    (apps / "ok" / "behaviour.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    run(apps, out)
    results = by_id(lines_of(out))
    assert "no such file" in results["dangling"]["error"]
    assert "is a directory" in results["dir-policy"]["error"]
    if os.geteuid() != 0:  # root reads anything
        assert "permission denied" in results["locked"]["error"]
    assert not results["ok"]["ok"] and results["ok"]["error"]  # a broken behaviour file fails only its app


def test_real_behaviour_readers_when_available(apps, tmp_path):
    out = tmp_path / "r.jsonl"
    run(apps, out)
    shop = by_id(lines_of(out))["com.example.shop"]
    assert shop["ok"], shop.get("error")
    assert shop["findings"]


# --- time limits and dying workers -----------------------------------------------------------------------------

def _slow_on(marker: str, action):
    real = batch_worker._extract

    def extract(document):
        if any(marker in block.text for block in document.blocks):
            action()
        return real(document)

    return extract


def _apps_with(tmp_path, special: str, count: int = 4) -> Path:
    apps = tmp_path / "apps"
    for i in range(count):
        (apps / f"app{i}").mkdir(parents=True)
        (apps / f"app{i}" / "policy.txt").write_text(f"We collect your email address. App {i}.\n", encoding="utf-8")
    (apps / "special").mkdir()
    (apps / "special" / "policy.txt").write_text(f"We collect your email address. {special}\n", encoding="utf-8")
    return apps


def test_timeout_inside_the_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_worker, "_extract", _slow_on("PATHOLOGICAL", lambda: time.sleep(60)))
    apps = _apps_with(tmp_path, "PATHOLOGICAL")
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    summary = run(apps, out, options={"timeout": 1, "cache_size": 0})
    assert time.monotonic() - started < 20
    results = by_id(lines_of(out))
    assert results["special"]["error_kind"] == "timeout" and "timed out after 1 s" in results["special"]["error"]
    assert 1 <= results["special"]["seconds"] < 5
    assert all(results[f"app{i}"]["ok"] for i in range(4))
    assert summary.workers_replaced == 0  # the alarm stopped it: the worker lives on


def test_stuck_worker_is_killed_and_replaced(tmp_path, monkeypatch):
    def stuck():  # ignores the alarm, as a call stuck in C code would
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)

    monkeypatch.setattr(batch_worker, "_extract", _slow_on("STUCK", stuck))
    apps = _apps_with(tmp_path, "STUCK", count=6)
    out = tmp_path / "r.jsonl"
    started = time.monotonic()
    summary = run(apps, out, options={"timeout": 1, "cache_size": 0}, kill_grace=1.0)
    assert time.monotonic() - started < 25
    results = by_id(lines_of(out))
    assert results["special"]["error_kind"] == "timeout" and "killed" in results["special"]["error"]
    assert all(results[f"app{i}"]["ok"] for i in range(6))
    assert summary.workers_replaced == 1


def test_worker_that_dies_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_worker, "_extract", _slow_on("CRASH", lambda: os.kill(os.getpid(), signal.SIGKILL)))
    apps = _apps_with(tmp_path, "CRASH", count=6)
    out = tmp_path / "r.jsonl"
    summary = run(apps, out, options={"cache_size": 0})
    results = by_id(lines_of(out))
    assert results["special"]["error_kind"] == "worker_died" and "SIGKILL" in results["special"]["error"]
    assert all(results[f"app{i}"]["ok"] for i in range(6))
    assert len(lines_of(out)) == 7 and summary.workers_replaced == 1


def test_internal_error_is_one_item(tmp_path, monkeypatch):
    def boom():
        raise ValueError("surprise\nwith a second line")

    monkeypatch.setattr(batch_worker, "_extract", _slow_on("BOOM", boom))
    apps = _apps_with(tmp_path, "BOOM")
    out = tmp_path / "r.jsonl"
    run(apps, out, options={"cache_size": 0})
    special = by_id(lines_of(out))["special"]
    assert special["error_kind"] == "internal" and special["error"] == "internal error: ValueError: surprise with a second line"


def test_time_limit_off_the_main_thread():
    """dask runs items on worker threads: the limit is an asynchronous exception there."""
    import threading

    outcome = {}

    def body():
        try:
            with batch_worker.time_limit(0.3):
                while True:
                    sum(range(1000))
        except batch_worker.ItemTimeout:
            outcome["timeout"] = True

    thread = threading.Thread(target=body)
    thread.start()
    thread.join(10)
    assert outcome == {"timeout": True}

    def quick():  # finishing in time raises nothing later
        with batch_worker.time_limit(0.2):
            pass
        time.sleep(0.4)
        outcome["quick"] = True

    thread = threading.Thread(target=quick)
    thread.start()
    thread.join(10)
    assert outcome["quick"]


class _SlowFinaliser:
    def __del__(self):
        time.sleep(2)  # the alarm interrupts it


def test_time_limit_on_the_main_thread_survives_an_alarm_ignored_in_a_finaliser():
    """An alarm ringing inside __del__ is ignored by Python; the item still times out."""
    ran_to_the_end = False
    with pytest.raises(batch_worker.ItemTimeout):
        with batch_worker.time_limit(0.2):
            _SlowFinaliser()
            for _ in range(500):
                time.sleep(0.01)
            ran_to_the_end = True
    assert not ran_to_the_end


# --- durable RESULTS and resume --------------------------------------------------------------------------------------

def test_existing_results_are_refused_without_resume(apps, tmp_path):
    out = tmp_path / "r.jsonl"
    out.write_text('{"id": "x", "ok": true}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="--resume"):
        run(apps, out)
    assert out.read_text(encoding="utf-8") == '{"id": "x", "ok": true}\n'


def test_resume_truncates_a_partial_line_and_finishes(apps, tmp_path, behaviour):
    out = tmp_path / "r.jsonl"
    first = {"id": "com.example.shop", "ok": True, "findings": [], "summary": {}, "seconds": 0.1, "marker": 1}
    out.write_bytes(dumps_line(first) + b'{"id": "com.example.fit", "ok": tr')
    summary = run(apps, out, resume=True)
    lines = lines_of(out)
    assert sorted(line["id"] for line in lines) == sorted(FOLDER_IDS)
    assert by_id(lines)["com.example.shop"]["marker"] == 1  # kept, not redone
    assert summary.truncated_bytes == len(b'{"id": "com.example.fit", "ok": tr') and summary.skipped == 1
    # resuming a finished run does nothing
    summary = run(apps, out, resume=True)
    assert summary.processed == 0 and len(lines_of(out)) == len(FOLDER_IDS)


def test_resume_refuses_a_damaged_middle_line(apps, tmp_path):
    out = tmp_path / "r.jsonl"
    out.write_bytes(b'{"id": "a", "ok": true}\ngarbage\n{"id": "b", "ok": true}\n')
    with pytest.raises(InputError, match="line 2"):
        run(apps, out, resume=True)


def test_resume_without_results_starts_fresh(apps, tmp_path, behaviour):
    out = tmp_path / "r.jsonl"
    run(apps, out, resume=True)
    assert len(lines_of(out)) == len(FOLDER_IDS)


def test_writer_locks_the_file(tmp_path):
    out = tmp_path / "r.jsonl"
    writer = ResultsWriter(out)
    try:
        with pytest.raises(UsageError, match="another"):
            ResultsWriter(out)
        writer.write({"id": "a", "note": "line\u2028separator"})
    finally:
        writer.close()
    raw = out.read_bytes()
    assert raw.count(b"\n") == 1 and "\u2028".encode() not in raw
    keys, _, truncated = scan_results(out)
    assert keys == {("a", 1)} and truncated == 0


def _batch_process(source: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "policycheck.batch", "batch", str(source), "--out", str(out),
                             "--jobs", "2", "--no-cache", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(ROOT))


def test_sigkill_mid_run_then_resume_gives_every_app_once(tmp_path):
    apps = tmp_path / "apps"
    policy = (ROOT / "corpora" / "demo" / "fitness-en.md").read_text(encoding="utf-8")
    ids = [f"app{i:03d}" for i in range(40)]
    for app_id in ids:
        (apps / app_id).mkdir(parents=True)
        (apps / app_id / "policy.md").write_text(policy + f"\nContact: {app_id}@example.com\n", encoding="utf-8")
    out, db = tmp_path / "r.jsonl", tmp_path / "r.sqlite"
    process = _batch_process(apps, out, "--db", str(db))
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed: " + process.stderr.read().decode()
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    written = out.read_bytes().count(b"\n")
    assert 4 <= written < len(ids)
    for line in out.read_bytes().split(b"\n")[:written]:
        json.loads(line)  # whole lines only
    resumed = _batch_process(apps, out, "--db", str(db), "--resume")
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err.decode()
    assert "resuming" in err.decode()
    lines = lines_of(out)
    assert sorted(line["id"] for line in lines) == ids  # every app exactly once
    assert all(line["ok"] for line in lines)
    with sqlite3.connect(db) as connection:
        assert sorted(r[0] for r in connection.execute("SELECT id FROM apps")) == ids
        assert connection.execute("SELECT COUNT(DISTINCT app_id) FROM statements").fetchone()[0] == len(ids)


# --- SQLite ------------------------------------------------------------------------------------------------------

def test_sqlite_contents(apps, tmp_path, behaviour):
    out, db = tmp_path / "r.jsonl", tmp_path / "r.sqlite"
    run(apps, out, db=str(db))
    lines = by_id(lines_of(out))
    assert "statements" not in lines["com.example.shop"]  # statements go to the database, not RESULTS
    connection = sqlite3.connect(db)
    assert {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= {
        "apps", "findings", "statements", "violations"}
    indexes = {r[0] for r in connection.execute("SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")}
    for column in ("findings(data_type)", "findings(actor)", "findings(status)"):
        assert any(column in sql for sql in indexes), column
    assert connection.execute("SELECT COUNT(*), SUM(ok) FROM apps").fetchone() == (7, 5)
    assert connection.execute("SELECT error_kind FROM apps WHERE id='com.example.broken'").fetchone() == ("input",)
    findings = connection.execute("SELECT data_type, actor, status FROM findings WHERE app_id='com.example.shop'").fetchall()
    assert sorted(findings) == sorted((f["data_type"], f["actor"], f["status"]) for f in lines["com.example.shop"]["findings"])
    assert connection.execute("SELECT statement_count FROM apps WHERE id='com.example.shop'").fetchone()[0] == \
        connection.execute("SELECT COUNT(*) FROM statements WHERE app_id='com.example.shop'").fetchone()[0] > 0
    assert connection.execute("SELECT COUNT(*) FROM statements WHERE app_id='com.example.quiet' "
                              "AND action='not_collect'").fetchone()[0] >= 1
    violations = connection.execute("SELECT COUNT(*) FROM violations").fetchone()[0]
    assert violations == sum(len(line.get("violations", [])) for line in lines.values())
    connection.close()
    # a second run into the same database needs --resume
    with pytest.raises(UsageError, match="--resume"):
        run(apps, tmp_path / "other.jsonl", db=str(db))


def test_sqlite_resume_matches_results(apps, tmp_path, behaviour):
    out, db = tmp_path / "r.jsonl", tmp_path / "r.sqlite"
    run(apps, out, db=str(db))
    connection = sqlite3.connect(db)
    # as after a kill between the database commit and the RESULTS line: the database has an app RESULTS lacks
    kept = [line for line in lines_of(out) if line["id"] != "com.example.shop"]
    out.write_bytes(b"".join(dumps_line(line) for line in kept))
    connection.execute("INSERT INTO apps (id, occurrence, ok) VALUES ('ghost', 1, 1)")
    connection.commit()
    connection.close()
    summary = run(apps, out, db=str(db), resume=True)
    assert summary.processed == 1
    connection = sqlite3.connect(db)
    assert sorted(r[0] for r in connection.execute("SELECT id FROM apps")) == sorted(FOLDER_IDS)
    assert connection.execute("SELECT COUNT(*) FROM findings WHERE app_id='com.example.shop'").fetchone()[0] == \
        len(by_id(lines_of(out))["com.example.shop"]["findings"])
    connection.close()
    # --db added on a resumed run is filled from RESULTS
    fresh = tmp_path / "later.sqlite"
    run(apps, out, db=str(fresh), resume=True)
    with sqlite3.connect(fresh) as connection:
        assert connection.execute("SELECT COUNT(*) FROM apps").fetchone()[0] == len(FOLDER_IDS)


def test_statements_in_results(apps, tmp_path, behaviour):
    out = tmp_path / "r.jsonl"
    run(apps, out, options={"statements": True})
    quiet = by_id(lines_of(out))["com.example.quiet"]
    assert len(quiet["statements"]) == quiet["statement_count"]
    assert {"data_type", "action", "actor", "text", "line"} <= set(quiet["statements"][0])


def test_errors_are_policycheck_errors():
    assert issubclass(InputError, PolicycheckError) and issubclass(UsageError, PolicycheckError)


def test_no_cache_also_analyses_every_sentence_afresh():
    from policycheck.batch import worker
    from policycheck.extract import MEMO_SIZE, get_extractor

    worker._state["cache"] = None
    worker._cache({"cache_size": 0})
    assert get_extractor().memo_size == 0
    worker._state["cache"] = None
    worker._cache({"cache_size": 16})
    assert get_extractor().memo_size == MEMO_SIZE
