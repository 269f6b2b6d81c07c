"""`policycheck report RESULTS.jsonl`: aggregate batch results (contract §7) for analysts.

Counts per finding status, per data type, per actor (the app itself, named SDKs, third parties) and per regulatory
rule; the top omitted and incorrect data types per SDK; failures by kind; per-app time. Formats: a terminal table,
one JSON document, or a self-contained HTML page with the charts embedded (base64 PNG). `--charts DIR` writes the
charts as PNG files; matplotlib is optional (without it the tables are still printed, and one line says so).
"""

from __future__ import annotations

import base64
import html
import io
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError
from ..records import FIRST_PARTY, STATUSES, THIRD_PARTY
from .text import table

STATUS_COLOURS = {"clear": "#4caf50", "vague": "#ffc107", "ambiguous": "#9c27b0", "omitted": "#ff7043",
                  "incorrect": "#d32f2f"}


def read_results(path: str) -> tuple[list[dict[str, Any]], int]:
    """The lines of RESULTS as dicts, and how many lines could not be read (a partial last line, damage)."""
    file_path = Path(path)
    if not file_path.exists():
        raise InputError(f"{path}: no such file")
    if file_path.is_dir():
        raise InputError(f"{path}: is a directory, not a RESULTS file")
    lines: list[dict[str, Any]] = []
    bad = 0
    try:
        with file_path.open("rb") as handle:
            for raw in handle:
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except ValueError:
                    bad += 1
                    continue
                if isinstance(record, dict) and "id" in record:
                    lines.append(record)
                else:
                    bad += 1
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if bad and not lines:
        raise InputError(f"{path}: not a policycheck batch RESULTS file (no line is a JSON object with an id)")
    return lines, bad


def _counts(counter: Counter) -> dict[str, int]:
    return {status: counter.get(status, 0) for status in STATUSES}


