"""Evaluation: precision/recall of extraction (and later of check and lint) on the annotated corpora.

Extraction is scored at statement level, as tuples keyed by (policy, line):
  data_type           (data type, polarity)                       — the headline task
  data_type_1st/3rd   the same, split by who ends up with the data (first party vs any third party)
  action              (data type, exact action)
  actor               (data type, polarity, exact actor/recipient id)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..extract import extract
from ..ingest import load_policy
from ..records import FIRST_PARTY, Statement, polarity
from .corpus import GoldDocument, GoldStatement, find_gold
from .metrics import Score

EXTRACTION_TASKS = ("data_type", "data_type_1st", "data_type_3rd", "action", "actor")


def _party(entity: str) -> str:
    return "1st" if entity == FIRST_PARTY else "3rd"


def _items(statements, task: str) -> set:
    items = set()
    for s in statements:
        entity = s.entity
        if task == "data_type":
            items.add((s.line, s.data_type, s.polarity))
        elif task in ("data_type_1st", "data_type_3rd"):
            if _party(entity) == task[-3:]:
                items.add((s.line, s.data_type, s.polarity))
        elif task == "action":
            items.add((s.line, s.data_type, s.action))
        elif task == "actor":
            items.add((s.line, s.data_type, s.polarity, entity))
    return items


@dataclass
class DocumentResult:
    gold: GoldDocument
    predicted: list[Statement]
    scores: dict[str, Score] = field(default_factory=dict)


@dataclass
class ExtractionEvaluation:
    documents: list[DocumentResult]

    def score(self, task: str, language: str | None = None, split: str | None = None) -> Score:
        total = Score()
        for result in self.documents:
            if language and result.gold.language != language:
                continue
            if split and result.gold.split != split:
                continue
            total.merge(result.scores[task])
        return total

    def languages(self) -> list[str]:
        return sorted({r.gold.language for r in self.documents})

    def confusion(self, language: str, limit: int = 8, split: str | None = None) -> list[tuple[str, str, int]]:
        """The most frequent errors: (FP|FN, data type, count)."""
        counter: Counter = Counter()
        for result in self.documents:
            if result.gold.language != language or (split and result.gold.split != split):
                continue
            for kind, item in result.scores["data_type"].errors:
                counter[(kind, f"{item[2]} ({item[3]})")] += 1
        return [(kind, what, count) for (kind, what), count in counter.most_common(limit)]


def evaluate_extraction(paths: list[Path]) -> ExtractionEvaluation:
    results = []
    for gold in find_gold(paths):
        document = load_policy(str(gold.policy_path))
        predicted = extract(document).statements
        result = DocumentResult(gold=gold, predicted=predicted)
        for task in EXTRACTION_TASKS:
            score = Score()
            score.add(_items(predicted, task), _items(gold.statements, task))
            score.errors = [(kind, (gold.slug,) + item) for kind, item in score.errors]
            result.scores[task] = score
        results.append(result)
    return ExtractionEvaluation(results)


__all__ = ["EXTRACTION_TASKS", "ExtractionEvaluation", "GoldStatement", "Score", "evaluate_extraction", "polarity"]
