from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from policycheck.extract import extract
from policycheck.ingest import parse_policy

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"


# A 200,000-step pure-Python loop takes about this long on a quiet 2-core development machine.
QUIET_LOOP_SECONDS = 0.012


def machine_slowdown() -> float:
    """How many times slower than a quiet machine this one runs right now (at least 1)."""
    started = time.perf_counter()
    total = 0
    for step in range(200_000):
        total += step
    return max(1.0, (time.perf_counter() - started) / QUIET_LOOP_SECONDS)


@contextmanager
def hang_guard(seconds: float):
    """Fails if the block takes more than `seconds` on a quiet machine: a guard against inputs that once took
    minutes (quadratic parsing, backtracking patterns), not a speed measurement. The bound is scaled by how loaded
    the machine is just before and after, so a busy machine does not fail it; a regression of 10-100x still does."""
    factor = machine_slowdown()
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    factor = max(factor, machine_slowdown())
    assert elapsed < seconds * factor, f"took {elapsed:.2f} s: over {seconds} s scaled by slowdown {factor:.1f}"


def statements_of(text: str, fmt: str | None = None, name: str = "policy.txt"):
    """Statements extracted from policy text, as (line, data_type, action, actor) tuples plus the records."""
    extraction = extract(parse_policy(text, name, fmt=fmt))
    return extraction.statements


def tuples(text: str, fmt: str | None = None, name: str = "policy.txt") -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, fmt, name)}


def pairs(text: str, fmt: str | None = None) -> set[tuple[str, str]]:
    """(data_type, action) pairs of a one-sentence policy."""
    return {(s.data_type, s.action) for s in statements_of(text, fmt)}


@pytest.fixture(scope="session")
def reference() -> Path:
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference is not available in this checkout")
    return REFERENCE
