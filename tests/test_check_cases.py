"""End-to-end cases of `policycheck check` (corpora/check): the corpus, its scores and every behaviour format it uses.

The scores are regression floors: they are what `check` measures now (see the mismatch list below for why they are
still short of the issue's bar of 95 % of statuses right: every remaining mismatch is an extraction problem). A change that fixes a mismatch
raises a score and keeps these tests green; a change that breaks a case that used to pass fails them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour, sniff
from policycheck.errors import InputError
from policycheck.evaluation.check_cases import RULES, evaluate_check, find_cases, load_case, run_case
from policycheck.records import STATUSES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "check"

# Measured on the corpus as committed (status accuracy, violation precision, violation recall).
FLOORS = {
    "zh": {"status_accuracy": 0.98, "precision": 0.99, "recall": 1.00},  # measured 1.0000 (78/78), 1.0000, 1.0000
    "en": {"status_accuracy": 0.98, "precision": 0.96, "recall": 1.00},  # measured 1.0000 (54/54), 0.9815, 1.0000
    "overall": {"status_accuracy": 0.98, "precision": 0.98, "recall": 1.00},  # measured 1.0000 (132/132), 0.993, 1.0
}
ISSUE_BAR = 0.95

# Every disagreement between the expectations and `check`, as (case, kind, data_type, actor, rule). Each remaining
# one has its root cause in extraction (a statement, actor, term or purpose missing or wrong in `policycheck
# extract`), not in compare or behaviour mapping:
# - en-kids-littleowl: "Firebase Crashlytics (crash reporting), which receives …": purpose not extracted;
# New disagreements are regressions.
KNOWN_MISMATCHES = {
    ('en-kids-littleowl', 'extra_violation', 'device.hardware', 'crashlytics', 'beyond-necessary'),
}


@pytest.fixture(scope="module")
def evaluation() -> dict:
    return evaluate_check([CORPUS])


# --- the corpus --------------------------------------------------------------------------------------------------

def test_corpus_has_six_apps_per_language_covering_every_status_and_rule():
    cases = find_cases([CORPUS])
    assert Counter(case.language for case in cases) == {"zh": 6, "en": 6}
    statuses = Counter(f.status for case in cases for f in case.findings)
    rules = Counter(v[0] for case in cases for v in case.violations)
    assert all(statuses[status] >= 4 for status in STATUSES), statuses
    assert all(rules[rule] >= 8 for rule in RULES), rules
    assert sum(1 for case in cases if case.category) >= 10
    for case in cases:
        assert (case.folder / "expected.yaml").read_text(encoding="utf-8").startswith("source: written for policycheck")


def test_every_behaviour_file_maps_completely():
    """The fixtures use only APIs, permissions, fields and SDKs the mappings know (nothing unmapped)."""
    for case in find_cases([CORPUS]):
        result = run_case(case)
        assert result.unmapped == [], (case.id, result.unmapped)
        assert result.findings, case.id


def test_generated_files_are_up_to_date(tmp_path):
    pytest.importorskip("xlwt")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_behaviour", CORPUS / "make_behaviour.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main(tmp_path)
    assert {p.suffix for p in written} == {".xls", ".har"}
    for path in written:
        committed = CORPUS / path.relative_to(tmp_path)
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run corpora/check/make_behaviour.py"


# --- scores ------------------------------------------------------------------------------------------------------

def test_result_shape(evaluation):
    assert set(evaluation["languages"]) == {"zh", "en"}
    for block in [*evaluation["languages"].values(), evaluation["overall"]]:
        assert {"status_accuracy", "n", "violations"} <= set(block)
        assert {"precision", "recall", "f1", "n"} <= set(block["violations"])
    assert evaluation["overall"]["n"] == sum(b["n"] for b in evaluation["languages"].values())
    assert len(evaluation["cases"]) == 12


@pytest.mark.parametrize("scope", ["zh", "en", "overall"])
def test_scores_do_not_regress(evaluation, scope):
    block = evaluation["overall"] if scope == "overall" else evaluation["languages"][scope]
    floor = FLOORS[scope]
    assert block["status_accuracy"] >= floor["status_accuracy"], block
    assert block["violations"]["precision"] >= floor["precision"], block["violations"]
    assert block["violations"]["recall"] >= floor["recall"], block["violations"]


def test_no_new_mismatches(evaluation):
    found = {(m["case"], m["kind"], m.get("data_type"), m.get("actor"), m.get("rule")) for m in evaluation["mismatches"]
             if m["kind"] != "before_consent"}
    assert found - KNOWN_MISMATCHES == set()
    assert not [m for m in evaluation["mismatches"] if m["kind"] == "before_consent"]


def test_status_accuracy_reaches_the_issue_bar(evaluation):
    assert evaluation["overall"]["status_accuracy"] >= ISSUE_BAR


def test_a_case_scores_like_the_cli(capsys):
    """run_case takes the CLI's path: same findings and violations as `policycheck check --format json`."""
    from policycheck.cli import main

    case = load_case(CORPUS / "zh-map-tujing")
    argv = ["check", str(case.policy), *[arg for path in case.behaviour for arg in ("--behaviour", str(path))],
            "--category", case.category, "--format", "json"]
    assert main(argv) == 0
    cli = json.loads(capsys.readouterr().out)
    result = run_case(case)
    assert sorted((f["data_type"], f["actor"], f["status"]) for f in cli["findings"]) == sorted(
        (f.data_type, f.actor, f.status) for f in result.findings)
    assert sorted((v["rule"], v["data_type"], v["actor"]) for v in cli["violations"]) == sorted(
        (v.rule, v.data_type, v.actor) for v in result.violations)


