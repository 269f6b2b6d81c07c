from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from policycheck.extract import extract
from policycheck.ingest import parse_policy

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"



def dev_gold_statements(slug: str, split: str = "dev") -> list[dict]:
    """The gold statements of the evaluation file `slug` ("zh-r4-cainiao"), which must be of `split` (dev unless a
    test says it reads a held-out file)."""
    import yaml

    language = slug.split("-", 1)[0]
    gold = yaml.safe_load((ROOT / "corpora" / "eval" / language / f"{slug}.gold.yaml").read_text(encoding="utf-8"))
    assert gold["split"] == split
    return gold["statements"]


def gold_line_tuples(slug: str, line: int, split: str = "dev") -> set[tuple[str, str, str]]:
    """(data type, action, actor) of each gold statement of file `slug` (of `split`) on `line`."""
    return {(s["data_type"], s["action"], s["actor"]) for s in dev_gold_statements(slug, split) if s["line"] == line}


def assert_gold_has(slug: str, line: int, data_type: str, *actions: str, actor: str = "first_party",
                    split: str = "dev") -> None:
    """Fail unless the gold of `slug` gives `data_type` each of `actions` by `actor` on `line`."""
    missing = {(data_type, action, actor) for action in actions} - gold_line_tuples(slug, line, split)
    assert not missing, (slug, line, missing)

# A 200,000-step pure-Python loop takes about this much CPU time on a quiet 2-core development machine.
QUIET_LOOP_SECONDS = 0.012


def machine_slowdown() -> float:
    """How many times slower than a quiet machine this process computes right now (at least 1), in CPU time."""
    started = time.process_time()
    total = 0
    for step in range(200_000):
        total += step
    return max(1.0, (time.process_time() - started) / QUIET_LOOP_SECONDS)


@contextmanager
def hang_guard(seconds: float):
    """Fails if the block takes more than `seconds` on a quiet machine: a guard against inputs that once took
    minutes (quadratic parsing, backtracking patterns), not a speed measurement. The block's CPU time is what is
    bounded, so other processes competing for the cores do not fail it; the bound is scaled by how slowly this
    process computes just before and after (a throttled or shared core), and a regression of 10-100x still fails.
    Wall-clock time gets ten times the bound, for a block that waits instead of computing."""
    factor = machine_slowdown()
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    yield
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    factor = max(factor, machine_slowdown())
    assert cpu < seconds * factor, f"took {cpu:.2f} s of CPU: over {seconds} s scaled by slowdown {factor:.1f}"
    assert wall < 10 * seconds * factor, f"took {wall:.2f} s: over ten times {seconds} s scaled by {factor:.1f}"


def statements_of(text: str, fmt: str | None = None, name: str = "policy.txt"):
    """Statements extracted from policy text, as (line, data_type, action, actor) tuples plus the records."""
    extraction = extract(parse_policy(text, name, fmt=fmt))
    return extraction.statements


def tuples(text: str, fmt: str | None = None, name: str = "policy.txt") -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, fmt, name)}


def markdown_policy_tuples(text: str) -> set[tuple]:
    """(line, data_type, action, actor) tuples of `text` read as a Markdown policy under the heading "# Acme privacy"
    (so the text's first line is line 3)."""
    return tuples("# Acme privacy\n\n" + text + "\n", name="policy.md")


def pairs(text: str, fmt: str | None = None) -> set[tuple[str, str]]:
    """(data_type, action) pairs of a one-sentence policy."""
    return {(s.data_type, s.action) for s in statements_of(text, fmt)}


@pytest.fixture(scope="session")
def reference() -> Path:
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference is not available in this checkout")
    return REFERENCE


def mapping_problems_after_edit(tmp_path, monkeypatch, name: str, edit) -> list[str]:
    """validate_mappings() on a copy of mappings/ whose file `name` was changed by `edit(text) -> text`."""
    import shutil

    from policycheck import resources
    from policycheck.taxonomy import validate_mappings

    copy = tmp_path / "mappings"
    shutil.copytree(resources.mappings_dir(), copy)
    path = copy / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setenv("POLICYCHECK_MAPPINGS", str(copy))
    resources.mappings_dir.cache_clear()
    try:
        return validate_mappings()
    finally:
        resources.mappings_dir.cache_clear()
