from __future__ import annotations

from pathlib import Path

import pytest

from policycheck.extract import extract
from policycheck.ingest import parse_policy

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"


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