def aggregate(results: Iterable[dict[str, Any]], top: int = 10) -> dict[str, Any]:
    apps = ok = failed = with_behaviour = 0
    error_kinds: Counter[str] = Counter()
    failures: list[dict[str, str]] = []
    languages: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    apps_with_status: Counter[str] = Counter()
    data_types: dict[str, Counter[str]] = {}
    data_type_apps: Counter[str] = Counter()
    actors: dict[str, Counter[str]] = {}
    actor_apps: Counter[str] = Counter()
    by_actor_type: dict[str, dict[str, Counter[str]]] = {}
    rules: Counter[str] = Counter()
    rule_apps: Counter[str] = Counter()
    rule_data_types: dict[str, Counter[str]] = {}
    before_consent = 0
    seconds: list[float] = []
    statement_counts: list[int] = []
    declared: dict[str, Counter[str]] = {}
    policies: set[str] = set()
    categories: Counter[str] = Counter()
    for result in results:
        apps += 1
        if not result.get("ok"):
            failed += 1
            kind = str(result.get("error_kind") or "error")
            error_kinds[kind] += 1
            if len(failures) < top:
                failures.append({"id": str(result.get("id")), "kind": kind, "error": str(result.get("error") or "")})
            continue
        ok += 1
        languages[str(result.get("language") or "?")] += 1
        if result.get("category"):
            categories[str(result["category"])] += 1
        if isinstance(result.get("seconds"), (int, float)):
            seconds.append(float(result["seconds"]))
        if isinstance(result.get("statement_count"), int):
            statement_counts.append(result["statement_count"])
        sha = (result.get("policy") or {}).get("sha256")
        if sha:
            policies.add(sha)
        findings = result.get("findings") or []
        if findings or result.get("behaviour"):
            with_behaviour += 1
        seen_status: set[str] = set()
        seen_types: set[str] = set()
        seen_actors: set[str] = set()
        for finding in findings:
            status = str(finding.get("status"))
            data_type = str(finding.get("data_type"))
            actor = str(finding.get("actor"))
            statuses[status] += 1
            data_types.setdefault(data_type, Counter())[status] += 1
            actors.setdefault(actor, Counter())[status] += 1
            by_actor_type.setdefault(actor, {}).setdefault(status, Counter())[data_type] += 1
            seen_status.add(status)
            seen_types.add(data_type)
            seen_actors.add(actor)
            if finding.get("before_consent"):
                before_consent += 1
        apps_with_status.update(seen_status)
        data_type_apps.update(seen_types)
        actor_apps.update(seen_actors)
        seen_rules: set[str] = set()
        for violation in result.get("violations") or []:
            rule = str(violation.get("rule"))
            rules[rule] += 1
            seen_rules.add(rule)
            rule_data_types.setdefault(rule, Counter())[str(violation.get("data_type") or "-")] += 1
        rule_apps.update(seen_rules)
        for statement in result.get("statements") or []:
            declared.setdefault(str(statement.get("data_type")), Counter())[str(statement.get("action"))] += 1

    def ranked(table_: dict[str, Counter[str]], apps_: Counter[str]) -> list[dict[str, Any]]:
        rows = [{"name": name, "findings": sum(c.values()), "apps": apps_.get(name, 0), **_counts(c)}
                for name, c in table_.items()]
        return sorted(rows, key=lambda r: (-r["findings"], r["name"]))

    per_sdk = []
    for actor, by_status in by_actor_type.items():
        entry = {"actor": actor,
                 "omitted": by_status.get("omitted", Counter()).most_common(top),
                 "incorrect": by_status.get("incorrect", Counter()).most_common(top),
                 "problems": sum(by_status.get("omitted", Counter()).values())
                 + sum(by_status.get("incorrect", Counter()).values())}
        if entry["problems"]:
            per_sdk.append(entry)
    per_sdk.sort(key=lambda e: (e["actor"] in (FIRST_PARTY, THIRD_PARTY), -e["problems"], e["actor"]))
    return {
        "schema_version": "1",
        "apps": {"total": apps, "ok": ok, "failed": failed, "with_findings_or_behaviour": with_behaviour,
                 "distinct_policies": len(policies), "languages": dict(languages.most_common()),
                 "categories": dict(categories.most_common()),
                 "error_kinds": dict(error_kinds.most_common()), "failures": failures},
        "time": _time_stats(seconds),
        "statements": {"total": sum(statement_counts),
                       "mean_per_app": round(statistics.fmean(statement_counts), 1) if statement_counts else 0.0,
                       "declared": {dt: dict(c) for dt, c in sorted(declared.items(),
                                                                    key=lambda kv: -sum(kv[1].values()))}},
        "statuses": _counts(statuses),
        "apps_with_status": _counts(apps_with_status),
        "before_consent_findings": before_consent,
        "data_types": ranked(data_types, data_type_apps),
        "actors": ranked(actors, actor_apps),
        "rules": [{"rule": rule, "violations": n, "apps": rule_apps[rule],
                   "top_data_types": rule_data_types[rule].most_common(top)} for rule, n in rules.most_common()],
        "top_problems_per_actor": per_sdk,
    }


