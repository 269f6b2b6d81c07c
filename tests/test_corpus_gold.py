"""Every annotated evaluation file is well formed: a scorer fed broken gold reports meaningless figures."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT

from policycheck.evaluation.corpus import find_gold
from policycheck.taxonomy import load_entities, load_taxonomy

GOLD = find_gold([ROOT / "corpora" / "eval"])
KNOWN_ACTORS = {"first_party", "third_party"} | set(load_entities().entities)
TYPES = set(load_taxonomy().types)


def test_corpus_is_balanced():
    by_language = Counter(doc.language for doc in GOLD)
    assert by_language["zh"] >= 20 and by_language["en"] >= 20
    for language in ("zh", "en"):
        splits = Counter(doc.split for doc in GOLD if doc.language == language)
        assert splits["dev"] >= 5 and splits["test"] >= 10


@pytest.mark.parametrize("doc", GOLD, ids=[doc.slug for doc in GOLD])
def test_gold_file_is_valid(doc):
    assert doc.policy_path.is_file(), f"{doc.slug}: policy file missing"
    assert doc.language in ("zh", "en") and doc.split in ("dev", "test")
    assert doc.source and doc.licence, f"{doc.slug}: every corpus file names its source and licence"
    lines = doc.policy_path.read_text(encoding="utf-8").splitlines()
    assert doc.statements, f"{doc.slug}: no annotations"
    for statement in doc.statements:
        where = f"{doc.slug}:{statement.line}"
        assert 1 <= statement.line <= len(lines) and lines[statement.line - 1].strip(), f"{where}: blank or out of range"
        assert statement.data_type in TYPES, f"{where}: unknown data type {statement.data_type}"
        assert statement.actor in KNOWN_ACTORS, f"{where}: unknown actor {statement.actor}"
        if statement.recipient is not None:
            assert statement.recipient in KNOWN_ACTORS, f"{where}: unknown recipient {statement.recipient}"
    duplicates = [key for key, count in Counter(doc.statements).items() if count > 1]
    assert not duplicates, f"{doc.slug}: duplicate annotations {duplicates[:3]}"


def _substantive_lines(doc) -> frozenset[str]:
    """The lines long enough to identify a text, whitespace and case folded."""
    shortest = 40 if doc.language == "en" else 20
    lines = (" ".join(line.split()).lower() for line in doc.policy_path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if len(line) >= shortest)


def test_no_policy_text_is_in_the_corpus_twice():
    """A text annotated twice under two names counts its practices twice and can sit in both splits."""
    texts = [(doc, _substantive_lines(doc)) for doc in GOLD]
    copies = [
        (first.slug, second.slug)
        for index, (first, first_lines) in enumerate(texts)
        for second, second_lines in texts[index + 1:]
        if first.language == second.language and min(len(first_lines), len(second_lines)) >= 5
        and (first_lines <= second_lines or second_lines <= first_lines)
    ]
    assert not copies, f"the same policy text twice: {copies}"
