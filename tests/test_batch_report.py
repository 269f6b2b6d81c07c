"""`report RESULTS.jsonl`: aggregation, table / json / html, charts, matplotlib optional."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from policycheck.batch import cli as batch_cli
from policycheck.errors import InputError
from policycheck.report.aggregate import aggregate, read_results, run_report

RESULTS = Path(__file__).resolve().parent / "data" / "batch" / "results.jsonl"


def report(*args: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    batch_cli.add_report_parser(parser.add_subparsers())
    parsed = parser.parse_args(["report", str(RESULTS), *args])
    out, err = io.StringIO(), io.StringIO()
    code = run_report(parsed.results, fmt=parsed.format, charts=parsed.charts, top=parsed.top, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_aggregate_counts():
    lines, bad = read_results(str(RESULTS))
    assert len(lines) == 5 and bad == 1  # the partial last line is skipped
    agg = aggregate(lines)
    assert agg["apps"]["total"] == 5 and agg["apps"]["ok"] == 3 and agg["apps"]["failed"] == 2
    assert agg["apps"]["error_kinds"] == {"input": 1, "timeout": 1}
    assert agg["apps"]["distinct_policies"] == 2 and agg["apps"]["languages"] == {"zh": 2, "en": 1}
    assert agg["statuses"] == {"clear": 1, "vague": 1, "omitted": 3, "incorrect": 2, "ambiguous": 0}
    assert agg["apps_with_status"]["omitted"] == 2
    assert agg["before_consent_findings"] == 2
    imei = next(r for r in agg["data_types"] if r["name"] == "device.id.imei")
    assert (imei["findings"], imei["apps"], imei["clear"], imei["omitted"], imei["vague"]) == (3, 2, 1, 1, 1)
    umeng = next(r for r in agg["actors"] if r["name"] == "umeng")
    assert (umeng["findings"], umeng["apps"], umeng["omitted"]) == (3, 2, 2)
    assert agg["rules"][0] == {"rule": "before-consent", "violations": 2, "apps": 2,
                               "top_data_types": [("device.id.imei", 1), ("location.precise", 1)]}
    per_sdk = {e["actor"]: e for e in agg["top_problems_per_actor"]}
    assert per_sdk["umeng"]["omitted"] == [("device.id.imei", 1), ("device.id.android_id", 1)]
    assert per_sdk["appsflyer"]["incorrect"] == [("device.id.ad_id", 1)]
    assert agg["top_problems_per_actor"][-1]["actor"] == "first_party"  # SDKs first
    assert agg["statements"]["declared"]["communication.sms"] == {"not_collect": 1}


def test_table():
    code, out, err = report()
    assert code == 0
    assert "5 apps: 3 ok, 2 failed (1 input, 1 timeout)" in out
    for heading in ("findings per status", "findings per data type", "findings per actor", "regulatory checks",
                    "top omitted / incorrect data types per SDK", "failures"):
        assert heading in out
    assert "umeng" in out and "device.id.android_id (1)" in out
    assert "skipped 1 unreadable lines" in err


def test_json_is_one_document():
    code, out, _ = report("--format", "json")
    data = json.loads(out)
    assert data["statuses"]["omitted"] == 3 and data["apps"]["failed"] == 2


def test_html_embeds_charts_and_tables(tmp_path):
    pytest.importorskip("matplotlib")
    code, out, _ = report("--format", "html", "--charts", str(tmp_path / "charts"))
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert out.count('src="data:image/png;base64,') >= 4
    assert "<h2>Regulatory checks</h2>" in out and "appsflyer" in out
    written = sorted(p.name for p in (tmp_path / "charts").iterdir())
    assert written == ["actors.png", "apps.png", "data_types.png", "rules.png", "statuses.png"]
    assert all((tmp_path / "charts" / name).read_bytes().startswith(b"\x89PNG") for name in written)


def test_without_matplotlib_the_tables_still_print(tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    code, out, err = report("--charts", str(tmp_path / "charts"))
    assert code == 0 and "findings per status" in out
    assert [line for line in err.splitlines() if "matplotlib" in line] == [
        "policycheck report: matplotlib is not installed: no charts (pip install matplotlib)"]
    assert not (tmp_path / "charts").exists()
    code, out, err = report("--format", "html")
    assert "matplotlib is not installed" in out and "data:image/png" not in out


def test_bad_results_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_results(str(tmp_path / "nope.jsonl"))
    junk = tmp_path / "junk.jsonl"
    junk.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a policycheck batch RESULTS"):
        read_results(str(junk))


def test_report_via_module_entry_point(capsys):
    from policycheck.batch.__main__ import main

    assert main(["report", str(RESULTS), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["apps"]["total"] == 5