def _time_stats(seconds: list[float]) -> dict[str, float]:
    if not seconds:
        return {"total": 0.0, "mean": 0.0, "p50": 0.0, "p95": 0.0, "max": 0.0}
    ordered = sorted(seconds)
    return {"total": round(sum(ordered), 2), "mean": round(statistics.fmean(ordered), 3),
            "p50": round(ordered[len(ordered) // 2], 3),
            "p95": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 3),
            "max": round(ordered[-1], 3)}


# --- text ------------------------------------------------------------------------------------------------------

def _pairs(pairs: list) -> str:
    return ", ".join(f"{name} ({n})" for name, n in pairs) or "-"


def report_table(agg: dict[str, Any], top: int = 10) -> str:
    apps = agg["apps"]
    t = agg["time"]
    parts = [
        f"{apps['total']} apps: {apps['ok']} ok, {apps['failed']} failed"
        + (" (" + ", ".join(f"{n} {k}" for k, n in apps["error_kinds"].items()) + ")" if apps["failed"] else "")
        + f"; {apps['distinct_policies']} distinct policies; languages: "
        + (", ".join(f"{k} {n}" for k, n in apps["languages"].items()) or "-"),
        f"time per app: mean {t['mean']:.2f} s, median {t['p50']:.2f} s, p95 {t['p95']:.2f} s, max {t['max']:.2f} s; "
        f"statements: {agg['statements']['total']} ({agg['statements']['mean_per_app']} per app)",
        "",
        "findings per status:",
        table(["status", "findings", "apps"], [[s, str(agg["statuses"][s]), str(agg["apps_with_status"][s])]
                                              for s in STATUSES], [10, 10, 10]),
        f"({agg['before_consent_findings']} findings before consent)",
    ]
    columns = [*STATUSES, "total", "apps"]
    for title, key, label in (("data type", "data_types", "data type"), ("actor (SDK)", "actors", "actor")):
        rows = agg[key][:top]
        if rows:
            parts += ["", f"findings per {title}" + (f" (top {top} of {len(agg[key])})" if len(agg[key]) > top else "")
                      + ":",
                      table([label, *columns], [[r["name"], *(str(r[s]) for s in STATUSES), str(r["findings"]),
                                                 str(r["apps"])] for r in rows], [34] + [9] * len(columns))]
    if agg["rules"]:
        parts += ["", "regulatory checks:",
                  table(["rule", "violations", "apps", "top data types"],
                        [[r["rule"], str(r["violations"]), str(r["apps"]), _pairs(r["top_data_types"][:5])]
                         for r in agg["rules"]], [26, 10, 8, 90])]
    if agg["top_problems_per_actor"]:
        parts += ["", "top omitted / incorrect data types per SDK (actor):",
                  table(["actor", "omitted", "incorrect"],
                        [[e["actor"], _pairs(e["omitted"][:5]), _pairs(e["incorrect"][:5])]
                         for e in agg["top_problems_per_actor"][:top]], [24, 70, 50])]
    if agg["statements"]["declared"]:
        declared = list(agg["statements"]["declared"].items())[:top]
        actions = ["collect", "use", "share", "store", "not_collect", "not_share"]
        parts += ["", "declared in policies (statements):",
                  table(["data type", *actions], [[dt, *(str(c.get(a, 0)) for a in actions)] for dt, c in declared],
                        [34] + [11] * len(actions))]
    if apps["failures"]:
        parts += ["", "failures:", table(["id", "kind", "error"],
                                         [[f["id"], f["kind"], f["error"]] for f in apps["failures"]], [30, 12, 100])]
    return "\n".join(parts)


# --- charts ------------------------------------------------------------------------------------------------------

def render_charts(agg: dict[str, Any], top: int = 20) -> dict[str, bytes]:
    """PNG charts by file name. Raises ImportError when matplotlib is missing."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    charts: dict[str, bytes] = {}

    def save(fig, name: str) -> None:
        FigureCanvasAgg(fig)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
        charts[name] = buffer.getvalue()

    fig = Figure(figsize=(6, 3.2))
    ax = fig.add_subplot()
    values = [agg["statuses"][s] for s in STATUSES]
    ax.bar(STATUSES, values, color=[STATUS_COLOURS[s] for s in STATUSES])
    ax.set_title("Findings per status")
    ax.set_ylabel("findings")
    for i, v in enumerate(values):
        ax.annotate(str(v), (i, v), ha="center", va="bottom", fontsize=8)
    save(fig, "statuses.png")

    for key, title, name in (("data_types", "Findings per data type", "data_types.png"),
                             ("actors", "Findings per actor (SDK)", "actors.png")):
        rows = agg[key][:top]
        if not rows:
            continue
        rows = rows[::-1]
        fig = Figure(figsize=(8, 0.32 * len(rows) + 1.2))
        ax = fig.add_subplot()
        left = [0] * len(rows)
        for status in STATUSES:
            widths = [r[status] for r in rows]
            ax.barh([r["name"] for r in rows], widths, left=left, color=STATUS_COLOURS[status], label=status)
            left = [a + b for a, b in zip(left, widths)]
        ax.set_title(title + (f" (top {top})" if len(agg[key]) > top else ""))
        ax.set_xlabel("findings")
        ax.legend(fontsize=7, loc="lower right")
        ax.tick_params(axis="y", labelsize=7)
        save(fig, name)

    if agg["rules"]:
        fig = Figure(figsize=(6, 0.4 * len(agg["rules"]) + 1.2))
        ax = fig.add_subplot()
        rows = agg["rules"][::-1]
        ax.barh([r["rule"] for r in rows], [r["apps"] for r in rows], color="#5c6bc0")
        ax.set_title("Apps per regulatory rule")
        ax.set_xlabel("apps")
        save(fig, "rules.png")

    apps = agg["apps"]
    if apps["total"]:
        fig = Figure(figsize=(6, 3.2))
        ax = fig.add_subplot()
        labels = ["ok", *apps["error_kinds"]]
        values = [apps["ok"], *apps["error_kinds"].values()]
        ax.bar(labels, values, color=["#4caf50"] + ["#d32f2f"] * len(apps["error_kinds"]))
        ax.set_title(f"Apps ({apps['total']}): ok and failures by kind")
        save(fig, "apps.png")
    return charts


# --- html --------------------------------------------------------------------------------------------------------

def _html_table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def report_html(agg: dict[str, Any], charts: dict[str, bytes], note: str = "", top: int = 10) -> str:
    apps = agg["apps"]
    sections = [f"<p>{apps['total']} apps: {apps['ok']} ok, {apps['failed']} failed; "
                f"{apps['distinct_policies']} distinct policies.</p>"]
    if note:
        sections.append(f"<p class=note>{html.escape(note)}</p>")
    for name, png in charts.items():
        data = base64.b64encode(png).decode("ascii")
        sections.append(f'<figure><img alt="{html.escape(name)}" src="data:image/png;base64,{data}"></figure>')
    sections.append("<h2>Findings per status</h2>" + _html_table(
        ["status", "findings", "apps"], [[s, agg["statuses"][s], agg["apps_with_status"][s]] for s in STATUSES]))
    columns = [*STATUSES, "total", "apps"]
    for title, key in (("Data types", "data_types"), ("Actors (SDKs)", "actors")):
        if agg[key]:
            sections.append(f"<h2>{title}</h2>" + _html_table(
                ["name", *columns], [[r["name"], *(r[s] for s in STATUSES), r["findings"], r["apps"]]
                                     for r in agg[key][: max(top, 30)]]))
    if agg["rules"]:
        sections.append("<h2>Regulatory checks</h2>" + _html_table(
            ["rule", "violations", "apps", "top data types"],
            [[r["rule"], r["violations"], r["apps"], _pairs(r["top_data_types"][:5])] for r in agg["rules"]]))
    if agg["top_problems_per_actor"]:
        sections.append("<h2>Top omitted / incorrect data types per SDK</h2>" + _html_table(
            ["actor", "omitted", "incorrect"],
            [[e["actor"], _pairs(e["omitted"][:5]), _pairs(e["incorrect"][:5])]
             for e in agg["top_problems_per_actor"][: max(top, 30)]]))
    if apps["failures"]:
        sections.append("<h2>Failures</h2>" + _html_table(
            ["id", "kind", "error"], [[f["id"], f["kind"], f["error"]] for f in apps["failures"]]))
    style = ("body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;font-size:90%}th{background:#eee}"
             "figure{display:inline-block;margin:0.5em}.note{color:#a60}")
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>policycheck batch report</title>"
            f"<style>{style}</style></head><body><h1>policycheck batch report</h1>{''.join(sections)}</body></html>\n")


# --- the command -------------------------------------------------------------------------------------------------

MATPLOTLIB_MISSING = "matplotlib is not installed: no charts (pip install matplotlib)"


def run_report(path: str, fmt: str = "table", charts: str | None = None, top: int = 10,
               stdout=None, stderr=None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    results, bad = read_results(path)
    if bad:
        print(f"policycheck report: skipped {bad} unreadable lines of {path}", file=stderr)
    agg = aggregate(results, top=top)
    pngs: dict[str, bytes] = {}
    note = ""
    if charts or fmt == "html":
        try:
            pngs = render_charts(agg)
        except ImportError:
            note = MATPLOTLIB_MISSING
            print(f"policycheck report: {MATPLOTLIB_MISSING}", file=stderr)
    if charts and pngs:
        folder = Path(charts)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, png in pngs.items():
                (folder / name).write_bytes(png)
        except OSError as exc:
            raise InputError(f"--charts {charts}: cannot write ({exc.strerror or exc})") from None
        print(f"policycheck report: {len(pngs)} charts in {folder}", file=stderr)
    if fmt == "json":
        stdout.write(json.dumps(agg, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    elif fmt == "html":
        stdout.write(report_html(agg, pngs, note, top=top))
    else:
        stdout.write(report_table(agg, top=top) + "\n")
    return 0