def test_expected_yaml_is_validated(tmp_path):
    (tmp_path / "policy.txt").write_text("We collect your email address.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"observations": []}', encoding="utf-8")
    (tmp_path / "expected.yaml").write_text(
        "language: en\nbehaviour: [b.json]\nfindings:\n"
        "  - {data_type: contact.email, actor: first_party, status: fine}\n",
        encoding="utf-8")
    with pytest.raises(InputError, match="unknown status"):
        load_case(tmp_path)
    (tmp_path / "expected.yaml").write_text("language: en\nbehaviour: [missing.json]\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing"):
        load_case(tmp_path)


# --- one test per behaviour format the corpus uses ---------------------------------------------------------------

def _mapped(relative: str):
    path = CORPUS / relative
    return sniff(path.read_bytes(), path.name), map_behaviour(read_behaviour(str(path)))


def _has(behaviour, **want) -> bool:
    return any(all((want[k] in getattr(o, k)) if k == "data_types" else getattr(o, k) == want[k] for k in want)
               for o in behaviour.observations)


def test_camille_workbook_loads():
    kind, behaviour = _mapped("zh-shop-youxuan/trace.xls")
    assert kind == "workbook"
    assert _has(behaviour, actor="umeng", data_types="device.id.imei", before_consent=True)
    assert _has(behaviour, kind="permission", name="android.permission.ACCESS_FINE_LOCATION", before_consent=True)
    assert sum(o.actor == "kuaishou_ads" for o in behaviour.observations) == 4
    # camille's 0-based month: 2024-4-20 is 20 May
    assert all(o.timestamp.startswith("2024-05-20") for o in behaviour.observations)


def test_camille_frida_json_lines_load():
    kind, behaviour = _mapped("zh-kids-doumiao/camille-frida.jsonl")
    assert kind == "json"
    assert behaviour.consent_time == "2024-07-01T09:00:20"
    assert _has(behaviour, actor="bugly", data_types="device.id.android_id", before_consent=True)
    assert _has(behaviour, actor="first_party", data_types="device.id.mac", before_consent=False)


def test_privacysentry_workbook_loads():
    kind, behaviour = _mapped("zh-game-xinghe/privacysentry.xls")
    assert kind == "workbook"
    pangle = [o for o in behaviour.observations if o.actor == "pangle" and "device.apps" in o.data_types]
    assert len(pangle) == 25
    assert Counter(o.before_consent for o in pangle) == {True: 8, False: 17}


def test_canonical_json_loads():
    kind, behaviour = _mapped("zh-bank-dongjiang/behaviour.json")
    assert kind == "json"
    assert _has(behaviour, kind="data", actor="tencent_faceid", data_types="biometric.face")
    assert _has(behaviour, actor="huawei_push", data_types="device.id.ad_id", before_consent=True)


def test_canonical_json_lines_load():
    kind, behaviour = _mapped("zh-map-tujing/trace.jsonl")
    assert kind == "json"
    assert behaviour.app["id"] == "com.tujing.map"
    assert _has(behaviour, actor="jpush", data_types="device.id.imei", before_consent=True)
    assert _has(behaviour, actor="iflytek_speech", data_types="media.audio", before_consent=False)


def test_har_capture_loads():
    kind, behaviour = _mapped("zh-news-qingliu/capture.har")
    assert kind == "json"
    gdt = [o for o in behaviour.observations if o.actor == "gdt"]
    assert len(gdt) == 12 and all("device.id.ad_id" in o.data_types for o in gdt)
    assert _has(behaviour, kind="network", actor="umeng", data_types="device.id.imei")


def test_android_manifest_loads():
    kind, behaviour = _mapped("en-vpn-quietline/AndroidManifest.xml")
    assert kind == "xml"
    assert behaviour.app["id"] == "com.quietline.vpn"
    assert _has(behaviour, kind="permission", data_types="location.precise")
    assert {o.sdk for o in behaviour.observations if o.kind == "sdk"} >= {"sentry", "appsflyer"}


def test_xposed_log_loads():
    kind, behaviour = _mapped("zh-bank-dongjiang/XposedBridge.log")
    assert kind == "xposed"
    assert [o.data_types for o in behaviour.observations] == [["device.id.imei"], ["device.id.mac"], ["device.id.imsi"]]
    assert all(o.actor == "first_party" and o.timestamp for o in behaviour.observations)
