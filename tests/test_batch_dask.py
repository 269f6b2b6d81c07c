"""`batch --engine dask`: the same per-app function on a dask.distributed LocalCluster (2 worker processes)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")

from policycheck.batch import run_batch  # noqa: E402
from policycheck.errors import InputError  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "batch"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as local:
        yield local


def _policy_only_apps(tmp_path: Path) -> Path:
    """The fixture apps without behaviour files (dask workers are separate interpreters: no monkeypatching)."""
    apps = tmp_path / "apps"
    shutil.copytree(DATA / "apps", apps)
    for behaviour in apps.glob("*/behaviour.json"):
        behaviour.unlink()
    return apps


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().split(b"\n")[:-1]]


def test_dask_cluster_run_and_resume(cluster, tmp_path):
    apps = _policy_only_apps(tmp_path)
    out = tmp_path / "r.jsonl"
    db = tmp_path / "r.sqlite"
    summary = run_batch(str(apps), str(out), engine="dask", scheduler=cluster.scheduler_address, db=str(db),
                        progress=False)
    lines = _lines(out)
    results = {line["id"]: line for line in lines}
    assert len(lines) == len(results) == 7
    assert results["com.example.shop"]["ok"] and results["com.example.shop"]["language"] == "zh"
    assert results["com.example.fit"]["ok"] and results["com.example.fit"]["statement_count"] > 0
    assert not results["com.example.broken"]["ok"] and "binary" in results["com.example.broken"]["error"]
    assert "no policy file" in results["com.example.nopolicy"]["error"]
    assert summary.workers == 2 and summary.processed == 7
    # the same resume logic: drop two lines and a partial tail, resume, every app once
    out.write_bytes(b"".join(json.dumps(line).encode() + b"\n" for line in lines[:5]) + b'{"id": "x')
    summary = run_batch(str(apps), str(out), engine="dask", scheduler=cluster.scheduler_address, db=str(db),
                        resume=True, progress=False)
    assert summary.processed == 2 and summary.skipped == 5
    assert sorted(line["id"] for line in _lines(out)) == sorted(results)
    import sqlite3

    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM apps").fetchone()[0] == 7


def test_dask_send_files_and_timeout(cluster, tmp_path):
    apps = _policy_only_apps(tmp_path)
    out = tmp_path / "r.jsonl"
    run_batch(str(apps), str(out), engine="dask", scheduler=cluster.scheduler_address, send_files=True,
              options={"timeout": 60}, progress=False)
    results = {line["id"]: line for line in _lines(out)}
    assert results["com.vendor.alpha"]["ok"]
    assert results["com.vendor.alpha"]["policy"]["path"] == str(apps / "com.vendor.alpha" / "policy.txt")
    assert "binary" in results["com.example.broken"]["error"]


def test_unreachable_scheduler_is_one_line(tmp_path):
    import dask

    apps = _policy_only_apps(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), pytest.raises(InputError, match="cannot reach the dask scheduler"):
        run_batch(str(apps), str(tmp_path / "r.jsonl"), engine="dask", scheduler="tcp://127.0.0.1:1",
                  progress=False)
    assert (tmp_path / "r.jsonl").read_bytes() == b""  # nothing recorded: a plain rerun works


def test_cli_with_a_local_dask_cluster(tmp_path, capsys):
    from policycheck.batch.__main__ import main

    apps = _policy_only_apps(tmp_path)
    out = tmp_path / "r.jsonl"
    code = main(["batch", str(apps), "--out", str(out), "--engine", "dask", "--scheduler", "local", "--jobs", "1"])
    assert code == 0
    assert len(_lines(out)) == 7
    err = capsys.readouterr().err
    assert "7 apps in" in err and "on 1 worker," in err
